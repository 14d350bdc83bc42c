"""What the core needs from a chat channel to send on its own (reminders, digests): one method.

The outbox dispatcher knows nothing of Telegram; it calls `send` and reacts to these errors."""

from __future__ import annotations

from typing import Protocol

from handlers.types import Reply


class SendError(Exception):
    """Base for delivery failures."""


class RetryLater(SendError):
    """The channel asked us to wait (Telegram 429 `retry_after`)."""

    def __init__(self, seconds: float, detail: str = "") -> None:
        super().__init__(detail or f"retry after {seconds}s")
        self.seconds = seconds


class TransientError(SendError):
    """5xx, timeouts, network errors: try again with backoff."""


class PermanentError(SendError):
    """The user blocked the bot, the chat is gone, the request is invalid: never retry."""


class ChannelSender(Protocol):
    name: str

    async def send(self, chat_id: str, reply: Reply) -> str:
        """Deliver one reply; return the channel's message id. Raise a SendError subclass on failure."""
        ...
