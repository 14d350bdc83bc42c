"""Pledge lists: reading TOML, CSV and Excel files into one validated PledgeBook."""

from __future__ import annotations

from pathlib import Path

from bot.models import PledgeBook
from bot.pledges.book import PledgeError, PledgeImportError, Where, build_book

MAX_FILE_BYTES = 5 * 1024 * 1024


def load_pledge_file(path: Path | str) -> PledgeBook:
    """Read and validate a pledge file of any supported format; raise PledgeImportError on any problem."""
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise PledgeImportError([PledgeError(Where(name), f"không đọc được tệp: {exc.strerror}")]) from exc
    if size == 0:
        raise PledgeImportError([PledgeError(Where(name), "tệp rỗng")])
    if size > MAX_FILE_BYTES:
        raise PledgeImportError([PledgeError(
            Where(name), f"tệp quá lớn ({size // 1024 // 1024} MB), tối đa {MAX_FILE_BYTES // 1024 // 1024} MB")])
    suffix = path.suffix.lower()
    if suffix == ".toml":
        from bot.pledges.toml_format import read_toml

        raw = read_toml(path, _decode(path))
    else:
        raise PledgeImportError([PledgeError(
            Where(name), f"không hỗ trợ định dạng «{suffix or 'không đuôi'}»: dùng .toml, .csv hoặc .xlsx")])
    return build_book(raw, name)


def _decode(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PledgeImportError([PledgeError(
            Where(path.name),
            "tệp không phải mã UTF-8 (có thể là mã cũ như TCVN3/VNI hoặc Windows-1258): "
            "hãy lưu lại tệp với mã UTF-8",
        )]) from exc


__all__ = ["PledgeError", "PledgeImportError", "Where", "load_pledge_file"]
