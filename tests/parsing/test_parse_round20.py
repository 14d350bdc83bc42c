"""Round 20: what session twelve found. Wording is our own.

"Trợ cấp xã hội tháng 5 đã chi trả xong" on "Chi trả trợ cấp xã hội hàng tháng đúng hạn" was the task done: a duty
pledged "hàng tháng" recurs each month, and one month paid is that month's round, not the duty finished.
"Duong GTNT: xay moi 21km, nang cap sua chua 11.500m", the new-road task unread without its accents, wrote 21km on
the upgrade task: of two figures in the task's measure the first was taken, though its piece says none of the task's
words and the other piece says them all. "trồng được 50ha" was written on "Tham mưu trồng mới 350ha rừng tập trung"
beside "Phát triển mới 200ha cây mắc ca": the one word said is the task's action after its advising opening, as weak
as an opening verb (but "đã thu 140 tỷ", revenue beside spending, is told apart by its verb). "BHYT đạt 93,6%, còn
thấp hơn chỉ tiêu 0,9%" wrote 0,9%: how far short of the plan the rate
falls was taken for the rate, the level beside it set aside as the pledge restated; "còn thiếu 0,4% nữa" likewise.
"duong lam them 500" on "Làm mới 3,2 km đường …" was 500 km more: a bare figure far beyond the whole pledge was
asked when said as a level, not when said as an increment. "NTM nâng cao còn thiếu 2 tiêu chí" on "Đạt thêm 2 tiêu
chí …" wrote 2 reached: "còn thiếu" was not read as what is left, as "còn" is. "Sắp xếp tài sản công: đã xử lý xong
11/14 cơ sở nhà đất" was the task done: a part of the whole counts in a noun no unit names. "… theo Nghị định
114/2024" was a note: "định" of "nghị định" was read as "định" (intend). "Đã thẩm định quyết toán 28 dự án hoàn thành"
was written on the task counting "20 xã, thị trấn" whose budgets are settled: "dự án", the other task's two-word count
noun, was not read as what 28 counts. A figure in a piece of its own that says nothing of the task but the thing
counted ("…, 1 dự án vốn 450 tỷ") is a detail of the count before it, and an abbreviation in a piece says the words of
its meaning ("XKLĐ được 9 người, có 2 người đi Hàn Quốc"). "ho kinh doanh cap moi trong tuan 14 ho" was a note:
"tuần 14" was read as the 14th week, though "trong tuần" is "within the week" and 14 counts households.
"đường làm thêm 300m", with a concrete-road task and "Làm mới 1.800m đường …" pledged, was written on the second:
"làm" after the noun was taken to make a compound with it, so "đường" was dropped from the first task and the light
verb alone chose. "Đã hoàn thành rà soát hộ nghèo …, kết quả còn 61 hộ nghèo" wrote 61 on "Hỗ trợ … nhà ở cho 40 hộ
nghèo" beside the review done: what a review found left is no progress of a task that grows. "Đường GTNT thôn Phù Lưu
Hạ đã làm xong 850m" was "Xã Phù Lưu Tế … NTM kiểu mẫu" done: a place's name shared, and a length no task without a
figure can hold. "…, toàn huyện còn 1.234 hộ nghèo" after a review done was work left, making it a note: the level
of a whole area is what the review found, as "kết quả còn …" was. "Kế hoạch ĐTC năm 2025 đã hoàn thành, HĐND huyện
thông qua ngày 18/12" also wrote "Trình HĐND huyện dự toán …" done: the body that approved, and where it sits, say
nothing of what was done. "rừng trồng mới 390ha" beside "Trồng mới 300ha cây mắc ca" and "Trồng rừng mới 450ha" went
unwritten: "trồng mới" was read as a compound one task spells, so "trồng" was kept from the other; "mới" after a verb
is "newly", no compound. "diện tích cây ăn trái đạt 7.800 ha, tăng 80ha" wrote 80: the level said reached, being near
the pledged 7.850, was set aside as the pledge restated. "Bò giống: đã cấp 90 con cho 45 hộ" wrote 45 on "Hỗ trợ 150
con bò giống cho hộ …": the figure said with the task's unit's classifier ("con") was passed over. "Đã đưa 85 lao
động đi làm việc ở nước ngoài. Xin lỗi gõ nhầm, là 58 người" wrote 85: a slip owned in the next sentence took back
only a figure right before its full stop. "GPMB cao tốc đã bàn giao được 92% mặt bằng" was the clearance done: a share
below the whole said after "bàn giao" was read as done only after "xong" or "hoàn thành"."""

