"""Round 34: what session twenty-six found. Wording is our own.

A duty done whenever it arises ("Đảm bảo …", "Xử lý kịp thời …", "Chi trả … hàng tháng") is finished only as a
whole. The whole was heard in "toàn bộ" or "cả năm", but not when the message closed the duty's own season or year
("công tác PCCC rừng mùa khô 2024 đã hoàn thành", "năm 2024 đã chi trả xong đủ 12 tháng", "mùa khô 2024 đã kết thúc"),
named the duty at length before saying it was done ("nhiệm vụ xử lý lấn chiếm, xây dựng trái phép … đã hoàn thành"),
or settled it once and for all in the task's own words ("đã xử lý dứt điểm").

Also found: some of the units or a share below all ("đã xong 2/3 phường xã", "được 60%") is a note on a task without
a figure; a promise to report typed short records nothing; a school recognised for the first time is no school
recognised again; "thông xe 2/9" is a day; a count sharing only the task's counted noun, said with another task's
verb, is asked; a listed unit reaching its standard beside another still under way is one more; a count right after
"thêm 2 lớp," is more of it too; a dossier the task pledges, said finished, is the task done, also while its
appraisal is awaited; "đồng bào" is no money; and "ở mức 46,3%" is the level a growing rate stands at."""

from __future__ import annotations

from parse_helpers import asks, make_tasks
from parse_helpers import updates_of as got

from bot.models import UpdateKind
from bot.parsing import resolve_target

NOTE, DONE, INC, ABS = UpdateKind.NOTE, UpdateKind.DONE, UpdateKind.INCREMENT, UpdateKind.ABSOLUTE

DUTIES = make_tasks(
    "Bảo đảm công tác phòng cháy, chữa cháy rừng mùa khô năm 2024, không để cháy lớn xảy ra",  # t1
    "Chi trả trợ cấp bảo trợ xã hội hàng tháng đúng đối tượng",  # t2
    "Xử lý kịp thời các vi phạm lấn chiếm, xây dựng trái phép dọc kênh Ba Bò",  # t3
    "Xử lý dứt điểm tình trạng họp chợ tạm, lấn chiếm vỉa hè đường Lê Lợi",  # t4
    "Thu ngân sách nhà nước đạt 21 tỷ đồng",  # t5
)


def test_the_duty_s_own_season_closed_is_the_duty_done() -> None:
    assert got(DUTIES, "Công tác PCCC rừng mùa khô năm 2024 đã hoàn thành, không có cháy lớn") == [("t1", DONE, None)]
    assert got(DUTIES, "pccc rung mua kho 2024 da hoan thanh") == [("t1", DONE, None)]


def test_one_round_of_the_season_is_still_a_note() -> None:
    assert got(DUTIES, "PCCC rừng: đã hoàn thành đợt tuần tra thứ 2 trong mùa khô") == [("t1", NOTE, None)]


def test_a_whole_year_of_monthly_payments_is_the_duty_done() -> None:
    assert got(DUTIES, "Chi trả trợ cấp BTXH năm 2024 đã hoàn thành, đủ 12 tháng") == [("t2", DONE, None)]
    assert got(DUTIES, "chi tra tro cap BTXH da hoan thanh du ca 12 thang") == [("t2", DONE, None)]


def test_one_month_of_payments_is_still_a_note() -> None:
    assert got(DUTIES, "Chi trả trợ cấp BTXH tháng 11 đã hoàn thành") == [("t2", NOTE, None)]


def test_the_duty_named_at_length_then_said_done_is_done() -> None:
    text = "Tổng kết năm: nhiệm vụ xử lý vi phạm lấn chiếm, xây dựng trái phép dọc kênh Ba Bò đã hoàn thành"
    assert got(DUTIES, text) == [("t3", DONE, None)]


def test_cases_of_the_duty_handled_are_a_note() -> None:
    assert got(DUTIES, "Lấn chiếm dọc kênh Ba Bò: đã xử lý xong 2 trường hợp") == [("t3", NOTE, None)]


def test_settled_once_and_for_all_in_the_task_s_words_is_done() -> None:
    assert got(DUTIES, "Vỉa hè đường Lê Lợi đã xử lý dứt điểm, không còn họp chợ tạm") == [("t4", DONE, None)]
    assert got(DUTIES, "via he duong Le Loi da xu ly dut diem") == [("t4", DONE, None)]


def test_the_first_half_of_the_year_is_still_a_note() -> None:
    assert got(DUTIES, "Chi trả trợ cấp BTXH 6 tháng đầu năm 2024 đã hoàn thành") == [("t2", NOTE, None)]


def test_cases_settled_once_and_for_all_are_a_note() -> None:
    assert got(DUTIES, "Đã xử lý dứt điểm 3 trường hợp họp chợ tạm trên vỉa hè đường Lê Lợi") == [("t4", NOTE, None)]


SURVEY = make_tasks(
    "Hoàn thành kiểm kê đất đai năm 2024 trên địa bàn huyện",  # t1
    "Cấp 12 tấn lúa giống cho hộ nghèo",  # t2
)


