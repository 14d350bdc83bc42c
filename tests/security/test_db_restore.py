"""`dondoc db restore PATH`: only a whole dondoc backup replaces the live database; the old one is kept."""

from __future__ import annotations

import asyncio
import hashlib
import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.cli import main
from bot.models import UpdateKind
from bot.pledges import load_pledge_file
from bot.store import IncomingRecord, NewUpdate, Store
from bot.store.migrations import MIGRATIONS
from bot.store.restore import RestoreError, check_backup_file, expected_tables, restore_database

VN = ZoneInfo("Asia/Ho_Chi_Minh")
SAMPLE = Path(__file__).resolve().parents[2] / "bot" / "data" / "sample_pledges.toml"
T0 = datetime(2026, 5, 12, 9, 0, tzinfo=VN)


@pytest.fixture(autouse=True)
def isolated_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # no stray ./config.toml
    for name in list(os.environ):
        if name.startswith("DONDOC_"):
            monkeypatch.delenv(name)


async def report(store: Store, text: str, value: float, at: datetime) -> None:
    message_id, _ = await store.progress.record_message(IncomingRecord("telegram", "1", "1", text, at,
                                                                        official_id="tanphu"))
    await store.progress.add_updates([NewUpdate("tp-02", UpdateKind.ABSOLUTE, value)], message_id, "tanphu",
                                     at)


def live_with_backup(tmp_path: Path) -> tuple[Path, Path]:
    """A live db with two reports, a backup taken after the first one (sync: the CLI runs its own loop)."""
    return asyncio.run(_live_with_backup(tmp_path))


async def _live_with_backup(tmp_path: Path) -> tuple[Path, Path]:
    live, backup = tmp_path / "data" / "dondoc.sqlite3", tmp_path / "backups" / "b.sqlite3"
    store = await Store.open(live)
    await store.pledges.apply_book(load_pledge_file(SAMPLE), "test", T0)
    await report(store, "thu ngân sách đạt 5 tỷ", 5, T0)
    await store.backup(backup)
    await report(store, "thu ngân sách đạt 7 tỷ", 7, T0 + timedelta(days=1))
    await store.close()
    return live, backup


async def updates_of_tp02(path: Path) -> list[object]:
    store = await Store.open(path)
    try:
        return list(await store.progress.updates_for_task("tp-02"))
    finally:
        await store.close()


def message_texts(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT text FROM messages ORDER BY id")]
    finally:
        conn.close()


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_restore_puts_the_backup_back_and_keeps_the_previous_db(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    live, backup = live_with_backup(tmp_path)
    assert main(["db", "restore", str(backup), "--db", str(live)]) == 0
    out = capsys.readouterr().out
    assert "Đã khôi phục" in out and "1 tin nhắn" in out
    assert message_texts(live) == ["thu ngân sách đạt 5 tỷ"]
    kept = sorted(live.parent.glob("dondoc.truoc-khoi-phuc-*.sqlite3"))
    assert len(kept) == 1 and str(kept[0]) in out
    assert message_texts(kept[0]) == ["thu ngân sách đạt 5 tỷ", "thu ngân sách đạt 7 tỷ"]
    assert not list(live.parent.glob(".*.tmp")), "the staging copy is removed"
    assert len(asyncio.run(updates_of_tp02(live))) == 1  # the restored db opens and works


async def test_restore_reaches_a_store_that_is_still_open(tmp_path: Path) -> None:
    live, backup = await _live_with_backup(tmp_path)
    running = await Store.open(live)
    try:
        restore_database(backup, live, T0)
        assert await running.progress.message_count() == 1  # no stale WAL replayed over the restored pages
    finally:
        await running.close()
    assert sqlite3.connect(live).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def make_truncated(backup: Path, target: Path) -> Path:
    data = backup.read_bytes()
    target.write_bytes(data[: len(data) // 2])
    return target


def make_junk(_: Path, target: Path) -> Path:
    target.write_bytes(os.urandom(50_000))
    return target


def make_page_garbage(backup: Path, target: Path) -> Path:
    conn = sqlite3.connect(backup)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'tasks'").fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(backup.read_bytes())
    start = (root - 1) * page_size
    # the file header and length stay intact; the tasks b-tree's cells are overwritten with noise
    half = page_size // 2
    data[start + half: start + page_size] = bytes((i * 37 + 11) % 256 for i in range(half))
    target.write_bytes(bytes(data))
    return target


def make_foreign_sqlite(_: Path, target: Path) -> Path:
    conn = sqlite3.connect(target)
    conn.execute("CREATE TABLE notes (x TEXT)")
    conn.commit()
    conn.close()
    return target


def make_newer_schema(backup: Path, target: Path) -> Path:
    target.write_bytes(backup.read_bytes())
    conn = sqlite3.connect(target)
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    conn.close()
    return target


def make_missing_table(backup: Path, target: Path) -> Path:
    target.write_bytes(backup.read_bytes())
    conn = sqlite3.connect(target)
    conn.execute("DROP TABLE audit_log")
    conn.commit()
    conn.close()
    return target


def make_empty(_: Path, target: Path) -> Path:
    target.write_bytes(b"")
    return target


@pytest.mark.parametrize("make, words", [
    (make_truncated, "cắt cụt"),
    (make_junk, "không phải bản sao lưu"),
    (make_page_garbage, "bị hỏng"),
    (make_foreign_sqlite, "không phải cơ sở dữ liệu dondoc"),
    (make_newer_schema, "mới hơn bản dondoc này"),
    (make_missing_table, "thiếu bảng audit_log"),
    (make_empty, "không phải bản sao lưu"),
])
def test_a_bad_backup_is_refused_and_the_live_db_untouched(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], make: object, words: str) -> None:
    live, backup = live_with_backup(tmp_path)
    bad = make(backup, tmp_path / "bad.sqlite3")  # type: ignore[operator]
    before = sha(live)
    assert main(["db", "restore", str(bad), "--db", str(live)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Không khôi phục:") and words in err, err
    assert "Traceback" not in err
    assert sha(live) == before
    assert not list(live.parent.glob("*truoc-khoi-phuc*")) and not list(live.parent.glob(".*.tmp"))


def test_missing_backup_file_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing, live = tmp_path / "nope.sqlite3", tmp_path / "live.sqlite3"
    assert main(["db", "restore", str(missing), "--db", str(live)]) == 2
    assert "Không tìm thấy tệp sao lưu" in capsys.readouterr().err


def test_restore_onto_a_fresh_machine_needs_no_previous_db(tmp_path: Path) -> None:
    _, backup = live_with_backup(tmp_path)
    fresh = tmp_path / "new-machine" / "dondoc.sqlite3"
    result = restore_database(backup, fresh, T0)
    assert result.previous_copy is None and message_texts(fresh) == ["thu ngân sách đạt 5 tỷ"]


def test_restoring_the_live_file_onto_itself_is_refused(tmp_path: Path) -> None:
    live, _ = live_with_backup(tmp_path)
    with pytest.raises(RestoreError, match="chính là cơ sở dữ liệu đang dùng"):
        restore_database(live, live, T0)


def test_check_reports_what_the_backup_holds(tmp_path: Path) -> None:
    _, backup = live_with_backup(tmp_path)
    info = check_backup_file(backup)
    assert info.schema_version == len(MIGRATIONS)
    assert info.rows["messages"] == 1 and info.rows["officials"] >= 5


def test_expected_tables_follow_the_migrations() -> None:
    assert {"messages", "updates", "audit_log", "invites"} <= expected_tables(len(MIGRATIONS))
    assert expected_tables(0) == set()
