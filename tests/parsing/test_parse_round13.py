"""Round 13: a figure set aside as counting something else. Wording here is our own, not a corpus's.

At first sight on the practice sets, a note kept on a task with a figure while the message held a figure the
parser set aside, with nothing pending said, was never what the labeller wanted: the figure was the task's own
count under another name, or the message needed a question. Such a clause is asked; a figure for a step before
the task's own count, something under way, or a comparison with a past period stays a note."""

from __future__ import annotations

from parse_helpers import asks, make_tasks
from parse_helpers import updates_of as got

from bot.models import UpdateKind
from bot.parsing import PledgedTask, parse_message, pledged_task


def _asks(tasks: tuple[PledgedTask, ...], text: str) -> None:
    asks(tasks, text, with_candidates=True)


WORKS = make_tasks(
    "Kiểm tra, xử lý vi phạm trật tự xây dựng 40 công trình",  # t1
    "Tuyên truyền pháp luật cho 3.000 lượt người",  # t2
    "Tổ chức 24 buổi biểu diễn nghệ thuật phục vụ Nhân dân",  # t3
    "Đào tạo nghề cho 1.800 lao động nông thôn",  # t4
    "Kéo giảm tai nạn giao thông trên cả 3 tiêu chí",  # t5
    "Lắp đặt 60 camera an ninh tại các tổ dân phố",  # t6
    "Kết nạp 5 đảng viên mới",  # t7
)


def test_work_done_counted_in_something_else_is_asked_not_noted() -> None:
    # permits are no works inspected, sessions no people reached, nights maybe shows: the figure is either the
    # task's own count or it is not, and a note would drop it without a word
    _asks(WORKS, "Trật tự xây dựng: đã cấp 14 giấy phép xây dựng nhà ở trong tháng")
    _asks(WORKS, "Đã tuyên truyền pháp luật 12 cuộc tại các thôn")
    _asks(WORKS, "biểu diễn nghệ thuật thêm 6 đêm ở quảng trường")


def test_a_step_before_the_count_something_under_way_or_a_comparison_stays_a_note() -> None:
    # classes opened for the people a task trains, dossiers for people not yet counted: how far the task came is
    # not said
    assert got(WORKS, "Đào tạo nghề: mở 3 lớp may công nghiệp") == [("t4", UpdateKind.NOTE, None)]
    assert got(WORKS, "Kết nạp đảng viên: hoàn thành hồ sơ cho 2 quần chúng ưu tú") == [("t7", UpdateKind.NOTE, None)]
    assert got(WORKS, "camera an ninh: đang lắp 12 mắt ở TDP 3") == [("t6", UpdateKind.NOTE, None)]
    assert got(WORKS, "tai nạn giao thông tăng 2 vụ so với cùng kỳ") == [("t5", UpdateKind.NOTE, None)]
    # the task's own count is still read
    assert got(WORKS, "đào tạo nghề cho 45 lao động") == [("t4", UpdateKind.ABSOLUTE, 45.0)]


VOICE = make_tasks(
    "Giải quyết việc làm mới cho 150 lao động",  # t1
    "Thu ngân sách nhà nước trên địa bàn đạt 86,5 tỷ đồng",  # t2
    "Tỷ lệ hộ nghèo giảm còn dưới 3,5%",  # t3
    "Chuyển đổi 120 ha đất lúa sang nuôi tôm - lúa",  # t4
)


def test_a_dictated_report_reads_its_numbers_said_in_words() -> None:
    assert got(VOICE, "dạ giải quyết việc làm được một trăm hai mươi lao động") == [("t1", UpdateKind.ABSOLUTE, 120.0)]
    assert got(VOICE, "thu ngân sách thêm một trăm hai mươi triệu") == [("t2", UpdateKind.INCREMENT, 0.12)]
    assert got(VOICE, "hộ nghèo thì giờ còn ba phẩy ba phần trăm") == [("t3", UpdateKind.ABSOLUTE, 3.3)]
    assert got(VOICE, "chuyển đổi tôm lúa tới nay được tám mươi lăm héc ta rồi anh") == [
        ("t4", UpdateKind.ABSOLUTE, 85.0)
    ]
    assert got(VOICE, "à nhầm, việc làm là một trăm ba mươi hai chứ không phải một trăm hai mươi ba") == [
        ("t1", UpdateKind.ABSOLUTE, 132.0)
    ]


