"""Round 31: what session twenty-three found. Wording is our own.

"thu được 60 tỷ" between "Tham mưu thu tiền sử dụng đất đạt 95 tỷ đồng" and "Tham mưu thu ngân sách nội địa (không kể
tiền sử dụng đất) đạt 373 tỷ đồng" went to the land fee: every word of that task is in the other one's bracket, so
the second looked like the first with a qualifier more. Words a task names only to leave them out ("không kể",
"không bao gồm", "trừ") are no part of what it pledges; said where another task holds them, they are that task's.

Also found: the second of two listed actions ("Nhựa hóa, bê tông hóa", "Tham mưu phân bổ, giao dự toán") opens a task
as much as the first; a year-long duty said to stand "đến nay" or over "6 tháng" is a note; "lũy kế 6 tháng 312" is
312; the year said names the one task holding it; unmarked "dang" is "đang"; "Trồng mới 450ha rừng" pairs "trồng
rừng"; "hướng dẫn" wraps a task's action; "đc" and "r" are function words; a period closing a one-line list is said
of every count in it; a unit named after an everyday word for the task's verb is one more; "TT" before a name is a
town; "dứt điểm" said as the task pledges is done; a pledge named by its own figure before a colon reports no
figure; and "xây dựng vùng … quy mô 50ha", second in a list of actions, pledges 50 ha."""

from __future__ import annotations

from parse_helpers import asks, make_tasks
from parse_helpers import updates_of as got

from bot.models import UpdateKind

INC, ABS, NOTE, DONE = UpdateKind.INCREMENT, UpdateKind.ABSOLUTE, UpdateKind.NOTE, UpdateKind.DONE

REVENUES = make_tasks(
    "Tham mưu thu tiền sử dụng đất đạt 95 tỷ đồng",  # t1
    "Tham mưu thu ngân sách nội địa (không kể tiền sử dụng đất) đạt 373 tỷ đồng",  # t2
    "Thành lập mới 3 hợp tác xã nông nghiệp",  # t3
)


def test_words_a_task_leaves_out_do_not_make_it_the_other_task_qualified() -> None:
    asks(REVENUES, "thu được 60 tỷ", with_candidates=True)
    asks(REVENUES, "Thu dc 60 ty", with_candidates=True)


def test_either_revenue_named_still_goes_to_its_task() -> None:
    assert got(REVENUES, "thu tiền sử dụng đất được 60 tỷ") == [("t1", ABS, 60.0)]
    assert got(REVENUES, "thu tien SDD 60 ty") == [("t1", ABS, 60.0)]
    assert got(REVENUES, "thu ngân sách nội địa được 200 tỷ") == [("t2", ABS, 200.0)]


ROADS = make_tasks(
    "Cứng hóa 2,4 km đường trục thôn, đường ngõ xóm",  # t1
    "Nâng cấp, cứng hóa 1.800m đường giao thông nội đồng",  # t2
    "Nhựa hóa, bê tông hóa 2,4km đường giao thông nông thôn",  # t3
    "Bê tông hóa 1.200m kênh mương nội đồng",  # t4
)


def test_the_second_of_two_listed_actions_opens_the_task_as_much_as_the_first() -> None:
    asks(ROADS, "Đã cứng hóa thêm 500m đường", with_candidates=True)
    asks(ROADS, "bê tông hóa thêm 300m", with_candidates=True)


def test_a_listed_action_said_with_its_object_still_goes_to_its_task() -> None:
    assert got(ROADS, "cứng hóa đường nội đồng thêm 300m") == [("t2", INC, 300.0)]
    assert got(ROADS, "bê tông hóa kênh mương thêm 300m") == [("t4", INC, 300.0)]


ORCHARDS = make_tasks(
    "Trồng mới 150 ha cây hồi",  # t1
    "Cải tạo, trồng mới 80 ha vườn na theo hướng VietGAP",  # t2
)


def test_a_listed_pair_no_opening_is_made_of_opens_nothing() -> None:
    assert got(ORCHARDS, "Trồng mới hồi được 62 ha") == [("t1", ABS, 62.0)]


TRAINING = make_tasks(
    "Tỷ lệ lao động qua đào tạo đạt 68%",  # t1
    "Tuyển sinh, đào tạo nghề cho 1.200 người",  # t2
)


def test_a_rate_of_the_listed_action_says_it_as_much_as_the_task_listing_it() -> None:
    asks(TRAINING, "đào tạo đạt 66% kế hoạch", with_candidates=True)
    assert got(TRAINING, "đào tạo nghề thêm 120 người") == [("t2", INC, 120.0)]