from __future__ import annotations

from parse_helpers import asks, make_tasks
from parse_helpers import updates_of as got

from bot.models import UpdateKind

MONTHLY = make_tasks(
    "Giải quyết việc làm mới cho 900 lao động",  # t1
    "Chi trả trợ cấp bảo trợ xã hội hàng tháng đúng hạn, đúng đối tượng",  # t2
)


def test_one_month_of_a_monthly_duty_is_a_note() -> None:
    for text in ("Trợ cấp BTXH tháng 8 đã chi trả xong", "chi tra tro cap bao tro xa hoi thang 9 xong roi"):
        assert got(MONTHLY, text) == [("t2", UpdateKind.NOTE, None)], text
    # the duty said done as a whole is still the task done
    whole_year = "Chi trả trợ cấp bảo trợ xã hội cả năm đã hoàn thành toàn bộ"
    assert got(MONTHLY, whole_year) == [("t2", UpdateKind.DONE, None)]


ROAD_KINDS = make_tasks(
    "Làm mới 25km đường giao thông nông thôn",  # t1
    "Nâng cấp, sửa chữa 14.000m đường giao thông nông thôn hiện hữu",  # t2
)


def test_the_figure_in_the_piece_that_names_the_task_is_its_own() -> None:
    for text in ("Đường GTNT: xay 9km, nang cap sua chua 7.200m", "GTNT: lam 9km; nâng cấp sửa chữa 7.200m"):
        updates = got(ROAD_KINDS, text)
        assert ("t2", UpdateKind.ABSOLUTE, 7200.0) in updates, text
        assert all(value != 9000.0 for _, _, value in updates), text


PLANTING = make_tasks(
    "Tham mưu trồng mới 420ha rừng sản xuất",  # t1
    "Phát triển mới 150ha cây ăn quả",  # t2
    "Tham mưu giải ngân vốn sự nghiệp nông nghiệp đạt 95%",  # t3
    "Thẩm định 100% hồ sơ hỗ trợ sản xuất",  # t4
)


def test_the_action_verb_alone_does_not_choose_between_tasks_the_figure_fits() -> None:
    for text in ("trồng được 35ha", "trong duoc 35 ha"):
        asks(PLANTING, text, with_candidates=True)
    # what is planted said, the figure is written
    assert got(PLANTING, "trồng rừng được 35ha") == [("t1", UpdateKind.ABSOLUTE, 35.0)]
    # the compound verb said whole, one accent dropped, still names its task
    assert got(PLANTING, "Giải ngan 64%") == [("t3", UpdateKind.ABSOLUTE, 64.0)]
    # money is told apart by its verb: revenue beside spending
    assert got(BUDGET_ADVICE, "đã thu 140 tỷ") == [("t1", UpdateKind.ABSOLUTE, 140.0)]


BUDGET_ADVICE = make_tasks(
    "Tham mưu thu ngân sách nhà nước trên địa bàn huyện đạt 215 tỷ đồng",  # t1
    "Điều hành chi ngân sách địa phương không vượt dự toán 1.150 tỷ đồng",  # t2
)


SHORTFALL = make_tasks(
    "Thu ngân sách nhà nước trên địa bàn đạt 140 tỷ đồng",  # t1
    "Tỷ lệ dân số tham gia bảo hiểm y tế đạt trên 93,5%",  # t2
)


def test_how_far_from_the_plan_is_no_level_reached() -> None:
    assert got(SHORTFALL, "BHYT đạt 92,8%, còn thấp hơn chỉ tiêu 0,7%") == [("t2", UpdateKind.ABSOLUTE, 92.8)]
    assert got(SHORTFALL, "thu ngan sach 151 ty, cao hon ke hoach 11 ty") == [("t1", UpdateKind.ABSOLUTE, 151.0)]
    # the gap alone says no level: ask
    for text in ("BHYT còn thấp hơn chỉ tiêu 0,7%", "Thu NS vượt 11 tỷ", "thu ngan sach hut 9 ty so voi KH"):
        asks(SHORTFALL, text)
    assert got(SHORTFALL, "ty le tham gia bhyt 92,9%, con thieu 0,6% nua") == [("t2", UpdateKind.ABSOLUTE, 92.9)]
    # "thu hút" draws people in; it is no shortfall
    assert got(SHORTFALL, "BHYT thu hút thêm 1.200 người, đạt 93,9%") == [("t2", UpdateKind.ABSOLUTE, 93.9)]