def test_words_that_only_look_like_numbers_give_no_figure() -> None:
    # "năm nay" is this year, "một số" some: a note, never 5 or 1
    assert got(VOICE, "năm nay giải quyết việc làm cho một số lao động đi làm ở khu công nghiệp") == [
        ("t1", UpdateKind.NOTE, None)
    ]


def test_a_closing_nha_from_someone_who_marks_tones_is_the_particle() -> None:
    # "nha" (nhé) closing the sentence counts no houses: the money figure stays money
    assert got(VOICE, "thu ngân sách tới giờ được 52 tỷ nha") == [("t2", UpdateKind.ABSOLUTE, 52.0)]
    assert got(VOICE, "thu ngân sách được 40 tỷ 500 triệu nha anh") == [("t2", UpdateKind.ABSOLUTE, 40.5)]


CROPS = make_tasks(
    "Diện tích gieo trồng tỏi đạt 180ha",  # t1
    "Diện tích gieo trồng hành tím đạt 95ha",  # t2
    "Tỷ lệ hộ nghèo giảm còn dưới 2%",  # t3
)


def test_a_word_spelt_with_its_marks_is_no_bound_word_that_folds_alike() -> None:
    # "tỏi" (garlic) folds as "tới" (up to) does; spelt with its marks it names the crop
    assert got(CROPS, "Tỏi 178ha") == [("t1", UpdateKind.ABSOLUTE, 178.0)]
    assert got(CROPS, "Báo cáo tuần:\n1. Tỏi 178ha\n2. Hành tím 91ha") == [
        ("t1", UpdateKind.ABSOLUTE, 178.0),
        ("t2", UpdateKind.ABSOLUTE, 91.0),
    ]
    # how a figure moved still names nothing
    _asks(CROPS, "giảm còn 9,1%")


FARMS = make_tasks(
    "Trồng mới 350 ha cây mắc ca",  # t1
    "Trồng mới 120 ha cà phê chè (Arabica)",  # t2
)


def test_loanwords_typed_as_said_name_the_crop() -> None:
    assert got(FARMS, "Mắc ca trồng mới đc 162ha, cafe 48 ha") == [
        ("t1", UpdateKind.ABSOLUTE, 162.0),
        ("t2", UpdateKind.ABSOLUTE, 48.0),
    ]
    assert got(FARMS, "macca them 20ha") == [("t1", UpdateKind.INCREMENT, 20.0)]


SCHOOLS = make_tasks(
    "Bồi dưỡng tiếng Mông, tiếng Thái cho 150 giáo viên",  # t1
    "Khám sức khỏe định kỳ cho 4.000 người cao tuổi",  # t2
    "Xây dựng 16 phòng học kiên cố",  # t3
)


def test_more_abbreviations_officials_type() -> None:
    assert got(SCHOOLS, "BD tiếng dân tộc: thêm 35 GV hoàn thành khoá 2") == [("t1", UpdateKind.INCREMENT, 35.0)]
    assert got(SCHOOLS, "Khám SK NCT đạt 70% KH") == [("t2", UpdateKind.ABSOLUTE, 2800.0)]


WELFARE = make_tasks(
    "Chi trả kịp thời trợ cấp người có công, trợ cấp bảo trợ xã hội hằng tháng",  # t1
    "Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp đạt trên 90%",  # t2
)


def test_a_note_does_not_drown_a_figure_on_another_task_after_a_hard_break() -> None:
    assert got(WELFARE, "Chi trả trợ cấp NCC, BTXH tháng 8 đủ, đúng hạn; trẻ em HCĐB được trợ giúp 91%") == [
        ("t1", UpdateKind.NOTE, None),
        ("t2", UpdateKind.ABSOLUTE, 91.0),
    ]


FIELDS = make_tasks(
    "Trồng mới, cải tạo 120ha nho, táo theo tiêu chuẩn VietGAP",  # t1
    "Chuyển đổi 450ha đất lúa kém hiệu quả sang trồng cây cạn",  # t2
    "Cứng hóa 12 km đường giao thông nông thôn",  # t3
)


