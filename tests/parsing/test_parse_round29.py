"""Round 29: what session twenty-one found. Wording is our own.

"XKLĐ thêm 4 người đi Nhật, 2 người đi Hàn" was asked, and "Đã hỗ trợ sửa chữa nhà cho 6 hộ nghèo, 3 hộ cận
nghèo" on "… nhà ở cho 8 hộ nghèo, hộ cận nghèo" was written 6. A list of counts of one thing, each part a kind of
its own said once and none of them a total, is the sum of its parts: the country, the star rating, the kind of
household. When the task names one kind and not the other ("… cho 8 hộ nghèo"), or the parts are a breakdown, what
is left or the same kind twice, the old answers stand: the first figure, or a question.

Also found: "Dịch tả lợn châu Phi phát sinh 2 ổ …, đã khoanh vùng xử lý" was asked some eighty times in the
released sets, where the writers note it on the one pledge to keep diseases down. And "KH đầu tư công 2025 đang lấy ý
kiến các phòng ban" was asked between tasks sharing "đầu tư công": the one naming the year said is the one meant.
Then: a breach dealt with is news of the pledge to deal with breaches; a dossier put together is no news of the task
counting administrative files; households holding work up are no figure of it; vaccination said of no disease is
asked between vaccination tasks; a plan word said apart from a percentage makes it no share of the plan; a rate
reached is no note on a task without a figure that one word names."""

from __future__ import annotations

from parse_helpers import asks, make_tasks
from parse_helpers import updates_of as got

from bot.models import UpdateKind
from bot.parsing import parse_message

INC, ABS, NOTE = UpdateKind.INCREMENT, UpdateKind.ABSOLUTE, UpdateKind.NOTE

COMMUNE = make_tasks(
    "Đưa 40 lao động đi làm việc có thời hạn ở nước ngoài theo hợp đồng",  # t1
    "Hỗ trợ xây mới, sửa chữa nhà ở cho 8 hộ nghèo, hộ cận nghèo",  # t2
    "Có thêm 4 sản phẩm OCOP đạt từ 3 sao trở lên",  # t3
    "Thu ngân sách trên địa bàn xã đạt 6,5 tỷ đồng",  # t4
)


def test_kinds_of_one_count_are_added() -> None:
    assert got(COMMUNE, "XKLĐ thêm 4 người đi Nhật, 2 người đi Hàn") == [("t1", INC, 6.0)]
    # typed bare, "Han" is no "hạn" of "có thời hạn": the country, not a word of the task
    assert got(COMMUNE, "xkld them 5 ld di Nhat, 2 ld di Han") == [("t1", INC, 7.0)]
    assert got(COMMUNE, "Đã hỗ trợ sửa chữa nhà cho 6 hộ nghèo, 3 hộ cận nghèo") == [("t2", ABS, 9.0)]
    assert got(COMMUNE, "OCOP: thêm 3 SP đạt 3 sao, 1 SP đạt 4 sao") == [("t3", INC, 4.0)]


def test_the_sum_is_explained() -> None:
    (update,) = parse_message(COMMUNE, "XKLĐ thêm 4 người đi Nhật, 2 người đi Hàn").updates
    assert "cộng các phần" in update.explanation


def test_a_part_the_task_does_not_hold_is_still_the_first_figure() -> None:
    poor_only = make_tasks("Hỗ trợ xây mới, sửa chữa nhà ở cho 8 hộ nghèo", "Thu ngân sách xã đạt 6,5 tỷ đồng")
    assert got(poor_only, "Đã hỗ trợ sửa chữa nhà cho 6 hộ nghèo, 3 hộ cận nghèo") == [("t1", ABS, 6.0)]


def test_parts_that_are_no_list_of_kinds_are_asked() -> None:
    asks(COMMUNE, "XKLĐ thêm 4 người đi Nhật, 2 người đi Nhật")  # the same kind twice
    # one part still waiting is held back, as before: the rest is the report
    assert got(COMMUNE, "XKLĐ thêm 4 người đi Nhật, 2 người đang chờ xuất cảnh") == [("t1", INC, 4.0)]


FARMS = make_tasks(
    "Tiêm phòng vắc xin lở mồm long móng cho đàn trâu, bò đạt trên 80% tổng đàn",  # t1
    "Chủ động phòng, chống dịch bệnh trên đàn gia súc, gia cầm, không để dịch lớn xảy ra",  # t2
    "Tái đàn lợn đạt 25.000 con",  # t3
    "Phòng trừ sâu bệnh hại trên cây trồng kịp thời",  # t4
)


