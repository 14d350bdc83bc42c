"""CSV pledge files: encodings, delimiters, forgiving headers and cells, and every kind of broken file."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.models import Direction, YearMonth
from bot.pledges import PledgeImportError, load_pledge_file
from bot.settings import LimitSettings
from tests.pledges.pledge_files import HEADERS, ROWS, TANPHU, write_csv


def errors_of(path: Path, limits: LimitSettings | None = None) -> list[str]:
    with pytest.raises(PledgeImportError) as caught:
        load_pledge_file(path, limits)
    return [str(e) for e in caught.value.errors]


def test_reads_officials_tasks_and_explicit_fields(tmp_path: Path) -> None:
    book = load_pledge_file(write_csv(tmp_path / "cam-ket.csv", ROWS))
    assert [o.id for o in book.officials] == ["chauthanh", "tanphu"]
    tanphu = next(o for o in book.officials if o.id == "tanphu")
    assert tanphu.leader_id == "chauthanh"
    assert tanphu.title == "Chủ tịch UBND xã Tân Phú"
    tasks = {t.id: t for t in book.tasks}
    assert [t.position for t in book.tasks_of("tanphu")] == [1, 2, 3]
    assert tasks["tp-01"].target.value == 3 and tasks["tp-01"].target.unit == "ha"
    assert tasks["tp-01"].start == YearMonth(2026, 3)
    assert tasks["tp-02"].target.value == 26500 and tasks["tp-02"].deadline == YearMonth(2026, 9)
    assert tasks["tp-03"].target.value == pytest.approx(1.35)
    assert tasks["tp-03"].target.direction is Direction.AT_MOST
    assert tasks["ct-01"].target.value is None and tasks["ct-01"].target.direction is Direction.DONE


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16"])
def test_delimiter_and_unicode_encoding_are_detected(tmp_path: Path, delimiter: str, encoding: str) -> None:
    path = write_csv(tmp_path / "cam-ket.csv", ROWS, delimiter=delimiter, encoding=encoding)
    book = load_pledge_file(path)
    assert len(book.tasks) == 4
    assert (
        next(t for t in book.tasks if t.id == "tp-01").text == "Xây dựng mô hình vườn xanh, sạch, đẹp đạt 3ha"
    )


def test_headers_without_diacritics_in_any_case_with_spaces(tmp_path: Path) -> None:
    headers = [
        "  MA CAN BO ",
        "ho ten",
        "Chuc Vu",
        "DON VI",
        "lanh dao truc tiep (ma)",
        "vai tro",
        "ma nhiem vu",
        "NOI DUNG NHIEM VU",
        "chi tieu",
        "don vi tinh",
        "chieu",
        "thang bat dau",
        "Han chot",
    ]
    book = load_pledge_file(write_csv(tmp_path / "khong-dau.csv", ROWS, headers=headers))
    assert len(book.tasks) == 4 and book.officials[1].leader_id == "chauthanh"


def test_only_required_columns_in_another_order(tmp_path: Path) -> None:
    headers = ["Hạn chót (tháng)", "Nội dung nhiệm vụ", "Mã nhiệm vụ", "Họ tên", "Mã cán bộ", "STT"]
    rows = [["9/2026", "Giải quyết việc làm cho 105 lao động", "tp-05", "Trần Hoàng Liêm", "tanphu", "1"]]
    book = load_pledge_file(write_csv(tmp_path / "it-cot.csv", rows, headers=headers))
    task = book.tasks[0]
    assert (task.id, task.deadline, task.target.value) == ("tp-05", YearMonth(2026, 9), 105)


@pytest.mark.parametrize(
    "cell", ["2026-09", "09/2026", "9/2026", "9-2026", "T9/2026", "tháng 9/2026", "2026/9", "01/09/2026"]
)
def test_month_cells_in_common_shapes(tmp_path: Path, cell: str) -> None:
    rows = [[*TANPHU[:4], "", "", "tp-01", "Ra mắt mô hình du lịch cộng đồng", "", "", "", "", cell]]
    book = load_pledge_file(write_csv(tmp_path / "thang.csv", rows))
    assert book.tasks[0].deadline == YearMonth(2026, 9)


def test_blank_official_id_continues_the_official_above(tmp_path: Path) -> None:
    rows = [
        [*TANPHU[:4], "", "", "tp-01", "Ra mắt mô hình du lịch cộng đồng", "", "", "", "", "2026-06"],
        ["", "", "", "", "", "", "tp-02", "Giải quyết việc làm cho 105 lao động", "", "", "", "", "2026-12"],
    ]
    book = load_pledge_file(write_csv(tmp_path / "gop.csv", rows))
    assert [(t.id, t.official_id, t.position) for t in book.tasks] == [
        ("tp-01", "tanphu", 1),
        ("tp-02", "tanphu", 2),
    ]


def test_wrong_headers_name_each_bad_column(tmp_path: Path) -> None:
    headers = ["Mã CB", "Tên", "Nhiệm vụ", "Hạn"]
    errors = errors_of(
        write_csv(tmp_path / "sai-cot.csv", [["tanphu", "A", "x", "2026-09"]], headers=headers)
    )
    text = "\n".join(errors)
    assert "sai-cot.csv, dòng 1" in text
    assert "cột «Tên»: tên cột không nhận ra" in text
    assert "sai-cot.csv, dòng 1: thiếu cột «Họ tên», «Mã nhiệm vụ»" in text
    assert len(errors) == 2  # «Mã CB», «Nhiệm vụ» and «Hạn» are accepted short names


def test_bad_month_names_file_line_and_column(tmp_path: Path) -> None:
    rows = [list(r) for r in ROWS]
    rows[2][12] = "13/2026"
    errors = errors_of(write_csv(tmp_path / "thang-sai.csv", rows))
    assert errors == [
        "thang-sai.csv, dòng 4, cột «Hạn chót (tháng)»: tháng «13/2026» không hợp lệ, "
        "cần dạng YYYY-MM, ví dụ 2024-09"
    ]


def test_duplicate_task_ids_point_at_both_rows(tmp_path: Path) -> None:
    rows = [list(r) for r in ROWS]
    rows[3][6] = "tp-01"
    errors = errors_of(write_csv(tmp_path / "trung.csv", rows))
    assert errors == [
        "trung.csv, dòng 5, cột «Mã nhiệm vụ»: mã nhiệm vụ «tp-01» bị trùng (đã có ở trung.csv, dòng 3)"
    ]


def test_non_numeric_target(tmp_path: Path) -> None:
    rows = [list(r) for r in ROWS]
    rows[1][8] = "ba hecta"
    errors = errors_of(write_csv(tmp_path / "chi-tieu.csv", rows))
    assert errors == ["chi-tieu.csv, dòng 3, cột «Chỉ tiêu»: chỉ tiêu «ba hecta» không phải là số"]


def test_leader_that_does_not_exist(tmp_path: Path) -> None:
    rows = [list(r) for r in ROWS[1:]]
    errors = errors_of(write_csv(tmp_path / "lanh-dao.csv", rows))
    assert errors == [
        "lanh-dao.csv, dòng 2, cột «Lãnh đạo trực tiếp»: không có cán bộ mã «chauthanh» để làm lãnh đạo"
    ]


def test_every_error_is_listed_not_just_the_first(tmp_path: Path) -> None:
    rows = [list(r) for r in ROWS]
    rows[1][12] = "sang năm"
    rows[2][8] = "nhiều"
    rows[3][10] = "càng nhiều càng tốt"
    rows[3][1] = "Trần Hoàng Liên"
    errors = errors_of(write_csv(tmp_path / "nhieu-loi.csv", rows))
    assert len(errors) == 4
    assert any("dòng 5, cột «Họ tên»: cán bộ «tanphu» đã ghi «Trần Hoàng Liêm» ở dòng 3" in e for e in errors)
    assert any("dòng 5, cột «Chiều»: chiều «càng nhiều càng tốt» không hợp lệ" in e for e in errors)


def test_empty_and_header_only_files(tmp_path: Path) -> None:
    empty = tmp_path / "rong.csv"
    empty.write_bytes(b"")
    assert errors_of(empty) == ["rong.csv: tệp rỗng"]
    bom_only = tmp_path / "bom.csv"
    bom_only.write_bytes("\ufeff\r\n\r\n".encode())
    assert errors_of(bom_only) == ["bom.csv: tệp rỗng"]
    header_only = write_csv(tmp_path / "tieu-de.csv", [])
    assert errors_of(header_only) == ["tieu-de.csv: tệp không có cán bộ hay nhiệm vụ nào"]


def test_legacy_vietnamese_encoding_asks_for_utf8(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "cp1258.csv", ROWS, encoding="cp1258")
    (error,) = errors_of(path)
    assert error.startswith("cp1258.csv: tệp không phải mã UTF-8")
    assert "TCVN3" in error and "lưu lại với mã UTF-8" in error


def test_twenty_megabyte_junk_is_refused_by_size(tmp_path: Path) -> None:
    path = tmp_path / "rac.csv"
    path.write_bytes(bytes(range(256)) * (20 * 1024 * 1024 // 256))
    (error,) = errors_of(path)
    assert error == "rac.csv: tệp quá lớn (20 MB), tối đa 5 MB"


def test_binary_junk_under_the_size_limit(tmp_path: Path) -> None:
    import random

    path = tmp_path / "rac.csv"
    path.write_bytes(random.Random(7).randbytes(200_000))
    (error,) = errors_of(path)
    assert error.startswith("rac.csv: tệp không phải")


def test_excel_file_saved_with_csv_suffix(tmp_path: Path) -> None:
    from tests.pledges.pledge_files import write_xlsx

    path = tmp_path / "nham.csv"
    path.write_bytes(write_xlsx(tmp_path / "x.xlsx", ROWS).read_bytes())
    assert errors_of(path) == [
        "nham.csv: đây là tệp Excel (.xlsx) bị đặt sai đuôi: hãy đổi đuôi tệp thành .xlsx"
    ]


def test_row_limit_from_settings(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "dai.csv", ROWS)
    (error,) = errors_of(path, LimitSettings(max_import_rows=3))
    assert error == "dai.csv, dòng 5: tệp có hơn 3 dòng dữ liệu, tối đa 3: hãy chia thành nhiều tệp"
    assert len(load_pledge_file(path, LimitSettings(max_import_rows=4)).tasks) == 4


def test_byte_limit_from_settings(tmp_path: Path) -> None:
    rows = [
        [*TANPHU, f"tp-{n:02d}", f"Nhiệm vụ thứ {n} của xã", "", "", "", "", "2026-12"] for n in range(1, 30)
    ]
    path = write_csv(tmp_path / "cam-ket.csv", rows)
    assert path.stat().st_size > 1024
    (error,) = errors_of(path, LimitSettings(max_import_bytes=1024))
    assert error.startswith("cam-ket.csv: tệp quá lớn")


def test_headers_in_the_template_are_all_understood() -> None:
    from bot.pledges.table import COLUMNS

    assert [c.header for c in COLUMNS] == HEADERS
