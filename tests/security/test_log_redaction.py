"""Logs are useful and never carry a secret (bot/logging_setup.py)."""

from __future__ import annotations

import io
import json
import logging
import sys
import threading
from collections.abc import Iterator

import pytest

from bot import logging_setup
from bot.invites import deep_link, new_code
from bot.logging_setup import configure_logging, redact
from bot.settings import Settings, load_settings

REAL_SHAPED_TOKEN = "7012345678:AAHfk3-9xQ_zzYt0pLmN4bVcXe8RwT2uKsA"
ODD_TOKEN = "dev-token-for-the-fake-server"  # a configured token that does not look like Telegram's


@pytest.fixture
def restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    levels = {name: logging.getLogger(name).level for name in ("httpx", "httpcore", "apscheduler", "hpack")}
    hooks = (sys.excepthook, threading.excepthook)
    try:
        yield
    finally:
        for handler in list(root.handlers):
            if handler not in handlers:
                root.removeHandler(handler)
        root.setLevel(level)
        for name, old in levels.items():
            logging.getLogger(name).setLevel(old)
        sys.excepthook, threading.excepthook = hooks


def configured(fmt: str, token: str = REAL_SHAPED_TOKEN) -> tuple[Settings, io.StringIO]:
    settings = load_settings(None, {"DONDOC_TELEGRAM__TOKEN": token, "DONDOC_BOT__LOG_FORMAT": fmt})
    out = io.StringIO()
    configure_logging(settings, stream=out)
    return settings, out


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_token_and_invite_code_never_reach_the_log(restore_logging: None, fmt: str) -> None:
    _, out = configured(fmt)
    code = new_code()
    grouped = " ".join(code[i:i + 4] for i in range(0, 16, 4))
    log = logging.getLogger("dondoc.test")
    log.warning("POST https://api.telegram.org/bot%s/sendMessage failed", REAL_SHAPED_TOKEN)
    log.info("invite link %s", deep_link("dondoc_bot", code))
    log.info("incoming text=%r", f"/start {code}")
    log.info("typed by hand: %s", grouped)
    log.info("lower case: %s", code.lower())
    log.info("redeem", extra={"code": code, "url": f"https://x/bot{REAL_SHAPED_TOKEN}/getMe"})
    try:
        raise ConnectionError(f"cannot reach https://api.telegram.org/bot{REAL_SHAPED_TOKEN}/getUpdates")
    except ConnectionError:
        log.exception("polling failed for code %s", code)
    text = out.getvalue()
    assert text.count("\n") >= 7
    assert REAL_SHAPED_TOKEN not in text and REAL_SHAPED_TOKEN.split(":")[1] not in text
    assert code not in text and code.lower() not in text and grouped not in text
    assert "<token>" in text and "<mã mời>" in text
    assert "ConnectionError" in text  # the traceback itself is kept, only the secret goes


def test_httpx_request_lines_are_silenced_and_still_redacted(restore_logging: None) -> None:
    _, out = configured("text")
    httpx_log = logging.getLogger("httpx")
    httpx_log.info('HTTP Request: POST https://api.telegram.org/bot%s/getUpdates "HTTP/1.1 200 OK"',
                   REAL_SHAPED_TOKEN)
    assert out.getvalue() == ""  # below WARNING
    httpx_log.warning('HTTP Request: POST https://api.telegram.org/bot%s/getUpdates "HTTP/1.1 502"',
                      REAL_SHAPED_TOKEN)
    assert "502" in out.getvalue() and REAL_SHAPED_TOKEN not in out.getvalue()


def test_configured_token_is_removed_even_when_it_has_an_odd_shape(restore_logging: None) -> None:
    _, out = configured("json", token=ODD_TOKEN)
    logging.getLogger("telegram.ext").error("bad token %s", ODD_TOKEN)
    assert ODD_TOKEN not in out.getvalue()


def test_token_file_secret_is_registered(restore_logging: None, tmp_path: object) -> None:
    from pathlib import Path

    token_file = Path(str(tmp_path)) / "token"
    token_file.write_text("file-token-value-12345\n", encoding="utf-8")
    settings = load_settings(None, {"DONDOC_TELEGRAM__TOKEN_FILE": str(token_file)})
    out = io.StringIO()
    configure_logging(settings, stream=out)
    logging.getLogger("dondoc").warning("using file-token-value-12345 now")
    assert "file-token-value-12345" not in out.getvalue()


def test_json_lines_are_parseable_and_carry_extras(restore_logging: None) -> None:
    _, out = configured("json")
    logging.getLogger("dondoc.router").info("reply sent", extra={"chat": "42", "ms": 41})
    try:
        1 / 0  # noqa: B018
    except ZeroDivisionError:
        logging.getLogger("dondoc.router").exception("handler failed")
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert lines[0]["level"] == "INFO" and lines[0]["logger"] == "dondoc.router"
    assert lines[0]["msg"] == "reply sent" and lines[0]["chat"] == "42" and lines[0]["ms"] == 41
    assert lines[0]["ts"].endswith("+00:00")
    assert lines[1]["level"] == "ERROR" and "ZeroDivisionError" in lines[1]["exc"]


def test_text_format_is_one_readable_line(restore_logging: None) -> None:
    _, out = configured("text")
    logging.getLogger("dondoc.outbox").warning("retrying", extra={"attempt": 3})
    line = out.getvalue().strip()
    assert line.endswith("WARNING dondoc.outbox: retrying attempt=3")


def test_configure_twice_keeps_one_handler(restore_logging: None) -> None:
    configured("text")
    _, out = configured("json")
    logging.getLogger("dondoc").warning("once")
    assert out.getvalue().count("once") == 1
    marked = [h for h in logging.getLogger().handlers if getattr(h, "_dondoc_handler", False)]
    assert len(marked) == 1


def test_uncaught_exception_goes_through_the_redacting_log(restore_logging: None) -> None:
    _, out = configured("text")
    try:
        raise RuntimeError(f"fatal at https://api.telegram.org/bot{REAL_SHAPED_TOKEN}/getMe")
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert "RuntimeError" in out.getvalue() and REAL_SHAPED_TOKEN not in out.getvalue()


def test_redact_leaves_ordinary_text_alone() -> None:
    for text in ("#2: đạt 60", "Thu ngân sách đạt 12,5 tỷ đồng", "update 12345 from chat 987654321",
                 "task tp-02 position 2", "2026-05-12T09:00:00+07:00"):
        assert redact(text) == text


def test_short_secrets_are_not_registered() -> None:
    logging_setup.add_secret("abc")
    assert redact("abc def") == "abc def"


def test_any_token_shaped_text_is_masked_without_configuration() -> None:
    import secrets

    unseen = f"{secrets.randbelow(10**9) + 10**9}:{secrets.token_urlsafe(26)[:35]}"
    masked = redact(f"GET https://api.telegram.org/bot{unseen}/getMe")
    assert unseen not in masked and masked == "GET https://api.telegram.org/bot<token>/getMe"
