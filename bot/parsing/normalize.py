"""Text normalisation for Vietnamese chat messages: one clean form plus, per word, a folded and an accent key.

Officials type in NFC or NFD, with old ("hoà") or new ("hòa") tone placement, without diacritics, in
capitals, with emoji and zero-width characters. Each word keeps two readings: `fold` (no marks at
all, đ→d) and `key` (vowel-quality marks kept, the tone moved to a trailing digit), so "hoà" and
"hòa" share a key while "trồng" and "trong" share only a fold.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

# Letters that look like đ/Đ or like Latin letters; phones and fonts produce them.
_LOOKALIKES = str.maketrans(
    {
        "\u00d0": "Đ",
        "\u00f0": "đ",
        "\u0189": "Đ",
        "\u0256": "đ",
        "\u0430": "a",
        "\u0435": "e",
        "\u043e": "o",
        "\u0440": "p",
        "\u0441": "c",
        "\u0445": "x",
        "\u0443": "y",
        "\u0410": "A",
        "\u0415": "E",
        "\u041e": "O",
        "\u0420": "P",
        "\u0421": "C",
        "\u0425": "X",
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u3000": " ",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\uff05": "%",
        "\u2030": "%",
        "\u00b2": "2",
        "\u00b3": "3",  # "m³": the pledge's unit as read back, and a sender's
        "\uff03": "#",
    }
)
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"), None)
# the characters each table changes: str.translate costs ~2 µs on a Vietnamese message even when it
# changes nothing, a set test on the message's characters far less
_ZERO_WIDTH_CHARS = frozenset(map(chr, _ZERO_WIDTH))
_LOOKALIKE_CHARS = frozenset(map(chr, _LOOKALIKES))

_TONES = {
    "\u0300": "2",
    "\u0301": "1",
    "\u0309": "3",
    "\u0303": "4",
    "\u0323": "5",
    "\u0340": "2",
    "\u0341": "1",
}
_WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)


# What clean() turns each character into, when not itself: filled as characters are first seen.
_CLEAN_MAP: dict[int, str] = {}
_CLEAN_SEEN: set[str] = set()
_CLEAN_MAPPED: set[str] = set()  # the characters with an entry in _CLEAN_MAP


def _clean_char(ch: str) -> str:
    if ch in "\n\r\u2028\u2029\x85":
        return "\n"
    cat = unicodedata.category(ch)
    if cat == "So":
        return "\n"  # an emoji ends a sentence: "đạt chuẩn rồi ạ 👍 XKLĐ thêm 1" is two reports
    if cat[0] == "C" or cat in ("Sk", "Cs") or ch == "\ufe0f":
        return " "
    return ch


def _learn(
    new: set[str],
    table: dict[int, str],
    seen: set[str],
    classify: Callable[[str], str],
    mapped: set[str] | None = None,
) -> dict[int, str]:
    """Add characters not met before to a memoised translate table and return the table to use.
    Past 20,000 distinct characters (an adversarial spread) they are classified on a copy, not kept."""
    if len(seen) > 20000:
        table = dict(table)
        keep = False
    else:
        keep = True
    for ch in new:
        to = classify(ch)
        if to != ch:
            table[ord(ch)] = to
            if keep and mapped is not None:
                mapped.add(ch)
        if keep:
            seen.add(ch)
    return table


def clean(text: str, lower: bool = True) -> str:
    """NFC, look-alikes mapped, zero-width and emoji removed, control characters and line breaks kept as
    newlines or spaces, lower case. Length-preserving is not promised; offsets refer to this form."""
    chars = set(text)
    changed = False
    if not chars.isdisjoint(_ZERO_WIDTH_CHARS):
        text = text.translate(_ZERO_WIDTH)
        changed = True
    normal = unicodedata.normalize("NFC", text)
    if changed or normal is not text:
        text = normal
        chars = set(text)
    if not chars.isdisjoint(_LOOKALIKE_CHARS):
        text = text.translate(_LOOKALIKES)
        chars = set(text)
    new = chars - _CLEAN_SEEN
    table = _learn(new, _CLEAN_MAP, _CLEAN_SEEN, _clean_char, _CLEAN_MAPPED) if new else _CLEAN_MAP
    if table is not _CLEAN_MAP or not chars.isdisjoint(_CLEAN_MAPPED):
        text = text.translate(table)
    text = unicodedata.normalize("NFC", text)
    return text.lower() if lower else text


@lru_cache(maxsize=65536)
def word_forms(word: str) -> tuple[str, str, bool]:
    """(fold, key, accented) for one lower-case word."""
    decomposed = unicodedata.normalize("NFD", word)
    tone = ""
    base: list[str] = []
    accented = False
    for ch in decomposed:
        if ch in _TONES:
            tone = _TONES[ch]
            accented = True
        elif unicodedata.combining(ch):
            base.append(ch)
            accented = True
        else:
            base.append(ch)
    key = unicodedata.normalize("NFC", "".join(base)) + tone
    if "đ" in key:
        accented = True
    fold = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("đ", "d")
    return fold, key, accented


# every character carrying a tone mark, precomposed or combining: one set test per message
_TONE_MARKS = frozenset(_TONES)
# built at import (one C-level disjointness test per character keeps `dondoc parse` start-up short)
_TONED = _TONE_MARKS | frozenset(
    ch for ch in map(chr, range(0xC0, 0x1F00)) if not _TONE_MARKS.isdisjoint(unicodedata.normalize("NFD", ch))
)


def has_tone_marks(text: str) -> bool:
    """Any tone mark in an NFC text: a message with vowel marks (ư, ơ, â) but no tone at all was typed
    half-accented ("nhưa hoa", "kenh mưong"), and its words are read as unaccented."""
    return not _TONED.isdisjoint(text)


class Word(NamedTuple):  # a tuple: built for every word of every message, and cheaply so
    fold: str
    key: str
    accented: bool
    start: int
    end: int
    text: str


def words(text: str) -> list[Word]:
    """The words of an already cleaned text, in order."""
    out: list[Word] = []
    new = tuple.__new__  # Word's own __new__ is a Python function: skipped for every word of every message
    for m in _WORD_RE.finditer(text):
        word = m.group()
        out.append(new(Word, (*word_forms(word), m.start(), m.end(), word)))
    return out


_FOLD_MAP: dict[int, str] = {}
_FOLD_SEEN: set[str] = set()


def _fold_char(ch: str) -> str:
    if ch.isascii() or not ch.isalpha():
        return ch
    folded = word_forms(ch)[0]
    # keep offsets: a letter always folds to exactly one character
    return folded[0] if folded else ch


def fold(text: str) -> str:
    """Whole-text fold: lower case, no diacritics, đ→d (offsets preserved for NFC input)."""
    if text.isascii():
        return text  # nothing to fold: every ASCII character folds to itself
    new = set(text) - _FOLD_SEEN
    table = _learn(new, _FOLD_MAP, _FOLD_SEEN, _fold_char) if new else _FOLD_MAP
    return text.translate(table)


# one Vietnamese syllable, folded: onset, vowels, coda ("thau", "giao"); "mg", "btxm" are not
SYLLABLE_RE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?")
_INITIAL_RE = re.compile(r"ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx]")
_TELEX_KEYS_RE = re.compile(r"[sfrxjw]")  # never in a syllable after its initial: tone keys, and w (ư, ơ, ă)
_TELEX_DOUBLED_RE = re.compile(r"([aeo])\1")  # "aa", "ee", "oo": â, ê, ô
_TELEX_MARK_W_RE = re.compile(r"(?<=[aou])w")
_SAME_TWICE_RE = re.compile(r"([aeiouy])\1")
_TELEX_LONE_W_RE = re.compile(r"w")


def telex_fold(fold: str) -> str | None:
    """The folded syllable a word typed with its Telex keys left in stands for ("vieejc" → "viec", "lamf" →
    "lam", "ddatj" → "dat", "nguwowif" → "nguoi"), or None when the word holds no Telex key or is no syllable
    once they are taken out ("thanks", "wifi")."""
    if len(fold) < 3 or not fold.isascii() or not fold.isalpha():
        return None
    word = fold[1:] if fold.startswith("dd") else fold
    initial = _INITIAL_RE.match(word)
    head = initial.group() if initial is not None else ""
    # a "w" after a, o, u marks it (ă, ơ, ư); alone it is "ư" itself ("rwngf": rừng)
    rest = _TELEX_LONE_W_RE.sub("u", _TELEX_MARK_W_RE.sub("", word[len(head) :]))
    rest = _TELEX_DOUBLED_RE.sub(r"\1", _TELEX_KEYS_RE.sub("", rest))
    out = head + rest
    if out == fold or not SYLLABLE_RE.fullmatch(out) or _SAME_TWICE_RE.search(out):
        return None  # ("wifi" → "uii": no syllable doubles a vowel)
    return out


def is_syllable(fold: str) -> bool:
    """A folded Vietnamese syllable in shape (initial, vowels, final): "nagn", "sahc" are none."""
    return SYLLABLE_RE.fullmatch(fold) is not None and _SAME_TWICE_RE.search(fold) is None


_KEY_NEIGHBOURS = {
    **{"q": "wa", "w": "qeas", "e": "wrds", "r": "etdf", "t": "ryfg", "y": "tugh", "u": "yihj", "i": "uojk"},
    **{"o": "ipkl", "p": "ol", "a": "qwsz", "s": "awedxz", "d": "serfcx", "f": "drtgvc", "g": "ftyhbv"},
    **{"h": "gyujnb", "j": "huikmn", "k": "jiolm", "l": "kop", "z": "asx", "x": "zsdc", "c": "xdfv", "v": "cfgb"},
    **{"b": "vghn", "n": "bhjm", "m": "njk"},
}


def near_misses(fold: str) -> set[str]:
    """Words one slip of the thumb from a word: two neighbouring letters swapped ("nagn" → "ngan"), one letter
    too many ("sacch" → "sach"), or one letter hit for the key beside it ("lonf" → "long"). (One letter too few is
    found from the other side: see the parser.)"""
    out = {fold[:k] + fold[k + 1] + fold[k] + fold[k + 2 :] for k in range(len(fold) - 1) if fold[k] != fold[k + 1]}
    out.update(fold[:k] + fold[k + 1 :] for k in range(len(fold)))
    out.update(fold[:k] + c + fold[k + 1 :] for k in range(len(fold)) for c in _KEY_NEIGHBOURS.get(fold[k], ""))
    out.discard(fold)
    return out
