"""PledgeRepo: what apply_book stores (units with parents, officials with leaders, tasks in order) and
the leader chain queries built on it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.clock import FixedClock
from bot.models import Role
from bot.pledges import load_pledge_file
from bot.store import Store
from bot.store.migrations import MIGRATIONS

CHAIN = """
[[official]]
id = "tinh"
name = "Nguyễn Tỉnh"
unit = "Tỉnh Bến Tre"

[[official]]
id = "huyen"
name = "Lê Huyện"
unit = "Huyện Châu Thành"
leader = "tinh"

[[official]]
id = "xa-a"
name = "Trần Xã A"
unit = "Xã Tân Phú"
leader = "huyen"

[[official.task]]
id = "a-01"
text = "Giải quyết việc làm cho 105 lao động"
deadline = "2026-12"

[[official.task]]
id = "a-02"
text = "Ra mắt mô hình du lịch cộng đồng"
deadline = "2026-06"

[[official]]
id = "xa-b"
name = "Võ Xã B"
unit = "Xã An Phước"
leader = "huyen"
role = "admin"

[[official]]
id = "doc-lap"
name = "Phạm Độc Lập"
unit = "Sở Tư pháp"
"""


async def _load_chain(store: Store, clock: FixedClock, tmp_path: Path) -> None:
    path = tmp_path / "chuoi.toml"
    path.write_text(CHAIN, encoding="utf-8")
    await store.pledges.apply_book(load_pledge_file(path), "test", clock.now())


async def test_migrations_from_empty_create_every_table(tmp_path: Path) -> None:
    path = tmp_path / "moi.sqlite3"
    store = await Store.open(path)
    await store.close()
    with sqlite3.connect(path) as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert {
        "units",
        "officials",
        "chat_identities",
        "tasks",
        "messages",
        "updates",
        "pending_choices",
        "invites",
        "outbox",
        "audit_log",
    } <= tables


async def test_units_leaders_roles_and_positions(store: Store, clock: FixedClock, tmp_path: Path) -> None:
    await _load_chain(store, clock, tmp_path)
    units = {u.name: u for u in await store.pledges.units()}
    assert units["Xã Tân Phú"].parent_id == units["Huyện Châu Thành"].id
    assert units["Huyện Châu Thành"].parent_id == units["Tỉnh Bến Tre"].id
    assert units["Tỉnh Bến Tre"].parent_id is None
    officials = {o.id: o for o in await store.pledges.officials()}
    assert (
        officials["huyen"].role is Role.LEADER and officials["tinh"].role is Role.LEADER
    )  # they have reports
    assert (
        officials["xa-a"].role is Role.OFFICIAL and officials["xa-b"].role is Role.ADMIN
    )  # explicit role wins
    assert officials["xa-a"].leader_id == "huyen"
    assert [(t.id, t.position) for t in await store.pledges.tasks_of("xa-a")] == [("a-01", 1), ("a-02", 2)]


async def test_subordinates_follow_the_whole_chain(store: Store, clock: FixedClock, tmp_path: Path) -> None:
    await _load_chain(store, clock, tmp_path)
    assert [o.id for o in await store.pledges.subordinates("tinh")] == ["huyen", "xa-a", "xa-b"]
    assert [o.id for o in await store.pledges.subordinates("huyen")] == ["xa-a", "xa-b"]
    assert await store.pledges.subordinates("xa-a") == []
    assert await store.pledges.subordinates("doc-lap") == []


async def test_import_is_audited(store: Store, clock: FixedClock, tmp_path: Path) -> None:
    await _load_chain(store, clock, tmp_path)
    (entry,) = await store.audit.entries()
    assert entry.action == "pledges.import" and entry.subject == "chuoi.toml" and entry.actor == "test"
    assert entry.detail["changed"] == ["a-01", "a-02"]


async def test_paused_until_round_trip(store: Store, clock: FixedClock, tmp_path: Path) -> None:
    await _load_chain(store, clock, tmp_path)
    until = clock.now().date()
    await store.pledges.set_paused_until("xa-a", until)
    assert await store.pledges.paused_until() == {"xa-a": until}
    await store.pledges.set_paused_until("xa-a", None)
    assert await store.pledges.paused_until() == {}
