"""Round 33: what session twenty-five found. Wording is our own.

"trồng thêm 2,5 ha keo và 900m đường ranh cản lửa" added the 2,5 ha but wrote the 900m as a level: the piece after
"và" shares the "thêm" before it, but the search for where that piece opened stopped at the decimal comma of "2,5".

Also found: a task saying a two-word run the other way round ("rừng … bảo vệ") still holds its words; "giảm đc" is
"giảm được"; a light verb said alone ("Đã tổ chức xong") or with a count in its own piece names no event; numbers
listed after a name's number, a ward's "khu vực 4" and "khối 5", and a zoning plan's "phân khu 3 phường" are names or
counts as they read; teachers are people; "lượng khách" is no compound; a name after "tới" says where; "lộ giới dưới
4m" is a width; a kind of place after "nhà văn hóa" says whose it is; a growth rate is a rise on the year before; a
measured figure on a task named only by a name, a bare % after a count task's own verb, and a figure said with a
shared one-syllable opening verb are asked; "du kien" is a plan whatever "du" the task holds; and "Trường TH
Phường 5" is one school, "… và Trường TH Kim Đồng" a second."""

from __future__ import annotations

from parse_helpers import asks, make_tasks
from parse_helpers import updates_of as got

from bot.models import UpdateKind
from bot.parsing import resolve_target

INC, ABS, NOTE, DONE = UpdateKind.INCREMENT, UpdateKind.ABSOLUTE, UpdateKind.NOTE, UpdateKind.DONE

FOREST = make_tasks(
    "Trồng mới 40 ha rừng keo",  # t1
    "Làm 6 km đường ranh cản lửa",  # t2
    "Giao khoán bảo vệ rừng cho 380 hộ đồng bào dân tộc thiểu số",  # t3
    "Diện tích rừng giao khoán bảo vệ đạt 5.200 ha",  # t4
    "Giảm 30 hộ nghèo",  # t5
)


def test_an_item_after_va_shares_the_them_before_a_decimal_figure() -> None:
    assert got(FOREST, "trồng thêm 2,5 ha rừng keo và 900m đường ranh cản lửa") == [("t1", INC, 2.5), ("t2", INC, 0.9)]
    assert got(FOREST, "trong them 2,5 ha rung keo va 900m duong ranh can lua") == [("t1", INC, 2.5), ("t2", INC, 0.9)]


def test_an_item_after_va_with_no_them_is_still_a_level() -> None:
    assert got(FOREST, "rừng keo 12,5 ha và đường ranh cản lửa 2,1 km") == [("t1", ABS, 12.5), ("t2", ABS, 2.1)]


def test_a_share_of_the_plan_between_two_tasks_saying_the_same_words_is_asked() -> None:
    asks(FOREST, "giao khoán bảo vệ rừng đạt 95% kế hoạch", with_candidates=True)
    asks(FOREST, "giao khoan bao ve rung dat 90% KH", with_candidates=True)


def test_the_task_named_by_its_own_unit_still_takes_the_figure() -> None:
    assert got(FOREST, "giao khoán bảo vệ rừng được 350 hộ") == [("t3", ABS, 350.0)]


SOCIAL = make_tasks(
    "Tỷ lệ hộ nghèo giảm còn không quá 12%",  # t1
    "Giảm tỷ lệ hộ cận nghèo từ 1,5% trở lên so với năm 2023",  # t2
    "Thu ngân sách nhà nước trên địa bàn đạt 38 tỷ đồng",  # t3
)


def test_a_cut_said_with_dc_against_last_year_is_the_pledged_cut() -> None:
    assert got(SOCIAL, "hộ cận nghèo giảm đc 1,2% so vs cùng kỳ") == [("t2", ABS, 1.2)]
    assert got(SOCIAL, "ho can ngheo giam dc 0,8% so voi cuoi nam 2023") == [("t2", ABS, 0.8)]


def test_a_cut_said_with_duoc_still_reads_the_same() -> None:
    assert got(SOCIAL, "hộ cận nghèo giảm được 1,2% so với cùng kỳ") == [("t2", ABS, 1.2)]


FOOD = make_tasks(
    "Tổ chức Tháng hành động vì an toàn thực phẩm năm 2024",  # t1
    "Kiểm tra vệ sinh an toàn thực phẩm 250 lượt cơ sở",  # t2
    "Xây dựng 2 chợ đạt tiêu chuẩn chợ an toàn thực phẩm",  # t3
)


def test_a_light_verb_of_two_syllables_said_alone_names_no_task() -> None:
    asks(FOOD, "Đã tổ chức xong")
    asks(FOOD, "da to chuc xong roi")


def test_the_light_verb_with_the_task_s_own_event_still_finishes_it() -> None:
    assert got(FOOD, "Đã tổ chức xong Tháng hành động vì ATTP") == [("t1", DONE, None)]


