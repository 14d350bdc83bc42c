"""`dondoc run` (the Telegram bot, or the demo when there is no token) and `dondoc demo`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot.clock import SystemClock
from bot.commands.common import CommandError, cli_command, settings_for
from bot.settings import Settings, load_settings
from bot.store import Store

SAMPLE_PLEDGES = Path(__file__).resolve().parent.parent / "data" / "sample_pledges.toml"


async def import_pledges_if_needed(
    store: Store, settings: Settings, pledges: Path | None, actor: str
) -> None:
    """Load a pledge file when one is given, or the bundled sample when the database has none."""
    from bot.pledges import PledgeImportError, load_pledge_file

    source = pledges or settings.bot.pledges_file
    if source is None and await store.pledges.officials():
        return
    path = source or SAMPLE_PLEDGES
    try:
        book = load_pledge_file(path)
    except PledgeImportError as exc:
        raise CommandError("Tệp cam kết có lỗi:\n  " + "\n  ".join(str(e) for e in exc.errors)) from exc
    summary = await store.pledges.apply_book(book, actor, SystemClock(settings.tz).now())
    print(f"Đã nạp {path.name}: {summary.describe()}", file=sys.stderr)


def _demo_settings(args: argparse.Namespace) -> Settings:
    # one person typing (or a script piping lines) must not trip the flood gate meant for strangers
    return load_settings(getattr(args, "config", None), overrides={"limits": {"flood_messages": 100_000}})


@cli_command
async def cmd_demo(args: argparse.Namespace) -> int:
    """A terminal chat on the sample pledges: no token, no network."""
    from bot.channels.terminal import TerminalChat, run_terminal
    from handlers.context import Services

    settings = _demo_settings(args)
    db_path = Path(args.db) if getattr(args, "db", None) else settings.bot.db_path.parent / "demo.sqlite3"
    store = await Store.open(db_path)
    try:
        await import_pledges_if_needed(store, settings, getattr(args, "pledges", None), "demo")
        services = Services(settings, store, SystemClock(settings.tz))
        # files the bot sends (Excel, charts) land beside the database, not in whatever folder the user is in
        chat = TerminalChat(services, attachments_dir=db_path.resolve().parent / "tep-gui-ve")
        wanted = getattr(args, "as_official", None)
        if wanted is None:
            wanted = await _first_official_with_tasks(store)
        if wanted is None or not await chat.become(wanted):
            raise CommandError(f"Không có cán bộ «{wanted}» trong {db_path}.")
        await run_terminal(chat)
    finally:
        await store.close()
    return 0


async def _first_official_with_tasks(store: Store) -> str | None:
    officials = await store.pledges.officials()
    for official in sorted(officials, key=lambda o: o.role.value != "official"):
        if await store.pledges.tasks_of(official.id):
            return official.id
    return officials[0].id if officials else None


@cli_command
def cmd_run(args: argparse.Namespace) -> int:
    """The bot on Telegram when a token is configured; otherwise the terminal demo."""
    settings = settings_for(args)
    token = settings.bot_token()
    if not token:
        print(
            "Chưa có token Telegram (DONDOC_TELEGRAM__TOKEN) — chạy bản thử trên terminal.", file=sys.stderr
        )
        result: int = cmd_demo(args)
        return result
    from bot.channels.telegram import run_bot

    db_path = Path(args.db) if getattr(args, "db", None) else settings.bot.db_path
    run_bot(settings, token, db_path, getattr(args, "pledges", None))
    return 0
