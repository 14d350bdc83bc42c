"""Round 23: what session fifteen found. Wording is our own.

"thành lập mới thêm 2" beside "Thành lập mới 40 doanh nghiệp" and "Phát triển mới 4 hợp tác xã" wrote 2 firms: only
the task worded "thành lập" was said, though founding is how both are developed; a bare founding figure is asked.
"HTX thành lập mới: 2" wrote 2 firms for the same reason, though "HTX" names the other task. Founding reads as "phát
triển" only for a task that counts new ones ("mới"): beside "Xây dựng Kế hoạch phát triển kinh tế - xã hội" it had
made that plan the best fit for "thành lập mới thêm 2". "Chi NS … là 702 tỷ, nhầm chứ không phải 688 tỷ" kept a note:
"nhầm" took 702 back, as "chứ" stood between it and the "không phải" that names the slip. "Chi NS 702 tỷ, báo nhầm
688 tỷ" wrote 688, the figure the sender owned as the slip. "tap huan ky nang so them 1 lop 45 nguoi" on "Tập huấn …
cho 450 thành viên …" wrote 1: members are people, and the figure counting people counts them. "thoat ngheo them 3
ho" beside "Hỗ trợ xóa … nhà tạm cho hộ nghèo, hộ cận nghèo" was asked: with "thêm 3" set aside, "nghèo … hộ" read as
that task's compound; a figure between two words parts them (an age does not: "trẻ 5 tuổi"). "Tỷ lệ hộ nghèo giảm
được 2,3%" beside "Tỷ lệ hộ cận nghèo giảm còn dưới 8%" was asked, and "Giảm nghèo được 12 hộ" wrote 12 near-poor
households: poverty said without "cận" is not the near-poor, the one kind a task saying "nghèo" only as "cận nghèo"
counts. "Nhà ở hộ nghèo: khởi công 45 căn, đã hoàn thành 29 căn" kept a note: "đã hoàn thành 29 căn", work done said
of the same count and nothing else, stood as a clause naming no task, and the houses started were only news; it is
how far that work went."""

from __future__ import annotations

from parse_helpers import asks, make_tasks
from parse_helpers import updates_of as got

from bot.models import UpdateKind

FOUNDING = make_tasks(
    "Thành lập mới 40 doanh nghiệp",  # t1
    "Phát triển mới 4 hợp tác xã",  # t2
    "Thu ngân sách nhà nước đạt 95 tỷ đồng",  # t3
)
FOUNDING_SWAPPED = make_tasks(
    "Phát triển mới 40 doanh nghiệp",  # t1
    "Thành lập mới 4 hợp tác xã",  # t2
    "Thu ngân sách nhà nước đạt 95 tỷ đồng",  # t3
)


def test_a_bare_founding_figure_is_asked_when_firms_and_cooperatives_are_both_founded() -> None:
    for tasks in (FOUNDING, FOUNDING_SWAPPED):
        for text in ("thành lập mới thêm 2", "thành lập mới được 3", "Thành lập mới 5"):
            asks(tasks, text)


def test_the_thing_founded_settles_it() -> None:
    assert got(FOUNDING, "HTX thành lập mới: 2") == [("t2", UpdateKind.ABSOLUTE, 2.0)]
    assert got(FOUNDING, "thành lập mới thêm 3 doanh nghiệp") == [("t1", UpdateKind.INCREMENT, 3.0)]
    assert got(FOUNDING_SWAPPED, "DN thành lập mới thêm 5") == [("t1", UpdateKind.INCREMENT, 5.0)]


PLANNING = make_tasks(
    "Hỗ trợ thành lập mới 45 doanh nghiệp",  # t1
    "Thành lập mới 3 hợp tác xã",  # t2
    "Hoàn thành xây dựng Kế hoạch phát triển kinh tế - xã hội năm 2025",  # t3
)


def test_founding_is_not_the_development_of_a_plan() -> None:
    asks(PLANNING, "thành lập mới thêm 2")
    assert got(PLANNING, "thành lập mới thêm 2 HTX") == [("t2", UpdateKind.INCREMENT, 2.0)]


BUDGET = make_tasks(
    "Chi ngân sách địa phương không quá 1.050 tỷ đồng theo dự toán được giao",  # t1
    "Thu ngân sách nhà nước đạt 450 tỷ đồng",  # t2
)


def test_a_slip_owned_before_a_taken_back_figure_keeps_the_right_one() -> None:
    # "nhầm chứ không phải 688": the slip is the figure after "không phải", not the one before "nhầm"
    for text in (
        "Chi NS 9 tháng là 702 tỷ, nhầm chứ không phải 688 tỷ như báo lần trước",
        "chi NS la 702 ty, nham chu khong phai 688 ty",
    ):
        assert got(BUDGET, text) == [("t1", UpdateKind.ABSOLUTE, 702.0)], text


