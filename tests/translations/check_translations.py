#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks Newsroom's translation catalogues (Qt .ts files).

Every message must be translated (no "unfinished", "vanished" or "obsolete" entry), keep
the source's placeholders (%1, %2, %n), its keyboard accelerator (&), its leading and
trailing spaces and line breaks, and be written in the catalogue's language: a Russian or
Kazakh translation of an English sentence holds Cyrillic letters.

With --lupdate LUPDATE --source DIR..., the sources are scanned again into copies of the
catalogues first: a string added, changed or removed in the code without the catalogues
being brought up to date fails too. Catalogues given with --fixed (Qt's own strings in a
language Qt has no catalogue for) are checked without lupdate.

Usage: check_translations.py [--lupdate PATH --source DIR...] [--fixed FILE.ts...] FILE.ts...
Exit status 0 when every catalogue is complete, 1 otherwise (each problem printed as
FILE: context “source”: what is wrong).
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:n|L?[1-9][0-9]?)")
# An English word: three or more Latin letters, outside what is never translated
# (`commands`, --options, %placeholders, <tags>, &entities;, file names, addresses).
NEVER_TRANSLATED = re.compile(
    r"`[^`]*`|--?[a-z][a-z0-9-]*|%[0-9n]+|<[^>]*>|&[a-z]+;|\S+\.(?:md|db|qm|ts|json|yaml|html|xml|css|jpg|png|webp)\b"
    r"|https?://\S+|[a-z]+://\S*|\$[A-Z_]+|\b[A-Z][A-Z0-9_]+\b")
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
# Names that stay as they are in every language.
NAMES = {"Newsroom", "Markdown", "PostgreSQL", "SQLite", "Qt", "KDE", "Hugo", "WordPress", "JPEG", "PNG",
         "WebP", "GPS", "Exif", "IPTC", "XMP", "Sonnet", "Chromium", "English", "newsroom", "psql", "postgres",
         "postgresql", "sqlite", "UTF", "localhost", "Ctrl", "Shift", "Alt", "Meta", "Esc", "Tab", "Ins", "Del",
         "Home", "End", "PgUp", "PgDown", "Num", "Backspace", "Enter", "Return", "Space", "Print", "Pause", "Menu",
         "Left", "Right", "Up", "Down", "Backtab", "Insert", "Delete", "Escape"}
CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def accelerators(text):
    """The & accelerators of a menu text: & before a letter or digit, && and &entity; aside."""
    text = text.replace("&&", "")
    return len(re.findall(r"&(?![a-z]+;|#)[^\s&]", text))


def needs_words(source):
    rest = NEVER_TRANSLATED.sub(" ", source)
    return any(word not in NAMES for word in LATIN_WORD.findall(rest))


def edges(text):
    lead = re.match(r"^\s*", text).group(0)
    trail = re.search(r"\s*$", text).group(0)
    return lead, trail


def check_message(path, language, context, message, problems):
    source = message.findtext("source") or ""
    translation = message.find("translation")
    where = f"{path}: {context} “{source}”"
    if translation is None:
        problems.append(f"{where}: no translation element")
        return
    kind = translation.get("type")
    if kind in ("unfinished", "vanished", "obsolete"):
        problems.append(f"{where}: {kind}")
        return
    if message.get("numerus") == "yes":
        forms = [form.text or "" for form in translation.findall("numerusform")]
        if not forms or any(not form for form in forms):
            problems.append(f"{where}: a plural form is empty")
            return
    else:
        forms = [translation.text or ""]
        if not forms[0]:
            problems.append(f"{where}: empty")
            return
    wanted = sorted(PLACEHOLDER.findall(source))
    for form in forms:
        got = sorted(PLACEHOLDER.findall(form))
        if got != wanted:
            problems.append(f"{where}: placeholders {got} in “{form}”, the source has {wanted}")
        if accelerators(form) != accelerators(source):
            problems.append(f"{where}: “{form}” has {accelerators(form)} accelerators (&), the source {accelerators(source)}")
        if edges(form) != edges(source):
            problems.append(f"{where}: “{form}” does not begin and end with the source's spaces and line breaks")
        if language in ("ru", "kk") and needs_words(source) and not CYRILLIC.search(form):
            problems.append(f"{where}: “{form}” is not in {language}")


def check_file(path, problems):
    root = ET.parse(path).getroot()
    language = (root.get("language") or "").split("_")[0]
    count = 0
    for context in root.findall("context"):
        name = context.findtext("name")
        for message in context.findall("message"):
            count += 1
            check_message(path, language, name, message, problems)
    return count


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lupdate")
    parser.add_argument("--source", action="append", default=[])
    parser.add_argument("--fixed", action="append", default=[])
    parser.add_argument("files", nargs="*")
    args = parser.parse_args()
    problems = []
    files = args.files
    scratch = None
    if args.lupdate:
        # The catalogues as lupdate would leave them, with the same options as the build's
        # update_translations target: anything new, changed or gone shows up as unfinished
        # or is dropped (counted below).
        scratch = tempfile.mkdtemp(prefix="newsroom-ts-")
        copies = []
        for path in files:
            copy = os.path.join(scratch, os.path.basename(path))
            shutil.copyfile(path, copy)
            copies.append(copy)
        before = {path: messages(path) for path in files}
        for copy in copies:
            # English, the source language, keeps only the plural forms ("1 story").
            plural_only = ["-pluralonly"] if copy.endswith("_en.ts") else []
            run = subprocess.run([args.lupdate, "-locations", "none", "-no-obsolete", "-no-ui-lines", *plural_only,
                                  "-extensions", "cpp,h", *args.source, "-ts", copy],
                                 capture_output=True, text=True)
            if run.returncode != 0:
                problems.append(f"lupdate failed:\n{run.stdout}{run.stderr}")
            for line in (run.stdout + run.stderr).splitlines():
                if "warning" in line.lower() or "lacks Q_OBJECT" in line or "Cannot invoke tr()" in line:
                    problems.append(f"lupdate: {line.strip()}")
        for path, copy in zip(files, copies):
            after = messages(copy)
            for gone in sorted(before[path] - after):
                problems.append(f"{path}: {gone[0]} “{gone[1]}”: no longer in the sources (run the update_translations target)")
            for new in sorted(after - before[path]):
                problems.append(f"{path}: {new[0]} “{new[1]}”: new in the sources, not in the catalogue (run the update_translations target)")
    total = 0
    for path in files + args.fixed:
        total += check_file(path, problems)
    if scratch:
        shutil.rmtree(scratch)
    for problem in problems:
        print(problem)
    print(f"{len(files) + len(args.fixed)} catalogues, {total} messages, {len(problems)} problems")
    return 1 if problems else 0


def messages(path):
    root = ET.parse(path).getroot()
    return {(context.findtext("name"), message.findtext("source") or "", message.findtext("comment") or "")
            for context in root.findall("context") for message in context.findall("message")}


if __name__ == "__main__":
    sys.exit(main())
