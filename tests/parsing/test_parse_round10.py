"""Round 10: places a pledge lists done one by one, documents' numbers, cases and trainees counted as people,
a task's own "tổng", words saying a work is in service, light openings, and a reference followed by another
report. Wording here is our own, not a corpus's."""

from __future__ import annotations

from parse_helpers import asks, make_tasks
from parse_helpers import updates_of as got

from bot.models import Direction, UpdateKind
from bot.parsing import ParseStatus, parse_message
from bot.parsing.normalize import clean, fold
from bot.parsing.numbers import find_numbers
from bot.parsing.targets import read_target

OFFICE = make_tasks(
    "Hướng dẫn 4 xã (Phú Lộc, Tân Hòa, Yên Sơn, Bình Minh) hoàn thiện hồ sơ đề nghị công nhận nông thôn mới",  # t1
    "Tinh giản biên chế 12 người theo Nghị định 29/2023/NĐ-CP",  # t2
    "Bồi dưỡng kỹ năng chuyển đổi số cho 300 cán bộ, công chức cấp xã",  # t3
    "Tổng đàn gia súc đạt 15.000 con",  # t4
    "Xây dựng 3 cây cầu dân sinh bê tông cốt thép",  # t5
    "Đưa 20 lao động đi làm việc ở nước ngoài theo hợp đồng",  # t6
    "Tổng hợp kết quả đánh giá các tiêu chí nông thôn mới, báo cáo UBND huyện",  # t7
    "Tham mưu xây dựng Kế hoạch phát triển kinh tế - xã hội 5 năm 2026-2030",  # t8
    "Phát triển 5 sản phẩm OCOP đạt từ 3 sao trở lên",  # t9
    "Hỗ trợ xây mới 60 nhà ở cho hộ nghèo",  # t10
)


def _asks(text: str) -> None:
    result = parse_message(OFFICE, text)
    assert result.updates == (), (text, result.updates)
    assert result.status in (ParseStatus.AMBIGUOUS, ParseStatus.UNMATCHED), (text, result.status)


def test_places_the_pledge_lists_each_count_once_when_done() -> None:
    assert got(OFFICE, "Yên Sơn và Bình Minh đã hoàn thiện hồ sơ NTM") == [("t1", UpdateKind.INCREMENT, 2.0)]
    assert got(OFFICE, "Đã hướng dẫn Phú Lộc hoàn thiện hồ sơ nông thôn mới, đã gửi huyện") == [
        ("t1", UpdateKind.INCREMENT, 1.0)
    ]
    # not done yet: a note, never one more
    assert got(OFFICE, "Tân Hòa chưa hoàn thiện hồ sơ NTM") == [("t1", UpdateKind.NOTE, None)]


def test_a_decree_number_is_no_amount() -> None:
    for text in ("theo NĐ 29", "theo Nghị định 29", "QĐ 1719 của UBND tỉnh", "công văn 245 của Sở"):
        assert [n.excluded for n in find_numbers(fold(clean(text)))] == ["mã/số hiệu"], text


def test_cases_and_trainees_count_people() -> None:
    assert got(OFFICE, "TGBC thêm 3 trường hợp theo NĐ 29") == [("t2", UpdateKind.INCREMENT, 3.0)]
    # the classes are not the people trained; the trainees are
    assert got(OFFICE, "Bồi dưỡng chuyển đổi số thêm 3 lớp, 95 học viên") == [("t3", UpdateKind.INCREMENT, 95.0)]


def test_the_tasks_own_total_word_does_not_make_a_total() -> None:
    assert got(OFFICE, "tong dan gia suc them 350 con") == [("t4", UpdateKind.INCREMENT, 350.0)]
    # a piece that opens with "tổng" and no "thêm" is still the total so far
    assert got(OFFICE, "tong dan gia suc 14.200 con") == [("t4", UpdateKind.ABSOLUTE, 14200.0)]


def test_saying_a_work_is_in_service_names_no_task() -> None:
    # "đưa vào sử dụng" shares "đưa" with t6; the bridge named is one more bridge
    assert got(OFFICE, "Cầu thôn Đồng Tâm đã hoàn thành, đưa vào sử dụng; cầu thứ 2 đang thi công") == [
        ("t5", UpdateKind.INCREMENT, 1.0)
    ]


def test_handing_in_the_pledged_report_finishes_it() -> None:
    handed_in = "Đã nộp báo cáo tổng hợp đánh giá tiêu chí NTM lên UBND huyện"
    assert got(OFFICE, handed_in) == [("t7", UpdateKind.DONE, None)]
    # the words any report says name no task on their own
    result = parse_message(OFFICE, "Dạ em gửi báo cáo qua zalo rồi ạ")
    assert result.updates == ()


def test_a_light_opening_verb_alone_names_no_task() -> None:
    _asks("Đã tham mưu phân bổ vốn sự nghiệp giáo dục cho các xã")
    # with the task's own words it does
    assert got(OFFICE, "Đã tham mưu xây dựng xong kế hoạch phát triển KT-XH 5 năm 2026-2030") == [
        ("t8", UpdateKind.DONE, None)
    ]


def test_a_reference_does_not_swallow_the_next_report() -> None:
    assert got(OFFICE, "NV9 thêm 1 sản phẩm OCOP; nhà ở hộ nghèo đã xong 60/60 căn") == [
        ("t9", UpdateKind.INCREMENT, 1.0),
        ("t10", UpdateKind.ABSOLUTE, 60.0),
    ]
    # a tail after a semicolon stays with the reference
    assert got(OFFICE, "#5: xong 2 cầu; đang chờ nghiệm thu") == [("t5", UpdateKind.ABSOLUTE, 2.0)]


WORKS = make_tasks(
    "Hoàn thiện hồ sơ đề nghị công nhận xã Tân Hòa đạt chuẩn nông thôn mới nâng cao",  # t1
    "Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn đạt từ 98% trở lên",  # t2
    "Số hóa 100% hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực",  # t3
    "Sửa chữa, nâng cấp 3 hồ chứa thủy lợi (hồ Đắk Mai, hồ Suối Đá, hồ Cây Sung)",  # t4
    "Cấp giấy chứng nhận quyền sử dụng đất lần đầu cho 900 trường hợp",  # t5
    "Xây dựng 4 tuyến đường hoa kiểu mẫu",  # t6
    "Làm mới 3.000m đường giao thông nông thôn",  # t7
    "Bê tông hóa 2,5km kênh mương nội đồng",  # t8
)


def test_submitting_the_finished_dossier_is_its_next_step() -> None:
    for text in (
        "Đã hoàn thiện hồ sơ đề nghị công nhận Tân Hòa NTM nâng cao, trình tỉnh ngày 20/10",
        "Tân Hòa đã hoàn thiện hồ sơ NTM nâng cao trình tỉnh",
    ):
        assert got(WORKS, text) == [("t1", UpdateKind.DONE, None)], text
    # submitting, said alone, is still under way
    assert got(WORKS, "Hồ sơ NTM nâng cao Tân Hòa đang trình tỉnh") == [("t1", UpdateKind.NOTE, None)]


def test_a_list_item_opening_with_the_tasks_compound() -> None:
    assert got(WORKS, "CCHC:\n1. Đúng hạn 99,1%\n2. Số hóa 91%") == [
        ("t2", UpdateKind.ABSOLUTE, 99.1),
        ("t3", UpdateKind.ABSOLUTE, 91.0),
    ]


def test_a_pledge_counting_lakes_counts_each_lake_named() -> None:
    assert got(WORKS, "Hồ Suối Đá đã sửa chữa xong, nghiệm thu đưa vào sử dụng") == [("t4", UpdateKind.INCREMENT, 1.0)]


def test_files_count_cases() -> None:
    assert got(WORKS, "cấp GCN lần đầu thêm 64 hồ sơ") == [("t5", UpdateKind.INCREMENT, 64.0)]


def test_what_is_left_holds_back_no_unit_named_done() -> None:
    assert got(WORKS, "Đường hoa kiểu mẫu: xong tuyến thôn Phú Xuân, còn 3 tuyến đang làm") == [
        ("t6", UpdateKind.INCREMENT, 1.0)
    ]


def test_a_clause_opening_with_another_tasks_subject_is_asked() -> None:
    # "đường" is t7's subject; t8 shares only "bê tông", and 400m fits both
    result = parse_message(WORKS, "duong be tong lam them 400m o xom Dong")
    assert result.updates == () and result.status is ParseStatus.AMBIGUOUS
    assert {c.task_id for c in result.candidates} >= {"t7", "t8"}


ONLINE = make_tasks(
    "Tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến toàn trình đạt trên 70%",  # t1
    "Thanh toán trực tuyến phí, lệ phí đạt 50% trên tổng số giao dịch",  # t2
    "Nâng cấp 5.000m đường giao thông đô thị",  # t3
    "Lập đồ án điều chỉnh quy hoạch chung đô thị",  # t4
)


