"""Decode fetched HTML bytes to text without mojibake (GBK/GB2312/GB18030 aware)."""

from __future__ import annotations

import codecs
import re

_META_CHARSET = re.compile(rb"""<meta[^>]{0,400}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]{2,40})""", re.I)
_GB_FAMILY = {"gb2312", "gbk", "gb18030", "x-gbk", "cp936", "ms936", "windows-936", "euc-cn",
              "csgb2312", "gb_2312-80", "hz-gb-2312", "x-euc-cn"}
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16-be"))


def normalize_charset(name: str | None) -> str | None:
    """Map a declared charset to a Python codec name (GB family -> gb18030); None if unknown."""
    if not name:
        return None
    label = name.strip().strip("\"'").lower()
    if label in _GB_FAMILY:
        return "gb18030"
    if label in ("utf8", "unicode-1-1-utf-8"):
        label = "utf-8"
    try:
        codec = codecs.lookup(label).name
    except LookupError:
        return None
    if codec in ("gbk", "gb2312", "gb18030", "hz"):
        return "gb18030"
    if codec in ("latin-1", "iso8859-1", "ascii", "cp1252"):
        return "cp1252"
    return codec


def _clean(body: bytes, codec: str) -> str | None:
    """Decode strictly; None when the bytes are not valid in codec."""
    try:
        return body.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _sniff_meta(body: bytes) -> str | None:
    """Return the charset declared in a <meta> tag within the first 4 KB."""
    match = _META_CHARSET.search(body[:4096])
    return match.group(1).decode("ascii", "ignore") if match else None


def decode_html(body: bytes, header_charset: str | None = None) -> str:
    """Decode HTML bytes: header charset, BOM, <meta>, strict UTF-8, then GB18030; never mojibake."""
    for bom, codec in _BOMS:
        if body.startswith(bom):
            text = _clean(body[len(bom):], codec)
            if text is not None:
                return text
    declared = normalize_charset(header_charset) or normalize_charset(_sniff_meta(body))
    if declared:
        text = _clean(body, declared)
        if text is not None:
            if declared == "utf-8" or body.isascii():
                return text
            # Valid multi-byte UTF-8 is almost never legacy text: a wrong label is likelier.
            utf8 = _clean(body, "utf-8")
            if utf8 is not None:
                return utf8
            if declared == "cp1252":
                # A Western default label on a Chinese site usually hides GBK.
                return _clean(body, "gb18030") or text
            return text
    for codec in ("utf-8", "gb18030"):
        text = _clean(body, codec)
        if text is not None:
            return text
    if declared and declared not in ("utf-8", "gb18030"):
        text = _clean(body, declared)
        if text is not None:
            return text
    # Nothing decodes cleanly: keep the encoding with fewer errors.
    utf8 = body.decode("utf-8", "replace")
    gb = body.decode("gb18030", "replace")
    return utf8 if utf8.count("\ufffd") <= gb.count("\ufffd") else gb