def test_some_of_the_units_done_is_a_note_on_a_task_without_a_figure() -> None:
    assert got(SURVEY, "Kiểm kê đất đai: đã xong thực địa 5/9 xã, đang tổng hợp") == [("t1", NOTE, None)]
    assert got(SURVEY, "kiem ke dat dai da xong 5/9 xa") == [("t1", NOTE, None)]


def test_all_of_the_units_done_is_the_task_done() -> None:
    assert got(SURVEY, "Kiểm kê đất đai đã xong 9/9 xã") == [("t1", DONE, None)]


def test_some_of_the_wards_done_is_a_note_whatever_the_counted_noun() -> None:
    assert got(SURVEY, "Kiem ke dat dai: da xong thuc dia 2/3 phuong xa, dang tong hop") == [("t1", NOTE, None)]


def test_a_share_of_something_else_in_a_piece_of_its_own_leaves_the_event_done() -> None:
    tasks = make_tasks("Tổ chức kỳ thi tuyển viên chức giáo dục năm 2024", "Cấp 12 tấn lúa giống cho hộ nghèo")
    assert got(tasks, "Đã tổ chức xong kỳ thi tuyển viên chức, tuyển được 41/45 chỉ tiêu") == [("t1", DONE, None)]


def test_a_promise_to_report_typed_short_records_nothing() -> None:
    tasks = make_tasks("Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt trên 95%", "Trồng mới 40ha quế")
    assert got(tasks, "dạ vâng, e sẽ báo cáo đầy đủ") == []
    assert got(tasks, "vâng, tôi sẽ báo cáo đầy đủ ạ") == []


def test_a_share_below_all_reached_is_a_note_on_a_task_without_a_figure() -> None:
    tasks = make_tasks("Hoàn thành chi trả tiền dịch vụ môi trường rừng năm 2024 cho hộ nhận khoán", "Trồng 40ha quế")
    assert got(tasks, "ĐÃ CHI TRẢ DVMTR ĐỢT 2 ĐƯỢC 70%") == [("t1", NOTE, None)]
    assert got(tasks, "đã chi trả tiền DVMTR đạt 85%") == [("t1", NOTE, None)]


SCHOOLS = make_tasks(
    "Xây dựng thêm 5 trường đạt chuẩn quốc gia",  # t1
    "Kiểm tra công nhận lại 4 trường đạt chuẩn quốc gia hết thời hạn",  # t2
    "Xây mới 10 phòng học kiên cố",  # t3
)


def test_a_school_recognised_for_the_first_time_is_one_more_new_school() -> None:
    assert got(SCHOOLS, "Trường MN Hoa Sen được công nhận mới đạt chuẩn quốc gia") == [("t1", INC, 1.0)]



def test_a_long_first_time_recognition_is_asked_rather_than_counted_again() -> None:
    # the new-schools task leads but explains too little of the long message to write on its own
    asks(SCHOOLS, "Trường TH Tân Phong được công nhận đạt chuẩn quốc gia mức độ 1 lần đầu", with_candidates=True)


def test_a_school_recognised_again_is_one_more_re_recognised() -> None:
    assert got(SCHOOLS, "Trường MN Hoa Sen được công nhận lại đạt chuẩn quốc gia") == [("t2", INC, 1.0)]


def test_the_day_a_road_opened_is_no_share_of_the_communes() -> None:
    tasks = make_tasks(
        "Hoàn thành nhựa hóa đường đến trung tâm 3 xã vùng cao (Pá Lau, Nà Hẩu, Tả Phìn)", "Trồng mới 40ha quế"
    )
    assert got(tasks, "Đường nhựa vào trung tâm xã Pá Lau đã hoàn thành, thông xe 2/9") == [("t1", INC, 1.0)]
    assert got(tasks, "Đường nhựa về trung tâm xã Nà Hẩu đã bàn giao 5/9") == [("t1", INC, 1.0)]


def test_a_share_of_the_communes_after_an_opening_is_still_counted() -> None:
    tasks = make_tasks(
        "Hoàn thành nhựa hóa đường đến trung tâm 3 xã vùng cao (Pá Lau, Nà Hẩu, Tả Phìn)", "Trồng mới 40ha quế"
    )
    assert got(tasks, "Đường nhựa đến trung tâm xã: đã thông xe 2/3 xã") == [("t1", ABS, 2.0)]


PLANTS = make_tasks(
    "Kiểm tra về bảo vệ môi trường đối với 100% cơ sở sản xuất gạch, khai thác đá trên địa bàn",  # t1
    "Lắp đặt hệ thống quan trắc khí thải tự động tại 4 cơ sở sản xuất xi măng",  # t2
    "Trồng mới 40ha rừng phòng hộ",  # t3
)


def test_a_count_said_with_another_task_s_verb_is_asked() -> None:
    asks(PLANTS, "đã kiểm tra 9 cơ sở", with_candidates=True)
    asks(PLANTS, "Đã kiểm tra 12 cơ sở kinh doanh", with_candidates=True)