def test_fully_online_is_a_word_of_its_own() -> None:
    # "toàn trình" (fully online) tells the rate of files apart from online payments
    assert got(ONLINE, "toan trinh 74%") == [("t1", UpdateKind.ABSOLUTE, 74.0)]
    assert got(ONLINE, "Hồ sơ trực tuyến toàn trình đạt 71,5%; thanh toán trực tuyến 46%") == [
        ("t1", UpdateKind.ABSOLUTE, 71.5),
        ("t2", UpdateKind.ABSOLUTE, 46.0),
    ]
    # "toàn bộ" says how much is done, it names nothing
    assert got(ONLINE, "Đã xong toàn bộ 5.000m đường đô thị, đang làm thủ tục nghiệm thu") == [
        ("t3", UpdateKind.ABSOLUTE, 5000.0)
    ]


RURAL = make_tasks(
    "Hỗ trợ ngư dân đóng mới, cải hoán 8 tàu cá có công suất từ 90CV trở lên",  # t1
    "Được công nhận 2 xã đạt chuẩn nông thôn mới nâng cao (Phú Mỹ, An Bình)",  # t2
    "Xây dựng mới 35 km đường giao thông nông thôn",  # t3
    "Kéo giảm tội phạm và tệ nạn ma túy so với năm 2023",  # t4
    "Giảm tỷ lệ học sinh bỏ học xuống dưới 1%",  # t5
    "Tổ chức thành công Hội chợ nông sản huyện lần thứ II",  # t6
    "Trồng mới 40ha rừng tập trung",  # t7
    "Phát triển thêm 15ha cây ăn quả có múi",  # t8
)


def test_a_rating_the_pledge_glues_to_letters_is_no_count() -> None:
    assert got(RURAL, "Tàu cá: hỗ trợ thêm 1 chiếc cải hoán lên 90CV") == [("t1", UpdateKind.INCREMENT, 1.0)]


def test_a_share_of_communes_is_no_share_of_kilometres() -> None:
    # "2/2 xã" fits the communes' task only; the road's km take no count of communes
    assert got(RURAL, "ntmnc: 2/2 xa da co QD cong nhan") == [("t2", UpdateKind.ABSOLUTE, 2.0)]


def test_function_words_typed_without_marks_inside_a_tasks_pair() -> None:
    # "ma tuy" is "ma túy", "hoi cho" "hội chợ": the pair a task holds, not "mà", "cho"
    drugs = "ma tuy 6 thang bat 9 vu 12 doi tuong, giam 2 vu so voi cung ky"
    assert got(RURAL, drugs) == [("t4", UpdateKind.NOTE, None)]
    assert got(RURAL, "hoi cho dang chuan bi, du kien khai mac 15/9") == [("t6", UpdateKind.NOTE, None)]
    # two words that are both common ("trong moi") make no such pair: the subject "cam buoi" is unexplained
    result = parse_message(RURAL, "cam buoi trong moi dat 9ha")
    assert result.updates == () and result.status is ParseStatus.AMBIGUOUS


BUDGET = make_tasks(
    "Thu ngân sách nhà nước trên địa bàn đạt 5,2 tỷ đồng",  # t1
    "Thu tiền sử dụng đất đạt 2 tỷ đồng",  # t2
    "Giải quyết việc làm cho 120 lao động",  # t3
    "Đưa 25 lao động đi làm việc ở nước ngoài",  # t4
)


def test_a_part_naming_a_task_of_its_own_is_that_tasks_figure() -> None:
    assert got(BUDGET, "Thu NSNN 3,6 tỷ, trong đó thu tiền SDĐ 900tr") == [
        ("t1", UpdateKind.ABSOLUTE, 3.6),
        ("t2", UpdateKind.ABSOLUTE, 0.9),
    ]
    assert got(BUDGET, "GQVL 86 người (tính đến 30/9), trong đó XKLĐ 14") == [
        ("t3", UpdateKind.ABSOLUTE, 86.0),
        ("t4", UpdateKind.ABSOLUTE, 14.0),
    ]
    # parts that name no task of their own stay parts of the total
    assert got(BUDGET, "XKLĐ được 11 người, trong đó 7 người đi Nhật, 4 người đi Hàn") == [
        ("t4", UpdateKind.ABSOLUTE, 11.0)
    ]


SPENDING = make_tasks(
    "Thu ngân sách nhà nước trên địa bàn đạt 6,5 tỷ đồng",  # t1
    "Quản lý chi ngân sách chặt chẽ, tiết kiệm, không vượt dự toán được giao",  # t2
    "Giải quyết việc làm cho 150 lao động",  # t3
)


def test_a_piece_opening_with_another_tasks_words_is_its_own_report() -> None:
    for text in (
        "Thu NS đạt 4,2 tỷ, chi NS vẫn trong dự toán",
        "thu ngan sach 4,2 ty, chi ngan sach dam bao trong du toan",
    ):
        assert got(SPENDING, text) == [("t1", UpdateKind.ABSOLUTE, 4.2), ("t2", UpdateKind.NOTE, None)], text
    # a tail that opens with no task's words stays with the report
    assert got(SPENDING, "Thu NS đạt 4,2 tỷ, tăng so với cùng kỳ") == [("t1", UpdateKind.ABSOLUTE, 4.2)]


FISHING = make_tasks(
    "Hỗ trợ ngư dân đóng mới, cải hoán 12 tàu cá vỏ thép",  # t1
    "Cấp mới 300 giấy chứng nhận đăng ký hộ kinh doanh",  # t2
    "Xử lý kịp thời dịch bệnh trên cây trồng, vật nuôi",  # t3
    "Tỷ lệ người dân tham gia BHYT đạt 95%",  # t4
)


def test_households_are_no_count_of_things() -> None:
    asks(FISHING, "Đã hỗ trợ 3 hộ")
    # a task that names households in its text takes them
    assert got(FISHING, "cap moi them 42 ho kinh doanh") == [("t2", UpdateKind.INCREMENT, 42.0)]
    assert got(FISHING, "hỗ trợ cải hoán thêm 2 tàu cá") == [("t1", UpdateKind.INCREMENT, 2.0)]


def test_a_measured_figure_on_a_task_without_one_sharing_one_word_is_asked() -> None:
    asks(FISHING, "trồng thêm 12ha")
    assert got(FISHING, "Đã xử lý kịp thời ổ dịch trên cây trồng 3ha tại thôn 2") == [("t3", UpdateKind.NOTE, None)]


STANDARDS_TEXTS = (
    "Xã Tân Phong đạt chuẩn nông thôn mới nâng cao",  # t1
    "Thu nhập bình quân đầu người đạt 65 triệu đồng/năm",  # t2
    "Thu gom, xử lý 90% rác thải sinh hoạt",  # t3
)
STANDARDS = make_tasks(*STANDARDS_TEXTS)


def test_criteria_named_after_tieu_chi_are_the_standards_detail() -> None:
    # "thu nhập" here is a criterion of the standard, no report on t2
    assert got(STANDARDS, "NTM nâng cao còn thiếu tiêu chí y tế và thu nhập, đang tập trung hoàn thiện") == [
        ("t1", UpdateKind.NOTE, None)
    ]
    # a task that pledges the criterion by name keeps its words
    pledged = make_tasks(*STANDARDS_TEXTS, "Hoàn thành tiêu chí môi trường trong bộ tiêu chí nông thôn mới")
    assert got(pledged, "tieu chi moi truong con vuong, dang khac phuc") == [("t4", UpdateKind.NOTE, None)]


RATES = make_tasks(
    "Tỷ lệ hộ nghèo giảm còn dưới 4%",  # t1
    "Tỷ lệ hộ cận nghèo giảm còn dưới 12%",  # t2
    "Tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến toàn trình đạt trên 60%",  # t3
    "Tỷ lệ dân số tham gia bảo hiểm y tế đạt 95%",  # t4
)


def test_a_fold_weighs_as_common_as_the_words_it_may_be() -> None:
    # typed without marks "ho" may be hộ or hồ: the rare "hồ sơ" must not outweigh the poverty rate
    assert got(RATES, "Ty le ho ngheo con 3,86%") == [("t1", UpdateKind.ABSOLUTE, 3.86)]
    assert got(RATES, "ho can ngheo con 11,8% 👌") == [("t2", UpdateKind.ABSOLUTE, 11.8)]


def test_a_pair_of_task_words_read_past_a_function_word() -> None:
    tasks = make_tasks(
        "Tỷ lệ hộ nghèo theo chuẩn đa chiều giảm còn dưới 1,2%",
        "Hỗ trợ xây mới, sửa chữa 45 căn nhà ở cho hộ nghèo, hộ cận nghèo",
    )
    # "nha o ho ngheo": nhà (not the particle "nha") paired with hộ past "ở", as the pledge pairs them
    assert got(tasks, "nha o ho ngheo dat 80% ke hoach") == [("t2", UpdateKind.ABSOLUTE, 36.0)]