def test_con_with_thi_turns_to_another_item() -> None:
    # "X thì …, còn Y …": as for Y, another task's news; not what is left of X
    assert got(FIELDS, "Nho thì 60ha rồi, còn chuyển đổi đất lúa đang chờ xã tổng hợp") == [
        ("t1", UpdateKind.ABSOLUTE, 60.0),
        ("t2", UpdateKind.NOTE, None),
    ]
    assert got(FIELDS, "Đường GTNT cứng hóa được 8km.\nCòn chuyển đổi đất lúa thì đang chờ giống") == [
        ("t3", UpdateKind.ABSOLUTE, 8.0),
        ("t2", UpdateKind.NOTE, None),
    ]
    # "còn lại", and "còn" without a contrast, are what is left
    assert got(FIELDS, "đường GTNT đã cứng hóa được 8km, còn lại đang thi công") == [("t3", UpdateKind.ABSOLUTE, 8.0)]


SUMMER = make_tasks("Phối hợp các chùa tổ chức lớp dạy chữ Khmer dịp hè cho 3.500 học sinh")


def test_of_two_bare_figures_the_one_said_with_the_task_noun_is_the_count() -> None:
    # the pagodas are where, the pupils ("em học sinh", a classifier between) what the task counts
    assert got(SUMMER, "Lớp dạy chữ Khmer hè tại 12 chùa đã thu hút 2.900 em học sinh") == [
        ("t1", UpdateKind.ABSOLUTE, 2900.0)
    ]


DUTIES = make_tasks("Chi trả trợ cấp ưu đãi người có công hằng tháng kịp thời, đúng đối tượng")


def test_a_duty_done_for_the_whole_year_is_finished() -> None:
    assert got(DUTIES, "Chi trả trợ cấp người có công cả năm 2024 đã hoàn thành, đúng đủ kịp thời") == [
        ("t1", UpdateKind.DONE, None)
    ]
    # one month's round of it is not
    assert got(DUTIES, "Chi trả trợ cấp người có công tháng 7 đã hoàn thành") == [("t1", UpdateKind.NOTE, None)]


INSURANCE = make_tasks("Tỷ lệ người dân tham gia bảo hiểm y tế đạt 95%", "Đo đạc, chỉnh lý bản đồ địa chính 2.350 ha")


def test_a_reason_after_the_figure_does_not_take_it_back() -> None:
    # "do … chưa mua thẻ" says why the rate is low; the rate is still what was reached
    assert got(INSURANCE, "BHYT còn thấp 90,8% do nhiều hộ đi làm ăn xa chưa mua thẻ") == [
        ("t1", UpdateKind.ABSOLUTE, 90.8)
    ]
    # a negation of the figure itself still holds it back
    assert got(INSURANCE, "BHYT chưa đạt 95%, mới được 90,8%") == [("t1", UpdateKind.ABSOLUTE, 90.8)]


TOURISM = make_tasks("Xây dựng 4 điểm du lịch cộng đồng gắn với làng nghề truyền thống")


def test_one_named_unit_after_the_task_own_words_is_one_more() -> None:
    assert got(TOURISM, "Điểm du lịch cộng đồng làng dệt Mỹ Nghiệp đã xây dựng xong, đón khách từ tuần trước") == [
        ("t1", UpdateKind.INCREMENT, 1.0)
    ]
    # said of the whole task, it is done
    assert got(TOURISM, "Đã xây dựng xong đủ các điểm du lịch cộng đồng theo kế hoạch, hoàn thành chỉ tiêu") == [
        ("t1", UpdateKind.DONE, None)
    ]


REVIEW = make_tasks(
    "Hoàn thành rà soát hộ nghèo, hộ cận nghèo cuối năm 2024",
    "Xử lý dứt điểm các điểm sạt lở trên đường liên xã",
)


def test_done_in_part_of_the_places_is_no_task_done() -> None:
    assert got(REVIEW, "Rà soát hộ nghèo cuối năm: đã hoàn thành ở 9/14 xã, thị trấn") == [
        ("t1", UpdateKind.NOTE, None)
    ]
    # a date after the work done is no part of it
    assert got(REVIEW, "Rà soát hộ nghèo cuối năm đã hoàn thành, báo cáo huyện 2/12") == [("t1", UpdateKind.DONE, None)]


