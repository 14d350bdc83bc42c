"""Pledge lists as CSV: UTF-8 (with or without BOM, or UTF-16 as Excel's "Unicode text"),
comma, semicolon or tab separated (Excel in a Vietnamese locale writes semicolons)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from bot.pledges.book import PledgeError, PledgeImportError, RawOfficial, Where
from bot.pledges.table import Cell, read_table

_DELIMITERS = (",", ";", "\t")
LEGACY_ENCODING_MESSAGE = (
    "tệp không phải mã UTF-8 (có thể là mã cũ như TCVN3, VNI hoặc Windows-1258): "
    "hãy mở tệp và lưu lại với mã UTF-8 (trong Excel: Lưu thành → «CSV UTF-8»)"
)


def decode_text(data: bytes, name: str, from_excel: bool = True) -> str:
    """Bytes → text; anything but UTF-8/UTF-16 is refused with a message that says how to fix it.

    from_excel: the file is the kind a clerk exports from Excel (CSV), so the advice says how."""
    if data.startswith(b"PK\x03\x04"):
        raise PledgeImportError([PledgeError(
            Where(name), "đây là tệp Excel (.xlsx) bị đặt sai đuôi: hãy đổi đuôi tệp thành .xlsx")])
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise PledgeImportError([PledgeError(
            Where(name),
            "đây là tệp Excel cũ (.xls): hãy mở bằng Excel và lưu lại dạng .xlsx hoặc «CSV UTF-8»")])
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise PledgeImportError([PledgeError(Where(name), LEGACY_ENCODING_MESSAGE)]) from exc
    if b"\x00" in data[:65536]:
        advice = ": hãy xuất lại từ Excel dạng «CSV UTF-8»" if from_excel else ""
        raise PledgeImportError([PledgeError(Where(name), "tệp không phải văn bản (có ký tự nhị phân)" + advice)])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PledgeImportError([PledgeError(Where(name), LEGACY_ENCODING_MESSAGE)]) from exc


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip().strip(",;\t"):
            return line
    return ""


def sniff_delimiter(text: str) -> str:
    """The separator the header line uses most, outside quotes (csv.Sniffer guesses wrong on short files)."""
    line = _first_line(text)
    counts = dict.fromkeys(_DELIMITERS, 0)
    quoted = False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _rows(text: str, delimiter: str) -> Iterator[tuple[int, list[Cell]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    for number, row in enumerate(reader, start=1):
        yield number, list(row)


def read_csv(path: Path, data: bytes, max_rows: int) -> tuple[list[RawOfficial], list[PledgeError]]:
    name = path.name
    text = decode_text(data, name)
    if not text.strip():
        raise PledgeImportError([PledgeError(Where(name), "tệp rỗng")])
    try:
        return read_table(_rows(text, sniff_delimiter(text)), name, "dòng", max_rows)
    except csv.Error as exc:
        raise PledgeImportError([PledgeError(Where(name), f"tệp CSV sai cấu trúc: {exc}")]) from exc
