"""Replies as inbox text: what the core answered is kept (store.inbox) before a channel sends it,
so a restart resends only what was not sent yet instead of handling the update again.

Channel-agnostic: a Zalo channel keeps its replies the same way."""

from __future__ import annotations

import base64
import json
from collections.abc import Sequence
from typing import Any

from handlers.types import Attachment, Button, Reply


def _reply_dict(reply: Reply) -> dict[str, Any]:
    out: dict[str, Any] = {"text": reply.text}
    if reply.buttons:
        out["buttons"] = [[[b.label, b.data] for b in row] for row in reply.buttons]
    if reply.attachment is not None:
        a = reply.attachment
        out["attachment"] = {
            "filename": a.filename,
            "kind": a.kind,
            "caption": a.caption,
            "data": base64.b64encode(a.data).decode("ascii"),
        }
    if reply.replace_previous:
        out["replace_previous"] = True
    if reply.chat_id is not None:
        out["chat_id"] = reply.chat_id
    if reply.extra:
        out["extra"] = reply.extra
    return out


def _reply(data: dict[str, Any]) -> Reply:
    attachment = None
    if "attachment" in data:
        a = data["attachment"]
        attachment = Attachment(a["filename"], base64.b64decode(a["data"]), a["kind"], a["caption"])
    return Reply(
        data["text"],
        buttons=tuple(tuple(Button(label, value) for label, value in row) for row in data.get("buttons", [])),
        attachment=attachment,
        replace_previous=bool(data.get("replace_previous", False)),
        chat_id=data.get("chat_id"),
        extra=dict(data.get("extra", {})),
    )


def encode_replies(replies: Sequence[Reply]) -> str:
    return json.dumps([_reply_dict(r) for r in replies], ensure_ascii=False, separators=(",", ":"))


def decode_replies(text: str) -> list[Reply]:
    return [_reply(d) for d in json.loads(text)]