def test_a_pledge_of_so_many_out_of_a_whole_pledges_the_part() -> None:
    from bot.parsing.targets import read_target

    assert read_target("Có 14/18 bản đạt danh hiệu Bản văn hóa")[:2] == (14.0, "bản")
    assert read_target("Xây dựng 6/6 thôn đạt chuẩn")[:2] == (6.0, "thôn")
    # dates and decrees are no part of a whole
    assert read_target("Hoàn thành trước 30/6 năm 2024")[0] is None
    assert read_target("Thực hiện tinh giản biên chế theo Nghị định 29/2023/NĐ-CP")[0] is None


DROPOUTS = make_tasks("Tỷ lệ học sinh bỏ học không quá 0,5%")


def test_a_count_of_pupils_is_no_rate() -> None:
    # "2 em": two pupils (the classifier is what is counted), never 2%
    _asks(DROPOUTS, "Học sinh bỏ học: 2 em/ 580 em")
    assert got(DROPOUTS, "Học sinh bỏ học: 2 em/ 580 em, tỷ lệ 0,34%") == [("t1", UpdateKind.ABSOLUTE, 0.34)]


GROWTH = make_tasks(
    "Giá trị sản xuất công nghiệp tăng 8,5% so với năm 2023",  # t1: pledges a rise
    "Doanh thu từ hoạt động du lịch đạt 4.800 tỷ đồng",  # t2: pledges an amount
)


def test_a_rise_on_last_year_is_no_share_of_an_amount_pledged() -> None:
    # another task pledging a rise keeps such figures for itself; on the amount they are no share of its plan
    assert got(GROWTH, "doanh thu du lịch tăng 21% so với cùng kỳ") == [("t2", UpdateKind.NOTE, None)]
    assert got(GROWTH, "giá trị sản xuất công nghiệp tăng 7,9% so với cùng kỳ") == [("t1", UpdateKind.ABSOLUTE, 7.9)]
    assert got(GROWTH, "doanh thu du lịch đạt 60% kế hoạch") == [("t2", UpdateKind.ABSOLUTE, 2880.0)]


VISITORS = make_tasks("Đón 650.000 lượt khách du lịch đến tham quan, lưu trú")


def test_dua_tong_so_len_is_the_total_like_nang() -> None:
    assert got(VISITORS, "khách du lịch tháng 9 được 58 nghìn lượt, đưa tổng số lên 536 nghìn lượt") == [
        ("t1", UpdateKind.ABSOLUTE, 536000.0)
    ]


PERMITS = make_tasks(
    "Thời gian giải quyết hồ sơ cấp phép xây dựng không quá 12 ngày làm việc",  # t1
    "Tỷ lệ hồ sơ nộp trực tuyến đạt trên 90%",  # t2
)


def test_a_time_pledged_in_days_takes_days() -> None:
    from bot.parsing.targets import read_target

    assert read_target("Thời gian giải quyết hồ sơ cấp phép xây dựng không quá 12 ngày làm việc")[0] == 12.0
    assert got(PERMITS, "Thời gian cấp phép XD bình quân 10,5 ngày") == [("t1", UpdateKind.ABSOLUTE, 10.5)]
    assert got(PERMITS, "thời gian cấp phép rút xuống còn 8 ngày làm việc") == [("t1", UpdateKind.ABSOLUTE, 8.0)]
    # a span of days elsewhere is still no figure
    assert got(PERMITS, "hồ sơ nộp trực tuyến đạt 92% trong 10 ngày qua") == [("t2", UpdateKind.ABSOLUTE, 92.0)]


PRIMARY = make_tasks(
    "Tỷ lệ học sinh hoàn thành chương trình tiểu học đạt 99,5%",  # t1
    "Tỷ lệ học sinh tốt nghiệp THCS đạt trên 98%",  # t2
    "Huy động trẻ mẫu giáo ra lớp đạt 95%",  # t3
)


def test_school_abbreviations() -> None:
    assert got(PRIMARY, "TN THCS 97,9%; hoàn thành CTTH 99,4%") == [
        ("t2", UpdateKind.ABSOLUTE, 97.9),
        ("t1", UpdateKind.ABSOLUTE, 99.4),
    ]
    assert got(PRIMARY, "trẻ MG ra lớp 96,1%") == [("t3", UpdateKind.ABSOLUTE, 96.1)]


