"""Round 24: what session sixteen found. Wording is our own.

"thêm 26 hộ kinh doanh và 4 doanh nghiệp mới" wrote the firms as a total: the "thêm" was shared across "và" only by
counts of the same thing, though a comma shared it across any counts; nor was it shared by an area and a count
("trồng thêm 120ha rừng và 8.000 cây phân tán"). In "thêm 4 DN mới và 26 hộ kinh doanh" the next item did not open at
the "và", as "mới" stood between the figure and it. "tiêm phòng LMLM xong đợt 1, đạt 84% tổng đàn" wrote 84% of the
herd task's target: the tail, a rate after a note on the task pledged as a rate, stood apart as a share of the herd
another task counts. "nhà ĐĐK: đã giải ngân 450 triệu, bàn giao được 12 căn" wrote 450 million to "Thu ngân sách nhà
nước": "nhà" was read as that task's word, though the abbreviation after it spells the "nhà Đại đoàn kết" of another
pledge, a compound of its own (as "nhà thầu" is); a school counted by "trường đạt chuẩn" is still any "Trường TH …".
"HTX … đã được cấp giấy ĐKKD ngày 5/7, nâng số HTX thành lập mới lên 2" wrote 2 to "Cấp giấy chứng nhận đăng ký cho
250 hộ kinh doanh thành lập mới": the total that names what it counts was read with the news before it, which alone
fits no task for sure. "Đã giải ngân được 72% vốn ĐTC" wrote 72% of "Tham mưu thu hồi 4.200 triệu đồng tạm ứng vốn
đầu tư quá hạn": capital paid out is no capital recovered, raised or attracted (a loan is paid out, though: "Vay vốn
ưu đãi: 26 hộ … được giải ngân"). "Xong 2 việc rồi nhé" kept a note on "Xử lý kịp thời các vụ việc vi phạm lâm luật":
"việc", any piece of work, named that task. "xa Hai Quy dang hoan thien ho so NTMNC" kept a note on "Hoàn thành hồ sơ
đề nghị công nhận huyện Hải Lăng đạt chuẩn nông thôn mới", not on "… 3 xã đạt chuẩn nông thôn mới nâng cao (Hải
Phong, Hải Định, Hải Quy)": typed without marks, "Hai Quy" was read as "hai" (two) and "quy", not as the place the
pledge lists; a place's two words typed so are now read as the pledge spells them (not a school's name, which may be
the ward's own). "thôn 3 xã Thọ Tân được công nhận thôn NTM kiểu mẫu" wrote 2 villages: the commune after a village
named by its number says where it stands, as it does after a village named by its name. "Đại hội TDTT huyện: đã tổ
chức 12/15 môn thi đấu" said the congress held: some of a whole counted in a noun no unit names is work in part,
unless the sender says it finished ("đã tổ chức xong kỳ thi …, tuyển được 17/19 chỉ tiêu"). "xã Tân Tri đã đạt chuẩn
NTM kiểu mẫu" wrote one more commune to "… 2 xã đạt chuẩn nông thôn mới nâng cao", and "Glar vừa được công nhận xã
NTM nâng cao" one more to "… 2 xã đạt chuẩn nông thôn mới": a tier of the standard the task does not pledge is
another title; it is asked. "Tỷ lệ hộ nghèo 1,7%" wrote 1.7% to "Tỷ lệ hộ gia đình đạt danh hiệu gia đình văn hóa":
only the generic "tỷ lệ hộ" was the task's, while "nghèo", held by no task of the sender, says what the rate is of;
such a figure is asked (words in brackets list examples and do not count). This asks "Giao quân đạt 100% chỉ tiêu" on
"Tuyển chọn và gọi công dân nhập ngũ …" too, which only "chỉ tiêu" had named. "dang them 52 tin, bai trong thang 9"
kept a note: the bare "dang" was read as "đang" (in progress), though before "thêm" and a figure it is "đăng"
(posted). "Đã hoàn thành chi trả trợ cấp ưu đãi NCC cả năm 2024, không để chậm trễ tháng nào" kept a note: "chậm"
(late) was read as a negation, though "không để chậm" rules the delay out. "Hoàn thành bồi thường, giải phóng mặt
bằng dự án nâng cấp, mở rộng Đường huyện 31" was read as a pledge of 31: the number of a district road, like that of
a provincial one ("đường tỉnh 741"), is its name; two reports on it wrote 31 and 85% of 31. "Xã Hồng Quang đã được
UBND tỉnh công nhận đạt chuẩn NTMNC" said done "Hoàn thành hồ sơ đề nghị công nhận huyện đạt chuẩn nông thôn mới nâng
cao": a commune named reaching the standard is no district reaching it; it is asked. "Phiên GDVL thứ 3 đã tổ chức
xong, hoàn thành KH 3 phiên" wrote one more session: "hoàn thành KH", the plan typed short, says the whole task
reached as "hoàn thành kế hoạch" does. "BHYT 97,1% còn thiếu hơn 100 người chưa mua" kept a note: "chưa" after "còn"
held the figure back, though "còn" right after a figure reached opens what is left, as a comma would ("2 cầu còn lại
đang thi công" still counts what is left)."""

