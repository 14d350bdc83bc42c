"""A terminal chat on the same conversation core: the demo, with no token and no network.

Buttons print as numbered choices ("[1] Hoàn tác  [2] Sửa"); typing the number presses the button.
Interactive with a prompt on a TTY; otherwise one message per input line, replies printed, so a demo
conversation can be scripted. `/doivai <mã cán bộ>` (demo only) switches who you are.
"""

from __future__ import annotations

import asyncio
import itertools
import sys
from pathlib import Path
from typing import TextIO

from handlers.context import Services
from handlers.router import handle
from handlers.types import Button, Incoming, IncomingKind, Reply

CHANNEL = "terminal"
DEMO_USER = "demo"
SWITCH_COMMANDS = ("/doivai", "/switch")


class TerminalChat:
    """One person chatting with the core through stdin/stdout."""

    def __init__(
        self, services: Services, out: TextIO = sys.stdout, attachments_dir: Path | None = None
    ) -> None:
        self.services = services
        self.out = out
        self.attachments_dir = attachments_dir or Path.cwd()
        self._buttons: list[Button] = []
        self._ids = itertools.count(1)
        self.official_id: str | None = None

    async def become(self, official_id: str) -> bool:
        """Bind the terminal user to an official (the demo's stand-in for an invite)."""
        official = await self.services.store.pledges.official(official_id)
        if official is None:
            return False
        await self.services.store.people.bind(
            CHANNEL, DEMO_USER, DEMO_USER, official.id, self.services.clock.now(), actor="demo"
        )
        self.official_id = official.id
        role = {"leader": "lãnh đạo", "admin": "quản trị"}.get(official.role.value, "cán bộ")
        self._print(f"(Bạn đang là {official.name} — {official.title}, vai trò {role}.)")
        return True

    async def send(self, line: str) -> list[Reply]:
        """One line typed by the user → the core → replies printed. Returns the replies."""
        text = line.strip()
        if text.split(" ", 1)[0].lower() in SWITCH_COMMANDS:
            wanted = text.split(" ", 1)[1].strip() if " " in text else ""
            if not await self.become(wanted):
                ids = ", ".join(o.id for o in await self.services.store.pledges.officials())
                self._print(f"(Không có cán bộ «{wanted}». Có: {ids})")
            return []
        number = int(text) if text.isdigit() else 0
        if self._buttons and 1 <= number <= len(self._buttons):
            button = self._buttons[number - 1]
            incoming = self._incoming(IncomingKind.BUTTON, "", button.data)
        else:
            incoming = self._incoming(IncomingKind.TEXT, line.rstrip("\n"), None)
        replies = await handle(self.services, incoming)
        self._buttons = []
        for reply in replies:
            self._render(reply)
        return replies

    def _incoming(self, kind: IncomingKind, text: str, data: str | None) -> Incoming:
        n = str(next(self._ids))
        return Incoming(
            channel=CHANNEL,
            chat_id=DEMO_USER,
            sender_id=DEMO_USER,
            received_at=self.services.clock.now(),
            kind=kind,
            text=text,
            button_data=data,
            message_id=n,
            update_id=None,
            sender_name="demo",
        )

    def _render(self, reply: Reply) -> None:
        prefix = "bot (sửa tin trước)> " if reply.replace_previous else "bot> "
        self._print(prefix + reply.text.replace("\n", "\n     "))
        if reply.attachment is not None:
            self.attachments_dir.mkdir(parents=True, exist_ok=True)
            path = self.attachments_dir / reply.attachment.filename
            path.write_bytes(reply.attachment.data)
            self._print(f"     [tệp đính kèm đã lưu: {path}]")
        labels = []
        for row in reply.buttons:
            for button in row:
                self._buttons.append(button)
                labels.append(f"[{len(self._buttons)}] {button.label}")
        if labels:
            self._print("     " + "  ".join(labels))

    def _print(self, text: str) -> None:
        print(text, file=self.out, flush=True)


async def run_terminal(chat: TerminalChat, stdin: TextIO = sys.stdin) -> None:
    """Interactive on a TTY (prompt), scriptable otherwise (one message per line, echoed)."""
    interactive = stdin.isatty()
    loop = asyncio.get_running_loop()
    if interactive:
        chat._print(
            "Gõ tin nhắn như trên điện thoại. /trogiup: các lệnh; /doivai <mã>: đổi vai; Ctrl+D: thoát."
        )
    while True:
        if interactive:
            line = await loop.run_in_executor(None, _prompt)
        else:
            line = stdin.readline()
        if line is None or line == "":
            break
        if not line.strip():
            continue
        if not interactive:
            chat._print(f"bạn> {line.rstrip()}")
        await chat.send(line)


def _prompt() -> str | None:
    try:
        return input("bạn> ") + "\n"
    except EOFError:
        return None
