#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The Debian package, proved where a newsroom's IT person would install it: a fresh
# minimal Debian 13 root with nothing but the archive. `apt-get install ./newsroom_….deb`
# brings in what the package declares (Recommends left out, so nothing it needs hides
# there), then, as an ordinary user: --version, init --demo, export, the window under
# Xvfb (--screenshot), and the distributions' validators on what was installed. Finally
# everything is purged, and the root must be as it was before.
#
# Usage: clean-root.sh BUILD_DIR VERSION
# Needs root (chroot, mounts) and the Debian archive ($NEWSROOM_MIRROR). Caches the
# minimal root (a tarball, remade weekly) and the downloaded packages under
# $NEWSROOM_PACKAGE_CACHE (default /var/cache/newsroom-package-test).
set -euo pipefail

build=$(cd "$1" && pwd -P)
version=$2
suite=trixie
mirror=${NEWSROOM_MIRROR:-http://deb.debian.org/debian}
cache=${NEWSROOM_PACKAGE_CACHE:-/var/cache/newsroom-package-test}
out=$build/package-test
id=io.github.newsroomdesk.Newsroom

fail() { echo "FAIL: $*" >&2; exit 1; }
step() { printf '[%4ds] %s\n' "$SECONDS" "$*"; }

# Mounts made for the root must not outlive the test: a mount namespace of its own.
if [[ -z ${NEWSROOM_CLEAN_ROOT_NS-} ]]; then
    [[ $(id -u) -eq 0 ]] || fail "the clean-root test needs root (chroot and mounts): run it through sudo packaging/dev test"
    # Inside packaging/dev's build root / is no mount point: propagation is left as it is
    # there (private already) and made private here where it can be.
    exec env NEWSROOM_CLEAN_ROOT_NS=1 unshare --mount --propagation unchanged -- bash "$0" "$@"
fi
mount --make-rprivate / 2>/dev/null || true

shopt -s nullglob
debs=("$build"/newsroom_"$version"_*.deb)
[[ ${#debs[@]} -eq 1 ]] || fail "expected one newsroom_${version}_*.deb in $build (cpack makes it), found ${#debs[@]}"
deb=${debs[0]}
command -v mmdebstrap >/dev/null || fail "mmdebstrap is missing (packaging/debian-packages.txt)"
rm -rf "$out"
mkdir -p "$out" "$cache/archives/partial"

# --- A minimal Debian 13 root (minbase: Essential, Priority required, apt), made once a week.
base=$cache/$suite-minbase.tar
stamp="$suite minbase $mirror"
if [[ ! -s $base || $(cat "$base.stamp" 2>/dev/null) != "$stamp" || -n $(find "$base" -mtime +6) ]]; then
    step "making a minimal Debian 13 root from $mirror"
    rm -f "$base" "$base.stamp"
    mmdebstrap --quiet --mode=root --variant=minbase "$suite" "$base.partial.tar" "$mirror" \
        > "$out/mmdebstrap.log" 2>&1 || { tail -n 30 "$out/mmdebstrap.log"; fail "mmdebstrap"; }
    mv "$base.partial.tar" "$base"
    echo "$stamp" > "$base.stamp"
fi

root=$(mktemp -d /var/tmp/newsroom-clean-root.XXXXXX)
cleanup() {
    local status=$?
    # Unmounted before anything is removed, and never crossing into a mount.
    umount -R "$root/proc" "$root/dev" "$root/var/cache/apt/archives" 2>/dev/null || true
    rm -rf --one-file-system "$root"
    exit $status
}
trap cleanup EXIT
step "unpacking the minimal root into $root"
tar -C "$root" -xf "$base"
mount -t proc proc "$root/proc"
mount --rbind /dev "$root/dev"
mount --bind "$cache/archives" "$root/var/cache/apt/archives"
cp -L /etc/resolv.conf "$root/etc/resolv.conf"
# Packages must not start services in the root.
printf '#!/bin/sh\nexit 101\n' > "$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }
apt_get() { in_root apt-get -q -y -o Dpkg::Use-Pty=0 --no-install-recommends "$@"; }

# What the root holds before, to compare with after the purge. Logs, caches, the package
# lists and dpkg's own bookkeeping change with any install; the user's home is theirs.
snapshot() {
    (cd "$root" && find . -xdev \( -path ./proc -o -path ./dev -o -path ./tmp -o -path ./run -o -path ./var/tmp \
        -o -path ./var/cache -o -path ./var/log -o -path ./var/lib/apt/lists -o -path ./home -o -path ./root \
        -o -path ./var/lib/dpkg/info -o -path './var/lib/dpkg/*-old' -o -path ./var/lib/dpkg/triggers \
        -o -path ./var/lib/dpkg/updates \) -prune -o -print | LC_ALL=C sort)
}
step "apt-get update"
apt_get update > "$out/apt-update.log" 2>&1 || { tail -n 20 "$out/apt-update.log"; fail "apt-get update"; }
snapshot > "$out/before.list"
installed_packages() { in_root dpkg-query -W -f='${db:Status-Status} ${Package}\n' | awk '$1 == "installed" { print $2 }' | LC_ALL=C sort; }
installed_packages > "$out/before.packages"
before_kib=$(du -sk --one-file-system "$root/usr" | cut -f1)

# --- The package, with what it declares and nothing else.
cp "$deb" "$root/tmp/"
step "apt-get install ./$(basename "$deb")"
install_start=$SECONDS
apt_get install "./tmp/$(basename "$deb")" > "$out/apt-install.log" 2>&1 \
    || { tail -n 30 "$out/apt-install.log"; fail "apt-get install ./$(basename "$deb")"; }
install_seconds=$((SECONDS - install_start))
installed_size=$(in_root dpkg-query -W -f='${Installed-Size}' newsroom)
after_kib=$(du -sk --one-file-system "$root/usr" | cut -f1)
packages_added=$(grep -c '^Setting up ' "$out/apt-install.log" || true)
in_root dpkg -L newsroom | LC_ALL=C sort > "$out/newsroom-files.list"
installed_packages > "$out/with-newsroom.packages"

# --- Used as a reporter would: an ordinary account, its own home.
in_root useradd --create-home --shell /bin/bash reporter
as_reporter() {
    chroot "$root" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/home/reporter USER=reporter LANG=C.UTF-8 \
        "$@"
}
as_reporter_cmd() { as_reporter /usr/bin/setpriv --reuid=reporter --regid=reporter --init-groups -- "$@"; }

step "newsroom --version, init --demo, export"
reported=$(as_reporter_cmd newsroom --version) || fail "newsroom --version"
[[ $reported == "Newsroom $version" ]] || fail "newsroom --version said '$reported', not 'Newsroom $version'"
as_reporter_cmd newsroom init --demo > "$out/init.log" 2>&1 || { cat "$out/init.log"; fail "newsroom init --demo"; }
as_reporter_cmd newsroom export --out /home/reporter/site --base-url https://news.example.kz/ > "$out/export.log" 2>&1 \
    || { cat "$out/export.log"; fail "newsroom export"; }
pages=$(find "$root/home/reporter/site" -name '*.html' | wc -l)
((pages >= 20)) || fail "the export wrote $pages pages"
grep -q '<html lang="ru"' "$root/home/reporter/site/index.html" || fail "the exported front page is not a Russian page"
# Russian messages from the package's own translations, in a Russian terminal.
said=$(as_reporter_cmd env LANGUAGE=ru newsroom frobnicate 2>&1 >/dev/null || true)
[[ $said == *"неизвестная команда"* ]] || fail "a Russian terminal is not answered in Russian: $said"

# --- The window, and the validators: test tools, installed after the package and purged with it.
step "installing the test tools (xvfb, desktop-file-utils, appstream, lintian)"
apt_get install xvfb xauth desktop-file-utils appstream lintian > "$out/apt-tools.log" 2>&1 \
    || { tail -n 30 "$out/apt-tools.log"; fail "installing the test tools"; }
step "the window under Xvfb"
as_reporter_cmd env LANGUAGE=ru xvfb-run --auto-servernum --server-args='-screen 0 1440x900x24' \
    newsroom --screenshot /home/reporter/window.png > "$out/window.log" 2>&1 \
    || { cat "$out/window.log"; fail "the window did not open"; }
cp "$root/home/reporter/window.png" "$out/window.png"
shot_bytes=$(stat -c %s "$out/window.png")
((shot_bytes > 30000)) || fail "the window's screenshot is $shot_bytes bytes: an empty window?"
grep -qiE 'cannot load|could not (load|find)|not found' "$out/window.log" \
    && { cat "$out/window.log"; fail "the window could not load a part it needs"; }

step "desktop-file-validate, appstreamcli validate --no-net, lintian"
in_root desktop-file-validate "/usr/share/applications/$id.desktop" || fail "desktop-file-validate"
report=$(in_root appstreamcli validate --no-net --explain "/usr/share/metainfo/$id.metainfo.xml" 2>&1) \
    || fail "appstreamcli validate: $report"
grep -qE '^[EW]:' <<<"$report" && fail "appstreamcli validate: $report"
lintian_status=0
as_reporter_cmd lintian --display-info --tag-display-limit 0 "/tmp/$(basename "$deb")" > "$out/lintian.log" 2>&1 \
    || lintian_status=$?
if ((lintian_status != 0)) || grep -q '^E: ' "$out/lintian.log"; then
    cat "$out/lintian.log"
    fail "lintian: errors, or it could not check the package (exit $lintian_status)"
fi
lintian_warnings=$(grep -c '^W: ' "$out/lintian.log" || true)
lintian_notes=$(grep -c '^I: ' "$out/lintian.log" || true)

# --- Purged, the root is as it was: first no file of the package's own, then, with what
# came along purged too (apt's autoremove keeps what a remaining package recommends or
# suggests, so those are named), not one file more or less than before.
step "purging newsroom, then the test tools and all they brought"
in_root userdel --remove reporter 2>/dev/null
apt_get purge newsroom > "$out/apt-purge.log" 2>&1 || { tail -n 30 "$out/apt-purge.log"; fail "apt-get purge newsroom"; }
in_root dpkg-query -W newsroom > /dev/null 2>&1 && fail "dpkg still knows newsroom after the purge"
while read -r path; do
    [[ -e $root$path && ! -d $root$path ]] && fail "the purge left $path"
done < "$out/newsroom-files.list"
left=$(snapshot | grep -i newsroom || true)
[[ -z $left ]] || fail "the purge left behind: $left"
mapfile -t brought < <(installed_packages | LC_ALL=C comm -13 "$out/before.packages" -)
((${#brought[@]} > 0)) || fail "nothing but newsroom was installed? (its dependencies are missing from the list)"
apt_get purge "${brought[@]}" >> "$out/apt-purge.log" 2>&1 || { tail -n 30 "$out/apt-purge.log"; fail "apt-get purge"; }
snapshot > "$out/after.list"
# Left by the test's own doings, not the package's: useradd's backups of the account files,
# and /etc/hosts, which netbase's postinst writes and Debian leaves to the administrator
# (netbase comes with the test tools; were it newsroom's, this would not be excused).
excused='^\./etc/(passwd|group|shadow|gshadow|subuid|subgid)-$'
grep -qx netbase "$out/with-newsroom.packages" || excused+='|^\./etc/hosts$'
left=$(LC_ALL=C comm -13 "$out/before.list" "$out/after.list" | grep -Ev "$excused" || true)
gone=$(LC_ALL=C comm -23 "$out/before.list" "$out/after.list")
[[ -z $left ]] || fail "the purge left behind:
$left"
[[ -z $gone ]] || fail "the install and purge took away files of the minimal root:
$gone"

printf 'clean root: ok in %ds (install %ds, %d packages set up, newsroom Installed-Size %s KiB, /usr grew by %d MiB); %d pages exported; lintian: 0 errors, %d warnings, %d notes; screenshot %s\n' \
    "$SECONDS" "$install_seconds" "$packages_added" "$installed_size" $(((after_kib - before_kib) / 1024)) \
    "$pages" "$lintian_warnings" "$lintian_notes" "$out/window.png"
