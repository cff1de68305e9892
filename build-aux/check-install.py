#!/usr/bin/env python3
# Installs the build into a temporary DESTDIR and checks that the installed app is complete and
# runs from there: `meson install` must succeed, every file a desktop needs must be in place, and
# the installed executable must check the installed KB with the installed, compiled schema.
#
# Meson skips the post-install scripts under DESTDIR (they would touch the real prefix), so this
# runs the same commands as gnome.post_install() in meson.build on the DESTDIR tree: a post-install
# step that fails on a fresh prefix fails here too.
#
# It needs no root, no network and no installed copy of the app: apart from the system's
# libraries and MIME database, everything it runs or reads is under the temporary folder, with a
# minimal environment. The window (which must read its stored size through the installed schema
# and load the installed icon) is started only when the test has a display, as under xvfb-run;
# --check needs none.
#
# With a display, it also lets D-Bus start the installed app, through the installed service
# file, as GNOME Shell does for its search provider: on a private session bus that knows only
# the installed services, it asks for results and their metas with gdbus.
#
# Usage: check-install.py MESON BUILD_DIR PREFIX BINDIR DATADIR VERSION
#                         GLIB_COMPILE_SCHEMAS GTK_UPDATE_ICON_CACHE UPDATE_DESKTOP_DATABASE
import os
import shutil
import struct
import subprocess
import sys
import tempfile

APP_ID = "io.github.aleppoatlas.AleppoAtlas"
EXE = "aleppo-atlas"

failures = []


def fail(message):
    print(f"not ok: {message}")
    failures.append(message)


def ok(message):
    print(f"ok: {message}")


def under(root, prefix, path):
    """PATH (relative to PREFIX, or absolute) as installed under the DESTDIR ROOT"""
    return os.path.join(root, os.path.join(prefix, path).lstrip("/"))


def run(args, env=None, cwd=None, timeout=120):
    print("$ " + " ".join(args), flush=True)
    return subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                          env=env, cwd=cwd, timeout=timeout)


def show(result):
    for stream in (result.stdout, result.stderr):
        if stream.strip():
            print("  " + stream.rstrip().replace("\n", "\n  "))


def desktop_key(path, key):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith(key + "="):
                return line.rstrip("\n").split("=", 1)[1]
    return None


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    if len(head) < 24 or head[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    return struct.unpack(">II", head[16:24])


def app_env(tmp, share, schemas):
    """A minimal environment: the installed data first, nothing from the user or the build"""
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": os.path.join(tmp, "home"),
        "XDG_CONFIG_HOME": os.path.join(tmp, "config"),
        "XDG_DATA_HOME": os.path.join(tmp, "data-home"),
        "XDG_CACHE_HOME": os.path.join(tmp, "cache"),
        "XDG_RUNTIME_DIR": os.path.join(tmp, "runtime"),
        # The installed tree, and of the system's data only the MIME database, without which
        # gdk-pixbuf cannot tell an SVG icon: not a copy of the app installed on the machine
        "XDG_DATA_DIRS": share + ":" + os.path.join(tmp, "system"),
        "GSETTINGS_SCHEMA_DIR": schemas,
        "LC_ALL": "C.UTF-8",
        "TZ": "UTC",
        "G_DEBUG": "fatal-criticals",
        "GIO_USE_PROXY_RESOLVER": "dummy",
        "DBUS_SESSION_BUS_ADDRESS": "unix:path=/dev/null/no-session-bus",
        # No accessibility bus either. GTK 4.8 can find one without a session bus, through the
        # X display where another test (atspi) runs one, and then names its accessibles after
        # an application D-Bus path that does not exist: a critical in g_dbus_connection_emit_signal
        "GTK_A11Y": "none",
    }
    # A sanitizer build needs its options (suppressions) in the installed app too, and CI's
    # G_SLICE=always-malloc, which lets LeakSanitizer see GLib's allocations
    for name, value in os.environ.items():
        if name.endswith("SAN_OPTIONS") or name == "G_SLICE":
            env[name] = value
    for d in ("home", "config", "data-home", "cache", "runtime", "system"):
        os.makedirs(os.path.join(tmp, d), mode=0o700, exist_ok=True)
    if os.path.isdir("/usr/share/mime"):
        os.symlink("/usr/share/mime", os.path.join(tmp, "system", "mime"))
    return env


def main():
    (meson, build_dir, prefix, bindir, datadir, version,
     compile_schemas, update_icon_cache, update_desktop_database) = sys.argv[1:10]

    tmp = tempfile.mkdtemp(prefix="aleppo-atlas-install-")
    try:
        check(tmp, meson, build_dir, prefix, bindir, datadir, version,
              compile_schemas, update_icon_cache, update_desktop_database)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    if failures:
        print(f"{len(failures)} problem(s) with the installed app")
        return 1
    return 0


