"""Round 31: what session twenty-three found. Wording is our own.

"thu được 60 tỷ" between "Tham mưu thu tiền sử dụng đất đạt 95 tỷ đồng" and "Tham mưu thu ngân sách nội địa (không kể
tiền sử dụng đất) đạt 373 tỷ đồng" went to the land fee: every word of that task is in the other one's bracket, so
the second looked like the first with a qualifier more. Words a task names only to leave them out ("không kể",
"không bao gồm", "trừ") are no part of what it pledges."""

from __future__ import annotations

from parse_helpers import asks, make_tasks
from parse_helpers import updates_of as got

from bot.models import UpdateKind

INC, ABS, NOTE, DONE = UpdateKind.INCREMENT, UpdateKind.ABSOLUTE, UpdateKind.NOTE, UpdateKind.DONE

REVENUES = make_tasks(
    "Tham mưu thu tiền sử dụng đất đạt 95 tỷ đồng",  # t1
    "Tham mưu thu ngân sách nội địa (không kể tiền sử dụng đất) đạt 373 tỷ đồng",  # t2
    "Thành lập mới 3 hợp tác xã nông nghiệp",  # t3
)


def test_words_a_task_leaves_out_do_not_make_it_the_other_task_qualified() -> None:
    asks(REVENUES, "thu được 60 tỷ", with_candidates=True)
    asks(REVENUES, "Thu dc 60 ty", with_candidates=True)


def test_either_revenue_named_still_goes_to_its_task() -> None:
    assert got(REVENUES, "thu tiền sử dụng đất được 60 tỷ") == [("t1", ABS, 60.0)]
    assert got(REVENUES, "thu tien SDD 60 ty") == [("t1", ABS, 60.0)]
    assert got(REVENUES, "thu ngân sách nội địa được 200 tỷ") == [("t2", ABS, 200.0)]


ROADS = make_tasks(
    "Cứng hóa 2,4 km đường trục thôn, đường ngõ xóm",  # t1
    "Nâng cấp, cứng hóa 1.800m đường giao thông nội đồng",  # t2
    "Nhựa hóa, bê tông hóa 2,4km đường giao thông nông thôn",  # t3
    "Bê tông hóa 1.200m kênh mương nội đồng",  # t4
)


def test_the_second_of_two_listed_actions_opens_the_task_as_much_as_the_first() -> None:
    asks(ROADS, "Đã cứng hóa thêm 500m đường", with_candidates=True)
    asks(ROADS, "bê tông hóa thêm 300m", with_candidates=True)


def test_a_listed_action_said_with_its_object_still_goes_to_its_task() -> None:
    assert got(ROADS, "cứng hóa đường nội đồng thêm 300m") == [("t2", INC, 300.0)]
    assert got(ROADS, "bê tông hóa kênh mương thêm 300m") == [("t4", INC, 300.0)]


ORCHARDS = make_tasks(
    "Trồng mới 150 ha cây hồi",  # t1
    "Cải tạo, trồng mới 80 ha vườn na theo hướng VietGAP",  # t2
)


def test_a_listed_pair_no_opening_is_made_of_opens_nothing() -> None:
    assert got(ORCHARDS, "Trồng mới hồi được 62 ha") == [("t1", ABS, 62.0)]


TRAINING = make_tasks(
    "Tỷ lệ lao động qua đào tạo đạt 68%",  # t1
    "Tuyển sinh, đào tạo nghề cho 1.200 người",  # t2
)


def test_a_rate_of_the_listed_action_says_it_as_much_as_the_task_listing_it() -> None:
    asks(TRAINING, "đào tạo đạt 66% kế hoạch", with_candidates=True)
    assert got(TRAINING, "đào tạo nghề thêm 120 người") == [("t2", INC, 120.0)]


BUDGET = make_tasks(
    "Thu ngân sách nhà nước trên địa bàn xã đạt 850 triệu đồng",  # t1
    "Chi ngân sách xã đảm bảo đúng dự toán, tiết kiệm chi thường xuyên",  # t2
)


def test_a_duty_said_to_stand_so_far_is_not_finished() -> None:
    assert got(BUDGET, "Chi ngân sách đến nay đúng dự toán, đã tiết kiệm chi thường xuyên theo quy định") == [
        ("t2", NOTE, None)
    ]
    assert got(BUDGET, "chi NS tu dau nam toi nay dung du toan, da tiet kiem chi TX") == [("t2", NOTE, None)]


def test_a_duty_said_finished_so_far_is_still_finished() -> None:
    assert got(BUDGET, "Đến nay đã hoàn thành tiết kiệm chi thường xuyên, chi ngân sách đúng dự toán") == [
        ("t2", DONE, None)
    ]
