#!/usr/bin/env python3
# Checks that po/POTFILES.in lists every source and UI file with a string for translators,
# and nothing that is gone, so that no user-visible string is missed by xgettext; and that the
# strings users see are marked for translators at all: UI properties such as label, title and
# tooltip-text carry translatable="yes", and the GTK calls that set such text are not given a
# bare literal with words in it.
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MARKERS = {
    ".c": re.compile(r'\b(?:N?_|C_|NC_|g_dngettext)\s*\('),
    ".ui": re.compile(r'translatable="yes"'),
}

# UI properties and menu attributes that users see or hear
UI_TEXT = re.compile(
    r'<(property|attribute)\s+name="(label|title|subtitle|tooltip-text|tooltip-markup|placeholder-text|text|'
    r'description|secondary-text|heading|body|accelerator-label)"([^>]*)>([^<]*)</\1>')
# GTK calls that set text users see or hear, up to the end of the statement
C_TEXT_CALL = re.compile(
    r'\b(gtk_label_new|gtk_label_new_with_mnemonic|gtk_label_set_label|gtk_label_set_text|gtk_label_set_markup|'
    r'gtk_label_set_text_with_mnemonic|gtk_button_new_with_label|gtk_button_new_with_mnemonic|gtk_button_set_label|'
    r'gtk_check_button_new_with_label|gtk_check_button_set_label|gtk_expander_new|gtk_expander_set_label|'
    r'gtk_widget_set_tooltip_text|gtk_widget_set_tooltip_markup|gtk_window_set_title|gtk_editable_set_text|'
    r'gtk_entry_set_placeholder_text|gtk_search_entry_set_placeholder_text|gtk_accessible_update_property|'
    r'gtk_accessible_update_relation|g_menu_append|g_menu_item_new|adw_window_title_set_title)\s*\(([^;]*);')
MARKED_LITERAL = re.compile(r'\b(?:N?_\s*\(|N?C_\s*\(\s*"[^"]*"\s*,|g_dngettext\s*\(\s*\w+\s*,\s*"(?:[^"\\]|\\.)*"\s*,)'
                            r'\s*"(?:[^"\\]|\\.)*"')
LITERAL = re.compile(r'"((?:[^"\\]|\\.)*)"')
WORD = re.compile(r'[^\W\d_]{2,}')


def unmarked_ui_text(path, text):
    for m in UI_TEXT.finditer(text):
        kind, name, attrs, value = m.groups()
        if "translatable=" in attrs or not WORD.search(value):
            continue
        line = text.count("\n", 0, m.start()) + 1
        yield f'{path}:{line}: {kind} "{name}" without translatable="yes": {value.strip()}'


def unmarked_c_text(path, text):
    for m in C_TEXT_CALL.finditer(text):
        args = MARKED_LITERAL.sub("", m.group(2))
        for literal in LITERAL.findall(args):
            if WORD.search(literal):
                line = text.count("\n", 0, m.start()) + 1
                yield f'{path}:{line}: "{literal}" passed to {m.group(1)} () without _() or N_()'


def main():
    with open(os.path.join(ROOT, "po", "POTFILES.in"), encoding="utf-8") as f:
        listed = {line.strip() for line in f if line.strip() and not line.startswith("#")}

    found = set()
    unmarked = []
    for top in ("src", "ui"):
        for dirpath, _dirs, files in os.walk(os.path.join(ROOT, top)):
            for name in sorted(files):
                ext = os.path.splitext(name)[1]
                marker = MARKERS.get(ext)
                path = os.path.join(dirpath, name)
                relpath = os.path.relpath(path, ROOT)
                if not marker:
                    continue
                with open(path, encoding="utf-8") as f:
                    text = f.read()
                if marker.search(text):
                    found.add(relpath)
                unmarked += (unmarked_ui_text if ext == ".ui" else unmarked_c_text)(relpath, text)

    missing = sorted(p for p in found if p not in listed)
    gone = sorted(p for p in listed if not os.path.exists(os.path.join(ROOT, p)))
    for path in missing:
        print(f"po/POTFILES.in: missing {path}, which has strings for translators")
    for path in gone:
        print(f"po/POTFILES.in: lists {path}, which does not exist")
    for problem in unmarked:
        print(problem)
    return 1 if missing or gone or unmarked else 0


if __name__ == "__main__":
    sys.exit(main())
