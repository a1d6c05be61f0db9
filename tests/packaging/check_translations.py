#!/usr/bin/env python3
"""Fails when the translations are not complete, and says exactly what is missing.

1. Runs scripts/update-translations.sh into a temporary copy of translations/*.ts (the tree is not
   touched) and compares the messages (context + source text + disambiguation) with the committed
   files: a string in the code that is not in a .ts file is listed as MISSING.
2. Every context in the .ts files must be a class the code declares (Q_OBJECT or
   Q_DECLARE_TR_FUNCTIONS) or a context the code names in translate()/QT_TRANSLATE_NOOP: lupdate
   files strings under a wrong context when it misreads a file, and then they are never shown
   translated (Qt 6.4's lupdate did that for `enum X : int {`).
3. Every message of soip_hi.ts must be translated (no type="unfinished", no empty form) and keep
   the source's placeholders (%1, %2, %n, ...).
4. Every plural message of soip_en.ts must have its English forms.
5. Every translation keeps the spaces and line breaks the source has at its start and end: the code
   joins such strings ("%n row(s), " then "%n valid, "), and "2 rows,2 valid,2 requests to send."
   with no newline is what a stripped translation printed.

Usage: check_translations.py SOURCE_DIR
Fix: run scripts/update-translations.sh (or build the update_translations target), translate what
is listed in translations/soip_hi.ts, and run this again (ctest -R i18n).
"""
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:\d+|n|L\d+)")


def messages(path):
    """{(context, source, comment): (message element, numerus)} of the live (not vanished) messages."""
    result = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else None
            if kind in ("vanished", "obsolete"):
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            result[key] = message
    return result


def forms(message):
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def ends(text):
    """The white space a text starts and ends with."""
    return re.match(r"\s*", text).group(), re.search(r"\s*$", text).group()


def show(key):
    context, source, comment = key
    text = source.replace("\n", "\\n")
    if len(text) > 110:
        text = text[:107] + "..."
    extra = f" [{comment}]" if comment else ""
    return f"  {context}: \"{text}\"{extra}"


def declared_contexts(source_dir):
    """Translation contexts the code really uses at run time."""
    contexts = set()
    for top in ("core", "ui", "app", "translations"):
        for folder, _, files in os.walk(os.path.join(source_dir, top)):
            for name in files:
                if not name.endswith((".h", ".cpp")):
                    continue
                text = open(os.path.join(folder, name), encoding="utf-8", errors="replace").read()
                contexts.update(re.findall(r"Q_DECLARE_TR_FUNCTIONS\(\s*([\w:]+)\s*\)", text))
                contexts.update(re.findall(r"(?:translate|QT_TRANSLATE_NOOP3?)\(\s*\"([^\"]+)\"", text))
                for match in re.finditer(r"^\s*class\s+(\w+)[^;{]*\{\s*Q_OBJECT", text, re.M):
                    spaces = re.findall(r"namespace\s+([\w:]+)\s*\{", text[:match.start()])
                    prefix = spaces[-1] + "::" if spaces else ""
                    contexts.add(prefix + match.group(1))
    return contexts


def main():
    source_dir = sys.argv[1]
    ts_dir = os.path.join(source_dir, "translations")
    problems = []

    with tempfile.TemporaryDirectory() as tmp:
        run = subprocess.run([os.path.join(source_dir, "scripts", "update-translations.sh"), "--into", tmp],
                             capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stdout, run.stderr)
            print("FAIL: lupdate could not scan the sources")
            return 1
        for name in ("soip_en.ts", "soip_hi.ts"):
            committed = messages(os.path.join(ts_dir, name))
            current = messages(os.path.join(tmp, name))
            missing = sorted(set(current) - set(committed))
            stale = sorted(set(committed) - set(current))
            if missing:
                problems.append(f"{name}: {len(missing)} string(s) in the code are MISSING from the file "
                                "(run scripts/update-translations.sh):")
                problems.extend(show(key) for key in missing)
            if stale:
                # Not an error: the next update removes them. Said so that nobody translates them.
                print(f"note: {name} has {len(stale)} string(s) no longer in the code; "
                      "scripts/update-translations.sh removes them.")

    hindi = messages(os.path.join(ts_dir, "soip_hi.ts"))
    known = declared_contexts(source_dir)
    strays = sorted({key[0] for key in hindi} - known)
    if strays:
        problems.append("soip_hi.ts: these contexts are no class of the code, so their strings would never show "
                        "translated (lupdate misread the file that uses them; see its tr() calls):")
        problems.extend(f"  {context}" for context in strays)
    unfinished, broken = [], []
    for key, message in sorted(hindi.items()):
        translation = message.find("translation")
        texts = forms(message)
        if (translation is not None and translation.get("type") == "unfinished") or not texts \
                or any(not text.strip() for text in texts):
            unfinished.append(key)
            continue
        # A sentence "translated" as itself was copied, not translated (names and codes may stay).
        if len(re.findall(r"\b[a-z]{3,}\b", key[1])) >= 4 and any(text == key[1] for text in texts):
            unfinished.append(key)
            continue
        wanted = sorted(set(PLACEHOLDER.findall(key[1])))
        for text in texts:
            have = sorted(set(PLACEHOLDER.findall(text)))
            # A plural form may leave out %n ("एक संदेश"), nothing else may go missing or be invented.
            if [p for p in wanted if p != "%n"] != [p for p in have if p != "%n"]:
                broken.append((key, text))
    if unfinished:
        problems.append(f"soip_hi.ts: {len(unfinished)} of {len(hindi)} string(s) are UNFINISHED (not translated):")
        problems.extend(show(key) for key in unfinished)
    if broken:
        problems.append(f"soip_hi.ts: {len(broken)} translation(s) do not keep the placeholders of the source:")
        problems.extend(f"{show(key)} -> \"{text}\"" for key, text in broken)

    english = messages(os.path.join(ts_dir, "soip_en.ts"))
    plural_gaps = [key for key, message in sorted(english.items())
                   if message.get("numerus") == "yes" and (len(forms(message)) < 2
                                                          or any(not f.strip() for f in forms(message)))]
    if plural_gaps:
        problems.append(f"soip_en.ts: {len(plural_gaps)} plural string(s) lack their English singular/plural forms:")
        problems.extend(show(key) for key in plural_gaps)

    for name, catalogue in (("soip_hi.ts", hindi), ("soip_en.ts", english)):
        unjoined = [(key, text) for key, message in sorted(catalogue.items()) for text in forms(message)
                    if text and ends(text) != ends(key[1])]
        if unjoined:
            problems.append(f"{name}: {len(unjoined)} translation(s) do not start or end with the source's spaces "
                            "or line breaks:")
            problems.extend(f"{show(key)} -> \"{text}\"" for key, text in unjoined)

    if problems:
        print("\n".join(problems))
        print("FAIL: the translations are not complete (see above).")
        return 1
    print(f"OK: {len(hindi)} Hindi strings translated, {len(english)} English plural strings, nothing missing.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
