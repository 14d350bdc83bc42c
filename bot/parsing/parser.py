"""parse_message: one official's tasks and one chat message in, the updates to record (or a question) out.

Pipeline: clean the text → cut it into clauses (on ; , newlines and sentence ends, but never inside
"2,8ha") → read the figures of each clause → score every task on the clause's words (IDF over the
official's own tasks, bigrams, abbreviations, unit fit) → accept the best task only with a margin over
the second and when it explains enough of the clause → turn the figure into the task's unit and kind.
When unsure the clause becomes a question (ambiguous/unmatched with ranked candidates): a wrong write
is worse than a miss.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import groupby, pairwise
from typing import Any

from bot.models import Direction, UpdateKind
from bot.parsing import lexicon as lx
from bot.parsing.normalize import (
    SYLLABLE_RE,
    Word,
    clean,
    fold,
    has_tone_marks,
    is_syllable,
    near_misses,
    telex_fold,
    word_forms,
    words,
)
from bot.parsing.numbers import INVALID, OF_WHICH_RE, Number, as_days, find_numbers, mark_names, marked_no_years
from bot.parsing.spelled import spell_digits
from bot.parsing.types import REPORT_LATER, Candidate, ParsedUpdate, ParseResult, ParseStatus, PledgedTask
from bot.parsing.units import KNOWN_COUNTS, PEOPLE, PERCENT, Unit, convert, match_after, parse_unit

MAX_CHARS = 4000
_MAX_APART = 3
# words that may stand before a figure that goes on with the report before it: "mới 78%", "hiện còn 5,9%"
_ORDINAL = "thứ tự"
# the words an ordinal follows, with their marks: "ký 2 chuỗi" (signed two) is no "kỳ 2" (the second term)
_ORDINAL_KEYS = frozenset(
    word_forms(w)[1] for w in ("thứ", "lần", "đợt", "kỳ", "khóa", "khoá", "phiên", "vụ", "giai", "đoạn", "phase")
)
_WORD_BEFORE_RE = re.compile(r"([^\W\d_]+)[ \t]*$")


def _marked_no_ordinal(cleaned: str, numbers: list[Number]) -> list[Number]:
    """Give back a figure read as an ordinal when the word before it, typed with its marks, is no ordinal's word."""
    out = []
    for n in numbers:
        if n.excluded == _ORDINAL and (m := _WORD_BEFORE_RE.search(cleaned, max(0, n.start - 16), n.start)):
            _, key, accented = word_forms(m.group(1).lower())
            if accented and key not in _ORDINAL_KEYS:
                n = n._replace(excluded="")
        out.append(n)
    return out


_ALONE_WORDS = frozenset(
    ["moi", "hien", "nay", "con", "dat", "duoc", "dc", "chi", "co", "len", "xuong", "uoc", "la", "khoang", "gan", "hon"]
)
_DA = (word_forms("đã")[1], "da")
_ROI = (word_forms("rồi")[1], "roi")
# "tuần rồi" is last week, "biết rồi" acknowledges: neither says a task's verb is done
_VERB_MARKS = frozenset(["da", "roi"])
_NOT_DONE_ROI = frozenset(["tuan", "thang", "nam", "hom", "bua", "biet", "nhan", "roi", "dot", "ky", "quy"])
_SEP = "; "
_GIAM = (lx.phrase_keys("giảm"),)
_KIP_THOI = (lx.phrase_keys("kịp thời"),)
# a duty said to recur each period: "Chi trả trợ cấp xã hội hàng tháng đúng hạn"
_EACH_PERIOD = tuple(lx.phrase_keys(p) for p in ("hàng tháng", "hằng tháng", "hàng quý", "hằng quý", "định kỳ"))
_INSPECT = (lx.phrase_keys("kiểm tra"), lx.phrase_keys("thanh tra"), lx.phrase_keys("phát hiện"))
_SETTLE = (lx.phrase_keys("giải quyết"), lx.phrase_keys("tiếp nhận"))
_IN_TIME = tuple(lx.phrase_keys(p) for p in ("đúng hạn", "đúng thời hạn", "trước hạn"))
_HANDLE = (lx.phrase_keys("xử lý"),)
_APPROVAL_VERBS = tuple(
    lx.phrase_keys(p) for p in ("phê duyệt", "ban hành", "quyết định", "ký", "cấp", "thông qua", "thẩm định")
)
_COMPLETE = (
    lx.phrase_keys("hoàn thành"),
    lx.phrase_keys("xong"),
    lx.phrase_keys("hoàn tất"),
    lx.phrase_keys("dứt điểm"),  # "đã xử lý dứt điểm toàn bộ"
)
_CHANGE = (lx.phrase_keys("giảm"), lx.phrase_keys("tăng"))
_REMAIN = (lx.phrase_keys("còn"), lx.phrase_keys("xuống"), lx.phrase_keys("ở mức"))
_REF_RE = re.compile(
    r"(?<![^\W_])(?:#\s*(\d{1,3})|nv\.?\s*(\d{1,3})"
    r"|nhiem vu\s*(?:so\s*)?(\d{1,3})(?=\s*[:.\-]|\s+\d))(?![\d]|[.,]\d)"
)
_TOTAL_BEFORE_RE = re.compile(
    # "…, vẫn 86 người": still the same total; "thêm 2 phòng, đủ 6 phòng": the count the increment made up
    # ("3 sao trở lên (1 sp …)": "and above", no total)
    # ("bê tông được 800m" is concrete, no total)
    r"((?<!be )(?<!be-)tong( so| cong)?|(?:luy ke|(?<![^\W\d_])lk)(?: \d{1,2} thang)?|(?<!tro )len|cong don"
    r"|tinh den nay|den nay"
    r"|vay la( du)?|la du"
    r"|hien co|(?<![^\W\d_])van"
    r"|[,;]\s*(da\s+)?du"
    # "thêm 4 xã nữa, xong cả 10 xã", "…, xong hết 11 xã": all of them, the count made up
    r"|(?<![^\W\d_])(?:xong|du|het|phu|hoan thanh) ca|[,;]\s*ca|(?<![^\W\d_])(?:xong|du) het"
    # "trồng thêm 600 cây, xong chỉ tiêu 3 nghìn cây", "thêm 1 xã nữa là Bom Bo, vậy đủ 2/2 xã": the pledge made up
    r"|(?<![^\W\d_])(?:xong|du|dat|hoan thanh) chi tieu|(?<![^\W\d_])vay du"
    # "thêm 16.800 tấn, cả năm đạt 29.200 tấn", "thêm 20 người, đạt 70": the increment's sum after it
    # ("…, hiện đạt 92,4%", "…, nay đạt 70": the level now)
    r"|[,;]\s*(?:ca nam\s+|(?:hien(?: nay| tai)?|nay)\s+)?(?:da\s+)?dat|[,;]\s*ca nam)"
    r"\W*(la\W*)?(duoc\W*)?$"
)
# what a total is said of, no word of any task: "nâng tổng sản lượng lên 2.270 tấn"
_MEASURED = "(?:san luong|dien tich|chieu dai|so luong|kinh phi|so tien|gia tri)"
_TOTAL_START_RE = re.compile(
    # ("nâng tổng DT trồng mới lên 640ha": what the total is of may be said between)
    r"\W*(nang (tong(?: [^\W\d_]+){0,5} )?len|luy ke|lk|tong so|tong cong|tong(?=\W*\d)|cong don"
    r"|vay la|nhu vay)(?![^\W\d_])"
)
# a total that names what it counts: "nâng số HTX thành lập mới lên 2", "nâng tổng số hộ được hỗ trợ lên 40"
_COUNT_OF_RE = re.compile(r"\W*nang (?:tong )?so (?!len)[^\W\d_]")
# the piece a figure stands in, from its opening (after a comma, semicolon, colon, bracket or line break)
_PIECE_OPEN_RE = re.compile(r"(?:^|[,;:\n(])[\s\-+•*]*([^,;:\n(]*)$")
_TOTALS = "luy ke|lk|tong so|tong cong|cong don"  # words that say a figure is a running total
_TOTAL_OPEN_RE = re.compile(rf"({_TOTALS}|(?<!be )tong)(?![^\W\d_])")
_TOTAL_REACHED_BEFORE_RE = re.compile(r"(len|luy ke|cong don|dat|duoc|vay la|du)\W*(la\W*)?(duoc\W*)?$")
_LEFT = "con|con lai|con thieu|xuong|xuong con"  # "còn 24 hộ", "xuống 1,2%", "còn thiếu 2 tiêu chí": what is left
_LEFT_BEFORE_RE = re.compile(rf"(?<![^\W\d_])({_LEFT})\W*$")
_REMAIN_BEFORE_RE = re.compile(rf"(?<![^\W\d_])({_LEFT}|o muc)\W*$")  # and "ở mức": the level it stands at
_AT_LEVEL_BEFORE_RE = re.compile(r"(?<![^\W\d_])o muc\W*$")
_FELL_TO_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?:giam|tut|sut)(?: xuong)? con\W*$")  # "giảm còn 83%": fell to
# a plan ahead, said as such ("dự kiến tháng 8 xong"): not the "định" of "kiểm định", which _PLANNED also takes
_PLAN_AHEAD_RE = re.compile(r"(?<![^\W\d_])(?:du kien|du dinh|phan dau|se)(?![^\W\d_])")
# before a figure, these take it back: "không phải 60", "thay vì 60", "gõ nhầm thành 15" (but the "không" of a
# slogan, "tàu 3 không còn 14 chiếc", takes back nothing)
_TAKEN_BACK_RE = re.compile(
    r"((?<![^\W\d_])(khong|ko|k|hong) phai|thay vi|(?<!\d )khong con|nham thanh)\W*(la\W*)?$"
    # "Chi NS 702 tỷ, báo nhầm 688 tỷ": the figure right after the slip owned is the slip ("gõ nhầm, là 58" is not)
    r"|(?<![^\W\d_])(?:go|bao|ghi|nhap) nham $"
)
_BULLET_RE = re.compile(r"(?m)^[ \t]*(?:\d{1,2}[.)]|[-+*•●▪◦])[ \t]+(?=[^\W\d_])")
_LAST_WORD_RE = re.compile(r"([^\W\d_]+)[ \t]*$")
# ("GTNT 12,3km / nội đồng 6.100m": a slash between spaces parts two reports, as a dash does)
# (but "4,9 tỷ / dự toán 7,4 tỷ", "10 hộ / 12 hộ KH" say a share of the plan)
_SLASH = r"\s/\s(?=[^\W\d_])(?!(?:du toan|ke hoach|kh|chi tieu|ct|dt)(?![^\W\d_]))"
# _SPLIT_RE and a closing bracket
_PIECE_RE = re.compile(rf"[;\n)]+|(?<!\d),|,(?!\d)|\.(?=\s+[^\W\d_])|\s-\s|{_SLASH}|!+")
_SPLIT_RE = re.compile(rf"[;\n]+|(?<!\d),|,(?!\d)|\.(?=\s+[^\W\d_])|\s-\s|{_SLASH}|!+")
_TAIL_START = tuple(
    lx.phrase_keys(p)
    for p in (
        "nâng",
        "đưa tổng",  # "…, đưa tổng số lên 478 nghìn lượt"
        "đang",
        "dự kiến",
        "vượt",
        "chờ",
        "tiếp tục",
        "chứ",
        "mà",
        "là",
        "nhưng",
        "trong đó",
        "đạt",
        "còn",
        "riêng",
        "tăng",
        "giảm",
        "lên",
        "chưa",
        "xong",
        "hoàn thành",
        "cả năm",  # "vụ mùa thêm 16.800 tấn, cả năm đạt 29.200 tấn"
        "so với",
        "nhưng",
        # a running total after the increment: "thêm 9 DN, lũy kế 83", "được 20 người, tổng 70"
        "tổng",
        "lũy kế",
        "luỹ kế",
        "lk",  # "…, lk 61 người": lũy kế, typed short
        "tổng số",
        "tổng cộng",
        # "…158 tỷ, bằng 55,4% dự toán": the same figure as a share
        "bằng",
        # the state now after a figure from before: "đầu năm 3,12%, nay ước còn 2,48%", "…, tính đến 31/7 đạt …"
        "nay",
        "hiện nay",
        "ước",
        "tính đến",
        "đến nay",
        # the sum drawn after the news: "thêm 2 SP …, vậy là đủ 3/3 SP"
        "vậy là",
        "như vậy",
        "đủ",
        # more of the same said again: "mở thêm 3 lớp, thêm 105 học viên"
        "thêm",
    )
)


@dataclass(slots=True)
class _Indexed:
    task: PledgedTask
    unit: Unit | None
    keys: dict[str, float]
    folds: dict[str, float]
    bigrams: frozenset[tuple[str, str]]
    fold_bigrams: frozenset[tuple[str, str]]
    total: float
    head: tuple[str, ...]
    ongoing: bool
    counts_units: bool
    at_most_reduction: bool
    place_words: frozenset[str] = frozenset()  # folds of names and place kinds in the task's text
    fit_class: int = 0  # tasks of one class give every figure the same unit fit
    approves: bool = False  # the task pledges approving/issuing something, or has no figure
    plan_rate: bool = False  # a %-task whose rate is of a plan ("đạt 95% kế hoạch vốn")
    counts_known: bool = False  # counts a thing the reader knows by name (see _counts_other)
    # the task's own action after a light verb ("Tổ chức tập huấn …" → tập, "Thực hiện kiểm tra …" → kiểm)
    action: tuple[str, ...] = ()
    # what is done on the office's advice ("Tham mưu UBND huyện giao dự toán …" → giao), or the act a task pledges to
    # finish ("Hoàn thành giao dự toán …" → giao): said done, the task is done
    advised: tuple[str, ...] = ()
    # each word's (key or fold) neighbours in the task's text: "bàn" → {"địa"} in "trên địa bàn"
    neighbours: dict[str, frozenset[str]] = field(default_factory=dict)
    raw_folds: frozenset[str] = frozenset()  # folds of every word of the task's text, function words too
    opening: tuple[tuple[str, str], ...] = ()  # (key, fold) of the text's first two words
    text_fold: str = ""  # the task's whole text lowercased and folded, for the patterns read on it
    word_run: str = ""  # its words alone, one space between and around: " xay moi 24 phong hoc "
    name_words: frozenset[str] = frozenset()  # folds of the names the text spells ("Kê Gà" of "HTX … Kê Gà")
    # folds the text names only to leave them out: "tiền sử dụng đất" of "thu ngân sách (không kể tiền sử dụng đất)"
    left_out: frozenset[str] = frozenset()
    # the second action the text opens by listing two, past any wrapping verbs ("giao dự" of "Tham mưu phân bổ, giao
    # dự toán …"), if any
    listed: tuple[Word, Word] | None = None
    # the text's words before its figure, a space around ("trong bo sung" of "Trồng bổ sung 15ha …"), or ""
    lead: str = ""


# per fit class (best fit or None, a figure's unit names the task's unit); and every task that can take
# a figure as its row in a ranking when it shares no word (see _Row), best fit first then task order
_Fits = tuple[list[tuple[float | None, bool]], tuple[tuple[float, float, int, float, float, float, list[str]], ...]]


@dataclass(slots=True)
class _Book:
    name_numbers: frozenset[tuple[str, str]]  # (word before, digits) of numbers that are names in a pledge
    name_digits: frozenset[str]
    tasks: list[_Indexed]
    by_number: dict[int, int]
    all_keys: frozenset[str]
    all_folds: frozenset[str]
    bigrams: frozenset[tuple[str, str]]
    fold_bigrams: frozenset[tuple[str, str]]
    by_key: dict[str, tuple[int, ...]]  # which tasks hold a word: only those are scored
    by_fold: dict[str, tuple[int, ...]]
    fit_reps: tuple[int, ...]  # one task per fit class
    class_members: tuple[tuple[int, ...], ...]  # the tasks of each fit class, in order
    # per figure-unit signature and plan cue: _class_fits' answer (bounded; a pure function's memo)
    fit_memo: dict[tuple[bool, tuple[tuple[Unit | None, bool, bool, bool], ...]], _Fits] = field(default_factory=dict)
    no_figure_order: tuple[tuple[float, float, int, float, float, float, list[str]], ...] = ()  # every task's idle row
    count_words: frozenset[str] = frozenset()  # folds of the words the tasks count by ("bếp", "giấy")
    # the words of tasks counting things, by fold and with their marks ("cống" is no "công" of "công nghệ")
    counted_folds: frozenset[str] = frozenset()
    counted_keys: frozenset[str] = frozenset()
    # a task's own one-word count noun no known unit names ("lô" of "46 lô đất"), and that task's unit
    own_counts: dict[str, Unit] = field(default_factory=dict)
    # the capital initials of a two-word thing a task counts ("29 CT" of "45 công trình"), where no other task's
    # unit has the same initials
    count_initials: dict[str, Unit] = field(default_factory=dict)
    place_folds: frozenset[str] = frozenset()  # folds of the place names the pledges hold ("phu", "huu")
    pledges_growth: bool = False  # some task pledges a rise on a past period ("tăng 8,5% so với năm 2023")
    base_years: frozenset[str] = frozenset()  # the years those pledges compare with ("2023")
    counts_days: bool = False  # some task measures a time in days ("… không quá 12 ngày làm việc")
    pledges_rates: bool = False  # some task pledges money per something ("650 triệu đồng/năm trên 1ha")
    versions: dict[tuple[str, str], Word] = field(default_factory=dict)  # see _index: "chợ 4.0"
    version_heads: frozenset[str] = frozenset()  # the first folds of versions' keys ("cho"), padded with spaces
    # two words of a name as a pledge spells it, by their folds: ("hai", "quy") → "Hải", "Quy"
    name_pairs: dict[tuple[str, str], tuple[Word, Word]] = field(default_factory=dict)
    ratings: frozenset[tuple[str, str]] = frozenset()  # see _index: "90CV" in "tàu cá từ 90CV trở lên"
    bounds: frozenset[tuple[float, str]] = frozenset()  # see _index: (15, "length") of "từ 15m trở lên"
    widths: frozenset[tuple[float, str]] = frozenset()  # see _index: (3.5, "length") of "rộng 3,5m"
    name_holders: dict[str, frozenset[int]] = field(default_factory=dict)  # see _index
    name_folds: frozenset[str] = frozenset()  # see _index
    acronyms: dict[str, str] = field(default_factory=dict)  # see _acronyms: "pbgdpl" → "phổ biến giáo dục pháp luật"
    # folds of function words that some task pairs with a neighbour: unaccented "ma" of "ma túy"
    paired_stops: frozenset[str] = frozenset()
    # per word form (key, fold, accented): what _word_reading works out against this book (bounded memo)
    word_memo: dict[tuple[str, str, bool], _Reading | None] = field(default_factory=dict)
    typo_memo: dict[str, str | None] = field(default_factory=dict)  # see _meant (bounded)


def _meant(book: _Book, said: str) -> str | None:
    """The fold a mistyped word stands for, when no task holds it as typed (memoised per book):
    - typed with its Telex keys left in ("vieejc" → "viec"), when a task, a cue or a unit holds what it stands for;
    - no syllable as typed, one slip from exactly one word of the tasks ("nagn" → "ngan", "homstay" → "homestay")."""
    memo = book.typo_memo
    if said in memo:
        return memo[said]
    meant: str | None = None
    if not (
        said in book.all_folds
        or said in lx.ABBREVIATIONS
        or said in book.acronyms
        or said in lx.STOP_FOLDS
        or len(said) < 3
    ):
        meant = telex_fold(said)
        if meant is not None and not (
            meant in book.all_folds
            or meant in _CUE_BY_FOLD
            or meant in lx.STOP_FOLDS
            or meant in _MAGNITUDE_FOLDS
            or ((unit := match_after(meant, 0)) is not None and unit[1] == len(meant))  # "nguwowif": người
        ):
            meant = None
        if meant is None and len(said) >= 4 and said.isascii() and said.isalpha() and not is_syllable(said):
            near = {f for f in near_misses(said) if f in book.all_folds or f in _SLIP_CUES}
            near.update(f for f in (*book.all_folds, *_SLIP_CUES) if len(f) == len(said) + 1 and said in near_misses(f))
            meant = near.pop() if len(near) == 1 else None
    if len(memo) >= 512:
        memo.clear()
    memo[said] = meant
    return meant


_MAGNITUDE_FOLDS = frozenset(["ty", "ti", "trieu", "nghin", "ngan"])
# cue words a slip of the thumb is read as too: "Trong thág 7" is the month's, "thme 5" is more
_SLIP_CUES = frozenset(["thang", "tuan", "them", "duoc", "tong"])


_LETTERS_RE = re.compile(r"[^\W\d_]+")


def _mistyped_folded(book: _Book, folded: str) -> tuple[str, bool]:
    """The folded text with each mistyped word as what it stands for, padded to keep every offset: "thu 9 tyr"
    → "thu 9 ty " (a magnitude), "thêm 15 nguwowif" → "them 15 nguoi   " (a unit); and whether any word was."""
    out, found = folded, False
    for m in _LETTERS_RE.finditer(folded):
        meant = _meant(book, m.group())
        if meant is None:
            continue
        found = True
        if len(meant) <= m.end() - m.start():  # ("homstay" → "homestay" is longer: its word reads it, not the text)
            out = out[: m.start()] + meant.ljust(m.end() - m.start()) + out[m.end() :]
    return out, found


def _mistyped_words(book: _Book, ws: list[Word]) -> list[Word]:
    """ "vieejc lamf", "GQVL ddatj 96 nguwowif", "giai nagn": a mistyped word is read as the word it stands for
    (see _meant), as if typed without marks (its fold no longer its text, so never trusted as marked, see
    _trusted_run): Telex keys left in are often the wrong ones ("trofng" for "trồng")."""
    out = ws
    for k, w in enumerate(ws):
        # (typed with marks, a word no syllable can be is a slip all the same: "Trong thág 7")
        meant = None if w.accented and is_syllable(w.fold) else _meant(book, w.fold)
        if meant is None:
            continue
        if out is ws:
            out = list(ws)
        out[k] = tuple.__new__(Word, (meant, meant, False, w.start, w.end, w.text))
    return out


_SEGMENT_BREAK = re.compile(r"[;.!?\n]")
_THI_KEY = word_forms("thì")[1]  # the topic's "thì": "Nho thì 58ha rồi, còn …"
# what an unaccented "thi" makes with the word after it: "thi công", "thi tuyển", … (no "thì")
_THI_COMPOUNDS = frozenset(["cong", "tuyen", "hanh", "dua", "dau", "sinh", "truong", "diem", "xa", "tran", "dan", "ca"])


def _kept_under(ix: _Indexed) -> bool:
    """The task keeps its figure under a ceiling, or pledges a cut: what is left is its level."""
    return ix.task.direction is Direction.AT_MOST or ix.at_most_reduction


def _trusted(ws: list[Word], text: str = "", book: _Book | None = None) -> list[Word]:
    """When the writer types diacritics, a bare "cho" is "cho", not "chờ": mark its words as accented.

    Judged per segment (between ';', '.', '!', '?' and line breaks): a phone text often mixes an
    unaccented clause with an accented one ("vuon xanh duoc 2,5 ha; XKLĐ 3 người"), and the
    unaccented clause must keep its folded matching."""
    if not text or not _SEGMENT_BREAK.search(text):
        return _trusted_run(ws, book)
    out: list[Word] = []
    run: list[Word] = []
    breaks = [m.start() for m in _SEGMENT_BREAK.finditer(text)]
    b = 0
    for w in ws:
        while b < len(breaks) and breaks[b] < w.start:
            b += 1
            if run:
                out += _trusted_run(run, book)
                run = []
        run.append(w)
    out += _trusted_run(run, book)
    return out


def _trusted_run(ws: list[Word], book: _Book | None = None) -> list[Word]:
    accented = sum(w.accented for w in ws)
    if accented and accented >= 0.25 * len(ws) and accented < len(ws):  # every word accented: none to mark
        new = tuple.__new__
        # a stretch of bare words holding one no one writes bare ("quyet", "viec": "iê", "yê", "uô", "ươ" always
        # carry their marks) was typed without marks: "Tính đến 15/6 giai quyet viec lam 1.720 lao dong"
        bare_typed: set[int] = set()
        left_bare = [w for w in ws if not w.accented and _bare_typed(w)]
        if left_bare:
            if book is not None and any(w.fold in book.all_folds and w.fold not in book.all_keys for w in left_bare):
                # and a sender who leaves bare a word the pledges spell with marks may leave any bare: "nao vet kenh
                # thuỷ lợi them 4.500m" ("ocop", "VietGAP" are spelt bare, as names)
                return ws
            for accented, stretch in groupby(range(len(ws)), key=lambda k: ws[k].accented):
                at = list(stretch)
                if not accented and any(_bare_typed(ws[k]) for k in at):
                    bare_typed.update(at)
        return [
            w
            # (a mistyped word read as another, see _mistyped_words, is never trusted as marked)
            if w.accented or k in bare_typed or w.fold != w.text
            else new(Word, (w.fold, w.key, True, w.start, w.end, w.text))
            for k, w in enumerate(ws)
        ]
    return ws


# "iê", "yê", "uô", "ươ" always carry their marks, and so does a syllable ending in c, ch, p or t ("sach", "rac")
_MARKED_CLUSTER_RE = re.compile(r"ie|ye|uo|[aeiouy](?:c|ch|p|t)$")


def _bare_typed(w: Word) -> bool:
    """A word no one writes without marks, written without them (abbreviations aside: "BHYT")."""
    return (
        (_MARKED_CLUSTER_RE.search(w.fold) is not None or w.fold in _NO_BARE_WORD)
        and _plain(w)
        and w.fold not in lx.ABBREVIATIONS
    )


# bare spellings that are no word at all, only "thêm", "trên" with their marks left off
_NO_BARE_WORD = frozenset(["them", "tren"])


def _plain(w: Word) -> bool:
    """Written without tone or vowel marks (đ allowed): the shape of an abbreviation."""
    return w.key.replace("đ", "d") == w.fold


def _content(w: Word) -> bool:
    if w.key in lx.STOP_KEYS:
        return not w.accented and w.fold in lx.STOP_FOLD_EXCEPT
    return w.accented or w.fold not in lx.STOP_FOLDS


def _expand_task_words(ws: list[Word]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for w in ws:
        if not _content(w):
            continue
        out.append((w.key, w.fold))
        meanings = lx.ABBREVIATIONS.get(w.fold) if _plain(w) else None
        if meanings:
            out.extend(lx.phrase_keys(meanings[0]))
    return out


def _word_is(w: Word, key: str, fld: str) -> bool:
    return w.key == key or (not w.accented and w.fold == fld)


_Phrases = tuple[tuple[tuple[str, str], ...], ...]
_ByWord = dict[str, list[tuple[tuple[str, str], ...]]]
_PHRASE_INDEX: dict[int, tuple[_Phrases, _ByWord, _ByWord]] = {}


def _phrase_index(phrases: _Phrases) -> tuple[_ByWord, _ByWord]:
    """Phrases by their first word's key and fold, so a lookup costs one dict access per word."""
    hit = _PHRASE_INDEX.get(id(phrases))
    if hit is None or hit[0] is not phrases:
        by_key: _ByWord = {}
        by_fold: _ByWord = {}
        for phrase in phrases:
            by_key.setdefault(phrase[0][0], []).append(phrase)
            by_fold.setdefault(phrase[0][1], []).append(phrase)
        hit = (phrases, by_key, by_fold)
        if len(_PHRASE_INDEX) < 256:
            _PHRASE_INDEX[id(phrases)] = hit  # keeps the tuple alive, so its id is never reused
    return hit[1], hit[2]


def _spans(seq: Sequence[Word], phrases: _Phrases) -> list[tuple[int, int]]:
    """(start, length) of each occurrence of the phrases, left to right, none overlapping; at one start the
    first phrase (in the order given) that is said there."""
    out: list[tuple[int, int]] = []
    at = _find(seq, phrases)
    while at >= 0:
        size = next(len(p) for p in phrases if _find(seq[at:], (p,)) == 0)
        out.append((at, size))
        nxt = _find(seq[at + size :], phrases)
        at = at + size + nxt if nxt >= 0 else -1
    return out


def _find(seq: Sequence[Word], phrases: _Phrases) -> int:
    """Index of the first word where one of the phrases starts, or -1."""
    by_key, by_fold = _phrase_index(phrases)
    n = len(seq)
    for i, w in enumerate(seq):
        options = by_key.get(w.key, [])
        if not w.accented:
            options = options + by_fold.get(w.fold, [])
        for phrase in options:
            if i + len(phrase) <= n and all(_word_is(seq[i + j], k, f) for j, (k, f) in enumerate(phrase)):
                return i
    return -1


# Every cue set a clause is asked about, matched in one pass over the message's words: a hit is
# (word index, length, bit mask of the sets the phrase belongs to), so a clause's cues are the hits
# lying wholly inside its word range.
_NEG, _INTENT, _DONE, _COMPL, _INCR, _CORR, _QUEST, _CHAT, _UDONE, _PLAN, _CHG, _REM, _PLANNED, _TAIL, _WHOLE, _DIM = (
    1 << k for k in range(16)
)
_APPR = 1 << 16
_DMG = 1 << 17  # damage ("sạt lở 120m"): holds back a figure it comes before, says nothing of the task's state
_REPORT_CUES = _DONE | _NEG | _INTENT | _UDONE | _CORR | _APPR
_HOLD = _NEG | _INTENT | _PLANNED | _DMG
_WEAK_FOLD_CUES = frozenset(["cho", "gap"])
# after an unaccented "cho", these make it "chờ" (waiting): "cho quyet dinh cong nhan", "cho phe duyet"
_WAITED_FOR = frozenset(
    ["quyet", "phe", "duyet", "tham", "ket", "xuat", "von", "nghiem", "xet", "thanh", "y", "bo", "so", "cap", "giai"]
)


# bare cues that are another word before the word given: "đăng thêm", "chấm điểm"
_READ_OTHERWISE_BEFORE = {"dang": "them", "cham": "diem"}


def _weak_cue(w: Word, said: Sequence[Word], names: frozenset[int] = frozenset()) -> bool:
    """An unaccented one-word cue that is far more often another word: "cho" (for) rather than "chờ", unless
    what follows is waited for ("cho quyet dinh"). What follows is read in the words as said: the sender's
    words alone may have lost "cán" of "cho 150 cán bộ" and read "chờ bổ (sung)". A bare "chua" right before a
    name is "chùa" ("chua Som Rong"): nothing is "chưa" a name."""
    if names and w.start in names:
        if not w.accented:
            return True  # "ở Nghinh Lương Dinh": a syllable of a name, typed bare, is no "định"
        at = next((k for k, x in enumerate(said) if x.start == w.start), 0)
        if at and said[at - 1].start in names:
            return True  # "Trường TH Tân Định": inside a name of several capitalised words, marks and all
        if at + 1 < len(said) and said[at + 1].start in names:
            return True  # "xã Định Quán": the first of such words
    if w.accented or (
        w.fold not in _WEAK_FOLD_CUES and w.fold not in _READ_OTHERWISE_BEFORE and not (w.fold == "chua" and names)
    ):
        return False
    after = next((k + 1 for k, x in enumerate(said) if x.start == w.start), len(said))
    if w.fold in _READ_OTHERWISE_BEFORE:
        # "dang them 52 tin, bai": posted ("đăng") more; no one is "đang thêm" (adding) a figure; "cham diem" is
        # scoring ("chấm điểm"), nothing late ("chậm")
        return after < len(said) and said[after].fold == _READ_OTHERWISE_BEFORE[w.fold]
    if w.fold == "chua" and names:
        return after < len(said) and said[after].start in names
    return not (w.fold == "cho" and after < len(said) and said[after].fold in _WAITED_FOR)


# the whole task reached, said outright
_WHOLE_DONE = tuple(
    lx.phrase_keys(p)
    for p in (
        "hoàn thành chỉ tiêu",
        "hoàn thành kế hoạch",
        "hoàn thành nhiệm vụ",
        "xong nhiệm vụ",
        "đạt chỉ tiêu",
        "đủ chỉ tiêu",
        "đạt kế hoạch",
        "vượt chỉ tiêu",
        "vượt kế hoạch",
        # the plan typed short: "…, hoàn thành KH 3 phiên"
        *("hoàn thành kh", "đạt kh", "vượt kh"),
        # the budget's plan: "thu NS đạt 285 tỷ, hoàn thành dự toán cả năm" ("vượt dự toán" is no plan met when spent)
        "hoàn thành dự toán",
    )
)
_Hit = tuple[int, int, int]
_DIMENSION_WORDS = (
    ((lx.phrase_keys("diện tích"),), "area"),
    ((lx.phrase_keys("chiều dài"),), "length"),
    ((lx.phrase_keys("kinh phí"),), "money"),
    ((lx.phrase_keys("sản lượng"),), "mass"),
)


def _cue_index() -> tuple[dict[str, list[tuple[tuple[tuple[str, str], ...], int]]], ...]:
    sets: tuple[tuple[int, _Phrases], ...] = (
        (_NEG, lx.NEGATION),
        (_INTENT, lx.INTENTION),
        (_DONE, lx.DONE),
        (_APPR, lx.APPROVAL),
        (_COMPL, _COMPLETE),
        (_INCR, lx.INCREMENT),
        (_CORR, lx.CORRECTION),
        (_QUEST, lx.QUESTION),
        (_CHAT, lx.CHATTER),
        (_UDONE, lx.UNIT_DONE),
        (_PLAN, lx.PLAN),
        (_CHG, _CHANGE),
        (_REM, _REMAIN),
        (_PLANNED, lx.PLANNED),
        (_TAIL, _TAIL_START),
        (_WHOLE, _WHOLE_DONE),
        (_DIM, tuple(p for phrases, _ in _DIMENSION_WORDS for p in phrases)),
        (_DMG, lx.DAMAGE),
    )
    masks: dict[tuple[tuple[str, str], ...], int] = {}
    for bit, phrases in sets:
        for phrase in phrases:
            masks[phrase] = masks.get(phrase, 0) | bit
    by_key: dict[str, list[tuple[tuple[tuple[str, str], ...], int]]] = {}
    by_fold: dict[str, list[tuple[tuple[tuple[str, str], ...], int]]] = {}
    for phrase, mask in masks.items():
        by_key.setdefault(phrase[0][0], []).append((phrase, mask))
        by_fold.setdefault(phrase[0][1], []).append((phrase, mask))
    return by_key, by_fold


_CUE_BY_KEY, _CUE_BY_FOLD = _cue_index()


# One-syllable cues that are only half of another word: "quyết định" is a decision, not "định" (intend);
# "công trình" a construction, not "trình" (submit); unaccented "dang vien" is đảng viên, not "đang".
_CUE_AFTER = frozenset(
    [
        ("quyet", "dinh"),
        ("on", "dinh"),
        ("quy", "dinh"),
        ("xac", "dinh"),
        ("nhat", "dinh"),
        ("dac", "dinh"),  # "diện kỹ năng đặc định": specified, no intention
        ("khang", "dinh"),
        ("co", "dinh"),
        ("gia", "dinh"),
        ("chi", "dinh"),
        ("tham", "dinh"),
        ("an", "dinh"),
        ("kien", "dinh"),
        ("tai", "dinh"),  # "khu tái định cư": resettlement, no intention
        ("nghi", "dinh"),  # "theo Nghị định 114/2024": a decree
        ("kiem", "dinh"),  # "kiểm định chất lượng": an inspection
        ("chuong", "trinh"),
        ("cong", "trinh"),
        ("quy", "trinh"),
        ("to", "trinh"),
        ("lo", "trinh"),
        ("tien", "trinh"),
        ("hanh", "trinh"),
        ("giao", "trinh"),
        ("phuong", "trinh"),
        ("toan", "trinh"),  # "DVC toàn trình": fully online, nothing submitted
        ("va", "vua"),  # "doanh nghiệp nhỏ và vừa": medium-sized, not "just now"
    ]
)
_CUE_BEFORE = frozenset(
    [
        ("ha", "tang"),  # unaccented "Ha tang khu TDC …" is "hạ tầng" (infrastructure), no "hả?"
        ("dang", "vien"),
        ("dang", "bo"),
        ("dang", "uy"),
        ("dang", "ky"),
        ("dang", "tai"),
        ("dang", "phi"),
        # unaccented "dinh" before these is no "định" (intend): "đính chính", "định mức", "định danh"…
        ("dinh", "chinh"),
        ("dinh", "muc"),
        ("dinh", "danh"),
        ("dinh", "huong"),
        ("dinh", "ky"),
    ]
)


# Unaccented only: "sua chua" is sửa chữa (repair), "bon chua", "be chua" are bồn, bể chứa (tanks), but a typed
# "sửa chưa" keeps its "not yet" ("ho chua", "kho chua" are left alone: "hộ chưa nhận", "mùa khô chưa" are far more
# common than "hồ chứa", "kho chứa")
_CUE_AFTER_UNACCENTED = frozenset([("sua", "chua"), ("bon", "chua"), ("be", "chua")])


# after "sửa chưa", these keep "chưa" a "not yet": "sửa chưa xong", "sửa chưa được"
_NOT_YET_AFTER = frozenset(["xong", "duoc", "hoan", "dat", "kip", "co", "het", "toi", "den", "nghiem", "ban", "dua"])
# However typed: "…, nâng cấp mở rộng được 5,6km" upgrades, no "nâng tổng số lên" to come
_CUE_BEFORE_ANY = frozenset([("nang", "cap")])
_HALF_FOLDS = frozenset(b for _, b in _CUE_AFTER | _CUE_AFTER_UNACCENTED) | frozenset(
    a for a, _ in _CUE_BEFORE | _CUE_BEFORE_ANY
)


def _half_of_word(seq: Sequence[Word], i: int) -> bool:
    w = seq[i]
    if i > 0:
        pair = (seq[i - 1].fold, w.fold)
        if pair in _CUE_AFTER or (not w.accented and pair in _CUE_AFTER_UNACCENTED):
            return True
        if pair in _CUE_AFTER_UNACCENTED and i + 1 < len(seq) and seq[i + 1].fold not in _NOT_YET_AFTER:
            return True  # "Vốn sửa chưa trường học": "sửa chữa" mistyped, a noun after it; "sửa chưa xong" is not yet
    if i + 1 >= len(seq):
        return False
    pair = (w.fold, seq[i + 1].fold)
    return pair in _CUE_BEFORE_ANY or (not w.accented and pair in _CUE_BEFORE)


_NO_DELAY_BEFORE = frozenset(["de", "khong", "ko", "k"])  # "không (để) chậm": without delay


def _cue_hits(seq: Sequence[Word]) -> list[_Hit]:
    """Every cue phrase occurrence in a word sequence."""
    out: list[_Hit] = []
    n = len(seq)
    by_key_get, by_fold_get = _CUE_BY_KEY.get, _CUE_BY_FOLD.get
    for i, w in enumerate(seq):
        options = by_key_get(w.key)
        if not w.accented:
            by_fold = by_fold_get(w.fold)
            if by_fold:
                options = options + by_fold if options else by_fold
        if not options:
            continue
        for phrase, mask in options:
            # the first word matched by the lookup itself
            size = len(phrase)
            if size == 1:
                if w.fold in _HALF_FOLDS and _half_of_word(seq, i):
                    continue
            elif i + size > n:
                continue
            else:
                # the second word tested inline: most longer phrases fail there, and a generator per
                # phrase tried costs more than the test
                nxt = seq[i + 1]
                key, fld = phrase[1]
                if nxt.key != key and (nxt.accented or nxt.fold != fld):
                    continue
                if size > 2 and not all(_word_is(seq[i + j], phrase[j][0], phrase[j][1]) for j in range(2, size)):
                    continue
                if any(seq[i + j + 1].start - seq[i + j].end > 2 for j in range(size - 1)):
                    continue  # "trong 6 tháng": a figure between the words, no "trong tháng" (in the month)
                if i and w.fold in _HALF_FOLDS and (seq[i - 1].fold, w.fold) in _CUE_AFTER:
                    continue  # "gia dinh chinh sach": gia đình chính sách, no "đính chính" (a correction)
            if mask & _NEG and w.fold == "cham" and i and seq[i - 1].fold in _NO_DELAY_BEFORE:
                continue  # "không để chậm trễ tháng nào": a delay ruled out, no delay
            if mask & _NEG and w.fold == "hong" and not w.accented:
                continue  # "chuoi tieu hong dat 50%": unaccented "hong" is as often hồng or hỏng as the dialect hông
            out.append((i, size, mask))
    return out


def _weakly_named(ix: _Indexed, named: Sequence[str], text: str) -> bool:
    """A task named only by one syllable, or by one compound of the message whose two syllables the task holds
    apart ("4 hộ đang thi công" against "Hội thi … thành công"); never by an abbreviation or the task's opening
    verb ("chi đạt 71% dự toán" on "Chi ngân sách …")."""
    if any(_fold_of(x) in lx.ABBREVIATIONS for x in named) or any(_key_of(x) in ix.head[:1] for x in named):
        return False
    if len(named) <= 1:
        return True
    if len(named) != 2 or any(x[:1].isdigit() for x in named):
        return False  # ("Dự toán 2025: …" names "dự toán … năm 2025" by a word and its year, no compound)
    first, second = _fold_of(named[0]), _fold_of(named[1])
    return (
        (_key_of(named[0]), _key_of(named[1])) not in ix.bigrams
        and (first, second) not in ix.fold_bigrams
        and f"{first} {second}" in text
    )


def _bracketed_increments(hits: list[_Hit], ws: list[Word], folded: str) -> list[_Hit]:
    """ "XKLĐ 2 người (đang chờ xuất cảnh thêm 1 người)": "thêm" inside a bracket is said of the figure in
    the bracket, not of the clause's own figure before it."""
    out: list[_Hit] = []
    for i, size, bits in hits:
        if bits & _INCR:
            at = ws[i].start
            opened, closed = folded.rfind("(", 0, at), folded.rfind(")", 0, at)
            close = folded.find(")", at)
            if opened > closed and _DIGIT_RE.search(folded, at, close if close >= 0 else len(folded)):
                bits &= ~_INCR
                if not bits:
                    continue
        out.append((i, size, bits))
    return out


def _mask_in(hits: list[_Hit], lo: int, hi: int) -> int:
    """The cue sets found wholly inside words lo..hi-1."""
    mask = 0
    for i, size, bits in hits:
        if lo <= i and i + size <= hi:
            mask |= bits
    return mask


# a light verb opening a task ("Tổ chức tập huấn", "Thực hiện kiểm tra"): the word after it is the action
_LIGHT_VERBS = frozenset(
    (lx.phrase_keys(p)[0][0], lx.phrase_keys(p)[1][0]) for p in ("tổ chức", "thực hiện", "triển khai", "tiến hành")
)

_ADVISE = (lx.phrase_keys("tham mưu")[0][0], lx.phrase_keys("tham mưu")[1][0])
_ADVISED = frozenset(["ubnd", "hdnd", "huyen", "tinh", "xa", "thi", "tran", "uy", "thuong", "truc", "cap", "cho", "va"])

# (nor is "hoàn thành" one: "Thực hiện hoàn thành 32,5km đường …" pledges the road, not an action of its own)
_NO_ACTION = frozenset(k for k, _ in lx.phrase_keys("sớm kịp tốt thành có các những đầy hiệu mới hoàn"))


# opening verbs of two syllables; otherwise a task's second word is its object ("Trồng rừng", "Thu ngân sách")
_TWO_SYLLABLE_VERBS = frozenset(
    tuple(k for k, _ in lx.phrase_keys(p))
    for p in (
        "tuyên truyền",
        "giải quyết",
        "nâng cấp",
        "sửa chữa",
        "kiểm tra",
        "vận động",
        "hỗ trợ",
        "phát triển",
        "chuyển đổi",
        "giải ngân",
        "bê tông",
        "nhựa hóa",
        "nhựa hoá",
        "kiên cố",
        "đào tạo",
        "phấn đấu",
        "duy trì",
        "hoàn thành",
        "ban hành",
        "thành lập",
        "lắp đặt",
        "nạo vét",
        "chỉnh trang",
        "tập huấn",
        "hướng dẫn",
        "quản lý",
        "xử lý",
        "giải phóng",
        "đảm bảo",
        "bảo đảm",
        "huy động",
        "tham mưu",
        "phối hợp",
        "rà soát",
        "kéo giảm",
        "thu hút",
        "mở rộng",
        "làm mới",
        "xây mới",
        "trồng mới",
        "cấp mới",
        "đăng ký",
        "kết nạp",
        "phê duyệt",
        "thẩm định",
        "phòng chống",  # "Phòng, chống dịch bệnh …": against what is the task's, not the verb
        "số hóa",
        "số hoá",
        "khánh thành",  # no "Quốc khánh" of "… mừng Quốc khánh 2/9"
    )
)
_VERB_KEYS = frozenset(k for pair in _TWO_SYLLABLE_VERBS for k in pair)
_BOUND_WORDS = tuple(
    lx.phrase_keys(p)
    for p in ("ít nhất", "tối thiểu", "tối đa", "trở lên", "không quá", "không dưới", "không thấp hơn")
)


_ONCE_FOR_ALL = (lx.phrase_keys("dứt điểm"),)
# ("Giá trị sản xuất trên 1ha đất canh tác đạt 150 triệu đồng": money per hectare too)
_MONEY_PER_RE = re.compile(r"(?:trieu|ty|nghin|dong)\s*/|binh quan|tren 0?1\s*ha(?![^\W\d_])")
_ARISING = tuple(
    lx.phrase_keys(p)
    for p in ("vi phạm", "trái phép", "lấn chiếm", "vụ", "trường hợp", "tranh chấp", "khiếu nại", "đơn thư", "tố cáo")
)


# a figure naming a slogan ("tàu cá 3 không", "5 không 3 sạch"): no amount of anything
_SLOGAN_AFTER_RE = re.compile(r"[ \t]*(?:khong|sach)(?![^\W\d_])")
_SLOGAN = "(khẩu hiệu)"  # the "word before" of a slogan's figure in _Book.name_numbers: any word


@lru_cache(maxsize=512)
def _index(tasks: tuple[PledgedTask, ...]) -> _Book:
    token_lists: list[list[tuple[str, str]]] = []
    raw_words: list[list[Word]] = []
    name_numbers: set[tuple[str, str]] = set()
    place_lists: list[frozenset[str]] = []
    name_lists: list[frozenset[str]] = []  # per task, the folds of its name words
    count_words: set[str] = set()  # what the tasks count by: "bếp", "tài khoản" and its initials "tk"
    counted_folds: set[str] = set()  # any word of a task counting things
    counted_keys: set[str] = set()
    own_counts: dict[str, Unit] = {}
    count_initials: dict[str, Unit] = {}
    unclear_initials: set[str] = set()  # initials two tasks' different units share
    versions: dict[tuple[str, str], Word] = {}  # (fold of the word before, "4.0") → that word as the pledge spells it
    name_pairs: dict[tuple[str, str], tuple[Word, Word]] = {}
    growth = False  # some task pledges a rise on a past period
    base_years: set[str] = set()  # the years such a pledge compares with: "giảm 5% biên chế so với năm 2021"
    counts_days = False  # some task measures a time in days
    rates = False  # some task pledges money per something
    ratings: set[tuple[str, str]] = set()  # ("90", "cv"): a figure glued to letters in a pledge, not its target
    bounds: set[tuple[float, str]] = set()  # (15.0, "length"): "tàu cá có chiều dài từ 15m trở lên"
    widths: set[tuple[float, str]] = set()  # (3.5, "length"): "đường giao thông nông thôn rộng 3,5m"
    name_holders: dict[str, set[int]] = {}  # "1719" → the tasks naming "Chương trình 1719"
    name_folds: set[str] = set()  # folds of the names the pledges spell ("ok", "om", "bok" of "Lễ hội Ok Om Bok")
    for t in tasks:
        cleaned = clean(t.text)
        ws = _trusted(words(cleaned))
        raw_words.append(ws)
        folded_task = fold(cleaned)
        if _GROWTH_RE.search(folded_task) is not None:
            growth = True
            base_years.update(_BASE_YEAR_RE.findall(folded_task))
        rates = rates or _MONEY_PER_RE.search(folded_task) is not None
        task_numbers = find_numbers(folded_task)
        cased = clean(t.text, lower=False)
        places: set[str] = set()
        own_names: frozenset[str] = frozenset()
        if len(cased) == len(cleaned):
            task_numbers = mark_names(cased, task_numbers)
            named = _name_words(cased, ws)
            own_names = frozenset(w.fold for w in ws if w.start in named)
            name_folds.update(own_names)
            for lead, w in pairwise(ws):
                if (
                    w.start in named
                    and lead.start not in named
                    and cased[lead.start].islower()  # a common noun, not a name's first word ("Nậm Lào")
                    and lead.fold in lx.STOP_FOLDS
                    and lead.accented
                ):
                    # "chợ Tân Lộc": the word before a name, whose unaccented spelling is also a function word
                    # ("cho"), is the pledge's word when the sender types it before that name
                    versions.setdefault((lead.fold, w.fold), lead)
            # a name after a kind of place ("ấp Phú Hữu", "xã Tân Phú") is a place, and so is each name of a
            # list of them after such a word ("3 xã đạt chuẩn NTM (Ngọc Lập, Lương Sơn, Minh Hòa)")
            in_place = kind_said = False
            last_end = 0
            town = False  # "thị trấn" just said: a kind of place in two syllables
            for w in ws:
                gap = cleaned[last_end : w.start]
                # a name that opens a bracket is capitalised as a sentence's first word would be
                listed = kind_said and ("," in gap or "(" in gap)
                # a lone capital after a place's name ends the name ("buôn Tơr A")
                lone_letter = in_place and w.end - w.start == 1 and cased[w.start].isupper()
                if (
                    (w.start in named and (in_place or listed))
                    or (listed and "(" in gap and cased[w.start].isupper())
                    or lone_letter
                ):
                    places.add(w.fold)
                    in_place, last_end = True, w.end
                    continue
                if town and w.fold == "tran" and w.start not in named:
                    places.update(("thi", "tran"))  # "thị trấn Núi Sập"; the syllables alone stay words
                    in_place = True
                else:
                    in_place = w.fold in _PLACE_KINDS and w.start not in named
                town = w.fold == "thi" and w.start not in named
                kind_said = kind_said or in_place
                last_end = w.end
            for x, y in pairwise(ws):
                if x.start in named and y.start in named and {x.fold, y.fold} <= places and y.start - x.end == 1:
                    # "Hải Quy" typed "Hai Quy": a place's name read as the pledge spells it ("hai" is no two)
                    name_pairs.setdefault((x.fold, y.fold), (x, y))
        place_lists.append(frozenset(places))
        name_lists.append(own_names)
        unit_said = fold(clean(t.unit)).split() if t.unit else []  # the task's unit, folded, word by word
        count_words.update(unit_said[:1])
        counts_days = counts_days or unit_said[:1] == ["ngay"]
        task_unit = parse_unit(t.unit) if t.unit else None
        if task_unit is not None and task_unit.dim == "count" and task_unit.label not in KNOWN_COUNTS and t.target:
            noun = unit_said
            if len(noun) == 1:
                own_counts.setdefault(noun[0], task_unit)
            elif len(noun) == 2 and task_unit.label.count(" ") == 1:
                # "28 dự án" on "Thẩm định quyết toán 45 dự án …": a two-word noun, looked up by both its words
                own_counts.setdefault(" ".join(noun), task_unit)
            if (
                len(noun) == 2
                and lx.ABBREVIATIONS.get(initials := noun[0][:1] + noun[1][:1])
                and any(fold(clean(m)) == " ".join(noun) for m in lx.ABBREVIATIONS[initials])
            ):
                # "35 GP" for a task counting "giấy phép": its initials, as the abbreviations know them
                own_counts.setdefault(initials, task_unit)
        if task_unit is not None and task_unit.dim == "count" and t.target and len(unit_said) == 2:
            initials = unit_said[0][:1] + unit_said[1][:1]
            if initials in count_initials and count_initials[initials] != task_unit:
                unclear_initials.add(initials)
            count_initials.setdefault(initials, task_unit)
        if t.target is not None and (task_unit is None or task_unit.dim == "count"):
            # "276 tàu cá" on "350 chiếc tàu cá": a task counting things may be counted by any of its words
            counted_folds.update(w.fold for w in ws if _content(w))
            counted_keys.update(w.key for w in ws if _content(w))
        if t.target is not None:
            for num in task_numbers:
                if abs(num.value - t.target) <= 1e-9 * max(1.0, abs(t.target)):
                    after = [w for w in ws if w.start >= num.end][:2]
                    count_words.update(w.fold for w in after[:1])
                    if len(after) == 2:
                        count_words.add(after[0].fold[:1] + after[1].fold[:1])
                    break
        for num in task_numbers:
            if num.unit is None and (t.target is None or abs(num.value - t.target) > 1e-9):
                # "tàu cá có công suất từ 90CV trở lên": a rating glued to its letters says which things count
                glued = _GLUED_LETTERS_RE.match(folded_task, num.end)
                if glued is not None:
                    ratings.add((num.raw, glued.group(1)))
                    # the rating said in a message names the tasks that set it, like a name's number
                    name_holders.setdefault(num.raw + glued.group(1), set()).add(len(raw_words) - 1)
            if (
                num.unit is not None
                and num.unit.dim != "percent"
                and (t.target is None or abs(num.value - t.target) > 1e-9)
                and _AND_ABOVE_RE.match(folded_task, num.end)
            ):
                # "tàu cá có chiều dài từ 15m trở lên": a bound saying which things count, not an amount
                bounds.add((num.value * num.unit.factor, num.unit.dim))
            if num.excluded == "bề rộng" and num.unit is not None:
                widths.add((num.value * num.unit.factor, num.unit.dim))  # "đường … rộng 3,5m": which roads count
            if num.excluded == "tên riêng" and "." in num.raw:
                # "chợ 4.0": the word before a version is the pledge's, however the sender types it ("cho 4.0")
                word = next((w for w in reversed(ws) if w.end <= num.start), None)
                if word is not None:
                    versions[(word.fold, num.raw)] = word
            if not num.raw.isdigit():
                continue
            if _SLOGAN_AFTER_RE.match(folded_task, num.end):
                # 'tàu cá "3 không"': a slogan the pledge names a kind of thing by, whatever word comes before it
                name_numbers.add((_SLOGAN, num.raw))
            before = _LAST_WORD_RE.search(folded_task, 0, num.start)
            if before is None:
                continue
            code = cased[before.start() : before.end()].strip() if len(cased) == len(folded_task) else ""
            if num.excluded in ("tên riêng", "mã/số hiệu") or (
                # a road or route code: "ĐH 25", "QL 48" (not the pledge's own figure)
                num.unit is None
                and 2 <= len(code) <= 4
                and code.isupper()
                and (t.target is None or abs(num.value - t.target) > 1e-9)
            ):
                name_numbers.add((before.group(1), num.raw))
                name_holders.setdefault(num.raw, set()).add(len(raw_words) - 1)
        # a measure's word after the pledged figure ("700 triệu đồng", "2,5km") is judged by unit fit:
        # as a word it would make any "500 triệu" or "1,5 km" look like this task
        measures = [(m.start, m.end) for m in task_numbers if m.unit is not None and m.unit.dim != "count"]
        evidence = [w for w in ws if not any(a <= w.start < b for a, b in measures)]
        # "Giảm ít nhất 15 hộ nghèo" reads as "Giảm 15 hộ nghèo": the bound says how much, not what
        for at, size in reversed(_spans(evidence, _BOUND_WORDS)):
            evidence = evidence[:at] + evidence[at + size :]
        token_lists.append(_expand_task_words(evidence))
    n = len(tasks)
    df: dict[str, int] = {}
    fold_df: dict[str, int] = {}
    for toks in token_lists:
        for key in {k for k, _ in toks}:
            df[key] = df.get(key, 0) + 1
        for fld in {f for _, f in toks}:
            fold_df[fld] = fold_df.get(fld, 0) + 1
    indexed: list[_Indexed] = []
    all_keys: set[str] = set()
    all_folds: set[str] = set()
    skipped_new: list[list[tuple[tuple[str, str], tuple[str, str]]]] = []  # (verb, object) with "mới" between
    for t, toks, ws, task_places, task_names in zip(
        tasks, token_lists, raw_words, place_lists, name_lists, strict=True
    ):
        keys: dict[str, float] = {}
        folds: dict[str, float] = {}
        for key, fld in toks:
            weight = math.log(1.0 + (n + 1.0) / df[key])
            # typed without marks a word is only its fold: "ho" is as common as the tasks holding hộ, hồ or họ
            fold_weight = math.log(1.0 + (n + 1.0) / fold_df[fld])
            if key in lx.GENERIC_KEYS:
                weight *= 0.5
                fold_weight *= 0.5
            keys[key] = max(keys.get(key, 0.0), weight)
            folds[fld] = max(folds.get(fld, 0.0), fold_weight)
        all_keys.update(keys)
        all_folds.update(folds)
        pairs = [(k, f) for k, f in toks]
        bigrams = frozenset((pairs[i][0], pairs[i + 1][0]) for i in range(len(pairs) - 1))
        fold_bigrams = frozenset((pairs[i][1], pairs[i + 1][1]) for i in range(len(pairs) - 1))
        skipped_new.append(
            [
                (pairs[i], pairs[i + 2])
                for i in range(len(pairs) - 2)
                if pairs[i + 1][1] == _NEW_FOLD and pairs[i][0] not in lx.GENERIC_KEYS and pairs[i][1] != "lam"
            ]
        )
        # the opening verb: one syllable ("Trồng rừng …": "rừng" is the object) or two when the second is a
        # verb's common half ("Xây dựng", "Thực hiện", "Tổ chức")
        head = tuple(w.key for w in ws[:2])
        if len(head) == 2 and head not in _TWO_SYLLABLE_VERBS and head[1] not in lx.GENERIC_KEYS:
            head = head[:1]
        # "Kiểm tra, xử lý kịp thời …": a duty done whenever it arises, however the list of verbs opens
        ongoing = (
            (
                _find(ws[:3], lx.ONGOING) == 0
                or _find(ws[:6], _KIP_THOI) >= 0
                # "Chi trả trợ cấp người có công, bảo trợ xã hội kịp thời, đúng đối tượng": a duty with no figure
                # promised "kịp thời" anywhere recurs each period
                or (t.target is None and _find(ws, _KIP_THOI) >= 0)
                # "Chi trả trợ cấp xã hội hàng tháng đúng hạn": done again each month
                or (t.target is None and _find(ws, _EACH_PERIOD) >= 0)
                # "Giải quyết đơn thư, tranh chấp đất đai đúng thời hạn": each case as it comes, in time
                or (t.target is None and _find(ws[:2], _SETTLE) == 0 and _find(ws, _IN_TIME) >= 0)
                # "Kiểm tra, xử lý vi phạm …": the duty second in a list of verbs
                or (_find(ws[:2], _INSPECT) == 0 and _find(ws[2:5], _HANDLE) == 0)
            )
            and not (
                # "Xử lý dứt điểm nợ đọng xây dựng cơ bản": settled once and for all, a task finished like any other
                # (cases that keep arising, "Xử lý dứt điểm các vụ khai thác cát trái phép", stay a duty)
                _find(ws[:4], _ONCE_FOR_ALL) >= 0 and _find(ws, _KIP_THOI) < 0 and _find(ws, _ARISING) < 0
            )
        )
        unit = parse_unit(t.unit) if t.unit else None
        counts_units = (
            t.target is not None and unit is not None and unit.dim == "count" and unit.group not in _NOT_UNITS
        )
        reduction = _find(ws, _GIAM) >= 0 and t.direction is not Direction.AT_LEAST
        light = 2 if len(ws) > 2 and (ws[0].key, ws[1].key) in _LIGHT_VERBS and ws[2].key not in _NO_ACTION else 0
        action = (ws[light].key, ws[light].fold) if light else ()
        advised: tuple[str, ...] = ()
        if len(ws) > 2 and (ws[0].key, ws[1].key) == _ADVISE:
            # "Tham mưu UBND huyện giao dự toán …": past whom the office advises, what is done on its advice
            at = next((j for j in range(2, min(len(ws), 8)) if ws[j].fold not in _ADVISED), 0)
            if at and ws[at].key not in _NO_ACTION:
                advised = (ws[at].key, ws[at].fold)
        elif (
            len(ws) > 3
            and (ws[0].key, ws[1].key) == _COMPLETE_OPENING
            and ws[2].key not in _NO_ACTION
            and ws[2].key not in lx.GENERIC_KEYS
            and (ws[2].key, ws[3].key) not in _TWO_SYLLABLE_VERBS
        ):
            # "Hoàn thành giao dự toán …": "đã giao dự toán" says that very act done
            advised = (ws[2].key, ws[2].fold)
        indexed.append(
            _Indexed(
                t,
                unit,
                keys,
                folds,
                bigrams,
                fold_bigrams,
                sum(keys.values()) or 1.0,
                head,
                ongoing,
                counts_units,
                reduction,
                task_places | _PLACE_KINDS if task_places else frozenset(),
                approves=t.target is None or _find(ws, _APPROVAL_VERBS) >= 0,
                plan_rate=unit is not None and unit.dim == "percent" and _find(ws, lx.PLAN) >= 0,
                counts_known=unit is not None and unit.dim == "count" and unit.group in KNOWN_COUNTS,
                action=action,
                advised=advised,
                neighbours=_neighbours(ws, clean(t.text)),
                raw_folds=frozenset(w.fold for w in ws),
                text_fold=(text_fold := fold(t.text.lower())),
                word_run=f" {' '.join(_WORD_RUN_RE.findall(text_fold))} ",
                name_words=task_names,
                left_out=_left_out(text_fold),
                listed=_listed_words(t.text),
                lead=f" {m.group(0)} " if (m := _LEAD_RE.match(text_fold)) else "",
                # an opening of function or common words ("Có thêm", "Hoàn thành") says nothing of its own
                opening=tuple((w.key, w.fold) for w in ws[:2])
                if len(ws) >= 2 and all(_content(w) and w.key not in _WEAK_KEYS for w in ws[:2])
                else (),
            )
        )
    by_number = {t.number: i for i, t in enumerate(tasks)}
    # a figure's fit depends only on whether the task has a target, on its unit, and (for a rate) on
    # whether the rate is of a plan
    classes: dict[tuple[bool, Unit | None, bool], int] = {}
    fit_reps: list[int] = []
    for i, ix in enumerate(indexed):
        cls = (ix.task.target is None, ix.unit, ix.plan_rate)
        if cls not in classes:
            classes[cls] = len(fit_reps)
            fit_reps.append(i)
        ix.fit_class = classes[cls]
    for i, skips in enumerate(skipped_new):
        # "Trồng mới 60ha rừng sản xuất" pledges "trồng rừng" as a task saying it side by side does; but not where
        # another task holds both words apart, with its own qualifier ("Trồng bổ sung 12ha rừng đước"): said
        # plainly, "trồng rừng" is then either
        own = [
            (verb, obj)
            for verb, obj in skips
            if not any(
                j != i
                and verb[0] in other.keys
                and obj[0] in other.keys
                and (verb[0], obj[0]) not in other.bigrams
                for j, other in enumerate(indexed)
            )
        ]
        if own:
            ix = indexed[i]
            ix.bigrams = ix.bigrams | frozenset((v[0], o[0]) for v, o in own)
            ix.fold_bigrams = ix.fold_bigrams | frozenset((v[1], o[1]) for v, o in own)
    bigrams = frozenset(b for ix in indexed for b in ix.bigrams)
    fold_bigrams = frozenset(b for ix in indexed for b in ix.fold_bigrams)
    by_key: dict[str, list[int]] = {}
    by_fold: dict[str, list[int]] = {}
    for i, ix in enumerate(indexed):
        for key in ix.keys:
            by_key.setdefault(key, []).append(i)
        for fld in ix.folds:
            by_fold.setdefault(fld, []).append(i)
    return _Book(
        frozenset(name_numbers),
        frozenset(d for _, d in name_numbers),
        indexed,
        by_number,
        frozenset(all_keys),
        frozenset(all_folds),
        bigrams,
        fold_bigrams,
        {k: tuple(v) for k, v in by_key.items()},
        {k: tuple(v) for k, v in by_fold.items()},
        tuple(fit_reps),
        tuple(tuple(i for i, ix in enumerate(indexed) if ix.fit_class == c) for c in range(len(fit_reps))),
        no_figure_order=tuple((-0.0, -0.0, i, 0.0, 0.0, 0.0, _NO_WORDS) for i in range(len(indexed))),
        count_words=frozenset(count_words),
        counted_folds=frozenset(counted_folds),
        counted_keys=frozenset(counted_keys),
        own_counts=own_counts,
        count_initials={k: u for k, u in count_initials.items() if k not in unclear_initials},
        place_folds=frozenset(f for places in place_lists for f in places),
        versions=versions,
        name_pairs=name_pairs,
        version_heads=frozenset(f" {fold_} " for fold_, _ in versions),
        pledges_growth=growth,
        base_years=frozenset(base_years),
        counts_days=counts_days,
        pledges_rates=rates,
        ratings=frozenset(ratings),
        bounds=frozenset(bounds),
        widths=frozenset(widths),
        name_holders={digits: frozenset(held) for digits, held in name_holders.items()},
        paired_stops=frozenset(f for pair in fold_bigrams for f in pair if f in lx.STOP_FOLDS),
        name_folds=frozenset(name_folds),
        acronyms=_acronyms(raw_words, all_folds),
    )


# what phones type for everyday words, never a pledge's initials: "trc" (trước), "cty" (công ty), "ntn" (như thế nào)
_SHORTHANDS = frozenset(["trc", "cty", "ntn", "nhg", "mng", "thg", "bjo", "dkien", "vde", "tgian"])


def _acronyms(task_words: list[list[Word]], known: set[str]) -> dict[str, str]:
    """The initials of each run of three to seven words of a task's text, as officials abbreviate what they
    pledge ("PBGDPL" for "phổ biến, giáo dục pháp luật", "TGPL" for "trợ giúp pháp lý", "KNĐ" for "kết nạp
    đảng viên"), when the initials are no syllable, no word of the tasks and not in the abbreviation table (the
    table's meanings, resolved against the tasks, come first); initials two runs share are no one's."""
    out: dict[str, str] = {}
    shared: set[str] = set()
    for ws in task_words:
        letters = [w for w in ws if w.fold.isalpha()]
        for i in range(len(letters)):
            for size in range(3, min(7, len(letters) - i) + 1):
                run = letters[i : i + size]
                initials = "".join(w.fold[0] for w in run)
                if (
                    initials in shared
                    or initials in known
                    or initials in lx.ABBREVIATIONS
                    or initials in _SHORTHANDS
                    or is_syllable(initials)
                ):
                    continue
                spelt = " ".join(w.text for w in run)
                if out.setdefault(initials, spelt) != spelt:
                    del out[initials]
                    shared.add(initials)
    return out


# The same task tuple comes back for every message of an official: find its book by identity before
# hashing 30 tasks. Each entry keeps its tuple alive, so an id is never reused while cached.
_BOOKS: dict[int, tuple[tuple[PledgedTask, ...], _Book]] = {}


_LEAVE_OUT = r"khong (?:ke|tinh|bao gom)|tru"  # "không kể", "không tính", "không bao gồm", "trừ"
# a clause leaving something out itself: "Thu NS (không kể tiền SDĐ) 52 tỷ", "thu NS trừ tiền đất"
_LEAVING_OUT_RE = re.compile(rf"(?<![^\W\d_])(?:{_LEAVE_OUT}|ko ke|k ke|ngoai)(?![^\W\d_])")
# a bracket leaving things out of what a task counts: "(không kể tiền sử dụng đất)", "(trừ đất lúa)"
_LEFT_OUT_RE = re.compile(rf"\(\s*(?:{_LEAVE_OUT})\b([^()]*)\)")


def _left_out(text_fold: str) -> frozenset[str]:
    """Folds of the words a task's text names only inside a bracket leaving them out, and nowhere else."""
    inside: set[str] = set()
    for m in _LEFT_OUT_RE.finditer(text_fold):
        inside.update(_WORD_RUN_RE.findall(m.group(0)))
    if not inside:
        return frozenset()
    outside = set(_WORD_RUN_RE.findall(_LEFT_OUT_RE.sub(" ", text_fold)))
    return frozenset(inside - outside)


_NEW_FOLD = "moi"


def _expanded_folds(ws: list[Word]) -> set[str]:
    """Folds of every meaning the clause's abbreviations stand for ("SDĐ" → "su", "dung", "dat", "suy", …)."""
    out: set[str] = set()
    for w in ws:
        for meaning in lx.ABBREVIATIONS.get(w.fold, ()):
            out.update(fold(meaning).split())
    return out


def _neighbours(ws: list[Word], text: str) -> dict[str, frozenset[str]]:
    """Each word's (key or fold) neighbours in a task's text; a comma or a bracket between two words parts them:
    "… làng nông thôn mới (Măng Rơi, …)" pairs "mới" with "thôn", not with "Măng"."""
    near: dict[str, set[str]] = {}
    for a_word, b_word in pairwise(ws):
        if _PARTED_RE.search(text, a_word.end, b_word.start):
            continue
        ak, af, bk, bf = a_word.key, a_word.fold, b_word.key, b_word.fold
        for a, b in ((ak, bk), (af, bf)):
            near.setdefault(a, set()).add(b)
            near.setdefault(b, set()).add(a)
    return {k: frozenset(v) for k, v in near.items()}


_PARTED_RE = re.compile(r"[,;()]")
_DIGIT_RE = re.compile(r"\d")
_WORD_BEFORE_RE = re.compile(r"([^\W\d_]+)[ \t]$")  # the word right before (one space, no figure between)
_WORD_AFTER_RE = re.compile(r"[ \t]([^\W\d_]+)")
# status and function words: they make no compound with the word beside them (read by accent key when the
# sender typed marks: "văn" of "nhà văn hóa" is no "vẫn")
_STATUS_WORDS = [
    *("đạt", "được", "thêm", "xong", "sắp", "đã", "đang", "chưa", "còn", "mới", "tăng", "giảm", "lên"),
    *("rồi", "vừa", "hết", "hoàn", "thành", "tổng", "cộng", "lũy", "kế", "đều", "cũng", "vẫn", "nữa"),
    *("lại", "cả", "này", "đó", "kia", "thì", "là", "mà", "sẽ", "bị"),
]
_STATUS_FOLDS = frozenset(word_forms(w)[0] for w in _STATUS_WORDS)
_STATUS_KEYS = frozenset(word_forms(w)[1] for w in _STATUS_WORDS)


def _sides(cw: _Words, j: int) -> tuple[tuple[str, str, bool, bool], ...]:
    """The words right beside the message word at j (one space, no figure between), worked out once per
    clause: (the word, the word beyond it, whether it could make a compound with ours, whether it stands after)."""
    if cw.sides is None:
        cw.sides = {}
    hit = cw.sides.get(j)
    if hit is not None:
        return hit
    w = cw.expanded[j][0]
    text = cw.text
    out: list[tuple[str, str, bool, bool]] = []
    before = _WORD_BEFORE_RE.search(text, max(0, w.start - 12), w.start)
    if before is not None:
        beyond = _WORD_BEFORE_RE.search(text, max(0, before.start() - 12), before.start(1))
        # "lượng khách": the amount of what follows, no compound with it
        glue = _could_glue(cw, before) and not _amount_before(cw, before)
        out.append((before.group(1), beyond.group(1) if beyond else "", glue, False))
    after = _WORD_AFTER_RE.match(text, w.end, w.end + 12)
    if after is not None:
        beyond = _WORD_AFTER_RE.match(text, after.end(), after.end() + 12)
        # nor does a name after it: "Hồ Suối Tre" is one lake named, not the "hồ" of another compound
        glue = _could_glue(cw, after) and not _says_where(cw, after) and not _is_name(cw, after.start(1))
        out.append((after.group(1), beyond.group(1) if beyond else "", glue, True))
    cw.sides[j] = sides = tuple(out)
    return sides


# kinds of place that, after a noun, say where it stands ("cầu thôn Đồng Tâm", "đường ấp 3"); unaccented, only
# those no other common word folds to ("ban" may be "bận", "to" "tổ" or "to")
_WHERE_KEYS = frozenset(
    word_forms(w)[1] for w in ("xã", "ấp", "thôn", "phường", "xóm", "bản", "buôn", "bon", "làng", "sóc", "khóm", "tổ")
)
_WHERE_FOLDS = frozenset(["ap", "thon", "phuong", "xom", "buon", "plei", "khom"])


def _is_name(cw: _Words, start: int) -> bool:
    flags = cw.name_flags
    if not flags:
        return False
    return any(
        flag and w.start == start and w.fold not in _PROCEDURE_FOLDS
        for (w, _), flag in zip(cw.expanded, flags, strict=True)
    )


def _says_where(cw: _Words, m: re.Match[str]) -> bool:
    if cw.at_start is None:
        cw.at_start = {x.start: x for x in cw.clause_words}
    uw = cw.at_start.get(m.start(1))
    return uw is not None and (uw.key in _WHERE_KEYS if uw.accented else uw.fold in _WHERE_FOLDS)


def _could_glue(cw: _Words, m: re.Match[str]) -> bool:
    """A status or function word ("đạt", "cho") or an abbreviation ("MG", "BTXM") makes no compound."""
    u = m.group(1)
    if cw.at_start is None:
        cw.at_start = {x.start: x for x in cw.clause_words}
    uw = cw.at_start.get(m.start(1))
    if uw is not None and uw.accented:
        function = uw.key in _STATUS_KEYS or uw.key in lx.STOP_KEYS
    else:
        function = u in _STATUS_FOLDS or u in lx.STOP_FOLDS
    return not function and SYLLABLE_RE.fullmatch(u) is not None


_AMOUNT_KEY = word_forms("lượng")[1]


def _amount_before(cw: _Words, m: re.Match[str]) -> bool:
    """The word before is "lượng" (amount), typed so or without marks ("lượng khách", "luong khach")."""
    if m.group(1) != "luong":
        return False
    uw = cw.at_start.get(m.start(1)) if cw.at_start is not None else None
    return uw is None or not uw.accented or uw.key == _AMOUNT_KEY


def _other_word_typed(cw: _Words, j: int, after: bool, ix: _Indexed) -> bool:
    """The word beside position j makes a two-syllable verb with it, typed with its marks, and is not the task's word
    it folds to: "ban" of "ban hành" is no "bản" of "cơ bản"."""
    w = cw.expanded[j][0]
    side = (
        next((x for x in cw.clause_words if x.start > w.start), None)
        if after
        else next((x for x in reversed(cw.clause_words) if x.start < w.start), None)
    )
    if side is None or side.key in ix.keys:
        return False
    pair = (w.key, side.key) if after else (side.key, w.key)
    said = f" {w.fold} {side.fold} " if after else f" {side.fold} {w.fold} "
    return pair in _TWO_SYLLABLE_VERBS and said not in ix.word_run  # (the task's own "thành lập" stays its own)


_LAM_AFTER = frozenset(["duoc", "dc", "them", "xong", "moi", "roi"])
# verbs said with "mới" (newly) as an adverb
_NEWLY_DONE = frozenset(["trong", "xay", "lam", "cap", "thanh", "phat", "mo", "dao", "ket", "dang"])


def _split_compound(ix: _Indexed, task_index: int, cw: _Words, j: int) -> bool:
    """A lone syllable whose compound differs on each side: "bàn" of "bàn giao" against "trên địa bàn",
    "nhà" of "nhà thầu" against "nhà nước". Next to the message word stands no word of the task's text but
    a word it makes a compound with, and the task's own neighbours of the syllable are nowhere in the
    clause (abbreviations read in full)."""
    readings = cw.expanded[j][1]
    if len(readings) != 1 or not cw.text:
        return False  # an abbreviation stands for its whole phrase
    near: set[str] = set()
    for _, _, _, k2, _ in cw.matches[j][task_index]:
        near.update(ix.neighbours.get(k2, ()))
    if not near:
        return False
    if SYLLABLE_RE.fullmatch(cw.expanded[j][0].fold) is None:
        return False  # no Vietnamese syllable ("VietGAP", "OCOP"): half of no compound
    if cw.cued is None:
        ws = cw.clause_words
        hits = _hits_inside(cw.clause) if cw.clause is not None else _cue_hits(ws)
        cw.cued = frozenset(ws[i + 1].start for i, size, bits in hits if size == 2 and bits & _DONE)
    if cw.expanded[j][0].start in cw.cued:
        # "đã đóng điện cho 10 thôn": the word closes a two-word phrase saying work done, no other compound
        return False
    glued = False
    for u, beyond, could_glue, after in _sides(cw, j):
        if _fold_of(u) == "lam" and (not after or (beyond in _LAM_AFTER and cw.expanded[j][0].fold != "viec")):
            # "làm đường": the light verb takes the task's noun as its object, no compound of its own; so does it
            # after the noun said first, before a figure's word ("đường làm được 800m"; "việc làm" is a compound)
            continue
        if after and _fold_of(u) == "moi" and cw.expanded[j][0].fold in _NEWLY_DONE:
            continue  # "trồng mới được 20ha": newly planted, no compound of its own beside "Trồng rừng …"
        if u in near:
            return False  # beside its neighbour in the task: the task's own compound ("ra mắt")
        if u in ix.raw_folds and not _other_word_typed(cw, j, after, ix):
            # another word of the task beside it: its context ("đường thôn xóm" on "đường … nông thôn"),
            # unless that word is taken by its own compound ("tổ chức" before "hội nghị")
            if not beyond or beyond not in ix.neighbours.get(u, ()):
                return False
            continue
        if could_glue and after and (u, beyond) in cw.pairs:
            continue  # "rau vụ đông": the word after opens a compound a pledge spells, it is taken
        glued = glued or could_glue
    if not glued and not _abbreviation_glued(ix, cw, j):
        return False
    said = cw.said
    if not said:
        said = cw.said = {f for _, rs in cw.expanded for r in rs for f in r}
    return not (near & said)


# heads whose prefix makes another word: "dự toán" (the budget planned), "quyết toán" (the accounts settled),
# "thanh toán" (paid). The prefix is a function word elsewhere ("dự kiến") and is no word a task is matched by
_PREFIXED_HEADS: dict[str, tuple[str, frozenset[str]]] = {
    "toan": (word_forms("toán")[1], frozenset(["du", "quyet", "thanh", "ke"])),
}


def _without_other_prefixes(
    book: _Book, text: str, w: Word, hit: dict[int, tuple[_Match, ...]]
) -> dict[int, tuple[_Match, ...]]:
    """The tasks a head said after one of its prefixes matches: not those that write it only after another
    ("Dự toán 2025 đang tổng hợp" is no word of "… phê duyệt quyết toán 40 dự án")."""
    key, prefixes = _PREFIXED_HEADS[w.fold]
    if w.accented and w.key != key:
        return hit  # another word typed with its marks ("toàn")
    before = _WORD_BEFORE_RE.search(text, max(0, w.start - 12), w.start)
    if before is None or (said := before.group(1)) not in prefixes:
        return hit
    own = f" {said} {w.fold} "
    return {
        i: m
        for i, m in hit.items()
        if own in (run := book.tasks[i].word_run) or not any(f" {p} {w.fold} " in run for p in prefixes)
    }


_TASK_NEXT_RE = re.compile(r" ([^\W\d_]+)")


def _abbreviation_glued(ix: _Indexed, cw: _Words, j: int) -> bool:
    """The message word at j is followed by an abbreviation for a phrase a pledge writes after it ("nhà ĐĐK" is
    the "nhà Đại đoàn kết" of a pledge), while this task writes a compound of its own ("nhà nước"), not a status
    word ("trường đạt chuẩn" counts any school)."""
    if j + 1 >= len(cw.expanded):
        return False
    w, after = cw.expanded[j][0], cw.expanded[j + 1]
    if len(after[1]) < 3 or (w.fold, after[1][1][1]) not in cw.pairs:
        return False
    if cw.text[w.end : after[0].start].strip():
        return False
    at = ix.word_run.find(f" {w.fold} ")
    own = _TASK_NEXT_RE.match(ix.word_run, at + len(w.fold) + 1) if at >= 0 else None
    return own is not None and own.group(1) not in _STATUS_FOLDS and own.group(1) not in lx.STOP_FOLDS


def _book_for(tasks: tuple[PledgedTask, ...]) -> _Book:
    hit = _BOOKS.get(id(tasks))
    if hit is not None and hit[0] is tasks:
        return hit[1]
    book = _index(tasks)
    if len(_BOOKS) >= 512:
        _BOOKS.clear()
    _BOOKS[id(tasks)] = (tasks, book)
    return book


@dataclass(slots=True)
class _Clause:
    start: int
    end: int
    words: list[Word]
    numbers: list[Number]
    ref: int | None = None
    mask: int = 0  # the cue sets found inside the clause
    names: frozenset[int] = frozenset()  # starts of capitalised name words inside a sentence
    place_names: frozenset[int] = frozenset()  # the same, or in a text all in capitals the words after a place kind
    hits: Sequence[_Hit] = ()  # the message's cue hits (word indexes over the message's words)
    first: int = 0  # the message-wide index of the clause's first word
    invalid: Number | None = None  # a figure typed but unusable (negative, 1e308): the clause is asked
    note: str = ""  # the clause's words, joined once
    folded: str = ""  # the whole message folded (offsets as the words'), to find a figure's own piece
    values: list[Number] | None = None  # the figures that are values (not dates, names…), worked out once
    others: int = 0  # figures counting a thing no task counts ("3 lô")


_Readings = tuple[tuple[str, str], ...]
# one reading matched in a task: (key, fold, weight, word counted once per task, matched by fold only)
_Match = tuple[str, str, float, str, bool]
# a content word's readings (abbreviations resolved), per task holding one of them as the scorer
# matches (fold only for an unaccented word) the readings matched, and the tasks sharing a key or
# fold at all
_Reading = tuple[_Readings, dict[int, tuple[_Match, ...]], tuple[int, ...]]


def _word_reading(book: _Book, w: Word, readings: _Readings | None = None) -> _Reading | None:
    """What one word stands for against this book; None for a function word. Memoised per book and
    word form: the same few hundred words come back in every message of an official. (Given readings
    are worked out, not memoised: they depend on the word's neighbours.)"""
    sig = (w.key, w.fold, w.accented)
    memo = book.word_memo
    forced = readings is not None
    if not forced:
        if sig in memo:
            return memo[sig]
        readings = _readings(w, book)
    out: _Reading | None = None
    if readings is not None:
        hits: set[int] = set()
        touches: set[int] = set()
        for key, fld in readings:
            by_key = book.by_key.get(key, ())
            by_fold = book.by_fold.get(fld, ())
            hits.update(by_key)
            touches.update(by_key)
            touches.update(by_fold)
            if not w.accented:
                hits.update(by_fold)
        per_task: dict[int, tuple[_Match, ...]] = {}
        # an abbreviation's meaning after the word itself, its function words ("bộ" of "cán bộ") left out
        meaning = sum(1 for k, _ in readings[1:] if k not in lx.STOP_KEYS) if len(readings) > 2 else 0
        # a word read in a context is read so for a task holding that context: "lập" is the "phát triển" of
        # "Phát triển mới 3 hợp tác xã", not of "Xây dựng Kế hoạch phát triển kinh tế - xã hội"
        context = _SYNONYM_CONTEXT_KEYS.get(w.fold) if len(readings) > 1 else None
        for i in sorted(hits):
            keys, folds = book.tasks[i].keys, book.tasks[i].folds
            found: list[_Match] = []
            for key, fld in readings if context is None or context in keys else readings[:1]:
                weight = keys.get(key)
                if weight is not None:
                    found.append((key, fld, weight, key, False))
                elif not w.accented and fld in folds:
                    found.append((key, fld, folds[fld], fld, True))
            if meaning >= 2 and found and found[0][0] != readings[0][0] and len(found) < meaning:
                if 2 * len(found) < meaning:
                    # "GQVL" (giải quyết việc làm) is not "giải phóng mặt bằng": one syllable of the meaning
                    found = []
                else:
                    # "XKLĐ" against "Giải quyết việc làm … lao động": part of the meaning counts for less
                    share = (len(found) / meaning) ** 2
                    found = [(k, f, wt * share, k2, by) for k, f, wt, k2, by in found]
            per_task[i] = tuple(found)
        out = (readings, per_task, tuple(sorted(touches)))
    if forced:
        return out
    if len(memo) >= 20000:
        memo.clear()
    memo[sig] = out
    return out


def _meaning_fit(book: _Book, meaning: str) -> tuple[float, int]:
    """How well one meaning of an abbreviation is spelled out by one task (the best share of its words a
    single task holds), then by the tasks together: "XKLĐ" is "xuất khẩu lao động" for an official pledging
    "Đưa 5 người đi xuất khẩu lao động", though "lao động … làm việc ở nước ngoài" shares more words
    scattered over "việc làm" and "nước sạch"."""
    keys = [k for k, _ in lx.phrase_keys(meaning) if k not in lx.STOP_KEYS]
    if not keys:
        return 0.0, 0
    share = max((sum(k in ix.keys for k in keys) / len(keys) for ix in book.tasks), default=0.0)
    return share, sum(k in book.all_keys for k in keys)


def _in_task_pair(book: _Book, ws: list[Word], k: int) -> bool:
    """The word and the one after it are a pair of some task's text ("tuần tra" on "… 24 đợt tuần tra …")."""
    return k + 1 < len(ws) and (ws[k].fold, ws[k + 1].fold) in book.fold_bigrams


def _paired_reading(book: _Book, ws: list[Word], k: int) -> _Reading | None:
    """A function word typed without marks, read as a task's word for the tasks that pair it with the content
    word beside it: "ma tuy" on "… tệ nạn ma túy", "bo hoc" on "học sinh bỏ học" (not "trong moi", two
    function words)."""
    w = ws[k]
    places = book.place_folds
    pairs: list[tuple[str, str]] = []
    # a place's name is read as a place ("MN Coc Ma" beside a pledge's "Cốc Mạ"), not as a pair of words
    # beside it, or past a function word: a task's pairs skip its function words ("nhà ở cho hộ nghèo" pairs
    # nhà with hộ)
    sides: list[tuple[Word | None, bool]] = [
        (ws[k - 1] if k else None, True),
        (ws[k + 1] if k + 1 < len(ws) else None, False),
    ]
    if k >= 2 and not _content(ws[k - 1]):
        sides.append((ws[k - 2], True))
    if k + 2 < len(ws) and not _content(ws[k + 1]):
        sides.append((ws[k + 2], False))
    for other, before in sides:
        if other is None or other.accented or {w.fold, other.fold} <= places:
            continue
        if other.fold in lx.STOP_FOLD_EXCEPT and not (
            # "trong moi ca phe them 5,5ha": "trồng mới" as the pledges pair it, the figure said after it
            before and k + 1 < len(ws) and _content(ws[k + 1]) and (other.fold, w.fold) in book.fold_bigrams
        ):
            continue
        pairs.append((other.fold, w.fold) if before else (w.fold, other.fold))
        meanings = lx.ABBREVIATIONS.get(other.fold) if not before and _plain(other) else None
        if meanings:
            # "chi NS" is "chi ngân sách": the abbreviation's first word is the pair's
            pairs.append((w.fold, lx.phrase_keys(meanings[0])[0][1]))
    if not any(p in book.fold_bigrams for p in pairs):
        return None
    reading = _word_reading(book, w, ((w.key, w.fold),))
    if reading is None:
        return None
    holders = [i for i in reading[2] if any(p in book.tasks[i].fold_bigrams for p in pairs)]
    return (reading[0], {i: m for i, m in reading[1].items() if i in holders}, tuple(holders))


_SYNONYM_CONTEXT_KEYS = {word_forms(w)[0]: word_forms(c)[1] for w, c in lx.SYNONYM_CONTEXT.items()}


def _synonyms_of(w: Word) -> tuple[str, ...] | None:
    """The pledge words an everyday word stands for; typed without marks, only where the fold is safe."""
    return lx.SYNONYM_BY_KEY.get(w.key) or (None if w.accented else lx.SYNONYM_BY_FOLD.get(w.fold))


def _readings(w: Word, book: _Book) -> _Readings | None:
    """The (key, fold) readings a content word stands for (abbreviations resolved); None for a function word."""
    if not _content(w):
        return None
    meanings = lx.ABBREVIATIONS.get(w.fold) if _plain(w) else None
    if meanings and (w.key in book.all_keys and len(w.fold) > 3):
        meanings = None
    if meanings:
        best = meanings[0] if len(meanings) == 1 else max(meanings, key=lambda m: _meaning_fit(book, m))
        return ((w.key, w.fold), *lx.phrase_keys(best))
    if book.acronyms and _plain(w) and (spelt := book.acronyms.get(w.fold)) is not None:
        return ((w.key, w.fold), *lx.phrase_keys(spelt))
    synonyms = _synonyms_of(w)
    # (a word read in a context is read so even where a task holds it: "thoát nghèo" is the poor households cut,
    # beside "Hỗ trợ 20 hộ cận nghèo thoát cận nghèo")
    if synonyms and (
        (w.key not in book.all_keys and (w.accented or w.fold not in book.all_folds)) or w.fold in _SYNONYM_CONTEXT_KEYS
    ):
        # "lúa" for a task on "lương thực": the pledge's word is read beside the sender's
        held = [m for m in synonyms if all(k in book.all_keys for k, _ in lx.phrase_keys(m) if k not in lx.STOP_KEYS)]
        context = _SYNONYM_CONTEXT_KEYS.get(w.fold)
        if held and (context is None or context in book.all_keys):
            return ((w.key, w.fold), *lx.phrase_keys(held[0]))
    return ((w.key, w.fold),)


def _compounds(
    book: _Book, expanded: list[tuple[Word, tuple[tuple[str, str], ...]]], text: str, names: frozenset[int]
) -> list[bool]:
    """Which message words sit in a two-syllable compound that some task spells out ("giải ngân"), or make
    one with the name or number after them: "nhà văn hóa thôn Mỹ Phước", "thôn 5" say where, it is not the
    "thôn" of "nông thôn"."""
    flags = [False] * len(expanded)
    bigrams, fold_bigrams = book.bigrams, book.fold_bigrams
    prev: tuple[Word, tuple[tuple[str, str], ...]] | None = None
    for j, item in enumerate(expanded):
        b, rb = item
        if b.fold in _PLACE_KINDS:
            at = b.end + 1
            if text.startswith(" ", b.end) and (at in names or _digit_at(text, at)):
                flags[j] = True  # "thôn Mỹ Phước", "thôn 5"
        if prev is not None and len(rb) == 1:
            a, ra = prev
            if (
                len(ra) == 1
                and ((a.key, b.key) in bigrams or (not a.accented and (a.fold, b.fold) in fold_bigrams))
                # ("trồng mới": the verb and "newly", no compound keeping "trồng" from "Trồng rừng …")
                and not (b.fold == "moi" and a.fold in _NEWLY_DONE)
                # a figure between them parts them: "trồng mới thêm 12,5 ha cam" is no "vùng trồng … cam"; an age
                # does not ("trẻ 5 tuổi" says which children)
                and (b.fold == "tuoi" or not _DIGIT_RE.search(text, a.end, b.start))
            ):
                flags[j - 1] = flags[j] = True
        prev = item
    return flags


_OUT_OF_PLEDGE_FIT = 1.5


def _out_of_the_pledge(ix: _Indexed, fractions: list[Number]) -> bool:
    """A fraction whose whole is the count the task pledges, in its unit or none: "4/6 sản phẩm" on "… 6 sản phẩm"."""
    target, tu = ix.task.target, ix.unit
    if not target or tu is None or tu.dim != "count":
        return False
    return any(
        n.denom is not None
        and abs(n.denom - target) <= 0.01 * abs(target)
        and (n.unit is None or n.unit.fits(tu))
        for n in fractions
    )


def _digit_at(text: str, at: int) -> bool:
    return at < len(text) and text[at].isdigit()


_Expanded = list[tuple[Word, tuple[tuple[str, str], ...]]]


@dataclass(slots=True)
class _Words:
    """A clause's expanded words as the scorer reads them, worked out once for every task: which
    positions hold a word of each task (the other words score nothing on it), and how many words
    are names the tasks do not hold (never "unexplained")."""

    expanded: _Expanded
    compound: list[bool]
    at: dict[int, list[int]]  # task index → positions of the words holding one of its words
    matches: list[dict[int, tuple[_Match, ...]]]  # per position: per task, the readings it matches
    names_idle: int  # positions outside any compound that are names
    name_flags: list[bool]
    # worked out when first needed (no container built for every clause on the hot path)
    said: set[str] | None = None  # keys and folds of the clause's words
    text: str = ""  # the whole message folded (offsets as the words')
    clause_words: Sequence[Word] = ()  # every word of the clause
    at_start: dict[int, Word] | None = None  # the same by start
    sides: dict[int, tuple[tuple[str, str, bool, bool], ...]] | None = None  # see _sides
    pairs: frozenset[tuple[str, str]] = frozenset()  # the folds of every two-word run the pledges spell
    cued: frozenset[int] | None = None  # starts of the words closing two-word phrases of work done
    clause: _Clause | None = None  # the clause scored, for its cue hits


_PROCEDURE_FOLDS = frozenset(["ubnd", "hdnd", "ubtvqh", "trinh", "thong", "qua", "tham", "phe", "duyet"])


def _words_for(
    expanded: _Expanded,
    hits: list[dict[int, tuple[_Match, ...]]],
    compound: list[bool],
    names: frozenset[int],
    places: frozenset[str],
) -> _Words:
    at: dict[int, list[int]] = {}
    for j, tasks in enumerate(hits):
        for i in tasks:
            if i in at:
                at[i].append(j)
            else:
                at[i] = [j]
    # a name no task holds, or a place of a pledge ("Tam Phước" of "2 xã … (Tam Phước, Tường Đa)"), is never
    # unexplained: it says where, not what; a name compound of a task's text ("Ngọc Hồi") is a word of it.
    # Nor is who approves what ("đã trình UBND huyện, chờ HĐND thông qua"): the path, not the work
    if names:
        flags = [
            (w.start in names and (not compound[j] or w.fold in places)) or w.fold in _PROCEDURE_FOLDS
            for j, (w, _) in enumerate(expanded)
        ]
    else:
        flags = [w.fold in _PROCEDURE_FOLDS for w, _ in expanded]
    idle = sum(flags)
    if not idle:
        flags = []
    return _Words(expanded, compound, at, hits, idle, flags)


# what unmarked "dang" counts for, matched with no neighbour of the task's: "dang tong hop" is "đang tổng hợp" far
# more often than the "đăng" of "đăng ký" or the "Đảng" of "đảng viên", which come with their neighbour
_FUNCTION_ALIKE_WEIGHT = 0.5


def _function_alike(w: Word) -> bool:
    return not w.accented and w.fold == "dang"


def _score(ix: _Indexed, task_index: int, cw: _Words, unaccented_msg: bool) -> tuple[float, float, list[str]]:
    """(score, share of the clause's content words explained, matched words).

    A syllable whose compound belongs to another task ("ngân" of "giải ngân" against "ngân sách")
    counts for little and explains nothing: folding and one-syllable overlaps are where the false
    matches come from. Only the positions holding a word of the task are visited: the others add
    nothing and explain nothing."""
    expanded, compound = cw.expanded, cw.compound
    n = len(expanded)
    js = cw.at.get(task_index, ())
    unnamed = n - cw.names_idle  # a place or person name the task does not hold is not left unexplained
    if not js:
        return 0.0, (0 / unnamed if unnamed else 0.0), []
    fold_q = 0.55 if unaccented_msg else 0.3
    if len(js) == 1:
        # one position (the common case): no bigram with a neighbour, the same sums as below
        j = js[0]
        value = 0.0
        seen: set[str] | None = None
        for _, _, weight, k2, by_fold in cw.matches[j][task_index]:
            if seen is None:
                seen = {k2}
            elif k2 in seen:
                continue
            else:
                seen.add(k2)
            value += fold_q * weight if by_fold else 1.0 * weight
        if cw.compound[j] or (value > 0 and _split_compound(ix, task_index, cw, j)):
            value *= 0.3
            return (value if value > 0 else 0.0), (0 / unnamed if unnamed else 0.0), []
        if _function_alike(expanded[j][0]):
            value *= _FUNCTION_ALIKE_WEIGHT
        if value > 0:
            if cw.name_flags and cw.name_flags[j]:
                unnamed += 1
            return 0.0 + value, (1 / unnamed if unnamed else 0.0), [expanded[j][0].text]
        return 0.0 + value, (0 / unnamed if unnamed else 0.0), []
    used: set[str] = set()
    base: list[float] = []
    curs: list[tuple[_Match, ...]] = []
    matches = cw.matches
    for j in js:
        cur = matches[j][task_index]
        best = 0.0
        for _, _, weight, k2, by_fold in cur:
            if k2 in used:
                continue
            used.add(k2)
            best += fold_q * weight if by_fold else 1.0 * weight
        base.append(best)
        curs.append(cur)
    m = len(js)
    pair = [0.0] * (m + 1)  # pair[k]: bigram bonus between the word before js[k] and js[k]
    bigrams, fold_bigrams = ix.bigrams, ix.fold_bigrams
    for k in range(1, m):
        if js[k - 1] != js[k] - 1:
            continue
        for pk, pf, pw, _, _ in curs[k - 1]:
            for ck, cf, cwt, _, _ in curs[k]:
                if (pk, ck) in bigrams or (pf, cf) in fold_bigrams:
                    pair[k] = max(pair[k], 0.6 * (pw + cwt))
    score = 0.0
    explained = 0
    flags = cw.name_flags
    matched: list[str] = []
    for k in range(m):
        j = js[k]
        value = base[k]
        after = pair[k + 1] if k + 1 < m and js[k + 1] == j + 1 else 0.0
        paired = pair[k] > 0 or after > 0
        if (
            not paired
            and compound[j]
            and k
            and js[k - 1] == j - 1
            and pair[k - 1] > 0
            and _left_taken(cw, j)
            and not _parted(ix.word_run, expanded[j - 1][0].fold, expanded[j][0].fold)
        ):
            # "bảo vệ rừng" on "Diện tích rừng giao khoán bảo vệ": the word before is in the task's own compound
            # with the one before it ("bảo vệ"), so "vệ rừng" of another pledge makes no compound here
            paired = True
        if not paired and (compound[j] or (value > 0 and _split_compound(ix, task_index, cw, j))):
            value *= 0.3
            if value > 0:
                score += value
            continue
        if not paired and _function_alike(expanded[j][0]):
            value *= _FUNCTION_ALIKE_WEIGHT
        if value > 0 or paired:
            explained += 1
            matched.append(expanded[j][0].text)
            if flags and flags[j]:
                unnamed += 1  # counted among the idle names, but explained here
        score += value + pair[k]
    return score, (explained / unnamed if unnamed else 0.0), matched


def _parted(run: str, first: str, second: str) -> bool:
    """The task's words `run` hold `first` and then `second` with other words between ("hộ cận nghèo" parts "hộ
    nghèo")."""
    at = run.find(f" {first} ")
    return at >= 0 and run.find(f" {second} ", at + len(first) + 1) >= 0


def _reversed(run: str, first: str, second: str) -> bool:
    """The task's words `run` hold the two words only the other way round: "rừng giao khoán bảo vệ" against "bảo vệ
    rừng"."""
    return _parted(run, second, first) and not _parted(run, first, second)


def _left_taken(cw: _Words, j: int) -> bool:
    """The word at `j` is flagged a compound only with the word before it: no place kind, and no two-word run a
    pledge spells with the word after it."""
    w = cw.expanded[j][0]
    if w.fold in _PLACE_KINDS:
        return False
    return j + 1 >= len(cw.expanded) or (w.fold, cw.expanded[j + 1][0].fold) not in cw.pairs


@lru_cache(maxsize=1024)
def _labels_differ(a: str, b: str) -> bool:
    """Two unit labels that each name a kind of the same noun, not the same kind: "ho can ngheo" and
    "ho ngheo" do; "ho" and "ho ngheo" do not (the bare noun says no kind)."""
    if a in _BARE_NOUNS or b in _BARE_NOUNS:
        return False  # "40 lao động" says no kind: it fits "70 lao động nông thôn" as well as "110 lao động"
    wa, wb = a.split(), b.split()
    return len(wa) >= 2 and len(wb) >= 2 and set(wa) != set(wb)


_BARE_NOUNS = frozenset(["lao dong", "nguoi lao dong", "ho gia dinh", "ho dan"])
# people, households and places counted by their bare noun ("5 xã", "20 hộ"): every task on them counts these
_BARE_PLACES = frozenset(["nguoi", "ho", "xa", "phuong", "thon", "ap", "ban", "to dan pho"])
_BARE_UNITS = _BARE_NOUNS | _BARE_PLACES


_OTHER_COUNT_FIT = -0.8  # a count of other things than the task counts
# what tasks count that is never people: a count of people is no figure of theirs
_NO_PEOPLE = frozenset(
    ["co so", "cong trinh", "du an", "doanh nghiep", "hop tac xa", "san pham", "xa", "thon", "truong", "cho", "mo hinh"]
)


def _unit_fit(ix: _Indexed, n: Number, plan: bool) -> float | None:
    """How well a figure fits a task: None when it cannot belong to it."""
    t = ix.task
    if t.target is None:
        return 0.0 if (n.unit is None or n.unit.dim in ("count", "percent")) else -0.5
    tu = ix.unit
    if n.denom is not None:
        if tu is PERCENT or (tu is not None and tu.dim == "percent"):
            return 1.0
        if n.unit is not None and tu is not None and not n.unit.fits(tu):
            if tu.dim == "count":
                return None if n.unit.dim != "count" else -0.5
            return None  # "2/2 xã" is no share of 42 km
        return 0.8
    if n.unit is None:
        # a rate never passes 100%: "cấp phép 300 giấy" is no rate of 300%
        return None if tu is not None and tu.dim == "percent" and n.value > 100 else 0.0
    if n.unit.dim == "percent":
        if tu is not None and tu.dim == "percent":
            # "60% kế hoạch" is a rate only on a task whose rate is itself of a plan ("95% kế hoạch vốn")
            return 1.5 if not n.share or ix.plan_rate else 0.5
        if n.share:
            return 1.2
        # a bare "13,5%" on a task counting things is a share only if someone says of what
        return 0.8 if plan else -0.5
    if tu is None:
        return 0.0
    if n.unit.fits(tu):
        if n.unit.dim == "count" and _labels_differ(n.unit.label, tu.label):
            return 0.6  # "9 hộ cận nghèo" against "35 hộ nghèo": the same noun, another kind of it
        return 1.5
    if n.unit.dim == "count" and tu.dim == "count":
        if n.unit.group and set(n.unit.group.split()) <= set(tu.label.replace(",", " ").split()):
            return 0.6  # "5 xã" on "15 cơ quan, đơn vị và xã, thị trấn": one of the kinds counted
        if _stands_for(ix, n.unit) or _listed_beside_unit(ix, n.unit):
            return 0.6
        return _OTHER_COUNT_FIT
    if n.unit.dim != tu.dim:
        return None
    return -0.8


_RISE_BEFORE_FIGURE_RE = re.compile(r"(?<![^\W\d_])tang\s*$")
_PERIOD_BEFORE_RISE_RE = re.compile(r"(?<![^\W\d_])(?:thang \d{1,2}|thang nay|tuan nay|trong thang)\s+tang\s*$")
_SINCE_LAST_AFTER_RE = re.compile(
    r"\s*(?:[^\W\d_]+\s+){0,2}?so voi (?:thang truoc|tuan truoc|ky truoc|(?:lan |ky )?bao cao truoc)(?![^\W\d_])"
)


def _rise_since_last(clause: _Clause, n: Number) -> bool:
    """ "Số LĐ đi làm việc ở nước ngoài tăng 35 người so với tháng trước": a count risen since the last report is that
    much more (a rate risen is asked about elsewhere)."""
    text = clause.folded
    return (
        bool(text)
        and n.unit is not PERCENT
        and _RISE_BEFORE_FIGURE_RE.search(text, max(0, n.start - 8), n.start) is not None
        and (
            _SINCE_LAST_AFTER_RE.match(text, n.end) is not None
            # "DN thành lập mới tháng 7 tăng 5": risen within the month named, compared with nothing
            or (
                _PERIOD_BEFORE_RISE_RE.search(text, max(clause.start, n.start - 24), n.start) is not None
                and _COMPARED_AFTER_RE.match(text, n.end) is None
            )
        )
    )


def _value_for(ix: _Indexed, n: Number, plan: bool) -> tuple[float | None, str]:
    """The figure in the task's unit, and how it was converted; None when it needs asking."""
    t = ix.task
    tu = ix.unit
    read = n.raw.strip()
    if n.denom is not None:
        if tu is not None and tu.dim == "percent":
            value = 100.0 * n.value / n.denom
            if n.unit is not None:  # "412 tỷ/650 tỷ": the amounts as written, not in đồng
                return value, f"{read} → {value:.1f}%"
            return value, f"{read} → {n.value:g}/{n.denom:g} = {value:.1f}%"
        if n.share:
            if t.target is None or n.value > n.denom:
                return None, f"{read}: không rõ phần của kế hoạch"
            value = t.target * n.value / n.denom
            return value, f"{read} → {n.value:g}/{n.denom:g} của chỉ tiêu {t.target:g} = {value:g}"
        if n.unit is not None and tu is not None and n.unit.dim == tu.dim and n.unit.dim != "count":
            value = convert(n.value, n.unit, tu)  # "2.950m/4.200m" on a km task: the part done, in km
            return value, f"{read} → {value:g} {t.unit or tu.label}"
        return n.value, f"{read} → {n.value:g} (tử số)"
    if n.unit is not None and n.unit.dim == "percent" and (tu is None or tu.dim != "percent"):
        if t.target is None:
            return None, ""
        value = n.value / 100.0 * t.target
        return value, f"{n.value:g}% của chỉ tiêu {t.target:g} {t.unit or ''} = {value:g}".rstrip()
    same_dim = n.unit is not None and tu is not None and n.unit.dim == tu.dim and n.unit.dim != "count"
    if n.alt is not None:
        if t.target is None:
            return None, ""
        a, b = n.value, n.alt
        if same_dim and n.unit is not None and tu is not None:
            a, b = convert(a, n.unit, tu), convert(b, n.unit, tu)
        # a reading past one and a half times the pledge is as doubtful as one under a hundredth of it
        ok_a = 0.01 * t.target <= a <= 1.5 * t.target
        ok_b = 0.01 * t.target <= b <= 1.5 * t.target
        if ok_a == ok_b:
            return None, f"{read}: không rõ là {a:g} hay {b:g}"
        value = a if ok_a else b
        return value, f"{read} → {value:g} (theo cỡ chỉ tiêu {t.target:g})"
    if same_dim and n.unit is not None and tu is not None:
        value = convert(n.value, n.unit, tu)
        return value, f"{read} → {value:g} {t.unit or tu.label}"
    if (
        tu is not None
        and tu.dim == "count"
        and t.target is not None
        and (by := _COUNT_BY.get(tu.label.split(" ", 1)[0])) is not None
        and t.target < by / 1000
        and (n.unit is None or n.unit.dim == "count")
        and n.value >= by / 1000
    ):
        # "320 nghìn lượt" on a pledge of 3,2 in "triệu lượt" (counted by the million): 0,32 of them
        value = n.value / by
        return value, f"{read} → {value:g} {t.unit or tu.label}"
    if n.unit is None and tu is not None and tu.dim == "money" and "nhân" in n.how:
        # "ủng hộ thêm 500k" on "… đạt 150 triệu đồng": thousands of đồng, not 500.000 triệu
        value = convert(n.value, _DONG, tu)
        return value, f"{read} → {value:g} {t.unit or tu.label}"
    return n.value, f"{read} → {n.value:g} {t.unit or ''}".rstrip()


_DONG = Unit("money", 1.0, "", "đồng")
_COUNT_BY = {"trieu": 1e6, "nghin": 1e3, "ngan": 1e3}  # a count pledged by the million or thousand


@dataclass(slots=True)
class _Cues:
    done: bool = False
    approved: bool = False  # "phê duyệt", "ban hành", "có QĐ": finishes only a task that pledges it
    complete: bool = False  # "hoàn thành"/"xong" said outright
    negation: bool = False
    intention: bool = False
    increment: bool = False
    correction: bool = False
    question: bool = False
    chatter: bool = False
    unit_done: bool = False
    plan: bool = False
    change: bool = False  # "giảm 0,2%" without "còn"
    remain: bool = False
    totals: frozenset[int] = frozenset()  # starts of figures announced as totals
    reached: frozenset[int] = frozenset()  # totals said as reached ("nâng lên 14", "lũy kế 14")
    remains: frozenset[int] = frozenset()  # figures said as what is left ("còn 24 hộ", "xuống 1,2%")
    verbs: frozenset[str] = frozenset()  # keys of words right after "đã"


# a sentence-final "vậy" asks: "nv 6 tính theo hồ sơ hay thủ tục vậy", "sao chậm vậy anh"
_FINAL_VAY_RE = re.compile(r"(?<![^\W\d_])vay(?: (?:a|anh|chi|em|bot|ha|nhi))?[\W_]*$")


def _cues(ws: list[Word], numbers: list[Number], folded: str, mask: int) -> _Cues:
    # built in one call (positional, in field order): this runs for every clause
    c = _Cues(
        bool(mask & _DONE),
        bool(mask & _APPR),
        bool(mask & _COMPL),
        bool(mask & _NEG),
        bool(mask & _INTENT),
        bool(mask & _INCR),
        bool(mask & _CORR),
        bool(mask & _QUEST) or "?" in folded or ("vay" in folded[-16:] and bool(_FINAL_VAY_RE.search(folded))),
        bool(mask & _CHAT),
        bool(mask & _UDONE),
        bool(mask & _PLAN),
        bool(mask & _CHG),
        bool(mask & _REM),
    )
    totals: set[int] = set()
    reached: set[int] = set()
    remains: set[int] = set()
    total_words = "luy" in folded or "tong" in folded or "cong don" in folded
    for n in numbers:
        if n.excluded:
            continue  # never picked: what precedes it does not matter
        before = folded[max(0, n.start - 24) : n.start]
        if _TOTAL_BEFORE_RE.search(before):
            totals.add(n.start)
            if _TOTAL_REACHED_BEFORE_RE.search(before):
                reached.add(n.start)
        elif total_words and not _MORE_BEFORE_RE.search(before):
            # "- Lũy kế bê tông hóa 5,35km", "lũy kế 6 tháng 5.480 tấn": a piece that opens with a total word
            # (but "tổng đàn trâu bò thêm 420 con" is what the herd grew by)
            piece = _PIECE_OPEN_RE.search(folded, max(0, n.start - 48), n.start)
            if piece is not None and _TOTAL_OPEN_RE.match(piece.group(1)):
                totals.add(n.start)
                reached.add(n.start)
        if ("con" in before or "xuong" in before or "muc" in before) and _REMAIN_BEFORE_RE.search(before):
            remains.add(n.start)
    if remains:
        c.remains = frozenset(remains)
    if totals:
        c.totals = frozenset(totals)
        c.reached = frozenset(reached)
    verbs: set[str] = set()
    da_key, da_fold = _DA
    lo, hi = (ws[0].start, ws[-1].end) if ws else (0, 0)
    if folded.find("da", lo, hi) < 0 and folded.find("roi", lo, hi) < 0:
        return c  # no "đã", no "rồi": nothing said done by its verb
    for i, w in enumerate(ws):
        if w.fold not in _VERB_MARKS:
            continue
        if w.key == da_key or (w.fold == da_fold and not w.accented):
            verbs.update(x.key for x in ws[i + 1 : i + 4])
            verbs.update(x.fold for x in ws[i + 1 : i + 4] if not x.accented)
        elif i and (w.key == _ROI[0] or (w.fold == _ROI[1] and not w.accented)) and ws[i - 1].fold not in _NOT_DONE_ROI:
            # "UBND xã ban hành QĐ rồi": the verb a few words before "rồi" is done
            verbs.update(x.key for x in ws[max(0, i - 3) : i])
            verbs.update(x.fold for x in ws[max(0, i - 3) : i] if not x.accented)
    if verbs:
        c.verbs = frozenset(verbs)
    return c


def _sender_words(ix: _Indexed, ws: list[Word]) -> list[Word]:
    """The words that are the sender's own, not the task's wording: "chuẩn bị" in "Hướng dẫn các xã chuẩn
    bị rà soát hộ nghèo" is no intention. An unaccented word counts as the task's only inside a pair of
    the task's words ("chuan bi ra soat", stop words skipped as in the task's pairs): a lone "dang" may be
    "đang" even on a task about "đảng viên"."""
    keys, folds, pairs = ix.keys, ix.folds, ix.fold_bigrams
    if not any(not w.accented and w.key not in keys and w.fold in folds for w in ws):
        return [w for i, w in enumerate(ws) if w.key not in keys or _cue_kept(ix, ws, i)]
    content = [i for i, w in enumerate(ws) if _content(w)]
    paired: set[int] = set()
    for a, b in pairwise(content):
        if (ws[a].fold, ws[b].fold) in pairs:
            paired.update((a, b))
    for a in range(len(ws) - 1):
        # side by side, a pair of the task's even when one folds to a function word ("thiet hai": "thiệt hại")
        if (ws[a].fold, ws[a + 1].fold) in pairs:
            paired.update((a, a + 1))
    for a in range(1, len(ws) - 1):
        # between two words of the task's own: "xep hang dinh Hai Nhuan" on "… xếp hạng … Đình làng Hải Nhuận"
        if ws[a - 1].fold in folds and ws[a + 1].fold in folds and ws[a].fold in folds:
            paired.add(a)
    return [
        w
        for i, w in enumerate(ws)
        if (w.key not in keys and (w.accented or i not in paired)) or _cue_kept(ix, ws, i)
    ]


# two-word cues of work held back or planned, folded: "dự kiến" typed "du kien" opens with "du" of "du lịch"
_HELD_PAIRS = frozenset(
    (p[0][1], p[1][1]) for group in (lx.INTENTION, lx.PLANNED, lx.NEGATION) for p in group if len(p) == 2
)
# damage said with its cause's verb ("làm sạt", "gây sạt", "bị sạt"); a bare "sạt lở" may be what a work is against
_DAMAGE_PAIRS = frozenset(
    (p[0][1], p[1][1]) for p in lx.DAMAGE if len(p) == 2 and p[0][1] in ("lam", "gay", "bi", "danh")
)


def _opens_held_cue(ix: _Indexed, ws: list[Word], i: int) -> bool:
    """The word opens a two-word cue of intention, plan or negation whose second word is no word of the task: "du
    kien ra mat" on "Ra mắt sản phẩm du lịch …" plans the launch, whatever "du" of "du lịch" the task holds."""
    return (
        i + 1 < len(ws)
        and (ws[i].fold, ws[i + 1].fold) in _HELD_PAIRS
        # (the task saying the cue itself keeps it its own: "Hướng dẫn các xã chuẩn bị rà soát …")
        and f" {ws[i].fold} {ws[i + 1].fold} " not in ix.word_run
    )


def _cue_kept(ix: _Indexed, ws: list[Word], i: int) -> bool:
    """A word of the task's that is the sender's all the same, being half of a two-word cue the task does not say:
    it opens a cue of intention, plan or negation (_opens_held_cue); it closes one of intention or plan whose first
    word is the sender's ("đã khởi công 30 căn" on "… nhà ở cho người có công" begins the work, whatever "công" the
    task holds; not "đã trình" on "… trình HĐND", the task's own step said done); or it closes a cue of damage whose
    first word, a verb of cause, is the sender's ("bão làm sạt thêm 30m" on "kè chống sạt lở …")."""
    if _opens_held_cue(ix, ws, i):
        return True
    if i == 0 or ws[i - 1].key in ix.keys:
        return False
    pair = (ws[i - 1].fold, ws[i].fold)
    return (
        ((pair in _HELD_PAIRS and pair[0] != "da") or pair in _DAMAGE_PAIRS)
        and f" {pair[0]} {pair[1]} " not in ix.word_run
    )


def _cut_after_done(clause: _Clause) -> re.Match[str] | None:
    """The first piece break after the first word saying work done, else the first one: "Rà soát hộ nghèo, cận
    nghèo … đã xong, đang chờ tỉnh phê duyệt" breaks after "xong", the comma of the list before it is none."""
    done = min((i for i, _, bits in _hits_inside(clause) if bits & _DONE), default=None)
    after = clause.words[done].end if done is not None else clause.start
    return _PIECE_RE.search(clause.folded, after, clause.end) or _PIECE_RE.search(
        clause.folded, clause.start, clause.end
    )


def _done_piece_clear(
    clause: _Clause,
    has: bool = False,
    rated: bool = False,
    cut: re.Match[str] | None = None,
    reached: bool = False,
    held_first: int = _NEG | _INTENT,
) -> bool:
    """The first piece of the clause says something done and nothing held back (no cue of held_first), and a later
    piece (after a comma) holds the intention: "đã xây mới xong cầu Ba Mương, đang sửa chữa cầu Xẻo Mát"."""
    text = clause.folded
    if not text:
        return False
    cut = cut or _PIECE_RE.search(text, clause.start, clause.end)
    if cut is None:
        return False
    first = [w for w in clause.words if w.start < cut.start()]
    rest = [w for w in clause.words if w.start >= cut.end()]
    first_mask = 0
    for _, _, bits in _cue_hits(first):
        first_mask |= bits
    rest_mask = 0
    for _, _, bits in _cue_hits(rest):
        rest_mask |= bits
    said_done = (
        bool(first_mask & _DONE)
        or (has and any(w.fold in _HAVE_FOLDS for w in first))
        # "xoài cát chu đạt 3 sao rồi, khô cá tra phồng đang chờ …": a rating reached
        or (rated and _RATED_RE.search(text, clause.start, cut.start()) is not None)
        # "Hồng Tiến đạt chuẩn NTM nâng cao rồi, …": a unit reaching its standard
        or (reached and bool(first_mask & _UDONE))
    )
    return said_done and not first_mask & held_first and bool(rest_mask & (_NEG | _INTENT))


_AWAITED_RE = re.compile(r"(?<![^\W\d_])cho (?:[^\W\d_]+ ){0,3}?(?:cong nhan|quyet dinh|phe duyet|tham dinh|thong qua)")


def _approval_awaited(clause: _Clause) -> bool:
    """A later piece opens by awaiting an approval, no subject of its own: "Lùng Vai: đoàn thẩm định đã về kiểm tra,
    đang chờ quyết định công nhận NTM" is the one unit named, still waiting."""
    text = clause.folded
    cut = _PIECE_RE.search(text, clause.start, clause.end) if text else None
    if cut is None:
        return False
    rest = [w for w in clause.words if w.start >= cut.end()]
    # (a piece with a subject of its own, "khô cá tra phồng đang chờ huyện thẩm định", waits for another unit)
    return (
        bool(rest)
        and rest[0].fold in ("dang", "cho", "van", "con")
        and _AWAITED_RE.search(text, cut.end(), clause.end) is not None
    )


def _own_verb_done_at(ix: _Indexed, clause: _Clause) -> int | None:
    """Where the clause says the task's own work done with "đã" ("Tà Sa đã hoàn thiện hồ sơ …" on "Hướng dẫn
    … hoàn thiện hồ sơ …"): the start of the first task word right after an "đã"."""
    ws = clause.words
    da_key, da_fold = _DA
    for k, w in enumerate(ws[:-1]):
        if w.key == da_key or (w.fold == da_fold and not w.accented):
            # the verb's first syllable may be a common one the task's words leave out ("hoàn" of "hoàn thiện")
            for nxt in ws[k + 1 : k + 3]:
                if (nxt.key in ix.keys or (not nxt.accented and nxt.fold in ix.folds)) and nxt.key not in ix.head:
                    return ws[k + 1].start
    return None


# a part still lacking something: "…; Quảng Phú còn thiếu tiêu chí 17", "Hòa Lạc chưa đạt"
_STILL_LACKING_RE = re.compile(r"(?<![^\W\d_])(?:con thieu|chua dat|chua xong|chua hoan thanh)(?![^\W\d_])")
_DOSSIER_WORD_RE = re.compile(r"(?<![^\W\d_])ho so(?![^\W\d_])")


def _follow_on_hits(
    free: list[Word], hits: list[_Hit], clause: _Clause, own_done: int | None = None, waits: bool = False
) -> list[_Hit]:
    """Intentions inside a piece that opens with a follow-on verb after work said done: "Đã thẩm định xong
    hồ sơ …, trình UBND huyện" is done, the submission is the next step; so is "… đã hoàn thiện hồ sơ NTM trình
    tỉnh" when the work done is the task's own (own_done). With waits, waiting on someone ("…, đang chờ huyện
    thẩm định kết quả") is a next step too."""
    done_at = min((free[i].start for i, _, bits in hits if bits & _DONE), default=own_done)
    if done_at is None:
        return []
    out: list[_Hit] = []
    text = clause.folded
    for h in hits:
        i, _, bits = h
        if not bits & (_INTENT | _PLANNED) or free[i].start <= done_at:
            continue
        piece = max((m.end() for m in _PIECE_RE.finditer(text, done_at, free[i].start)), default=None)
        if piece is None:
            if _find(free[i : i + 2], _FOLLOW_ON) == 0 and (
                own_done is not None
                # "Đã hoàn thành hồ sơ di tích … trình tỉnh xếp hạng": a dossier said done goes up the same way
                or _DOSSIER_WORD_RE.search(text, clause.start, free[i].start) is not None
            ):
                out.append(h)  # "hoàn thiện hồ sơ trình tỉnh": the dossier finished goes up, no step of its own
            continue
        opening = [w for w in free if w.start >= piece][:5]
        if len(opening) > 2 and opening[0].fold == "ket" and opening[1].fold == "qua":
            opening = opening[2:]  # "…, kết quả đã trình UBND huyện phê duyệt": the result of the work goes up
        opening = opening[:3]
        at = _find(opening, _FOLLOW_ON)
        if at < 0 and waits and not _COMMENTS_AWAITED_RE.match(text, piece):
            at = _find(opening, _AWAIT)
        # "…, đang trình tỉnh thẩm định": the intention is the next step's, said before its verb
        if at == 0 or (at == 1 and free[i].start in (opening[0].start, opening[1].start)):
            out.append(h)
    return out


def _clause_values(clause: _Clause) -> list[Number]:
    values = [n for n in clause.numbers if not n.excluded]
    if len(values) < len(clause.numbers):
        clause.others = sum(1 for n in clause.numbers if n.excluded == _OTHER_THING)
    clause.values = values
    return values


def _update_for(ix: _Indexed, clause: _Clause, cues: _Cues, matched: list[str]) -> tuple[ParsedUpdate | None, str]:
    """The update this clause records on this task; (None, reason) when it must be asked."""
    t = ix.task
    invalid = clause.invalid
    if invalid is not None:
        return None, f"con số «{invalid.raw.strip()}» không hợp lệ ({invalid.excluded}): cần hỏi lại"
    note = clause.note
    if not note:
        note = clause.note = " ".join([w.text for w in clause.words])
    said = f"khớp «{', '.join(matched)}»" if matched else (f"#{t.number}" if clause.ref else "")
    values = clause.values
    if values is None:
        values = _clause_values(clause)
    if values and t.target is not None and _target_named_in_label(ix, clause, values):
        # "Tiết kiệm 10% chi thường xuyên: đã giao cho các đơn vị, đang theo dõi": the pledge named by its own
        # figure, then how it stands; no figure is reported
        values = []
    if len(clause.numbers) > len(values) and values and t.target is not None and ix.unit and ix.unit.dim == "count":
        # "bồi dưỡng thêm 2 lớp, 96 người tham gia" on "Bồi dưỡng … cho 450 lượt cán bộ": the classes are not what
        # the task counts, the people who took part are
        takers = [
            n for n in clause.numbers if n.excluded in _DETAILS_OF_COUNTED and (_unit_fit(ix, n, cues.plan) or 0) > 0
        ]
        if takers and all((_unit_fit(ix, n, cues.plan) or -1.0) < 0 for n in values):
            values = takers
    typed = len(values) + (clause.others if t.target else 0)
    if values and ix.counts_known:
        kept_values = [n for n in values if not _counts_other(ix, n)]
        if (
            len(values) == 1
            and not kept_values
            and not _held_or_meant(clause)
            and values[0].unit is not None
            and values[0].unit.group not in _STEPS_TOWARDS
            # "Phê duyệt hồ sơ hỗ trợ nhà ở cho 3 hộ" on "… 15 căn nhà cho hộ nghèo": whom the task is for, counted
            and not set(values[0].unit.group.split()) <= ix.raw_folds
        ):
            # "Đã trao 5 căn nhà tình thương cho hộ nghèo" on "Giảm ít nhất 25 hộ nghèo": a report of another thing
            # counted, not news of the task; ask (criteria met or classes opened are steps towards it: a note)
            return None, _OTHER_COUNT_WHY
        values = kept_values
    if values and clause.folded:
        # "đạt 104% KH, vượt 0,18 tỷ": what it exceeded by is no amount reached
        gaps = [(n, _EXCESS_BEFORE_RE.search(clause.folded, max(0, n.start - 32), n.start)) for n in values]
        over = [n for n, gap in gaps if gap is not None]
        if over and len(over) < len(values):
            values = [n for n in values if n not in over]
        elif over and not any(gap is not None and gap.group("short") for _, gap in gaps):
            # "Thu NS vượt 12 tỷ", "BHYT còn thấp hơn chỉ tiêu 0,9%": only how far from the plan, not the level
            return None, "số chênh so với chỉ tiêu, chưa rõ mức đạt: cần hỏi"
    left_to_do = 0  # figures said as what is left: "còn 2 tuyến đang làm"
    # what is said left ("còn 2 tuyến"), not the level a rate stands at ("Tỷ lệ che phủ rừng giữ ở mức 46,3%"): on a
    # task that grows, that level is where it is
    left_said = cues.remains
    if left_said and _kept_under(ix):
        left_said = frozenset()  # ("hộ nghèo còn 1,2%" on a task kept under a level: where it stands, read below)
    if left_said and clause.folded:
        left_said = frozenset(
            at for at in left_said if not _AT_LEVEL_BEFORE_RE.search(clause.folded, max(clause.start, at - 12), at)
        )
    if left_said and clause.folded and tu_is_rate(ix):
        # "Hồ sơ trực tuyến giảm còn 83%" on a rate to reach: the rate fell to that level, nothing is left to do
        fell_to = {n.start for n in values if n.unit is PERCENT and not n.share}
        left_said = frozenset(
            at
            for at in left_said
            if not (at in fell_to and _FELL_TO_BEFORE_RE.search(clause.folded, max(clause.start, at - 16), at))
        )
    if values and left_said:
        # "còn 2km nữa là xong": on a task that grows, what is left to do is no amount reached
        if any(n.start in left_said and _bare_rate(ix, n, cues.plan) for n in values):
            # "Hộ nghèo giảm còn 1,15%" on "Giảm ít nhất 320 hộ nghèo": a rate left is a level, never a share of the
            # plan nor what is left to do; ask
            return None, "tỷ lệ còn lại, nhiệm vụ đếm số lượng: cần hỏi"
        # ("…, kết quả toàn thị xã còn 1.208 hộ nghèo": the result the work found is no work left)
        found = [n for n in values if n.start in left_said and _result_before(clause, n)]
        if found and t.target is not None and len(found) == len(values):
            # and no progress of a task that grows: "kết quả còn 61 hộ nghèo" on "Hỗ trợ nhà ở cho 40 hộ nghèo"
            return None, "con số là kết quả rà soát còn lại, không phải tiến độ: cần hỏi"
        kept = [n for n in values if n.start not in left_said or n in found]
        left_to_do = len(values) - len(kept)
        values = kept
    if values and clause.mask & _HOLD:
        values = [n for n in values if not _held_back(ix, clause, n)]
    # "chuẩn bị", "đang" inside the task's own wording are not the sender's intentions
    free_mask = clause.mask  # nothing to take away (a cue split by task words is no cue)
    if clause.mask & (_NEG | _INTENT | _PLANNED):
        free = _sender_words(ix, clause.words)
        own_done = _own_verb_done_at(ix, clause) if cues.verbs and clause.mask & _INTENT else None
        free_hits = _cue_hits(free)
        weak = [h for h in free_hits if h[1] == 1 and _weak_cue(free[h[0]], clause.words, clause.names)]
        if clause.folded and (own_done is not None or any(bits & _DONE for _, _, bits in free_hits)):
            weak += _follow_on_hits(free, free_hits, clause, own_done, _awaits_next_step(ix, clause, matched))
        if clause.mask & _APPR:
            # "… đã trình HĐND huyện thông qua xong": submitted, then approved; no longer waiting
            # ("… đã trình UBND tỉnh phê duyệt" is sent for approval: only a "xong" after the approval closes it)
            closed = [free[i].start for i, _, bits in free_hits if bits & _DONE]
            approved = [
                free[i].start for i, _, bits in free_hits if bits & _APPR and any(c > free[i].start for c in closed)
            ]
            weak += [
                h
                for h in free_hits
                if h[2] & _INTENT
                and any(w.fold == "trinh" for w in free[h[0] : h[0] + h[1]])
                and any(at > free[h[0]].start for at in approved)
            ]
        if weak:
            # unaccented "cho" is far more often "cho" (for: "tập huấn cho 120 cán bộ") than "chờ"
            free_hits = [h for h in free_hits if h not in weak]
        if len(free) != len(clause.words) or weak:
            free_mask = _mask_in(free_hits, 0, len(free))
        if values and clause.mask & _PLANNED:
            # a plan said before a figure covers it across pieces ("dự kiến đấu giá đợt 2, ước thu 6 tỷ");
            # one said after does not ("giải ngân được 65%, công tác chuẩn bị đã xong")
            plans = [free[i].start for i, _, bits in free_hits if bits & _PLANNED]
            if plans:
                values = [n for n in values if n.start < plans[0]]
    # a figure left or still to do, or counting something else ("phê duyệt hồ sơ cho 3 hộ rồi"): whatever
    # was finished is that part, not the task
    withheld = len(values) < typed
    fitting = [n for n in values if _unit_fit(ix, n, cues.plan) is not None]
    not_finished = bool(free_mask & (_NEG | _INTENT)) or withheld
    if (
        t.target is None
        # (a name said, "kênh Tuyên Thạnh", is where or which one, no word of what the task does)
        and len({fold(m) for m in matched} - ix.place_words - _name_folds(clause)) <= 1
        and any(n.unit is not None and n.unit.dim in _MEASURES for n in values)
    ):
        # "trồng thêm 12ha" against "Xử lý kịp thời dịch bệnh trên cây trồng …": one shared word, and a measured
        # figure a task without a figure cannot hold: ask rather than keep a note and drop the 12 ha
        return None, "con số đo lường, nhiệm vụ không có chỉ tiêu: cần hỏi"
    if (
        t.target
        and not values
        and cues.done
        and not cues.negation
        # ("đang làm hồ sơ, dự kiến tháng 8 xong cả 2": all of it, still to be done)
        and not _PLAN_AHEAD_RE.search(clause.folded, clause.start, clause.end)
        and any(n.excluded == "định tính (cả …)" and abs(n.value - t.target) < 1e-9 for n in clause.numbers)
    ):
        # "Phòng học Pha Nọi xong cả 4 phòng" on "Xây dựng 4 phòng học …": all of what is pledged, done
        return ParsedUpdate(t.id, UpdateKind.DONE, None, f"{said}{_SEP if said else ''}xong cả {t.target:g}", note), ""
    if t.target is None or not values:
        # a task without a figure reached its standard ("đạt chuẩn", "được công nhận") is finished
        done = cues.done or (cues.approved and ix.approves)
        if not done and t.target is None and values:
            # "Tiểu thương đã vào chợ mới 100%" on "Hoàn thành di dời … tiểu thương vào chợ … mới": all of it, done
            done = any(n.unit is PERCENT and n.value == 100 and not n.share for n in values) and any(
                w.fold == "da" for w in clause.words
            )
        rated = _rating_reached(clause)
        if not done and t.target is None:
            # "chè Shan tuyết Tả Lùng đã đạt OCOP 3 sao" on "Sản phẩm … được công nhận OCOP 3 sao": the rating
            # the task pledges, reached
            done = rated
        finished = (done or (t.target is None and cues.unit_done)) and not not_finished
        if ix.ongoing:
            # "Cháy rừng: mùa khô 2024 đã kết thúc, không để xảy ra cháy rừng": the season the duty covers is over,
            # and the message says how it went, with nothing left undone
            season_ended = (
                not values
                and not not_finished
                and bool(clause.folded)
                and _SEASON_ENDED_RE.search(clause.folded, clause.start, clause.end) is not None
            )
            # a duty done whenever it arises is finished only as a whole: "đã xử lý dứt điểm toàn bộ", "hoàn
            # thành nhiệm vụ"; "lập biên bản 2 trường hợp …, đã xử lý xong" is those cases handled
            whole = (
                bool(clause.mask & _WHOLE)
                or bool(_WHOLE_WORDS_RE.search(clause.folded, clause.start, clause.end))
                # "PCCC rừng mùa khô 2024 đã hoàn thành", "năm 2024 … đủ 12 tháng": the duty's whole season or year
                # closed (a figure said beside it is a count of cases, not the whole)
                or (not values and bool(_WHOLE_SEASON_RE.search(clause.folded, clause.start, clause.end)))
                or season_ended
            )
            # "Chi trả trợ cấp … tháng 7 xong 100%": one period's round of the duty, not the duty finished
            one_round = bool(clause.folded) and _ONE_PERIOD_RE.search(clause.folded, clause.start, clause.end)
            # "Vỉa hè … đã xử lý dứt điểm" on "Xử lý dứt điểm tình trạng lấn chiếm …": settled once and for all, as the
            # task pledges ("đã xử lý dứt điểm 2 trường hợp" is those cases settled)
            once_for_all = (
                not values
                and all(n.excluded for n in clause.numbers)
                and not not_finished
                and _settled_as_pledged(ix, clause)
            )
            finished = (finished or once_for_all or season_ended) and (cues.complete or season_ended) and whole
            finished = finished and not one_round
        elif (
            finished
            and ix.unit is not None
            and ix.unit.dim == "percent"
            and not clause.mask & _WHOLE
            # "Lắp đặt bể chứa … tại 100% thôn": "xong … ở tất cả các thôn" is all of them
            and not (t.target == 100 and _WHOLE_WORDS_RE.search(clause.folded or "", clause.start, clause.end))
        ):
            if len(matched) <= 2:
                # "Trạm y tế xã đã sửa chữa xong" on "Tỷ lệ … tham gia bảo hiểm y tế đạt 95%": work finished on
                # something that shares a word or two with a rate; ask
                return None, "việc đã xong, nhiệm vụ đo bằng tỷ lệ: cần hỏi"
            finished = False  # a rate is measured, not finished: "hồ sơ … xong" reaches no 90%
        elif (
            not finished
            and not not_finished
            and t.target is None
            and ix.head
            # ("Chi ngân sách đến nay đã chi 3,6 tỷ" on "Chi ngân sách xã tiết kiệm, không vượt dự toán": a sum spent so
            # far is where the duty stands, never the duty done)
            and not any(_money_done_by(ix, clause, n) for n in values)
        ):
            finished = (
                ix.head[0] in cues.verbs
                or word_forms(t.text.split()[0].lower())[0] in cues.verbs
                # "Tổ chức tập huấn …": "đã tập huấn cho 240 nông dân" is the task done
                or (bool(ix.action) and any(a in cues.verbs for a in ix.action))
                # "Rà soát, xử lý dứt điểm nợ đọng …": "đã xử lý dứt điểm" does the second action it lists
                or (ix.listed is not None and ix.listed[0].key in cues.verbs)
                # "Đã thanh toán dứt điểm nợ đọng XDCB" on "Xử lý dứt điểm nợ đọng …": settled once and for all, as
                # the task pledges, whatever the verb
                or _settled_as_pledged(ix, clause)
                # "Đã hoàn thiện hồ sơ OCOP rượu ba kích" on "Khảo sát, lập hồ sơ đề nghị công nhận …": the dossier the
                # task pledges to make, finished
                or (
                    bool(clause.folded)
                    and _DOSSIER_TO_MAKE_RE.search(ix.text_fold) is not None
                    and _DOSSIER_FINISHED_RE.search(clause.folded, clause.start, clause.end) is not None
                    and _STILL_LACKING_RE.search(clause.folded) is None
                )
                # "Dự toán NS 2025 đã giao cho các xã" on "Tham mưu UBND huyện giao dự toán …"
                or (
                    bool(ix.advised)
                    and any(a in cues.verbs for a in ix.advised)
                    # ("đã kiểm kê 38/52 cơ sở" on "Hoàn thành kiểm kê …": that act, for some of them)
                    and not any(n.denom is not None and 0 < n.value < n.denom and not n.excluded for n in values)
                )
                # "Dự toán NS 2025 đã trình HĐND huyện" on "Xây dựng dự toán … trình HĐND huyện đúng thời hạn": the
                # submission the task pledges, done
                or (bool(cues.verbs & _SUBMIT) and _SUBMIT_FOLD in ix.raw_folds)
                # "Đã nộp báo cáo tổng hợp … lên UBND huyện" on "Tổng hợp …, báo cáo UBND huyện": the report the
                # task pledges, handed in
                or (
                    bool(cues.verbs & _HAND_IN)
                    and ix.raw_folds >= _REPORT
                    and _HAND_IN_REPORT_RE.search(clause.folded, clause.start, clause.end) is not None
                )
                # "Hồ sơ NTM của Phú Văn, Đức Hạnh đã hoàn thiện" on "Hướng dẫn xã Phú Văn, Đức Hạnh hoàn thiện hồ sơ
                # …": the task's own work said with "đã"
                # (unless the message says another part still lacks something: "…; Quảng Phú còn thiếu tiêu chí 17")
                or (
                    bool(clause.folded)
                    and not values
                    and _own_verb_done_at(ix, clause) is not None
                    and _STILL_LACKING_RE.search(clause.folded) is None
                )
            )
        if finished and t.target is None and any(_part_of_units(clause, n) for n in values):
            # "Kiểm kê rừng: đã xong thực địa 2/3 phường xã" on "Hoàn thành kiểm kê rừng": some of the units, not all
            finished = False
        named_one = (
            cues.unit_done
            or (
                (done or cues.increment)  # "Thành lập thêm HTX Dịch vụ nông nghiệp Phước Lý": one more unit
                and (any(n.excluded == "mã/số hiệu" for n in clause.numbers) or _names_a_unit(ix, clause))
            )
            # "Thành lập mới HTX dịch vụ nông nghiệp Xuân Hồi": the task's own action on one named unit
            or (
                bool(ix.head)
                and not not_finished
                # (or its first syllable right after "đã": "Chợ Tân Lập đã chuyển sang DN quản lý" on "Chuyển đổi …")
                and (_says_opening_verb(ix, clause.words) or (len(ix.head) == 2 and ix.head[0] in cues.verbs))
                and _names_a_unit(ix, clause)
            )
            # "Thêm mô hình liên kết nho tại Phước Sơn …" on "Xây dựng 3 mô hình liên kết …": one more of them
            or (cues.increment and _one_more_said(ix, clause))
            # "Thôn Séo Phìn đã có điện lưới" on "kéo điện lưới về 2 thôn": the named unit has what is pledged
            or (bool(cues.verbs & _HAVE) and not not_finished and _names_a_unit(ix, clause))
            # "Hồ sơ NTMNC xã Phong Thạnh đã hoàn thiện, gửi tỉnh" on "Hướng dẫn 2 xã hoàn thiện hồ sơ …": the task's
            # own work, said done with "đã", for one unit named
            or (
                ix.counts_units
                and not not_finished
                and clause.folded != ""
                and _own_verb_done_at(ix, clause) is not None
                and _names_a_unit(ix, clause)
            )
            # "kẹo dừa Tam Phước vừa đạt 4 sao": one product rated, one more
            or rated
            # "HTX Nông nghiệp Long Cang đã được cấp GCN đăng ký thành lập": one more founded, registered
            or (
                ix.counts_units
                and not not_finished
                and bool(clause.folded)
                and _REGISTERED_RE.search(clause.folded, clause.start, clause.end) is not None
                and _names_a_unit(ix, clause)
            )
        )
        whole = bool(clause.mask & _WHOLE)  # "hoàn thành chỉ tiêu": the whole task, not one more unit
        one_of_several = False
        # (what is left, "xong tuyến thôn An Thổ, còn 2 tuyến đang làm", holds back no unit named done)
        has = bool(cues.verbs & _HAVE)  # "Làng Tu Ro Bần đã có điện lưới": the named unit has what is pledged
        if (
            named_one
            and not_finished
            # ("Thành Sơn TYT đạt chuẩn QG rồi, Ba Cụm Bắc đang hoàn thiện hồ sơ": a unit reaching its standard)
            and (done or has or rated or cues.unit_done)
            and typed - left_to_do == len(values)
            and _done_piece_clear(clause, has, rated, reached=cues.unit_done)
            and not _approval_awaited(clause)
        ):
            # "đã xây mới xong cầu Ba Mương, đang sửa chữa cầu Xẻo Mát": the unit finished is one more;
            # what is still under way is another unit, in a piece of its own
            not_finished = False
            one_of_several = True
        if (
            t.target is not None
            and not values
            and ix.counts_units
            and not named_one
            and (cues.done or cues.verbs)
            and not not_finished
            and not whole
            and len({fold(m) for m in matched} - ix.place_words - {_key_fold(k) for k in ix.head}) >= 2
        ):
            # "Tà Sa và Khuổi Sán đã hoàn thiện hồ sơ NTM" on "Hướng dẫn 3 xã (Nà Lừa, Khuổi Sán, Tà Sa) hoàn
            # thiện hồ sơ …": each place the pledge lists that has done what it pledges is one more
            listed = _listed_places_named(ix, clause)
            if listed:
                return ParsedUpdate(
                    t.id,
                    UpdateKind.INCREMENT,
                    float(listed),
                    f"{said}{_SEP if said else ''}{listed} nơi trong danh sách cam kết đã xong → thêm {listed} "
                    f"{t.unit or ''}".rstrip(),
                    note,
                ), ""
        if (
            t.target is not None
            and not values
            and not ix.counts_units
            and not not_finished
            and ix.unit is not None
            and ix.unit.group == "tieu chi"
            and (
                (cues.increment and _one_more_said(ix, clause, any_count=True))
                # "NTM: tiêu chí số 2 (giao thông) đã đạt": one criterion, named by its number or its name
                or ((done or bool(cues.verbs & _REACH)) and not whole and _criterion_named(ix, clause))
            )
        ):
            # "Xã đạt thêm tiêu chí số 2 - giao thông": one criterion more, named
            why = f"thêm 1 {t.unit or ''} được nêu tên".rstrip()
            return ParsedUpdate(t.id, UpdateKind.INCREMENT, 1.0, f"{said}{_SEP if said else ''}{why}", note), ""
        if t.target is not None and not values and ix.counts_units and named_one and not not_finished and not whole:
            if _unlisted_place_named(ix, clause):
                # "Phước Hà đã được công nhận xã đạt chuẩn NTM" on "… 2 xã … (Phước Nam, Nhị Hà)": a place the
                # pledge's list does not hold, though its syllables are there
                return None, "nơi được nêu không có trong danh sách của nhiệm vụ: cần hỏi"
            # the places a pledge lists are names however they are typed: "zo ra va ka dang đạt chuẩn …" are two
            many = (
                1
                if one_of_several
                else max(_named_units(clause, _counted_noun(ix)), _listed_places_named(ix, clause, True))
            )
            return ParsedUpdate(
                t.id,
                UpdateKind.INCREMENT,
                float(many),
                f"{said}{_SEP if said else ''}{many} đơn vị được nêu tên → thêm {many} {t.unit or ''}".rstrip(),
                note,
            ), ""
        if finished and clause.folded and _part_done(clause):
            finished = False  # "xong phần mái, còn sân và cổng": a part of the work done, not the whole
        if (
            finished
            and clause.folded
            and " tham dinh " not in ix.word_run
            and _SENT_FOR_APPRAISAL_RE.search(clause.folded, clause.start, clause.end)
            # ("Hồ sơ … đã hoàn thành, đã trình tỉnh thẩm định": the work said finished, then sent on)
            and not _FINISHED_SAID_RE.search(clause.folded, clause.start, clause.end)
        ):
            # "KH sử dụng đất 2025 đã trình Sở TNMT thẩm định" on "Hoàn thành lập Kế hoạch … trình UBND tỉnh phê
            # duyệt": sent to be appraised, a step before the one the task ends with; it waits
            finished = False
        if finished and clause.folded and any(_done_in_part(clause, n, t.target is None) for n in clause.numbers):
            finished = False  # "đã hoàn thành ở 11/15 xã": done in part of the places, not the whole
        if finished and t.target is None and any(n.share and n.unit is PERCENT and n.value < 100 for n in values):
            finished = False  # "đã chi 4,1 tỷ, bằng 52% dự toán năm": part of the plan spent, the duty goes on
        if (
            finished
            and t.target is None
            and any(_some_of_all(n) and n.unit is not None and n.unit.dim == "count" for n in clause.numbers)
        ):
            finished = False  # "Đã thẩm định dự toán NS 2025 cho 16/39 xã": the task's own work, for some of them
        if (
            finished
            and t.target is None
            and any(_some_of_a_noun(n) and n.denom != 100 for n in clause.numbers)  # (no score out of 100)
            and clause.folded
            and not _DONE_WORD_RE.search(clause.folded, clause.start, clause.end)
        ):
            # "Đại hội TDTT huyện: đã tổ chức 12/15 môn thi đấu": some of the events held, not the whole; but "đã tổ
            # chức xong kỳ thi …, tuyển được 17/19 chỉ tiêu" is done, and the fraction what came of it
            finished = False
        if (
            finished
            and t.target is None
            and clause.folded
            and any(
                n.unit is PERCENT
                and 0 < n.value < 100
                # ("đã bàn giao được 92% mặt bằng": the share of the work said done, whatever its verb)
                and (_said_done_before(clause, n) or _share_said_done(clause, n))
                for n in values
            )
        ):
            finished = False  # "Số hoá hồ sơ … xong 70%": seventy per cent of the work, not the task done
        if (
            finished
            and t.target is None
            and clause.folded
            and _up_to_now_first(clause)
            and not _DONE_WORD_RE.search(clause.folded, clause.start, clause.end)
        ):
            # "Chi ngân sách đến nay đúng dự toán, đã tiết kiệm chi thường xuyên": how a year-long duty stands so
            # far, not the duty finished
            finished = False
        if finished and t.target is not None and _ROUND_RE.search(clause.folded, clause.start, clause.end):
            if t.target > 1 and ix.counts_units and _counted_noun_said(ix, clause):
                # "Đã tổ chức phiên giao dịch việc làm lần thứ 2" on "Tổ chức 4 phiên giao dịch việc làm": one more
                why = "một lần/đợt đã tổ chức → thêm 1"
                return ParsedUpdate(t.id, UpdateKind.INCREMENT, 1.0, f"{said}{_SEP if said else ''}{why}", note), ""
            finished = False  # "đã tổ chức thi tuyển … đợt 1": one round done, not the pledged whole
        if finished and t.target is not None and not ix.counts_units and _names_a_part(ix, clause):
            finished = False  # "đường GTNT đoạn ấp 3 đã hoàn thành": one named stretch, not the 12 km
        if (
            not finished
            and t.target is not None
            and typed > left_to_do
            and not values
            and not free_mask & (_NEG | _INTENT | _PLANNED)
            and not cues.remain
            and clause.folded
            and not _a_step_before(ix, clause)
        ):
            # "Camera ANTT đã lắp 38 mắt" on "Lắp 50 camera …": a figure set aside as counting something else, said
            # as work done with nothing pending: either it is the task's own count under another name or it is
            # not; a note would drop the figure silently, so ask
            return None, _OTHER_COUNT_WHY
        if t.target is None and finished and _another_place_of_its_kind(ix, clause):
            # "Đã khoan xong 2 giếng nước sinh hoạt cho buôn Ea Yiêng" on "Hoàn thành sửa chữa nhà sinh hoạt cộng
            # đồng buôn Drang": work done in another village than the one the task names
            return None, "nơi được nêu khác nơi của nhiệm vụ: cần hỏi"
        if finished and _done_of_one_among_many(ix, clause):
            return None, "nhiệm vụ gồm nhiều đơn vị, chưa rõ xong cả hay chỉ một: cần hỏi"
        kind = UpdateKind.DONE if finished else UpdateKind.NOTE
        why = "đã xong" if finished else "ghi nhận tình hình, chưa có số liệu hoàn thành"
        return ParsedUpdate(t.id, kind, None, f"{said}{_SEP if said else ''}{why}", note), ""
    if not fitting:
        return None, "con số không hợp đơn vị của nhiệm vụ"
    pick = _pick_number(fitting, cues, ix, clause.folded)
    if (
        pick.unit is not None
        and ix.unit is not None
        and ix.unit.dim == "count"
        and pick.unit.group == _HOUSEHOLDS
        and _HOUSEHOLD_KEY not in ix.keys  # "… giấy chứng nhận đăng ký hộ kinh doanh": the task's own hộ
        and ix.unit.group not in PEOPLE
        and not pick.unit.fits(ix.unit)
        and not _stands_for(ix, pick.unit)
    ):
        # "Đã hỗ trợ 3 hộ" on "Hỗ trợ ngư dân đóng mới 12 tàu cá": households are no boats, whatever the verb shares
        return None, "con số đếm hộ, nhiệm vụ đếm thứ khác: cần hỏi"
    if (
        ix.unit is not None
        and ix.unit.dim == "percent"
        and pick.unit is None
        and pick.denom is None
        and clause.folded
        and (noun := _WORD_AFTER_RE.match(clause.folded, pick.end, pick.end + 20)) is not None
        and (
            noun.group(1) not in _RATE_AFTER
            # "12 con bò giống": a classifier and the thing it counts
            or (
                noun.group(1) in _CLASSIFIERS
                and (
                    (thing := _WORD_AFTER_RE.match(clause.folded, noun.end(), noun.end() + 20)) is None
                    or thing.group(1) not in _RATE_AFTER
                )
            )
        )
    ):
        # "giải quyết 35 đơn thư" against a rate of files handled online: 35 counts letters, it is no rate
        return None, "con số đếm một thứ, không phải tỷ lệ: cần hỏi"
    parts = fitting
    if (
        clause.folded
        and clause.folded.find("(", clause.start, clause.end) >= 0
        and not _in_brackets(clause.folded, pick.start)
    ):
        # "OCOP có thêm 3 SP được công nhận (2 SP 3 sao, 1 SP 4 sao)": the breakdown in brackets is of the figure
        # before it, no second count beside it
        parts = [n for n in fitting if not _in_brackets(clause.folded, n.start)]
    same_parts = sorted(_parts_without_total(ix, parts, pick, cues, clause.folded), key=lambda n: n.start)
    if same_parts:
        kinds_total = _kinds_summed(ix, clause.folded, same_parts, clause.end)
        if kinds_total is None or any(n.start in cues.totals or n.start in cues.remains for n in same_parts):
            return None, "nhiều con số cùng đơn vị, không rõ số nào là tổng: cần hỏi"
        said_parts = " + ".join(n.raw for n in same_parts)
        pick = same_parts[0]._replace(value=kinds_total, raw=said_parts, how=f"cộng các phần {said_parts}", alt=None)
    if (
        pick.unit is PERCENT
        and ix.counts_units
        and (not pick.share or _WORK_VOLUME_RE.match(clause.folded, pick.end) is not None)
        and _names_a_unit(ix, clause)
    ):
        # "cống Kênh Ranh mới xong 70% khối lượng": how far one named unit has come, no share of the pledged count
        why = "tiến độ của một đơn vị được nêu tên, chưa phải số lượng hoàn thành"
        return ParsedUpdate(t.id, UpdateKind.NOTE, None, f"{said}{_SEP if said else ''}{why}", note), ""
    named_dim = _named_dimension(clause, pick) if clause.mask & _DIM else None
    if named_dim is not None and pick.unit is not None and pick.unit.dim not in (named_dim, "percent"):
        return None, "câu nói một đại lượng, con số lại mang đơn vị khác: cần hỏi lại"
    if (
        named_dim is not None
        and pick.unit is PERCENT
        and ix.unit is not None
        and ix.unit.dim not in (named_dim, "percent")
    ):
        # "GPMB đạt 62,5% diện tích" on "Xây dựng xong 2 khu tái định cư …": a share of an area is no share of a count
        return None, "tỷ lệ của một đại lượng khác với đơn vị nhiệm vụ: cần hỏi"
    if (
        pick.unit is PERCENT
        and ix.unit is not None
        and ix.unit.dim != "percent"
        and clause.folded
        and _compared(clause.folded, pick)
        and not _GROWTH_RE.search(ix.text_fold)
    ):
        # "doanh thu du lịch tăng 23% so với cùng kỳ" on "Doanh thu … đạt 4.800 tỷ đồng" (another task pledging a rise
        # kept the figure): a rise on last year is no share of this task's plan
        why = "mức tăng so với cùng kỳ, chưa phải số liệu của nhiệm vụ"
        return ParsedUpdate(t.id, UpdateKind.NOTE, None, f"{said}{_SEP if said else ''}{why}", note), ""
    if (
        pick.unit is PERCENT
        and ix.unit is PERCENT
        and clause.folded
        and _RISE_BEFORE_FIGURE_RE.search(clause.folded, max(0, pick.start - 8), pick.start)
        and _SINCE_LAST_AFTER_RE.match(clause.folded, pick.end)
        and not _GROWTH_RE.search(ix.text_fold)
    ):
        # "BHYT tăng 0,8% so với tháng trước" on "Tỷ lệ … BHYT đạt 94,5%": risen by that much, to a level not said
        # (points or a share of the old rate, only the sender knows)
        return None, "mức tăng so với kỳ trước, chưa có tỷ lệ đạt được: cần hỏi"
    if (
        pick.unit is not None
        and ix.unit is not None
        and pick.denom is None
        and pick.unit.group == "nguoi"
        and ix.unit.group in _NO_PEOPLE
        and _unit_fit(ix, pick, cues.plan) == _OTHER_COUNT_FIT
    ):
        # "Tập huấn … cho 150 người lao động tại các cơ sở lưu trú" on "công nhận 30 cơ sở lưu trú": people counted,
        # the task counts places; no figure of it
        return None, f"đếm {pick.unit.label}, nhiệm vụ đếm {t.unit or ix.unit.label}: cần hỏi"
    value, how = _value_for(ix, pick, cues.plan)
    if value is None:
        return None, how or "không quy đổi được"
    kind = UpdateKind.ABSOLUTE
    left = pick.start in cues.remains and _kept_under(ix)
    if (
        cues.increment
        and not pick.plus
        and tu_is_rate(ix)
        and clause.folded
        and not _MORE_BEFORE_RE.search(clause.folded, max(clause.start, pick.start - 12), pick.start)
    ):
        left = True  # "trong tháng giải ngân đạt 60%": a rate reached in the month is the rate, not 60 more
    if (
        (
            pick.plus
            or (cues.increment and _increment_reaches(clause, pick) and not _own_verb_reached(ix, clause))
            or _rise_since_last(clause, pick)
        )
        and pick.start not in cues.totals
        and not cues.correction
        and not left
        and not _of_the_target(ix, pick)
    ):
        kind = UpdateKind.INCREMENT
    if (
        kind is UpdateKind.ABSOLUTE
        and pick.unit is not None
        and pick.unit.dim == "length"
        and clause.folded
        and _LENGTH_SAID_RE.search(clause.folded, max(clause.start, pick.start - 20), pick.start)
        and clause.folded.find("tuyen", clause.start, pick.start) >= 0
    ):
        # "Đã bê tông hóa xong tuyến đường ấp 3, dài 1.250m": the length of the one route finished is that much more;
        # "Tuyến đường GTNT thôn 2 đã khởi công, dài 900m": a route begun has its length, not yet its progress
        if cues.done and not not_finished:
            kind = UpdateKind.INCREMENT
        elif _BEGUN_RE.search(clause.folded, clause.start, clause.end):
            why = "tuyến mới khởi công, chiều dài chưa phải khối lượng hoàn thành"
            return ParsedUpdate(t.id, UpdateKind.NOTE, None, f"{said}{_SEP if said else ''}{why}", note), ""
    if (
        kind is UpdateKind.ABSOLUTE
        and clause.folded
        and not cues.correction
        and pick.start not in cues.totals
        and clause.start > 0
        and pick.unit is not PERCENT
        and _SIZE_OPENING_RE.match(clause.folded, clause.start, pick.start)
        and _after_an_increment(clause.folded, clause.start)
    ):
        # "cấp thêm 3 mã, diện tích 214ha": the area of what was just added is that much more area; "tập huấn thêm 2
        # lớp, 95 lượt ND": a count said right after is of what was just added too ("…, 100% đúng hạn" is a rate)
        kind = UpdateKind.INCREMENT
    if (
        kind is UpdateKind.ABSOLUTE
        and clause.folded
        and ix.unit is not None
        and ix.unit.dim != "percent"
        and pick.unit is not PERCENT
        and not pick.share
        and pick.denom is None
        and t.direction is not Direction.AT_MOST
        and not cues.correction
        and pick.start not in cues.totals
        # (said in the figure's own clause, or heading the message: "Trong tuần: cấp 12 GCN; thu gom 6 tấn rác")
        and (
            (period := _ONE_PERIOD_BEFORE_RE.search(clause.folded, clause.start, pick.start)) is not None
            or (
                (period := _ONE_PERIOD_BEFORE_RE.match(clause.folded)) is not None
                and clause.folded.startswith(":", period.end())
            )
            # ("Thành lập mới 3 DN và 1 HTX trong tháng 7": the period closing a one-line list is said of all of it)
            or (
                (period := _ONE_PERIOD_CLOSING_RE.search(clause.folded, pick.end)) is not None
                and _LIST_REST_RE.fullmatch(clause.folded, pick.end, period.start()) is not None
            )
        )
        and _SO_FAR_RE.search(clause.folded) is None
        and not _PLAN_AHEAD_RE.search(clause.folded, period.end(), pick.start)
    ):
        # "Riêng tháng 7 thu ngân sách được 95 tỉ", "Trong tuần: cấp 12 GCN": what one month or week brought is that
        # much more, not the level reached ("Tuần này:" heading a report of levels says when it is sent)
        kind = UpdateKind.INCREMENT
    if (
        kind is UpdateKind.ABSOLUTE
        and value == 1
        and pick.denom is None
        and (pick.unit is None or pick.unit.dim == "count")
        and t.target is not None
        and t.target > 1
        and clause.folded
        and not cues.correction
        and pick.start not in cues.totals
        and _ONE_AT_A_PLACE_RE.match(clause.folded, pick.end, clause.end) is not None
        # ("đã tổ chức được 1 phiên tại xã …" says how many so far; "…, đội thứ 2 đang tập" counts them in order)
        and not clause.folded.endswith("duoc ", 0, pick.start)
        and _SECOND_ONE_RE.search(clause.folded) is None
    ):
        # "Đã bàn giao 1 căn nhà Đại đoàn kết cho hộ nghèo ở ấp Đông Hà": one more, where it is; no total of one
        kind = UpdateKind.INCREMENT
    if t.target is not None and t.target > 0 and kind in _LEVEL_OR_MORE and value > 5 * t.target:
        # ("làm đường thêm 500" on "Làm mới 3,2 km đường …": 500 km more is no more likely than 500 km in all)
        return None, f"{value:g} lớn bất thường so với chỉ tiêu {t.target:g}"
    if (
        pick.unit is None
        and pick.denom is None
        and "nhân" not in pick.how  # "500k" says its size
        and ix.unit is not None
        and ix.unit.dim in _MEASURES
        and t.target
        and 0 < value < 0.01 * t.target
    ):
        # "đường GTNT 2,5" on 26.500 m: 2,5 m is no progress anyone reports; the unit was left out
        return None, f"{value:g} {t.unit or ''} nhỏ bất thường so với chỉ tiêu {t.target:g}: cần hỏi đơn vị"
    if (
        kind is UpdateKind.ABSOLUTE
        and clause.ref is None
        and pick.unit is not None
        and pick.unit.dim == "money"
        and t.target
        and 0 < value < 0.001 * t.target
    ):
        # "…, thu 38,5 triệu" on a 28.500 tỷ turnover: a thousandth of the pledge is some other sum (a fine);
        # a figure sent to the task by its number ("#1: thu được 3 tỷ") is the sender's choice
        return None, f"{value:g} {t.unit or ''} nhỏ bất thường so với chỉ tiêu {t.target:g}: cần hỏi"
    if (
        t.direction is Direction.AT_MOST
        and cues.change
        and not cues.remain
        and clause.folded
        and (change := _CHANGE_BEFORE_RE.search(clause.folded, max(clause.start, pick.start - 16), pick.start))
        and change.group(0).split()[:2] != ["tang", "them"]  # "tăng thêm 2 vụ": two more, said plainly
    ):
        return None, "«giảm/tăng» một lượng trên chỉ tiêu tính theo mức còn lại: cần hỏi lại"
    if (
        kind is UpdateKind.INCREMENT
        and pick.unit is None
        and pick.denom is None
        and value == int(value)  # ("che phủ rừng tăng thêm 0,5": a fraction of a point is said of a rate only)
        and tu_is_rate(ix)
        and clause.folded
        and not _RATE_SAID_RE.search(clause.folded, clause.start, clause.end)
    ):
        # "đã giải quyết thêm 12" on "Giải quyết đơn thư … đạt trên 90%": twelve more cases, not twelve points
        return None, "«thêm» một số không có % trên chỉ tiêu tỷ lệ: cần hỏi lại"
    label = "thêm" if kind is UpdateKind.INCREMENT else "đạt"
    return ParsedUpdate(t.id, kind, value, f"{said}{_SEP if said else ''}{label} {how}", note), ""


# words that say a bare figure is a rate's points: "tỷ lệ che phủ tăng thêm 0,5 điểm"
_RATE_SAID_RE = re.compile(r"(?<![^\W\d_])(?:ty le|diem|phan tram)(?![^\W\d_])")


# "đội thứ 2", "tuyến thứ hai": the things counted one by one in order
_SECOND_ONE_RE = re.compile(r"(?<![^\W\d_])thu (?:2|hai)(?![^\W\d_])")
# the one thing counted, then where it is: "1 căn nhà … ở ấp Đông Hà" (a few words, no other figure between)
_ONE_AT_A_PLACE_RE = re.compile(
    r"(?:[ \t]+[^\W\d_]+){1,8}?[ \t]+(?:o|tai)[ \t]+(?:ap|thon|xa|ban|xom|to|buon|khom)[ \t]"
)
# "dài 900m", "tổng dài 4,5 km", "chiều dài 650m" right before the figure: a route's length
_LENGTH_SAID_RE = re.compile(r"(?<![^\W\d_])(?:tong )?(?:chieu )?dai(?: khoang| hon| gan)?\s*$")
_BEGUN_RE = re.compile(r"(?<![^\W\d_])(?:khoi cong|dang thi cong|dang lam|trien khai thi cong)(?![^\W\d_])")


# a piece opening with the size of something, the figure right after: "diện tích 214ha", "tổng chiều dài 2,1km"
_SIZE_OPENING_RE = re.compile(
    r"[\s,;]*(?:(?:voi )?(?:tong )?(?:dien tich|chieu dai|dai|khoi luong|kinh phi|von)(?: khoang| hon| gan)?)?\s*$"
)
_MORE_COUNTED_RE = re.compile(r"(?<![^\W\d_])(?:them|tang them)\s+\d")


def _after_an_increment(folded: str, at: int) -> bool:
    """The piece before `at` (a comma's), on the same line, counts more of something ("… cấp thêm 3 mã,")."""
    comma = folded.rfind(",", 0, at + 1)
    if comma < 0 or folded[comma + 1 : at].strip():
        return False
    opened = _piece_opened(folded, comma, ",;\n:")
    return _MORE_COUNTED_RE.search(folded, opened, comma) is not None


_ONE_PERIOD_RE = re.compile(r"(?<![^\W\d_])(?:thang|quy|dot|ky|tuan) (?:\d{1,2}|[ivx]+)(?![^\W\d_])")


def _past_marks_skipped(ws: list[Word]) -> list[Word]:
    """The words after an opening "đã", "vừa", "mới": "đã bàn giao" opens with "bàn giao"."""
    k = 0
    while k < len(ws) - 1 and ws[k].fold in _PAST_MARKS:
        k += 1
    return ws[k:]


def _part_of_units(clause: _Clause, n: Number) -> bool:
    """Some of the work, not all: a share below 100% reached ("được 60%"), or a fraction below one said of a counted
    noun in the piece that says it done ("đã xong 2/3 phường xã"), not a day ("bàn giao 2/9") nor a share of something
    else in a piece of its own ("…, tuyển được 17/19 chỉ tiêu")."""
    if n.excluded or not clause.folded:
        return False
    if n.unit is PERCENT and 0 < n.value < 100 and not n.denom:
        # "Đã chi trả DVMTR đợt 1 được 60%" on "Hoàn thành chi trả DVMTR …": the share reached so far
        # ("Tiêm phòng LMLM đợt 1 đã xong, đạt 92% tổng đàn": the round done, and how far it reached)
        return (
            _PROGRESS_BEFORE_RE.search(clause.folded, _piece_start(clause, n.start), n.start) is not None
            and _DONE_WORD_RE.search(clause.folded, clause.start, clause.end) is None
        )
    if not (n.denom and 0 < n.value < n.denom):
        return False
    if _COUNTED_NOUN_AFTER_RE.match(clause.folded, n.end, clause.end) is None:
        return False
    return _said_done_before(clause, n) and not _DAY_BEFORE_RE.search(clause.folded, clause.start, n.start)


_COUNTED_NOUN_AFTER_RE = re.compile(r" (?!nam\b|thang\b)[^\W\d_]")
_DAY_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?:ngay|tu|den|truoc|sau)\s*$")


_PAST_MARKS = frozenset(["da", "vua", "moi", "cung"])


def _own_verb_reached(ix: _Indexed, clause: _Clause) -> bool:
    """Every increment cue is the task's own opening verb with "được" after it: "bổ sung được 1.980 chỗ" on "Bổ sung
    3.600 chỗ học mới" says how far the pledged adding has come, no amount added since the last report."""
    if not ix.head or not clause.folded:
        return False
    hits = [(i, size) for i, size, bits in _hits_inside(clause) if bits & _INCR]
    ws = clause.words
    return bool(hits) and all(
        (
            (ws[i].key == ix.head[0] or _opens_task(ix, ws[i : i + size]))
            and i + size < len(ws)
            and ws[i + size].fold == "duoc"
        )
        # ("trồng bổ sung rừng phòng hộ được 18,5ha": the task's own opening said whole, its verb before the cue)
        or (i > 0 and ws[i].fold != "them" and _opens_task(ix, ws[i - 1 : i + size]))
        for i, size in hits
    )


def _opens_task(ix: _Indexed, said: list[Word]) -> bool:
    """The words are the task's own, said in its opening before its figure: "bổ sung" of "Trồng bổ sung 15ha cây
    Pơ Mu" ("Đã trồng bổ sung được 9ha" says how far the pledged planting has come)."""
    return f" {' '.join(w.fold for w in said)} " in ix.lead


def _leads_with(ix: _Indexed, folds: list[str]) -> bool:
    """The task's words before its figure open with these: "thu" of "Thu tiền sử dụng đất đạt …"."""
    return ix.lead.startswith(f" {' '.join(folds)} ")


# a task's lead: its words before its figure, a few at most ("Trồng bổ sung" of "Trồng bổ sung 15ha …")
_LEAD_RE = re.compile(r"[^\d]{0,40}(?<=\w)")


def _piece_opened(folded: str, end: int, marks: str) -> int:
    """Where the piece ending at `end` opens: after the last of `marks` before it that is no mark inside a figure
    ("làm thêm 1,8 km đường GTNT và 800m …": the comma of "1,8" opens nothing)."""
    at = end
    while (at := max(folded.rfind(c, 0, at) for c in marks)) > 0:
        if not (folded[at - 1].isdigit() and at + 1 < len(folded) and folded[at + 1].isdigit()):
            break
    return at + 1


def _increment_reaches(clause: _Clause, pick: Number) -> bool:
    """An increment cue said before the figure or in its own piece: "thu tiền SDĐ 15 tỷ …, còn quyết toán thêm
    4 CT" adds 4, the 15 before it is a total."""
    if not clause.folded:
        return True
    ws = clause.words
    said = [ws[i].start for i, _, bits in _hits_inside(clause) if bits & _INCR]
    if said and all(_own_figure_between(clause, at, pick.start) for at in said):
        return False
    cut = _PIECE_RE.search(clause.folded, pick.end, clause.end)
    if cut is None:
        return True
    return any(at < cut.start() for at in said)


def _own_figure_between(clause: _Clause, cue: int, pick: int) -> bool:
    """The increment cue at `cue` has a figure of its own in its piece, before a cut that comes ahead of the
    figure at `pick`: "vụ mùa thêm 41.500 tấn, cả năm đạt 89.800 tấn" adds 41.500; 89.800 is the year's total."""
    if cue >= pick:
        return False
    cut = _PIECE_RE.search(clause.folded, cue, pick)
    if cut is None or _LEVEL_SAID_RE.search(clause.folded, cut.end(), pick) is None:
        return False  # ("thêm 3 doanh nghiệp, 12 hộ kinh doanh": a list, every count of it added)
    return any(cue < n.start < cut.start() and not n.excluded for n in clause.numbers)


# the piece says a level reached: "cả năm lương thực đạt 89.800 tấn", "lũy kế 312"
_LEVEL_SAID_RE = re.compile(r"(?<![^\W\d_])(?:dat|luy ke|ca nam)(?![^\W\d_])")


# question words that stay questions typed bare, whatever the tasks hold ("không", "chưa" end many a question)
_QUESTION_FOLDS = frozenset(["khong", "ko", "k", "chua", "sao", "gi", "nao", "vay", "bao", "nhieu", "dau", "ha"])


def _question_only_a_task_word(book: _Book, clause: _Clause, folded: str) -> bool:
    """No "?", and every question word is one typed bare that the tasks hold as another word: "Lang nghe may tre
    dan …" is "mây tre đan" of a task, no "mấy"."""
    if "?" in folded[clause.start : clause.end]:
        return False
    ws = clause.words
    asks = [(i, size) for i, size, bits in _hits_inside(clause) if bits & _QUEST]
    return bool(asks) and all(
        size == 1 and not ws[i].accented and ws[i].fold in book.all_folds and ws[i].fold not in _QUESTION_FOLDS
        for i, size in asks
    )


def _hits_inside(clause: _Clause) -> list[_Hit]:
    """The message's cue hits that lie wholly inside the clause, indexed over the clause's words."""
    lo, n = clause.first, len(clause.words)
    return [(i - lo, size, bits) for i, size, bits in clause.hits if lo <= i and i - lo + size <= n]


# right before a figure, these say it was reached: "đang triển khai, đạt 60%", "hiện đang ở mức 1,2%"
_REACHED_RIGHT_BEFORE = tuple(
    lx.phrase_keys(p)
    for p in (
        "đạt",
        "được",
        "lên",
        "xuống",
        "ở mức",
        "lũy kế",
        "luỹ kế",
        "cộng dồn",
        "tổng số",
        "tổng cộng",
        "xong",
        "hoàn thành",
        "là",
    )
)
_CONTRAST = frozenset(["nhung", "song"])
# what a figure exceeds or falls short of the plan by: "vượt 0,18 tỷ", "còn thấp hơn chỉ tiêu 0,9%", "hụt 2 tỷ so
# với KH", "còn thiếu 0,4% nữa" ("thu hút 3.120 em" is drawn in; "còn thiếu 2 tiêu chí" alone is what is left, a
# note, so "thiếu" only sets a figure aside beside another)
_EXCESS_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:vuot|(?<!thu )hut|(?P<short>thieu)|(?:thap|cao) hon)(?: so voi)?"
    r"(?: (?:chi tieu|ke hoach|kh|du toan|muc giao))?\s*$"
)
# words that may follow a bare figure read as a rate: "đạt 85 trên kế hoạch", "95 so với …"
_RATE_AFTER = frozenset(
    [
        *("ke", "kh", "chi", "so", "tren", "tro", "va", "con", "thi", "roi", "a", "nhe", "nha", "thoi"),
        # "94,3 chứ không phải 93,4", "95% rồi đó anh": words of talk, not a counted thing
        *("chu", "khong", "ko", "k", "nhung", "do", "day", "ma", "la", "nua", "em", "anh", "vay", "ha"),
    ]
)
_WHOLE_WORDS_RE = re.compile(
    r"(?<![^\W\d_])(toan bo|dut diem|tat ca|het cac|100%|ca nam"
    # "nhiệm vụ kéo giảm TNGT đã hoàn thành": the duty named, then said done as a whole
    r"|nhiem vu [^.;:\n\d]{0,90}?(?:da )?(?:hoan thanh|xong))(?![^\W\d_])"
)
# a duty's whole season or year said closed: "mùa khô 2024", "năm 2024", "năm nay", "đủ 12 tháng", "tổng kết năm"
# (not "6 tháng đầu năm 2024")
_WHOLE_SEASON_RE = re.compile(
    r"(?<![^\W\d_])(?:(?<!dau )(?:nam|mua kho|mua mua) (?:20\d\d|nay)|(?:du|ca|du ca) 12 thang|tong ket nam)"
    r"(?![^\W\d_])"
)
# a season said over: "mùa khô 2024 đã kết thúc", "Mùa mưa lũ năm 2024 kết thúc"
_SEASON_ENDED_RE = re.compile(
    # ("mùa khô 2023-2024": the season across two years)
    r"(?<![^\W\d_])mua (?:kho|mua|mua lu|mua bao|lu|bao)(?: nam)?(?: 20\d\d(?: ?[-–/] ?(?:20)?\d\d)?)?"
    r"(?: (?:da|vua|cung))? ket thuc(?![^\W\d_])"
)
_LEVEL_OR_MORE = (UpdateKind.ABSOLUTE, UpdateKind.INCREMENT)
# a task named, then said completed at the clause's end: "Bồi dưỡng CNTT cho GV: đã hoàn thành"
_TASK_SAID_COMPLETED_RE = re.compile(r"[^\W\d_][\s:,.-]+(?:da\s+)?hoan thanh(?:\s+(?:roi|r|a|nhe))?[\s.!]*$")
# words that make "xong" cover all the units a task counts: "xong cả 4 cầu", "hoàn thành chỉ tiêu", "đủ 3 mô hình"
_ALL_UNITS_RE = re.compile(
    r"(?<![^\W\d_])(ca|toan bo|toan tuyen|tat ca|du|het|chi tieu|ke hoach|kh|nhiem vu|deu|cuoi cung|thu \d+"
    r"|cac|nhung|100%|dut diem|xong xuoi)(?![^\W\d_])"
)
_PART_DONE_RE = re.compile(r"(?<![^\W\d_])(?:xong|hoan thanh) (?:phan|hang muc|giai doan|mot phan)(?![^\W\d_])")
_ROUND_RE = re.compile(r"(?<![^\W\d_])(dot|lan|khoa|giai doan)\s+(?:thu\s+)?(\d|i\b|ii\b|iii\b)")


def _counted_noun_said(ix: _Indexed, clause: _Clause) -> bool:
    """The clause names what the task counts by its unit's first word ("phiên" of "4 phiên giao dịch việc làm")."""
    unit = ix.task.unit
    if not unit:
        return False
    head = word_forms(unit.split()[0].lower())[0]
    return any(w.fold == head for w in clause.words)


_PART_KEY = word_forms("phần")[1]


def _part_done(clause: _Clause) -> bool:
    """ "xong phần mái", "hoàn thành giai đoạn 1": a part done; "hoàn thành phân bổ dự toán", typed with its marks, is
    the allocation done, no part ("phân" is no "phần")."""
    for m in _PART_DONE_RE.finditer(clause.folded, clause.start, clause.end):
        word = next((w for w in clause.words if w.end == m.end() and w.fold == "phan"), None)
        if word is None or not word.accented or word.key == _PART_KEY:
            return True
    return False


def _rating_reached(clause: _Clause) -> bool:
    """The clause says a rating reached ("vừa đạt 4 sao", "được công nhận OCOP 3 sao")."""
    return any(n.excluded == "số sao" for n in clause.numbers) and (
        _RATED_RE.search(clause.folded, clause.start, clause.end) is not None
    )


_RATED_OCOP_RE = re.compile(r"(?<![^\W\d_])ocop(?:\s+[^\W\d_]+){0,2}\s+\d\s*sao")
_RATED_RE = re.compile(r"(?<![^\W\d_])(dat|len|duoc cong nhan|duoc danh gia)(\s+[^\W\d_]+){0,2}\s+\d+\s*sao")


# a task that pledges to make a dossier ("lập hồ sơ đề nghị …"), and a clause saying one made ("đã hoàn thiện hồ sơ")
_DOSSIER_TO_MAKE_RE = re.compile(r"(?<![^\W\d_])(?:lap|xay dung|hoan thien|chuan bi) ho so(?![^\W\d_])")
_DOSSIER_FINISHED_RE = re.compile(r"(?<![^\W\d_])da (?:hoan thien|hoan thanh|lap xong)(?: xong)? ho so(?![^\W\d_])")
# "đã xử lý dứt điểm", "đã thanh toán dứt điểm": settled once and for all
_DONE_ONCE_FOR_ALL_RE = re.compile(r"(?<![^\W\d_])da(?: [^\W\d_]+){1,2} dut diem(?![^\W\d_])")


def _settled_as_pledged(ix: _Indexed, clause: _Clause) -> bool:
    """ "Đã xử lý dứt điểm" on a task pledging to settle something "dứt điểm": settled once and for all, as pledged."""
    return (
        "dut diem" in ix.text_fold
        and bool(clause.folded)
        and _DONE_ONCE_FOR_ALL_RE.search(clause.folded, clause.start, clause.end) is not None
    )


# "so far": where a duty stands up to now ("đến nay", "tới nay", "từ đầu năm đến nay")
_UP_TO_NOW_RE = re.compile(r"(?<![^\W\d_])(?:den|toi) nay(?![^\W\d_])")
# a span of the year so far said of a duty ("Chi ngân sách 6 tháng đảm bảo trong dự toán") …
_MONTHS_SO_FAR_RE = re.compile(r"(?<![\w/.,])(?:\d{1,2}|sau|chin) thang(?: dau nam)?(?! gieng)(?![^\W\d_])")
# … not the period a report is named by ("Báo cáo KT-XH 6 tháng"), nor a day ("mùng 8 tháng Giêng")
_PERIOD_NAMED_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?:bao cao|bc|kt\W*xh|so lieu|mung|ngay)\W*$")
_DA_RE = re.compile(r"(?<![^\W\d_])da(?![^\W\d_])")


def _up_to_now_first(clause: _Clause) -> bool:
    """The clause says "so far" ("đến nay", or the months so far: "6 tháng") before any "đã": how things stand is
    what it reports ("Chi ngân sách đến nay đúng dự toán, đã tiết kiệm …"), not a thing done and then a tally since
    the year began ("… đã ra mắt, khách từ đầu năm đến nay được 41 nghìn lượt")."""
    folded = clause.folded
    before = _DA_RE.search(folded, clause.start, clause.end)
    end = before.start() if before else clause.end
    if _UP_TO_NOW_RE.search(folded, clause.start, end):
        return True
    return any(
        not _PERIOD_NAMED_BEFORE_RE.search(folded, max(clause.start, m.start() - 16), m.start())
        for m in _MONTHS_SO_FAR_RE.finditer(folded, clause.start, end)
    )


_DONE_WORD_RE = re.compile(r"(?<![^\W\d_])(?:xong|hoan thanh)(?![^\W\d_])")


def _piece_start(clause: _Clause, at: int) -> int:
    """Where the piece holding position `at` opens (after the last comma, semicolon, line … before it)."""
    return max((m.end() for m in _PIECE_RE.finditer(clause.folded, clause.start, at)), default=clause.start)


_SHARE_DONE_RE = re.compile(r"(?<![^\W\d_])(?:ban giao|giai phong|thi cong|lap dat|chi tra|cap)(?: (?:duoc|xong))?\s*$")


def _share_said_done(clause: _Clause, n: Number) -> bool:
    """A share said right after the work done to it: "đã bàn giao được 92% mặt bằng"."""
    return _SHARE_DONE_RE.search(clause.folded, max(0, n.start - 24), n.start) is not None


def _said_done_before(clause: _Clause, n: Number) -> bool:
    """A completion word before the figure in its own piece: "xong 70%"."""
    return _DONE_WORD_RE.search(clause.folded, _piece_start(clause, n.start), n.start) is not None


# ("toàn huyện còn 1.234 hộ nghèo": the level of a whole area, what a review found, no work left)
_RESULT_RE = re.compile(r"(?<![^\W\d_])(?:ket qua|kq|toan (?:xa|huyen|thi xa|tinh|phuong|thi tran))(?![^\W\d_])")


def _result_before(clause: _Clause, n: Number) -> bool:
    """ "kết quả" opens the figure's own piece: what the work found, not what is left of it."""
    return bool(clause.folded) and _RESULT_RE.search(clause.folded, _piece_start(clause, n.start), n.start) is not None


def _some_of_all(n: Number) -> bool:
    """Some of a whole, fewer than all, with what it counts after it: "16/39 xã", "3/5 điểm" (no date)."""
    return n.denom is not None and n.unit is not None and 0 < n.value < n.denom and not n.excluded


def _some_of_a_noun(n: Number) -> bool:
    """Fewer than all of a whole counted in a noun no unit names ("11/14 cơ sở", "12/15 môn thi đấu"), when the
    fraction cannot be a day of a month or a decree's number and year ("Nghị định 29/2023/NĐ-CP")."""
    return n.unit is None and n.denom is not None and 12 < n.denom < 1900 and 0 < n.value < n.denom and not n.excluded


def _done_of_one_among_many(ix: _Indexed, clause: _Clause) -> bool:
    """A bare "xong" on a task that counts several units, with nothing saying it covers them all.

    "Đã cải tạo xong điểm đen TNGT ngã ba Kim Hà" on "Xử lý dứt điểm 3 điểm đen TNGT" is one of the three, or all of
    them: a done would write 3 when 1 may be meant, so ask; "đã xong cả 3 điểm", "hoàn thành chỉ tiêu" or "#2 xong"
    say which."""
    t = ix.task
    return (
        t.target is not None
        and t.target >= 2
        and ix.unit is not None
        and ix.unit.dim == "count"
        and ix.unit.group != "tieu chi"
        and clause.ref is None
        and not clause.mask & _WHOLE
        and bool(clause.folded)
        and _ALL_UNITS_RE.search(clause.folded, clause.start, clause.end) is None
        # "Bồi dưỡng CNTT cho GV: đã hoàn thành": the task itself, named and then said completed, with no one unit
        # of it named
        and (
            _TASK_SAID_COMPLETED_RE.search(clause.folded, clause.start, clause.end) is None
            or any(w.start in clause.names or w.fold == "tai" for w in clause.words)  # "… tại ngã tư Hòa Lạc"
            or _names_a_unit(ix, clause)
        )
    )


def _done_in_part(clause: _Clause, n: Number, any_noun: bool = False) -> bool:
    """Some of a whole ("11/15 xã") in the piece that says the work done: done there, not everywhere. On a task
    without a figure the whole may be counted in a noun no unit names ("xử lý xong 11/14 cơ sở nhà đất"), when the
    fraction cannot be a day of a month."""
    return (_some_of_all(n) or (any_noun and _some_of_a_noun(n))) and _said_done_before(clause, n)


# a reason said after a figure: "do", "vì", "bởi" (bare "vi" is as often "vi phạm")
_BECAUSE_KEYS = frozenset(word_forms(w)[1] for w in ("do", "vì", "bởi"))
_BECAUSE_FOLDS = frozenset(["do", "boi"])


# waiting for the acceptance of work done ("chờ huyện nghiệm thu"), no work still to do
_AWAITS_ACCEPTANCE_RE = re.compile(r"(?:dang )?cho (?:[^\W\d_]+ ){0,2}?nghiem thu(?![^\W\d_])")


def _held_back(ix: _Indexed, clause: _Clause, n: Number) -> bool:
    """A figure inside a piece that says the work is not done or only intended ("đang thi công 2 bếp
    cuối", "chưa kết nạp 2 quần chúng", "2 hồ sơ đang chờ") is no progress: the cue covers its whole
    piece (up to the next comma, semicolon, line or "nhưng"), unless the figure is said as reached
    ("đang triển khai đạt 60%") and that is not itself negated ("chưa đạt 95%"). Cue words that
    belong to the task's own wording are not the sender's."""
    text = clause.folded
    if not text:
        return False
    lo, hi = clause.start, clause.end
    for m in _PIECE_RE.finditer(text, clause.start, clause.end):
        if m.end() <= n.start:
            lo = m.end()
        elif m.start() >= n.end:
            hi = m.start()
            break
    bracket = text.find("(", n.end, hi)
    if bracket >= 0:
        hi = bracket  # "10 tỷ (chưa tính tiền đất)": an aside after the figure does not take it back
    ws = clause.words
    for k, w in enumerate(ws):
        if n.end <= w.start < hi and (w.key in _BECAUSE_KEYS if w.accented else w.fold in _BECAUSE_FOLDS):
            if w.fold == "do" and k + 1 < len(ws) and ws[k + 1].fold == "dac":
                continue  # "đo đạc" typed bare
            hi = w.start  # "BHYT còn thấp 91,5% do nhiều hộ … chưa mua thẻ": why the figure is low, no negation of it
            break
    after = next((w for w in ws if w.start >= n.end), None)
    if (
        after is not None
        and after.start < hi
        and after.fold == "con"
        and (after.key == _CON_KEY if after.accented else n.unit is not None)
        and not text[n.end : after.start].strip()
        # ("2 cầu còn lại đang thi công": the figure counts what is left)
        and not text.startswith(" lai", after.end)
    ):
        hi = after.start  # "BHYT 97,1% còn thiếu hơn 100 người chưa mua": what is left, after the figure reached
    piece = [w for w in clause.words if lo <= w.start < hi and not (n.start <= w.start < n.end)]
    for k in range(len(piece) - 1, -1, -1):
        if piece[k].end <= n.start and piece[k].fold in _CONTRAST:
            piece = piece[k + 1 :]
            break
    free = _sender_words(ix, piece)
    held = negated = False
    for i, size, bits in _cue_hits(free):
        # unaccented "cho" is far more often "cho" (for, at: "ở chợ") than "chờ"
        if not bits & _HOLD or (size == 1 and _weak_cue(free[i], clause.words, clause.names)):
            continue
        if bits & _DMG and free[i].start >= n.end:
            continue  # "nâng cấp thêm 300m đoạn bị sạt lở": what was damaged, now repaired
        if free[i].start >= n.end and _AWAITS_ACCEPTANCE_RE.match(clause.folded, free[i].start):
            continue  # "đường GTNT 2.100m đang chờ huyện nghiệm thu": built, its acceptance awaited
        held = True
        if bits & (_NEG | _PLANNED | _DMG) and free[i].end <= n.start:
            negated = True  # "chưa đạt 95%", "dự kiến đạt 60%": neither is reached
    if not held or negated:
        return held
    before = [w for w in piece if w.end <= n.start]
    for phrase in _REACHED_RIGHT_BEFORE:
        size = len(phrase)
        if len(before) >= size and all(
            _word_is(before[len(before) - size + j], k, f) for j, (k, f) in enumerate(phrase)
        ):
            return False
    return True


# words that count whatever the sentence is about ("6 cơ sở" homestay, "3 chiếc" tàu): never another thing; and the
# people a sentence is about, counted as one speaks of them ("27 bạn" đoàn viên, "410 cụ" cao tuổi, "15 cháu")
_CLASSIFIERS = frozenset(
    [
        *("co", "chiec", "cai", "con", "can", "don", "suat", "bo", "luot", "diem", "ca", "lan", "bong", "ngon", "tru"),
        *("ban", "cu", "chau", "em"),
    ]
)


_OTHER_THING = "đếm thứ khác"


_THANH_KEY = word_forms("thành")[1]


# ("DN mới +5 tuần này": five more this week, no five weeks counted)
_SAID_AFTER_A_FIGURE = frozenset(["moi", "roi", "nua", "thoi", "tuan"])


def _count_nouns(
    book: _Book, folded: str, numbers: list[Number], ws: list[Word], starts: list[int], cased: str | None
) -> list[Number]:
    """ "đấu giá được 3 lô, tổng 9,6 tỷ", "làm hồ sơ cho 3 quần chúng": a bare figure right before a
    noun that no task counts (and no known unit) counts that thing; it is no value of any task."""
    out = numbers
    for k, n in enumerate(numbers):
        if n.excluded or n.unit is not None or n.denom is not None or n.alt is not None:
            continue
        j = bisect_left(starts, n.end)
        if j >= len(ws) or folded[n.end : ws[j].start].strip(" \t"):
            continue
        w = ws[j]
        pair = f"{w.fold} {ws[j + 1].fold}" if j + 1 < len(ws) else ""
        own = book.own_counts.get(pair) or (book.own_counts.get(w.fold) if w.fold not in _CLASSIFIERS else None)
        if (
            own is None
            and cased is not None
            and w.end - w.start == 2
            and (cased[w.start : w.end].isupper() or cased.islower())
        ):
            own = book.count_initials.get(w.fold)
        if own is not None:
            # "thành công 20 lô" counts what a task counts by: its unit, so a task counting money cannot take it
            if out is numbers:
                out = list(numbers)
            out[k] = n._replace(unit=own)
            continue
        member = w.key == _THANH_KEY and j + 1 < len(ws) and ws[j + 1].fold == "vien"  # "15 thành viên": members
        if not member and (
            not _content(w)
            or w.fold in book.count_words
            # ("2 cống thủy lợi" counts culverts, though a task counting "mô hình … công nghệ cao" holds "công")
            or (w.key in book.counted_keys if w.accented else w.fold in book.counted_folds)
            or w.fold in lx.ABBREVIATIONS
            or w.fold in lx.STOP_FOLD_EXCEPT
            or w.fold in _CLASSIFIERS
            or w.fold in _SAID_AFTER_A_FIGURE  # "2.540 mới đúng", "12 rồi": no thing counted
        ):
            continue
        if out is numbers:
            out = list(numbers)
        out[k] = n._replace(excluded=_OTHER_THING)
    return out


def _unlisted_place_named(ix: _Indexed, clause: _Clause) -> bool:
    """The task lists its places by name, and the clause names one by capitalised syllables that the list does
    not spell together."""
    if len(ix.place_words - _PLACE_KINDS) < 3 or "(" not in ix.text_fold:
        return False  # (a list of names in brackets: "… 2 xã … (Phước Nam, Nhị Hà)")
    run: list[Word] = []
    for w in [*clause.words, None]:
        if w is not None and w.start in clause.names and (not run or w.start - run[-1].end == 1):
            if run or w.fold not in _UNIT_KINDS:  # ("Bản Na Khòong": the kind opens no name)
                run.append(w)
            continue
        if len(run) >= 2 and " ".join(x.fold for x in run) not in ix.text_fold:
            return True
        run = [w] if w is not None and w.start in clause.names else []
    return False


# a village by any of its names: the commune and above are often the sender's own, named in passing
_VILLAGE_KINDS = frozenset(["thon", "ap", "ban", "buon", "plei", "bon", "lang", "soc", "khom", "xom"])


def _another_place_of_its_kind(ix: _Indexed, clause: _Clause) -> bool:
    """The clause names a place of a kind the task's text names one of ("buôn Ea Yiêng" against "… buôn
    Drang"), by a name the task does not hold."""
    ws = clause.words
    return any(
        kind.fold in _VILLAGE_KINDS
        and kind.fold in ix.place_words
        and name.start in clause.place_names
        and name.fold not in ix.raw_folds
        for kind, name in pairwise(ws)
    )


def _names_a_part(ix: _Indexed, clause: _Clause) -> bool:
    """The clause names a place the task's text does not ("đoạn ấp 3", "tuyến thôn Na Hoàng"): what
    was finished there is a part of the task."""
    if _names_a_unit(ix, clause):
        # "Tu bổ đê biển đoạn Hải Lý – Hải Chính: đã xong toàn bộ" on "… 3,2km đê biển … đoạn Hải Lý - Hải Chính":
        # the stretch the task itself names is the whole of it
        named = [w for w in clause.words if w.start in clause.place_names]
        return ix.counts_units or not named or any(w.fold not in ix.raw_folds for w in named)
    return any(
        w.fold in _PLACE_KINDS
        and w.key not in ix.keys
        and (w.accented or w.fold not in ix.raw_folds)  # "ap 5" typed bare is the task's own "ấp 5"
        and any(n.excluded == "mã/số hiệu" and 0 <= n.start - w.end <= 2 for n in clause.numbers)
        for w in clause.words
    )


_NUMBER_BETWEEN_RE = re.compile(r"[ \t]+(?:so[ \t]+)?\d{1,3}[ \t]+")


# kinds of unit a name opens with, capitalised as part of it ("Trường TH Kim Đồng", "Phường 5"), typed with their marks:
# the kinds of place, and the school
_CAPITAL_KIND_KEYS = _WHERE_KEYS | {word_forms("trường")[1]}


def _named_units(clause: _Clause, counted: str = "") -> int:
    """How many units the clause names: "xã Yên Khánh và Yên Phong", "xã Đức Minh, TT Mộ Đức" are two;
    a run of capitalised words after a kind of unit, or after "và" or a comma that follows such a run. The
    noun a task counts is a kind of unit for it: "hồ Hóc Cau, hồ Núi Một" are two of "6 hồ chứa nước"."""
    ws = clause.words
    names = clause.names
    count = opened = 0
    last_kind = ""  # the kind of unit the last counted name followed
    k = 0
    while k < len(ws):
        if ws[k].start not in names:
            k += 1
            continue
        start = k
        while k + 1 < len(ws) and ws[k + 1].start in names and ws[k + 1].start - ws[k].end <= 1:
            k += 1
        if all(w.key in _CAPITAL_KIND_KEYS for w in ws[start : k + 1]):
            # "… và Trường TH Kim Đồng": a kind capitalised as a name opens is no name; the name after it is counted
            k += 1
            continue
        before = ws[start - 1] if start else None
        joined = clause.folded[ws[start - 1].end : ws[start].start] if start else ""
        text = clause.folded
        if text and text.count("(", clause.start, ws[start].start) > text.count(")", clause.start, ws[start].start):
            k += 1
            continue  # "Trường THCS Nguyễn Trãi (xã Hải Thạnh)": where it stands, in brackets, is no second unit
        where = (
            # "Trường TH Kim Đồng xã Ia Pơ Lang": a kind of place right after a named unit says where it stands
            count
            and before is not None
            and before.fold in _PLACE_KINDS
            and start >= 2
            and ws[start - 2].start in names
            and "," not in clause.folded[ws[start - 2].end : before.start]
        ) or (
            # "công trình cấp nước làng Bi, xã Ia Chia": a smaller unit, a comma, then the commune it stands in
            count
            and before is not None
            and before.fold in _WIDER_PLACES
            and last_kind in _UNIT_KINDS
            and last_kind not in _WIDER_PLACES
            and start >= 2
            and ws[start - 2].start in names
            and clause.folded[ws[start - 2].end : before.start].strip() == ","
        ) or (
            # "thôn 3 xã Thọ Tân": a place named by its number, then where it stands
            before is not None
            and before.fold in _PLACE_KINDS
            and start >= 2
            and ws[start - 2].fold in _NUMBERED_PLACES
            and _NUMBER_BETWEEN_RE.fullmatch(clause.folded, ws[start - 2].end, before.start) is not None
        )
        # "Tiểu học Tân Lộc", "mầm non Hoa Sen": a school's level said in full is its kind
        # ("Trường Mầm non Sơn Lộc": the level, capitalised, is part of one name already counted)
        level = (
            before is not None
            and start >= 2
            and (ws[start - 2].fold, before.fold) in _LEVEL_WORDS
            and ws[start - 2].start not in names
        )
        # (a list runs from name to name: in "Xuân Lộc đã đạt chuẩn, Bảo Yên còn 1 tiêu chí" the comma ends a report)
        listed = (
            before is not None
            and start >= 2
            and (before.fold == "va" or "," in joined)
            and (before.start in names if "," in joined else ws[start - 2].start in names)
        )
        # "P. Xuân Khánh, P. An Cư": a kind of unit shortened to its letter and a dot
        short = before is not None and before.fold in ("p", "x") and joined.strip() == "."
        # ("thêm Nghĩa Sơn, Nghĩa Lạc": the names of the places one more, a list; not "thêm Trường MN Nà Khương",
        # the kind opening the name counted with it)
        after_more = before is not None and before.fold == "them" and ws[start].fold not in _UNIT_KINDS
        town = _town_at(ws, start - 1)  # "thị trấn Thanh Miện"
        if (
            before is not None
            and not where
            and (
                before.fold in _UNIT_KINDS
                or before.fold == "tt"
                or (counted and before.fold == counted)
                or after_more
                or level
                or short
                or town
            )
        ):
            count += 1
            opened = 0
            last_kind = before.fold
        elif listed and (count or opened):
            count += 1 + opened  # "Tân Dương, Đại Hưng đã được công nhận …": the list's opening name too
            opened = 0
        elif start <= 1 and not count:
            # a name opening the clause (its first word may stand outside the run, capitalised as any first word
            # is: "Liên Trung, Ninh Xá …") is one unit if another follows it in a list
            opened = 1
        else:
            opened = 0
        k += 1
    if clause.folded and clause.numbers:
        # "Thêm TDP 5 và TDP 9 đạt chuẩn": places named by their number are as many as their numbers
        text = clause.folded
        numbered = set()
        by_number = set()  # "nhà cổ số 48 và số 50": things named by "số" and a number, two at least
        for n in clause.numbers:
            if n.excluded == "mã/số hiệu" and clause.start <= n.start < clause.end:
                named_from = text.rfind(" ", 0, n.start - 1) + 1  # the place kind before the number: "tdp 5"
                kind = text[named_from : n.start].strip()
                if kind == "so" and named_from > 1:
                    # "TDP số 9": the kind before "số"
                    before_so = text.rfind(" ", 0, named_from - 1) + 1
                    if text[before_so:named_from].strip() in _NUMBERED_PLACES:
                        numbered.add(text[before_so : n.end])
                        continue
                    if _LISTED_RE.search(text, n.end, min(clause.end, n.end + 8)) or _LISTED_BEFORE_RE.search(
                        text, max(clause.start, named_from - 8), named_from
                    ):
                        by_number.add(text[named_from : n.end])
                if kind in _NUMBERED_PLACES and not (count and named_from in names):
                    # ("Trường TH Phường 5": the capitalised place and its number, counted with the name run already)
                    numbered.add(text[named_from : n.end])
        if len(by_number) >= 2:
            numbered |= by_number
        # "thôn 3 và thôn Đông Xuân": one place by its number, one by its name
        count = count + len(numbered) if count and numbered else max(count, len(numbered))
    return max(count, 1)


def _listed_places_named(ix: _Indexed, clause: _Clause, first_piece: bool = False) -> int:
    """How many of the places the task's text lists the clause names: "Tà Sa và Khuổi Sán" are two. A name
    is a capitalised word or a run of two syllables of the list ("khuoi san"); a lone "hai" may be "hai".
    With first_piece, only up to the first comma: "Hồng Tiến đã được công nhận, Minh Đức còn thiếu …" is one."""
    names = ix.place_words - _PLACE_KINDS
    if not names:
        return 0
    said = clause.words
    if first_piece and clause.folded:
        # (a comma between two names of the list is the list's: "Quý Sơn, Hồng Giang đã có quyết định công nhận")
        for cut in _PIECE_RE.finditer(clause.folded, clause.start, clause.end):
            before = [w for w in said if w.end <= cut.start()]
            after = [w for w in said if w.start >= cut.end()]
            if not (before and after and before[-1].fold in names and after[0].fold in names):
                said = before
                break
    count = 0
    run: list[Word] = []
    for w in [*said, None]:
        if w is not None and w.fold in names and not (run and "," in clause.folded[run[-1].end : w.start]):
            run.append(w)
            continue
        if run and (len(run) >= 2 or run[0].start in clause.names):
            count += 1
        run = [w] if w is not None and w.fold in names else []
    return count


def _says_opening_verb(ix: _Indexed, ws: list[Word]) -> bool:
    """The clause says the task's opening verb ("thành lập" of "Thành lập mới 3 hợp tác xã"), or an everyday word
    for it ("thành lập mới" for the "Phát triển mới" of "Phát triển mới 2 hợp tác xã")."""
    if all(any(w.key == k or (not w.accented and w.fold == _key_fold(k)) for w in ws) for k in ix.head):
        return True
    return len(ix.head) == 2 and any(_synonym_opens(w, *ix.head) for w in ws)


def _unit_name_words(clause: _Clause) -> frozenset[int]:
    """The names in the clause, and the words of a unit's name between its kind and its capitalised end: "HTX
    Dịch vụ vận tải Hòa Khánh" is one name, none of its words unexplained."""
    ws = clause.words
    kinds = [k for k, w in enumerate(ws) if w.fold in _NAMED_AFTER_KIND]
    if not kinds:
        return clause.names
    out = set(clause.names)
    for k in kinds:
        last = max((j for j in range(k + 1, min(len(ws), k + 7)) if ws[j].start in clause.names), default=-1)
        if last > k + 1 and ws[k + 1].start in clause.names:
            out.update(x.start for x in ws[k + 1 : last + 1])
    return frozenset(out) if len(out) != len(clause.names) else clause.names


# "đã có điện", "điện lưới đã về thôn …": the named unit has what is pledged
_HAVE = frozenset([*word_forms("có")[:2], *word_forms("về")[:2]])
_REACH = frozenset(word_forms("đạt")[:2])
_HAVE_FOLDS = frozenset(["co", "ve"])
_SUBMIT_FOLD, _SUBMIT_KEY, _ = word_forms("trình")
_SUBMIT = frozenset([_SUBMIT_FOLD, _SUBMIT_KEY])


_HAND_IN = frozenset(f for w in ("nộp", "gửi") for f in word_forms(w)[:2])
_REPORT = frozenset(["bao", "cao"])
# (the report first is the same: "Báo cáo KT-XH 6 tháng đã gửi UBND huyện")
_HAND_IN_REPORT_RE = re.compile(
    r"(?<![^\W\d_])(?:(nop|gui) bao cao|bao cao [^,.;\n]{0,40}?(?<![^\W\d_])da (?:nop|gui))"
)


def _one_more_said(ix: _Indexed, clause: _Clause, any_count: bool = False) -> bool:
    """ "thêm" right before the thing the task counts, no figure between: one more (with any_count, of a count
    task whose things are not units reaching a standard: "Xã đạt thêm tiêu chí số 2" on "Đạt thêm 3 tiêu chí …")."""
    if not (ix.counts_units or any_count) or ix.unit is None or not ix.unit.group:
        return False
    noun = ix.unit.group.split()
    ws = clause.words
    for k, w in enumerate(ws[:-1]):
        if w.fold == "them" and [x.fold for x in ws[k + 1 : k + 1 + len(noun)]] == noun:
            between = clause.folded[w.end : ws[k + 1].start] if clause.folded else " "
            return not between.strip()
    return False


def _pair_broken_by(ix: _Indexed, other: _Indexed, ws: list[Word], matched: list[str]) -> bool:
    """Two words said side by side, both matched in the other task, which says them so ("hộ nghèo"), while this
    task holds both only apart ("hộ cận nghèo")."""
    held = {_fold_of(t) for t in matched}
    for a, b in pairwise(ws):
        if a.fold not in held or b.fold not in held:
            continue
        said = f" {a.fold} {b.fold} "
        if said in other.word_run and said not in ix.word_run and {a.fold, b.fold} <= ix.raw_folds:
            return True
    return False


def _criterion_named(ix: _Indexed, clause: _Clause) -> bool:
    """ "tiêu chí" and then its number ("tiêu chí số 2", "tiêu chí 17") or a name the task's own text does not put
    right after the word ("tiêu chí giao thông" on "… 3 tiêu chí nông thôn mới (giao thông, thu nhập …)")."""
    ws = clause.words
    own_next = {b for a, b in pairwise(ix.text_fold.split()) if a == "chi"}
    for k in range(len(ws) - 1):
        if ws[k].fold != "tieu" or ws[k + 1].fold != "chi":
            continue
        after = clause.folded[ws[k + 1].end : ws[k + 1].end + 12].split()
        if after and (after[0] == "so" or after[0][:1].isdigit()):
            return True
        if k + 2 < len(ws) and ws[k + 2].fold in ix.raw_folds and ws[k + 2].fold not in own_next:
            return True
        if k + 2 < len(ws) and (
            ws[k + 2].fold in _CRITERION_NAMES
            or (k + 3 < len(ws) and f"{ws[k + 2].fold} {ws[k + 3].fold}" in _CRITERION_NAMES)
        ):
            return True  # "Tiêu chí nhà ở dân cư đã đạt": one of the new-countryside criteria, by its name
    return False


# the national new-countryside criteria by their names' opening words (folded): "tiêu chí giao thông", "… nhà ở dân cư"
_CRITERION_NAMES = frozenset(
    [
        *("quy hoach", "giao thong", "thuy loi", "dien", "truong hoc", "thong tin", "nha o", "thu nhap"),
        *("ngheo da", "ho ngheo", "lao dong", "to chuc", "giao duc", "y te", "van hoa", "moi truong", "he thong"),
        *("quoc phong", "an ninh", "cho", "co so"),
    ]
)


def _counted_noun(ix: _Indexed) -> str:
    """The first word of what a task counts ("ho" of "6 hồ chứa"), "" when it counts nothing."""
    return ix.unit.group.split()[0] if ix.counts_units and ix.unit is not None and ix.unit.group else ""


def _rate_subject(ix: _Indexed) -> str:
    """The fold of what a rate task's rate is of ("thôn" of "Tỷ lệ thôn, tổ dân phố đạt danh hiệu văn hóa …")."""
    first = _first_words(ix.task.text)
    if len(first) < 3 or (first[0].key, first[1].key) != _RATE_OPENING:
        return ""
    return first[2].fold


def _town_at(ws: list[Word], k: int) -> bool:
    """The word at k is the "trấn" of "thị trấn", a kind of place in two syllables, or "TT" as phones write it."""
    return (k > 0 and ws[k].fold == "tran" and ws[k - 1].fold == "thi") or ws[k].fold == "tt"


def _names_a_unit(ix: _Indexed, clause: _Clause) -> bool:
    """The clause names one place ("thôn Na Hoàng", "xã Tân Phú", "trường Kim Đồng"): a kind of unit
    followed by a capitalised name or by a name the task's own text gives after such a word. On a task
    counting units, that one unit finished is one more, never the whole task."""
    ws = clause.words
    # the task's own counted noun names its units too: "hồ Ea Kpal" on "3 hồ chứa thủy lợi", "kỳ họp thứ 17"
    # on "4 kỳ họp HĐND"
    # (each word of it: "kênh Ông Lãnh" on "6 tuyến kênh nội đồng")
    counted = ix.unit.group if ix.counts_units and ix.unit is not None else ""
    owns = frozenset(counted.split())
    if len(owns) == 1:
        # a classifier counts the noun after it: "tuyến kênh", so "Kênh Ông Lãnh" names one of the "6 tuyến kênh"
        said = ix.text_fold.split()
        owns |= {said[i + 1] for i in range(len(said) - 1) if said[i] in owns and said[i] in _CLASSIFIER_NOUNS}
    for k in range(len(ws) - 1):
        shrine = ws[k].key in _SHRINE_KEYS or (
            ws[k].fold == "chua" and not ws[k].accented and ws[k + 1].start in clause.names  # bare "chua Som Rong"
        )
        if shrine and any(w.start in clause.names for w in ws[k + 1 : k + 4]):
            return True  # "Đền thờ Pô Nít", "chùa Sóc Ven": a shrine by its name (with marks: "chưa" is no "chùa")
        if (ws[k].fold == "them" or _town_at(ws, k)) and owns & _UNIT_KINDS and ws[k + 1].start in clause.names:
            # "rà soát hộ nghèo: thêm Duy Châu", "… thêm thị trấn Thanh Miện" on "… tại 14 xã, thị trấn": one more
            # place, by its name
            return True
        if ws[k].fold not in _UNIT_KINDS and ws[k].fold not in owns:
            continue
        nxt = ws[k + 1]
        if ws[k].fold in owns and any(
            n.excluded == _ORDINAL and 0 <= n.start - ws[k].end <= 12 for n in clause.numbers
        ):
            return True
        if ws[k].fold in owns:
            # "điểm ngập ngã tư Hiệp Long" on "Xóa 5 điểm ngập": the task's own noun, then where that one is
            name = next((w for w in ws[k + 2 : k + 5] if w.start in clause.place_names), None)
            if name is None:
                # "Điểm du lịch cộng đồng làng gốm Hòa Lạc" on "Xây dựng 3 điểm du lịch cộng đồng …": past the
                # words the task says after its noun, a capitalised name
                j = k + 1
                while j < len(ws) and j - k <= 5 and ws[j].fold in ix.raw_folds and ws[j].start not in clause.names:
                    j += 1
                name = next((w for w in ws[j : j + 3] if w.start in clause.names), None)
            if name is not None and not (clause.folded and _PIECE_RE.search(clause.folded, ws[k].end, name.start)):
                return True
        if nxt.start in clause.place_names or (nxt.fold in ix.place_words and nxt.fold not in _UNIT_KINDS):
            return True
        # "HTX dịch vụ nông nghiệp Xuân Hồi": the name after what kind of co-operative it is
        if ws[k].fold in _NAMED_AFTER_KIND and any(w.start in clause.names for w in ws[k + 2 : k + 6]):
            return True
    if owns & _UNIT_KINDS and len(ws) >= 2 and ws[0].start in clause.names and ws[1].start in clause.names:
        return True  # "Vũ Xá đã lắp xong đài truyền thanh …" on "… tại 9 xã": a place, by its name alone
    # "Duy Trung, Duy Sơn thẩm định QT ngân sách 2023 xong" on "… của 14 xã, thị trấn": places listed by their names
    if owns & _UNIT_KINDS:
        da_key, da_fold = _DA
        for k in range(1, len(ws) - 2):
            if (
                ws[k].start in clause.names
                and ws[k + 1].start in clause.names
                and (ws[k - 1].start not in clause.names or ws[k - 1].fold in lx.ABBREVIATIONS)
                and (ws[k + 2].key == da_key or (ws[k + 2].fold == da_fold and not ws[k + 2].accented))
                # ("… của Đồng Trung đã trình tỉnh thẩm định": sent up to be judged, not done by the place)
                and (k + 3 >= len(ws) or ws[k + 3].fold not in _SENT_UP_FOLDS)
            ):
                return True  # "Hồ sơ NTM Tân Lập đã hoàn thiện": a place by its name, the one that did it
    return bool(owns & _UNIT_KINDS) and _named_units(clause) >= 2


_SENT_UP_FOLDS = frozenset(["trinh", "gui", "nop"])
_CLASSIFIER_NOUNS = frozenset(["tuyen", "con", "cay", "chiec", "ngoi", "can"])  # "6 tuyến kênh", "3 con đập"
_SHRINE_KEYS = frozenset(lx.phrase_keys(p)[0][0] for p in ("đền", "chùa", "đình", "miếu", "tháp"))


# question words that make a question even with a figure and no "?": "được 60 rồi phải không anh"
_SURE_QUESTION = tuple(
    lx.phrase_keys(p)
    for p in ("phải không", "đúng không", "được không", "chưa ạ", "không ạ", "bao nhiêu", "hạn chót", "có phải")
)
_MEASURES = frozenset(["length", "area", "money", "mass", "volume"])
# verbs opening a piece that goes on about the thing before: "…, bàn giao cho các hộ", "…, đưa vào sử dụng"
_FOLLOW_ON = tuple(
    lx.phrase_keys(p)
    for p in (
        "bàn giao",
        "đưa vào",
        "đi vào",
        "nghiệm thu",
        "khánh thành",
        "trao",
        "trao tặng",
        "cấp cho",
        "gửi",
        "nộp",
        "trình",
        "báo cáo",
        "tổng hợp",
        # "…đã xong, đã ban hành QĐ công bố kết quả": the work's own closing step
        "đã ban hành",
        "công bố",
    )
)


def _held_by_none(book: _Book, ws: list[Word], a: int, b: int) -> list[int]:
    """Starts of the words between a and b that no task holds."""
    return [
        w.start
        for w in ws
        if a <= w.start < b and w.key not in book.by_key and (w.accented or w.fold not in book.by_fold)
    ]


_ORDINAL_TIME_RE = re.compile(r"(?<![^\W\d_])lan thu (?=[ivxlc]+(?![^\W\d_])|\d)")
_OCCASION_RE = re.compile(r"(?<![^\W\d_])(?:nhan )?dip(?: [^\W\d_]+){1,3}")
_SEASON_RE = re.compile(
    # ("vụ Xuân-Hè" is one season, hyphen and all)
    r"(?<![^\W\d_])vu (thu\W{1,3}dong|dong\W{1,3}xuan|he\W{1,3}thu|xuan\W{1,3}he|he|mua|chiem|dong|xuan|thu)"
    r"(?: \d{4}(?:-\d{4})?)?(?![^\W\d_])"
)
# the crop seasons, each under one name: in the north "vụ Xuân" is the "Đông Xuân" crop, "vụ Hè" the "Hè Thu"
_NOT_LETTERS_RE = re.compile(r"[\W\d_]+")
_SEASON_NAMES = {"dong xuan": "xuan", "chiem": "xuan", "he": "he thu", "dong": "thu dong"}


def _seasons(text: str, start: int = 0, end: int | None = None) -> set[str]:
    names = (
        _NOT_LETTERS_RE.sub(" ", m.group(1))
        for m in _SEASON_RE.finditer(text, start, len(text) if end is None else end)
    )
    return {_SEASON_NAMES.get(name, name) for name in names}


def _other_season(ix: _Indexed, clause: _Clause, folded: str) -> bool:
    """The clause names a crop season and the task pledges another one."""
    said = _seasons(folded, clause.start, clause.end)
    if not said:
        return False
    pledged = _seasons(ix.word_run)
    return bool(pledged) and not (said & pledged)


_SOURCE_AFTER_RE = re.compile(r"[^,;:\n\d]{0,12}?(?<![^\W\d_])tu ([^,;:\n\d]+)")
_AWAIT = (lx.phrase_keys("chờ"),)
# waiting for comments on a draft is no next step after it, the draft is still being worked on: "Dự thảo KH … đã xong,
# đang chờ lấy ý kiến các phòng ban"
_COMMENTS_AWAITED_RE = re.compile(r"\s*(?:dang\s+)?cho\s+(?:lay\s+|xin\s+)?(?:y kien|gop y)(?![^\W\d_])")
_GRANTED_RE = re.compile(r"(?<![^\W\d_])da duoc (?:cong nhan|phe duyet|thong qua)(?![^\W\d_])")
# what a pledge asks for when it pledges an approval or a standard, not only the work
_APPROVAL_FOLDS = frozenset(["duyet", "tham", "thong", "cong", "chuan", "xet", "trinh"])


def _awaits_next_step(ix: _Indexed, clause: _Clause, matched: list[str]) -> bool:
    """Waiting on someone after the task's own work said done is its next step, when the pledge asks for the work
    only: "Đã hoàn thành rà soát hộ nghèo …, đang chờ huyện thẩm định kết quả" on "Hoàn thành rà soát hộ nghèo …"
    (not on "… đạt chuẩn NTM nâng cao", which the awaited recognition finishes)."""
    if not clause.folded:
        return False
    cut = _cut_after_done(clause)
    if cut is None:
        return False
    if _GRANTED_RE.search(clause.folded, clause.start, cut.start()):
        # "Xã đã được công nhận NTM kiểu mẫu, đang chờ huyện tổ chức lễ đón bằng": the recognition is had
        return True
    said = {_fold_of(t) for t in matched}
    named = sum(w.fold in said for w in clause.words if w.start < cut.start()) >= 2
    if _REQUEST_FOR_RE.search(ix.text_fold):
        # "Đã hoàn thành hồ sơ đề nghị công nhận OCOP …, đang chờ huyện thẩm định" on "Hoàn thành hồ sơ đề nghị
        # công nhận …": the pledge asks for the dossier, whose "đề nghị" is the task's words, no intention
        return named and _done_piece_clear(clause, cut=cut, held_first=_NEG)
    if ix.raw_folds & _APPROVAL_FOLDS:
        return False
    return named and _done_piece_clear(clause, cut=cut)


_REQUEST_FOR_RE = re.compile(r"(?<![^\W\d_])ho so de nghi (?:cong nhan|phe duyet|xet)(?![^\W\d_])")


_LATER = tuple(
    lx.phrase_keys(p)
    for p in (
        *("báo cáo sau", "báo sau", "gửi sau", "cập nhật sau", "bổ sung sau", "báo cáo anh sau", "báo anh sau"),
        # "chiều về em báo cáo ạ", "mai em báo": the report is still to come
        *("về em báo cáo", "về báo cáo", "về em báo", "mai em báo", "mai báo cáo", "tối em báo", "lát em báo"),
        *("gửi lịch sau", "báo lại sau", "gửi số liệu sau", "gửi báo cáo sau", "nhắn lại sau", "nhắn sau"),
        # "dạ em sẽ cập nhật cuối tuần": a promise of a report, none yet
        *("em sẽ cập nhật", "sẽ cập nhật sau", "em sẽ báo cáo", "em sẽ gửi"),
        # "dạ vâng, e sẽ báo cáo đầy đủ": the same promise typed short, or by "tôi"/"mình"
        *("e sẽ cập nhật", "e sẽ báo cáo", "e sẽ gửi", "tôi sẽ báo cáo", "mình sẽ báo cáo", "tôi sẽ cập nhật"),
        # "Dạ tuần sau em gửi số liệu đầy đủ ạ"
        *("sau em gửi", "mai em gửi", "tuần sau gửi"),
    )
)
_CHANGE_BEFORE_RE = re.compile(r"(?<![^\W\d_])(giam|tang)(?: them| duoc| di)?\W*$")
_MORE_BEFORE_RE = re.compile(r"(?<![^\W\d_])(them|tang|tang them)(?: duoc)?\W*$")


def tu_is_rate(ix: _Indexed) -> bool:
    return ix.unit is not None and ix.unit.dim == "percent"


def _named_dimension(clause: _Clause, pick: Number) -> str | None:
    """The dimension a clause names outright for its figure ("diện tích NTTS … 3.100 tấn" names an area).
    A later piece says something else: "xây xong 4 căn, còn 2 căn đang chờ kinh phí" names no money for 4."""
    if not clause.mask & _DIM:
        return None
    ws = clause.words
    if clause.folded:
        cut = _PIECE_RE.search(clause.folded, pick.end, clause.end)
        if cut is not None:
            ws = [w for w in ws if w.start < cut.start()]
    for phrases, dim in _DIMENSION_WORDS:
        if _find(ws, phrases) >= 0:
            return dim
    return None


_HOUSEHOLDS = "ho"  # never a classifier for things counted
_HOUSEHOLD_KEY = word_forms("hộ")[1]
_HOUSE = "nha"
_HOUSES = frozenset([_HOUSE, "can"])  # "căn" counts houses


_NEAR_POOR_RE = re.compile(r"(?<![^\W\d_])can ngheo(?![^\W\d_])")
# a task on the poverty figure itself (its rate or its count cut), not on what is done for poor households
_POVERTY_TASK_RE = re.compile(r"\W*(?:keo giam|giam|ty le|so) (?:ty le )?(?:ho )?(?:can )?ngheo|\W*ty le ho")
_POVERTY_FOLDS = frozenset(["ty", "le", "ho", "ngheo", "can", "giam", "con"])  # words of the poverty rate alone
# the poor and the near-poor said together as one subject: "hộ nghèo, cận nghèo", "hộ nghèo và hộ cận nghèo"
_POOR_AND_NEAR_RE = re.compile(r"(?<!can )(?<![^\W\d_])ngheo\s*(?:,|va|và|\+|/|-)\s*(?:ho\s+)?can ngheo(?![^\W\d_])")
_NEAR_KEY = lx.phrase_keys("cận")[0][0]


def _near_poor_task(ix: _Indexed) -> bool:
    """The task speaks of near-poor households ("hộ cận nghèo"), or of no poverty at all."""
    return _NEAR_KEY in ix.keys or "can" in ix.raw_folds or "ngheo" not in ix.raw_folds


def _verb_only_other_count(ix: _Indexed, values: list[Number], matched: list[str]) -> bool:
    """Every matched word is a verb, and every figure counts a thing the task does not count."""
    tu = ix.unit
    if tu is None or tu.dim != "count":
        return False
    for t in matched:
        key = _key_of(t)
        if key not in _VERB_KEYS and key not in ix.head:
            return False
    for n in values:
        if n.unit is None or n.unit.dim != "count":
            return False
        fit = _unit_fit(ix, n, False)
        if fit is not None and fit >= 0:
            return False
    return True


# the whole revenue, said so; and a revenue task pledging a part of it ("ngoài tiền sử dụng đất", "từ thuế, phí")
_TOTAL_REVENUE_RE = re.compile(r"(?<![^\W\d_])tong thu(?![^\W\d_])")
_REVENUE_PART_RE = re.compile(r"(?<![^\W\d_])(?:ngoai|khong ke|khong tinh|tru|tu thue)(?![^\W\d_])")

# the budget's revenue said as such, of no source ("thu ngân sách", "thu NSNN"; not "thu thuế, phí")
_BUDGET_REVENUE_RE = re.compile(
    r"(?<![^\W\d_])thu (?:ngan sach|nsnn|ns)(?: (?:nha nuoc|xa|huyen))?(?: (?:dat|duoc|dc|la))?\s*\d"
)
_LAND_REVENUE_RE = re.compile(r"(?<![^\W\d_])(?:tien (?:su dung |sd )?dat|sdd|dau gia)(?![^\W\d_])")


def _revenue_maybe_whole(book: _Book, best_idx: int, clause: _Clause, values: list[Number]) -> bool:
    """ "thu ngân sách đạt 150 tỷ" against "Thu ngân sách … (không kể tiền sử dụng đất) đạt 132 tỷ" beside "Thu tiền sử
    dụng đất đạt 300 tỷ": the sum said may be the whole revenue, land fees and all, or the part pledged; only the
    sender knows. A message that speaks of the land fees too ("…, tiền SDĐ 18 tỷ") says its revenue is the rest; one
    that restates the part's own target ("Kế hoạch năm 2024 thu NS 38,6 tỷ, …") names it."""
    target = book.tasks[best_idx].task.target
    return (
        all(n.unit is not None and n.unit.dim == "money" for n in values)
        and not any(target is not None and abs(_plain_value(book.tasks[best_idx], n) - target) < 1e-9 for n in values)
        and _BUDGET_REVENUE_RE.search(clause.folded, clause.start, clause.end) is not None
        and _LAND_REVENUE_RE.search(clause.folded) is None
        and any(i != best_idx and _LAND_REVENUE_RE.search(ix.text_fold) is not None for i, ix in enumerate(book.tasks))
    )


_HOA_FOLD = "hoa"  # "kiên cố hóa", "bê tông hóa": the verb's "-ize"


# works measured by their length, one never another: a road is no canal
_LINEAR_WORKS = frozenset(["duong", "kenh", "muong", "de", "ke", "cong", "via", "ong"])


@lru_cache(maxsize=1024)
def _noun_after_figure(text_fold: str) -> str | None:
    """The word right after a task's measured figure ("kenh" of "… 4,5km kenh muong noi dong")."""
    for n in find_numbers(text_fold):
        if n.unit is not None and n.unit.dim in ("length", "area") and not n.excluded:
            after = _WORD_AFTER_RE.match(text_fold, n.end, n.end + 20)
            return after.group(1) if after is not None and after.group(1) not in lx.STOP_FOLDS else None
    return None


def _verb_only_other_measure(ix: _Indexed, clause: _Clause, values: list[Number], matched: list[str]) -> bool:
    """The thing measured, named right after the figure ("900m đường"), is no word of the task, and either every
    matched word is the task's verb, or the task's own work measured by its length, named after its figure
    ("4,5km kênh mương"), is not said while the figure names another such work ("1,2km đường nội đồng")."""
    tu = ix.unit
    if tu is None or tu.dim not in ("length", "area") or not clause.folded:
        return False
    another_work = not all(
        _key_of(t) in _VERB_KEYS or _key_of(t) in ix.head or _fold_of(t) == _HOA_FOLD for t in matched
    )
    if another_work:
        own = _noun_after_figure(ix.text_fold)
        if own not in _LINEAR_WORKS or any(w.fold == own for w in clause.words):
            return False
    for n in values:
        if n.unit is None or n.unit.dim != tu.dim:
            return False
        after = _WORD_AFTER_RE.match(clause.folded, n.end, n.end + 20)
        if after is None or after.group(1) in ix.raw_folds or after.group(1) in lx.STOP_FOLDS:
            return False
        if another_work and after.group(1) not in _LINEAR_WORKS:
            return False
    return True


def _bare_rate(ix: _Indexed, n: Number, plan: bool) -> bool:
    """A rate said of nothing named ("1,15%", not "50% KH") on a task that counts or measures something."""
    return n.unit is not None and n.unit.dim == "percent" and not n.share and not plan and not tu_is_rate(ix)


def _held_or_meant(clause: _Clause) -> bool:
    """The clause says something is not done, meant or planned (an unaccented "cho" is "for", not "chờ")."""
    if not clause.mask & (_NEG | _INTENT | _PLANNED):
        return False
    said = clause.words
    return any(
        bits & (_NEG | _INTENT | _PLANNED) and not (size == 1 and _weak_cue(said[i], said))
        for i, size, bits in _hits_inside(clause)
    )


_STEPS_TOWARDS = frozenset(["tieu chi", "lop"])
_OTHER_COUNT_WHY = "con số đếm thứ khác với nhiệm vụ: cần hỏi"

# the paperwork of a task, done: "hoàn thành hồ sơ cho 3 quần chúng", "phê duyệt hồ sơ hỗ trợ nhà ở cho 3 hộ"
_PAPERWORK_RE = re.compile(
    r"(?<![^\W\d_])(?:hoan thanh|hoan thien|phe duyet|duyet|lap|xet duyet|tham dinh|chuan bi)"
    r"(?: xong)? ho so(?![^\W\d_])"
)


def _a_step_before(ix: _Indexed, clause: _Clause) -> bool:
    """A figure set aside that counts a step before the task's own count: the dossiers made for people not yet
    counted ("Kết nạp ĐV: hoàn thành hồ sơ cho 3 quần chúng"), the classes opened for people a task trains ("mở 3
    lớp may công nghiệp" on "Đào tạo nghề cho 1.800 lao động"). Labelled a note: how far the task came is not said."""
    folded = clause.folded
    if _PAPERWORK_RE.search(folded, clause.start, clause.end) and "ho so" not in ix.text_fold:
        return True
    if ix.unit is None or ix.unit.group not in PEOPLE:
        return False
    for n in clause.numbers:
        if n.excluded in ("", _OTHER_THING) and n.unit is not None and n.unit.group == "lop":
            return True
    return False


def _counts_other(ix: _Indexed, n: Number) -> bool:
    """A figure counting another known thing ("2 tiêu chí" on a task counting communes) is no value of it."""
    tu = ix.unit
    return (
        # "17/19 tiêu chí" on "Được công nhận 2 xã đạt chuẩn NTM": a share of criteria counts no communes (but
        # "11/15 đơn vị" on "… tại 15 xã, thị trấn" is out of the pledged 15)
        not n.share
        and (n.denom is None or not _of_the_target(ix, n))
        and n.unit is not None
        and tu is not None
        and n.unit.dim == "count"
        and tu.dim == "count"
        and not n.unit.fits(tu)
        and n.unit.group in KNOWN_COUNTS
        and tu.group in KNOWN_COUNTS
        and not _stands_for(ix, n.unit)
    )


_FILES_AND_CASES = frozenset(["ho so", "truong hop"])


def _stands_for(ix: _Indexed, unit: Unit) -> bool:
    """A counted thing that stands for what the task counts: a house for a household (_counted_in_text), a
    case for a person ("tinh giản thêm 2 trường hợp" on "9 người"), a file for a case."""
    if ix.unit is None:
        return False
    if unit.group == "truong hop" and ix.unit.group in PEOPLE:
        return True
    if ix.unit.group == "luot" and unit.group in PEOPLE:
        return True  # "96 người tham gia" on "… cho 450 lượt cán bộ": each person one attendance
    # "cấp GCN lần đầu thêm 85 hồ sơ" on "… cho 1.200 trường hợp": each file is one case, and the other way round
    return {unit.group, ix.unit.group} == _FILES_AND_CASES or _counted_in_text(ix, unit)


def _listed_beside_unit(ix: _Indexed, unit: Unit) -> bool:
    """The task counts the thing beside its own unit: "dự án" of "Thẩm định quyết toán 40 công trình, dự án"."""
    if ix.unit is None or not unit.group:
        return False
    label = ix.unit.label
    return f"{label}, {unit.group}" in ix.text_fold or f"{label} va {unit.group}" in ix.text_fold


def _counted_in_text(ix: _Indexed, unit: Unit) -> bool:
    """Houses counted on a task that houses households: "14 nhà", "5 căn" on "Hỗ trợ làm nhà ở cho 38 hộ
    nghèo" (one house a household). Not the other way round: "5 hộ" on "Xóa 6 nhà tạm cho hộ nghèo" may be
    households helped any other way."""
    return unit.group in _HOUSES and ix.unit is not None and ix.unit.group == "ho" and _HOUSE in ix.raw_folds


def _of_the_target(ix: _Indexed, n: Number) -> bool:
    """ "3/3 SP", "17/19 xã" on a count task pledging 3 or 19: a share of the whole pledge, so a total."""
    target = ix.task.target
    return (
        n.denom is not None
        and target is not None
        and ix.unit is not None
        and ix.unit.dim == "count"
        and abs(n.denom - target) <= 1e-9 * max(1.0, abs(target))
    )


def _parts_without_total(
    ix: _Indexed, fitting: list[Number], pick: Number, cues: _Cues, text: str = ""
) -> list[Number]:
    """ "XKLĐ thêm 4 người đi Nhật, 2 người đi Hàn": several counts of the same thing and none said to be
    the total (the parts, or [] when there are none); taking the first would record a part. (A figure restating
    the pledge is no such part, nor one in a piece of its own that says nothing of the task but the thing counted:
    "thêm 2 dự án ngoài ngân sách được hỗ trợ thủ tục, 1 dự án vốn 450 tỷ" tells of one of the two.)"""
    if len(fitting) < 2 or pick.unit is None or pick.unit.dim != "count" or pick.denom is not None:
        return []
    if pick.start in cues.totals or pick.start in cues.remains:
        return []
    target = ix.task.target
    same = [
        n
        for n in fitting
        if n.unit is not None
        and n.denom is None
        and n.unit.fits(pick.unit)
        and n.start not in cues.remains
        and not (target and n is not pick and abs(n.value - target) <= 0.01 * abs(target))
    ]
    if len(same) > 1 and text and ix.task.unit:
        noun = frozenset(fold(clean(ix.task.unit)).split())
        if _piece_weight(ix, text, pick, noun) > 0:
            same = [n for n in same if n is pick or _piece_weight(ix, text, n, noun) > 0]
    return same if len(same) > 1 else []


# a part's own words after its figure, up to the mark that ends the part: "đi Nhật", "cận nghèo", "đạt 4 sao"
_LEADING_FIGURE_RE = re.compile(r"^[\d.,\s]+")
_PART_WORD = r"(?:[^\W\d_]+|\d+ sao)"
_PART_QUALIFIER_RE = re.compile(
    rf"[ \t]*((?:{_PART_WORD}(?:[ \t]+{_PART_WORD}){{0,5}})?)[ \t]*(?:[,;]|va(?![^\W\d_])|$)"
)
# words that make a part something other than one kind among several: a breakdown, what is still left, a plan
_NOT_A_KIND_RE = re.compile(
    r"(?<![^\W\d_])(?:trong do|tong|con|chua|dang|du kien|ke hoach|nua|roi|khac|moi|cu|cho)(?![^\W\d_])"
)


def _kinds_summed(ix: _Indexed, text: str, parts: list[Number], end: int) -> float | None:
    """ "Đã hỗ trợ sửa chữa nhà cho 3 hộ nghèo, 1 hộ cận nghèo" on "… cho 7 hộ nghèo, hộ cận nghèo", "XKLĐ thêm
    4 người đi Nhật, 2 người đi Hàn": one list of counts of the same thing, each of its own kind and none a total,
    is the sum of its parts (None: no such list), when the task names every kind or none of them. A kind the task
    names beside one it does not ("3 hộ nghèo, 1 hộ cận nghèo" on "… cho 7 hộ nghèo") leaves the question open."""
    kinds: list[list[str]] = []
    for i, n in enumerate(parts):
        said = _PART_QUALIFIER_RE.match(text, n.end, end)
        if said is None or n.unit is None or n.denom is not None or n.excluded:
            return None
        if i + 1 < len(parts) and text[said.end() : parts[i + 1].start].strip():
            return None  # words between the part's kind and the next figure: no plain list
        if i + 1 == len(parts) and text[said.end() : end].strip(" \t.!"):
            return None
        words = said.group(1)
        if _NOT_A_KIND_RE.search(words):
            return None
        # the unit's own words first: "3 hộ nghèo, 1 hộ cận nghèo" are kinds by their units alone
        kinds.append(_LEADING_FIGURE_RE.sub("", n.raw).split() + words.split())
    return _sum_of_kinds(ix, parts, kinds)


def _sum_of_kinds(ix: _Indexed, parts: list[Number], kinds: list[list[str]]) -> float | None:
    """The parts' sum when each part says a kind of its own (its words after the figure, or its unit's own words:
    "hộ nghèo" / "hộ cận nghèo") and the task names all of the kinds or none of them."""
    # each part's kind is its first word the others do not share in the same place: "đi Nhật" / "đi Hàn"
    heads: list[str] = []
    named: list[bool] = []
    for k, kind in enumerate(kinds):
        others = [other for j, other in enumerate(kinds) if j != k]
        at = next((j for j, w in enumerate(kind) if any(j >= len(other) or other[j] != w for other in others)), -1)
        if at < 0 or kind[at] in lx.STOP_FOLDS:
            return None
        heads.append(kind[at])
        # named as the task says it, with the word before it ("cận nghèo" in "hộ nghèo, hộ cận nghèo"); a folded
        # syllable alone proves nothing ("Hàn" typed bare is the "hạn" of "có thời hạn")
        phrase = " ".join(kind[max(0, at - 1) : at + 1] if at else kind[: 2 if len(kind) > 1 else 1])
        named.append(not kind[at].isdigit() and f" {phrase} " in ix.word_run)
    if len(set(heads)) < len(heads):
        return None  # the same kind twice ("3 người đi Nhật, 2 người đi Nhật") is no list of kinds
    if any(named) and not all(named):
        return None
    return sum(n.value for n in parts)


_DAT_RIGHT_BEFORE_RE = re.compile(r"(?<![^\W\d_])dat\s*$")
_CHANGE_RIGHT_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?:tang|giam)\s*$")
_SO_VOI_AFTER_RE = re.compile(r"\s*(?:[^\W\d_]+\s+){0,2}?so voi(?![^\W\d_])")


def _pick_number(fitting: list[Number], cues: _Cues, ix: _Indexed | None = None, text: str = "") -> Number:
    if len(fitting) == 1:
        return fitting[0]
    if text and "(" in text:
        # "5 sản phẩm đạt 3 sao trở lên (1 sp 4 sao)": a breakdown in brackets never beats the figure it breaks down
        # (but a total in brackets is the total: "thêm 5 lô (tổng 42 lô)")
        outside = [n for n in fitting if not _in_brackets(text, n.start) or n.start in cues.totals]
        if outside and len(outside) < len(fitting):
            fitting = outside
            if len(fitting) == 1:
                return fitting[0]
    if text and len(fitting) > 1:
        # "BHYT 93,8%, tăng 0,8% so với tháng trước", "giải ngân tăng thêm 6% so với báo cáo trước, đạt 61%": how
        # much it changed since beside the level it reached; the level is the report
        changed = [n for n in fitting if _SO_VOI_AFTER_RE.match(text, n.end) and n.start not in cues.totals]
        if changed and len(changed) < len(fitting):
            fitting = [n for n in fitting if n not in changed]
            if len(fitting) == 1:
                return fitting[0]
    if text and len(fitting) > 1 and (ix is None or "khoi cong" not in ix.text_fold):
        # "đã khởi công 50 căn, hoàn thành 41 căn": the work begun beside the work finished; the finished is the report
        begun = [n for n in fitting if _BEGUN_RE.search(_piece_of(text, n))]
        if begun and len(begun) < len(fitting):
            finished = [n for n in fitting if n not in begun and _FINISHED_SAID_RE.search(_piece_of(text, n))]
            if finished:
                fitting = [n for n in fitting if n not in begun]
                if len(fitting) == 1:
                    return fitting[0]
    if ix is not None and len(fitting) > 1 and ix.task.target:
        # "14 phòng học … đã xây xong 9 phòng": the figure restating the pledge is not the report
        target = ix.task.target
        restated = [
            n
            for n in fitting
            if n.denom is None
            and n.start not in cues.reached
            and n.start not in cues.totals  # "thêm 54 người, tổng 150 người": the total reached the pledge
            and n.start not in cues.remains  # "đầu năm 3,12%, nay còn 2,48%": the level now, near the pledge
            # ("diện tích cây ăn trái đạt 7.800 ha, tăng 80ha": the level said reached, near the pledge, beside a
            # change said of it)
            and not (
                _DAT_RIGHT_BEFORE_RE.search(text, max(0, n.start - 8), n.start)
                and any(_CHANGE_RIGHT_BEFORE_RE.search(text, max(0, m.start - 8), m.start) for m in fitting)
            )
            and abs(_plain_value(ix, n) - target) <= 0.01 * abs(target)
        ]
        if restated and len(restated) < len(fitting):
            fitting = [n for n in fitting if n not in restated]
    tu = ix.unit if ix is not None else None
    if tu is not None and len(fitting) > 1 and tu.dim in _MEASURES:
        # "BHYT 92% thu ngân sách 9 tỷ": the figure in the task's own measure beats a share or a bare one
        own = [
            n for n in fitting if n.unit is not None and n.denom is None and n.unit.dim == tu.dim and n.unit.fits(tu)
        ]
        if own and len(own) < len(fitting):
            fitting = own
    if tu is not None and len(fitting) > 1 and tu.dim == "percent":
        # "Học sinh bỏ học: 2 em/ 612 em, tỷ lệ 0,33%" on a rate kept under 0,5%: the rate said beats a bare count
        rates = [n for n in fitting if n.unit is PERCENT and n.denom is None and not n.share]
        if len(rates) == 1 and all(n.unit is None and n.denom is None for n in fitting if n is not rates[0]):
            return rates[0]
    if ix is not None and _kept_under(ix):
        # "giảm thêm 3 hộ, còn 24 hộ": on a task kept under a ceiling, what is left is the level
        for n in fitting:
            if n.start in cues.remains:
                return n
    if ix is not None and ix.task.target:
        for n in fitting:
            if _of_the_target(ix, n):
                return n  # "thêm 2 SP, vậy là đủ 3/3 SP": the count out of the pledge is the total
    for n in fitting:
        if n.start in cues.totals:
            return n
    if ix is not None and text and ix.head and not cues.totals and not cues.remains:
        # "tiếp nhận 1.050 hồ sơ, đã cấp 730" on "Cấp giấy chứng nhận … cho 1.200 hồ sơ": the figure the task's own
        # verb is said of, right before it, is the task's
        verb = " ".join(_key_fold(k) for k in ix.head)
        own = [
            n
            for n in fitting
            if _verb_right_before(text, n.start, verb)
            # "giải ngân 3 CTMTQG …": a bare figure with a noun after it counts that noun
            and (n.unit is not None or _WORD_AFTER_RE.match(text, n.end, n.end + 20) is None)
        ]
        if len(own) == 1:
            return own[0]
    if tu is not None and tu.dim == "count" and tu.group and not cues.totals:
        # "bồi dưỡng thêm 1 lớp 35 GV" on "… cho 150 giáo viên": the figure counting what the task counts
        own = [n for n in fitting if n.unit is not None and n.denom is None and n.unit.group == tu.group]
        if not own:
            # "thêm 1 lớp 45 người" on "… cho 450 thành viên": the bare word for people counts the members
            own = [n for n in fitting if n.unit is not None and n.denom is None and n.unit.fits(tu)]
        if len(own) == 1 and len(fitting) > 1:
            return own[0]
    if tu is not None and tu.dim == "count" and text and not cues.totals:
        # "tại 14 chùa đã thu hút 3.120 em học sinh" on "… cho 3.500 học sinh": of bare figures, the one said with
        # the task's own noun (a classifier between) counts what the task counts
        head = tu.label.split()[0]
        # ("đã cấp 90 con cho 45 hộ" on "Hỗ trợ 150 con bò giống cho hộ …": the task's unit opens with the classifier)
        named = [
            n
            for n in fitting
            if n.unit is None and n.denom is None and head in (_noun_after(text, n.end), _word_after(text, n.end))
        ]
        if len(named) == 1:
            return named[0]
    with_unit = [n for n in fitting if n.unit is not None or n.denom is not None]
    pool = with_unit or fitting
    if ix is not None and text and len(pool) > 1:
        # "Đường GTNT: xây mới 21km, nâng cấp sửa chữa 11.500m" on "Nâng cấp, sửa chữa 18.000m đường …": of figures
        # in pieces of their own, the first says none of the task's words (a heading before ":" says them of all) and
        # one other does ("Thu NS xã 11,2 tỷ, riêng tiền SDĐ 7,8 tỷ": the first figure's piece names the task, it stays)
        weights = [_piece_weight(ix, text, n) for n in pool]
        best = max(weights)
        if weights[0] == 0 and best > 0 and weights.count(best) == 1:
            return pool[weights.index(best)]
    return pool[0]


_PIECE_WORD_RE = re.compile(r"[^\W\d_]+")


def _piece_of(text: str, n: Number) -> str:
    """The piece of the text holding a figure, between the marks that cut a message into pieces."""
    start = max(text.rfind(mark, 0, n.start) for mark in (",", ";", "\n", ":")) + 1
    ends = [at for at in (text.find(mark, n.end) for mark in (",", ";", "\n")) if at >= 0]
    return text[start : min(ends, default=len(text))]


def _piece_weight(ix: _Indexed, text: str, n: Number, skip: frozenset[str] = frozenset()) -> float:
    """How much of the task's own wording the piece holding a figure says, between the marks that cut a
    message into pieces (",", ";", a line; ":" after a heading)."""
    words = set(_PIECE_WORD_RE.findall(_piece_of(text, n)))
    weight = 0.0  # (a float from the start: the machine-code build holds the sum to one type)
    for w in words - skip:
        if w in ix.folds:
            weight += ix.folds[w]
        elif _whole_meaning(ix, w):
            # an abbreviation says its meaning's words: "XKLĐ được 9 người" names "Đưa … lao động đi làm việc …"
            weight += 1.0
    return weight


# sent to be appraised: "đã trình Sở TNMT thẩm định", "trình UBND tỉnh thẩm định" (a few words for who between)
_FINISHED_SAID_RE = re.compile(r"(?<![^\W\d_])(?:xong|hoan thanh|hoan thien)(?![^\W\d_])")
_SENT_FOR_APPRAISAL_RE = re.compile(r"(?<![^\W\d_])trinh(?: [^\W\d_]+){0,4} tham dinh(?![^\W\d_])")


def _name_folds(clause: _Clause) -> frozenset[str]:
    """The folds of the clause's capitalised name words."""
    if not clause.names:
        return frozenset()
    return frozenset(w.fold for w in clause.words if w.start in clause.names)


def _word_after(text: str, at: int) -> str:
    """The word right after a position (a figure's end), classifier or not."""
    word = _WORD_AFTER_RE.match(text, at, at + 20)
    return word.group(1) if word is not None else ""


def _noun_after(text: str, at: int) -> str:
    """The word right after a figure, past one classifier ("3.120 em học sinh" → "hoc")."""
    noun = _WORD_AFTER_RE.match(text, at, at + 20)
    if noun is None:
        return ""
    return _word_after(text, noun.end()) if noun.group(1) in _CLASSIFIERS else noun.group(1)


def _verb_right_before(text: str, at: int, verb: str) -> bool:
    """ "đã cấp 730", "cấp được 730", "cấp thêm 730": the verb is what the figure right after it counts."""
    before = text[max(0, at - len(verb) - 12) : at].rstrip()
    for tail in (" duoc", " them", " xong", " moi"):
        if before.endswith(tail):
            before = before[: -len(tail)]
            break
    return before.endswith(verb) and (len(before) == len(verb) or not before[-len(verb) - 1].isalnum())


# kinds of place before a name: with the name itself they say where, not what ("ấp Phú Hữu")
_PLACE_KINDS = frozenset(
    [
        *("xa", "ap", "thon", "phuong", "khu", "pho", "to", "xom", "ban", "huyen", "tinh", "doan", "qua"),
        # villages of the highlands and the south: "buôn Ea Kmar", "plei", "bon", "làng", "sóc", "khóm"
        *("buon", "plei", "bon", "lang", "soc", "khom"),
    ]
)
# kinds of unit a pledge counts one by one, before the unit's own name
# schools go by their level too: "THCS Đức Hợp và TH Hồng Tiến"
_UNIT_KINDS = _PLACE_KINDS | frozenset(
    ["truong", "nvh", "cho", "tram", "tyt", "cau", "benh", "clb", "htx", "th", "thcs", "thpt", "mn", "mg"]
)
_WIDER_PLACES = frozenset(["xa", "phuong", "huyen", "tinh"])  # a unit other units stand in
_LEVEL_WORDS = frozenset([("tieu", "hoc"), ("mam", "non"), ("mau", "giao"), ("y", "te"), ("van", "hoa")])
_LISTED_RE = re.compile(r"\s*(?:,|va\b)")  # a list goes on after it
_LISTED_BEFORE_RE = re.compile(r"(?:,|\bva)\s*$")
_NAMED_AFTER_KIND = frozenset(["htx", "truong", "clb", "cho", "thth"])
_NUMBERED_PLACES = _PLACE_KINDS | frozenset(["tdp", "kp"])  # "TDP 5", "KP 3": a place named by its number
_SENTENCE_END = frozenset('.!?;:\n-("“•')


def _name_words(cased: str, ws: list[Word]) -> frozenset[int]:
    """Starts of capitalised words inside a sentence ("đường Trần Phú"): names, in a text that is
    neither all lower case nor all capitals."""
    if cased.islower() or cased.isupper():
        return frozenset()
    out: list[int] = []
    for w in ws:
        first = cased[w.start]
        if not first.isupper() or w.end - w.start < 2 or not cased[w.start + 1 : w.end].islower():
            continue
        before = cased[max(0, w.start - 4) : w.start].rstrip(" \t")
        if before and (before[-1] not in _SENTENCE_END or _SHORT_KIND_RE.search(before)):
            out.append(w.start)
    return frozenset(out)


# "P. Xuân Khánh", "X. Ea Tul", "TT. Phú Hòa": a kind of unit shortened to its letters, the dot no sentence's end
_SHORT_KIND_RE = re.compile(r"(?<![^\W\d_])(?:P|X|TT|Tt|TX|Tx|TP|Tp)\.$")


_CAPS_NAMED_KINDS = frozenset(["tuyen", "htx", "truong", "cau", "ho"])  # "TUYẾN NGUYỄN SINH SẮC", "HỒ EA KPAL"
_AUTHORITY_KINDS = frozenset(["huyen", "tinh", "doan", "qua", "to", "ban", "pho"])


def _pledged_versions(book: _Book, ws: list[Word], numbers: list[Number]) -> list[Word]:
    """ "cho 4.0 chua ra mat": the word before a version the pledge names ("chợ 4.0") is the pledge's word,
    not the function word its unaccented spelling also is."""
    out = ws
    for k in range(len(ws) - 1):
        w = ws[k]
        spelled = None if w.accented else book.versions.get((w.fold, ws[k + 1].fold))
        if spelled is not None and ws[k + 1].start - w.end <= 1:
            # "Cho Tan Loc GĐ2 da hoan thanh": the pledge's "chợ Tân Lộc"
            if out is ws:
                out = list(ws)
            out[k] = tuple.__new__(Word, (w.fold, spelled.key, True, w.start, w.end, w.text))
    for n in numbers:
        if n.excluded != "tên riêng":
            continue
        for k, w in enumerate(ws):
            if 0 < n.start - w.end <= 1 and not w.accented:
                spelled = book.versions.get((w.fold, n.raw))
                if spelled is not None:
                    if out is ws:
                        out = list(ws)
                    out[k] = tuple.__new__(Word, (w.fold, spelled.key, True, w.start, w.end, w.text))
    return out


def _pledged_names_typed(book: _Book, ws: list[Word]) -> list[Word]:
    """Two words typed without marks that fold to two words of a place's name a pledge lists, the first capitalised
    or after a kind of place ("xa Hai Quy"), are that name: "hai" is no two and "quy" no quarter there."""
    out = ws
    for k in range(len(ws) - 1):
        x, y = ws[k], ws[k + 1]
        if x.accented or y.accented or y.start - x.end != 1:
            continue
        pledged = book.name_pairs.get((x.fold, y.fold))
        if pledged is None or not (x.text[:1].isupper() or (k and ws[k - 1].fold in _PLACE_KINDS)):
            continue
        if out is ws:
            out = list(ws)
        for at, w, spelled in ((k, x, pledged[0]), (k + 1, y, pledged[1])):
            out[at] = tuple.__new__(Word, (w.fold, spelled.key, True, w.start, w.end, w.text))
    return out


def _listed_subject(book: _Book, ws: list[Word]) -> list[int]:
    """A short piece before a comma that is a word pair of some tasks and nothing else ("hộ nghèo, …"): the
    tasks that say that pair."""
    content = [w for w in ws if _content(w)]
    if len(content) != 2 or len(ws) > 3:
        return []
    a, b = content
    if b.start - a.end > 1:
        return []
    return [
        i
        for i, ix in enumerate(book.tasks)
        if (a.key, b.key) in ix.bigrams or (not a.accented and (a.fold, b.fold) in ix.fold_bigrams)
    ]


def _name_opening(book: _Book, cased: str, ws: list[Word], names: frozenset[int]) -> frozenset[int]:
    """The capitalised first word of a message, before a name's second word and itself no word of any task, is
    the name's first: "Vũ Xá đã lắp xong …" (but "Nhà Văn hóa …" opens with a task's word)."""
    x, y = ws[0], ws[1]
    if y.start - x.end != 1 or not cased[x.start].isupper() or not cased[x.start + 1 : x.end].islower():
        return names  # ("MN Hoa Sen", "NVH Phu Sen": a kind of unit, shortened, before the name)
    if x.key in book.by_key if x.accented else x.fold in book.by_fold:
        return names
    return names | {x.start}


def _caps_place_names(book: _Book, ws: list[Word]) -> frozenset[int]:
    """In a message typed all in capitals no name shows by its case: take the words after a kind of place
    that no task says after it ("THÔN MỸ PHƯỚC") for the place's name."""
    out: list[int] = []
    for k in range(len(ws) - 1):
        # "huyện", "tỉnh" before a verb are who acts ("HUYỆN XÉT DUYỆT"): only a village's kind names one
        if (ws[k].fold not in _PLACE_KINDS and ws[k].fold not in _CAPS_NAMED_KINDS) or ws[k].fold in _AUTHORITY_KINDS:
            continue
        prev = ws[k]
        for w in ws[k + 1 : k + 3]:
            # a word some task's text says right after the word before ("THÔN MỚI" of "nông thôn mới") is no
            # name; any other word after a place kind is ("THÔN LÙNG SÁN", though "Tả Lùng" is in a pledge)
            if (prev.fold, w.fold) in book.fold_bigrams or w.fold in lx.STOP_FOLDS or w.fold in _PLACE_KINDS:
                break
            prev = w
            out.append(w.start)
    return frozenset(out)


def _pledged_qualifiers(book: _Book, folded: str, numbers: list[Number]) -> list[Number]:
    """A rating the pledge glues to its letters ("90CV") or a bound it sets ("tàu cá từ 15m trở lên") is the same
    qualifier in a message: "cải hoán lên 90CV", "Tàu cá 15m trở lên lắp VMS đạt 96%"."""
    out = numbers
    for k, n in enumerate(numbers):
        if n.excluded:
            continue
        if n.unit is None:
            glued = _GLUED_LETTERS_RE.match(folded, n.end)
            pledged = glued is not None and (n.raw, glued.group(1)) in book.ratings
        else:
            # (or as a label: "Hẻm 3,5m: nâng cấp mở rộng được 1.120m" on "… đường hẻm rộng từ 3,5m trở lên")
            measure = (n.value * n.unit.factor, n.unit.dim)
            pledged = (
                measure in book.bounds
                and bool(_AND_ABOVE_RE.match(folded, n.end) or _LABEL_COLON_RE.match(folded, n.end))
            ) or (
                # "GTNT 3,5m: 900m", "GTNT 3,5m đã xong" on "… đường giao thông nông thôn rộng 3,5m": the width the
                # pledge sets names which roads, unless a word says it is an amount ("làm thêm 3,5m")
                measure in book.widths and _prev_word(folded, n.start) not in _VALUE_CUE_FOLDS
            ) or (
                # "Đã nâng cấp 6 tuyến hẻm, mở rộng lên 4m" on "… mở rộng 14 tuyến hẻm lên bề rộng từ 4m trở lên": the
                # width the pledge sets, said as what the lanes were widened to
                (measure in book.bounds or measure in book.widths)
                and _WIDENED_TO_RE.search(folded, max(0, n.start - 20), n.start) is not None
            )
        if pledged:
            if out is numbers:
                out = list(numbers)
            out[k] = n._replace(excluded="tiêu chuẩn")
    return out


_AND_ABOVE_RE = re.compile(r"\s*tro len(?![^\W\d_])")
_WIDENED_TO_RE = re.compile(r"(?<![^\W\d_])(?:mo rong|rong)(?: (?:len|ra|thanh|toi))?\s*$")
# words saying the figure after them is an amount
_VALUE_CUE_FOLDS = frozenset(["dat", "duoc", "dc", "them", "len", "con", "la", "tong"])


def _prev_word(folded: str, at: int) -> str:
    m = _LAST_WORD_RE.search(folded, max(0, at - 16), at)
    return m.group(1) if m is not None else ""


_LABEL_COLON_RE = re.compile(r"[ \t]*:")


_GLUED_LETTERS_RE = re.compile(r"([^\W\d_]{1,4})(?![^\W\d_])")


def _pledged_names(book: _Book, folded: str, numbers: list[Number]) -> list[Number]:
    """A figure written as in a name of the pledge ("lung po 2" for "Lũng Pô 2") is that name."""
    out = numbers
    for k, n in enumerate(numbers):
        if n.excluded or n.unit is not None or n.raw not in book.name_digits:
            continue
        before = _LAST_WORD_RE.search(folded, max(0, n.start - 30), n.start)
        # a long number the pledge uses as a name ("Chương trình 1719") is that name after any word: "giải ngân
        # 1719 đạt 68%"; a short one ("QL 1") only after its own word
        if (
            len(n.raw) >= 3
            or (before and (before.group(1), n.raw) in book.name_numbers)
            or ((_SLOGAN, n.raw) in book.name_numbers and _SLOGAN_AFTER_RE.match(folded, n.end))
        ):
            if out is numbers:
                out = list(numbers)
            out[k] = Number(n.value, n.start, n.end, n.unit, n.raw, excluded="tên riêng")
    return out


def _target_named_in_label(ix: _Indexed, clause: _Clause, values: list[Number]) -> bool:
    """Every figure of the clause is the task's own target, in a label before a colon that quotes the task's text,
    and the words after it do not say the task done (done, the figure would say as much)."""
    folded, target = clause.folded, ix.task.target
    if not folded or target is None or ix.unit is None:
        return False
    colon = folded.find(":", clause.start, min(clause.end, clause.start + 60))
    if colon < 0 or "\n" in folded[clause.start : colon] or not _WORD_RUN_RE.search(folded, colon + 1, clause.end):
        return False
    if f" {' '.join(_WORD_RUN_RE.findall(folded, clause.start, colon))} " not in ix.word_run:
        return False
    if _DONE_WORD_RE.search(folded, colon, clause.end):
        return False
    return all(
        n.end <= colon
        and n.denom is None
        and n.unit is not None
        and n.unit.fits(ix.unit)
        and abs(_plain_value(ix, n) - target) <= 0.01 * abs(target)
        for n in values
    )


def _plain_value(ix: _Indexed, n: Number) -> float:
    """The figure in the task's unit when the units convert, else as written (for comparisons only)."""
    tu = ix.unit
    if n.unit is not None and tu is not None and n.unit.dim == tu.dim and n.unit.dim != "count":
        return convert(n.value, n.unit, tu)
    return n.value


# said right after a figure, these take it back: "1.120 tỷ là nhầm, đúng là 1.102", "5.400m, à không, 4.500m"
_TAKEN_BACK_AFTER_RE = re.compile(
    # ("22, nhầm, không phải 24": the slip named after "nhầm" is the later figure)
    r"[\s,…]*(?:(?:a|ay|oi)[\s,]+(?=nham))?(?:(?:la|bi|ghi|bao)\s+)?"
    r"(?:nham(?![^\W\d_])(?![\s,:]*(?:chu\s+)?(?:khong|ko|k|hong) phai)"
    r"|(?:a khong|sai roi|khong dung|sai|so cu)\s*(?:[,.;!]|$))"
    # a figure put right at once: "71,4% → sửa lại 73,1%", "71,4%, sửa thành 73,1%", "71,4%. Đính chính: 73,1%"
    # (a bare "…, sửa lại 2 nhà" repairs houses: it corrects only with an arrow, a colon, "là", or a slip owned)
    r"|[\s,.;]*(?:(?:→|->|=>)\s*(?:(?:em\s+)?xin\s+)?sua lai|(?:(?:em\s+)?xin\s+)?(?:sua thanh|dinh chinh))"
    r"(?![^\W\d_])(?=[\s,.:;!]*(?:(?:la|thanh|dung la)\s+)?\d)"
    r"|[\s,.;]*(?:(?:em\s+)?xin\s+)?sua(?: lai)?(?:\s*:|\s+(?:la|thanh)(?![^\W\d_]))(?=[\s,.:;!]*\d)"
    r"|[\s,.;]*(?:(?:em\s+)?xin\s+)?sua lai(?![^\W\d_])(?=[\s,.:;!]*\d[^\n]*(?:go|bao|ghi|nhan) (?:nham|sai))"
)


_TAKEN_BACK_WORDS = (
    "phai",
    "thay vi",
    "khong con",
    "nham",
    "a khong",
    "sai",
    "khong dung",
    "so cu",
    "sua",
    "dinh chinh",
)
_TAKEN_BACK_WORDS_RE = re.compile("|".join(_TAKEN_BACK_WORDS))  # any of them, in one scan of the text


def _strip_corrections(folded: str, numbers: list[Number]) -> list[Number]:
    """Drop the figure a correction takes back: "55 chứ không phải 60", "không phải 60 mà là 55",
    "60 là nhầm, đúng là 55"."""
    if not numbers or not _TAKEN_BACK_WORDS_RE.search(folded):
        return numbers
    out = []
    for k, n in enumerate(numbers):
        before = folded[max(0, n.start - 20) : n.start]
        if _TAKEN_BACK_RE.search(before) or _TAKEN_BACK_AFTER_RE.match(folded, n.end, n.end + 32):
            continue
        if _slip_owned_next(folded, n, numbers[k + 1] if k + 1 < len(numbers) else None):
            continue
        out.append(n)
    if len(out) < len(numbers) and "(" in folded:
        # "… là 58 chứ không phải 61 như báo cáo hôm trước (trùng 3 DN …)": why the figure was wrong, in brackets,
        # is no figure of its own
        out = [n._replace(excluded="giải thích") if _in_brackets(folded, n.start) else n for n in out]
    return out


# a sentence that owns a slip and gives the figure at once: "Xin lỗi gõ nhầm, là 58 người", "520 tỷ. Xin lỗi, nhầm: 502
# tỷ mới đúng", "102ha. Nhầm, 92ha ạ" ("3.050 LĐ. Nhầm, XKLĐ là 690 …" corrects another figure)
# ("61,2 tỷ\nà nhầm, 62,1 tỷ mới đúng", "101 tỷ... à nhầm, 110 tỷ": an interjection first, after a trailing
# "..."; "85% KH; nhầm, sửa lại là 82%": the fix said)
_SLIP_OWNED_RE = re.compile(
    r"[\s.…]*(?:(?:a|ay|oi|ui|chet)[\s,.!]+)?"
    r"(?:(?:em\s+)?(?:xin loi|sorry)(?:\s+(?:anh|chi|a))?[\s,.:;!]*)?(?:(?:go|ghi|bao|nhan)\s+)?nham(?![^\W\d_])"
    r"[\s,.:;!]*(?:(?:xin\s+)?sua(?: lai)?[\s,.:]*)?(?:(?:la|phai la|dung la|thanh)\s+)?$"
)


def _slip_owned_next(folded: str, n: Number, following: Number | None) -> bool:
    """The figure is the last of its sentence, and the next sentence owns a slip and gives the right figure at once:
    "Đã đưa 85 lao động đi làm việc ở nước ngoài. Xin lỗi gõ nhầm, là 58 người" takes 85 back."""
    if following is None:
        return False
    stop = _SENTENCE_STOP_RE.search(folded, n.end, following.start)
    return stop is not None and _SLIP_OWNED_RE.match(folded, stop.end(), following.start) is not None


# "…, vượt dự toán 5,4%": by how much a figure said before it beat the plan
_EXCESS_TAIL_RE = re.compile(r"[,;]\s*(?:da\s+)?vuot\s+(?:du toan|ke hoach|kh|chi tieu)\W*$")


def _strip_excess(folded: str, numbers: list[Number]) -> list[Number]:
    """Set aside the share a figure beat its plan by, said after that figure: "Thu NSNN đạt 91,2 tỷ, vượt dự
    toán 5,4%" reports 91,2 tỷ; the 5,4% is no level of a task measured in % ("Chi … đạt trên 95% dự toán")."""
    if "vuot" not in folded or len(numbers) < 2:
        return numbers
    out = []
    said_before = False
    for n in numbers:
        if (
            said_before
            and not n.excluded
            and n.unit is PERCENT
            and _EXCESS_TAIL_RE.search(folded, max(0, n.start - 24), n.start)
        ):
            n = n._replace(excluded="phần vượt kế hoạch")
        said_before = said_before or not n.excluded
        out.append(n)
    return out


# a piece opening with the plan, its figure within a few words: "Kế hoạch thu NS 120 tỷ", "KH năm nay 130 tỷ"
_PLAN_OPENS_RE = re.compile(
    r"(?:^|[\n;.:,]\s*)(?:ke hoach|kh|chi tieu|muc tieu)(?:[ \t]+[^\W\d_]+){0,5}[ \t]*(?:la[ \t]+)?$"
)
_PLAN_REACHED_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?:dat|duoc|dc|thu duoc|da thu|len)[ \t]*$")


def _strip_plan_stated(folded: str, numbers: list[Number]) -> list[Number]:
    """Set aside the plan said first: "Kế hoạch thu NS 120 tỷ, đến 31/7 đạt 84,5 tỷ" reports 84,5 tỷ; the 120 tỷ is
    the plan the report is measured against, not a level reached."""
    if len(numbers) < 2:
        return numbers
    live = [n for n in numbers if not n.excluded]
    if len(live) != 2:
        return numbers
    plan, reached = live
    if plan.unit is None or reached.unit is None or plan.unit.dim != reached.unit.dim or plan.unit is PERCENT:
        return numbers
    if _PLAN_OPENS_RE.search(folded, max(0, plan.start - 48), plan.start) is None:
        return numbers
    if _PLAN_REACHED_BEFORE_RE.search(folded, max(0, reached.start - 12), reached.start) is None:
        return numbers
    return [n._replace(excluded="kế hoạch") if n is plan else n for n in numbers]


def _in_brackets(folded: str, at: int) -> bool:
    opened = folded.rfind("(", 0, at)
    return opened >= 0 and folded.find(")", opened, at) < 0


_AND_BETWEEN_RE = re.compile(r"[ \t]+va[ \t]+")


def _figures_paired(folded: str, numbers: list[Number]) -> list[Number]:
    """The message's only two figures, of one unit and joined by "và" and nothing else ("1,1% và 1,9%"): a pair
    given for two things named before them; [] when there is none. (With a third figure the pair is often the
    sizes of what it counts: "đã có 2 vùng, quy mô 55ha và 72ha".)"""
    values = [n for n in numbers if not n.excluded]
    if len(values) != 2:
        return []
    first, second = values
    if (
        first.unit == second.unit
        and first.denom is None
        and second.denom is None
        and _AND_BETWEEN_RE.fullmatch(folded, first.end, second.start)
    ):
        return values
    return []


_RESPECTIVELY_RE = re.compile(r"(?<![^\W\d_])lan luot(?![^\W\d_])")  # "… lần lượt 2,05% và 4,4%"
_JOINED_ABBREVIATION_RE = re.compile(r"(?<![^\W\d_])([A-ZĐ]{2,4})\s*[-–&]\s*([A-ZĐ]{2,4})(?![^\W\d_])")


def _joined_abbreviation(m: re.Match[str]) -> str:
    joined = m.group(1) + m.group(2)
    if fold(joined.lower()) not in lx.ABBREVIATIONS:
        return m.group()
    return joined + " " * (len(m.group()) - len(joined))


_HARD_BREAK_RE = re.compile(r"[;\n]\s*$")
_HARD_SPLIT_RE = re.compile(r"[;\n]|\.\s")  # a new sentence or line: another report
_NAMED_PART_RE = re.compile(r"\W*[^\W\d_]")  # a part that opens with words, its subject: "trong đó thu tiền SDĐ …"
_PART = "phần của tổng"
_SENTENCE_STOP_RE = re.compile(r"[;!?\n]|\.(?!\d)")  # (the dot of "1.120" ends no sentence)


_COMPARED_AFTER_RE = re.compile(
    r"\s*(?:[^\W\d_]+\s+){0,2}?(?:so voi|cung ky|ky truoc|nam truoc|nam ngoai)(?![^\W\d_])"
    # (not the plan, nor the last report: "tăng thêm 95 con so với báo cáo trước" is what was added since)
    r"(?!\s*(?:ke hoach|kh|chi tieu|du toan|nghi quyet|muc tieu|cam ket|dau nam|bao cao|lan bao cao|tin truoc"
    # "tinh giản đạt 3,6% so với biên chế giao": against the staff assigned, a level reached
    r"|(?:tong )?bien che|so duoc giao|muc giao"
    # "BHYT tăng thêm 0,8% so với tháng trước", "đàn gia súc tăng thêm 900 con so với kỳ trước": since the last
    # report, what was added
    r"|thang truoc|tuan truoc|ky truoc|ky bao cao truoc)"
    r"(?![^\W\d_]))"
)
_PAST_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?:nam ngoai|nam truoc|cung ky|ky truoc)(?:\s+[^\W\d_]+){0,2}\s*$")


# a pledge of a change on a past period: "tăng 8,5% so với năm 2023", "giảm tối thiểu 5% biên chế so với năm 2021"
_GROWTH_RE = re.compile(
    r"(?<![^\W\d_])(?:tang|giam)(?: (?:binh quan|tren|tu|it nhat|toi thieu))?\s+[\d,.]+\s*%.*(so voi|cung ky)"
    # "Tốc độ tăng giá trị sản xuất … đạt từ 8,5% trở lên so với năm 2023": the rate of a rise, said first; "Giảm tỷ
    # lệ hộ cận nghèo ít nhất 1,5% so với năm 2023": a cut of a rate on a past year
    r"|(?<![^\W\d_])(?:toc do tang|giam ty le)(?![^\W\d_])[^%\n]{0,80}?\d[\d,.]*\s*%.*(so voi|cung ky)"
    # "Kéo giảm tội phạm về trật tự xã hội ít nhất 5% so với năm 2023": what is cut, said between the verb and
    # how much
    r"|(?<![^\W\d_])(?:keo giam|giam)(?![^\W\d_])[^%\n\d]{0,60}?(?:it nhat|toi thieu|tren|tu) \d[\d,.]*\s*%"
    r".*(so voi|cung ky)"
    # "Tốc độ tăng trưởng kinh tế (GRDP) đạt 12% trở lên": a growth rate is a rise on the year before, said or not
    r"|(?<![^\W\d_])tang truong(?![^\W\d_])[^%\n]{0,60}?\d[\d,.]*\s*%"
)
_BASE_YEAR_RE = re.compile(r"\s*so voi (?:nam )?(\d{4})(?!\d)")  # "… so với (năm) 2021": the base year
_RISE_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?:tang|giam)(?: them| duoc| dc)?\s*$")
_PAST_PERIOD_RE = re.compile(r"(?<![^\W\d_])(cung ky|nam truoc|nam ngoai|ky truoc|quy truoc)(?![^\W\d_])")
_YEAR_BEFORE_RE = re.compile(r"(?<![^\W\d_])nam \d{4}\s*(?:la|dat|:)?\s*$")


def _compared(folded: str, n: Number) -> bool:
    """The figure is said against a past period ("tăng 15% so với cùng kỳ", "cùng kỳ năm trước 90%")."""
    return bool(
        _COMPARED_AFTER_RE.match(folded, n.end)
        or _PAST_BEFORE_RE.search(folded, max(0, n.start - 30), n.start)
        or (
            n.unit is PERCENT
            and _RISE_BEFORE_RE.search(folded, max(0, n.start - 12), n.start)
            and _PAST_PERIOD_RE.search(folded)
        )
    )


def _comparisons(
    folded: str, numbers: list[Number], growth: bool = False, base_years: frozenset[str] = frozenset()
) -> list[Number]:
    """ "tăng 15% so với cùng kỳ", "bằng 80% cùng kỳ", "năm ngoái 90%, năm nay 93%": a figure compared
    with a past period, or said of it, is no level reached now (a comparison with the plan still is).
    Unless a pledge is itself such a rise ("GTSX công nghiệp tăng 8,5% so với năm 2023"): then "tăng 6,2% so
    với cùng kỳ" is its figure."""
    out = numbers
    for k, n in enumerate(numbers):
        if n.excluded:
            continue
        if growth and n.unit is PERCENT and _RISE_BEFORE_RE.search(folded, max(0, n.start - 12), n.start):
            continue
        if (
            base_years
            and n.unit is PERCENT
            and (base := _BASE_YEAR_RE.match(folded, n.end)) is not None
            and base.group(1) in base_years
        ):
            continue  # "Tinh giản biên chế đạt 4,2% so với 2021": against the year the pledge itself counts from
        if (
            # (and "so với cùng kỳ năm 2023 thu NSNN tăng 12%": the comparison said first, the rise after it)
            _compared(folded, n)
            # "tỷ lệ hộ nghèo năm 2023 là 0,62%, năm nay dự kiến còn 0,45%": a past year's level
            or ("nam nay" in folded and _YEAR_BEFORE_RE.search(folded, max(0, n.start - 16), n.start))
        ):
            if out is numbers:
                out = list(numbers)
            out[k] = n._replace(excluded="so sánh với kỳ trước")
    return out


_CONTRIBUTION_RE = re.compile(r"(?<![^\W\d_])dong gop(?![^\W\d_])")


def _contributions(folded: str, numbers: list[Number]) -> list[Number]:
    """ "Doanh thu du lịch đạt 3.050 tỷ, đóng góp thu ngân sách khoảng 410 tỷ": after a figure, what it contributes
    to something else is no level of that other thing."""
    out = numbers
    for m in _CONTRIBUTION_RE.finditer(folded):
        before = [n for n in numbers if n.end <= m.start() and not n.excluded]
        if not before or _SENTENCE_STOP_RE.search(folded, before[-1].end, m.start()):
            # "nhân dân đóng góp 120 triệu", "…; đóng góp NTM 1,05 tỷ": the contribution is the report
            continue
        cut = _PIECE_RE.search(folded, m.end())
        end = cut.start() if cut else len(folded)
        out = [n._replace(excluded="phần đóng góp") if m.end() <= n.start < end and not n.excluded else n for n in out]
    return out


_TAKING_PART_RE = re.compile(r"(?<![^\W\d_])tham (?:gia|du)(?![^\W\d_])")
_EVENT_HELD_RE = re.compile(r"(?<![^\W\d_])(?:to chuc|khai mac|dien ra|ra mat)(?![^\W\d_])")
_PARTICIPANTS = "số người tham gia"
_EARLIER = "số của đoạn trước"
_SIZE = "quy mô của số vừa đếm"
_DETAILS_OF_COUNTED = (_PARTICIPANTS, _SIZE)


def _participants(folded: str, numbers: list[Number]) -> list[Number]:
    """ "Tổ chức thêm 1 phiên giao dịch việc làm, hơn 400 LĐ tham gia": who took part in what was done is no
    count of it, when the piece before holds that count or says the event was held ("Ngày hội … đã tổ chức
    thành công ngày 12/5, 45 DN tham gia"). A task counting the people trained still takes them (see
    _update_for)."""
    out = numbers
    for k, n in enumerate(numbers):
        if n.excluded:
            continue
        cut = _PIECE_RE.search(folded, n.end)
        stop = cut.start() if cut else len(folded)
        opened = max(folded.rfind(c, 0, n.start) for c in ",;\n")
        # (the piece right before, on the same line: "- Giảm 18 hộ …\n- Phát triển mới 45 người tham gia BHXH" lists
        # another item)
        before_opened = max(folded.rfind(c, 0, opened) for c in ",;\n") if opened > 0 else -1
        if (
            opened >= 0
            and (
                (
                    folded[opened] != "\n"
                    and any(before_opened < x.start and x.end <= opened and not x.excluded for x in numbers)
                )
                or _EVENT_HELD_RE.search(folded, max(0, folded.rfind("\n", 0, opened) + 1), opened)
            )
            and _TAKING_PART_RE.search(folded, n.end, stop)
        ):
            if out is numbers:
                out = list(numbers)
            out[k] = n._replace(excluded=_PARTICIPANTS)
    return out


_WITH_SIZE_RE = re.compile(r"[ \t]*(?:[^\W\d_]+[ \t]+){0,3}voi[ \t]+(?:[^\W\d_]+[ \t]+){0,3}")


def _sizes_with(folded: str, numbers: list[Number]) -> list[Number]:
    """ "thêm 4 khu với 96 phòng", "đã tổ chức 3 lớp với 240 học viên": a figure said "with" the things just counted
    says how big they are; it is no count of its own. A task counting what it counts still takes it (see
    _update_for: "Tập huấn … được 2 lớp với 95 người" on a count of people)."""
    out = numbers
    for k, n in enumerate(numbers):
        if n.excluded:
            continue
        prev = numbers[k - 1] if k else None
        counted = (
            prev is not None
            and not prev.excluded
            and (prev.unit is None or prev.unit.dim == "count")
            and not prev.share
            and _WITH_SIZE_RE.fullmatch(folded, prev.end, n.start) is not None
        )
        # "Đã ra mắt mô hình khu nhà trọ … tại tổ 11 với 46 phòng trọ": what the launched thing holds
        opened = _piece_opened(folded, n.start, ",;\n")
        said_with = _WITH_RIGHT_BEFORE_RE.search(folded, opened, n.start)
        line = max(folded.rfind(c, 0, n.start) for c in ";\n") + 1  # the launch may come before a comma
        launched = said_with is not None and _EVENT_HELD_RE.search(folded, line, said_with.start()) is not None
        # "… với 38 hộ, 12 cơ sở": a list of what it holds goes on
        listed = bool(k) and out[k - 1].excluded == _SIZE and _LIST_ON_RE.fullmatch(folded, out[k - 1].end, n.start)
        if counted or launched or listed:
            if out is numbers:
                out = list(numbers)
            out[k] = n._replace(excluded=_SIZE)
    return out


_LIST_ON_RE = re.compile(r"[ \t]*(?:[^\W\d_]+[ \t]*){0,3}(?:,|[ \t]va)[ \t]*")


_WITH_RIGHT_BEFORE_RE = re.compile(r"(?<![^\W\d_])voi[ \t]+(?:[^\W\d_]+[ \t]+){0,3}$")


_CAPITAL_OPENING_RE = re.compile(
    r"\s*(?:voi )?(?:tong )?(?:von|muc dau tu)(?: dau tu)?(?: (?:la|khoang|hon|tren))?\s*$"
)
_PROJECT_COUNTED_RE = re.compile(r"\d\s+(?:[^\W\d_]+ ){0,2}du an(?![^\W\d_])")


def _piece_before(folded: str, at: int, opening: re.Pattern[str]) -> tuple[int, int] | None:
    """(start, end) of the piece before the one holding the figure at `at`, when that one opens with `opening`
    right up to the figure: "…64 cơ sở, xử phạt 5 cơ sở" gives the "…64 cơ sở" piece for `xử phạt`."""
    opened = max(folded.rfind(c, 0, at) for c in ",;")
    if opened < 0 or "\n" in folded[opened:at] or not opening.fullmatch(folded, opened + 1, at):
        return None
    return _piece_opened(folded, opened, ",;\n"), opened


def _project_capital(folded: str, numbers: list[Number]) -> list[Number]:
    """ "thu hút thêm 1 dự án sản xuất gỗ dăm, vốn 350 tỷ": the capital of the projects just counted says how big
    they are; it is no amount of money reported."""
    out = numbers
    for k, n in enumerate(numbers):
        if k == 0 or n.excluded or n.unit is None or n.unit.dim != "money":
            continue
        before = _piece_before(folded, n.start, _CAPITAL_OPENING_RE)
        if before is None:
            continue
        piece, opened = before
        counted = _PROJECT_COUNTED_RE.search(folded, piece, opened)
        if counted and any(x.start < counted.end() and x.start >= piece and not x.excluded for x in numbers[:k]):
            if out is numbers:
                out = list(numbers)
            out[k] = n._replace(excluded="vốn của dự án")
    return out


_CHECKED_RE = re.compile(r"(?<![^\W\d_])kiem tra(?![^\W\d_])")
_SANCTIONED_OPENING_RE = re.compile(
    r"\s*(?:(?:da|trong do|co) )?(?:phat hien|xu phat|xu ly|lap bien ban|nhac nho)(?: (?:vi pham|duoc))?\s*$"
)


def _sanctioned_parts(folded: str, numbers: list[Number]) -> list[Number]:
    """ "Kiểm tra ATTP được 64 cơ sở, xử phạt 5 cơ sở vi phạm": those found at fault are some of those checked,
    never a second count of the checks."""
    out = numbers
    for k, n in enumerate(numbers):
        if k == 0 or n.excluded or (n.unit is not None and n.unit.dim != "count"):
            continue
        before = _piece_before(folded, n.start, _SANCTIONED_OPENING_RE)
        if before is None:
            continue
        piece, opened = before
        checked = [
            x
            for x in numbers[:k]
            if piece <= x.start < opened
            and not x.excluded
            and x.value >= n.value
            and (x.unit is None or n.unit is None or x.unit.fits(n.unit))
        ]
        if checked and _CHECKED_RE.search(folded, piece, checked[0].start):
            if out is numbers:
                out = list(numbers)
            out[k] = n._replace(excluded="phần vi phạm trong số đã kiểm tra")
    return out


def _road_widths(numbers: list[Number]) -> list[Number]:
    """ "đường nội đồng 3,5m làm được 1.500m": a few metres said beside a length of road is its width."""
    lengths = [n for n in numbers if not n.excluded and n.unit is not None and n.unit.dim == "length"]
    if len(lengths) < 2:
        return numbers
    longest = max(n.value * n.unit.factor for n in lengths if n.unit is not None)
    return [
        n._replace(excluded="bề rộng")
        if n in lengths and n.unit is not None and n.value * n.unit.factor <= 12 and longest >= 100
        else n
        for n in numbers
    ]


_BRACKET_AFTER_RE = re.compile(r"\s*\(([^()]*)\)")


def _bracketed_parts(folded: str, numbers: list[Number]) -> list[Number]:
    """ "Hộ nghèo giảm 31 hộ (Khmer 22 hộ)": a figure of the same count in brackets right after a figure is a part
    of it, never the value."""
    out = numbers
    for n in numbers:
        if n.excluded or n.unit is None or n.unit.dim != "count":
            continue
        m = _BRACKET_AFTER_RE.match(folded, n.end)
        if m is None:
            continue
        group = n.unit.group
        inside = [
            k
            for k, x in enumerate(out)
            if m.start(1) <= x.start < m.end(1) and not x.excluded and x.unit is not None and x.unit.group == group
        ]
        if inside and all(out[k].value < n.value for k in inside):
            if out is numbers:
                out = list(numbers)
            for k in inside:
                out[k] = out[k]._replace(excluded=_PART)
    return out


_PERIOD_LINE_RE = re.compile(r"[ \t]*[-+•*]?[ \t]*(?:quy|thang|dot|tuan|ky|q)[ \t]*(?:[ivx]+|\d{1,2})(?![^\W\d_])")
_TOTAL_LINE_RE = re.compile(r"[ \t]*[-+•*]?[ \t]*(?:luy ke|tong cong|tong so|tong|cong)(?![^\W\d_])")
_BY_PERIOD = "số của từng kỳ"


def _period_lines(folded: str, numbers: list[Number]) -> list[Number]:
    """ "Giải quyết việc làm\n- Quý I: 21 LĐ\n- Quý II: 30 LĐ\nLũy kế 51 LĐ": the figures of each period, listed
    above a line with their running total, are its parts; the total is the report."""
    out = numbers
    lines: list[tuple[int, int]] = []
    at = 0
    for line in folded.split("\n"):
        lines.append((at, at + len(line)))
        at += len(line) + 1
    for k, (a, b) in enumerate(lines):
        if k < 2 or not _TOTAL_LINE_RE.match(folded, a, b):
            continue
        if not any(a <= n.start < b and not n.excluded for n in numbers):
            continue
        above = []
        j = k - 1
        while j >= 0 and _PERIOD_LINE_RE.match(folded, *lines[j]):
            above.append(lines[j])
            j -= 1
        if len(above) < 2:
            continue
        out = [
            n._replace(excluded=_BY_PERIOD) if not n.excluded and any(x <= n.start < y for x, y in above) else n
            for n in out
        ]
    return out


def _breakdowns(folded: str, numbers: list[Number]) -> list[Number]:
    """ "XKLĐ được 11 người, trong đó 7 người đi Nhật, 4 người đi Hàn": after a total, the figures
    following "trong đó" up to the sentence's end are its parts, never the value."""
    out = numbers
    for m in OF_WHICH_RE.finditer(folded):
        stop = _SENTENCE_STOP_RE.search(folded, m.end())
        end = stop.start() if stop else len(folded)
        begin = 0
        for stop_before in _SENTENCE_STOP_RE.finditer(folded, 0, m.start()):
            begin = stop_before.end()
        if not any(begin <= n.start < m.start() and not n.excluded for n in numbers):
            continue
        out = [n._replace(excluded=_PART) if m.end() <= n.start < end and not n.excluded else n for n in out]
    return out


# where a _SPLIT_RE match can open: on one of these, or on the space before a "-" or "/" (its "\s[-/]\s")
_SPLIT_OPEN_RE = re.compile(r"[;\n,.!\-/]")


def _split_matches(folded: str) -> Iterator[re.Match[str]]:
    """_SPLIT_RE.finditer(folded), tried only where a match can open: the lookbehind opening one of its
    branches keeps the engine from skipping ahead by itself, so it would try every position."""
    pos = 0
    while (hint := _SPLIT_OPEN_RE.search(folded, pos)) is not None:
        at = hint.start()
        if folded[at] in "-/":
            at -= 1  # no branch opens on "-" or "/" itself
        m = _SPLIT_RE.match(folded, at) if at >= pos else None
        if m is None:
            pos = hint.start() + 1
            continue
        yield m
        pos = m.end()


def _segments(folded: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _split_matches(folded):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(folded):
        spans.append((pos, len(folded)))
    return [(a, b) for a, b in spans if folded[a:b].strip()]


_LETTER_NEXT_RE = re.compile(r"[ \t]+[^\W\d_]")
_PUNCT_RE = re.compile(r"[,;.:!?()\n]")


_AND_RE = re.compile(r"[ \t]+va[ \t]+\d")
_FIGURE_FIRST_RE = re.compile(r"[ \t]*\d")


def _run_on(folded: str, a: int, b: int, starts: list[int], numbers: list[Number]) -> list[int]:
    """Where a run-on text with no punctuation may be cut ("xuất khẩu lao động lũy kế 1.312 người giải quyết
    việc làm 2.545 lao động đào tạo nghề 1.020 lao động"): after a figure followed by words, with at least
    two words before the next figure. The pieces are tried apart like comma-joined ones."""
    inside = [n for n in numbers if a <= n.start < b and not n.excluded]
    if len(inside) < 2:
        return []
    cuts: list[int] = []
    for n, nxt in pairwise(inside):
        between = bisect_left(starts, nxt.start) - bisect_left(starts, n.end)
        # "giảm được 28 hộ nghèo và 17 hộ cận nghèo": two counted things joined by "và" are two reports
        joined = between == 1 and n.unit is not None and nxt.unit is not None and _AND_RE.match(folded, n.end)
        if (
            (between >= 2 or joined)
            and _LETTER_NEXT_RE.match(folded, n.end, nxt.start)
            and not _PUNCT_RE.search(folded, n.end, nxt.start)
        ):
            at = folded.rfind(" va ", n.end, nxt.start) if between >= 2 else -1
            own = at >= 0 and not folded[at + 4 : nxt.start].strip()
            if between == 2 and own:
                # "thêm 4 DN mới và 26 hộ kinh doanh": the one word after a figure is its own ("mới"); the next
                # item opens at the "và"
                cuts.append(at)
                continue
            cuts.append(n.end)
            if between >= 3 and own:
                # "xử lý thêm 12 trường hợp lấn chiếm lòng đường và 3 trường hợp vi phạm TTXD": each figure's own
                # words go with it, up to the "và" before the next figure
                cuts.append(at)
    return cuts


_SUBSET_RE = re.compile(r"\s*rieng\s+([^\W\d_]+ [^\W\d_]+)")


def _subset_named_again(folded: str, before: int, at: int) -> bool:
    """ "Hộ nghèo chung còn 2,2%; riêng hộ nghèo đồng bào DTTS còn 4,6%": after "riêng", the thing the clause
    before opened on, named again with more to it, is a report of its own (a subset with its own task), not a
    detail of the figure before ("…, riêng tháng 4 đón 2.100 lượt")."""
    m = _SUBSET_RE.match(folded, at)
    return m is not None and folded[before:at].lstrip(" \t-+*•:").startswith(m.group(1))


_ALREADY = ("da ", "duoc ", "cung ")  # "đã", "được", "cũng" beside a cue of work done say nothing of their own
_PEOPLE_COUNTED = ("luot", "nguoi")  # "180 lượt người": who took part, listed after what the clause counts


def _group(
    folded: str, starts: list[int], hits: list[_Hit], numbers: list[Number], names: frozenset[int] = frozenset()
) -> list[tuple[int, int, tuple[int, ...]]]:
    """Clauses: each holds at most one run of figures; figure-less pieces join a neighbour.

    Each clause comes with the places where pieces were joined: a joined piece may still be a report
    on another task of its own ("…2ha, đã ra mắt du lịch cộng đồng"), tried apart in parse_message."""
    segs = _segments(folded)
    if len(segs) < 2:
        # one piece (most messages): it is the clause, whatever it holds
        if not segs:
            return []
        a, b = segs[0]
        return [(a, b, tuple(_run_on(folded, a, b, starts, numbers)) if len(numbers) > 1 else ())]

    def has_value(a: int, b: int) -> bool:
        return any(a <= n.start < b and not n.excluded for n in numbers)

    def starts_with_tail(a: int, b: int) -> bool:
        lo, hi = bisect_left(starts, a), bisect_left(starts, b)
        reach = min(3, hi - lo)
        return any(i == lo and size <= reach and bits & _TAIL for i, size, bits in hits)

    def bare_figure(a: int, b: int) -> bool:
        """A figure and its unit alone: "96 người", "180 lượt người"."""
        first = folded[a:b].lstrip()[:1]
        if not first.isdigit():
            return False
        inside = [n for n in numbers if a <= n.start < b]
        lo, hi = bisect_left(starts, a), bisect_left(starts, b)
        if not all(any(n.start <= at < n.end for n in inside) for at in starts[lo:hi]):
            return False
        # one word of unit, or the people counted ("180 lượt người"): no kind of its own to name a task by
        return hi - lo <= 1 or all(n.unit is not None and n.unit.group in _PEOPLE_COUNTED for n in inside)

    def values_in(a: int, b: int) -> list[Number]:
        return [n for n in numbers if a <= n.start < b and not n.excluded]

    def other_count(opened: int, a: int, b: int) -> bool:
        """ "Thành lập mới 27 DN, 1 HTX": the piece counts another thing than the clause before it, each a
        report of its own with the verb they share."""
        before, inside = values_in(opened, a), values_in(a, b)
        return (
            len(before) == 1
            and len(inside) == 1
            and before[0].unit is not None
            and inside[0].unit is not None
            and before[0].unit.dim == inside[0].unit.dim == "count"
            and before[0].unit.group != inside[0].unit.group
            and before[0].unit.group not in _PEOPLE_COUNTED
            and inside[0].unit.group not in _PEOPLE_COUNTED
        )

    def done_figure(opened: int, a: int, b: int) -> bool:
        """ "khởi công 40 căn, đã hoàn thành 29 căn": work done said of the same count as the piece before, and
        nothing else, is how far that work went (no report of its own, naming no task)."""
        before, inside = values_in(opened, a), values_in(a, b)
        if len(before) != 1 or len(inside) != 1:
            return False
        u, v = before[0].unit, inside[0].unit
        if u is None or v is None or u.dim != "count" or u.group != v.group:
            return False
        lo, hi = bisect_left(starts, a), bisect_left(starts, b)
        said = [at for at in starts[lo:hi] if not inside[0].start <= at < inside[0].end]
        inner = [(i, size, bits) for i, size, bits in hits if lo <= i < hi]
        cued = {starts[i + k] for i, size, _ in inner for k in range(size)}
        return (
            bool(said)
            and all(at in cued or folded.startswith(_ALREADY, at) for at in said)
            and any(bits & _DONE for _, _, bits in inner)
            and not any(bits & _INCR for _, _, bits in inner)  # "trong tháng hoàn thành thêm 8 căn": more, apart
        )

    def named_figure(a: int, b: int) -> bool:
        """ "Hàn Quốc 2 người" after "đi Nhật 3 người": a name, then a figure and its unit alone, lists on."""
        lo, hi = bisect_left(starts, a), bisect_left(starts, b)
        inside = [n for n in numbers if a <= n.start < b]
        if len(inside) != 1 or inside[0].unit is None or inside[0].excluded:
            return False
        head = [at for at in starts[lo:hi] if at < inside[0].start]
        tail = [at for at in starts[lo:hi] if at >= inside[0].end]
        return 0 < len(head) <= 3 and all(at in names for at in head) and len(tail) <= 1 and not _mask_in(hits, lo, hi)

    def reports_alone(a: int, b: int) -> bool:
        lo, hi = bisect_left(starts, a), bisect_left(starts, b)
        # (and "1. Chuẩn QG: thêm Trường MN Nà Khương": one more, named, on a line of its own)
        return bool(_mask_in(hits, lo, hi) & (_DONE | _APPR | _UDONE | _INCR))

    def place_item(a: int, b: int) -> bool:
        """ "ấp 2", "ấp 2 (…)": a place kind and its number, whatever the bracket after says."""
        bracket = folded.find("(", a, b)
        if bracket >= 0:
            b = bracket
        return bisect_left(starts, b) - bisect_left(starts, a) <= 2 and any(
            a <= n.start < b and n.excluded == "mã/số hiệu" for n in numbers
        )

    if not any(has_value(a, b) for a, b in segs):
        return [(segs[0][0], segs[-1][1], tuple(a for a, _ in segs[1:]))]
    clauses: list[tuple[int, int, list[int]]] = []
    pending: list[int] = []  # starts of figure-less pieces waiting for the next figure
    pending_end = 0
    for a, b in segs:
        if clauses and not pending and folded.count("(", 0, a) > folded.count(")", 0, a):
            # inside a parenthesis: "giảm 21 hộ (còn 64 hộ, tỷ lệ 1,02%)" says more of the clause it opened in
            # (never tried apart: nothing in it is a report of its own)
            start, _, cuts = clauses[-1]
            clauses[-1] = (start, b, cuts)
            continue
        valued = has_value(a, b)
        if (
            clauses
            and not pending
            and valued
            and (
                bare_figure(a, b) or (names and named_figure(a, b)) or done_figure(clauses[-1][0], a, b)
            )
            and not other_count(clauses[-1][0], a, b)
        ):
            # "Tập huấn …: 2 lớp, 96 người": a figure alone goes on listing the clause before
            start, _, cuts = clauses[-1]
            clauses[-1] = (start, b, cuts)
            continue
        if clauses and not pending and not valued and place_item(a, b):
            # "thêm 1,2 km ở ấp 1, ấp 2, tổng cộng 9,8 km": a named place listed on goes with its clause
            start, _, cuts = clauses[-1]
            clauses[-1] = (start, b, cuts)
            continue
        # a sentence's figure-less pieces stay with its own figure, and a tail never crosses a full stop:
        # "… đi mất gần 2 tiếng. … Về giải ngân, lũy kế đạt 71,2%" are two reports' worth of sentences
        sentence = a > 0 and folded[a - 1] in ".!"  # the split ate the full stop right before
        if sentence and pending and clauses:
            start, _, cuts = clauses[-1]
            clauses[-1] = (start, pending_end, [*cuts, *pending])
            pending = []
        if pending and valued and a > 0 and folded[a - 1] in ";\n" and reports_alone(pending[0], pending_end):
            # "NTM nâng cao: xã Phước Nhơn đã được công nhận; Hải Thạnh còn 2 tiêu chí chưa đạt": a report of its own
            # before a semicolon or a new line does not wait for the next line's figure
            clauses.append((pending[0], pending_end, pending[1:]))
            pending = []
        if (
            clauses
            and not pending
            and not sentence
            and starts_with_tail(a, b)
            # "- Giảm 18 hộ cận nghèo" under "- Giảm được 11 hộ nghèo": a bullet (blanked by now, see
            # parse_message) opens an item of its own; but "- Lũy kế …" under an increment is its total
            and not (folded[a - 1] == "\n" and folded[a] in " \t" and not _TOTAL_START_RE.match(folded, a))
            and not _subset_named_again(folded, clauses[-1][0], a)
        ):
            start, _, cuts = clauses[-1]
            clauses[-1] = (start, b, [*cuts, a])
            continue
        if not valued:
            pending.append(a)
            pending_end = b
            continue
        if (
            clauses
            and pending
            and not sentence
            and folded[pending[0] - 1] not in ".!\n;"  # (a name list goes on the same sentence and line)
            and starts_with_tail(a, b)
            and bisect_left(starts, pending_end) - bisect_left(starts, pending[0]) <= 8
            and not _mask_in(hits, bisect_left(starts, pending[0]), bisect_left(starts, pending_end))
        ):
            # "thêm 22 người đi Hàn Quốc, Đài Loan, nâng tổng số lên 211 người", "…, chủ yếu đi Nhật, Hàn, Đài Loan,
            # nâng tổng số lên 301": names and words of no cue listed on, then the tail of the clause before
            start, _, cuts = clauses[-1]
            clauses[-1] = (start, b, [*cuts, *pending, a])
            pending = []
            continue
        clauses.append((pending[0], b, [*pending[1:], a]) if pending else (a, b, []))
        pending = []
    if pending:
        if clauses and folded[pending[0] - 1] in ".!":
            # "Thu NS 2,3 tỷ. Tuần rồi xã tổ chức giải bóng đá": the sentences after the last figure are their own
            clauses.append((pending[0], segs[-1][1], pending[1:]))
        elif clauses:
            start, _, cuts = clauses[-1]
            clauses[-1] = (start, segs[-1][1], [*cuts, *pending])
        else:
            clauses.append((pending[0], segs[-1][1], pending[1:]))
    if len(numbers) < 2:
        return [(a, b, tuple(cuts)) for a, b, cuts in clauses]
    return [(a, b, tuple(sorted({*cuts, *_run_on(folded, a, b, starts, numbers)}))) for a, b, cuts in clauses]


# counted things that are not units reaching a standard one by one
# ("5 xã đạt chuẩn" counts units; "105 lao động" does not)
_NOT_UNITS = frozenset(
    [
        "nguoi",
        "ho",
        "cay",
        "ho so",
        "vu",
        "truong hop",
        "hoc vien",
        "can bo",
        "hoc sinh",
        "tre",
        "luot",
        "the",
        "dang vien",
        "nhiem vu",
        "tieu chi",
        "chi tieu",
        "hop dong",
        "camera",
        "can",
    ]
)
_MIN_SCORE = 1.0
_NAME_NUMBER_WEIGHT = 2.5  # a pledge's own name number weighs as a distinctive word
_IDLE_ROWS = 8  # tasks sharing no word kept in a ranking: enough for second place and the candidates
_MIN_COVERAGE = 0.4
_MIN_COVERAGE_STRONG = 0.25
_STRONG_SCORE = 4.0
_STRONG_RATIO = 2.5
_MARGIN_ABS = 0.6
_MARGIN_REL = 0.2
_FIT_WEIGHT = 1.0


# One scored task, sortable as is: (-score, -fit, task index, score, fit, coverage, matched words).
# The index breaks ties, so the order is the task order among equals.
_Row = tuple[float, float, int, float, float, float, list[str]]
_PLACE_WEIGHT = 0.3  # what a match on a place's name alone is worth beside a match on what happened there


# a dossier put together for something: "hoàn thiện hồ sơ NTMNC", "hồ sơ đề nghị công nhận", "trình hồ sơ"
_DOSSIER_RE = re.compile(
    r"(?<![^\W\d_])(?:(?:hoan thien|hoan chinh|lap|trinh|nop|gui|chuan bi) ho so"
    r"|ho so (?:de nghi|cong nhan|xet|ntm|dang ky|chuan))(?![^\W\d_])"
)
_DOSSIER_WORDS = frozenset({"hồ", "sơ", "ho", "so"})  # as typed: "hộ" (households) is no part of "hồ sơ"


def _dossier_names_nothing(rows: list[_Row]) -> list[_Row]:
    """ "Xã đã hoàn thiện hồ sơ NTMNC, đang chờ huyện thẩm định" against "Tỷ lệ hồ sơ thủ tục hành chính giải quyết
    trực tuyến …": the dossier is the paperwork for the thing named beside it, no news of a task about files; a task
    matched by "hồ sơ" alone (and kinds of place) counts what a place says, when another task is named by more."""
    def dossier_only(row: _Row) -> bool:
        return bool(row[6]) and all(m.lower() in _DOSSIER_WORDS or _fold_of(m) in _PLACE_KINDS for m in row[6])

    if not any(row[3] > 0 and row[6] and not dossier_only(row) for row in rows):
        return rows
    return sorted(_scaled(row, _PLACE_WEIGHT) if dossier_only(row) else row for row in rows)


_VACCINATION_FOLDS = frozenset({"tiem", "phong", "chung", "vac", "xin", "vaccine", "vacxin"})
_YEAR_CLOSE = 0.75  # how near the leader a task naming the year said must be for the year to decide


_COMPARED_WITH_RE = re.compile(r"(?<![^\W\d_])so voi(?: cuoi| dau| cung ky)?(?: nam)?\s*$")


def _a_year(value: float) -> bool:
    """A year a report may name ("Dự toán 2025"), as opposed to a code or a count ("1719", "2,5")."""
    return 1990 <= value <= 2100


def _first_time_not_again(indexed: Sequence[_Indexed], rows: list[_Row], first_said: bool = True) -> list[_Row]:
    """ "Trường MN Hợp Tiến được công nhận mới đạt chuẩn quốc gia" between "Kiểm tra công nhận lại 3 trường đạt chuẩn …"
    and "Xây dựng thêm 4 trường đạt chuẩn …": recognised for the first time is no school recognised again, however many
    words ("công nhận") the re-recognition shares; a task close behind counting the same, with no "lại", leads.
    Without "mới" said (`first_said` false), the clause must name the re-recognition's verb and not say "lại":
    "Trường TH … đã được công nhận đạt chuẩn quốc gia" is a school recognised, not one recognised again."""
    leader = indexed[rows[0][2]]
    if not _AGAIN_RE.search(leader.word_run):
        # (the re-recognition close behind the leader is no more likely: "Chuẩn QG xây mới: 2/4 trường có quyết định
        # công nhận" between "Xây dựng mới 4 trường …" and "Công nhận lại 3 trường …")
        for k in range(1, min(3, len(rows))):
            runner = indexed[rows[k][2]]
            if (
                rows[k][3] > 0
                and _AGAIN_RE.search(runner.word_run)
                # (else the leader's own "mới" said, the new ones it counts, and the runner's verb: no "công nhận 2
                # trường" alone)
                and (first_said or ("moi" in {_fold_of(t) for t in rows[0][6]} and _again_verb_said(runner, rows[k])))
                and runner.unit is not None
                and runner.unit == leader.unit
            ):
                return sorted([*rows[:k], _scaled(rows[k], _FIRST_TIME_SHARE), *rows[k + 1 :]])
        return rows
    if not first_said and not _again_verb_said(leader, rows[0]):
        return rows
    for k in range(1, min(3, len(rows))):
        other = indexed[rows[k][2]]
        if (
            rows[k][3] >= _FIRST_TIME_SHARE * rows[0][3]
            and other.unit is not None
            and other.unit == leader.unit
            and not _AGAIN_RE.search(other.word_run)
        ):
            return sorted([_scaled(rows[0], _FIRST_TIME_SHARE * rows[k][3] / rows[0][3]), *rows[1:]])
    return rows


def _again_verb_said(ix: _Indexed, row: _Row) -> bool:
    """The task's verb done again ("công nhận" of "công nhận lại") is said, both its syllables: not the "trồng" of
    "trồng lại" or the "cấp" of "cấp lại", said of a first planting or grant as often; nor by a task doing it both
    ways, "Trồng mới, trồng lại …"."""
    verb = _AGAIN_VERB_RE.search(ix.word_run)
    return (
        verb is not None
        and {verb.group(1), verb.group(2)} <= {_fold_of(t) for t in row[6]}
        and ix.word_run.count(f" {verb.group(2)} ") == 1
    )


# "công nhận mới", "lần đầu": the first time, not again
_FIRST_TIME_RE = re.compile(r"(?<![^\W\d_])(?:cong nhan moi|lan dau)(?![^\W\d_])")
# a task done again: "công nhận lại", "cấp lại", "kiểm tra lại" (not "còn lại", what is left)
_AGAIN_RE = re.compile(r" (?!con )[^\W\d_]+ lai ")
_AGAIN_VERB_RE = re.compile(r" ([^\W\d_]+) ([^\W\d_]+) lai ")
_FIRST_TIME_SHARE = 0.5


def _year_breaks_tie(indexed: Sequence[_Indexed], clause: _Clause, rows: list[_Row]) -> list[_Row]:
    """ "Dự toán 2025 đang tổng hợp số liệu các xã" between "Xây dựng xong dự toán ngân sách năm 2025 …" and "Điều
    hành chi ngân sách … không vượt dự toán …": close on their words (within a quarter of the leader's score), the
    one task that names the year said leads by a distinctive word (the year)."""
    years = {
        n.raw.strip()
        for n in clause.numbers
        if n.excluded == "năm"
        and _a_year(n.value)
        # ("tăng 0,7% so với cuối năm 2023": the year compared with names nothing reported)
        and not (clause.folded and _COMPARED_WITH_RE.search(clause.folded, max(0, n.start - 24), n.start))
    }
    if not years:
        return rows
    tied = [r for r in rows if r[3] >= rows[0][3] * _YEAR_CLOSE]
    # (a task matched only by light words or kinds of place, "huyện", is not named at all: the year alone cannot)
    naming = [
        r
        for r in tied
        if any(f" {y} " in indexed[r[2]].word_run for y in years)
        and not all(_light(m) or _fold_of(m) in _PLACE_KINDS for m in r[6])
    ]
    if len(naming) != 1:
        return rows
    lead = naming[0]
    score = lead[3] + _NAME_NUMBER_WEIGHT
    year = next(y for y in sorted(years) if f" {y} " in indexed[lead[2]].word_run)
    return sorted(
        # (by task index, not identity: the machine-code build copies tuples)
        [(-score, lead[1], lead[2], score, lead[4], lead[5], [*lead[6], year]), *(r for r in rows if r[2] != lead[2])]
    )


def _scaled(row: _Row, factor: float) -> _Row:
    """The row with its score scaled (a task demoted in a ranking), sort key kept in step."""
    score = row[3] * factor
    return (-score, row[1], row[2], score, row[4], row[5], row[6])


_NO_WORDS: list[str] = []


@dataclass(slots=True)
class _Outcome:
    status: ParseStatus
    update: ParsedUpdate | None = None
    found: tuple[Candidate, ...] | None = ()  # None: not worked out yet (see candidates())
    why: str = ""
    source: tuple[_Book, _Clause, _Cues, list[_Row]] | None = None

    def candidates(self) -> tuple[Candidate, ...]:
        """Ranked alternatives; worked out only when a question is actually asked."""
        if self.found is None:
            assert self.source is not None
            self.found = _candidates(*self.source)
        return self.found


def _said_as_total(clause: _Clause, cues: _Cues, update: ParsedUpdate, ix: _Indexed | None = None) -> bool:
    """The figure a clause wrote is the one it says is a total ("…, tổng 18 căn"); "xử phạt 4 cơ sở tổng 620
    triệu" wrote 4, and the total is another sum. Compared in the task's unit ("tổng cộng 2.000m" wrote 2 km)."""
    if not cues.totals or update.value is None:
        return False
    for n in clause.numbers:
        if n.start not in cues.totals:
            continue
        said = _plain_value(ix, n) if ix is not None else n.value
        if abs(said - update.value) <= 1e-9 * max(1.0, abs(said)):
            return True
    return False


def _blank(text: str, a: int, b: int) -> str:
    return text[:a] + " " * (b - a) + text[b:]


def _only_ambiguous_syllables(matched: list[str]) -> bool:
    """Every matched word is an unaccented syllable that is also a function word ("dat" is đạt or
    đất, "trong" is trong or trồng): such a match alone names no task."""
    for text in matched:
        fld, _, accented = word_forms(text.lower())
        if accented or fld not in lx.STOP_FOLD_EXCEPT:
            return False
    return bool(matched)


def _only_places(ix: _Indexed, matched: list[str]) -> bool:
    """Every matched word is a place of the task's text ("cầu ấp Phú Hữu" against a task that only
    passes through ấp Phú Hữu): where something happened does not say which task it is."""
    if not matched:
        return False
    places = ix.place_words  # and a kind of place alone ("ấp", "xã") is no task either
    for text in matched:
        f = _fold_of(text)
        if f not in places and f not in _PLACE_KINDS:
            return False
    return True


def _only_task_names(ix: _Indexed, matched: list[str], clause: _Clause) -> bool:
    """Every matched word is a name the task's text spells (or a kind of place), and the clause says other work
    than the task's ("Lũng Pô đã xong" on "Xây dựng cầu treo Lũng Pô" says nothing else: the named task)."""
    if not matched or not all(
        (f := _fold_of(text)) in ix.name_words or f in ix.place_words or f in _PLACE_KINDS for text in matched
    ):
        return False
    said = set(matched)
    other = [w for w in clause.words if _content(w) and w.text not in said and w.fold not in _DONE_FOLDS]
    return len(other) >= 2


_DONE_FOLDS = frozenset(["xong", "hoan", "thanh", "roi", "r", "duoc", "tat"])


@lru_cache(maxsize=8192)
def _fold_of(text: str) -> str:
    return word_forms(text.lower())[0]


def _key_of(text: str) -> str:
    return word_forms(text.lower())[1]


def _class_fits(book: _Book, values: list[Number], plan: bool) -> _Fits:
    """Per fit class: (best fit of the clause's figures or None when none can belong, a figure's unit
    names the task's unit). Tasks of a class share target presence and unit, hence every fit."""
    memo_key = (
        plan,
        tuple((n.unit, n.denom is not None, n.unit is None and n.value > 100, n.share) for n in values),
    )
    memo = book.fit_memo.get(memo_key)
    if memo is not None:
        return memo
    out: list[tuple[float | None, bool]] = []
    for rep in book.fit_reps:
        rix = book.tasks[rep]
        best: float | None = None
        unit_fits = False
        for n in values:
            f = _unit_fit(rix, n, plan)
            if f is None:
                continue
            if best is None or f > best:
                best = f
            if f >= 1.0 and n.unit is not None:
                unit_fits = True
        out.append((best, unit_fits))
    order = sorted((-fit, i) for cls, (fit, _) in enumerate(out) if fit is not None for i in book.class_members[cls])
    if len(book.fit_memo) >= 256:
        book.fit_memo.clear()
    # each task's row while it shares no word, built here once rather than for every clause
    idle = tuple((-0.0, neg_fit, i, 0.0, -neg_fit, 0.0, _NO_WORDS) for neg_fit, i in order)
    book.fit_memo[memo_key] = memo = (out, idle)
    return memo


_UNREAD: Any = object()  # a word form not yet in a book's word memo


def _outside_brackets(ws: list[Word], folded: str, clause: _Clause) -> list[Word]:
    """The words that name the clause's task: an aside in brackets ("nạo vét thêm 1,2 km (đất nạo vét
    dùng đắp lề đường liên ấp)") mentions other things in passing. A clause all in brackets keeps them."""
    inside: list[tuple[int, int]] = []
    at = clause.start
    while (open_at := folded.find("(", at, clause.end)) >= 0:
        close_at = folded.find(")", open_at, clause.end)
        end = close_at if close_at >= 0 else clause.end
        inside.append((open_at, end))
        at = end + 1
    parts = OF_WHICH_RE.search(folded, clause.start, clause.end)
    if parts:
        # "việc làm: 104 người, trong đó XKLĐ 19": the breakdown names its parts, not the clause's task
        inside.append((parts.start() - 1, clause.end))
    outside = [w for w in ws if not any(a < w.start < b for a, b in inside)]
    return outside if any(_content(w) for w in outside) else ws


_TOTAL_WORDS_RE = re.compile(
    rf"(?<![^\W\d_])(nang (tong so |tong cong |tong {_MEASURED} |tong )?len|{_TOTALS})(?![^\W\d_])"
)
_AGAINST_PLAN = tuple(
    lx.phrase_keys(f"{verb} {plan}")
    for verb in ("vượt", "đạt", "hoàn thành")
    for plan in ("chỉ tiêu", "kế hoạch", "kh")
)


_WHOLE_OF = (lx.phrase_keys("toàn bộ"),)
_STRIVE = (lx.phrase_keys("phấn đấu"),)
_FIGURE_NEXT_RE = re.compile(r"[ \t:]*\d")
_TOTAL_OVER_COMMA_RE = re.compile(r"(?<![^\W\d_])nang tong[^;.\n\d]{0,40}?(?<![^\W\d_])len(?=\s*\d)")
_WORK_VOLUME_RE = re.compile(r"\W*khoi luong")  # "70% khối lượng": of the work on one thing
_REPORT_LABEL = frozenset(
    [
        *("bao", "cao", "bc", "ket", "qua", "cap", "nhat", "so", "lieu", "tinh", "hinh", "nhanh", "gui", "tong", "hop"),
        *("t", "q"),  # "Tổng hợp T9:", "Báo cáo Q3:"
        *("tuan", "thang", "quy", "nam", "dau", "cuoi", "em", "xin", "kinh", "dinh", "ky", "luy", "ke", "den"),
        *("danh", "gia", "xep", "loai"),  # "Kết quả đánh giá, xếp loại cuối năm:"
    ]
)
_IN_SERVICE = tuple(
    lx.phrase_keys(p)
    for p in (
        "đưa vào sử dụng",
        "đưa vào hoạt động",
        "đưa vào vận hành",
        "đi vào hoạt động",
        "vào vận hành",
        "chính thức vận hành",
        "chính thức hoạt động",
        # the stages of a building's handover: "đã cất nóc, dự kiến bàn giao tháng 12"
        "bàn giao",
        "cất nóc",
    )
)


_CRITERION_END_RE = re.compile(r"[,;.:\n(]")


def _criterion_names(ws: list[Word], folded: str, pledged: frozenset[tuple[str, str]]) -> list[int]:
    """Starts of the words naming criteria after "tiêu chí": "… tiêu chí môi trường và y tế chưa đạt" → môi
    trường, y tế; up to a cue word, a break, or five words. A criterion some task pledges by name (the pair
    "chí môi" in "Hoàn thành tiêu chí môi trường") is that task's word."""
    out: list[int] = []
    for k in range(len(ws) - 2):
        if ws[k].fold != "tieu" or ws[k + 1].fold != "chi" or ("chi", ws[k + 2].fold) in pledged:
            continue
        for w in ws[k + 2 : k + 7]:
            if w.fold in _CRITERION_STOP or _CRITERION_END_RE.search(folded, ws[k + 1].end, w.start):
                break
            out.append(w.start)
    return out


# words before "tập trung" that make it a verb (focusing): "đang", "sẽ", "cần", "được"
_FOCUS_BEFORE = frozenset(["dang", "se", "can", "dc", "duoc"])
_CRITERION_STOP = frozenset(
    # ("tiêu chí thu nhập NTM": the standard the criterion is of ends its name)
    ["chua", "dang", "da", "con", "thi", "nen", "do", "se", "van", "khong", "ko", "k", "duoc", "dat", "ntm", "ntmnc"]
)


def _evaluate(book: _Book, clause: _Clause, folded: str, unaccented: bool) -> _Outcome:
    ws = clause.words
    values = _clause_values(clause)
    cues = _cues(ws, clause.numbers, folded, clause.mask)
    if clause.ref is not None:
        if (
            cues.question
            and (
                (not values and not clause.mask & _REPORT_CUES)
                # "nv 9 là OCOP 2 SP hay 3 SP ạ?", "nv5 là 2 xã nào vậy?": a figure asked about, none reported
                or "?" in folded[clause.start : clause.end]
            )
        ):
            # "nv 6 tính theo hồ sơ hay theo thủ tục vậy?": a question about the task reports nothing
            return _Outcome(ParseStatus.NONE, why="câu hỏi")
        ix = book.tasks[book.by_number[clause.ref]]
        update, why = _update_for(ix, clause, cues, [])
        cand = (Candidate(ix.task.id, 10.0, update),)
        if update is None:
            return _Outcome(ParseStatus.AMBIGUOUS, None, cand, why)
        return _Outcome(ParseStatus.OK, update, cand, "")
    if (
        not values
        and (
            folded.find("bao", clause.start, clause.end) >= 0
            or folded.find("sau", clause.start, clause.end) >= 0
            or folded.find("se ", clause.start, clause.end) >= 0
            or folded.find("gui", clause.start, clause.end) >= 0
        )
        and (later := _find(ws, _LATER)) >= 0
        # (a line of its own after a report line read with it promises more of it: "… đang thả giống\nTuần sau em
        # gửi số liệu chi tiết")
        and folded.find("\n", clause.start, ws[later].start) < 0
    ):
        # "nhận được rồi, chiều nay họp xong tôi báo cáo sau": the report is still to come
        return _Outcome(ParseStatus.NONE, why=REPORT_LATER)
    if (
        cues.question
        and (not values or "?" in folded[clause.start : clause.end] or _find(ws, _SURE_QUESTION) >= 0)
        and not _question_only_a_task_word(book, clause, folded)
    ):
        # "tháng 12 là hạn chót phải không?", "số nhà 25 … hồ sơ đủ chưa anh?": a question records nothing
        return _Outcome(ParseStatus.NONE, why="câu hỏi")
    # unit words after a figure ("lao động" in "70 lao động") are judged by unit fit, not as words
    unit_starts = {w.start for w in ws for n in values if n.start <= w.start < n.end}
    skipped: set[int] = set()  # "huyện giao" after a plan: who set it, no word of any task
    if cues.plan:
        # "50% kế hoạch", "15/17 chỉ tiêu": the plan word says what the share is of; it is part of the figure
        for n in values:
            if n.unit is PERCENT or n.denom is not None:
                plan_words, givers = _plan_words_after(ws, n.end, folded)
                if plan_words and any(
                    w.start == plan_words[0]
                    and (
                        w.fold in _PLAN_FOLDS
                        # "đạt 65% dự toán" and nothing else: the plan is what the share is of, no word of a task
                        or (w.fold in _PLAN_OPENINGS and _nothing_else_said(ws, plan_words, n))
                    )
                    for w in ws
                ):
                    # the plan itself is no unit word either: "cầu NT đạt 50% KH" is no word of "Giải ngân … 95%
                    # kế hoạch vốn" (but "64% diện tích" says what the share is of, as a task may)
                    skipped.update(plan_words)
                else:
                    unit_starts.update(plan_words)
                skipped.update(givers)
    if values and (cues.increment or cues.totals):
        # "… thêm 35 tỷ trong tháng 10 nâng tổng số lên 437,5 tỷ": words that say a figure is a total or an increment
        # ("nâng tổng số lên", "lũy kế", "trong tháng") are no words of any task
        for i, size, bits in _hits_inside(clause):
            if bits & _INCR and size >= 2:
                skipped.update(w.start for w in ws[i : i + size])
        for m in _TOTAL_WORDS_RE.finditer(folded, clause.start, clause.end):
            skipped.update(w.start for w in ws if m.start() <= w.start < m.end())
    if cues.plan and values:
        # "BHYT đạt 95,2%, vượt chỉ tiêu": how the figure stands against the plan, no words of any task
        against: set[int] = set()
        for at, size in _spans(ws, _AGAINST_PLAN):
            if not _DIGIT_RE.search(folded, ws[at].start, ws[at + size - 1].end):  # said as one phrase
                skipped.update(w.start for w in ws[at : at + size])
                against.update(w.start for w in ws[at : at + size])
        plan_said = [ws[i + k].start for i, size, bits in _hits_inside(clause) if bits & _PLAN for k in range(size)]
        if against and plan_said and all(at in against for at in plan_said):
            # "Thu gom rác đạt 88%, vượt KH": the plan said only as how the figure stands, apart from it; the 88% is
            # no share of the plan (as "đạt 88% KH" would be), so a task pledging a rate takes it as it is
            cues.plan = False
    if cues.correction:
        # "sửa lại: 2,71% là hộ cận nghèo": the words that say it is a correction are no task's ("sửa chữa nhà")
        for i, size, bits in _cue_hits(ws):
            if bits & _CORR:
                skipped.update(w.start for w in ws[i : i + size])
                if ws[i + size - 1].fold == "phai":
                    # "…, không phải hộ nghèo": what it is not names no task either
                    cut = _PIECE_RE.search(folded, ws[i + size - 1].end, clause.end)
                    stop = cut.start() if cut is not None else clause.end
                    skipped.update(w.start for w in ws[i + size :] if w.start < stop)
    if clause.mask & (_DONE | _UDONE):
        # "Cầu ấp Kinh Tư đã hoàn thành, đưa vào sử dụng": saying a work is in service names no task, unless
        # some task says it too ("Đưa 8 lao động đi làm việc…" shares only "đưa")
        for at, size in _spans(ws, _IN_SERVICE):
            said = ws[at : at + size]
            # (said as a phrase: "bàn giao" is no phrase of "… trên địa bàn … tỉnh giao")
            if not any(
                all(w.fold in ix.raw_folds for w in said)
                and all((a.fold, b.fold) in ix.fold_bigrams for a, b in pairwise(w for w in said if _content(w)))
                for ix in book.tasks
            ):
                skipped.update(w.start for w in said)
    if not values and folded.find("tieu chi ", clause.start, clause.end) >= 0:
        # "NTM nâng cao còn thiếu tiêu chí môi trường và thu nhập": the criteria a standard is judged by are its
        # detail, not other tasks ("thu nhập" is no report on "Thu nhập bình quân …")
        # (unless a task pledges that very criterion: "Hoàn thành tiêu chí Môi trường …")
        skipped.update(_criterion_names(ws, folded, book.fold_bigrams))
    if folded.find("tap trung", clause.start, clause.end) >= 0:
        # "đang tập trung hoàn thiện hồ sơ": focusing, a verb after "đang", no "rừng tập trung" (concentrated)
        skipped.update(
            w.start
            for k, w in enumerate(ws[1:-1], 1)
            if w.fold == "tap" and ws[k + 1].fold == "trung" and ws[k - 1].fold in _FOCUS_BEFORE
            for w in (ws[k], ws[k + 1])
        )
    if ws and (colon := folded.find(":", ws[0].start, min(clause.end, ws[0].start + 40))) >= 0:
        # "báo cáo: ngô 420ha, …", "Kết quả 9 tháng:": a label saying a report follows names no task
        label = [w for w in ws if w.end <= colon]
        if label and all(w.fold in _REPORT_LABEL for w in label):
            skipped.update(w.start for w in label)
    if unaccented and values:
        # "thu dat 120 ty": typed without marks, "dat" right before a figure is "đạt", never "đất"
        skipped.update(
            w.start for w in ws if w.fold == "dat" and not w.accented and _FIGURE_NEXT_RE.match(folded, w.end)
        )
    if folded.find("vu ", clause.start, clause.end) >= 0:
        # "lúa CLC thêm 600ha vụ Thu Đông": the season is when, like a month; words of it no task holds say nothing
        for m in _SEASON_RE.finditer(folded, clause.start, clause.end):
            skipped.update(_held_by_none(book, ws, m.start(), m.end()))
    if folded.find("lan thu ", clause.start, clause.end) >= 0:
        # "Đại hội TDTT lần thứ IX": which time an event is held says nothing of which event
        for m in _ORDINAL_TIME_RE.finditer(folded, clause.start, clause.end):
            skipped.update(w.start for w in ws if m.start() <= w.start < m.end())
    if folded.find("dip ", clause.start, clause.end) >= 0:
        # "khách thêm 9 nghìn lượt dịp lễ 30/4-1/5": the occasion is when, like a month
        for m in _OCCASION_RE.finditer(folded, clause.start, clause.end):
            skipped.update(_held_by_none(book, ws, m.start(), m.end()))
    if values and folded.find(" tu ", values[-1].end, clause.end) >= 0:
        # "thu NS phường thêm 850tr từ thuế hộ kinh doanh": where an amount came from, said after it, is its detail;
        # words of it no task holds are not left unexplained
        source = _SOURCE_AFTER_RE.match(folded, values[-1].end, clause.end)
        if source is not None:
            skipped.update(_held_by_none(book, ws, source.start(1), source.end()))
    if values and (colon := folded.find(":", values[-1].end, clause.end)) >= 0:
        # "OCOP thêm 2 SP đạt 3 sao: mật nho và vang nho Phước Lâm": what follows the colon names the things counted,
        # not another task ("nho" of a vineyard task)
        skipped.update(w.start for w in ws if w.start > colon)
    if folded.find("phan dau", clause.start, clause.end) >= 0:
        # "…, phấn đấu cuối năm xuống 0,8": striving is how pledges are framed ("Tổ chức đấu giá …, phấn đấu thu …"),
        # never what names one
        for at, size in _spans(ws, _STRIVE):
            skipped.update(w.start for w in ws[at : at + size])
    if values and folded.find("vuot", values[0].end, clause.end) >= 0:
        # "thu ngân sách đã đạt 70 tỉ, vượt dự toán": how the figure stands to the plan, said after it, names no
        # task ("Điều hành chi ngân sách … không vượt dự toán" holds the words)
        for m in _PLAN_EXCEEDED_RE.finditer(folded, values[0].end, clause.end):
            # ("…, không phát sinh vượt dự toán" is the wording of a task keeping spending within the plan)
            if folded.find("khong", max(values[0].end, m.start() - 20), m.start()) < 0:
                skipped.update(w.start for w in ws if m.start() <= w.start < m.end())
    if folded.find("toan bo", clause.start, clause.end) >= 0:
        # "đã xong toàn bộ 6.200m": how much is done, no word of a task ("toàn trình" is one)
        for at, size in _spans(ws, _WHOLE_OF):
            skipped.update(w.start for w in ws[at : at + size])
    expanded_all: _Expanded = []
    hits_all: list[dict[int, tuple[_Match, ...]]] = []
    touched: set[int] = set()
    memo = book.word_memo
    memo_get = memo.get
    aside = folded.find("(", clause.start, clause.end) >= 0 or folded.find("trong do", clause.start, clause.end) >= 0
    src = _outside_brackets(ws, folded, clause) if aside else ws
    if clause.names or skipped:
        names, places = clause.names, book.place_folds | book.name_folds
        src = [
            w
            for w in src
            # "đi Nhat, đi Han": a name typed without marks is no "nhất", no "hạn"
            if not (w.start in names and not w.accented and w.fold not in places) and w.start not in skipped
        ]
    paired_stops = book.paired_stops if unaccented else frozenset()
    cued: set[int] | None = None  # starts of the words inside cue phrases, worked out when needed
    for k, w in enumerate(src):
        if not w.accented and w.key != w.fold and w.start in unit_starts:
            # in a message typed with vowel marks but no tone ("thêm 3 căn"), the words are read unaccented; but the
            # unit after a figure is a word typed as meant: "căn" (houses) is no "cận" of "hộ cận nghèo"
            w = w._replace(accented=True)
        reading = memo_get((w.key, w.fold, w.accented), _UNREAD)
        if reading is _UNREAD:
            reading = _word_reading(book, w)
        if reading is None and w.fold in paired_stops and not w.accented:
            # "ma tuy" typed without marks is "ma túy" for a task that says so, not "mà"; but the "thanh" of
            # "hoan thanh toan tuyen" is taken by its cue
            if cued is None:
                cued = {ws[i + j].start for i, size, _ in _hits_inside(clause) if size > 1 for j in range(size)}
            if w.start not in cued:
                reading = _paired_reading(book, src, k)
        if reading is not None and w.fold == "tuan" and not _in_task_pair(book, src, k):
            reading = None  # "tuần này", "3 buổi/tuần": a week; only the pledge's own pair ("tuần tra") is a task word
        if reading is not None:
            expanded_all.append((w, reading[0]))
            hits_all.append(
                _without_other_prefixes(book, folded, w, reading[1]) if w.fold in _PREFIXED_HEADS else reading[1]
            )
            touched.update(reading[2])
    if unit_starts:
        kept = [j for j, (w, _) in enumerate(expanded_all) if w.start not in unit_starts]
        expanded = [expanded_all[j] for j in kept]
        hits = [hits_all[j] for j in kept]
        unit_hits = [h for (w, _), h in zip(expanded_all, hits_all, strict=True) if w.start in unit_starts]
    else:
        expanded, hits = expanded_all, hits_all
        unit_hits = []
    compound = _compounds(book, expanded, folded, clause.place_names)
    unit_names = _unit_name_words(clause) if clause.names else clause.names
    scored = _words_for(expanded, hits, compound, unit_names, book.place_folds)
    scored.text = folded
    scored.clause_words = ws
    scored.pairs = book.fold_bigrams
    scored.clause = clause
    scored_all: _Words | None = None
    class_fits: list[tuple[float | None, bool]] | None = None
    if values:
        class_fits, order = _class_fits(book, values, cues.plan)
    else:  # no figure: every task fits 0, in task order
        order = book.no_figure_order
    # tasks sharing no word all score 0 and sort by fit then order: a few are enough for the
    # ranking's head (best, second, four candidates); the first _IDLE_ROWS untouched ones lie
    # within the first _IDLE_ROWS + len(touched)
    no_fit = (0.0, False)
    # "giải ngân 1719 đạt 68%": a number the pledge names a programme by is a word of the tasks naming it
    said_names = (
        [key for n in clause.numbers if n.excluded and (key := _name_key(n, folded)) in book.name_holders]
        if book.name_holders
        else []
    )
    if said_names:
        touched.update(i for raw in said_names for i in book.name_holders[raw])
    rows: list[_Row] = [row for row in order[: _IDLE_ROWS + len(touched)] if row[2] not in touched][:_IDLE_ROWS]
    indexed = book.tasks
    unit_words_out = len(expanded_all) != len(expanded)
    shut_out: list[int] = []  # tasks the words name but no figure of the clause can be the value of
    fractions = [n for n in values if n.denom is not None]  # ("4/6 sản phẩm": perhaps out of a task's own pledge)
    # scored on every word a task matches at most its positions among them all: one with no more positions
    # there than the words it matched without the unit words needs no second scoring
    for i in sorted(touched):
        ix = indexed[i]
        fit, unit_fits = class_fits[ix.fit_class] if class_fits is not None else no_fit
        if fit is None:
            shut_out.append(i)
            continue
        if fractions and fit < _OUT_OF_PLEDGE_FIT and _out_of_the_pledge(ix, fractions):
            # "OCOP đến nay có 4/6 sản phẩm" on "Phát triển 6 sản phẩm OCOP …": so many out of the count pledged
            # (per task, its own target: outside the fits shared by a class of tasks)
            fit = _OUT_OF_PLEDGE_FIT
            unit_fits = unit_fits or any(n.unit is not None for n in fractions)
        score, coverage, matched = _score(ix, i, scored, unaccented)
        if said_names:
            held = [raw for raw in said_names if i in book.name_holders[raw]]
            if held:
                score += _NAME_NUMBER_WEIGHT * len(held)
                matched = [*matched, *held]
        if (
            unit_fits
            and unit_words_out
            and len(scored.at.get(i, ())) + len([h for h in unit_hits if i in h]) > len(matched)
        ):
            # unit words count for a task whose unit they name, and are never "unexplained"
            if scored_all is None:
                scored_all = _words_for(
                    expanded_all,
                    hits_all,
                    _compounds(book, expanded_all, folded, clause.place_names),
                    unit_names,
                    book.place_folds,
                )
                scored_all.text = folded
                scored_all.clause_words = ws
                scored_all.pairs = book.fold_bigrams
                scored_all.clause = clause
            score_u, _, matched_u = _score(ix, i, scored_all, unaccented)
            extra = len(matched_u) - len(matched)
            if extra > 0:
                score = score_u
                coverage = len(matched_u) / (len(expanded) + extra)
                matched = matched_u
        score = score + _FIT_WEIGHT * fit * (1.0 if score > 0 else 0.0)
        rows.append((-score, -fit, i, score, fit, coverage, matched))
    rows.sort()
    if rows and rows[0][3] > 0:
        # (the leader alone naming the year said is named by it too: "Dự toán 2025 đang tổng hợp" on "Tham mưu xây
        # dựng dự toán … năm 2025 …")
        rows = _year_breaks_tie(indexed, clause, rows)
    if len(rows) > 1 and rows[0][3] > 0:
        if _FIRST_TIME_RE.search(folded, clause.start, clause.end):
            rows = _first_time_not_again(indexed, rows)
        elif not any(w.fold == "lai" for w in ws):
            rows = _first_time_not_again(indexed, rows, first_said=False)
    if len(rows) > 1 and rows[0][3] > 0 and _DOSSIER_RE.search(folded, clause.start, clause.end):
        rows = _dossier_names_nothing(rows)
    headed = -1  # the task a label before a colon names, leading the ranking
    if ws and folded.find(":", ws[0].start, min(clause.end, ws[0].start + 48)) >= 0:  # a label is a few words
        rows, headed = _under_header(folded, clause, rows)
    placed_first = len(rows) > 1 and bool(rows[0][6]) and _only_places(indexed[rows[0][2]], rows[0][6])
    if placed_first and len(rows) > 2 and rows[1][6] and _only_places(indexed[rows[1][2]], rows[1][6]):
        # "Xây mới thêm 5 nhà 1719 ở bản Huồi Khứn": several tasks name the place; what happened there is the news
        # (each of them counts what a place says, see below)
        places_only = [r for r in rows[:4] if r[6] and _only_places(indexed[r[2]], r[6])]
        if len(places_only) < len(rows[:4]):
            rows = sorted([_scaled(r, _PLACE_WEIGHT) if r in places_only else r for r in rows])
            placed_first = False
    if (
        placed_first
        and rows[1][3] - _FIT_WEIGHT * rows[1][4] >= _MIN_SCORE
        and not _only_places(indexed[rows[1][2]], rows[1][6])
        # typed without marks, two syllables that only fold to the task's ("van hoa" against "Vận động … hóa") are
        # no better news; a word the task also spells without marks ("ocop") or a longer run is
        and (not unaccented or len(rows[1][6]) > 2 or any(_fold_of(t) in indexed[rows[1][2]].keys for t in rows[1][6]))
    ):
        # "ocop: kẹo dừa Tam Phước vừa đạt 4 sao" against "2 xã đạt chuẩn NTMNC (Tam Phước, Tường Đa)": where it
        # happened names no task, what happened there does
        rows = sorted([_scaled(rows[0], _PLACE_WEIGHT), *rows[1:]])
    if (
        len(rows) > 1
        and "ocop" in folded
        and "ocop" not in rows[0][6]
        # ("OCOP: gạo Nàng Thơm Chợ Đào đã được công nhận 3 sao": the rating said apart from the word OCOP)
        and (_RATED_OCOP_RE.search(folded, clause.start, clause.end) or _rating_reached(clause))
    ):
        # "Chè Shan tuyết Nậm Khoang đạt OCOP 4 sao" against "Trồng mới 60 ha chè Shan tuyết": the product is named by
        # what it is made of, the report is of its rating; the task pledging OCOP products leads
        ocop_at = next((k for k in range(1, min(4, len(rows))) if "ocop" in rows[k][6]), None)
        if ocop_at is not None:
            # (a star rating reached, matched on the OCOP task's own rating, is news of no task without a rating:
            # "OCOP: nước mắm cá cơm Hải Lý vừa được công nhận 3 sao" against "Xã Hải Lý được công nhận đạt chuẩn
            # NTM kiểu mẫu")
            rated = "sao" in rows[ocop_at][6] and _rating_reached(clause)
            rows = sorted([_scaled(r, 0.1 if rated else 0.5) for r in rows[:ocop_at]] + rows[ocop_at:])
    if len(rows) > 1 and rows[0][6] and folded.find("bi ", clause.start, clause.end) >= 0:
        rows = _what_befell(book, ws, rows)
    if rows and rows[0][6] and folded.find("ngheo", clause.start, clause.end) >= 0:
        rows = _near_poor_unsaid(book, ws, rows)
    if len(rows) > 1 and rows[1][3] > 0 and rows[0][3] - rows[1][3] < max(_MARGIN_ABS, _MARGIN_REL * rows[0][3]):
        cut_said = any(
            n.unit is PERCENT and _CUT_BEFORE_RE.search(folded, max(0, n.start - 16), n.start) for n in values
        ) and not any(w.key == _CON_KEY or (not w.accented and w.fold in ("con", "xuong")) for w in ws)
        rows = _settle_tie(book, ws, rows, cut_said, folded[clause.start : clause.end])
    if (
        values
        and len(rows) > 1
        and ws
        and rows[0][4] <= 0 < rows[1][4]
        and book.tasks[rows[0][2]].task.target is None
        and any(n.unit is not None for n in values)
        and folded.find("\n", clause.start, clause.end) < 0  # one line: not two report lines read as one
        and (
            (ws[0].text in rows[1][6] and ws[0].text not in rows[0][6] and _subject_word(ws[0], clause))
            # "duong lien thon them 600m" between "Làm mới 4,5 km đường bê tông liên thôn" and "Xử lý … sạt lở trên
            # đường liên thôn": a length the leader cannot hold, said of two words of the runner-up's
            or (
                rows[0][4] < 0
                and len(rows[1][6]) >= 2
                and any(n.unit is not None and n.unit.dim in ("length", "area") for n in values)
            )
        )
    ):
        # "Khách du lịch: 612.400 lượt" between "Đón trên 1,2 triệu lượt khách" and "Tổ chức … Tuần lễ du lịch biển":
        # the clause's subject and the figure's unit are the runner-up's; the leader holds no figure
        rows = rows[1:]
    best = rows[0] if rows else None
    second = rows[1][3] if len(rows) > 1 else 0.0
    if (
        len(rows) > 1
        and rows[1][6]
        and rows[0][6]
        and (
            _only_places(indexed[rows[1][2]], rows[1][6])
            # ("trong rung them 4 ha o xom Khuoi Ky" against "Ra mắt điểm du lịch … làng đá Khuổi Ky": a name the
            # runner-up spells, said after a figure it holds no place for)
            or (
                rows[1][4] < 0 < rows[0][4]
                and all(_fold_of(m) in indexed[rows[1][2]].name_words for m in rows[1][6])
            )
        )
        and not _only_places(indexed[rows[0][2]], rows[0][6])
    ):
        # "Thành lập mới HTX … Hòa Khánh" against a task on "chợ Hòa Khánh": where the runner-up matched is a place,
        # its score is worth what a place says (see the demotion above)
        second = rows[1][3] * _PLACE_WEIGHT
    elif len(rows) > 1 and rows[1][6] and rows[0][6] and _another_kind_named(indexed[rows[1][2]], ws, rows[1][6]):
        # "Trường TH Hòa Tân vừa được công nhận đạt chuẩn quốc gia" between the schools to reach the standard and
        # "2 xã đạt chuẩn NTM nâng cao (Hòa Tân, An Thạnh)": the commune's name is in the school's, as said of it
        second = rows[1][3] * _PLACE_WEIGHT
    if (
        len(rows) > 1
        and rows[1][6]
        and rows[0][6]
        and _compound_completed_otherwise(indexed[rows[1][2]], indexed[rows[0][2]], ws, rows[1][6])
    ):
        # "đường nội bản thêm 1,2 km" between "Cứng hóa 4.500m đường giao thông nội bản" and "Làm mới 1,2km đường nội
        # đồng": the runner-up's "nội" is half of "nội đồng", said here as the leader's "nội bản"
        second = min(second, rows[1][3] * _OTHER_COMPOUND_WEIGHT)
    report_like = (
        bool(values)
        or cues.done
        or cues.approved
        or cues.negation
        or cues.intention
        or cues.unit_done
        or cues.correction
        or clause.invalid is not None
        or (bool(cues.verbs) and not cues.chatter)  # "Đã họp giao ban quý III": something done, on no task
        or _rating_reached(clause)  # "Chè Shan tuyết đạt OCOP 4 sao"
        or bool(clause.others)  # "Tuyển dụng được 40 giáo viên": a count of something, said as news
    )
    lazy = (book, clause, cues, rows)
    if best is not None:
        _, _, best_idx, best_score, best_fit, best_coverage, best_matched = best
        clause_text = folded[clause.start : clause.end]
        confident = (
            best_score - _FIT_WEIGHT * best_fit >= _MIN_SCORE
            and (
                best_coverage >= _MIN_COVERAGE
                or best_idx == headed
                # "Sản phẩm mơ Hương Sơn ngâm đường được công nhận OCOP 4 sao": the product's name is its own, no
                # word unexplained, once the rating reached names the OCOP task
                or (_rating_reached(clause) and any(_fold_of(m) == "ocop" for m in best_matched))
                # "Dự toán 2025 đang tổng hợp số liệu các xã": the one task naming the year said, far ahead
                or (
                    any(m.isdigit() and _a_year(int(m)) for m in best_matched)
                    and best_score >= _STRONG_RATIO * second
                )
                # a long clause with few task words is still about a task that leads by far
                or (
                    (best_coverage >= _MIN_COVERAGE_STRONG or _opens_with(book.tasks[best_idx], ws, best_matched))
                    and best_score - _FIT_WEIGHT * best_fit >= _STRONG_SCORE
                    and best_score >= _STRONG_RATIO * second
                )
            )
            and best_score - second >= max(_MARGIN_ABS, _MARGIN_REL * best_score)
            and not _only_ambiguous_syllables(best_matched)
            and not _only_places(book.tasks[best_idx], best_matched)
            # "An Thịnh đã tổ chức xong Đại hội TDTT" against "… dự án Khu đô thị mới An Thịnh": a name the task
            # spells says where, or whose, never what was finished ("Đình Thanh La đang thi công" is news of the
            # task restoring that very shrine)
            and (bool(values) or not cues.done or not _only_task_names(book.tasks[best_idx], best_matched, clause))
        )
        if (
            confident
            and values
            and best_matched
            and _named_only_after_the_figure(book.tasks[best_idx], clause, values, best_matched, unit_starts)
        ):
            confident = False
        if (
            confident
            and best_idx != headed
            and len(best_matched) == 1
            and book.tasks[best_idx].task.target is None
            and any(n.unit is PERCENT and not n.share for n in values)
            and sum(1 for w in ws if _content(w) and w.fold not in _STATUS_FOLDS and w.start not in unit_starts) >= 3
        ):
            # "Giải ngân vốn ĐTC đạt 72%" on "Xây dựng kế hoạch đầu tư công trung hạn …": a rate reached, of a thing
            # the one word shared ("ĐTC") does not make the task's; a task with no figure holds no rate
            confident = False
        if (
            confident
            and best_idx != headed
            and best_matched
            and all(_fold_of(m) in _VACCINATION_FOLDS for m in best_matched)
            and sum(" tiem " in ix.word_run for ix in book.tasks) > 1
        ):
            # "Tiêm phòng đạt 82%" between "Tiêm vắc xin lở mồm long móng … 80%" and "Tiêm phòng bệnh dại … 75%":
            # vaccination said, of which disease or herd not, names every vaccination task alike
            confident = False
        if (
            confident
            and values
            and all(_said_as(m, _EXTENT_FOLDS, _EXTENT_KEYS) for m in best_matched)
            and all(n.unit is not None and n.unit.dim in _MEASURES and not n.share for n in values)
            and any(r[4] > 0 and _could_hold(indexed[r[2]], values) for r in rows[1:])
            # (alone: "MSVT sầu riêng: cấp thêm 3 mã, diện tích 214ha" says whose area it is before)
            and not folded[: clause.start].strip()
            and not folded[clause.end :].strip()
        ):
            # "diện tích đạt 180 ha" between "Tổng diện tích cây ăn quả đạt 9.850 ha" and "Trồng rừng mới 250 ha":
            # naming the figure's dimension names every task measured in it
            confident = False
        if confident and values and shut_out:
            # "Hộ nghèo còn 14 hộ" between "Tỷ lệ hộ nghèo giảm còn dưới 1%" and "Hỗ trợ … 6 nhà ở cho hộ nghèo": the
            # leader cannot hold the figure either, and a task named by the same words is left out only for the
            # figure's unit; which of them the news is of, only the sender knows. "Hộ nghèo giảm thêm 5 hộ" on "Giảm
            # 30 hộ cận nghèo", beside "Kéo giảm tỷ lệ hộ nghèo …": the leader holds the figure, but the words name the
            # other task better, all of the leader's and more ("nghèo", which the leader holds only in another
            # compound), and only the figure's unit leaves it out
            words_only = best_score - _FIT_WEIGHT * best_fit
            mine = set(best_matched)
            for i in shut_out:
                rival_score, _, rival_matched = _score(indexed[i], i, scored, unaccented)
                theirs = set(rival_matched)
                if best_fit < 0:
                    rival = rival_score >= words_only and mine <= theirs
                else:
                    rival = (
                        rival_score > words_only
                        and mine < theirs
                        and _pair_broken_by(indexed[best_idx], indexed[i], ws, rival_matched)
                    )
                if rival:
                    confident = False
                    break
        if (
            confident
            and not values
            and _weak_words(book.tasks[best_idx], best_matched)
            # "Đã kiểm tra thêm xã Đăk Rơ Xa và xã Măng Krối" on "Kiểm tra … tại 12 xã": the units named are its own
            and not (
                (cues.increment or cues.done)
                and book.tasks[best_idx].counts_units
                and _names_a_unit(book.tasks[best_idx], clause)
                and any(
                    (w.fold in _UNIT_KINDS or w.fold == _counted_noun(book.tasks[best_idx]))
                    and w.fold in book.tasks[best_idx].raw_folds
                    for w in clause.words
                )
            )
        ):
            confident = False
        if (
            confident
            and not values
            and not cues.increment
            and best_matched
            and _only_counted_noun(book.tasks[best_idx], best_matched)
            # "hộ cận nghèo chưa tổng hợp xong": the counted thing as the clause's topic is the task's news
            and ws[0].text not in best_matched
            # "Cầu Rạch Cóc đã khánh thành" on "Xây dựng 5 cầu": one of the things counted, by its name
            and not _names_a_unit(book.tasks[best_idx], clause)
        ):
            # "Đã tổ chức hội nghị đối thoại với doanh nghiệp" against "Thành lập mới 30 doanh nghiệp": what the
            # task counts, named with no figure, is not news of the count
            confident = False
        if confident and best_matched and _inside_event_name(book.tasks[best_idx], clause, best_matched):
            # "Lễ hội cồng chiêng lần thứ III tổ chức thành công" on "Thành lập mới 8 câu lạc bộ cồng chiêng": the
            # words name an event the task does not pledge
            return _Outcome(ParseStatus.AMBIGUOUS, None, None, "chỉ khớp tên một sự kiện khác: cần hỏi", lazy)
        if confident and best_matched and _inside_other_noun(book.tasks[best_idx], clause, best_matched):
            # "Đã khánh thành nhà văn hóa thôn Trà Đông" against "… Liên hoan Văn hóa - Du lịch …": the words are the
            # inside of a thing's name the task does not hold
            return _Outcome(ParseStatus.AMBIGUOUS, None, None, "chỉ khớp phần trong một tên gọi khác: cần hỏi", lazy)
        if (
            confident
            and values
            and _measure_word(best_matched[0] if best_matched else "")
            and all(map(_measure_word, best_matched))
        ):
            # "xử phạt 3 cơ sở, số tiền 185 triệu" against "Thu tiền sử dụng đất": "số tiền" (the sum) says the
            # figure is money, not which money
            confident = False
        if (
            confident
            and (
                not values
                or (
                    book.tasks[best_idx].task.target is None
                    # (the figure in the verb's own piece: "Đã tổ chức Ngày hội việc làm, 18 DN tham gia" names the
                    # event, and what came of it after the comma)
                    and any(_PIECE_RE.search(folded, clause.start, n.start) is None for n in values)
                )
            )
            and best_coverage <= 0.5
            and _light_and_loose(best_matched)
        ):
            # ("Phường đã tổ chức tiêm vắc xin sởi cho 300 trẻ" on "Tổ chức thành công Ngày hội …": a figure the task
            # without one cannot hold names no event of it either)
            confident = False
        if confident and values and best_matched and _only_the_shared_opening(book, best_idx, best_matched, values):
            # "Thu 820 tỷ" between "Thu tiền sử dụng đất đạt 1.200 tỷ đồng" and "Tham mưu thu ngân sách … đạt 100% dự
            # toán": the task's opening verb alone, which another pledge does too; the unit is no choice of task
            confident = False
        if confident and values and best_matched and _only_the_counted_noun(book, best_idx, best_matched, ws):
            # "đã kiểm tra 6 cơ sở" on "Lắp đặt hệ thống quan trắc … tại 6 cơ sở sản xuất xi măng", beside "Kiểm tra
            # … 100% cơ sở …": what the task counts is all it shares; what was done is another task's
            confident = False
        if confident and best_matched and _only_names(clause, best_matched):
            # "Đã hoàn thành kè chắn sóng thôn Đầm Môn" on "Ra mắt điểm du lịch cộng đồng Đầm Môn": the place is the
            # task's, the work another
            confident = False
        if confident and best_matched and _only_authority(best_matched):
            # "…, HĐND huyện thông qua ngày 18/12" on "Trình HĐND huyện dự toán …": who approved, not what
            confident = False
        if (
            confident
            and not values
            and best_coverage < 1.0
            and best_matched
            and all(_key_of(t) in _VERB_KEYS for t in best_matched)
            and best_idx != headed
            # ("Đã kiểm tra thêm xã Đăk Rơ Xa và xã Măng Krối": the units the task counts, named)
            and not (book.tasks[best_idx].counts_units and _names_a_unit(book.tasks[best_idx], clause))
        ):
            # "Đã hoàn thành sửa chữa trạm y tế xã" against "Hỗ trợ … sửa chữa 6 nhà ở cho hộ nghèo": the task's verb,
            # done to something the task does not name
            confident = False
        if confident and not values and len(best_matched) <= 2 and all(_light(t) for t in best_matched):
            # "đã làm xong", "Đã tổ chức xong": a light verb alone ("làm" of "việc làm") names no task
            confident = False
        if (
            confident
            and not values
            and best_matched
            and len(best_matched) <= 2
            and all(_key_of(t) in _VERB_KEYS for t in best_matched)
            and best_idx != headed
            and not clause.names
            and sum(1 for w in ws if _content(w) and w.fold not in _STATUS_FOLDS) <= len(best_matched)
        ):
            # "đã xử lý xong", "đã thẩm định xong": a verb said alone, of no thing, names no task of several
            confident = False
        # (or with a figure a task without one cannot hold: "Đường GTNT thôn Phước Hòa vướng GPMB 2 hộ")
        if confident and (not values or book.tasks[best_idx].task.target is None):
            # "Đường GTNT thôn 3 đã thảm nhựa xong" against "Xã … đạt chuẩn nông thôn mới nâng cao": the abbreviation's
            # head ("giao thông") is not the task's, and a kind of place adds nothing
            named = [t for t in best_matched if _fold_of(t) not in _PLACE_KINDS]
            if named and _partial_abbreviation(book.tasks[best_idx], named):
                confident = False
        if confident and not report_like and cues.chatter:
            # "Chúc mừng năm mới Chôl Chnăm Thmây anh chị": a greeting naming a festival, no word of status
            confident = _status_said(clause)
        if (
            confident
            and not report_like
            and len(best_matched) < 3
            and not (cues.verbs or cues.change or cues.remain or cues.complete or cues.plan or cues.increment)
            and not _status_said(clause)
        ):
            # no figure and no word of status ("đang", "chưa", "xong", "đã …", "giảm … so với"): a topic
            # named in passing ("tuần sau họp", "việc làm") is no news about the task
            confident = False
        if (
            not report_like
            and _MEETING_CALLED_RE.search(clause.folded, clause.start, clause.end)
            and _MEETING_TIME_RE.search(clause.folded, clause.start, clause.end)
            and not _status_said(clause)
        ):
            # "Chiều nay 14h họp giao ban khối văn hóa - xã hội nhé": a meeting called, on whatever topic, is no news
            # of a task
            return _Outcome(ParseStatus.NONE, why="thông báo lịch họp, không phải báo cáo")
        if (
            confident
            and unit_starts
            and expanded
            and len(best_matched) <= len(unit_starts)
            and {w.text for w in ws if w.start in unit_starts} >= set(best_matched)
            and any(w.end <= values[0].start and w.text not in best_matched for w, _ in expanded)
        ):
            # "Tháng 8 kiểm tra 14 công trình" against "Nghiệm thu, đưa vào sử dụng 12 công trình": only the
            # thing counted is the task's, what was done to it is not
            return _Outcome(ParseStatus.AMBIGUOUS, None, None, "chỉ khớp danh từ đếm, việc làm khác: cần hỏi", lazy)
        if (
            confident
            and values
            and len(rows) > 1
            and ws
            and ws[0].text in rows[1][6]
            and ws[0].text not in best_matched
            and ws[0].fold not in indexed[best_idx].raw_folds
            and rows[1][4] >= best_fit
            and (_subject_word(ws[0], clause) or _opens_with_pair(indexed[rows[1][2]], ws, clause.folded))
            and not _only_places(indexed[rows[1][2]], [ws[0].text])
        ):
            # "duong be tong lam them 350m" between "Làm mới 4.200m đường GTNT" and "Bê tông hóa 1,8km kênh
            # mương": the clause opens with the runner-up's word, its subject; the leader only shares a modifier
            return _Outcome(ParseStatus.AMBIGUOUS, None, None, "câu mở đầu bằng từ của nhiệm vụ khác: cần hỏi", lazy)
        if confident and unit_starts and best_fit > 0 and len(best_matched) <= len(unit_starts) and len(rows) > 1:
            # "thêm 12 lao động": the unit word names the unit, and another task counts the same unit
            unit_texts = {w.text for w in ws if w.start in unit_starts}
            # (a kind the unit's words name, "15 hộ cận nghèo", is only the task holding those words; a bare noun,
            # "12 lao động", fits every task counting people)
            bare = any(n.unit is not None and n.unit.label in _BARE_NOUNS | {"nguoi", "ho"} for n in values)
            if all(text in unit_texts for text in best_matched) and any(
                row[2] != best_idx
                and row[4] >= best_fit
                and (bare or all(_fold_of(x) in book.tasks[row[2]].raw_folds for x in best_matched))
                for row in rows
            ):
                return _Outcome(ParseStatus.AMBIGUOUS, None, None, "đơn vị khớp nhiều nhiệm vụ: cần hỏi", lazy)
        if (
            confident
            and values
            and folded.find("cho", clause.start, clause.end) >= 0
            and _served_but_not_done(book.tasks[best_idx], ws, best_matched)
        ):
            # "Đã tặng quà Tết cho 85 người có uy tín" against "Tập huấn … cho 150 người có uy tín": those served,
            # by another action
            return _Outcome(ParseStatus.AMBIGUOUS, None, None, "cùng đối tượng, việc làm khác: cần hỏi", lazy)
        if (
            confident
            and best_matched
            and (not values or all(_bare_rate(book.tasks[best_idx], n, cues.plan) for n in values))
            and _served_only(book.tasks[best_idx], best_matched)
        ):
            # "…, hộ cận nghèo còn tăng nhẹ", "hộ nghèo giảm 4,1%" against "Xóa 28 nhà tạm cho hộ nghèo, hộ cận nghèo":
            # said only of whom the task serves, it says nothing of what the task does
            return _Outcome(ParseStatus.AMBIGUOUS, None, None, "chỉ khớp đối tượng được phục vụ: cần hỏi", lazy)
        if (
            confident
            and _BUILT_OPENED_RE.search(folded, clause.start, clause.end)
            and _EVENT_TASK_RE.match(book.tasks[best_idx].text_fold)
            and not _BUILT_OPENED_RE.search(book.tasks[best_idx].text_fold)
        ):
            # "Đã khánh thành cầu Kỳ Xuân 2" against "Tổ chức thành công Lễ hội Cầu ngư Kỳ Xuân": something built
            # was opened; a festival is held, never inaugurated
            why = "khánh thành công trình, nhiệm vụ là sự kiện: cần hỏi"
            return _Outcome(ParseStatus.AMBIGUOUS, None, None, why, lazy)
        if confident and _another_disease(book.tasks[best_idx], clause_text):
            # "Tiêm phòng cúm gia cầm đạt 85%" against "Tiêm phòng lở mồm long móng … đạt trên 80% tổng đàn": the
            # same work against another disease
            return _Outcome(ParseStatus.AMBIGUOUS, None, None, "bệnh khác với bệnh của nhiệm vụ: cần hỏi", lazy)
        if confident and values and _spent_not_collected(book.tasks[best_idx], clause_text):
            # "chi ngân sách đạt 70% dự toán" against "Thu ngân sách … 86,5 tỷ": money spent is no money collected
            return _Outcome(ParseStatus.AMBIGUOUS, None, None, "chi ngân sách, nhiệm vụ về thu: cần hỏi", lazy)
        if confident and _commune_for_district(book.tasks[best_idx], clause):
            # "Xã Hồng Quang đã được UBND tỉnh công nhận đạt chuẩn NTMNC" against "Hoàn thành hồ sơ đề nghị công nhận
            # huyện đạt chuẩn …": a commune reaching the standard is no district reaching it
            return _Outcome(ParseStatus.AMBIGUOUS, None, None, "xã được nêu tên, nhiệm vụ về cả huyện: cần hỏi", lazy)
        if confident and _other_standard(book.tasks[best_idx], clause_text):
            # "xã Tân Tri đã đạt chuẩn NTM kiểu mẫu" against "… 2 xã đạt chuẩn nông thôn mới nâng cao": another tier of
            # the standard than the one pledged
            return _Outcome(ParseStatus.AMBIGUOUS, None, None, "chuẩn NTM khác mức của nhiệm vụ: cần hỏi", lazy)
        if confident and values and _generic_match_other_said(book, best_matched, ws, clause.folded):
            # "Tỷ lệ hộ nghèo 1,7%" against "Tỷ lệ hộ gia đình đạt danh hiệu gia đình văn hóa …": only the generic
            # "tỷ lệ hộ" is the task's, and "nghèo" says what the rate is of
            return _Outcome(ParseStatus.AMBIGUOUS, None, None, "chỉ khớp từ chung, tin nói việc khác: cần hỏi", lazy)
        if confident and values and _disbursed_not_pledged(book.tasks[best_idx], clause_text):
            # "Đã giải ngân được 72% vốn ĐTC" against "Tham mưu thu hồi … tạm ứng vốn đầu tư quá hạn": capital paid
            # out is no capital the task raises or recovers
            why = "giải ngân vốn, nhiệm vụ không về giải ngân: cần hỏi"
            return _Outcome(ParseStatus.AMBIGUOUS, None, None, why, lazy)
        if (
            confident
            and values
            and best_fit < 0
            and book.tasks[best_idx].task.target is not None
            and all(
                _bare_rate(book.tasks[best_idx], n, cues.plan)
                and n.value < 100
                # said of nothing after it either ("đạt 40% số hộ" says of what)
                and _NOTHING_AFTER_RE.match(folded, n.end, clause.end) is not None
                for n in values
            )
            and any(ix.unit is not None and ix.unit.dim == "percent" for ix in book.tasks)
            # ("…đạt 80% chiều dài kế hoạch, đường dây chiếu sáng đạt 75%": a plan said of the item before is said
            # of this one too)
            and _PLAN_SAID_RE.search(folded) is None
        ):
            # "BHYT 97,8%" against "Cấp 52.000 thẻ BHYT …", the official pledging a rate of coverage as well: a rate
            # said of nothing is no share of a count's plan when a rate is pledged beside it
            return _Outcome(ParseStatus.AMBIGUOUS, None, None, "tỷ lệ % không nói là của kế hoạch: cần hỏi", lazy)
        if confident and _another_kind_named(book.tasks[best_idx], ws, best_matched):
            # "Trường TH Lâm Kiết A đã được công nhận đạt chuẩn quốc gia" against "Xã Lâm Kiết đạt chuẩn NTM nâng cao":
            # the place is in the school's name; a school reaching a standard is no commune reaching its own
            return _Outcome(ParseStatus.AMBIGUOUS, None, None, "đơn vị khác loại với nhiệm vụ: cần hỏi", lazy)
        if (
            confident
            and values
            and book.tasks[best_idx].task.target is None
            and _counted_by_another(book, best_idx, values, folded)
        ):
            # "Thêm 2 homestay thôn Lao Xa được công nhận đạt chuẩn" against "Ra mắt mô hình … homestay thôn Lao Xa"
            # beside "Phát triển 12 homestay đạt tiêu chuẩn": a count of what another task counts is not swallowed
            return _Outcome(ParseStatus.AMBIGUOUS, None, None, "con số đếm thứ một nhiệm vụ khác đếm: cần hỏi", lazy)
        if confident and values and _kind_left_unsaid(book, best_idx, values, ws):
            # "giảm được 8 hộ" on "Giảm ít nhất 15 hộ cận nghèo" beside "Tỷ lệ hộ nghèo …": which kind of household
            return _Outcome(ParseStatus.AMBIGUOUS, None, None, "không rõ loại đối tượng: cần hỏi", lazy)
        if (
            confident
            and unit_starts
            and values
            and best_coverage < 1.0
            and _verb_and_bare_unit(ws, values, unit_starts, best_matched)
            and not _names_a_unit(book.tasks[best_idx], clause)
            # the clause opens with the noun of the figure before it, which no matched word explains
            and clause.start > 0
            and ws
            and ws[0].text not in best_matched
            and _FIGURE_AND_UNIT_BEFORE_RE.search(folded, max(0, clause.start - 16), clause.start) is not None
        ):
            # "… 4,2 tấn gạo hỗ trợ 28 hộ" against "Hỗ trợ xóa nhà tạm … cho 35 hộ nghèo": the verb and the households,
            # given something the task does not name ("gạo")
            return _Outcome(ParseStatus.AMBIGUOUS, None, None, "chỉ khớp động từ và đơn vị, việc khác: cần hỏi", lazy)
        if (
            confident
            and unit_starts
            and values
            and len(rows) > 1
            and _verb_and_unit_shared(book, ws, values, unit_starts, best_matched, best_idx, rows)
        ):
            # "đã hỗ trợ 20 hộ" between "Hỗ trợ đất sản xuất … cho 120 hộ DTTS" and "Hỗ trợ … 200 căn nhà cho hộ
            # nghèo": the verb and the households both tasks say; which help is not said
            return _Outcome(ParseStatus.AMBIGUOUS, None, None, "chỉ khớp động từ và đơn vị chung: cần hỏi", lazy)
        if (
            confident
            and len(values) == 1
            and values[0].unit is PERCENT
            and len(rows) > 1
            and _percent_tie(book, clause, values, best, rows[1])
        ):
            return _Outcome(
                ParseStatus.AMBIGUOUS, None, None, "tỷ lệ % hay phần trăm kế hoạch của nhiệm vụ khác: cần hỏi", lazy
            )
        if (
            confident
            and len(values) == 1
            and values[0].unit is PERCENT
            and not values[0].share
            and not cues.plan
            and len(rows) > 1
            and _rate_said_of_another(book, best, rows)
        ):
            # "Phân loại rác 58%" between "Bố trí 5 điểm tập kết rác thải đã phân loại" and "Tỷ lệ hộ … phân loại
            # chất thải … đạt trên 60%": no plan said, and a task measured as a rate holds the words too
            return _Outcome(
                ParseStatus.AMBIGUOUS, None, None, "tỷ lệ % hay phần trăm kế hoạch của nhiệm vụ khác: cần hỏi", lazy
            )
        if (
            confident
            and values
            and cues.remains
            # (said "còn", "xuống": "che phủ giữ ở mức 51,6%" is a level of the leader's own)
            and all(
                n.start in cues.remains and _LEFT_BEFORE_RE.search(folded, max(0, n.start - 12), n.start)
                for n in values
            )
            and not _kept_under(book.tasks[best_idx])
            and any(row[6] and row[4] > 0 and _kept_under(book.tasks[row[2]]) for row in rows[1:3])
        ):
            # "hộ nghèo hiện còn 17 hộ" between "Hỗ trợ … nhà ở cho 9 hộ nghèo" and "Giảm số hộ nghèo … còn không quá
            # 15 hộ": what is left is the level of the task kept under a ceiling, or what the leader has still to do
            return _Outcome(ParseStatus.AMBIGUOUS, None, None, "số còn lại khớp nhiệm vụ giảm: cần hỏi", lazy)
        if confident and values and "vu " in folded and _other_season(book.tasks[best_idx], clause, folded):
            # "Gieo sạ vụ Hè Thu được 8.300ha" on "Gieo sạ lúa vụ Đông Xuân … 10.200ha": another season's figure
            return _Outcome(ParseStatus.AMBIGUOUS, None, None, "số liệu của vụ khác với vụ đã cam kết: cần hỏi", lazy)
        if confident and values and not (cues.negation or cues.intention) and len(rows) > 1:
            # a figure about to be written: is the lead over the other tasks that take it a real one?
            best_ix = book.tasks[best_idx]
            if (
                any(book.tasks[row[2]].task.target is None and row[6] for row in rows[1:3])
                and any(
                    book.tasks[row[2]].task.target is None
                    and row[6]
                    and row[3] - _FIT_WEIGHT * row[4] >= 0.9 * (best_score - _FIT_WEIGHT * best_fit)
                    and any(
                        n.unit is not None
                        and n.unit.dim == "count"
                        and bool(n.unit.group)
                        and set(n.unit.group.split()) <= book.tasks[row[2]].raw_folds
                        for n in values
                    )
                    for row in rows[1:3]
                )
                and not any(_of_the_target(best_ix, n) for n in values)
            ):
                # "cây xanh được 900 cây" between "Trồng mới 1.500 cây xanh" and "Cắt tỉa … cây xanh đường phố": the
                # words fit both, and a task with no figure may be reported with one; the unit alone does not choose
                return _Outcome(ParseStatus.AMBIGUOUS, None, None, "số liệu khớp cả nhiệm vụ không có chỉ tiêu", lazy)
            if _revenue_or_spending(book, best, rows, ws):
                return _Outcome(ParseStatus.AMBIGUOUS, None, None, "không rõ thu hay chi ngân sách: cần hỏi", lazy)
            if _other_side_of_budget(best_ix, ws):
                # "Thu ngân sách huyện đạt 150 tỷ" on "Quản lý chi ngân sách huyện …": revenue said, spending pledged
                return _Outcome(ParseStatus.AMBIGUOUS, None, None, "tin nói thu/chi ngược với nhiệm vụ: cần hỏi", lazy)
            if any(n.unit is not None and n.unit.dim == "money" for n in values) and _money_twin(book, best, rows):
                return _Outcome(
                    ParseStatus.AMBIGUOUS, None, None, "số tiền khớp cả thu lẫn chi ngân sách: cần hỏi", lazy
                )
            if _partial_abbreviation(best_ix, best_matched) and any(
                row[2] != best_idx and row[4] >= best_fit for row in rows[1:]
            ):
                return _Outcome(ParseStatus.AMBIGUOUS, None, None, "chữ viết tắt chỉ khớp một phần: cần hỏi", lazy)
            if _weak_lead(best_ix, best, rows, ws, book.tasks):
                return _Outcome(ParseStatus.AMBIGUOUS, None, None, "chỉ hơn nhau ở từ chung: cần hỏi", lazy)
            if _shared_words_only(book, best_idx, rows, ws, best_matched, values):
                return _Outcome(ParseStatus.AMBIGUOUS, None, None, "chỉ khớp từ chung của hai nhiệm vụ: cần hỏi", lazy)
        if (
            confident
            and values
            and len(best_matched) == 1
            and _weak_words(
                book.tasks[best_idx],
                best_matched,
                # (money is told apart by its verb: "đã thu 140 tỷ" is revenue, whatever the office advises on)
                None if all(n.unit is not None and n.unit.dim == "money" for n in values) else _folds_of(ws),
            )
            and any(row[2] != best_idx and row[4] >= best_fit for row in rows)
            # "3. Số hóa 92%" on "Số hóa 100% hồ sơ …": the task's own opening compound, a function word and all
            # (but not when the other task says it too: "thành lập mới thêm 3" on "Thành lập mới 8 HTX" beside
            # "Tuyên truyền, vận động thành lập mới 95 DN")
            and not (
                _opens_as_task(book.tasks[best_idx], ws)
                and not any(
                    row[2] != best_idx
                    and row[4] >= best_fit
                    and f" {ws[0].fold} {ws[1].fold} " in book.tasks[row[2]].word_run
                    for row in rows
                )
            )
            # "Thu ngân sách 11 tỷ 200 triệu, chi 7,9 tỷ": the verb goes on the list with the object said before it
            and not _object_said_before(book, best_idx, clause, best_matched)
        ):
            # "làm được 700m": the task's opening verb alone does not choose between tasks the figure fits
            return _Outcome(ParseStatus.AMBIGUOUS, None, None, "chỉ khớp động từ chung: cần hỏi", lazy)
        if (
            confident
            and values
            and len(best_matched) > 1
            and _opening_verb_shared(book, best_idx, best_matched, rows, best_fit)
            # ("trồng mới: 54ha/60ha": the pledge's own 60 said names it)
            and not any(n.denom is not None and n.denom == book.tasks[best_idx].task.target for n in values)
        ):
            # "trồng mới được 30ha" between "Trồng mới 150ha quế" and "Trồng rừng sản xuất 80ha": the verb and its
            # "mới" say planting, not what; the other task plants too and the figure fits it
            return _Outcome(ParseStatus.AMBIGUOUS, None, None, "chỉ khớp động từ chung: cần hỏi", lazy)
        if (
            confident
            and values
            and best_matched
            and all(_said_as(x, _DIMENSION_FOLDS, _DIMENSION_KEYS) for x in best_matched)
            and any(
                row[2] != best_idx
                and row[4] >= best_fit
                and all(_fold_of(x) in book.tasks[row[2]].raw_folds for x in best_matched)
                for row in rows[1:]
            )
        ):
            # "sản lượng đạt 20 nghìn tấn" between grain and lychee output: the measure said, not what of
            return _Outcome(ParseStatus.AMBIGUOUS, None, None, "chỉ khớp tên đại lượng: cần hỏi", lazy)
        if (
            confident
            and values
            and best_matched
            and all(_key_of(x) in _ANY_UNIT_KEYS for x in best_matched)
            and (
                all(_key_of(x) in _ANYWHERE_KEYS for x in best_matched)
                # "thêm 1 xã đạt chuẩn" between two standards: what is said of either
                or any(
                    row[2] != best_idx and all(_fold_of(x) in book.tasks[row[2]].raw_folds for x in best_matched)
                    for row in rows[1:]
                )
            )
        ):
            # "Tiêm phòng LMLM trên địa bàn xã đạt 90%" against "Thu ngân sách … trên địa bàn xã": words said of
            # anything anywhere do not choose the task a figure is of
            return _Outcome(ParseStatus.AMBIGUOUS, None, None, "chỉ khớp từ chung: cần hỏi", lazy)
        if confident and values and best_matched and all(_said_as(x, _BOUND_FOLDS, _BOUND_KEYS) for x in best_matched):
            # "giảm còn 9,1%": how the figure moved, not what moved
            return _Outcome(ParseStatus.AMBIGUOUS, None, None, "chỉ khớp từ chỉ mức tăng giảm: cần hỏi", lazy)
        if confident and values and best_matched and _verb_only_other_count(book.tasks[best_idx], values, best_matched):
            # "Đã lắp đặt camera an ninh tại 4 thôn" against "Vận động 40 tàu cá … lắp đặt thiết bị …": the same verb
            # done to another thing counted
            return _Outcome(ParseStatus.AMBIGUOUS, None, None, "chỉ khớp động từ, đếm thứ khác: cần hỏi", lazy)
        if (
            confident
            and values
            and clause.folded
            and _REVENUE_PART_RE.search(book.tasks[best_idx].text_fold)
            and not _REVENUE_PART_RE.search(clause.folded, clause.start, clause.end)
            and (
                _TOTAL_REVENUE_RE.search(clause.folded, clause.start, clause.end)
                or _revenue_maybe_whole(book, best_idx, clause, values)
            )
        ):
            # "Tổng thu NS đạt 198 tỷ" against "Thu ngân sách ngoài tiền sử dụng đất đạt 132 tỷ": the whole of the
            # revenue is no part of it
            why = "tổng thu, nhiệm vụ chỉ một phần nguồn thu: cần hỏi"
            return _Outcome(ParseStatus.AMBIGUOUS, None, None, why, lazy)
        if (
            confident
            and values
            and best_matched
            and _verb_only_other_measure(book.tasks[best_idx], clause, values, best_matched)
        ):
            # "kiên cố hóa được 900m đường" against "Kiên cố hóa 1.200m kênh mương nội đồng": the same verb done to
            # another thing measured
            return _Outcome(ParseStatus.AMBIGUOUS, None, None, "chỉ khớp động từ, đo thứ khác: cần hỏi", lazy)
        if (
            confident
            and values
            and len(rows) > 1
            and rows[1][6]
            and values[0].unit is not None
            and values[0].unit.dim == "percent"
            and all(_bare_rate(book.tasks[best_idx], n, cues.plan) for n in values)
            and not tu_is_rate(book.tasks[rows[1][2]])
            and {_fold_of(t) for t in rows[1][6]} == {_fold_of(t) for t in best_matched}
        ):
            # "GPMB ĐT458 đạt 80%" between the money paid and the households moved for one road: a rate of what
            # plan, when two tasks hold every word said
            return _Outcome(ParseStatus.AMBIGUOUS, None, None, "tỷ lệ của kế hoạch nào: cần hỏi", lazy)
        if (
            confident
            and values
            and all(n.unit is PERCENT for n in values)
            and _only_beneficiaries(book.tasks[best_idx], best_matched)
        ):
            # "cận nghèo 1,1%" against "Cấp thẻ BHYT cho 100% người thuộc hộ nghèo, hộ cận nghèo": a rate said of
            # whom the task serves, not of what it does for them
            return _Outcome(ParseStatus.AMBIGUOUS, None, None, "tỷ lệ chỉ nói về đối tượng của nhiệm vụ: cần hỏi", lazy)
        if (
            confident
            and len(values) == 1
            and "can ngheo" in folded
            and _POOR_AND_NEAR_RE.search(folded, clause.start, values[0].start)
            and best_matched
            and all(_fold_of(x) in _POVERTY_FOLDS for x in best_matched)
            and any(not _near_poor_task(ix) for ix in book.tasks)
            and any(_near_poor_task(ix) and "ngheo" in ix.raw_folds for ix in book.tasks)
        ):
            # "tỷ lệ hộ nghèo, cận nghèo còn 1,2%" with a task for each: one figure said of both together
            return _Outcome(
                ParseStatus.AMBIGUOUS, None, None, "một số liệu chung cho hộ nghèo và cận nghèo: cần hỏi", lazy
            )
        if (
            confident
            and "ngheo" in folded[clause.start : clause.end]
            and not _NEAR_POOR_RE.search(folded, clause.start, clause.end)
            and book.tasks[best_idx].raw_folds >= {"can", "ngheo"}
            and _POVERTY_TASK_RE.match(book.tasks[best_idx].text_fold)
            and best_matched
            and all(_fold_of(x) in _POVERTY_FOLDS for x in best_matched)
        ):
            # "hộ nghèo giảm được 0,21%" against "Tỷ lệ hộ cận nghèo giảm còn dưới 2,1%" beside "Giảm tỷ lệ hộ nghèo …":
            # the poor are not the near-poor
            return _Outcome(ParseStatus.AMBIGUOUS, None, None, "hộ nghèo, nhiệm vụ về hộ cận nghèo: cần hỏi", lazy)
        if (
            confident
            and "can ngheo" in folded
            and _NEAR_POOR_RE.search(folded, clause.start, clause.end)
            and not _near_poor_task(book.tasks[best_idx])
        ):
            # "Hộ cận nghèo giảm được 9 hộ" against "Giảm ít nhất 25 hộ nghèo": the near-poor are not the poor
            return _Outcome(ParseStatus.AMBIGUOUS, None, None, "hộ cận nghèo, nhiệm vụ về hộ nghèo: cần hỏi", lazy)
        if (
            confident
            and values
            and best_matched
            and not tu_is_rate(book.tasks[best_idx])
            and all(n.unit is not None and n.unit.dim == "percent" and not n.share for n in values)
            and all(_key_of(t) in _VERB_KEYS for t in best_matched)
        ):
            # "Tiêm chủng mở rộng toàn huyện đạt 97%" against "Nâng cấp, mở rộng 6,2km đường …": a rate said with
            # only the task's verb is no share of its plan
            return _Outcome(ParseStatus.AMBIGUOUS, None, None, "tỷ lệ chỉ khớp động từ của nhiệm vụ: cần hỏi", lazy)
        if (
            confident
            and values
            and best_matched
            and best_idx != headed
            and all(n.unit is None for n in values)
            and all(_key_of(t) in _WEAK_KEYS for t in best_matched)
        ):
            # "vừa được công nhận thêm 1": said of any unit reaching a standard, with no word of what was counted
            return _Outcome(ParseStatus.AMBIGUOUS, None, None, "chỉ khớp từ chung, không rõ đếm gì: cần hỏi", lazy)
        if confident and values and best_matched and all(map(_plan_word, best_matched)):
            # "đạt 80% kế hoạch": what the share is of, said of any plan, names no task
            return _Outcome(ParseStatus.AMBIGUOUS, None, None, "chỉ khớp từ kế hoạch: cần hỏi", lazy)
        if (
            confident
            and values
            and len(rows) > 1
            and rows[1][3] > 0
            and best_matched
            and any(map(_work_verb, best_matched))
            and _work_verb_alone_decides(
                book.tasks[best_idx], book.tasks[rows[1][2]], best_matched, folded[clause.start : clause.end]
            )
        ):
            # "làm được 800m đường" between "Làm 2.400m đường ngõ xóm" and "Bê tông hóa 5,2km đường trục thôn": only
            # "làm", said of any work, tells one road from the other
            return _Outcome(ParseStatus.AMBIGUOUS, None, None, "chỉ khác nhau ở từ chung: cần hỏi", lazy)
        if confident and (values or clause.others) and best_matched and all(map(_light, best_matched)):
            # "tỷ lệ đồng ý 97,8%" against "Tỷ lệ hồ sơ … trực tuyến": "tỷ lệ" is said of every rate; what the rate
            # is of ("đồng ý") is no word of the task
            return _Outcome(ParseStatus.AMBIGUOUS, None, None, "chỉ khớp từ chung: cần hỏi", lazy)
        if confident:
            update, why = _update_for(book.tasks[best_idx], clause, cues, best_matched)
            if (
                update is not None
                and update.kind is UpdateKind.NOTE
                and len(best_matched) == 2
                and _unit_and_stray(book.tasks[best_idx], ws, best_matched)
            ):
                update, why = None, _STRAY_WHY
            if update is not None and _repair_of_other_work(book.tasks[best_idx], clause_text, best_matched):
                # "Đã sửa xong cổng và tường rào trường … Tân Phong" against "Hoàn thành giải phóng mặt bằng … Tân
                # Phong", "Đã sửa xong nhà văn hóa thôn Sảng Pả" against "Xây dựng mới 3 nhà văn hóa": something else
                # was done to what the task names; neither a note nor one more unit of the task
                update, why = None, "việc đã làm khác việc của nhiệm vụ: cần hỏi"
            if update is not None and _fits_the_runner_up_better(book, update, rows):
                # "tổng lượt khách … 1.920.000 lượt" between "Thu hút 650.000 lượt khách quốc tế" and "Đón trên 2,5
                # triệu lượt khách", equal on the words: nearly three times one pledge, within the other
                why = "số liệu vượt xa chỉ tiêu, hợp nhiệm vụ khác: cần hỏi"
                return _Outcome(ParseStatus.AMBIGUOUS, None, None, why, lazy)
            if update is not None:
                return _Outcome(ParseStatus.OK, update, None, "", lazy)
            return _Outcome(ParseStatus.AMBIGUOUS, None, None, why, lazy)
    if not report_like and (cues.chatter or best is None or best[3] < _MIN_SCORE or cues.question):
        return _Outcome(ParseStatus.NONE, why="không phải báo cáo")
    if not report_like and best is not None and best[3] >= _MIN_SCORE:
        return _Outcome(ParseStatus.AMBIGUOUS, None, None, "nhiều nhiệm vụ khớp gần như nhau", lazy)
    if best is None or (best[3] < _MIN_SCORE * 0.5 and not values):
        return _Outcome(ParseStatus.UNMATCHED, None, None, "không khớp nhiệm vụ nào", lazy)
    if best[3] - _FIT_WEIGHT * best[4] < _MIN_SCORE or best[5] < _MIN_COVERAGE:
        cands = _candidates(*lazy)
        status = ParseStatus.AMBIGUOUS if values and cands else ParseStatus.UNMATCHED
        return _Outcome(status, None, cands, "không đủ căn cứ để chọn nhiệm vụ")
    return _Outcome(ParseStatus.AMBIGUOUS, None, None, "nhiều nhiệm vụ khớp gần như nhau", lazy)


_ORGANISE = ["to", "chuc"]  # "tổ chức", folded


# verbs that open many tasks and say little: "Tổ chức …", and an office's "Tham mưu …" ("Đã tham mưu phân bổ vốn
# … cho các xã" against "Tham mưu xây dựng Kế hoạch phát triển kinh tế - xã hội …")
_LIGHT_OPENINGS = frozenset([tuple(_ORGANISE), ("tham", "muu"), ("thuc", "hien"), ("trien", "khai")])


def _named_only_after_the_figure(
    ix: _Indexed, clause: _Clause, values: list[Number], matched: list[str], unit_starts: set[int]
) -> bool:
    """ "giai quyet viec lam cho 45 lao dong, chu yeu lam tau ca" against "Không để tàu cá vi phạm khai thác IUU": the
    figure's own piece says what it counts (jobs, no task of this official's), and the task is named only in an aside
    after the comma that reports no status of its own; the figure is not the task's news."""
    text = clause.folded
    after = text.find(",", max(n.end for n in values), clause.end)
    if after < 0 or any(w.start < after for w in clause.words if w.text in matched):
        return False
    said_first = [
        w
        for w in clause.words
        if w.start < after
        and _content(w)
        and w.start not in unit_starts
        and w.start not in clause.place_names
        and w.fold not in _PLACE_KINDS
    ]
    return (
        len(said_first) >= 2
        and not any(w.fold in ix.raw_folds for w in said_first)
        and not _STATUS_WORD_RE.search(text, after, clause.end)
    )


# the bodies that approve, receive or are told: naming one says to whom, never which task
_AUTHORITY_FOLDS = frozenset(["hdnd", "ubnd", "uy", "so"])


def _only_authority(matched: list[str]) -> bool:
    """The words are a body and where it sits ("HĐND huyện"), nothing of what was done."""
    folds = [_fold_of(t) for t in matched]
    return any(f in _AUTHORITY_FOLDS for f in folds) and all(f in _AUTHORITY_FOLDS or f in _PLACE_KINDS for f in folds)


def _light_and_loose(matched: list[str]) -> bool:
    """ "Đã tổ chức hội nghị sơ kết công tác …" against "Tổ chức thành công Hội chợ …": "tổ chức" and a
    syllable or two of other compounds name no event; the task's own event must be said."""
    folds = [_fold_of(t) for t in matched]
    while folds and folds[0] in _PLACE_KINDS and tuple(folds[:2]) not in _LIGHT_OPENINGS:
        folds = folds[1:]  # "Huyện đã tổ chức …": who did it, not what
    if tuple(folds[:2]) not in _LIGHT_OPENINGS:
        return False
    rest = [f for f in folds[2:] if f not in _WEAK_FOLDS and f not in _PLACE_KINDS]
    return len(rest) <= 2


_MEASURE_FOLDS = frozenset(f for _, f in lx.phrase_keys("số tiền"))


def _measure_word(text: str) -> bool:
    return _fold_of(text) in _MEASURE_FOLDS


def _opens_with(ix: _Indexed, ws: list[Word], matched: list[str]) -> bool:
    """ "NTMNC còn tiêu chí môi trường chưa đạt, đang tập trung": the clause opens with the task's word, its subject;
    what follows is detail the task's text need not hold. A place opening it ("Thuận An báo cáo") only says who."""
    return bool(ws) and ws[0].text in matched and not _only_places(ix, [ws[0].text])


_HEADER_ROWS = 6
_HEADER_RE = re.compile(r"[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,3}[ \t]*:")


def _under_header(folded: str, clause: _Clause, rows: list[_Row]) -> tuple[list[_Row], int]:
    """ "HTX: chưa thành lập được HTX thứ 2, đang hướng dẫn hồ sơ", "ntm: còn tiêu chí thu nhập và hộ nghèo chưa
    đạt": a short label before a colon names what the clause is about; the words after it are details. A task
    the label names leads every task it does not name. Also returns the task the label names if it leads now
    (-1 if none): the details after the label need not be words of it."""
    first = clause.words[0]
    m = _HEADER_RE.match(folded, first.start, clause.end)
    if m is None or not rows:
        return rows, -1
    end = m.end()
    after = folded[end : clause.end].lstrip(" \t")
    if not after or after[0] == "\n":
        return rows, -1  # a label over the lines below ("Thuận An báo cáo:")
    label = set()
    for w in clause.words:
        if w.start >= end:
            break
        label.add(w.text)
    # a task whose unit the clause's figure contradicts ("5 hộ" on a count of houses) is not the one named;
    # only the head of the ranking can change
    head = rows[:_HEADER_ROWS]
    named = [bool(label.intersection(row[6])) and row[4] >= 0 for row in head]
    if not any(named[:2]):
        return rows, -1  # no task named
    out = [row if named[k] else (-row[3] * 0.5, *row[1:3], row[3] * 0.5, *row[4:]) for k, row in enumerate(head)]
    out += rows[_HEADER_ROWS:]
    out.sort()
    return out, out[0][2] if label.intersection(out[0][6]) and out[0][4] >= 0 else -1


def _subject_word(w: Word, clause: _Clause) -> bool:
    """A clause's first word that names a thing: no cue ("nhắn nhầm"), no abbreviation read in full, no
    word said of many tasks ("tỷ lệ")."""
    return (
        _content(w)
        and w.key not in _WEAK_KEYS
        and not _light(w.text)
        and w.fold not in lx.ABBREVIATIONS
        and not any(i == 0 for i, _, _ in _hits_inside(clause))
    )


def _opens_with_pair(ix: _Indexed, ws: list[Word], folded: str) -> bool:
    """The clause opens with two unaccented words the task spells side by side, the first of which folds like a
    function word: "tai canh + ghep cai tao them 35ha" opens with "tái canh" (no "tại")."""
    return (
        len(ws) >= 2
        and not ws[0].accented
        and not ws[1].accented
        and ws[0].fold in lx.STOP_FOLDS
        and (ws[0].fold, ws[1].fold) in ix.fold_bigrams
        and folded[ws[0].end : ws[1].start] == " "
    )


def _opens_as_task(ix: _Indexed, ws: list[Word]) -> bool:
    """The clause opens with the task text's first two words, whatever they are ("Số hóa …")."""
    if len(ws) < 2:
        return False
    opening = words(clean(ix.task.text))[:2]
    return len(opening) == 2 and all(_word_is(w, o.key, o.fold) for w, o in zip(ws, opening, strict=False))


_COMPLETE_OPENING = tuple(k for k, _ in lx.phrase_keys("hoàn thành"))
_RATE_OPENING = tuple(k for k, _ in lx.phrase_keys("tỷ lệ"))


def _action_after_opening_said(ix: _Indexed, ws: list[Word]) -> bool:
    """ "cứng hóa" of "Hoàn thành cứng hóa 26,5km …": the task's action, after "Hoàn thành", said side by side."""
    if ix.opening:
        return False
    raw = _first_words(ix.task.text)
    if len(raw) < 4 or (raw[0].key, raw[1].key) != _COMPLETE_OPENING:
        return False
    if not clean(ix.task.text)[raw[1].end :].lstrip()[:1].isalpha():
        return False  # ("Hoàn thành 18,5km đường …": no action after it, only what is finished)
    return _pair_said(ws, raw[2], raw[3])


def _listed_action_said(ix: _Indexed, ws: list[Word]) -> bool:
    """ "bê tông hóa" of "Nhựa hóa, bê tông hóa 2,4km đường …": the second of two actions the task opens by listing,
    said side by side, opens it as much as the first."""
    return ix.listed is not None and _pair_said(ws, *ix.listed)


def _listed_words(text: str) -> tuple[Word, Word] | None:
    """The second action a task's text opens by listing two ("bê tông" of "Nhựa hóa, bê tông hóa …"), past the verbs
    wrapping them ("giao" of "Tham mưu phân bổ, giao dự toán …"), if any."""
    raw = _first_words(text, 8)
    raw = raw[_past_wrapping_verbs(raw) :]
    # (a pair an opening would not be made of says no action: "trồng mới" of "Cải tạo, trồng mới 80 ha vườn na")
    # (the word after it may be a function word: "giao dự toán")
    if len(raw) < 4 or not _content(raw[2]) or raw[2].key in _WEAK_KEYS or raw[3].key in _WEAK_KEYS:
        return None
    if clean(text)[raw[1].end : raw[2].start].strip() != ",":
        return None
    return raw[2], raw[3]


def _past_wrapping_verbs(raw: Sequence[Word]) -> int:
    """Where a task's own action starts, past the verbs wrapping it ("Tham mưu", "Hướng dẫn, hỗ trợ")."""
    k = 0
    while k + 1 < len(raw) and (raw[k].key, raw[k + 1].key) in _WRAPPING_VERBS:
        k += 2
    return k


def _pair_said(ws: list[Word], first: Word, second: Word) -> bool:
    """The clause says these two words of a task's text in order, side by side."""
    k1, f1, k2, f2 = first.key, first.fold, second.key, second.fold
    return any(_word_is(a, k1, f1) and _word_is(b, k2, f2) and b.start - a.end <= 1 for a, b in pairwise(ws))


# verbs that wrap a task's action: "Tham mưu thu ngân sách …", "Phối hợp vận động thành lập mới 35 doanh nghiệp"
_WRAPPING_VERBS = frozenset(
    tuple(k for k, _ in lx.phrase_keys(p))
    for p in ("tham mưu", "phối hợp", "vận động", "tuyên truyền", "hỗ trợ", "chỉ đạo", "đôn đốc", "hướng dẫn")
)


def _wrapped_action_said(ix: _Indexed, ws: list[Word]) -> bool:
    """The two words after a task's wrapping verbs ("thu ngân" of "Tham mưu thu ngân sách …"), said side by side:
    the task's own action, as much as another task opening with it."""
    raw = _first_words(ix.task.text, 8)
    k = _past_wrapping_verbs(raw)
    return 0 < k < len(raw) - 1 and _pair_said(ws, raw[k], raw[k + 1])


def _opening_said(ix: _Indexed, ws: list[Word]) -> bool:
    """The clause says the task's first two words, in order, side by side ("ghép cải" of "Ghép cải tạo …"); an
    opening with a function word counts when it is a compound of its own ("số hóa" of "Số hóa 100% hồ sơ")."""
    opening = ix.opening
    if len(opening) < 2:
        raw = words(clean(ix.task.text))[:2]
        if len(raw) == 2 and any(_synonym_opens(w, raw[0].key, raw[1].key) for w in ws):
            return True
        if len(raw) < 2 or _content(raw[0]) or not _content(raw[1]) or raw[1].key in _WEAK_KEYS:
            return False
        opening = ((raw[0].key, raw[0].fold), (raw[1].key, raw[1].fold))
    (k1, f1), (k2, f2) = opening
    return any(
        _word_is(a, k1, f1) and (_word_is(b, k2, f2) or _abbreviation_opens(b, k2)) and b.start - a.end <= 1
        for a, b in pairwise(ws)
    )


def _synonym_opens(w: Word, k1: str, k2: str) -> bool:
    """One word the pledge's two-word opening is an everyday word for: "lập" of "thành lập mới" says the
    "Phát triển" of "Phát triển mới 3 hợp tác xã" as much as the "Thành lập" of the task beside it."""
    return any([k for k, _ in lx.phrase_keys(m)] == [k1, k2] for m in _synonyms_of(w) or ())


def _abbreviation_opens(w: Word, key: str) -> bool:
    """The word is an abbreviation one of whose meanings opens with that word: "NS" for "ngân …"."""
    meanings = lx.ABBREVIATIONS.get(w.fold) if _plain(w) else None
    return bool(meanings) and any(lx.phrase_keys(m)[0][0] == key for m in meanings or ())


# how a target is bounded or moved: no qualifier of what the task is about
_DIMENSION_FOLDS = frozenset(["san", "luong", "dien", "tich", "kinh", "phi", "so"])  # sản lượng, diện tích …
_BOUND_FOLDS = frozenset(
    ["duoi", "khong", "qua", "tren", "it", "nhat", "toi", "da", "thieu", "con", "giam", "tang", "dat", "len", "xuong"]
)
# the same words by accent key: a matched word spelt with its marks is one of them only as spelt ("tỏi" is no "tới")
_DIMENSION_KEYS = frozenset(_key_of(w) for w in ("sản", "lượng", "diện", "tích", "kinh", "phí", "số"))
_BOUND_KEYS = frozenset(
    _key_of(w)
    for w in (
        *("dưới", "không", "quá", "trên", "ít", "nhất", "tối", "tới", "đa", "thiểu", "còn", "giảm", "tăng", "đạt"),
        *("lên", "xuống"),
    )
)


def _could_hold(ix: _Indexed, values: list[Number]) -> bool:
    """The task could hold each figure as its level: "12.180 ha" is no level of "Tích tụ … 300ha", 40 times over."""
    target, unit = ix.task.target, ix.unit
    if target is None or unit is None or target <= 0:
        return True
    return all(n.unit is None or not n.unit.fits(unit) or convert(n.value, n.unit, unit) <= 2 * target for n in values)


# the words that name an extent, which every task measured in area or length has ("sản lượng" names an output)
_EXTENT_FOLDS = frozenset(["dien", "tich", "chieu", "dai"])
_EXTENT_KEYS = frozenset(_key_of(w) for w in ("diện", "tích", "chiều", "dài"))


def _said_as(text: str, folds: frozenset[str], keys: frozenset[str]) -> bool:
    fold_, key, accented = word_forms(text.lower())
    return key in keys if accented else fold_ in folds


def _what_befell(book: _Book, ws: list[Word], rows: list[_Row]) -> list[_Row]:
    """ "tôm bị bệnh 3,8% diện tích thả nuôi" between "Thả nuôi tôm … 85ha" and "Tỷ lệ diện tích nuôi tôm bị dịch
    bệnh không quá 5%": what befell the thing ("bị bệnh") is what is measured; a task that does not say it is not
    the one, when a task in the running does."""
    befell = {
        ws[k + 1].fold
        for k in range(len(ws) - 1)
        if ws[k].fold == "bi" and (ws[k].key == _BI_KEY or not ws[k].accented) and _content(ws[k + 1])
    }
    if not befell:
        return rows
    says = [bool(r[6]) and bool(befell & book.tasks[r[2]].raw_folds) for r in rows[:4]]
    if not any(says) or all(says):
        return rows
    # every task in the running that does not say it counts for half
    out = [_scaled(r, 0.5) if k < 4 and not says[k] else r for k, r in enumerate(rows)]
    out.sort()
    return out


_BI_KEY = lx.phrase_keys("bị")[0][0]


def _near_poor_unsaid(book: _Book, ws: list[Word], rows: list[_Row]) -> list[_Row]:
    """ "Giảm nghèo được 12 hộ" against "Giảm ít nhất 15 hộ cận nghèo": poverty said without "cận" is not the
    near-poor households, the one kind a task saying "nghèo" only as "cận nghèo" counts; that task is no answer."""
    if any(w.fold == "can" for w in ws):
        return rows
    out = [
        _scaled(r, 0.3)
        if k < 4
        and r[6]
        and (run := book.tasks[r[2]].word_run).count(" ngheo ") == run.count(" can ngheo ") > 0
        else r
        for k, r in enumerate(rows)
    ]
    out.sort()
    # (only for a task poverty itself names: "Tỷ lệ hộ nghèo xã còn 21%" is no report on "Tỷ lệ hộ sử dụng nước …")
    return out if any(_fold_of(t) == "ngheo" for t in out[0][6]) else rows


def _settle_tie(book: _Book, ws: list[Word], rows: list[_Row], cut_said: bool = False, text: str = "") -> list[_Row]:
    """Two tasks the clause's words fit about as well, told apart by what only one of them can be: a
    task opening with a light verb and its own action ("Tổ chức tập huấn kỹ thuật tái canh cà phê") is
    not what a clause without that action reports ("tái canh 310 ha"), when another task on the same words
    is. A figure alone does not settle it: a task with no figure may still be reported with one ("ngân
    sách 2,1 tỷ" between "Thu ngân sách … 3,2 tỷ" and "Chi ngân sách đúng dự toán" is asked)."""
    top = rows[0][3]
    near = [r for r in rows[:4] if r[3] > 0 and top - r[3] < max(_MARGIN_ABS, _MARGIN_REL * top)]
    if len(near) < 2:
        return rows
    demoted: set[int] = set()
    if not _LEAVING_OUT_RE.search(text):
        # "tiền SDĐ là 86 tỷ" between "Tham mưu thu tiền sử dụng đất …" and "Thu thuế, phí (không kể tiền sử dụng
        # đất) …": a word one task names only to leave it out, said where another task holds it, is the other's
        for r in near:
            left_out = book.tasks[r[2]].left_out
            if left_out and any(
                (f := _fold_of(m)) in left_out
                and any(o is not r and f in book.tasks[o[2]].folds and f not in book.tasks[o[2]].left_out for o in near)
                for m in r[6]
            ):
                demoted.add(r[2])
        if demoted and len(demoted) < len(near):
            return _demoted(rows, demoted)
        demoted = set()
    said: set[str] | None = None
    missing: list[int] = []
    for r in near:
        action = book.tasks[r[2]].action
        if action:
            if said is None:
                said = {w.key for w in ws} | {w.fold for w in ws if not w.accented}
            # (a verb of the task's own, alone, is all the clause matched: "thu thêm 35 tỷ" on "Tổ chức đấu giá …, thu
            # ngân sách từ đấu giá đạt 210 tỷ" says its second action as much as another task's)
            if (
                action[0] not in said
                and action[1] not in said
                and not (len(r[6]) == 1 and _key_of(r[6][0]) in _VERB_KEYS)
            ):
                missing.append(r[2])
    if missing and len(missing) < len(near):
        demoted.update(missing)
    if not demoted:
        # "ghép cải tạo 96ha" between "Ghép cải tạo 230 ha cà phê" and "Tập huấn kỹ thuật tái canh, ghép cải tạo
        # cà phê": the task whose own opening verb is said wins over one whose verb is not
        # (a task opening "Hoàn thành cứng hóa …" has its action right after that)
        heads = {
            r[2]: _opening_said(book.tasks[r[2]], ws)
            or _action_after_opening_said(book.tasks[r[2]], ws)
            or _listed_action_said(book.tasks[r[2]], ws)
            for r in near
        }
        if any(heads.values()) and not all(heads.values()):
            # "tiêm phòng đạt 82%" between "Tiêm phòng LMLM …" and "Tỷ lệ tiêm phòng vắc xin cúm …": the rate of that
            # same action says it as much as the task opening with it
            said_openings = {book.tasks[i].opening for i, said_head in heads.items() if said_head}
            # (an action said second in a list is that same action: "đào tạo đạt 66%" between "Tuyển sinh, đào tạo
            # nghề …" and "Tỷ lệ lao động qua đào tạo …")
            listed = {
                (pair[0].key, pair[1].key)
                for i, said_head in heads.items()
                if said_head and (pair := book.tasks[i].listed) is not None
            }
            for i, said_head in list(heads.items()):
                rate_of = _first_words(book.tasks[i].task.text)
                if (
                    not said_head
                    and len(rate_of) == 4
                    and (rate_of[0].key, rate_of[1].key) == _RATE_OPENING
                    and (
                        ((rate_of[2].key, rate_of[2].fold), (rate_of[3].key, rate_of[3].fold)) in said_openings
                        or any(pair in book.tasks[i].bigrams for pair in listed)
                    )
                ):
                    heads[i] = True
        if (
            any(heads.values())
            and not all(heads.values())
            and all(said_head or _wrapped_action_said(book.tasks[i], ws) for i, said_head in heads.items())
        ):
            # "thu ngân sách đạt 210 tỷ" between "Thu ngân sách từ thuế, phí …" and "Tham mưu thu ngân sách từ tiền
            # sử dụng đất …": the action of each is said, after the wrapping verbs of one; nothing tells them apart
            return rows
        if any(heads.values()) and not all(heads.values()):
            demoted.update(i for i, said_head in heads.items() if not said_head)
    if not demoted and len(near) == 2:
        # "Đường nội đồng: thêm 300m" between "… đường giao thông nội đồng" and "… kênh mương nội đồng": one task
        # holds every word the other matched and a word of substance more
        first, second_row = ({_fold_of(t) for t in r[6]} for r in near)
        for mine, theirs, row, own in (
            (first, second_row, near[1], book.tasks[near[0][2]]),
            (second_row, first, near[0], book.tasks[near[1][2]]),
        ):
            extra = mine - theirs
            # (a kind of place counts when it is what the task counts: "thêm 1 bản" on "… đến 7 bản")
            if (
                theirs
                and theirs < mine
                and any(
                    f in (_counted_noun(own), _rate_subject(own)) or (f not in _WEAK_FOLDS and f not in _PLACE_KINDS)
                    for f in extra
                )
            ):
                demoted.add(row[2])
                break
    if not demoted and len(near) == 2 and {_fold_of(t) for t in near[0][6]} == {_fold_of(t) for t in near[1][6]}:
        # "ty le ngheo da giam con 2,2%" between "Tỷ lệ hộ nghèo …" and "Tỷ lệ hộ cận nghèo …": the clause says what
        # both say; the one with a qualifier of its own ("cận") the clause leaves out is not meant
        a, b = (book.tasks[r[2]] for r in near)
        said = {w.fold for w in ws}
        if "them" in said:
            said.add("moi")  # "thêm 1 trường …" says a new one as much as "mới" does
        matched = {_fold_of(t) for t in near[0][6]}
        # (words a task names only to leave them out are none of its own: "thu được 60 tỷ" between "thu tiền sử dụng
        # đất" and "thu ngân sách nội địa (không kể tiền sử dụng đất)" says neither; "tiền SDĐ 60 tỷ" says the one)
        own_a, own_b = set(a.folds), set(b.folds)
        if not (a.left_out | b.left_out) & (said | _expanded_folds(ws)):
            own_a, own_b = own_a - a.left_out, own_b - b.left_out
        only_a = own_a - own_b - _BOUND_FOLDS
        only_b = own_b - own_a - _BOUND_FOLDS
        # "Công nhận lại 4 trường …" beside "Công nhận mới 6 trường …": "lại" (again), no content word, is all that
        # tells the schools re-recognised from the new ones; either is said, or neither is meant over the other
        if "lai" in a.raw_folds and "lai" not in b.raw_folds:
            only_a.add("lai")
        elif "lai" in b.raw_folds and "lai" not in a.raw_folds:
            only_b.add("lai")
        # (the word itself, read from the clause's text: "lại" is no content word, and "thêm 1 trường" may be one
        # more of either)
        literal = set(_WORD_RUN_RE.findall(text)) & _AGAIN_OR_NEW
        if "lai" in only_a | only_b and "lai" in literal:
            said.add("lai")
        for plain, qualified, row in ((only_a, only_b, near[1]), (only_b, only_a, near[0])):
            longer = book.tasks[row[2]]
            # the word the qualifier stands beside must be said ("nghèo" of "hộ cận nghèo"): "giảm được 12 hộ"
            # says neither kind of household
            beside = {n for q in qualified for n in longer.neighbours.get(q, ())} - qualified
            # (across a function word: "đào tạo có bằng cấp" stands the qualifier beside "tạo")
            beside |= {m for n in beside if n not in longer.folds for m in longer.neighbours.get(n, ())} - qualified
            if not plain and qualified and not qualified & said and beside & matched - {_HOUSEHOLDS}:
                demoted.add(row[2])
                break
        said_a, said_b = only_a & literal, only_b & literal
        if not demoted and "lai" in only_a | only_b and bool(said_a) != bool(said_b):
            demoted.add(near[1][2] if said_a else near[0][2])  # "công nhận lại chuẩn QG: 3 trường"
    if not demoted and any(w.key == _CON_KEY or (not w.accented and w.fold == "con") for w in ws):
        # "hộ nghèo còn 8,96%" between "… giảm còn không quá 8,5%" and "… đồng bào DTTS giảm ít nhất 3%": what is
        # left is a level, never the size of a cut, nor a rate of coverage ("Cấp thẻ BHYT cho 100% … hộ nghèo")
        kinds = [_cut_or_level(book.tasks[r[2]]) for r in near]
        others = [(kind, book.tasks[r[2]]) for r, kind in zip(near, kinds, strict=True) if kind != "level"]
        if kinds.count("level") == 1 and all(kind == "cut" or not tu_is_rate(ix) or _covers(ix) for kind, ix in others):
            demoted.update(r[2] for r, kind in zip(near, kinds, strict=True) if kind != "level")
    if not demoted:
        # "Trồng rừng 140ha" between "Trồng mới 180 ha rừng sản xuất" and "Chuyển hóa … rừng trồng keo": two words said
        # in one order are not the compound the other order makes ("rừng trồng", planted forest)
        pairs = [(a.fold, b.fold) for a, b in pairwise(ws) if b.start - a.end <= 1 and _content(a) and _content(b)]
        reversed_in = {
            r[2]
            for r in near
            for x, y in pairs
            if (y, x) in book.tasks[r[2]].fold_bigrams and (x, y) not in book.tasks[r[2]].fold_bigrams
        }
        if reversed_in and len(reversed_in) < len(near):
            demoted.update(reversed_in)
    doing_ends = None if demoted else _doing_ends(ws)
    if doing_ends is not None:
        # "Hỗ trợ đất sản xuất cho 32 hộ thiếu đất" between "Hỗ trợ đất sản xuất cho 85 hộ … thiếu đất" and "Hỗ trợ
        # chuyển đổi nghề cho 140 hộ thiếu đất sản xuất": what was done, before "cho", is what one task does and
        # only whom the other serves
        doing = [w for w in ws[:doing_ends] if _content(w)]
        doing_said = {w.fold for w in doing if w.fold not in lx.ABBREVIATIONS}
        # (an abbreviation says one of its meanings: "sx", sản xuất)
        shortened = [[fold(m).split() for m in lx.ABBREVIATIONS[w.fold]] for w in doing if w.fold in lx.ABBREVIATIONS]
        splits = {r[2]: _doing_and_served(book.tasks[r[2]].task.text) for r in near}
        if len(doing) >= 2 and all(split is not None for split in splits.values()):
            does = {
                i
                for i, split in splits.items()
                if split is not None
                and doing_said <= split[0]
                and all(any(set(m) <= split[0] for m in meanings) for meanings in shortened)
            }
            if does and len(does) < len(near):
                demoted.update(i for i in splits if i not in does)
    if not demoted and cut_said:
        # "cận nghèo giảm 0,8%" between "Tỷ lệ hộ nghèo giảm còn dưới 18,5%" and "Giảm tỷ lệ hộ cận nghèo ít nhất
        # 1,2%": a rate said as what was cut ("giảm", "giảm được", no "còn") is the size of a cut, no level
        kinds = [_cut_or_level(book.tasks[r[2]]) for r in near]
        if kinds.count("cut") == 1 and all(kind in ("cut", "level") for kind in kinds):
            cut = book.tasks[near[kinds.index("cut")][2]]
            levels = [book.tasks[r[2]] for r, kind in zip(near, kinds, strict=True) if kind == "level"]
            said_folds = {w.fold for w in ws}
            # (unless the cut is pledged for a group the clause does not name: "Giảm tỷ lệ hộ nghèo trong đồng bào
            # dân tộc Khmer ít nhất 2,5%" beside the district's level, for "hộ nghèo giảm 1,6%", is asked)
            cut_words = {f for f in cut.folds if f not in _BOUND_FOLDS and f not in lx.STOP_FOLDS}
            if all(f in said_folds for ix in levels for f in cut_words - set(ix.folds)):
                demoted.update(r[2] for r, kind in zip(near, kinds, strict=True) if kind == "level")
    if not demoted or len(demoted) >= len(near):
        return rows
    return _demoted(rows, demoted)


def _demoted(rows: list[_Row], demoted: set[int]) -> list[_Row]:
    """The ranking with the demoted tasks' scores halved, re-sorted."""
    return sorted(_scaled(r, 0.5) if r[2] in demoted else r for r in rows)


_CON_KEY = lx.phrase_keys("còn")[0][0]
_GIAM_KEY = lx.phrase_keys("giảm")[0][0]


def _verb_and_unit_shared(
    book: _Book,
    ws: list[Word],
    values: list[Number],
    unit_starts: set[int],
    matched: list[str],
    best_idx: int,
    rows: list[_Row],
) -> bool:
    """The clause matched only its figure's unit words and the task's opening verb, and another task opening with
    the same verb holds every one of those words."""
    if not _verb_and_bare_unit(ws, values, unit_starts, matched):
        return False
    unit_texts = {w.text for w in ws if w.start in unit_starts}
    said = [_fold_of(t) for t in matched if t not in unit_texts]

    def opens_with_them(ix: _Indexed) -> bool:
        return [w.fold for w in _first_words(ix.task.text)[: len(said)]] == said

    if not opens_with_them(book.tasks[best_idx]):
        return False
    folds = {_fold_of(t) for t in matched}
    dims = {n.unit.dim for n in values if n.unit is not None}
    return any(
        row[2] != best_idx
        and (other := book.tasks[row[2]]).unit is not None
        and other.unit.dim in dims  # a rate task takes no count of households
        and folds <= other.raw_folds
        and opens_with_them(other)
        for row in rows[1:4]
    )


def _kind_left_unsaid(book: _Book, best_idx: int, values: list[Number], ws: list[Word]) -> bool:
    """Every figure counts a bare noun ("8 hộ") and the task counts one kind of it ("hộ cận nghèo"), the clause
    says nothing of the kind, and another task speaks of another kind ("hộ nghèo")."""
    first = values[0].unit if values else None
    if first is None or first.label not in ("ho", "nguoi"):
        return False
    unit = book.tasks[best_idx].unit
    if unit is None or unit.dim != "count":
        return False
    nouns = {n.unit.label for n in values if n.unit is not None}
    if len(nouns) != 1 or len(values) != sum(1 for n in values if n.unit is not None):
        return False
    bare = next(iter(nouns))
    if bare not in ("ho", "nguoi") or unit.label == bare or not unit.label.startswith(bare + " "):
        return False
    kind = set(unit.label.split()) - {bare}
    said = {w.fold for w in ws}
    if kind & said:
        return False
    return any(
        i != best_idx and bare in ix.raw_folds and (other := kind & ix.raw_folds) and other != kind
        for i, ix in enumerate(book.tasks)
    )


_BUDGET_SIDES = {"thu": "chi", "chi": "thu"}


def _object_said_before(book: _Book, best_idx: int, clause: _Clause, matched: list[str]) -> bool:
    """A list of verbs on one object: the piece right before the clause, on its line, opens with another task's verb
    and object ("Thu ngân sách …"), and the task holds the clause's verb with that object ("… chi ngân sách xã …")."""
    text = clause.folded
    if not text or clause.start == 0 or text[clause.start - 1] != ",":
        return False
    line = max(text.rfind(c, 0, clause.start) for c in ";\n.") + 1
    before = words(text[line : clause.start])
    if len(before) < 3:
        return False
    verb = {_fold_of(t) for t in matched}
    opening, a, b = before[0].fold, before[1].fold, before[2].fold
    ix = book.tasks[best_idx]
    if len(verb) == 1 and _BUDGET_SIDES.get(opening) in verb and ix.opening and ix.opening[0][1] in verb:
        # "thu NSNN đạt 85% dự toán, chi 4.200 triệu": the budget's two sides said in turn, however the object is
        # written, when another task opens with the side said first
        return any(
            i != best_idx and other.opening and other.opening[0][1] == opening for i, other in enumerate(book.tasks)
        )
    return (
        opening not in verb
        and (a, b) in ix.fold_bigrams
        and any(
            i != best_idx
            and (a, b) in other.fold_bigrams
            # ("Điều hành chi ngân sách …": the verb and its object, said as the other task says them)
            and ((other.opening and other.opening[0][1] == opening) or f" {opening} {a} {b} " in other.word_run)
            for i, other in enumerate(book.tasks)
        )
    )


def _doing_ends(ws: list[Word]) -> int | None:
    """Where what was done ends in a clause: at "cho" (for whom), or before "thêm", the count that follows whom it
    served ("hỗ trợ đất sx thêm 3 hộ")."""
    at = next((k for k, w in enumerate(ws) if k and w.fold == "cho"), None)
    return at if at is not None else next((k for k, w in enumerate(ws) if k > 1 and w.fold == "them"), None)


@lru_cache(maxsize=1024)
def _doing_and_served(text: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """The folds of a task's words before its "cho" (what it does) and after it (whom it serves)."""
    before, found, after = f" {fold(clean(text))} ".partition(" cho ")
    if not found:
        return None
    return frozenset(before.split()), frozenset(after.replace(",", " ").split())


def _another_kind_named(ix: _Indexed, ws: list[Word], matched: list[str]) -> bool:
    """The clause opens with a kind of unit the task does not hold ("Trường …", "Trạm y tế …") and matched only
    the task's places and words every standard shares."""
    if not ws or ws[0].fold not in _OTHER_UNIT_KINDS or ws[0].fold in ix.raw_folds:
        return False
    rest = [t for t in matched if _fold_of(t) not in ix.place_words]
    return len(rest) < len(matched) and all(_key_of(t) in _WEAK_KEYS for t in rest)


_OTHER_UNIT_KINDS = frozenset(["truong", "tram", "cho", "benh", "htx", "clb", "chua", "nvh"])


_OTHER_COMPOUND_WEIGHT = 0.5


def _compound_completed_otherwise(runner: _Indexed, leader: _Indexed, ws: list[Word], matched: list[str]) -> bool:
    """A word the runner-up matched is followed in the clause by the word the leader pairs it with, where the
    runner-up pairs it with another word the clause does not say: "nội bản" said, "nội đồng" pledged."""
    said = {w.fold for w in ws}
    mine = {_fold_of(t) for t in matched}
    for k in range(len(ws) - 1):
        a, b = ws[k], ws[k + 1]
        if a.fold not in mine or (a.fold, b.fold) not in leader.fold_bigrams or b.fold in runner.folds:
            continue
        if not _content(b) or b.fold in _STATUS_FOLDS or b.fold in lx.ABBREVIATIONS:
            continue  # ("… thêm 3", "… đạt 87%": no second half of a compound)
        if (
            k + 2 < len(ws)
            and _content(ws[k + 2])
            and ws[k + 2].fold not in leader.folds
            and any(x == b.fold for x, _ in leader.fold_bigrams)
        ):
            continue  # ("tổ chức Hội nghị" against "Tổ chức Hội thao": the leader's "hội" is no "hội nghị" either)
        # the runner-up pairs the word with others, none of them said ("hộ nghèo" said keeps "hộ" of "hộ nghèo")
        pairs = [y for x, y in runner.fold_bigrams if x == a.fold]
        if pairs and not any(y in said for y in pairs):
            return True
    return False


def _counted_by_another(book: _Book, best_idx: int, values: list[Number], folded: str) -> bool:
    """A bare figure said as more ("thêm 2 homestay") counts the noun right after it, and another task with a
    target counts that noun."""
    for n in values:
        if (n.unit is not None and n.unit.label.split()[0] not in book.own_counts) or n.denom is not None:
            continue  # (a unit of a task's own count noun was read off that noun: see _count_nouns)
        if not _MORE_BEFORE_RE.search(folded, max(0, n.start - 12), n.start):
            continue
        noun = _WORD_AFTER_RE.match(folded, n.end, n.end + 24)
        if noun is None:
            continue
        counted = noun.group(1)
        for i, ix in enumerate(book.tasks):
            if i != best_idx and ix.task.target and ix.unit is not None and ix.unit.label.split()[0] == counted:
                return True
    return False


def _served_only(ix: _Indexed, matched: list[str]) -> bool:
    """Every matched word is among those the task serves (after its "cho"), none among what it does. A word said
    with its marks is told from what the task does by them too: "hộ" is no "hỗ" of "Hỗ trợ xây mới … nhà"."""
    split = _doing_and_served(ix.task.text)
    if split is None or not matched:
        return False
    doing, served = split
    doing_keys = _doing_keys(ix.task.text)
    for t in matched:
        fld, key, accented = word_forms(t.lower())
        if fld not in served or (key in doing_keys if accented else fld in doing):
            return False
    return True


@lru_cache(maxsize=1024)
def _doing_keys(text: str) -> frozenset[str]:
    """The accent keys of a task's words before its "cho"."""
    cleaned = clean(text)
    at = f" {fold(cleaned)} ".find(" cho ")
    return frozenset(w.key for w in words(cleaned) if at < 0 or w.start < at)


def _served_but_not_done(ix: _Indexed, ws: list[Word], matched: list[str]) -> bool:
    """Only those the task serves are matched, and the clause says an action of its own before its "cho" that the
    task does not hold."""
    if not _served_only(ix, matched):
        return False
    at = next((k for k, w in enumerate(ws) if w.fold == "cho"), -1)
    own = [w for w in ws[:at] if _content(w) and w.fold not in _VERB_MARKS] if at > 0 else []
    return bool(own) and not any(w.fold in ix.raw_folds for w in own)


def _pledged_parts(
    book: _Book, task_id: str, first: _Clause, second: _Clause, a: ParsedUpdate, b: ParsedUpdate
) -> bool:
    """Two figures of one kind for one task, in pieces of one sentence, each opening with a word of the task the
    other does not say ("xây mới 8 nhà, sửa chữa 5 nhà" on "Hỗ trợ xây mới, sửa chữa … nhà"): parts of it."""
    if a.kind is not b.kind or a.kind not in (UpdateKind.ABSOLUTE, UpdateKind.INCREMENT):
        return False
    if a.value is None or b.value is None or not first.folded or first.end > second.start:
        return False
    if _HARD_SPLIT_RE.search(first.folded, first.end, second.start) or _TOTAL_SAID_RE.search(first.folded):
        return False  # ("…, tổng 18 căn": the total is said; it is the figure)
    ix = _task(book, task_id)

    def leading(clause: _Clause) -> set[str]:
        figure = min((n.start for n in clause.numbers if not n.excluded), default=clause.end)
        return {w.fold for w in clause.words if w.start < figure and _content(w) and w.fold in ix.raw_folds}

    own_a, own_b = leading(first), leading(second)
    only_a, only_b = own_a - own_b, own_b - own_a
    if not only_a or not only_b:
        return False
    # the pledge lists the two side by side ("xây mới, sửa chữa", "đóng mới, cải hoán")
    task_words = words(clean(ix.task.text))
    at = {w.fold: w for w in task_words}
    text = fold(clean(ix.task.text))
    for x in only_a:
        for y in only_b:
            if x not in at or y not in at:
                continue
            left, right = (at[x], at[y]) if at[x].start < at[y].start else (at[y], at[x])
            if _LISTED_PAIR_RE.fullmatch(text, left.end, right.start):
                return True
    return False


_TOTAL_SAID_RE = re.compile(rf"(?<![^\W\d_])(?:{_TOTALS}|tong|nang)(?![^\W\d_])")
_LISTED_PAIR_RE = re.compile(r"(?:\s+[^\W\d_]+){0,1}\s*(?:,|\s+va|\s+hoac)\s+(?:[^\W\d_]+\s+){0,1}")


_FIGURE_AND_UNIT_BEFORE_RE = re.compile(r"\d(?:[ \t]*[^\W\d_]{1,5})?[ \t]*$")


def _verb_and_bare_unit(ws: list[Word], values: list[Number], unit_starts: set[int], matched: list[str]) -> bool:
    """The clause matched only verbs and the bare unit words of its figures ("hỗ trợ 28 hộ"); "giảm 180 hộ nghèo"
    says which kind in its unit's own words."""
    if not all(n.unit is not None and n.unit.label in _BARE_UNITS for n in values):
        return False
    unit_texts = {w.text for w in ws if w.start in unit_starts}
    verbs = [t for t in matched if t not in unit_texts]
    return bool(verbs) and len(verbs) < len(matched) and all(_key_of(t) in _VERB_KEYS for t in verbs)


def _name_key(n: Number, folded: str) -> str:
    """How a pledge holds a figure that names: a name's number ("1719") or a rating with its letters ("90cv")."""
    if n.excluded == "tên riêng":
        return n.raw
    glued = _GLUED_LETTERS_RE.match(folded, n.end)
    return n.raw + glued.group(1) if glued is not None else ""


# verbs said of any work: "làm", "thực hiện", "triển khai"
_WORK_VERB_KEYS = frozenset(k for p in ("làm", "thực hiện", "triển khai") for k, _ in lx.phrase_keys(p))
_WORK_VERB_FOLDS = frozenset(_fold_of(w) for p in ("làm", "thực hiện", "triển khai") for w in p.split())


@lru_cache(maxsize=1024)
def _work_verb(text: str) -> bool:
    """A verb of any work, as typed or typed without marks ("lam them 400m duong")."""
    fold, key, _ = word_forms(text.lower())
    return key in _WORK_VERB_KEYS or (key == fold and fold in _WORK_VERB_FOLDS)


def _work_verb_alone_decides(best: _Indexed, runner: _Indexed, matched: list[str], said: str) -> bool:
    """Every word the leader matched, but its verbs of any work, the runner-up holds too, and both measure a
    length or an area. (`said` is the clause, folded.)"""
    if best.unit is None or runner.unit is None or best.unit.dim != runner.unit.dim:
        return False
    if best.unit.dim not in ("length", "area"):
        return False
    heavy = [x for x in matched if not _work_verb(x)]
    verbs = [_fold_of(x) for x in matched if _work_verb(x)]
    if any(f"{v} {_fold_of(x)}" in best.text_fold for v in verbs for x in heavy):
        return False  # "làm mới" of "… đường giao thông nông thôn làm mới": a phrase of the task's own
    if any(f"{v} moi" in said and f"{v} moi" in best.text_fold for v in verbs):
        return False  # "đường làm mới thêm 800m" on "Làm mới 6,5km đường …": the task's own phrase, "mới" a cue
    return bool(heavy) and all(_fold_of(x) in runner.raw_folds for x in heavy)


def _asked_after_a_value(written: ParsedUpdate, got: list[_Outcome]) -> bool:
    """The piece alone is asked about, right after a piece that wrote a figure."""
    return (
        written.value is not None
        and len(got) == 1
        and got[0].update is None
        and got[0].status is ParseStatus.AMBIGUOUS
    )


def _object_left_out(book: _Book, last: _Outcome, now: _Outcome) -> _Outcome | None:
    """The piece's one matched word, no word of the task just written, names another task that also holds the
    object the piece before said (two syllables at least: "ngân sách" of "thu ngân sách 7,1 tỷ; chi 5,6 tỷ"),
    and that task alone takes the piece's figure: the object is left out, not unsaid."""
    if last.source is None or now.source is None or last.update is None or not last.source[3] or not now.source[3]:
        return None
    own = now.source[3][0][6]
    said_before = last.source[3][0][6]
    written = _task(book, last.update.task_id)
    if len(own) != 1 or _fold_of(own[0]) in written.raw_folds:
        return None
    ranked = [c for c in now.candidates() if c.score > 0]
    if len(ranked) != 1 or ranked[0].update is None or ranked[0].update.value is None:
        return None
    other = _task(book, ranked[0].task_id)
    shared = [x for x in said_before if _fold_of(x) in other.raw_folds]
    if len(shared) < 2 or _fold_of(own[0]) not in other.raw_folds:
        return None
    return _Outcome(ParseStatus.OK, ranked[0].update, None, "", now.source)


def _task(book: _Book, task_id: str) -> _Indexed:
    """The indexed task with this id (a few tasks per official: a scan is cheap)."""
    return next(x for x in book.tasks if x.task.id == task_id)


def _covers(ix: _Indexed) -> bool:
    """A rate task pledging to reach people ("Cấp thẻ BHYT cho 100% người thuộc hộ nghèo"): its rate rises."""
    return tu_is_rate(ix) and ix.task.direction is Direction.AT_LEAST and _doing_and_served(ix.task.text) is not None


def _only_beneficiaries(ix: _Indexed, matched: list[str]) -> bool:
    """Every matched word is among those a covering rate task serves, none among what it does."""
    return _covers(ix) and _served_only(ix, matched)


@lru_cache(maxsize=1024)
def _first_words(text: str, count: int = 4) -> tuple[Word, ...]:
    """A task's first words, four unless asked (for the openings compared in a tie)."""
    return tuple(words(clean(text))[:count])


# a cut said with its size right after: "giảm 0,8%", "giảm được 0,9%", "giảm dc 1,05%"
_CUT_BEFORE_RE = re.compile(r"(?<![^\W\d_])giam(?: (?:duoc|dc|them))?\s*$")


def _cut_or_level(ix: _Indexed) -> str:
    """A rate task pledging a cut ("giảm ít nhất 3%"), a level ("giảm còn dưới 8,5%"), or neither ("")."""
    t = ix.task
    if not tu_is_rate(ix):
        return ""
    if _kept_under(ix) or _CON_KEY in ix.keys:
        return "level"
    return "cut" if _GIAM_KEY in ix.keys and t.direction is Direction.AT_LEAST else ""


# words many tasks' reports share: with a task's opening verb they name no task on their own
_WEAK_KEYS = lx.GENERIC_KEYS | frozenset(
    k
    for p in (
        *("hồ sơ", "phê duyệt", "hoàn thành", "báo cáo", "văn bản", "đề án", "quyết định", "năm", "xong"),
        # what is said of any unit reaching a standard, not which unit: "… được công nhận đạt chuẩn"
        *("công nhận", "đạt chuẩn"),
        # "mới" said of anything new ("các xã mới đi vào hoạt động") is no "nông thôn mới"
        "mới",
        # "trên địa bàn" is said of anything anywhere
        "địa bàn",
        # how anything was done: "Lễ hội … đã tổ chức xong, an toàn, đúng quy định"
        "đúng quy định",
        # "xong 2 việc rồi": any piece of work, no "vụ việc" of a task
        "việc",
    )
    for k, _ in lx.phrase_keys(p)
)


# where anything happens ("trên địa bàn xã"), and what is said of any unit reaching a standard
_ANYWHERE_KEYS = frozenset(k for p in ("địa bàn", "xã", "huyện", "thị trấn", "phường") for k, _ in lx.phrase_keys(p))
_ANY_UNIT_KEYS = _ANYWHERE_KEYS | frozenset(k for p in ("công nhận", "đạt chuẩn") for k, _ in lx.phrase_keys(p))


_STRAY_WHY = "chỉ khớp đơn vị đếm và một âm tiết lẻ: cần hỏi"


def _unit_and_stray(ix: _Indexed, ws: list[Word], matched: list[str]) -> bool:
    """ "vướng 3 hộ chưa đồng ý" against "Xóa nhà tạm … cho 45 hộ đồng bào": the task's unit word and
    one syllable standing in another compound of the message ("đồng" of "đồng ý") name no task for a
    note. A syllable next to a word it pairs with in the task is no stray."""
    unit = ix.task.unit
    if not unit:
        return False
    unit_key = word_forms(unit.split()[0].lower())[1]
    keys = [word_forms(text.lower())[1] for text in matched]
    if keys.count(unit_key) != 1:
        return False
    at = 1 if keys[0] == unit_key else 0
    other = keys[at]
    if matched[at].lower() in lx.ABBREVIATIONS or not any(other in pair for pair in ix.bigrams):
        return False  # an abbreviation, or a word standing alone in the task, is no stray syllable
    for k in range(len(ws) - 1):
        a, b = ws[k], ws[k + 1]
        if other in (a.key, b.key) and ((a.key, b.key) in ix.bigrams or (a.fold, b.fold) in ix.fold_bigrams):
            return False
    return True


# words that make a figure-less clause news about its task even without a cue ("dời sang tháng 7")
_STATUS_WORD_RE = re.compile(
    r"\b(doi sang|doi lai|hoan|lui|tam dung|tam hoan|chuan bi|tiep tuc|trien khai|vuong|kho khan|cham|"
    r"da|dang|chua|xong|sap|het|bat dau|khoi cong|ket thuc|thuc hien|to chuc|hoan tat|khong|xay ra|"
    r"phat sinh|phat hien|ghi nhan|on dinh|dam bao)\b"
)


_REGISTERED_RE = re.compile(
    r"(?<![^\W\d_])(?:da|vua|duoc)(?: duoc)?(?: cap)?(?: giay(?: chung nhan)?| gcn)? (?:dang ky|dkkd)(?![^\W\d_])"
)
_ONE_PERIOD_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:rieng|trong) (?:thang|tuan)(?: \d{1,2}| nay| qua)?"
    r"(?![^\W\d_])(?!\s*(?:/|-|\d))"
)
# the rest of a one-line list of counts after a figure: ", 1 HTX", " và 2 tổ hợp tác"
_LIST_REST_RE = re.compile(r"(?:[ \t]*(?:,|;|va)[ \t]*\d[\d.,]*[ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2})+[ \t]*")
_ONE_PERIOD_CLOSING_RE = re.compile(
    r"(?<![^\W\d_])trong (?:thang|tuan|quy)(?: \d{1,2}| [ivx]+| nay| qua)?(?![^\W\d_])[\s.!]*$"
)
_SO_FAR_RE = re.compile(
    r"(?<![^\W\d_])(?:luy ke|tong so|nang tong|tong cong|den nay|tu dau nam|ca nam|dau nam|hien co|hien nay)"
    r"(?![^\W\d_])"
)
_PLAN_EXCEEDED_RE = re.compile(r"(?<![^\W\d_])vuot (?:ca )?(?:du toan|ke hoach|kh|chi tieu)(?![^\W\d_])")
_DA_KEY = _key_of("đã")
_MEETING_CALLED_RE = re.compile(r"(?<![^\W\d_])hop(?: giao ban| truc tuyen)?(?![^\W\d_])")
_MEETING_TIME_RE = re.compile(
    r"(?<![^\W\d_])(?:(?:sang|chieu|toi|trua) (?:nay|mai)|ngay mai|tuan (?:sau|toi)|cuoi tuan|\d{1,2}\s?h(?:\d\d)?)"
    r"(?![^\W\d_])"
)


def _status_said(clause: _Clause) -> bool:
    """A word of status in the clause ("đang", "chưa", "xong", "đã …"); "Dạ," (yes) typed with its mark is no "đã"."""
    at = {w.start: w for w in clause.words}
    for m in _STATUS_WORD_RE.finditer(clause.folded, clause.start, clause.end):
        w = at.get(m.start())
        if m.group(1) == "da" and w is not None and w.accented and w.key != _DA_KEY:
            continue
        return True
    return False


_NOT_DISTINCT = lx.GENERIC_KEYS


_SPEND_BUDGET_RE = re.compile(r"(?<![^\W\d_])chi (?:ngan sach|ns|nsnn|thuong xuyen|tx)(?![^\W\d_])")
_COLLECT_BUDGET_RE = re.compile(r"(?<![^\W\d_])thu (?:ngan sach|ns|nsnn)(?![^\W\d_])")


# something built opened or handed over, and a task that holds an event ("Tổ chức thành công Lễ hội …")
_BUILT_OPENED_RE = re.compile(r"(?<![^\W\d_])(?:khanh thanh|thong xe|dua vao su dung|khoi cong|cat noc)(?![^\W\d_])")
_EVENT_TASK_RE = re.compile(
    # (a club or a model is launched, "ra mắt", never inaugurated)
    r"\W*(?:to chuc\W+(?:thanh cong\W+)?)?(?:le hoi|ngay hoi|dai hoi|hoi thi|hoi nghi|hoi khoe|hoi cho|giai|tuan le"
    r"|ra mat)"
    r"(?![^\W\d_])"
)


# diseases of livestock and people a vaccination or prevention task names, each by its spellings, folded
_DISEASES = (
    ("cum gia cam", "cum a", "cum h5n1", "cum h5n6"),
    ("lo mom long mong", "lmlm"),
    ("dich ta lon chau phi", "ta lon chau phi", "dtlcp", "dich ta heo chau phi", "ta heo chau phi", "asf"),
    ("viem da noi cuc", "vdnc"),
    ("tu huyet trung",),
    ("benh dai", "dai cho"),
    ("sot xuat huyet", "sxh"),
    ("rubella", "soi rubella"),  # ("sởi" alone folds to "soi", as "sỏi" does)
)
_DISEASE_RES = tuple(
    re.compile(r"(?<![^\W\d_])(?:" + "|".join(re.escape(n) for n in names) + r")(?![^\W\d_])") for names in _DISEASES
)


# a syllable every spelling of those diseases holds: a clause with none of them names no disease (the check runs on
# every clause about to be written, so the patterns are tried only past this)
_DISEASE_HINTS = ("cum", "lmlm", "mong", "ta ", "dtlcp", "asf", "vdnc", "viem", "huyet", "dai", "sxh", "rubella")


@lru_cache(maxsize=4096)
def _diseases_named(text: str) -> frozenset[int]:
    if not any(h in text for h in _DISEASE_HINTS):
        return frozenset()
    return frozenset(k for k, rx in enumerate(_DISEASE_RES) if rx.search(text))


def _another_disease(ix: _Indexed, text: str) -> bool:
    """The clause names a disease and the task names another, not this one."""
    said = _diseases_named(text)
    if not said:
        return False
    pledged = _diseases_named(ix.text_fold)
    return bool(pledged) and not said & pledged


def _spent_not_collected(ix: _Indexed, text: str) -> bool:
    """The clause reports budget spent ("chi ngân sách", "chi NS") and says nothing collected, while the task
    pledges budget collected and nothing spent."""
    if "chi " not in text or not _SPEND_BUDGET_RE.search(text) or _COLLECT_BUDGET_RE.search(text):
        return False
    return _COLLECT_BUDGET_RE.search(ix.text_fold) is not None and _SPEND_BUDGET_RE.search(ix.text_fold) is None


# the tier of the new-countryside standard said: "NTM nâng cao", "nông thôn mới kiểu mẫu", "NTMNC"
_NTM_TIER_RE = re.compile(r"(?<![^\W\d_])(?:(?:ntm|nong thon moi) (nang cao|kieu mau)|ntm(nc|km))(?![^\W\d_])")
_NTM_RE = re.compile(r"(?<![^\W\d_])(?:ntm|nong thon moi)")


def _tier(m: re.Match[str]) -> str:
    return "nc" if (m.group(1) or "").startswith("nang") or m.group(2) == "nc" else "km"


_DISTRICT_STANDARD_RE = re.compile(r"(?<![^\W\d_])(?:cong nhan huyen|huyen dat chuan)(?![^\W\d_])")


def _commune_for_district(ix: _Indexed, clause: _Clause) -> bool:
    """The clause names a commune ("xã Hồng Quang"), while the task pledges the district's own recognition ("công
    nhận huyện đạt chuẩn …") and the clause says nothing of the district."""
    ws = clause.words
    if not clause.folded or "xa " not in clause.folded or _DISTRICT_STANDARD_RE.search(ix.text_fold) is None:
        return False
    if any(w.fold == "huyen" for w in ws):
        return False
    return any(w.fold == "xa" and nxt.start in clause.names for w, nxt in pairwise(ws))


def _other_standard(ix: _Indexed, text: str) -> bool:
    """The clause names a tier of the new-countryside standard ("NTM kiểu mẫu") that the task, pledging that
    standard, does not: another title than the one pledged."""
    if "ntm" not in text and "nong thon moi" not in text:
        return False
    said = {_tier(m) for m in _NTM_TIER_RE.finditer(text)}
    if not said or not _NTM_RE.search(ix.text_fold):
        return False
    pledged = {_tier(m) for m in _NTM_TIER_RE.finditer(ix.text_fold)}
    return not said & pledged


_ANY_UNIT_PAIR = frozenset(k for k, _ in lx.phrase_keys("đơn vị"))


def _generic_match_other_said(book: _Book, matched: list[str], ws: list[Word], folded: str) -> bool:
    """Every word the task matched is a generic one ("tỷ lệ", "hộ"), while the clause says a content word no task
    of the sender holds ("nghèo"), outside brackets (which list examples): the figure is of something else."""
    keys = {_key_of(m) for m in matched}
    if keys >= _ANY_UNIT_PAIR:
        keys -= _ANY_UNIT_PAIR  # "cho các đơn vị": any agency, no task's word (but "đơn" alone is of "đơn thư")
    if not matched or not keys <= lx.GENERIC_KEYS:
        return False
    folds = {_fold_of(m) for m in matched}
    for w in ws:
        if w.fold in folds or not _content(w) or not w.fold.isalpha() or len(w.fold) < 2:
            continue
        if w.key in _WEAK_KEYS or w.fold in lx.STOP_FOLDS or w.fold in _STATUS_FOLDS or w.key in _STATUS_KEYS:
            continue
        if w.fold in lx.ABBREVIATIONS or SYLLABLE_RE.fullmatch(w.fold) is None:
            continue
        held = w.key in book.all_keys or w.fold in book.all_folds
        if not held and not (folded and _in_brackets(folded, w.start)):
            return True
    return False


_DISBURSED_RE = re.compile(r"(?<![^\W\d_])giai ngan(?![^\W\d_])")
_CAPITAL_RE = re.compile(r"(?<![^\W\d_])von(?![^\W\d_])")
_INVESTED_RE = re.compile(r"(?<![^\W\d_])(?:von|dtc|dau tu)(?![^\W\d_])")  # the capital said paid out
_LOAN_RE = re.compile(r"(?<![^\W\d_])vay(?![^\W\d_])")


def _disbursed_not_pledged(ix: _Indexed, text: str) -> bool:
    """The clause reports capital disbursed ("giải ngân") while the task pledges capital in another way (raised,
    recovered, attracted) and never disbursed."""
    if "giai ngan" not in text or not _DISBURSED_RE.search(text) or not _INVESTED_RE.search(text):
        return False
    # (a loan is paid out to the borrower: "Vay vốn ưu đãi: 26 hộ … được giải ngân" is the lending task's)
    task = ix.text_fold
    return _CAPITAL_RE.search(task) is not None and not _DISBURSED_RE.search(task) and not _LOAN_RE.search(task)


_REPAIR_FOLDS = frozenset(["sua", "chua", "khac", "phuc"])  # sửa (chữa), khắc phục: a repair


_REPAIR_DONE_RE = re.compile(
    r"(?<![^\W\d_])(?:(?:da|hoan thanh)\s+(?:tu\s+)?(?:sua|khac phuc)|sua\s+(?:chua\s+)?xong|khac phuc xong)"
    r"(?![^\W\d_])"
)


def _repair_of_other_work(ix: _Indexed, text: str, matched: list[str]) -> bool:
    """A repair said done ("đã sửa xong", "đã khắc phục") of something the task names, when the task pledges no
    repair: the news is of another work on the same thing."""
    if ("sua" not in text and "khac phuc" not in text) or not _REPAIR_DONE_RE.search(text):
        return False
    return not ix.raw_folds & _REPAIR_FOLDS and not any(_fold_of(t) in _REPAIR_FOLDS for t in matched)


def _money_twin(book: _Book, best: _Row, rows: list[_Row]) -> bool:
    """ "ngân sách đạt 21 tỷ" between "Thu ngân sách … 9,8 tỷ" and "Chi ngân sách đúng dự toán": the same
    words name a money task with no figure pledged, which a sum of money may just as well report on."""
    mine = {_fold_of(t) for t in best[6]}
    for row in rows[1:4]:
        ix = book.tasks[row[2]]
        if row[2] == best[2] or ix.task.target is not None or not row[6]:
            continue
        theirs = {_fold_of(t) for t in row[6]}
        if theirs == mine and {"ngan", "sach"} <= mine:
            return True
    return False


def _revenue_or_spending(book: _Book, best: _Row, rows: list[_Row], ws: list[Word]) -> bool:
    """ "ngân sách đạt 70% dự toán" between "Thu ngân sách … đạt 4,2 tỷ" and "Chi ngân sách … trên 95% dự
    toán": the budget is named, not whether it is taken in or spent, and both tasks take the figure."""
    mine = {_fold_of(t) for t in best[6]}
    if not {"ngan", "sach"} <= mine or any(w.fold in ("thu", "chi") for w in ws):
        return False
    if any(a.fold == "ngoai" and b.fold == "ngan" for a, b in pairwise(ws)):
        return False  # "dự án đầu tư ngoài ngân sách": money from outside the budget, neither taken in nor spent
    lead = book.tasks[best[2]].raw_folds
    if "thu" in lead and "chi" not in lead:
        other = "chi"
    elif "chi" in lead and "thu" not in lead:
        other = "thu"
    else:
        return False
    for row in rows[1:4]:
        theirs = book.tasks[row[2]].raw_folds
        if row[2] != best[2] and row[6] and {"ngan", "sach"} <= {_fold_of(t) for t in row[6]} and other in theirs:
            return True
    return False


_BUDGET_FOLDS = frozenset(["ngan", "ns", "nsnn"])


def _other_side_of_budget(ix: _Indexed, ws: list[Word]) -> bool:
    """The message says revenue ("thu ngân sách", "thu NS") of a task that only spends the budget, or the reverse."""
    for a, b in pairwise(ws):
        if b.fold not in _BUDGET_FOLDS or a.fold not in ("thu", "chi"):
            continue
        other = "chi" if a.fold == "thu" else "thu"
        return other in ix.raw_folds and a.fold not in ix.raw_folds
    return False


def _partial_abbreviation(ix: _Indexed, matched: list[str]) -> bool:
    """The clause names the task only by an abbreviation whose head word the task lacks: "CCHC" (cải
    cách hành chính) against "hồ sơ thủ tục hành chính … đúng hạn" is the wider field, not this task.
    A missing modifier is fine: "TCMR" (tiêm chủng mở rộng) against "tiêm chủng đầy đủ"."""
    if len(matched) != 1:
        return False
    meanings = lx.ABBREVIATIONS.get(word_forms(matched[0].lower())[0])
    if not meanings:
        return False
    for meaning in meanings:
        words = [k for k, _ in lx.phrase_keys(meaning) if k not in lx.STOP_KEYS]
        if not words or words[0] in ix.keys or words[0] in _NOT_DISTINCT:
            return False
    return True


def _whole_meaning(ix: _Indexed, said: str) -> bool:
    """An abbreviation said, each word of one of its meanings in the task ("GTNT": giao thông nông thôn)."""
    meanings = lx.ABBREVIATIONS.get(_fold_of(said))
    return bool(meanings) and any(
        all(k in ix.keys for k, _ in lx.phrase_keys(meaning) if k not in lx.STOP_KEYS) for meaning in meanings or ()
    )


def _weak_lead(ix: _Indexed, best: _Row, rows: list[_Row], ws: list[Word], book_tasks: Sequence[_Indexed]) -> bool:
    """The best task leads another that takes the figure as well only by common words or its opening
    verb: "tỷ lệ trực tuyến đạt 64%" between "Giải quyết hồ sơ … trực tuyến" and "Tỷ lệ thanh toán trực
    tuyến", "làm đường được 900m" between "Làm mới 2,8km đường …" and "Nâng cấp 1.500m đường …"."""
    mine = best[6]
    if len(mine) < 2 or not any(row[2] != best[2] and row[3] > 0 and row[4] >= best[4] and row[6] for row in rows[1:4]):
        return False
    if all(_light(t) or _fold_of(t) in _DIRECTION_FOLDS for t in mine):
        return True  # "tỷ lệ giảm còn 12,1%": a rate going down, of what is not said

    if not any(_light(t) for t in mine):
        return False  # nothing light to lead by
    for row in rows[1:4]:
        if row[2] == best[2] or row[3] <= 0 or row[4] < best[4] or not row[6]:
            continue
        theirs = {_fold_of(t) for t in row[6]}
        extra = [t for t in mine if _fold_of(t) not in theirs]
        if not extra or len(extra) == len(mine) or not all(_light(t) for t in extra):
            continue
        other = book_tasks[row[2]]
        if any(_fold_of(t) in theirs and _whole_meaning(ix, t) and not _whole_meaning(other, t) for t in mine):
            continue  # "GTNT" means the first task whole ("giao thông nông thôn"), the other in part ("… nội đồng")
        folds = [_fold_of(t) for t in mine]
        lead = {_fold_of(t) for t in extra}
        if any(
            (a, b) in ix.fold_bigrams and (a in lead or b in lead) and not (a in _LIGHT_FOLDS and b in _LIGHT_FOLDS)
            for a, b in pairwise(folds)
        ):
            continue  # "làm mới" said as the task says it: a word pair, not a light verb
        if any(
            w.fold in lead
            and any(
                u.fold in ix.neighbours.get(w.fold, ()) and u.fold not in _LIGHT_FOLDS and u.fold not in _GLUE_FOLDS
                for u in ws[max(0, k - 1) : k + 2]
                if u is not w
            )
            for k, w in enumerate(ws)
        ):
            continue  # the light verb beside its own word of the task ("làm mới", "mới" being no task word)
        return True
    return False


_DIRECTION_FOLDS = frozenset(["giam", "tang", "con", "xuong", "len"])


# time words a pledge adds to its task ("so với đầu năm", "cả năm"), which set no two tasks apart
_PERIOD_WORD_FOLDS = frozenset(["nam", "thang", "quy", "dau", "cuoi", "ca", "ky", "giai", "doan"])


def _shared_words_only(
    book: _Book, best_idx: int, rows: list[_Row], ws: list[Word], matched: list[str], values: Sequence[Number] = ()
) -> bool:
    """Every word said is shared by the best task and another that takes the figure too, as well on the
    words, and each of the two holds its own words, none said: "xong thêm 2 phòng" between "Xây mới 24
    phòng học kiên cố" and "Xây dựng 12 phòng ở bán trú", which one pledge spelling its unit "phòng"
    does not settle. The other task must be nearly as good on the words, and must not break a word pair
    said as the best task says it; so "ca long be 390", between "nuôi cá lồng bè … 420 lồng" and "cá nuôi
    lồng bè … 12.500 tấn", is still written on the cages, where a question would have been better."""
    if not matched:
        return False
    ix = book.tasks[best_idx]
    best_words, best_fit = next((r[3] - _FIT_WEIGHT * r[4], r[4]) for r in rows if r[2] == best_idx)
    held = {_fold_of(t) for t in matched}
    others = [
        book.tasks[row[2]]
        for row in rows[1:4]
        if row[2] != best_idx
        and row[4] >= min(best_fit, 0.5)
        and (
            row[3] - _FIT_WEIGHT * row[4] >= 0.85 * best_words
            # the very words matched, the other only longer: "thành lập mới được 5" between "Thành lập mới 6 hợp tác
            # xã" and "Cấp đăng ký thành lập mới cho 350 hộ kinh doanh"
            or (
                row[4] >= best_fit
                and len(held) >= 2
                and {_fold_of(t) for t in row[6]} == held
                and ix.unit is not PERCENT
                # (and of a size the other pledges: "việc làm 1.050" is no count of "6 phiên giao dịch việc làm")
                and _in_scale(book.tasks[row[2]], values)
                # (and its action: "thu hồi" of "Trồng lại rừng 40 ha trên diện tích đất đã thu hồi" says which land)
                and _before_its_figure(book.tasks[row[2]], held)
            )
        )
        and held <= book.tasks[row[2]].raw_folds
        # ("việc làm 2.310" between "Giải quyết việc làm mới cho 2.800 lao động" and "Tổ chức Ngày hội việc làm":
        # a pledge without a figure takes none)
        and (not values or ix.task.target is None or book.tasks[row[2]].task.target is not None)
    ]
    if not others:
        return False  # (most clauses end here: the check runs on every figure about to be written)
    said = {w.fold for w in ws}
    # word pairs said as the best task says them ("hộ nghèo", "phòng ở"): another task that breaks the
    # pair ("hộ cận nghèo", "phòng học") is a reading further off, not an equal one
    pairs = [f" {a.fold} {b.fold} " for a, b in pairwise(ws) if a.fold in held or b.fold in held]
    kept = [p for p in pairs if p in ix.word_run]
    for other in others:
        # (a task saying the two words the other way round, "rừng giao khoán bảo vệ" against "bảo vệ rừng", keeps them)
        if any(p not in other.word_run and not _reversed(other.word_run, *p.split()) for p in kept):
            continue
        mine, theirs = _own_words(ix, other), _own_words(other, ix)
        if mine and theirs and not (said & (mine | theirs)):
            return True
    return False


_WORD_RUN_RE = re.compile(r"\w+")
_QUESTION_END_RE = re.compile(r"\?\s*$")
_NOTHING_AFTER_RE = re.compile(r"[\s,;.!)]*(?:$|[,;.!])")
_PLAN_SAID_RE = re.compile(r"(?<![^\W\d_])(?:ke hoach|kh|chi tieu|du toan|chieu dai|dien tich|kinh phi)(?![^\W\d_])")
_AGAIN_OR_NEW = frozenset(["lai", "moi"])


def _before_its_figure(ix: _Indexed, folds: set[str]) -> bool:
    """Each word stands in the task's text before the task's first figure, where its action is said."""
    m = _DIGIT_RE.search(ix.text_fold)
    if m is None:
        return True
    said = set(ix.text_fold[: m.start()].split())
    return folds <= said


def _in_scale(ix: _Indexed, values: Sequence[Number]) -> bool:
    """Every figure is within ten times the task's target (a task without one takes any)."""
    target = ix.task.target
    return target is None or target <= 0 or all(n.value <= 10 * target for n in values)


def _own_words(a: _Indexed, b: _Indexed) -> set[str]:
    """The words of task a that set it apart from task b: neither b's, nor light, nor a period, nor a place."""
    return {
        f
        for f in a.folds
        if f not in b.raw_folds
        and f not in _WEAK_FOLDS
        and f not in _LIGHT_FOLDS
        and f not in _PERIOD_WORD_FOLDS
        and f not in a.place_words
    }


# "tỷ lệ", said of every rate, and light verbs that open many tasks ("làm", "xây dựng", "tổ chức")
_LIGHT = tuple(
    kf
    for p in ("tỷ lệ", "tỉ", "làm", "xây dựng", "thực hiện", "tổ chức", "triển khai", "có", "công nhận")
    for kf in lx.phrase_keys(p)
)
_LIGHT_KEYS = frozenset(k for k, _ in _LIGHT)
_GLUE_FOLDS = frozenset(["duoc", "da", "cho", "cua", "va", "cac", "nhung", "voi", "tai", "o"])
_LIGHT_FOLDS = frozenset(f for _, f in _LIGHT)


@lru_cache(maxsize=4096)
def _light(text: str) -> bool:
    """ "tỷ lệ", a light verb ("làm", "tổ chức") or "công nhận": said of many tasks alike."""
    fld, key, accented = word_forms(text.lower())
    return key in _LIGHT_KEYS or (not accented and fld in _LIGHT_FOLDS)


# nouns of three syllables whose last two are a word of their own ("văn hóa" of "nhà văn hóa")
# ("chủ đầu tư", "nhà đầu tư": the investor, no "đầu tư" of public investment)
_NOUNS_HOLDING_A_WORD_RE = re.compile(
    r"(?<![^\W\d_])(?:nha van hoa|tram y te|to dan pho|khu dan cu|chu dau tu|nha dau tu)(?![^\W\d_])"
)


# an event and the words that name it: "Lễ hội cồng chiêng", "Đại hội TDTT huyện" (up to the verb or "lần thứ")
_EVENT_NAME_RE = re.compile(
    r"(?<![^\W\d_])(le hoi|dai hoi|hoi thi|hoi thao|lien hoan|hoi dien|ngay hoi)"
    r"((?: (?!(?:da|dang|se|lan|nam|to|duoc|vua|xong|thanh)(?![^\W\d_]))[^\W\d_]+){1,4})"
)
_WHERE_BEFORE = frozenset(["o", "tai", "toi", "den"])  # "… ở Trà Lĩnh", "… tại Lan Giới", "khách tới Tràng An": where


def _only_names(clause: _Clause, matched: list[str]) -> bool:
    """Every matched word is a word of a proper name said after a kind of place or work ("thôn Đầm Môn", "cầu Rạch
    Cát 2") or after "ở"/"tại": where, or which one of another kind, not what ("XKLĐ: Hàn 130" names the country)."""
    said: set[str] = set()
    placed = False  # the name run going on opened after such a word
    before = ""
    for w in clause.words:
        if w.start in clause.names:
            placed = placed or before in _UNIT_KINDS or before in _WHERE_BEFORE
            if placed:
                said.add(w.text)
        else:
            placed = False
        before = w.fold
    return bool(said) and all(x in said for x in matched)


def _inside_event_name(ix: _Indexed, clause: _Clause, matched: list[str]) -> bool:
    """Every matched word names an event ("Lễ hội cồng chiêng") of a kind the task's text does not hold."""
    text = clause.folded
    if not text or not matched:
        return False
    for m in _EVENT_NAME_RE.finditer(text, clause.start, clause.end):
        a, b = m.span(2)
        name = [w for w in clause.words if a <= w.start < b]
        if f" {m.group(1)} " not in ix.word_run and all(x in {w.text for w in name} for x in matched):
            return True
    return False


def _inside_other_noun(ix: _Indexed, clause: _Clause, matched: list[str]) -> bool:
    """Every matched word sits inside one of the clause's three-syllable nouns that the task's text does not hold."""
    text = clause.folded
    if not text:
        return False
    spans = [
        m.span()
        for m in _NOUNS_HOLDING_A_WORD_RE.finditer(text, clause.start, clause.end)
        if f" {m.group()} " not in ix.word_run
    ]
    if not spans:
        return False
    inside = [w for w in clause.words if any(a <= w.start < b for a, b in spans)]
    said = {w.text for w in inside}
    # ("Đã sửa chữa xong nhà văn hóa ấp Mỹ Lợi" on "… sửa chữa 4 căn nhà tình thương": the task's verb, done to
    # that other thing)
    if not any(x in said for x in matched):
        return False
    verbs = [w for w in clause.words if w.text in matched and w.text not in said]
    if all(w.fold in _PLACE_KINDS for w in verbs):
        # "xây xong nhà văn hóa thôn" on "Cứng hóa 3,2 km đường giao thông nông thôn": the noun, and the kind of place
        # saying whose it is
        return True
    return all(_key_of(w.text) in _VERB_KEYS for w in verbs) and not any(
        _PIECE_RE.search(text, w.end, spans[0][0]) for w in verbs if w.end < spans[0][0]
    )


def _folds_of(ws: list[Word]) -> frozenset[str]:
    return frozenset(w.fold for w in ws)


def _weak_words(ix: _Indexed, matched: list[str], said: frozenset[str] | None = None) -> bool:
    """A figure-less report whose words are only the task's opening verb and generic words ("nhiệm vụ
    tuyên truyền đã hoàn thành" against "Tuyên truyền, vận động thành lập 60 doanh nghiệp", "hoàn
    thành kế hoạch năm" against "Giải ngân … kế hoạch vốn") names no task."""
    if ix.task.target is None:
        # "Dạ em gửi báo cáo qua email rồi ạ" against "Tổng hợp …, báo cáo UBND huyện": only words any report
        # says; the opening verb of a task without a figure is what it pledges, so it stays evidence
        keys = [word_forms(text.lower())[1] for text in matched]
        return bool(keys) and all(key in _WEAK_KEYS and key not in ix.head for key in keys)
    # the verb of the task's action after a light or advising opening ("Tham mưu trồng mới 350ha rừng …") is as
    # weak as an opening verb when it is the one word said: "trồng được 50ha" says planting, not what
    # (but "Giải ngan 88%" on "Tham mưu giải ngân vốn …" says the task's word beside it too, typed without its mark)
    # (given the words said, with a figure: without one, the verb a task pledges is what names it)
    acts: set[str] = set()
    if said is not None and len(matched) == 1 and not ix.neighbours.get(_fold_of(matched[0]), frozenset()) & said:
        acts = set(ix.action) | set(ix.advised)
    for text in matched:
        fld, key, accented = word_forms(text.lower())
        if key in ix.head or key in _WEAK_KEYS or key in acts:
            continue
        # typed without marks, "lam" may be the task's opening "làm" as much as anything
        if not accented and (fld in _WEAK_FOLDS or any(_key_fold(k) == fld for k in ix.head)):
            continue
        return False
    return True


_NEW_KEY = _key_of("mới")


def _opening_verb_shared(book: _Book, best_idx: int, matched: list[str], rows: list[_Row], best_fit: float) -> bool:
    """Every matched word is of the task's opening verb and its "mới" ("trồng mới" of "Trồng mới 150ha quế"), and
    another task the figure fits as well pledges that verb too (the verb whole: "giải ngân" is no "giải quyết")."""
    ix = book.tasks[best_idx]
    head = ix.head
    if len(head) != 2 or head[1] != _NEW_KEY or {_key_of(text) for text in matched} != set(head):
        return False
    return any(row[2] != best_idx and row[4] >= best_fit and head[0] in book.tasks[row[2]].keys for row in rows)


def _only_counted_noun(ix: _Indexed, matched: list[str]) -> bool:
    """Every matched word is a word of the thing the task counts ("doanh nghiệp" of "Thành lập mới 30 doanh
    nghiệp")."""
    if ix.task.target is None or not ix.task.unit or ix.unit is None or ix.unit.dim != "count":
        return False
    unit_keys = {_key_of(w) for w in ix.task.unit.split()}
    return all(_key_of(text) in unit_keys for text in matched)


_KEY_LETTERS = str.maketrans("âăêôơưđ", "aaeooud", "0123456789")


def _key_fold(key: str) -> str:
    """The fold of a word key ("tâp5" → "tap")."""
    return key.translate(_KEY_LETTERS)


_WEAK_FOLDS = frozenset(_key_fold(k) for k in _WEAK_KEYS)


def _plan_words_after(ws: list[Word], end: int, folded: str) -> tuple[list[int], list[int]]:
    """Starts of the plan words ("kế hoạch", "KH", "chỉ tiêu") right after a figure, and of who set the
    plan after them ("huyện giao")."""
    after = [w for w in ws if w.start >= end][:6]
    if not after or folded[end : after[0].start].strip(" \t"):
        return [], []
    k = _find(after[:3], lx.PLAN)
    if k != 0:
        return [], []
    for phrase in lx.PLAN:
        if len(phrase) <= len(after) and all(_word_is(after[j], key, f) for j, (key, f) in enumerate(phrase)):
            taken = after[: len(phrase)]
            # who set the plan goes with it: "60% dự toán huyện giao", "kế hoạch tỉnh giao"
            rest = after[len(phrase) :]
            giver: list[Word] = []
            for n in (3, 2, 1):
                if len(rest) >= n and _find(rest[:n], _PLAN_GIVER) == 0 and rest[n - 1].fold == "giao":
                    giver = rest[:n]
                    break
            return [w.start for w in taken], [w.start for w in giver]
    return [], []


_PLAN_FOLDS = frozenset(["ke", "hoach", "kh"])
# the plans a share is of, by their first syllable: "kế hoạch", "dự toán", "chỉ tiêu", "nghị quyết"
_PLAN_OPENINGS = _PLAN_FOLDS | frozenset(["du", "chi", "nghi"])


def _nothing_else_said(ws: list[Word], plan_words: list[int], n: Number) -> bool:
    """The clause says nothing but the figure, its plan and status words ("đạt", "được")."""
    return all(
        w.start in plan_words or n.start <= w.start < n.end or w.fold in _STATUS_FOLDS or w.fold in lx.STOP_FOLDS
        for w in ws
    )


_PLAN_KEYS = frozenset(k for p in ("kế hoạch", "kh") for k, _ in lx.phrase_keys(p))


@lru_cache(maxsize=4096)
def _plan_word(text: str) -> bool:
    """A word of "kế hoạch": typed with marks, by its marks ("kè" is an embankment, no "kế")."""
    fld, key, _ = word_forms(text.lower())
    if fld not in _PLAN_FOLDS:
        return False
    return key in _PLAN_KEYS if _MARKS_RE.search(text) else True


_MARKS_RE = re.compile(r"[^\x00-\x7f]")
_PLAN_GIVER = tuple(lx.phrase_keys(p) for p in ("huyện giao", "tỉnh giao", "được giao", "giao", "ủy ban huyện giao"))


def _percent_tie(book: _Book, clause: _Clause, values: list[Number], best: _Row, second: _Row) -> bool:
    """ "tiêm phòng đạt 80%" with a %-task and a count task on the same topic: only the % sign picks the
    first, yet "đạt 80%" reads as well as progress on the second's plan (80% of 4.500 con). Equal words,
    so ask. A bare "BHYT 93,1%" names a rate, and a share below one counted thing is no share."""
    if len(values) != 1 or values[0].unit is not PERCENT or not clause.folded:
        return False
    ix, other = book.tasks[best[2]], book.tasks[second[2]]
    if ix.unit is None or ix.unit.dim != "percent" or other.task.target is None or second[3] <= 0:
        return False
    if other.unit is None or other.unit.dim == "percent":
        return False
    n = values[0]
    if not _PROGRESS_BEFORE_RE.search(clause.folded, max(clause.start, n.start - 12), n.start) and not (
        # "đào tạo 70%" between "Đào tạo nghề cho 1.500 lao động" and "Tỷ lệ lao động qua đào tạo đạt 75%": the words
        # are what the count task opens with, its work; a % right after them reads as progress on its plan too
        second[6]
        and all(_key_of(t) in _VERB_KEYS for t in second[6])
        and _leads_with(other, [_fold_of(t) for t in second[6]])
    ):
        return False
    if other.unit.dim == "count" and n.value / 100.0 * other.task.target < 1.0:
        return False
    words_best = best[3] - _FIT_WEIGHT * best[4]
    words_second = second[3] - _FIT_WEIGHT * second[4]
    return words_second >= words_best - 0.05 * max(words_best, 1.0)


def _fits_the_runner_up_better(book: _Book, update: ParsedUpdate, rows: list[_Row]) -> bool:
    """The figure is far beyond the chosen task's pledge (2,5 times), and a task the words fit as well pledges an
    amount of the same unit it lies within."""
    if update.value is None or update.kind not in (UpdateKind.ABSOLUTE, UpdateKind.INCREMENT) or len(rows) < 2:
        return False
    ix = _task(book, update.task_id)
    target = ix.task.target
    if not target or ix.unit is None or ix.unit.dim == "percent" or ix.task.direction is not Direction.AT_LEAST:
        return False
    if update.value <= 2.5 * target:
        return False
    top = rows[0][3] - _FIT_WEIGHT * rows[0][4]  # on the words alone: the unit fit is what the figure breaks
    for row in rows[1:3]:
        other = book.tasks[row[2]]
        if other is ix or row[3] - _FIT_WEIGHT * row[4] < 0.9 * top or not other.task.target or other.unit is None:
            continue
        same = other.unit.fits(ix.unit) or (
            other.unit.dim == ix.unit.dim and other.unit.group.split()[:1] == ix.unit.group.split()[:1]
        )  # ("lượt khách" and "lượt")
        if same and update.value <= 1.5 * other.task.target:
            return True
    return False


_PROGRESS_BEFORE_RE = re.compile(r"(?<![^\W\d_])(dat|duoc)\W*$")


def _only_the_counted_noun(book: _Book, best_idx: int, matched: list[str], ws: list[Word]) -> bool:
    """The words matched are only what the task counts ("cơ sở" of "… tại 6 cơ sở sản xuất"), and the clause says the
    opening verb of another task, not this one's."""
    ix = book.tasks[best_idx]
    unit = ix.task.unit
    if not unit or not ix.head:
        return False
    unit_folds = {fold(p) for p in unit.lower().split()}
    if not {_fold_of(t) for t in matched} <= unit_folds or _says_opening_verb(ix, ws):
        return False
    # (a two-syllable verb of its own: "hoàn thành thêm 2 cầu" says the work done, of any task; "sửa lại" corrects)
    return any(
        i != best_idx
        and len(other.head) == 2
        and tuple(_key_fold(k) for k in other.head) not in _DONE_OPENINGS
        and _says_opening_verb(other, ws)
        for i, other in enumerate(book.tasks)
    )


_DONE_OPENINGS = frozenset([("hoan", "thanh"), ("hoan", "tat"), ("dua", "vao")])


def _only_the_shared_opening(book: _Book, best_idx: int, matched: list[str], values: list[Number]) -> bool:
    """The one word matched opens the task (its first word), and another task holds it that could take the figure
    too: its unit fits it, or it pledges a rate of a plan the amount may be progress on ("Thu ngân sách … đạt 100% dự
    toán")."""
    ix = book.tasks[best_idx]
    said = [_fold_of(t) for t in matched]
    if len(said) != 1 or not _leads_with(ix, said):
        return False
    if all(n.unit is PERCENT for n in values):
        return False  # (a rate said with the verb is weighed against rate tasks elsewhere: _percent_tie)
    for i, other in enumerate(book.tasks):
        if i == best_idx or other.task.target is None or said[0] not in other.raw_folds or other.unit is None:
            continue
        if other.unit is PERCENT and other.plan_rate:
            return True
        if any(n.unit is not None and n.unit.fits(other.unit) for n in values):
            return True
    return False


def _rate_said_of_another(book: _Book, best: _Row, rows: list[_Row]) -> bool:
    """The chosen task is no rate (a bare % would be a share of its plan), and a task measured as a rate, close
    behind on the words, would take the % as it is."""
    ix = book.tasks[best[2]]
    if ix.unit is None or ix.unit.dim == "percent":
        return False
    said = {_fold_of(t) for t in best[6]}
    return any(
        row[2] != best[2]
        and len(row[6]) >= 2
        and (other := book.tasks[row[2]]).unit is not None
        and other.unit.dim == "percent"
        # all but one of the words the chosen task matched
        and len(said & {_fold_of(t) for t in row[6]}) >= len(said) - 1
        for row in rows[1:3]
    )


def _candidates(book: _Book, clause: _Clause, cues: _Cues, rows: list[_Row]) -> tuple[Candidate, ...]:
    out: list[Candidate] = []
    for _, _, idx, score, fit, _, matched in rows:
        if len(out) == 4:
            break
        ix = book.tasks[idx]
        if score <= 0 and fit <= 0 and ix.task.target is None:
            continue
        update, _ = _update_for(ix, clause, cues, matched)
        # a task with no word in common is still offered when the figure would fit it
        if score <= 0 and fit <= 0 and (update is None or update.value is None):
            continue
        out.append(Candidate(ix.task.id, round(score, 3), update))
    return tuple(out)


_REMAINING_RE = re.compile(r"(?<![^\W\d_])con(?![^\W\d_])")


_DATED_HEADER_RE = re.compile(r"\W*(?:(?:da|em|bao cao|bc|gui)\s+)*((?:tuan|thang) (?:nay|qua|roi))\s*:")


_COMPARED_FOLDS = frozenset(["hon", "vuot", "voi", "nhu", "theo"])


def _beyond_expected(hits: list[_Hit], ws: list[Word]) -> list[_Hit]:
    """ "khách đông hơn dự kiến", "vượt dự kiến", "như dự kiến": measured against what was expected, no plan still
    to carry out."""
    out: list[_Hit] = []
    for i, size, bits in hits:
        if (
            bits & (_INTENT | _PLANNED)
            and i
            and ws[i - 1].fold in _COMPARED_FOLDS
            and ws[i].fold == "du"
            and i + 1 < len(ws)
            and ws[i + 1].fold == "kien"
        ):
            bits &= ~(_INTENT | _PLANNED)
            if not bits:
                continue
        out.append((i, size, bits))
    return out


def _money_done_by(ix: _Indexed, clause: _Clause, n: Number) -> bool:
    """A sum right after the task's own verb or "thêm": "đã chi 3,6 tỷ", "xử lý thêm 3,2 tỷ" (not "tổng kinh phí
    625 triệu", what the work cost)."""
    if n.unit is None or n.unit.dim != "money" or not clause.folded:
        return False
    before = clause.folded[max(clause.start, n.start - 12) : n.start].split()
    verbs = {_key_fold(k) for k in ix.head}
    return bool(before) and (before[-1] in verbs or before[-1] == "them")


def _header_periods(hits: list[_Hit], ws: list[Word], folded: str) -> list[_Hit]:
    """ "Tuần này:", "Dạ tháng này em báo cáo:" heading a list dates the report; the figures listed under
    it are where things stand, not amounts added this week."""
    out: list[_Hit] = []
    for i, size, bits in hits:
        if bits & _INCR:
            end = folded.find("\n", ws[i].start)
            if end > 0 and folded[:end].rstrip().endswith(":") and not _DIGIT_RE.search(folded, ws[i].start, end):
                bits &= ~_INCR
                if not bits:
                    continue
        out.append((i, size, bits))
    return out


def _dated_periods(hits: list[_Hit], ws: list[Word], folded: str) -> list[_Hit]:
    """A period said of what is left ("được 7.500m, còn lại 4,5km làm trong tháng 11") is when the rest
    is due, not an amount added this month: no increment cue for the clause."""
    out: list[_Hit] = []
    for i, size, bits in hits:
        if bits & _INCR and ws[i].fold == "hom" and i and ws[i - 1].fold == "den":
            # "tính đến hôm nay": as of today, a running total
            bits &= ~_INCR
            if not bits:
                continue
        if bits & _INCR and ws[i].fold == "trong" and size == 2:
            at = ws[i].start
            piece = max((m.end() for m in _PIECE_RE.finditer(folded, 0, at)), default=0)
            if _REMAINING_RE.search(folded, piece, at):
                bits &= ~_INCR
                if not bits:
                    continue
        out.append((i, size, bits))
    return out


def _held_open(outcome: _Outcome) -> _Outcome:
    """The outcome with a "done" said before an obstacle read as news, not the task finished."""
    update = outcome.update
    if update is None or update.kind is not UpdateKind.DONE:
        return outcome
    why = "còn vướng, chưa hoàn thành"
    said = update.explanation.split(_SEP)[0] if _SEP in update.explanation else ""
    kept = ParsedUpdate(update.task_id, UpdateKind.NOTE, None, f"{said}{_SEP if said else ''}{why}", update.note)
    return _Outcome(outcome.status, kept, outcome.found, outcome.why, outcome.source)


# "…, vướng GPMB", "…, còn vướng 6 hộ", "…, chậm do vướng GPMB dự án kè"
_OBSTACLE_RE = re.compile(r"\W*(?:(?:con|cham|con cham|van) )?(?:(?:do|vi) )?vuong(?![^\W\d_])")


def _names_more(
    this: tuple[_Book, _Clause, _Cues, list[_Row]] | None, before: tuple[_Book, _Clause, _Cues, list[_Row]] | None
) -> bool:
    """The piece matched a word of its task that the piece before did not."""
    if this is None or before is None or not this[3] or not before[3]:
        return False
    said_before = {_fold_of(t) for t in before[3][0][6]}
    return any(_fold_of(t) not in said_before for t in this[3][0][6])


def _same_thing_counted(folded: str, numbers: list[Number], before_at: int, a: int, b: int) -> bool:
    """The piece a..b opens with a figure, and the noun after it is the noun after the last figure of the piece
    before (before_at..a): "3 bản đạt chuẩn, 1 bản đang hoàn thiện hồ sơ"."""
    opening = _opening_figure(a, b, folded, numbers)
    earlier = [n for n in numbers if before_at <= n.start and n.end <= a and not n.excluded]
    if opening is None or not earlier:
        return False
    this_noun = _WORD_AFTER_RE.match(folded, opening.end)
    that_noun = _WORD_AFTER_RE.match(folded, earlier[-1].end)
    return this_noun is not None and that_noun is not None and this_noun.group(1) == that_noun.group(1)


def _opening_figure(a: int, b: int, folded: str, numbers: list[Number]) -> Number | None:
    """The figure the piece a..b opens with, if any."""
    at = a + len(folded[a:b]) - len(folded[a:b].lstrip())
    return next((n for n in numbers if n.start == at and not n.excluded), None)


def _opening_count(a: int, b: int, folded: str, numbers: list[Number]) -> Number | None:
    n = _opening_figure(a, b, folded, numbers)
    return n if n is not None and n.unit is not None and n.unit.dim == "count" else None


def _held_list(this: _Outcome, last: _Outcome, a: int, b: int, folded: str, numbers: list[Number]) -> bool:
    """This piece opens with a count of the thing the clause before counted, and that clause recorded only a
    note (its figure held back by "khởi công", "đang", "chưa")."""
    if this.update is None or this.update.value is None or last.update is None:
        return False
    if last.update.kind is not UpdateKind.NOTE:
        return False
    opening = _opening_count(a, b, folded, numbers)
    if opening is None or opening.unit is None:
        return False
    before = [n for n in numbers if n.end <= a and not n.excluded and n.unit is not None]
    return bool(before) and before[-1].unit is not None and before[-1].unit.fits(opening.unit)


def _more_parts(
    this: _Outcome,
    last: _Outcome,
    a: int,
    b: int,
    folded: str,
    numbers: list[Number],
    held: bool = False,
    any_label: bool = False,
) -> bool:
    """A piece that opens with a count of the same thing as the figure just recorded, and names no task of
    its own, is the next item of a list of parts (with any_label, also one counting another kind of the same
    measure: "3 hộ nghèo, 1 hộ cận nghèo")."""
    if last.update is None:
        return False
    same_task = this.update is not None and this.update.value is not None and this.update.task_id == last.update.task_id
    if this.status not in (ParseStatus.AMBIGUOUS, ParseStatus.UNMATCHED) and not same_task:
        return False
    if last.update.value is None or last.update.kind is UpdateKind.NOTE:
        return False
    if held:
        return False  # "…, 5 nhà đang thi công": the rest still in hand, no second part of the report
    at = a + len(folded[a:b]) - len(folded[a:b].lstrip())
    opening = next((n for n in numbers if n.start == at and not n.excluded), None)
    if opening is None or opening.unit is None or opening.unit.dim != "count":
        return False
    before = [n for n in numbers if n.end <= a and not n.excluded and n.unit is not None]
    if not before or before[-1].denom is not None:
        return False  # "58/60 hồ sơ đúng hạn, 2 hồ sơ trễ": the whole was already given
    last_unit = before[-1].unit
    if last_unit is None or not last_unit.fits(opening.unit):
        return False
    return any_label or not _labels_differ(last_unit.label, opening.unit.label)


def _parts_summed(
    book: _Book, part: ParsedUpdate, last: _Outcome, a: int, b: int, folded: str, numbers: list[Number]
) -> _Outcome | None:
    """The report a list of parts makes when its parts are kinds of one count: the figure just recorded and the
    one opening this piece, added ("4 người đi Nhật, 2 người đi Hàn" → 6). None when they are no such list."""
    if last.source is None or part.value is None:
        return None  # a report that did not come from a clause: asked as before
    at = a + len(folded[a:b]) - len(folded[a:b].lstrip())
    opening = next((n for n in numbers if n.start == at and not n.excluded), None)
    before = [n for n in numbers if n.end <= a and not n.excluded and n.unit is not None]
    if opening is None or not before or opening.unit is None:
        return None
    first = before[-1]
    if first.unit is None or first.start < last.source[1].start or not first.unit.fits(opening.unit):
        return None
    if abs(first.value - part.value) > 1e-9:
        # the figure recorded was converted, or is already a sum (a third part is asked, as before): no plain count
        return None
    whole = _kinds_summed(_task(book, part.task_id), folded, [first, opening], b)
    if whole is None:
        return None
    how = f"{_SEP}cộng các phần {first.raw.strip()} + {opening.raw.strip()} → {whole:g}"
    summed = ParsedUpdate(part.task_id, part.kind, whole, part.explanation + how, part.note)
    return _Outcome(last.status, summed, last.found, last.why, last.source)


# an outbreak named: a disease of animals, of crops or of people, or an outbreak of any ("ổ dịch")
_ANIMAL_DISEASE_RE = re.compile(
    r"(?<![^\W\d_])(?:dich ta|ta (?:lon|heo)|lon chau phi|heo chau phi|cum gia cam|cum a|lo mom long mong|lmlm"
    r"|viem da noi cuc|tai xanh|dich (?:tren|o) (?:dan )?(?:gia suc|gia cam|vat nuoi|lon|heo|trau|bo))(?![^\W\d_])"
)
_CROP_DISEASE_RE = re.compile(r"(?<![^\W\d_])(?:kham la|ray nau|sau keo|dao on|sau benh hai)(?![^\W\d_])")
_HUMAN_DISEASE_RE = re.compile(
    r"(?<![^\W\d_])(?:sot xuat huyet|tay chan mieng|soi|covid|dich benh truyen nhiem)(?![^\W\d_])"
)
_ANY_OUTBREAK_RE = re.compile(r"(?<![^\W\d_])(?:o dich|dich benh)(?![^\W\d_])")
# what an outbreak report says of it: broke out, found, culled, ringed off, held, spread or not, watched, over
_OUTBREAK_NEWS_RE = re.compile(
    r"(?<![^\W\d_])(?:phat sinh|xuat hien|phat hien|xay ra|tieu huy|khoanh vung|khong che|lay lan|dap dich"
    r"|het dich|giam sat|theo doi|co dich)(?![^\W\d_])"
)
# a pledge to keep diseases down: "Phòng, chống kịp thời dịch bệnh trên cây trồng, vật nuôi", "… không để dịch lớn"
_DISEASE_DUTY_RE = re.compile(r"(?<![^\W\d_])(?:dich benh|(?:phong|chong|khong che)[, ]+(?:chong )?dich)(?![^\W\d_])")
_DUTY_ANIMALS_RE = re.compile(r"(?<![^\W\d_])(?:gia suc|gia cam|vat nuoi|chan nuoi|thuy san)(?![^\W\d_])")
_DUTY_CROPS_RE = re.compile(r"(?<![^\W\d_])(?:cay trong)(?![^\W\d_])")
_DUTY_PEOPLE_RE = re.compile(r"(?<![^\W\d_])(?:y te|truyen nhiem|suc khoe|nguoi dan)(?![^\W\d_])")
# each kind of disease: how a message names one, how a pledge says it covers that kind
_DISEASE_KINDS = (
    ("animals", _ANIMAL_DISEASE_RE, _DUTY_ANIMALS_RE),
    ("crops", _CROP_DISEASE_RE, _DUTY_CROPS_RE),
    ("people", _HUMAN_DISEASE_RE, _DUTY_PEOPLE_RE),
)


def _outbreak_note(book: _Book, folded: str, numbers: list[Number]) -> ParsedUpdate | None:
    """ "Dịch tả lợn châu Phi phát sinh 2 ổ tại xã Trạm Thản, đã khoanh vùng xử lý, không lây lan", with nothing
    else of the message recorded: news of the one pledge to keep diseases down, as a note (the pigs culled or the
    households hit count nothing pledged). The disease must be of what the pledge covers: a pig's is no news of a
    pledge on people's health."""
    if not _OUTBREAK_NEWS_RE.search(folded) or any(n.unit is PERCENT for n in numbers if not n.excluded):
        return None
    kinds = {kind for kind, named, _ in _DISEASE_KINDS if named.search(folded)}
    if not kinds and not _ANY_OUTBREAK_RE.search(folded):
        return None
    duties = []
    for ix in book.tasks:
        if ix.task.target is not None or not _DISEASE_DUTY_RE.search(ix.text_fold):
            continue
        covers = {kind for kind, _, covered in _DISEASE_KINDS if covered.search(ix.text_fold)}
        if not covers or kinds <= covers:
            duties.append(ix)
    if len(duties) != 1:
        return None
    why = "tin về dịch bệnh phát sinh và xử lý: ghi nhận tình hình"
    return ParsedUpdate(duties[0].task.id, UpdateKind.NOTE, None, why, folded.strip())


# a breach of the rules said: built without a permit, encroached, forest cut, waste let out, sand dug
_BREACH_RE = re.compile(
    r"(?<![^\W\d_])(?:trai phep|khong phep|sai phep|lan chiem|vi pham|pha rung|xa thai|hut cat|kich dien)(?![^\W\d_])"
)
# what was done about it: a record drawn up, a fine, a stop, a teardown
_BREACH_HANDLED_RE = re.compile(
    r"(?<![^\W\d_])(?:lap bien ban|xu phat|phat(?= ?\d)|thao do|dinh chi|cuong che|buoc|tam giu|kiem lam)"
    r"(?![^\W\d_])"
)
# "kiểm tra 14 cơ sở", "Kiểm tra BVMT được 9 cơ sở" (not "Đoàn kiểm tra phát hiện 2 cơ sở …": what it found)
_INSPECTED_COUNT_RE = re.compile(r"(?<![^\W\d_])kiem tra (?:(?!phat )[^\W\d_]+ ){0,2}\d")
# a pledge to deal with breaches: "Xử lý kịp thời các trường hợp vi phạm đất đai, trật tự xây dựng"
_BREACH_DUTY_RE = re.compile(r"(?<![^\W\d_])(?:vi pham|trai phep|lan chiem|pha rung)(?![^\W\d_])")


def _violation_note(book: _Book, folded: str, numbers: list[Number], outcomes: list[_Outcome]) -> ParsedUpdate | None:
    """ "Trong tháng lập biên bản 2 trường hợp xây dựng trái phép, đã buộc tháo dỡ", with nothing of the message
    recorded: news of the pledge without a figure to deal with breaches, as a note (the cases counted are no count
    pledged) — the official's one such pledge when it shares a word with the message, else the ranking's first choice
    when it is one and leads clearly."""
    if not _BREACH_RE.search(folded) or not _BREACH_HANDLED_RE.search(folded):
        return None
    if any(n.unit is PERCENT for n in numbers if not n.excluded):
        return None
    if _INSPECTED_COUNT_RE.search(folded) and any(
        ix.task.target is not None and "kiem tra" in ix.text_fold for ix in book.tasks
    ):
        return None  # "Đã kiểm tra 27 cơ sở …, lập biên bản 3 cơ sở": the inspections are a pledged count's
    duties = [ix for ix in book.tasks if ix.task.target is None and _BREACH_DUTY_RE.search(ix.text_fold)]
    ranked = sorted((c for o in outcomes for c in o.candidates()), key=lambda c: -c.score)
    if not ranked or ranked[0].score <= 0:
        return None
    duty = duties[0] if len(duties) == 1 else None
    duty_score = max((c.score for c in ranked if duty is not None and c.task_id == duty.task.id), default=0.0)
    if (
        duty is not None
        and duty_score > 0
        # (not tied with another task: "kiểm tra 27 cơ sở karaoke, … vi phạm PCCC" is as much about another's words)
        and not any(c.task_id != duty.task.id and abs(c.score - duty_score) < 1e-6 for c in ranked)
    ):
        first = duty  # the one such pledge, sharing a word with the message ("xây", "đất", "rừng")
    else:
        first = _task(book, ranked[0].task_id)
        if all(d.task.id != first.task.id for d in duties):
            return None
        if any(c.task_id != first.task.id and c.score >= ranked[0].score * 0.75 for c in ranked[1:]):
            return None  # two pledges about as likely: the sender chooses
    why = "tin về xử lý vi phạm: ghi nhận tình hình"
    return ParsedUpdate(first.task.id, UpdateKind.NOTE, None, why, folded.strip())


def _spent(a: int, b: int, cuts: tuple[int, ...]) -> list[_Outcome]:
    """What parse_message's apart is rebound to once every clause is read (see there)."""
    return []


_FINAL_NHA_RE = re.compile(r"(?<![^\W\d_])nha(?=[ \t]*(?:$|[.,!?;:\n)]|(?:anh|chị|em|ạ|a|sếp|bạn)(?![^\W\d_])))")


def parse_message(tasks: Sequence[PledgedTask], text: str) -> ParseResult:
    """Read one message against one official's tasks. Pure; never raises on any text."""
    if not isinstance(text, str):
        return ParseResult(ParseStatus.NONE, explanation="tin nhắn không phải văn bản")
    task_tuple = tuple(tasks)
    # numbers said in words ("một trăm hai mươi lao động", dictated) read as the digits they are
    cased = spell_digits(clean(text[: MAX_CHARS * 2], lower=False)[:MAX_CHARS])
    if "-" in cased or "&" in cased:
        # "KT-XH", "Sở KH-ĐT", "TN&MT": one abbreviation in the table (kinh tế - xã hội), never "KT" (kiểm tra)
        # beside "XH"; joined with the length kept, so offsets into the text stay true
        cased = _JOINED_ABBREVIATION_RE.sub(_joined_abbreviation, cased)
    cleaned = cased.lower()
    if not task_tuple or not cleaned.strip():
        return ParseResult(ParseStatus.NONE, explanation="không có nội dung hoặc chưa có nhiệm vụ")
    book = _book_for(task_tuple)
    if "\n" in cleaned or _BULLET_RE.match(cleaned):  # a bullet opens a line: with one line, the text
        cleaned = _BULLET_RE.sub(lambda m: " " * len(m.group()), cleaned)
    if "nha" in cleaned and has_tone_marks(cleaned):
        # "… được 52 tỷ 300 triệu nha": typed by someone who marks tones, a bare "nha" closing a sentence is the
        # particle (nhé), no "nhà" counting houses
        cleaned = _FINAL_NHA_RE.sub(lambda m: " " * len(m.group()), cleaned)
    folded = fold(cleaned)
    folded, mistyped = _mistyped_folded(book, folded)  # mistyped words as what they stand for
    refs: list[tuple[int, int]] = []
    unknown: list[tuple[int, int]] = []  # "#99" on a pledge of 8 tasks: say so, never guess
    # every reference holds "#", "nv" or "nhiem vu": without them the scan (tried at every position) is skipped
    for m in list(_REF_RE.finditer(folded)) if ("#" in folded or "nv" in folded or "nhiem vu" in folded) else ():
        number = int(next(g for g in m.groups() if g))
        (refs if number in book.by_number else unknown).append((m.start(), number))
        cleaned = _blank(cleaned, m.start(), m.end())
        folded = _blank(folded, m.start(), m.end())
    numbers = _strip_plan_stated(folded, _strip_excess(folded, _strip_corrections(folded, find_numbers(folded))))
    if numbers and any(n.excluded == _ORDINAL for n in numbers) and has_tone_marks(cleaned):
        numbers = _marked_no_ordinal(cleaned, numbers)
    if numbers and " nam" in folded and has_tone_marks(cleaned):
        numbers = marked_no_years(cleaned, numbers)
    if numbers:
        if len(cased) == len(cleaned):
            numbers = mark_names(cased, numbers)
        if book.name_numbers:
            numbers = _pledged_names(book, folded, numbers)
        if book.ratings or book.bounds or book.widths:
            numbers = _pledged_qualifiers(book, folded, numbers)
        if book.counts_days:
            numbers = as_days(folded, numbers)  # "cấp phép bình quân 10,5 ngày" on a time kept under 12 days
    if len(numbers) > 2 and "\n" in folded:
        numbers = _period_lines(folded, numbers)
    if book.pledges_rates and any(n.excluded == "đơn giá" for n in numbers):
        # "Giá trị SX … bình quân 612 triệu/ha/năm" on a pledge of money per hectare: the rate is the figure
        numbers = [n._replace(excluded="") if n.excluded == "đơn giá" else n for n in numbers]
    if numbers and "trong do" in folded:
        numbers = _breakdowns(folded, numbers)
    if len(numbers) > 1 and "dong gop" in folded:
        numbers = _contributions(folded, numbers)
    if len(numbers) > 1 and "(" in folded:
        numbers = _bracketed_parts(folded, numbers)
    if len(numbers) > 1 and "duong" in folded:
        numbers = _road_widths(numbers)
    if numbers and "tham " in folded:
        numbers = _participants(folded, numbers)
    if numbers and "voi " in folded:
        numbers = _sizes_with(folded, numbers)
    if len(numbers) > 1 and "kiem tra" in folded:
        numbers = _sanctioned_parts(folded, numbers)
    if len(numbers) > 1 and "du an" in folded and "von" in folded:
        numbers = _project_capital(folded, numbers)
    if numbers and (colon := folded.find(":", 0, 24)) >= 0 and "\n" not in folded[:colon]:
        # "3 xã NTMNC: Châu Hạnh đã có QĐ công nhận, …": the label restates the pledge; the lines after it report
        targets = {ix.task.target for ix in book.tasks if ix.task.target is not None}
        numbers = [
            n._replace(excluded="nhắc lại chỉ tiêu")
            # ("+2 xã: Ea Tơr, Ia Kbang", "OCOP thêm 2 SP 3 sao: chè …" are increments, never a pledge restated)
            if n.end <= colon
            and not n.excluded
            and n.value in targets
            and n.unit is not None
            and not n.plus
            and not folded.endswith("them ", 0, n.start)
            else n
            for n in numbers
        ]
    if numbers and (
        "so voi" in folded
        or "cung ky" in folded
        or "nam truoc" in folded
        or "nam ngoai" in folded
        or "ky truoc" in folded
        or "nam nay" in folded
    ):
        numbers = _comparisons(folded, numbers, book.pledges_growth, book.base_years)
    all_words = words(cleaned)
    aligned = cased if len(cased) == len(cleaned) else None  # the case as typed, where offsets agree
    if mistyped:
        all_words = _mistyped_words(book, all_words)
    unaccented = not any(w.accented for w in all_words)
    if not unaccented and not has_tone_marks(cleaned):
        new = tuple.__new__
        all_words = [new(Word, (w.fold, w.key, False, w.start, w.end, w.text)) for w in all_words]
        unaccented = True
    if not unaccented:  # with no word typed with marks _trusted changes none
        all_words = _trusted(all_words, cleaned, book)
    if book.versions and (numbers or any(h in f" {folded} " for h in book.version_heads)):
        all_words = _pledged_versions(book, all_words, numbers)
    if book.name_pairs and unaccented:
        all_words = _pledged_names_typed(book, all_words)
    starts = [w.start for w in all_words]
    if numbers:
        numbers = _count_nouns(book, folded, numbers, all_words, starts, aligned)
    names = _name_words(cased, all_words) if aligned is not None else frozenset()
    if names and len(all_words) >= 2 and all_words[1].start in names:
        names = _name_opening(book, cased, all_words, names)
    # in capitals no name shows by its case: the words after a kind of place no task holds stand in, only
    # to tell a place from a task's word ("THÔN MỸ PHƯỚC" is no "nông thôn")
    place_names = _caps_place_names(book, all_words) if not names and cased.isupper() else names
    any_invalid = any(n.excluded in INVALID for n in numbers)
    hits = _cue_hits(all_words)
    if "du kien" in folded:
        hits = _beyond_expected(hits, all_words)
    if numbers and "(" in folded and any(bits & _INCR for _, _, bits in hits):
        hits = _bracketed_increments(hits, all_words, folded)
    if names:
        # a capitalised word inside a sentence typed without marks is a name: "đường Hung Vuong" is no "vướng"; and
        # "chua Som Rong da duoc cong nhan …": a bare "chua" right before a name is "chùa", no "chưa" (see _weak_cue)
        hits = [
            h
            for h in hits
            if not (
                h[1] == 1
                and (all_words[h[0]].start in names or all_words[h[0]].fold == "chua")
                and _weak_cue(all_words[h[0]], all_words, names)
            )
        ]
    if numbers and ":\n" in folded:
        hits = _header_periods(hits, all_words, folded)
    elif numbers and (dated := _DATED_HEADER_RE.match(folded)):
        # "Tuần này: rừng TT 702ha, cây phân tán 58.300 cây": the heading dates the list, as "Tháng 10:" does
        # (but "Trong tuần: DN thành lập mới 3, …" says what was done within the week)
        hits = [h for h in hits if not (h[2] & _INCR and all_words[h[0]].start == dated.start(1))]
    if numbers and (" con" in folded or "den hom" in folded):
        # only a remainder ("còn lại … trong tháng 11") or "đến hôm nay" can take an increment cue back
        hits = _dated_periods(hits, all_words, folded)
    # "nâng tổng cấp đổi, cấp lại lên 1.460 giấy": a total's phrase runs over the comma inside it
    grouped = folded
    if "nang tong" in folded:
        grouped = _TOTAL_OVER_COMMA_RE.sub(lambda m: m.group(0).replace(",", " "), folded)
    spans = _group(grouped, starts, hits, numbers, names)
    if refs or unknown:
        # a reference starts a clause of its own: "#3 2,9; #5 90" and "#3 2,9 #5 90"
        cuts = sorted({0, *(r[0] for r in refs), *(r[0] for r in unknown)})
        # and what follows a ";" or a new line inside one may be a report on another task: "NV8 thêm 2 sản
        # phẩm OCOP; nhà ở hộ nghèo đã xong 150/150 căn"
        spans = [
            (a, b, tuple(m.end() for m in _HARD_SPLIT_RE.finditer(folded, a, b) if m.end() < b))
            for a, b in zip(cuts, [*cuts[1:], len(folded)], strict=True)
            if folded[a:b].strip()
        ]

    memo: dict[tuple[int, int], _Outcome] = {}

    def evaluate(a: int, b: int) -> _Outcome:
        hit = memo.get((a, b))
        if hit is None:
            hit = memo[(a, b)] = evaluate_fresh(a, b)
        return hit

    def evaluate_fresh(a: int, b: int) -> _Outcome:
        # (most messages hold no reference: no generator for them)
        ref = next((num for pos, num in refs if a <= pos < b), None) if refs else None
        bad = next((num for pos, num in unknown if a <= pos < b), None) if unknown else None
        if ref is None and bad is not None:
            last = max(book.by_number)
            return _Outcome(
                ParseStatus.UNMATCHED,
                None,
                (),
                f"không có nhiệm vụ #{bad}: nhiệm vụ của anh/chị đánh số từ #1 đến #{last}",
            )
        lo, hi = bisect_left(starts, a), bisect_left(starts, b)
        inside = [n for n in numbers if a <= n.start < b]
        invalid = next((n for n in inside if n.excluded in INVALID), None) if any_invalid else None
        mask = _mask_in(hits, lo, hi)
        if folded.startswith(" va", a) and _AND_RE.match(folded, a) and any(n.end == a for n in numbers):
            # "giảm thêm 2 hộ nghèo và 4 hộ cận nghèo": the second item shares the first one's "thêm"
            opened = _piece_opened(folded, a, ",;.:\n")
            mask |= _mask_in(hits, bisect_left(starts, opened), lo) & _INCR
        elif inside and (
            (a and folded[a - 1] == "," and _FIGURE_FIRST_RE.match(folded, a)) or _AND_RE.match(folded, a)
        ):
            # "giảm thêm 6 hộ nghèo, 3 hộ cận nghèo", "xử lý thêm 12 trường hợp lấn chiếm … và 3 trường hợp vi phạm
            # TTXD": a list of counts of one thing shares its first item's "thêm"
            opened = _piece_opened(folded, a - 1, ",;.:\n")
            before = [n for n in numbers if opened <= n.start < a and not n.excluded]
            first, prior = inside[0], before[-1] if before else None
            if (
                prior is not None
                and first.unit is not None
                and prior.unit is not None
                # "làm thêm 600m đường bê tông và 400m đường nội đồng": lengths and areas listed alike
                # "thêm 9 hộ kinh doanh, 2 DN mới", "thêm 26 hộ kinh doanh và 4 doanh nghiệp mới": counts of
                # different things listed after one "thêm" are all increments too, as are an area and a count
                # ("trồng thêm 120ha rừng và 8.000 cây phân tán")
                and first.unit.dim in ("count", "length", "area")
                and prior.unit.dim in ("count", "length", "area")
            ):
                mask |= _mask_in(hits, bisect_left(starts, opened), lo) & _INCR
        if ref is not None and a and not inside:
            # "bot cho em xem lại chỉ tiêu nv5 với": a request or question said before the reference, in its
            # sentence and with no figure, is said of it
            opened = _piece_opened(folded, a, ";.!\n")
            if not any(opened <= n.start < a for n in numbers):
                mask |= _mask_in(hits, bisect_left(starts, opened), lo) & _QUEST
        return evaluate_as(a, b, inside, mask, ref, invalid)

    def evaluate_as(
        a: int, b: int, inside: list[Number], mask: int, ref: int | None = None, invalid: Number | None = None
    ) -> _Outcome:
        """The words a..b scored as one clause holding the figures `inside`, with the cues of `mask`."""
        lo = bisect_left(starts, a)
        clause = _Clause(
            a,
            b,
            all_words[lo : bisect_left(starts, b)],
            inside,
            ref,
            mask,
            names,
            place_names,
            hits,
            lo,
            invalid,
            folded=folded,
        )
        return _evaluate(book, clause, folded, unaccented)

    def evaluate_with_subject(opened: int, a: int, b: int) -> _Outcome:
        """The piece a..b read with the words of the piece before it (from `opened`), whose own figures are set
        aside: "đấu giá thêm 12 lô, thu thêm 38 tỷ 600" says what the money was from."""
        inside = [n if n.start >= a else n._replace(excluded=_EARLIER) for n in numbers if opened <= n.start < b]
        return evaluate_as(opened, b, inside, _mask_in(hits, bisect_left(starts, a), bisect_left(starts, b)))

    def reports(a: int, b: int) -> bool:
        """A piece that reads as a report by itself: a figure, or a completion/negation/intention cue."""
        if any(a <= n.start < b and not n.excluded for n in numbers):
            return True
        # a correction's preface alone ("nhắn nhầm, …") reports nothing: what follows does
        lo, hi = bisect_left(starts, a), bisect_left(starts, b)
        mask = _mask_in(hits, lo, hi)
        if mask & _REPORT_CUES == _CORR and hi - lo <= 3:
            return False  # "nhắn nhầm, …": a correction's preface alone reports nothing, what follows does
        return bool(mask & _REPORT_CUES)

    def starts_with_tail(a: int, b: int) -> bool:
        lo, hi = bisect_left(starts, a), bisect_left(starts, b)
        reach = min(3, hi - lo)
        return any(i == lo and size <= reach and bits & _TAIL for i, size, bits in hits)

    def names_a_task(a: int, b: int) -> bool:
        """A piece with a content word some task holds (or an abbreviation): it may name its own task."""
        for w in all_words[bisect_left(starts, a) : bisect_left(starts, b)]:
            if not _content(w):
                continue
            if w.key in book.by_key or (not w.accented and w.fold in book.by_fold) or w.fold in lx.ABBREVIATIONS:
                return True
        return False

    def figure_alone(a: int, b: int) -> bool:
        """A piece that is a figure and a word or two of time or degree ("mới 78%", "hiện còn 5,9%"), or that
        opens with its figure ("…, 35 học viên đã tốt nghiệp")."""
        inside = [n for n in numbers if a <= n.start < b and not n.excluded]
        if len(inside) != 1:
            return False
        ws = [w for w in all_words[bisect_left(starts, a) : bisect_left(starts, b)] if w.start < inside[0].start]
        if not ws:
            # opening with its figure, it goes on with a note before it, or with a report whose figure counted
            # another thing ("XKLĐ: đã có 520 hồ sơ đăng ký, 410 LĐ đã xuất cảnh"), unless it is itself held back
            last = outcomes[-1].update if outcomes else None
            lo, hi = bisect_left(starts, a), bisect_left(starts, b)
            before = (last is not None and last.kind is UpdateKind.NOTE) or (
                bool(outcomes) and outcomes[-1].why == _OTHER_COUNT_WHY
            )
            return before and not _mask_in(hits, lo, hi) & _HOLD
        return len(ws) <= 3 and all(w.fold in _ALONE_WORDS for w in ws)

    def own_verb_alone(a: int, b: int, task_id: str) -> bool:
        """A piece that is a figure after the verb the task opens with ("…, đã cấp 730" after a report on "Cấp giấy
        chứng nhận …"): the next stage of the same thing, counted by the task's own action."""
        inside = [n for n in numbers if a <= n.start < b and not n.excluded]
        if len(inside) != 1 or inside[0].unit is not None:
            return False
        ix = _task(book, task_id)
        if not ix.head:
            return False
        verb = {_key_fold(k) for k in ix.head}
        ws = [w for w in all_words[bisect_left(starts, a) : bisect_left(starts, b)] if w.start < inside[0].start]
        return (
            0 < len(ws) <= 3
            and verb <= {w.fold for w in ws}
            and all(w.fold in _ALONE_WORDS or w.fold in verb or w.fold in _VERB_MARKS for w in ws)
        )

    def opens_with_subject(a: int, b: int) -> bool:
        """A piece with no figure that opens with the words of the task it names: "…, chi NS vẫn trong dự toán"."""
        if any(a <= n.start < b for n in numbers):
            return False
        got = evaluate(a, b)
        if got.status is not ParseStatus.OK or got.update is None or got.source is None:
            return False
        cut = _PIECE_RE.search(folded, a, b)
        ws = all_words[bisect_left(starts, a) : bisect_left(starts, cut.start() if cut else b)]
        if len(ws) < 3:
            return False  # a subject and something said of it; "…, hộ nghèo, giao thông" is a list
        ix = _task(book, got.update.task_id)
        said = words(clean(ix.task.text))
        # the second word as the task writes it, or its abbreviation ("chi NS" for "… chi ngân sách …")
        meaning = lx.ABBREVIATIONS.get(ws[1].fold, ()) if _plain(ws[1]) else ()
        seconds = {lx.phrase_keys(m)[0][0] for m in meaning}
        return any(
            _word_is(ws[0], x.key, x.fold) and (_word_is(ws[1], y.key, y.fold) or y.key in seconds)
            for x, y in pairwise(said)
        )

    def switches_topic(a0: int, a: int, b: int, got: _Outcome) -> bool:
        """A piece opening with "còn" and then the words of a task (not a figure), with the contrast said by
        "thì" here or in the piece before: "as for …", another item ("Nho thì 58ha rồi, còn chuyển đổi đất lúa
        đang chờ xã báo lên"), not what is left of the one before ("còn tiêu chí thu nhập …", "còn lại …")."""
        lo = bisect_left(starts, a)
        if lo + 1 >= len(all_words) or all_words[lo].fold != "con" or all_words[lo + 1].start >= b:
            return False
        after = all_words[lo + 1]
        if after.fold == "lai" or any(all_words[lo].end <= n.start < after.start for n in numbers):
            return False  # "còn lại đang thi công", "còn 2 tuyến đang làm": what is left
        ws = all_words[bisect_left(starts, a0) : bisect_left(starts, b)]
        contrast = any(
            w.key == _THI_KEY
            if w.accented
            else w.fold == "thi" and k + 1 < len(ws) and ws[k + 1].fold not in _THI_COMPOUNDS
            for k, w in enumerate(ws)
        )
        # a new line opening with "Còn …" turns to another item as well ("- Cầu NT 10/14\nCòn láng nhựa ĐH12 vướng …")
        contrast = contrast or bool(_HARD_BREAK_RE.search(folded, max(a0, a - 3), a))
        return contrast and got.source is not None and len(got.source[3][0][6]) >= 2 and _content(after)

    def rate_for_the_note_before(left: list[_Outcome], a: int, b: int, task_id: str) -> bool:
        """A tail whose one figure is a rate, after a note on a task pledged as a rate: "tiêm phòng LMLM xong đợt
        1, đạt 84% tổng đàn" is that task's rate, not a share of the herd another task counts."""
        inside = [n for n in numbers if a <= n.start < b and not n.excluded]
        if len(inside) != 1 or inside[0].unit is None or inside[0].unit.dim != "percent" or inside[0].share:
            return False
        if _task(book, task_id).task.unit == "%":
            return False
        return any(
            o.update is not None and o.update.kind is UpdateKind.NOTE and _task(book, o.update.task_id).task.unit == "%"
            for o in left
        )

    def said_of_the_report_before(left: list[_Outcome], cut: int, b: int, right: _Outcome) -> bool:
        """ "OCOP 12/12 SP, đã có QĐ công nhận" on "Tham mưu công nhận 12 sản phẩm OCOP": a piece with no figure whose
        words (abbreviations aside) the task written just before holds too goes on about that report."""
        if right.source is None or any(cut <= n.start < b and not n.excluded for n in numbers):
            return False
        written = [o.update.task_id for o in left if o.update is not None and o.update.value is not None]
        if len(written) != 1:
            return False
        named = [x for x in right.source[3][0][6] if _fold_of(x) not in lx.ABBREVIATIONS]
        before = _task(book, written[0])
        # (two words at least: a lone "thôn" of "nông thôn" says nothing of the report before)
        return len(named) >= 2 and all(_fold_of(x) in before.raw_folds for x in named)

    def apart(a: int, b: int, cuts: tuple[int, ...]) -> list[_Outcome]:
        """The joined clause, or its pieces when the last piece alone is a sure report on a task that
        the rest is not about: two reports, not one with a tail."""
        for i in range(len(cuts) - 1, -1, -1):
            cut = cuts[i]
            if _OBSTACLE_RE.match(folded, cut):
                # "Giải ngân ĐTC còn chậm, vướng GPMB một số dự án giao thông": what holds the report back is no
                # news of its own, whatever task its words name; the report stands alone
                left = apart(a, cut, cuts[:i])
                if any(o.update is not None for o in left):
                    # (stuck on something, the work is not finished: "đã bàn giao 85% mặt bằng, còn vướng 6 hộ")
                    return [_held_open(o) for o in left]
            if _COUNT_OF_RE.match(folded, cut) and i == len(cuts) - 1:
                right = evaluate(cut, b)
                if (
                    right.update is not None
                    and right.update.value is not None
                    and all(o.update is None for o in apart(a, cut, cuts[:i]))
                    and evaluate(a, b).update not in (None, right.update)
                ):
                    # "HTX … đã được cấp giấy ĐKKD, nâng số HTX thành lập mới lên 2": the total names what it
                    # counts; the news before it, unsure alone, is how it came about
                    return [right]
            if not (reports(a, cut) and names_a_task(a, cut) and names_a_task(cut, b)):
                continue
            if not reports(cut, b) and not opens_with_subject(cut, b):
                continue
            right_mask = _mask_in(hits, bisect_left(starts, cut), bisect_left(starts, b))
            if right_mask & _WHOLE:
                continue  # "…, xong nhiệm vụ": the whole of what the clause before names is done
            right = evaluate(cut, b)
            if right.why == _STRAY_WHY:
                # "…, vướng 3 hộ chưa đồng ý": a piece naming no task for sure is a tail of the report before
                left = apart(a, cut, cuts[:i])
                if any(o.update is not None for o in left):
                    return left
            if right.status is not ParseStatus.OK or right.update is None:
                continue
            if (
                right.update.kind is UpdateKind.NOTE
                and right.source is not None
                and (
                    (
                        len(named := right.source[3][0][6]) <= 1
                        and not any(_fold_of(x) in lx.ABBREVIATIONS for x in named)
                    )
                    or (len(named) == 2 and _weakly_named(_task(book, right.update.task_id), named, folded[cut:b]))
                )
            ):
                # "…, có 15 hộ tham gia": a piece naming a task by one syllable is no note of its own; nor by one
                # compound whose syllables the task holds apart ("…, còn lại đang thi công" on "Hội thi … thành công")
                continue
            if (
                starts_with_tail(cut, b)
                and not switches_topic(a, cut, b, right)
                and (
                    right.update.kind is UpdateKind.NOTE
                    or _TOTAL_START_RE.match(folded, cut)
                    # "lũy kế 640 hồ sơ, đạt 53,3% KH": the same figure again, as a share of the plan
                    or any(cut <= n.start < b and n.share for n in numbers)
                )
            ):
                # "…, đang chờ Sở phê duyệt", "thêm 3 đ/c, nâng tổng số lên 9": a tail on the clause before
                continue
            if not any(cut <= n.start < b and not n.excluded for n in numbers) and (
                _find(all_words[bisect_left(starts, cut) :][:3], _FOLLOW_ON) == 0
                or _find(_past_marks_skipped(all_words[bisect_left(starts, cut) :][:4]), _FOLLOW_ON) == 0
            ):
                # "Chợ … đã hoàn thành, bàn giao đưa vào sử dụng": the same thing's next step, no report of its own
                left = apart(a, cut, cuts[:i])
                if any(o.update is not None for o in left):
                    return left
                continue
            left = apart(a, cut, cuts[:i])
            if starts_with_tail(cut, b) and rate_for_the_note_before(left, cut, b, right.update.task_id):
                continue
            if right.update.value is None and said_of_the_report_before(left, cut, b, right):
                continue
            other = right.update.task_id
            if any(o.update is not None and o.update.task_id != other for o in left) and all(
                o.update is None or o.update.task_id != other for o in left
            ):
                return [*left, right]
        whole = evaluate(a, b)
        if whole.update is not None and whole.update.kind is UpdateKind.NOTE and cuts:
            # "Chi trả trợ cấp NCC, BTXH đủ, đúng hạn; trẻ em HCĐB được trợ giúp 89%": after a hard break, a figure
            # on another task is a report of its own; the note on the first must not drown it
            for i in range(len(cuts) - 1, -1, -1):
                cut = cuts[i]
                if not _HARD_BREAK_RE.search(folded, max(a, cut - 3), cut):
                    continue
                right = evaluate(cut, b)
                if (
                    right.status is not ParseStatus.OK
                    or right.update is None
                    or right.update.value is None
                    or right.update.task_id == whole.update.task_id
                ):
                    continue
                left = apart(a, cut, cuts[:i])
                if any(o.update is not None and o.update.task_id == whole.update.task_id for o in left):
                    return [*left, right]
        if whole.update is not None and whole.update.kind is UpdateKind.NOTE and cuts:
            # "Trường … đã được công nhận đạt chuẩn quốc gia.\nXã sẽ tổ chức đón bằng vào dịp khai giảng": after a
            # hard break, a plan for what follows a report done does not take the done back
            for i in range(len(cuts) - 1, -1, -1):
                cut = cuts[i]
                if not _HARD_BREAK_RE.search(folded, max(a, cut - 3), cut):
                    continue
                right_mask = _mask_in(hits, bisect_left(starts, cut), bisect_left(starts, b))
                if not right_mask & (_INTENT | _PLANNED) or right_mask & (_NEG | _REM):
                    continue
                left = apart(a, cut, cuts[:i])
                if (
                    len(left) == 1
                    and left[0].update is not None
                    and left[0].update.task_id == whole.update.task_id
                    and left[0].update.kind is not UpdateKind.NOTE
                ):
                    right = evaluate(cut, b)
                    # (unless the plan names a part of the task the report did not: "Đã công khai dự toán NS 2024;
                    # quyết toán 2023 sẽ công khai trong tháng 7" is half the task done)
                    if (right.update is None or right.update.task_id == whole.update.task_id) and not _names_more(
                        right.source, left[0].source
                    ):
                        return left
        if whole.status is ParseStatus.OK or not cuts:
            return [whole]
        last_cut = cuts[-1]
        if (
            whole.status is not ParseStatus.NONE
            and not any(last_cut <= n.start < b for n in numbers)
            and reports(last_cut, b)
        ):
            # "BHYT chua dat, dang van dong nguoi dan mua the": a tail of status ("đang …", "chưa …", "còn thiếu …")
            # with no figure and no task of its own goes on with the report before it, and must not drown it
            right = evaluate(last_cut, b)
            if right.update is None and right.status is not ParseStatus.NONE:
                left = apart(a, last_cut, cuts[:-1])
                if len(left) == 1 and left[0].update is not None:
                    return left
        # "Hộ nghèo còn 1,3%; nhiệm vụ tuyên truyền đã hoàn thành": after a hard break (";", a new line) a
        # piece that names no task for sure must not drown the report before it
        for i in range(len(cuts) - 1, -1, -1):
            cut = cuts[i]
            if not _HARD_BREAK_RE.search(folded, max(a, cut - 3), cut):
                continue
            left = apart(a, cut, cuts[:i])
            right = evaluate(cut, b)
            if any(o.update is not None for o in left) or right.status is ParseStatus.OK:
                return [*left, right]
        return [whole]

    def named_parts(done: list[_Outcome]) -> list[_Outcome]:
        """ "Thu NS đạt 4,1 tỷ, trong đó thu tiền SDĐ 1,9 tỷ": a part that names a task of its own (not the total's)
        is that task's figure; "trong đó 7 người đi Nhật" names none and stays a part."""
        written = {o.update.task_id for o in done if o.update is not None}
        out: list[_Outcome] = []
        for m in OF_WHICH_RE.finditer(folded):
            if not _NAMED_PART_RE.match(folded, m.end()):
                continue
            cut = _PIECE_RE.search(folded, m.end())
            a, b = m.end(), cut.start() if cut is not None else len(folded)
            inside = [n for n in numbers if a <= n.start < b]
            if len(inside) != 1 or inside[0].excluded != _PART:
                continue
            mask = _mask_in(hits, bisect_left(starts, a), bisect_left(starts, b))
            if any(
                o.update is not None
                and o.update.kind is UpdateKind.INCREMENT
                and o.source is not None
                and o.source[1].start <= m.start() <= o.source[1].end
                for o in done
            ):
                mask |= _INCR  # "GQVL thêm 20 lao động, trong đó 7 người đi XKLĐ": a part of what was added is added
            got = evaluate_as(a, b, [inside[0]._replace(excluded="")], mask)
            update = got.update
            if update is not None and update.value is not None and update.task_id not in written:
                out.append(got)
                written.add(update.task_id)
        return out

    outcomes: list[_Outcome] = []
    opened_at = 0  # where the clause before began
    for a, b, joins in spans:
        before_at, opened_at = opened_at, a
        piece = [n for n in numbers if a <= n.start < b and not n.excluded]  # this clause's own figures
        # only the last few joins are tried apart: a long message stays linear
        got = apart(a, b, joins[-_MAX_APART:]) if joins else [evaluate(a, b)]
        if (
            joins
            and len(got) == 1
            and got[0].update is not None
            and got[0].update.value is not None
            and folded[a : joins[0]].rstrip().endswith(",")
            and not reports(a, joins[0])
        ):
            written = got[0].update
            holders = _listed_subject(book, all_words[bisect_left(starts, a) : bisect_left(starts, joins[0])])
            if holders and all(book.tasks[i].task.id != written.task_id for i in holders):
                # "hộ nghèo, cận nghèo còn 3,5%": two subjects share one figure; whose is it?
                others = tuple(Candidate(book.tasks[i].task.id, 1.0) for i in holders)
                got = [
                    _Outcome(
                        ParseStatus.AMBIGUOUS,
                        None,
                        (Candidate(written.task_id, 1.0, written), *others),
                        "một con số cho hai đối tượng: cần hỏi",
                    )
                ]
        last = outcomes[-1] if outcomes else None
        if (
            last is not None
            and last.update is not None
            and piece
            and len(got) == 1
            and got[0].update is not None
            and got[0].update.kind is UpdateKind.NOTE
            and got[0].update.task_id != last.update.task_id
            and got[0].source is not None
            and _weakly_named(_task(book, got[0].update.task_id), got[0].source[3][0][6], folded[a:b])
        ):
            # "TNGT 9 tháng giảm 1 vụ, …, 2 người bị thương so cùng kỳ": a figure of the report going on, its one
            # syllable shared with another task ("thương mại") no note of its own; its figure dropped, as a note would
            continue
        if (
            last is not None
            and last.update is not None
            and last.update.value is not None
            and len(got) == 1
            and got[0].update is not None
            and got[0].update.kind is UpdateKind.NOTE
            and got[0].update.task_id != last.update.task_id
            and _same_thing_counted(folded, numbers, before_at, a, b)
        ):
            # "ban van hoa: 3 ban dat chuan, 1 ban dang hoan thien ho so": the piece opens with a count of the same
            # things as the report before, one more of them under way; its "hồ sơ" is no other task's news
            continue
        if (
            last is not None
            and last.update is not None
            and _asked_after_a_value(last.update, got)
            and len(piece) == 1
            and (carried := _object_left_out(book, last, got[0])) is not None
        ):
            # "thu ngân sách 7,1 tỷ; chi 5,6 tỷ": the piece's verb names the other task of the object just said
            got = [carried]
        if (
            last is not None
            and (last.update is not None or last.why == _OTHER_COUNT_WHY)
            and last.source is not None
            and len(got) == 1
            and got[0].status is ParseStatus.AMBIGUOUS
            and (figure_alone(a, b) or (last.update is not None and own_verb_alone(a, b, last.update.task_id)))
        ):
            # "tiêm phòng LMLM k đạt được 85% đâu, mới 78%": a figure alone after a report goes on with it; so does
            # "phân loại rác tại nguồn thêm 2 thôn, khoảng 260 hộ" after a figure counting another thing
            joined = evaluate(last.source[1].start, b)
            book_then, _, _, ranked = last.source
            earlier_id = last.update.task_id if last.update is not None else book_then.tasks[ranked[0][2]].task.id
            if joined.update is not None and joined.update.task_id == earlier_id:
                outcomes[-1] = joined
                continue
        if (
            last is not None
            and last.update is None
            and len(got) == 1
            and got[0].update is None
            and piece
            and _SIZE_OPENING_RE.match(folded, a, piece[0].start)
            and _after_an_increment(folded, a)
        ):
            # "cấp thêm 5 mã số vùng trồng sầu riêng, diện tích 320 ha": the size of what the piece before added,
            # when neither piece names a task alone, is read with the words of that piece
            joined = evaluate(before_at, b)
            if joined.update is not None and joined.update.value is not None:
                outcomes[-1] = joined
                continue
        if (
            last is not None
            and last.update is not None
            and len(got) == 1
            and got[0].update is None
            and not refs
            and len(piece) == 1
            and piece[0].unit is not None
            and piece[0].unit.dim in _MEASURES
            and (wrote := _task(book, last.update.task_id)).unit is not None
            and wrote.unit.dim != piece[0].unit.dim
        ):
            # "đấu giá thêm 12 lô, thu thêm 38 tỷ 600": an amount no task takes alone, after a report whose task cannot
            # hold it, is of the same subject
            joined = evaluate_with_subject(before_at, a, b)
            if joined.update is not None and joined.update.value is not None:
                got = [joined]
        elif (
            last is not None
            and last.update is not None
            and _asked_after_a_value(last.update, got)
            and "\n" not in folded[:a]
            # (an item of a list of places: "…, thôn 2 được 3 nhà")
            and (lo := bisect_left(starts, a)) < len(all_words)
            and all_words[lo].fold in _UNIT_KINDS
            and (
                (folded.find(":", 0, min(a, 48)) > 0 and len(piece) == 1)
                # "Đường bê tông ấp Sóc Rừng xong 1,2 km, ấp Pro Lợi 900m, tổng cộng 2.100m": the place kind of the
                # piece before opens this one, the same list going on
                or (
                    any(w.fold == all_words[lo].fold for w in all_words[bisect_left(starts, before_at) : lo])
                    and len(piece) <= 2
                )
            )
        ):
            # "Nhà hộ nghèo: thôn 1 được 5 nhà, thôn 2 được 3 nhà": the label heads every piece of the line; the next
            # piece is of the same task (two figures for it are then asked, never the first kept by chance)
            joined = evaluate_with_subject(0, a, b)
            if joined.update is not None and joined.update.task_id == last.update.task_id:
                got = [joined]
        if (
            last is not None
            and last.update is None
            and last.status in (ParseStatus.AMBIGUOUS, ParseStatus.UNMATCHED)
            and len(got) == 1
            and got[0].update is None
            and len(piece) == 1
            and all(
                _light(w.text) or not _content(w)
                for w in all_words[bisect_left(starts, a) : bisect_left(starts, b)]
                if w.start < piece[0].start
            )
        ):
            # "Hộ nghèo còn 5 hộ, tỷ lệ 0,12%": the rate of the subject just named, when neither piece settles alone
            joined = evaluate_with_subject(before_at, a, b)
            if joined.update is not None and joined.update.value is not None:
                outcomes[-1] = joined
                continue
        if (
            outcomes
            and len(got) == 1
            and outcomes[-1].update is not None
            and _held_list(got[0], outcomes[-1], a, b, folded, numbers)
        ):
            # "Đã khởi công xây nhà cho 3 hộ nghèo, 1 hộ cận nghèo, đang thi công": the next item of a list the
            # clause before holds back is held back too
            got = []
        if (
            outcomes
            and len(got) == 1
            and (part := outcomes[-1].update) is not None
            and _more_parts(
                got[0],
                outcomes[-1],
                a,
                b,
                folded,
                numbers,
                bool(_mask_in(hits, bisect_left(starts, a), bisect_left(starts, b)) & _HOLD),
                any_label=True,
            )
            and (summed := _parts_summed(book, part, outcomes[-1], a, b, folded, numbers)) is not None
        ):
            # "XKLĐ thêm 4 người đi Nhật, 2 người đi Hàn", "sửa nhà cho 3 hộ nghèo, 1 hộ cận nghèo": parts that are
            # kinds of one count, each said once, make the report together (see _kinds_summed)
            outcomes[-1] = summed
            continue
        if (
            outcomes
            and len(got) == 1
            and outcomes[-1].update is not None
            and _more_parts(
                got[0],
                outcomes[-1],
                a,
                b,
                folded,
                numbers,
                bool(_mask_in(hits, bisect_left(starts, a), bisect_left(starts, b)) & _HOLD),
            )
        ):
            # "XKLĐ thêm 4 người đi Nhật, 3 người đi Nhật": the figure before was one part of a list, not the report
            part = outcomes[-1].update
            assert part is not None
            outcomes[-1] = _Outcome(
                ParseStatus.AMBIGUOUS, None, (Candidate(part.task_id, 1.0, None),), "nhiều con số cùng đơn vị: cần hỏi"
            )
            got = [o if o.update is None or o.update.task_id != part.task_id else outcomes[-1] for o in got]
        outcomes.extend(got)
    # apart calls itself through its closure cell: a cycle that would keep every clause, word and outcome of the
    # message alive until the garbage collector gets to it (a good part of the parser's time went to collecting);
    # with the name rebound, all of it is freed as soon as parse_message returns
    apart = _spent
    if "trong do" in folded and any(n.excluded == _PART for n in numbers):
        outcomes.extend(named_parts(outcomes))
    updates: dict[str, ParsedUpdate] = {}
    clashes: set[str] = set()
    where: dict[str, int] = {}  # task → where the clause that wrote it ends
    written_by: dict[str, _Clause] = {}  # task → the clause that wrote it
    for o in outcomes:
        if o.update is not None:
            before = updates.get(o.update.task_id)
            if before is not None and o.update.kind is UpdateKind.NOTE and before.kind is not UpdateKind.NOTE:
                continue  # "đã xong 4 bếp, 2 bếp đang thi công": the work in progress takes nothing back
            at = o.source[1].start if o.source is not None else -1
            earlier = written_by.get(o.update.task_id)
            if (
                before is not None
                and earlier is not None
                and o.source is not None
                and _pledged_parts(book, o.update.task_id, earlier, o.source[1], before, o.update)
            ):
                # "Đã hỗ trợ xây mới 8 nhà, sửa chữa 5 nhà" on "Hỗ trợ xây mới, sửa chữa 25 nhà …": the parts the
                # pledge itself names, added up
                total = (before.value or 0.0) + (o.update.value or 0.0)
                updates[o.update.task_id] = ParsedUpdate(
                    o.update.task_id,
                    before.kind,
                    total,
                    f"{before.explanation} + {o.update.explanation} → cộng {total:g}",
                    f"{before.note} {o.update.note}".strip(),
                )
                where[o.update.task_id] = o.source[1].end
                continue
            if (
                before is not None
                and before.value is not None
                and o.update.value is not None
                and (before.kind, before.value) != (o.update.kind, o.update.value)
                and at >= 0
                and (
                    _HARD_SPLIT_RE.search(folded, where.get(o.update.task_id, 0), at)
                    or (
                        o.source is not None
                        and not _said_as_total(
                            o.source[1],
                            o.source[2],
                            o.update,
                            _task(book, o.update.task_id),
                        )
                    )
                )
            ):
                # "hộ nghèo còn 2,2%; hộ cận nghèo còn 3,1%" with one task on poverty, "kiểm tra 18 cơ sở, xử phạt
                # 2 cơ sở": two figures for one task in one message, one of them about something else: ask, never
                # keep the last by chance. Only a total said after a comma is the one figure ("…, tổng 18 căn").
                clashes.add(o.update.task_id)
            updates.pop(o.update.task_id, None)
            updates[o.update.task_id] = o.update
            if o.source is not None:
                where[o.update.task_id] = o.source[1].end
                written_by[o.update.task_id] = o.source[1]
    for task_id in clashes:
        del updates[task_id]
        outcomes.append(
            _Outcome(ParseStatus.AMBIGUOUS, None, (Candidate(task_id, 1.0, None),), "hai con số cho một nhiệm vụ")
        )
    respectively = _RESPECTIVELY_RE.search(folded) if "lan luot" in folded else None
    if updates and (respectively or " va " in folded):
        if respectively:
            listed = [n for n in numbers if n.start > respectively.start() and not n.excluded]
        else:
            listed = _figures_paired(folded, numbers)
        if len(listed) >= 2 and sum(u.value is not None for u in updates.values()) < len(listed):
            # "Tỷ lệ hộ nghèo, hộ cận nghèo giảm còn lần lượt 2,05% và 4,4%": figures given in the order of the things
            # named (with "lần lượt" or without: "nghèo và cận nghèo còn 1,1% và 1,9%"); one of them on one task is a
            # guess at the pairing, so ask
            cands = tuple(Candidate(task_id, 1.0, None) for task_id in updates)
            why = "các số liệu «lần lượt»" if respectively else "hai số liệu liệt kê liền nhau"
            return ParseResult(ParseStatus.AMBIGUOUS, (), cands, f"{why} chưa ghép được với nhiệm vụ")
    if updates:
        ups = tuple(updates.values())
        pending = [o for o in outcomes if o.status in (ParseStatus.AMBIGUOUS, ParseStatus.UNMATCHED)]
        extra = {"unresolved": "; ".join(o.why for o in pending)} if pending else {}
        return ParseResult(ParseStatus.OK, ups, (), " | ".join(u.explanation for u in ups), extra)
    if outcomes and (outbreak := _outbreak_note(book, folded, numbers)) is not None:
        return ParseResult(ParseStatus.OK, (outbreak,), (), outbreak.explanation)
    if outcomes and (handled := _violation_note(book, folded, numbers, outcomes)) is not None:
        return ParseResult(ParseStatus.OK, (handled,), (), handled.explanation)
    for status in (ParseStatus.AMBIGUOUS, ParseStatus.UNMATCHED):
        hit = [o for o in outcomes if o.status is status]
        if hit:
            cands = tuple(c for o in hit for c in o.candidates())
            return ParseResult(status, (), cands, "; ".join(o.why for o in hit if o.why))
    if any(n.excluded == "so sánh với kỳ trước" for n in numbers) and not _QUESTION_END_RE.search(folded):
        # "tăng 12% so với cùng kỳ" and nothing more: a report of a rise, of what is not said; ask, never drop it
        why = "báo mức tăng, giảm so với kỳ trước nhưng không rõ của việc gì"
        return ParseResult(ParseStatus.UNMATCHED, explanation=why)
    return ParseResult(ParseStatus.NONE, explanation="; ".join(o.why for o in outcomes if o.why))
