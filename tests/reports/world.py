"""A small two-district world for report tests: pledges written as a real TOML file, reports stored
through the real store. Today is 2 March 2026, so a task running January–April is exactly half way."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from bot.models import ProgressUpdate, UpdateKind
from bot.pledges import load_pledge_file
from bot.store import IncomingRecord, NewUpdate, Store
from tests.conftest import VN

TODAY = datetime(2026, 3, 2, 9, 0, tzinfo=VN)

PLEDGES = """
[[official]]
id = "lanhdao-a"
name = "Phạm Văn Sang"
title = "Chủ tịch UBND huyện Hòa An"
unit = "Huyện Hòa An"
role = "leader"

[[official]]
id = "binhminh"
name = "Trần Hoàng Liêm"
title = "Chủ tịch UBND xã Bình Minh"
unit = "Xã Bình Minh"
leader = "lanhdao-a"

[[official.task]]
id = "bm-01"
text = "Giải quyết việc làm cho 100 lao động"
target = 100
unit = "lao động"
start = "2026-01"
deadline = "2026-04"

[[official.task]]
id = "bm-02"
text = "Ra mắt mô hình du lịch cộng đồng"
deadline = "2026-02"

[[official.task]]
id = "bm-03"
text = "Tỷ lệ hộ nghèo không quá 1,35%"
target = 1.35
unit = "%"
direction = "không quá"
deadline = "2026-12"

[[official]]
id = "ap-binhminh"
name = "Lê Văn Tư"
title = "Trưởng ấp Bình Minh 1"
unit = "Ấp Bình Minh 1"
leader = "binhminh"

[[official.task]]
id = "ap-01"
text = "Vận động 40 hộ tham gia bảo hiểm y tế"
target = 40
unit = "hộ"
start = "2026-01"
deadline = "2026-04"

[[official]]
id = "donghoa"
name = "Nguyễn Thị Đông"
title = "Chủ tịch UBND xã Đông Hòa"
unit = "Xã Đông Hòa"
leader = "lanhdao-a"

[[official.task]]
id = "dh-01"
text = "Thu ngân sách nhà nước đạt 12,5 tỷ đồng"
target = 12.5
unit = "tỷ đồng"
start = "2026-01"
deadline = "2026-04"

[[official.task]]
id = "dh-02"
text = "Tổ chức hội nghị tổng kết"
deadline = "2026-09"

[[official]]
id = "lanhdao-b"
name = "Hoàng Văn Bảy"
title = "Chủ tịch UBND huyện Chợ Mới"
unit = "Huyện Chợ Mới"
role = "leader"

[[official]]
id = "tanlap"
name = "Đỗ Thị Lập"
title = "Chủ tịch UBND xã Tân Lập"
unit = "Xã Tân Lập"
leader = "lanhdao-b"

[[official.task]]
id = "tl-01"
text = "Trồng 50.000 cây xanh phân tán"
target = 50000
unit = "cây"
start = "2026-01"
deadline = "2026-04"

[[official]]
id = "quantri"
name = "Lê Thị Thu"
title = "Chuyên viên văn phòng"
unit = "Văn phòng"
role = "admin"
"""

# who is under whom, for scope checks
DISTRICT_A_UNITS = {"Xã Bình Minh", "Ấp Bình Minh 1", "Xã Đông Hòa"}
DISTRICT_B_UNITS = {"Xã Tân Lập"}
DISTRICT_A_TASKS = {"bm-01", "bm-02", "bm-03", "ap-01", "dh-01", "dh-02"}
DISTRICT_B_TASKS = {"tl-01"}


async def build_world(store: Store, folder: Path) -> None:
    path = folder / "cam-ket.toml"
    path.write_text(PLEDGES, encoding="utf-8")
    await store.pledges.apply_book(load_pledge_file(path), "test", TODAY - timedelta(days=90))


async def report(store: Store, official_id: str, updates: list[NewUpdate], at: datetime,
                 text: str = "báo cáo") -> tuple[int, list[ProgressUpdate]]:
    """Store a message and what it recorded, as the report handler does."""
    message_id, _ = await store.progress.record_message(
        IncomingRecord("test", official_id, official_id, text, at, official_id=official_id))
    return message_id, await store.progress.add_updates(updates, message_id, official_id, at)


async def fill_world(store: Store) -> dict[str, int]:
    """Reports that put every colour on the board at TODAY:
    bm-01 40/100 at half time (green, exactly at the 10-point boundary); bm-02 overdue (red);
    bm-03 1,2% under a 1,35% bound (green); ap-01 nothing, half time (red, far behind);
    dh-01 5/12,5 = 40% but a later correction undone → 3/12,5 = 24% (amber); dh-02 no news (grey);
    tl-01 in the other district, 10.000/50.000 = 20% at half time (amber, exactly 30 points under).
    Returns message ids by name."""
    day = timedelta(days=1)
    ids: dict[str, int] = {}
    ids["bm1"], _ = await report(store, "binhminh", [NewUpdate("bm-01", UpdateKind.ABSOLUTE, 30.0)],
                                 TODAY - 20 * day, "GQVL được 30 lao động")
    ids["bm2"], _ = await report(store, "binhminh", [NewUpdate("bm-01", UpdateKind.INCREMENT, 10.0, "thêm ở KCN"),
                                                     NewUpdate("bm-03", UpdateKind.ABSOLUTE, 1.2)],
                                 TODAY - 5 * day, "thêm 10 lđ, hộ nghèo còn 1,2%")
    ids["dh1"], _ = await report(store, "donghoa", [NewUpdate("dh-01", UpdateKind.ABSOLUTE, 3.0)],
                                 TODAY - 30 * day, "NSNN đạt 3 tỷ")
    ids["dh2"], wrong = await report(store, "donghoa", [NewUpdate("dh-01", UpdateKind.ABSOLUTE, 5.0)],
                                     TODAY - 2 * day, "NSNN đạt 5 tỷ")
    await store.progress.undo([u.id for u in wrong], "donghoa", TODAY - 2 * day + timedelta(minutes=3))
    ids["tl1"], _ = await report(store, "tanlap", [NewUpdate("tl-01", UpdateKind.ABSOLUTE, 10000.0)],
                                 TODAY - 40 * day, "trồng được 10 nghìn cây")
    return ids
