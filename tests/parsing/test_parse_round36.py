"""Round 36: what session twenty-eight found. Wording is our own.

A tail that names another task only by one compound whose two syllables that task holds apart ("…, phần còn lại
đang thi công" against "Hội thi … thành công") is news of the report before it, no note on the other task. A word
and the year after it ("Dự toán 2025: …") are no such compound: the task that holds both is named. A school "được công
nhận đạt chuẩn quốc gia", with no "lại" (again), is recognised, not re-recognised: the task counting schools
recognised again loses it to one counting schools brought to the standard, unless the task does its work both
ways ("Trồng mới, trồng lại …"). What was done, said before "thêm" as before "cho", tells two tasks apart that
serve the same households ("xây mới thêm 9 căn" between "Hỗ trợ xây mới … nhà ở cho hộ nghèo" and "Hỗ trợ sửa chữa
… nhà ở cho hộ nghèo"). In a pledge, a letter glued to a figure after a listed road code ("Quốc lộ 14B, 14D") is
the next code, no 14 đồng; a measure handed out "cho" so many receivers ("Giao 1.250ha rừng cho 4 cộng đồng") is
the amount pledged, not the receivers. Of the work begun ("khởi công 30/30 căn") and the work finished ("hoàn thành
18 căn") said side by side, the finished is the report; and "khởi công" says work begun even where "công" is a word
of the task ("nhà ở cho người có công"): the houses begun alone are no houses built. "Định kỳ 23 mỏ" is
periodically, 23 mines, no session 23 ("kỳ 23"). A small unit, a comma, then the commune it stands in ("làng Bi, xã
Ia Chia") names one unit, not two. In pledges: "không thấp hơn" is a floor, no ceiling; "không vượt dự toán giao" bounds
from above; the next number of a list of roads ("đường tỉnh 741, 742") and a numbered "khối phố" are names, no
amounts. A task's own opening said whole, its verb before the cue ("trồng bổ sung" on "Trồng bổ sung 25ha …"), is no
"bổ sung" (more): the figure is how far the planting came. A rate to reach that "giảm còn 83%" fell to that level;
nothing is said left to do. "Phòng, chống dịch bệnh …" and "Giải quyết đơn thư … đúng thời hạn" are duties kept up all
year: cases handled are news of them, no duty done; "mùa khô 2023-2024 đã kết thúc" closes a season spanning two
years. A fraction whose whole is a count task's pledge ("4/6 sản phẩm" on "Phát triển 6 sản phẩm OCOP …") is so many
out of that pledge; and a re-recognition close behind a task whose "mới" (new) the clause said is no
more likely than it is as the leader."""

from __future__ import annotations

from parse_helpers import make_tasks
from parse_helpers import updates_of as got

from bot.models import Direction, UpdateKind
from bot.parsing import resolve_target

NOTE, DONE, INC, ABS = UpdateKind.NOTE, UpdateKind.DONE, UpdateKind.INCREMENT, UpdateKind.ABSOLUTE

HOMES_AND_CONTEST = make_tasks(
    "Hỗ trợ làm mới 80 nhà ở cho hộ nghèo",  # t1
    "Tổ chức thành công Hội thi nghiệp vụ văn hóa cơ sở lần thứ III",  # t2
)


def test_a_tail_still_under_construction_is_no_note_on_a_contest() -> None:
    assert got(HOMES_AND_CONTEST, "Làm mới nhà ở hộ nghèo đã bàn giao 52 căn, phần còn lại đang thi công") == [
        ("t1", ABS, 52.0)
    ]


def test_the_contest_named_in_full_is_still_its_note() -> None:
    text = "Làm mới nhà ở hộ nghèo đã bàn giao 52 căn, hội thi nghiệp vụ văn hóa đang chuẩn bị"
    assert got(HOMES_AND_CONTEST, text) == [("t1", ABS, 52.0), ("t2", NOTE, None)]


BUDGET = make_tasks(
    "Chi thường xuyên trong phạm vi dự toán 350 tỷ đồng",  # t1
    "Xây dựng dự toán ngân sách năm 2025 trình HĐND huyện",  # t2
)


def test_a_word_and_its_year_still_name_the_task_in_a_list() -> None:
    text = "- Chi thường xuyên: 301 tỷ, trong dự toán\n- Dự toán 2025: đang tổng hợp số liệu các xã"
    assert got(BUDGET, text) == [("t1", ABS, 301.0), ("t2", NOTE, None)]


SCHOOLS = make_tasks(
    "Xây dựng thêm 3 trường đạt chuẩn quốc gia",  # t1
    "Kiểm tra công nhận lại 5 trường đạt chuẩn quốc gia",  # t2
)


