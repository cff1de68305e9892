#!/usr/bin/env python3
# Checks that every language in po/LINGUAS is completely and correctly translated.
#
# It extracts a fresh template from the sources, as `meson compile aleppo-atlas-pot` does, merges
# each language's .po against it in a temporary directory, as `aleppo-atlas-update-po` would, and
# fails, naming the language, the msgid and where it is used, when a msgid is missing or not
# translated (or its msgstr just copies the English), an entry is fuzzy, a plural entry lacks forms, the Plural-Forms header is not the
# language's, or `msgfmt --check` rejects the file (format directives, header, mnemonics).
#
# Usage: check-po.py [XGETTEXT MSGMERGE MSGFMT]
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PO_DIR = os.path.join(ROOT, "po")
PACKAGE = "aleppo-atlas"

# What meson's i18n module passes to xgettext for preset: 'glib' (mesonbuild/modules/i18n.py),
# after its own `-k_`
XGETTEXT_ARGS = [
    "-k_",
    "--from-code=UTF-8",
    "--add-comments",
    "--keyword=_",
    "--keyword=N_",
    "--keyword=C_:1c,2",
    "--keyword=NC_:1c,2",
    "--keyword=g_dcgettext:2",
    "--keyword=g_dngettext:2,3",
    "--keyword=g_dpgettext2:2c,3",
    "--flag=N_:1:pass-c-format",
    "--flag=C_:2:pass-c-format",
    "--flag=NC_:2:pass-c-format",
    "--flag=g_dngettext:2:pass-c-format",
    "--flag=g_strdup_printf:1:c-format",
    "--flag=g_string_printf:2:c-format",
    "--flag=g_string_append_printf:2:c-format",
    "--flag=g_error_new:3:c-format",
    "--flag=g_set_error:4:c-format",
    "--flag=g_markup_printf_escaped:1:c-format",
    "--flag=g_log:3:c-format",
    "--flag=g_print:1:c-format",
    "--flag=g_printerr:1:c-format",
    "--flag=g_printf:1:c-format",
    "--flag=g_fprintf:2:c-format",
    "--flag=g_sprintf:2:c-format",
    "--flag=g_snprintf:3:c-format",
]

# The plural rule of each language, as the GNU gettext manual and CLDR give it. A language
# added to LINGUAS needs its rule here, so that a wrong header cannot pass unnoticed.
PLURAL_FORMS = {
    "ar": "nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5;",
}

# Names that stay as they are in every language; a msgstr that copies its msgid is an untranslated
# entry unless the msgid's words are all among these (or it has no words, only directives)
KEEP_AS_IS = {"GeoNames", "UNITAR", "UNOSAT", "OpenStreetMap", "JSON", "FILE", "ID"}
DIRECTIVE = re.compile(r"%(?:\d+\$)?[-+ #0']*(?:\*|\d+)?(?:\.(?:\*|\d+))?(?:<\w+>|[hlLqjzt]*[a-zA-Z%])")

ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": "\r", "a": "\a", "b": "\b", "f": "\f", "v": "\v"}


def unquote(text):
    return re.sub(r'\\(.)', lambda m: ESCAPES.get(m.group(1), m.group(0)), text)


class Entry:
    def __init__(self):
        self.ctx = None
        self.msgid = None
        self.msgid_plural = None
        self.msgstr = {}
        self.flags = set()
        self.refs = []
        self.line = 0

    def name(self):
        where = " ".join(self.refs) if self.refs else "no source location"
        ctx = f" (context \"{self.ctx}\")" if self.ctx is not None else ""
        return f"msgid \"{self.msgid}\"{ctx} at {where}"


