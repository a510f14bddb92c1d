#!/bin/sh
# Installs the Debian 12 packages needed to build, run and test Baixingtan Desk, if missing.
# xvfb and trayer (a system tray host) run the tray reminder test (tests/ui/with-tray-host.sh);
# the portal service needs PostgreSQL's Qt driver, libpq itself (it copies rows in with COPY;
# two tests count the round trips of a connection) and libsodium, and its tests PostgreSQL 15.
set -eu
packages="cmake ninja-build g++ qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev
  qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qtkeychain-qt6-dev qt6-httpserver-dev
  qt6-websockets-dev libxkbcommon-dev libsqlite3-dev xvfb xauth trayer fonts-noto-cjk clang-format
  libqt6sql6-psql libsodium-dev pkg-config postgresql-15 libpq-dev"
missing=""
for package in $packages; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing="$missing $package"
done
[ -z "$missing" ] && exit 0
echo "Installing:$missing"
run() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
run apt-get update -qq
# shellcheck disable=SC2086
run env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
