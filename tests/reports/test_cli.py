"""`dondoc chart` and `dondoc export` through the real command line entry point."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PIL import Image

from bot.cli import main
from bot.settings import Settings
from bot.store import Store
from tests.reports.world import build_world, fill_world


@pytest.fixture
async def db_file(settings: Settings, tmp_path: Path) -> Path:
    store = await Store.open(settings.bot.db_path)
    try:
        await build_world(store, tmp_path)
        await fill_world(store)
    finally:
        await store.close()
    return settings.bot.db_path


def test_chart_and_export_write_readable_files(db_file: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    png = tmp_path / "out" / "chart.png"
    assert main(["chart", "--db", str(db_file), "--out", str(png)]) == 0
    assert Image.open(io.BytesIO(png.read_bytes())).size[0] == 1080
    unit_png = tmp_path / "unit.png"
    assert main(["chart", "--db", str(db_file), "--out", str(unit_png), "--unit", "xa-binh-minh"]) == 0
    assert Image.open(io.BytesIO(unit_png.read_bytes())).format == "PNG"

    xlsx = tmp_path / "report.xlsx"
    assert main(["export", "--db", str(db_file), "--out", str(xlsx)]) == 0
    sheet = load_workbook(io.BytesIO(xlsx.read_bytes())).worksheets[0]
    assert sheet.max_row - 1 == 7  # every task of every official
    assert "7 nhiệm vụ" in capsys.readouterr().out


def test_unknown_unit_is_a_clear_error(db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.png"
    assert main(["chart", "--db", str(db_file), "--out", str(out), "--unit", "khong-co"]) == 2
    error = capsys.readouterr().err
    assert "khong-co" in error and "xa-binh-minh" in error
    assert not out.exists()
