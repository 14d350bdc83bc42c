"""Reading figures out of Vietnamese text: literals, magnitudes, units, fractions, and what is not a value.

Works on the folded text (no diacritics, lower case) whose offsets match the cleaned text. Every
figure is returned, with `excluded` naming why it is not a value (date, year, month, quarter, span,
ordinal, rating, qualifier, identifier, time) so explanations can say what was skipped.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import NamedTuple

from bot.parsing import lexicon as _lx
from bot.parsing.normalize import fold
from bot.parsing.units import PERCENT, Unit, match_after

# the lookbehind after the first digit, not before it: a pattern opening on a digit lets the engine skip
# straight to the next digit instead of trying every position ("(?<![^\W_])\d+…", the same matches)
_LITERAL_RE = re.compile(r"\d(?<![^\W_]\d)\d*(?:[.,]\d+)*")
# a figure's magnitude and unit are on its own line: "Kết nạp ĐV 6\nThẻ BHYT 352" is two figures
# "1,9 tyy": a doubled key; "trăm" (hundreds) only before a figure or a larger magnitude: "5 trăm triệu", "1 trăm 20
# cái" (folded, "5 tram y te" is five health stations)
MAGNITUDE_RE = re.compile(
    r"[ \t]*(tyy|ty|ti|trieu|tr|nghin|ngan|k|tram(?=[ \t]*(?:\d|(?:ty|ti|trieu|tr|nghin|ngan)(?![^\W\d_]))))"
    r"(?![^\W\d_])"
)
_SUB_RE = re.compile(r"[ \t]*(\d{1,3})(?!\d|[.,]\d)(?:[ \t]*(trieu|tr|nghin|ngan|k|tram)(?![^\W\d_]))?")
_MAGNITUDES = {
    **{"tyy": 1e9, "ty": 1e9, "ti": 1e9, "trieu": 1e6, "tr": 1e6, "nghin": 1e3, "ngan": 1e3, "k": 1e3},
    "tram": 1e2,
}
_MONEY = Unit("money", 1.0, "", "đồng")
# things counted in millions, never money: "1,12 triệu TEU", "1 triệu liều vắc xin", "2,5 triệu con gia cầm"
_COUNTED_AFTER_RE = re.compile(r"[ \t]*(teu|container|cont|lieu|con|khach|nguoi|kwh|trang)(?![^\W\d_])")
_PREV_WORD_REV_RE = re.compile(r"\W*([^\W\d_]+)")  # a word and what follows it, reversed
_NEXT_WORD_RE = re.compile(r"\s*([^\W\d_]+)")
# "10 tháng 4 vụ": after a span of months a counted figure is a count, not the month "tháng 4"
_MONTHS_SPAN_RE = re.compile(r"(?<![\w/.,])(?<!ngay )\d{1,2}\s+thang\s+$")
_CLOCK_AFTER_RE = re.compile(r"\s*(h\d{0,2}|g\d{0,2}|:\d\d)(?![^\W\d_])")
_CLOCK_RE = re.compile(r":\d{2}")
# the whole after the slash may have a decimal part ("16/18,5km": 16 of 18.5), never a day's month
_FRACTION_RE = re.compile(
    r"\s*/\s*(\d{1,3}(?:\.\d{3})+(?![\d.,])|\d{1,6}(?:[.,]\d{1,2}(?![\d.,/]))?)(?:\s*/\s*(\d{2,4}))?"
)
_DECIMAL_WHOLE_RE = re.compile(r"\d+[.,]\d{1,2}")
_SHARE_AFTER_RE = re.compile(
    r"\s*(ke hoach|kh|chi tieu|muc tieu|khoi luong|dien tich|chieu dai|nghi quyet|du toan|so giao|cam ket)(?![^\W\d_])"
)
_THOUSANDS_RE = re.compile(r"^\d{1,3}(?:\.\d{3})+$")  # "1.046/1.120 trẻ"
_DASH_DIGIT_RE = re.compile(r"-\d")
_RANGE_RE = re.compile(r"-(\d+)(?:-(\d+))?")
_SPACED_YEARS_RE = re.compile(r"\s+[-–]\s+(?:19|20)\d\d(?![\d.,])")
_EXPONENT_RE = re.compile(r"[.,]?[e]\s*[+-]?\d+")
_NOT_A_NUMBER_RE = re.compile(r"(?<![^\W_])(inf|infinity)(?![^\W_])|\u221e")
_HUGE = 1e15  # more than any pledge counts, in đồng or anything else
# why a figure is not a value and must be asked about rather than dropped: the sender typed a figure
INVALID = frozenset(["số âm", "số không hợp lệ"])

_ROUND_THE_CLOCK_BEFORE_RE = re.compile(r"truc|dam bao|cap dien|phuc vu|hoat dong|van hanh|lien tuc")
_HOURS_AFTER_RE = re.compile(r"\s*(?:h|gio|tieng)(?![^\W\d_])")
# "nghỉ lễ 2/9", "khai giảng 3/4", "khai mạc 15/3", "báo cáo tuần 3/10": a holiday, an opening, a week's day; words
# said of events, not only of days ("khai giảng 7/12 lớp" is a share)
_EVENT_CUES = frozenset(["le", "nghi", "giang", "mac", "tuan", "khanh"])  # ("Quốc khánh 2/9": a holiday's date)
_DATE_CUES = _EVENT_CUES | frozenset(
    ["ngay", "den", "tu", "hom", "truoc", "sau", "luc", "han", "dip", "vao", "hoi", "toi", "chieu", "sang"]
)
# "…, trong đó …": what follows is a part of the figure before (read by the parser and the targets reader)
OF_WHICH_RE = re.compile(r"(?<![^\W\d_])trong do(?![^\W\d_])")
_PLACE_GROUPS = frozenset(["thon", "xa"])
_VERSION_RE = re.compile(r"\d\.0")
# "30/4 - 1/5": the second day of a span of dates
_GROUND_AFTER_RE = re.compile(r"\s*mat bang")
# "trẻ 6-14 tuổi", "trẻ 6-36 tháng (tuổi)": ages, in years or months
_AGES_AFTER_RE = re.compile(r"\s*(?:[-–]|den|toi)\s*\d{1,3}\s*(?:tuoi|thang)")
_MAP_SCALES = frozenset([200.0, 500.0, 1000.0, 2000.0, 5000.0, 10000.0, 25000.0, 50000.0])
_DIMS_RE = re.compile(r"[23]d(?![^\W\d_])")  # "3D" glued to its digit
_SPEC_AFTER_RE = re.compile(r"(kv|cv|kw|mw|mwp|hp|g)(?![^\W\d_])")  # glued to the digits, no space
_DAY_SPAN_AFTER_RE = re.compile(r"\s*[-–]\s*\d{1,2}/(?:0?[1-9]|1[0-2])(?![\d.,])")
_DATE_RANGE_BEFORE_RE = re.compile(r"\d{1,2}/\d{1,2}\s*[-–]\s*$")
# the acts that open a work to use, said with the day they happened
_OPENINGS = frozenset(
    [("ra", "mat"), ("thong", "xe"), ("ban", "giao"), ("khai", "truong"), ("khoi", "cong"), ("su", "dung")]
)
_NOTHING_COUNTED_RE = re.compile(r"[ \t]*(?:[^\w\s]|$)")
_VALUE_CUES = frozenset(["dat", "duoc", "la", "len", "con", "tong", "them", "co"])
_TIME_UNITS = frozenset(
    # ("cả 3 mặt" is read by "cả"; "38 mắt camera" counts cameras)
    # "nhà lớp học 3 tầng": floors, no count
    ["thang", "nam", "ngay", "tuan", "quy", "gio", "phut", "tuoi", "sao", "nhiem", "tieng", "tang"]
)
_PART_OF_YEAR = frozenset(["dau", "giua", "cuoi", "ca", "moi", "hang", "nua", "tu"])
# a figure after a dimension and "từ" in "… trở lên" is a standard the counted things meet, not an amount
_STANDARD_PREV = frozenset(["dai", "rong", "cao", "sau", "tai", "suat", "tich"])
# the words before "số" when it means digital ("kỹ năng số", "chuyển đổi số"), not "number"
_DIGITAL_BEFORE = frozenset(
    [
        ("ky", "nang"),
        ("chuyen", "doi"),
        ("cong", "nghe"),
        ("kinh", "te"),
        ("chu", "ky"),
        ("chinh", "quyen"),
        ("xa", "hoi"),
        ("nen", "tang"),
        ("ha", "tang"),
        ("du", "lieu"),
        ("cong", "dan"),
    ]
)
# "phiên 1": the first; "vụ 3": the third crop
_ORDINAL_PREV = frozenset(["thu", "lan", "dot", "ky", "khoa", "phase", "giai", "phien", "vu"])
_IDENT_PREV = frozenset(
    [
        "ap",
        "thon",
        "to",
        "tdp",  # "TDP 5": tổ dân phố số 5
        "khu",
        "khom",
        "khoi",  # "tại khối 5": a ward's block, numbered (Nghệ An)
        "phuong",
        "xom",
        "so",
        "muc",
        "dieu",
        "khoan",
        "nhom",
        "lo",
        "ql",
        "tl",
        "dt",
        "tuyen",
        "doi",
        "phong",
        "km",
        "nv",
        "kh",
        "tinh",
        "quoc",
        "hem",
        "kiet",
        "ngo",
        # villages of the Central Highlands and the north (plei, buôn, bon, làng, sóc, bản) are numbered too
        "plei",
        "buon",
        "bon",
        "lang",
        "soc",
        # "Chương trình MTQG 1719", "NQ 88": a programme's or resolution's number
        "mtqg",
        "nq",
        "dh",  # "ĐH.32": a district road's code
        # "theo NĐ 29", "QĐ 1719", "CV 245": a decree's, decision's or letter's number
        "nd",
        "qd",
        "cv",
    ]
)
# the words before a document's number ("Nghị định 114/2024", "QĐ 245/2023/QĐ-UBND")
_DOCUMENT_PREV = frozenset([("nghi", "dinh"), ("quyet", "dinh"), ("thong", "tu"), ("cong", "van"), ("nghi", "quyet")])
_DOCUMENT_SHORT = frozenset(["nd", "qd", "cv", "nq", "tt"])
# a numbered programme or project ("Dự án 2", "Tiểu dự án 3", "Đề án 06", "Nội dung 1") is a name, not an amount
_PROGRAMME_PREV = frozenset(
    [
        ("du", "an"),
        ("de", "an"),
        ("noi", "dung"),
        ("hop", "phan"),
        ("chuong", "trinh"),
        ("vanh", "dai"),  # "Vành đai 4": a ring road's name
        ("tinh", "lo"),
        ("huyen", "lo"),
        ("quoc", "lo"),
        ("nghi", "dinh"),  # "theo Nghị định 29"
        ("quyet", "dinh"),
        ("cong", "van"),
        ("thong", "tu"),
        ("chi", "thi"),
    ]
)


class Number(NamedTuple):  # a tuple: built for every figure of every message, and cheaply so
    value: float
    start: int
    end: int  # span in the text, unit included
    unit: Unit | None
    raw: str
    alt: float | None = None  # a second reading ("26,500": 26.5 or 26500)
    denom: float | None = None  # "15/17": value 15, denom 17
    excluded: str = ""  # why this is not a value; "" for a value
    plus: bool = False  # written "+10"
    how: str = ""  # how the literal was read, for explanations
    share: bool = False  # "2/3 kế hoạch": a share of the pledged amount, not a count


def read_literal(raw: str) -> tuple[float, float | None, str]:
    """A digit string with dots/commas → (value, other reading or None, how)."""
    if raw.isdigit():
        return float(raw), None, ""
    dots, commas = raw.count("."), raw.count(",")
    if dots and commas:
        last = max(raw.rfind("."), raw.rfind(","))
        whole = re.sub(r"[.,]", "", raw[:last])
        return float(f"{whole}.{raw[last + 1 :]}"), None, "dấu cuối là dấu thập phân"
    sep = "." if dots else ","
    groups = raw.split(sep)
    all_three = all(len(g) == 3 for g in groups[1:])
    if sep == ".":
        if all_three:
            return float("".join(groups)), None, "dấu chấm ngăn hàng nghìn"
        if len(groups) == 2:
            return float(raw), None, "dấu chấm thập phân kiểu Anh"
        return float(f"{groups[0]}.{groups[1]}"), None, ""
    if len(groups) == 2:
        value = float(f"{groups[0]}.{groups[1]}")
        if all_three and groups[0] != "0":
            return value, float("".join(groups)), "dấu phẩy: thập phân hoặc ngăn hàng nghìn"
        return value, None, "dấu phẩy thập phân"
    if all_three:
        return float("".join(groups)), None, "dấu phẩy ngăn hàng nghìn kiểu Anh"
    return float(f"{groups[0]}.{groups[1]}"), None, ""


# the two words before a figure in one match on the reversed text; the second only when no ",", ";"
# or "." stands between them (what the loop below stops at)
_LIST_GAP_RE = re.compile(r"[,;]\s*$")
_PLACE_ABBREV_DOT_RE = re.compile(r"(?<![^\W\d_])(?:p|q|x|kp|tdp)\.[ \t]?$")
# a price per thing sold ("/lô", "/m2", "/căn"); not an income per person or year ("60 triệu/người/năm")
# (but "4,9 tỷ / dự toán 7,4 tỷ" is out of the plan, no price)
_PER_UNIT_RE = re.compile(
    r"[ \t]*/[ \t]*(?!(?:nguoi|ng|nam|thang|ho|khau|ld|lao dong|du toan|ke hoach|kh|chi tieu|muc tieu)(?![^\W\d_]))"
    r"[^\W\d_]"
)
_PREV_TWO_REV_RE = re.compile(r"\W*([^\W\d_]+)(?:(?!\s*[,;.])\W*([^\W\d_]+))?")


_INVESTMENT_BEFORE_RE = re.compile(r"(?<![^\W\d_])dau tu(?![^\W\d_])")


def _investment_only(prev: list[str], folded: str, start: int) -> bool:
    """The only date cue before the figure is the "tư" of "đầu tư" ("Thu hút đầu tư KCN: 2/3 dự án")."""
    cues = [w for w in prev if w in _DATE_CUES]
    return cues == ["tu"] and _INVESTMENT_BEFORE_RE.search(folded, max(0, start - 40), start) is not None


def _prev_words(folded: str, pos: int, n: int = 2) -> list[str]:
    """Up to n words before pos, nearest last."""
    if n == 2:
        m = _PREV_TWO_REV_RE.match(folded[max(0, pos - 40) : pos][::-1])
        if not m:
            return []
        first, second = m.groups()
        return [second[::-1], first[::-1]] if second else [first[::-1]]
    out: list[str] = []
    text = folded[max(0, pos - 40) : pos]
    # read backwards on the reversed text: one anchored match per word instead of a search for the end
    rev = text[::-1]
    at = 0
    for _ in range(n):
        m = _PREV_WORD_REV_RE.match(rev, at)
        if not m:
            break
        out.insert(0, m.group(1)[::-1])
        at = m.end()
        rest = text[: len(text) - at]
        if rest.rstrip().endswith((",", ";", ".", "\n")) or not rest.strip():
            break
    return out


def _date_cue_in(prev: list[str], folded: str, start: int) -> bool:
    """A word saying a day follows among the two before a figure; the "tử" of "điện tử" folds to "tu" as "từ"
    does ("hồ sơ điện tử tại 12/12 trạm" counts stations, no day)."""
    if not any(w in _DATE_CUES for w in prev):
        return False
    if prev.count("tu") != 1:
        return True
    three = _prev_words(folded, start, 3)
    electronic = any(pair == ("dien", "tu") for pair in pairwise(three))
    return not electronic or any(w in _DATE_CUES and w != "tu" for w in prev)


def _next_word(folded: str, pos: int) -> str:
    m = _NEXT_WORD_RE.match(folded[pos : pos + 30])
    return m.group(1) if m else ""


_DAYS = Unit("count", 1.0, "ngay", "ngay")
_DAYS_AFTER_RE = re.compile(r"[ \t]*ngay(?![^\W\d_])")


def as_days(folded: str, numbers: list[Number]) -> list[Number]:
    """Spans of days as counts of days, for a task that measures a time ("Thời gian giải quyết … không quá 12 ngày
    làm việc"): "bình quân 10,5 ngày" is its figure, where elsewhere it is a span."""
    out = numbers
    for k, n in enumerate(numbers):
        if n.excluded != "khoảng thời gian" or (days := _DAYS_AFTER_RE.match(folded, n.end)) is None:
            continue
        if out is numbers:
            out = list(numbers)
        out[k] = n._replace(unit=_DAYS, end=days.end(), raw=folded[n.start : days.end()], excluded="")
    return out


# verbs that "mới" (new) follows: "thành lập mới", "trồng mới", "xây mới", "làm mới", "cấp mới", "phát triển mới"
_NEW_AFTER = frozenset(["lap", "trong", "xay", "lam", "cap", "trien", "tao", "ky", "sinh", "nhap", "mo"])


_OUT_OF_TOTAL_RE = re.compile(r"(?<![^\W\d_])tren tong so\s*$")


_FREQUENCY_RE = re.compile(r"[ \t]*(?:lan|buoi|chuyen)[ \t]*/[ \t]*(?:tuan|thang|ngay|nam|quy)(?![^\W\d_])")
_STRETCH_THROUGH_RE = re.compile(r"[ \t]+(?:doan qua|keo dai)(?![^\W\d_])")
_ROAD_NAMED_PREV = frozenset(["duong", "bien", "lo", "tuyen", "tinh", "huyen", "ql", "dt", "dh", "tl", "hl"])
_BOTH_AFTER_RE = re.compile(r"\s*[^\W\d_]+(?:\s+[^\W\d_]+)?\s+deu(?![^\W\d_])")
_NAMED_SET_RE = re.compile(r"[ \t]+(?:tai cho|loai rung)(?![^\W\d_])")
# "Chi hội phụ nữ 5 không 3 sạch", "5 không, 3 sạch": a slogan's figures, no amount
_SLOGAN_AFTER_RE = re.compile(r"[ \t]+khong[ \t]*,?[ \t]*\d+[ \t]+[^\W\d_]")
_SLOGAN_BEFORE_RE = re.compile(r"(?<![\d.,])\d+[ \t]+khong[ \t]*,?[ \t]*$")


# a code of digits and a letter ("14B"), then a comma or "và": the list of codes goes on
_CODE_LISTED_BEFORE_RE = re.compile(r"(?<![\w.,])\d+[^\W\d_][ \t]*(?:,|va)[ \t]*$")
_NEXT_CODE_GAP_RE = re.compile(r"[ \t]*(?:,|va)[ \t]*")
_ONE_LETTER_RE = re.compile(r"[^\W\d_](?![^\W\d_])")
_HELD_UP_BEFORE_RE = re.compile(r"(?<![^\W\d_])vuong(?: gpmb| mat bang)?\s*$")
_HELD_UP_AFTER_RE = re.compile(
    r"\s*(?:[^\W\d_]+ )?chua (?:dong y|dong thuan|nhan|ban giao|di doi|giao mat bang|hien dat|chiu|thong nhat|ky)"
)


def _next_code(folded: str, code: Number, start: int, end: int, raw: str, unit: Unit | None) -> bool:
    """The figure after a code goes on its list: "Quốc lộ 14B, 14D" (a letter glued, no 14 đồng), "đường tỉnh 838,
    839" (as many digits, nothing counted after: no 839 of anything)."""
    if _ONE_LETTER_RE.match(folded, end) and _CODE_LISTED_BEFORE_RE.search(folded, max(0, start - 14), start):
        return True
    return (
        unit is None
        and code.unit is None
        and raw.isdigit()
        and len(raw) == len(code.raw) >= 2
        and _NEXT_CODE_GAP_RE.fullmatch(folded, code.end, start) is not None
        and _NOTHING_COUNTED_RE.match(folded, end) is not None
    )


def _exclusion(folded: str, start: int, end: int, value: float, raw: str, unit: Unit | None) -> str:
    prev = _prev_words(folded, start)
    if prev and ":" in folded[max(0, start - 4) : start]:
        # "6 tháng đầu năm: 72.000 lượt" — a label before a colon does not qualify the figure
        prev = []
    last = prev[-1] if prev else ""
    glued = start > 0 and folded[start - 1].isalpha()
    if glued or (
        start > 1
        and folded[start - 1] == "-"
        and (folded[start - 2].isalpha() or _CODE_BEFORE_DASH_RE.search(folded, max(0, start - 12), start - 1))
    ):
        # "QL37", "ô đất NO-03", "lô CL-05", "dự án điện gió V1-3": a code, no amount
        return "mã/số hiệu"
    if _PLACE_ABBREV_DOT_RE.search(folded, max(0, start - 4), start):
        return "mã/số hiệu"  # "P.3", "Q.7", "X.2": phường 3, quận 7, xã 2
    if unit is not None and unit.group == "ho" and (
        _HELD_UP_BEFORE_RE.search(folded, max(0, start - 16), start) or _HELD_UP_AFTER_RE.match(folded, end)
    ):
        # "GPMB còn vướng 7 hộ chưa đồng ý giá đền bù": the households holding the work up, no amount of it
        return "vướng mắc"
    if unit is None and _FREQUENCY_RE.match(folded, end):
        return "tần suất"  # "thu gom rác 2 lần/tuần": how often, no amount
    if prev == ["con", "ton"]:
        return "tồn đọng"  # "Hồ sơ cấp phép còn tồn 3 bộ": what is left undone, no amount done
    if _STRETCH_THROUGH_RE.match(folded, end) and last in _ROAD_NAMED_PREV:
        # "dự án đường ven biển 129 đoạn qua huyện", "đường 212 kéo dài": the road's number, its stretch here
        return "mã/số hiệu"
    if unit is None and _NAMED_SET_RE.match(folded, end):
        return "tên gọi"  # "phương châm 4 tại chỗ", "quy hoạch 3 loại rừng": a name, no amount
    if unit is None and (
        _SLOGAN_AFTER_RE.match(folded, end) or _SLOGAN_BEFORE_RE.search(folded, max(0, start - 16), start)
    ):
        return "tên gọi"
    if unit is None and _SPEC_AFTER_RE.match(folded, end):
        return "thông số"  # "đường dây 110kV", "tàu 90CV", "sóng 4G": a rating, no amount
    if value in (2.0, 3.0) and _DIMS_RE.match(folded, start):
        return "thông số"  # "số hóa 3D", "bản vẽ 2D": dimensions; nobody reports three đồng
    if unit is None and "." in raw and _VERSION_RE.fullmatch(raw) and last not in _VALUE_CUES:
        return "tên riêng"  # "chợ 4.0", "công nghiệp 4.0": a version in a name; nobody writes 4 as "4.0"
    if value < 25 and unit is None and _CLOCK_AFTER_RE.match(folded[end : end + 6]):
        return "giờ"
    if (
        last == "thang"
        and not (unit is not None and unit.dim == "count" and _MONTHS_SPAN_RE.search(folded, max(0, start - 16), start))
        # "lũy kế 6 tháng 312": after a span of months a bare figure past 12 is no month either
        and not (
            unit is None
            and (value > 12 or value != int(value))
            and _MONTHS_SPAN_RE.search(folded, max(0, start - 16), start)
        )
        # "6 tháng 88,9%", "9 tháng 1.250 tỷ": a month is a whole number up to 12 with no measure of its own
        and not (unit is not None and unit.dim != "count" and (value > 12 or value != int(value)))
        # "ruộng bậc thang 9ha", "cầu thang 12m": a month is never a measure of land, length or weight (money
        # it may seem to be: "tháng 11 đóng điện" folds to "dong")
        and not (unit is not None and unit.dim in ("area", "length", "volume", "mass"))
    ):
        return "tháng"
    if last == "quy":
        return "quý"
    if last == "nam" and len(prev) == 2 and prev[0] in _PART_OF_YEAR and (unit is not None or value < 1900):
        pass  # "từ đầu năm 7 vụ", "cả năm 12 ca": a count since the start of the year, not a year
    elif (
        last == "nam"
        or (
            raw.isdigit()
            and len(raw) == 4
            and 1900 <= value <= 2100
            and unit is None
            # "nv6 +2000", "trồng thêm 2000": a year is never added ("thêm" before a year would be "năm")
            and last != "them"
            and folded[max(0, start - 2) : start].strip() != "+"
        )
    ):
        return "năm"
    if last in ("ngay", "tuan", "hom") and not (
        # "cấp mới trong tuần 14 hộ": within the week, fourteen households; no week 14
        last != "hom" and prev[:1] == ["trong"] and len(prev) == 2 and unit is not None and unit.dim == "count"
    ):
        return "ngày"
    if unit is None and raw.isdigit() and value <= 31 and _DAY_SPAN_AFTER_RE.match(folded, end):
        return "ngày"  # "tuần 22 (27-31/5)": the first day of a span of dates
    if (
        last in _ORDINAL_PREV
        and (unit is None or unit.dim == "count")
        and not (last == "vu" and unit is not None)  # "38 vụ 61 đối tượng": the cases, then the people counted
        and prev[-2:] != ["nghiem", "thu"]
        and prev[-2:] != ["dang", "ky"]  # "đăng ký 350 hộ kinh doanh": registering them, no "kỳ 350"
        and prev[-2:] != ["dinh", "ky"]  # "kiểm tra định kỳ 23 mỏ": periodically, 23 mines; no "kỳ 23"
        and not _LIST_GAP_RE.search(folded, max(0, start - 4), start)  # "hồ sơ đăng ký, 410 LĐ": a list, no "kỳ 410"
    ):
        # an ordinal has no measure: "thu 21,5 tỷ" is "thu" (revenue), not "thứ"; "nghiệm thu 5 phòng" accepts
        # five rooms
        return "thứ tự"
    if last == "doan" and unit is None:
        return "thứ tự"  # "giai đoạn 2", "đoạn 3"
    if (
        unit is None
        and raw.isdigit()
        and value <= 10
        and (last == "muc" or prev[-2:] in (["muc", "do"], ["cap", "do"]))
    ):
        return "mức độ"  # "định danh mức độ 2", "đạt chuẩn mức độ 1", "an toàn thông tin cấp độ 3"
    if unit is None and raw.isdigit() and value <= 20 and (last == "tc" or prev[-2:] == ["tieu", "chi"]):
        return "mã/số hiệu"  # "đạt thêm tiêu chí môi trường (TC 17)": the criterion's number, no count
    if last == "lop" and raw.isdigit() and value <= 12:
        # "học sinh lớp 9 tốt nghiệp … 99,3%", "tuyển sinh vào lớp 6 Trường PTDT nội trú": a grade, not a count
        return "lớp (khối)"
    if prev[-2:] == ["nha", "cap"] and raw.isdigit() and value <= 4:
        return "cấp nhà"  # "Nhà văn hóa thôn 5 (nhà cấp 4)": the building's grade
    if (
        last == "ca"
        and (
            unit is None
            or _next_word(folded, end) == "mat"
            # "Triệu Vân …, Hải Bạch …, cả 2 xã đều …": both of those just named, no count of its own
            or (_BOTH_AFTER_RE.match(folded, end) and "," in folded[: folded.rfind("ca", 0, start)])
        )
    ):
        return "định tính (cả …)"
    if "rong" in prev and (unit is None or unit.dim == "length"):
        # ("nhân rộng 15 mô hình" replicates fifteen models: a count is no width)
        at = folded.rfind("rong", max(0, start - 40), start)
        if folded[max(0, at - 3) : at] != "mo ":
            return "bề rộng"  # "đường rộng 3,5m"; but "mở rộng (được) 7.300m" is the length widened
    if unit is not None and unit.dim == "length" and _RIGHT_OF_WAY_RE.search(folded, max(0, start - 24), start):
        return "bề rộng"  # "hẻm có lộ giới dưới 4m": how wide the alleys are, no length built
    if last == "hang" and unit is None and raw.isdigit() and value <= 5 and prev[-2:] != ["xep", "hang"]:
        # "chợ hạng 3", "đô thị hạng 4": a class, no count; "xếp hạng 2 di tích" ranks two of them
        return "thứ hạng"
    if prev[-2:] == ["khau", "do"] and (unit is None or unit.dim == "length"):
        return "khẩu độ"  # "cống ngăn mặn … khẩu độ 6m": the span of one work, no length built
    if (
        last == "tu"
        and len(prev) == 2
        and prev[0] in _STANDARD_PREV
        # ("tích tụ 18ha" gathers eighteen hectares: "tích" is a dimension only in "diện tích từ")
        and (prev[0] != "tich" or _prev_words(folded, start, 3)[0] == "dien")
    ):
        return "tiêu chuẩn"  # "tàu cá có chiều dài từ 15m trở lên"
    if (
        value == 1
        and unit is not None
        and last in ("tren", "moi", "cho")
        and unit.dim in ("area", "length", "count")
        # "thành lập mới 1 HTX", "trồng mới 1ha": "mới" (new) after the verb, not "mỗi" (each)
        and not (last == "moi" and len(prev) > 1 and prev[-2] in _NEW_AFTER)
    ):
        return "đơn vị tính"  # "giá trị sản xuất trên 1ha", "mỗi 1 km": per one unit, no amount
    if last == "tu" and unit is not None and unit.dim in ("length", "mass", "area") and _AND_UP_RE.match(folded, end):
        return "tiêu chuẩn"  # "tàu cá từ 15m trở lên": which boats, not how many metres
    if ((last in ("pho", "vuc") and prev[0] in ("khu", "dan", "khoi")) or last == "kp") and unit is None:
        return "mã/số hiệu"  # "khu phố 4", "tổ dân phố 7", "KP 5", "khu vực 4", "khối phố 3" (Quảng Nam)
    if unit is None and len(prev) == 2 and (prev[0], prev[1]) in _PROGRAMME_PREV:
        return "mã/số hiệu"  # "theo Dự án 2", "Chương trình 135"
    if prev[-2:] == ["so", "nha"] and unit is None:
        return "mã/số hiệu"  # "số nhà 25"
    if prev[-2:] == ["duong", "huyen"] and unit is None:
        return "mã/số hiệu"  # "Đường huyện 31": a road's number, as "đường tỉnh 741" is
    if (
        last in _IDENT_PREV
        and (unit is None or (unit.dim == "count" and unit.group in _PLACE_GROUPS))
        # "di dời 12 cơ sở", "chuyển đổi 1.500 lồng", "GCN cấp đổi 180": moving, converting, reissuing, no team
        # ("đội 12")
        and prev[-2:] not in (["di", "doi"], ["chuyen", "doi"], ["cap", "doi"])
        # "cử tuyển 8 em", "đã tuyển 8 giáo viên": recruiting eight, no route ("tuyến 8")
        and not (last == "tuyen" and len(prev) == 2 and prev[0] in ("cu", "thi", "da", "duoc"))
        and prev[-2:] != ["ho", "so"]  # "số hóa hồ sơ 36 di tích": files, no "số 36"
        # "quy hoạch phân khu 3 phường": zoning plans of three wards, no "khu 3"
        and prev[-2:] != ["phan", "khu"]
        and prev[-2:] != ["tiem", "phong"]  # "tiêm phòng 200.000 liều": vaccinating, no room ("phòng 12")
        # "tập huấn kỹ năng số 2 ấp", "chuyển đổi số 5 thôn": "số" is digital there, no "số 2"
        and not (last == "so" and tuple(_prev_words(folded, start, 3)[:2]) in _DIGITAL_BEFORE)
        # "đường tỉnh 741" is a road's number, "HSG tỉnh 89 giải" the prizes won at the province's contest
        # ("cả tỉnh 120 dự án", the whole province's figure, is no report of the unit's either)
        and (last != "tinh" or prev[-2:-1] in (["duong"], ["ca"], ["toan"]))
        # "tổng số 98 cơ sở": the total, no "số 98" (but "9 phòng trên tổng số 14" is out of the pledge's 14)
        and (prev[-2:] != ["tong", "so"] or _OUT_OF_TOTAL_RE.search(folded, max(0, start - 16), start) is not None)
    ):
        return "mã/số hiệu"  # "tổ 5 ấp Phước Hòa": the place after the number is another place, no unit
    if prev[-2:] in (["cong", "suat"], ["tai", "trong"]) and not folded.endswith("tong cong suat ", 0, start):
        # ("đạt tổng công suất 150 MW" is the amount pledged: a total, no one work's size)
        # "nhà máy nước công suất 2.000m3/ngày đêm", "cầu … tải trọng 30 tấn": its size, no amount
        return "tiêu chuẩn"
    if unit is None and value <= 120 and _AGES_AFTER_RE.match(folded, end):
        return "tuổi"  # "trẻ 6-14 tuổi", "trẻ từ 3 đến 5 tuổi"
    if (
        unit is None
        and value <= 120
        and (_AGE_LIST_AFTER_RE.match(folded, end) or _AGE_LIST_BEFORE_RE.search(folded, max(0, start - 40), start))
    ):
        return "tuổi"  # "mừng thọ ở các độ tuổi 70, 75, 80", "tròn 70, 75, 80 tuổi": a list of ages"
    if unit is None and (nxt := _next_word(folded, end)) in _TIME_UNITS:  # the next word read only when needed
        if nxt == "mat" and _GROUND_AFTER_RE.match(folded, end):
            return ""  # "12 mặt bằng" are plots, not "3 mặt" (aspects)
        if folded.endswith("+", 0, start) and _THIS_PERIOD_AFTER_RE.match(folded, end):
            return ""  # "DN mới +5 tuần này": five more this week, no span of five weeks
        return {"sao": "số sao", "mat": "định tính", "tuoi": "tuổi", "tang": "số tầng"}.get(nxt, "khoảng thời gian")
    return ""


_RIGHT_OF_WAY_RE = re.compile(r"(?<![^\W\d_])lo gioi(?: (?:duoi|tren|tu|khoang|la|hon|toi thieu))?\s*$")
_CODE_BEFORE_DASH_RE = re.compile(r"(?<![\w.,])[^\W\d_]+\d+$")  # "v1" of "V1-3": letters then digits
_THIS_PERIOD_AFTER_RE = re.compile(r"[ \t]*(?:tuan|thang|quy|nam|ngay)[ \t]+nay(?![^\W\d_])")
_AGE_LIST_AFTER_RE = re.compile(r"(?:\s*(?:,|va)\s*(?:tren\s*)?\d{1,3})+\s*tuoi(?![^\W\d_])")
_AGE_LIST_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?:do|lua) tuoi\s*(?:\d{1,3}\s*(?:,|va)\s*)*(?:tren\s*)?$")
_AND_UP_RE = re.compile(r"\s*[^\W\d_]{0,3}\s*tro len")
_NAME_BEFORE_RE = re.compile(r"([^\W\d_]+)[ \t]+$")
# short capitals that name what is counted ("DN 05", "HS 02"): the abbreviations the lexicon knows, by their letters
# ("ĐX", a season, counts nothing: "Đường ĐX 07" is a commune road's code)
_KNOWN_SHORT = frozenset(k for k in _lx.ABBREVIATIONS if len(k) <= 4) - {"dx"}
_SENTENCE_START_RE = re.compile(r"(^|[.!?;:\n\-(\"“]|\s-)\s*$")


