"""Target extraction from pledge texts: the dev targets and our own varied wordings."""

from __future__ import annotations

import json

import pytest
from parse_helpers import DATA

from bot.models import Direction
from bot.parsing import resolve_target
from bot.pledges import load_pledge_file


@pytest.mark.parametrize("corpus", ["dev", "heldout"])
def test_corpus_targets(corpus: str) -> None:
    book = load_pledge_file(DATA / corpus / "pledges.toml")
    got = {t.id: t.target for t in book.tasks}
    for row in json.loads((DATA / corpus / "targets.json").read_text("utf-8")):
        target = got[row["task"]]
        assert target.value == (pytest.approx(row["target"]) if row["target"] is not None else None), row
        assert str(target.direction) == row["direction"], row


@pytest.mark.parametrize(
    ("text", "value", "unit", "direction"),
    [
        ("Nâng cấp 12km đường rộng từ 3,5m trở lên", 12, "km", Direction.AT_LEAST),
        ("Có 3 sản phẩm OCOP đạt từ 3 sao trở lên năm 2025", 3, "sản phẩm", Direction.AT_LEAST),
        ("Tổ chức Đại hội lần thứ II nhiệm kỳ 2024 - 2029", None, None, Direction.DONE),
        # a span of years before 1900, spaced around the dash: an anniversary, no target
        ("Tổ chức thành công Lễ kỷ niệm 210 năm thành lập huyện (1814 - 2024)", None, None, Direction.DONE),
        ("Kỷ niệm 190 năm danh xưng Quảng Trị (1834 – 2024)", None, None, Direction.DONE),
        ("Tỷ lệ hộ nghèo dưới 2%", 2, "%", Direction.AT_MOST),
        ("Số vụ tai nạn giao thông tối đa 5 vụ", 5, "vụ", Direction.AT_MOST),
        ("Tỷ lệ hộ nghèo giảm còn không quá 1,35%", 1.35, "%", Direction.AT_MOST),
        ("Thu ngân sách 700 triệu đồng", 700, "triệu đồng", Direction.AT_LEAST),
        ("Chi trả trợ cấp 9 tỷ 300 triệu đồng", 9.3, "tỷ đồng", Direction.AT_LEAST),
        ("Kết nạp 15 đảng viên mới", 15, "đảng viên", Direction.AT_LEAST),
        ("Giải phóng mặt bằng 2,5 héc-ta", 2.5, "ha", Direction.AT_LEAST),
        ("Xây dựng giao thông nông thôn đạt 100% chỉ tiêu kế hoạch", 100, "%", Direction.AT_LEAST),
        ("Kéo giảm tai nạn giao thông trên cả 3 mặt so với năm 2023", None, None, Direction.DONE),
        ("Được công nhận 2 xã nông thôn mới (Tân Thạch, Giao Long)", 2, "xã", Direction.AT_LEAST),
        ("Triển khai Kế hoạch sử dụng đất năm 2025 trong quý III", None, None, Direction.DONE),
        ("Đào tạo nghề cho 350 lao động nông thôn trong 6 tháng", 350, "lao động", Direction.AT_LEAST),
        # the span of one work and a market's class are no amounts
        ("Hoàn thành cống ngăn mặn Rạch Cát khẩu độ 8m", None, None, Direction.DONE),
        ("Nâng cấp chợ cá Hòa Lợi đạt chuẩn chợ hạng 3", None, None, Direction.DONE),
        ("Lập hồ sơ xếp hạng 2 di tích cấp tỉnh", 2, "di tích", Direction.AT_LEAST),
        # a list of ages is no amount, after "độ tuổi" or before "tuổi"
        ("Tổ chức mừng thọ người cao tuổi ở các độ tuổi 70, 75, 80, 85 và trên 90", None, None, Direction.DONE),
        ("Tặng quà mừng thọ người tròn 70, 75, 80 và 90 tuổi", None, None, Direction.DONE),
        # a bracket describing one thing built, a count out of a whole that ends the text
        ("Hoàn thành cầu Khe Lim (cầu bê tông dài 48m, tải trọng 30 tấn)", None, None, Direction.DONE),
        ("Hoàn thành xây dựng Trạm Y tế xã Khe Lim (nhà 2 tầng, 12 phòng)", None, None, Direction.DONE),
        ("Xây dựng 3 trường (12 phòng học)", 3, "trường", Direction.AT_LEAST),
        ("Xây dựng xã, thị trấn phù hợp với trẻ em đạt 9/11 xã, thị trấn", 9, "xã, thị trấn", Direction.AT_LEAST),
        # "không dưới" is at least; an age range, the floors a building has, "24/24" on duty are no amounts; a
        # figure said with "đạt" is the amount over one said with a weak cue ("trồng 3 vụ")
        ("Tổ chức tuần tra, truy quét bảo vệ rừng không dưới 48 đợt", 48, "đợt", Direction.AT_LEAST),
        ("Huy động 99% trẻ từ 3 đến 5 tuổi ra lớp mẫu giáo", 99, "%", Direction.AT_LEAST),
        ("Hoàn thành xây dựng nhà lớp học 2 tầng 8 phòng Trường Tiểu học Hùng Lĩnh", None, None, Direction.DONE),
        ("Duy trì trực ban phòng chống thiên tai 24/24 trong mùa mưa bão", None, None, Direction.DONE),
        ("Gieo trồng 3 vụ lúa đạt diện tích 9.600 ha", 9600, "ha", Direction.AT_LEAST),
        # a part said of the whole, what each one measures, a grade, a building's class, a bracket saying which
        (
            "Đưa 900 lao động đi làm việc ở nước ngoài, trong đó thị trường Hàn Quốc chiếm trên 40%",
            900,
            "lao động",
            Direction.AT_LEAST,
        ),
        ("Đấu giá thành công 80 lô đất ở, diện tích mỗi lô từ 90m² trở lên", 80, "lô", Direction.AT_LEAST),
        ("Xây dựng 2 cánh đồng mẫu lớn, mỗi cánh đồng trên 50ha", 2, "cánh đồng", Direction.AT_LEAST),
        ("Hoàn thành tuyển sinh vào lớp 6 Trường PTDT nội trú huyện", None, None, Direction.DONE),
        ("Xây dựng mới Nhà văn hóa thôn Đông (nhà cấp 4)", None, None, Direction.DONE),
        ("Sửa chữa, gia cố cầu treo Bản Mồ (dài 64m)", None, None, Direction.DONE),
        ("Đưa các nhà máy điện gió vào vận hành đạt tổng công suất 120 MW", 120, "MW", Direction.AT_LEAST),
        # the road's number before "đoạn qua" (its stretch through the district), no count of stretches
        ("Hoàn thành GPMB dự án đường ven biển 129 đoạn qua huyện", None, None, Direction.DONE),
        ("Nâng cấp 3 đoạn tuyến đường liên xã", 3, "đoạn tuyến", Direction.AT_LEAST),
        # "đăng ký 350" registers them: no "kỳ 350", the 350th session
        ("Cấp mới giấy chứng nhận đăng ký 350 hộ kinh doanh", 350, "hộ", Direction.AT_LEAST),
        (
            "Kéo giảm tai nạn giao thông trên 3 tiêu chí (số vụ, số người chết, số người bị thương)",
            None,
            None,
            Direction.DONE,
        ),
        # the count a past year reached, in brackets, is the base the pledge grows from
        ("Sản lượng chè búp tươi đạt trên 42.000 tấn (năm 2023 đạt 39.600 tấn)", 42000.0, "tấn", Direction.AT_LEAST),
        # a figure inside quotation marks is part of a name: the movement "5 không, 3 sạch" pledges no amount
        ("Ra mắt mô hình “Chi hội 5 không, 3 sạch” tại thôn Bãi Dài", None, None, Direction.DONE),
        ('Xây dựng mô hình "3 sạch" tại 6 thôn', 6.0, "thôn", Direction.AT_LEAST),
        # a road named by its number, extended: "đường 212 kéo dài" pledges no 212
        ("Hoàn thành GPMB dự án đường trục huyện (đường 179 kéo dài)", None, None, Direction.DONE),
        # the size of each thing counted, said after it with "mỗi", is a standard
        ("Xây dựng 3 cánh đồng mẫu lớn, quy mô trên 40ha mỗi cánh đồng", 3.0, "cánh đồng", Direction.AT_LEAST),
    ],
)
def test_own_targets(text: str, value: float | None, unit: str | None, direction: Direction) -> None:
    target = resolve_target(text)
    assert target.value == (pytest.approx(value) if value is not None else None)
    assert target.unit == unit
    assert target.direction is direction


