#!/usr/bin/env bash
# conf/deps.sh — install the Debian packages of conf/packages.txt that are missing,
# then the npm modules of t/e2e when they are missing or older than the lock file.
# Contract: idempotent; silent and offline (no apt-get update) when nothing is
# missing; only Debian's apt archive and the npm registry are used.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
list="$root/conf/packages.txt"

# Names from the list, comments and blanks dropped.
wanted=$(sed -e 's/#.*//' -e 's/[[:space:]]//g' -e '/^$/d' "$list")

apt_install() {
	local sudo=
	if [ "$(id -u)" != 0 ]; then
		command -v sudo >/dev/null || { echo "deps.sh: need root (or sudo) to install: $*" >&2; exit 1; }
		sudo=sudo
	fi
	echo "deps.sh: installing $*" >&2
	$sudo env DEBIAN_FRONTEND=noninteractive apt-get -q update >/dev/null
	$sudo env DEBIAN_FRONTEND=noninteractive \
		apt-get -q -y --no-install-recommends install "$@" >/dev/null
}

# One dpkg-query for all: installed packages print "name ii "; unknown ones print nothing.
# shellcheck disable=SC2086 # word splitting of the package list is intended
installed=$(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' $wanted 2>/dev/null |
	awk '$2 == "ii" { print $1 }') || true
missing=
for p in $wanted; do
	printf '%s\n' "$installed" | grep -qxF -- "$p" || missing="$missing $p"
done
if [ -n "$missing" ]; then
	# shellcheck disable=SC2086 # word splitting of the package list is intended
	apt_install $missing
fi

# Debian's nodejs comes without npm (NodeSource's brings it): add npm if still absent.
if ! command -v npm >/dev/null; then
	apt_install npm
fi

# t/e2e node modules: (re)install when missing or older than the lock file.
e2e="$root/t/e2e"
if [ -f "$e2e/package.json" ]; then
	if [ ! -d "$e2e/node_modules" ] ||
		{ [ -f "$e2e/package-lock.json" ] && [ "$e2e/package-lock.json" -nt "$e2e/node_modules" ]; }; then
		echo "deps.sh: installing node modules in t/e2e" >&2
		# Browsers come from Debian (chromium), never from a download of a node package.
		export PUPPETEER_SKIP_DOWNLOAD=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
		if [ -f "$e2e/package-lock.json" ]; then
			(cd "$e2e" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
		else
			(cd "$e2e" && npm install --no-audit --no-fund --loglevel=error >/dev/null)
		fi
		touch "$e2e/node_modules"
	fi
fi