def test_the_figure_right_after_a_slip_owned_is_never_written() -> None:
    # "báo nhầm 688 tỷ" names the slip; whichever way the rest is read, 688 is not the spending
    assert ("t1", UpdateKind.ABSOLUTE, 688.0) not in got(BUDGET, "Chi NS 702 tỷ, báo nhầm 688 tỷ")
    assert got(BUDGET, "chi NS 720 tỷ, nhầm, 702 tỷ") == [("t1", UpdateKind.ABSOLUTE, 702.0)]


MEMBERS = make_tasks(
    "Tập huấn kỹ năng số cho 400 thành viên tổ công nghệ số cộng đồng",  # t1
    "Đăng tải 1.000 tin, bài trên Trang thông tin điện tử huyện",  # t2
    "Tổ chức 10 lớp bồi dưỡng nghiệp vụ văn hóa",  # t3
)


def test_the_people_counted_are_the_members_a_task_counts() -> None:
    # "1 lớp" counts classes, "45 người" the members trained: the bare word for people counts members
    for text in ("tập huấn kỹ năng số thêm 1 lớp 45 người", "tap huan ky nang so them 1 lop 45 nguoi"):
        assert got(MEMBERS, text) == [("t1", UpdateKind.INCREMENT, 45.0)], text


POOR = make_tasks(
    "Hỗ trợ xóa 10 nhà tạm cho hộ nghèo, hộ cận nghèo",  # t1
    "Giảm 20 hộ nghèo",  # t2
    "Giảm 15 hộ cận nghèo",  # t3
    "Trồng mới 30ha chè giống mới",  # t4
)


def test_a_figure_parts_the_words_either_side_of_it() -> None:
    # "nghèo … 3 hộ" is no compound "nghèo, hộ" of the house task (which would leave the poor households unexplained)
    for text in ("thoat ngheo them 3 ho", "Thoát nghèo thêm 3 hộ"):
        assert got(POOR, text) == [("t2", UpdateKind.INCREMENT, 3.0)], text


RATES = make_tasks(
    "Giảm tỷ lệ hộ nghèo ít nhất 2%",  # t1
    "Tỷ lệ hộ cận nghèo giảm còn dưới 8%",  # t2
    "Tỷ lệ hộ sử dụng nước sinh hoạt hợp vệ sinh đạt 95%",  # t3
)
NEAR_POOR_COUNT = make_tasks(
    "Giảm tỷ lệ hộ nghèo ít nhất 0,8%",  # t1
    "Giảm ít nhất 15 hộ cận nghèo",  # t2
    "Thu ngân sách xã đạt 6 tỷ đồng",  # t3
)


def test_poverty_said_without_can_is_not_the_near_poor() -> None:
    for text in ("Tỷ lệ hộ nghèo giảm được 2,3%", "Ty le ho ngheo giam duoc 2,3%"):
        assert got(RATES, text) == [("t1", UpdateKind.ABSOLUTE, 2.3)], text
    assert got(RATES, "Hộ nghèo giảm 1,05%, hộ cận nghèo còn 4,9%") == [
        ("t1", UpdateKind.ABSOLUTE, 1.05),
        ("t2", UpdateKind.ABSOLUTE, 4.9),
    ]
    # a count of households with only the near-poor counted by one: which households is asked
    asks(NEAR_POOR_COUNT, "Giảm nghèo được 12 hộ")
    assert got(NEAR_POOR_COUNT, "Giảm cận nghèo được 12 hộ") == [("t2", UpdateKind.ABSOLUTE, 12.0)]


HOUSES = make_tasks(
    "Hỗ trợ xây mới, sửa chữa 45 nhà ở cho hộ nghèo",  # t1
    "Thu ngân sách xã đạt 5 tỷ đồng",  # t2
    "Làm mới 7 cầu giao thông nông thôn",  # t3
)


def test_work_done_after_work_started_is_how_far_it_went() -> None:
    for text in (
        "Nhà ở hộ nghèo: khởi công 40 căn, đã hoàn thành 29 căn",
        "Nhà ở hộ nghèo: khởi công 40 căn, đã xong 29 căn",
        "nha o ho ngheo: khoi cong 40 can, da hoan thanh 29 can",
    ):
        assert got(HOUSES, text) == [("t1", UpdateKind.ABSOLUTE, 29.0)], text
    assert got(HOUSES, "Cầu GTNT: khởi công thêm 3 cầu, đã hoàn thành 5/7 cầu") == [("t3", UpdateKind.ABSOLUTE, 5.0)]