JOBS = make_tasks(
    "Tổ chức 10 phiên giao dịch việc làm tại các khu công nghiệp",  # t1
    "Kiểm tra việc chấp hành pháp luật lao động tại 35 doanh nghiệp trong khu công nghiệp",  # t2
    "Giải quyết việc làm cho 3.500 lao động",  # t3
)


def test_numbers_listed_after_a_name_s_number_are_the_name_s_too() -> None:
    assert got(JOBS, "Phiên GDVL: đã tổ chức 6 phiên, tại KCN Hiệp Phước 1, 2, 4") == [("t1", ABS, 6.0)]
    assert got(JOBS, "đã tổ chức 6 phiên GDVL tại KCN Long Đức 1 và 3") == [("t1", ABS, 6.0)]


def test_a_count_listed_after_a_name_s_number_still_counts() -> None:
    assert got(JOBS, "KCN Long Đức 2, 14 doanh nghiệp đã kiểm tra") == [("t2", ABS, 14.0)]


TEACHING = make_tasks(
    "Bồi dưỡng chuyên môn, nghiệp vụ cho 900 giáo viên",  # t1
    "Có 30 học sinh đạt giải học sinh giỏi cấp tỉnh",  # t2
    "Đưa vào sử dụng 36 phòng học mới xây dựng kiên cố",  # t3
)


def test_people_counted_on_a_task_counting_teachers_are_the_teachers() -> None:
    assert got(TEACHING, "boi duong GV them 3 lop, 185 nguoi") == [("t1", INC, 185.0)]
    assert got(TEACHING, "bồi dưỡng GV thêm 3 lớp, 185 người") == [("t1", INC, 185.0)]


TOURISM = make_tasks(
    "Đón 6,5 triệu lượt khách du lịch",  # t1
    "Hoàn thành giải phóng mặt bằng dự án đường kết nối Khu du lịch Thung Nham",  # t2
    "Thu ngân sách nhà nước trên địa bàn đạt 950 tỷ đồng",  # t3
)


def test_the_amount_of_a_thing_is_no_compound_with_it() -> None:
    assert got(TOURISM, "lượng khách tháng 8 thêm 410 nghìn lượt") == [("t1", INC, 410000.0)]
    assert got(TOURISM, "Lượng khách đến nay đạt 4,2 triệu lượt") == [("t1", ABS, 4200000.0)]


def test_a_place_said_after_toi_is_where_not_the_task_naming_it() -> None:
    assert got(TOURISM, "Lượng khách tới Thung Nham trong tháng 8 thêm 410 nghìn lượt") != [("t2", NOTE, None)]


URBAN = make_tasks(
    "Cải tạo, mở rộng 12 tuyến hẻm có lộ giới dưới 4m",  # t1
    "Cứng hóa 2,8 km đường giao thông nông thôn rộng 3,5m",  # t2
    "Tốc độ tăng trưởng kinh tế (GRDP) đạt 9% trở lên",  # t3
    "Thu ngân sách nhà nước trên địa bàn đạt 640 tỷ đồng",  # t4
)


def test_the_width_of_a_right_of_way_is_no_length_pledged() -> None:
    assert resolve_target("Cải tạo, mở rộng 12 tuyến hẻm có lộ giới dưới 4m").value == 12
    assert got(URBAN, "cai tao them 2 tuyen hem duoi 4m") == [("t1", INC, 2.0)]


def test_a_place_kind_after_a_three_syllable_noun_says_whose_it_is() -> None:
    asks(URBAN, "xây xong nhà văn hóa thôn")


def test_a_growth_rate_said_against_last_year_is_the_pledged_growth() -> None:
    assert got(URBAN, "GRDP 6 tháng tăng 8,4% so cùng kỳ") == [("t3", ABS, 8.4)]


LOTUS = make_tasks(
    "Chuyển đổi 120ha đất trồng lúa kém hiệu quả sang trồng sen",  # t1
    "Ra mắt điểm du lịch sinh thái đầm sen Thạnh Hưng",  # t2
    "Trồng 2.500 cây xanh phân tán",  # t3
)


def test_a_measured_figure_on_a_task_named_only_by_a_place_name_is_asked() -> None:
    asks(LOTUS, "Đã nạo vét xong kênh Thạnh Hưng 1,8km")


def test_the_task_s_own_words_with_the_name_still_finish_it() -> None:
    assert got(LOTUS, "Đã ra mắt điểm du lịch đầm sen Thạnh Hưng") == [("t2", DONE, None)]


TRAINING = make_tasks(
    "Đào tạo nghề cho 900 lao động nông thôn",  # t1
    "Tỷ lệ lao động qua đào tạo đạt 70%",  # t2
    "Giải quyết việc làm cho 1.100 lao động",  # t3
)


def test_a_bare_rate_after_a_count_task_s_own_verb_is_asked() -> None:
    asks(TRAINING, "đào tạo 65%", with_candidates=True)