_PLAIN_NAM_AFTER_RE = re.compile(r"[ \t]*nam(?![^\W\d_])")


def marked_no_years(cleaned: str, numbers: list[Number]) -> list[Number]:
    """Give back a figure read as a span of years when, in a text typed with its marks, the word after it is a
    plain "nam" (men), no "năm": "cho 600 nam, nữ thanh niên" counts young people."""
    out = numbers
    for k, n in enumerate(numbers):
        if n.excluded == "khoảng thời gian" and _PLAIN_NAM_AFTER_RE.match(cleaned, n.end):
            if out is numbers:
                out = list(numbers)
            out[k] = n._replace(excluded="")
    return out


def mark_names(cased: str, numbers: list[Number]) -> list[Number]:
    """A bare small figure right after a capitalised name inside a sentence is part of the name:
    "cầu treo Lũng Pô 2", "ấp Phú Hữu 3". `cased` is the cleaned text before lower-casing (same
    offsets); an all-capitals text says nothing about names."""
    if cased.isupper() or cased.islower():
        return numbers
    out = numbers
    for k, n in enumerate(numbers):
        if n.excluded or n.unit is not None or n.denom is not None or not n.raw.isdigit() or n.value >= 100:
            continue
        m = _NAME_BEFORE_RE.search(cased, max(0, n.start - 30), n.start)
        if not m:
            continue
        name = m.group(1)
        if n.raw.startswith("0") and 2 <= len(name) <= 4 and name.isupper() and fold(name.lower()) not in _KNOWN_SHORT:
            # "Đường ĐX 07": a code in capitals no lexicon knows, then a zero-padded number: a road's name
            if out is numbers:
                out = list(numbers)
            out[k] = Number(n.value, n.start, n.end, n.unit, n.raw, excluded="mã/số hiệu")
            continue
        if not (name[0].isupper() and any(ch.islower() for ch in name[1:])):
            continue
        if _SENTENCE_START_RE.search(cased, max(0, m.start() - 4), m.start()):
            continue  # "Việc làm 80": a capital that starts a sentence names nothing
        if out is numbers:
            out = list(numbers)
        out[k] = Number(n.value, n.start, n.end, n.unit, n.raw, excluded="tên riêng")
        prev = n
        for j in range(k + 1, len(numbers)):
            nxt = numbers[j]
            # "KCN Nhơn Trạch 2, 3, 6": bare numbers listed right after a name's number, each standing alone, are the
            # same name's others
            if (
                nxt.excluded
                or nxt.unit is not None
                or not nxt.raw.isdigit()
                or nxt.value >= 100
                or not _NAME_LIST_GAP_RE.fullmatch(cased, prev.end, nxt.start)
                or not _NAME_LIST_END_RE.match(cased, nxt.end)
            ):
                break
            out[j] = Number(nxt.value, nxt.start, nxt.end, nxt.unit, nxt.raw, excluded="tên riêng")
            prev = nxt
    return out


