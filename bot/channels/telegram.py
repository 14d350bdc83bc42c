"""The Telegram channel: the only module that imports `telegram`.

It turns PTB updates into plain `Incoming`s, hands them to the conversation core
(handlers.router.handle) and renders the `Reply`s it gets back: inline keyboards for buttons,
editMessageText when a reply replaces the message whose button was pressed, documents and photos.
`TelegramSender` is the `ChannelSender` the reminders outbox sends through.

Nothing is lost (durable inbox, store.inbox): Telegram forgets an update as soon as the next
getUpdates carries a higher offset, and PTB sends that next getUpdates while the batch is still being
processed. So `InboxBot.get_updates` writes the whole fetched batch to the inbox in one transaction
before returning it (in webhook mode `InboxQueue.put` writes each update before PTB answers 200).
After the core handled an update its replies are kept in the inbox before any is sent; each sent
reply is counted; the row is marked handled with the last one. At start-up every row not handled is
fed again before polling resumes: replies already kept are sent (only those not sent yet), otherwise
the update goes through the core again, which recognises a message it stored and never records it
twice. A redelivered update already in the inbox is dropped at the queue. While the bot runs, a row
left unhandled by a failure (replies that could not be sent through the retries, the store busy past
its retries) is fed again every REFEED_SECONDS, so a slow chat API or a locked database delays an
answer but does not park it until the next start.

Guarantee: every update Telegram delivered is stored and handled exactly once (one message row, one
outcome); every reply is sent at least once; a reply is sent twice only when the process died
between Telegram accepting that reply and the inbox counting it (or a send timed out after Telegram
had in fact accepted it). When the process died after the core's last write but before the replies
were kept, the restart answers with what the message recorded (router `restate`), not the first text.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
from collections.abc import Awaitable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from telegram import BotCommand, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Message, Update
from telegram.constants import MessageLimit
from telegram.error import BadRequest, Forbidden, InvalidToken, NetworkError, RetryAfter, TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    BaseUpdateProcessor,
    CallbackQueryHandler,
    ContextTypes,
    ExtBot,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.request import HTTPXRequest

from bot.channels.base import PermanentError, RetryLater, TransientError
from bot.channels.inbox import decode_replies, encode_replies
from bot.clock import Clock, SystemClock
from bot.settings import Settings
from bot.store import InboxItem, Store
from bot.store.db import StoreBusyError
from handlers.context import Services
from handlers.types import Incoming, IncomingKind, Reply

# PTB 22 warns on every RetryAfter unless time periods are opted in as timedelta (its future
# default; PTB reads the variable at run time); warnings are errors in our tests, and we want the timedelta.
os.environ.setdefault("PTB_TIMEDELTA", "1")

log = logging.getLogger(__name__)
CHANNEL = "telegram"
ALLOWED_UPDATES = ["message", "edited_message", "callback_query"]
MAX_CONCURRENT_UPDATES = 64
INBOX_KEEP = timedelta(days=7)  # handled inbox rows older than this are pruned at start-up
# an inbox row left unhandled (and not in the works) this long is fed again while the bot runs
REFEED_SECONDS = 30.0


# ------------------------------------------------------------------------------------ updates in
def to_incoming(update: Update, received_at: Any) -> Incoming | None:
    """A PTB update → the core's Incoming; None for what the bot ignores (groups, channels, joins)."""
    update_id = str(update.update_id)
    query = update.callback_query
    if query is not None:
        message = query.message
        chat_id = message.chat.id if message is not None else query.from_user.id
        return Incoming(
            CHANNEL,
            str(chat_id),
            str(query.from_user.id),
            received_at,
            IncomingKind.BUTTON,
            button_data=query.data or "",
            update_id=update_id,
            message_id=str(message.message_id) if message is not None else None,
            sender_name=query.from_user.full_name,
        )
    edited = update.edited_message
    message = edited or update.message
    if message is None or message.from_user is None or message.chat.type != "private":
        return None
    common: dict[str, Any] = {
        "channel": CHANNEL,
        "chat_id": str(message.chat.id),
        "sender_id": str(message.from_user.id),
        "received_at": received_at,
        "update_id": update_id,
        "message_id": str(message.message_id),
        "sender_name": message.from_user.full_name,
    }
    if edited is not None:
        return Incoming(kind=IncomingKind.EDIT, text=edited.text or edited.caption or "", **common)
    if message.text is not None:
        return Incoming(kind=IncomingKind.TEXT, text=message.text, **common)
    if message.sticker is not None:
        return Incoming(kind=IncomingKind.STICKER, **common)
    if message.photo:
        return Incoming(kind=IncomingKind.PHOTO, text=message.caption or "", **common)
    if message.voice is not None or message.audio is not None or message.video_note is not None:
        return Incoming(kind=IncomingKind.VOICE, **common)
    if message.document is not None:
        return Incoming(
            kind=IncomingKind.DOCUMENT,
            text=message.caption or "",
            document_name=message.document.file_name,
            **common,
        )
    return Incoming(kind=IncomingKind.OTHER, **common)


