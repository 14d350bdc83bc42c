"""Structural causes of wrong writes on unseen text: each test states one rule, on made-up pledges."""

from __future__ import annotations

import pytest
from parse_helpers import make_tasks
from parse_helpers import updates_of as updates

from bot.models import UpdateKind
from bot.parsing import ParseStatus, parse_message

SCHOOLS = make_tasks(
    "Kiên cố hóa 32 phòng học",
    "Xây dựng 6 bếp ăn bán trú cho các trường mầm non",
    "Kết nạp 5 đảng viên mới",
    "Xây mới 3 nhà văn hóa thôn (thôn 7, thôn Na Hoàng, thôn Khe Thương)",
    "Huy động xã hội hóa 900 triệu đồng xây dựng nông thôn mới",
    "Đưa 20 lao động đi làm việc ở nước ngoài",
)


def test_a_figure_inside_a_not_done_or_intended_piece_is_no_value() -> None:
    assert updates(SCHOOLS, "Phòng học kiên cố xong 32/32, bếp ăn bán trú đang thi công 2 bếp cuối") == [
        ("t1", UpdateKind.ABSOLUTE, 32.0),
        ("t2", UpdateKind.NOTE, None),
    ]
    assert updates(SCHOOLS, "bep an ban tru dang thi cong 2 bep") == [("t2", UpdateKind.NOTE, None)]
    assert updates(SCHOOLS, "Kết nạp ĐV: có 2 quần chúng ưu tú đang học lớp cảm tình Đảng") == [
        ("t3", UpdateKind.NOTE, None)
    ]
    assert updates(SCHOOLS, "XKLĐ chưa có thêm, 2 hồ sơ đang chờ xuất cảnh") == [("t6", UpdateKind.NOTE, None)]


def test_a_figure_said_as_reached_beside_an_intention_is_kept() -> None:
    assert updates(SCHOOLS, "bếp ăn bán trú đang triển khai, đã xong 4 bếp") == [("t2", UpdateKind.ABSOLUTE, 4.0)]
    assert updates(SCHOOLS, "bếp ăn bán trú đang triển khai đạt 4 bếp") == [("t2", UpdateKind.ABSOLUTE, 4.0)]


def test_work_in_progress_after_a_figure_takes_nothing_back() -> None:
    assert updates(SCHOOLS, "bếp ăn bán trú đã xong 4 bếp; 2 bếp còn lại đang thi công") == [
        ("t2", UpdateKind.ABSOLUTE, 4.0)
    ]


def test_unaccented_cho_is_not_waiting() -> None:
    tasks = make_tasks("Tỷ lệ thanh toán không dùng tiền mặt tại chợ đạt 60%", "Kết nạp 5 đảng viên mới")
    assert updates(tasks, "TTKDTM o cho 57%") == [("t1", UpdateKind.ABSOLUTE, 57.0)]


def test_one_named_unit_finished_is_one_more_not_the_whole_task() -> None:
    assert updates(SCHOOLS, "NVH thôn Na Hoàng đã xong; XHH lũy kế 820tr") == [
        ("t4", UpdateKind.INCREMENT, 1.0),
        ("t5", UpdateKind.ABSOLUTE, 820.0),
    ]
    assert updates(SCHOOLS, "nha van hoa thon na hoang da khanh thanh") == [("t4", UpdateKind.INCREMENT, 1.0)]
    # no unit named: the whole task
    assert updates(SCHOOLS, "Nhà văn hóa các thôn đã xây xong hết") == [("t4", UpdateKind.DONE, None)]


def test_status_of_a_held_back_figure_is_still_a_report() -> None:
    result = parse_message(SCHOOLS, "bếp ăn bán trú dự kiến xong 2 bếp trong tháng 12")
    assert result.status is ParseStatus.OK and [u.kind for u in result.updates] == [UpdateKind.NOTE]


def test_a_negated_reach_is_no_value() -> None:
    tasks = make_tasks(
        "Tỷ lệ tham gia BHYT đạt 95%",
        "Thu tiền sử dụng đất đạt 42 tỷ đồng",
        "Tỷ lệ hộ nghèo giảm xuống dưới 1,2%",
    )
    assert updates(tasks, "BHYT chưa đạt 95%") == [("t1", UpdateKind.NOTE, None)]
    # "đất" is no "đạt": the negation before still covers the figure
    assert updates(tasks, "chưa thu được tiền sử dụng đất 42 tỷ theo dự toán") == [("t2", UpdateKind.NOTE, None)]
    # a contrast ends the negation's reach
    assert updates(tasks, "tiền sử dụng đất chưa xong nhưng đã thu được 30 tỷ") == [("t2", UpdateKind.ABSOLUTE, 30.0)]


