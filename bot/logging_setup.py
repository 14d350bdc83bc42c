"""Logging for an operator: one line per event (JSON lines or readable text), secrets removed.

Every record passes through `redact` when it is formatted, whatever logger emitted it (ours, PTB,
httpx, APScheduler) and including exception tracebacks: the bot token (its shape and the configured
value), the webhook secret and invite codes never reach a log line. httpx logs each request URL,
which carries the token, so it is held at WARNING as well.

    configure_logging(settings)          # once, in main()
    log.info("reply sent", extra={"chat": chat_id, "ms": 41})   # extras become fields
"""

from __future__ import annotations

import json
import logging
import re
import sys
import threading
from datetime import UTC, datetime
from types import TracebackType
from typing import Any

from bot.settings import ConfigError, Settings

TOKEN_MASK = "<token>"
SECRET_MASK = "<secret>"
CODE_MASK = "<mã mời>"

# a Telegram bot token: the bot id, a colon, 35 characters of base64url (allow 30+ for safety)
_TOKEN_RE = re.compile(r"\d{3,}:[A-Za-z0-9_-]{30,}")
# invite codes (bot/invites.py: 16 letters of a 32-letter alphabet), wherever they are spotted:
# after start= (the deep link) or /start, grouped by 4 as people type them, or bare
_CODE_AFTER_START_RE = re.compile(r"(?i)(start=|/start(?:@\w+)?\s+)[^\s&\"'<>]+")
_CODE_GROUPED_RE = re.compile(r"(?i)(?<![A-Z0-9])[A-HJ-NP-Z2-9]{4}(?:[ -][A-HJ-NP-Z2-9]{4}){3}(?![A-Z0-9])")
_CODE_BARE_RE = re.compile(r"(?i)(?<![A-Z0-9])[A-HJ-NP-Z2-9]{16}(?![A-Z0-9])")

_secrets: dict[str, str] = {}  # exact secret → its mask
_secrets_lock = threading.Lock()

# the attributes every LogRecord has; anything else came in through `extra=` and is a field
_STANDARD_ATTRS = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime"}
_NOISY_LOGGERS = ("httpx", "httpcore", "apscheduler", "hpack")
_HANDLER_MARK = "_dondoc_handler"


def add_secret(value: str | None, mask: str = SECRET_MASK) -> None:
    """Remove this exact text from every later log line (short values are ignored: too many false hits)."""
    if value and len(value.strip()) >= 6:
        with _secrets_lock:
            _secrets[value.strip()] = mask


def redact(text: str) -> str:
    """The text with tokens, registered secrets and invite codes masked."""
    if not text:
        return text
    with _secrets_lock:
        known = sorted(_secrets.items(), key=lambda item: len(item[0]), reverse=True)
    for secret, mask in known:
        if secret in text:
            text = text.replace(secret, mask)
    text = _TOKEN_RE.sub(TOKEN_MASK, text)
    text = _CODE_AFTER_START_RE.sub(lambda m: m.group(1) + CODE_MASK, text)
    text = _CODE_GROUPED_RE.sub(CODE_MASK, text)
    return _CODE_BARE_RE.sub(CODE_MASK, text)


def _redact_value(value: Any) -> Any:
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, int | float | bool) or value is None:
        return value
    return redact(str(value))


class RedactingFilter(logging.Filter):
    """Rewrites a record in place before any handler sees it: message, arguments, traceback, extras."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not lose the record
            message = f"{record.msg!r} {record.args!r}"
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        record.exc_info = None  # formatted (and redacted) above; keep formatters from redoing it raw
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        for key, value in list(vars(record).items()):
            if key not in _STANDARD_ATTRS:
                setattr(record, key, _redact_value(value))
        return True


def _extras(record: logging.LogRecord) -> dict[str, Any]:
    return {k: v for k, v in vars(record).items() if k not in _STANDARD_ATTRS and not k.startswith("_")}


class JsonLinesFormatter(logging.Formatter):
    """One JSON object per line: ts, level, logger, msg, any extras, exc."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
        }
        for key, value in _extras(record).items():
            entry.setdefault(key, value if isinstance(value, int | float | bool | str) or value is None
                             else str(value))
        if record.exc_text:
            entry["exc"] = record.exc_text
        if record.stack_info:
            entry["stack"] = record.stack_info
        return redact(json.dumps(entry, ensure_ascii=False))


class TextFormatter(logging.Formatter):
    """`2026-05-12 09:00:00,123 INFO dondoc.router: reply sent chat=42 ms=41` and the traceback below."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        extras = _extras(record)
        if extras:
            first, newline, rest = line.partition("\n")
            fields = " ".join(f"{k}={v}" for k, v in extras.items())
            line = f"{first} {fields}{newline}{rest}"
        return redact(line)


def _log_uncaught(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    logging.getLogger("dondoc").critical("lỗi không lường trước, dừng", exc_info=(kind, value, tb))


def _log_uncaught_in_thread(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit or args.exc_value is None:
        return
    logging.getLogger("dondoc").error("lỗi trong luồng %s", getattr(args.thread, "name", "?"),
                                      exc_info=(args.exc_type, args.exc_value, args.exc_traceback))


def configure_logging(settings: Settings, stream: Any = None) -> None:
    """Install one redacting handler on the root logger (idempotent: a second call replaces it)."""
    add_secret(settings.telegram.token, TOKEN_MASK)
    try:
        add_secret(settings.bot_token(), TOKEN_MASK)
        add_secret(settings.webhook_secret())
    except (ConfigError, OSError):
        pass  # an unreadable token file is reported where the token is used
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, _HANDLER_MARK, False):
            root.removeHandler(handler)
    handler = logging.StreamHandler(stream if stream is not None else sys.stderr)
    setattr(handler, _HANDLER_MARK, True)
    handler.addFilter(RedactingFilter())
    handler.setFormatter(JsonLinesFormatter() if settings.bot.log_format == "json" else TextFormatter())
    root.addHandler(handler)
    root.setLevel(settings.bot.log_level)
    for name in _NOISY_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    # an unhandled exception's traceback may quote a URL with the token: send it through the same path
    sys.excepthook = _log_uncaught
    threading.excepthook = _log_uncaught_in_thread
