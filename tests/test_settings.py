"""Settings: defaults, the TOML file, DONDOC_* overrides from an explicit mapping, and loud failures."""

from __future__ import annotations

import re
from datetime import time
from pathlib import Path

import pytest

from bot.settings import ConfigError, Settings, load_settings

EXAMPLE = Path(__file__).resolve().parent.parent / "config.example.toml"


def test_defaults_without_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # no ./config.toml here
    settings = load_settings(None, {})
    assert settings.bot.timezone == "Asia/Ho_Chi_Minh" and str(settings.tz) == "Asia/Ho_Chi_Minh"
    assert settings.bot.db_path == Path("data/dondoc.sqlite3")
    assert settings.telegram.mode == "polling"
    assert settings.bot_token() is None
    assert settings.limits.max_import_bytes == 5 * 1024 * 1024


def test_example_config_loads_and_matches_the_defaults() -> None:
    settings = load_settings(EXAMPLE, {})
    defaults = Settings()
    assert settings.reminders == defaults.reminders
    assert settings.limits == defaults.limits
    assert settings.bot.db_path == EXAMPLE.parent / "data" / "dondoc.sqlite3"  # relative to the file


def test_file_values_then_environment_then_explicit_overrides(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(
        '[reminders]\nsend_at = "07:45"\nsilence_days = 10\n[invites]\nttl_hours = 48\n', encoding="utf-8"
    )
    env = {
        "DONDOC_REMINDERS__SILENCE_DAYS": "14",
        "DONDOC_REMINDERS__HOLIDAYS_ADD": "2026-04-27, 2026-09-03",
        "OTHER_VAR": "x",
        "DONDOC_MALFORMED": "ignored",
    }
    settings = load_settings(config, env, {"invites": {"ttl_hours": 12}})
    assert settings.reminders.send_at == time(7, 45)
    assert settings.reminders.silence_days == 14
    assert [d.isoformat() for d in settings.reminders.holidays_add] == ["2026-04-27", "2026-09-03"]
    assert settings.invites.ttl_hours == 12


def test_config_path_from_the_environment(tmp_path: Path) -> None:
    config = tmp_path / "khac.toml"
    config.write_text("[invites]\nttl_hours = 5\n", encoding="utf-8")
    assert load_settings(None, {"DONDOC_CONFIG": str(config)}).invites.ttl_hours == 5


def test_settings_are_frozen() -> None:
    settings = load_settings(None, {}, {})
    with pytest.raises(Exception, match="frozen"):
        settings.invites.ttl_hours = 1  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ('[invites]\nttl_hours = "ba ngày"\n', "invites.ttl_hours"),
        ('[reminders]\nsend_at = "25:00"\n', "reminders.send_at"),
        ('[bot]\ntimezone = "Asia/Sai_Gon"\n', "bot.timezone"),
        ('[bot]\ndb_pth = "x.sqlite3"\n', "bot.db_pth"),
        ("[remindres]\nenabled = true\n", "remindres"),
    ],
)
def test_malformed_or_unknown_key_names_the_key_and_the_file(tmp_path: Path, text: str, key: str) -> None:
    config = tmp_path / "config.toml"
    config.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_settings(config, {})
    assert f"«{key}»" in str(caught.value) and str(config) in str(caught.value)


def test_bad_environment_value_names_the_key() -> None:
    with pytest.raises(ConfigError, match=r"limits\.max_import_rows"):
        load_settings(None, {"DONDOC_LIMITS__MAX_IMPORT_ROWS": "nhiều"})


def test_missing_file_and_broken_toml(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="không tìm thấy tệp cấu hình"):
        load_settings(tmp_path / "khong-co.toml", {})
    broken = tmp_path / "hong.toml"
    broken.write_text("[bot\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=f"{re.escape(str(broken))}.*sai cú pháp TOML"):
        load_settings(broken, {})


def test_token_comes_from_the_environment_and_never_shows(tmp_path: Path) -> None:
    token = "123456:AAE-very-secret-token"
    settings = load_settings(None, {"DONDOC_TELEGRAM__TOKEN": token})
    assert settings.bot_token() == token
    for text in (repr(settings), str(settings), repr(settings.telegram), str(settings.telegram)):
        assert token not in text
    assert "hook-xyz-987" not in repr(
        load_settings(None, {"DONDOC_TELEGRAM__WEBHOOK_SECRET": "hook-xyz-987"})
    )


def test_token_from_token_file(tmp_path: Path) -> None:
    token_file = tmp_path / "token"
    token_file.write_text("  123456:from-file\n", encoding="utf-8")
    config = tmp_path / "config.toml"
    config.write_text('[telegram]\ntoken_file = "token"\n', encoding="utf-8")
    settings = load_settings(config, {})
    assert settings.bot_token() == "123456:from-file"
    assert "from-file" not in repr(settings)
    token_file.unlink()
    with pytest.raises(ConfigError, match=r"telegram\.token_file"):
        settings.bot_token()


def test_token_written_in_the_config_is_refused(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[telegram]\ntoken = "123456:leaked"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_settings(config, {})
    assert "telegram.token" in str(caught.value) and "DONDOC_TELEGRAM__TOKEN" in str(caught.value)
    assert "leaked" not in str(caught.value)
