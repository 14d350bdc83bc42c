"""Pledge lists as a table (CSV or Excel): one row per task, the official's columns repeated.

Both formats hand this module plain rows of cells with their row numbers; it finds the header,
maps Vietnamese column names (with or without diacritics, any case) to fields, converts cells
(months, numbers) and groups rows into RawOfficial/RawTask. Validation proper lives in book.py.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime

from bot.pledges.book import PledgeError, PledgeImportError, RawOfficial, RawTask, Where

Cell = object


@dataclass(frozen=True, slots=True)
class Column:
    key: str  # field name: official_* on the official, task_* on the task
    header: str  # the name written in the template
    aliases: tuple[str, ...]
    required: bool
    guide: str  # what the clerk writes, for the template's "Hướng dẫn" sheet
    width: int = 16
    example: str = ""


COLUMNS: tuple[Column, ...] = (
    Column("official_id", "Mã cán bộ", ("ma can bo", "ma cb", "official id", "official"), True,
           "Mã cố định của cán bộ: chữ thường không dấu, số, dấu gạch ngang (ví dụ tanphu, nguyen-van-a). "
           "Các hàng cùng mã là nhiệm vụ của cùng một người. Để trống thì hiểu là cán bộ của hàng trên.",
           14, "tanphu"),
    Column("official_name", "Họ tên", ("ho ten", "ho va ten", "ten can bo", "name"), True,
           "Họ và tên cán bộ.", 22, "Trần Hoàng Liêm"),
    Column("official_title", "Chức vụ", ("chuc vu", "title"), False,
           "Chức vụ, ví dụ «Chủ tịch UBND xã Tân Phú».", 26, "Chủ tịch UBND xã"),
    Column("official_unit", "Đơn vị", ("don vi", "co quan", "unit"), False,
           "Đơn vị công tác (xã, phòng, ban). Cán bộ cùng tên đơn vị thuộc cùng một đơn vị.",
           18, "Xã Tân Phú"),
    Column("official_leader", "Lãnh đạo trực tiếp",
           ("lanh dao truc tiep", "ma lanh dao", "lanh dao", "leader"), False,
           "Mã cán bộ của người lãnh đạo trực tiếp (người này cũng phải có trong tệp). "
           "Lãnh đạo được xem tiến độ của cán bộ dưới quyền.", 18, "chauthanh"),
    Column("official_role", "Vai trò", ("vai tro", "role"), False,
           "«cán bộ», «lãnh đạo» hoặc «quản trị». Để trống: người có cán bộ dưới quyền là lãnh đạo, "
           "còn lại là cán bộ.", 12, "cán bộ"),
    Column("task_id", "Mã nhiệm vụ", ("ma nhiem vu", "ma nv", "task id", "task"), True,
           "Mã cố định của nhiệm vụ, không trùng trong tệp (ví dụ tp-01). Nhập lại tệp đã sửa: nhiệm vụ "
           "cùng mã được cập nhật, tiến độ đã báo cáo được giữ nguyên.", 12, "tp-01"),
    Column("task_text", "Nội dung nhiệm vụ", ("noi dung nhiem vu", "noi dung", "nhiem vu", "text"), True,
           "Nội dung cam kết, ghi như trong bản cam kết. "
           "Chỉ tiêu trong câu (ví dụ «đạt 3ha») được đọc tự động.",
           60, "Xây dựng mô hình vườn xanh, sạch, đẹp đạt 3ha"),
    Column("task_target", "Chỉ tiêu", ("chi tieu", "target"), False,
           "Không bắt buộc. Con số chỉ tiêu, nếu muốn ghi rõ thay cho con số trong nội dung "
           "(ví dụ 26.500 hoặc 1,35: dấu chấm ngăn nghìn, dấu phẩy thập phân).", 10, "3"),
    Column("task_unit", "Đơn vị tính", ("don vi tinh", "dvt", "target unit"), False,
           "Không bắt buộc. Đơn vị của chỉ tiêu: ha, km, người, %, tỷ đồng…", 12, "ha"),
    Column("task_direction", "Chiều", ("chieu", "direction"), False,
           "Không bắt buộc. «ít nhất» (đạt từ chỉ tiêu trở lên), «không quá» (giữ dưới chỉ tiêu, ví dụ tỷ lệ "
           "hộ nghèo) hoặc «hoàn thành» (nhiệm vụ không có con số).", 12, "ít nhất"),
    Column("task_start", "Tháng bắt đầu", ("thang bat dau", "bat dau", "start"), False,
           "Không bắt buộc. Tháng bắt đầu thực hiện, dạng 2026-03 hoặc 03/2026.", 14, "2026-03"),
    Column("task_deadline", "Hạn chót (tháng)",
           ("han chot", "han chot thang", "han", "thoi han", "deadline"), True,
           "Tháng phải hoàn thành, dạng 2026-09 hoặc 09/2026.", 16, "2026-09"),
)

# columns a clerk often adds that carry nothing to import
IGNORED_HEADERS = frozenset({"stt", "tt", "so tt", "so thu tu", "ghi chu", "note", "notes"})

_OFFICIAL_FIELDS = ("official_name", "official_title", "official_unit", "official_leader", "official_role")
_TASK_FIELDS = ("task_id", "task_text", "task_target", "task_unit", "task_direction", "task_start",
                "task_deadline")
# book.py names fields without the prefix; errors then point at the column with the clerk's own header
_BOOK_KEY = {
    "official_id": "id", "official_name": "name", "official_role": "role", "official_leader": "leader",
    "task_id": "id", "task_text": "text", "task_target": "target", "task_unit": "unit",
    "task_direction": "direction", "task_start": "start", "task_deadline": "deadline",
}
HEADER_SEARCH_ROWS = 10


def fold_header(text: str) -> str:
    """'  Hạn chót (Tháng) ' → 'han chot thang': no diacritics, lower case, words only."""
    text = unicodedata.normalize("NFD", str(text).replace("đ", "d").replace("Đ", "D"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return " ".join(re.sub(r"[^a-z0-9%]+", " ", text).split())


def _header_lookup() -> dict[str, str]:
    lookup: dict[str, str] = {}
    for column in COLUMNS:
        for name in (column.header, *column.aliases):
            lookup[fold_header(name)] = column.key
            lookup[fold_header(re.sub(r"\(.*?\)", " ", name))] = column.key
    return lookup


_LOOKUP = _header_lookup()


def _column_key(header: str) -> str | None:
    folded = fold_header(header)
    if folded in _LOOKUP:
        return _LOOKUP[folded]
    return _LOOKUP.get(fold_header(re.sub(r"\(.*?\)", " ", header)))


def cell_text(value: Cell) -> str:
    """A cell as text: whole floats lose their '.0' (Excel stores 12 as 12.0), None is empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "có" if value else "không"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat()
    return str(value).strip()


