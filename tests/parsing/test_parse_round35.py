"""Round 35: what session twenty-seven found. Wording is our own.

Unaccented "hong" before "dat" is as often hồng (a crop's name, "chuối tiêu hồng") or hỏng as the southern
"hông đạt" (not reached), so only the accented "hông" says no. "Tuần" is a week, except inside a pledge's own
pair ("tuần tra", patrol). A figure before a plain "nam" in a text typed with its marks counts men ("600 nam, nữ
thanh niên"), no span of years; one after "cấp đổi" counts certificates reissued, no team ("đội 180"). An
unaccented "gia dinh chinh sach" is gia đình chính sách, no "đính chính" (a correction). The "tử" of "điện
tử" folds to "tu" as "từ" (from) does, and says no day follows ("điện tử tại 12/12 trạm" counts stations). Damage
said with its cause ("bão gây sạt thêm 30m") is no length built on a task against erosion, whose "sạt lở" it
shares. "Còn thiếu" (still short of) says a unit has not reached its standard yet. A figure naming a slogan the
pledge uses ('tàu cá "3 không"') is no amount, and its "không" takes no figure back. Pests that "gây hại" (cause
harm) on an area do damage, no area planted. A length "đang chờ nghiệm thu" is built, only its acceptance
awaited. An unaccented "bon chua" is a tank (bồn chứa), no "not yet". The width lanes were "mở rộng lên" is the
pledged standard, no length."""

from __future__ import annotations

from parse_helpers import asks, make_tasks
from parse_helpers import updates_of as got

from bot.models import UpdateKind
from bot.parsing import resolve_target

NOTE, DONE, INC, ABS = UpdateKind.NOTE, UpdateKind.DONE, UpdateKind.INCREMENT, UpdateKind.ABSOLUTE

CROPS = make_tasks(
    "Mở rộng diện tích chuối tiêu hồng thêm 30ha",  # t1
    "Giảm 35 hộ nghèo",  # t2
)


def test_unaccented_hong_in_the_crop_s_name_is_no_negation() -> None:
    assert got(CROPS, "chuoi tieu hong dat 50% ke hoach") == [("t1", ABS, 15.0)]


def test_the_accented_dialect_hong_still_says_not_reached() -> None:
    assert got(CROPS, "chuối tiêu hông đạt 50% kế hoạch") == [("t1", NOTE, None)]


BORDER = make_tasks(
    "Phối hợp Đồn Biên phòng tổ chức 24 đợt tuần tra song phương, bảo vệ đường biên, cột mốc",  # t1
    "Không để xảy ra tình trạng xuất nhập cảnh trái phép qua biên giới",  # t2
    "Tái canh 45 ha cà phê",  # t3
)


def test_tuan_tra_is_the_patrol_task_s_word_not_a_week() -> None:
    assert got(BORDER, "Tuần tra biên giới thêm 2 đợt trong tháng 5") == [("t1", INC, 2.0)]
    assert got(BORDER, "tuan tra bien gioi them 3 dot trong thang 6") == [("t1", INC, 3.0)]


def test_a_week_said_beside_a_figure_is_still_no_task_word() -> None:
    assert got(BORDER, "Tuần này tái canh thêm 5 ha cà phê") == [("t3", INC, 5.0)]


def test_a_plain_nam_after_a_pledged_figure_counts_men_not_years() -> None:
    target = resolve_target("Tư vấn, khám sức khỏe trước hôn nhân cho 600 nam, nữ thanh niên")
    assert (target.value, target.unit) == (600.0, "thanh niên")
    assert resolve_target("Kỷ niệm 60 năm thành lập xã").value is None


def test_more_counted_on_a_pledge_of_men_and_women() -> None:
    tasks = make_tasks("Tư vấn, khám sức khỏe trước hôn nhân cho 600 nam, nữ thanh niên", "Giảm 35 hộ nghèo")
    assert got(tasks, "tu van kham suc khoe truoc hon nhan them 85 nguoi") == [("t1", INC, 85.0)]


LAND = make_tasks(
    "Cấp 1.200 giấy chứng nhận quyền sử dụng đất lần đầu cho hộ gia đình, cá nhân",  # t1
    "Cấp đổi, cấp lại 300 giấy chứng nhận quyền sử dụng đất",  # t2
    "Thu tiền sử dụng đất đạt 5,5 tỷ đồng",  # t3
)


def test_certificates_reissued_are_counted_not_a_team_s_number() -> None:
    text = "GCN lần đầu 710, cấp đổi 180, thu tiền SDĐ 4,1 tỷ"
    assert got(LAND, text) == [("t1", ABS, 710.0), ("t2", ABS, 180.0), ("t3", ABS, 4.1)]
    assert got(LAND, "gcn lan dau 710, cap doi 180") == [("t1", ABS, 710.0), ("t2", ABS, 180.0)]


HOUSES = make_tasks(
    "Hỗ trợ xây mới, sửa chữa 6 nhà ở cho hộ nghèo, gia đình chính sách",  # t1
    "Giảm ít nhất 12 hộ nghèo",  # t2
)


def test_gia_dinh_chinh_sach_unaccented_is_no_correction() -> None:
    assert got(HOUSES, "sua chua them 1 nha cho gia dinh chinh sach") == [("t1", INC, 1.0)]


def test_a_correction_typed_without_marks_still_corrects() -> None:
    assert got(HOUSES, "dinh chinh: sua chua duoc 3 nha") == [("t1", ABS, 3.0)]