DISTRICT = make_tasks(
    "Chi trả trợ cấp người có công, bảo trợ xã hội kịp thời, đúng đối tượng",  # t1
    "Năng suất lúa bình quân đạt 58 tạ/ha",  # t2
    "Thành lập mới 6 hợp tác xã nông nghiệp",  # t3
    "Tu bổ, nâng cấp 9,5km đê sông, đê cửa sông",  # t4
    "Giảm 65 hộ nghèo",  # t5
    "Giảm 40 hộ cận nghèo",  # t6
    "Đưa 12 người nghiện ma túy đi cai nghiện tập trung",  # t7
    "Xóa 5 điểm ngập do mưa, triều cường",  # t8
    "Thu ngân sách nhà nước đạt 14,2 tỷ đồng",  # t9
    "Chi ngân sách xã đảm bảo đúng dự toán, tiết kiệm chi thường xuyên",  # t10
    "Tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến toàn trình đạt trên 60%",  # t11
    "Xây mới 5 nhà Đại đoàn kết cho hộ nghèo",  # t12
)


def test_a_duty_promised_in_time_recurs_each_period() -> None:
    assert got(DISTRICT, "Đã chi trả đầy đủ trợ cấp Tết cho 3.240 đối tượng") == [("t1", UpdateKind.NOTE, None)]


def test_yields_and_spans_of_days() -> None:
    # "2 vụ" counts seasons; the yield is in tạ/ha, or in tạ as a hectare gives
    assert got(DISTRICT, "nang suat lua binh quan 2 vu dat 57,4 ta/ha") == [("t2", UpdateKind.ABSOLUTE, 57.4)]
    assert got(DISTRICT, "nang suat lua 59,4 ta") == [("t2", UpdateKind.ABSOLUTE, 59.4)]
    # "27-31/5" is a span of days: 27 is a day, no count of co-operatives
    assert got(DISTRICT, "Báo cáo tuần 22 (27-31/5):\n- Đê sông: nâng cấp thêm 850m, tổng 5,3km") == [
        ("t4", UpdateKind.ABSOLUTE, 5.3)
    ]


def test_damage_is_no_progress() -> None:
    assert got(DISTRICT, "Bão số 4 làm sạt 120m đê cửa sông xã Hải An, đang xử lý khẩn cấp") == [
        ("t4", UpdateKind.NOTE, None)
    ]
    # work done on what was damaged is progress
    repaired = "Đê cửa sông: đã nâng cấp xong thêm 300m đoạn bị sạt lở"
    assert got(DISTRICT, repaired) == [("t4", UpdateKind.INCREMENT, 0.3)]


def test_a_list_of_counts_shares_its_first_items_increment() -> None:
    assert got(DISTRICT, "giam them 6 ho ngheo, 3 ho can ngheo") == [
        ("t5", UpdateKind.INCREMENT, 6.0),
        ("t6", UpdateKind.INCREMENT, 3.0),
    ]


def test_people_and_named_points() -> None:
    assert got(DISTRICT, "Đã đưa 7 đối tượng nghiện đi cai nghiện tập trung tại cơ sở cai nghiện tỉnh") == [
        ("t7", UpdateKind.ABSOLUTE, 7.0)
    ]
    assert got(DISTRICT, "Đã xóa xong điểm ngập ngã tư Hiệp Long - Tân Mỹ") == [("t8", UpdateKind.INCREMENT, 1.0)]
    assert got(DISTRICT, "Nha DDK cho ba Nguyen Thi Lan thon 5 da ban giao") == [("t12", UpdateKind.INCREMENT, 1.0)]


def test_spending_typed_short_is_spending() -> None:
    # "chi NS" is "chi ngân sách" (t10, no figure): 48% of the plan is no share of t9's revenue
    assert got(DISTRICT, "chi NS 6 thang dat 48% du toan") == [("t10", UpdateKind.NOTE, None)]


def test_a_rate_of_something_else_is_asked() -> None:
    asks(DISTRICT, "tỷ lệ đồng ý 97,8%")


FUNDS = make_tasks(
    "Vận động Quỹ Vì người nghèo đạt 150 triệu đồng",  # t1
    "Phát triển 350 căn nhà ở xã hội",  # t2
    "Tổng mức bán lẻ hàng hóa đạt 25.000 tỷ đồng",  # t3
    "Xây dựng 200ha cánh đồng mẫu lớn",  # t4
)


def test_thousands_of_dong_and_new_abbreviations() -> None:
    # "500k" on a fund in triệu: half a million đồng, said with its size, no unit left out
    assert got(FUNDS, "quỹ VNN có nhà hảo tâm ủng hộ thêm 500k") == [("t1", UpdateKind.INCREMENT, 0.5)]
    assert got(FUNDS, "quy VNN them 20tr") == [("t1", UpdateKind.INCREMENT, 20.0)]
    # "21 nghìn tỷ": thousands of billions
    assert got(FUNDS, "tong muc ban le dat 21 nghin ty") == [("t3", UpdateKind.ABSOLUTE, 21000.0)]
    assert got(FUNDS, "NOXH dat 60% ke hoach") == [("t2", UpdateKind.ABSOLUTE, 210.0)]
    assert got(FUNDS, "CĐML đạt 110ha") == [("t4", UpdateKind.ABSOLUTE, 110.0)]


def test_a_programme_named_by_its_number() -> None:
    tasks = make_tasks(
        "Giải ngân vốn Chương trình 1719 đạt 100% kế hoạch",
        "Giải ngân vốn Chương trình giảm nghèo bền vững đạt 100% kế hoạch",
    )
    # "1719" is the programme's name, no amount, and it tells the two disbursements apart
    assert got(tasks, "giai ngan 1719 dat 68%") == [("t1", UpdateKind.ABSOLUTE, 68.0)]
    assert got(tasks, "BC tuần:\n- giải ngân 1719: 74%") == [("t1", UpdateKind.ABSOLUTE, 74.0)]


def test_an_opening_compound_with_a_function_word_settles_a_tie() -> None:
    tasks = make_tasks(
        "Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn đạt 98%",
        "Số hóa 100% hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực",
        "Giải ngân vốn đầu tư công đạt 95% kế hoạch",
    )
    assert got(tasks, "GIAI NGAN VON DTC DAT 88,5%, SO HOA HO SO TTHC DAT 97%") == [
        ("t3", UpdateKind.ABSOLUTE, 88.5),
        ("t2", UpdateKind.ABSOLUTE, 97.0),
    ]


def test_a_report_label_names_no_task() -> None:
    tasks = make_tasks("Gieo trồng 480ha ngô vụ Xuân Hè", "Trồng 25ha thảo quả dưới tán rừng")
    assert got(tasks, "báo cáo: ngô 420ha, thảo quả 20ha") == [
        ("t1", UpdateKind.ABSOLUTE, 420.0),
        ("t2", UpdateKind.ABSOLUTE, 20.0),
    ]


def test_each_figure_keeps_its_own_words_up_to_and() -> None:
    tasks = make_tasks(
        "Xử lý 150 trường hợp vi phạm lấn chiếm vỉa hè, lòng đường",
        "Xử lý 40 trường hợp vi phạm trật tự xây dựng",
    )
    text = "Tuần qua xử lý thêm 12 trường hợp lấn chiếm lòng lề đường và 3 trường hợp vi phạm TTXD"
    assert got(tasks, text) == [("t1", UpdateKind.INCREMENT, 12.0), ("t2", UpdateKind.INCREMENT, 3.0)]


def test_corrections_and_shares_of_other_things() -> None:
    tasks = make_tasks(
        "Lắp đặt mới 30 cụm loa truyền thanh thông minh",
        "Được công nhận 2 xã đạt chuẩn nông thôn mới (Nậm Khắt, Tả Phìn)",
        "Kiểm tra công tác cải cách hành chính tại 15 xã, thị trấn",
    )
    # "gõ nhầm thành 15": the figure written by mistake is taken back
    assert got(tasks, "Đính chính: cụm loa truyền thanh là 25 cụm, tin trước gõ nhầm thành 15") == [
        ("t1", UpdateKind.ABSOLUTE, 25.0)
    ]
    # criteria are no communes: a note, not 17 of 2
    assert got(tasks, "NTM: Nậm Khắt đạt 17/19 tiêu chí, đang hoàn thiện hồ sơ") == [("t2", UpdateKind.NOTE, None)]
    # out of the pledged 15, "đơn vị" are those communes
    assert got(tasks, "TT Kinh Cùng, xã Hòa An đã kiểm tra CCHC xong; tổng cộng 11/15 đơn vị") == [
        ("t3", UpdateKind.ABSOLUTE, 11.0)
    ]


def test_dat_before_a_figure_is_reached_not_land() -> None:
    tasks = make_tasks("Thu ngân sách nhà nước đạt 150 tỷ đồng", "Thu tiền sử dụng đất đạt 120 tỷ đồng")
    # "thu dat 120 ty": "đạt", so either revenue: ask, never "tiền sử dụng đất" by the fold of "dat"
    result = parse_message(tasks, "thu dat 120 ty")
    assert result.updates == () and result.status is ParseStatus.AMBIGUOUS
    assert got(tasks, "tien su dung dat dat 95 ty") == [("t2", UpdateKind.ABSOLUTE, 95.0)]