def test_explicit_fields_win() -> None:
    target = resolve_target("Thu ngân sách đạt và vượt kế hoạch", 12.5, "tỷ đồng", None)
    assert (target.value, target.unit, target.direction) == (12.5, "tỷ đồng", Direction.AT_LEAST)
    assert resolve_target("Trồng 50.000 cây", explicit_direction=Direction.AT_MOST).direction is Direction.AT_MOST


def test_a_count_said_in_millions_keeps_its_unit_apart_from_the_magnitude() -> None:
    # the value holds the million: "1,2 triệu lượt" is 1.200.000 "lượt", never 1.200.000 "triệu lượt"
    for text, value, unit in (
        ("Đón 1,2 triệu lượt khách du lịch", 1200000.0, "lượt"),
        ("Trồng 60 nghìn cây xanh phân tán", 60000.0, "cây xanh"),
        ("Tiêm phòng cúm gia cầm 1,2 triệu liều", 1200000.0, "liều"),
    ):
        target = resolve_target(text)
        assert (target.value, target.unit) == (value, unit), text


def test_a_dimension_or_a_minimum_size_pledges_no_amount() -> None:
    # "3D" says how the sites are digitised; "có quy mô từ 10 phòng" says which guesthouses are checked
    assert resolve_target("Số hóa 3D 5 điểm di tích phục vụ tham quan trực tuyến").value == 5
    assert resolve_target("Kiểm tra an toàn PCCC tại 180 cơ sở lưu trú có quy mô từ 10 phòng").value == 180
    assert resolve_target("Xây dựng vùng sản xuất lúa tập trung quy mô 50ha").value == 50


def test_a_count_after_a_zoning_plan_is_pledged() -> None:
    # "quy hoạch phân khu 3 phường": zoning plans of three wards, no zone numbered 3
    target = resolve_target("Hoàn thành lập quy hoạch phân khu 3 phường (Minh Khai, Tân Lập, Đông Hòa)")
    assert (target.value, target.unit) == (3.0, "phường")
    assert resolve_target("Chỉnh trang khu 3 phường Minh Khai").value is None
