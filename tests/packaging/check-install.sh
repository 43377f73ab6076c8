#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# What `cmake --install` puts on a desktop, checked the way distributions check it: the
# desktop entry and the AppStream metadata validate, every command has its man page, and
# bash completes commands and their options. Usage: check-install.sh BUILD_DIR
set -euo pipefail
build=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" > /dev/null

fail() { echo "FAIL: $*" >&2; exit 1; }
id=io.github.newsroomdesk.Newsroom
for file in bin/newsroom share/applications/$id.desktop share/metainfo/$id.metainfo.xml \
            share/icons/hicolor/scalable/apps/$id.svg share/icons/hicolor/48x48/apps/$id.png \
            share/icons/hicolor/128x128/apps/$id.png share/icons/hicolor/256x256/apps/$id.png \
            share/man/man1/newsroom.1.gz share/bash-completion/completions/newsroom \
            lib/systemd/user/newsroom-publish-due.service lib/systemd/user/newsroom-publish-due.timer \
            share/doc/newsroom/copyright share/doc/newsroom/changelog.gz share/mime/packages/$id.xml; do
    [[ -s $prefix/$file ]] || fail "$file was not installed"
done

desktop-file-validate "$prefix/share/applications/$id.desktop" || fail "desktop-file-validate"
# No errors and no warnings (pedantic notes, such as capitals in the id, are allowed).
report=$(appstreamcli validate --no-net --explain "$prefix/share/metainfo/$id.metainfo.xml") \
    || fail "appstreamcli validate: $report"
grep -qE '^[EW]:' <<<"$report" && fail "appstreamcli validate: $report"
grep -q "<release version=\"$("$prefix/bin/newsroom" --version | awk '{print $2}')\"" \
    "$prefix/share/metainfo/$id.metainfo.xml" || fail "the metainfo has no release for this version"

# The backups' file type: shared-mime-info compiles it, a *.newsroom glob, opened by the entry.
compiled=$(update-mime-database "$prefix/share/mime" 2>&1) || fail "update-mime-database: $compiled"
grep -qx '50:application/x-newsroom-backup:\*\.newsroom' "$prefix/share/mime/globs2" \
    || fail "no *.newsroom glob in the compiled MIME database: $(cat "$prefix/share/mime/globs2")"
grep -qx 'MimeType=application/x-newsroom-backup;' "$prefix/share/applications/$id.desktop" \
    || fail "the desktop entry does not open backups"
grep -q '^Exec=newsroom %f$' "$prefix/share/applications/$id.desktop" || fail "the desktop entry is not given the file"

# A man page for each command of `newsroom --help`, naming it.
commands=$(LANG=C.UTF-8 "$prefix/bin/newsroom" --help | sed -n '/^Commands/,$p' | awk '/^  [a-z]/ {print $1}')
[[ $(wc -w <<<"$commands") -ge 20 ]] || fail "too few commands in --help: $commands"
for command in $commands; do
    page=$prefix/share/man/man1/newsroom-$command.1.gz
    [[ -s $page ]] || fail "no man page for $command"
    zcat "$page" | grep -q "^newsroom\\\\-$command \\\\- " || fail "the man page of $command does not name it"
    zcat "$page" | grep -qi "^\\.TH NEWSROOM-$command 1 " || fail "the man page of $command is not titled NEWSROOM-$command(1)"
    zcat "$page" | grep -q '^\.SH EXIT STATUS' || fail "the man page of $command has no EXIT STATUS"
done

# bash completes a command, and a command's options, also after --database VALUE.
completion=$prefix/share/bash-completion/completions/newsroom
bash -n "$completion" || fail "the bash completion does not parse"
complete_words() {
    bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _newsroom; printf "%s\n" "${COMPREPLY[@]}"' \
        _ "$completion" "$@"
}
[[ $(complete_words newsroom tras) == trash ]] || fail "newsroom tras<Tab>: $(complete_words newsroom tras)"
[[ $(complete_words newsroom transl | paste -sd' ') == "translate translations" ]] \
    || fail "newsroom transl<Tab>: $(complete_words newsroom transl)"
complete_words newsroom --database sqlite:x.db trash --j | grep -qx -- --json \
    || fail "newsroom --database X trash --j<Tab>: $(complete_words newsroom --database sqlite:x.db trash --j)"
# After an option that takes a value, files (bash's default), not option names.
[[ -z $(complete_words newsroom export --out "") ]] || fail "newsroom export --out <Tab>: $(complete_words newsroom export --out "")"
[[ -z $(complete_words newsroom --database "") ]] || fail "newsroom --database <Tab>: $(complete_words newsroom --database "")"
echo "installed layout: ok ($(wc -w <<<"$commands") commands)"
