"""Round 21: what session thirteen found. Wording is our own.

"Tập huấn kỹ năng số 2 ấp" on "Tập huấn kỹ năng số … tại 7 ấp" was a note: "số 2" was read as a number's label ("ấp
số 2"), though "số" after "kỹ năng", "chuyển đổi" or "kinh tế" is digital. "lương thực vụ mùa thêm 16.800 tấn, cả năm
đạt 29.200 tấn" wrote the 16.800 more: "đạt" and "cả năm" opening the piece after an increment say the sum the
increment came to, as "lũy kế" and "nâng tổng số lên" do. "thành lập mới thêm 3" beside "Thành lập mới 8 hợp tác xã"
and "Tuyên truyền, vận động thành lập mới 95 doanh nghiệp" wrote 3 cooperatives: the clause opening as the first task
opens was taken to name it, though the other says the same words. "Gieo sạ vụ Hè Thu được 8.300ha" was written on
"Gieo sạ lúa vụ Đông Xuân … 10.200ha": a season the pledge does not name is another crop. "trồng mới được 30ha"
beside "Trồng mới 150ha quế" and "Trồng rừng sản xuất 80ha" wrote 30ha of cinnamon: the verb and its "mới" say
planting, not what, and the other task plants too. "Tích tụ 18ha, CĐML 36ha" wrote 36 on "Tích tụ, tập trung 25ha đất
…": "tích" before "từ" (folded, "tụ") was read as "diện tích từ 2ha trở lên", a standard, and the next piece's figure
stood in. "Thêm 5 hộ thoát nghèo" was a note on "Kéo giảm tai nạn giao thông …": "thoát" reads as "giảm" only beside
a task that cuts poverty. "Huyện đã tổ chức thành công Đại hội TDTT lần thứ IX" was "… Lễ hội Văn hóa - Du lịch … lần
thứ II" done: which time an event is held ("lần thứ") names no event; nor do the words naming another event ("Lễ hội
cồng chiêng …" on "Thành lập mới 8 câu lạc bộ cồng chiêng", whose unit is now "câu lạc bộ", not "câu"). "Đã sửa chữa
xong nhà văn hóa ấp Mỹ Lợi" was a note on "… sửa chữa 4 căn nhà tình thương": the task's verb done to a thing named
in three syllables the task does not hold. "…, bàn giao 100% mặt bằng cho chủ đầu tư" also wrote 100% disbursed: "đầu
tư" inside "chủ đầu tư" is the investor. "GTNT 12,3km / nội đồng 6.100m" wrote 12,3km on the field roads: a slash
between spaces parts two reports (not "4,9 tỷ / dự toán 7,4 tỷ", a share of the plan). "Hộ nghèo chung còn 2,2%;
riêng hộ nghèo đồng bào DTTS còn 4,6%" wrote 2,2% on the minority task: "riêng" joined the subset to the clause
before as its detail, though it names that clause's thing again, with its own figure. "Da giai quyet 3 don thu" wrote
3 workers on "Giải quyết việc làm …": petitions ("đơn thư") are a count of their own. "ra soat them 4 xa, xong het 11
xa thi tran roi" wrote 4 more: "xong hết" says the count made up, as "xong cả" does. "18.000 con gia súc" was pledged
in "con gia". "Thu ngân sách đạt 61,2 tỷ\nà nhầm, 62,1 tỷ mới đúng" and "Giải ngân đạt 85% KH; nhầm, sửa lại là 82%"
kept the slip: a slip owned in the next sentence may open with an interjection and say the fix ("sửa lại là"). "Tiêm
phòng 200.000 liều vắc xin cúm gia cầm" had no target ("phòng 200.000" read as a room's number), and "liều" (doses)
was no unit. "Lễ kỷ niệm … Quốc khánh 2/9 đã tổ chức thành công" wrote 2: a holiday's date. "Đã ban hành kế hoạch
phòng chống thiên tai" was "Phòng, chống dịch bệnh gia súc …" done: the task's opening verb against another thing
names no task."""

from __future__ import annotations

from parse_helpers import asks, make_tasks
from parse_helpers import updates_of as got

from bot.models import UpdateKind

DIGITAL = make_tasks(
    "Thu ngân sách nhà nước đạt 6,2 tỷ đồng",  # t1
    "Tập huấn kỹ năng số cho tổ công nghệ số cộng đồng tại 9 thôn",  # t2
    "Trồng mới 4.000 cây xanh trên các tuyến đường thôn",  # t3
)