SHORT_ROAD = make_tasks(
    "Làm mới 2,6 km đường giao thông nông thôn đến các xóm",  # t1
    "Giảm tỷ lệ hộ nghèo ít nhất 3%",  # t2
    "Đạt thêm 2 tiêu chí xã nông thôn mới nâng cao (môi trường, thu nhập)",  # t3
)


def test_an_increment_far_beyond_the_pledge_is_asked() -> None:
    for text in ("duong lam them 400", "làm đường thêm 400"):
        asks(SHORT_ROAD, text)
    assert got(SHORT_ROAD, "làm đường thêm 400m") == [("t1", UpdateKind.INCREMENT, 0.4)]
    assert got(SHORT_ROAD, "làm đường thêm 0,4") == [("t1", UpdateKind.INCREMENT, 0.4)]
    # what is still missing ("còn thiếu"), said alone, is what is left to do: a note, never the count reached
    for text in ("NTM nâng cao còn thiếu 2 tiêu chí, đang phấn đấu", "ntm nang cao con thieu 1 tieu chi"):
        assert got(SHORT_ROAD, text) == [("t3", UpdateKind.NOTE, None)], text


ASSETS = make_tasks(
    "Hoàn thành sắp xếp lại, xử lý tài sản công tại các cơ quan, đơn vị",  # t1
    "Thu ngân sách nhà nước đạt 60 tỷ đồng",  # t2
)


def test_done_for_some_of_a_whole_is_a_note() -> None:
    for text in ("Sắp xếp tài sản công: đã xử lý xong 9/13 cơ sở nhà đất", "tai san cong da sap xep xong 20/27 co so"):
        assert got(ASSETS, text) == [("t1", UpdateKind.NOTE, None)], text
    # a date or a decree's number is no part of a whole
    for text in (
        "Đã hoàn thành sắp xếp tài sản công, bàn giao 2/9",
        "Đã hoàn thành sắp xếp tài sản công theo Nghị định 114/2024",
        "Đã hoàn thành sắp xếp tài sản công theo QĐ 29/2023/QĐ-UBND",
    ):
        assert got(ASSETS, text) == [("t1", UpdateKind.DONE, None)], text


SETTLEMENTS = make_tasks(
    "Thẩm định, phê duyệt quyết toán 45 dự án hoàn thành",  # t1
    "Hoàn thành thẩm định quyết toán ngân sách năm 2023 của 18 xã, thị trấn",  # t2
    "Thành lập mới 40 doanh nghiệp",  # t3
)


def test_a_two_word_count_noun_says_which_task_counts_the_figure() -> None:
    for text in ("Đã thẩm định quyết toán 26 dự án hoàn thành", "da tham dinh QT 26 du an"):
        assert got(SETTLEMENTS, text) == [("t1", UpdateKind.ABSOLUTE, 26.0)], text
    assert got(SETTLEMENTS, "Đã thẩm định quyết toán ngân sách 12 xã") == [("t2", UpdateKind.ABSOLUTE, 12.0)]


INVESTMENT = make_tasks(
    "Hướng dẫn, hỗ trợ thủ tục đầu tư cho 20 dự án đầu tư ngoài ngân sách",  # t1
    "Đưa 15 lao động đi làm việc ở nước ngoài theo hợp đồng",  # t2
    "Thu ngân sách nhà nước đạt 80 tỷ đồng",  # t3
)