BUDGET = make_tasks(
    "Thu ngân sách nhà nước trên địa bàn xã đạt 850 triệu đồng",  # t1
    "Chi ngân sách xã đảm bảo đúng dự toán, tiết kiệm chi thường xuyên",  # t2
)


def test_a_duty_said_to_stand_so_far_is_not_finished() -> None:
    assert got(BUDGET, "Chi ngân sách đến nay đúng dự toán, đã tiết kiệm chi thường xuyên theo quy định") == [
        ("t2", NOTE, None)
    ]
    assert got(BUDGET, "chi NS tu dau nam toi nay dung du toan, da tiet kiem chi TX") == [("t2", NOTE, None)]


def test_a_duty_said_finished_so_far_is_still_finished() -> None:
    assert got(BUDGET, "Đến nay đã hoàn thành tiết kiệm chi thường xuyên, chi ngân sách đúng dự toán") == [
        ("t2", DONE, None)
    ]


ESTIMATES = make_tasks(
    "Tham mưu xây dựng dự toán thu, chi ngân sách năm 2025 trình HĐND huyện trước ngày 10/12/2024",  # t1
    "Cấp giấy chứng nhận đăng ký cho 120 hộ kinh doanh",  # t2
    "Giải quyết việc làm cho 90 lao động",  # t3
    "Tỷ lệ người dân tham gia BHYT đạt 95%",  # t4
)


def test_the_year_said_names_the_one_task_holding_it_even_with_no_rival() -> None:
    assert got(ESTIMATES, "Dự toán 2025 đang tổng hợp số liệu các xã") == [("t1", NOTE, None)]


FINANCE_OFFICE = make_tasks(
    "Tham mưu xây dựng dự toán thu, chi ngân sách năm 2025 trình HĐND huyện trước ngày 10/12/2024",  # t1
    "Thẩm tra, phê duyệt quyết toán 45 dự án hoàn thành",  # t2
    "Tiết kiệm 10% chi thường xuyên để tạo nguồn cải cách tiền lương",  # t3
    "Hỗ trợ thành lập mới 40 doanh nghiệp",  # t4
    "Cấp giấy chứng nhận đăng ký cho 120 hộ kinh doanh",  # t5
    "Xử lý dứt điểm nợ đọng xây dựng cơ bản",  # t6
)


def test_unmarked_dang_is_the_word_for_in_progress_not_half_of_dang_ky() -> None:
    assert got(FINANCE_OFFICE, "du toan 2025 dang tong hop so lieu cac xa") == [("t1", NOTE, None)]
    assert got(FINANCE_OFFICE, "dang ky kinh doanh them 12 ho") == [("t5", INC, 12.0)]


def test_a_year_compared_with_names_no_task() -> None:
    tasks = make_tasks(
        "Tỷ lệ dân số tham gia bảo hiểm y tế đạt 94,5% trở lên",  # t1
        "Tốc độ tăng giá trị sản xuất đạt 7,5% trở lên so với năm 2023",  # t2
        "Tỷ lệ hộ nghèo giảm còn dưới 1,2%",  # t3
    )
    assert got(tasks, "Tỷ lệ BHYT toàn huyện đạt 93,5%, tăng 0,7% so với cuối năm 2023") == [("t1", ABS, 93.5)]


def test_a_duty_said_to_stand_over_the_months_so_far_is_not_finished() -> None:
    assert got(BUDGET, "Chi ngân sách 6 tháng đảm bảo trong dự toán, đã tiết kiệm 10% chi thường xuyên") == [
        ("t2", NOTE, None)
    ]
    report = make_tasks("Hoàn thành báo cáo tình hình KT-XH 6 tháng đầu năm", "Thu ngân sách đạt 850 triệu đồng")
    assert got(report, "Báo cáo KT-XH 6 tháng đầu năm đã gửi UBND huyện") == [("t1", DONE, None)]


NEWS = make_tasks(
    "Đăng tải 500 tin bài trên cổng thông tin điện tử huyện",  # t1
    "Giải quyết việc làm cho 90 lao động",  # t2
)


def test_a_running_total_over_the_months_so_far_is_the_figure() -> None:
    assert got(NEWS, "Tin bài cổng TTĐT: tháng 6 đăng 58 tin bài, lũy kế 6 tháng 312") == [("t1", ABS, 312.0)]
    assert got(NEWS, "Tin bài cổng TTĐT: tháng 6 đăng 58 tin bài, lũy kế 312") == [("t1", ABS, 312.0)]


FORESTS = make_tasks(
    "Trồng mới 450ha rừng tập trung",  # t1
    "Cấp phát 120.000 cây giống keo, quế cho Nhân dân trồng rừng",  # t2
    "Nâng tỷ lệ che phủ rừng lên 72,5%",  # t3
    "Kiên cố hóa 6.500m kênh mương nội đồng",  # t4
)


