"""Hostile files, built on the fly: zip bombs, nested XML, lying zip headers, broken and encrypted
PDFs, odd bytes. Shared by tests/hostile and bench/bench_faults.py."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

CONTENT_TYPES = (b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
                 b'package/2006/content-types"><Default Extension="rels" ContentType="application/'
                 b'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
                 b'"application/xml"/><Override PartName="/word/document.xml" ContentType="application/'
                 b'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
RELS = (b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
        b'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
        b'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def raw_zip(entries: list[tuple[str, bytes, int, int]], lie: dict[str, int] | None = None) -> bytes:
    """A zip of pre-deflated entries (name, stream, crc, size); `lie` states false sizes."""
    buf = io.BytesIO()
    central = []
    for name, stream, crc, size in entries:
        stated = (lie or {}).get(name, size)
        offset = buf.tell()
        nb = name.encode()
        buf.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(stream), stated, len(nb), 0))
        buf.write(nb + stream)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, crc, len(stream),
                                   stated, len(nb), 0, 0, 0, 0, 0, offset) + nb)
    cd_start = buf.tell()
    for c in central:
        buf.write(c)
    buf.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), buf.tell() - cd_start, cd_start, 0))
    return buf.getvalue()


def _entry(name: str, data: bytes) -> tuple[str, bytes, int, int]:
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    return name, comp.compress(data) + comp.flush(), zlib.crc32(data), len(data)


def docx_bomb(inflated_mib: int, paragraphs: bool = False) -> bytes:
    """A .docx whose document.xml inflates to inflated_mib MiB (one text node, or many paragraphs).

    Built fast: after a full flush the deflate output of each identical 1 MiB block is the same
    bytes, so one block is compressed once and repeated (a 2 GiB bomb in a second or two).
    """
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = b'<?xml version="1.0"?><w:document ' + W + b'><w:body><w:p><w:r><w:t>'
    unit = (b"</w:t></w:r></w:p><w:p><w:r><w:t>" + b"A" * 30) if paragraphs else b"A" * 1024
    block = unit * ((1024 * 1024) // len(unit))
    tail = b"</w:t></w:r></w:p></w:body></w:document>"
    first = comp.compress(head + block) + comp.flush(zlib.Z_FULL_FLUSH)
    again = comp.compress(block) + comp.flush(zlib.Z_FULL_FLUSH)
    third = comp.compress(block) + comp.flush(zlib.Z_FULL_FLUSH)
    assert again == third, "deflate output of a repeated block is not stable"
    crc, size = zlib.crc32(head), len(head)
    for _ in range(inflated_mib):
        crc = zlib.crc32(block, crc)
        size += len(block)
    crc = zlib.crc32(tail, crc)
    size += len(tail)
    stream = first + again * (inflated_mib - 1) + comp.compress(tail) + comp.flush()
    return raw_zip([_entry("[Content_Types].xml", CONTENT_TYPES), _entry("_rels/.rels", RELS),
                    ("word/document.xml", stream, crc, size)])


def lying_docx(true_mib: int = 64) -> bytes:
    """A .docx whose directory states a small document.xml that really inflates to true_mib MiB."""
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    data = b'<?xml version="1.0"?><w:document ' + W + b'><w:body><w:p><w:r><w:t>' + b"A" * (true_mib << 20)
    stream = comp.compress(data) + comp.flush()
    return raw_zip([_entry("[Content_Types].xml", CONTENT_TYPES), _entry("_rels/.rels", RELS),
                    ("word/document.xml", stream, zlib.crc32(data), len(data))],
                   lie={"word/document.xml": 4096})


def nested_docx(depth: int = 50_000) -> bytes:
    """A .docx whose document.xml nests elements depth deep."""
    xml = b'<?xml version="1.0"?><w:document ' + W + b"><w:body>" + b"<w:p>" * depth + b"</w:p>" * depth + b"</w:body></w:document>"
    return raw_zip([_entry("[Content_Types].xml", CONTENT_TYPES), _entry("_rels/.rels", RELS),
                    _entry("word/document.xml", xml)])


def many_entries_zip(n: int = 20_000) -> bytes:
    """A zip with n tiny entries (central directory bomb)."""
    return raw_zip([_entry("[Content_Types].xml", CONTENT_TYPES)] + [_entry(f"x/{i}.xml", b"<a/>") for i in range(n)])


def entity_xlsx() -> bytes:
    """An .xlsx whose shared strings use nested entities (billion laughs)."""
    ents = '<!ENTITY a0 "lol">' + "".join(f'<!ENTITY a{i} "{("&a" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    xml = f'<?xml version="1.0"?><!DOCTYPE s [{ents}]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&a9;</t></si></sst>'.encode()
    return raw_zip([_entry("[Content_Types].xml", CONTENT_TYPES), _entry("xl/sharedStrings.xml", xml)])


def encrypted_pdf() -> bytes:
    """A PDF encrypted with a user password."""
    from pypdf import PdfWriter

    w = PdfWriter()
    w.add_blank_page(200, 200)
    w.encrypt(user_password="secret", owner_password="owner", algorithm="AES-128")
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def hostile_files(folder: Path, bomb_mib: int = 2048) -> dict[str, bytes]:
    """Every hostile file the suites try, by file name (each must be refused, none stored)."""
    files = {
        "bomb-2g.docx": docx_bomb(bomb_mib),
        "bomb-paragraphs.docx": docx_bomb(64, paragraphs=True),
        "lying-header.docx": lying_docx(8),
        "nested.docx": nested_docx(),
        "entries.docx": many_entries_zip(6_000),
        "laughs.xlsx": entity_xlsx(),
        "bomb.xlsx": docx_bomb(64),
        "slides-as-word.docx": raw_zip([_entry("[Content_Types].xml", CONTENT_TYPES), _entry("ppt/slides/slide1.xml", b"<p/>")]),
        "truncated.pdf": b"%PDF-1.7\n1 0 obj<</Type/Catalog>>endobj\n",
        "garbage.pdf": b"%PDF-1.4\n" + bytes(range(256)) * 64,
        "encrypted.pdf": encrypted_pdf(),
        "not-zip.docx": b"PK\x03\x04" + b"\x00" * 100,
        "legacy.doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512,
        "nul.txt": b"\x00" * 4096,
    }
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return files