def test_targets_scale_and_bounds() -> None:
    # a project's size is no target; a bound said before what it bounds still bounds the figure
    assert read_target("Hoàn thành trình phê duyệt Đề án vùng lúa quy mô 5.000 ha giai đoạn 2024-2030") == (
        None,
        None,
        Direction.DONE,
    )
    bounded = read_target("Chi ngân sách xã không quá dự toán được giao 9,2 tỷ đồng")
    assert bounded == (9.2, "tỷ đồng", Direction.AT_MOST)


TOWN = make_tasks(
    "Hoàn thành Đề án đề nghị thành lập thành phố Hòa Nghĩa trình HĐND tỉnh",  # t1
    "Thu ngân sách nhà nước trên địa bàn đạt 150 tỷ đồng",  # t2
    "Tỷ lệ hộ nghèo giảm còn dưới 0,5%",  # t3
    "Đưa 120 lao động đi làm việc ở nước ngoài",  # t4
    "Vận động 1.200 hộ gia đình phân loại rác thải sinh hoạt tại nguồn",  # t5
    "Phát triển 3 sản phẩm OCOP đạt 3 sao",  # t6
    "Chủ động phòng, chống xâm nhập mặn, bảo vệ an toàn sản xuất lúa vụ Đông Xuân 2023-2024",  # t7
    "Có thêm 3 trường đạt chuẩn quốc gia",  # t8
    "Sửa chữa, nâng cấp trường học bằng nguồn vốn 12 tỷ đồng",  # t9
)


def test_approval_comparisons_and_past_years() -> None:
    passed = "Đề án thành lập thành phố Hoà Nghĩa đã được HĐND tỉnh thông qua"
    assert got(TOWN, passed) == [("t1", UpdateKind.DONE, None)]
    # a rise on last year, said after the comparison, is no level reached
    assert got(TOWN, "so voi cung ky nam 2023 thu NSNN tang 12%") == [("t2", UpdateKind.NOTE, None)]
    # last year's level beside this year's plan
    assert got(TOWN, "ty le ho ngheo nam 2023 la 0,62%, nam nay du kien con 0,45%") == [("t3", UpdateKind.NOTE, None)]
    # "vẫn 86": still the same total, no increment of 86
    assert got(TOWN, "XKLD thang nay k co them, van 86 nguoi") == [("t4", UpdateKind.ABSOLUTE, 86.0)]


def test_questions_appositions_and_typos() -> None:
    result = parse_message(TOWN, "anh oi nv 6 la OCOP 2 SP hay 3 SP a?")
    assert result.updates == () and result.status is ParseStatus.NONE
    # "khoảng 260 hộ" goes on with the report before it
    assert got(TOWN, "phân loại rác tại nguồn thêm 2 thôn, khoảng 260 hộ") == [("t5", UpdateKind.INCREMENT, 260.0)]
    # where the school stands is no second school
    assert got(TOWN, "Trường TH Kim Đồng xã Ia Pơ Lang đã được công nhận đạt chuẩn quốc gia mức độ 1") == [
        ("t8", UpdateKind.INCREMENT, 1.0)
    ]
    # "sửa chưa" before a noun is "sửa chữa" mistyped, no "not yet"
    assert got(TOWN, "Vốn sửa chưa trường học đã thực hiện 9.200 triệu") == [("t9", UpdateKind.ABSOLUTE, 9.2)]


def test_no_damage_said_does_not_hold_back_a_duty_done() -> None:
    text = (
        "Vụ Đông Xuân đã thu hoạch xong, không có diện tích lúa bị thiệt hại do mặn, "
        "hoàn thành nhiệm vụ phòng chống mặn"
    )
    assert got(TOWN, text) == [("t7", UpdateKind.DONE, None)]


def test_a_qualifier_left_unsaid_and_a_fraction_of_billions() -> None:
    tasks = make_tasks(
        "Tỷ lệ hộ nghèo giảm còn dưới 2,1%",
        "Tỷ lệ hộ cận nghèo giảm còn không quá 3,5%",
        "Giải ngân vốn đầu tư công đạt 95% kế hoạch",
    )
    # "nghèo" said, "cận" not: the poverty rate, not the near-poverty one
    assert got(tasks, "ty le ngheo da giam con 2,2%") == [("t1", UpdateKind.ABSOLUTE, 2.2)]
    # neither kind said: ask
    result = parse_message(tasks, "ty le giam con 2,4%")
    assert result.updates == () and result.status is ParseStatus.AMBIGUOUS
    # "212,5/310 tỷ": the first amount in the second's measure
    assert got(tasks, "Giải ngân vốn đầu tư công được 212,5/310 tỷ đồng kế hoạch") == [
        ("t3", UpdateKind.ABSOLUTE, 100 * 212.5 / 310)
    ]


def test_a_lake_named_after_its_kind() -> None:
    tasks = make_tasks("Sửa chữa, nâng cấp 6 hồ chứa nước nhỏ", "Trồng rừng tập trung 350 ha")
    # "Hồ Suối Tre": a name after "hồ" makes no other compound of it, and a lake done is one more
    assert got(tasks, "Hồ Suối Tre đã sửa chữa xong, bàn giao cho HTX quản lý") == [("t1", UpdateKind.INCREMENT, 1.0)]


PORT = make_tasks(
    "Hàng container thông qua cảng đạt 1,5 triệu TEU",  # t1
    "Doanh thu du lịch đạt 4.200 tỷ đồng",  # t2
    "Thu ngân sách nhà nước trên địa bàn đạt 4.850 tỷ đồng",  # t3
    "Xây dựng 1.200m kè biển phường Phước Long",  # t4
    "Giải quyết việc làm cho 650 lao động",  # t5
    "Đào tạo nghề mây tre đan cho 60 lao động nông thôn",  # t6
)


def test_millions_of_things_contributions_and_bare_verbs() -> None:
    # millions of TEU are no money
    assert got(PORT, "container thông qua cảng đạt 1,12 triệu TEU, tăng 17% so với cùng kỳ") == [
        ("t1", UpdateKind.ABSOLUTE, 1_120_000.0)
    ]
    assert got(PORT, "thu ngan sach dc 1.900 tyy") == [("t3", UpdateKind.ABSOLUTE, 1900.0)]
    # what tourism contributes to the budget is no budget revenue
    assert got(PORT, "Doanh thu du lịch 9 tháng đạt 3.050 tỷ, đóng góp thu ngân sách khoảng 410 tỷ") == [
        ("t2", UpdateKind.ABSOLUTE, 3050.0)
    ]
    # waves washing 40 m away is damage, no embankment built
    assert got(PORT, "Kè biển đoạn Phước Long bị sóng đánh sạt 40m, đang khắc phục") == [("t4", UpdateKind.NOTE, None)]
    # "làm" alone ("việc làm") names no task
    asks(PORT, "đã làm xong")
    # a piece opening with its figure goes on with the note before it
    assert got(PORT, "Đã mở 2 lớp đào tạo nghề mây tre đan, 35 học viên đã tốt nghiệp") == [
        ("t6", UpdateKind.ABSOLUTE, 35.0)
    ]


VILLAGES = make_tasks(
    "Đưa điện lưới quốc gia về 3 làng Tu Ro Bần, Kon Pring, Đăk Pết",  # t1
    "Có 2 làng đạt chuẩn làng nông thôn mới (Măng Rơi, Tê Xăng)",  # t2
    "Xây dựng 3 thôn đạt chuẩn khu dân cư nông thôn mới kiểu mẫu (A Róh, Zơ Ra, Ka Dăng)",  # t3
    "Tổ chức thành công Ngày hội văn hóa - thể thao các dân tộc huyện lần thứ V",  # t4
)


def test_named_villages_and_events_there() -> None:
    # electricity arrived or is there: one more village, whatever is still planned for another
    assert got(VILLAGES, "Điện lưới quốc gia đã về làng Kon Pring, bà con rất phấn khởi") == [
        ("t1", UpdateKind.INCREMENT, 1.0)
    ]
    assert got(VILLAGES, "Làng Tu Ro Bần đã có điện lưới, làng Đăk Pết dự kiến tháng 11 đóng điện") == [
        ("t1", UpdateKind.INCREMENT, 1.0)
    ]
    # the places the pledge lists, typed without marks or capitals, are two
    assert got(VILLAGES, "zo ra va ka dang dat chuan khu dan cu NTM kieu mau roi a") == [
        ("t3", UpdateKind.INCREMENT, 2.0)
    ]
    # a festival held in a listed village makes it no NTM village ("mới" of "lúa mới")
    asks(VILLAGES, "Đã tổ chức lễ mừng lúa mới ở làng Măng Rơi")
    # "Huyện đã tổ chức …" another event: who held it is no word of the festival task
    asks(VILLAGES, "Huyện đã tổ chức xong Hội nghị sơ kết 6 tháng")


