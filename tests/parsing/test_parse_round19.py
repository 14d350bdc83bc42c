"""Round 19: what fresh sets of session eleven showed. Wording is our own.

"làm đường được 800m", with "Bê tông hóa 2,4km đường giao thông nông thôn" and "Làm mới 1.500m đường nội đồng"
pledged, wrote 800m on the field roads: "làm" was taken to glue "đường" into a compound of its own ("làm đường"), so
the word was dropped from the concrete roads, and only the field roads, whose text opens with "Làm", kept it.
"NTM: tiêu chí số 2 (giao thông) đã đạt" on "Hoàn thành thêm 3 tiêu chí nông thôn mới (giao thông, …)" was a
note: one criterion was counted only after "thêm", not when named by its number or its name and said reached.
"Hộ nghèo giảm thêm 5 hộ", with "Kéo giảm tỷ lệ hộ nghèo còn dưới 0,9%" and "Giảm 30 hộ cận nghèo" pledged, was +5 on
the near-poor: the rate task the words name cannot take a count of households, and the near-poor task, which holds
"hộ" and "nghèo" only apart, led on "giảm, hộ" alone. "Đã tổ chức 2 phiên giao dịch việc làm tại TT Định Quán" was a
note: "Định", first word of a place's name, was read as "định" (intend to); and "đã xong 4 ĐV" on "Kiểm tra … tại 6
đơn vị" was asked, "ĐV" being read only as party members. "rà soát hộ nghèo: thêm Duy Châu" on "Rà soát hộ nghèo …
tại 14 xã, thị trấn" was a note: a place named right after "thêm", with no "xã" before its name, was not one more.
"Đã khởi công xây dựng trường THCS thị trấn Núi Sập" was a note on the town's master plan: "thị trấn" was not read as a
kind of place, so the town's name was taken for words of what the task does. "đạt 65% dự toán" alone was written on
"Thực hiện chi ngân sách xã đạt trên 90% dự toán", beside a revenue task: the plan the share is of was read as a word
of the task that names it. "kiem tra ngan sach them thi tran Thanh Mien" was a note: "thị trấn" before a name was not
read as a kind of unit. "NTM nâng cao: đến nay 2/3 xã đạt chuẩn, …" read "2/3" as the 2nd of March after "đến";
"đến nay" is "so far". "thành lập mới được 5" was written on "Thành lập mới 6 hợp tác xã" beside "Cấp đăng ký thành lập
mới cho 350 hộ kinh doanh": the same words matched both, and the shorter task led only for being short.
"Tỷ lệ tham gia BHYT 93,8%, tăng 0,8% so với tháng trước" wrote 0,8%: of two figures, the change since last month beat
the level reached; "BHYT tăng 0,8% so với tháng trước" alone wrote 0,8% as the rate reached.
"tỷ lệ giảm còn 12,1%" was written on the one rate task whose text says "giảm … còn", though which rate fell is not
said. "Thu ngân sách huyện đạt 150 tỷ" was a note on "Quản lý chi ngân sách huyện …": revenue said, spending pledged."""

from __future__ import annotations

from parse_helpers import asks, make_tasks
from parse_helpers import updates_of as got

from bot.models import UpdateKind

ROADS = make_tasks(
    "Bê tông hóa 3,1km đường giao thông nông thôn, mặt đường rộng 3m",  # t1
    "Làm mới 1.200m đường nội đồng",  # t2
    "Trồng mới 60 ha rừng sản xuất",  # t3
)


def test_a_road_built_is_no_compound_that_leaves_out_the_other_road() -> None:
    for text in ("làm đường được 700m", "lam duong duoc 0,7km"):
        asks(ROADS, text, with_candidates=True)
    # the road named, the figure is written
    assert got(ROADS, "làm đường nội đồng được 700m") == [("t2", UpdateKind.ABSOLUTE, 700.0)]
    assert got(ROADS, "bê tông hóa đường GTNT được 1,2km") == [("t1", UpdateKind.ABSOLUTE, 1.2)]


CRITERIA = make_tasks(
    "Đạt thêm 3 tiêu chí nông thôn mới nâng cao (giao thông, môi trường, thu nhập)",  # t1
    "Thu ngân sách nhà nước trên địa bàn đạt 6,5 tỷ đồng",  # t2
)