def test_a_count_said_with_the_task_s_own_verb_is_recorded() -> None:
    assert got(PLANTS, "đã lắp đặt xong tại 2 cơ sở") == [("t2", ABS, 2.0)]


STATIONS = make_tasks(
    "Có thêm 3 trạm y tế xã đạt Bộ tiêu chí quốc gia về y tế xã (Hòa Lợi, Tân Mỹ, Phú Thạnh)",  # t1
    "Tỷ lệ người dân tham gia bảo hiểm y tế đạt trên 95%",  # t2
)


def test_one_listed_unit_reaching_its_standard_while_another_is_still_under_way_is_one_more() -> None:
    assert got(STATIONS, "Tân Mỹ TYT đạt chuẩn QG rồi, Phú Thạnh đang hoàn thiện hồ sơ") == [("t1", INC, 1.0)]


def test_a_listed_unit_still_under_way_alone_is_a_note() -> None:
    assert got(STATIONS, "TYT Phú Thạnh đang hoàn thiện hồ sơ đạt chuẩn") == [("t1", NOTE, None)]


TRAINING = make_tasks(
    "Tập huấn kỹ thuật trồng na cho 600 lượt nông dân",  # t1
    "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 100%",  # t2
)


def test_a_count_right_after_more_classes_is_more_of_it_too() -> None:
    assert got(TRAINING, "tập huấn thêm 2 lớp, 95 lượt ND") == [("t1", INC, 95.0)]


def test_a_count_said_as_reached_after_more_classes_is_a_level() -> None:
    assert got(TRAINING, "tập huấn thêm 2 lớp, lũy kế 420 lượt ND") == [("t1", ABS, 420.0)]


DOSSIERS = make_tasks(
    "Khảo sát, lập hồ sơ đề nghị công nhận sản phẩm OCOP mật ong bạc hà 3 sao",  # t1
    "Trồng mới 3ha bạc hà",  # t2
)


def test_the_dossier_the_task_pledges_said_finished_is_the_task_done() -> None:
    assert got(DOSSIERS, "Đã hoàn thiện hồ sơ OCOP mật ong bạc hà gửi huyện") == [("t1", DONE, None)]
    assert got(DOSSIERS, "da hoan thien ho so OCOP mat ong") == [("t1", DONE, None)]


def test_a_dossier_still_being_finished_is_a_note() -> None:
    assert got(DOSSIERS, "Đang hoàn thiện hồ sơ OCOP mật ong bạc hà") == [("t1", NOTE, None)]


def test_the_duty_s_season_over_with_nothing_left_undone_is_the_duty_done() -> None:
    assert got(DUTIES, "PCCC rừng: mùa khô 2024 đã kết thúc, toàn huyện không có cháy lớn ✅") == [("t1", DONE, None)]


def test_the_season_over_with_a_fire_still_burning_is_a_note() -> None:
    assert got(DUTIES, "PCCC rừng: mùa khô sắp kết thúc, đang dập đám cháy ở tiểu khu 5") == [("t1", NOTE, None)]


def test_dong_bao_after_a_figure_is_compatriots_not_money() -> None:
    tasks = make_tasks("Tổ chức chu đáo Lễ giỗ lần thứ 46 đồng bào tử nạn tại Nhà mồ Ba Chúc", "Thu ngân sách 12 tỷ")
    assert resolve_target(tasks[0].text).value is None
    assert got(tasks, "Đã tổ chức chu đáo Lễ giỗ lần thứ 46 đồng bào tử nạn") == [("t1", DONE, None)]


REQUESTS = make_tasks(
    "Hoàn thành hồ sơ đề nghị công nhận sản phẩm OCOP bánh tráng Phú Hòa 3 sao",  # t1
    "Xã Phú Hòa đạt chuẩn nông thôn mới nâng cao",  # t2
)


def test_the_request_dossier_done_while_its_appraisal_is_awaited_is_the_task_done() -> None:
    text = "Đã hoàn thành hồ sơ đề nghị công nhận OCOP bánh tráng, đang chờ huyện thẩm định"
    assert got(REQUESTS, text) == [("t1", DONE, None)]


def test_the_standard_itself_awaiting_appraisal_is_still_a_note() -> None:
    text = "Xã đã hoàn thành các tiêu chí NTM nâng cao, đang chờ tỉnh thẩm định công nhận"
    assert got(REQUESTS, text) == [("t2", NOTE, None)]


COVER = make_tasks(
    "Giữ tỷ lệ che phủ rừng đạt trên 52%",  # t1
    "Tỷ lệ hộ nghèo giảm còn dưới 3%",  # t2
)


def test_the_level_a_growing_rate_stands_at_is_its_figure() -> None:
    assert got(COVER, "Tỷ lệ che phủ rừng giữ ở mức 52,4%") == [("t1", ABS, 52.4)]
    assert got(COVER, "ty le che phu rung o muc 51,9%") == [("t1", ABS, 51.9)]


def test_the_level_a_kept_under_rate_stands_at_is_its_figure_too() -> None:
    assert got(COVER, "Tỷ lệ hộ nghèo ở mức 2,8%") == [("t2", ABS, 2.8)]