def test_so_after_a_digital_compound_is_no_label() -> None:
    for text in ("Tập huấn kỹ năng số 3 thôn", "tap huan ky nang so 3 thon", "Tap huan ky nang so duoc 3 thon"):
        assert got(DIGITAL, text) == [("t2", UpdateKind.ABSOLUTE, 3.0)], text
    # "thôn số 3" is still one place, named by its number
    assert got(DIGITAL, "thôn số 3 đã tập huấn kỹ năng số") == [("t2", UpdateKind.NOTE, None)]


HARVEST = make_tasks(
    "Sản lượng lương thực cả năm đạt 31.000 tấn",  # t1
    "Giải quyết việc làm cho 120 lao động",  # t2
)


def test_the_sum_said_after_an_increment_is_the_level() -> None:
    cases = {
        "lương thực vụ mùa thêm 16.800 tấn, cả năm đạt 29.200 tấn": ("t1", 29200.0),
        "luong thuc: vu mua them 16.800 tan, ca nam dat 29.200 tan": ("t1", 29200.0),
        "GQVL thêm 20 LĐ, đạt 70 người": ("t2", 70.0),
        "giai quyet viec lam them 20 nguoi, ca nam 70": ("t2", 70.0),
    }
    for text, (task, value) in cases.items():
        assert got(HARVEST, text) == [(task, UpdateKind.ABSOLUTE, value)], text
    # the increment alone is still an increment
    assert got(HARVEST, "GQVL thêm 20 LĐ") == [("t2", UpdateKind.INCREMENT, 20.0)]


FOUNDING = make_tasks(
    "Tham mưu thu ngân sách nhà nước đạt và vượt dự toán tỉnh giao",  # t1
    "Tuyên truyền, vận động thành lập mới 95 doanh nghiệp",  # t2
    "Thành lập mới 8 hợp tác xã",  # t3
    "Tổng chi ngân sách địa phương không quá 520 tỷ đồng theo dự toán",  # t4
    "Thẩm tra, phê duyệt quyết toán 100% dự án, công trình hoàn thành năm 2023",  # t5
    "Lập xong Kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030",  # t6
    "Giải ngân vốn đầu tư công đạt trên 95% kế hoạch",  # t7
)


def test_the_opening_another_task_says_too_does_not_choose() -> None:
    for text in ("thành lập mới thêm 3", "thanh lap moi them 3"):
        asks(FOUNDING, text, with_candidates=True)
    # what is founded, said, chooses
    assert got(FOUNDING, "thành lập mới thêm 3 HTX") == [("t3", UpdateKind.INCREMENT, 3.0)]
    assert got(FOUNDING, "thành lập mới thêm 3 DN") == [("t2", UpdateKind.INCREMENT, 3.0)]


SEASONS = make_tasks(
    "Gieo cấy lúa vụ Đông Xuân 2024-2025 đạt 9.600ha",  # t1
    "Tiêm phòng vụ Xuân - Hè cho đàn gia súc đạt trên 85% tổng đàn",  # t2
    "Trồng rừng tập trung đạt 900ha",  # t3
)


def test_a_season_the_pledge_does_not_name_is_asked() -> None:
    for text in ("Gieo cấy vụ Hè Thu được 7.900ha", "gieo cay vu mua duoc 7.900 ha", "Tiêm phòng vụ Thu-Đông đạt 78%"):
        asks(SEASONS, text)
    # the same season, however it is written, is the task's
    for text in ("gieo cay vu dong xuan duoc 9.100ha", "Gieo cấy vụ Xuân được 9.100ha", "gieo cấy được 9.100ha"):
        assert got(SEASONS, text) == [("t1", UpdateKind.ABSOLUTE, 9100.0)], text
    assert got(SEASONS, "Tiêm phòng vụ Xuân-Hè đạt 78% tổng đàn") == [("t2", UpdateKind.ABSOLUTE, 78.0)]


NEW_PLANTING = make_tasks(
    "Trồng mới 150ha quế",  # t1
    "Trồng rừng sản xuất 80ha",  # t2
    "Giảm 40 hộ nghèo",  # t3
)