from __future__ import annotations

from parse_helpers import asks, make_tasks
from parse_helpers import updates_of as got

from bot.models import UpdateKind

INC, ABS, NOTE = UpdateKind.INCREMENT, UpdateKind.ABSOLUTE, UpdateKind.NOTE

BUSINESS = make_tasks(
    "Thành lập mới 60 doanh nghiệp trên địa bàn huyện",  # t1
    "Cấp giấy chứng nhận đăng ký hộ kinh doanh cho 350 hộ",  # t2
    "Thu tiền sử dụng đất đạt 120 tỷ đồng",  # t3
)


def test_one_them_is_shared_by_counts_of_different_things_joined_by_and() -> None:
    for text in ("thêm 26 hộ kinh doanh và 4 doanh nghiệp mới", "them 26 ho kinh doanh va 4 doanh nghiep moi"):
        assert got(BUSINESS, text) == [("t2", INC, 26.0), ("t1", INC, 4.0)], text
    for text in ("thêm 4 doanh nghiệp mới và 26 hộ kinh doanh", "thêm 4 DN mới và 26 hộ kinh doanh"):
        assert got(BUSINESS, text) == [("t1", INC, 4.0), ("t2", INC, 26.0)], text


FOREST = make_tasks("Trồng mới 400ha rừng tập trung", "Trồng 50.000 cây xanh phân tán", "Tỷ lệ che phủ rừng đạt 55%")


def test_one_them_is_shared_by_an_area_and_a_count() -> None:
    assert got(FOREST, "trồng thêm 120ha rừng và 8.000 cây phân tán") == [("t1", INC, 120.0), ("t2", INC, 8000.0)]


HERD = make_tasks(
    "Tổng đàn gia súc đạt 68.000 con",  # t1
    "Tiêm phòng vắc xin lở mồm long móng cho trên 80% đàn gia súc",  # t2
    "Trồng mới 350ha rừng",  # t3
)


def test_a_rate_after_a_note_on_a_rate_task_is_that_tasks_rate() -> None:
    for text in (
        "tiêm phòng lở mồm long móng xong đợt 1, đạt 84% tổng đàn, vượt KH",
        "tiem phong lo mom long mong xong dot 1, dat 84% tong dan",
    ):
        assert got(HERD, text) == [("t2", ABS, 84.0)], text
    # the herd's own figure still goes to the herd
    assert got(HERD, "tổng đàn gia súc đạt 61.500 con") == [("t1", ABS, 61500.0)]


HOUSES = make_tasks(
    "Thu ngân sách nhà nước đạt 8,6 tỷ đồng",  # t1
    "Giải quyết việc làm cho 150 lao động",  # t2
    "Xây dựng 15 căn nhà Đại đoàn kết cho hộ nghèo, hộ cận nghèo",  # t3
)


def test_an_abbreviation_after_a_word_spells_another_pledges_compound() -> None:
    assert got(HOUSES, "nhà ĐĐK: đã giải ngân 450 triệu, bàn giao được 12 căn") == [("t3", ABS, 12.0)]
    asks(HOUSES, "nhà ĐĐK: đã giải ngân 450 triệu")
    assert got(HOUSES, "thu NS nhà nước đạt 5 tỷ") == [("t1", ABS, 5.0)]


SCHOOLS = make_tasks(
    "Có thêm 4 trường đạt chuẩn quốc gia",  # t1
    "Khánh thành, đưa vào sử dụng Trường Tiểu học Bưng Thốt B",  # t2
    "Sửa chữa 24 phòng học xuống cấp",  # t3
)