def test_approval_said_done_with_roi() -> None:
    tasks = make_tasks("Ban hành Đề án phát triển vùng chè đặc sản", "Kết nạp 7 đảng viên mới")
    assert updates(tasks, "Đề án vùng chè đã được HĐND xã thông qua, UBND xã ban hành QĐ rồi") == [
        ("t1", UpdateKind.DONE, None)
    ]
    assert updates(tasks, "Đề án vùng chè đã có QĐ") == [("t1", UpdateKind.DONE, None)]
    assert updates(tasks, "Đề án vùng chè tuần rồi họp góp ý") == [("t1", UpdateKind.NOTE, None)]


def test_reached_percent_with_a_count_task_on_the_same_topic_is_asked() -> None:
    tasks = make_tasks(
        "Tiêm phòng lở mồm long móng cho 4.500 con gia súc",
        "Tỷ lệ tiêm phòng bệnh dại trên đàn chó đạt trên 85%",
        "Có thêm 320 hộ sử dụng nước sạch",
    )
    result = parse_message(tasks, "tiêm phòng đạt 80%")
    assert result.status is ParseStatus.AMBIGUOUS and not result.updates
    assert {c.task_id for c in result.candidates} >= {"t1", "t2"}
    # a bare rate, or a share below one counted thing, names the rate task
    assert updates(tasks, "tiêm phòng dại 80%") == [("t2", UpdateKind.ABSOLUTE, 80.0)]


def test_figures_after_trong_do_are_parts_of_the_total() -> None:
    tasks = make_tasks("Đưa 25 người đi làm việc ở nước ngoài theo hợp đồng", "Giải quyết việc làm cho 650 lao động")
    assert updates(tasks, "XKLĐ được 11 người, trong đó 7 người đi Nhật, 4 người đi Hàn") == [
        ("t1", UpdateKind.ABSOLUTE, 11.0)
    ]


def test_what_is_left_on_a_ceiling_task_is_the_level() -> None:
    tasks = make_tasks("Số hộ nghèo cuối năm không quá 30 hộ", "Kết nạp 7 đảng viên mới")
    assert updates(tasks, "Hộ nghèo giảm thêm 3 hộ, còn 24 hộ") == [("t1", UpdateKind.ABSOLUTE, 24.0)]


def test_a_bare_figure_counting_another_noun_is_no_value() -> None:
    tasks = make_tasks(
        "Thu tiền sử dụng đất từ đấu giá 5 lô đất khu dân cư đạt 15 tỷ đồng",
        "Thu ngân sách từ phí, lệ phí cấp phép xây dựng 1.200 triệu đồng",
        "Cấp giấy phép khai thác thủy sản cho 350 chiếc tàu cá",
        "Phát triển thêm 10 homestay phục vụ du lịch cộng đồng",
        "Thẩm tra quyết toán 40 dự án hoàn thành",
    )
    assert updates(tasks, "thu tien dau gia dat duoc 3 lo, tong 9,6 ty") == [("t1", UpdateKind.ABSOLUTE, 9.6)]
    assert updates(tasks, "Thu tiền SDĐ: 5 lô đã đấu giá xong, thu 15,3 tỷ, vượt kế hoạch") == [
        ("t1", UpdateKind.ABSOLUTE, 15.3)
    ]
    # the task's own words, a classifier, or the initials of what it counts still count it
    assert updates(tasks, "Cấp phép khai thác cho 276 tàu cá") == [("t3", UpdateKind.ABSOLUTE, 276.0)]
    assert updates(tasks, "homestay phát triển mới được 6 cơ sở") == [("t4", UpdateKind.ABSOLUTE, 6.0)]
    assert updates(tasks, "quyết toán thêm 5 DA") == [("t5", UpdateKind.INCREMENT, 5.0)]


def test_a_question_with_a_figure_records_nothing() -> None:
    tasks = make_tasks("Tỷ lệ hồ sơ cấp phép xây dựng giải quyết đúng hạn đạt 100%", "Cấp 450 giấy phép xây dựng")
    for text in (
        "Anh ơi số nhà 25 đường 30/4 xin cấp phép sửa chữa, hồ sơ đủ chưa anh?",
        "cấp phép xây dựng 450 giấy là hết năm phải không?",
    ):
        result = parse_message(tasks, text)
        assert not result.updates, text