def test_a_detail_of_one_counted_thing_is_no_second_part() -> None:
    # (typed with its marks, the detail is read as a clause of its own, and the message is asked: no wrong figure)
    text = "them 3 du an ngoai ngan sach duoc ho tro thu tuc, 1 du an von 300 ty"
    assert got(INVESTMENT, text) == [("t1", UpdateKind.INCREMENT, 3.0)]
    assert got(INVESTMENT, "XKLĐ được 11 người, có 3 người đi Hàn Quốc theo chương trình EPS") == [
        ("t2", UpdateKind.ABSOLUTE, 11.0)
    ]
    # parts side by side, none the total: their sum when each is a kind of its own (round 29), else ask
    assert got(INVESTMENT, "XKLĐ thêm 4 người đi Nhật, 2 người đi Hàn") == [("t2", UpdateKind.INCREMENT, 6.0)]
    asks(INVESTMENT, "XKLĐ thêm 4 người đi Nhật, 2 người đi Nhật")


HOUSEHOLD_BUSINESS = make_tasks(
    "Cấp giấy chứng nhận đăng ký hộ kinh doanh mới cho 350 hộ",  # t1
    "Thành lập mới 3 hợp tác xã",  # t2
)


def test_within_the_week_is_no_week_number() -> None:
    for text in ("ho kinh doanh cap moi trong tuan 12 ho", "Hộ kinh doanh cấp mới trong tuần 12 hộ"):
        assert got(HOUSEHOLD_BUSINESS, text) == [("t1", UpdateKind.INCREMENT, 12.0)], text
    # the week by its number is a date
    assert got(HOUSEHOLD_BUSINESS, "Hộ kinh doanh: tuần 12 đã cấp thêm 9 hộ") == [("t1", UpdateKind.INCREMENT, 9.0)]


TWO_ROADS = make_tasks(
    "Bê tông hóa 3,2km đường giao thông nông thôn (mặt đường rộng 3,5m)",  # t1
    "Làm mới 1.800m đường giao thông nội đồng phục vụ vận chuyển nông sản",  # t2
    "Giải quyết việc làm mới cho 180 lao động",  # t3
)


def test_the_road_said_before_a_light_verb_is_still_both_roads() -> None:
    for text in ("đường làm thêm 300m", "duong lam duoc 800m", "Đường làm được thêm 2 km."):
        asks(TWO_ROADS, text, with_candidates=True)
    assert got(TWO_ROADS, "đường nội đồng làm thêm 300m") == [("t2", UpdateKind.INCREMENT, 300.0)]
    # "việc làm" stays the compound of jobs
    assert got(TWO_ROADS, "việc làm được 20 LĐ") == [("t3", UpdateKind.ABSOLUTE, 20.0)]


REVIEW = make_tasks(
    "Hỗ trợ xây mới, sửa chữa nhà ở cho 40 hộ nghèo, hộ cận nghèo khó khăn về nhà ở",  # t1
    "Tổ chức rà soát hộ nghèo, hộ cận nghèo năm 2024 theo chuẩn nghèo của Thành phố",  # t2
    "Giải quyết việc làm mới cho 900 lao động",  # t3
)


def test_what_a_review_found_left_is_no_progress_of_another_task() -> None:
    for text in (
        "Đã hoàn thành rà soát hộ nghèo, hộ cận nghèo năm 2024, kết quả còn 57 hộ nghèo",
        # the level of a whole area is what the review found, too
        "Đã hoàn thành rà soát hộ nghèo, hộ cận nghèo năm 2024, toàn huyện còn 1.157 hộ nghèo",
    ):
        assert got(REVIEW, text) == [("t2", UpdateKind.DONE, None)], text
    assert got(REVIEW, "Hỗ trợ nhà ở cho hộ nghèo thêm 6 hộ") == [("t1", UpdateKind.INCREMENT, 6.0)]


MODEL_COMMUNE = make_tasks(
    "Xã Hòa Bình Tây được công nhận đạt chuẩn nông thôn mới kiểu mẫu",  # t1
    "Xây dựng 3 thôn đạt chuẩn thôn nông thôn mới kiểu mẫu",  # t2
    "Thu ngân sách trên địa bàn đạt 9,6 tỷ đồng",  # t3
)


def test_a_length_on_a_task_named_by_a_shared_place_is_asked() -> None:
    asks(MODEL_COMMUNE, "Đường GTNT thôn Hòa Bình Đông đã làm xong 850m")
    assert got(MODEL_COMMUNE, "Xã Hòa Bình Tây đã được công nhận NTM kiểu mẫu") == [("t1", UpdateKind.DONE, None)]