def test_a_school_named_by_its_kind_is_still_one_of_the_schools_counted() -> None:
    assert got(SCHOOLS, "Trường TH Tà Liêm A được công nhận đạt chuẩn quốc gia mức độ 1") == [("t1", INC, 1.0)]


FOUNDED = make_tasks(
    "Thu ngân sách nhà nước trên địa bàn đạt 95 tỷ đồng",  # t1
    "Cấp giấy chứng nhận đăng ký cho 250 hộ kinh doanh thành lập mới",  # t2
    "Thành lập mới 25 doanh nghiệp",  # t3
    "Thành lập mới 3 hợp tác xã",  # t4
)


def test_a_total_naming_what_it_counts_outweighs_the_unsure_news_before_it() -> None:
    text = "HTX NN DV Hà Mòn đã được cấp giấy ĐKKD ngày 5/7, nâng số HTX thành lập mới lên 2"
    assert got(FOUNDED, text) == [("t4", ABS, 2.0)]
    assert got(FOUNDED, "cấp giấy ĐKKD cho 12 hộ kinh doanh, nâng tổng số lên 130") == [("t2", ABS, 130.0)]


CAPITAL = make_tasks(
    "Tham mưu thu hồi 4.200 triệu đồng tạm ứng vốn đầu tư quá hạn",  # t1
    "Giải quyết việc làm cho 150 lao động",  # t2
)
RAISING = make_tasks("Thu hút vốn đầu tư trong nước đạt 3.500 tỷ đồng", "Giải quyết việc làm cho 150 lao động")


def test_capital_paid_out_is_asked_beside_tasks_that_recover_or_raise_capital() -> None:
    for text in ("Đã giải ngân được 72% vốn ĐTC", "Giải ngân vốn đầu tư đạt 1.200 triệu", "giai ngan von DTC dat 72%"):
        asks(CAPITAL, text)
        asks(RAISING, text)
    assert got(CAPITAL, "thu hồi tạm ứng vốn đầu tư quá hạn được 1.500 triệu") == [("t1", ABS, 1500.0)]


LOANS = make_tasks("Giải quyết cho 40 hộ nghèo vay vốn ưu đãi", "Tỷ lệ hộ nghèo giảm còn dưới 3%")


def test_a_loan_paid_out_is_still_the_lending_tasks() -> None:
    assert got(LOANS, "Vay vốn ưu đãi: 26 hộ nghèo được giải ngân") == [("t1", ABS, 26.0)]


DUTIES = make_tasks(
    "Xử lý kịp thời các vụ việc vi phạm lâm luật",  # t1
    "Trồng 8ha cây dược liệu (tam thất, đương quy)",  # t2
    "Bê tông hóa 1.200m đường ngõ, xóm",  # t3
)
JOBS = make_tasks("Giải quyết việc làm cho 150 lao động", "Xử lý kịp thời các vụ việc vi phạm lâm luật")


def test_any_piece_of_work_names_no_task() -> None:
    for text in ("Xong 2 việc rồi nhé", "xong viec roi a"):
        assert got(DUTIES, text) == [], text
    assert got(JOBS, "giải quyết việc làm thêm 12 lao động") == [("t1", INC, 12.0)]


NAMED_PLACES = make_tasks(
    "Được công nhận thêm 3 xã đạt chuẩn nông thôn mới nâng cao (Hải Phong, Hải Định, Hải Quy)",  # t1
    "Hoàn thành hồ sơ đề nghị công nhận huyện Hải Lăng đạt chuẩn nông thôn mới",  # t2
    "Có ít nhất 6 sản phẩm OCOP đạt từ 3 sao trở lên",  # t3
)


def test_a_listed_place_typed_without_marks_is_the_place() -> None:
    for text in ("xa Hai Quy dang hoan thien ho so NTMNC, cho tinh tham dinh", "xa Hai Dinh: dang lam ho so NTMNC"):
        assert got(NAMED_PLACES, text) == [("t1", NOTE, None)], text


MODEL_VILLAGES = make_tasks(
    "Hướng dẫn, thẩm định hồ sơ 4 xã đề nghị công nhận đạt chuẩn nông thôn mới nâng cao",  # t1
    "Xây dựng 6 thôn đạt chuẩn nông thôn mới kiểu mẫu",  # t2
    "Trồng mới 120ha rừng tập trung",  # t3
)