def test_what_is_left_on_a_growing_task_is_no_amount() -> None:
    tasks = make_tasks("Nhựa hóa 9,5km đường trục xã", "Cấp 450 giấy phép xây dựng nhà ở riêng lẻ")
    assert updates(tasks, "đường trục xã còn 2km nữa là xong") == [("t1", UpdateKind.NOTE, None)]
    assert updates(tasks, "đường trục xã đã xong 7,5km, còn 2km") == [("t1", UpdateKind.ABSOLUTE, 7.5)]


def test_a_rate_never_takes_a_bare_figure_over_100_and_the_memo_knows() -> None:
    tasks = make_tasks(
        "Tỷ lệ hồ sơ cấp phép xây dựng giải quyết đúng hạn đạt 100%",
        "Cấp 450 giấy phép xây dựng nhà ở riêng lẻ",
        "Thu ngân sách từ phí, lệ phí cấp phép xây dựng 1.200 triệu đồng",
    )
    first = parse_message(tasks, "cap phep xay dung dat 300 giay")
    assert all(u.task_id != "t1" for u in first.updates)
    # the same message after and before another one reads the same (no memo keyed too coarsely)
    fresh = make_tasks(*(t.text for t in tasks))
    for text in ("Cấp phép XD: thêm 35 GP trong tháng 7", "đúng hạn 98"):
        assert parse_message(tasks, text) == parse_message(fresh, text), text


def test_a_unit_word_alone_does_not_choose_between_tasks_counting_that_unit() -> None:
    tasks = make_tasks(
        "Giải quyết việc làm mới cho 650 lao động",
        "Đưa 25 người đi làm việc ở nước ngoài theo hợp đồng",
        "Tổ chức 12 lớp đào tạo nghề",
    )
    result = parse_message(tasks, "thêm 12 lao động")
    assert result.status is ParseStatus.AMBIGUOUS and not result.updates
    assert updates(tasks, "giải quyết việc làm thêm 12 lao động") == [("t1", UpdateKind.INCREMENT, 12.0)]


HOUSING = make_tasks(
    "Hỗ trợ xây dựng 15 căn nhà cho hộ nghèo, hộ khó khăn về nhà ở",
    "Kết nạp 6 đảng viên mới",
    "Tỷ lệ hồ sơ giải quyết trực tuyến đạt từ 90% trở lên",
    "Ban hành Kế hoạch phát triển nhà ở giai đoạn 2025-2030",
)


def test_approving_finishes_only_a_task_that_pledges_approval() -> None:
    assert updates(HOUSING, "Phê duyệt hồ sơ hỗ trợ nhà ở cho 3 hộ rồi") == [("t1", UpdateKind.NOTE, None)]
    assert updates(HOUSING, "hỗ trợ xây dựng nhà ở cho hộ nghèo đã phê duyệt") == [("t1", UpdateKind.NOTE, None)]
    assert updates(HOUSING, "Kế hoạch phát triển nhà ở đã được phê duyệt") == [("t4", UpdateKind.DONE, None)]


def test_a_rate_is_never_finished_by_a_bare_completion() -> None:
    assert updates(HOUSING, "hồ sơ giải quyết trực tuyến xong") == [("t3", UpdateKind.NOTE, None)]
    assert updates(HOUSING, "hồ sơ trực tuyến đạt chỉ tiêu") == [("t3", UpdateKind.DONE, None)]


def test_finishing_something_else_counted_is_not_finishing_the_task() -> None:
    assert updates(SCHOOLS, "Kết nạp ĐV: hoàn thành hồ sơ cho 3 quần chúng") == [("t3", UpdateKind.NOTE, None)]


BUDGET = make_tasks(
    "Giải ngân vốn đầu tư công đạt trên 95% kế hoạch vốn tỉnh giao",
    "Tỷ lệ hộ nghèo giảm còn không quá 1,2%",
    "Tuyên truyền, vận động thành lập mới 60 doanh nghiệp",
    "Thu tiền sử dụng đất đạt 42 tỷ đồng",
    "Thu ngân sách nhà nước trên địa bàn đạt 185 tỷ đồng",
)


