"""The authorization matrix: every command, button and CLI action × every role, through the real core.

Two districts (tests/security/two_districts.toml). The victim is «banthi», an official of Xã Bản Thi
under the Minh Sơn district leader. Each role acts on the victim's data (their message, update,
pending question, unit, tasks) with ids taken from the real store — the same ids a forging client
would put in button data. Every case checks three things:

- the outcome is the designed one: SEES (the victim's data is shown), OWN (the action works on the
  actor's own data), CHANGES (the victim's state changes: only the victim or an admin), REFUSED;
- no reply (text, button labels, button data, Excel cells, captions) names anyone outside the
  actor's scope: an official sees themself, a leader their subtree, an admin everyone;
- the victim's state (updates, pending questions, invites, pause, chat binding) is unchanged unless
  the case is CHANGES.
"""

from __future__ import annotations

import asyncio
import io
import shutil
import sqlite3
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.clock import FixedClock
from bot.pledges import load_pledge_file
from bot.settings import Settings, load_settings
from bot.store import Store
from handlers import leader, texts
from handlers.context import Services
from handlers.guard import TEXT_BAD_BUTTON, TEXT_DOCUMENT_NOT_ADMIN
from handlers.router import handle
from handlers.types import Incoming, IncomingKind, Reply

VN = ZoneInfo("Asia/Ho_Chi_Minh")
PLEDGES = Path(__file__).with_name("two_districts.toml")
T0 = datetime(2026, 5, 12, 9, 0, tzinfo=VN)
VICTIM = "banthi"

ROLES: dict[str, str | None] = {
    "stranger": None,
    "owner": "banthi",
    "other_unit": "yenthinh",  # same district, another commune
    "leader": "minhson",  # the victim's district leader
    "other_leader": "dongla",  # another district
    "admin": "quantri",
}
# words that only appear in one official's name, unit or tasks: (name, unit, *task words)
MARKERS: dict[str, tuple[str, ...]] = {
    "minhson": ("Vũ Đức Khải", "huyện Minh Sơn", "Thu ngân sách huyện"),
    "banthi": ("Đinh Thị Mận", "xã Bản Thi", "Nà Khoang", "Khuổi Mạ", "Phja Khao"),
    "yenthinh": ("Lò Văn Pịa", "xã Yên Thịnh", "hộ nghèo xây nhà", "đường giao thông nông thôn"),
    "dongla": ("Sầm Quang Tuyến", "huyện Đồng La", "900 lao động"),
    "tantrao": ("Ma Thị Hương", "xã Tân Trào", "nhà văn hoá thôn"),
    "quantri": ("Hà Minh Tâm", "Văn phòng UBND tỉnh"),
}
TASK_IDS = {"minhson": ("ms-01",), "banthi": ("bt-01", "bt-02", "bt-03"), "yenthinh": ("yt-01", "yt-02"),
            "dongla": ("dl-01",), "tantrao": ("tt-01",), "quantri": ()}
SUBTREE = {"minhson": {"minhson", "banthi", "yenthinh"}, "dongla": {"dongla", "tantrao"}}
LEADER_OF = {"banthi": "minhson", "yenthinh": "minhson", "tantrao": "dongla"}
REFUSALS = (
    texts.UNKNOWN_SENDER, texts.INVITE_INVALID, texts.BUTTON_REFUSED, texts.LEADERS_ONLY, texts.ADMINS_ONLY,
    texts.UNKNOWN_COMMAND.split("«")[0], texts.CHOICE_OUT_OF_RANGE.split("{")[0], leader.NOT_LEADER,
    leader.OUT_OF_SCOPE, leader.STALE_BUTTON, TEXT_BAD_BUTTON, TEXT_DOCUMENT_NOT_ADMIN,
    texts.NOTHING_TO_RECORD, "Không tìm thấy nhiệm vụ", "Không tìm thấy đơn vị", texts.EDIT_NO_ORIGINAL,
)


class Expect(Enum):
    SEES = "sees the victim's data"
    OWN = "works on own data only"
    CHANGES = "changes the victim's state"
    REFUSED = "refused"


