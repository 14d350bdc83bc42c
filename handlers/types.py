"""What flows between a chat channel and the conversation core. No chat platform here.

A channel turns its native update into an `Incoming`, hands it to `handlers.router.handle`,
and renders the `Reply` objects it gets back (Telegram: inline keyboards; terminal and Zalo:
numbered choices, since every button has a typed equivalent).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class IncomingKind(StrEnum):
    TEXT = "text"  # free text or a /command
    BUTTON = "button"  # a button press; `button_data` holds its data
    EDIT = "edit"  # the sender edited an earlier message (`message_id` is the edited one)
    STICKER = "sticker"
    PHOTO = "photo"
    VOICE = "voice"
    DOCUMENT = "document"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Incoming:
    channel: str  # "telegram", "terminal", later "zalo"
    chat_id: str  # where replies go
    sender_id: str  # the chat account: identities bind (channel, sender_id) to an official
    received_at: datetime
    kind: IncomingKind = IncomingKind.TEXT
    text: str = ""
    button_data: str | None = None
    message_id: str | None = None  # the channel's id of this message (for edits)
    update_id: str | None = None  # the channel's delivery id (for de-duplication after a crash)
    sender_name: str = ""
    document_name: str | None = None
    document_bytes: bytes | None = None


@dataclass(frozen=True, slots=True)
class Button:
    label: str
    data: str  # opaque to the channel; the core re-checks it on every press


@dataclass(frozen=True, slots=True)
class Attachment:
    filename: str
    data: bytes
    kind: str = "document"  # document | photo
    caption: str = ""


@dataclass(frozen=True, slots=True)
class Reply:
    text: str
    buttons: tuple[tuple[Button, ...], ...] = ()  # rows of buttons
    attachment: Attachment | None = None
    # when set, the channel edits the bot's earlier message (the one whose button was pressed)
    replace_previous: bool = False
    chat_id: str | None = None  # None: the chat the incoming came from
    extra: dict[str, str] = field(default_factory=dict)
