"""Numbers said in words, as voice typing writes them: "một trăm hai mươi lao động" → "120 lao động".

Officials who dictate their reports get text like "được tám mươi lăm héc ta", "ba phẩy ba phần trăm",
"năm mươi hai tỷ ba trăm triệu". This pass rewrites such runs as digits before the message is read, so
the number reader sees "85 héc ta", "3,3 phần trăm", "52 tỷ 300 triệu" ("triệu", "tỷ" stay words: the
number reader knows them as magnitudes).

Words typed with their accents are read freely. Folded, "trạm" is "trăm", "bà" is "ba", "muối" is "mươi",
so a message without diacritics is read only when it says "muoi" or "phay", or "tram" with a magnitude
("ngan", "nghin", "trieu", "ty"), and then only runs whose build leaves no other reading (tens, a decimal,
"muoi hai", hundreds before a magnitude, thousands with hundreds: see _bare_number).
A lone digit word ("năm", "một", "ba") counts only right before a unit or a counted noun: "năm nay",
"một số", "ba mẹ" stay words. Pure: str → str.
"""

from __future__ import annotations

import re

_DIGITS = {
    "không": 0,
    "một": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,
    "tám": 8,
    "chín": 9,
}
# the forms a unit digit takes after "mươi"/"mười": "hai mươi mốt", "ba mươi tư", "mười lăm", "hai mươi nhăm"
_AFTER_TENS = {**_DIGITS, "mốt": 1, "tư": 4, "lăm": 5, "nhăm": 5}
_TENS = frozenset(["mươi", "chục"])
_ZERO_TENS = frozenset(["lẻ", "linh"])  # "một trăm lẻ năm" is 105
_THOUSANDS = frozenset(["nghìn", "ngàn"])
_WORDS = frozenset([*_AFTER_TENS, *_TENS, *_ZERO_TENS, *_THOUSANDS, "mười", "trăm", "phẩy"])

# what a lone digit word must stand right before to be a figure ("năm hộ", "hai người", "ba héc ta"); "năm học",
# "năm nay", "một số", "ba mẹ" are no figures
_COUNTED = frozenset(
    [
        *("hộ", "người", "căn", "cây", "xã", "ấp", "thôn", "bản", "buôn", "phum", "sóc", "chùa", "cầu", "trường"),
        *("lớp", "em", "cháu", "cụ", "bạn", "đội", "tổ", "tuyến", "con", "tấn", "tạ", "kg", "ha", "mét", "km"),
        *("tỷ", "tỉ", "triệu", "nghìn", "ngàn", "trăm", "nhà", "phòng", "lượt", "vụ", "chiếc", "tàu", "ghe", "xe"),
        *("chuyến", "buổi", "đợt", "khóa", "khoá", "thẻ", "chợ", "trạm", "cống", "kênh", "đập", "giếng", "bể"),
        *("camera", "đèn", "ca", "điểm", "lđ", "dn", "sp", "htx", "đv", "hs", "gv", "gcn", "km2", "m2", "m3"),
    ]
)
_COUNTED_PAIRS = frozenset(
    [
        *("lao động", "học sinh", "học viên", "sinh viên", "giáo viên", "cơ sở", "doanh nghiệp", "sản phẩm"),
        *("hợp tác", "mô hình", "hồ sơ", "đảng viên", "đoàn viên", "hội viên", "thành viên", "chi bộ"),
        *("đối tượng", "trường hợp", "dự án", "công trình", "tài khoản", "cây số", "ki lô", "héc ta", "phần trăm"),
        "giấy phép",
    ]
)

_WORD_RE = re.compile(r"[^\W\d_]+")
# number words typed without marks, as the accented words they stand for ("muoi" after a digit word is "mươi": the
# reader takes "mười" only at a run's start, and "mươi" only after a digit)
_BARE = {
    **{"mot": "một", "bon": "bốn", "tu": "tư", "nam": "năm", "lam": "lăm", "sau": "sáu", "bay": "bảy", "tam": "tám"},
    **{"chin": "chín", "khong": "không", "tram": "trăm", "nghin": "nghìn", "ngan": "ngàn", "phay": "phẩy"},
    **{"le": "lẻ", "chuc": "chục", "nham": "nhăm"},
}


