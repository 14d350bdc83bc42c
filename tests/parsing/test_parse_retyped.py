"""Every labelled corpus retyped as other phones would send it: without marks, in capitals, in NFD.

The labels hold whatever the keyboard (the README says text may come that way), so a retyped corpus must
not gain wrong writes. Unaccented text is truly more ambiguous (trồng/trong, thứ/thu), so it may lose
exact answers to questions, but wrong writes stay at the few measured when this test was written."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from parse_helpers import DATA, score_corpus, without_marks

BENCH = DATA.parents[2] / "bench"
TUNED = ["dev", "heldout", *(f"heldout{k}" for k in range(2, 11))]
CORPORA = [DATA / name for name in TUNED] + [BENCH / "blind", BENCH / "blind2", BENCH / "blind3"]
RETYPES: dict[str, tuple[Callable[[str], str], int]] = {
    # (rewrite, most wrong-write cases allowed over all corpora together)
    "without marks": (without_marks, 4),
    "capitals": (str.upper, 0),
    "NFD": (lambda t: unicodedata.normalize("NFD", t), 0),
}


@pytest.mark.parametrize("name", sorted(RETYPES))
def test_retyped_corpora_gain_no_wrong_writes(name: str) -> None:
    retype, allowed = RETYPES[name]
    wrong = 0
    details: list[str] = []
    for folder in CORPORA:
        score = score_corpus(Path(folder), retype)
        wrong += score.wrong
        details += [f"{folder.name}: {f}" for f in score.failures]
    assert wrong <= allowed, f"{name}: {wrong} cases with a wrong write\\n" + "\\n".join(details)
