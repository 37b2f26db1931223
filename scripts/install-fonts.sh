#!/bin/sh
# Install the fonts siqing's briefings need: Noto CJK (fallback), poppler-utils (checks),
# libharfbuzz-subset0 (WeasyPrint's font subsetter),
# and FandolFang / FandolHei / FandolKai extracted from Debian's texlive-lang-chinese.
# Idempotent: anything already present is skipped. Without root it prints the command and exits 0.
set -eu

FONT_DIR="${SIQING_FANDOL_DIR:-/usr/local/share/fonts/fandol}"

have_fandol() {
    for face in FandolFang-Regular FandolHei-Regular FandolHei-Bold FandolKai-Regular FandolSong-Bold; do
        [ -f "$FONT_DIR/$face.otf" ] || return 1
    done
    return 0
}

if [ "$(id -u)" != "0" ]; then
    echo "warning: not root; fonts not installed. Run: sudo $0" >&2
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "warning: apt-get not available; install Noto CJK and the Fandol fonts by hand into \$SIQING_FONT_DIR" >&2
    exit 0
fi

missing=""
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing="$missing fonts-noto-cjk"
command -v pdffonts >/dev/null 2>&1 || missing="$missing poppler-utils"
# WeasyPrint subsets fonts with HarfBuzz-Subset (much faster than its fontTools fallback).
dpkg -s libharfbuzz-subset0 >/dev/null 2>&1 || missing="$missing libharfbuzz-subset0"
# WeasyPrint lays out text with Pango (not in Debian's minimal images).
dpkg -s libpango-1.0-0 >/dev/null 2>&1 || missing="$missing libpango-1.0-0"
dpkg -s libpangoft2-1.0-0 >/dev/null 2>&1 || missing="$missing libpangoft2-1.0-0"
if [ -n "$missing" ]; then
    echo "installing:$missing"
    apt-get update -qq || true
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing
else
    echo "fonts-noto-cjk, poppler-utils and libharfbuzz-subset0 already present"
fi

if have_fandol; then
    echo "Fandol fonts already in $FONT_DIR"
else
    work="$(mktemp -d)"
    trap 'rm -rf "$work"' EXIT
    (
        cd "$work"
        apt-get download texlive-lang-chinese >/dev/null 2>&1 || { apt-get update -qq && apt-get download texlive-lang-chinese; }
        dpkg -x texlive-lang-chinese_*.deb extracted
    )
    mkdir -p "$FONT_DIR"
    found=0
    for f in $(find "$work/extracted" \( -iname 'FandolFang*.otf' -o -iname 'FandolHei*.otf' -o -iname 'FandolKai*.otf' -o -iname 'FandolSong*.otf' \)); do
        cp "$f" "$FONT_DIR/"
        found=1
    done
    if [ "$found" = "0" ]; then
        echo "error: no Fandol fonts found in texlive-lang-chinese" >&2
        exit 1
    fi
    chmod 644 "$FONT_DIR"/*.otf
    command -v fc-cache >/dev/null 2>&1 && fc-cache -f "$FONT_DIR" >/dev/null || true
    echo "Fandol fonts installed in $FONT_DIR"
fi
ls "$FONT_DIR"