_NAME_LIST_GAP_RE = re.compile(r"[ \t]*(?:,|và|va)[ \t]*")
_NAME_LIST_END_RE = re.compile(r"[ \t]*(?:$|[,.;:!?\n)]|(?:và|va)[ \t]+\d)")


_SLASH_RE = re.compile(r"\s*/\s*")


_MEASURED_DIMS = ("money", "length", "area", "mass")


def _measured_fractions(folded: str, numbers: list[Number]) -> list[Number]:
    """ "412 tỷ/650 tỷ kế hoạch", "2.950m/4.200m": two amounts of one measure joined by a slash are a
    fraction, the first of the second, in the first's unit."""
    out: list[Number] = []
    k = 0
    while k < len(numbers):
        n = numbers[k]
        nxt = numbers[k + 1] if k + 1 < len(numbers) else None
        # two plain figures, the second an amount of a measure, joined by a slash
        slashed = (
            nxt is not None
            and not n.excluded
            and not nxt.excluded
            and n.denom is None
            and nxt.denom is None
            and nxt.unit is not None
            and nxt.unit.dim in _MEASURED_DIMS
            and nxt.value > 0
            and _SLASH_RE.fullmatch(folded, n.end, nxt.start) is not None
        )
        if slashed and nxt is not None and nxt.unit is not None and n.unit is not None and n.unit.dim == nxt.unit.dim:
            denom = nxt.value * nxt.unit.factor / n.unit.factor
            share = bool(_SHARE_AFTER_RE.match(folded, nxt.end))
            raw = folded[n.start : nxt.end]
            out.append(Number(n.value, n.start, nxt.end, n.unit, raw, denom=denom, how=f"phân số {raw}", share=share))
            k += 2
            continue
        if (
            slashed
            and nxt is not None
            and n.unit is None
            and n.alt is None
            and (literal := _LITERAL_RE.match(nxt.raw)) is not None
        ):
            # "212,5/310 tỷ đồng": the first amount is said in the second's measure, magnitude and all
            scale = nxt.value / read_literal(literal.group(0))[0]
            share = bool(_SHARE_AFTER_RE.match(folded, nxt.end))
            raw = folded[n.start : nxt.end]
            how = f"phân số {raw}"
            out.append(Number(n.value * scale, n.start, nxt.end, nxt.unit, raw, denom=nxt.value, how=how, share=share))
            k += 2
            continue
        out.append(n)
        k += 1
    return out


