"""What every `dondoc` command shares: settings from --config, the store from --db, clean failures.

A command module writes

    @cli_command
    async def cmd_something(args: argparse.Namespace) -> int:
        async with open_store_for(args) as (settings, store):
            ...
        return 0

and gets: settings loaded once (`load_settings(args.config)`), the database path from `--db`
or `settings.bot.db_path`, the store closed on the way out, and a ConfigError (or any
CommandError) printed on stderr with exit code 2 instead of a traceback.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import inspect
import sqlite3
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path

from bot.settings import ConfigError, Settings, load_settings
from bot.store import Store
from bot.store.db import SchemaTooNewError

EXIT_USAGE = 2


class CommandError(Exception):
    """A failure the user can fix (unknown official, unreadable path): message on stderr, exit code."""

    def __init__(self, message: str, exit_code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def settings_for(args: argparse.Namespace) -> Settings:
    """Settings from `--config` (or ./config.toml, or defaults) plus DONDOC_* environment overrides.

    Cached on the namespace, so a command that asks twice reads the file once."""
    cached = getattr(args, "_dondoc_settings", None)
    if isinstance(cached, Settings):
        return cached
    settings = load_settings(getattr(args, "config", None))
    args._dondoc_settings = settings
    return settings


def db_path_for(args: argparse.Namespace, settings: Settings) -> Path:
    """`--db` wins over the config's bot.db_path."""
    explicit = getattr(args, "db", None)
    return Path(explicit) if explicit is not None else settings.bot.db_path


@asynccontextmanager
async def open_store_for(
    args: argparse.Namespace, *, must_exist: bool = False
) -> AsyncIterator[tuple[Settings, Store]]:
    """Open settings and the store for one command; the store is closed however the command ends.

    must_exist: a command that only reads (list, invite, backup) refuses to create an empty database."""
    settings = settings_for(args)
    path = db_path_for(args, settings)
    if must_exist and not _is_file(path):
        raise CommandError(f"Chưa có cơ sở dữ liệu ở {path}. Nhập cam kết trước: dondoc pledges import TỆP")
    try:
        store = await Store.open(path)
    except (sqlite3.DatabaseError, OSError) as exc:
        raise CommandError(f"Không mở được cơ sở dữ liệu {path}: {exc}") from exc
    try:
        yield settings, store
    finally:
        await store.close()


def _is_file(path: Path) -> bool:
    return path.is_file()


def fail(message: str, exit_code: int = EXIT_USAGE) -> int:
    """Print a user-facing error on stderr and return the exit code (for `return fail(...)`)."""
    print(message, file=sys.stderr)
    return exit_code


CommandBody = Callable[[argparse.Namespace], Awaitable[int] | int]


def cli_command(body: CommandBody) -> Callable[[argparse.Namespace], int]:
    """Turn a sync or async `cmd_xxx(args) -> int` into the sync handler bot.cli expects.

    Known failures become a message on stderr and exit code 2; anything else still raises, so a
    real bug shows its traceback."""

    @functools.wraps(body)
    def run(args: argparse.Namespace) -> int:
        try:
            result = body(args)
            if inspect.isawaitable(result):
                result = asyncio.run(_await(result))
            return int(result)
        except ConfigError as exc:
            return fail(f"Lỗi cấu hình: {exc}")
        except SchemaTooNewError as exc:
            return fail(str(exc))
        except CommandError as exc:
            return fail(str(exc), exc.exit_code)

    return run


async def _await(awaitable: Awaitable[int]) -> int:
    return await awaitable


__all__ = ["CommandError", "cli_command", "db_path_for", "fail", "open_store_for", "settings_for"]