def test_a_school_recognised_without_again_is_a_new_one() -> None:
    assert got(SCHOOLS, "Trường TH Tân Lập đã được Sở công nhận đạt chuẩn quốc gia") == [("t1", INC, 1.0)]


def test_a_school_recognised_again_is_still_the_re_recognition() -> None:
    assert got(SCHOOLS, "Trường TH Tân Lập đã được công nhận lại đạt chuẩn quốc gia") == [("t2", INC, 1.0)]


CANE = make_tasks(
    "Trồng mới, trồng lại 160 ha mía nguyên liệu",  # t1
    "Chuyển đổi 25 ha đất lúa kém hiệu quả sang trồng mía",  # t2
)


def test_a_task_planting_new_and_again_keeps_a_planting_said_without_again() -> None:
    assert got(CANE, "mía trồng mới thêm 20ha") == [("t1", INC, 20.0)]


HOMES = make_tasks(
    "Hỗ trợ xây mới 90 nhà ở cho hộ nghèo, hộ cận nghèo",  # t1
    "Hỗ trợ sửa chữa 30 nhà ở cho hộ nghèo",  # t2
)


def test_what_was_done_before_them_tells_two_housing_tasks_apart() -> None:
    assert got(HOMES, "Hỗ trợ nhà ở: xây mới thêm 9 căn, sửa chữa thêm 4 căn") == [("t1", INC, 9.0), ("t2", INC, 4.0)]


def test_the_repair_alone_before_them_is_still_the_repair() -> None:
    assert got(HOMES, "Hỗ trợ sửa chữa nhà ở thêm 4 căn") == [("t2", INC, 4.0)]


def test_a_listed_road_code_pledges_no_money() -> None:
    target = resolve_target("Xử lý kịp thời lấn chiếm hành lang an toàn giao thông trên Quốc lộ 14B, 14D")
    assert target.value is None


def test_money_glued_to_its_d_still_reads_as_money() -> None:
    target = resolve_target("Thu phí chợ đạt 150tr")
    assert (target.value, target.unit) == (150.0, "triệu đồng")


def test_a_measure_handed_out_to_receivers_is_the_amount_pledged() -> None:
    target = resolve_target("Giao 900ha rừng cho 5 cộng đồng thôn quản lý, bảo vệ")
    assert (target.value, target.unit) == (900.0, "ha")


def test_receivers_alone_are_still_the_amount_pledged() -> None:
    assert resolve_target("Giải quyết việc làm cho 105 lao động").value == 105.0


FOREST = make_tasks(
    "Giao 900ha rừng cho 5 cộng đồng thôn quản lý, bảo vệ",  # t1
    "Trồng mới 60ha rừng sản xuất",  # t2
)


def test_the_area_handed_out_is_reported_not_the_villages() -> None:
    assert got(FOREST, "giao rung cong dong da giao 610ha cho 3 thon") == [("t1", ABS, 610.0)]


MERIT_HOMES = make_tasks(
    "Hỗ trợ xây mới, sửa chữa 30 căn nhà ở cho người có công với cách mạng",  # t1
    "Đào tạo nghề cho 400 lao động nông thôn",  # t2
)


def test_the_houses_finished_beat_the_houses_begun() -> None:
    assert got(MERIT_HOMES, "Nhà ở người có công: khởi công 30/30 căn, đã hoàn thành 18 căn") == [("t1", ABS, 18.0)]


def test_the_houses_begun_alone_are_no_houses_finished() -> None:
    assert got(MERIT_HOMES, "Nhà ở người có công: đã khởi công 30 căn") == [("t1", NOTE, None)]


def test_periodically_is_no_ordinal() -> None:
    target = resolve_target("Kiểm tra định kỳ 18 cơ sở khai thác khoáng sản được cấp phép")
    assert target.value == 18.0


MINES = make_tasks("Kiểm tra định kỳ 18 cơ sở khai thác khoáng sản được cấp phép")


def test_a_share_of_the_periodic_checks_is_counted() -> None:
    assert got(MINES, "Đã kiểm tra 11/18 cơ sở") == [("t1", ABS, 11.0)]


WATER_WORKS = make_tasks(
    "Sửa chữa, nâng cấp 5 công trình cấp nước sinh hoạt tập trung",  # t1
    "Trồng mới 40ha cà phê",  # t2
)


def test_a_village_and_its_commune_name_one_unit() -> None:
    text = "Cong trinh cap nuoc tap trung lang Ro, xa Ia Khai da sua xong, ban giao"
    assert got(WATER_WORKS, text) == [("t1", INC, 1.0)]


def test_two_villages_listed_are_still_two() -> None:
    text = "Công trình cấp nước tập trung làng Ro, làng Mơ đã sửa xong, bàn giao"
    assert got(WATER_WORKS, text) == [("t1", INC, 2.0)]


