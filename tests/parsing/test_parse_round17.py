"""Round 17: what fresh sets of session nine showed. Wording is our own.

At first sight: "nv3 là 4 thôn nào vậy?" was written as 4 on task 3, because a question naming its task
by number needed an "or" or a "phải không" to be taken as a question; "giai quyet viec lam cho 45 lao dong, chu yeu lam
tau ca" was a note on the fishing-boat task, named only in the aside after the figure."""

from __future__ import annotations

from parse_helpers import asks, make_tasks
from parse_helpers import updates_of as got

from bot.models import UpdateKind
from bot.parsing import ParseStatus, parse_message

VILLAGES = make_tasks(
    "Thu ngân sách nhà nước đạt 5,2 tỷ đồng",  # t1
    "Xây dựng 3 nhà văn hóa thôn",  # t2
    "Có thêm 4 thôn đạt chuẩn khu dân cư nông thôn mới kiểu mẫu",  # t3
)


def test_a_question_about_a_numbered_task_records_nothing_even_with_a_figure() -> None:
    for text in ("nv3 là 4 thôn nào vậy?", "NV 2: 3 nhà văn hóa ở thôn nào ạ?"):
        result = parse_message(VILLAGES, text)
        assert result.updates == (), text
        assert result.status is ParseStatus.NONE, text
    # a plain report by number is still written
    assert got(VILLAGES, "nv3: đã có 2 thôn đạt chuẩn") == [("t3", UpdateKind.ABSOLUTE, 2.0)]


SAND = make_tasks(
    "Thu ngân sách nhà nước đạt 3 tỷ đồng",  # t1
    "Không để xảy ra khai thác cát trái phép trên sông",  # t2
    "Trồng mới 20ha rừng sản xuất",  # t3
)


def test_a_figure_of_something_else_with_the_task_named_only_in_an_aside_is_asked() -> None:
    asks(SAND, "dao tao nghe cho 40 lao dong, chu yeu lam nghe khai thac cat")
    asks(SAND, "đào tạo nghề cho 40 lao động, chủ yếu làm nghề khai thác cát")
    # the task's news after the figure, with a word of status, is still its note
    assert got(SAND, "đã tuần tra 12 lượt, khai thác cát trái phép không xảy ra") == [("t2", UpdateKind.NOTE, None)]