BRIDGES = make_tasks(
    "Xây dựng hoàn thành 14 cầu giao thông nông thôn thay thế cầu khỉ",  # t1
    "Láng nhựa 7.200m tuyến đường huyện ĐH.12",  # t2
)


def test_a_new_line_opening_with_con_is_another_item() -> None:
    assert got(BRIDGES, "Báo cáo nhanh:\n- Cầu NT 9/14\nCòn láng nhựa ĐH12 vướng GPMB 300m") == [
        ("t1", UpdateKind.ABSOLUTE, 9.0),
        ("t2", UpdateKind.NOTE, None),
    ]


SORTING = make_tasks(
    "Bố trí 6 điểm tập kết rác thải đã phân loại tại các tổ dân phố",  # t1
    "Tỷ lệ hộ gia đình phân loại chất thải rắn sinh hoạt tại nguồn đạt trên 60%",  # t2
)


def test_a_bare_rate_on_a_count_is_asked_when_a_rate_task_holds_the_words() -> None:
    # no plan said: 55% may be the households' rate, or a share of the six points
    _asks(SORTING, "Phân loại rác 55%")
    # a share of the plan said is the count's
    assert got(SORTING, "điểm tập kết rác đã phân loại đạt 50% kế hoạch") == [("t1", UpdateKind.ABSOLUTE, 3.0)]


CLEARANCE = make_tasks(
    "Hoàn thành giải phóng mặt bằng 320ha Khu công nghiệp Hải Xương giai đoạn 1",  # t1
    "Xây dựng xong 2 khu tái định cư phục vụ GPMB Khu công nghiệp Hải Xương",  # t2
)


def test_a_share_of_an_area_is_no_share_of_a_count() -> None:
    # 62,5% of the area is never 62,5% of the two resettlement sites
    result = parse_message(CLEARANCE, "KCN: GPMB đạt 62,5% diện tích")
    assert all(u.task_id != "t2" for u in result.updates), result.updates


POVERTY = make_tasks(
    "Tỷ lệ hộ nghèo giảm còn dưới 2%",  # t1
    "Tỷ lệ hộ cận nghèo giảm còn dưới 3,5%",  # t2
    "Hỗ trợ xây mới, sửa chữa 40 căn nhà cho hộ nghèo, hộ cận nghèo",  # t3
)


def test_one_rate_said_of_the_poor_and_the_near_poor_together_is_asked() -> None:
    _asks(POVERTY, "tỷ lệ hộ nghèo, cận nghèo còn 2,9%")
    # each said with its own figure is each's
    assert got(POVERTY, "hộ nghèo còn 1,8%, cận nghèo còn 3,1%") == [
        ("t1", UpdateKind.ABSOLUTE, 1.8),
        ("t2", UpdateKind.ABSOLUTE, 3.1),
    ]
    # the households a task serves, named together, are no rate of either
    assert got(POVERTY, "nhà cho hộ nghèo, cận nghèo: xây mới xong 26 căn") == [("t3", UpdateKind.ABSOLUTE, 26.0)]


CANALS = make_tasks("Nạo vét 6 tuyến kênh nội đồng trữ nước ngọt")


def test_the_noun_a_classifier_counts_names_one_unit() -> None:
    # "6 tuyến kênh": "Kênh Bà Tư" is one of them, not the six done
    assert got(CANALS, "Kênh Bà Tư nạo vét xong rồi") == [("t1", UpdateKind.INCREMENT, 1.0)]
    assert got(CANALS, "Đã nạo vét xong cả 6 tuyến kênh, hoàn thành chỉ tiêu") == [("t1", UpdateKind.ABSOLUTE, 6.0)]


def test_a_figure_far_beyond_one_pledge_and_within_another_equal_on_words_is_asked() -> None:
    # an official pledging 650.000 international guests and 2,5 million guests in all (blind138's district): a total
    # of two million is nearly three times the first, within the second; "khách" alone does not choose
    from pathlib import Path

    from bot.pledges import load_pledge_file

    book = load_pledge_file(Path(__file__).parents[2] / "bench" / "blind138" / "pledges.toml")
    tasks = tuple(pledged_task(t) for t in book.tasks_of("hailam"))
    _asks(tasks, "tổng lượt khách đến tháng 9 là 2.010.000 lượt")
    # said of the international guests it is theirs
    result = parse_message(tasks, "khách quốc tế đến tháng 9 đạt 540.000 lượt")
    assert [(u.task_id, u.value) for u in result.updates] == [("hl-05", 540000.0)]


