"""Round 22: what session fourteen found. Wording is our own.

"XKLĐ đi Nhật 3 người, Hàn Quốc 2 người, nâng tổng số lên 11" wrote 3: the second destination, a name and its figure,
stood as a clause of its own, and the running total after it went with it instead of with the task. "Tuần này: rừng
TT 702ha, cây phân tán 58.300 cây" wrote 702ha more: "Tuần này:" heading a list dates it, as "Tháng 10:" does. "Đường
GTNT làm mới được 9.400m, nâng cấp mở rộng được 5,6km" wrote 9.400m on the upgrading task: "nâng" opened a running
total's tail ("nâng tổng số lên"), so the upgrade was read as the first clause's detail, not a report. "quyết toán
thêm 7 công trình, nâng tổng số lên 29 CT" wrote 7 more, and "quyết toán 41 CT", "thêm 6 DA" were asked: the capital
initials of the two-word thing a task counts ("công trình", "dự án") were an unknown thing counted; in a message
typed all in lower case ("quyet toan them 5 ct") they count too. "TNGT 9 tháng giảm 1 vụ, giảm 1 người chết, 2 người
bị thương so cùng kỳ" also wrote a note on "Ra mắt mô hình chợ văn minh thương mại": the clause with the injured, its
figure no task's, named that task by one syllable ("thương"), yet was kept as a note of its own after the report
before it. "DN thành lập mới thêm 5, nâng tổng số lên 41 DN" on "Phát triển mới 80 doanh nghiệp" was asked: only the
count noun matched, and founding was taken for other work; founding ("lập") is how firms are developed. "BHYT tăng
thêm 0,8%, hiện đạt 92,4%" wrote 0,8% more: "hiện đạt" (and "nay đạt") after an increment says the level it came to,
as "đạt" does. "Nhà ở hộ nghèo …: đã hỗ trợ 8 hộ, 4 hộ đang thi công" also wrote a note on "Tổ chức thành công Hội
thi …": the message's one compound "thi công" whose two syllables that task holds apart named it no more than one
syllable does. "vu He Thu them 23,15 nghìn tấn lương thực" wrote a total: with some words typed with marks, the bare
ones were trusted as typed, and "them" is no word at all, only "thêm" with its marks left off. "Sản phẩm mơ Hương Sơn
ngâm đường được công nhận OCOP 4 sao" was left unmatched: the product's name held most of the words, so too few were
the task's, though the rating reached named the OCOP task. "trong tuần đổ bê tông được 800m đường nội đồng" wrote a
total: folded, "bê tông được" held "tổng được", a total's words. "trồng rừng thêm 60ha, nâng tổng DT trồng mới lên
640ha" wrote 640ha on "Tổng diện tích gieo trồng cây hằng năm …": a running total with what it is of said between
"nâng tổng" and "lên" was not read as the tail of the increment before it. "Thành lập mới 27 DN, 1 HTX" was asked or
kept one figure: "1 HTX", a figure and its unit alone, was listed on as the first clause's detail, though it counts
another thing another task counts; each is a report of its own, with the verb they share. "bot ơi xem giúp chị tiến
độ thu ngân sách với" kept a note: asking the bot to look ("xem giúp") is a question, as "cho chị xem" is. "GQVL 78
LĐ, XKLĐ 2 người (đang chờ xuất cảnh thêm 1 người)" wrote 2 more: the "thêm" inside the bracket is said of the figure
in it."""

from __future__ import annotations

from parse_helpers import asks, make_tasks
from parse_helpers import updates_of as got

from bot.models import UpdateKind

ABROAD = make_tasks(
    "Đưa 18 lao động đi làm việc có thời hạn ở nước ngoài",  # t1
    "Giải quyết việc làm mới cho 85 lao động",  # t2
)


def test_a_named_figure_lists_on_before_the_running_total() -> None:
    for text in (
        "XKLĐ đi Nhật 3 người, Hàn Quốc 2 người, nâng tổng số lên 11",
        "XKLD di Nhat 3 nguoi, Han Quoc 2 nguoi, Dai Loan 1 nguoi, nang tong so len 11",
    ):
        assert got(ABROAD, text) == [("t1", UpdateKind.ABSOLUTE, 11.0)], text
    # two destinations and no total: neither figure alone is the count, so it is asked
    asks(ABROAD, "XKLĐ đi Nhật 3 người, Hàn Quốc 2 người")


FIELDS = make_tasks(
    "Trồng rừng tập trung đạt 850 ha",  # t1
    "Trồng 60.000 cây xanh phân tán",  # t2
    "Kiên cố hóa 2,5 km kênh mương nội đồng",  # t3
)


