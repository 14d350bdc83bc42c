"""Round 30: what session twenty-two found. Wording is our own.

"Tuần qua: trồng rừng 12ha, cây phân tán 3.500 cây, BHYT 92,8%" wrote the first figure as an amount added: a
heading that dates the list ("Tuần qua:", "Tuần rồi:") says when the report was made, as "Tuần này:" does, and the
figures under it are where things stand unless they say "thêm" themselves.

Also found: a slip owned after a trailing "..." ("101 tỷ... à nhầm, 110 tỷ mới đúng") was missed; "thu NSNN đạt 85%
dự toán, chi 4.200 triệu" put the spending on revenue, the budget's two sides said in turn with the object written
short; and "…, hoàn thành dự toán cả năm" was the spending task done, where it says the revenue met its plan.
Then: work done before an approval awaited, past a list comma; a word said in the leader's own compound ("nội bản");
"đã ký 2 chuỗi", no ordinal; a criterion appraised and found met; a pledge without a figure sharing none; rice
transplanted, broadcast or seeded as sown; a dossier done and sent up in one breath; a place named as the one that
did the work; "hơn dự kiến"; a sum spent so far on a duty; the report named first, then sent; "phân bổ", no "phần";
and "ra mắt 2/9", a day."""

from __future__ import annotations

from parse_helpers import make_tasks
from parse_helpers import updates_of as got

from bot.models import UpdateKind

INC, ABS, NOTE, DONE = UpdateKind.INCREMENT, UpdateKind.ABSOLUTE, UpdateKind.NOTE, UpdateKind.DONE

FOREST = make_tasks(
    "Trồng rừng tập trung đạt 60 ha",  # t1
    "Trồng 20.000 cây phân tán",  # t2
    "Tỷ lệ dân số tham gia BHYT đạt 93%",  # t3
)


def test_a_heading_dating_the_list_makes_no_amount_added() -> None:
    assert got(FOREST, "Tuần qua: trồng rừng 12ha, cây phân tán 3.500 cây, BHYT 92,8%") == [
        ("t1", ABS, 12.0),
        ("t2", ABS, 3500.0),
        ("t3", ABS, 92.8),
    ]
    assert got(FOREST, "Tuần rồi: trồng rừng 12ha; cây phân tán thêm 500 cây") == [
        ("t1", ABS, 12.0),
        ("t2", INC, 500.0),
    ]


def test_a_period_said_of_the_work_is_still_an_amount_added() -> None:
    assert got(FOREST, "Tuần qua trồng rừng được 12ha") == [("t1", INC, 12.0)]
    assert got(FOREST, "Trong tuần: trồng rừng 12ha, cây phân tán 500 cây") == [("t1", INC, 12.0), ("t2", INC, 500.0)]


REVENUE = make_tasks(
    "Thu tiền sử dụng đất đạt 150 tỷ đồng",  # t1
    "Giải quyết việc làm cho 120 lao động",  # t2
)


def test_a_slip_owned_after_a_trailing_ellipsis_or_an_interjection_takes_the_figure_back() -> None:
    assert got(REVENUE, "Thu tiền SDĐ 101 tỷ... à nhầm, 110 tỷ mới đúng") == [("t1", ABS, 110.0)]
    assert got(REVENUE, "Thu tiền SDĐ 101 tỷ… à nhầm, 110 tỷ") == [("t1", ABS, 110.0)]
    assert got(REVENUE, "Thu tiền SDĐ 101 tỷ, à nhầm, 110 tỷ mới đúng") == [("t1", ABS, 110.0)]


BUDGET = make_tasks(
    "Thu ngân sách nhà nước trên địa bàn xã đạt 3,2 tỷ đồng",  # t1
    "Chi ngân sách xã trong dự toán được giao, không quá 6,8 tỷ đồng",  # t2
    "Giảm 12 hộ nghèo",  # t3
)


def test_the_budget_sides_said_in_turn_go_each_to_its_task_however_the_object_is_written() -> None:
    assert got(BUDGET, "thu NSNN đạt 85% dự toán, chi 4.200 triệu") == [("t1", ABS, 2.72), ("t2", ABS, 4.2)]
    assert got(BUDGET, "Thu NS 2,7 tỷ, chi 4,2 tỷ") == [("t1", ABS, 2.7), ("t2", ABS, 4.2)]


COUNTY_BUDGET = make_tasks(
    "Thu ngân sách nhà nước trên địa bàn đạt 285 tỷ đồng",  # t1
    "Quản lý chi ngân sách địa phương chặt chẽ, tiết kiệm, đúng dự toán",  # t2
)


