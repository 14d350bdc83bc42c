"""The Excel template: what a clerk sees, and that it imports as it is and once filled in."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import main
from bot.pledges import load_pledge_file
from bot.pledges.table import COLUMNS
from bot.pledges.template import DATA_SHEET, DIRECTION_CHOICES, EXAMPLE_ROWS, write_template


def test_template_layout(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "mau.xlsx"
    write_template(path)
    workbook = load_workbook(path)
    assert workbook.sheetnames == [DATA_SHEET, "Hướng dẫn"]
    sheet = workbook[DATA_SHEET]
    assert [cell.value for cell in sheet[1]] == [c.header for c in COLUMNS]
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["H"].width == 60  # the task text column is wide
    validations = sheet.data_validations.dataValidation
    direction_letter = "K"
    assert [c.header for c in COLUMNS].index("Chiều") == ord(direction_letter) - ord("A")
    direction = next(v for v in validations if str(v.sqref).startswith(direction_letter))
    assert direction.formula1 == '"' + ",".join(DIRECTION_CHOICES) + '"'
    guide_text = "\n".join(
        str(cell.value) for row in workbook["Hướng dẫn"].iter_rows() for cell in row if cell.value
    )
    for column in COLUMNS:
        assert column.header in guide_text and column.guide in guide_text


def test_template_imports_cleanly_as_written(tmp_path: Path) -> None:
    path = tmp_path / "mau.xlsx"
    write_template(path)
    book = load_pledge_file(path)
    assert [t.id for t in book.tasks] == [row["task_id"] for row in EXAMPLE_ROWS]
    tp02 = next(t for t in book.tasks if t.id == "tp-02")
    assert tp02.target.value == 1.35 and str(tp02.target.direction) == "at_most"


def test_filled_in_template_round_trip_through_the_cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "cam-ket-2026.xlsx"
    assert main(["pledges", "template", "--out", str(path)]) == 0
    workbook = load_workbook(path)
    sheet = workbook[DATA_SHEET]
    sheet.append(
        [
            "binhphu",
            "Võ Thị Hoa",
            "Phó Chủ tịch UBND xã",
            "Xã Bình Phú",
            "chauthanh",
            None,
            "bp-01",
            "Giải quyết việc làm cho 105 lao động",
            None,
            None,
            None,
            None,
            "12/2026",
        ]
    )
    workbook.save(path)
    db = tmp_path / "db.sqlite3"
    assert main(["pledges", "import", str(path), "--db", str(db)]) == 0
    assert main(["pledges", "list", "--db", str(db), "--official", "binhphu"]) == 0
    out = capsys.readouterr().out
    assert "Giải quyết việc làm cho 105 lao động" in out and "≥ 105 lao động" in out


def test_template_refuses_another_suffix(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["pledges", "template", "--out", str(tmp_path / "mau.xls")]) == 2
    assert "đuôi .xlsx" in capsys.readouterr().err
    assert not (tmp_path / "mau.xls").exists()
