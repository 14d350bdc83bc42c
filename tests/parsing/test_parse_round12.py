"""Round 12: lessons from the practice sets blind111–114. Wording here is our own, not a corpus's."""

from __future__ import annotations

from parse_helpers import asks, make_tasks
from parse_helpers import updates_of as got

from bot.models import UpdateKind
from bot.parsing.numbers import find_numbers

WORKS = make_tasks(
    "Bê tông hóa 4 km đường trục thôn",  # t1
    "Thu ngân sách trên địa bàn đạt 12 tỷ đồng",  # t2
    "Sản lượng lúa đạt 3.000 tấn",  # t3
)


def test_and_a_half_after_a_measure_adds_half_of_it() -> None:
    # "rưỡi" after a unit or a magnitude: two and a half of it, never the two alone
    assert got(WORKS, "duong truc thon be tong duoc 3 cay so ruoi") == [("t1", UpdateKind.ABSOLUTE, 3.5)]
    assert got(WORKS, "Thu ngân sách được 7 tỷ rưỡi") == [("t2", UpdateKind.ABSOLUTE, 7.5)]
    assert got(WORKS, "sản lượng lúa được 2 nghìn rưỡi tấn") == [("t3", UpdateKind.ABSOLUTE, 2500.0)]


def test_half_a_unit_said_in_words_is_a_figure() -> None:
    assert got(WORKS, "đường trục thôn làm thêm nửa cây số") == [("t1", UpdateKind.INCREMENT, 0.5)]
    assert got(WORKS, "thu ngan sach them nua ty") == [("t2", UpdateKind.INCREMENT, 0.5)]


def test_half_is_no_figure_before_a_period_or_when_it_means_more() -> None:
    # "nửa tháng" is a period; "nữa" (more) folds alike but follows what it adds to
    assert [n for n in find_numbers("con nua thang nua") if not n.excluded] == []
    assert [(n.value, n.raw) for n in find_numbers("them 2 km nua")] == [(2.0, "2 km")]
    # a count has no half: "2 hộ rưỡi" stays 2 hộ, and the "rưỡi" is not read
    assert [(n.value, n.raw) for n in find_numbers("2 ho ruoi")] == [(2.0, "2 ho")]


CLASSROOMS = make_tasks(
    "Xây mới 8 phòng học trường mầm non",  # t1
    "Sửa chữa 5 nhà văn hóa thôn",  # t2
)


def test_enough_after_an_increment_is_the_total_it_made_up() -> None:
    # "thêm 3 phòng, đủ 7 phòng": three more, seven in all; the total is what stands
    assert got(CLASSROOMS, "phòng học mầm non xong thêm 3 phòng, đủ 7 phòng") == [("t1", UpdateKind.ABSOLUTE, 7.0)]
    assert got(CLASSROOMS, "phong hoc mam non xong them 3 phong, du 7 phong") == [("t1", UpdateKind.ABSOLUTE, 7.0)]


ORDER = make_tasks(
    "Kéo giảm số vụ cháy rừng ít nhất 10% so với năm 2023",  # t1
    "Số người chết do tai nạn giao thông không quá 9 người",  # t2
)


def test_a_pledged_cut_on_a_past_year_takes_the_cut_said_against_last_year() -> None:
    # the pledge cuts by at least 10% on 2023, what is cut said between "giảm" and the share: "giảm 12,5% so cùng kỳ"
    # is its figure, not a note
    assert got(ORDER, "Cháy rừng giảm 12,5% so với cùng kỳ") == [("t1", UpdateKind.ABSOLUTE, 12.5)]


STRIVING = make_tasks(
    "Tổ chức đấu giá quyền sử dụng đất, phấn đấu thu tiền sử dụng đất đạt 500 tỷ đồng",  # t1
    "Tỷ lệ hộ cận nghèo giảm còn không quá 2,5%",  # t2
)


def test_striving_names_no_task() -> None:
    # "phấn đấu" frames many pledges; said of the aim for the year's end, it is no report on the task that says it
    assert got(STRIVING, "Hộ cận nghèo còn 2,9%, phấn đấu cuối năm xuống 2,5") == [("t2", UpdateKind.ABSOLUTE, 2.9)]


