"""Importing into the database: all or nothing, byte for byte, and idempotent by task id."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.cli import main
from bot.clock import FixedClock
from bot.models import UpdateKind, YearMonth, fold_progress
from bot.pledges import load_pledge_file
from bot.store import NewUpdate, Store
from tests.pledges.pledge_files import ROWS, to_windows_1258, write_csv, write_xlsx

GOOD_TOML = """
[[official]]
id = "tanphu"
name = "Trần Hoàng Liêm"
title = "Chủ tịch UBND xã Tân Phú"
unit = "Xã Tân Phú"

[[official.task]]
id = "tp-03"
text = "Xây dựng mô hình vườn xanh, sạch, đẹp đạt 3ha"
deadline = "2026-09"
"""


def _rows_with(row: int, column: int, value: object) -> list[list[object]]:
    rows: list[list[object]] = [list(r) for r in ROWS]
    rows[row][column] = value
    return rows


def _junk(path: Path, size: int) -> Path:
    path.write_bytes(random.Random(size).randbytes(size))
    return path


BROKEN: dict[str, Callable[[Path], Path]] = {
    "csv wrong headers": lambda d: write_csv(d / "a.csv", ROWS, headers=["Mã", "Tên", "Việc"]),
    "csv bad month": lambda d: write_csv(d / "a.csv", _rows_with(1, 12, "2026-13")),
    "csv duplicate ids": lambda d: write_csv(d / "a.csv", _rows_with(2, 6, "tp-01")),
    "csv non-numeric target": lambda d: write_csv(d / "a.csv", _rows_with(2, 8, "26 tỷ")),
    "csv missing leader": lambda d: write_csv(d / "a.csv", _rows_with(1, 4, "huyen-khac")),
    "csv empty": lambda d: (d / "a.csv", (d / "a.csv").write_bytes(b""))[0],
    "csv legacy encoding": lambda d: (
        d / "a.csv",
        (d / "a.csv").write_bytes(
            to_windows_1258(
                "Mã cán bộ,Họ tên,Mã nhiệm vụ,Nội dung nhiệm vụ,Hạn chót\r\n"
                "tanphu,Trần Hoàng Liêm,tp-01,Xây dựng đường giao thông nông thôn,2026-09\r\n"
            )
        ),
    )[0],
    "csv 20 MB junk": lambda d: _junk(d / "a.csv", 20 * 1024 * 1024),
    "xlsx bad month": lambda d: write_xlsx(d / "a.xlsx", _rows_with(3, 12, "Q4/2026")),
    "xlsx duplicate ids": lambda d: write_xlsx(d / "a.xlsx", _rows_with(3, 6, "tp-02")),
    "xlsx wrong headers": lambda d: write_xlsx(d / "a.xlsx", ROWS, headers=["A", "B", "C"]),
    "xlsx binary junk": lambda d: _junk(d / "a.xlsx", 100_000),
    "xlsx 20 MB junk": lambda d: _junk(d / "a.xlsx", 20 * 1024 * 1024),
    "toml bad month": lambda d: (
        d / "a.toml",
        (d / "a.toml").write_text(GOOD_TOML.replace('"2026-09"', '"09-2026"'), encoding="utf-8"),
    )[0],
    "toml syntax": lambda d: (d / "a.toml", (d / "a.toml").write_text("[[official]\nid=", encoding="utf-8"))[
        0
    ],
}


def _snapshot(db: Path) -> dict[str, bytes | None]:
    return {
        suffix: (Path(f"{db}{suffix}").read_bytes() if Path(f"{db}{suffix}").exists() else None)
        for suffix in ("", "-wal", "-shm")
    }


@pytest.fixture
def imported_db(tmp_path: Path) -> Path:
    db = tmp_path / "dondoc.sqlite3"
    assert main(["pledges", "import", str(write_csv(tmp_path / "dau.csv", ROWS)), "--db", str(db)]) == 0
    return db


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_file_is_explained_and_changes_no_byte(
    case: str, imported_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken_dir = tmp_path / "broken"
    broken_dir.mkdir()
    path = BROKEN[case](broken_dir)
    before = _snapshot(imported_db)
    capsys.readouterr()
    assert main(["pledges", "import", str(path), "--db", str(imported_db)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "chưa ghi gì vào cơ sở dữ liệu" in captured.err
    assert f"- {path.name}" in captured.err  # every error line starts with the file name
    assert "Traceback" not in captured.err
    assert _snapshot(imported_db) == before


def test_broken_file_while_the_bot_holds_the_database_open(
    imported_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # a running bot keeps a connection with unsaved WAL frames; the failed import must not touch them
    bot = sqlite3.connect(imported_db)
    try:
        bot.execute("PRAGMA wal_autocheckpoint = 0")
        bot.execute("INSERT INTO audit_log (at, action) VALUES ('2026-05-12T02:00:00+00:00', 'bot.alive')")
        bot.commit()
        before = _snapshot(imported_db)
        assert before["-wal"]
        path = write_csv(tmp_path / "hong.csv", _rows_with(2, 12, "tháng sau"))
        assert main(["pledges", "import", str(path), "--db", str(imported_db)]) == 2
        assert _snapshot(imported_db) == before
    finally:
        bot.close()
    assert "hong.csv, dòng 4, cột «Hạn chót (tháng)»" in capsys.readouterr().err


def test_broken_file_does_not_create_a_database(tmp_path: Path) -> None:
    db = tmp_path / "moi.sqlite3"
    path = write_csv(tmp_path / "a.csv", _rows_with(1, 12, "2026-13"))
    assert main(["pledges", "import", str(path), "--db", str(db)]) == 2
    assert list(tmp_path.iterdir()) == [path]


def test_same_file_twice_changes_nothing(
    imported_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["pledges", "import", str(tmp_path / "dau.csv"), "--db", str(imported_db)]) == 0
    out = capsys.readouterr().out
    assert "Không có gì thay đổi" in out


async def test_changed_text_target_and_deadline_update_the_task_and_keep_progress(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    first = write_csv(tmp_path / "v1.csv", ROWS)
    summary = await store.pledges.apply_book(load_pledge_file(first), "test", clock.now())
    assert (summary.officials_added, summary.tasks_added) == (2, 4)
    await store.progress.add_updates(
        [NewUpdate("tp-01", UpdateKind.ABSOLUTE, 1.5, "được 1,5ha")], None, "tanphu", clock.now()
    )

    again = await store.pledges.apply_book(load_pledge_file(first), "test", clock.now())
    assert (
        again.officials_added,
        again.officials_changed,
        again.tasks_added,
        again.tasks_changed,
        again.tasks_retired,
    ) == (0, 0, 0, 0, 0)

    rows = [list(r) for r in ROWS]
    rows[1][7] = "Xây dựng mô hình vườn xanh, sạch, đẹp đạt 4ha"
    rows[2][8] = "30.000"
    rows[3][12] = "2026-11"
    changed = await store.pledges.apply_book(
        load_pledge_file(write_csv(tmp_path / "v2.csv", rows)), "test", clock.now()
    )
    assert changed.tasks_changed == 3 and set(changed.changed_task_ids) == {"tp-01", "tp-02", "tp-03"}
    tp01 = await store.pledges.task("tp-01")
    assert tp01 is not None and tp01.target.value == 4 and tp01.text.endswith("4ha")
    tp02 = await store.pledges.task("tp-02")
    assert tp02 is not None and tp02.target.value == 30000
    tp03 = await store.pledges.task("tp-03")
    assert tp03 is not None and tp03.deadline == YearMonth(2026, 11)
    progress = fold_progress(tp01, await store.progress.updates_for_task("tp-01"))
    assert progress.value == 1.5 and progress.update_count == 1


async def test_task_dropped_from_the_file_stops_being_tracked_but_keeps_history(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    await store.pledges.apply_book(
        load_pledge_file(write_csv(tmp_path / "v1.csv", ROWS)), "test", clock.now()
    )
    await store.progress.add_updates(
        [NewUpdate("tp-03", UpdateKind.NOTE, None, "đang rà soát")], None, "tanphu", clock.now()
    )
    summary = await store.pledges.apply_book(
        load_pledge_file(write_csv(tmp_path / "v2.csv", ROWS[:3])), "test", clock.now()
    )
    assert summary.tasks_retired == 1
    assert [t.id for t in await store.pledges.tasks_of("tanphu")] == ["tp-01", "tp-02"]
    assert len(await store.progress.updates_for_task("tp-03")) == 1