def test_the_budget_plan_met_is_said_of_the_figure_before_it() -> None:
    assert got(COUNTY_BUDGET, "thu NS dat 285 ty, hoan thanh du toan ca nam") == [("t1", ABS, 285.0)]
    assert got(COUNTY_BUDGET, "Thu ngân sách đạt 290 tỷ, hoàn thành dự toán cả năm") == [("t1", ABS, 290.0)]


POVERTY = make_tasks(
    "Hoàn thành rà soát hộ nghèo, hộ cận nghèo cuối năm 2024",  # t1
    "Giảm 12 hộ nghèo",  # t2
)


def test_the_work_done_then_an_approval_awaited_is_the_work_done_past_a_list_comma() -> None:
    assert got(POVERTY, "Rà soát hộ nghèo, cận nghèo cuối năm 2024 đã xong, đang chờ tỉnh phê duyệt kết quả") == [
        ("t1", DONE, None)
    ]


HAMLET_ROADS = make_tasks(
    "Cứng hóa 4.500m đường giao thông nội bản",  # t1
    "Làm mới 1,2km đường nội đồng rộng 2,5m",  # t2
    'Ra mắt mô hình "Bản sạch, đẹp, an toàn" tại bản Nà Bó',  # t3
)


def test_a_word_said_in_one_tasks_compound_is_no_half_of_anothers() -> None:
    assert got(HAMLET_ROADS, "đường nội bản thêm 1,2 km") == [("t1", INC, 1200.0)]
    assert got(HAMLET_ROADS, "đường nội đồng thêm 350m, đường nội bản thêm 1,2 km") == [
        ("t2", INC, 0.35),
        ("t1", INC, 1200.0),
    ]


CHAINS = make_tasks(
    "Xây dựng 3 chuỗi liên kết sản xuất, tiêu thụ sản phẩm nông nghiệp",  # t1
    "Tổ chức 2 hội nghị đối thoại với doanh nghiệp",  # t2
)


def test_a_figure_after_a_word_typed_with_its_marks_is_no_ordinal_unless_the_word_is_one() -> None:
    assert got(CHAINS, "Chuỗi liên kết: đã ký 2 chuỗi (cam với HTX Thanh Hà, mía tím với công ty Hòa Bình)") == [
        ("t1", ABS, 2.0)
    ]
    # "kỳ 2", "lần 2" keep their order: the second term, the second time
    assert got(CHAINS, "Chuỗi liên kết: đã họp kỳ 2") != [("t1", ABS, 2.0)]


CRITERIA = make_tasks(
    "Hoàn thành tiêu chí số 13 về tổ chức sản xuất của huyện nông thôn mới nâng cao",  # t1
    "Thu ngân sách trên địa bàn huyện đạt 120 tỷ đồng",  # t2
)


def test_a_criterion_appraised_and_found_met_is_done() -> None:
    assert got(CRITERIA, "Tiêu chí số 13 tổ chức sản xuất đã được Sở NN thẩm định đạt") == [("t1", DONE, None)]
    assert got(CRITERIA, "Tiêu chí số 13 tổ chức sản xuất đang chờ Sở NN thẩm định") == [("t1", NOTE, None)]


LABOUR = make_tasks(
    "Giải quyết việc làm mới cho 2.800 lao động",  # t1
    "Đưa 60 lao động đi làm việc ở nước ngoài theo hợp đồng",  # t2
    "Tổ chức Ngày hội việc làm huyện năm 2024",  # t3
)


def test_a_pledge_without_a_figure_shares_no_figure_with_one_that_has_it() -> None:
    assert got(LABOUR, "việc làm 2.310, XKLĐ 41") == [("t1", ABS, 2310.0), ("t2", ABS, 41.0)]


RICE = make_tasks(
    "Tổng diện tích gieo trồng lúa cả năm đạt 23.500ha",  # t1
    "Trồng mới 650ha rừng tập trung",  # t2
)


def test_rice_transplanted_or_broadcast_is_rice_sown() -> None:
    assert got(RICE, "Vụ xuân gieo cấy được 12.300ha lúa") == [("t1", ABS, 12300.0)]
    assert got(RICE, "Vụ Đông Xuân gieo sạ được 5.920ha lúa") == [("t1", ABS, 5920.0)]


RELICS = make_tasks(
    "Lập hồ sơ 2 di tích lịch sử đề nghị xếp hạng cấp tỉnh",  # t1
    "Lắp đặt 12 cụm loa truyền thanh thông minh",  # t2
)


def test_a_dossier_said_done_and_sent_up_in_one_breath_is_done() -> None:
    assert got(RELICS, "Đã hoàn thành hồ sơ di tích Hang Thẩm Tát Tòng trình tỉnh xếp hạng") == [("t1", INC, 1.0)]
    # sent up before it is finished is still a note
    assert got(RELICS, "Đang lập hồ sơ di tích Hang Thẩm Tát Tòng trình tỉnh xếp hạng") == [("t1", NOTE, None)]


