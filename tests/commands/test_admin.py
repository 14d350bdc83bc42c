"""`dondoc officials list`, `dondoc invite`, `dondoc db backup` and the shared command plumbing,
run in-process through bot.cli.main against a real SQLite file."""

from __future__ import annotations

import asyncio
import re
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.cli import main
from bot.invites import hash_code
from bot.store import Store

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "bot" / "data" / "sample_pledges.toml"
VN = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "dondoc.sqlite3"
    assert main(["pledges", "import", str(SAMPLE), "--db", str(path)]) == 0
    capsys.readouterr()
    return path


def test_officials_list_shows_role_leader_unit_and_accounts(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    async def bind() -> None:
        store = await Store.open(db)
        try:
            await store.people.bind("telegram", "5551", "5551", "tanphu", datetime(2026, 5, 1, tzinfo=VN))
        finally:
            await store.close()

    asyncio.run(bind())
    assert main(["officials", "list", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "tanphu: Trần Hoàng Liêm — Chủ tịch UBND xã Tân Phú" in out
    tanphu_line = out.split("tanphu: ", 1)[1].splitlines()[1]
    assert "vai trò: cán bộ" in tanphu_line and "đơn vị: Xã Tân Phú" in tanphu_line
    assert "(chauthanh)" in tanphu_line and "telegram:5551" in tanphu_line
    assert re.search(r"Tổng: \d+ cán bộ, 1 đã gắn tài khoản chat\.", out)


def test_invite_prints_a_code_and_link_that_redeem_once(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "config.toml"
    config.write_text(
        '[telegram]\nbot_username = "xa_tanphu_bot"\n[invites]\nttl_hours = 24\n', encoding="utf-8"
    )
    assert main(["invite", "tanphu", "--db", str(db), "--config", str(config)]) == 0
    out = capsys.readouterr().out
    code = re.search(r"Mã mời cho Trần Hoàng Liêm \(tanphu\): ([A-Z0-9]{16})", out)
    assert code is not None
    assert f"https://t.me/xa_tanphu_bot?start={code.group(1)}" in out

    async def redeem(at: datetime) -> str | None:
        store = await Store.open(db)
        try:
            return await store.people.redeem_invite(hash_code(code.group(1)), "telegram", "77", "77", at)
        finally:
            await store.close()

    now = datetime.now(VN)
    assert asyncio.run(redeem(now + timedelta(hours=25))) is None  # ttl_hours from the config
    assert asyncio.run(redeem(now + timedelta(minutes=1))) == "tanphu"
    assert asyncio.run(redeem(now + timedelta(minutes=2))) is None  # single use
    # only the hash is stored
    with sqlite3.connect(db) as conn:
        assert code.group(1) not in repr(conn.execute("SELECT * FROM invites").fetchall())


def test_invite_unknown_official(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["invite", "khong-co", "--db", str(db)]) == 2
    captured = capsys.readouterr()
    assert "Không có cán bộ mã «khong-co»" in captured.err and captured.out == ""


def test_commands_that_read_do_not_create_a_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "chua-co.sqlite3"
    for argv in (
        ["officials", "list"],
        ["invite", "tanphu"],
        ["pledges", "list"],
        ["db", "backup", str(tmp_path / "b.sqlite3")],
    ):
        assert main([*argv, "--db", str(missing)]) == 2
        assert "Chưa có cơ sở dữ liệu" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_backup_is_verified_and_safe_while_the_database_is_in_use(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bot = sqlite3.connect(db)  # a running bot: open connection, committed frames still in the WAL
    try:
        bot.execute("PRAGMA wal_autocheckpoint = 0")
        bot.execute("INSERT INTO audit_log (at, action) VALUES ('2026-05-12T02:00:00+00:00', 'bot.alive')")
        bot.commit()
        target = tmp_path / "sao-luu" / "dondoc-2026-05-12.sqlite3"
        assert main(["db", "backup", str(target), "--db", str(db)]) == 0
        assert "kiểm tra toàn vẹn: tốt" in capsys.readouterr().out
        # run again over the first backup: replaced whole, no temporary files left behind
        assert main(["db", "backup", str(target), "--db", str(db)]) == 0
    finally:
        bot.close()
    assert [p.name for p in target.parent.iterdir()] == [target.name]
    with sqlite3.connect(target) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert copy.execute("SELECT COUNT(*) FROM audit_log WHERE action = 'bot.alive'").fetchone()[0] == 1
        assert copy.execute("SELECT COUNT(*) FROM tasks").fetchone()[0] > 0


def test_backup_into_a_directory_is_refused(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["db", "backup", str(tmp_path), "--db", str(db)]) == 2
    assert "là thư mục" in capsys.readouterr().err


def test_config_error_is_a_message_and_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[invites]\nttl_hours = "ba ngày"\n', encoding="utf-8")
    assert main(["officials", "list", "--config", str(config), "--db", str(tmp_path / "x.sqlite3")]) == 2
    err = capsys.readouterr().err
    assert "invites.ttl_hours" in err and str(config) in err and "Traceback" not in err
    assert main(["pledges", "check", str(SAMPLE), "--config", str(tmp_path / "khong-co.toml")]) == 2
    assert "không tìm thấy tệp cấu hình" in capsys.readouterr().err


def test_db_path_comes_from_the_config_when_no_db_flag(tmp_path: Path) -> None:
    config = tmp_path / "cfg" / "config.toml"
    config.parent.mkdir()
    config.write_text('[bot]\ndb_path = "du-lieu/dondoc.sqlite3"\n', encoding="utf-8")
    assert main(["pledges", "import", str(SAMPLE), "--config", str(config)]) == 0
    assert (tmp_path / "cfg" / "du-lieu" / "dondoc.sqlite3").is_file()


def test_real_subprocess_python_m_bot_pledges_check(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "pledges", "check", str(SAMPLE), "--json"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    import json

    rows = json.loads(result.stdout)
    assert {"task", "target", "unit", "direction"} <= set(rows[0])
    assert any(r["task"] == "tp-03" and r["target"] == 3 and r["unit"] == "ha" for r in rows)
    broken = tmp_path / "hong.csv"
    broken.write_bytes("Mã cán bộ;Họ tên\ntanphu;A\n".encode())
    result = subprocess.run(
        [sys.executable, "-m", "bot", "pledges", "check", str(broken)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2
    assert "hong.csv, dòng 1: thiếu cột" in result.stderr and "Traceback" not in result.stderr