def test_an_outbreak_handled_is_news_of_the_pledge_to_keep_diseases_down() -> None:
    """The outbreak news names no word of the pledge but "dịch"; the pigs culled are no count pledged."""
    assert got(FARMS, "Dịch tả lợn châu Phi phát sinh 3 ổ tại thôn Đông, đã tiêu hủy 52 con, khoanh vùng xử lý") == [
        ("t2", NOTE, None)
    ]
    assert got(FARMS, "xuat hien o dich cum gia cam tai xa Tan Lap, da tieu huy 900 con, khong de lay lan") == [
        ("t2", NOTE, None)
    ]


def test_outbreak_news_the_pledges_do_not_cover_is_not_written() -> None:
    # a disease of people on a pledge about livestock: not news of it
    assert not parse_message(FARMS, "Có 4 ca sốt xuất huyết ở thôn Đoài, đã khoanh vùng phun hóa chất").updates
    # a visit to look at a disease is no news of an outbreak
    assert not parse_message(FARMS, "Chiều nay phòng đi kiểm tra dịch tả lợn ở xã Tân Lập").updates
    # a vaccination rate is still the vaccination task's
    assert got(FARMS, "Tiêm phòng LMLM đạt 83%") == [("t1", ABS, 83.0)]


FINANCE = make_tasks(
    "Điều hành chi ngân sách huyện không vượt dự toán 540 tỷ đồng",  # t1
    "Xây dựng xong dự toán ngân sách năm 2026 trình HĐND huyện",  # t2
    "Tham mưu xây dựng kế hoạch đầu tư công năm 2026",  # t3
    "Tham mưu giải ngân vốn đầu tư công năm 2025 đạt 100% kế hoạch",  # t4
    "Tổ chức Ngày hội văn hóa các dân tộc huyện năm 2025",  # t5
)


def test_the_one_task_naming_the_year_said_leads_a_tie() -> None:
    """Said of next year's estimate or plan, the year names the task that pledges it among tasks sharing the words."""
    assert got(FINANCE, "Dự toán 2026 đang tổng hợp số liệu các xã") == [("t2", NOTE, None)]
    assert got(FINANCE, "KH đầu tư công 2026 đang lấy ý kiến các phòng ban") == [("t3", NOTE, None)]


def test_a_year_alone_names_no_task() -> None:
    # only "huyện" and the year shared: an event of another kind is not the task's
    assert not parse_message(FINANCE, "Đã tổ chức thành công Hội thao công nhân viên chức huyện năm 2025").updates
    # a year no task names changes nothing: the tie is still asked
    assert not parse_message(FINANCE, "Dự toán 2027 đang tổng hợp số liệu các xã").updates


WARD = make_tasks(
    "Giải quyết việc làm cho 90 lao động",  # t1
    "Xử lý kịp thời các trường hợp vi phạm về đất đai, trật tự xây dựng",  # t2
    "Xã đạt chuẩn nông thôn mới nâng cao",  # t3
    "Thu ngân sách nhà nước trên địa bàn đạt 3,1 tỷ đồng",  # t4
)


def test_a_breach_dealt_with_is_news_of_the_pledge_to_deal_with_breaches() -> None:
    """The cases counted are no count pledged; the breach and what was done about it name the duty."""
    text = "Trong tuần lập biên bản 3 trường hợp xây nhà không phép trên đất nông nghiệp, đã buộc tháo dỡ 1"
    assert got(WARD, text) == [("t2", NOTE, None)]
    assert got(WARD, "phat hien 2 truong hop lan chiem dat cong, da lap bien ban dinh chi") == [("t2", NOTE, None)]


def test_a_breach_only_found_or_on_no_such_pledge_is_not_written() -> None:
    # nothing done about it yet: still asked, as before
    assert not parse_message(WARD, "Phát hiện 2 trường hợp xây dựng trái phép ở thôn 4").updates
    # no pledge on breaches: the count is no one's
    farm = make_tasks("Giải quyết việc làm cho 90 lao động", "Xã đạt chuẩn nông thôn mới nâng cao")
    assert not parse_message(farm, "Lập biên bản 2 trường hợp xây dựng trái phép, đã buộc tháo dỡ").updates


RURAL = make_tasks(
    "Thu ngân sách xã đạt 7,2 tỷ đồng",  # t1
    "Xã Tân Hòa đạt chuẩn nông thôn mới nâng cao",  # t2
    "Tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến toàn trình đạt trên 85%",  # t3
)


def test_a_dossier_put_together_is_news_of_what_it_is_for() -> None:
    """ "hồ sơ" is the paperwork of the thing named beside it, not the task counting administrative files."""
    assert got(RURAL, "Xã đã hoàn thiện hồ sơ NTMNC, đang chờ huyện thẩm định") == [("t2", NOTE, None)]
    assert got(RURAL, "Hồ sơ đề nghị công nhận NTM nâng cao đã trình huyện") == [("t2", NOTE, None)]