def test_not_lower_than_is_a_floor() -> None:
    target = resolve_target("Duy trì tỷ lệ che phủ rừng không thấp hơn 40%")
    assert (target.value, target.direction) == (40.0, Direction.AT_LEAST)


def test_not_above_the_estimate_given_is_a_ceiling() -> None:
    target = resolve_target("Chi thường xuyên không vượt dự toán giao 5,2 tỷ đồng")
    assert (target.value, target.direction) == (5.2, Direction.AT_MOST)


def test_a_listed_road_number_pledges_nothing() -> None:
    assert resolve_target("Xử lý kịp thời lấn chiếm hành lang giao thông trên đường tỉnh 741, 742").value is None


def test_a_numbered_block_of_a_town_pledges_nothing() -> None:
    assert resolve_target("Hoàn thành quy hoạch chi tiết khu dân cư Khối phố 2").value is None


COAST = make_tasks(
    "Trồng bổ sung 30ha rừng phòng hộ ven biển",  # t1
    "Giảm 45 hộ nghèo",  # t2
)


def test_the_task_s_own_supplementary_planting_is_no_increment() -> None:
    assert got(COAST, "trong bo sung rung phong ho duoc 12,5ha") == [("t1", ABS, 12.5)]


def test_more_supplementary_planting_is_still_more() -> None:
    assert got(COAST, "trồng bổ sung rừng phòng hộ thêm 2ha") == [("t1", INC, 2.0)]


ONLINE = make_tasks(
    "Giải quyết hồ sơ thủ tục hành chính trực tuyến đạt trên 85%",  # t1
    "Thu ngân sách nhà nước đạt 8,6 tỷ đồng",  # t2
)


def test_a_rate_that_fell_to_a_level_is_that_level() -> None:
    assert got(ONLINE, "Hồ sơ trực tuyến giảm còn 81% do đường truyền lỗi") == [("t1", ABS, 81.0)]


DUTIES = make_tasks(
    "Phòng, chống dịch bệnh gia súc, gia cầm, không để dịch lớn xảy ra",  # t1
    "Giải quyết đơn thư, tranh chấp đất đai đúng thời hạn",  # t2
    "Không để xảy ra cháy rừng trong mùa khô 2023-2024",  # t3
    "Trồng mới 40ha cà phê",  # t4
)


def test_vaccinations_given_are_news_of_the_disease_duty() -> None:
    assert got(DUTIES, "Đã tiêm phòng LMLM cho 9.500 con gia súc") == [("t1", NOTE, None)]


def test_complaints_settled_in_time_are_news_of_the_duty() -> None:
    text = "Tháng này tiếp nhận 8 đơn tranh chấp đất đai, đã giải quyết 6 đơn đúng hạn"
    assert got(DUTIES, text) == [("t2", NOTE, None)]


def test_a_dry_season_spanning_two_years_said_over_closes_the_duty() -> None:
    text = "mùa khô 2023-2024 đã kết thúc, trên địa bàn không xảy ra cháy rừng"
    assert got(DUTIES, text) == [("t3", DONE, None)]


STANDARD_SCHOOLS = make_tasks(
    "Có thêm 5 trường học được công nhận đạt chuẩn quốc gia",  # t1
    "Tỷ lệ trường đạt chuẩn quốc gia toàn huyện đạt 80%",  # t2
    "Tuyển dụng 38 giáo viên còn thiếu",  # t3
)


def test_a_fraction_out_of_another_whole_is_still_the_rate() -> None:
    assert got(STANDARD_SCHOOLS, "trường đạt chuẩn quốc gia toàn huyện: 21/30 trường") == [("t2", ABS, 70.0)]


PRODUCTS = make_tasks(
    "Phát triển 6 sản phẩm OCOP đạt từ 3 sao trở lên",  # t1
    "Tổ chức 2 hội chợ giới thiệu sản phẩm OCOP",  # t2
)


def test_products_out_of_the_pledged_six() -> None:
    assert got(PRODUCTS, "OCOP đến nay có 4/6 sản phẩm được công nhận") == [("t1", ABS, 4.0)]


NEW_AND_AGAIN = make_tasks(
    "Xây dựng mới 4 trường đạt chuẩn quốc gia",  # t1
    "Công nhận lại 3 trường đạt chuẩn quốc gia",  # t2
)


def test_new_ones_said_with_a_decision_of_recognition_are_the_new_ones() -> None:
    text = "Chuẩn QG xây mới: đã có 2/4 trường có quyết định công nhận"
    assert got(NEW_AND_AGAIN, text) == [("t1", ABS, 2.0)]