_HALF_RE = re.compile(r"[ \t]+ruoi(?![^\W\d_])")
# measures a unit of which "rưỡi" adds half ("2 tấn rưỡi"); not counts: "2 hộ rưỡi" is no report
_HALVED_DIMS = frozenset(["length", "area", "mass", "volume", "money"])


def _and_a_half(folded: str, at: int) -> int | None:
    """Where a "rưỡi" right after a figure's unit ends, if one is there."""
    if not folded.startswith("ruoi", at + 1):
        return None
    m = _HALF_RE.match(folded, at)
    return m.end() if m else None


# "nửa cây số", "một nửa tỷ": half of one unit, said in words ("nữa" folds alike, but never comes before a unit)
_HALF_UNIT_RE = re.compile(r"(?<![^\W\d_])(?:mot )?nua(?= )")


def _half_units(folded: str, found: list[Number]) -> list[Number]:
    taken = [(n.start, n.end) for n in found]
    for m in _HALF_UNIT_RE.finditer(folded):
        if any(a <= m.start() < b for a, b in taken):
            continue
        mag = MAGNITUDE_RE.match(folded, m.end())
        if mag is not None and _MAGNITUDES[mag.group(1)] >= 1e6:
            hit = match_after(folded, mag.end())
            stop = hit[1] if hit is not None and hit[0].dim == "money" else mag.end()
            value = 0.5 * _MAGNITUDES[mag.group(1)]
            found.append(Number(value, m.start(), stop, _MONEY, folded[m.start() : stop], how="nửa = 0,5"))
            continue
        hit = match_after(folded, m.end())
        if hit is not None and hit[0].dim in _HALVED_DIMS and hit[0].dim != "money":
            found.append(Number(0.5, m.start(), hit[1], hit[0], folded[m.start() : hit[1]], how="nửa = 0,5"))
    found.sort(key=lambda n: n.start)
    return found


