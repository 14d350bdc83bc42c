"""Pledge lists as Excel .xlsx (openpyxl, read-only): the first sheet that is not "Hướng dẫn"."""

from __future__ import annotations

import warnings
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bot.pledges.book import PledgeError, PledgeImportError, RawOfficial, Where
from bot.pledges.table import Cell, fold_header, read_table

GUIDE_SHEET = "Hướng dẫn"
# an .xlsx is a zip of XML; refuse archives that unpack far beyond their size (a zip bomb)
MAX_UNPACKED_RATIO = 100
MAX_UNPACKED_BYTES = 200 * 1024 * 1024


def _not_excel(name: str, detail: str = "") -> PledgeImportError:
    reason = "không đọc được tệp Excel (.xlsx)"
    reason += f": {detail}" if detail else ": tệp hỏng hoặc không phải tệp Excel"
    return PledgeImportError([PledgeError(Where(name), reason + "; hãy mở bằng Excel và lưu lại dạng .xlsx")])


def _check_archive(path: Path, size: int) -> None:
    name = path.name
    with path.open("rb") as handle:
        magic = handle.read(8)
    if magic.startswith(b"\xd0\xcf\x11\xe0"):
        raise PledgeImportError([PledgeError(
            Where(name),
            "đây là tệp Excel cũ (.xls, Excel 97-2003): hãy mở bằng Excel và lưu lại dạng .xlsx")])
    if not magic.startswith(b"PK"):
        raise _not_excel(name)
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise _not_excel(name) from exc
    if "xl/workbook.xml" not in names:
        raise _not_excel(name, "tệp nén không chứa bảng tính Excel")
    if unpacked > min(MAX_UNPACKED_BYTES, max(size, 1) * MAX_UNPACKED_RATIO):
        raise _not_excel(name, "nội dung giải nén quá lớn")


def _sheet_rows(sheet: Any) -> Iterator[tuple[int, list[Cell]]]:
    for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
        yield number, list(row)


def read_xlsx(path: Path, size: int, max_rows: int) -> tuple[list[RawOfficial], list[PledgeError]]:
    name = path.name
    _check_archive(path, size)
    import openpyxl  # lazy: only Excel imports load it

    # openpyxl warns about Excel features it ignores (extensions, default styles): not the clerk's problem
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # untrusted file: any parser failure means "not a usable workbook"
            raise _not_excel(name) from exc
        try:
            sheets = [ws for ws in workbook.worksheets if fold_header(ws.title) != fold_header(GUIDE_SHEET)]
            if not sheets:
                raise PledgeImportError([PledgeError(Where(name), "tệp Excel không có trang dữ liệu nào")])
            try:
                return read_table(_sheet_rows(sheets[0]), name, "hàng", max_rows)
            except PledgeImportError:
                raise
            except Exception as exc:  # a malformed sheet XML surfaces only while iterating
                raise _not_excel(name) from exc
        finally:
            workbook.close()
