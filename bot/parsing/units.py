"""Units of measure and counted things, and conversion between them.

A unit is a dimension (length, area, money, percent, count) and a factor to the dimension's base
(metre, square metre, đồng); counts carry the counted noun's group, so "người" and "lao động" fit
each other while "hộ" does not fit "người".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True, slots=True)
class Unit:
    dim: str  # length | area | money | percent | count | mass | volume | yield | power
    factor: float = 1.0
    group: str = ""  # for counts: what is counted
    label: str = ""  # how to print it

    def fits(self, other: Unit) -> bool:
        if self.dim != other.dim:
            # "năng suất lúa 59,4 tạ" on a task in tạ/ha: a yield said as the mass one hectare gives
            return {self.dim, other.dim} == _MASS_AND_YIELD
        if self.dim != "count" or self.group == other.group or {self.group, other.group} in _SAME_COUNTS:
            return True
        if "dv" in (self.label, other.label) and {self.group, other.group} <= _DV_MEANINGS:
            return True  # "xong 4 ĐV" on "… tại 6 đơn vị": the abbreviation stands for what the task counts
        # "246 người" counts the people of a task on "300 cán bộ, công chức": the bare word for people fits
        # any kind of people (but "cán bộ" is no "lao động")
        bare = {self.label, other.label} & _BARE_PEOPLE
        return bool(bare) and {self.group, other.group} <= _PEOPLE


PERCENT = Unit("percent", 1.0, "", "%")
_MASS_AND_YIELD = {"mass", "yield"}
# groups that count the same things in the other's task: "thêm 12 nhà" on "120 nhà ở (căn)"; kept apart
# because a "nhà văn hóa" is a unit reaching a standard one by one and a "căn" for a household is not
# "65 học viên" of a course for "250 cán bộ, công chức": trainees are whoever the course is for
_BARE_PEOPLE = frozenset(["nguoi", "ng", "hoc vien"])
_PEOPLE = frozenset(
    [
        *("nguoi", "can bo", "cong chuc", "vien chuc", "dang vien", "hoc sinh", "thanh nien", "cong dan", "doi tuong"),
        # members are people: "thêm 1 lớp 45 người" on "Tập huấn … cho 450 thành viên tổ công nghệ số"
        *("thanh vien", "hoi vien", "doan vien"),
        # staff are people: "bồi dưỡng GV thêm 2 lớp, 260 người" on "Bồi dưỡng … cho 1.200 giáo viên"
        *("giao vien", "nhan vien"),
    ]
)
# "2 cuộc" meetings, "6 cây" bridges, a folded "2 ho" on lakes
_SAME_COUNTS = ({"nha", "can"}, {"cuoc", "hoi nghi"}, {"cay", "cau"}, {"ho", "ho chua"})
_LAKES = Unit("count", 1.0, "ho chua", "hồ chứa")
# what "ĐV" after a number may count: party members (read so by default), units, youth union members
_DV_MEANINGS = frozenset(["dang vien", "don vi", "doan vien"])

# Folded spellings after a number, longest first in the regex. Count nouns map to a group.
_MEASURES: dict[str, Unit] = {
    "%": PERCENT,
    "phan tram": PERCENT,
    "km2": Unit("area", 1e6, "", "km²"),
    "km 2": Unit("area", 1e6, "", "km²"),
    "m2": Unit("area", 1.0, "", "m²"),
    "met vuong": Unit("area", 1.0, "", "m²"),
    "ha": Unit("area", 1e4, "", "ha"),
    "hecta": Unit("area", 1e4, "", "ha"),
    "hec ta": Unit("area", 1e4, "", "ha"),
    "hec-ta": Unit("area", 1e4, "", "ha"),
    "hecta dat": Unit("area", 1e4, "", "ha"),
    "sao bac bo": Unit("area", 360.0, "", "sào"),
    "km": Unit("length", 1e3, "", "km"),
    "cay so": Unit("length", 1e3, "", "km"),
    "kilomet": Unit("length", 1e3, "", "km"),
    "ki lo met": Unit("length", 1e3, "", "km"),
    "m": Unit("length", 1.0, "", "m"),
    "met": Unit("length", 1.0, "", "m"),
    "md": Unit("length", 1.0, "", "m"),
    "met dai": Unit("length", 1.0, "", "m"),
    "ty dong": Unit("money", 1e9, "", "tỷ đồng"),
    "ti dong": Unit("money", 1e9, "", "tỷ đồng"),
    "trieu dong": Unit("money", 1e6, "", "triệu đồng"),
    "tr dong": Unit("money", 1e6, "", "triệu đồng"),
    "nghin dong": Unit("money", 1e3, "", "nghìn đồng"),
    "ngan dong": Unit("money", 1e3, "", "nghìn đồng"),
    "dong": Unit("money", 1.0, "", "đồng"),
    "vnd": Unit("money", 1.0, "", "đồng"),
    "d": Unit("money", 1.0, "", "đồng"),
    # power of a plant: "đóng điện thêm 48 megawatt" on "… đạt tổng công suất 150 MW"
    "mw": Unit("power", 1e6, "", "MW"),
    "megawatt": Unit("power", 1e6, "", "MW"),
    "mega oat": Unit("power", 1e6, "", "MW"),
    "kw": Unit("power", 1e3, "", "kW"),
    "kilowatt": Unit("power", 1e3, "", "kW"),
    "tan": Unit("mass", 1e3, "", "tấn"),
    "ta": Unit("mass", 100.0, "", "tạ"),
    # yields: "57,4 tạ/ha" on "Năng suất lúa bình quân đạt 58 tạ/ha" (kg per hectare)
    "ta/ha": Unit("yield", 100.0, "", "tạ/ha"),
    "tan/ha": Unit("yield", 1e3, "", "tấn/ha"),
    "kg": Unit("mass", 1.0, "", "kg"),
    "m3": Unit("volume", 1.0, "", "m³"),
}

# Counted nouns: folded phrase → group. Synonyms share a group.
_COUNTS: dict[str, str] = {
    "nguoi": "nguoi",
    "ng": "nguoi",  # phone shorthand: "XKLĐ 6 ng"
    "lao dong": "nguoi",
    "ld": "nguoi",
    "luot nguoi": "luot",  # visits: "1.630 lượt" on "1.800 lượt người"
    "nhan khau": "nguoi",
    "cong nhan": "nguoi",
    "nguoi lao dong": "nguoi",
    "ldnt": "nguoi",  # lao động nông thôn
    "ho": "ho",
    "ma so": "ma so",  # "cấp thêm 3 mã số vùng trồng"
    "ma": "ma so",  # "cấp thêm 3 mã": codes
    "ho gia dinh": "ho",
    "ho dan": "ho",
    "ho ngheo": "ho",
    "ho can ngheo": "ho",
    "doanh nghiep": "doanh nghiep",
    "dn": "doanh nghiep",
    "san pham": "san pham",
    "sp": "san pham",
    "xa": "xa",
    "xa, thi tran": "xa",
    "xa thi tran": "xa",
    "don vi": "don vi",
    "thon": "thon",
    "ap": "thon",
    "to dan pho": "thon",
    "khu pho": "thon",
    "truong": "truong",
    "truong hoc": "truong",
    "chi bo": "chi bo",
    "dang vien": "dang vien",
    "dv": "dang vien",
    "d/c": "dang vien",  # "đ/c" (đồng chí): how party members are counted
    "dong chi": "dang vien",
    "cay": "cay",
    "cay xanh": "cay",
    "goc": "cay",
    "ho so": "ho so",
    "thu tuc": "ho so",
    "tthc": "ho so",
    "nhiem vu": "nhiem vu",
    "tieu chi": "tieu chi",
    "chi tieu": "chi tieu",
    "vu": "vu",
    # "tiêm thêm 15 nghìn liều": doses of vaccine
    "lieu": "lieu",
    "lieu vac xin": "lieu",
    # "giải quyết 3 đơn thư tranh chấp": petitions, no workers
    "don thu": "don thu",
    "don": "don thu",
    "truong hop": "truong hop",
    "hop tac xa": "hop tac xa",
    "htx": "hop tac xa",
    "to hop tac": "to hop tac",
    "cau lac bo": "cau lac bo",
    "clb": "cau lac bo",
    "mo hinh": "mo hinh",
    "cong trinh": "cong trinh",
    "can": "can",
    "nha": "nha",
    "can nha": "can",
    "nha o": "can",
    "lop": "lop",
    "hoi nghi": "hoi nghi",
    "cuoc": "cuoc",
    "dot": "dot",
    "doi tuong": "doi tuong",  # "7 đối tượng nghiện": people a duty deals with
    "hoc vien": "nguoi",  # trainees are people: "35 học viên" on "đào tạo nghề cho 150 lao động"
    "can bo": "can bo",
    "cong chuc": "cong chuc",
    "vien chuc": "vien chuc",
    "thanh nien": "thanh nien",
    "cong dan": "cong dan",
    "hoc sinh": "hoc sinh",
    "tre": "tre",
    "tuyen": "tuyen",
    "diem": "diem",
    "cau": "cau",
    "cay cau": "cau",  # "3 cây cầu": the classifier before the bridge
    "ke hoach": "van ban",
    "van ban": "van ban",
    "bao cao": "van ban",
    "luot": "luot",
    "the": "the",
    "camera": "camera",
    "hop dong": "hop dong",
    # books, however they are counted: "600 cuốn sách tặng" on "Bổ sung 3.500 bản sách"
    "ban sach": "sach",
    "cuon sach": "sach",
    "quyen sach": "sach",
    "dau sach": "sach",
    "cuon": "sach",
    "quyen": "sach",
}

PEOPLE = _PEOPLE
KNOWN_COUNTS = frozenset(_COUNTS.values())  # counted things the reader knows by name
_PATTERNS = sorted(list(_MEASURES) + list(_COUNTS), key=len, reverse=True)
# a unit follows its figure on the same line: "Kết nạp ĐV 6\nThẻ BHYT 352" is not "6 thẻ"
UNIT_RE = re.compile(
    r"[ \t]*("
    # a unit ending in a digit ("km 2", "m3") ends there: "1km 200m" is no "1 km²" and "200"
    + "|".join(re.escape(p).replace(r"\ ", r"[ \t]*") + (r"(?!\d)" if p[-1].isdigit() else "") for p in _PATTERNS)
    + r")(?![^\W\d_])"
)


@lru_cache(maxsize=1024)  # a unit is frozen: the same few spellings come back in every message
def lookup(folded: str) -> Unit | None:
    """The unit a folded phrase names, or None."""
    phrase = " ".join(folded.replace(",", " ").split())
    if phrase in _MEASURES:
        return _MEASURES[phrase]
    if phrase.replace(" ", "") in _MEASURES:
        return _MEASURES[phrase.replace(" ", "")]
    if phrase in _COUNTS:
        return Unit("count", 1.0, _COUNTS[phrase], phrase)
    return None


def match_after(folded: str, pos: int) -> tuple[Unit, int, str] | None:
    """A unit starting at pos in folded text (spaces allowed before): (unit, end, phrase)."""
    m = UNIT_RE.match(folded, pos)
    if not m:
        return None
    unit = lookup(m.group(1))
    if unit is None:
        return None
    if m.group(1).endswith("dong") and _COMPATRIOTS_AFTER_RE.match(folded, m.end()):
        return None  # "lần thứ 46 đồng bào tử nạn": compatriots, no money
    return unit, m.end(), m.group(1)


_COMPATRIOTS_AFTER_RE = re.compile(r"[ \t]*bao(?![^\W\d_])")


def parse_unit(text: str | None) -> Unit | None:
    """A task's stated unit ("tỷ đồng", "ha", "lao động") as a Unit; unknown nouns become their own count."""
    if not text:
        return None
    from bot.parsing.normalize import clean, fold

    folded = " ".join(fold(clean(text)).split())  # (clean() reads "m²", "m³" as "m2", "m3")
    said = clean(text).split()
    if said[:1] == ["hồ"] and said[1:2] != ["sơ"]:  # ("hồ sơ" are files)
        # a pledge's "3 hồ chứa" counts lakes, each finished one by one, not households ("hộ" folds alike; a
        # message's folded "2 ho" still fits, see _SAME_COUNTS)
        return _LAKES
    unit = lookup(folded)
    if unit is not None:
        return unit
    hit = match_after(folded, 0)
    if hit is not None and hit[1] >= len(folded.rstrip()):
        return hit[0]
    if folded in ("trieu", "tr"):
        return Unit("money", 1e6, "", "triệu đồng")
    if folded in ("ty", "ti"):
        return Unit("money", 1e9, "", "tỷ đồng")
    return Unit("count", 1.0, folded, folded)


def convert(value: float, src: Unit, dst: Unit) -> float:
    return value * src.factor / dst.factor
