#!/usr/bin/env python3
# Validates the metainfo with `appstreamcli validate --pedantic --no-net` and fails on any issue
# at all, pedantic ones included: appstreamcli exits 0 on pedantic and info issues (and --strict
# still passes pedantic ones), so every issue line it prints is read here. Only the issues listed
# in ALLOWED pass, each for a reason that is not ours to fix.
#
# Usage: validate-metainfo.py APPSTREAMCLI METAINFO
import re
import subprocess
import sys

ALLOWED = {
    # The component ID is the application ID, which GNOME spells in reverse-DNS CamelCase
    ("cid-contains-uppercase-letter", "io.github.aleppoatlas.AleppoAtlas"),
    # <developer id> is AppStream 1.0's; Debian 12's appstreamcli 0.16 does not know it yet
    ("unknown-tag", "developer"),
}

# "P: io.github.aleppoatlas.AleppoAtlas:3: cid-contains-uppercase-letter", then the hint either on
# the same line or indented on the next one; the line number may be "~" or missing
ISSUE = re.compile(r"^([EWIP]): [^\s:]*(?::[0-9~]*)?: ([a-z0-9-]+)(?: (.*))?$")


def main():
    appstreamcli, metainfo = sys.argv[1:3]
    run = subprocess.run([appstreamcli, "validate", "--pedantic", "--no-net", metainfo],
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    print(run.stdout, end="")

    lines = run.stdout.splitlines()
    issues = []
    for i, line in enumerate(lines):
        if not re.match(r"^[EWIP]: ", line):
            continue
        m = ISSUE.match(line)
        if not m:
            issues.append((line, None))
            continue
        hint = m.group(3)
        if hint is None and i + 1 < len(lines) and lines[i + 1].startswith("  "):
            hint = lines[i + 1].strip()
        issues.append((line, (m.group(2), hint)))

    failed = run.returncode != 0
    if failed:
        print(f"appstreamcli exited with status {run.returncode}")
    for line, key in issues:
        if key not in ALLOWED:
            print(f"not allowed: {line}")
            failed = True
    if not issues and "Validation was successful" not in run.stdout:
        print("appstreamcli printed neither issues nor success")
        failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