@dataclass(frozen=True)
class World:
    """Ids of the victim's things, as they are in the template database."""

    path: Path
    message_id: int  # the victim's report
    external_message_id: str
    update_id: int
    pending_id: int  # an open ambiguous question of the victim
    unit_id: str


def sender(role: str) -> str:
    return f"tg-{role}"


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


def visible_to(role: str) -> set[str]:
    actor = ROLES[role]
    if actor is None:
        return set()
    if role == "admin":
        return set(MARKERS)
    return SUBTREE.get(actor, {actor})


def forbidden(role: str) -> list[str]:
    """Marker words and ids this role must never be shown."""
    seen = visible_to(role)
    actor = ROLES[role]
    words: list[str] = []
    for official, markers in MARKERS.items():
        if official in seen:
            continue
        # an official may see their own leader's name and unit (never their tasks)
        names_ok = actor is not None and LEADER_OF.get(actor) == official
        words += list(markers[2:] if names_ok else markers)
        words += list(TASK_IDS[official])
    return words


def reply_text(replies: list[Reply]) -> str:
    """Everything a user could see or a client could read: texts, buttons, captions, Excel cells."""
    parts: list[str] = []
    for reply in replies:
        parts.append(reply.text)
        for row in reply.buttons:
            for button in row:
                parts += [button.label, button.data]
        if reply.attachment is not None:
            parts += [reply.attachment.filename, reply.attachment.caption]
            if reply.attachment.filename.endswith(".xlsx"):
                from openpyxl import load_workbook

                book = load_workbook(io.BytesIO(reply.attachment.data), read_only=True)
                for sheet in book.worksheets:
                    for row_values in sheet.iter_rows(values_only=True):
                        parts += [str(v) for v in row_values if v is not None]
    return "\n".join(parts)


def victim_state(path: Path) -> tuple[object, ...]:
    conn = sqlite3.connect(path)
    try:
        return (
            conn.execute("SELECT u.id, u.value, u.undone_at FROM updates u JOIN tasks t ON t.id = u.task_id"
                         " WHERE t.official_id = ? ORDER BY u.id", (VICTIM,)).fetchall(),
            conn.execute("SELECT id, kind, resolved_at FROM pending_choices WHERE official_id = ?"
                         " ORDER BY id", (VICTIM,)).fetchall(),
            conn.execute("SELECT COUNT(*) FROM invites WHERE official_id = ?", (VICTIM,)).fetchone(),
            conn.execute("SELECT paused_until, active FROM officials WHERE id = ?", (VICTIM,)).fetchone(),
            conn.execute("SELECT channel, external_id FROM chat_identities WHERE official_id = ?",
                         (VICTIM,)).fetchall(),
            conn.execute("SELECT COUNT(*) FROM tasks").fetchone(),
        )
    finally:
        conn.close()


def settings_for(path: Path) -> Settings:
    return load_settings(None, {}, {"bot": {"db_path": str(path)}})


async def _build(path: Path) -> World:
    store = await Store.open(path)
    clock = FixedClock(T0)
    services = Services(settings_for(path), store, clock)
    await store.pledges.apply_book(load_pledge_file(PLEDGES), "test", T0)
    for role, official in ROLES.items():
        if official is not None:
            await store.people.bind("telegram", sender(role), sender(role), official, T0)
    victim = Incoming("telegram", sender("owner"), sender("owner"), T0, text="#1: đạt 12", message_id="m-1",
                      update_id="setup-1")
    recorded = await handle(services, victim)
    assert recorded and "Đã ghi nhận" in recorded[0].text, recorded
    [update] = await store.progress.recent_updates_by(VICTIM, limit=1)
    assert update.message_id is not None
    ambiguous = Incoming("telegram", sender("owner"), sender("owner"), T0, text="được 12", message_id="m-2",
                         update_id="setup-2")
    asked = await handle(services, ambiguous)
    assert asked and asked[0].buttons, asked
    pending = await store.progress.latest_open_pending(VICTIM)
    assert pending is not None
    official = await store.pledges.official(VICTIM)
    assert official is not None
    await store.close()
    return World(path, update.message_id, "m-1", update.id, pending.id, official.unit_id)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> World:
    path = tmp_path_factory.mktemp("authz") / "template.sqlite3"
    return asyncio.run(_build(path))