def test_names_the_pledge_spells_and_one_units_progress() -> None:
    tasks = make_tasks(
        "Tổ chức thành công Lễ hội Ok Om Bok năm 2024",
        "Xây dựng hoàn thành 2 cống ngăn mặn, trữ ngọt (cống Rạch Gừa, cống Kênh Ranh)",
        "Tổ chức Hội nghị chuẩn bị kế hoạch năm 2025",
    )
    # a name the pledge spells is a word of it, typed without marks too
    assert got(tasks, "Ok Om Bok dang chuan bi, du kien to chuc ngay 15/11") == [("t1", UpdateKind.NOTE, None)]
    # 70% of one named culvert's work is no share of the two pledged
    assert got(tasks, "cong Kenh Ranh moi xong 70% khoi luong, vuong mat bang 1 ho") == [("t2", UpdateKind.NOTE, None)]


def test_a_total_phrase_runs_over_a_comma() -> None:
    tasks = make_tasks(
        "Cấp giấy chứng nhận quyền sử dụng đất lần đầu cho 900 trường hợp",
        "Cấp đổi, cấp lại 1.600 giấy chứng nhận quyền sử dụng đất",
    )
    text = "Tháng 11 cấp đổi thêm 85 giấy, nâng tổng cấp đổi, cấp lại lên 1.460 giấy"
    assert got(tasks, text) == [("t2", UpdateKind.ABSOLUTE, 1460.0)]


def test_a_task_holding_every_word_and_one_more_settles_a_tie() -> None:
    tasks = make_tasks(
        "Kiên cố hóa 3,2 km kênh mương nội đồng",
        "Làm mới 2.600m đường giao thông nội đồng",
        "Bê tông hóa 3.500m đường ngõ xóm, mặt đường rộng 3m",
    )
    assert got(tasks, "1. Đường ngõ xóm: thêm 450m\n2. Đường nội đồng: thêm 300m") == [
        ("t3", UpdateKind.INCREMENT, 450.0),
        ("t2", UpdateKind.INCREMENT, 300.0),
    ]


def test_sending_the_schedule_later_reports_nothing() -> None:
    tasks = make_tasks("Kiểm tra công tác cải cách hành chính tại 8 cơ quan, đơn vị")
    result = parse_message(tasks, "Anh ơi tuần sau Sở Nội vụ về kiểm tra CCHC ngày 12/9, em gửi lịch sau nhé")
    assert result.updates == () and result.status is ParseStatus.NONE


def test_a_bridge_open_to_traffic_and_graduation_rates() -> None:
    tasks = make_tasks(
        "Xây dựng 4 cầu giao thông nông thôn bê tông cốt thép",
        "Tỷ lệ học sinh tốt nghiệp THCS đạt 98%",
        "Tỷ lệ học sinh hoàn thành chương trình tiểu học đạt 99%",
    )
    assert got(tasks, "Cầu bê tông ấp Giồng Cát đã thông xe, thay cầu khỉ cũ") == [("t1", UpdateKind.INCREMENT, 1.0)]
    assert got(tasks, "HTCT tiểu học 99,4%, TN THCS 97,9%") == [
        ("t3", UpdateKind.ABSOLUTE, 99.4),
        ("t2", UpdateKind.ABSOLUTE, 97.9),
    ]


def test_a_pledged_cut_on_a_past_year_a_promise_and_a_total_of_another_sum() -> None:
    tasks = make_tasks(
        "Tinh giản biên chế, giảm tối thiểu 5% biên chế so với năm 2021",
        "Số hóa, cập nhật hồ sơ cán bộ, công chức lên cơ sở dữ liệu quốc gia đạt 100%",
        "Kiểm tra công tác bảo vệ môi trường tại 60 cơ sở sản xuất",
    )
    # the pledge is itself a cut on 2021: "giảm 4,2% so với 2021" is its figure
    assert got(tasks, "Tinh giản biên chế: giảm 4,2% so với 2021") == [("t1", UpdateKind.ABSOLUTE, 4.2)]
    # a promise to update is no update
    result = parse_message(tasks, "dạ em sẽ cập nhật cuối tuần")
    assert result.updates == () and result.status is ParseStatus.NONE
    # "tổng 620 triệu" totals the fines, not the 4 sites fined: never 4 sites inspected
    result = parse_message(tasks, "Kiểm tra BVMT được 28 cơ sở, xử phạt 4 cơ sở tổng 620 triệu")
    assert [u.value for u in result.updates] in ([], [28.0])


def test_a_move_without_a_subject_is_asked() -> None:
    tasks = make_tasks("Tỷ lệ hộ nghèo giảm còn dưới 18,5%", "Tỷ lệ hộ cận nghèo không quá 9%")
    asks(tasks, "giảm còn 9,1%")
    assert got(tasks, "hộ nghèo giảm còn 17,9%") == [("t1", UpdateKind.ABSOLUTE, 17.9)]


def test_the_counted_village_settles_a_tie() -> None:
    tasks = make_tasks(
        "Đưa điện lưới quốc gia đến 7 bản chưa có điện",
        "Tỷ lệ hộ sử dụng điện lưới quốc gia toàn huyện đạt 96%",
    )
    assert got(tasks, "Dien luoi them 1 ban") == [("t1", UpdateKind.INCREMENT, 1.0)]


def test_a_count_in_brackets_after_a_count_is_its_part() -> None:
    tasks = make_tasks("Giảm 45 hộ nghèo, ưu tiên hộ nghèo đồng bào Khmer", "Có thêm 6 sản phẩm OCOP đạt từ 3 sao")
    assert got(tasks, "Hộ nghèo giảm 31 hộ (Khmer 22 hộ)") == [("t1", UpdateKind.ABSOLUTE, 31.0)]
    assert got(tasks, "OCOP thêm 4 sản phẩm (3 SP 3 sao, 1 SP 4 sao)") == [("t2", UpdateKind.INCREMENT, 4.0)]


def test_sessions_are_counted() -> None:
    pledge = "Tổ chức 40 buổi chiếu phim, văn nghệ lưu động phục vụ vùng đồng bào dân tộc thiểu số"
    assert read_target(pledge)[0] == 40.0
    tasks = make_tasks(pledge)
    assert got(tasks, "chieu phim luu dong them 5 buoi o thon Cham") == [("t1", UpdateKind.INCREMENT, 5.0)]


def test_plots_moves_and_a_label_restating_the_pledge() -> None:
    assert read_target("Hoàn thiện hồ sơ đấu giá quyền sử dụng đất 12 mặt bằng quy hoạch khu dân cư")[0] == 12.0
    assert read_target("Di dời 12 cơ sở chăn nuôi heo gây ô nhiễm ra khỏi khu dân cư")[0] == 12.0
    tasks = make_tasks(
        "Di dời 12 cơ sở chăn nuôi heo gây ô nhiễm ra khỏi khu dân cư",
        "Có thêm 3 xã đạt chuẩn nông thôn mới nâng cao (Châu Hạnh, Yên Lễ, Thọ Lộc)",
        "Tổng đàn bò đạt 4.200 con",
    )
    assert got(tasks, "cơ sở heo di dời thêm 2, nâng tổng lên 8") == [("t1", UpdateKind.ABSOLUTE, 8.0)]
    # "3 xã NTMNC:" restates the pledge; what follows is one commune recognised
    assert got(tasks, "3 xã NTMNC: Châu Hạnh đã có QĐ công nhận, Yên Lễ đang hoàn thiện hồ sơ") == [
        ("t2", UpdateKind.INCREMENT, 1.0)
    ]
    # "so với báo cáo trước": what was added since the last report
    assert got(tasks, "đàn bò tăng thêm 95 con so với báo cáo trước") == [("t3", UpdateKind.INCREMENT, 95.0)]


def test_the_tasks_own_stretch_and_a_closing_step() -> None:
    tasks = make_tasks(
        "Nạo vét 2,4km kênh Thầy Cai đoạn qua ấp 5",
        "Rà soát, hệ thống hóa văn bản quy phạm pháp luật kỳ 2019-2023 của HĐND, UBND huyện",
        "Thẩm định 100% dự thảo văn bản quy phạm pháp luật trước khi trình UBND huyện ban hành",
    )
    # "đoạn qua ấp 5" typed bare is the stretch the task names, no part of it
    assert got(tasks, "kenh Thay Cai nao vet xong doan qua ap 5 roi a") == [("t1", UpdateKind.DONE, None)]
    # issuing the decision that announces the result closes the same work, no report on t3
    text = "Rà soát, hệ thống hóa VBQPPL kỳ 2019-2023 đã xong, đã ban hành QĐ công bố kết quả"
    assert got(tasks, text) == [("t2", UpdateKind.DONE, None)]


