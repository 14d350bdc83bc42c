"""Excel pledge files: real .xlsx written with openpyxl, Excel-typed cells, and broken workbooks."""

from __future__ import annotations

import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from bot.models import Direction, YearMonth
from bot.pledges import PledgeImportError, load_pledge_file
from bot.settings import LimitSettings
from tests.pledges.pledge_files import HEADERS, ROWS, TANPHU, write_xlsx


def errors_of(path: Path, limits: LimitSettings | None = None) -> list[str]:
    with pytest.raises(PledgeImportError) as caught:
        load_pledge_file(path, limits)
    return [str(e) for e in caught.value.errors]


def test_reads_text_cells_like_csv(tmp_path: Path) -> None:
    book = load_pledge_file(write_xlsx(tmp_path / "cam-ket.xlsx", ROWS))
    tasks = {t.id: t for t in book.tasks}
    assert len(book.officials) == 2 and len(tasks) == 4
    assert tasks["tp-02"].target.value == 26500 and tasks["tp-02"].deadline == YearMonth(2026, 9)
    assert tasks["tp-03"].target.direction is Direction.AT_MOST


def test_excel_numbers_dates_and_a_title_row_above_the_header(tmp_path: Path) -> None:
    rows = [
        [
            *TANPHU[:4],
            "",
            "",
            "tp-01",
            "Thu ngân sách nhà nước",
            26500,
            "triệu đồng",
            "ít nhất",
            datetime(2026, 3, 1),
            datetime(2026, 9, 1),
        ],
        [*TANPHU[:4], "", "", 17, "Tỷ lệ hộ nghèo", 1.35, "%", "không quá", None, datetime(2026, 12, 31)],
    ]
    path = write_xlsx(
        tmp_path / "kieu-excel.xlsx", rows, title_rows=[["DANH SÁCH CAM KẾT TRÁCH NHIỆM NĂM 2026"], []]
    )
    book = load_pledge_file(path)
    first, second = book.tasks
    assert (first.target.value, first.start, first.deadline) == (
        26500,
        YearMonth(2026, 3),
        YearMonth(2026, 9),
    )
    assert second.id == "17"  # a number typed into the id column is still an id
    assert second.target.value == pytest.approx(1.35) and second.deadline == YearMonth(2026, 12)


def test_errors_say_row_and_column_with_the_excel_row_number(tmp_path: Path) -> None:
    rows = [list(r) for r in ROWS]
    rows[0][12] = "cuối năm"
    rows[2][8] = "hai mươi sáu nghìn"
    errors = errors_of(write_xlsx(tmp_path / "loi.xlsx", rows, title_rows=[["Tiêu đề"]]))
    assert errors == [
        "loi.xlsx, hàng 3, cột «Hạn chót (tháng)»: tháng «cuối năm» không hợp lệ, "
        "cần dạng YYYY-MM, ví dụ 2024-09",
        "loi.xlsx, hàng 5, cột «Chỉ tiêu»: chỉ tiêu «hai mươi sáu nghìn» không phải là số",
    ]


def test_wrong_headers(tmp_path: Path) -> None:
    headers = [
        "Mã cán bộ",
        "Họ tên",
        *HEADERS[2:7],
        "Nội dung",
        "Chỉ tiêu",
        "Đơn vị tính",
        "Chiều",
        "Bắt đầu",
        "Ngày ký",
    ]
    errors = errors_of(write_xlsx(tmp_path / "cot.xlsx", ROWS, headers=headers))
    assert errors[0].startswith("cot.xlsx, hàng 1, cột «Ngày ký»: tên cột không nhận ra")
    assert errors[1] == "cot.xlsx, hàng 1: thiếu cột «Hạn chót (tháng)» (hàng tiêu đề phải có các cột này)"


def test_duplicate_official_ids_with_different_names(tmp_path: Path) -> None:
    rows = [list(r) for r in ROWS]
    rows[2][0] = "chauthanh"
    errors = errors_of(write_xlsx(tmp_path / "trung.xlsx", rows))
    assert any(
        e.startswith("trung.xlsx, hàng 4, cột «Họ tên»: cán bộ «chauthanh» đã ghi «Lê Văn Minh» ở hàng 2")
        for e in errors
    )


def test_guide_sheet_is_skipped(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = write_xlsx(tmp_path / "co-huong-dan.xlsx", ROWS)
    workbook = load_workbook(path)
    guide = workbook.create_sheet("Hướng dẫn", 0)  # even when it comes first
    guide.append(["Cột", "Cách ghi"])
    workbook.save(path)
    assert len(load_pledge_file(path).tasks) == 4


def test_binary_file_renamed_xlsx(tmp_path: Path) -> None:
    import random

    path = tmp_path / "rac.xlsx"
    path.write_bytes(random.Random(3).randbytes(300_000))
    (error,) = errors_of(path)
    assert error.startswith("rac.xlsx: không đọc được tệp Excel (.xlsx)")


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "nen.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "xin chào")
    assert errors_of(path) == [
        "nen.xlsx: không đọc được tệp Excel (.xlsx): tệp nén không chứa bảng tính Excel; "
        "hãy mở bằng Excel và lưu lại dạng .xlsx"
    ]


def test_workbook_with_corrupt_sheet_xml(tmp_path: Path) -> None:
    good = write_xlsx(tmp_path / "tot.xlsx", ROWS)
    broken = tmp_path / "hong.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(broken, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                data = data[: len(data) // 2]
            target.writestr(item, data)
    (error,) = errors_of(broken)
    assert error.startswith("hong.xlsx: không đọc được tệp Excel (.xlsx)")


def test_zip_bomb_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (300 * 1024 * 1024 // 10))
    (error,) = errors_of(path)
    assert "nội dung giải nén quá lớn" in error


def test_old_xls_format(tmp_path: Path) -> None:
    path = tmp_path / "cu.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    assert "Excel cũ (.xls)" in errors_of(path)[0]
    renamed = tmp_path / "cu.xlsx"
    renamed.write_bytes(path.read_bytes())
    assert "Excel cũ (.xls" in errors_of(renamed)[0]


def test_empty_workbook_and_empty_file(tmp_path: Path) -> None:
    empty = write_xlsx(tmp_path / "trong.xlsx", [], headers=[])
    assert errors_of(empty) == ["trong.xlsx: tệp rỗng: không có hàng tiêu đề hay dữ liệu nào"]
    zero = tmp_path / "khong.xlsx"
    zero.write_bytes(b"")
    assert errors_of(zero) == ["khong.xlsx: tệp rỗng"]


def test_row_limit(tmp_path: Path) -> None:
    (error,) = errors_of(write_xlsx(tmp_path / "dai.xlsx", ROWS), LimitSettings(max_import_rows=2))
    assert error == "dai.xlsx, hàng 4: tệp có hơn 2 hàng dữ liệu, tối đa 2: hãy chia thành nhiều tệp"