def test_the_verb_and_its_new_alone_do_not_choose_between_two_plantings() -> None:
    for text in ("trồng mới được 30ha", "Trồng mới được 30 ha", "trong moi duoc 30ha"):
        asks(NEW_PLANTING, text, with_candidates=True)
    # what is planted, said, chooses; so does the pledge's own figure
    assert got(NEW_PLANTING, "trồng mới quế được 30ha") == [("t1", UpdateKind.ABSOLUTE, 30.0)]
    assert got(NEW_PLANTING, "trồng rừng được 30ha") == [("t2", UpdateKind.ABSOLUTE, 30.0)]
    assert got(NEW_PLANTING, "trồng mới: 30ha/150ha") == [("t1", UpdateKind.ABSOLUTE, 30.0)]
    # the only planting task takes it
    alone = make_tasks("Trồng mới 150ha quế", "Giảm 40 hộ nghèo")
    assert got(alone, "trồng mới được 30ha") == [("t1", UpdateKind.ABSOLUTE, 30.0)]


GATHERING = make_tasks(
    "Tích tụ, tập trung 25ha đất nông nghiệp để sản xuất quy mô lớn",  # t1
    "Xây dựng 40ha cánh đồng mẫu lớn sản xuất lúa chất lượng cao",  # t2
    "Thu tiền sử dụng đất đạt 12 tỷ đồng",  # t3
)


def test_tich_tu_is_no_area_standard() -> None:
    assert got(GATHERING, "Tích tụ 18ha") == [("t1", UpdateKind.ABSOLUTE, 18.0)]
    assert got(GATHERING, "Tích tụ 18ha, CĐML 36ha, thu tiền đất 9,2 tỷ") == [
        ("t1", UpdateKind.ABSOLUTE, 18.0),
        ("t2", UpdateKind.ABSOLUTE, 36.0),
        ("t3", UpdateKind.ABSOLUTE, 9.2),
    ]


NO_POVERTY_TASK = make_tasks(
    "Kéo giảm tai nạn giao thông trên cả 3 tiêu chí so với năm 2023",  # t1
    "Trồng mới 120ha rừng tập trung",  # t2
)


def test_leaving_poverty_is_no_cut_of_anything_else() -> None:
    asks(NO_POVERTY_TASK, "Thêm 5 hộ thoát nghèo")
    poverty = make_tasks("Giảm 40 hộ nghèo", "Kéo giảm tai nạn giao thông so với năm 2023")
    assert got(poverty, "Thêm 5 hộ thoát nghèo") == [("t1", UpdateKind.INCREMENT, 5.0)]


EVENTS = make_tasks(
    "Thu ngân sách nhà nước trên địa bàn đạt 38,6 tỷ đồng",  # t1
    "Tổ chức thành công Lễ hội Văn hóa - Du lịch Phja Oắc lần thứ II năm 2024",  # t2
    "Thành lập mới 8 câu lạc bộ cồng chiêng tại các bản",  # t3
)


def test_which_time_and_another_events_name_name_no_event() -> None:
    for text in (
        "Huyện đã tổ chức thành công Đại hội TDTT lần thứ IX",
        "Xã vừa tổ chức Đại hội Hội Nông dân nhiệm kỳ 2024-2029",
    ):
        asks(EVENTS, text)
    asks((EVENTS[0], EVENTS[2]), "Lễ hội cồng chiêng lần thứ III tổ chức thành công rồi")
    # the pledged event, named, is done
    assert got(EVENTS, "Đã tổ chức thành công Lễ hội Phja Oắc lần thứ II") == [("t2", UpdateKind.DONE, None)]
    # a club is one more of the clubs counted
    assert got(EVENTS, "Đã thành lập thêm 1 CLB cồng chiêng") == [("t3", UpdateKind.INCREMENT, 1.0)]
    assert EVENTS[2].unit == "câu lạc bộ"


WORKS = make_tasks(
    "Vận động xây dựng, sửa chữa 4 căn nhà tình thương",  # t1
    "Giải ngân vốn đầu tư công đạt trên 95% kế hoạch",  # t2
    "Xây dựng 18,5km đường giao thông nông thôn",  # t3
    "Xây dựng 9.200m đường giao thông nội đồng",  # t4
    "Hoàn thành giải phóng mặt bằng dự án cao tốc đoạn qua huyện",  # t5
    "Thu ngân sách nhà nước đạt 7,4 tỷ đồng",  # t6
)