# ------------------------------------------------------------------------------------ replies out
def keyboard(reply: Reply) -> InlineKeyboardMarkup | None:
    if not reply.buttons:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(b.label[:64], callback_data=b.data) for b in row] for row in reply.buttons]
    )


def _chunks(text: str) -> list[str]:
    """Telegram's 4096-character limit: split on line breaks, never mid-word when avoidable."""
    limit = MessageLimit.MAX_TEXT_LENGTH
    chunks: list[str] = []
    rest = text or "…"
    while len(rest) > limit:
        cut = rest.rfind("\n", 0, limit)
        cut = cut if cut > limit // 2 else limit
        chunks.append(rest[:cut])
        rest = rest[cut:].lstrip("\n")
    chunks.append(rest)
    return chunks


async def deliver(
    bot: Any, chat_id: str, reply: Reply, edit_message: Message | None = None
) -> Message | None:
    """Send one reply (or edit `edit_message` when the reply replaces it). Returns the last message."""
    target = reply.chat_id or chat_id
    markup = keyboard(reply)
    if reply.attachment is not None:
        attachment = reply.attachment
        file = InputFile(attachment.data, filename=attachment.filename)
        caption = (attachment.caption or reply.text)[: MessageLimit.CAPTION_LENGTH] or None
        if attachment.kind == "photo":
            sent: Message = await bot.send_photo(target, file, caption=caption, reply_markup=markup)
        else:
            sent = await bot.send_document(target, file, caption=caption, reply_markup=markup)
        return sent
    chunks = _chunks(reply.text)
    if reply.replace_previous and edit_message is not None and len(chunks) == 1 and reply.chat_id is None:
        try:
            edited = await bot.edit_message_text(
                chunks[0],
                chat_id=edit_message.chat.id,
                message_id=edit_message.message_id,
                reply_markup=markup,
            )
            return edited if isinstance(edited, Message) else None
        except BadRequest as exc:
            # too old to edit, or identical text: say it in a new message instead
            log.info("edit failed (%s): sending instead", exc.message)
    last: Message | None = None
    for index, chunk in enumerate(chunks):
        last = await bot.send_message(
            target, chunk, reply_markup=markup if index == len(chunks) - 1 else None
        )
    return last


class TelegramSender:
    """`ChannelSender` for Telegram: one send, errors mapped to the outbox's retry policy."""

    name = CHANNEL

    def __init__(self, bot: Any) -> None:
        self.bot = bot

    async def send(self, chat_id: str, reply: Reply) -> str:
        try:
            message = await deliver(self.bot, chat_id, reply)
        except RetryAfter as exc:
            wait = exc.retry_after
            seconds = wait.total_seconds() if hasattr(wait, "total_seconds") else float(wait)
            raise RetryLater(seconds, "Telegram: quá giới hạn gửi") from exc
        except Forbidden as exc:
            raise PermanentError(
                f"Telegram: người nhận đã chặn bot hoặc không cho nhắn ({exc.message})"
            ) from exc
        except BadRequest as exc:
            raise PermanentError(f"Telegram: yêu cầu bị từ chối ({exc.message})") from exc
        except InvalidToken as exc:
            raise PermanentError("Telegram: token không hợp lệ") from exc
        except NetworkError as exc:  # TimedOut, connection errors, 5xx
            raise TransientError(f"Telegram: lỗi mạng tạm thời ({exc.message})") from exc
        except TelegramError as exc:
            raise TransientError(f"Telegram: {exc.message}") from exc
        return str(message.message_id) if message is not None else ""