def test_a_size_or_a_standard_per_person_in_a_pledge_is_no_target() -> None:
    from bot.parsing.targets import read_target

    assert read_target("Hỗ trợ xây 30 bể chứa nước sinh hoạt loại 6m3 cho hộ thiếu nước")[:2] == (30.0, "bể chứa")
    assert read_target("Lắp 40 bồn nước dung tích 2m3")[0] == 40.0
    assert read_target("Cải tạo 600 phòng trọ cho công nhân đảm bảo diện tích tối thiểu 10m2/người")[0] == 600.0
    # a rate per person or per hectare pledged alone is the target
    assert read_target("Năng suất lúa đạt 6,5 tấn/ha")[0] == 6.5
    tanks = make_tasks("Hỗ trợ xây 30 bể chứa nước sinh hoạt loại 6m3 cho hộ thiếu nước")
    assert got(tanks, "Bể nước 6m3 đã xây xong 18 bể") == [("t1", UpdateKind.ABSOLUTE, 18.0)]


STAFF = make_tasks("Tinh giản biên chế tối thiểu 5% so với biên chế giao năm 2022")


def test_against_the_staff_assigned_is_a_level_not_a_past_period() -> None:
    assert got(STAFF, "Tinh giản biên chế đạt 3,2% so với biên chế giao") == [("t1", UpdateKind.ABSOLUTE, 3.2)]


TEAMS = make_tasks("Ra mắt tổ cộng đồng bảo vệ rừng tại 3 bon (Bu Sóp, Bu Dăr, N'Jriêng)")


def test_the_members_of_a_team_are_no_count_of_teams() -> None:
    result = parse_message(TEAMS, "Bon Bu Sóp đã ra mắt tổ cộng đồng bảo vệ rừng, 12 thành viên")
    assert all(u.value != 12.0 for u in result.updates), result.updates


FAIRS = make_tasks("Tổ chức 12 phiên giao dịch việc làm lưu động", "Giải quyết việc làm cho 900 lao động")


def test_gdvl_is_a_job_fair() -> None:
    assert got(FAIRS, "Đã tổ chức thêm 1 phiên GDVL ngày 18/5, 26 DN tham gia") == [("t1", UpdateKind.INCREMENT, 1.0)]
    assert got(FAIRS, "Phiên GDVL cuối cùng đã xong, hoàn thành kế hoạch năm") == [("t1", UpdateKind.DONE, None)]


STANDARD = make_tasks("Công nhận mới 4 trường đạt chuẩn quốc gia")


def test_a_cue_syllable_inside_a_capitalised_name_is_no_cue() -> None:
    # "Tân Định": a place, no "định" (intend), marks and all
    assert got(STANDARD, "Trường TH Tân Định được công nhận đạt chuẩn quốc gia") == [("t1", UpdateKind.INCREMENT, 1.0)]
    # said as a cue it still holds the report back
    assert got(STANDARD, "Trường TH Tân Định dự định tháng 12 đón đoàn công nhận") == [("t1", UpdateKind.NOTE, None)]


PLACES = make_tasks("Bổ sung 3.600 chỗ học mới cho con em công nhân, người lao động")


def test_the_task_own_adding_verb_with_duoc_is_how_far_it_came() -> None:
    assert got(PLACES, "Chỗ học cho con CN: bổ sung được 1.720 chỗ") == [("t1", UpdateKind.ABSOLUTE, 1720.0)]
    # "thêm" is still what was added
    assert got(PLACES, "Chỗ học cho con CN: bổ sung thêm 300 chỗ") == [("t1", UpdateKind.INCREMENT, 300.0)]


JOBS = make_tasks("Giải quyết việc làm cho 9.500 lao động")


def test_a_slip_in_a_period_word_still_says_the_period() -> None:
    # "thág" (tháng, typed with its mark but a letter short): the month's jobs, an increment
    assert got(JOBS, "Trong thág 7 giải quyết việc làm cho 760 LĐ") == [("t1", UpdateKind.INCREMENT, 760.0)]