def _below_thousand(words: list[str], i: int) -> tuple[int, int] | None:
    """Read a number below 1,000 from words[i:]: (value, next index), or None."""
    n = len(words)
    value = 0
    j = i
    said = False
    if j < n and words[j] in _DIGITS and j + 1 < n and words[j + 1] == "trăm":
        value, j, said = _DIGITS[words[j]] * 100, j + 2, True
        if j < n and words[j] in _ZERO_TENS and j + 1 < n and words[j + 1] in _DIGITS:
            return value + _DIGITS[words[j + 1]], j + 2
    if j < n and words[j] == "mười":
        value += 10
        j += 1
        if j < n and words[j] in _AFTER_TENS and words[j] not in ("mốt", "tư", "không"):
            value += _AFTER_TENS[words[j]]
            j += 1
        return value, j
    if j < n and words[j] in _DIGITS and _DIGITS[words[j]] > 1 and j + 1 < n and words[j + 1] == "lăm":
        # "bốn lăm hộ": the tens said short; "lăm" is five only after tens, so the digit before it is the tens
        return value + _DIGITS[words[j]] * 10 + 5, j + 2
    if j < n and words[j] in _DIGITS and j + 1 < n and words[j + 1] in _TENS:
        value += _DIGITS[words[j]] * 10
        j += 2
        if j < n and words[j] in _AFTER_TENS and words[j] != "không":
            value += _AFTER_TENS[words[j]]
            j += 1
        return value, j
    if said:
        # "hai trăm" or "hai trăm rưỡi"; a digit right after the hundreds is the tens said short ("hai trăm tư"
        # is 240), which nobody dictates for a figure that matters: stop at the hundreds
        return value, j
    if j < n and words[j] in _DIGITS:
        return _DIGITS[words[j]], j + 1
    return None


def _number(words: list[str], i: int) -> tuple[str, int, bool] | None:
    """A whole number (with thousands) and its decimals from words[i:]: (digits, next index, structured)."""
    first = _below_thousand(words, i)
    if first is None:
        return None
    value, j = first
    structured = j - i > 1
    n = len(words)
    if j < n and words[j] in _THOUSANDS:
        value *= 1000
        j += 1
        structured = True
        rest = _below_thousand(words, j)
        if rest is not None and (rest[1] - j > 1 or (j < n and words[j] == "mười")):
            value += rest[0]
            j = rest[1]
    digits = str(value)
    if j + 1 < n and words[j] == "phẩy":
        # "ba phẩy ba", "chín mươi bốn phẩy hai", "không phẩy tám": the decimals, digit by digit or as one number
        decimals = _below_thousand(words, j + 1)
        if decimals is not None:
            k = decimals[1]
            tail = str(decimals[0])
            while k < n and words[k] in _DIGITS and decimals[1] - (j + 1) == 1:
                tail += str(_DIGITS[words[k]])
                k += 1
            digits, j, structured = f"{digits},{tail}", k, True
    return digits, j, structured


_BARE_MAGNITUDES = frozenset(["ty", "ti", "trieu", "tr", "nghin", "ngan"])
_BIG_MAGNITUDES = frozenset(["triệu", "tỷ", "tỉ", "trieu", "ty", "ti"])


def _bare_number(run: list[str], following: str) -> bool:
    """Words typed without marks read as a number only when their build leaves no other reading: tens ("hai muoi",
    "chin muoi ba"), a decimal ("ba phay ba"), "muoi hai" (twelve), or hundreds before a magnitude ("ba tram trieu");
    "hai tram y te" (two stations) and "ba con" stay words."""
    said = set(run)
    if run == ["mười", "năm"]:
        return False  # "muoi nam": ten years as much as fifteen
    if "mươi" in said or "phẩy" in said or ("mười" in said and len(run) >= 2):
        return True
    if said & {"nghìn", "ngàn"} and "trăm" in said and len(run) >= 4:
        return True  # "hai ngan bon tram": thousands and hundreds, each with its digit, are nothing but a number
    return bool(said & {"trăm", "nghìn", "ngàn"}) and len(run) >= 2 and following in _BARE_MAGNITUDES