# ------------------------------------------------------------------------------------ durable inbox
class InboxBot(ExtBot[None]):
    """ExtBot whose getUpdates keeps the fetched batch in the inbox (one transaction) before PTB
    sees it — and so before PTB's next getUpdates confirms it to Telegram."""

    __slots__ = ("_wiring",)  # PTB freezes bots: only underscore attributes may be set later

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._wiring: TelegramBot | None = None

    def keep_in(self, wiring: TelegramBot) -> None:
        self._wiring = wiring

    async def get_updates(self, *args: Any, **kwargs: Any) -> tuple[Update, ...]:
        updates = await super().get_updates(*args, **kwargs)
        if updates and self._wiring is not None:
            try:
                await self._wiring.keep_batch(updates)
            except StoreBusyError as exc:
                # not kept, so not confirmed (Telegram redelivers the batch): as a NetworkError PTB's
                # polling loop backs off before asking again, instead of logging "data not processed"
                # as critical and hammering the locked database at once
                raise NetworkError(f"inbox busy: {exc}") from exc
        return updates


class InboxQueue(asyncio.Queue[object]):
    """PTB's update queue. Polling and webhook both `await put(update)`; here an update the inbox
    already had is dropped (it is handled, or being handled, already), and one not kept yet (webhook)
    is written first — PTB's webhook handler answers Telegram only after `put` returns."""

    def __init__(self) -> None:
        super().__init__()
        self.wiring: TelegramBot | None = None

    async def put(self, item: object) -> None:
        if isinstance(item, Update) and self.wiring is not None and not await self.wiring.admit(item):
            return
        await super().put(item)


# ------------------------------------------------------------------------------------ processing
class PerChatUpdateProcessor(BaseUpdateProcessor):
    """Updates of different chats run concurrently; updates of one chat run in arrival order,
    so an edit never overtakes the message it edits and a button never overtakes its reply."""

    def __init__(self, max_concurrent_updates: int = MAX_CONCURRENT_UPDATES) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: dict[object, asyncio.Lock] = {}
        self._users: dict[object, int] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key: object = None
        if isinstance(update, Update) and update.effective_chat is not None:
            key = update.effective_chat.id
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._users[key] = self._users.get(key, 0) + 1
        try:
            async with lock:
                await coroutine
        finally:
            self._users[key] -= 1
            if self._users[key] == 0:  # forget idle chats: memory follows active chats only
                del self._users[key]
                del self._locks[key]

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass


