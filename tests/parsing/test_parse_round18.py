"""Round 18: what fresh sets of session ten showed. Wording is our own.

At first sight: "Giải ngân 71,4% → sửa lại 73,1% ạ, em gõ nhầm" wrote 71,4%, the figure taken back, because a
correction was only read when "sửa lại" came before both figures or "nhầm" came right after the wrong one."""

from __future__ import annotations

from parse_helpers import make_tasks
from parse_helpers import updates_of as got

from bot.models import UpdateKind

CAPITAL = make_tasks(
    "Tham mưu giải ngân vốn đầu tư công đạt trên 95% kế hoạch",  # t1
    "Hỗ trợ xây mới, sửa chữa 20 nhà ở cho hộ nghèo",  # t2
)


def test_a_figure_put_right_at_once_keeps_the_new_one() -> None:
    for text in (
        "Giải ngân 68,2% → sửa lại 69,5% ạ, em gõ nhầm",
        "giai ngan 68,2% -> sua lai la 69,5%",
        "Giải ngân 68,2%, sửa thành 69,5%",
        "Giải ngân 68,2%. Xin sửa: 69,5%",
        "Giải ngân 68,2%, đính chính 69,5%",
        "giải ngân 68,2%, sửa lại 69,5% em gõ nhầm",
    ):
        assert got(CAPITAL, text) == [("t1", UpdateKind.ABSOLUTE, 69.5)], text
    # "sửa lại" that repairs houses takes nothing back
    assert got(CAPITAL, "Nhà ở hộ nghèo: xây mới 3 nhà, sửa lại 2 nhà") == [("t2", UpdateKind.ABSOLUTE, 5.0)]