# --- the actions -----------------------------------------------------------------------------------

Make = Callable[[World, str], Incoming]


def text(body: str) -> Make:
    def make(world: World, role: str) -> Incoming:
        return Incoming("telegram", sender(role), sender(role), T0, text=body, message_id="m-act",
                        update_id="act")
    return make


def button(template_data: str) -> Make:
    def make(world: World, role: str) -> Incoming:
        data = template_data.format(msg=world.message_id, update=world.update_id, pending=world.pending_id,
                                    unit=world.unit_id)
        return Incoming("telegram", sender(role), sender(role), T0, kind=IncomingKind.BUTTON,
                        button_data=data, update_id="act")
    return make


def edit_victim_message(world: World, role: str) -> Incoming:
    # the edit names the victim's message id; only the victim's own chat can match it
    return Incoming("telegram", sender(role), sender(role), T0, kind=IncomingKind.EDIT, text="#1: đạt 20",
                    message_id=world.external_message_id, update_id="act")


def document(world: World, role: str) -> Incoming:
    return Incoming("telegram", sender(role), sender(role), T0, kind=IncomingKind.DOCUMENT,
                    document_name="cam-ket.toml", document_bytes=PLEDGES.read_bytes()[:200], update_id="act")


S, O, C, R = Expect.SEES, Expect.OWN, Expect.CHANGES, Expect.REFUSED  # noqa: E741 (a table legend)
ROLE_ORDER = ("stranger", "owner", "other_unit", "leader", "other_leader", "admin")

# action name → (how to make it, expectation per role in ROLE_ORDER)
ACTIONS: dict[str, tuple[Make, tuple[Expect, ...]]] = {
    # commands
    "/start": (text("/start"), (R, O, O, O, O, O)),
    "/start wrong code": (text("/start ABCDEFGHJKLMNPQR"), (R, R, R, R, R, R)),
    "/nhiemvu": (text("/nhiemvu"), (R, S, O, O, O, O)),
    "/baocao": (text("/baocao"), (R, O, O, O, O, O)),
    "/lichsu": (text("/lichsu"), (R, S, O, O, O, O)),
    "/lichsu victim task": (text("/lichsu bt-01"), (R, S, R, S, R, S)),
    "/hoantac": (text("/hoantac"), (R, C, O, O, O, O)),
    "report #1": (text("#1: đạt 15"), (R, C, O, O, O, O)),
    "/tiendo": (text("/tiendo"), (R, R, R, S, O, S)),
    "/tiendo victim unit": (text("/tiendo Bản Thi"), (R, R, R, S, R, S)),
    "/tre": (text("/tre"), (R, R, R, S, O, S)),
    "/xuatexcel": (text("/xuatexcel"), (R, R, R, S, O, S)),
    "/trogiup": (text("/trogiup"), (R, O, O, O, O, O)),
    "/tamdung 7": (text("/tamdung 7"), (R, C, O, O, O, O)),
    "/tieptuc": (text("/tieptuc"), (R, O, O, O, O, O)),
    "/gancb victim (admin)": (text("/gancb banthi"), (R, R, R, R, R, C)),
    "edit of the victim's message": (edit_victim_message, (R, C, O, O, O, O)),
    # buttons, with the victim's real ids (what a forging client would send)
    "button undo victim message": (button("u:{msg}"), (R, C, R, R, R, R)),
    "button fix victim update": (button("f:{update}"), (R, C, R, R, R, R)),
    "button choose victim candidate": (button("c:{pending}:1"), (R, C, R, R, R, R)),
    "button cancel victim question": (button("c:{pending}:0"), (R, C, R, R, R, R)),
    "button drill-down victim official": (button("ld:o:banthi"), (R, R, R, S, R, S)),
    "button drill-down victim unit": (button("ld:u:{unit}"), (R, R, R, S, R, S)),
    "button drill-down victim task": (button("ld:t:bt-01"), (R, R, R, S, R, S)),
    "button chart of victim unit": (button("ld:chart:u:{unit}"), (R, R, R, S, R, S)),
    "button leader summary": (button("ld:sum"), (R, R, R, S, O, S)),
    # forged or stale button data
    "button undo nonexistent": (button("u:999999"), (R, R, R, R, R, R)),
    "button choose out of range": (button("c:{pending}:99"), (R, R, R, R, R, R)),
    "button unknown kind": (button("z:{msg}"), (R, R, R, R, R, R)),
    "button undo with extra field": (button("u:{msg}:1"), (R, R, R, R, R, R)),
    "button drill-down path junk": (button("ld:o:../../banthi"), (R, R, R, R, R, R)),
    "button drill-down SQL-ish": (button("ld:u:' OR 1=1 --"), (R, R, R, R, R, R)),
    # CLI-only actions are not reachable from the chat, whatever the role
    "CLI invite via chat": (text("/invite banthi"), (R, R, R, R, R, R)),
    "CLI import via chat": (text("/import cam-ket.toml"), (R, R, R, R, R, R)),
    "CLI backup via chat": (text("/backup /tmp/x"), (R, R, R, R, R, R)),
    "CLI restore via chat": (text("/restore /tmp/x"), (R, R, R, R, R, R)),
    "CLI officials list via chat": (text("/officials"), (R, R, R, R, R, R)),
    "pledge file sent in chat": (document, (R, R, R, R, R, R)),
}
CASES = [(action, role, expectations[i])
         for action, (_, expectations) in ACTIONS.items() for i, role in enumerate(ROLE_ORDER)]