def test_the_tasks_verb_done_to_another_named_thing_is_asked() -> None:
    asks(WORKS, "Đã sửa chữa xong nhà văn hóa ấp Mỹ Lợi")
    assert got(WORKS, "Đã sửa chữa xong 2 căn nhà tình thương") == [("t1", UpdateKind.ABSOLUTE, 2.0)]
    # the investor is no public investment
    assert got(WORKS, "GPMB cao tốc đoạn qua huyện đã hoàn thành, bàn giao 100% mặt bằng cho chủ đầu tư") == [
        ("t5", UpdateKind.DONE, None)
    ]
    # a note on disbursement that names the investor in another piece stays a note
    assert got(WORKS, "Giải ngân chậm, đang đôn đốc chủ đầu tư") == [("t2", UpdateKind.NOTE, None)]


def test_a_slash_between_spaces_parts_two_reports() -> None:
    assert got(WORKS, "GTNT 12,3km / nội đồng 6.100m 👍") == [
        ("t3", UpdateKind.ABSOLUTE, 12.3),
        ("t4", UpdateKind.ABSOLUTE, 6100.0),
    ]
    assert got(WORKS, "Thu NSNN đạt 4,9 tỷ / dự toán 7,4 tỷ") == [("t6", UpdateKind.ABSOLUTE, 4.9)]


SUBSETS = make_tasks(
    "Tỷ lệ hộ nghèo toàn huyện giảm còn dưới 2,5%",  # t1
    "Tỷ lệ hộ nghèo đồng bào DTTS giảm còn dưới 5%",  # t2
    "Thu ngân sách xã đạt 12 tỷ đồng",  # t3
    "Giải quyết việc làm cho 105 lao động",  # t4
)


def test_a_subset_named_again_after_rieng_is_its_own_report() -> None:
    for text in (
        "Hộ nghèo chung còn 2,2%; riêng hộ nghèo đồng bào DTTS còn 4,6%",
        "Hộ nghèo còn 2,2%, riêng hộ nghèo DTTS còn 4,6%",
    ):
        updates = got(SUBSETS, text)
        assert ("t2", UpdateKind.ABSOLUTE, 4.6) in updates, text
        assert ("t2", UpdateKind.ABSOLUTE, 2.2) not in updates, text
    # a part said after "riêng" that names no task stays the detail of the figure before
    assert got(SUBSETS, "Thu NS xã 11,2 tỷ, riêng tiền SDĐ 7,8 tỷ") == [("t3", UpdateKind.ABSOLUTE, 11.2)]


def test_petitions_are_no_workers() -> None:
    for text in ("Da giai quyet 3 don thu tranh chap dat dai", "Đã giải quyết 3 đơn thư"):
        asks(SUBSETS, text)
    assert got(SUBSETS, "giải quyết việc làm được 30 lao động") == [("t4", UpdateKind.ABSOLUTE, 30.0)]


REVIEW = make_tasks(
    "Rà soát hộ nghèo, hộ cận nghèo cuối năm 2024 tại 11 xã, thị trấn",  # t1
    "Tiêm vắc xin lở mồm long móng cho 18.000 con gia súc",  # t2
)


def test_all_of_them_done_after_an_increment_is_the_total() -> None:
    for text in ("ra soat them 4 xa, xong het 11 xa thi tran roi", "rà soát thêm 4 xã, đủ hết 11 xã"):
        assert got(REVIEW, text) == [("t1", UpdateKind.ABSOLUTE, 11.0)], text
    assert REVIEW[1].unit == "con gia súc"


VACCINES = make_tasks(
    "Thu ngân sách nhà nước đạt 60 tỷ đồng",  # t1
    "Giải ngân vốn đầu tư công đạt trên 95% kế hoạch",  # t2
    "Tiêm phòng 200.000 liều vắc xin cúm gia cầm",  # t3
    "Tiêm phòng lở mồm long móng đạt trên 90% tổng đàn trâu, bò",  # t4
)


def test_a_slip_owned_in_the_next_sentence_with_an_interjection_or_the_fix_said() -> None:
    assert got(VACCINES, "Thu ngân sách đạt 61,2 tỷ\nà nhầm, 62,1 tỷ mới đúng") == [("t1", UpdateKind.ABSOLUTE, 62.1)]
    for text in ("Giải ngân đạt 85% KH; nhầm, sửa lại là 82% ạ", "Giải ngân đạt 85% KH. Nhầm, sửa thành 82%"):
        assert got(VACCINES, text) == [("t2", UpdateKind.ABSOLUTE, 82.0)], text


