"""The conversation core: one plain `Incoming` in, plain `Reply` objects out. No chat platform here.

Order of work for every message, and why:
1. store it raw (with the channel's update id): nothing a user sent is ever lost, and a redelivered
   update (after a crash) is recognised and not handled twice;
2. the guard (handlers.guard, flood control and limits) may answer instead;
3. who is this? a stranger only gets registration; a known official gets the features, each of which
   scopes what it shows or changes to that official (or, for leaders, their subtree);
4. dispatch: button → its feature (data re-checked against the presser), edit → correction,
   /command → the command table, an answer to an open question → that question, else a report.
"""

from __future__ import annotations

import logging
import re

from bot.models import Official
from bot.store import IncomingRecord, StoredMessage
from bot.store.db import StoreBusyError
from handlers import commands, register, report, texts
from handlers.context import Services
from handlers.types import Incoming, IncomingKind, Reply

log = logging.getLogger(__name__)

_COMMAND = re.compile(r"^/([A-Za-z_]+)(?:@\w+)?(?:\s+(.*))?$", re.DOTALL)
_BUTTON = re.compile(r"^([a-z]{1,2}):(\d{1,12})(?::(\d{1,2}))?$")
_TYPED_UNDO = frozenset({"hoan tac", "hoantac", "undo"})



class HandlingDeferred(Exception):
    """Raised by `handle(..., defer_when_busy=True)`: the store stayed busy, nothing about this
    message was finished (it may be stored raw, without an outcome); the channel keeps the update,
    tells the sender `replies` and feeds the update to `handle` again later."""

    def __init__(self, replies: list[Reply]) -> None:
        super().__init__("store busy: handling deferred")
        self.replies = replies


def _record_kind(incoming: Incoming) -> str:
    if incoming.kind is IncomingKind.TEXT:
        return "command" if incoming.text.startswith("/") else "text"
    if incoming.kind is IncomingKind.BUTTON:
        return "callback"
    if incoming.kind is IncomingKind.EDIT:
        return "edit"
    return str(incoming.kind)


def _stored_text(incoming: Incoming) -> str:
    if incoming.kind is IncomingKind.BUTTON:
        return incoming.button_data or ""
    if incoming.kind is IncomingKind.DOCUMENT:
        return incoming.text or (incoming.document_name or "")
    if incoming.kind is IncomingKind.TEXT:
        from handlers.guard import mask_invite_code

        return mask_invite_code(incoming.text)  # an invite code is a credential: never stored in clear
    return incoming.text


async def _guard(services: Services, incoming: Incoming) -> list[Reply] | None:
    """The trust engineer's gate (flood control, limits), when present."""
    try:
        from handlers import guard
    except ImportError:
        return None
    return await guard.check(services, incoming)


async def handle(
    services: Services, incoming: Incoming, *, restate: bool = False, defer_when_busy: bool = False
) -> list[Reply]:
    """Everything the bot does with one incoming message; returns what to send back.

    `restate`: the channel lost the answer to an update the core already finished (a crash after
    the core's last write, before the channel kept the replies): say again what was recorded
    instead of staying silent — without handling it a second time.

    When the store stays busy (another process holding the write lock) the message is left without
    an outcome, so handling it again later does the whole job once (like after a crash):
    `defer_when_busy` (a channel that keeps the update and feeds it again) → HandlingDeferred;
    otherwise the sender is asked to send it again."""
    try:
        return await _handle_once(services, incoming, restate)
    except StoreBusyError:
        log.warning("store busy: update %s not handled now", incoming.update_id)
        if defer_when_busy:
            raise HandlingDeferred([Reply(texts.BUSY_KEPT)]) from None
        return [Reply(texts.BUSY_RESEND)]


