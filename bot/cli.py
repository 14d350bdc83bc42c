"""The `dondoc` command line. Each command imports its module only when run, so `dondoc parse`
starts fast (no Telegram, no matplotlib, no openpyxl on that path)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

Handler = Callable[[argparse.Namespace], int]


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", type=Path, default=None, help="tệp cấu hình TOML (mặc định: config.toml nếu có)")
    parser.add_argument("--db", type=Path, default=None, help="tệp cơ sở dữ liệu SQLite")


def _cmd(module: str, function: str) -> Handler:
    def run(args: argparse.Namespace) -> int:
        import importlib

        handler: Handler = getattr(importlib.import_module(module), function)
        return handler(args)

    return run


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dondoc", description="dondoc — trợ lý đôn đốc cam kết trách nhiệm")
    sub = parser.add_subparsers(dest="command", metavar="LỆNH")

    p = sub.add_parser("run", help="chạy bot (Telegram nếu có token, nếu không thì trò chuyện trên terminal)")
    _add_common(p)
    p.add_argument("--pledges", type=Path, default=None, help="nạp tệp cam kết trước khi chạy")
    p.set_defaults(handler=_cmd("bot.commands.run", "cmd_run"))

    p = sub.add_parser("demo", help="trò chuyện thử trên terminal, không cần token, không cần mạng")
    _add_common(p)
    p.add_argument("--pledges", type=Path, default=None, help="tệp cam kết (mặc định: mẫu đi kèm)")
    p.add_argument("--as", dest="as_official", default=None, help="mã cán bộ đóng vai")
    p.set_defaults(handler=_cmd("bot.commands.run", "cmd_demo"))

    p = sub.add_parser("parse", help="đọc tin nhắn JSON lines từ stdin, in kết quả phân tích")
    _add_common(p)
    p.add_argument("--pledges", type=Path, required=True)
    p.add_argument("--explain", action="store_true", help="kèm giải thích cho từng cập nhật")
    p.set_defaults(handler=_cmd("bot.parsing.cli", "cmd_parse"))

    p = sub.add_parser(
        "build-parser", help="dịch bộ phân tích tin nhắn sang mã máy (nhanh gấp đôi; cần trình biên dịch C)"
    )
    p.set_defaults(handler=_cmd("bot.parsing.native", "cmd_build"))

    pledges = sub.add_parser("pledges", help="nhập, kiểm tra, liệt kê cam kết").add_subparsers(
        dest="pledges_command", metavar="LỆNH", required=True)
    p = pledges.add_parser("import", help="nhập tệp cam kết (.toml, .csv, .xlsx) vào cơ sở dữ liệu")
    _add_common(p)
    p.add_argument("file", type=Path)
    p.set_defaults(handler=_cmd("bot.commands.pledges", "cmd_import"))
    p = pledges.add_parser("check", help="kiểm tra tệp cam kết, in chỉ tiêu đọc được")
    _add_common(p)
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_cmd("bot.commands.pledges", "cmd_check"))
    p = pledges.add_parser("list", help="liệt kê nhiệm vụ đã nhập")
    _add_common(p)
    p.add_argument("--official", default=None)
    p.set_defaults(handler=_cmd("bot.commands.pledges", "cmd_list"))
    p = pledges.add_parser("template", help="tạo tệp Excel mẫu để điền cam kết")
    _add_common(p)
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(handler=_cmd("bot.commands.pledges", "cmd_template"))

    officials = sub.add_parser("officials", help="cán bộ").add_subparsers(
        dest="officials_command", metavar="LỆNH", required=True)
    p = officials.add_parser("list", help="liệt kê cán bộ và tài khoản chat đã gắn")
    _add_common(p)
    p.set_defaults(handler=_cmd("bot.commands.admin", "cmd_officials_list"))

    p = sub.add_parser("invite", help="tạo mã mời dùng một lần cho một cán bộ")
    _add_common(p)
    p.add_argument("official")
    p.set_defaults(handler=_cmd("bot.commands.admin", "cmd_invite"))

    db = sub.add_parser("db", help="sao lưu, khôi phục cơ sở dữ liệu").add_subparsers(
        dest="db_command", metavar="LỆNH", required=True)
    p = db.add_parser("backup", help="sao lưu trực tuyến (an toàn khi bot đang chạy)")
    _add_common(p)
    p.add_argument("path", type=Path)
    p.set_defaults(handler=_cmd("bot.commands.admin", "cmd_backup"))
    p = db.add_parser("restore", help="khôi phục từ bản sao lưu (kiểm tra tính toàn vẹn trước)")
    _add_common(p)
    p.add_argument("path", type=Path)
    p.set_defaults(handler=_cmd("bot.commands.restore", "cmd_restore"))

    reminders = sub.add_parser("reminders", help="lịch nhắc việc").add_subparsers(
        dest="reminders_command", metavar="LỆNH", required=True)
    p = reminders.add_parser("plan", help="xem trước các tin nhắc trong một khoảng ngày")
    _add_common(p)
    p.add_argument("--pledges", type=Path, default=None)
    p.add_argument("--from", dest="date_from", required=True)
    p.add_argument("--to", dest="date_to", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_cmd("reminders.cli", "cmd_plan"))

    p = sub.add_parser("chart", help="vẽ biểu đồ tiến độ (PNG)")
    _add_common(p)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--unit", default=None)
    p.set_defaults(handler=_cmd("bot.commands.reports", "cmd_chart"))

    p = sub.add_parser("export", help="xuất báo cáo Excel")
    _add_common(p)
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(handler=_cmd("bot.commands.reports", "cmd_export"))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "handler", None) is None:
        parser.print_help()
        return 0
    try:
        return int(args.handler(args))
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