DOSSIERS = make_tasks(
    "Hướng dẫn 4 xã hoàn thiện hồ sơ đề nghị công nhận đạt chuẩn nông thôn mới nâng cao",  # t1
    "Trồng mới 850 ha rừng tập trung",  # t2
)


def test_a_place_named_as_the_one_that_did_the_work_is_one_unit_more() -> None:
    assert got(DOSSIERS, "Hồ sơ NTM Tân Lập đã hoàn thiện") == [("t1", INC, 1.0)]
    # sent up to be judged is not the place's work done
    assert got(DOSSIERS, "Hồ sơ NTM của Tân Lập đã trình tỉnh thẩm định") != [("t1", INC, 1.0)]


FESTIVAL = make_tasks(
    "Tổ chức thành công Lễ hội Cà phê huyện lần thứ III năm 2024",  # t1
    "Thu hút 250.000 lượt khách du lịch",  # t2
)


def test_more_than_expected_is_no_plan_still_to_carry_out() -> None:
    assert got(FESTIVAL, "Lễ hội cà phê lần III đã tổ chức thành công, khách đông hơn dự kiến 👍") == [
        ("t1", DONE, None)
    ]
    assert got(FESTIVAL, "Lễ hội cà phê lần III dự kiến tổ chức tháng 12") == [("t1", NOTE, None)]


def test_seed_put_down_is_rice_sown() -> None:
    assert got(RICE, "Vụ Hè Thu xuống giống thêm 18.200ha lúa") == [("t1", INC, 18200.0)]
    seeds = make_tasks("Tổng diện tích gieo trồng lúa cả năm đạt 23.500ha", "Sản xuất 50 tấn giống lúa xác nhận")
    # a pledge on seed itself keeps "giống" as seed
    assert got(seeds, "Sản xuất giống lúa được 20 tấn") == [("t2", ABS, 20.0)]


SPENDING = make_tasks(
    "Chi ngân sách xã tiết kiệm, không vượt dự toán được giao",  # t1
    "Tổ chức thăm, tặng quà gia đình chính sách dịp 27/7",  # t2
)


def test_a_sum_spent_so_far_is_where_a_duty_stands_not_the_duty_done() -> None:
    assert got(SPENDING, "Chi ngân sách đến nay đã chi 3,6 tỷ, trong dự toán") == [("t1", NOTE, None)]
    # what the work cost is said of work done
    assert got(SPENDING, "Đã thăm, tặng 1.250 suất quà gia đình chính sách dịp 27/7, tổng kinh phí 625 triệu") == [
        ("t2", DONE, None)
    ]


REPORTS = make_tasks(
    "Hoàn thành báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm 2024",  # t1
    "Thu ngân sách nhà nước trên địa bàn đạt 185 tỷ đồng",  # t2
)


def test_the_report_said_first_and_then_sent_is_the_report_done() -> None:
    assert got(REPORTS, "Báo cáo KT-XH 6 tháng đã gửi UBND huyện") == [("t1", DONE, None)]
    assert got(REPORTS, "Báo cáo KT-XH 6 tháng đang tổng hợp") == [("t1", NOTE, None)]


ALLOCATION = make_tasks(
    "Tham mưu phân bổ dự toán ngân sách năm 2025 trước ngày 31/12/2024",  # t1
    "Xây dựng nhà văn hóa thôn Bắc",  # t2
)


def test_the_allocation_done_is_no_part_done() -> None:
    assert got(ALLOCATION, "Đã hoàn thành phân bổ dự toán ngân sách năm 2025 cho các đơn vị") == [("t1", DONE, None)]
    # "phần" with its marks is still a part
    assert got(ALLOCATION, "Nhà văn hóa thôn Bắc đã hoàn thành phần móng") == [("t2", NOTE, None)]


MODEL_ROADS = make_tasks(
    "Xây dựng 2 tuyến đường kiểu mẫu Sáng - Xanh - Sạch - Đẹp",  # t1
    "Trồng 20.000 cây xanh phân tán",  # t2
)


def test_launched_on_a_day_is_a_date_not_a_share() -> None:
    assert got(MODEL_ROADS, "Tuyến đường kiểu mẫu ấp Long Hòa đã hoàn thành, ra mắt 2/9") == [("t1", INC, 1.0)]
    # a share of things counted after it stays a share
    forest_teams = make_tasks("Ra mắt 5 tổ bảo vệ rừng ở 5 làng", "Trồng 20.000 cây xanh phân tán")
    assert got(forest_teams, "Tổ bảo vệ rừng đã ra mắt 5/5 làng") == [("t1", ABS, 5.0)]