def test_a_verb_and_its_object_with_moi_between_pair_as_said_side_by_side() -> None:
    assert got(FORESTS, "trong rung them 35ha") == [("t1", INC, 35.0)]
    assert got(FORESTS, "che phu rung 71,8%, trong rung 380ha") == [("t3", ABS, 71.8), ("t1", ABS, 380.0)]


def test_no_such_pair_where_another_task_holds_both_words_with_its_own_qualifier() -> None:
    tasks = make_tasks(
        "Trồng mới 35ha rừng ngập mặn phòng hộ ven biển",  # t1
        "Trồng dặm, trồng bổ sung 12ha rừng đước trên các bãi bồi",  # t2
        "Nạo vét 4.200m kênh thủy lợi nội đồng",  # t3
    )
    asks(tasks, "trồng rừng đạt 20ha", with_candidates=True)


def test_a_name_the_runner_up_spells_said_after_the_figure_does_not_hold_the_leader_back() -> None:
    tasks = make_tasks(
        "Ra mắt điểm du lịch cộng đồng làng đá Khuổi Ky",  # t1
        "Thu ngân sách nhà nước trên địa bàn xã đạt 1,25 tỷ đồng",  # t2
        "Trồng mới 35ha rừng tập trung",  # t3
        "Giải quyết việc làm mới cho 60 lao động",  # t4
        "Bê tông hóa 2.800m đường ngõ xóm",  # t5
        "Mở mới 1,5km đường trục xóm rộng 4m",  # t6
        "Duy trì an ninh trật tự khu vực biên giới, không để xảy ra điểm nóng",  # t7
    )
    assert got(tasks, "trong rung them 4 ha o xom Khuoi Ky") == [("t3", INC, 4.0)]


FIRMS = make_tasks(
    "Hướng dẫn, hỗ trợ thành lập mới 60 doanh nghiệp",  # t1
    "Phát triển mới 2 hợp tác xã nông nghiệp",  # t2
    "Kiểm tra công tác quản lý tài chính, ngân sách tại 6 xã",  # t3
)


def test_guiding_wraps_the_task_s_own_action_as_supporting_does() -> None:
    asks(FIRMS, "thành lập mới thêm 2", with_candidates=True)
    assert got(FIRMS, "thành lập mới thêm 2 doanh nghiệp") == [("t1", INC, 2.0)]


def test_duoc_and_roi_as_phones_type_them_are_no_words_left_unexplained() -> None:
    tasks = make_tasks(
        "Có thêm 8 sản phẩm đạt chứng nhận OCOP từ 3 sao trở lên",  # t1
        "Giải quyết việc làm cho 90 lao động",  # t2
        "Thu ngân sách nhà nước trên địa bàn xã đạt 1,25 tỷ đồng",  # t3
    )
    assert got(tasks, "ocop dc 6/8 sp r a") == [("t1", ABS, 6.0)]


FOUNDED = make_tasks(
    "Thành lập mới 45 doanh nghiệp",  # t1
    "Thành lập mới 3 hợp tác xã",  # t2
    "Trồng rừng tập trung 350 ha",  # t3
)


def test_a_period_closing_a_one_line_list_is_said_of_every_count_in_it() -> None:
    assert got(FOUNDED, "Thành lập mới 3 DN và 1 HTX trong tháng 7") == [("t1", INC, 3.0), ("t2", INC, 1.0)]
    assert got(FOUNDED, "Thành lập mới 3 DN, 1 HTX trong quý II") == [("t1", INC, 3.0), ("t2", INC, 1.0)]


def test_a_period_said_of_what_is_left_leaves_the_figure_a_level() -> None:
    assert got(FOUNDED, "Trồng rừng tập trung được 310ha, số còn lại trồng trong tháng 8") == [("t3", ABS, 310.0)]


def test_one_unit_named_after_an_everyday_word_for_the_task_s_verb_is_one_more() -> None:
    tasks = make_tasks(
        "Phát triển mới 2 hợp tác xã nông nghiệp",  # t1
        "Thành lập mới 40 doanh nghiệp",  # t2
        "Thu ngân sách đạt 39 tỷ đồng",  # t3
    )
    assert got(tasks, "Thành lập mới HTX Nông nghiệp Tân Hùng 👍") == [("t1", INC, 1.0)]


FEES = make_tasks(
    "Thẩm định quyết toán ngân sách năm 2023 của 14 xã, thị trấn",  # t1
    "Tham mưu thu tiền sử dụng đất đạt 180 tỷ đồng",  # t2
    "Thu thuế, phí, lệ phí (không kể tiền sử dụng đất) đạt 105 tỷ đồng",  # t3
)


