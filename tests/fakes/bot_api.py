"""A fake Telegram Bot API server on loopback, for end-to-end tests and benchmarks.

The real python-telegram-bot `Application` talks to it over HTTP (point `base_url` at
`server.base_url`), so tests exercise the real transport, the real (de)serialisation and the real
update loop, and assert on what a user would actually see: every call is recorded.

    server = FakeBotApi()
    await server.start()                      # in the test's event loop
    server.push_text(user_id=42, text="/start ABC")
    await server.wait_for(lambda s: len(s.sent_texts(42)) >= 1)
    ...
    await server.stop()

`FakeBotApiThread` runs the same server on its own event loop in a background thread (benchmarks:
the server's work does not share the bot's loop, so latencies are the bot's own).

Answers getMe, getUpdates (long poll on a queue the test feeds, honouring `offset`, so an update not
confirmed is delivered again — like Telegram after a crash), sendMessage, editMessageText,
editMessageReplyMarkup, answerCallbackQuery, setMyCommands, deleteMyCommands, deleteWebhook,
setWebhook, getWebhookInfo, sendDocument, sendPhoto, sendChatAction, close, logOut.

Failures on demand: `fail_next(method, ...)` scripts the next answers of a method (429 with
`parameters.retry_after`, 5xx, 403 "bot was blocked", 400 "chat not found"); `RateLimits` makes the
server enforce Telegram-like send limits (messages per second overall, minimum interval per chat)
and answer 429 when exceeded, counting each violation.

Slowness on demand: `delay_next(method, seconds, ...)` holds the next answers of a method. By default
the call is carried out first and only its answer is late (Telegram did send the message; a client
that gave up meanwhile does not know it); `before_accepting=True` waits first and drops the call when
the client has hung up meanwhile (the request never got through). Each recorded call says whether
its client was gone when the answer was ready (`abandoned`).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any
from urllib.parse import parse_qsl, urlsplit

BOT_ID = 7_000_000_001
BOT_USERNAME = "dondoc_test_bot"
SEND_METHODS = frozenset({"sendMessage", "sendDocument", "sendPhoto"})


@dataclass(frozen=True, slots=True)
class RateLimits:
    """Telegram-like flood limits the server enforces on send methods.

    `time_scale` compresses time for fast benchmarks: with time_scale=10, 30 msg/s becomes 300 msg/s
    of wall clock and a 1 s per-chat interval becomes 0.1 s (the client must be scaled the same way)."""

    global_per_second: float | None = 30.0
    per_chat_interval: float | None = 1.0
    time_scale: float = 1.0


@dataclass(frozen=True, slots=True)
class ScriptedFailure:
    status: int
    description: str
    retry_after: int | None = None


@dataclass(frozen=True, slots=True)
class ScriptedDelay:
    seconds: float
    before_accepting: bool = False


@dataclass(slots=True)
class ApiCall:
    method: str
    params: dict[str, Any]
    files: dict[str, tuple[str, bytes]]
    at: float  # time.monotonic() when the server received it
    status: int = 200
    result: Any = None
    abandoned: bool = False  # the client had hung up when the (delayed) answer was ready

    @property
    def chat_id(self) -> str | None:
        value = self.params.get("chat_id")
        if value is None and isinstance(self.result, dict) and "chat" in self.result:
            value = self.result["chat"]["id"]
        return None if value is None else str(value)

    @property
    def ok(self) -> bool:
        return self.status == 200

    @property
    def text(self) -> str:
        return str(self.params.get("text") or self.params.get("caption") or "")

    @property
    def buttons(self) -> list[list[dict[str, Any]]]:
        """The inline keyboard rows of this call, [] when none."""
        markup = self.params.get("reply_markup")
        if isinstance(markup, dict):
            rows: list[list[dict[str, Any]]] = markup.get("inline_keyboard", [])
            return rows
        return []

    def button(self, label_part: str) -> dict[str, Any]:
        """The first button whose label contains label_part (case-insensitive)."""
        for row in self.buttons:
            for button in row:
                if label_part.lower() in button["text"].lower():
                    return button
        raise KeyError(f"no button with {label_part!r} in {self.buttons}")


def _user(user_id: int, first_name: str = "") -> dict[str, Any]:
    return {"id": user_id, "is_bot": False, "first_name": first_name or f"User{user_id}",
            "language_code": "vi"}


def _private_chat(chat_id: int) -> dict[str, Any]:
    return {"id": chat_id, "type": "private", "first_name": f"User{chat_id}"}


def _decode_param(name: str, value: str) -> Any:
    # PTB sends strings verbatim and JSON-encodes everything else (ints, bools, keyboards)
    if name in ("text", "caption", "callback_query_id", "data", "url", "secret_token", "parse_mode"):
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


class FakeBotApi:
    """The server. All state lives on the event loop the server was started on."""

    def __init__(self, token: str = "123456:TEST-TOKEN", rate_limits: RateLimits | None = None,
                 max_poll_seconds: float = 0.5) -> None:
        self.token = token
        self.rate_limits = rate_limits
        self.max_poll_seconds = max_poll_seconds
        self.calls: list[ApiCall] = []
        self.rate_violations = 0
        self._server: asyncio.AbstractServer | None = None
        self._port = 0
        self._updates: list[dict[str, Any]] = []
        self._new_update = asyncio.Event()
        self._update_ids = itertools.count(1)
        self._message_ids: dict[int, itertools.count[int]] = {}
        self._failures: dict[str, list[ScriptedFailure]] = {}
        self._delays: dict[str, list[ScriptedDelay]] = {}
        self._held = 0  # answers being held back right now
        self._global_sends: list[float] = []  # monotonic times of recent accepted sends (sliding 1 s window)
        self._chat_last_send: dict[str, float] = {}
        self._changed = asyncio.Event()
        self._bot_messages: dict[tuple[int, int], dict[str, Any]] = {}
        self._connections: set[asyncio.Task[None]] = set()

    # ------------------------------------------------------------------ lifecycle
    async def start(self, port: int = 0) -> None:
        self._new_update = asyncio.Event()
        self._changed = asyncio.Event()
        self._server = await asyncio.start_server(self._serve_connection, "127.0.0.1", port)
        self._port = self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            for task in list(self._connections):
                task.cancel()
            for task in list(self._connections):
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
            await self._server.wait_closed()
            self._server = None

    @property
    def port(self) -> int:
        return self._port

    @property
    def base_url(self) -> str:
        """Give this to the bot as `base_url` (PTB appends the token and the method)."""
        return f"http://127.0.0.1:{self._port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://127.0.0.1:{self._port}/file/bot"

    # ------------------------------------------------------------------ feeding updates
    def push_update(self, update: dict[str, Any]) -> dict[str, Any]:
        """Queue a raw update (its update_id is assigned when missing); returns it."""
        if "update_id" not in update:
            update = {"update_id": next(self._update_ids), **update}
        self._updates.append(update)
        self._new_update.set()
        return update

    def push_text(self, user_id: int, text: str, message_id: int | None = None,
                  first_name: str = "") -> dict[str, Any]:
        message_id = message_id if message_id is not None else self._next_user_message_id(user_id)
        message: dict[str, Any] = {
            "message_id": message_id, "date": int(time.time()), "chat": _private_chat(user_id),
            "from": _user(user_id, first_name), "text": text,
        }
        if text.startswith("/"):
            command = text.split()[0]
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        return self.push_update({"message": message})

    def push_edit(self, user_id: int, message_id: int, text: str) -> dict[str, Any]:
        now = int(time.time())
        return self.push_update({"edited_message": {
            "message_id": message_id, "date": now - 5, "edit_date": now, "chat": _private_chat(user_id),
            "from": _user(user_id), "text": text,
        }})

    def push_callback(self, user_id: int, data: str, message: dict[str, Any] | None = None) -> dict[str, Any]:
        """A button press. `message` is the bot message carrying the button (a recorded call's result)."""
        if message is None:
            message = {"message_id": 1, "date": int(time.time()), "chat": _private_chat(user_id),
                       "from": self._me(), "text": "?"}
        return self.push_update({"callback_query": {
            "id": f"cb{next(self._update_ids)}", "from": _user(user_id), "chat_instance": f"ci{user_id}",
            "message": message, "data": data,
        }})

    def push_media(self, user_id: int, kind: str) -> dict[str, Any]:
        """A sticker, photo, voice or document message."""
        media: dict[str, Any] = {
            "sticker": {"file_id": "stk", "file_unique_id": "stk1", "width": 512, "height": 512,
                        "is_animated": False, "is_video": False, "type": "regular"},
            "photo": [{"file_id": "ph", "file_unique_id": "ph1", "width": 90, "height": 90}],
            "voice": {"file_id": "vc", "file_unique_id": "vc1", "duration": 3},
            "document": {"file_id": "doc", "file_unique_id": "doc1", "file_name": "bao-cao.pdf"},
        }
        message = {"message_id": self._next_user_message_id(user_id), "date": int(time.time()),
                   "chat": _private_chat(user_id), "from": _user(user_id), kind: media[kind]}
        return self.push_update({"message": message})

    def _next_user_message_id(self, chat_id: int) -> int:
        counter = self._message_ids.setdefault(chat_id, itertools.count(1))
        return next(counter)

    @property
    def pending_updates(self) -> int:
        return len(self._updates)

    # ------------------------------------------------------------------ scripting failures
    def fail_next(self, method: str, status: int = 429, retry_after: int | None = 1,
                  description: str = "", times: int = 1) -> None:
        """The next `times` calls of `method` fail with this answer (then calls succeed again)."""
        if not description:
            description = {
                429: f"Too Many Requests: retry after {retry_after}",
                403: "Forbidden: bot was blocked by the user",
                400: "Bad Request: chat not found",
            }.get(status, "Internal Server Error")
        failure = ScriptedFailure(status, description, retry_after if status == 429 else None)
        self._failures.setdefault(method, []).extend([failure] * times)

    def delay_next(self, method: str, seconds: float, times: int = 1, before_accepting: bool = False) -> None:
        """The next `times` calls of `method` are answered `seconds` late (see the module docstring)."""
        self._delays.setdefault(method, []).extend([ScriptedDelay(seconds, before_accepting)] * times)

    @property
    def delays_pending(self) -> int:
        """Scripted delays not used yet, plus answers being held back right now (0: all played out,
        every call's `abandoned` is final)."""
        return sum(len(d) for d in self._delays.values()) + self._held
    # ------------------------------------------------------------------ reading what happened
    def calls_of(self, method: str, ok_only: bool = True) -> list[ApiCall]:
        return [c for c in self.calls if c.method == method and (c.ok or not ok_only)]

    def sent(self, chat_id: int | str | None = None) -> list[ApiCall]:
        """Successful sendMessage/sendDocument/sendPhoto/editMessageText calls, optionally to one chat."""
        wanted = None if chat_id is None else str(chat_id)
        return [c for c in self.calls if c.ok and (c.method in SEND_METHODS or c.method == "editMessageText")
                and (wanted is None or c.chat_id == wanted)]

    def sent_texts(self, chat_id: int | str | None = None) -> list[str]:
        return [c.text for c in self.sent(chat_id)]

    def last_sent(self, chat_id: int | str) -> ApiCall:
        sent = self.sent(chat_id)
        if not sent:
            raise AssertionError(f"nothing was sent to {chat_id}")
        return sent[-1]

    async def wait_for(self, condition: Callable[[FakeBotApi], bool], within: float = 10.0) -> None:
        """Wait until condition(server) holds (checked after every call), or fail with what was sent."""
        deadline = asyncio.get_running_loop().time() + within
        while not condition(self):
            remaining = deadline - asyncio.get_running_loop().time()
            if remaining <= 0:
                tail = [(c.method, c.chat_id, c.text[:80]) for c in self.calls[-10:]]
                raise AssertionError(f"timed out waiting; last calls: {tail}")
            self._changed.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), min(remaining, 0.2))

    async def wait_sent(self, chat_id: int | str, count: int, within: float = 10.0) -> list[ApiCall]:
        """Wait until at least `count` messages were sent to the chat; return them all."""
        await self.wait_for(lambda s: len(s.sent(chat_id)) >= count, within)
        return self.sent(chat_id)

    # ------------------------------------------------------------------ HTTP
    async def _serve_connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._connections.add(task)
        try:
            while True:
                request = await self._read_request(reader)
                if request is None:
                    break
                path, headers, body = request
                status, payload = await self._dispatch(path, headers, body, reader)
                data = json.dumps(payload, ensure_ascii=False).encode()
                writer.write(
                    f"HTTP/1.1 {status} {'OK' if status == 200 else 'Error'}\r\n"
                    f"Content-Type: application/json\r\nContent-Length: {len(data)}\r\n"
                    f"Connection: keep-alive\r\n\r\n".encode() + data
                )
                await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.CancelledError):
            pass
        finally:
            self._connections.discard(task)
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()

    async def _read_request(self, reader: asyncio.StreamReader) -> tuple[str, dict[str, str], bytes] | None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
        except (asyncio.IncompleteReadError, ConnectionError):
            return None
        lines = head.decode("latin-1").split("\r\n")
        _method, target, _version = lines[0].split(" ", 2)
        headers = {}
        for line in lines[1:]:
            if ":" in line:
                name, value = line.split(":", 1)
                headers[name.strip().lower()] = value.strip()
        if headers.get("transfer-encoding", "").lower() == "chunked":
            body = b""
            while True:
                size = int((await reader.readuntil(b"\r\n")).strip().split(b";")[0], 16)
                chunk = await reader.readexactly(size + 2)
                if size == 0:
                    break
                body += chunk[:-2]
        else:
            body = await reader.readexactly(int(headers.get("content-length", "0")))
        return urlsplit(target).path, headers, body

    def _parse_body(self, headers: dict[str, str],
                    body: bytes) -> tuple[dict[str, Any], dict[str, tuple[str, bytes]]]:
        content_type = headers.get("content-type", "")
        params: dict[str, Any] = {}
        files: dict[str, tuple[str, bytes]] = {}
        if content_type.startswith("multipart/form-data"):
            message = BytesParser(policy=HTTP).parsebytes(
                f"Content-Type: {content_type}\r\n\r\n".encode() + body)
            for part in message.iter_parts():
                name = part.get_param("name", header="content-disposition")
                filename = part.get_filename()
                payload = part.get_payload(decode=True) or b""
                if filename is not None:
                    files[str(name)] = (filename, payload)
                else:
                    params[str(name)] = _decode_param(str(name), payload.decode("utf-8"))
        elif body:
            for name, value in parse_qsl(body.decode("utf-8"), keep_blank_values=True):
                params[name] = _decode_param(name, value)
        return params, files

    async def _dispatch(self, path: str, headers: dict[str, str], body: bytes,
                        reader: asyncio.StreamReader | None = None) -> tuple[int, dict[str, Any]]:
        prefix = f"/bot{self.token}/"
        if not path.startswith(prefix):
            return 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
        method = path[len(prefix):]
        params, files = self._parse_body(headers, body)
        call = ApiCall(method, params, files, time.monotonic())
        delays = self._delays.get(method)
        delay = delays.pop(0) if delays else None
        if delay is None:
            return await self._carry_out(call)
        self._held += 1
        try:
            if delay.before_accepting:
                await asyncio.sleep(delay.seconds)
                if reader is not None and reader.at_eof():  # the client gave up: the call never got through
                    call.status, call.abandoned = 499, True
                    self.calls.append(call)
                    return 499, {"ok": False, "error_code": 499, "description": "Client Closed Request"}
                return await self._carry_out(call)
            answer = await self._carry_out(call)
            await asyncio.sleep(delay.seconds)  # carried out already; only the answer is late
            call.abandoned = reader is not None and reader.at_eof()
            return answer
        finally:
            self._held -= 1
            self._changed.set()

    async def _carry_out(self, call: ApiCall) -> tuple[int, dict[str, Any]]:
        status, payload = await self._answer(call)
        call.status = status
        call.result = payload.get("result")
        if call.method != "getUpdates" or payload.get("result"):
            self.calls.append(call)
            self._changed.set()
        return status, payload

    def _error(self, failure: ScriptedFailure) -> tuple[int, dict[str, Any]]:
        payload: dict[str, Any] = {"ok": False, "error_code": failure.status,
                                   "description": failure.description}
        if failure.retry_after is not None:
            payload["parameters"] = {"retry_after": failure.retry_after}
        return failure.status, payload

    def _rate_check(self, call: ApiCall) -> ScriptedFailure | None:
        limits = self.rate_limits
        if limits is None or call.method not in SEND_METHODS:
            return None
        now = call.at
        scale = limits.time_scale
        wait = 0.0
        if limits.per_chat_interval:
            interval = limits.per_chat_interval / scale
            last = self._chat_last_send.get(str(call.params.get("chat_id")))
            if last is not None and now - last < interval:
                wait = max(wait, interval - (now - last))
        if limits.global_per_second:
            self._global_sends = [t for t in self._global_sends if now - t < 1.0]
            if len(self._global_sends) >= limits.global_per_second * scale:
                wait = max(wait, 1.0 - (now - self._global_sends[0]))
        if wait > 0:
            self.rate_violations += 1
            # Telegram gives whole seconds, in its own (unscaled) time
            seconds = max(1, math.ceil(wait * scale))
            return ScriptedFailure(429, f"Too Many Requests: retry after {seconds}", seconds)
        self._global_sends.append(now)
        self._chat_last_send[str(call.params.get("chat_id"))] = now
        return None

    def _me(self) -> dict[str, Any]:
        return {"id": BOT_ID, "is_bot": True, "first_name": "Đôn Đốc", "username": BOT_USERNAME,
                "can_join_groups": False, "can_read_all_group_messages": False,
                "supports_inline_queries": False}

    def _bot_message(self, chat_id: int, extra: dict[str, Any]) -> dict[str, Any]:
        counter = self._message_ids.setdefault(-chat_id - 1, itertools.count(100_001))
        message = {"message_id": next(counter), "date": int(time.time()), "chat": _private_chat(chat_id),
                   "from": self._me(), **extra}
        self._bot_messages[(chat_id, message["message_id"])] = message
        return message

    async def _answer(self, call: ApiCall) -> tuple[int, dict[str, Any]]:
        scripted = self._failures.get(call.method)
        if scripted:
            return self._error(scripted.pop(0))
        limited = self._rate_check(call)
        if limited is not None:
            return self._error(limited)
        p = call.params
        method = call.method
        result: Any
        if method == "getMe":
            result = self._me()
        elif method == "getUpdates":
            result = await self._get_updates(p)
        elif method == "sendMessage":
            extra: dict[str, Any] = {"text": p.get("text", "")}
            if p.get("reply_markup"):
                extra["reply_markup"] = p["reply_markup"]
            result = self._bot_message(int(p["chat_id"]), extra)
        elif method in ("editMessageText", "editMessageReplyMarkup"):
            key = (int(p["chat_id"]), int(p["message_id"]))
            original = self._bot_messages.get(key)
            if original is None:
                return self._error(ScriptedFailure(400, "Bad Request: message to edit not found"))
            if method == "editMessageText":
                original["text"] = p.get("text", "")
            original["edit_date"] = int(time.time())
            if p.get("reply_markup"):
                original["reply_markup"] = p["reply_markup"]
            else:
                original.pop("reply_markup", None)
            result = dict(original)
        elif method == "sendDocument":
            name, _ = call.files.get("document", ("file", b""))
            result = self._bot_message(int(p["chat_id"]), {
                "document": {"file_id": f"doc{len(self.calls)}", "file_unique_id": f"d{len(self.calls)}",
                             "file_name": name}, "caption": p.get("caption", "")})
        elif method == "sendPhoto":
            result = self._bot_message(int(p["chat_id"]), {
                "photo": [{"file_id": f"ph{len(self.calls)}", "file_unique_id": f"p{len(self.calls)}",
                           "width": 800, "height": 600}], "caption": p.get("caption", "")})
        elif method in ("answerCallbackQuery", "setMyCommands", "deleteMyCommands", "deleteWebhook",
                        "setWebhook", "sendChatAction", "close", "logOut"):
            result = True
        elif method == "getWebhookInfo":
            result = {"url": "", "has_custom_certificate": False, "pending_update_count": len(self._updates)}
        else:
            return 404, {"ok": False, "error_code": 404, "description": "Not Found: method not found"}
        return 200, {"ok": True, "result": result}

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        if offset:
            # an offset confirms every update below it: Telegram forgets them
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
        timeout = min(float(params.get("timeout") or 0), self.max_poll_seconds)
        if not self._updates and timeout > 0:
            self._new_update.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._new_update.wait(), timeout)
        return self._updates[:limit]


class FakeBotApiThread:
    """The same server on its own event loop in a daemon thread. Feed and read it from any thread:
    pushes are marshalled onto the server's loop; `calls` is appended only by the server loop."""

    def __init__(self, **kwargs: Any) -> None:
        self.server = FakeBotApi(**kwargs)
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="fake-bot-api", daemon=True)

    def start(self) -> FakeBotApi:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self.server.start(), self._loop).result(10)
        return self.server

    def call(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run fn(*args) on the server's loop, return its result: `call(server.push_text, 1, "hi")`."""
        async def run() -> Any:
            return fn(*args, **kwargs)

        return asyncio.run_coroutine_threadsafe(run(), self._loop).result(10)

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            asyncio.run_coroutine_threadsafe(self.server.stop(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()