_HALF_OF_PLAN_RE = re.compile(r"(?<![^\W\d_])(?:mot|1) nua(?= (?:ke hoach|kh|chi tieu|du toan)(?![^\W\d_]))")


def find_numbers(folded: str) -> list[Number]:
    found = _find_numbers(folded)
    if "mot nua" in folded or "1 nua" in folded:
        # "được một nửa kế hoạch", "được 1 nửa chỉ tiêu": half of the plan, said in words
        for m in _HALF_OF_PLAN_RE.finditer(folded):
            found = [n for n in found if not m.start() <= n.start < m.end()]  # (the "1" of "1 nửa" is no count)
            found.append(Number(50.0, m.start(), m.end(), PERCENT, m.group(0), how="một nửa = 50%", share=True))
        found.sort(key=lambda n: n.start)
    if "nua " in folded:
        found = _half_units(folded, found)
    if len(found) > 1 and ("km" in folded or "cay so" in folded or "ki lo" in folded):
        found = _kilometres_and_metres(folded, found)
    return found


def _kilometres_and_metres(folded: str, found: list[Number]) -> list[Number]:
    """ "1 cây số 200 mét", "2km 350m": one length said in two units, read as the kilometres it is (1,2 km)."""
    out: list[Number] = []
    for n in found:
        last = out[-1] if out else None
        if (
            last is not None
            and not last.excluded
            and not n.excluded
            and last.unit is not None
            and last.unit.label == "km"
            and last.denom is None
            and n.unit is not None
            and n.unit.label == "m"
            and n.denom is None
            and last.value == int(last.value)
            and 0 < n.value < 1000
            # only a space between: "1km, 200m" may be two things listed
            and not folded[last.end : n.start].strip(" \t")
        ):
            value = last.value + n.value / 1000
            raw = folded[last.start : n.end]
            out[-1] = last._replace(value=value, end=n.end, raw=raw, alt=None, how=f"{raw} = {value:g} km")
            continue
        out.append(n)
    return out