_MONTH_PATTERNS = (
    re.compile(r"^(?P<y>\d{4})\s*[-/.]\s*(?P<m>\d{1,2})$"),  # 2024-09, 2024/9
    re.compile(r"^(?:thang|t)?\s*(?P<m>\d{1,2})\s*[-/.]\s*(?P<y>\d{4})$"),  # 09/2024, 9-2024, T9/2024
    re.compile(r"^(?P<y>\d{4})\s*-\s*(?P<m>\d{1,2})\s*-\s*\d{1,2}(?:[ t].*)?$"),  # 2024-09-01 (a date typed)
    re.compile(r"^\d{1,2}\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>\d{4})$"),  # 01/09/2024 (day/month/year)
)


def month_cell(value: Cell) -> str | None:
    """A month cell as 'YYYY-MM' when it reads as one; otherwise its raw text, for book.py to refuse."""
    if value is None:
        return None
    if isinstance(value, (datetime, date)):
        return f"{value.year:04d}-{value.month:02d}"
    text = cell_text(value)
    if not text:
        return None
    plain = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    compact = re.sub(r"\s+", "", "".join(ch for ch in plain if not unicodedata.combining(ch)).lower())
    for pattern in _MONTH_PATTERNS:
        match = pattern.match(compact)
        if match:
            month = int(match.group("m"))
            if 1 <= month <= 12:
                return f"{int(match.group('y')):04d}-{month:02d}"
    return text


def number_cell(value: Cell) -> str | float | int | None:
    """Numbers stay numbers; text goes to book.py, which reads Vietnamese '26.500' and '1,35'."""
    if value is None or isinstance(value, bool):
        return None if value is None else cell_text(value)
    if isinstance(value, (int, float)):
        return value
    text = cell_text(value)
    return text or None


@dataclass(frozen=True, slots=True)
class Header:
    row_number: int
    keys: dict[int, str]  # cell index → field key
    names: dict[str, str]  # field key → header as written in the file


def _is_blank(cells: list[Cell]) -> bool:
    return all(cell_text(cell) == "" for cell in cells)


