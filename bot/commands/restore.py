"""`dondoc db restore PATH`: put a verified backup back in place of the live database."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from bot.commands.common import CommandError, cli_command, db_path_for, settings_for
from bot.store import Store
from bot.store.restore import RestoreError, restore_database


@cli_command
async def cmd_restore(args: argparse.Namespace) -> int:
    """Check the backup is whole, keep the current database as a timestamped copy, then restore."""
    settings = settings_for(args)
    live = db_path_for(args, settings)
    source = Path(args.path)
    try:
        result = restore_database(source, live, datetime.now(settings.tz))
    except RestoreError as exc:
        raise CommandError(f"Không khôi phục: {exc}") from exc
    # bring an older backup's schema up to date now, so the bot starts on a ready database
    store = await Store.open(live)
    try:
        officials = len(await store.pledges.officials())
        messages = await store.progress.message_count()
    finally:
        await store.close()
    print(f"Đã khôi phục {live} từ {source} ({officials} cán bộ, {messages} tin nhắn).")
    if result.previous_copy is not None:
        print(f"Bản trước khi khôi phục được giữ ở {result.previous_copy}.")
    print("Nếu bot đang chạy, hãy khởi động lại bot.")
    return 0