def test_one_criterion_named_and_reached_is_one_more() -> None:
    for text in (
        "NTMNC: tiêu chí số 17 (môi trường) đã đạt",
        "Tiêu chí môi trường đã đạt chuẩn NTM nâng cao",
        "tiêu chí giao thông đạt rồi, còn thu nhập",
    ):
        assert got(CRITERIA, text) == [("t1", UpdateKind.INCREMENT, 1.0)], text
    # not reached, or the criteria named only as the task names them: nothing counted
    for text in ("tiêu chí môi trường chưa đạt", "tiêu chí nông thôn mới nâng cao đã đạt"):
        assert [kind for _, kind, _ in got(CRITERIA, text)] == [UpdateKind.NOTE], text


POOR = make_tasks(
    "Kéo giảm tỷ lệ hộ nghèo còn dưới 1,1%",  # t1
    "Giảm 25 hộ cận nghèo so với đầu năm",  # t2
    "Giải quyết việc làm cho 180 lao động",  # t3
)


def test_a_count_of_poor_households_is_not_given_to_the_near_poor() -> None:
    for text in ("Hộ nghèo giảm thêm 4 hộ", "ho ngheo giam them 4 ho"):
        asks(POOR, text, with_candidates=True)
    # the near-poor named, the count is theirs; the rate said, it is the rate's
    assert got(POOR, "hộ cận nghèo giảm thêm 4 hộ") == [("t2", UpdateKind.INCREMENT, 4.0)]
    assert got(POOR, "tỷ lệ hộ nghèo còn 1,05%") == [("t1", UpdateKind.ABSOLUTE, 1.05)]


OFFICE = make_tasks(
    "Tổ chức 4 phiên giao dịch việc làm",  # t1
    "Kiểm tra công tác quản lý tài chính, ngân sách tại 6 đơn vị",  # t2
    "Kết nạp 30 đảng viên mới",  # t3
)


def test_a_place_named_after_a_place_kind_is_no_intention() -> None:
    for text in (
        "Đã tổ chức 2 phiên giao dịch việc làm tại TT Định Quán và Phú Túc",
        "Đã tổ chức 2 phiên giao dịch việc làm tại xã Định Quán",
    ):
        assert got(OFFICE, text) == [("t1", UpdateKind.ABSOLUTE, 2.0)], text
    # the intention itself still holds the figure back
    assert [kind for _, kind, _ in got(OFFICE, "dự định tổ chức 2 phiên giao dịch việc làm")] == [UpdateKind.NOTE]


def test_dv_counts_what_the_task_counts() -> None:
    assert got(OFFICE, "KT tài chính ngân sách: đã xong 4 ĐV (Phú Tân, Gia Canh, La Ngà)") == [
        ("t2", UpdateKind.ABSOLUTE, 4.0)
    ]
    assert got(OFFICE, "kết nạp thêm 3 ĐV") == [("t3", UpdateKind.INCREMENT, 3.0)]


REVIEW = make_tasks(
    "Rà soát hộ nghèo, hộ cận nghèo cuối năm 2024 tại 14 xã, thị trấn",  # t1
    "Đào tạo nghề cho 900 lao động nông thôn",  # t2
    "Có thêm 2 trường đạt chuẩn quốc gia",  # t3
)


def test_places_named_right_after_more_are_counted() -> None:
    assert got(REVIEW, "ra soat ho ngheo: them Duy Chau") == [("t1", UpdateKind.INCREMENT, 1.0)]
    assert got(REVIEW, "Rà soát hộ nghèo: thêm Duy Châu, Duy Tân") == [("t1", UpdateKind.INCREMENT, 2.0)]
    # a school named with its kind is one, however its name is capitalised
    assert got(REVIEW, "Chuẩn QG: thêm Trường MN Nà Khương") == [("t3", UpdateKind.INCREMENT, 1.0)]


