#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# `sudo packaging/dev` from a colleague's own account: a fresh checkout of theirs, built,
# keeps no file owned by root, and what they run through the script runs as them, in
# their home (their newsroom, settings and journal), not as root.
#
# Usage: dev-script.sh SOURCE_DIR BUILT_NEWSROOM
# Needs root, as sudo gives it; runs packaging/dev natively (this host, the build root,
# has every package), in a mount namespace where the colleague's account exists.
set -euo pipefail

fail() { echo "FAIL: $*" >&2; exit 1; }

source_dir=$(cd "$1" && pwd -P)
newsroom=$2
if [[ -z ${NEWSROOM_DEV_SCRIPT_NS-} ]]; then
    [[ $(id -u) -eq 0 ]] || fail "this test plays sudo, so it needs root: run it through sudo packaging/dev test"
    exec env NEWSROOM_DEV_SCRIPT_NS=1 unshare --mount --propagation unchanged -- bash "$0" "$@"
fi
mount --make-rprivate / 2>/dev/null || true

work=$(mktemp -d /var/tmp/newsroom-dev-script.XXXXXX)
trap 'rm -rf --one-file-system "$work"' EXIT
chmod 755 "$work"
uid=4242
gid=4242
home=$work/home/colleague

# The colleague's account, seen only inside this namespace.
cp /etc/passwd /etc/group "$work/"
echo "colleague:x:$uid:$gid:A colleague:$home:/bin/bash" >> "$work/passwd"
echo "colleague:x:$gid:" >> "$work/group"
mount --bind "$work/passwd" /etc/passwd
mount --bind "$work/group" /etc/group
mkdir -p "$home"
chown "$uid:$gid" "$home"

# Their fresh checkout: this one's sources without build/ and .git, theirs.
checkout=$work/checkout
mkdir "$checkout"
tar -C "$source_dir" --exclude=./build --exclude=./.git -cf - . | tar -C "$checkout" -xf -
chown -R "$uid:$gid" "$checkout"

# As sudo leaves it: root, HOME=/root, and who ran it in SUDO_*.
as_sudo() {
    env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 HOME=/root \
        USER=root LOGNAME=root SUDO_UID=$uid SUDO_GID=$gid SUDO_USER=colleague \
        ${CCACHE_DIR:+CCACHE_DIR=$CCACHE_DIR} NEWSROOM_DEV_MODE=native "$@"
}

# A configure and a small target make the same kinds of files as a whole build.
as_sudo bash "$checkout/packaging/dev" build dev --target debian-changelog > "$work/build.log" 2>&1 \
    || { tail -n 30 "$work/build.log"; fail "sudo packaging/dev build dev failed"; }
[[ -f $checkout/build/dev/build.ninja && -s $checkout/build/dev/packaging/changelog.gz ]] \
    || fail "the build made nothing: $(ls -R "$checkout/build" | head)"
root_owned=$(find "$checkout" ! -uid "$uid" | sed -n 1,20p)
[[ -z $root_owned ]] || fail "sudo packaging/dev build left files not owned by the colleague:
$root_owned"

# What they run runs as them, in their home: a shell, and the newsroom's data folder.
said=$(printf '%s\n' 'id -u' 'echo "$HOME"' 'touch ~/made-in-the-shell' "\"$newsroom\" info" \
    | as_sudo bash "$checkout/packaging/dev" shell 2>/dev/null) || fail "sudo packaging/dev shell failed: $said"
[[ $(sed -n 1p <<<"$said") == "$uid" ]] || fail "the shell runs as $(sed -n 1p <<<"$said"), not as the colleague ($uid)"
[[ $(sed -n 2p <<<"$said") == "$home" ]] || fail "the shell's HOME is $(sed -n 2p <<<"$said"), not $home"
[[ $(stat -c %u "$home/made-in-the-shell") == "$uid" ]] || fail "a file made in the shell is not the colleague's"
grep -q "$home/.local/share" <<<"$said" || fail "newsroom's data folder is not in the colleague's home:
$said"
root_owned=$(find "$checkout" "$home" ! -uid "$uid" | sed -n 1,20p)
[[ -z $root_owned ]] || fail "sudo packaging/dev shell left files not owned by the colleague:
$root_owned"
echo "dev script under sudo: ok (build and shell as uid $uid, home $home)"
