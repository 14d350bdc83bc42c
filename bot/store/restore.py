"""Restoring the database from a backup, only once the backup is proven whole.

The backup is first copied next to the live file and every check runs on that copy (so what is
checked is exactly what is restored): it is SQLite, not cut short, `PRAGMA integrity_check` is ok,
its schema version is one this dondoc knows and it has every table that version should have.
The live database is then snapshotted to a timestamped copy and overwritten through SQLite's own
backup API in one transaction: a failure half way (disk full, a busy writer) leaves it untouched,
and a stale `-wal` file can never be replayed onto the restored pages.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from bot.store.migrations import MIGRATIONS

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_SECONDS = 10.0


class RestoreError(Exception):
    """A restore that did not happen; the message says why, in Vietnamese. The live db is unchanged."""


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    schema_version: int
    size: int
    rows: dict[str, int]  # a few tables' row counts, for the operator to recognise the backup


@dataclass(frozen=True, slots=True)
class RestoreResult:
    backup: BackupInfo
    previous_copy: Path | None  # where the database we replaced was kept (None: there was none)


def expected_tables(schema_version: int) -> set[str]:
    """The tables a dondoc database at this schema version has (from the migrations themselves)."""
    conn = sqlite3.connect(":memory:")
    try:
        for script in MIGRATIONS[:schema_version]:
            conn.executescript(script)
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()


def _check_header(path: Path) -> int:
    """Cheap checks before SQLite opens the file: the magic string and a length that holds every page."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(100)
    except FileNotFoundError as exc:
        raise RestoreError(f"Không tìm thấy tệp sao lưu {path}.") from exc
    except IsADirectoryError as exc:
        raise RestoreError(f"{path} là thư mục, không phải tệp sao lưu.") from exc
    except OSError as exc:
        raise RestoreError(f"Không đọc được tệp sao lưu {path}: {exc.strerror}.") from exc
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise RestoreError(
            f"Tệp {path.name} không phải bản sao lưu cơ sở dữ liệu dondoc (không phải tệp SQLite).")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(header[28:32], "big")
    # the in-header page count is only trustworthy when its "valid-for" number matches the change counter
    if header[24:28] == header[92:96] and page_count and size < page_size * page_count:
        raise RestoreError(
            f"Tệp sao lưu {path.name} bị cắt cụt: có {size:,} byte, cần {page_size * page_count:,} byte. "
            "Hãy lấy lại bản sao lưu đầy đủ.".replace(",", "."))
    return size


def check_backup_file(path: Path) -> BackupInfo:
    """Prove a file is a whole dondoc database; raise RestoreError saying what is wrong.

    Opens the file read-write (SQLite may need to), so call it on a copy you own."""
    size = _check_header(path)
    try:
        conn = sqlite3.connect(str(path))
    except sqlite3.Error as exc:
        raise RestoreError(f"Không mở được tệp sao lưu {path.name}: {exc}.") from exc
    try:
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check(5)")]
        if problems != ["ok"]:
            raise RestoreError(f"Tệp sao lưu {path.name} bị hỏng: {'; '.join(problems)}.")
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version == 0:
            raise RestoreError(f"Tệp {path.name} là SQLite nhưng không phải cơ sở dữ liệu dondoc.")
        if version > len(MIGRATIONS):
            raise RestoreError(
                f"Bản sao lưu {path.name} ở phiên bản {version}, mới hơn bản dondoc này ({len(MIGRATIONS)}): "
                "hãy cập nhật dondoc trước khi khôi phục.")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        missing = sorted(expected_tables(version) - tables)
        if missing:
            raise RestoreError(
                f"Tệp {path.name} thiếu bảng {', '.join(missing)}: không phải bản sao lưu dondoc đầy đủ.")
        if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
            raise RestoreError(
                f"Tệp sao lưu {path.name} có dữ liệu mồ côi (sai khoá ngoại): không khôi phục.")
        rows = {table: int(conn.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0])
                for table in ("officials", "tasks", "messages", "updates") if table in tables}
    except sqlite3.DatabaseError as exc:
        raise RestoreError(f"Tệp sao lưu {path.name} bị hỏng: {exc}.") from exc
    finally:
        conn.close()
    return BackupInfo(path, version, size, rows)


def _copy_with_backup_api(source: Path, target: Path) -> None:
    src = sqlite3.connect(str(source), timeout=BUSY_TIMEOUT_SECONDS)
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def _remove(path: Path) -> None:
    for candidate in (path, Path(f"{path}-journal"), Path(f"{path}-wal"), Path(f"{path}-shm")):
        with contextlib.suppress(FileNotFoundError):
            candidate.unlink()


def _disk_message(exc: BaseException) -> str:
    text = str(exc)
    if isinstance(exc, OSError) and exc.errno is not None:
        text = os.strerror(exc.errno)
    if "full" in text.lower() or "space" in text.lower():
        return "đĩa đầy"
    return text


def restore_database(backup: Path, live: Path, now: datetime) -> RestoreResult:
    """Replace `live` with the verified content of `backup`, keeping the old one as a timestamped copy."""
    backup, live = Path(backup), Path(live)
    _check_header(backup)
    if live.exists() and backup.resolve() == live.resolve():
        raise RestoreError("Tệp sao lưu chính là cơ sở dữ liệu đang dùng: không có gì để khôi phục.")
    live.parent.mkdir(parents=True, exist_ok=True)
    stamp = now.strftime("%Y%m%d-%H%M%S")
    staging = live.with_name(f".{live.name}.khoi-phuc-{stamp}.tmp")
    previous: Path | None = None
    try:
        try:
            shutil.copyfile(backup, staging)
        except OSError as exc:
            raise RestoreError(
                f"Không chép được tệp sao lưu ({_disk_message(exc)}); chưa thay đổi gì.") from exc
        info = check_backup_file(staging)
        info = BackupInfo(backup, info.schema_version, info.size, info.rows)
        if live.exists() and live.stat().st_size > 0:
            previous = live.with_name(f"{live.stem}.truoc-khoi-phuc-{stamp}{live.suffix}")
            try:
                _copy_with_backup_api(live, previous)
            except (sqlite3.Error, OSError) as exc:
                _remove(previous)
                previous = None
                raise RestoreError(
                    f"Không giữ lại được bản hiện tại ({_disk_message(exc)}); chưa thay đổi gì.") from exc
        try:
            _copy_with_backup_api(staging, live)
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise RestoreError(
                    "Cơ sở dữ liệu đang bận (bot đang ghi?). Hãy dừng bot rồi chạy lại lệnh.") from exc
            raise RestoreError(f"Khôi phục không thành công ({_disk_message(exc)}); "
                               "cơ sở dữ liệu vẫn như cũ.") from exc
        except sqlite3.Error as exc:
            raise RestoreError(f"Khôi phục không thành công ({exc}); cơ sở dữ liệu vẫn như cũ.") from exc
        after = sqlite3.connect(str(live))
        try:
            ok = [r[0] for r in after.execute("PRAGMA integrity_check(1)")] == ["ok"]
            version = int(after.execute("PRAGMA user_version").fetchone()[0])
        finally:
            after.close()
        if not ok or version != info.schema_version:
            raise RestoreError(f"Sau khi khôi phục, kiểm tra không đạt; bản cũ vẫn ở {previous}.")
        return RestoreResult(info, previous)
    finally:
        _remove(staging)