def test_the_rate_said_by_its_own_words_is_still_the_rate() -> None:
    assert got(TRAINING, "tỷ lệ LĐ qua đào tạo 65%") == [("t2", ABS, 65.0)]


WARD = make_tasks(
    "Tổ chức thành công Ngày hội Văn hóa - Thể thao phường lần thứ IV năm 2024",  # t1
    "Ra mắt tuyến đường văn minh đô thị khu vực 5",  # t2
    "Thu ngân sách nhà nước đạt 21 tỷ đồng",  # t3
)


def test_a_light_verb_and_a_count_the_event_task_cannot_hold_are_asked() -> None:
    asks(WARD, "Phường đã tổ chức tiêm vắc xin sởi cho 280 trẻ")


def test_the_event_named_then_what_came_of_it_still_finishes_it() -> None:
    assert got(WARD, "Đã tổ chức Ngày hội Văn hóa - Thể thao phường, 12 đội tham gia") == [("t1", DONE, None)]


def test_an_area_s_number_is_its_name() -> None:
    assert resolve_target("Ra mắt tuyến đường văn minh đô thị khu vực 5").value is None
    assert got(WARD, "Đã ra mắt tuyến đường văn minh đô thị khu vực 5 sáng nay") == [("t2", DONE, None)]


NIGHT = make_tasks(
    "Ra mắt sản phẩm du lịch đêm làng nghề Thanh Hà",  # t1
    "Tỷ lệ người dân tham gia bảo hiểm y tế đạt 94%",  # t2
    "Trồng 2.000 cây xanh phân tán",  # t3
)


def test_an_unaccented_plan_opening_with_a_task_s_unmarked_syllable_is_still_a_plan() -> None:
    assert got(NIGHT, "du lich dem lang nghe Thanh Ha du kien ra mat dip le 2/9") == [("t1", NOTE, None)]


def test_the_launch_said_done_without_a_plan_finishes_it() -> None:
    assert got(NIGHT, "du lich dem lang nghe Thanh Ha da ra mat toi qua") == [("t1", DONE, None)]


REVENUE = make_tasks(
    "Tham mưu thu ngân sách nhà nước trên địa bàn đạt 100% dự toán tỉnh giao",  # t1
    "Thu tiền sử dụng đất đạt 950 tỷ đồng",  # t2
    "Hỗ trợ thành lập mới 300 doanh nghiệp",  # t3
)


def test_a_shared_one_syllable_opening_verb_alone_is_asked_whatever_the_unit() -> None:
    asks(REVENUE, "Thu 640 tỷ", with_candidates=True)
    asks(REVENUE, "thu được 120 tỷ", with_candidates=True)


def test_the_task_s_own_object_named_still_takes_the_money() -> None:
    assert got(REVENUE, "Thu tiền SDĐ 640 tỷ") == [("t2", ABS, 640.0)]


SCHOOLS = make_tasks(
    "Có thêm 3 trường đạt chuẩn quốc gia",  # t1
    "Tỷ lệ học sinh tốt nghiệp THCS đạt 98%",  # t2
)


def test_a_school_named_after_its_ward_and_number_is_one_school() -> None:
    assert got(SCHOOLS, "Trường TH Phường 7 đã được công nhận đạt chuẩn quốc gia") == [("t1", INC, 1.0)]


def test_two_schools_listed_each_with_its_kind_are_two() -> None:
    assert got(SCHOOLS, "Trường TH Lê Lợi và Trường TH Kim Đồng đã đạt chuẩn quốc gia") == [("t1", INC, 2.0)]


def test_a_ward_s_numbered_block_is_its_name() -> None:
    assert resolve_target('Ra mắt mô hình "Khu dân cư không rác thải nhựa" tại khối 7').value is None
    tasks = make_tasks('Ra mắt mô hình "Khu dân cư không rác thải nhựa" tại khối 7', "Thu ngân sách đạt 30 tỷ đồng")
    assert got(tasks, "Đã ra mắt mô hình Khu dân cư không rác thải nhựa tại khối 7") == [("t1", DONE, None)]


LAND_PLAN = make_tasks(
    "Hoàn thành lập Kế hoạch sử dụng đất năm 2025 trình UBND tỉnh phê duyệt",  # t1
    "Thu tiền sử dụng đất đạt 120 tỷ đồng",  # t2
)


def test_a_plan_sent_to_be_appraised_is_not_yet_done() -> None:
    assert got(LAND_PLAN, "KH sử dụng đất 2025 đã trình Sở TNMT thẩm định") == [("t1", NOTE, None)]


def test_a_plan_said_finished_then_sent_on_is_done() -> None:
    assert got(LAND_PLAN, "KH sử dụng đất 2025 đã hoàn thành, đã trình UBND tỉnh phê duyệt") == [("t1", DONE, None)]
