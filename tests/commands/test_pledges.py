"""`dondoc pledges check|import|list` in-process against real files and a real SQLite database."""

from __future__ import annotations

import asyncio
import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.cli import main
from bot.models import UpdateKind
from bot.store import NewUpdate, Store

SAMPLE = Path(__file__).resolve().parents[2] / "bot" / "data" / "sample_pledges.toml"
VN = ZoneInfo("Asia/Ho_Chi_Minh")


def test_check_json_is_one_object_per_task(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["pledges", "check", str(SAMPLE), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert all(set(r) == {"task", "target", "unit", "direction"} for r in rows)
    assert len({r["task"] for r in rows}) == len(rows)


def test_import_prints_a_summary_and_list_shows_progress(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "dondoc.sqlite3"
    assert main(["pledges", "import", str(SAMPLE), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Đã nhập sample_pledges.toml:")
    assert "mới" in out

    async def report() -> None:
        store = await Store.open(db)
        try:
            at = datetime(2026, 5, 12, 9, tzinfo=VN)
            await store.progress.add_updates(
                [NewUpdate("tp-03", UpdateKind.ABSOLUTE, 1.5)], None, "tanphu", at
            )
            await store.progress.add_updates([NewUpdate("tp-01", UpdateKind.DONE, None)], None, "tanphu", at)
        finally:
            await store.close()

    asyncio.run(report())
    assert main(["pledges", "list", "--db", str(db), "--official", "tanphu"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Trần Hoàng Liêm (tanphu)")
    lines = out.splitlines()
    tp03 = lines[next(i for i, line in enumerate(lines) if "[tp-03]" in line) + 1]
    assert "chỉ tiêu ≥ 3 ha, hạn tháng 9/2026 — 1,5/3 ha (50%)" in tp03
    tp01 = lines[next(i for i, line in enumerate(lines) if "[tp-01]" in line) + 1]
    assert "✅ xong" in tp01
    assert "chưa báo cáo" in out
    assert "chauthanh" not in out  # only the official asked for


def test_list_unknown_official(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "dondoc.sqlite3"
    assert main(["pledges", "import", str(SAMPLE), "--db", str(db)]) == 0
    assert main(["pledges", "list", "--db", str(db), "--official", "ai-do"]) == 2
    assert "Không có cán bộ mã «ai-do»" in capsys.readouterr().err


def test_check_unsupported_suffix(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "cam-ket.docx"
    path.write_bytes(b"PK\x03\x04 not really")
    assert main(["pledges", "check", str(path)]) == 2
    assert "cam-ket.docx: không hỗ trợ định dạng «.docx»" in capsys.readouterr().err


def test_check_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["pledges", "check", str(tmp_path / "khong-co.csv")]) == 2
    assert "khong-co.csv: không đọc được tệp" in capsys.readouterr().err
