"""The gate in front of the conversation core: flood control, message limits, invite slowdown.

`check(services, incoming)` runs before any handler. It returns None to let a message through, or
the replies to send instead (possibly none: a flooding sender gets one polite message, then silence
until their window clears). It never sleeps: a refusal is instant, so one abusive sender costs the
others nothing.

Flood state lives in memory, one `Guard` per store (a process serves one store); a restart forgets
it, which is harmless: the window is a minute.
"""

from __future__ import annotations

import re
import unicodedata
import weakref
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import Enum

from bot.invites import hash_code, looks_like_code
from bot.models import Role
from bot.store import Store
from handlers.context import Services
from handlers.types import Incoming, IncomingKind, Reply

INVITE_FAILURE_WINDOW = timedelta(hours=1)
# Telegram caps callback data at 64 bytes; anything much longer was not made by us
MAX_BUTTON_DATA_CHARS = 128
_START_WITH_ARG = re.compile(r"^/start(?:@\w+)?\s+(\S.*)$", re.IGNORECASE | re.DOTALL)
# control characters a phone keyboard never types (tab, newline and carriage return are fine)
_ALLOWED_CONTROLS = {"\t", "\n", "\r"}

TEXT_FLOOD = (
    "Anh/chị gửi nhanh quá, tôi xin tạm dừng nhận tin khoảng {seconds} giây. "
    "Các tin gửi trong lúc này chưa được ghi nhận — anh/chị vui lòng gửi lại sau ít phút nhé."
)
TEXT_TOO_LONG = (
    "Tin nhắn dài quá ({length} ký tự, tối đa {limit}). "
    "Anh/chị tách thành vài tin ngắn, mỗi tin một việc, giúp tôi nhé."
)
TEXT_EMPTY = "Tôi chưa thấy nội dung tin nhắn. Anh/chị gõ số liệu giúp tôi, ví dụ: «#2: đạt 60»."
TEXT_BINARY = (
    "Tin nhắn có ký tự lạ nên tôi không đọc được. "
    "Anh/chị gõ lại bằng chữ thường giúp tôi, ví dụ: «#2: đạt 60»."
)
TEXT_KIND = {
    IncomingKind.STICKER: (
        "Cảm ơn anh/chị! Để báo cáo, anh/chị gõ số liệu bằng chữ giúp tôi, ví dụ: «#2: đạt 60»."
    ),
    IncomingKind.PHOTO: (
        "Tôi chưa đọc được ảnh. Anh/chị gõ số liệu bằng chữ giúp tôi, ví dụ: «#2: đạt 60»."
    ),
    IncomingKind.VOICE: (
        "Tôi chưa nghe được tin nhắn thoại. Anh/chị gõ số liệu bằng chữ giúp tôi, ví dụ: «#2: đạt 60»."
    ),
    IncomingKind.OTHER: "Tôi chỉ đọc được tin nhắn chữ. Anh/chị gõ số liệu giúp tôi, ví dụ: «#2: đạt 60».",
}
TEXT_DOCUMENT_NOT_ADMIN = (
    "Tôi chưa đọc được tệp gửi qua chat. Anh/chị gõ số liệu bằng chữ giúp tôi, ví dụ: «#2: đạt 60». "
    "Danh sách cam kết do quản trị viên nhập."
)
TEXT_DOCUMENT_TOO_BIG = "Tệp quá lớn ({size}, tối đa {limit}). Anh/chị chia nhỏ tệp rồi gửi lại giúp tôi."
TEXT_BAD_BUTTON = "Nút này không còn dùng được. Anh/chị gõ /trogiup để xem hướng dẫn."
TEXT_INVITE_SLOWDOWN = (
    "Mã mời đã bị nhập sai nhiều lần. Anh/chị thử lại sau khoảng 1 giờ, "
    "hoặc liên hệ quản trị viên để nhận mã mới."
)


class FloodVerdict(Enum):
    ALLOW = "allow"
    WARN = "warn"  # the first refused message of a flood: answer once, politely
    SILENT = "silent"  # later refused messages: no answer until the window clears


@dataclass(slots=True)
class _Window:
    times: deque[float] = field(default_factory=deque)
    warned: bool = False


class FloodGate:
    """A sliding window per sender: at most `max_messages` admitted within `window_seconds`.

    Refused messages do not extend the window, so a sender who keeps hammering is let through
    again as soon as their older admitted messages age out."""

    def __init__(self, max_messages: int, window_seconds: float) -> None:
        if max_messages < 1 or window_seconds <= 0:
            raise ValueError("flood limits must be positive")
        self.max_messages = max_messages
        self.window_seconds = float(window_seconds)
        self._windows: dict[str, _Window] = {}
        self._calls = 0

    def admit(self, sender_key: str, now: datetime) -> FloodVerdict:
        moment = now.timestamp()
        self._calls += 1
        if self._calls % 1024 == 0:
            self._sweep(moment)
        window = self._windows.get(sender_key)
        if window is None:
            window = self._windows[sender_key] = _Window()
        cutoff = moment - self.window_seconds
        while window.times and window.times[0] <= cutoff:
            window.times.popleft()
        if len(window.times) < self.max_messages:
            window.times.append(moment)
            window.warned = False
            return FloodVerdict.ALLOW
        if window.warned:
            return FloodVerdict.SILENT
        window.warned = True
        return FloodVerdict.WARN

    def retry_after_seconds(self, sender_key: str, now: datetime) -> int:
        """Seconds until the sender may send again (for the polite message)."""
        window = self._windows.get(sender_key)
        if window is None or not window.times:
            return 0
        return max(1, int(window.times[0] + self.window_seconds - now.timestamp() + 0.999))

    def tracked_senders(self) -> int:
        return len(self._windows)

    def _sweep(self, moment: float) -> None:
        # forget senders whose whole window has aged out, so memory follows active senders only
        cutoff = moment - self.window_seconds
        stale = [key for key, w in self._windows.items() if not w.times or w.times[-1] <= cutoff]
        for key in stale:
            del self._windows[key]