PLANS = make_tasks(
    "Hoàn thành xây dựng Kế hoạch đầu tư công năm 2025",  # t1
    "Trình HĐND huyện dự toán ngân sách năm 2025 đúng thời gian quy định",  # t2
    "Thu tiền sử dụng đất đạt 95 tỷ đồng",  # t3
)


def test_the_body_that_approved_names_no_task() -> None:
    text = "Kế hoạch ĐTC năm 2025 đã hoàn thành, HĐND huyện thông qua ngày 16/12"
    assert got(PLANS, text) == [("t1", UpdateKind.DONE, None)]
    assert got(PLANS, "Dự toán NS 2025 đã trình HĐND huyện") == [("t2", UpdateKind.DONE, None)]


FORESTS = make_tasks(
    "Tổng diện tích gieo trồng cây lương thực có hạt đạt 11.500ha",  # t1
    "Trồng mới 300ha cây mắc ca",  # t2
    "Trồng rừng mới 450ha (rừng sản xuất và rừng phòng hộ)",  # t3
    "Nâng tỷ lệ che phủ rừng đạt 42,5%",  # t4
)


def test_newly_planted_is_no_compound_of_one_task() -> None:
    text = "Báo cáo: mắc ca 180ha, rừng trồng mới 360ha, che phủ rừng 42,3%"
    assert got(FORESTS, text) == [
        ("t2", UpdateKind.ABSOLUTE, 180.0),
        ("t3", UpdateKind.ABSOLUTE, 360.0),
        ("t4", UpdateKind.ABSOLUTE, 42.3),
    ]


ORCHARDS = make_tasks(
    "Phát triển diện tích cây ăn trái đạt 6.950ha",  # t1
    "Hỗ trợ 120 con bò giống cho hộ đồng bào dân tộc thiểu số phát triển sản xuất",  # t2
    "Thu ngân sách nhà nước đạt 12 tỷ đồng",  # t3
)


def test_the_level_reached_near_the_pledge_beats_the_rise() -> None:
    assert got(ORCHARDS, "dien tich cay an trai dat 6.900 ha, tang 70ha") == [("t1", UpdateKind.ABSOLUTE, 6900.0)]


def test_the_figure_said_with_the_task_s_classifier_is_its_own() -> None:
    assert got(ORCHARDS, "Bò giống: đã cấp 80 con cho 40 hộ") == [("t2", UpdateKind.ABSOLUTE, 80.0)]


LABOUR = make_tasks(
    "Giải quyết việc làm mới cho 1.500 lao động",  # t1
    "Đưa 120 lao động đi làm việc ở nước ngoài theo hợp đồng",  # t2
    "Đào tạo nghề cho 900 lao động nông thôn",  # t3
)


def test_a_slip_owned_in_the_next_sentence_takes_the_figure_back() -> None:
    for text in (
        "Đã đưa 74 lao động đi làm việc ở nước ngoài. Xin lỗi gõ nhầm, là 47 người",
        "da dua 74 lao dong di lam viec o nuoc ngoai. Em xin loi anh, nham, 47 nguoi",
    ):
        assert got(LABOUR, text) == [("t2", UpdateKind.ABSOLUTE, 47.0)], text
    # a second report in the next sentence takes nothing back
    assert got(LABOUR, "GQVL 300 LĐ. Đào tạo nghề 85 người") == [
        ("t1", UpdateKind.ABSOLUTE, 300.0),
        ("t3", UpdateKind.ABSOLUTE, 85.0),
    ]


CLEARANCE = make_tasks(
    "Hoàn thành bồi thường, giải phóng mặt bằng dự án đường cao tốc đoạn qua huyện",  # t1
    "Thu ngân sách nhà nước đạt 300 tỷ đồng",  # t2
)


def test_a_share_of_the_ground_handed_over_is_no_clearance_done() -> None:
    for text in ("GPMB cao tốc đã bàn giao được 88% mặt bằng, vướng 9 hộ", "gpmb cao toc da ban giao 88% mat bang"):
        assert got(CLEARANCE, text) == [("t1", UpdateKind.NOTE, None)], text
    assert got(CLEARANCE, "GPMB cao tốc đã bàn giao 100% mặt bằng") == [("t1", UpdateKind.DONE, None)]
