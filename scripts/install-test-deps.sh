#!/bin/sh
# Install what the test suite needs beyond the fonts, from Debian's packages:
#   chromium         tests/web drives it headless through Playwright (no browser download)
#   postgresql       tests start their own PostgreSQL on a loopback port in a temporary directory
#   redis-server     tests start their own Redis the same way (the shared crawl frontier)
# Idempotent: what is present is skipped. Without root (or without apt-get) it prints the command
# and exits 0; the tests that need a missing server then skip and say why.
set -eu

missing=""
command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$missing postgresql"
command -v redis-server >/dev/null 2>&1 || missing="$missing redis-server"

if [ -z "$missing" ]; then
    echo "test servers present: chromium, postgresql, redis-server"
    exit 0
fi
if [ "$(id -u)" != "0" ]; then
    echo "warning: not root; not installed:$missing (their tests will skip). Run: sudo $0" >&2
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "warning: apt-get not available; install by hand:$missing (their tests will skip)" >&2
    exit 0
fi
echo "installing:$missing"
apt-get update -qq || true
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing
# Debian starts the packaged services; the tests run their own instances, so stop these.
for svc in postgresql redis-server; do
    if command -v service >/dev/null 2>&1; then service "$svc" stop >/dev/null 2>&1 || true; fi
done
