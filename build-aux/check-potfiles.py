#!/usr/bin/env python3
# Checks that po/POTFILES.in lists every source and UI file with a string for translators,
# and nothing that is gone, so that no user-visible string is missed by xgettext.
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MARKERS = {
    ".c": re.compile(r'\b(?:N?_|C_|NC_|g_dngettext)\s*\('),
    ".ui": re.compile(r'translatable="yes"'),
}


def main():
    with open(os.path.join(ROOT, "po", "POTFILES.in"), encoding="utf-8") as f:
        listed = {line.strip() for line in f if line.strip() and not line.startswith("#")}

    found = set()
    for top in ("src", "ui"):
        for dirpath, _dirs, files in os.walk(os.path.join(ROOT, top)):
            for name in files:
                marker = MARKERS.get(os.path.splitext(name)[1])
                path = os.path.join(dirpath, name)
                with open(path, encoding="utf-8") as f:
                    if marker and marker.search(f.read()):
                        found.add(os.path.relpath(path, ROOT))

    missing = sorted(p for p in found if p not in listed)
    gone = sorted(p for p in listed if not os.path.exists(os.path.join(ROOT, p)))
    for path in missing:
        print(f"po/POTFILES.in: missing {path}, which has strings for translators")
    for path in gone:
        print(f"po/POTFILES.in: lists {path}, which does not exist")
    return 1 if missing or gone else 0


if __name__ == "__main__":
    sys.exit(main())
