#!/bin/bash
# debian/make-deb.sh — `make deb`: builds the hnedu .deb from this tree and runs lintian.
#
#   bash debian/make-deb.sh [--version VERSION] [--extra-migration FILE] [--out DIR]
#
# Contract: run as root on Debian 12 (installs the missing build packages with apt-get).
# Copies the tree (without var/, t/out/, node_modules, .git) into DIR/build/hnedu with its
# build outputs, so an already built tree is not compiled again (make rebuilds what changed);
# with --version, the copy's debian/changelog gets a new first entry VERSION (the upgrade
# test's newer build), and with --extra-migration, FILE (sql/NNNN-name.sql form) is added to
# the copy's sql/ (the upgrade test's new migration; never for a real package). Then dpkg-buildpackage -us -uc -b there (no pre-clean, so the copy's
# objects are reused from run to run), moves hnedu_VERSION_ARCH.deb (+ .changes, .buildinfo)
# into DIR (default var/deb), writes lintian's report to DIR/lintian.txt and prints it.
# Prints the .deb's path as the last line; exit 0 when the package was built and lintian
# reports no error (warnings are listed in docs/operations.md or overridden with a reason).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
out=$ROOT/var/deb version='' extra=''
while [ $# -gt 0 ]; do
	case $1 in
	--version) [ $# -ge 2 ] || exit 2; version=$2; shift 2 ;;
	--extra-migration) [ $# -ge 2 ] || exit 2; extra=$(cd "$(dirname "$2")" && pwd -P)/$(basename "$2"); shift 2 ;;
	--out) [ $# -ge 2 ] || exit 2; out=$2; shift 2 ;;
	*) echo "usage: $0 [--version VERSION] [--extra-migration FILE] [--out DIR]" >&2; exit 2 ;;
	esac
done
case $out in /*) ;; *) out=$PWD/$out ;; esac

# build packages: debian/control's Build-Depends and the tools
need="debhelper dpkg-dev fakeroot lintian rsync autoconf g++ make pkg-config"
need="$need $(sed -n '/^Build-Depends:/,/^[A-Z]/p' "$ROOT/debian/control" | grep -o 'lib[a-z0-9+.-]*-dev' | tr '\n' ' ')"
missing=
for p in $need; do
	dpkg-query -W -f='${db:Status-Abbrev}' "$p" 2>/dev/null | grep -q '^ii' || missing="$missing $p"
done
missing=$(printf '%s\n' $missing | sort -u | tr '\n' ' ')
if [ -n "${missing// /}" ]; then
	echo "make-deb.sh: installing$missing" >&2
	# shellcheck disable=SC2086
	DEBIAN_FRONTEND=noninteractive apt-get -q update >/dev/null
	# shellcheck disable=SC2086
	DEBIAN_FRONTEND=noninteractive apt-get -q -y --no-install-recommends install $missing >/dev/null
fi

build=$out/build
src=$build/hnedu
mkdir -p "$src"
rsync -a --delete --exclude=/var/ --exclude=/t/out/ --exclude=node_modules/ --exclude=.git \
	--exclude=/debian/hnedu/ --exclude=/debian/.debhelper/ --exclude=/debian/files \
	--exclude='/debian/*.substvars' --exclude='/debian/*.debhelper*' --exclude=/debian/debhelper-build-stamp \
	"$ROOT/" "$src/"
if [ -n "$extra" ]; then
	case $(basename "$extra") in [0-9][0-9][0-9][0-9]-*.sql) ;; *) echo "make-deb.sh: not a migration: $extra" >&2; exit 2 ;; esac
	cp "$extra" "$src/sql/"
fi
if [ -n "$version" ]; then
	case $version in *[!0-9A-Za-z.+~-]*) echo "make-deb.sh: bad version $version" >&2; exit 2 ;; esac
	{
		printf 'hnedu (%s) bookworm; urgency=medium\n\n  * Rebuild as %s.\n\n' "$version" "$version"
		printf ' -- %s  %s\n\n' "$(sed -n 's/^ -- \(.*>\)  .*/\1/p' "$src/debian/changelog" | head -n 1)" "$(date -R)"
		cat "$src/debian/changelog"
	} >"$src/debian/changelog.new"
	mv "$src/debian/changelog.new" "$src/debian/changelog"
fi
version=$(cd "$src" && dpkg-parsechangelog -S Version)
arch=$(dpkg --print-architecture)
rm -f "$build"/hnedu_*
echo "make-deb.sh: building hnedu $version in $src" >&2
(cd "$src" && DEB_BUILD_OPTIONS="parallel=2 ${DEB_BUILD_OPTIONS:-}" nice -n 10 \
	dpkg-buildpackage -us -uc -b --no-pre-clean >"$build/build.log" 2>&1) || {
	tail -n 40 "$build/build.log" >&2
	echo "make-deb.sh: dpkg-buildpackage failed (whole log: $build/build.log)" >&2
	exit 1
}
mkdir -p "$out"
for f in "$build"/hnedu_"$version"_*; do mv "$f" "$out/"; done
deb=$out/hnedu_${version}_$arch.deb
[ -f "$deb" ] || { echo "make-deb.sh: $deb was not built" >&2; exit 1; }
lintian --info --display-info "$deb" >"$out/lintian.txt" 2>&1 || true
echo "--- lintian ($out/lintian.txt):" >&2
if [ -s "$out/lintian.txt" ]; then cat "$out/lintian.txt" >&2; else echo "(nothing)" >&2; fi
if grep -q '^E: ' "$out/lintian.txt"; then
	echo "make-deb.sh: lintian reports errors" >&2
	exit 1
fi
echo "$deb"
