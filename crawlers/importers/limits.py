"""Bounds on what one file may cost to read: size on disk, and for office formats (zip
containers) the entries and their inflated size, checked from the zip directory before any part
is parsed.

python-docx and openpyxl read parts through `zipfile`, which never inflates an entry past the size
its directory entry states (and fails on a CRC mismatch), so checking the stated sizes bounds the
real work: a 2 MB .docx that would inflate to 2 GB is refused in milliseconds.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

MAX_FILE_BYTES = 64 * 1024 * 1024  # a 300-page scanned report is ~30 MB; anything bigger is refused
MAX_ENTRIES = 5_000  # a long report with images has a few hundred parts
MAX_INFLATED_BYTES = 256 * 1024 * 1024  # all parts together, images included
MAX_XML_BYTES = 24 * 1024 * 1024  # the XML parts a parser will build a tree of
MAX_RATIO = 200  # real XML compresses ~10:1; a bomb of repeated bytes ~1000:1
RATIO_FLOOR = 1024 * 1024  # small parts may compress as well as they like


class FileRefused(ValueError):
    """A file refused before parsing; the message is the reason, in Chinese, for the operator."""


def mib(n: int) -> str:
    return f"{n / 1024 / 1024:.0f} MiB"


def read_capped(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a file no larger than limit (FileRefused otherwise, before reading it)."""
    size = path.stat().st_size
    if size > limit:
        raise FileRefused(f"文件过大（{mib(size)}，上限 {mib(limit)}）")
    with path.open("rb") as f:
        data = f.read(limit + 1)
    if len(data) > limit:  # grew while we looked
        raise FileRefused(f"文件过大（超过 {mib(limit)}）")
    return data


def check_zip(data: bytes, what: str = "文件") -> None:
    """Refuse an office file whose zip directory promises more than the caps allow."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise FileRefused(f"{what}不是有效的 Office 文件（zip 结构损坏：{exc}）") from None
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_ENTRIES:
            raise FileRefused(f"{what}内部条目过多（{len(infos)} 个，上限 {MAX_ENTRIES}），疑为压缩炸弹，已拒绝")
        total = xml = 0
        for info in infos:
            if info.flag_bits & 0x1:
                raise FileRefused(f"{what}已加密，无法读取")
            total += info.file_size
            name = info.filename.lower()
            if name.endswith((".xml", ".rels", ".vml")):
                xml += info.file_size
            if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise FileRefused(f"{what}中 {info.filename} 压缩比异常（{info.compress_size} 字节解压为 "
                                  f"{mib(info.file_size)}），疑为压缩炸弹，已拒绝")
        if total > MAX_INFLATED_BYTES:
            raise FileRefused(f"{what}解压后过大（{mib(total)}，上限 {mib(MAX_INFLATED_BYTES)}），疑为压缩炸弹，已拒绝")
        if xml > MAX_XML_BYTES:
            raise FileRefused(f"{what}正文 XML 过大（{mib(xml)}，上限 {mib(MAX_XML_BYTES)}），已拒绝")