def _counted_next(lowered: str, spans: list[tuple[int, int, str]], j: int) -> bool:
    """The word right after a lone digit word (one space between) is a unit or a counted noun, or a "%" follows."""
    end = spans[j - 1][1]
    if lowered[end : end + 2].lstrip(" ")[:1] == "%":
        return True
    if j >= len(spans) or lowered[end : spans[j][0]] != " ":
        return False
    if spans[j][2] in _COUNTED:
        return True
    return (
        j + 1 < len(spans)
        and lowered[spans[j][1] : spans[j + 1][0]] == " "
        and (f"{spans[j][2]} {spans[j + 1][2]}" in _COUNTED_PAIRS)
    )


# "hai phần ba kế hoạch": a fraction said in words (never "phần trăm", per cent)
_FRACTION_RE = re.compile(
    r"(?<![^\W\d_])(một|hai|ba|bốn|năm)[ \t]+phần[ \t]+(hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)(?![^\W\d_])",
    re.IGNORECASE,
)


# "11 phẩy 6 phần trăm": voice typing writes the digits it hears and the decimal comma as the word
_SPOKEN_COMMA_RE = re.compile(r"(?<![\d.,])(\d+)[ \t]+(?:phẩy|phay)[ \t]+(\d+)(?![\d.,])", re.IGNORECASE)


def spell_digits(text: str) -> str:
    """The text with every number said in words rewritten as digits (unaccented ones as the module's docstring
    says); unchanged when there is none."""
    return _digits_said_with_comma(_spell_words(text))


def _digits_said_with_comma(text: str) -> str:
    if "ph" not in text and "Ph" not in text and "PH" not in text:
        return text
    return _SPOKEN_COMMA_RE.sub(r"\1,\2", text)


def _spell_words(text: str) -> str:
    if "phần" in text or "Phần" in text:
        text = _FRACTION_RE.sub(
            lambda m: f"{_DIGITS[m.group(1).lower()]}/{_AFTER_TENS.get(m.group(2).lower(), 10)}", text
        )
    lowered = text.lower()
    bare = lowered.isascii()
    if bare:
        # typed without diacritics, a word alone says little ("ba con" is "bà con", "hai tram" two stations): a
        # message is read only when it says tens or a decimal ("chin muoi ba phay mot"), each run as _bare_number
        # allows
        if (
            "muoi" not in lowered
            and "phay" not in lowered
            and not ("tram" in lowered and any(m in lowered for m in ("ngan", "nghin", "trieu", "ty", "ti")))
        ):
            return text
    elif not any(w in lowered for w in ("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "bẩy", "tám", "chín", "mười")):
        return text
    spans = [(m.start(), m.end(), m.group()) for m in _WORD_RE.finditer(lowered)]
    words = [w for _, _, w in spans]
    if bare:
        words = [_BARE.get(w, w) for w in words]
        for k, w in enumerate(words):
            if w == "muoi":
                words[k] = "mươi" if k and words[k - 1] in _DIGITS else "mười"
    out: list[str] = []
    last = 0
    i = 0
    while i < len(words):
        if words[i] not in _WORDS or words[i] in _TENS or words[i] in _ZERO_TENS or words[i] == "phẩy":
            i += 1
            continue
        # the words of one number run with single spaces between them
        end = i + 1
        while end < len(words) and words[end] in _WORDS and lowered[spans[end - 1][1] : spans[end][0]] == " ":
            end += 1
        read = _number(words[:end], i)
        if read is None:
            i += 1
            continue
        digits, j, structured = read
        if not structured and not _counted_next(lowered, spans, j):
            i = j
            continue
        if bare and not _bare_number(words[i:j], spans[j][2] if j < len(spans) else ""):
            i = j
            continue
        start, stop = spans[i][0], spans[j - 1][1]
        if i and words[i - 1] in _BIG_MAGNITUDES and digits.isdigit() and 1000 <= int(digits) < 1_000_000:
            # "hai triệu sáu trăm năm mươi nghìn lượt": the thousands after the millions stay thousands ("2 triệu
            # 650 nghìn"), as the number reader joins them, not a second figure
            thousands, rest = divmod(int(digits), 1000)
            digits = f"{thousands} nghìn" + (f" {rest}" if rest else "")
        out.append(text[last:start])
        out.append(digits)
        last = stop
        i = j
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)
