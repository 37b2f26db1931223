#!/bin/sh
# Install what the test suite needs beyond the fonts: Debian's chromium, which tests/web drives
# headless through Playwright (no browser download). Idempotent: skipped when already present.
# Without root (or without apt-get) it prints the command and exits 0; the browser tests then skip.
set -eu

if command -v chromium >/dev/null 2>&1; then
    echo "chromium already present: $(command -v chromium)"
    exit 0
fi
if [ "$(id -u)" != "0" ]; then
    echo "warning: not root; chromium not installed (the browser tests will skip). Run: sudo $0" >&2
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "warning: apt-get not available; install chromium by hand (the browser tests will skip)" >&2
    exit 0
fi
echo "installing: chromium"
apt-get update -qq || true
DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium
