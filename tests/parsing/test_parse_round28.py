"""Round 28: what session twenty found. Wording is our own.

"Đã cải tạo xong điểm đen TNGT ngã ba Kim Hà" on "Xử lý dứt điểm 3 điểm đen về TNGT" was written done, that is 3 of
3, when the sender may well mean the one black spot named. A bare "xong" on a task that counts several units says
nothing of how many: it is asked, unless the message says it covers them all ("xong cả 3", "hoàn thành chỉ tiêu") or
names the task by its number.

Also found in session twenty: a star rating reached is news of the task pledging the rating, whatever place words
another task shares; "diện tích đạt 180 ha" alone names every area task; a meeting called is no news, and "Dạ" (yes)
is no "đã"; a name a task spells, matched alone beside other work, is no news of it finished; "vượt dự toán" after a
figure names no task; what one month or week brought is an increment; an abbreviation half held names no task beside
a figure it cannot hold; a cooperative registered is one more founded."""

from __future__ import annotations

from parse_helpers import asks, make_tasks
from parse_helpers import updates_of as got

from bot.models import UpdateKind
from bot.parsing import ParseStatus, parse_message

INC, ABS, NOTE, DONE = UpdateKind.INCREMENT, UpdateKind.ABSOLUTE, UpdateKind.NOTE, UpdateKind.DONE

TRAFFIC = make_tasks(
    "Xử lý dứt điểm 3 điểm đen về trật tự an toàn giao thông trên địa bàn",  # t1
    "Thu ngân sách nhà nước trên địa bàn đạt 45 tỷ đồng",  # t2
    "Duy trì hoạt động của 12 tổ hòa giải ở cơ sở",  # t3
)


def test_a_bare_done_on_a_task_of_several_units_is_asked() -> None:
    asks(TRAFFIC, "Đã cải tạo xong điểm đen TNGT ngã ba Kim Hà")
    asks(TRAFFIC, "diem den giao thong da xu ly xong")
    asks(TRAFFIC, "Điểm đen TNGT tại ngã tư Hòa Lạc đã hoàn thành")
    asks(TRAFFIC, "diem den tngt tai nga tu hoa lac da hoan thanh")


def test_a_done_said_of_them_all_is_still_done() -> None:
    assert got(TRAFFIC, "Đã xử lý xong cả 3 điểm đen TNGT") in ([("t1", DONE, None)], [("t1", ABS, 3.0)])
    assert got(TRAFFIC, "xu ly diem den TNGT: hoan thanh chi tieu") in ([("t1", DONE, None)], [("t1", ABS, 3.0)])
    assert got(TRAFFIC, "NV1: đã xong") in ([("t1", DONE, None)], [("t1", ABS, 3.0)])
    # the task itself named, then said completed, with no one unit of it named
    assert got(TRAFFIC, "Xử lý điểm đen TNGT: đã hoàn thành") in ([("t1", DONE, None)], [("t1", ABS, 3.0)])


def test_a_figure_is_still_read() -> None:
    assert got(TRAFFIC, "Đã xử lý xong 2 điểm đen TNGT") in ([("t1", ABS, 2.0)], [("t1", INC, 2.0)])


COMMUNE = make_tasks(
    "Xã Hải Lý được công nhận đạt chuẩn nông thôn mới kiểu mẫu",  # t1
    "Phát triển vùng lúa Nàng Thơm Chợ Đào đạt 150ha",  # t2
    "Có thêm 2 sản phẩm đạt OCOP 3 sao",  # t3
    "Trồng rừng mới 250 ha",  # t4
    "Tổng diện tích cây ăn quả toàn xã đạt 9.850 ha",  # t5
    "Tích tụ ruộng đất để sản xuất quy mô lớn 300ha",  # t6
)


def test_a_rating_reached_is_news_of_the_task_pledging_the_rating() -> None:
    # the product is named by its place or what it is made of; the rating reached names the OCOP task
    assert got(COMMUNE, "OCOP: nước mắm cá cơm Hải Lý vừa được công nhận 3 sao ⭐⭐⭐") == [("t3", INC, 1.0)]
    assert got(COMMUNE, "OCOP: gạo Nàng Thơm Chợ Đào đã được công nhận 3 sao") == [("t3", INC, 1.0)]
    # and the other tasks are still theirs
    assert got(COMMUNE, "Vùng lúa Nàng Thơm Chợ Đào đạt 120ha") == [("t2", ABS, 120.0)]


