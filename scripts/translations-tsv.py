#!/usr/bin/env python3
"""Moves translations between a .ts file and a plain tab-separated list, for a quick translation pass
in any editor (Qt Linguist works too: /usr/lib/qt6/bin/linguist translations/soip_hi.ts).

  scripts/translations-tsv.py export [TS] > todo.tsv     the unfinished entries: context, source, ""
  scripts/translations-tsv.py export --all [TS] > all.tsv every entry with its current translation
  scripts/translations-tsv.py import todo.tsv [TS]       writes the third column into TS, marks it done

TS defaults to translations/soip_hi.ts. In the TSV, a newline is written \\n, a tab \\t and a
backslash \\\\. A plural entry (%n) takes its forms separated by " || " (Hindi has two: one, many).
"""
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_TS = os.path.join(ROOT, "translations", "soip_hi.ts")


def escape(text):
    return (text or "").replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def unescape(text):
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(text[i + 1], text[i + 1]))
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def live_messages(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue
            yield name, message


def current(message):
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return " || ".join(form.text or "" for form in translation.iter("numerusform"))
    return translation.text or ""


def export(ts, everything):
    tree = ET.parse(ts)
    for name, message in live_messages(tree):
        translation = message.find("translation")
        unfinished = translation.get("type") == "unfinished" or not current(message).strip(" |")
        if everything or unfinished:
            print("\t".join([escape(name), escape(message.findtext("source")), escape(current(message))]))


def write_ts(tree, ts):
    # lupdate's own layout, so that the next lupdate run changes nothing but content.
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(ts, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")


def do_import(tsv, ts):
    wanted = {}
    with open(tsv, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                sys.exit(f"{tsv}:{number}: expected context<TAB>source<TAB>translation")
            if parts[2].strip(" |"):
                wanted[(unescape(parts[0]), unescape(parts[1]))] = unescape(parts[2])
    tree = ET.parse(ts)
    done = 0
    for name, message in live_messages(tree):
        key = (name, message.findtext("source"))
        if key not in wanted:
            continue
        translation = message.find("translation")
        if message.get("numerus") == "yes":
            # " || " separates the forms; each keeps the spaces and line breaks the source
            # starts and ends with, which the code relies on when it joins strings.
            lead, trail = re.match(r"\s*", key[1]).group(), re.search(r"\s*$", key[1]).group()
            forms = [lead + form.strip() + trail for form in wanted[key].split("||")]
            for child in list(translation):
                translation.remove(child)
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = wanted.pop(key)
            wanted[key] = translation.text
        translation.attrib.pop("type", None)
        done += 1
    write_ts(tree, ts)
    # lconvert rewrites the file in lupdate's own layout, so the next lupdate run changes nothing.
    lconvert = "/usr/lib/qt6/bin/lconvert"
    if os.path.exists(lconvert):
        subprocess.run([lconvert, "-i", ts, "-o", ts], check=True)
    print(f"{done} translation(s) written to {os.path.relpath(ts)}", file=sys.stderr)


def main():
    args = sys.argv[1:]
    if not args or args[0] not in ("export", "import"):
        sys.exit(__doc__)
    if args[0] == "export":
        everything = "--all" in args
        rest = [a for a in args[1:] if a != "--all"]
        export(rest[0] if rest else DEFAULT_TS, everything)
    else:
        if len(args) < 2:
            sys.exit(__doc__)
        do_import(args[1], args[2] if len(args) > 2 else DEFAULT_TS)


if __name__ == "__main__":
    main()