def test_a_village_named_by_its_number_and_then_its_commune_is_one_village() -> None:
    for text in (
        "thôn 3 xã Thọ Tân được công nhận thôn NTM kiểu mẫu",
        "thon 3 xa Tho Tan duoc cong nhan thon NTM kieu mau",
    ):
        assert got(MODEL_VILLAGES, text) == [("t2", INC, 1.0)], text
    assert got(MODEL_VILLAGES, "thôn 3 và thôn Đông được công nhận thôn NTM kiểu mẫu") == [("t2", INC, 2.0)]


CONGRESS = make_tasks(
    "Tổ chức thành công Đại hội Thể dục thể thao huyện lần thứ X năm 2024",  # t1
    "Tỷ lệ hộ nghèo giảm còn dưới 1,2%",  # t2
    "Tổ chức thi tuyển công chức cấp xã năm 2024",  # t3
)


def test_some_of_a_whole_held_is_work_in_part_on_a_task_without_a_figure() -> None:
    assert got(CONGRESS, "Đại hội TDTT huyện: đã tổ chức 12/15 môn thi đấu") == [("t1", NOTE, None)]
    assert got(CONGRESS, "Đại hội TDTT huyện: đã tổ chức 15/15 môn thi đấu") == [("t1", UpdateKind.DONE, None)]
    text = "Đã tổ chức xong kỳ thi tuyển công chức cấp xã năm 2024, tuyển được 17/19 chỉ tiêu"
    assert got(CONGRESS, text) == [("t3", UpdateKind.DONE, None)]


ADVANCED = make_tasks(
    "Được công nhận thêm 2 xã đạt chuẩn nông thôn mới nâng cao (Vũ Lễ, Chiến Thắng)",  # t1
    "Trồng rừng tập trung 1.200 ha",  # t2
)
BASIC = make_tasks("Được công nhận 2 xã đạt chuẩn nông thôn mới (Hà Bầu, Ia Pết)", "Trồng mới 450ha rừng tập trung")


def test_another_tier_of_the_new_countryside_standard_is_asked() -> None:
    asks(ADVANCED, "xã Tân Tri đã đạt chuẩn NTM kiểu mẫu")
    asks(BASIC, "Glar vừa được công nhận xã NTM nâng cao")
    asks(BASIC, "xa Glar duoc cong nhan NTMNC")
    # the tier pledged, said in full or short, is the task's
    assert got(ADVANCED, "xã Vũ Lễ đã được công nhận đạt chuẩn NTM nâng cao") == [("t1", INC, 1.0)]
    assert got(ADVANCED, "Chiến Thắng đạt chuẩn NTMNC") == [("t1", INC, 1.0)]
    assert got(BASIC, "xã Hà Bầu được công nhận đạt chuẩn NTM") == [("t1", INC, 1.0)]


CULTURE = make_tasks(
    "Tỷ lệ hộ gia đình đạt danh hiệu gia đình văn hóa từ 90% trở lên",  # t1
    "Tỷ lệ thôn, tổ dân phố đạt danh hiệu văn hóa đạt 85%",  # t2
    "Tu bổ, tôn tạo 3 di tích đã được xếp hạng",  # t3
)
MODELS = make_tasks("Xây dựng 5 mô hình ứng dụng công nghệ cao", "Trồng mới 200ha rừng")


def test_a_figure_named_only_by_generic_words_beside_a_word_no_task_holds_is_asked() -> None:
    for text in ("Tỷ lệ hộ nghèo 1,7%", "Tỷ lệ hộ nghèo còn 1,7%"):
        asks(CULTURE, text)
    assert got(CULTURE, "Tỷ lệ hộ GĐVH đạt 91%") == [("t1", ABS, 91.0)]
    text = "Mô hình ƯDCNC: đã xây dựng 3 mô hình (nhà màng dưa lưới, tưới nhỏ giọt sầu riêng)"
    assert got(MODELS, text) == [("t1", ABS, 3.0)]


NEWS = make_tasks(
    "Đăng tải 500 tin, bài trên Trang thông tin điện tử huyện",  # t1
    "Tỷ lệ hộ gia đình đạt danh hiệu gia đình văn hóa từ 90% trở lên",  # t2
)