def test_naming_only_the_extent_names_every_task_measured_in_it() -> None:
    # "diện tích" is what any task in hectares measures: 180 ha may be the forest or the land gathered
    asks(COMMUNE, "diện tích đạt 180 ha")
    asks(COMMUNE, "dien tich dat 180ha")
    # a figure no other task could hold is still the one task's ("9.700 ha" is no level of 250 or 300 ha)
    assert got(COMMUNE, "diện tích đạt 9.700 ha") == [("t5", ABS, 9700.0)]
    # and a task named by more than its extent is named
    assert got(COMMUNE, "diện tích cây ăn quả đạt 9.700 ha") == [("t5", ABS, 9700.0)]


OFFICE = make_tasks(
    "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến đạt trên 70%",  # t1
    "Tổ chức thành công Lễ hội văn hóa - xã hội các dân tộc năm 2024",  # t2
    "Tổng hợp báo cáo kết quả phòng chống thiên tai của các xã",  # t3
)


def test_a_meeting_called_is_no_news_of_a_task() -> None:
    for text in (
        "Chiều nay 14h họp giao ban trực tuyến với tỉnh nhé",
        "Chiều nay 14h họp giao ban khối văn hóa - xã hội nhé",
        "sang mai 8h hop truc tuyen voi tinh",
    ):
        result = parse_message(OFFICE, text)
        assert result.updates == () and result.status == ParseStatus.NONE, text
    # a meeting held is still news when it says so
    assert got(OFFICE, "Đã tổ chức thành công Lễ hội văn hóa - xã hội các dân tộc") == [("t2", DONE, None)]


def test_a_yes_typed_with_its_mark_is_no_word_of_status() -> None:
    # "Dạ" (yes) folds to "da" like "đã" (done); typed with its mark it is only a polite yes
    assert got(OFFICE, "Dạ nhận rồi, tuần sau phòng tổng hợp gửi anh") == []
    assert got(OFFICE, "Dạ xã em tuần sau mới tổng hợp báo cáo được ạ") == []


NAMED = make_tasks(
    "Ra mắt Hợp tác xã dịch vụ du lịch cộng đồng Kê Gà",  # t1
    "Hoàn thành giải phóng mặt bằng 5,6ha dự án Khu đô thị mới An Thịnh",  # t2
    "Thu ngân sách nhà nước trên địa bàn xã đạt 6,2 tỷ đồng",  # t3
)


def test_a_name_the_task_spells_is_no_news_of_it_finished() -> None:
    # the name says where, or whose; what was finished there is another work
    asks(NAMED, "Đường lên hải đăng Kê Gà đã trải nhựa xong")
    asks(NAMED, "An Thịnh đã tổ chức xong Đại hội TDTT xã lần thứ X")
    # the task's own work, named, is its news
    assert got(NAMED, "HTX du lịch cộng đồng Kê Gà đã ra mắt") == [("t1", DONE, None)]
    assert got(NAMED, "Khu đô thị mới An Thịnh đang giải phóng mặt bằng") == [("t2", NOTE, None)]


BUDGET = make_tasks(
    "Phối hợp thu ngân sách nhà nước trên địa bàn đạt 68,5 tỷ đồng",  # t1
    "Điều hành chi ngân sách địa phương không vượt quá dự toán 412 tỷ đồng",  # t2
)


def test_a_plan_exceeded_said_after_the_figure_names_no_task() -> None:
    assert got(BUDGET, "thu ngân sách đã đạt 70 tỉ, vượt dự toán 💪") == [("t1", ABS, 70.0)]
    assert got(BUDGET, "thu ngan sach dat 71 ty, vuot du toan") == [("t1", ABS, 71.0)]
    # spending kept within the plan says the other task's own words
    assert got(BUDGET, "Chi NS 9 tháng 300 tỷ, đảm bảo không vượt dự toán") == [("t2", ABS, 300.0)]


