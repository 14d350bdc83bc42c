"""Text normalisation for Vietnamese chat messages: one clean form plus, per word, a folded and an accent key.

Officials type in NFC or NFD, with old ("hoà") or new ("hòa") tone placement, without diacritics, in
capitals, with emoji and zero-width characters. Each word keeps two readings: `fold` (no marks at
all, đ→d) and `key` (vowel-quality marks kept, the tone moved to a trailing digit), so "hoà" and
"hòa" share a key while "trồng" and "trong" share only a fold.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

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
        "\uff03": "#",
    }
)
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"), None)

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


def clean(text: str) -> str:
    """NFC, look-alikes mapped, zero-width and emoji removed, control characters and line breaks kept as
    newlines or spaces, lower case. Length-preserving is not promised; offsets refer to this form."""
    text = text.translate(_ZERO_WIDTH)
    text = unicodedata.normalize("NFC", text).translate(_LOOKALIKES)
    out: list[str] = []
    for ch in text:
        if ch in "\n\r\u2028\u2029\x85":
            out.append("\n")
            continue
        cat = unicodedata.category(ch)
        if cat[0] == "C" or cat in ("So", "Sk", "Cs") or ch == "\ufe0f":
            out.append(" ")
        else:
            out.append(ch)
    text = unicodedata.normalize("NFC", "".join(out)).lower()
    return text


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


@dataclass(frozen=True, slots=True)
class Word:
    fold: str
    key: str
    accented: bool
    start: int
    end: int
    text: str


def words(text: str) -> list[Word]:
    """The words of an already cleaned text, in order."""
    out: list[Word] = []
    for m in _WORD_RE.finditer(text):
        fold, key, accented = word_forms(m.group())
        out.append(Word(fold, key, accented, m.start(), m.end(), m.group()))
    return out


def fold(text: str) -> str:
    """Whole-text fold: lower case, no diacritics, đ→d (offsets preserved for NFC input)."""
    out: list[str] = []
    for ch in text:
        if ch.isascii() or not ch.isalpha():
            out.append(ch)
            continue
        folded = word_forms(ch)[0]
        # keep offsets: a letter always folds to exactly one character
        out.append(folded[0] if folded else ch)
    return "".join(out)