BRIDGES = make_tasks(
    "Giải ngân đạt trên 95% kế hoạch vốn đầu tư công năm 2024",  # t1
    "Xây dựng mới 30 cầu nông thôn",  # t2
    "Nâng cấp 12km đường giao thông nông thôn",  # t3
    "Tỷ lệ hộ dân dùng nước sạch đạt 70%",  # t4
    "Tỷ lệ tham gia bảo hiểm y tế đạt 94%",  # t5
)


def test_the_plan_a_share_is_of_is_no_word_of_a_task_saying_plan() -> None:
    # "40% KH" is a share of the plan: "KH" names no task, not even one pledging a share of "kế hoạch vốn"
    assert got(BRIDGES, "cau NT dat 40% KH") == [("t2", UpdateKind.ABSOLUTE, 12.0)]


ROADS = make_tasks(
    "Làm mới 5km đường giao thông nông thôn",  # t1
    "Bê tông hóa 2.000m đường giao thông nội đồng",  # t2
    "Xây dựng 4 cầu dân sinh",  # t3
)


def test_an_abbreviation_whole_in_one_task_and_half_in_another_leads() -> None:
    # "GTNT" is the first road whole (giao thông nông thôn); the second shares only "giao thông": the lead is
    # more than the light verb "làm"
    assert got(ROADS, "Đường GTNT: đã làm xong 1,8km") == [("t1", UpdateKind.ABSOLUTE, 1.8)]


POVERTY = make_tasks(
    "Giảm 20 hộ nghèo so với đầu năm",  # t1
    "Giảm 25 hộ cận nghèo so với đầu năm",  # t2
    "Phát triển mới 100 người tham gia bảo hiểm xã hội tự nguyện",  # t3
    "Làm mới 3km đường giao thông nông thôn",  # t4
)


def test_bulleted_items_opening_with_a_change_are_items_of_their_own() -> None:
    # "- Giảm 9 hộ cận nghèo" under "- Giảm được 7 hộ nghèo" is another item, not a tail of the one before;
    # and those "tham gia BHXH" on a line of their own are that task's count, not who took part in the line above
    text = "Báo cáo 6 tháng:\n- Giảm được 7 hộ nghèo\n- Giảm 9 hộ cận nghèo\n- Phát triển mới 38 người tham gia BHXH"
    assert sorted(got(POVERTY, text)) == [
        ("t1", UpdateKind.ABSOLUTE, 7.0),
        ("t2", UpdateKind.ABSOLUTE, 9.0),
        ("t3", UpdateKind.ABSOLUTE, 38.0),
    ]


def test_a_bulleted_running_total_still_follows_the_increment_above() -> None:
    text = "GTNT:\n- Tuyến thôn 3 hoàn thành 600m\n- Lũy kế làm mới 2,1km"
    assert got(POVERTY, text) == [("t4", UpdateKind.ABSOLUTE, 2.1)]


AUCTION = make_tasks(
    "Tổ chức đấu giá thành công 40 lô đất ở tại khu đấu giá Gò Mới",  # t1
    "Thu tiền sử dụng đất từ đấu giá quyền sử dụng đất đạt 150 tỷ đồng",  # t2
    "Giải quyết việc làm cho 200 lao động",  # t3
    "Cứng hóa 3km đường giao thông nội đồng",  # t4
)


def test_a_figure_before_a_tasks_own_count_noun_is_counted_in_it() -> None:
    # "15 lô" counts what the first task counts by: the task counting money cannot take it (15 lô were never
    # 15 tỷ), however many of the words ("đấu giá", "QSDĐ") it shares
    assert got(AUCTION, "đấu giá QSDĐ được 15 lô") == [("t1", UpdateKind.ABSOLUTE, 15.0)]
    text = "Đấu giá QSDĐ khu Gò Mới: lũy kế thành công 15 lô, thu tiền SDĐ 60 tỷ"
    assert sorted(got(AUCTION, text)) == [("t1", UpdateKind.ABSOLUTE, 15.0), ("t2", UpdateKind.ABSOLUTE, 60.0)]


TYPED = make_tasks(
    "Giải quyết việc làm cho 300 lao động",  # t1
    "Trồng mới 20ha rừng sản xuất",  # t2
    "Thu ngân sách đạt 15 tỷ đồng",  # t3
    "Xây dựng 3km đường giao thông nông thôn",  # t4
)


