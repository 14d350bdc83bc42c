"""Admin commands: `dondoc officials list`, `dondoc invite OFFICIAL`, `dondoc db backup PATH`."""

from __future__ import annotations

import argparse
import os
import tempfile
from collections import defaultdict
from datetime import timedelta
from pathlib import Path

from bot.clock import SystemClock
from bot.commands.common import CommandError, cli_command, fail, open_store_for
from bot.invites import deep_link, hash_code, new_code
from bot.models import Role
from bot.store.db import integrity_problems

ROLE_LABELS = {Role.OFFICIAL: "cán bộ", Role.LEADER: "lãnh đạo", Role.ADMIN: "quản trị"}


@cli_command
async def cmd_officials_list(args: argparse.Namespace) -> int:
    async with open_store_for(args, must_exist=True) as (_settings, store):
        officials = await store.pledges.officials()
        units = {u.id: u.name for u in await store.pledges.units()}
        names = {o.id: o.name for o in officials}
        accounts: dict[str, list[str]] = defaultdict(list)
        for identity in await store.people.all_identities():
            accounts[identity.official_id].append(f"{identity.channel}:{identity.external_id}")
    if not officials:
        print("Chưa có cán bộ nào. Nhập cam kết: dondoc pledges import TỆP")
        return 0
    for official in officials:
        leader = f"{names.get(official.leader_id, official.leader_id)} ({official.leader_id})" \
            if official.leader_id else "—"
        bound = ", ".join(accounts[official.id]) if accounts[official.id] else "chưa gắn tài khoản chat"
        print(f"{official.id}: {official.name} — {official.title or 'chưa ghi chức vụ'}")
        unit = units.get(official.unit_id, official.unit_id)
        print(f"    vai trò: {ROLE_LABELS[official.role]}; đơn vị: {unit}; lãnh đạo trực tiếp: {leader};"
              f" tài khoản: {bound}")
    linked = sum(1 for o in officials if accounts[o.id])
    print(f"Tổng: {len(officials)} cán bộ, {linked} đã gắn tài khoản chat.")
    return 0


@cli_command
async def cmd_invite(args: argparse.Namespace) -> int:
    async with open_store_for(args, must_exist=True) as (settings, store):
        official = await store.pledges.official(args.official)
        if official is None:
            return fail(f"Không có cán bộ mã «{args.official}». Xem danh sách: dondoc officials list")
        now = SystemClock(settings.tz).now()
        expires = now + timedelta(hours=settings.invites.ttl_hours)
        code = new_code()
        await store.people.create_invite(official.id, hash_code(code), "cli", now, expires)
    link = deep_link(settings.telegram.bot_username, code)
    print(f"Mã mời cho {official.name} ({official.id}): {code}")
    print(f"Đường dẫn: {link}")
    print(f"Dùng một lần, hết hạn lúc {expires:%H:%M ngày %d/%m/%Y}. "
          "Gửi riêng cho đúng người: bấm đường dẫn, hoặc nhắn mã cho bot.")
    return 0


def _temp_beside(target: Path) -> Path:
    if target.is_dir():
        raise CommandError(f"{target} là thư mục: hãy ghi tên tệp, ví dụ {target / 'dondoc-backup.sqlite3'}")
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(handle)
    return Path(name)


def _remove_with_journals(path: Path) -> None:
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)


@cli_command
async def cmd_backup(args: argparse.Namespace) -> int:
    target: Path = args.path
    # copy beside the target, verify, then rename: a failed backup never replaces a good old one
    async with open_store_for(args, must_exist=True) as (_settings, store):
        temp = _temp_beside(target)
        try:
            await store.backup(temp)
            problems = await integrity_problems(temp)
            if problems:
                return fail("Bản sao lưu không qua được kiểm tra toàn vẹn, chưa ghi đè gì:\n  "
                            + "\n  ".join(problems[:10]))
            os.replace(temp, target)
        finally:
            _remove_with_journals(temp)
    print(f"Đã sao lưu vào {target} ({_size_kb(target)} KB), kiểm tra toàn vẹn: tốt.")
    return 0


def _size_kb(path: Path) -> int:
    return round(path.stat().st_size / 1024)