def parse_po(path):
    """The entries of a .po file, without the obsolete ones (#~)."""
    entries = []
    entry = Entry()
    field = None

    def finish():
        nonlocal entry, field
        if entry.msgid is not None:
            entries.append(entry)
        entry = Entry()
        field = None

    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip():
                finish()
            elif line.startswith("#~"):
                continue
            elif line.startswith("#,"):
                if entry.msgid is not None:
                    finish()
                entry.flags.update(flag.strip() for flag in line[2:].split(","))
            elif line.startswith("#:"):
                if entry.msgid is not None:
                    finish()
                entry.refs += line[2:].split()
            elif line.startswith("#"):
                if entry.msgid is not None:
                    finish()
            else:
                m = re.match(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+"(.*)"$', line)
                if m:
                    keyword, index, text = m.groups()
                    if keyword in ("msgctxt", "msgid") and entry.msgstr:
                        finish()
                    if keyword in ("msgctxt", "msgid") and not entry.line:
                        entry.line = number
                    if keyword.startswith("msgstr"):
                        field = ("msgstr", int(index) if index is not None else 0)
                        entry.msgstr[field[1]] = unquote(text)
                    else:
                        field = (keyword, None)
                        setattr(entry, "ctx" if keyword == "msgctxt" else keyword, unquote(text))
                elif line.startswith('"') and line.endswith('"') and field:
                    text = unquote(line[1:-1])
                    if field[0] == "msgstr":
                        entry.msgstr[field[1]] += text
                    else:
                        attr = "ctx" if field[0] == "msgctxt" else field[0]
                        setattr(entry, attr, getattr(entry, attr) + text)
                else:
                    raise ValueError(f"{path}: cannot parse: {line}")
    finish()
    return entries


def english_words(msgid):
    """The words of @msgid that a translation would have to change."""
    return [w for w in re.findall(r"[A-Za-z]{2,}", DIRECTIVE.sub(" ", msgid)) if w not in KEEP_AS_IS]


def read_linguas():
    langs = []
    with open(os.path.join(PO_DIR, "LINGUAS"), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.lstrip().startswith("#"):
                langs += line.split()
    return langs


def header_field(header, name):
    for line in header.msgstr.get(0, "").split("\n"):
        if line.startswith(name + ":"):
            return line[len(name) + 1:].strip()
    return None


def check_language(lang, pot, tmp, msgmerge, msgfmt):
    problems = []
    po = os.path.join(PO_DIR, lang + ".po")
    if not os.path.exists(po):
        return [f"{lang}: po/LINGUAS lists it, but po/{lang}.po does not exist"]

    merged = os.path.join(tmp, lang + ".po")
    run = subprocess.run([msgmerge, "--quiet", "--output-file", merged, po, pot],
                         capture_output=True, text=True)
    if run.returncode != 0:
        return [f"{lang}: msgmerge failed: {run.stderr.strip()}"]

    entries = parse_po(merged)
    header = next((e for e in entries if e.msgid == "" and e.ctx is None), None)
    if header is None:
        return [f"{lang}: po/{lang}.po has no header"]
    if "fuzzy" in header.flags:
        problems.append(f"{lang}: the header is marked fuzzy")
    if header_field(header, "Language") != lang:
        problems.append(f"{lang}: the header says Language: {header_field(header, 'Language')}, not {lang}")
    if "charset=UTF-8" not in (header_field(header, "Content-Type") or ""):
        problems.append(f"{lang}: the header's Content-Type is not charset=UTF-8")

    nplurals = None
    expected = PLURAL_FORMS.get(lang)
    plural_forms = header_field(header, "Plural-Forms") or ""
    if expected is None:
        problems.append(f"{lang}: check-po.py knows no plural rule for it; add the language's rule to PLURAL_FORMS")
    elif re.sub(r"\s+", "", plural_forms) != re.sub(r"\s+", "", expected):
        problems.append(f"{lang}: the header says Plural-Forms: {plural_forms or '(none)'}; expected {expected}")
    m = re.search(r"nplurals\s*=\s*(\d+)", expected or plural_forms)
    if m:
        nplurals = int(m.group(1))

    for entry in entries:
        if entry is header:
            continue
        if "fuzzy" in entry.flags:
            problems.append(f"{lang}: fuzzy: {entry.name()}")
            continue
        if entry.msgid_plural is None:
            if not entry.msgstr.get(0):
                problems.append(f"{lang}: missing or untranslated: {entry.name()}")
            elif entry.msgstr[0] == entry.msgid and english_words(entry.msgid):
                problems.append(f"{lang}: copied from English, not translated: {entry.name()}")
            continue
        forms = entry.msgstr
        if not any(forms.values()):
            problems.append(f"{lang}: missing or untranslated: {entry.name()}")
            continue
        if nplurals is not None and sorted(forms) != list(range(nplurals)):
            problems.append(f"{lang}: {len(forms)} plural forms instead of {nplurals}: {entry.name()}")
        empty = [str(i) for i in sorted(forms) if not forms[i]]
        if empty:
            problems.append(f"{lang}: plural form msgstr[{', '.join(empty)}] is empty: {entry.name()}")

    # --check: format directives, header, mnemonics (-c also checks accelerators)
    run = subprocess.run([msgfmt, "--check", "--check-accelerators=_", "--output-file", os.devnull, merged],
                         capture_output=True, text=True)
    if run.returncode != 0:
        for line in run.stderr.strip().splitlines():
            m = re.match(re.escape(merged) + r":(\d+): (.*)", line)
            if m:
                at = max((e for e in entries if 0 < e.line <= int(m.group(1))), key=lambda e: e.line, default=None)
                line = m.group(2) + (f": {at.name()}" if at and at is not header else " (in the header)")
            problems.append(f"{lang}: msgfmt --check: {line}")
    return problems


def main():
    xgettext, msgmerge, msgfmt = (sys.argv[1:4] if len(sys.argv) >= 4 else ("xgettext", "msgmerge", "msgfmt"))
    langs = read_linguas()
    if not langs:
        print("po/LINGUAS lists no language")
        return 1

    problems = []
    with tempfile.TemporaryDirectory(prefix="check-po-") as tmp:
        pot = os.path.join(tmp, PACKAGE + ".pot")
        run = subprocess.run([xgettext, "--package-name=" + PACKAGE, "-p", tmp, "-f", os.path.join(PO_DIR, "POTFILES.in"),
                              "-D", ROOT, "-o", os.path.basename(pot)] + XGETTEXT_ARGS,
                             capture_output=True, text=True)
        if run.returncode != 0 or not os.path.exists(pot):
            print(f"xgettext failed: {run.stderr.strip()}")
            return 1
        n_msgids = sum(1 for e in parse_po(pot) if e.msgid)
        for lang in langs:
            found = check_language(lang, pot, tmp, msgmerge, msgfmt)
            problems += found
            print(f"{lang}: {n_msgids} msgids, {len(found)} problems")

    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
