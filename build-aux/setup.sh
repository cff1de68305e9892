# build-aux/setup.sh: shared by build-aux/run and build-aux/test; sourced, not run.
#
# Installs the Debian 12 packages that are missing (with apt-get, as root or through sudo),
# then configures and builds the project in _build. Safe to run again: it only does what is
# not done yet.

atlas_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
atlas_builddir="${ATLAS_BUILDDIR:-$atlas_root/_build}"

# librsvg2-common lets GTK load its symbolic (SVG) icons; a desktop has it, a bare machine not.
# fonts-noto-core is the smallest package with both faces resources/style.css asks for, Noto Sans
# and Noto Sans Arabic (fonts-noto-ui-core has only the UI variants of the non-Latin scripts).
atlas_build_packages=(
  meson ninja-build pkg-config gcc gettext
  libglib2.0-dev libglib2.0-dev-bin libgtk-4-dev libshumate-dev libjson-glib-dev
  desktop-file-utils appstream locales
  librsvg2-common adwaita-icon-theme
  fonts-noto-core
)
# The fonts tests/fonts/ forces the widget tests to use: a narrow, a bare Debian's default, a wide
atlas_test_packages=(xvfb xauth fonts-urw-base35 fonts-dejavu-core fonts-lemonada)
atlas_test_packages+=(dbus-daemon libglib2.0-bin)  # a private session bus and gdbus, for the search provider

# The AT-SPI test (tests/atspi) needs a session bus of its own (dbus-run-session and the daemon
# are in dbus-daemon, which brings the session bus's configuration), the accessibility bus and
# registry (at-spi2-core) and the Python bindings a screen reader uses (python3-pyatspi, which
# brings python3-gi and gir1.2-atspi-2.0).
atlas_test_packages+=(dbus-daemon at-spi2-core python3-pyatspi)

atlas_missing_packages () {
  local pkg
  for pkg in "$@"; do
    if ! dpkg-query -W -f='${Status}\n' "$pkg" 2>/dev/null | grep -q '^install ok installed$'; then
      echo "$pkg"
    fi
  done
}

atlas_install_packages () {
  local missing
  mapfile -t missing < <(atlas_missing_packages "$@")
  ((${#missing[@]})) || return 0

  echo "Installing missing packages: ${missing[*]}" >&2
  local sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null; then
      sudo=(sudo)
    else
      echo "error: these packages are missing and there is no sudo to install them: ${missing[*]}" >&2
      return 1
    fi
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# The Arabic interface is tested and shown under ar_SY.UTF-8 (issue 8); a bare Debian has the
# locales package's sources but no compiled locale but C. Only this one is added: the user's own
# locale is left alone, whatever it is.
atlas_locale=ar_SY.UTF-8

atlas_ensure_locale () {
  if locale -a 2>/dev/null | grep -qix "${atlas_locale%%.*}\.utf-\?8"; then
    return 0
  fi

  echo "Generating the $atlas_locale locale" >&2
  local sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null; then
      sudo=(sudo)
    else
      echo "error: the $atlas_locale locale is missing and there is no sudo to generate it" >&2
      return 1
    fi
  fi
  "${sudo[@]}" localedef -i "${atlas_locale%%.*}" -c -f UTF-8 -A /usr/share/locale/locale.alias "$atlas_locale"
}

atlas_build () {
  if [[ ! -f $atlas_builddir/build.ninja ]]; then
    meson setup "$atlas_builddir" "$atlas_root" "$@"
  fi
  meson compile -C "$atlas_builddir"
}
