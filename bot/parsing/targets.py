"""Target extraction from a task's text: the pledged figure, its unit and direction.

The pledge loader and the parser share this reading, so a progress value is always converted into
the unit the target was read in. Years, dates, ordinals, ratings and qualifiers are never targets
(numbers.find_numbers marks them); explicit fields from the pledge file win over the text.
"""

from __future__ import annotations

import re

from bot.models import Direction, Target
from bot.parsing.normalize import clean, fold, has_tone_marks
from bot.parsing.numbers import MAGNITUDE_RE, OF_WHICH_RE, Number, as_days, find_numbers, mark_names, marked_no_years

_AT_MOST_RE = re.compile(
    # ("không dưới 48 đợt" is at least 48)
    # ("không thấp hơn 36%", "không ít hơn" are at least)
    r"(khong (vuot )?qua|khong vuot|(?<!khong )duoi|giam con|giam xuong|xuong con|xuong duoi|toi da|(?<!khong )thap hon"
    r"|(?<!khong )it hon|kiem che)"
    # "không quá dự toán được giao 9,2 tỷ", "không vượt dự toán giao 3,6 tỷ": the bound, then what it bounds
    r"(\s+(muc|du toan|ke hoach)(\s+(duoc )?giao)?)?\W*$"
)
_CUE_RE = re.compile(
    r"(dat|tren|it nhat|toi thieu|khong (vuot )?qua|duoi|con|toi da|len|giam|tang|moi|hoan thanh|"
    r"trong|thuc hien|co|xay dung|cho|tu)\W*$"
)
_FLOORS_BEFORE_RE = re.compile(r"\d\s*tang\s*$")
_STRONG_CUE_RE = re.compile(
    r"(?<![^\W\d_])(dat|it nhat|toi thieu|khong (vuot )?qua|toi da)(\s+(dien tich|san luong|tong))?\W*$"
)
_DOWN_TO_RE = re.compile(r"(?<![^\W\d_])(con|xuong)\W*$")
_REDUCE_RE = re.compile(r"(?<![^\W\d_])(?:giam|rut ngan)(?![^\W\d_])")
# "trên cả 3 tiêu chí" (all of), "Đề án … quy mô 5.000 ha" (its size), "cơ sở … có quy mô từ 10 phòng" (which ones):
# they qualify the task, pledging no amount
_ALL_OF_RE = re.compile(r"(?<![^\W\d_])(ca|quy mo|quy mo tu|loai|dung tich)\s+$")  # ("bể … loại 6m3": its size)
# what is built bit by bit ("Xây dựng cánh đồng lớn … quy mô 150ha"): its size is the amount pledged, unless it is a
# project or plan whose size is only said ("Khởi công dự án nhà ở xã hội quy mô 1.200 căn")
_BUILT_UP_RE = re.compile(r"(?:^|,)\s*(?:xay dung|phat trien|mo rong)(?![^\W\d_])")
_PROJECT_RE = re.compile(r"(?<![^\W\d_])(?:du an|de an|quy hoach|trung tam|benh vien|nha may)(?![^\W\d_])")


# a measure, the thing measured, then "cho" and whom it goes to
_GIVEN_TO_RE = re.compile(r"(?:\s+[^\W\d_]+){1,3}\s+cho\s+\d")
_TO_WHOM_RE = re.compile(r"(?<![^\W\d_])cho\s+$")
_DESCRIBES_RE = re.compile(r"(?<![^\W\d_])(?:lien thong|lo gioi)\s*$")
_IN_SO_MANY_RE = re.compile(r"(?<![^\W\d_])(?<!mat )bang\s*$")  # "bằng 3 thứ tiếng" (not "mặt bằng 42ha")


def _describes(folded: str, n: Number) -> bool:
    """The figure says what the thing is like ("liên thông 3 cấp", "lộ giới 30m", "bằng 3 thứ tiếng"), no amount; but
    "bằng 105% dự toán" is one."""
    if _DESCRIBES_RE.search(folded, 0, n.start):
        return True
    return n.unit is None and _IN_SO_MANY_RE.search(folded, 0, n.start) is not None


_MEASURED = frozenset(["area", "length", "volume", "mass"])
_LENGTH_SAID_RE = re.compile(r"\((?:[^\W\d_]+\s+){0,4}?dai\s*$")
_CRITERIA_AFTER_RE = re.compile(r"\s*tieu chi(?![^\W\d_])")
_EACH_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])moi(?:\s+[^\W\d_]+){1,3}?\s+(?:tu\s+|toi thieu\s+|it nhat\s+|tren\s+|khong duoi\s+)?$"
)
_EACH_AFTER_RE = re.compile(r"\s+mỗi\s+[^\W\d_]")  # accented: "mới" (new) folds alike
_VS_PAST_RE = re.compile(r"\s*(?:so voi|so)\s+(?:nam|cung ky|ky)")
_PER_RE = re.compile(r"\s*/\s*[^\W\d_]")


