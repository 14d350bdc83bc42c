"""Parser throughput (messages/second, one official with 30 tasks, in process) and `dondoc parse` start-up.

Run: .venv/bin/python bench/parse.py
With the parser's machine-code build in place (`dondoc build-parser`, see bot/parsing/native.py) it also
measures the plain Python parser, in a second process.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bot.models import Direction
from bot.parsing import PledgedTask, parse_message, resolve_target
from bot.parsing.native import PURE_ENV

TASK_TEXTS = [
    "Trồng 50.000 cây xanh phân tán",
    "Thu ngân sách nhà nước đạt 12,5 tỷ đồng",
    "Giải quyết việc làm cho 105 lao động",
    "Tỷ lệ hộ nghèo giảm còn không quá 1,35%",
    "Xây dựng 26.500m đường giao thông nông thôn",
    "Ra mắt mô hình du lịch cộng đồng",
    "Giải ngân đạt trên 95% kế hoạch vốn đầu tư công",
    "Được công nhận 2 xã nông thôn mới",
    "Tuyên truyền, vận động thành lập mới 120 doanh nghiệp",
    "Có trên 5 sản phẩm đạt chứng nhận OCOP",
    "Hòa giải cơ sở thành đạt từ 85% trở lên",
    "Kéo giảm tai nạn giao thông trên cả 3 mặt",
    "Xử lý kịp thời các trường hợp xây dựng trái phép",
    "Giải quyết hồ sơ trực tuyến trên 80% hồ sơ",
    "Kiểm tra công tác giảm nghèo tại 22 xã, thị trấn",
    "Tập huấn công tác giảm nghèo",
    "Trồng mới 12 ha rừng sản xuất",
    "Kết nạp 8 đảng viên mới",
    "Tỷ lệ tham gia BHYT đạt 95% trở lên",
    "Xây dựng 3 nhà văn hóa ấp",
    "Hoàn thành giải phóng mặt bằng dự án cụm công nghiệp",
    "Tổ chức Đại hội Thể dục thể thao xã lần thứ IX",
    "Cấp 1.200 giấy chứng nhận quyền sử dụng đất",
    "Thu tiền sử dụng đất đạt 45 tỷ đồng",
    "Thu gom, xử lý 90% rác thải sinh hoạt",
    "Phát triển mới 30 hộ kinh doanh",
    "Chỉnh trang 1.500 m vỉa hè các tuyến phố chính",
    "Vận động 50 hộ hiến đất làm đường",
    "Đào tạo nghề cho 800 lao động nông thôn",
    "Triển khai sớm Kế hoạch sử dụng đất năm 2025",
]
MESSAGES = [
    "GQVL thêm 8 LĐ",
    "vuon xanh sach dep duoc 2 ha",
    "thu ngan sach 9 ty 300 trieu",
    "Hòa giải thành 88%",
    "Vườn xanh 2,5ha; việc làm 70 lao động; XKLĐ 3 người",
    "ok",
    "đạt 60",
    "Đường GTNT hoàn thành 12 km",
    "trong them 5 nghin cay",
    "Tân Thạch đã được công nhận xã NTM",
    "còn mấy việc chưa xong vậy bot?",
    "Kết nạp thêm 2 đảng viên",
    "Cấp 700 GCN, thu tiền SDĐ 33 tỷ",
    "nhầm, việc làm là 55 chứ không phải 60",
    "Tính đến 30/6, cấp được 950 giấy chứng nhận QSDĐ",
    "Vỉa hè: thêm 200m, nâng tổng số lên 1.100m",
]


def tasks() -> tuple[PledgedTask, ...]:
    out = []
    for i, text in enumerate(TASK_TEXTS, start=1):
        t = resolve_target(text)
        out.append(PledgedTask(f"t{i:02d}", i, text, t.value, t.unit, t.direction or Direction.DONE))
    return tuple(out)


def throughput(runs: int = 7, rounds: int = 150) -> float:
    ts = tasks()
    parse_message(ts, "khởi động")
    rates = []
    for _ in range(runs):
        t0 = time.perf_counter()
        for _ in range(rounds):
            for m in MESSAGES:
                parse_message(ts, m)
        rates.append(rounds * len(MESSAGES) / (time.perf_counter() - t0))
    return statistics.median(rates)


def startup(runs: int = 7) -> float:
    root = Path(__file__).resolve().parent.parent
    pledges = root / "tests" / "parsing" / "data" / "dev" / "pledges.toml"
    exe = Path(sys.executable).parent / "dondoc"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "bot"]
    times = []
    with tempfile.TemporaryFile() as empty:
        for _ in range(runs):
            empty.seek(0)
            t0 = time.perf_counter()
            subprocess.run([*cmd, "parse", "--pledges", str(pledges)], stdin=empty, check=True, capture_output=True)
            times.append(time.perf_counter() - t0)
    return statistics.median(times)


def implementation() -> str:
    from bot.parsing import parser

    return "plain Python" if parser.__file__ is None or parser.__file__.endswith(".py") else "machine-code build"


def main() -> None:
    if "--throughput-only" in sys.argv:
        print(f"{throughput():.0f}")
        return
    rate = throughput()
    which = implementation()
    print(f"parse_message: {rate:,.0f} msg/s (median of 7 runs, 30 tasks, {len(MESSAGES)} message kinds; {which})")
    if which != "plain Python":
        # the same parser as plain Python, for comparison: what runs where no C compiler was at hand
        plain = subprocess.run(
            [sys.executable, __file__, "--throughput-only"],
            env={**os.environ, PURE_ENV: "1"},
            check=True,
            capture_output=True,
            text=True,
        )
        print(f"parse_message: {float(plain.stdout):,.0f} msg/s (same runs; plain Python, {PURE_ENV}=1)")
    print(f"dondoc parse start-up: {startup() * 1000:.0f} ms (median of 7 process runs, empty input)")


if __name__ == "__main__":
    main()
