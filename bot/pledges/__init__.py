"""Pledge lists: reading TOML, CSV and Excel files into one validated PledgeBook.

`load_pledge_file` never touches the database: a caller validates first and writes only a whole,
valid book (Store.pledges.apply_book), so a broken file leaves everything as it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from bot.models import PledgeBook
from bot.pledges.book import (
    DEFAULT_MAX_IMPORT_BYTES,
    DEFAULT_MAX_IMPORT_ROWS,
    PledgeError,
    PledgeImportError,
    RawOfficial,
    Where,
    build_book,
)


class ImportLimits(Protocol):
    """What load_pledge_file needs of settings.limits (kept structural so `dondoc parse` does
    not pay for importing pydantic at start-up)."""

    @property
    def max_import_bytes(self) -> int: ...

    @property
    def max_import_rows(self) -> int: ...


@dataclass(frozen=True, slots=True)
class _DefaultLimits:
    max_import_bytes: int = DEFAULT_MAX_IMPORT_BYTES
    max_import_rows: int = DEFAULT_MAX_IMPORT_ROWS

SUPPORTED_SUFFIXES = (".toml", ".csv", ".xlsx")


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:.1f}".rstrip("0").rstrip(".").replace(".", ",") + " MB"  # 19,1 MB


def load_pledge_file(path: Path | str, limits: ImportLimits | None = None) -> PledgeBook:
    """Read and validate a pledge file of any supported format; raise PledgeImportError on any problem.

    `limits` (settings.limits) caps the file size and the number of rows; defaults apply without it."""
    path = Path(path)
    limits = limits or _DefaultLimits()
    name = path.name
    try:
        if path.is_dir():
            raise PledgeImportError([PledgeError(Where(name), "đây là thư mục, không phải tệp")])
        size = path.stat().st_size
    except OSError as exc:
        raise PledgeImportError([PledgeError(Where(name), f"không đọc được tệp: {exc.strerror}")]) from exc
    if size == 0:
        raise PledgeImportError([PledgeError(Where(name), "tệp rỗng")])
    if size > limits.max_import_bytes:
        raise PledgeImportError([PledgeError(
            Where(name), f"tệp quá lớn ({_mb(size)}), tối đa {_mb(limits.max_import_bytes)}")])
    suffix = path.suffix.lower()
    raw: list[RawOfficial]
    problems: list[PledgeError] = []
    if suffix == ".toml":
        from bot.pledges.csv_format import decode_text
        from bot.pledges.toml_format import read_toml

        raw = read_toml(path, decode_text(_read(path), name, from_excel=False))
        rows = sum(1 + len(o.tasks) for o in raw)
        if rows > limits.max_import_rows:
            raise PledgeImportError([PledgeError(
                Where(name), f"tệp có {rows} cán bộ và nhiệm vụ, tối đa {limits.max_import_rows}: "
                             "hãy chia thành nhiều tệp")])
    elif suffix == ".csv":
        from bot.pledges.csv_format import read_csv

        raw, problems = read_csv(path, _read(path), limits.max_import_rows)
    elif suffix == ".xlsx":
        from bot.pledges.xlsx_format import read_xlsx

        raw, problems = read_xlsx(path, size, limits.max_import_rows)
    elif suffix == ".xls":
        raise PledgeImportError([PledgeError(
            Where(name), "tệp Excel cũ (.xls) không được hỗ trợ: hãy mở bằng Excel và lưu lại dạng .xlsx")])
    else:
        raise PledgeImportError([PledgeError(
            Where(name), f"không hỗ trợ định dạng «{suffix or 'không đuôi'}»: dùng .toml, .csv hoặc .xlsx")])
    try:
        book = build_book(raw, name)
    except PledgeImportError as exc:
        problems = problems + exc.errors
    if problems:
        # one list in file order, whichever step found each problem
        raise PledgeImportError(sorted(problems, key=lambda e: e.where.line or 0))
    return book


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        error = PledgeError(Where(path.name), f"không đọc được tệp: {exc.strerror}")
        raise PledgeImportError([error]) from exc


__all__ = ["SUPPORTED_SUFFIXES", "PledgeError", "PledgeImportError", "Where", "load_pledge_file"]