def test_places_listed_by_name_are_counted_one_each() -> None:
    settle = make_tasks(
        "Hoàn thành thẩm định quyết toán ngân sách năm 2023 của 14 xã, thị trấn",  # t1
        "Thu tiền sử dụng đất đạt 180 tỷ đồng",  # t2
    )
    assert got(settle, "Duy Trung, Duy Sơn thẩm định QT ngân sách 2023 xong") == [("t1", UpdateKind.INCREMENT, 2.0)]
    # all of it said done is done
    assert got(settle, "thẩm định quyết toán ngân sách năm 2023 đã xong toàn bộ") == [
        ("t1", UpdateKind.DONE, None)
    ]


def test_a_town_named_is_where_things_happen_not_what_the_task_does() -> None:
    town = make_tasks(
        "Hoàn thành điều chỉnh Quy hoạch chung thị trấn Phú Hòa đến năm 2040",  # t1
        "Thu ngân sách nhà nước đạt 186,5 tỷ đồng",  # t2
    )
    assert not got(town, "Đã khởi công xây dựng trường THCS thị trấn Phú Hòa")
    assert got(town, "Quy hoạch chung thị trấn Phú Hòa đã được phê duyệt") == [("t1", UpdateKind.DONE, None)]


def test_a_share_of_the_plan_and_nothing_else_is_asked() -> None:
    budget = make_tasks(
        "Thu ngân sách nhà nước đạt 6,8 tỷ đồng",  # t1
        "Thực hiện chi ngân sách xã đạt trên 90% dự toán được giao",  # t2
    )
    for text in ("đạt 65% dự toán", "dat 65% du toan roi a"):
        asks(budget, text, with_candidates=True)
    assert got(budget, "chi ngân sách đạt 65% dự toán") == [("t2", UpdateKind.ABSOLUTE, 65.0)]
    assert got(budget, "thu ngân sách đạt 65% dự toán") == [("t1", UpdateKind.ABSOLUTE, 4.42)]


def test_a_town_named_by_its_kind_is_one_more_place() -> None:
    checks = make_tasks(
        "Kiểm tra công tác quản lý tài chính, ngân sách tại 6 xã, thị trấn",  # t1
        "Thu ngân sách nhà nước đạt 50 tỷ đồng",  # t2
    )
    assert got(checks, "kiem tra ngan sach them thi tran Thanh Mien") == [("t1", UpdateKind.INCREMENT, 1.0)]
    assert got(checks, "Kiểm tra ngân sách xong thị trấn Thanh Miện và xã Ngũ Hùng") == [
        ("t1", UpdateKind.INCREMENT, 2.0)
    ]


def test_so_far_before_a_fraction_is_no_date() -> None:
    rural = make_tasks(
        "Có thêm 3 xã đạt chuẩn nông thôn mới nâng cao (Nghĩa Phương, Bảo Đài, Tiên Hưng)",  # t1
        "Thu ngân sách nhà nước đạt 50 tỷ đồng",  # t2
    )
    for text in (
        "NTM nâng cao: đến nay 2/3 xã đạt chuẩn",
        "NTM nâng cao: đến nay 2/3 xã đạt chuẩn, Bảo Đài đang làm hồ sơ",
    ):
        assert got(rural, text) == [("t1", UpdateKind.ABSOLUTE, 2.0)], text
    # a day after "đến" is still a day
    assert got(rural, "tính đến 2/9 có 2 xã đạt chuẩn NTM nâng cao") == [("t1", UpdateKind.ABSOLUTE, 2.0)]


def test_the_same_words_matched_in_a_shorter_and_a_longer_task_are_asked() -> None:
    founding = make_tasks(
        "Thu ngân sách nhà nước đạt 220 tỷ đồng",  # t1
        "Cấp đăng ký thành lập mới cho 350 hộ kinh doanh",  # t2
        "Thành lập mới 6 hợp tác xã",  # t3
    )
    for text in ("thành lập mới được 5", "thanh lap moi duoc 5"):
        asks(founding, text, with_candidates=True)
    # what was founded, said, settles it
    assert got(founding, "thành lập mới được 5 HTX") == [("t3", UpdateKind.ABSOLUTE, 5.0)]
    assert got(founding, "cấp đăng ký thành lập mới thêm 40 hộ kinh doanh") == [("t2", UpdateKind.INCREMENT, 40.0)]


