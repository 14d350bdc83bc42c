"""Validation shared by every pledge format: raw rows with their location in, a PledgeBook or errors out.

Each format (TOML, CSV, Excel) only turns its file into RawOfficial/RawTask rows that remember
where they came from; every rule lives here, so all formats refuse the same things the same way.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field

from bot.models import Direction, Official, PledgeBook, Role, Target, Task, Unit, YearMonth

ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
MAX_TASKS_PER_OFFICIAL = 200
MAX_TEXT_LENGTH = 1000
DEFAULT_MAX_IMPORT_BYTES = 5 * 1024 * 1024
DEFAULT_MAX_IMPORT_ROWS = 5000


@dataclass(frozen=True, slots=True)
class Where:
    """A place in a source file, for error messages: 'dòng 12' (TOML/CSV line) or 'hàng 5' (Excel row)."""

    file: str
    line: int | None = None
    column: str | None = None
    row_word: str = "dòng"

    def describe(self) -> str:
        parts = [self.file]
        if self.line is not None:
            parts.append(f"{self.row_word} {self.line}")
        if self.column:
            parts.append(f"cột «{self.column}»")
        return ", ".join(parts)


@dataclass(frozen=True, slots=True)
class PledgeError:
    where: Where
    reason: str

    def __str__(self) -> str:
        return f"{self.where.describe()}: {self.reason}"


class PledgeImportError(Exception):
    """Raised with every problem found; nothing has been written when it is raised."""

    def __init__(self, errors: list[PledgeError]) -> None:
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))


@dataclass(slots=True)
class RawTask:
    where: Where
    id: str
    text: str
    deadline: str
    start: str | None = None
    target: str | float | int | None = None
    unit: str | None = None
    direction: str | None = None
    # column name for each field, so errors point at the right cell
    columns: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class RawOfficial:
    where: Where
    id: str
    name: str
    title: str = ""
    unit: str = ""
    leader: str | None = None
    role: str | None = None
    unit_parent: str | None = None
    tasks: list[RawTask] = field(default_factory=list)
    columns: dict[str, str] = field(default_factory=dict)


def clean_text(value: object) -> str:
    """NFC, no control characters, single spaces: what every stored text looks like."""
    text = unicodedata.normalize("NFC", str(value))
    text = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text)
    return " ".join(text.split())


def unit_id_for(name: str) -> str:
    """A stable id for a unit name: folded, lower case, dashes ('Xã Tân Phú' → 'xa-tan-phu')."""
    folded = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-") or "don-vi"


def _number(raw: str | float | int | None) -> float | None:
    if raw is None or raw == "":
        return None
    if isinstance(raw, bool):
        raise ValueError
    if isinstance(raw, (int, float)):
        if not math.isfinite(raw):
            raise ValueError(raw)
        return float(raw)
    text = raw.strip().replace(" ", "")
    # Vietnamese style: dots group thousands, comma is the decimal mark
    if "," in text:
        text = text.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(\.\d{3})+", text):
        text = text.replace(".", "")
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(text)
    return value


_DIRECTION_WORDS = {
    "at_least": Direction.AT_LEAST,
    "it nhat": Direction.AT_LEAST,
    "toi thieu": Direction.AT_LEAST,
    ">=": Direction.AT_LEAST,
    "at_most": Direction.AT_MOST,
    "khong qua": Direction.AT_MOST,
    "toi da": Direction.AT_MOST,
    "khong vuot qua": Direction.AT_MOST,
    "<=": Direction.AT_MOST,
    "done": Direction.DONE,
    "hoan thanh": Direction.DONE,
    "xong": Direction.DONE,
}

_ROLE_WORDS = {
    "official": Role.OFFICIAL,
    "can bo": Role.OFFICIAL,
    "leader": Role.LEADER,
    "lanh dao": Role.LEADER,
    "admin": Role.ADMIN,
    "quan tri": Role.ADMIN,
}


def _fold(text: str) -> str:
    """The key a direction or role word is looked up by: symbols (">=") as written, words folded
    to plain lower case with single spaces ("Ít nhất", "at_least" → "it nhat", "at least")."""
    stripped = text.strip().lower()
    if stripped in _DIRECTION_WORDS or stripped in _ROLE_WORDS:
        return stripped
    return unit_id_for(text).replace("-", " ").replace("at least", "at_least").replace("at most", "at_most")


def build_book(raw_officials: list[RawOfficial], source: str) -> PledgeBook:
    """Validate everything, then build the book; raise PledgeImportError listing every problem."""
    from bot.parsing.targets import resolve_target  # the parser and the pledges share one reading

    errors: list[PledgeError] = []

    def err(where: Where, column_key: str, columns: dict[str, str], reason: str) -> None:
        errors.append(
            PledgeError(
                Where(where.file, where.line, columns.get(column_key, column_key), where.row_word), reason
            )
        )

    if not raw_officials:
        errors.append(PledgeError(Where(source), "tệp không có cán bộ hay nhiệm vụ nào"))

    official_ids: dict[str, Where] = {}
    task_ids: dict[str, Where] = {}
    for official in raw_officials:
        if not official.id:
            err(official.where, "id", official.columns, "thiếu mã cán bộ")
        elif not ID_RE.match(official.id):
            err(official.where, "id", official.columns,
                f"mã cán bộ «{official.id}» chỉ được gồm chữ thường không dấu, số và dấu gạch ngang")
        elif official.id in official_ids:
            err(official.where, "id", official.columns,
                f"mã cán bộ «{official.id}» bị trùng (đã có ở {official_ids[official.id].describe()})")
        else:
            official_ids[official.id] = official.where
        if not clean_text(official.name):
            err(official.where, "name", official.columns, "thiếu họ tên cán bộ")
        if official.role is not None and _fold(official.role) not in _ROLE_WORDS:
            err(official.where, "role", official.columns,
                f"vai trò «{official.role}» không hợp lệ: dùng «cán bộ», «lãnh đạo» hoặc «quản trị»"
                " (official, leader, admin)")
        if len(official.tasks) > MAX_TASKS_PER_OFFICIAL:
            err(official.where, "id", official.columns,
                f"cán bộ «{official.id}» có {len(official.tasks)} nhiệm vụ, tối đa {MAX_TASKS_PER_OFFICIAL}")
        for task in official.tasks:
            if not task.id:
                err(task.where, "id", task.columns, "thiếu mã nhiệm vụ")
            elif not ID_RE.match(task.id):
                err(task.where, "id", task.columns,
                    f"mã nhiệm vụ «{task.id}» chỉ được gồm chữ thường không dấu, số và dấu gạch ngang")
            elif task.id in task_ids:
                err(task.where, "id", task.columns,
                    f"mã nhiệm vụ «{task.id}» bị trùng (đã có ở {task_ids[task.id].describe()})")
            else:
                task_ids[task.id] = task.where
            text = clean_text(task.text)
            if not text:
                err(task.where, "text", task.columns, "thiếu nội dung nhiệm vụ")
            elif len(text) > MAX_TEXT_LENGTH:
                err(task.where, "text", task.columns, f"nội dung dài quá {MAX_TEXT_LENGTH} ký tự")
            for key in ("deadline", "start"):
                value = getattr(task, key)
                if value is None or value == "":
                    if key == "deadline":
                        err(task.where, key, task.columns, "thiếu tháng hạn chót (dạng YYYY-MM)")
                    continue
                try:
                    YearMonth.parse(str(value))
                except ValueError:
                    err(task.where, key, task.columns,
                        f"tháng «{value}» không hợp lệ, cần dạng YYYY-MM, ví dụ 2024-09")
            if task.start and task.deadline:
                try:
                    if YearMonth.parse(str(task.start)) > YearMonth.parse(str(task.deadline)):
                        err(task.where, "start", task.columns, "tháng bắt đầu sau tháng hạn chót")
                except ValueError:
                    pass
            try:
                _number(task.target)
            except ValueError:
                err(task.where, "target", task.columns, f"chỉ tiêu «{task.target}» không phải là số")
            if task.direction and _fold(task.direction) not in _DIRECTION_WORDS:
                err(task.where, "direction", task.columns,
                    f"chiều «{task.direction}» không hợp lệ: dùng «ít nhất», «không quá» hoặc «hoàn thành»"
                    " (at_least, at_most, done)")

    for official in raw_officials:
        if official.leader and official.leader not in official_ids:
            err(official.where, "leader", official.columns,
                f"không có cán bộ mã «{official.leader}» để làm lãnh đạo")
    if errors:
        raise PledgeImportError(errors)

    # leader chains must not loop
    leader_of = {o.id: o.leader for o in raw_officials}
    for official in raw_officials:
        seen = {official.id}
        cursor = official.leader
        while cursor:
            if cursor in seen:
                err(official.where, "leader", official.columns,
                    f"chuỗi lãnh đạo của «{official.id}» bị vòng lặp")
                break
            seen.add(cursor)
            cursor = leader_of.get(cursor)
    if errors:
        raise PledgeImportError(errors)

    has_reports = {o.leader for o in raw_officials if o.leader}
    units: dict[str, Unit] = {}
    officials: list[Official] = []
    tasks: list[Task] = []
    unit_of_official = {o.id: unit_id_for(clean_text(o.unit) or clean_text(o.name)) for o in raw_officials}
    for official in raw_officials:
        unit_name = clean_text(official.unit) or clean_text(official.name)
        unit_id = unit_of_official[official.id]
        parent = unit_of_official.get(official.leader) if official.leader else None
        if parent == unit_id:
            parent = None
        units.setdefault(unit_id, Unit(unit_id, unit_name, parent))
        if official.role:
            role = _ROLE_WORDS[_fold(official.role)]
        else:
            role = Role.LEADER if official.id in has_reports else Role.OFFICIAL
        officials.append(Official(official.id, clean_text(official.name), clean_text(official.title),
                                  unit_id, role, official.leader or None))
        for position, task in enumerate(official.tasks, start=1):
            text = clean_text(task.text)
            explicit_direction = _DIRECTION_WORDS[_fold(task.direction)] if task.direction else None
            target = resolve_target(
                text,
                explicit_value=_number(task.target),
                explicit_unit=clean_text(task.unit) if task.unit else None,
                explicit_direction=explicit_direction,
            )
            tasks.append(Task(
                id=task.id, official_id=official.id, position=position, text=text,
                target=Target(target.value, target.unit, target.direction),
                deadline=YearMonth.parse(str(task.deadline)),
                start=YearMonth.parse(str(task.start)) if task.start else None,
            ))
    return PledgeBook(tuple(units.values()), tuple(officials), tuple(tasks), source)