ABROAD = make_tasks("Đưa 250 lao động đi làm việc ở nước ngoài theo hợp đồng")


def test_a_list_of_names_before_a_total_tail_keeps_the_total_with_its_clause() -> None:
    assert got(ABROAD, "XKLĐ thêm 15 người đi Nhật Bản, Hàn Quốc, nâng tổng số lên 190 người") == [
        ("t1", UpdateKind.ABSOLUTE, 190.0)
    ]


def test_an_amount_pledged_with_its_rise_on_last_year_pledges_the_amount() -> None:
    from bot.parsing.targets import read_target

    assert read_target("Đón 3.200.000 lượt khách lưu trú, tăng 12% so với năm 2023")[0] == 3200000.0
    # a rise pledged alone is the target
    assert read_target("Giá trị sản xuất công nghiệp tăng 8,5% so với năm 2023")[0] == 8.5
    stays = make_tasks("Đón 3.200.000 lượt khách lưu trú, tăng 12% so với năm 2023")
    assert got(stays, "khách lưu trú 6 tháng đạt 1,6 triệu lượt, tăng 11% so với cùng kỳ") == [
        ("t1", UpdateKind.ABSOLUTE, 1600000.0)
    ]


EVENTS = make_tasks(
    "Tổ chức thành công Lễ hội Thanh long lần thứ III",  # t1
    "Số hoá hồ sơ cấp phép xây dựng lưu trữ tại Phòng",  # t2
    "Trồng mới 35ha rừng ngập mặn ven biển",  # t3
    "Trồng mới 4.350ha lúa chất lượng cao",  # t4
)


def test_festival_closed_partial_percent_and_mangroves() -> None:
    # "bế mạc": the festival held
    assert got(EVENTS, "Lễ hội Thanh long đã bế mạc tốt đẹp, đón khoảng 30 nghìn lượt khách") == [
        ("t1", UpdateKind.DONE, None)
    ]
    # "xong 70%" on a task with no figure: seventy per cent of it, no task done
    assert got(EVENTS, "Số hoá hồ sơ cấp phép XD xong 70%") == [("t2", UpdateKind.NOTE, None)]
    # RNM is rừng ngập mặn
    assert got(EVENTS, "RNM: diện tích trồng mới đạt 80% kế hoạch") == [("t3", UpdateKind.ABSOLUTE, 28.0)]


CAGES = make_tasks("Phát triển nuôi cá lồng trên lòng hồ đạt 320 lồng")


def test_a_key_hit_beside_the_one_meant_is_a_slip() -> None:
    # "lonf" for "long" (f beside g): the cages of the total, not the rise on the start of the year
    assert got(CAGES, "ca long: tong 251 lonf, tang 30 long so voi dau nam") == [("t1", UpdateKind.ABSOLUTE, 251.0)]


RATES = make_tasks(
    "Giảm tỷ lệ hộ nghèo ít nhất 0,35%",  # t1
    "Tỷ lệ hộ cận nghèo giảm còn dưới 2,1%",  # t2
    "Hỗ trợ xây mới 30 căn nhà cho hộ nghèo, hộ cận nghèo",  # t3
)


def test_the_poor_are_never_written_on_the_near_poor_rate() -> None:
    result = parse_message(RATES, "hộ nghèo giảm được 0,19%, còn 301 hộ")
    assert all(u.task_id != "t2" for u in result.updates), result.updates
    # the houses for the poor stay the houses' task
    assert got(RATES, "đã bàn giao 12 căn nhà cho hộ nghèo") == [("t3", UpdateKind.ABSOLUTE, 12.0)]


MONTHLY = make_tasks("Đưa 150 người đi làm việc ở nước ngoài theo hợp đồng", "Thu ngân sách xã đạt 32 tỷ đồng")


def test_lk_is_the_running_total() -> None:
    assert got(MONTHLY, "XKLĐ: T5: 9 người, lk 57 người") == [("t1", UpdateKind.ABSOLUTE, 57.0)]
    assert got(MONTHLY, "Thu NS: tháng 7 được 2,3 tỷ, lk 7 tháng 18,4 tỷ") == [("t2", UpdateKind.ABSOLUTE, 18.4)]


COVER = make_tasks("Tỷ lệ dân số tham gia BHYT đạt 95%")