def test_a_word_one_task_leaves_out_said_where_another_holds_it_is_the_other_s() -> None:
    assert got(FEES, "nhầm, tiền SDĐ là 86 tỷ chứ k phải 96") == [("t2", ABS, 86.0)]
    assert got(FEES, "tiền sử dụng đất thu thêm 24 tỷ") == [("t2", INC, 24.0)]


def test_a_clause_leaving_the_same_out_is_the_task_that_leaves_it_out() -> None:
    assert got(FEES, "Thu thuế phí (không kể tiền SDĐ) đạt 71 tỷ") == [("t3", ABS, 71.0)]


def test_tt_before_a_name_is_a_town_one_more_of_the_places_counted() -> None:
    tasks = make_tasks(
        "Kiểm tra công tác quản lý tài chính, ngân sách tại 8 xã, thị trấn",  # t1
        "Thành lập mới 40 doanh nghiệp",  # t2
        "Thu ngân sách đạt 39 tỷ đồng",  # t3
    )
    assert got(tasks, "kiểm tra tài chính thêm TT Đức Phong") == [("t1", INC, 1.0)]
    assert got(tasks, "kiem tra them TT Phuoc My Trung") == [("t1", INC, 1.0)]


def test_settled_once_and_for_all_as_the_task_pledges_is_done() -> None:
    listed = make_tasks("Rà soát, xử lý dứt điểm nợ đọng xây dựng cơ bản", "Thu ngân sách đạt 39 tỷ đồng")
    assert got(listed, "Nợ đọng XDCB đã xử lý dứt điểm") == [("t1", DONE, None)]
    plain = make_tasks("Xử lý dứt điểm nợ đọng xây dựng cơ bản", "Thu ngân sách đạt 39 tỷ đồng")
    assert got(plain, "Đã thanh toán dứt điểm nợ đọng XDCB 👍") == [("t1", DONE, None)]
    assert got(plain, "Nợ đọng XDCB còn 2,3 tỷ, đang bố trí vốn để trả dứt điểm") == [("t1", NOTE, None)]


def test_the_second_action_listed_past_the_wrapping_verb_said_done_is_the_task_done() -> None:
    tasks = make_tasks(
        "Tham mưu phân bổ, giao dự toán ngân sách năm 2024 cho các đơn vị, xã, thị trấn đúng thời gian quy định",
        "Thu ngân sách đạt 39 tỷ đồng",
        "Tham mưu phân bổ, giao chi tiết kế hoạch vốn đầu tư công năm 2025 trước ngày 31/12/2024",
    )
    assert got(tasks, "Đã giao dự toán ngân sách 2024 cho các đơn vị, xã, thị trấn đúng hạn") == [("t1", DONE, None)]
    assert got(tasks, "Đã giao chi tiết kế hoạch vốn ĐTC năm 2025 cho các chủ đầu tư ngày 20/12") == [
        ("t3", DONE, None)
    ]


SAVINGS = make_tasks(
    "Tiết kiệm 10% chi thường xuyên để tạo nguồn cải cách tiền lương",  # t1
    "Thu ngân sách đạt 39 tỷ đồng",  # t2
)


def test_a_pledge_named_by_its_own_figure_before_a_colon_reports_no_figure() -> None:
    assert got(SAVINGS, "Tiết kiệm 10% chi thường xuyên: đã giao cho các đơn vị, đang theo dõi thực hiện") == [
        ("t1", NOTE, None)
    ]


def test_named_so_and_said_finished_it_is_the_pledge_met() -> None:
    assert got(SAVINGS, "Tiết kiệm 10% chi thường xuyên: đã hoàn thành") in (
        [("t1", DONE, None)],
        [("t1", ABS, 10.0)],
    )
    assert got(SAVINGS, "Tiết kiệm chi thường xuyên: đạt 8%") == [("t1", ABS, 8.0)]


def test_the_size_of_an_area_built_up_as_a_second_action_is_its_target() -> None:
    from bot.parsing import resolve_target

    target = resolve_target("Dồn điền đổi thửa, xây dựng vùng sản xuất lúa tập trung quy mô 50ha")
    assert (target.value, target.unit) == (50.0, "ha")
    # (a facility's size is only said)
    assert resolve_target("Hoàn thành xây dựng Nhà văn hóa thôn Châu Xuân (quy mô 150 chỗ ngồi)").value is None
    tasks = make_tasks(
        "Chuyển đổi 30 ha đất trồng lúa kém hiệu quả sang cây trồng khác",  # t1
        "Dồn điền đổi thửa, xây dựng vùng sản xuất lúa tập trung quy mô 50ha",  # t2
    )
    assert got(tasks, "vung san xuat tap trung da xong 38 ha") == [("t2", ABS, 38.0)]