def text_problem(text: str, max_chars: int) -> str | None:
    """The Vietnamese answer for a text the core must not take, or None when it is fine."""
    if not text.strip():
        return TEXT_EMPTY
    if len(text) > max_chars:
        return TEXT_TOO_LONG.format(length=_vn_int(len(text)), limit=_vn_int(max_chars))
    if looks_binary(text):
        return TEXT_BINARY
    return None


def _vn_int(number: int) -> str:
    return f"{number:,}".replace(",", ".")  # Vietnamese thousands separator: 2.000


def looks_binary(text: str) -> bool:
    """Control characters, lone surrogates or decoding debris: nothing a person typed."""
    for ch in text:
        if ch in _ALLOWED_CONTROLS:
            continue
        category = unicodedata.category(ch)
        if category in ("Cc", "Cs") or ch == "\ufffd":
            return True
    return False


def is_invite_attempt(text: str) -> bool:
    """`/start CODE` (the deep link), or a bare code typed by hand."""
    stripped = text.strip()
    return bool(_START_WITH_ARG.match(stripped)) or looks_like_code(stripped)


def mask_invite_code(text: str) -> str:
    """The text to store for a message that carries an invite code: the code replaced by a short
    prefix of its hash, so the raw message is kept (and can be matched to the invites table) without
    a live code sitting in the database or its backups."""
    stripped = text.strip()
    match = _START_WITH_ARG.match(stripped)
    if match:
        return f"{stripped[:match.start(1)]}[mã mời {hash_code(match.group(1))[:12]}]"
    if looks_like_code(stripped):
        return f"[mã mời {hash_code(stripped)[:12]}]"
    return text


def _human_size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB".replace(".", ",")
    return f"{max(1, size // 1024)} KB"


class Guard:
    """Flood state for one store, plus the checks. Most callers use the module-level `check`."""

    def __init__(self, flood_messages: int, flood_window_seconds: float) -> None:
        self.flood = FloodGate(flood_messages, flood_window_seconds)

    async def check(self, services: Services, incoming: Incoming) -> list[Reply] | None:
        now = services.clock.now()
        sender_key = f"{incoming.channel}:{incoming.sender_id}"
        verdict = self.flood.admit(sender_key, now)
        if verdict is FloodVerdict.SILENT:
            return []
        if verdict is FloodVerdict.WARN:
            seconds = self.flood.retry_after_seconds(sender_key, now)
            return [Reply(TEXT_FLOOD.format(seconds=seconds))]

        limits = services.settings.limits
        kind = incoming.kind
        if kind in TEXT_KIND:
            return [Reply(TEXT_KIND[kind])]
        if kind is IncomingKind.DOCUMENT:
            if not await is_admin(services, incoming):
                return [Reply(TEXT_DOCUMENT_NOT_ADMIN)]
            size = len(incoming.document_bytes or b"")
            if size > limits.max_import_bytes:
                return [Reply(TEXT_DOCUMENT_TOO_BIG.format(size=_human_size(size),
                                                          limit=_human_size(limits.max_import_bytes)))]
            return None
        if kind is IncomingKind.BUTTON:
            data = incoming.button_data or ""
            if not data or len(data) > MAX_BUTTON_DATA_CHARS or looks_binary(data):
                return [Reply(TEXT_BAD_BUTTON)]
            return None
        # text and edits
        problem = text_problem(incoming.text, limits.max_message_chars)
        if problem is not None:
            return [Reply(problem)]
        if kind is IncomingKind.TEXT and is_invite_attempt(incoming.text) and await invite_attempts_blocked(
                services, incoming.channel, incoming.sender_id):
            return [Reply(TEXT_INVITE_SLOWDOWN)]
        return None


_guards: weakref.WeakKeyDictionary[Store, Guard] = weakref.WeakKeyDictionary()


def guard_for(services: Services) -> Guard:
    """The one Guard of this store (created on first use from the settings' limits)."""
    guard = _guards.get(services.store)
    if guard is None:
        limits = services.settings.limits
        guard = _guards[services.store] = Guard(limits.flood_messages, limits.flood_window_seconds)
    return guard


async def check(services: Services, incoming: Incoming) -> list[Reply] | None:
    """None: let the message through. A list: send these replies instead (an empty list: stay silent)."""
    return await guard_for(services).check(services, incoming)


async def is_admin(services: Services, incoming: Incoming) -> bool:
    official_id = await services.store.people.official_id_for(incoming.channel, incoming.sender_id)
    if official_id is None:
        return False
    official = await services.store.pledges.official(official_id)
    return official is not None and official.role is Role.ADMIN


async def invite_attempts_blocked(services: Services, channel: str, sender_id: str) -> bool:
    """True once a sender has failed `invites.max_failures_per_hour` times within the last hour."""
    since = services.clock.now() - INVITE_FAILURE_WINDOW
    failures = await services.store.people.invite_failures_since(channel, sender_id, since)
    return failures >= services.settings.invites.max_failures_per_hour


async def record_invite_failure(services: Services, incoming: Incoming) -> None:
    """Call when a /start CODE (or a typed code) did not redeem: wrong, used or expired."""
    now = services.clock.now()
    await services.store.people.record_invite_failure(incoming.channel, incoming.sender_id, now)