def test_this_week_heading_a_list_dates_it() -> None:
    want = [("t1", UpdateKind.ABSOLUTE, 702.0), ("t2", UpdateKind.ABSOLUTE, 58300.0), ("t3", UpdateKind.ABSOLUTE, 2.1)]
    assert got(FIELDS, "Tuần này: rừng TT 702ha, cây phân tán 58.300 cây, kênh mương 2,1 km 💪") == want
    assert got(FIELDS, "Dạ tuần này: trồng rừng 20ha") == [("t1", UpdateKind.ABSOLUTE, 20.0)]
    # said inside the sentence, or with "thêm", it is still this week's amount
    assert got(FIELDS, "Tuần này trồng rừng được 20ha") == [("t1", UpdateKind.INCREMENT, 20.0)]
    assert got(FIELDS, "Tuần này: trồng rừng thêm 20ha") == [("t1", UpdateKind.INCREMENT, 20.0)]


ROADS = make_tasks(
    "Xây dựng mới 18,5km đường giao thông nông thôn rộng từ 3,5m trở lên",  # t1
    "Nâng cấp, mở rộng 12.000m đường giao thông nông thôn xuống cấp",  # t2
    "Thu ngân sách nhà nước trên địa bàn đạt 185 tỷ đồng",  # t3
)


def test_upgrading_opens_a_report_of_its_own() -> None:
    updates = got(ROADS, "Đường GTNT làm mới được 9.400m, nâng cấp mở rộng được 5,6km")
    assert ("t2", UpdateKind.ABSOLUTE, 5600.0) in updates
    assert ("t2", UpdateKind.ABSOLUTE, 9400.0) not in updates
    # the running total is still one: "nâng tổng số lên"
    assert got(ROADS, "GTNT nâng cấp thêm 600m, nâng tổng số lên 5.600m") == [("t2", UpdateKind.ABSOLUTE, 5600.0)]


SETTLEMENT = make_tasks(
    "Thẩm tra, phê duyệt quyết toán 45 công trình hoàn thành",  # t1
    "Thành lập mới 40 doanh nghiệp",  # t2
    "Giải quyết việc làm cho 300 lao động",  # t3
)


def test_capital_initials_count_the_tasks_thing() -> None:
    want = [("t1", UpdateKind.ABSOLUTE, 29.0)]
    assert got(SETTLEMENT, "quyết toán thêm 7 công trình, nâng tổng số lên 29 CT") == want
    assert got(SETTLEMENT, "QT them 6 CT hoan thanh") == [("t1", UpdateKind.INCREMENT, 6.0)]
    assert got(SETTLEMENT, "Thu NS 188 tỷ; quyết toán 31 CT") == [("t1", UpdateKind.ABSOLUTE, 31.0)]
    # in a message typed all in lower case they show no case; in one typed with capitals, lower case "ct" is none
    assert got(SETTLEMENT, "phe duyet quyet toan them 5 ct") == [("t1", UpdateKind.INCREMENT, 5.0)]
    asks(SETTLEMENT, "Quyết toán được 29 ct")


ACCIDENTS = make_tasks(
    "Kéo giảm tai nạn giao thông trên cả 3 mặt so với năm 2023",  # t1
    "Ra mắt mô hình chợ văn minh thương mại",  # t2
    "Thu ngân sách nhà nước đạt 4,8 tỷ đồng",  # t3
)


def test_one_syllable_after_a_report_is_no_note_of_its_own() -> None:
    for text in (
        "TNGT 9 tháng giảm 1 vụ, giảm 1 người chết, 2 người bị thương so cùng kỳ",
        "TNGT giảm 2 vụ, 3 người bị thương",
    ):
        assert got(ACCIDENTS, text) == [("t1", UpdateKind.NOTE, None)], text
    # the other task named in full is still a report of its own
    assert got(ACCIDENTS, "Thu NS 2,1 tỷ, chợ văn minh thương mại đã ra mắt") == [
        ("t3", UpdateKind.ABSOLUTE, 2.1),
        ("t2", UpdateKind.DONE, None),
    ]


FIRMS = make_tasks(
    "Phát triển mới 80 doanh nghiệp",  # t1
    "Tỷ lệ hộ nghèo giảm còn dưới 2,8%",  # t2
    "Xử lý 100% trường hợp vi phạm trật tự xây dựng",  # t3
)


def test_founding_develops_firms() -> None:
    assert got(FIRMS, "DN thành lập mới thêm 5, nâng tổng số lên 41 DN 👍") == [("t1", UpdateKind.ABSOLUTE, 41.0)]
    assert got(FIRMS, "Thành lập mới thêm 4 DN trong tháng 9") == [("t1", UpdateKind.INCREMENT, 4.0)]
    # a record drawn up ("lập biên bản") is still no firm founded
    asks(FIRMS, "Lập biên bản 2 trường hợp")


COVERAGE = make_tasks(
    "Tỷ lệ người dân tham gia bảo hiểm y tế đạt trên 93%",  # t1
    "Giải quyết việc làm cho 150 lao động",  # t2
)