def check(tmp, meson, build_dir, prefix, bindir, datadir, version,
          compile_schemas, update_icon_cache, update_desktop_database):
    root = os.path.join(tmp, "root")

    # The build is up to date: meson test has built it
    result = run([meson, "install", "-C", build_dir, "--no-rebuild", "--quiet", "--destdir", root],
                 timeout=300)
    show(result)
    if result.returncode != 0:
        fail(f"meson install exited with status {result.returncode}")
        return
    ok("meson install --destdir")

    exe = os.path.join(under(root, prefix, bindir), EXE)
    share = under(root, prefix, datadir)
    icons = os.path.join(share, "icons", "hicolor")
    desktop = os.path.join(share, "applications", APP_ID + ".desktop")
    metainfo = os.path.join(share, "metainfo", APP_ID + ".metainfo.xml")
    schema_dir = os.path.join(share, "glib-2.0", "schemas")
    kb = os.path.join(share, "aleppo-atlas", "aleppo-2016.json")

    expected = [
        exe,
        desktop,
        metainfo,
        os.path.join(icons, "scalable", "apps", APP_ID + ".svg"),
        os.path.join(icons, "symbolic", "apps", APP_ID + "-symbolic.svg"),
        os.path.join(schema_dir, APP_ID + ".gschema.xml"),
        kb,
        os.path.join(share, "aleppo-atlas", "aleppo-atlas-kb.schema.json"),
        os.path.join(share, "gnome-shell", "search-providers", APP_ID + ".search-provider.ini"),
        os.path.join(share, "dbus-1", "services", APP_ID + ".service"),
    ]
    for path in expected:
        if os.path.isfile(path):
            ok(f"installed {os.path.relpath(path, root)}")
        else:
            fail(f"not installed: {os.path.relpath(path, root)}")
    if os.path.isfile(exe) and not os.access(exe, os.X_OK):
        fail(f"{os.path.relpath(exe, root)} is not executable")

    # What gnome.post_install() would run, on the DESTDIR tree
    for args in ([compile_schemas, schema_dir],
                 [update_icon_cache, "-q", "-t", "-f", icons],
                 [update_desktop_database, "-q", os.path.join(share, "applications")]):
        result = run(args)
        show(result)
        if result.returncode != 0:
            fail(f"post-install step {os.path.basename(args[0])} exited with status {result.returncode}")
    if not os.path.isfile(os.path.join(icons, "icon-theme.cache")):
        fail("no icon-theme.cache after the post-install step")
    if failures:
        return

    # The desktop file and the metainfo name what is installed
    icon = desktop_key(desktop, "Icon")
    if icon != APP_ID:
        fail(f"the desktop file's Icon= is {icon!r}, not the installed icon {APP_ID!r}")
    exec_line = desktop_key(desktop, "Exec") or ""
    if exec_line.split(" ")[0] != EXE:
        fail(f"the desktop file's Exec= is {exec_line!r}, not the installed {EXE!r}")
    with open(metainfo, encoding="utf-8") as f:
        text = f.read()
    for needle in (f'<launchable type="desktop-id">{APP_ID}.desktop</launchable>',
                   f"<binary>{EXE}</binary>"):
        if needle not in text:
            fail(f"the metainfo lacks {needle}")

    # The installed schema, compiled strictly into a folder of its own
    schemas = os.path.join(tmp, "schemas")
    os.makedirs(schemas)
    result = run([compile_schemas, "--strict", "--targetdir", schemas, schema_dir])
    show(result)
    compiled = os.path.join(schemas, "gschemas.compiled")
    if result.returncode != 0 or not os.path.isfile(compiled):
        fail("the installed schema does not compile")
        return
    with open(compiled, "rb") as f:
        if APP_ID.encode() not in f.read():
            fail(f"the compiled schemas lack {APP_ID}")

    env = app_env(tmp, share, schemas)
    env.pop("DISPLAY", None)

    result = run([exe, "--version"], env=env, cwd=tmp)
    show(result)
    if result.returncode != 0 or result.stdout.strip() != f"{EXE} {version}":
        fail(f"{EXE} --version: status {result.returncode}, printed {result.stdout.strip()!r}")
    else:
        ok(f"installed {EXE} --version")

    # No display: --check must not need one
    result = run([exe, "--check", kb], env=env, cwd=tmp)
    show(result)
    if result.returncode != 0 or not result.stdout.startswith(kb + ": valid: "):
        fail(f"{EXE} --check on the installed KB: status {result.returncode}")
    else:
        ok(f"installed {EXE} --check on the installed KB")

    # The window, with a window size in the settings that only the installed schema lets it read
    display = os.environ.get("DISPLAY")
    if not display:
        print("# no DISPLAY: the installed app's window is not started")
        return
    env["DISPLAY"] = display
    if "XAUTHORITY" in os.environ:
        env["XAUTHORITY"] = os.environ["XAUTHORITY"]
    env["GDK_BACKEND"] = "x11"
    env["GSK_RENDERER"] = "cairo"
    env["GSETTINGS_BACKEND"] = "keyfile"
    settings = os.path.join(env["XDG_CONFIG_HOME"], "glib-2.0", "settings")
    os.makedirs(settings)
    with open(os.path.join(settings, "keyfile"), "w", encoding="utf-8") as f:
        f.write("[io/github/aleppoatlas/AleppoAtlas]\nwindow-size=(1024, 600)\n")
    png = os.path.join(tmp, "window.png")
    result = run([exe, "--screenshot", png], env=env, cwd=tmp, timeout=120)
    show(result)
    size = png_size(png) if os.path.isfile(png) else None
    if result.returncode != 0 or size is None:
        fail(f"the installed app's window: status {result.returncode}, picture {size}")
        return
    # The window's icon is the installed one, and it loads
    if "Failed to load icon" in result.stderr:
        fail("the installed app could not load an icon")
    # The picture is the window's content; its size follows the stored 1024×600, not the
    # schema's default 1280×800
    if not (size[0] <= 1024 and size[1] <= 600):
        fail(f"the installed app's window is {size[0]}×{size[1]}: it did not read its settings")
    else:
        ok(f"installed {EXE} drew its window, {size[0]}×{size[1]}, from its stored size")

    check_search_provider(tmp, root, prefix, bindir, share, exe, env)