MONTHLY = make_tasks(
    "Thu ngân sách nhà nước trên địa bàn đạt 850 tỷ đồng",  # t1
    "Giải quyết việc làm mới cho 2.600 lao động",  # t2
    "Cấp giấy chứng nhận quyền sử dụng đất lần đầu cho 400 hồ sơ",  # t3
    "Tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến đạt 80%",  # t4
)


def test_what_one_month_or_week_brought_is_that_much_more() -> None:
    assert got(MONTHLY, "Riêng tháng 7 thu ngân sách được 95 tỉ") == [("t1", INC, 95.0)]
    assert got(MONTHLY, "trong thang 10 giai quyet viec lam duoc 280 ld") == [("t2", INC, 280.0)]
    assert got(MONTHLY, "Trong tuần: cấp GCN QSDĐ lần đầu 12 hồ sơ; GQVL 40 LĐ") == [
        ("t3", INC, 12.0),
        ("t2", INC, 40.0),
    ]
    # a rate is a level whatever the period; a report headed "Tuần này:" gives levels; so does a running total
    assert got(MONTHLY, "trong tháng hồ sơ trực tuyến đạt 82%") == [("t4", ABS, 82.0)]
    assert got(MONTHLY, "Tuần này: thu NS 412 tỷ, GQVL 1.350 LĐ") == [("t1", ABS, 412.0), ("t2", ABS, 1350.0)]
    assert got(MONTHLY, "Riêng tháng 7 thu NS 95 tỷ, lũy kế từ đầu năm 520 tỷ") == [("t1", ABS, 520.0)]


ROADS = make_tasks(
    "Bê tông hóa 2,4km đường giao thông nông thôn rộng 3,5m",  # t1
    "Xã Đức Tân đạt chuẩn nông thôn mới nâng cao",  # t2
)


def test_an_abbreviation_half_held_names_no_task_beside_a_figure_it_cannot_hold() -> None:
    # GTNT's "nông thôn" is in the NTM task, its head "giao thông" is not; "2 hộ" held up is no progress of either:
    # since round 29 the households holding the road up are no figure at all, and the news is a note on the road
    # (as the labelled corpora have it), never anything on the NTM task
    assert got(ROADS, "Đường GTNT thôn Phước Hòa vướng GPMB 2 hộ, chưa thi công được") == [("t1", NOTE, None)]


COOPS = make_tasks(
    "Thành lập mới 2 hợp tác xã nông nghiệp",  # t1
    "Thu ngân sách nhà nước trên địa bàn xã đạt 4,2 tỷ đồng",  # t2
)


def test_a_cooperative_registered_is_one_more_founded() -> None:
    assert got(COOPS, "HTX NN Ea Kuăng đã đăng ký thành lập") == [("t1", INC, 1.0)]
    assert got(COOPS, "HTX nông nghiệp Thuận An đã được cấp giấy ĐKKD rồi ạ") == [("t1", INC, 1.0)]
    # registering still to come is no cooperative more
    assert got(COOPS, "HTX nông nghiệp Thuận An đang làm hồ sơ đăng ký") in ([("t1", NOTE, None)], [])


def test_the_pledge_made_up_after_an_increment_is_the_total() -> None:
    tasks = make_tasks("Trồng 3.000 cây xanh phân tán", "Thành lập mới 3 hợp tác xã nông nghiệp")
    assert got(tasks, "trong cay phan tan them 600 cay, xong chi tieu 3 nghin cay") == [("t1", ABS, 3000.0)]
    assert got(tasks, "HTX: thêm 2 HTX mới thành lập, đủ chỉ tiêu 3 HTX 💪") == [("t2", ABS, 3.0)]
    # an increment alone stays one
    assert got(tasks, "trồng cây phân tán thêm 600 cây") == [("t1", INC, 600.0)]


def test_trong_moi_typed_without_marks_is_the_pledges_planting_anew() -> None:
    # "trong moi" folds to two function words ("trong mọi": in every); before a crop the pledges plant anew, it is
    # "trồng mới", and the crop says which task
    tasks = make_tasks(
        "Trồng mới 40ha cà phê", "Trồng mới 25ha mắc ca xen cà phê", "Cấp mã số vùng trồng cho 600 ha cam"
    )
    assert got(tasks, "trong moi ca phe them 5,5ha") == [("t1", INC, 5.5)]
    assert got(tasks, "trong moi mac ca them 3ha") == [("t2", INC, 3.0)]