def test_a_plan_covers_the_figures_after_it_only() -> None:
    assert updates(BUDGET, "Giải ngân được 65%, công tác chuẩn bị đã xong") == [("t1", UpdateKind.ABSOLUTE, 65.0)]
    assert updates(BUDGET, "Thu tiền sử dụng đất: dự kiến đấu giá đợt 2 ngày 12/9, ước thu 6 tỷ") == [
        ("t4", UpdateKind.NOTE, None)
    ]
    assert updates(BUDGET, "giải ngân dự kiến đạt 80% trong tháng 12") == [("t1", UpdateKind.NOTE, None)]


def test_a_rate_reached_within_a_period_is_the_rate() -> None:
    assert updates(BUDGET, "trong thang giai ngan dat 60%") == [("t1", UpdateKind.ABSOLUTE, 60.0)]
    assert updates(BUDGET, "giải ngân tăng thêm 5%") == [("t1", UpdateKind.INCREMENT, 5.0)]


def test_an_opening_verb_and_generic_words_name_no_task_for_a_completion() -> None:
    for text in ("nhiệm vụ tuyên truyền đã hoàn thành", "Hoàn thành kế hoạch năm 2024"):
        result = parse_message(BUDGET, text)
        assert not result.updates, text
    # beside a sure report, after a hard break, it does not drown it (either order)
    for text in (
        "Hộ nghèo còn 1,3%; nhiệm vụ tuyên truyền đã hoàn thành",
        "nhiệm vụ tuyên truyền đã hoàn thành; Hộ nghèo còn 1,3%",
    ):
        assert updates(BUDGET, text) == [("t2", UpdateKind.ABSOLUTE, 1.3)], text
    assert updates(BUDGET, "Tuyên truyền vận động thành lập doanh nghiệp đã hoàn thành") == [
        ("t3", UpdateKind.DONE, None)
    ]


def test_a_named_stretch_or_a_construction_stage_finished_is_not_the_task() -> None:
    tasks = make_tasks("Hoàn thành 12 km đường giao thông nông thôn", "Xây dựng 3 nhà văn hóa ấp")
    assert updates(tasks, "Đã hoàn thành đường GTNT đoạn ấp 3") == [("t1", UpdateKind.NOTE, None)]
    assert updates(tasks, "Đường GTNT đã hoàn thành toàn bộ") == [("t1", UpdateKind.DONE, None)]
    assert updates(tasks, "Nhà văn hóa ấp Phú Hòa xong phần thô") == [("t2", UpdateKind.NOTE, None)]
    assert updates(tasks, "NVH ấp 2 đã khánh thành") == [("t2", UpdateKind.INCREMENT, 1.0)]


def test_a_share_of_the_plan_prefers_the_task_with_an_amount() -> None:
    tasks = make_tasks(
        "Cấp 450 giấy phép xây dựng nhà ở riêng lẻ",
        "Tỷ lệ hồ sơ cấp phép xây dựng giải quyết đúng hạn đạt 100%",
        "Giải ngân vốn đầu tư công đạt trên 95% kế hoạch vốn",
        "Giải quyết việc làm cho 120 lao động",
    )
    assert updates(tasks, "Giay phep xay dung cap duoc 60% ke hoach") == [("t1", UpdateKind.ABSOLUTE, 270.0)]
    # a rate that is itself of a plan takes the share as the rate
    assert updates(tasks, "giải ngân đạt 71,2% kế hoạch vốn") == [("t3", UpdateKind.ABSOLUTE, 71.2)]
    # the plan word is part of the figure, not a word left unexplained
    assert updates(tasks, "GQVL dat 50% ke hoach") == [("t4", UpdateKind.ABSOLUTE, 60.0)]


def test_a_long_message_keeps_each_sentence_with_its_own_figure() -> None:
    text = (
        "Báo cáo anh: sáng nay em cùng 3 anh em văn phòng đi kiểm tra công trình trụ sở xã giai đoạn 2, "
        "đường xấu quá đi mất gần 2 tiếng. Bà con ấp 4 phản ánh chuyện đèn đường hư, em đã giao xã xử lý. "
        "Về giải ngân, lũy kế đến nay đạt 71,2% kế hoạch vốn tỉnh giao. Chiều em họp lúc 15h, có gì em báo anh sau."
    )
    assert updates(BUDGET, text) == [("t1", UpdateKind.ABSOLUTE, 71.2)]


