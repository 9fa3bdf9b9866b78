#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Does the Debian package install and run on a clean machine? Builds the .deb with CPack (or takes one),
# makes a clean Debian bookworm root with debootstrap, installs the package there with apt (so its
# Depends resolve from Debian alone), then inside that root: imalictl --version, a SQLite ledger with a
# customer and an issued invoice, the console started offscreen until its ITN listener answers
# /healthz, its help text in Afrikaans (the embedded catalogue), and the files cmake --install lays out.
#
#   sudo scripts/deb-check.sh [imali_X.Y.Z_amd64.deb]
#
# Not part of the CI suite: it downloads a Debian base system (~100 MB, a few minutes).
# Environment: BUILD_DIR (default build), IMALI_BUILD_LOCK (a flock file taken around the build),
# DEBIAN_MIRROR (default http://deb.debian.org/debian), DEBOOTSTRAP_CACHE (default
# /var/cache/imali-deb-check: downloaded .debs kept between runs), KEEP_ROOT=1 (keep the root for a look).
set -euo pipefail

cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
CACHE=${DEBOOTSTRAP_CACHE:-/var/cache/imali-deb-check}
started=$(date +%s)

say() { printf '== %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || fail "run as root (debootstrap and chroot need it)"
command -v debootstrap >/dev/null || apt-get install -y debootstrap

# 1. The package.
if [ $# -ge 1 ]; then
    deb=$(realpath "$1")
else
    say "building the package in $BUILD_DIR"
    lock=()
    [ -n "${IMALI_BUILD_LOCK:-}" ] && lock=(flock "$IMALI_BUILD_LOCK")
    "${lock[@]}" cmake --build "$BUILD_DIR" -j2 --target imali imalictl
    (cd "$BUILD_DIR" && "${lock[@]}" cpack -G DEB >/dev/null)
    deb=$(ls -t "$BUILD_DIR"/imali_*.deb | head -1)
fi
[ -f "$deb" ] || fail "no package at $deb"
say "package: $deb ($(du -k "$deb" | cut -f1) KiB)"
dpkg-deb --field "$deb" Package Version Depends Recommends

# 2. A clean bookworm root, removed on exit (unless KEEP_ROOT=1).
root=$(mktemp -d /tmp/imali-deb-check.XXXXXX)
cleanup() {
    for m in proc dev/pts dev; do mountpoint -q "$root/$m" && umount -l "$root/$m"; done
    if [ "${KEEP_ROOT:-0}" = 1 ]; then echo "root kept at $root"; else rm -rf --one-file-system "$root"; fi
}
trap cleanup EXIT
mkdir -p "$CACHE"
say "debootstrap bookworm into $root"
debootstrap --variant=minbase --cache-dir="$CACHE" bookworm "$root" "$MIRROR" >"$root.debootstrap.log" 2>&1 ||
    { tail -20 "$root.debootstrap.log"; fail "debootstrap"; }
rm -f "$root.debootstrap.log"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
cp /etc/resolv.conf "$root/etc/resolv.conf"
echo "deb $MIRROR bookworm main" >"$root/etc/apt/sources.list"
before=$(chroot "$root" dpkg-query -W -f '${Package}\n' | wc -l)

# 3. Install with apt, as a user would: Depends come from Debian; Recommends (a desktop keyring) are
#    left out to keep the root small.
cp "$deb" "$root/tmp/"
in_root() { chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }
say "apt-get install ./$(basename "$deb")"
in_root apt-get update -qq
in_root sh -c "cd /tmp && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends ./$(basename "$deb")" \
    >"$root/tmp/apt.log" 2>&1 || { tail -30 "$root/tmp/apt.log"; fail "apt-get install"; }
after=$(chroot "$root" dpkg-query -W -f '${Package}\n' | wc -l)
say "installed imali and $((after - before - 1)) dependencies"

# 4. The command line on a throwaway SQLite ledger.
check() { # name, command...
    local name=$1; shift
    if out=$("$@" 2>&1); then printf 'ok   %s\n' "$name"; else printf '%s\n' "$out" >&2; fail "$name"; fi
}
run() { in_root sh -c "export IMALI_KEY_FILE=/tmp/check/keys XDG_CONFIG_HOME=/tmp/check/config \
XDG_RUNTIME_DIR=/tmp/check/run IMALI_DB_URL=sqlite:////tmp/check/ledger.sqlite; $1"; }
in_root sh -c 'mkdir -p /tmp/check/run && chmod 700 /tmp/check/run'
check "imalictl --version" run 'imalictl --version | grep -q "0\."'
check "imalictl ledger init" run 'imalictl --db $IMALI_DB_URL ledger init | grep -q "Recovery code"'
check "key file is owner-only" run 'test "$(stat -c %a $IMALI_KEY_FILE)" = 600'
check "customer add" run 'imalictl --db $IMALI_DB_URL customer add --name "Thandi Nkosi" --email thandi@example.co.za'
check "invoice create --issue" run 'imalictl --db $IMALI_DB_URL invoice create --customer 1 --line "Hosting;1;115" --issue'
check "invoice list shows it open" run 'imalictl --db $IMALI_DB_URL invoice list | grep -q "open"'
check "audit verify" run 'imalictl --db $IMALI_DB_URL audit verify | grep -q intact'

# 5. The console, offscreen: it is up when its ITN listener (started after the window shows) answers.
port=$((20000 + RANDOM % 20000))
run "QT_QPA_PLATFORM=offscreen IMALI_ITN_LISTEN=127.0.0.1:$port imali --db \$IMALI_DB_URL \
    >/tmp/check/console.log 2>&1 & echo \$! >/tmp/check/console.pid"
up=""
for _ in $(seq 1 60); do
    if in_root bash -c "exec 3<>/dev/tcp/127.0.0.1/$port && printf 'GET /healthz HTTP/1.0\r\n\r\n' >&3 && cat <&3" \
        >"$root/tmp/check/healthz" 2>/dev/null && grep -q "200" "$root/tmp/check/healthz"; then
        up=yes
        break
    fi
    sleep 0.5
done
console_pid=$(cat "$root/tmp/check/console.pid")
kill "$console_pid" 2>/dev/null || true
[ -n "$up" ] || { cat "$root/tmp/check/console.log" >&2; fail "the console did not start (no /healthz on $port)"; }
printf 'ok   console starts offscreen and its listener answers /healthz\n'
check "console help in Afrikaans" run 'QT_QPA_PLATFORM=offscreen imali --language af --help | grep -q "Handelaarskonsole vir PayFast-betalings"'

# 6. What cmake --install lays out.
check "desktop entry" test -f "$root/usr/share/applications/imali.desktop"
check "desktop entry runs imali" grep -qx "Exec=imali" "$root/usr/share/applications/imali.desktop"
check "desktop entry's Afrikaans name" grep -q "^GenericName\[af\]=" "$root/usr/share/applications/imali.desktop"
if command -v desktop-file-validate >/dev/null; then
    check "desktop-file-validate" desktop-file-validate "$root/usr/share/applications/imali.desktop"
fi
check "icon" test -s "$root/usr/share/icons/hicolor/scalable/apps/imali.svg"
check "systemd unit" grep -q "^ExecStart=/usr/bin/imalictl serve" "$root/lib/systemd/system/imali-serve.service"
check "programs in /usr/bin" test -x "$root/usr/bin/imali" -a -x "$root/usr/bin/imalictl"
say "all checks passed in $(($(date +%s) - started)) s"
