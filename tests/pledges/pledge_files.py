"""Real pledge files for the import tests: a valid table written as CSV or Excel, and ways to break it."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

HEADERS = [
    "Mã cán bộ",
    "Họ tên",
    "Chức vụ",
    "Đơn vị",
    "Lãnh đạo trực tiếp",
    "Vai trò",
    "Mã nhiệm vụ",
    "Nội dung nhiệm vụ",
    "Chỉ tiêu",
    "Đơn vị tính",
    "Chiều",
    "Tháng bắt đầu",
    "Hạn chót (tháng)",
]
CHAUTHANH = ["chauthanh", "Lê Văn Minh", "Chủ tịch UBND huyện", "Huyện Châu Thành", "", "lãnh đạo"]
TANPHU = ["tanphu", "Trần Hoàng Liêm", "Chủ tịch UBND xã Tân Phú", "Xã Tân Phú", "chauthanh", ""]
ROWS: list[list[Any]] = [
    [*CHAUTHANH, "ct-01", "Hoàn thành xây dựng huyện nông thôn mới", "", "", "", "", "2026-12"],
    [*TANPHU, "tp-01", "Xây dựng mô hình vườn xanh, sạch, đẹp đạt 3ha", "", "", "", "2026-03", "2026-09"],
    [
        *TANPHU,
        "tp-02",
        "Thu ngân sách nhà nước đạt và vượt kế hoạch",
        "26.500",
        "triệu đồng",
        "ít nhất",
        "",
        "09/2026",
    ],
    [*TANPHU, "tp-03", "Giảm tỷ lệ hộ nghèo", "1,35", "%", "không quá", "", "12/2026"],
]


_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_windows_1258(text: str) -> bytes:
    """Vietnamese the way Windows-1258 stores it: â/ê/ô/ơ/ư/ă precomposed, tone marks combining."""
    import unicodedata

    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONE_MARKS))
            out += (base + "".join(c for c in parts if c in _TONE_MARKS)).encode("cp1258")
    return bytes(out)


def write_csv(
    path: Path,
    rows: Sequence[Sequence[Any]],
    headers: Sequence[str] = HEADERS,
    delimiter: str = ",",
    encoding: str = "utf-8",
) -> Path:
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows(rows)
    text = buffer.getvalue()
    path.write_bytes(to_windows_1258(text) if encoding == "cp1258" else text.encode(encoding))
    return path


def write_xlsx(
    path: Path,
    rows: Sequence[Sequence[Any]],
    headers: Sequence[str] = HEADERS,
    title_rows: Sequence[Sequence[Any]] = (),
) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Cam kết"
    for row in title_rows:
        sheet.append(list(row))
    sheet.append(list(headers))
    for row in rows:
        sheet.append([None if cell == "" else cell for cell in row])
    workbook.save(path)
    return path