def test_words_typed_with_their_telex_keys_left_in_are_read() -> None:
    # a phone keyboard in Telex mode that did not turn the keys into marks: "vieejc" is "việc", "tyr" is "tỷ"
    assert got(TYPED, "giair quyeets vieejc lamf dc 120 ld") == [("t1", UpdateKind.ABSOLUTE, 120.0)]
    assert got(TYPED, "trofng rwngf ddatj 12ha") == [("t2", UpdateKind.ABSOLUTE, 12.0)]
    assert got(TYPED, "Thu ngaan sachs đạt 9 tyr") == [("t3", UpdateKind.ABSOLUTE, 9.0)]
    assert got(TYPED, "viec lam theem 15 nguwowif") == [("t1", UpdateKind.INCREMENT, 15.0)]
    assert got(TYPED, "Đường GTNT làm theem 1,2km") == [("t4", UpdateKind.INCREMENT, 1.2)]


def test_telex_keys_are_read_off_only_what_they_can_be() -> None:
    from bot.parsing.normalize import telex_fold

    assert telex_fold("nguwowif") == "nguoi"
    assert telex_fold("rwngf") == "rung"
    assert telex_fold("xax") == "xa"
    # words that hold no key, or are no syllable once the keys are out, are left as they are
    for word in ("viec", "truong", "thanks", "wifi", "homestay", "xkld", "covid", "ok"):
        assert telex_fold(word) is None, word


SLIPS = make_tasks(
    "Giải ngân vốn đầu tư công đạt 95% kế hoạch",  # t1
    "Phát triển thêm 10 homestay phục vụ du lịch cộng đồng",  # t2
    "Tổng đàn lợn đạt 9.000 con",  # t3
    "Thu ngân sách đạt 15 tỷ đồng",  # t4
)


def test_a_word_one_slip_from_one_task_word_is_read_as_it() -> None:
    # two letters swapped, one missing, one doubled: no syllable as typed, one slip from exactly one word of the tasks
    assert got(SLIPS, "giai nagn von DTC dat 61,5% ke hoach") == [("t1", UpdateKind.ABSOLUTE, 61.5)]
    assert got(SLIPS, "co them 2 homstay moi, nang tong so len 6") == [("t2", UpdateKind.ABSOLUTE, 6.0)]
    assert got(SLIPS, "dan lonn 8.200 con") == [("t3", UpdateKind.ABSOLUTE, 8200.0)]


def test_a_syllable_as_typed_is_never_corrected() -> None:
    from bot.parsing.normalize import is_syllable, near_misses

    assert is_syllable("ngan") and is_syllable("truong") and not is_syllable("nagn") and not is_syllable("lonn")
    assert "ngan" in near_misses("nagn") and "lon" in near_misses("lonn")
    # "thu" is a word of its own: not read as "thư" or "tuh" whatever the tasks hold
    assert got(SLIPS, "thu ngan sach 9 ty") == [("t4", UpdateKind.ABSOLUTE, 9.0)]


LEVEL_AND_CUT = make_tasks(
    "Tỷ lệ hộ nghèo giảm còn dưới 4%",  # t1: a level
    "Giảm tỷ lệ hộ cận nghèo ít nhất 1%",  # t2: a cut
    "Giải quyết việc làm cho 300 lao động",  # t3
)
GROUP_CUT = make_tasks(
    "Tỷ lệ hộ nghèo toàn huyện giảm còn dưới 3,2%",  # t1
    "Giảm tỷ lệ hộ nghèo trong đồng bào dân tộc Khmer ít nhất 2,5%",  # t2
)


def test_a_rate_said_as_cut_goes_to_the_task_pledging_a_cut() -> None:
    # "giảm 0,7%" (no "còn") is the size of a cut, no level: the task pledging a cut takes it
    assert got(LEVEL_AND_CUT, "cận nghèo giảm 0,7%") == [("t2", UpdateKind.ABSOLUTE, 0.7)]
    assert sorted(got(LEVEL_AND_CUT, "Hộ nghèo còn 3,8%, cận nghèo giảm được 0,6%")) == [
        ("t1", UpdateKind.ABSOLUTE, 3.8),
        ("t2", UpdateKind.ABSOLUTE, 0.6),
    ]


def test_a_cut_pledged_for_a_group_the_clause_does_not_name_is_asked() -> None:
    asks(GROUP_CUT, "hộ nghèo giảm 1,6%")


