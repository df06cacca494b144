#!/bin/sh
# Installs articled as a systemd service. Run as root from the repository:
#
#   scripts/install.sh            # build in release mode, install, then: systemctl enable --now articled
#
# What goes where (PREFIX is /usr/local unless --prefix says otherwise):
#   PREFIX/lib/articled/articled                            the binary
#   PREFIX/lib/articled/articled_ArticledStages.resources   the word lists, beside the binary (Bundle.module)
#   PREFIX/lib/articled/plugins/<name>/                     the plugins of Plugins/
#   PREFIX/bin/articled -> ../lib/articled/articled         on the PATH
#   /etc/systemd/system/articled.service                    the unit
#   /etc/articled/articled.yaml                             the configuration (kept if present)
#   /etc/articled/plugins/                                  for your own plugins
#   /var/lib/articled/inbox, /var/lib/articled/outbox       owned by the user and group "articled"
#
# Options:
#   --prefix DIR        where the program goes (default /usr/local)
#   --destdir DIR       install below DIR instead of / (packaging, tests): no user, no systemctl
#   --binary-dir DIR    use the articled binary and *.resources already built in DIR (no build)
set -eu

prefix=/usr/local
destdir=${DESTDIR:-}
binary_dir=
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) prefix=$2; shift 2 ;;
        --prefix=*) prefix=${1#*=}; shift ;;
        --destdir) destdir=$2; shift 2 ;;
        --destdir=*) destdir=${1#*=}; shift ;;
        --binary-dir) binary_dir=$2; shift 2 ;;
        --binary-dir=*) binary_dir=${1#*=}; shift ;;
        -h|--help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done
case "$prefix" in /*) ;; *) echo "install.sh: --prefix must be absolute" >&2; exit 2 ;; esac

repo=$(cd "$(dirname "$0")/.." && pwd)
if [ -z "$destdir" ] && [ "$(id -u)" -ne 0 ]; then
    echo "install.sh: run as root (or give --destdir)" >&2
    exit 1
fi

# 1. The binary, built in release mode unless a build folder was given.
if [ -z "$binary_dir" ]; then
    [ -n "$destdir" ] || "$repo/scripts/bootstrap.sh"
    (cd "$repo" && swift build -c release --product articled)
    binary_dir=$(cd "$repo" && swift build -c release --show-bin-path)
fi
if [ ! -x "$binary_dir/articled" ] || [ ! -d "$binary_dir/articled_ArticledStages.resources" ]; then
    echo "install.sh: $binary_dir holds no articled binary with its articled_ArticledStages.resources" >&2
    exit 1
fi

lib="$destdir$prefix/lib/articled"
bin="$destdir$prefix/bin"
etc="$destdir/etc/articled"
unit_dir="$destdir/etc/systemd/system"
state="$destdir/var/lib/articled"
doc="$destdir$prefix/share/doc/articled"

install -d -m 0755 "$lib" "$bin" "$unit_dir" "$doc"
install -m 0755 "$binary_dir/articled" "$lib/articled.new"
mv -f "$lib/articled.new" "$lib/articled"
# The resource bundles SwiftPM puts beside the binary: Bundle.module looks for them beside the
# resolved executable, so a symlink on the PATH still finds them.
for bundle in "$binary_dir"/*.resources; do
    [ -d "$bundle" ] || continue
    rm -rf "$lib/$(basename "$bundle")"
    cp -R "$bundle" "$lib/"
done
chmod -R a+rX,go-w "$lib"
ln -sfn "../lib/articled/articled" "$bin/articled"

# 2. The plugins: every Plugins/<name>/ with a plugin.yaml.
install -d -m 0755 "$lib/plugins"
for plugin in "$repo"/Plugins/*/; do
    [ -f "$plugin/plugin.yaml" ] || continue
    name=$(basename "$plugin")
    rm -rf "$lib/plugins/$name"
    cp -R "$plugin" "$lib/plugins/$name"
done
chmod -R a+rX,go-w "$lib/plugins"

# 3. The unit, pointed at the prefix.
sed -e "s#/usr/local/bin/articled#$prefix/bin/articled#g" \
    -e "s#/usr/local/share/doc/articled#$prefix/share/doc/articled#g" \
    "$repo/systemd/articled.service" > "$unit_dir/articled.service.new"
chmod 0644 "$unit_dir/articled.service.new"
mv -f "$unit_dir/articled.service.new" "$unit_dir/articled.service"

# 4. The configuration: a default one, never over the user's.
install -d -m 0755 "$etc" "$etc/plugins"
if [ -e "$etc/articled.yaml" ]; then
    echo "install.sh: keeping the existing $etc/articled.yaml"
else
    sed "s#/usr/local/lib/articled/plugins#$prefix/lib/articled/plugins#" "$repo/systemd/articled.yaml" > "$etc/articled.yaml"
    chmod 0644 "$etc/articled.yaml"
fi

# 5. Documentation.
install -m 0644 "$repo/README.md" "$doc/README.md"
install -m 0644 "$repo/systemd/README.md" "$doc/systemd.md"

# 6. The user and group, and the inbox and outbox: the inbox is setgid and group-writable,
#    so that members of "articled" can drop files; results are group-readable.
if [ -z "$destdir" ]; then
    getent group articled >/dev/null || groupadd --system articled
    getent passwd articled >/dev/null || useradd --system --gid articled --home-dir /var/lib/articled \
        --no-create-home --shell /usr/sbin/nologin --comment "articled daemon" articled
fi
install -d -m 0750 "$state"
install -d -m 2770 "$state/inbox"
install -d -m 2750 "$state/outbox"
if [ -z "$destdir" ]; then
    chown articled:articled "$state" "$state/inbox" "$state/outbox"
    chmod 2770 "$state/inbox"
    chmod 2750 "$state/outbox"
fi

# 7. systemd.
if [ -z "$destdir" ] && [ -d /run/systemd/system ]; then
    systemctl daemon-reload
    systemctl try-reload-or-restart articled.service 2>/dev/null || true
fi
echo "install.sh: installed articled in $destdir$prefix"
[ -n "$destdir" ] || echo "install.sh: start it with: systemctl enable --now articled"