async def _handle_once(services: Services, incoming: Incoming, restate: bool) -> list[Reply]:
    store = services.store
    official_id = await store.people.official_id_for(incoming.channel, incoming.sender_id)
    edit_of = None
    original = None
    if incoming.kind is IncomingKind.EDIT and incoming.message_id is not None:
        original = await store.progress.original_message(
            incoming.channel, incoming.chat_id, incoming.message_id
        )
        edit_of = original.id if original else None
    message_id, is_new = await store.progress.record_message(
        IncomingRecord(
            channel=incoming.channel,
            chat_id=incoming.chat_id,
            sender_external_id=incoming.sender_id,
            text=_stored_text(incoming),
            received_at=incoming.received_at,
            kind=_record_kind(incoming),
            official_id=official_id,
            external_update_id=incoming.update_id,
            external_message_id=incoming.message_id,
            edit_of=edit_of,
        )
    )
    if not is_new:
        stored = await store.progress.message(message_id)
        if stored is not None and stored.parse_status is not None:
            log.info("update %s already handled (message %s): skipped", incoming.update_id, message_id)
            return await _restate(services, message_id) if restate else []
    try:
        replies = await _handle(services, incoming, official_id, message_id, original)
    except StoreBusyError:
        raise  # not a fault of this message: it gets no outcome, and is handled again later
    except Exception:
        log.exception("handling message %s failed", message_id)
        await store.progress.set_parse_result(message_id, "error", {})
        return [Reply(texts.ERROR)]
    stored = await store.progress.message(message_id)
    if stored is not None and stored.parse_status is None:
        await store.progress.set_parse_result(message_id, "handled", {})
    return replies


async def _restate(services: Services, message_id: int) -> list[Reply]:
    """What a finished message recorded, read back from the store (nothing is written)."""
    recorded = await services.store.progress.updates_for_message(message_id)
    if recorded:
        return [await report.recorded_reply(services, texts.RECORDED_ALREADY, message_id, recorded)]
    return [Reply(texts.HANDLED_ALREADY)]


async def _handle(
    services: Services,
    incoming: Incoming,
    official_id: str | None,
    message_id: int,
    original: StoredMessage | None,
) -> list[Reply]:
    gated = await _guard(services, incoming)
    if gated is not None:
        await services.store.progress.set_parse_result(message_id, "refused", {})
        return gated
    me = await services.store.pledges.official(official_id) if official_id else None
    text = incoming.text.strip()
    command = _COMMAND.match(text) if incoming.kind is IncomingKind.TEXT else None
    if command and command.group(1).lower() == "start":
        return await register.cmd_start(services, incoming, me, command.group(2) or "")
    if me is None:
        if incoming.kind is IncomingKind.BUTTON:
            return [Reply(texts.BUTTON_REFUSED)]
        return await register.stranger(services, incoming)

    if incoming.kind is IncomingKind.BUTTON:
        return await _on_button(services, incoming, me, incoming.button_data or "", message_id)
    if incoming.kind is IncomingKind.EDIT:
        return await report.on_edit(services, incoming, me, message_id, original)
    if incoming.kind is not IncomingKind.TEXT:
        return [Reply(texts.NOTHING_TO_RECORD)]
    if command:
        found = commands.BY_NAME.get(command.group(1).lower())
        if found is None:
            return [Reply(texts.UNKNOWN_COMMAND.format(command="/" + command.group(1)[:30]))]
        if found.run is commands.cmd_undo:  # the one command that changes progress: undo at most once
            return await report.cmd_undo(services, incoming, me, "", invoking_message_id=message_id)
        return await found.run(services, incoming, me, command.group(2) or "")

    folded = report.fold_text(text)
    pending = await services.store.progress.latest_open_pending(me.id)
    if pending is not None:
        answered = await report.on_pending_text(services, me, pending, text, message_id)
        if answered is not None:
            return answered
    if folded in _TYPED_UNDO:
        return await report.cmd_undo(services, incoming, me, "", invoking_message_id=message_id)
    fix_args = report.typed_fix_args(text)
    if fix_args is not None:
        return await report.typed_fix(services, me, fix_args, message_id)
    return await report.on_text(services, incoming, me, message_id)


async def _on_button(
    services: Services, incoming: Incoming, me: Official, data: str, message_id: int
) -> list[Reply]:
    """Button data is never trusted: each feature re-checks that its target belongs to the presser."""
    if data.startswith("ld:"):
        return await commands.leader_button(services, incoming, me, data)
    match = _BUTTON.match(data)
    if match is None:
        return [Reply(texts.BUTTON_REFUSED)]
    kind, first, second = match.group(1), int(match.group(2)), match.group(3)
    if kind == "u" and second is None:
        return await report.undo_message(services, me, first, replace_previous=True, invoking_message_id=message_id)
    if kind == "f" and second is None:
        return await report.ask_fix(services, me, first)
    if kind == "c" and second is not None:
        return await report.choose(services, me, first, int(second), replace_previous=True)
    return [Reply(texts.BUTTON_REFUSED)]