CITRUS = make_tasks(
    "Mở rộng diện tích cây ăn quả có múi được chứng nhận VietGAP lên 500ha",  # t1
    "Trồng mới 20ha rừng sản xuất",  # t2
    "Chuyển đổi 30ha đất lúa kém hiệu quả",  # t3
)


def test_a_fruit_is_read_as_its_family() -> None:
    # "bưởi", "cam" are fruit "có múi": the pledge names the family, the sender the fruit
    assert got(CITRUS, "VietGAP cấp mới thêm 40ha bưởi") == [("t1", UpdateKind.INCREMENT, 40.0)]
    # never the only other task that plants something
    assert got(CITRUS, "Cam, bưởi trồng mới được 9ha") != [("t2", UpdateKind.ABSOLUTE, 9.0)]


FORESTS = make_tasks(
    "Trồng mới 150 ha rừng sản xuất",  # t1
    "Chuyển hóa 40 ha rừng trồng sang kinh doanh gỗ lớn",  # t2
    "Cấp chứng chỉ FSC cho 200 ha rừng trồng",  # t3
)


def test_two_words_in_one_order_are_not_the_compound_of_the_other_order() -> None:
    # "trồng rừng" (planting forest) is not "rừng trồng" (planted forest) of the other two tasks
    assert got(FORESTS, "Trồng rừng 120ha") == [("t1", UpdateKind.ABSOLUTE, 120.0)]


SUPPORT = make_tasks(
    "Hỗ trợ đất sản xuất cho 50 hộ đồng bào thiếu đất",  # t1
    "Hỗ trợ chuyển đổi nghề cho 90 hộ thiếu đất sản xuất",  # t2
    "Giải quyết việc làm cho 300 lao động",  # t3
)


def test_what_was_done_before_cho_tells_two_tasks_serving_the_same_people_apart() -> None:
    # both serve households short of farmland; what was done ("hỗ trợ đất sản xuất") is what the first does
    assert got(SUPPORT, "Hỗ trợ đất sản xuất cho 21 hộ thiếu đất") == [("t1", UpdateKind.ABSOLUTE, 21.0)]


CRAFTS = make_tasks(
    "Được công nhận 2 làng nghề truyền thống (mây tre đan Phú Vinh, gốm Bát Tràng)",  # t1
    "Giải quyết việc làm cho 300 lao động",  # t2
)


def test_a_question_word_typed_bare_that_a_task_holds_as_another_word_asks_nothing() -> None:
    # "may" is "mây" of the task here, no "mấy": the report is recorded
    assert got(CRAFTS, "Lang nghe may tre dan Phu Vinh da duoc cong nhan lang nghe truyen thong") == [
        ("t1", UpdateKind.INCREMENT, 1.0)
    ]
    # a real question still records nothing
    assert got(CRAFTS, "lang nghe con may cai chua cong nhan?") == []


def test_half_the_plan_written_with_a_digit_is_half_the_plan() -> None:
    # "1 nửa chỉ tiêu" is "một nửa": 50% of the plan, not a count of 1
    assert got(WORKS, "thu ngân sách được 1 nửa chỉ tiêu") == [("t2", UpdateKind.ABSOLUTE, 6.0)]


LIBRARY = make_tasks(
    "Bổ sung 2.000 bản sách mới cho thư viện xã",  # t1
    "Xây dựng 3 nhà văn hóa thôn",  # t2
)


def test_books_are_books_however_they_are_counted() -> None:
    # "cuốn", "quyển", "đầu sách" count what "bản sách" counts
    assert got(LIBRARY, "thư viện nhận thêm 450 cuốn sách tặng") == [("t1", UpdateKind.INCREMENT, 450.0)]
    assert got(LIBRARY, "sach moi cho thu vien dat 1.200 quyen") == [("t1", UpdateKind.ABSOLUTE, 1200.0)]


WIFI = make_tasks(
    "Lắp đặt 20 điểm phát wifi miễn phí tại các điểm du lịch",  # t1
    "Tổ chức 30 chương trình biểu diễn nghệ thuật",  # t2
)


def test_a_syllable_of_a_name_typed_bare_is_no_cue() -> None:
    # "Dinh" of the place "Cam Dinh" is no "định" (intend): the figure is no intention
    assert got(WIFI, "lap them 4 diem wifi o Cam Dinh, cho Hoa Binh") == [("t1", UpdateKind.INCREMENT, 4.0)]