def test_ratings_halves_widths_lists_and_measures() -> None:
    assert read_target("Hoàn thành bàn giao mặt bằng tuyến đường dây 110kV đấu nối nhà máy điện gió")[0] is None
    tasks = make_tasks(
        "Trồng mới 1.500 cây xanh đô thị",  # t1
        "Làm mới 2,5 km đường nội đồng",  # t2
        "Phát triển mới 40 hộ kinh doanh",  # t3
        "Thành lập mới 10 doanh nghiệp",  # t4
        "Sản lượng lương thực đạt 42.000 tấn",  # t5
        "Sản lượng vải thiều đạt 25.000 tấn",  # t6
    )
    assert got(tasks, "Trồng cây xanh đô thị được một nửa kế hoạch") == [("t1", UpdateKind.ABSOLUTE, 750.0)]
    # "3,5m" beside a length of road is its width
    assert got(tasks, "đường nội đồng 3,5m làm được 1.500m") == [("t2", UpdateKind.ABSOLUTE, 1.5)]
    # counts listed after one "thêm" are all increments
    assert got(tasks, "them 9 ho kinh doanh, 2 DN moi") == [
        ("t3", UpdateKind.INCREMENT, 9.0),
        ("t4", UpdateKind.INCREMENT, 2.0),
    ]
    # "sản lượng" alone says the measure, not of what
    asks(tasks, "sản lượng đạt 20 nghìn tấn")


def test_files_cameras_and_map_scales() -> None:
    assert read_target("Hoàn thành số hóa hồ sơ 36 di tích đã được xếp hạng")[0] == 36.0
    assert read_target("Lập quy hoạch phân khu tỷ lệ 1/2000 khu vực ven sông")[0] is None
    tasks = make_tasks(
        "Lắp đặt 60 mắt camera giám sát an ninh trật tự",
        "Hoàn thành số hóa hồ sơ 36 di tích đã được xếp hạng",
    )
    assert got(tasks, "Camera ANTT đã lắp 38 mắt tại các TDP") == [("t1", UpdateKind.ABSOLUTE, 38.0)]
    assert got(tasks, "so hoa ho so them 5 di tich") == [("t2", UpdateKind.INCREMENT, 5.0)]


def test_participants_road_codes_and_a_kinds_own_unit_words() -> None:
    assert read_target("Nâng cấp đường huyện ĐH.32 đoạn qua xã Phú Lộc")[0] is None
    tasks = make_tasks(
        "Tổ chức 12 phiên giao dịch việc làm",  # t1
        "Giảm 45 hộ nghèo",  # t2
        "Giảm 30 hộ cận nghèo",  # t3
        "Lắp đặt đồng hồ nước sạch cho 300 hộ dân",  # t4
        "Xã Thạch Lâm đạt chuẩn nông thôn mới nâng cao",  # t5
    )
    # who took part is no count of sessions held
    assert got(tasks, "Tổ chức thêm 1 phiên giao dịch việc làm tại xã, hơn 400 LĐ tham gia") == [
        ("t1", UpdateKind.INCREMENT, 1.0)
    ]
    # "22 hộ cận nghèo": the unit's words name one task only
    assert got(tasks, "Đã giảm được 18 hộ nghèo, 22 hộ cận nghèo") == [
        ("t2", UpdateKind.ABSOLUTE, 18.0),
        ("t3", UpdateKind.ABSOLUTE, 22.0),
    ]
    # "khó về đích": not expected to finish
    assert got(tasks, "NTMNC: Thạch Lâm còn thiếu tiêu chí thu nhập, khó về đích trong năm nay") == [
        ("t5", UpdateKind.NOTE, None)
    ]


def test_a_piece_naming_a_task_by_one_syllable_is_no_note() -> None:
    tasks = make_tasks(
        "Ra mắt Tổ hợp tác du lịch cộng đồng bon Ka Sá",
        "Hoàn thành xây dựng 18 căn nhà ở cho hộ nghèo theo Chương trình MTQG 1719",
        "Xã Ia Pơ Lang đạt chuẩn nông thôn mới",
        "Thu ngân sách trên địa bàn xã đạt 3,2 tỷ đồng",
    )
    text = "Tổ du lịch cộng đồng bon Ka Sá đã ra mắt ngày 20/7, có 15 hộ tham gia"
    assert got(tasks, text) == [("t1", UpdateKind.DONE, None)]
    # an abbreviation alone still names its task
    assert got(tasks, "Thu ngân sách 2,9 tỷ; NTM đang chờ tỉnh thẩm định") == [
        ("t4", UpdateKind.ABSOLUTE, 2.9),
        ("t3", UpdateKind.NOTE, None),
    ]


def test_resettlement_is_no_intention() -> None:
    tasks = make_tasks("Di dời 18 hộ dân vùng sạt lở bờ biển đến nơi ở an toàn")
    moved = "Đã di dời 11/18 hộ vùng sạt lở bờ biển đến khu tái định cư"
    assert got(tasks, moved) == [("t1", UpdateKind.ABSOLUTE, 11.0)]


def test_floors_capacities_and_age_ranges_are_no_targets() -> None:
    assert read_target("Xây dựng nhà lớp học 3 tầng trường THCS thị trấn")[0] is None
    assert read_target("Xây dựng nhà máy nước công suất 2.000m3/ngày đêm")[0] is None
    tasks = make_tasks("Tỷ lệ trẻ 6-14 tuổi ra lớp đạt 99%", "Xây dựng nhà lớp học 3 tầng trường THCS thị trấn")
    assert got(tasks, "Trẻ 6-14 tuổi ra lớp đạt 98,7%") == [("t1", UpdateKind.ABSOLUTE, 98.7)]
    assert got(tasks, "truong THCS: nha 3 tang da nghiem thu dua vao su dung") == [("t2", UpdateKind.DONE, None)]


def test_in_official_operation_either_way_round() -> None:
    tasks = make_tasks("Đưa Bộ phận Một cửa hiện đại cấp huyện vào hoạt động")
    assert got(tasks, "Bộ phận Một cửa hiện đại đã vận hành chính thức từ 1/7") == [("t1", UpdateKind.DONE, None)]


def test_a_lone_capital_ends_a_place_name() -> None:
    tasks = make_tasks(
        "Hỗ trợ 200 con bò giống sinh sản cho hộ nghèo",
        "Xây dựng 2 mô hình bảo tồn văn hóa cồng chiêng tại buôn Kon B và plei Rơng",
    )
    assert got(tasks, "bo giong cap them 25 con cho buon Kon B") == [("t1", UpdateKind.INCREMENT, 25.0)]


def test_the_capital_of_projects_just_counted_is_no_money_reported() -> None:
    tasks = make_tasks(
        "Giải ngân 250 tỷ đồng vốn đầu tư công",
        "Thu hút mới 4 dự án đầu tư vào cụm công nghiệp",
    )
    assert got(tasks, "CCN thu hút thêm 2 dự án chế biến nông sản, tổng vốn 120 tỷ") == [
        ("t2", UpdateKind.INCREMENT, 2.0)
    ]
    # the disbursement said on its own still counts
    assert got(tasks, "giải ngân vốn đầu tư công được 120 tỷ") == [("t1", UpdateKind.ABSOLUTE, 120.0)]


def test_those_fined_are_part_of_those_checked() -> None:
    tasks = make_tasks(
        "Kiểm tra an toàn thực phẩm tại 120 cơ sở sản xuất, kinh doanh",
        "Tiêm chủng đầy đủ cho trên 95% trẻ dưới 1 tuổi",
    )
    assert got(tasks, "Kiểm tra ATTP được 64 cơ sở, xử phạt 5 cơ sở vi phạm") == [("t1", UpdateKind.ABSOLUTE, 64.0)]
    assert got(tasks, "Kiểm tra được 64 cơ sở, xử phạt 5 cơ sở") == [("t1", UpdateKind.ABSOLUTE, 64.0)]
    assert got(tasks, "kiem tra them 9 co so, phat hien 2 co so vi pham") == [("t1", UpdateKind.INCREMENT, 9.0)]


def test_what_is_left_is_a_level_never_the_size_of_a_cut() -> None:
    tasks = make_tasks(
        "Tỷ lệ hộ nghèo toàn xã giảm còn dưới 6%",
        "Tỷ lệ hộ nghèo đồng bào dân tộc thiểu số giảm ít nhất 2,5%",
    )
    assert got(tasks, "ho ngheo con 6,4%") == [("t1", UpdateKind.ABSOLUTE, 6.4)]
    # a cut said as one stays the other task's
    assert got(tasks, "hộ nghèo đồng bào DTTS đã giảm 1,2%") == [("t2", UpdateKind.ABSOLUTE, 1.2)]


def test_a_plus_before_a_label_is_an_increment_not_the_pledge_restated() -> None:
    tasks = make_tasks(
        "Kiểm tra việc thực hiện chính sách dân tộc tại 12 xã",
        "Xây dựng 2 mô hình bảo tồn văn hóa cồng chiêng",
    )
    assert got(tasks, "kiem tra CSDT +2 xa: Dak Ro, Ia Pa") == [("t1", UpdateKind.INCREMENT, 2.0)]