@dataclass
class TelegramBot:
    """The wiring between PTB and the core: owns the store when it opened it."""

    settings: Settings
    db_path: Path | None = None
    services: Services | None = None
    pledges: Path | None = None
    clock: Clock | None = None
    owns_store: bool = False
    with_reminders: bool = False
    handled: int = field(default=0)
    replayed: int = field(default=0)
    reminders: Any = None
    # update id → its inbox row, for updates fed again at start-up (not yet processed)
    _replays: dict[str, InboxItem] = field(default_factory=dict)
    # verdicts on fetched updates, consumed by InboxQueue.put: new → processed, already kept → dropped
    _fresh: set[str] = field(default_factory=set)
    _seen: set[str] = field(default_factory=set)
    # update ids queued or being processed: the refeed sweep leaves them alone
    _pending: set[str] = field(default_factory=set)
    # update ids whose sender was already told the store is busy (told once per update)
    _busy_told: set[str] = field(default_factory=set)
    _refeeder: asyncio.Task[None] | None = None

    async def post_init(self, application: Application[Any, Any, Any, Any, Any, Any]) -> None:
        """Open the store (unless given one), import pledges if asked, feed again what the inbox holds
        unhandled (before polling resumes), publish the command menu, start reminders."""
        if self.services is None:
            assert self.db_path is not None
            store = await Store.open(self.db_path)
            self.owns_store = True
            self.services = Services(self.settings, store, self.clock or SystemClock(self.settings.tz))
            from bot.commands.run import import_pledges_if_needed

            await import_pledges_if_needed(store, self.settings, self.pledges, "telegram")
        await self.replay_inbox(application)
        if isinstance(application.bot, InboxBot):
            application.bot.keep_in(self)
        if isinstance(application.update_queue, InboxQueue):
            application.update_queue.wiring = self
        from handlers.commands import menu

        await application.bot.set_my_commands([BotCommand(name, text) for name, text in menu()])
        if self.with_reminders:
            await self._start_reminders(application)
        self._refeeder = asyncio.create_task(self._refeed_loop(application), name="dondoc-inbox-refeed")

    async def _start_reminders(self, application: Application[Any, Any, Any, Any, Any, Any]) -> None:
        try:
            from reminders.scheduler import start_reminders
        except ImportError:  # a build without reminders: the bot still answers
            log.warning("reminders unavailable: the bot runs without them")
            return
        assert self.services is not None
        self.reminders = await start_reminders(self.services, TelegramSender(application.bot))
        log.info("reminders started")

    async def post_stop(self, application: Application[Any, Any, Any, Any, Any, Any]) -> None:
        """Updates in flight have finished (Application.stop waits for them); stop reminders while the
        HTTP client is still open, so a reminder being sent completes."""
        if self._refeeder is not None:
            refeeder, self._refeeder = self._refeeder, None
            refeeder.cancel()
            await asyncio.gather(refeeder, return_exceptions=True)
        if self.reminders is not None:
            reminders, self.reminders = self.reminders, None
            await reminders.shutdown()

    async def post_shutdown(self, application: Application[Any, Any, Any, Any, Any, Any]) -> None:
        await self.post_stop(application)
        if self.owns_store and self.services is not None:
            await self.services.store.close()

    # ---------------------------------------------------------------- inbox
    async def replay_inbox(self, application: Application[Any, Any, Any, Any, Any, Any]) -> int:
        """Queue every inbox row not handled yet, oldest first; returns how many."""
        assert self.services is not None
        inbox = self.services.store.inbox
        await inbox.prune(self.services.clock.now() - INBOX_KEEP)
        items = await inbox.unhandled(CHANNEL)
        for item in items:
            try:
                update = Update.de_json(json.loads(item.payload), application.bot)
            except (ValueError, TypeError, KeyError) as exc:  # unreadable: never loop on it
                log.error("inbox update %s unreadable (%s): skipped", item.update_id, exc)
                await inbox.mark_handled(CHANNEL, item.update_id, self.services.clock.now())
                continue
            self._replays[item.update_id] = item
            self._pending.add(item.update_id)
            application.update_queue.put_nowait(update)  # put_nowait: not through the inbox gate
        if items:
            log.info("inbox: %d update(s) fetched before the last stop fed again", len(items))
        self.replayed += len(items)
        return len(items)

    async def refeed_stalled(self, application: Application[Any, Any, Any, Any, Any, Any]) -> int:
        """Queue again the unhandled rows nobody is working on, received over REFEED_SECONDS ago (a
        reply the retries could not send, a message deferred because the store was busy); returns
        how many. Rows still queued or in flight are in `_pending` and left alone; the age keeps a
        row just written by `keep_batch` (not yet marked pending) out of reach."""
        assert self.services is not None
        now = self.services.clock.now()
        count = 0
        for item in await self.services.store.inbox.unhandled(CHANNEL):
            if item.update_id in self._pending or (now - item.received_at).total_seconds() < REFEED_SECONDS:
                continue
            try:
                update = Update.de_json(json.loads(item.payload), application.bot)
            except (ValueError, TypeError, KeyError):
                continue  # replay_inbox marks it handled at the next start
            self._replays[item.update_id] = item
            self._pending.add(item.update_id)
            application.update_queue.put_nowait(update)
            count += 1
        if count:
            log.info("inbox: %d unfinished update(s) fed again", count)
        return count

    async def _refeed_loop(self, application: Application[Any, Any, Any, Any, Any, Any]) -> None:
        while True:
            await asyncio.sleep(REFEED_SECONDS)
            try:
                await self.refeed_stalled(application)
            except Exception as exc:  # the store busy too: try again at the next round
                log.warning("inbox refeed failed: %r", exc)

    async def keep_batch(self, updates: Sequence[Update]) -> None:
        """Write a fetched batch to the inbox; remember which ids were new for the queue gate."""
        assert self.services is not None
        rows = [(str(u.update_id), u.to_json()) for u in updates]
        fresh = await self.services.store.inbox.receive(CHANNEL, rows, self.services.clock.now())
        self._pending.update(fresh)
        for update_id, _ in rows:
            (self._fresh if update_id in fresh else self._seen).add(update_id)

    async def admit(self, update: Update) -> bool:
        """The queue gate: True when this update is to be processed now."""
        key = str(update.update_id)
        if key in self._fresh:
            self._fresh.discard(key)
            return True
        if key in self._seen:
            self._seen.discard(key)
            log.info("update %s is already in the inbox: not processed again", key)
            return False
        if self.services is None:
            return True
        # webhook (or anything not fetched by InboxBot): kept before Telegram is answered
        now = self.services.clock.now()
        if key in await self.services.store.inbox.receive(CHANNEL, [(key, update.to_json())], now):
            self._pending.add(key)
            return True
        return False

    # ---------------------------------------------------------------- processing
    async def on_update(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Every message, edit and button press: answer the button, run the core, keep the replies,
        send them, mark the inbox row handled."""
        key = str(update.update_id)
        try:
            await self._process(update, context, key)
        finally:
            self._pending.discard(key)  # finished, or failed: then the refeed sweep takes it again

    async def _process(self, update: Update, context: ContextTypes.DEFAULT_TYPE, key: str) -> None:
        from handlers.router import HandlingDeferred, handle

        assert self.services is not None
        inbox = self.services.store.inbox
        replay = self._replays.pop(key, None)
        received_at = replay.received_at if replay is not None else self.services.clock.now()
        incoming = to_incoming(update, received_at)
        query = update.callback_query
        if query is not None and replay is None:
            try:
                await query.answer()  # stop the client's spinner first: the core may take a moment
            except TelegramError as exc:
                log.info("answerCallbackQuery failed: %s", exc)
        if incoming is None:
            await inbox.mark_handled(CHANNEL, key, self.services.clock.now())
            return
        if replay is not None and replay.replies is not None:
            replies, first = decode_replies(replay.replies), replay.replies_sent
        else:
            # fed again without kept replies: the core handles it again if it had not finished,
            # or says again what it recorded if it had (it never records a message twice)
            try:
                replies = await handle(self.services, incoming, restate=replay is not None, defer_when_busy=True)
            except HandlingDeferred as deferred:
                # the row stays unhandled: the refeed sweep brings it back; say so once, not per try
                if key not in self._busy_told:
                    self._busy_told.add(key)
                    for reply in deferred.replies:
                        with contextlib.suppress(TelegramError):
                            await deliver_retrying(context.bot, incoming.chat_id, reply, None)
                return
            first = 0
            await inbox.save_replies(
                CHANNEL, key, encode_replies(replies), self.services.clock.now(), handled=not replies
            )
        edit_target = query.message if query is not None and isinstance(query.message, Message) else None
        for index in range(first, len(replies)):
            reply = replies[index]
            try:
                await deliver_retrying(
                    context.bot, incoming.chat_id, reply, edit_target if reply.replace_previous else None
                )
            except (BadRequest, Forbidden, InvalidToken) as exc:
                # blocked, chat gone: resending cannot help, so it counts as done (logged)
                log.warning("reply to chat %s refused by Telegram (%s): dropped", incoming.chat_id, exc.message)
            # a send still failing after the retries raises: the row stays unhandled, the next start resends
            await inbox.mark_sent(
                CHANNEL, key, index + 1, self.services.clock.now(), handled=index + 1 == len(replies)
            )
        self._busy_told.discard(key)
        self.handled += 1

    async def on_ignored(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Updates no handler takes (group chats, channel posts): done, so they are not fed again."""
        assert self.services is not None
        self._replays.pop(str(update.update_id), None)
        self._pending.discard(str(update.update_id))
        await self.services.store.inbox.mark_handled(CHANNEL, str(update.update_id), self.services.clock.now())

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        log.error(
            "update %s failed: %r", getattr(update, "update_id", "?"), context.error, exc_info=context.error
        )


REPLY_ATTEMPTS = 4


async def deliver_retrying(bot: Any, chat_id: str, reply: Reply, edit_message: Message | None) -> Message | None:
    """`deliver`, retried on transient failures (5xx, timeouts, connection errors) with backoff: the
    incoming message is already stored and will not be redelivered, so a reply dropped here is lost.
    (429 is retried inside the rate limiter; a BadRequest or Forbidden will not get better.)"""
    for attempt in range(REPLY_ATTEMPTS):
        try:
            return await deliver(bot, chat_id, reply, edit_message)
        except (BadRequest, Forbidden, InvalidToken):
            raise
        except NetworkError as exc:
            if attempt == REPLY_ATTEMPTS - 1:
                raise
            log.warning("reply to chat %s failed (%s): retrying", chat_id, exc)
            await asyncio.sleep(0.5 * 2**attempt)
    return None


def build_application(
    settings: Settings,
    token: str,
    *,
    db_path: Path | None = None,
    services: Services | None = None,
    pledges: Path | None = None,
    overall_max_rate: float | None = None,
    max_concurrent_updates: int = MAX_CONCURRENT_UPDATES,
    with_reminders: bool = False,
    read_timeout: float | None = None,
) -> tuple[Application[Any, Any, Any, Any, Any, Any], TelegramBot]:
    """The PTB Application for dondoc. Pass `services` to share an open store (tests), or `db_path`
    to let the application open and close it. `overall_max_rate` defaults to the configured global
    send rate (Telegram allows about 30 messages per second). `with_reminders` starts the reminders
    service (reminders.scheduler.start_reminders) once the store is open, sending through this bot.
    `read_timeout`: seconds to wait for a Bot API answer (PTB's default, 5 s, when None; getUpdates
    adds its long-poll time); tests of a slow API shorten it."""
    wiring = TelegramBot(
        settings, db_path=db_path, services=services, pledges=pledges, with_reminders=with_reminders
    )
    rate = overall_max_rate or settings.reminders.global_rate_per_second
    read = 5.0 if read_timeout is None else read_timeout  # 5.0: PTB's own default
    bot = InboxBot(
        token,
        base_url=settings.telegram.base_url,
        base_file_url=settings.telegram.base_file_url,
        request=HTTPXRequest(connection_pool_size=max(8, max_concurrent_updates // 2), read_timeout=read),
        get_updates_request=HTTPXRequest(connection_pool_size=1, read_timeout=read),
        # honours 429 retry_after by waiting and retrying, and keeps us under the global send rate
        rate_limiter=AIORateLimiter(overall_max_rate=rate, max_retries=3),
    )
    application = (
        ApplicationBuilder()
        .bot(bot)
        .update_queue(InboxQueue())
        .concurrent_updates(PerChatUpdateProcessor(max_concurrent_updates))
        .post_init(wiring.post_init)
        .post_stop(wiring.post_stop)
        .post_shutdown(wiring.post_shutdown)
        .build()
    )
    # --- handlers: one block. Private chats only; every kind of message goes to the one core. ---
    private = filters.ChatType.PRIVATE
    application.add_handler(MessageHandler(private & filters.UpdateType.MESSAGE, wiring.on_update))
    application.add_handler(MessageHandler(private & filters.UpdateType.EDITED_MESSAGE, wiring.on_update))
    application.add_handler(CallbackQueryHandler(wiring.on_update))
    application.add_handler(TypeHandler(Update, wiring.on_ignored))  # last: what no handler above took
    application.add_error_handler(wiring.on_error)
    return application, wiring


def _quiet_http_logs() -> None:
    # httpx logs every request URL at INFO, and Bot API URLs contain the token
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)


def run_bot(settings: Settings, token: str, db_path: Path, pledges: Path | None = None) -> None:
    """`dondoc run` with a token: long polling (default) or webhook; Ctrl+C / SIGTERM stop gracefully
    (PTB stops fetching, finishes the updates in flight, then post_shutdown closes the store)."""
    try:
        from bot.logging_setup import configure_logging

        configure_logging(settings)
    except (ImportError, TypeError):
        logging.basicConfig(
            level=settings.bot.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
        )
    _quiet_http_logs()
    application, _ = build_application(settings, token, db_path=db_path, pledges=pledges, with_reminders=True)
    if settings.telegram.mode == "webhook":
        secret = settings.webhook_secret()
        if not settings.telegram.webhook_url or not secret:
            raise SystemExit(
                "Chế độ webhook cần telegram.webhook_url và mã bí mật (DONDOC_TELEGRAM__WEBHOOK_SECRET)."
            )
        log.info("webhook mode on %s:%s", settings.telegram.webhook_listen, settings.telegram.webhook_port)
        application.run_webhook(
            listen=settings.telegram.webhook_listen,
            port=settings.telegram.webhook_port,
            url_path="telegram",
            webhook_url=settings.telegram.webhook_url,
            secret_token=secret,
            allowed_updates=ALLOWED_UPDATES,
        )
        return
    log.info("long polling")
    application.run_polling(allowed_updates=ALLOWED_UPDATES, drop_pending_updates=False)


__all__: Sequence[str] = [
    "InboxBot",
    "InboxQueue",
    "TelegramBot",
    "TelegramSender",
    "build_application",
    "deliver",
    "run_bot",
    "to_incoming",
]