PERMITS = make_tasks(
    "Thu ngân sách từ phí, lệ phí cấp phép xây dựng 800 triệu đồng",  # t1
    "Cấp 300 giấy phép xây dựng nhà ở riêng lẻ",  # t2
    "Tỷ lệ hồ sơ cấp phép xây dựng giải quyết đúng hạn đạt 100%",  # t3
)


def test_a_count_noun_in_initials_counts_what_the_task_counts() -> None:
    # "GP" after a figure is the "giấy phép" the second task counts: neither money nor a rate
    assert got(PERMITS, "Cấp phép XD: thêm 28 GP trong tháng 8") == [("t2", UpdateKind.INCREMENT, 28.0)]


SERVED = make_tasks(
    "Xóa 30 nhà tạm cho hộ nghèo, hộ cận nghèo",  # t1
    "Giảm tỷ lệ hộ nghèo 4% trở lên",  # t2
    "Giải quyết việc làm cho 300 lao động",  # t3
)


def test_said_only_of_whom_a_task_serves_is_no_report_on_it() -> None:
    # "hộ cận nghèo còn tăng nhẹ" names only those the first task serves: no note on it
    asks(SERVED, "hộ cận nghèo còn tăng nhẹ")
    # nor is a bare rate of them a share of its houses
    assert "t1" not in {u[0] for u in got(SERVED, "hộ nghèo giảm 3,2%, hộ cận nghèo còn tăng nhẹ")}


def test_ko_after_a_figure_is_no_count_of_it() -> None:
    # "38 ko phải 41": "ko" is "không", no noun counted by the 38
    assert got(TYPED, "nham, viec lam la 38 ko phai 41") == [("t1", UpdateKind.ABSOLUTE, 38.0)]


PEOPLE_SERVED = make_tasks(
    "Kết nạp 40 đoàn viên mới",  # t1
    "Khám sức khỏe định kỳ cho 500 người cao tuổi",  # t2
    "Xây dựng 3 nhà văn hóa thôn",  # t3
)


def test_people_counted_as_one_speaks_of_them_are_the_people_counted() -> None:
    # "27 bạn" (young members), "410 cụ" (the elderly): the people the task counts, no other thing
    assert got(PEOPLE_SERVED, "ket nap doan vien moi 27 ban") == [("t1", UpdateKind.ABSOLUTE, 27.0)]
    assert got(PEOPLE_SERVED, "Khám sức khỏe cho người cao tuổi được 410 cụ") == [("t2", UpdateKind.ABSOLUTE, 410.0)]


def test_converting_a_count_pledges_it() -> None:
    from bot.parsing.targets import read_target

    # "chuyển đổi 800 lồng": converting eight hundred, no team ("đội 800")
    value, _, _ = read_target("Hướng dẫn chuyển đổi 800 lồng nuôi tôm hùm sang vật liệu HDPE")
    assert value == 800.0


def test_a_figure_saying_what_a_thing_is_like_pledges_no_amount() -> None:
    from bot.parsing.targets import read_target

    assert read_target("Duy trì hệ thống văn bản điều hành liên thông 3 cấp")[0] is None
    assert read_target("Ra mắt trang thông tin du lịch bằng 3 thứ tiếng")[0] is None
    assert read_target("Hoàn thành bồi thường dự án mở rộng đường Hùng Vương (lộ giới 24m)")[0] is None
    # but a share said with "bằng" is, and "mặt bằng" is no "bằng"
    assert read_target("Thu ngân sách bằng 105% dự toán")[0] == 105.0
    assert read_target("Giải phóng mặt bằng 42,6 ha khu công nghiệp")[0] == 42.6


FOOD = make_tasks(
    "Kiểm tra an toàn thực phẩm tại 150 cơ sở sản xuất, kinh doanh thực phẩm",  # t1
    "Giải quyết việc làm cho 300 lao động",  # t2
)


def test_the_total_said_as_tong_so_is_no_number_label() -> None:
    # "tổng số 98" is the total, no "số 98" (an identifier)
    assert got(FOOD, "Kiem tra ATTP them 20 co so, tong so 91 co so") == [("t1", UpdateKind.ABSOLUTE, 91.0)]