def _qualifies(folded: str, at: int) -> bool:
    """The figure at `at` is qualified ("cả 3", "quy mô 5.000 ha"), not pledged."""
    m = _ALL_OF_RE.search(folded[max(0, at - 12) : at])
    if m is None:
        return False
    # (or second in a list of actions: "Dồn điền đổi thửa, xây dựng vùng sản xuất lúa tập trung quy mô 50ha")
    built_up = m.group(1) == "quy mo" and _BUILT_UP_RE.search(folded, 0, at) and not _PROJECT_RE.search(folded, 0, at)
    return not built_up


_LITERAL_RE = re.compile(r"^\+?\d+(?:[.,]\d+)*(?:\s*/\s*\d+)?")
_NOUN_AFTER_RE = re.compile(r"\s*([^\W\d_]+)(?:[ \t]+([^\W\d_]+))?")
# words that end a counted noun rather than continue it
_NOT_SECOND = frozenset(
    [
        *("moi", "dat", "duoc", "tro", "len", "nam", "thang", "nua", "hien", "co", "o", "la", "se", "da", "dang"),
        "nong",
        *("sang", "ve", "vao"),  # "4 chợ sang doanh nghiệp": where they go, not what they are
    ]
)
_THREE_SYLLABLE_NOUNS = (
    *("tram y te", "nha van hoa", "hop tac xa", "to dan pho", "khu dan cu", "to hop tac"),
    "cau lac bo",  # "8 câu lạc bộ cồng chiêng": clubs, no "câu" (a line of verse)
    *("con gia suc", "con gia cam"),  # "18.000 con gia súc": livestock, no "con gia"
    "lieu vac xin",  # "200.000 liều vắc xin": doses
)
_LABEL_SKIP = frozenset(["va", "cua", "cac", "nhung", "cho", "tai", "trong", "tren", "den", "tu", "de", "theo", "voi"])


_MEN_AND_WOMEN_RE = re.compile(r"nam,?[ \t]+nữ(?=[ \t]+[^\W\d_])")


def _unit_label(cleaned: str, folded: str, number: Number) -> str | None:
    if number.unit is None:
        m = _NOUN_AFTER_RE.match(folded[number.end : number.end + 30])
        if not m:
            return None
        # "3 chợ nông thôn": a function word's spelling folded ("cho") is no function word when marked ("chợ")
        said = cleaned[number.end + m.start(1) : number.end + m.end(1)]
        if m.group(1) in _LABEL_SKIP and said == m.group(1):
            return None
        if said == "nam" and (both := _MEN_AND_WOMEN_RE.match(cleaned, number.end + m.start(1))) is not None:
            # "600 nam, nữ thanh niên": the young people counted, men and women
            return _unit_label(cleaned, folded, number._replace(end=both.end()))
        after = folded[number.end + m.start(1) : number.end + 40]
        long_noun = next(
            (n for n in _THREE_SYLLABLE_NOUNS if after.startswith(n) and not after[len(n) : len(n) + 1].isalpha()), None
        )
        if long_noun is not None:  # "3 trạm y tế xã": a noun of three syllables, not "trạm y"
            start = number.end + m.start(1)
            return cleaned[start : start + len(long_noun)]
        end = m.end(1)
        # most nouns take two syllables: "15 cơ quan", "5 mô hình" (but "3 lớp cho", "4 bếp tại")
        if m.group(2) and m.group(2) not in _LABEL_SKIP and m.group(2) not in _NOT_SECOND:
            end = m.end(2)
        return cleaned[number.end + m.start(1) : number.end + end]
    if number.unit.dim == "money":
        raw = number.raw
        if re.search(r"\b(ty|ti)\b", raw):
            return "tỷ đồng"
        if re.search(r"(trieu|tr)\b", raw):
            return "triệu đồng"
        return "đồng"
    if number.unit.dim != "count":
        return number.unit.label
    literal = _LITERAL_RE.match(number.raw)
    skip = literal.end() if literal else 0
    # "1,2 triệu lượt": the value holds the million already, the unit is "lượt"
    magnitude = MAGNITUDE_RE.match(number.raw, skip)
    if magnitude is not None:
        skip = magnitude.end()
    return cleaned[number.start + skip : number.end].strip() or None


def _scaled(number: Number, label: str | None) -> float:
    if number.unit is not None and number.unit.dim == "money":
        return number.value / {"tỷ đồng": 1e9, "triệu đồng": 1e6}.get(label or "", 1.0)
    return number.value


_WORD_NEXT_RE = re.compile(r"\s*[^\W\d_]")
_DATE_AFTER_RE = re.compile(r"[ \t]+([^\W\d_]+)")
_DATE_WORDS = frozenset(["nam", "thang", "ngay", "truoc", "sau", "den", "tu", "hang", "moi"])