def test_the_tu_of_dien_tu_is_no_from_before_a_day() -> None:
    target = resolve_target("Triển khai hồ sơ sức khỏe điện tử tại 12/12 trạm y tế xã, thị trấn")
    assert (target.value, target.unit) == (12.0, "trạm y tế")
    tasks = make_tasks("Triển khai hồ sơ sức khỏe điện tử tại 12/12 trạm y tế xã, thị trấn", "Giảm 35 hộ nghèo")
    assert got(tasks, "Hồ sơ sức khỏe điện tử đã triển khai 9/12 trạm") == [("t1", ABS, 9.0)]
    assert got(tasks, "Hồ sơ sức khỏe điện tử: họp triển khai từ 2/9") == [("t1", NOTE, None)]


SEA_WALL = make_tasks(
    "Phối hợp hoàn thành 650m kè chống sạt lở bờ biển thôn Tân Mỹ",  # t1
    "Trồng 3,5ha rừng phòng hộ ven biển",  # t2
)


def test_damage_said_with_its_cause_is_no_length_built_on_an_anti_erosion_task() -> None:
    text = "Kè Tân Mỹ đang thi công, bão số 4 gây sạt thêm khoảng 30m bờ cát phía bắc"
    assert got(SEA_WALL, text) == [("t1", NOTE, None)]
    asks(SEA_WALL, "Kè Tân Mỹ: bão làm sạt thêm 30m bờ cát")


def test_the_task_s_own_anti_erosion_words_still_count_the_wall_built() -> None:
    assert got(SEA_WALL, "kè chống sạt lở Tân Mỹ làm thêm 30m") == [("t1", INC, 30.0)]
    assert got(SEA_WALL, "Kè chống sạt lở bờ biển Tân Mỹ thi công được 450m") == [("t1", ABS, 450.0)]


WARDS = make_tasks(
    "Xây dựng 2 phường đạt chuẩn văn minh đô thị (Tân Lập, Phú Mỹ)",  # t1
    "Thu ngân sách nhà nước trên địa bàn đạt 165 tỷ đồng",  # t2
)


def test_a_unit_still_short_of_its_criteria_is_not_reached() -> None:
    text = "2 phường văn minh đô thị: Tân Lập còn thiếu 1 tiêu chí, đang hoàn thiện hồ sơ"
    assert got(WARDS, text) == [("t1", NOTE, None)]


def test_a_unit_reached_beside_one_still_short_is_one_more() -> None:
    text = "Phú Mỹ đã đạt chuẩn văn minh đô thị, Tân Lập còn thiếu tiêu chí môi trường"
    assert got(WARDS, text) == [("t1", INC, 1.0)]


BOATS = make_tasks(
    'Kéo giảm số tàu cá "3 không" trên địa bàn thị xã còn dưới 10 chiếc',  # t1
    "Có thêm 6 sản phẩm OCOP đạt từ 3 sao trở lên",  # t2
    "Sản lượng thủy sản khai thác đạt 125.000 tấn",  # t3
)


def test_the_figure_of_a_pledged_slogan_is_a_name_and_its_khong_takes_nothing_back() -> None:
    assert got(BOATS, "Tàu cá 3 không còn 14 chiếc") == [("t1", ABS, 14.0)]
    assert got(BOATS, "tàu 3 không còn 9 chiếc") == [("t1", ABS, 9.0)]


def test_khong_con_still_takes_a_figure_back() -> None:
    assert got(BOATS, "tàu cá 3 không còn 12 chiếc, không còn 14 như báo cáo trước") == [("t1", ABS, 12.0)]


CROPS_SOWN = make_tasks("Trồng 2.100ha ngô vụ Hè Thu", "Trồng 1.200ha sắn theo quy trình canh tác bền vững")


def test_pests_harm_is_no_area_planted() -> None:
    text = "Ngô vụ Hè Thu bị sâu keo gây hại khoảng 40ha, đang phun thuốc"
    assert got(CROPS_SOWN, text) == [("t1", NOTE, None)]
    assert got(CROPS_SOWN, "Ngô vụ Hè Thu trồng được 1.650ha") == [("t1", ABS, 1650.0)]


ROADS = make_tasks("Bê tông hóa 3.200m đường giao thông nông thôn rộng 3,5m", "Giải quyết việc làm cho 120 lao động")


def test_a_length_awaiting_acceptance_is_built() -> None:
    assert got(ROADS, "GQVL 85 LĐ, đường GTNT 2.100m đang chờ huyện nghiệm thu") == [
        ("t2", ABS, 85.0),
        ("t1", ABS, 2100.0),
    ]


def test_a_length_still_being_built_is_held_back() -> None:
    assert got(ROADS, "đường GTNT 2.100m đang thi công, chờ vật liệu") == [("t1", NOTE, None)]


TANKS = make_tasks(
    "Hỗ trợ 1.200 bồn trữ nước ngọt cho hộ dân vùng xâm nhập mặn",  # t1
    "Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt 92%",  # t2
)


def test_bon_chua_unaccented_is_a_tank_no_not_yet() -> None:
    assert got(TANKS, "cap them 160 bon chua nuoc ngot cho ho xa Tan Dong") == [("t1", INC, 160.0)]


def test_a_household_not_yet_reached_is_still_not_yet() -> None:
    assert got(TANKS, "bon tru nuoc: con 40 ho chua nhan") == [("t1", NOTE, None)]


LANES = make_tasks(
    "Xây dựng mới 6.800m cống thoát nước trên các tuyến hẻm",  # t1
    "Nâng cấp, mở rộng 14 tuyến hẻm lên bề rộng từ 4m trở lên",  # t2
)


def test_the_width_lanes_were_widened_to_is_the_pledged_standard() -> None:
    assert got(LANES, "Đã nâng cấp 6 tuyến hẻm, mở rộng lên 4m") == [("t2", ABS, 6.0)]


def test_a_drain_length_on_the_lanes_is_still_counted() -> None:
    assert got(LANES, "cống thoát nước hẻm làm thêm 400m") == [("t1", INC, 400.0)]