def ini_keys(path):
    keys = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if "=" in line and not line.startswith("["):
                key, value = line.rstrip("\n").split("=", 1)
                keys[key] = value
    return keys


def check_search_provider(tmp, root, prefix, bindir, share, exe, env):
    """The Shell's search: D-Bus starts the installed app from its service file and it answers"""
    ini = ini_keys(os.path.join(share, "gnome-shell", "search-providers", APP_ID + ".search-provider.ini"))
    service_path = os.path.join(share, "dbus-1", "services", APP_ID + ".service")
    service = ini_keys(service_path)
    installed_exec = os.path.join(prefix, bindir, EXE) + " --gapplication-service"
    expected = {"DesktopId": APP_ID + ".desktop", "BusName": APP_ID, "Version": "2"}
    for key, value in expected.items():
        if ini.get(key) != value:
            fail(f"the search provider's {key}= is {ini.get(key)!r}, not {value!r}")
    if service.get("Name") != ini.get("BusName"):
        fail(f"the D-Bus service is named {service.get('Name')!r}, the search provider's bus {ini.get('BusName')!r}")
    if service.get("Exec") != installed_exec:
        fail(f"the D-Bus service runs {service.get('Exec')!r}, not the installed {installed_exec!r}")
    if failures:
        return

    # The service file names the app in its prefix; under DESTDIR it is elsewhere. The bus
    # reads a copy that differs only in that path, from a folder of its own.
    services = os.path.join(tmp, "dbus-services")
    os.makedirs(services)
    with open(service_path, encoding="utf-8") as f:
        text = f.read()
    with open(os.path.join(services, APP_ID + ".service"), "w", encoding="utf-8") as f:
        f.write(text.replace(installed_exec, exe + " --gapplication-service"))
    config = os.path.join(tmp, "session.conf")
    with open(config, "w", encoding="utf-8") as f:
        f.write(f"""<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir={tmp}</listen>
  <servicedir>{services}</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
""")

    # Nothing starts the app but the bus: the first call activates it
    path = ini["ObjectPath"]
    iface = "org.gnome.Shell.SearchProvider2"
    call = f"gdbus call --session --dest {APP_ID} --object-path {path} --method {iface}"
    script = (f"{call}.GetInitialResultSet \"['bustan', 'basha']\" && "
              f"{call}.GetResultMetas \"['p-bustan-al-basha']\"")
    dbus_run_session = shutil.which("dbus-run-session")
    if dbus_run_session is None:
        fail("no dbus-run-session to start a session bus with (Debian package dbus-daemon)")
        return
    bus_env = dict(env)
    bus_env["GSETTINGS_BACKEND"] = "memory"
    result = run([dbus_run_session, "--config-file", config,
                  "--", "sh", "-c", script], env=bus_env, cwd=tmp, timeout=120)
    show(result)
    lines = result.stdout.strip().splitlines()
    if result.returncode != 0 or len(lines) != 2:
        fail(f"the search provider did not answer over D-Bus: status {result.returncode}")
        return
    if not lines[0].startswith("(['p-bustan-al-basha'"):
        fail(f"the search provider found {lines[0]!r} for “bustan basha”, not Bustan al-Basha first")
    elif "'name': <'Bustan al-Basha'>" not in lines[1] or f"'{APP_ID}'" not in lines[1]:
        fail(f"the search provider's metas for Bustan al-Basha: {lines[1]!r}")
    else:
        ok("D-Bus started the installed app from its service file, and its search provider answered")


if __name__ == "__main__":
    sys.exit(main())