def test_dx_is_the_winter_spring_crop() -> None:
    rice = make_tasks(
        "Xuống giống lúa vụ Đông Xuân 2023-2024 đạt 38.600ha",  # t1
        "Diện tích lúa vụ Thu Đông năm 2024 không quá 12.000ha, chỉ xuống giống trong vùng đê bao",  # t2
        "Có thêm 2 tuyến đường đạt chuẩn văn minh đô thị",  # t3
    )
    for text in ("Lúa ĐX 2023-2024 xuống giống xong 38.600ha", "xuong giong lua DX dat 36.200ha"):
        assert [(t, k) for t, k, _ in got(rice, text)] == [("t1", UpdateKind.ABSOLUTE)], text
    # a road's code in capitals is still a name, no figure
    assert got(rice, "Đường ĐX 07 đã được công nhận tuyến đường văn minh đô thị") == [("t3", UpdateKind.INCREMENT, 1.0)]


def test_the_level_beats_the_change_said_beside_it() -> None:
    rates = make_tasks(
        "Tỷ lệ người dân tham gia BHYT đạt 94,5%",  # t1
        "Giải ngân vốn đầu tư công đạt 100% kế hoạch",  # t2
    )
    assert got(rates, "Tỷ lệ tham gia BHYT 93,8%, tăng 0,8% so với tháng trước") == [("t1", UpdateKind.ABSOLUTE, 93.8)]
    assert got(rates, "giai ngan von dau tu cong tang them 6% so voi bao cao truoc, dat 61%") == [
        ("t2", UpdateKind.ABSOLUTE, 61.0)
    ]
    assert got(rates, "Tỷ lệ tham gia BHYT 93,8%, còn thiếu 0,7% so với chỉ tiêu") == [
        ("t1", UpdateKind.ABSOLUTE, 93.8)
    ]


def test_a_rate_risen_since_the_last_report_alone_is_asked() -> None:
    rates = make_tasks(
        "Tỷ lệ người dân tham gia BHYT đạt 94,5%",  # t1
        "Giải ngân vốn đầu tư công đạt 100% kế hoạch",  # t2
    )
    for text in ("BHYT tăng 0,8% so với tháng trước", "giải ngân tăng 6% so với báo cáo trước"):
        asks(rates, text)
    # what was added, said so, is added
    assert got(rates, "BHYT tăng thêm 0,8% so với tháng trước") == [("t1", UpdateKind.INCREMENT, 0.8)]


def test_a_rate_falling_of_nothing_named_is_asked() -> None:
    rates = make_tasks(
        "Giảm tỷ lệ hộ nghèo toàn huyện xuống còn dưới 28,5%",  # t1
        "Tỷ lệ hộ cận nghèo không quá 12%",  # t2
        "Tỷ lệ người dân tham gia bảo hiểm y tế đạt trên 98%",  # t3
    )
    for text in ("tỷ lệ giảm còn 12,1%", "ty le giam con 12,1%"):
        asks(rates, text, with_candidates=True)
    assert got(rates, "tỷ lệ hộ nghèo giảm còn 27,1%") == [("t1", UpdateKind.ABSOLUTE, 27.1)]


def test_revenue_said_on_a_spending_task_is_asked() -> None:
    office = make_tasks(
        "Tham mưu phân bổ, giao dự toán ngân sách năm 2024 cho các đơn vị trước ngày 31/01/2024",  # t1
        "Thẩm tra, phê duyệt quyết toán 45 công trình, dự án hoàn thành",  # t2
        "Hỗ trợ, vận động thành lập mới 25 doanh nghiệp",  # t3
        "Quản lý chi ngân sách huyện chặt chẽ, đúng dự toán được giao",  # t4
        "Kiểm tra công tác quản lý tài chính, ngân sách tại 6 xã, thị trấn",  # t5
    )
    for text in ("Thu ngân sách huyện đạt 150 tỷ", "thu NS đạt 150 tỷ"):
        asks(office, text)
    # spending said, it is the spending task's news
    assert [(t, k) for t, k, _ in got(office, "chi ngân sách huyện đúng dự toán")] == [("t4", UpdateKind.NOTE)]