def test_doses_are_counted() -> None:
    assert (VACCINES[2].target, VACCINES[2].unit) == (200000.0, "liều vắc xin")
    assert got(VACCINES, "cum gia cam tiem them 15k lieu") == [("t3", UpdateKind.INCREMENT, 15000.0)]
    assert got(VACCINES, "Tiem phong cum gia cam dc 120 nghin lieu") == [("t3", UpdateKind.ABSOLUTE, 120000.0)]
    asks(VACCINES, "tiêm phòng đạt 91%")


def test_a_holidays_date_is_no_figure() -> None:
    tasks = make_tasks(
        "Tổ chức thành công Lễ kỷ niệm 79 năm Cách mạng Tháng Tám, Quốc khánh 2/9 và Quốc dân Đại hội Tân Trào",
        "Thu ngân sách nhà nước trên địa bàn đạt 185 tỷ đồng trở lên",
        "Có thêm 3 xã đạt chuẩn nông thôn mới nâng cao (Tú Thịnh, Hợp Thành, Phúc Ứng)",
        "Có ít nhất 8 sản phẩm OCOP đạt từ 3 sao trở lên được công nhận mới",
    )
    assert got(tasks, "Lễ kỷ niệm 79 năm CMT8 - Quốc khánh 2/9 đã tổ chức thành công tốt đẹp") == [
        ("t1", UpdateKind.DONE, None)
    ]


def test_the_opening_verb_against_another_thing_names_no_task() -> None:
    tasks = make_tasks(
        "Trồng mới 350ha rừng tập trung",
        "Tổ chức tập huấn chuyển giao tiến bộ khoa học kỹ thuật cho nông dân",
        "Phòng, chống dịch bệnh gia súc, gia cầm, không để dịch lớn xảy ra trên địa bàn",
    )
    asks(tasks, "Đã ban hành kế hoạch phòng chống thiên tai năm 2024")
    # what the task fights, said, names it
    assert got(tasks, "Phòng chống dịch bệnh gia súc: chưa phát sinh ổ dịch") == [("t3", UpdateKind.NOTE, None)]


LEAVING = make_tasks(
    "Giảm ít nhất 45 hộ nghèo so với đầu năm",  # t1
    "Hỗ trợ 20 hộ cận nghèo thoát cận nghèo",  # t2
    "Thu ngân sách đạt 5 tỷ",  # t3
)


def test_leaving_poverty_is_the_poverty_cut_even_where_a_task_says_thoat() -> None:
    for text in ("thoat ngheo them 6 ho", "thoát nghèo thêm 6 hộ"):
        assert got(LEAVING, text) == [("t1", UpdateKind.INCREMENT, 6.0)], text
    for text in ("thoát cận nghèo thêm 6 hộ", "thoat can ngheo them 6 ho"):
        assert got(LEAVING, text) == [("t2", UpdateKind.INCREMENT, 6.0)], text


PLACES = make_tasks(
    "Giải quyết việc làm mới cho 130 lao động",  # t1
    "Đưa 5 lao động đi làm việc có thời hạn ở nước ngoài theo hợp đồng",  # t2
    "Ra mắt điểm du lịch cộng đồng Đầm Môn",  # t3
    "Tổ chức Lễ hội hoa Tam giác mạch Trà Lĩnh",  # t4
    "Có thêm 3 xã đạt chuẩn nông thôn mới (Chí Viễn, Đình Phong, Phong Châu)",  # t5
)


def test_a_name_after_a_kind_of_place_or_work_says_where_not_what() -> None:
    for text in ("Đã hoàn thành kè chắn sóng thôn Đầm Môn", "Trồng thêm 20 ha cây ăn quả ở Trà Lĩnh"):
        asks(PLACES, text)
    assert got(PLACES, "Đầm Môn đã ra mắt rồi") == [("t3", UpdateKind.DONE, None)]


def test_specified_and_put_off_are_no_intention_and_no_progress() -> None:
    assert got(PLACES, "XKLĐ: thêm 1 LĐ đi Nhật theo diện kỹ năng đặc định") == [("t2", UpdateKind.INCREMENT, 1.0)]
    assert got(PLACES, "Chí Viễn chắc lùi sang năm 2025 mới về đích NTM được anh ạ") == [("t5", UpdateKind.NOTE, None)]
