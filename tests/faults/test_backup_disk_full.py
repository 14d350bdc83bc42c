"""Disk full during a backup: the live database is untouched and no partial backup is left behind.

Two ways to run out of room: a real 64 KB tmpfs (needs root and mount; skipped otherwise), and a file
size limit (RLIMIT_FSIZE) on a child process, which works anywhere on Linux."""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.models import UpdateKind
from bot.pledges import load_pledge_file
from bot.store import IncomingRecord, NewUpdate, Store

VN = ZoneInfo("Asia/Ho_Chi_Minh")
ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "bot" / "data" / "sample_pledges.toml"
T0 = datetime(2026, 5, 12, 9, 0, tzinfo=VN)


async def big_live_db(path: Path, messages: int = 400) -> Store:
    store = await Store.open(path)
    await store.pledges.apply_book(load_pledge_file(SAMPLE), "test", T0)
    for i in range(messages):
        at = T0 + timedelta(minutes=i)
        mid, _ = await store.progress.record_message(IncomingRecord(
            "telegram", "1", "1", f"thu ngân sách đạt {i} tỷ, ghi chú dài để tệp lớn hơn " * 3, at,
            official_id="tanphu", external_update_id=str(i)))
        await store.progress.add_updates([NewUpdate("tp-02", UpdateKind.ABSOLUTE, float(i))], mid, "tanphu",
                                         at)
    return store


async def snapshot(store: Store) -> tuple[int, int, str]:
    rows = await store.db.fetch_all("SELECT id, text FROM messages ORDER BY id")
    digest = hashlib.sha256("".join(f"{r['id']}{r['text']}" for r in rows).encode()).hexdigest()
    updates = await store.db.fetch_one("SELECT COUNT(*) FROM updates")
    return len(rows), int(updates[0]) if updates else 0, digest


@pytest.fixture
def tiny_tmpfs(tmp_path: Path) -> Iterator[Path]:
    mountpoint = tmp_path / "tiny"
    mountpoint.mkdir()
    try:
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mountpoint)],
                              capture_output=True, timeout=10, check=False)
    except (OSError, subprocess.TimeoutExpired):
        pytest.skip("mount is not available here")
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield mountpoint
    finally:
        subprocess.run(["umount", str(mountpoint)], capture_output=True, timeout=10, check=False)


async def test_backup_onto_a_full_disk_fails_cleanly(tmp_path: Path, tiny_tmpfs: Path) -> None:
    store = await big_live_db(tmp_path / "live.sqlite3")
    try:
        before = await snapshot(store)
        assert (tmp_path / "live.sqlite3").stat().st_size > 128 * 1024
        target = tiny_tmpfs / "dondoc-backup.sqlite3"
        target.write_bytes(b"an older backup the operator still has")
        with pytest.raises(Exception) as caught:
            await store.backup(target)
        assert "full" in str(caught.value).lower() or "disk" in str(caught.value).lower()
        assert sorted(os.listdir(tiny_tmpfs)) == ["dondoc-backup.sqlite3"], "partial backup left"
        assert target.read_bytes() == b"an older backup the operator still has"
        # the live database is untouched and keeps working
        assert await snapshot(store) == before
        integrity = await store.db.fetch_one("PRAGMA integrity_check")
        assert integrity is not None and integrity[0] == "ok"
        mid, _ = await store.progress.record_message(IncomingRecord("telegram", "1", "1", "sau sự cố", T0))
        assert mid > 0
    finally:
        await store.close()


CHILD = textwrap.dedent("""
    import asyncio, json, resource, signal, sys
    from pathlib import Path
    from bot.store import Store

    async def main(live, target, limit):
        store = await Store.open(live)
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead
        _, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))  # soft limit only: it can be lifted again
        try:
            await store.backup(Path(target))
            outcome = "ok"
        except Exception as exc:
            outcome = f"{type(exc).__name__}: {exc}"
        finally:
            resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))
            await store.close()
        print(json.dumps({"outcome": outcome}))

    asyncio.run(main(sys.argv[1], sys.argv[2], int(sys.argv[3])))
""")


def test_backup_that_runs_out_of_room_leaves_no_partial_file(tmp_path: Path) -> None:
    live = tmp_path / "live.sqlite3"
    before = asyncio.run(_fill_and_snapshot(live))
    out_dir = tmp_path / "backups"
    out_dir.mkdir()
    target = out_dir / "b.sqlite3"
    done = subprocess.run([sys.executable, "-c", CHILD, str(live), str(target), str(48 * 1024)],
                          capture_output=True, text=True, timeout=60, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, check=False)
    assert done.returncode == 0, done.stderr
    outcome = json.loads(done.stdout.strip().splitlines()[-1])["outcome"]
    assert outcome != "ok" and ("disk" in outcome.lower() or "I/O" in outcome), outcome
    assert list(out_dir.iterdir()) == [], "a partial backup was left behind"
    assert asyncio.run(_reopen_and_snapshot(live)) == (before, "ok")


async def _fill_and_snapshot(live: Path) -> tuple[int, int, str]:
    store = await big_live_db(live)
    try:
        return await snapshot(store)
    finally:
        await store.close()


async def _reopen_and_snapshot(live: Path) -> tuple[tuple[int, int, str], str]:
    store = await Store.open(live)
    try:
        integrity = await store.db.fetch_one("PRAGMA integrity_check")
        return await snapshot(store), str(integrity[0]) if integrity else "?"
    finally:
        await store.close()