REVENUE = make_tasks(
    "Thu ngân sách nhà nước đạt 12,5 tỷ đồng",
    "Giải quyết việc làm cho 105 lao động",
    "Tỷ lệ tham gia BHYT đạt 95% trở lên",
    "Xây dựng 26.500m đường giao thông nông thôn",
    "Số vụ tai nạn giao thông không quá 5 vụ",
)


def test_a_figure_compared_with_a_past_period_is_no_level() -> None:
    for text in (
        "thu ngân sách tăng 15% so với cùng kỳ",
        "thu ngân sách bằng 80% cùng kỳ",
        "thu ngan sach dat 110% so voi cung ky",
    ):
        assert updates(REVENUE, text) == [("t1", UpdateKind.NOTE, None)], text
    assert updates(REVENUE, "việc làm tăng 20 người so với năm trước") == [("t2", UpdateKind.NOTE, None)]
    assert updates(REVENUE, "BHYT năm ngoái 90%, năm nay 93%") == [("t3", UpdateKind.ABSOLUTE, 93.0)]
    assert updates(REVENUE, "đường GTNT năm ngoái làm 5km, năm nay 3km") == [("t4", UpdateKind.ABSOLUTE, 3000.0)]
    # compared with the plan it is still a share of the plan
    [(task, kind, value)] = updates(REVENUE, "thu ngân sách đạt 110% so với kế hoạch")
    assert (task, kind) == ("t1", UpdateKind.ABSOLUTE) and value == pytest.approx(13.75)
    # the change compared is skipped, the level beside it is kept
    assert updates(REVENUE, "TNGT 9 tháng xảy ra 3 vụ, giảm 1 vụ so với cùng kỳ") == [("t5", UpdateKind.ABSOLUTE, 3.0)]


def test_a_bracketed_aside_does_not_cover_the_figure_before_it() -> None:
    assert updates(REVENUE, "thu ngân sách 10 tỷ (chưa tính tiền đất)") == [("t1", UpdateKind.ABSOLUTE, 10.0)]


def test_a_total_after_an_increment_wins_even_when_said_with_tong_alone() -> None:
    assert updates(REVENUE, "tháng này việc làm được 20 người, tổng 70") == [("t2", UpdateKind.ABSOLUTE, 70.0)]
    # "tổng" starting another task's report still stands apart
    assert updates(REVENUE, "việc làm thêm 20 người, tổng thu ngân sách 10 tỷ") == [
        ("t2", UpdateKind.INCREMENT, 20.0),
        ("t1", UpdateKind.ABSOLUTE, 10.0),
    ]


def test_a_bare_figure_far_below_a_measured_target_is_asked() -> None:
    result = parse_message(REVENUE, "đường GTNT 2,5")
    assert result.status is ParseStatus.AMBIGUOUS and not result.updates
    assert updates(REVENUE, "đường GTNT 2,5 km") == [("t4", UpdateKind.ABSOLUTE, 2500.0)]
    assert updates(REVENUE, "đường GTNT 2.500") == [("t4", UpdateKind.ABSOLUTE, 2500.0)]


def test_a_sure_question_with_a_figure_records_nothing_even_without_a_question_mark() -> None:
    for text in ("việc làm được 60 rồi phải không anh", "thu ngân sách 10 tỷ chưa ạ"):
        result = parse_message(REVENUE, text)
        assert result.status is ParseStatus.NONE and not result.updates, text
    # a correction saying "không phải" is no question
    assert updates(REVENUE, "việc làm đạt 60 lao động, không phải 50") == [("t2", UpdateKind.ABSOLUTE, 60.0)]


def test_the_figure_in_the_tasks_own_measure_beats_a_percent_beside_it() -> None:
    # a run-on text is tried apart after each figure: each figure goes to the task its own words name
    assert updates(REVENUE, "BHYT 92% thu ngan sach 9 ty") == [
        ("t3", UpdateKind.ABSOLUTE, 92.0),
        ("t1", UpdateKind.ABSOLUTE, 9.0),
    ]
    # kept together, the money figure still goes to revenue, never 92 to it
    assert updates(REVENUE, "thu ngan sach 9 ty, BHYT") == [("t1", UpdateKind.ABSOLUTE, 9.0)]
    # a running total without a unit still wins over a counted increment
    assert updates(SCHOOLS, "Kết nạp thêm 1 đảng viên, nâng tổng số lên 5") == [("t3", UpdateKind.ABSOLUTE, 5.0)]