def _find_header(rows: list[tuple[int, list[Cell]]], file: str, row_word: str) -> Header:
    best: tuple[int, int, list[Cell]] | None = None
    for number, cells in rows[:HEADER_SEARCH_ROWS]:
        known = sum(1 for cell in cells if _column_key(cell_text(cell)) is not None)
        if best is None or known > best[0]:
            best = (known, number, cells)
        if known >= 3:
            break
    if best is None:
        raise PledgeImportError([PledgeError(Where(file), "tệp không có dữ liệu")])
    _, number, cells = best
    errors: list[PledgeError] = []
    keys: dict[int, str] = {}
    names: dict[str, str] = {}
    for index, cell in enumerate(cells):
        header = cell_text(cell)
        if not header or fold_header(header) in IGNORED_HEADERS:
            continue
        key = _column_key(header)
        where = Where(file, number, header, row_word)
        if key is None:
            errors.append(PledgeError(where, "tên cột không nhận ra; các cột dùng được: "
                                             + ", ".join(c.header for c in COLUMNS)))
        elif key in names:
            errors.append(PledgeError(where, f"cột trùng với cột «{names[key]}»"))
        else:
            keys[index] = key
            names[key] = header
    missing = [c.header for c in COLUMNS if c.required and c.key not in names]
    if missing:
        errors.append(PledgeError(Where(file, number, None, row_word),
                                  "thiếu cột " + ", ".join(f"«{m}»" for m in missing)
                                  + " (hàng tiêu đề phải có các cột này)"))
    if errors:
        raise PledgeImportError(errors)
    return Header(number, keys, names)


def read_table(
    rows: Iterable[tuple[int, list[Cell]]], file: str, row_word: str, max_rows: int
) -> tuple[list[RawOfficial], list[PledgeError]]:
    """Rows of cells (with their 1-based row numbers) → raw officials with their tasks, and the row
    problems found on the way (returned, not raised, so book.py's findings join them in one list).
    A file that cannot be read as a table at all (no header, too many rows) raises PledgeImportError."""
    leading: list[tuple[int, list[Cell]]] = []
    iterator: Iterator[tuple[int, list[Cell]]] = iter(rows)
    for number, cells in iterator:
        if _is_blank(cells):
            continue
        leading.append((number, cells))
        if len(leading) >= HEADER_SEARCH_ROWS:
            break
    if not leading:
        raise PledgeImportError([PledgeError(Where(file), "tệp rỗng: không có hàng tiêu đề hay dữ liệu nào")])
    header = _find_header(leading, file, row_word)
    after_header = [(n, c) for n, c in leading if n > header.row_number]

    def data_rows() -> Iterator[tuple[int, list[Cell]]]:
        yield from after_header
        yield from iterator

    names = header.names
    officials: dict[str, RawOfficial] = {}
    order: list[RawOfficial] = []
    errors: list[PledgeError] = []
    previous: RawOfficial | None = None
    count = 0
    for number, cells in data_rows():
        if _is_blank(cells):
            continue
        count += 1
        if count > max_rows:
            reason = f"tệp có hơn {max_rows} {row_word} dữ liệu, tối đa {max_rows}: hãy chia thành nhiều tệp"
            raise PledgeImportError([PledgeError(Where(file, number, None, row_word), reason)])
        values: dict[str, Cell] = {}
        for index, key in header.keys.items():
            values[key] = cells[index] if index < len(cells) else None
        where = Where(file, number, None, row_word)
        official_id = cell_text(values.get("official_id"))
        fields = {key: cell_text(values.get(key)) for key in _OFFICIAL_FIELDS}
        if not official_id:
            if previous is None:
                errors.append(PledgeError(Where(file, number, names["official_id"], row_word),
                                          "thiếu mã cán bộ"))
                continue
            official = previous
        elif official_id in officials:
            official = officials[official_id]
        else:
            official = RawOfficial(
                where=where, id=official_id, name=fields["official_name"], title=fields["official_title"],
                unit=fields["official_unit"], leader=fields["official_leader"] or None,
                role=fields["official_role"] or None,
                columns={_BOOK_KEY.get(k, k): names[k] for k in names if k.startswith("official_")},
            )
            officials[official_id] = official
            order.append(official)
        previous = official
        # the official's columns repeat on every row; a differing value is a typo somewhere
        if official.where.line != number:
            current = {"official_name": official.name, "official_title": official.title,
                       "official_unit": official.unit, "official_leader": official.leader or "",
                       "official_role": official.role or ""}
            for key, value in fields.items():
                if value and key in names and value != current[key]:
                    errors.append(PledgeError(
                        Where(file, number, names[key], row_word),
                        f"cán bộ «{official.id}» đã ghi «{current[key]}» ở {row_word} {official.where.line}, "
                        f"ở đây lại ghi «{value}»"))
        task_cells = {key: values.get(key) for key in _TASK_FIELDS}
        if all(cell_text(v) == "" for v in task_cells.values()):
            continue  # a row that only names an official (a leader without tasks of their own)
        official.tasks.append(RawTask(
            where=where,
            id=cell_text(task_cells["task_id"]),
            text=cell_text(task_cells["task_text"]),
            deadline=month_cell(task_cells["task_deadline"]) or "",
            start=month_cell(task_cells["task_start"]),
            target=number_cell(task_cells["task_target"]),
            unit=cell_text(task_cells["task_unit"]) or None,
            direction=cell_text(task_cells["task_direction"]) or None,
            columns={_BOOK_KEY.get(k, k): names[k] for k in names if k.startswith("task_")},
        ))
    return order, errors