def test_the_level_now_after_an_increment() -> None:
    for text in (
        "BHYT tăng thêm 0,8%, hiện đạt 92,4%",
        "BHYT tăng thêm 0,8%, nay đạt 92,4%",
        "BHYT tăng 0,8%, hiện đạt 92,4%",
    ):
        assert got(COVERAGE, text) == [("t1", UpdateKind.ABSOLUTE, 92.4)], text
    assert got(COVERAGE, "GQVL thêm 20 LĐ, hiện đạt 70 người") == [("t2", UpdateKind.ABSOLUTE, 70.0)]


HOUSING = make_tasks(
    "Hỗ trợ xây mới, sửa chữa nhà ở cho 12 hộ nghèo, hộ cận nghèo",  # t1
    "Tổ chức thành công Hội thi văn hóa, thể thao các dân tộc xã Hương Sơn lần thứ III năm 2024",  # t2
)


def test_a_compound_held_apart_names_no_task() -> None:
    text = "Nhà ở hộ nghèo, cận nghèo: đã hỗ trợ 8 hộ, 4 hộ đang thi công"
    assert got(HOUSING, text) == [("t1", UpdateKind.ABSOLUTE, 8.0)]


GRAIN = make_tasks(
    "Tổng sản lượng lương thực có hạt đạt 52.000 tấn",  # t1
    "Xây dựng 12 căn nhà cho hộ cận nghèo",  # t2
)


def test_a_bare_them_beside_marked_words_is_still_more() -> None:
    assert got(GRAIN, "vu He Thu them 23,15 nghìn tấn lương thực") == [("t1", UpdateKind.INCREMENT, 23150.0)]
    assert got(GRAIN, "xay them 2 can nha hộ cận nghèo") == [("t2", UpdateKind.INCREMENT, 2.0)]


PRODUCTS = make_tasks(
    "Có thêm 4 sản phẩm OCOP đạt từ 3 sao trở lên",  # t1
    "Hoàn thành giải phóng mặt bằng 4,8ha dự án bãi đỗ xe khu di tích danh thắng Hương Sơn",  # t2
    "Đón 1,2 triệu lượt khách tham quan, du lịch",  # t3
)


def test_a_named_product_rated_is_one_more() -> None:
    for text in (
        "Sản phẩm mơ Hương Sơn ngâm đường được công nhận OCOP 4 sao",
        "Gạo nếp cái hoa vàng Kha Sơn đã được công nhận OCOP 3 sao",
    ):
        assert got(PRODUCTS, text) == [("t1", UpdateKind.INCREMENT, 1.0)], text


CONCRETE = make_tasks(
    "Bê tông hóa 8,5 km đường giao thông nội đồng, mặt đường rộng 3m",  # t1
    "Thu ngân sách nhà nước đạt 5 tỷ đồng",  # t2
)


def test_concrete_is_no_total() -> None:
    assert got(CONCRETE, "trong tuần đổ bê tông được 800m đường nội đồng") == [("t1", UpdateKind.INCREMENT, 0.8)]
    # a total said after the concrete is still one
    assert got(CONCRETE, "bê tông thêm 300m, tổng được 2,1km") == [("t1", UpdateKind.ABSOLUTE, 2.1)]


PLANTING = make_tasks(
    "Tổng diện tích gieo trồng cây hằng năm đạt 11.200ha",  # t1
    "Trồng mới rừng tập trung đạt 850ha",  # t2
)


def test_a_total_said_of_something_is_still_the_tail() -> None:
    updates = got(PLANTING, "trồng rừng thêm 60ha, nâng tổng DT trồng mới lên 640ha")
    assert ("t1", UpdateKind.ABSOLUTE, 640.0) not in updates
    assert ("t2", UpdateKind.INCREMENT, 60.0) not in updates  # the 60 more is no news once the total is said


FOUNDED = make_tasks(
    "Thành lập mới 35 doanh nghiệp",  # t1
    "Thành lập mới 3 hợp tác xã",  # t2
    "Thu ngân sách nhà nước đạt 50 tỷ đồng",  # t3
)


def test_two_things_counted_after_one_verb() -> None:
    assert got(FOUNDED, "Thành lập mới 27 DN, 1 HTX") == [
        ("t1", UpdateKind.ABSOLUTE, 27.0),
        ("t2", UpdateKind.ABSOLUTE, 1.0),
    ]
    assert got(FOUNDED, "thanh lap moi them 3 doanh nghiep, 1 HTX") == [
        ("t1", UpdateKind.INCREMENT, 3.0),
        ("t2", UpdateKind.INCREMENT, 1.0),
    ]


def test_asking_the_bot_to_look_records_nothing() -> None:
    for text in ("bot ơi xem giúp chị tiến độ thu ngân sách với", "bot oi xem giup em so thu ngan sach"):
        assert got(CONCRETE, text) == [], text


def test_more_inside_a_bracket_is_said_of_its_own_figure() -> None:
    assert got(ABROAD, "GQVL 78 LĐ, XKLĐ 2 người (đang chờ xuất cảnh thêm 1 người)") == [
        ("t2", UpdateKind.ABSOLUTE, 78.0),
        ("t1", UpdateKind.ABSOLUTE, 2.0),
    ]