def test_a_rise_since_last_month_is_what_was_added() -> None:
    assert got(COVER, "BHYT tăng thêm 0,6% so với tháng trước") == [("t1", UpdateKind.INCREMENT, 0.6)]
    # on last year it is a comparison, no figure of the task
    assert got(COVER, "BHYT tăng 2,1% so với cùng kỳ") == [("t1", UpdateKind.NOTE, None)]


TEACHERS = make_tasks("Bồi dưỡng tiếng Tày, tiếng Dao cho 150 giáo viên")


def test_the_figure_counting_what_the_task_counts_wins_over_another_count() -> None:
    assert got(TEACHERS, "boi duong tieng dan toc them 1 lop 32 gv") == [("t1", UpdateKind.INCREMENT, 32.0)]


OCOP = make_tasks("Có thêm 6 sản phẩm OCOP đạt từ 3 sao trở lên", "Khai trương điểm du lịch sinh thái rừng ven biển")


def test_and_above_is_no_total_and_khai_truong_is_launched() -> None:
    # "trở lên (1 sp 4 sao)": and above, then a breakdown; never the one product as the total
    result = parse_message(OCOP, "ocop co 5 san pham dat 3 sao tro len (1 sp 4 sao)")
    assert all(u.value != 1.0 for u in result.updates), result.updates
    assert got(OCOP, "Điểm du lịch sinh thái rừng ven biển đã khai trương") == [("t2", UpdateKind.DONE, None)]


def test_the_old_figure_is_taken_back() -> None:
    assert got(JOBS, "GQVL 1.390 là số cũ, số đúng là 1.412 LĐ") == [("t1", UpdateKind.ABSOLUTE, 1412.0)]


SURVEY = make_tasks("Hoàn thành tổng rà soát hộ nghèo, hộ cận nghèo năm 2024")


def test_the_result_sent_up_after_the_work_done_is_its_next_step() -> None:
    assert got(SURVEY, "Đã hoàn thành rà soát hộ nghèo, cận nghèo năm 2024, kết quả đã trình UBND huyện phê duyệt") == [
        ("t1", UpdateKind.DONE, None)
    ]


CARE = make_tasks("Xây dựng 4 điểm giữ trẻ cộng đồng tại các ấp")


def test_a_named_point_now_working_is_one_more() -> None:
    assert got(CARE, "Điểm giữ trẻ ấp Tân Long đã hoạt động") == [("t1", UpdateKind.INCREMENT, 1.0)]


def test_a_cue_phrase_never_spans_a_figure() -> None:
    # "trong 6 tháng" (in six months, from January) is no "trong tháng" (this month)
    assert got(JOBS, "GQVL trong 6 tháng đầu năm được 850 LĐ") == [("t1", UpdateKind.ABSOLUTE, 850.0)]
    assert got(JOBS, "GQVL trong tháng được 85 LĐ") == [("t1", UpdateKind.INCREMENT, 85.0)]


def test_a_small_count_out_of_a_whole_with_a_noun_is_no_date() -> None:
    from bot.parsing.targets import read_target

    assert read_target("Có 8/10 khu phố đạt danh hiệu Khu phố văn hóa")[:2] == (8.0, "khu phố")
    assert read_target("Hoàn thành trước 30/6 năm 2024")[0] is None


def test_a_longer_list_of_names_before_a_total_tail() -> None:
    assert got(ABROAD, "XKLĐ tháng 7 thêm 31 LĐ, chủ yếu đi Nhật, Hàn, Đài Loan, nâng tổng số lên 244") == [
        ("t1", UpdateKind.ABSOLUTE, 244.0)
    ]


SCHOOLS2 = make_tasks(
    "Có thêm 3 trường đạt chuẩn quốc gia",  # t1
    "Tuyển dụng đủ 45 giáo viên còn thiếu",  # t2
)


def test_one_more_named_on_its_own_line_does_not_take_the_next_line_figure() -> None:
    assert got(SCHOOLS2, "Báo cáo nhanh:\n1. Chuẩn QG: thêm Trường MN Hòa Bình\n2. Tuyển GV: 31/45") == [
        ("t1", UpdateKind.INCREMENT, 1.0),
        ("t2", UpdateKind.ABSOLUTE, 31.0),
    ]