@pytest.mark.parametrize(("action", "role", "expect"), CASES, ids=[f"{a} × {r}" for a, r, _ in CASES])
async def test_authorization_matrix(template: World, tmp_path: Path, action: str, role: str,
                                    expect: Expect) -> None:
    path = tmp_path / "case.sqlite3"
    shutil.copyfile(template.path, path)
    world = World(path, template.message_id, template.external_message_id, template.update_id,
                  template.pending_id, template.unit_id)
    before = victim_state(path)
    store = await Store.open(path)
    try:
        services = Services(settings_for(path), store, FixedClock(T0))
        incoming = ACTIONS[action][0](world, role)
        replies = await handle(services, incoming)
    finally:
        await store.close()
    after = victim_state(path)
    shown = reply_text(replies)
    folded = fold(shown)

    typed = f"{incoming.text} {incoming.button_data or ''}"  # echoing what the actor typed is no leak
    leaks = [w for w in forbidden(role) if w not in typed and (w in shown or fold(w) in folded)]
    assert not leaks, f"{role} was shown {leaks} by {action!r}: {shown[:400]}"
    assert texts.ERROR not in shown, f"the core failed on {action!r} for {role}"

    if expect is Expect.CHANGES:
        assert after != before, f"{action!r} by {role} should have changed the victim's state"
    else:
        assert after == before, f"{action!r} by {role} changed the victim's state"

    if expect is Expect.SEES:
        assert any(fold(w) in folded for w in MARKERS[VICTIM]) or (
            replies and replies[0].attachment is not None), f"{role} should see the victim via {action!r}"
    if expect is Expect.REFUSED:
        assert all(r.attachment is None for r in replies)
        if replies:
            assert any(phrase in replies[0].text for phrase in REFUSALS), \
                f"{action!r} by {role} is not a designed refusal: {replies[0].text!r}"
    if expect in (Expect.OWN, Expect.SEES, Expect.CHANGES):
        assert replies, f"{action!r} by {role} got no answer"
        hard_refusals = (texts.UNKNOWN_SENDER, texts.BUTTON_REFUSED, texts.LEADERS_ONLY, texts.ADMINS_ONLY,
                         leader.NOT_LEADER, leader.OUT_OF_SCOPE)
        assert not any(p in replies[0].text for p in hard_refusals), \
            f"{action!r} by {role} was refused: {replies[0].text!r}"


def test_matrix_covers_every_command_in_the_menu() -> None:
    from handlers.commands import COMMANDS

    typed = {a.split()[0].lstrip("/") for a in ACTIONS if a.startswith("/")}
    assert {c.name for c in COMMANDS} <= typed | {"gancb"}
    assert len(CASES) == len(ACTIONS) * len(ROLE_ORDER)
