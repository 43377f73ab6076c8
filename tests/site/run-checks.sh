#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The exported site checked by outside tools, as CI runs it:
#   run-checks.sh NEWSROOM-EXECUTABLE TOOLS-FOLDER
# Exports the demo newsroom and a newsroom of hostile stories (tests/export/hostile),
# installs the checkers from npm (tests/site/package-lock.json) into TOOLS-FOLDER when
# they are not there yet, then runs the Nu Html Checker on every page (zero errors) and
# check-site.mjs in headless Chromium.
set -eu
newsroom=$1
tools=$2
here=$(cd "$(dirname "$0")" && pwd)
source=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir -p "$tools"
if ! cmp -s "$here/package-lock.json" "$tools/package-lock.json" || [ ! -d "$tools/node_modules" ]; then
    cp "$here/package.json" "$here/package-lock.json" "$tools/"
    (cd "$tools" && npm ci --no-audit --no-fund --loglevel=error)
fi

"$newsroom" init --demo --database "sqlite:$work/demo.db" >/dev/null
"$newsroom" export --out "$work/demo" --base-url https://news.example.kz/ --at "2026-11-25 12:00" \
    --database "sqlite:$work/demo.db" >/dev/null

"$newsroom" init --database "sqlite:$work/hostile.db" >/dev/null
"$newsroom" import "$source/tests/export/hostile" --database "sqlite:$work/hostile.db" >/dev/null
"$newsroom" export --out "$work/hostile" --database "sqlite:$work/hostile.db" >/dev/null

# A story whose address would lead out of the site is refused at the door, by name.
if "$newsroom" import "$source/tests/export/hostile-slug" --database "sqlite:$work/hostile.db" 2>"$work/refusal"; then
    echo "FAIL a slug leading out of the site was imported" >&2
    exit 1
fi
grep -q "escape.md" "$work/refusal" || { echo "FAIL the refusal does not name the file:" >&2; cat "$work/refusal" >&2; exit 1; }
echo "ok a ../ slug is refused: $(head -n 1 "$work/refusal")"
[ -z "$(find "$work" -name 'escaped*')" ] || { echo "FAIL a file escaped the site folder" >&2; exit 1; }

java -jar "$tools/node_modules/vnu-jar/build/dist/vnu.jar" --errors-only --skip-non-html "$work/demo" "$work/hostile"
echo "ok the Nu Html Checker found no errors in $(find "$work/demo" "$work/hostile" -name '*.html' | wc -l) pages"

# Run beside its node_modules: an ES module finds packages from where it is.
cp "$here/check-site.mjs" "$tools/"
NEWSROOM_SITE_TOOLS=$tools node "$tools/check-site.mjs" "$work/demo" "$work/hostile"