def test_a_word_that_is_no_vietnamese_syllable_is_half_of_no_compound() -> None:
    tasks = make_tasks(
        "Sản xuất chè theo tiêu chuẩn VietGAP đạt 40ha",
        "Trồng mới, trồng thay thế chè bằng giống mới 15ha",
        "Có 2 sản phẩm chè đạt chứng nhận OCOP 4 sao",
    )
    assert got(tasks, "Thêm 3ha chè được cấp chứng nhận VietGAP") == [("t1", UpdateKind.INCREMENT, 3.0)]


def test_work_finished_on_a_rate_task_is_asked() -> None:
    tasks = make_tasks(
        "Tỷ lệ người dân tham gia bảo hiểm y tế đạt 94%",
        "Thu ngân sách nhà nước đạt 20 tỷ đồng",
    )
    result = parse_message(tasks, "Trạm y tế xã đã sửa chữa xong")
    assert result.updates == () and result.status is ParseStatus.AMBIGUOUS
    # the rate itself is still recorded
    assert got(tasks, "BHYT đạt 91,5%") == [("t1", UpdateKind.ABSOLUTE, 91.5)]


def test_on_the_territory_alone_names_no_task() -> None:
    tasks = make_tasks(
        "Thu ngân sách nhà nước trên địa bàn đạt 60 tỷ đồng",
        "Tỷ lệ hộ nghèo giảm còn dưới 5%",
    )
    result = parse_message(tasks, "Đã hoàn thành tiêm vắc xin sởi cho trẻ em trên địa bàn huyện")
    assert result.updates == ()


def test_carrying_out_to_completion_is_no_action_of_its_own() -> None:
    tasks = make_tasks(
        "Thực hiện hoàn thành 32,5km đường giao thông nông thôn, mặt đường rộng từ 3,5m trở lên",
        "Cứng hóa 12km đường giao thông nội đồng",
        "Thu ngân sách nhà nước đạt 186 tỷ đồng",
    )
    result = parse_message(tasks, "được 5km đường")
    assert result.updates == () and result.status is ParseStatus.AMBIGUOUS


def test_a_bare_count_with_only_words_any_standard_shares_is_asked() -> None:
    tasks = make_tasks(
        "Có thêm 3 trường học được công nhận đạt chuẩn quốc gia",
        "Có thêm 5 sản phẩm đạt chứng nhận OCOP từ 3 sao",
        "Thu ngân sách nhà nước đạt 900 tỷ đồng",
    )
    result = parse_message(tasks, "vừa được công nhận thêm 1")
    assert result.updates == () and result.status is ParseStatus.AMBIGUOUS
    assert got(tasks, "trường chuẩn quốc gia: công nhận thêm 1") == [("t1", UpdateKind.INCREMENT, 1.0)]


def test_a_rate_said_with_only_the_task_verb_is_no_share_of_its_plan() -> None:
    tasks = make_tasks(
        "Nâng cấp, mở rộng 6,2km tuyến đường huyện ĐH.08",
        "Thu ngân sách nhà nước đạt 90 tỷ đồng",
    )
    result = parse_message(tasks, "Tiêm chủng mở rộng toàn huyện đạt 97%")
    assert result.updates == () and result.status is ParseStatus.AMBIGUOUS
    assert got(tasks, "mở rộng đường ĐH.08 đạt 50%") == [("t1", UpdateKind.ABSOLUTE, 3.1)]


def test_what_a_running_total_is_said_of_names_no_other_task() -> None:
    tasks = make_tasks(
        "Sản xuất muối đạt 4.000 tấn",
        "Sản lượng nuôi trồng thủy sản đạt 2.500 tấn",
    )
    assert got(tasks, "muối thêm 300 tấn trong tuần, nâng tổng sản lượng lên 2.100 tấn") == [
        ("t1", UpdateKind.ABSOLUTE, 2100.0)
    ]


def test_the_tu_of_investment_makes_no_date() -> None:
    tasks = make_tasks(
        "Thu hút 3 dự án đầu tư vào Khu công nghiệp",
        "Thu ngân sách nhà nước đạt 90 tỷ đồng",
    )
    assert got(tasks, "Thu hút đầu tư KCN: 2/3 dự án") == [("t1", UpdateKind.ABSOLUTE, 2.0)]
    assert find_numbers(fold(clean("từ 2/3 đến nay")))[0].excluded == "ngày"


def test_a_report_counting_another_known_thing_is_asked_not_noted() -> None:
    tasks = make_tasks(
        "Giảm ít nhất 25 hộ nghèo",
        "Thu ngân sách nhà nước đạt 30 tỷ đồng",
    )
    result = parse_message(tasks, "Đã trao 5 căn nhà tình thương cho hộ nghèo")
    assert result.updates == () and result.status is ParseStatus.AMBIGUOUS
    # what is still to come stays a note
    assert got(tasks, "hộ nghèo: đang làm 3 căn nhà, chưa bàn giao") == [("t1", UpdateKind.NOTE, None)]


def test_a_rate_left_on_a_count_task_is_asked() -> None:
    tasks = make_tasks(
        "Giảm ít nhất 300 hộ nghèo",
        "Đưa 50 lao động đi làm việc ở nước ngoài theo hợp đồng",
    )
    result = parse_message(tasks, "Hộ nghèo giảm còn 1,2%")
    assert result.updates == () and result.status is ParseStatus.AMBIGUOUS
    assert got(tasks, "hộ nghèo giảm được 120 hộ") == [("t1", UpdateKind.ABSOLUTE, 120.0)]


def test_the_near_poor_are_not_the_poor() -> None:
    tasks = make_tasks(
        "Giảm ít nhất 25 hộ nghèo",
        "Xây dựng 3 cây cầu dân sinh",
    )
    result = parse_message(tasks, "Hộ cận nghèo giảm được 9 hộ")
    assert result.updates == () and result.status is ParseStatus.AMBIGUOUS
    assert got(tasks, "ho ngheo giam duoc 9 ho") == [("t1", UpdateKind.ABSOLUTE, 9.0)]


def test_files_pledged_are_files_not_lakes() -> None:
    from bot.parsing.units import parse_unit

    unit = parse_unit("hồ sơ hộ tịch")
    assert unit is not None and unit.group.startswith("ho so")
    unit = parse_unit("hồ chứa")
    assert unit is not None and unit.group == "ho chua"


def test_the_same_verb_done_to_another_thing_counted_is_asked() -> None:
    tasks = make_tasks(
        "Vận động 40 tàu cá có công suất từ 90CV trở lên lắp đặt thiết bị giám sát hành trình",
        "Thu ngân sách nhà nước đạt 30 tỷ đồng",
    )
    result = parse_message(tasks, "Đã lắp đặt camera an ninh tại 4 thôn")
    assert result.updates == () and result.status is ParseStatus.AMBIGUOUS
    assert got(tasks, "lắp đặt thiết bị giám sát thêm 5 tàu") == [("t1", UpdateKind.INCREMENT, 5.0)]


def test_a_bound_the_pledge_sets_is_no_figure_in_a_message() -> None:
    tasks = make_tasks(
        "Lắp đặt thiết bị giám sát hành trình (VMS) cho 100% tàu cá có chiều dài từ 15m trở lên",
        "Không để tàu cá của xã vi phạm khai thác bất hợp pháp (IUU) ở vùng biển nước ngoài",
    )
    assert got(tasks, "Tàu cá 15m trở lên lắp VMS đạt 96%") == [("t1", UpdateKind.ABSOLUTE, 96.0)]


def test_vms_reads_in_full() -> None:
    tasks = make_tasks(
        "Lắp đặt thiết bị giám sát hành trình cho 60 tàu cá",
        "Không để tàu cá vi phạm khai thác bất hợp pháp ở vùng biển nước ngoài",
        "Hỗ trợ 20 tàu cá đóng mới",
    )
    assert got(tasks, "VMS thêm 4 tàu") == [("t1", UpdateKind.INCREMENT, 4.0)]
    assert got(tasks, "IUU: chưa phát hiện vi phạm") == [("t2", UpdateKind.NOTE, None)]


def test_why_a_figure_was_wrong_in_brackets_is_no_figure() -> None:
    tasks = make_tasks(
        "Tuyên truyền, vận động thành lập mới 80 doanh nghiệp",
        "Thu ngân sách nhà nước đạt 30 tỷ đồng",
    )
    text = "Điều chỉnh lại: DN thành lập mới là 58 chứ không phải 61 như báo cáo hôm trước (trùng 3 DN chuyển địa điểm)"
    assert got(tasks, text) == [("t1", UpdateKind.ABSOLUTE, 58.0)]


def test_one_more_says_new_as_much_as_moi_does() -> None:
    tasks = make_tasks(
        "Công nhận mới 5 trường đạt chuẩn quốc gia",
        "Công nhận lại 4 trường đạt chuẩn quốc gia sau 5 năm",
    )
    result = parse_message(tasks, "thêm 1 trường đạt chuẩn quốc gia")
    assert result.updates == () and result.status is ParseStatus.AMBIGUOUS


