#!/bin/sh
# Removes what scripts/install.sh installed (as root). The configuration (/etc/articled), the
# inbox and outbox (/var/lib/articled) and the user "articled" are kept, unless --purge.
#
# Options:
#   --prefix DIR    where the program was installed (default /usr/local)
#   --destdir DIR   remove below DIR instead of / (as given to install.sh)
#   --purge         also delete the configuration, the inbox, the outbox and the user
set -eu

prefix=/usr/local
destdir=${DESTDIR:-}
purge=no
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) prefix=$2; shift 2 ;;
        --prefix=*) prefix=${1#*=}; shift ;;
        --destdir) destdir=$2; shift 2 ;;
        --destdir=*) destdir=${1#*=}; shift ;;
        --purge) purge=yes; shift ;;
        -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "uninstall.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done
if [ -z "$destdir" ] && [ "$(id -u)" -ne 0 ]; then
    echo "uninstall.sh: run as root (or give --destdir)" >&2
    exit 1
fi

if [ -z "$destdir" ] && [ -d /run/systemd/system ]; then
    systemctl disable --now articled.service 2>/dev/null || true
fi
rm -f "$destdir/etc/systemd/system/articled.service"
if [ -L "$destdir$prefix/bin/articled" ]; then rm -f "$destdir$prefix/bin/articled"; fi
rm -rf "$destdir$prefix/lib/articled" "$destdir$prefix/share/doc/articled"
if [ -z "$destdir" ] && [ -d /run/systemd/system ]; then systemctl daemon-reload; fi

if [ "$purge" = yes ]; then
    rm -rf "$destdir/etc/articled" "$destdir/var/lib/articled" "$destdir/var/lib/private/articled"
    if [ -z "$destdir" ]; then
        getent passwd articled >/dev/null && userdel articled
        getent group articled >/dev/null && groupdel articled
    fi
    echo "uninstall.sh: removed articled, its configuration, inbox, outbox and user"
else
    echo "uninstall.sh: removed articled; kept $destdir/etc/articled and $destdir/var/lib/articled (--purge deletes them)"
fi