def test_a_bare_dang_before_them_and_a_figure_is_posted() -> None:
    assert got(NEWS, "dang them 52 tin, bai trong thang 9") == [("t1", INC, 52.0)]
    assert got(NEWS, "trang ttdt dang them 64 tin, bai") == [("t1", INC, 64.0)]
    # in progress, with its marks or with no "thêm" after it, it is still a note
    assert got(NEWS, "đang thêm tin bài chuyên mục mới") == [("t1", NOTE, None)]


MONTHLY = make_tasks(
    "Chi trả kịp thời, đầy đủ trợ cấp ưu đãi hằng tháng cho người có công",  # t1
    "Giải quyết việc làm cho 150 lao động",  # t2
)


def test_a_delay_ruled_out_is_no_negation() -> None:
    text = "Đã hoàn thành chi trả trợ cấp ưu đãi NCC cả năm 2024, không để chậm trễ tháng nào"
    assert got(MONTHLY, text) == [("t1", UpdateKind.DONE, None)]
    assert got(MONTHLY, "Chi trả trợ cấp ưu đãi NCC cả năm 2024 còn chậm") == [("t1", NOTE, None)]


def test_a_district_roads_number_is_no_target() -> None:
    from bot.parsing import resolve_target

    text = "Hoàn thành bồi thường, giải phóng mặt bằng dự án nâng cấp, mở rộng Đường huyện 31"
    assert resolve_target(text).value is None
    road = make_tasks(text, "Giải quyết việc làm cho 150 lao động")
    assert got(road, "GPMB Đường huyện 31 xong, đã bàn giao toàn bộ mặt bằng cho nhà thầu") == [
        ("t1", UpdateKind.DONE, None)
    ]


DISTRICT = make_tasks(
    "Thu ngân sách nhà nước trên địa bàn đạt 285 tỷ đồng",  # t1
    "Có thêm 3 xã đạt chuẩn nông thôn mới nâng cao",  # t2
    "Hoàn thành hồ sơ đề nghị công nhận huyện đạt chuẩn nông thôn mới nâng cao năm 2024",  # t3
)


def test_a_commune_named_is_no_district_reaching_the_standard() -> None:
    for text in (
        "Xã Hồng Quang đã được UBND tỉnh công nhận đạt chuẩn NTMNC",
        "Xa Hong Quang da duoc UBND tinh cong nhan dat chuan NTMNC",
        "Xã Tứ Cường đang hoàn thiện hồ sơ đề nghị công nhận NTM nâng cao",
    ):
        assert all(task != "t3" for task, _, _ in got(DISTRICT, text)), text
    text = "Hồ sơ đề nghị công nhận huyện đạt chuẩn NTM nâng cao đã hoàn thành, đã trình tỉnh"
    assert got(DISTRICT, text) == [("t3", UpdateKind.DONE, None)]


SESSIONS = make_tasks(
    "Tổ chức 3 phiên giao dịch việc làm lưu động",  # t1
    "Giải quyết việc làm mới cho 1.100 lao động",  # t2
    "Chi trả trợ cấp xã hội hằng tháng kịp thời, đúng đối tượng",  # t3
)


def test_the_plan_typed_short_and_reached_is_the_whole_task() -> None:
    assert got(SESSIONS, "Phiên GDVL thứ 3 đã tổ chức xong, hoàn thành KH 3 phiên") == [("t1", UpdateKind.DONE, None)]
    assert got(SESSIONS, "Phiên GDVL thứ 2 đã tổ chức xong") == [("t1", INC, 1.0)]


INSURED = make_tasks(
    "Tỷ lệ người dân tham gia bảo hiểm y tế đạt 95%",  # t1
    "Giải quyết việc làm cho 120 lao động",  # t2
    "Sửa chữa 12 cầu giao thông nông thôn",  # t3
)


def test_what_is_left_after_a_figure_reached_does_not_hold_it_back() -> None:
    for text in ("BHYT 97,1% còn thiếu hơn 100 người chưa mua", "bhyt 97,1% con thieu hon 100 nguoi chua mua"):
        assert got(INSURED, text) == [("t1", ABS, 97.1)], text
    assert got(INSURED, "Cầu GTNT: đã sửa chữa xong 7 cầu, 5 cầu còn lại đang thi công") == [("t3", ABS, 7.0)]
    assert got(INSURED, "Cầu GTNT: 2 cầu còn lại đang thi công") == [("t3", NOTE, None)]