def _part_of_whole(folded: str, n: Number) -> bool:
    """ "14/18 bản": a count out of a whole, with a noun after it; no date ("30/6") can be one."""
    if n.excluded or n.denom is None or not 0 < n.value < n.denom:
        return False
    if n.value <= 31 and n.denom <= 12:
        # "Có 8/10 khu phố …": a noun after it; "trước 30/6 năm 2024" is a date
        if n.unit is not None and n.unit.dim == "count":
            return True  # "… đạt 9/11 xã, thị trấn": the noun counted is read with it, the text may end there
        after = _DATE_AFTER_RE.match(folded, n.end)
        return after is not None and after.group(1) not in _DATE_WORDS
    return n.unit is not None or _WORD_NEXT_RE.match(folded, n.end) is not None


_SPECS = frozenset(["tiêu chuẩn", "số tầng", "bề rộng", "khẩu độ"])


def _bracket_around(folded: str, n: Number) -> tuple[int, int] | None:
    """Where the open bracket the figure stands in starts and ends (the text's end if never closed)."""
    opened = folded.rfind("(", 0, n.start)
    if opened < 0 or folded.rfind(")", 0, n.start) > opened:
        return None
    closed = folded.find(")", n.end)
    return opened, len(folded) if closed < 0 else closed


def _spec_bracket(folded: str, numbers: list[Number], n: Number) -> bool:
    """The figure stands in brackets that describe one thing built ("cầu Khe Vằn (dài 48m, tải trọng 30 tấn)", "Trạm
    Y tế (nhà 2 tầng, 12 phòng)"): a bracket holding its size, floors or load says what it is like, no amount."""
    span = _bracket_around(folded, n)
    if span is None:
        return False
    opened, closed = span
    # ("Sửa chữa, gia cố cầu treo Suối Tượng (dài 86m)": the length of the one bridge, in brackets, says which)
    return any(m.excluded in _SPECS and opened < m.start < closed for m in numbers) or bool(
        _LENGTH_SAID_RE.search(folded, opened, n.start)
    )


def _year_bracket(folded: str, numbers: list[Number], n: Number) -> bool:
    """The figure stands in brackets that also hold a year ("(năm 2023 đạt 39.600 tấn)")."""
    span = _bracket_around(folded, n)
    if span is None:
        return False
    opened, closed = span
    return any(m.excluded == "năm" and opened < m.start < closed for m in numbers)


_OPEN_QUOTES = ('"', "“", "«", "„")
_QUOTED_RE = re.compile(r'["“«„]([^"”»“]*)["”»“]')


