"""One frozen, typed settings object: a TOML file, then DONDOC_* environment overrides.

Built once in main() and passed down. The environment is an explicit mapping so tests pass a
dict. Secrets (the bot token, the webhook secret) come only from the environment or from a file
the config names, never from the config itself.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from datetime import date, time
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from bot.pledges.book import DEFAULT_MAX_IMPORT_BYTES, DEFAULT_MAX_IMPORT_ROWS

ENV_PREFIX = "DONDOC_"
DEFAULT_CONFIG = Path("config.toml")


class ConfigError(Exception):
    """Start-up stops with this: the message names the key and the file."""


class _Section(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class BotSettings(_Section):
    db_path: Path = Path("data/dondoc.sqlite3")
    timezone: str = "Asia/Ho_Chi_Minh"
    pledges_file: Path | None = None
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    log_format: Literal["json", "text"] = "text"

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"múi giờ không tồn tại: {value}") from exc
        return value


class TelegramSettings(_Section):
    token: str | None = Field(default=None, repr=False)  # from DONDOC_TELEGRAM__TOKEN only
    token_file: Path | None = None
    bot_username: str = "dondoc_bot"
    mode: Literal["polling", "webhook"] = "polling"
    webhook_url: str = ""
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = Field(default=8443, ge=1, le=65535)
    webhook_secret: str | None = Field(default=None, repr=False)
    webhook_secret_file: Path | None = None
    base_url: str = "https://api.telegram.org/bot"
    base_file_url: str = "https://api.telegram.org/file/bot"


class InviteSettings(_Section):
    ttl_hours: int = Field(default=72, ge=1, le=24 * 60)
    max_failures_per_hour: int = Field(default=5, ge=1)


class ReminderSettings(_Section):
    enabled: bool = True
    work_start: time = time(7, 30)
    work_end: time = time(17, 0)
    send_at: time = time(8, 0)
    days_before_end: int = Field(default=5, ge=1, le=20)
    overdue_repeat_days: int = Field(default=7, ge=1, le=60)
    silence_days: int = Field(default=21, ge=1, le=365)
    monthly_summary_day: int = Field(default=1, ge=1, le=28)
    weekly_digest_weekday: int = Field(default=1, ge=1, le=7)  # ISO weekday: 1 = thứ Hai
    holidays_add: tuple[date, ...] = ()
    holidays_remove: tuple[date, ...] = ()
    global_rate_per_second: float = Field(default=25.0, gt=0, le=30)
    per_chat_interval_seconds: float = Field(default=1.0, ge=0)


class LimitSettings(_Section):
    max_message_chars: int = Field(default=2000, ge=100)
    flood_messages: int = Field(default=20, ge=1)
    flood_window_seconds: int = Field(default=60, ge=1)
    max_import_bytes: int = Field(default=DEFAULT_MAX_IMPORT_BYTES, ge=1024)
    max_import_rows: int = Field(default=DEFAULT_MAX_IMPORT_ROWS, ge=1)


class Settings(BaseSettings):
    """The whole configuration. Sections mirror config.example.toml."""

    model_config = SettingsConfigDict(frozen=True, extra="forbid")

    bot: BotSettings = BotSettings()
    telegram: TelegramSettings = TelegramSettings()
    invites: InviteSettings = InviteSettings()
    reminders: ReminderSettings = ReminderSettings()
    limits: LimitSettings = LimitSettings()

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # load_settings() merges the file and the explicit environment itself, so it can name the
        # file and key in errors and tests can pass their own mapping instead of os.environ
        return (init_settings,)

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.bot.timezone)

    def bot_token(self) -> str | None:
        """The token from the environment, else from token_file; never from the config text."""
        if self.telegram.token:
            return self.telegram.token.strip()
        if self.telegram.token_file:
            try:
                return self.telegram.token_file.read_text(encoding="utf-8").strip() or None
            except OSError as exc:
                raise ConfigError(
                    f"không đọc được telegram.token_file ({self.telegram.token_file}): {exc.strerror}"
                ) from exc
        return None

    def webhook_secret(self) -> str | None:
        if self.telegram.webhook_secret:
            return self.telegram.webhook_secret
        if self.telegram.webhook_secret_file:
            return self.telegram.webhook_secret_file.read_text(encoding="utf-8").strip() or None
        return None


_SECRET_KEYS = {("telegram", "token"), ("telegram", "webhook_secret")}


def _env_overrides(environ: Mapping[str, str]) -> dict[str, Any]:
    """DONDOC_SECTION__KEY=value → {"section": {"key": value}}. Lists are comma separated."""
    overrides: dict[str, Any] = {}
    for name, value in environ.items():
        if not name.upper().startswith(ENV_PREFIX):
            continue
        path = name[len(ENV_PREFIX):].lower().split("__")
        if len(path) != 2 or not all(path):
            continue
        section, key = path
        if key in ("holidays_add", "holidays_remove"):
            overrides.setdefault(section, {})[key] = [v.strip() for v in value.split(",") if v.strip()]
        else:
            overrides.setdefault(section, {})[key] = value
    return overrides


def load_settings(
    config_path: Path | None = None,
    environ: Mapping[str, str] | None = None,
    overrides: Mapping[str, Mapping[str, Any]] | None = None,
) -> Settings:
    """Read the config file (if any), apply environment and explicit overrides, validate.

    config_path None means ./config.toml when it exists, else built-in defaults."""
    environ = os.environ if environ is None else environ
    if config_path is None and environ.get(f"{ENV_PREFIX}CONFIG"):
        config_path = Path(environ[f"{ENV_PREFIX}CONFIG"])
    if config_path is None and DEFAULT_CONFIG.exists():
        config_path = DEFAULT_CONFIG
    source = str(config_path) if config_path else "(cấu hình mặc định)"
    data: dict[str, Any] = {}
    if config_path is not None:
        try:
            data = tomllib.loads(config_path.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise ConfigError(f"không tìm thấy tệp cấu hình {config_path}") from exc
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"tệp cấu hình {config_path} sai cú pháp TOML: {exc}") from exc
        for section, key in _SECRET_KEYS:
            if isinstance(data.get(section), dict) and key in data[section]:
                raise ConfigError(
                    f"khoá «{section}.{key}» không được ghi trong {config_path}: đặt biến môi trường "
                    f"{ENV_PREFIX}{section.upper()}__{key.upper()} hoặc dùng {key}_file"
                )
        base = config_path.parent
        for section, key in (("bot", "db_path"), ("bot", "pledges_file"), ("telegram", "token_file"),
                             ("telegram", "webhook_secret_file")):
            value = data.get(section, {}).get(key) if isinstance(data.get(section), dict) else None
            if isinstance(value, str) and value and not Path(value).is_absolute():
                data[section][key] = str(base / value)
    for layer in (_env_overrides(environ), overrides or {}):
        for section, values in layer.items():
            if not isinstance(data.get(section), dict):
                data[section] = {}
            data[section].update(values)
    try:
        return Settings(**data)
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            key = ".".join(str(part) for part in error["loc"])
            problems.append(f"khoá «{key}» trong {source}: {error['msg']}")
        raise ConfigError("cấu hình không hợp lệ:\n  " + "\n  ".join(problems)) from exc