def test_a_bare_rate_two_tasks_hold_every_word_of_is_asked() -> None:
    tasks = make_tasks(
        "Vận động 64 hộ dân bàn giao mặt bằng dự án đường tỉnh ĐT.458",
        "Chi trả tiền bồi thường, hỗ trợ giải phóng mặt bằng dự án đường tỉnh ĐT.458 đạt 27,5 tỷ đồng",
    )
    result = parse_message(tasks, "GPMB ĐT458 đạt 80%")
    assert result.updates == () and result.status is ParseStatus.AMBIGUOUS
    assert got(tasks, "GPMB ĐT458: chi trả đạt 80% kế hoạch") == [("t2", UpdateKind.ABSOLUTE, 22.0)]


def test_a_word_before_a_compound_a_pledge_spells_is_not_glued_to_it() -> None:
    tasks = make_tasks(
        "Mở rộng diện tích cây vụ đông đạt 150ha",
        "Xây dựng vùng sản xuất rau màu xuất khẩu 60ha",
    )
    # "rau" stands beside "vụ đông", a compound of its own: it still names the vegetables task, so two tasks fit
    result = parse_message(tasks, "rau vụ đông thêm 12ha")
    assert result.updates == () and result.status is ParseStatus.AMBIGUOUS
    assert got(tasks, "cây vụ đông thêm 12ha") == [("t1", UpdateKind.INCREMENT, 12.0)]


def test_a_product_rated_ocop_is_the_ocop_task_whatever_it_is_made_of() -> None:
    tasks = make_tasks(
        "Trồng mới 60 ha chè Shan tuyết",
        "Có 2 sản phẩm chè đạt chứng nhận OCOP từ 3 sao trở lên",
        "Giải quyết việc làm cho 70 lao động",
    )
    assert got(tasks, "Chè Shan tuyết đạt OCOP 4 sao") == [("t2", UpdateKind.INCREMENT, 1.0)]
    assert got(tasks, "chè Shan tuyết trồng mới thêm 5ha") == [("t1", UpdateKind.INCREMENT, 5.0)]


def test_a_share_of_the_plan_said_of_nothing_is_asked() -> None:
    tasks = make_tasks(
        "Giải ngân đạt trên 95% kế hoạch vốn đầu tư công năm 2024",
        "Thu ngân sách nhà nước trên địa bàn đạt 285 tỷ đồng",
        "Nâng cấp, mở rộng 18 km đường giao thông nông thôn",
        "Tỷ lệ hộ nghèo giảm còn dưới 1,2%",
        "Tỷ lệ dân số tham gia bảo hiểm y tế đạt trên 93%",
        "Xây dựng mới 12 cầu giao thông nông thôn",
    )
    result = parse_message(tasks, "đạt 80% kế hoạch")
    assert result.updates == () and result.status is ParseStatus.AMBIGUOUS
    assert got(tasks, "giải ngân đạt 80% kế hoạch") == [("t1", UpdateKind.ABSOLUTE, 80.0)]


def test_a_rate_said_of_nothing_but_ty_le_is_asked() -> None:
    tasks = make_tasks(
        "Tỷ lệ tàu cá ghi nhật ký khai thác điện tử đạt trên 60%",
        "Thả nuôi tôm thẻ chân trắng trên diện tích 85ha",
        "Thu ngân sách nhà nước đạt 9 tỷ đồng",
    )
    result = parse_message(tasks, "tỷ lệ đạt 100%")
    assert result.updates == () and result.status is ParseStatus.AMBIGUOUS
    assert got(tasks, "nhật ký khai thác điện tử đạt 72%") == [("t1", UpdateKind.ABSOLUTE, 72.0)]


def test_one_listed_product_rated_while_another_waits_is_one_more() -> None:
    tasks = make_tasks(
        "Có 2 sản phẩm đạt OCOP 3 sao (bưởi da xanh, mật ong rừng)",
        "Thu ngân sách nhà nước đạt 9 tỷ đồng",
    )
    text = "OCOP: bưởi da xanh đạt 3 sao rồi, mật ong rừng đang chờ huyện thẩm định"
    assert got(tasks, text) == [("t1", UpdateKind.INCREMENT, 1.0)]


def test_waiting_on_an_approval_the_pledge_does_not_ask_for_is_the_next_step() -> None:
    tasks = make_tasks(
        "Hoàn thành rà soát hộ nghèo, hộ cận nghèo năm 2024",
        "Xã đạt chuẩn nông thôn mới nâng cao",
        "Thu ngân sách nhà nước đạt 9 tỷ đồng",
    )
    text = "Đã hoàn thành rà soát hộ nghèo, hộ cận nghèo năm 2024, đang chờ huyện thẩm định kết quả"
    assert got(tasks, text) == [("t1", UpdateKind.DONE, None)]
    # the standard is the awaited recognition itself: still a note
    text = "Xã đã hoàn thành 19/19 tiêu chí NTM nâng cao, đang chờ tỉnh thẩm định công nhận"
    assert got(tasks, text) == [("t2", UpdateKind.NOTE, None)]
    # the recognition had, a ceremony awaited: done
    text = "Xã đã được công nhận NTM nâng cao, đang chờ huyện tổ chức lễ đón bằng"
    assert got(tasks, text) == [("t2", UpdateKind.DONE, None)]


def test_where_an_amount_came_from_is_its_detail() -> None:
    tasks = make_tasks(
        "Thu ngân sách nhà nước trên địa bàn phường đạt 18,5 tỷ đồng",
        "Chi thường xuyên ngân sách phường không quá 12,4 tỷ đồng",
        "Chỉnh trang, lát đá 2,4km vỉa hè đường Nguyễn Tất Thành",
        "Tỷ lệ hộ gia đình đăng ký thu gom rác thải sinh hoạt đạt 95%",
        "Xây dựng 2 tuyến phố văn minh đô thị",
        "Vận động 150 hộ kinh doanh ven biển ký cam kết giữ gìn vệ sinh môi trường",
    )
    assert got(tasks, "thu ngan sach phuong them 850tr tu phi trong giu xe") == [("t1", UpdateKind.INCREMENT, 0.85)]


def test_an_opening_said_with_an_abbreviation_settles_a_tie() -> None:
    tasks = make_tasks(
        "Thu ngân sách nhà nước trên địa bàn phường đạt 18,5 tỷ đồng",
        "Chi thường xuyên ngân sách phường không quá 12,4 tỷ đồng",
        "Xây dựng 2 tuyến phố văn minh đô thị",
    )
    assert got(tasks, "Thu NS phường 12,6 tỷ, bằng 68% dự toán") == [("t1", UpdateKind.ABSOLUTE, 12.6)]


def test_a_season_is_when_and_xk_clc_read_in_full() -> None:
    tasks = make_tasks(
        "Mở rộng diện tích sản xuất lúa chất lượng cao đạt 12.000 ha",
        "Xây dựng vùng sản xuất rau màu xuất khẩu (cải bắp, su hào) 60ha",
        "Trồng mới 300 ha xoài cát chu",
        "Giải quyết việc làm cho 900 lao động",
    )
    assert got(tasks, "lua CLC them 600ha vu Thu Dong") == [("t1", UpdateKind.INCREMENT, 600.0)]
    assert got(tasks, "Rau XK (bắp cải, su hào) trồng được 42ha") == [("t2", UpdateKind.ABSOLUTE, 42.0)]


def test_the_word_closing_a_phrase_of_work_done_is_no_half_compound() -> None:
    tasks = make_tasks(
        "Đưa điện lưới quốc gia đến 12 thôn, bản chưa có điện",
        "Cứng hóa 6,5 km đường giao thông nông thôn",
        "Giải quyết việc làm cho 70 lao động",
    )
    assert got(tasks, "Tính đến 30/9 đã đóng điện cho 10/12 thôn, bản") == [("t1", UpdateKind.ABSOLUTE, 10.0)]


def test_an_unaccented_cho_does_not_hold_back_another_count() -> None:
    tasks = make_tasks(
        "Thành lập mới 5 hợp tác xã nông nghiệp",
        "Mở rộng diện tích lúa chất lượng cao đạt 12.000 ha",
    )
    result = parse_message(tasks, "GQVL cho 40 LĐ qua HTX")
    assert result.updates == () and result.status is ParseStatus.AMBIGUOUS


def test_leaving_poverty_is_the_poor_households_cut() -> None:
    tasks = make_tasks(
        "Giảm 40 hộ nghèo đồng bào dân tộc thiểu số",
        "Giảm 20 hộ cận nghèo",
        "Hoàn thành xây dựng 18 căn nhà ở cho hộ nghèo",
        "Trồng mới 15ha chè cành chất lượng cao",
    )
    assert got(tasks, "Thoát nghèo thêm 6 hộ ở bon Ka Sá") == [("t1", UpdateKind.INCREMENT, 6.0)]
    # typed without marks, never the houses' figure
    assert ("t2", UpdateKind.INCREMENT, 6.0) not in got(tasks, "thoat ngheo them 6 ho")