def read_target(text: str) -> tuple[float | None, str | None, Direction]:
    """(value, unit label, direction) as the text states them; value None when no figure is pledged."""
    cleaned = clean(text)
    folded = fold(cleaned)
    numbers = find_numbers(folded)
    if "thoi gian" in folded:
        numbers = as_days(folded, numbers)  # "Thời gian giải quyết … không quá 12 ngày": the time pledged, in days
    if " nam" in folded and has_tone_marks(cleaned):
        numbers = marked_no_years(cleaned, numbers)
    cased = clean(text, lower=False)
    if len(cased) == len(cleaned):
        numbers = mark_names(cased, numbers)  # "Xây dựng cầu treo Lũng Pô 2" pledges no amount
    # "Xây dựng 6/6 thôn", "19/19 tiêu chí": all of them, the count pledged; "Có 14/18 bản đạt danh hiệu …" (a noun
    # after it: no date): 14 of the 18, the count pledged
    numbers = [
        Number(n.value, n.start, n.end, n.unit, n.raw, how=n.how)
        if n.denom is not None and (n.denom == n.value or _part_of_whole(folded, n))
        else n
        for n in numbers
    ]
    values = [n for n in numbers if not n.excluded and n.denom is None]
    # "trên cả 3 tiêu chí", "cả 3 mặt": "all of" qualifies the task, it pledges no amount; nor do "liên thông 3 cấp",
    # "bằng 3 thứ tiếng", "lộ giới 30m": they say what the thing is like
    values = [n for n in values if not _qualifies(folded, n.start) and not _describes(folded, n)]
    if _REDUCE_RE.search(folded):
        # "Kéo giảm tai nạn giao thông trên 3 tiêu chí (số vụ, …)": the measures a cut is counted on, no amount
        values = [
            n
            for n in values
            if not _CRITERIA_AFTER_RE.match(folded, n.end) and not (n.unit is not None and n.unit.group == "tieu chi")
        ]
    # "Đón 3.200.000 lượt khách lưu trú, tăng 12% so với năm 2023": the amount is the pledge, the rise on a past year
    # says how much more it is
    compared = [
        n for n in values if n.unit is not None and n.unit.dim == "percent" and _VS_PAST_RE.match(folded, n.end)
    ]
    if compared and len(compared) < len(values):
        values = [n for n in values if n not in compared]
    # "… 600 phòng trọ … đảm bảo diện tích tối thiểu 10m2/người": a measure per person is a standard, not the amount
    per = [n for n in values if n.unit is not None and n.unit.dim in _MEASURED and _PER_RE.match(folded, n.end)]
    if per and len(per) < len(values):
        values = [n for n in values if n not in per]
    if "(" in folded:
        values = [n for n in values if not _spec_bracket(folded, numbers, n)]
        # "Sản lượng chè … đạt trên 42.000 tấn (năm 2023 đạt 39.600 tấn)": a bracket holding a year says where the
        # count stood then, the base the pledge grows from
        base = [n for n in values if _year_bracket(folded, numbers, n)]
        if base and len(base) < len(values):
            values = [n for n in values if n not in base]
    # "Đưa 1.500 lao động …, trong đó thị trường Nhật Bản, Hàn Quốc chiếm trên 50%": the part is said of the whole
    if (part := OF_WHICH_RE.search(folded)) is not None and any(n.start < part.start() for n in values):
        values = [n for n in values if n.start < part.start()]
    # "Đấu giá thành công 120 lô đất ở, diện tích mỗi lô từ 100m² trở lên": what each one measures is a standard
    # ("Xây dựng 2 cánh đồng mẫu lớn …, quy mô trên 50ha mỗi cánh đồng": the size of each, said after it)
    each = [
        n
        for n in values
        if _EACH_BEFORE_RE.search(folded, max(0, n.start - 30), n.start) or _EACH_AFTER_RE.match(cleaned, n.end)
    ]
    if each and len(each) < len(values):
        values = [n for n in values if n not in each]
    if any(q in folded for q in _OPEN_QUOTES):
        # 'Ra mắt mô hình "Chi hội phụ nữ 5 không, 3 sạch"': a figure inside quotation marks is part of a name
        quoted = [m.span(1) for m in _QUOTED_RE.finditer(folded)]
        values = [n for n in values if not any(a <= n.start < b for a, b in quoted)]
    if " tang " in folded:
        # "Hoàn thành xây dựng nhà lớp học 2 tầng 8 phòng": what one building holds, said after its floors
        values = [n for n in values if not _FLOORS_BEFORE_RE.search(folded, max(0, n.start - 12), n.start)]
    if not values:
        return None, None, Direction.DONE
    cued = [n for n in values if _CUE_RE.search(folded[max(0, n.start - 20) : n.start])]
    with_unit = [n for n in values if n.unit is not None]
    # ("Gieo trồng 3 vụ lúa đạt diện tích 9.600 ha": "đạt" says the amount, "trồng 3 vụ" how often)
    strong = [n for n in with_unit if _STRONG_CUE_RE.search(folded[max(0, n.start - 20) : n.start])]
    cued_with_unit = [n for n in cued if n.unit is not None]
    # "Giao 1.250ha rừng cho 4 cộng đồng thôn quản lý": a measure the task hands out, then whom it goes to ("cho"):
    # the measure is the amount pledged, the receivers who get it
    given = [
        n
        for n in with_unit
        if n.unit is not None and n.unit.dim in _MEASURED and n not in cued and _GIVEN_TO_RE.match(folded, n.end)
    ]
    if given and not strong and not cued_with_unit and all(_TO_WHOM_RE.search(folded, 0, n.start) for n in cued):
        cued = []
    pick = (strong or cued_with_unit or cued or with_unit or values)[0]
    label = _unit_label(cleaned, folded, pick)
    direction = Direction.AT_LEAST
    before = folded[max(0, pick.start - 30) : pick.start]
    if _AT_MOST_RE.search(before) or (
        # "Kéo giảm tỷ lệ trẻ em … thấp còi còn 14%": a reduction down to a level, said apart
        _DOWN_TO_RE.search(before) and _REDUCE_RE.search(folded, 0, pick.start)
    ):
        direction = Direction.AT_MOST
    return _scaled(pick, label), label, direction


def resolve_target(
    text: str,
    explicit_value: float | None = None,
    explicit_unit: str | None = None,
    explicit_direction: Direction | None = None,
) -> Target:
    """The task's target: explicit fields win; otherwise what the text states."""
    if explicit_value is not None:
        unit = explicit_unit
        if unit is None:
            unit = read_target(text)[1]
        return Target(float(explicit_value), unit, explicit_direction or Direction.AT_LEAST)
    value, unit, direction = read_target(text)
    if value is None:
        return Target(None, explicit_unit, explicit_direction or Direction.DONE)
    return Target(value, explicit_unit or unit, explicit_direction or direction)