def _find_numbers(folded: str) -> list[Number]:
    """Every figure in a folded text, left to right."""
    out: list[Number] = []
    new = tuple.__new__
    pos = 0
    while True:
        m = _LITERAL_RE.search(folded, pos)
        if not m:
            break
        start, end, raw = m.start(), m.end(), m.group()
        pos = end
        if len(raw) > 40:
            out.append(Number(0.0, start, end, None, raw, excluded="số không hợp lệ"))
            continue
        try:
            value, alt, how = read_literal(raw)
        except ValueError:
            continue
        exponent = _EXPONENT_RE.match(folded, end) if folded[end : end + 1] in ("e", ".", ",") else None
        if exponent or value > _HUGE:
            # "1e308", "5e3", 10^20: no official reports such a figure; it is asked, never recorded
            stop = exponent.end() if exponent else end
            out.append(Number(0.0, start, stop, None, folded[start:stop], excluded="số không hợp lệ"))
            pos = stop
            continue
        if start > 0 and folded[start - 1] == "-" and (start < 2 or not folded[start - 2].isalnum()):
            # "-5 tỷ": a negative amount is never silently recorded as a positive one
            hit = match_after(folded, end)
            stop = hit[1] if hit else end
            out.append(Number(-value, start - 1, stop, None, folded[start - 1 : stop], excluded="số âm"))
            pos = stop
            continue
        clock = _CLOCK_RE.match(folded[end : end + 3]) if folded.startswith(":", end) else None
        if clock:
            out.append(Number(value, start, end + 3, None, folded[start : end + 3], excluded="giờ"))
            pos = end + 3
            continue
        plus = start > 0 and folded[start - 1] == "+"
        # fractions and dates: a/b, a/b/c, a-b-c
        frac = (
            _FRACTION_RE.match(folded[end : end + 20])
            if folded.find("/", end, end + 20) >= 0 and (raw.isdigit() or _THOUSANDS_RE.match(raw))
            else None
        )
        if frac:
            whole = frac.group(1)
            decimal_whole = _DECIMAL_WHOLE_RE.fullmatch(whole) is not None
            b = float(whole.replace(",", ".")) if decimal_whole else float(whole.replace(".", ""))
            fend = end + frac.end()
            unit_hit = match_after(folded, fend)
            frac_unit = unit_hit[0] if unit_hit else None
            prev = _prev_words(folded, start)
            is_date = not decimal_whole and (
                bool(frac.group(2))
                or _DATE_RANGE_BEFORE_RE.search(folded, max(0, start - 12), start) is not None
                or (
                    value <= 31
                    and 1 <= b <= 12
                    and (
                        # "từ 15/6", "ngày 2/9" are dates; "đạt 2/3 ấp" is not, whatever came before
                        (
                            # ("ra mắt 2/9": launched on National Day; "ra mắt 5/5 làng" counts villages)
                            (
                                _date_cue_in(prev, folded, start)
                                # ("thông xe 2/9", "bàn giao 5/9", "đưa vào sử dụng 2/9": the day an opening was
                                # held, with nothing counted after)
                                or (
                                    tuple(prev[-2:]) in _OPENINGS
                                    and _NOTHING_COUNTED_RE.match(folded, fend) is not None
                                )
                            )
                            and not (prev and prev[-1] in _VALUE_CUES)
                            and prev[-2:] != ["den", "nay"]  # "đến nay 2/3 xã": so far, not up to a day
                            and not _investment_only(prev, folded, start)
                            # "khai giảng 7/12 lớp": an event's word before a share of things counted
                            and not (
                                frac_unit is not None
                                and frac_unit.dim == "count"
                                and value <= b
                                and all(w in _EVENT_CUES for w in prev if w in _DATE_CUES)
                            )
                        )
                        or not (frac_unit is not None or (prev and prev[-1] in _VALUE_CUES) or value <= b)
                    )
                )
            )
            not_percent = frac_unit is None or frac_unit.dim != "percent"
            # "trực 24/24", "cấp điện 24/24h", "đảm bảo 24/24 giờ": around the clock
            on_duty = b == 24 and (
                _ROUND_THE_CLOCK_BEFORE_RE.search(folded, max(0, start - 40), start) is not None
                or _HOURS_AFTER_RE.match(folded, end + frac.end()) is not None
            )
            if value == 24 and (b == 7 or on_duty) and frac.group(2) is None:
                # "trực ban 24/24", "24/7": around the clock, no share of anything
                fend = end + frac.end()
                out.append(Number(value, start, fend, None, folded[start:fend], excluded="thời gian"))
                pos = fend
                continue
            if value <= 12 and 1990 <= b <= 2100 and frac_unit is None and frac.group(2) is None:
                # "đợt 1/2024", "tháng 7/2024": a round or a month of a year, no share of anything
                fend = end + frac.end()
                out.append(Number(value, start, fend, None, folded[start:fend], excluded="thời gian"))
                pos = fend
                continue
            if (
                1990 <= b <= 2100
                and frac_unit is None
                and (tuple(prev[-2:]) in _DOCUMENT_PREV or (prev and prev[-1] in _DOCUMENT_SHORT))
            ):
                # "theo Nghị định 114/2024", "QĐ 245/2023/QĐ-UBND": a document's number and year, no share of anything
                fend = end + frac.end()
                out.append(Number(value, start, fend, None, folded[start:fend], excluded="mã/số hiệu"))
                pos = fend
                continue
            if value == 1 and b in _MAP_SCALES and frac.group(2) is None:
                # "QHPK tỷ lệ 1/2000": a map's scale, no share of anything
                fend = end + frac.end()
                out.append(Number(value, start, fend, None, folded[start:fend], excluded="tỷ lệ bản đồ"))
                pos = fend
                continue
            if frac.group(2) is None and not is_date and b > 0 and not_percent:
                share = bool(_SHARE_AFTER_RE.match(folded, fend))
                if share:
                    frac_unit, unit_hit = None, None  # "kế hoạch" here is the plan, not a counted document
                uend = unit_hit[1] if unit_hit else fend
                out.append(
                    Number(
                        value,
                        start,
                        uend,
                        frac_unit,
                        folded[start:uend],
                        denom=b,
                        how=f"phân số {raw}/{frac.group(1)}",
                        share=share,
                    )
                )
                pos = uend
                continue
            out.append(Number(value, start, fend, None, folded[start:fend], excluded="ngày"))
            pos = fend
            continue
        if len(raw) == 4 and raw.isdigit() and (years := _SPACED_YEARS_RE.match(folded, end, end + 10)):
            # "Lễ kỷ niệm 195 năm thành lập huyện (1829 - 2024)": a span of years, spaced around the dash
            out.append(Number(value, start, years.end(), None, folded[start : years.end()], excluded="khoảng năm"))
            pos = years.end()
            continue
        if folded.startswith("-", end) and _DASH_DIGIT_RE.match(folded[end : end + 2]) and raw.isdigit():
            # 20-6-2024 dates and 2024-2029 ranges are not values
            rng = _RANGE_RE.match(folded[end : end + 12])
            if rng and (rng.group(2) or len(raw) == 4):
                out.append(Number(value, start, end + rng.end(), None, raw, excluded="ngày/khoảng năm"))
                pos = end + rng.end()
                continue
        unit: Unit | None = None
        uend = end
        mag = MAGNITUDE_RE.match(folded, end)
        if mag:
            factor = _MAGNITUDES[mag.group(1)]
            uend = mag.end()
            more = MAGNITUDE_RE.match(folded, uend)
            if more and _MAGNITUDES[more.group(1)] > factor:
                factor *= _MAGNITUDES[more.group(1)]  # "21 nghìn tỷ": thousands of billions
                uend = more.end()
            value *= factor
            if alt is not None:
                alt *= factor
            sub = _SUB_RE.match(folded, uend)
            if sub:
                sub_unit = match_after(folded, sub.end())
                if sub.group(2) and _MAGNITUDES[sub.group(2)] < factor:
                    value += float(sub.group(1)) * _MAGNITUDES[sub.group(2)]
                    uend = sub.end()
                    alt = None
                    # "3 nghìn 1 trăm 20": the tens after the hundreds
                    tail = _SUB_RE.match(folded, uend) if sub.group(2) == "tram" else None
                    if tail is not None and not tail.group(2) and len(tail.group(1)) <= 2:
                        value += float(tail.group(1)) * (10.0 if len(tail.group(1)) == 1 else 1.0)
                        uend = tail.end()
                elif not sub.group(2) and (sub_unit is None or sub_unit[0].dim == "money"):
                    value += float("0." + sub.group(1)) * factor
                    uend = sub.end()
                    alt = None
                elif not sub.group(2) and factor == 1e3 and len(sub.group(1)) == 3:
                    # "2 nghìn 800 tấn": two thousand eight hundred of the unit after it
                    value += float(sub.group(1))
                    uend = sub.end()
                    alt = None
            if factor < 1e6 and (bigger := MAGNITUDE_RE.match(folded, uend)) is not None:
                if _MAGNITUDES[bigger.group(1)] > factor:
                    # "9 nghìn 450 tỷ", "3 nghìn 1 trăm tỷ", "5 trăm triệu": the whole is so many of the larger
                    factor = _MAGNITUDES[bigger.group(1)]
                    value *= factor
                    uend = bigger.end()
                    alt = None
            elif (half := _and_a_half(folded, uend)) is not None:
                # "2 tỷ rưỡi", "3 nghìn rưỡi": and half of that magnitude
                value += 0.5 * factor
                uend, alt = half, None
                how = (how + "; " if how else "") + "rưỡi = thêm nửa"
            hit = match_after(folded, uend)
            if hit and hit[0].dim == "money" and hit[0].factor == 1.0:
                unit, uend = _MONEY, hit[1]
            elif hit and hit[2] == "dong chi" and factor >= 1e3:
                # "9,5 tỷ đồng chi thường xuyên": the currency before "chi" (spending), no "đồng chí"
                unit, uend = _MONEY, folded.index("dong", uend) + 4
            elif hit and hit[0].dim in ("count", "area", "length", "mass", "volume") and hit[0].group != "van ban":
                unit, uend = hit[0], hit[1]
            elif factor >= 1e9 or (factor >= 1e6 and not _COUNTED_AFTER_RE.match(folded, uend)):
                unit = _MONEY  # "650 tỷ (kế hoạch)": money; but "1,12 triệu TEU", "1,2 triệu lượt" count things
            how = (how + "; " if how else "") + f"nhân {mag.group(1)}"
        else:
            hit = match_after(folded, end)
            if hit:
                unit, uend = hit[0], hit[1]
                if hit[0].dim in _HALVED_DIMS and (half := _and_a_half(folded, uend)) is not None:
                    # "2 cây số rưỡi": two and a half of the unit
                    value, uend, alt = value + 0.5, half, None
                    how = (how + "; " if how else "") + "rưỡi = thêm nửa"
        excluded = _exclusion(folded, start, end, value, raw, unit)
        if (
            not excluded
            and out
            and out[-1].excluded == "mã/số hiệu"
            and _next_code(folded, out[-1], start, end, raw, unit)
        ):
            excluded = "mã/số hiệu"  # "Quốc lộ 14B, 14D", "đường tỉnh 838, 839": the list of codes goes on
        if not excluded and unit is not None and unit.dim == "money" and _PER_UNIT_RE.match(folded, uend):
            excluded = "đơn giá"  # "giá trúng 2,1 tỷ/lô", "14 triệu/m2": a price per unit, no amount
        share = False
        if unit is PERCENT or (unit is not None and unit.dim == "percent"):
            unit = PERCENT
            share = bool(_SHARE_AFTER_RE.match(folded, uend))  # "60% kế hoạch": a share of the plan
        # every field in order (denom None): Number's own __new__ is a Python function taking keywords
        out.append(new(Number, (value, start, uend, unit, folded[start:uend], alt, None, excluded, plus, how, share)))
        pos = uend
    if len(out) > 1 and "/" in folded:
        out = _measured_fractions(folded, out)
    for m in _NOT_A_NUMBER_RE.finditer(folded) if ("inf" in folded or "\u221e" in folded) else ():
        out.append(Number(0.0, m.start(), m.end(), None, m.group(), excluded="số không hợp lệ"))
    if len(out) > 1 and out[-1].excluded == "số không hợp lệ":
        out.sort(key=lambda n: n.start)
    return out