def test_files_handled_are_still_the_files_task() -> None:
    assert got(RURAL, "Hồ sơ TTHC giải quyết trực tuyến toàn trình đạt 87%") == [("t3", ABS, 87.0)]


LAND = make_tasks(
    "Hoàn thành bồi thường, giải phóng mặt bằng 60ha cụm công nghiệp Đồng Lạc",  # t1
    "Có thêm 2 xã đạt chuẩn nông thôn mới nâng cao",  # t2
    "Giảm 40 hộ cận nghèo",  # t3
    "Hoàn thành hạ tầng khu tái định cư thôn Đông",  # t4
)


def test_households_holding_the_work_up_are_no_figure_of_it() -> None:
    """ "vướng 7 hộ", "9 hộ chưa đồng ý giá": who holds the clearance up, a note on it, never a count of it."""
    assert got(LAND, "GPMB CCN Đồng Lạc còn vướng 9 hộ chưa đồng ý giá bồi thường, đang vận động") == [
        ("t1", NOTE, None)
    ]
    assert got(LAND, "gpmb ccn dong lac con 4 ho chua nhan tien den bu") == [("t1", NOTE, None)]
    # households counted as the task's own figure are still read
    assert got(LAND, "Giảm được 12 hộ cận nghèo") in ([("t3", ABS, 12.0)], [("t3", INC, 12.0)])


def test_unaccented_ha_tang_is_infrastructure_not_a_question() -> None:
    assert got(LAND, "ha tang khu tai dinh cu thon Dong dang hoan thien, du kien thang 10 xong") == [("t4", NOTE, None)]


HERDS = make_tasks(
    "Tiêm vắc xin lở mồm long móng cho đàn trâu, bò đạt trên 85% tổng đàn",  # t1
    "Tiêm phòng bệnh dại cho đàn chó, mèo đạt từ 70% trở lên",  # t2
    "Trồng rừng mới 120 ha",  # t3
)


def test_vaccination_said_of_no_disease_is_asked_between_vaccination_tasks() -> None:
    asks(HERDS, "Tiêm phòng đạt 81%")
    asks(HERDS, "tiem phong dat 77%")
    # the disease or the herd named decides
    assert got(HERDS, "Tiêm phòng lở mồm long móng đạt 81%") == [("t1", ABS, 81.0)]
    assert got(HERDS, "Tiêm phòng dại cho chó mèo đạt 72%") == [("t2", ABS, 72.0)]
    # with one vaccination task, vaccination said is that task
    one = make_tasks("Tiêm phòng bệnh dại cho đàn chó, mèo đạt từ 70% trở lên", "Trồng rừng mới 120 ha")
    assert got(one, "Tiêm phòng đạt 74%") == [("t1", ABS, 74.0)]


WASTE = make_tasks(
    "Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý đạt 92%",  # t1
    "Thu gom, xử lý rác thải trôi dạt trên các bãi biển tối thiểu 150 tấn",  # t2
    "Trồng mới 80 ha rừng phòng hộ",  # t3
)


def test_the_plan_said_apart_from_a_percentage_makes_it_no_share_of_the_plan() -> None:
    """ "xử lý 96% — vượt chỉ tiêu" is a rate that beat its target, not 96% of 150 tonnes."""
    assert got(WASTE, "Rác thải sinh hoạt thu gom, xử lý 96% — vượt chỉ tiêu") == [("t1", ABS, 96.0)]
    # said right after the figure, the plan is what the share is of
    assert got(WASTE, "Rác trôi dạt bãi biển thu gom đạt 60% kế hoạch") == [("t2", ABS, 90.0)]


PLANNING = make_tasks(
    "Thu ngân sách nhà nước trên địa bàn huyện đạt 380 tỷ đồng",  # t1
    "Xây dựng kế hoạch đầu tư công trung hạn giai đoạn 2026-2030 trình HĐND huyện",  # t2
    "Thẩm tra quyết toán 30 dự án hoàn thành",  # t3
)


def test_a_rate_of_a_thing_one_shared_word_names_is_asked_on_a_task_without_a_figure() -> None:
    """Disbursement is not the drafting of the plan that "ĐTC" also names; a task with no figure holds no rate."""
    asks(PLANNING, "Giải ngân vốn ĐTC đạt 71%")
    asks(PLANNING, "giai ngan DTC dat 66%")
    # news of the plan itself is still its note
    assert got(PLANNING, "KH đầu tư công trung hạn 2026-2030 đang lấy ý kiến các phòng") == [("t2", NOTE, None)]
