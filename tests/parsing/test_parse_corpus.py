"""The whole dev corpus and our own held-out corpus through the real parse_message, scored like score.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from parse_helpers import DATA, score_corpus

# Levels reached when these tests were written; raise them when the parser improves, never lower them.
LEVELS = {"dev": 1.0, "heldout": 1.0, "heldout2": 1.0}
# the independent adversarial set: accuracy level, and at most this many cases with a wrong write
HELDOUT3_LEVEL, HELDOUT3_MAX_WRONG = 0.97, 0


@pytest.mark.parametrize("name", sorted(LEVELS))
def test_corpus_accuracy_and_no_wrong_writes(name: str) -> None:
    score = score_corpus(DATA / name)
    detail = "\n".join(score.failures)
    assert score.wrong == 0, f"wrong writes in {name}:\n{detail}"
    assert score.correct / score.total >= LEVELS[name], f"{name}: {score.correct}/{score.total}\n{detail}"


def test_adversarial_heldout3_level() -> None:
    score = score_corpus(DATA / "heldout3")
    detail = "\n".join(score.failures)
    assert score.wrong <= HELDOUT3_MAX_WRONG, f"wrong writes in heldout3:\n{detail}"
    assert score.correct / score.total >= HELDOUT3_LEVEL, f"heldout3: {score.correct}/{score.total}\n{detail}"


# independent tuning corpora (urban, coastal, mountain district): accuracy level and most cases with a wrong write
TUNING = {
    "heldout4": (0.99, 0),
    "heldout5": (0.99, 0),
    "heldout6": (0.99, 0),
    "heldout7": (0.96, 0),  # dev-like setting
    "heldout8": (0.95, 0),  # traps for wrong writes
    "heldout9": (1.00, 0),  # kinds: value, increment, note, done
    "heldout10": (0.97, 0),  # matching between near-duplicate tasks
    "heldout11": (0.99, 0),  # heads of district offices: rates, hồ sơ, duties
    "heldout12": (0.97, 0),  # long round-ups of several tasks, brackets, tails, corrections
    "heldout13": (0.99, 0),  # number formats and kinds of report
    "heldout14": (0.96, 0),  # phone typing: no marks, Telex leftovers, chat shorthand
}


def _holds_level(folder: Path, level: float, max_wrong: int) -> None:
    score = score_corpus(folder)
    detail = "\n".join(score.failures)
    assert score.wrong <= max_wrong, f"wrong writes in {folder.name}:\n{detail}"
    assert score.correct / score.total >= level, f"{folder.name}: {score.correct}/{score.total}\n{detail}"


@pytest.mark.parametrize("name", sorted(TUNING))
def test_tuning_corpora_levels(name: str) -> None:
    _holds_level(DATA / name, *TUNING[name])


BENCH = DATA.parents[2] / "bench"

# bench/blind … blind46, blind51–98, blind103–198: each measured blind first (figures in issue #3's notes and in each
# set's README), then released for tuning when a newer blind set was commissioned to take its place. Level reached and
# most cases with a wrong write.
RELEASED = {
    "blind": (0.97, 0),
    "blind2": (0.99, 0),
    "blind3": (1.00, 0),
    "blind4": (0.98, 1),
    "blind5": (0.97, 0),
    "blind6": (0.94, 0),
    "blind7": (0.98, 0),
    "blind8": (0.99, 0),
    "blind9": (0.96, 0),
    "blind10": (0.98, 1),
    "blind11": (0.99, 0),
    "blind12": (0.98, 0),
    "blind13": (0.95, 1),
    "blind14": (0.98, 0),
    "blind15": (0.98, 0),
    "blind16": (1.00, 0),
    "blind17": (0.99, 0),
    "blind18": (0.99, 0),
    "blind19": (0.97, 0),
    "blind20": (0.98, 0),
    "blind21": (0.99, 0),
    "blind22": (0.98, 0),
    "blind23": (0.97, 0),
    "blind24": (0.99, 0),
    "blind25": (0.97, 0),
    "blind26": (0.99, 0),
    "blind27": (0.98, 0),
    "blind28": (0.98, 0),
    "blind29": (1.00, 0),
    "blind30": (1.00, 0),
    "blind31": (0.98, 0),
    "blind32": (0.98, 0),
    "blind33": (1.00, 0),
    "blind34": (0.96, 1),
    "blind35": (0.97, 1),
    "blind36": (0.98, 0),
    "blind37": (0.98, 0),
    "blind38": (0.99, 1),
    "blind39": (1.00, 0),
    "blind40": (0.97, 1),
    "blind41": (0.97, 1),
    "blind42": (0.98, 0),
    "blind43": (1.00, 0),
    "blind44": (0.99, 0),
    "blind45": (0.99, 0),
    "blind46": (1.00, 0),
    "blind51": (0.99, 0),
    "blind52": (1.00, 0),
    "blind53": (0.99, 0),
    "blind54": (0.97, 0),
    "blind55": (0.98, 0),
    "blind56": (0.96, 1),
    "blind57": (1.00, 0),
    "blind58": (0.97, 0),
    "blind59": (0.97, 0),
    "blind60": (0.95, 0),
    "blind61": (0.95, 0),
    "blind62": (0.97, 0),
    "blind63": (0.98, 1),
    "blind64": (0.98, 1),
    "blind65": (0.95, 0),
    "blind66": (0.99, 1),
    "blind67": (0.91, 1),
    "blind68": (0.96, 0),
    "blind69": (0.99, 1),
    "blind70": (0.95, 1),
    "blind71": (0.94, 2),
    "blind72": (0.98, 1),
    "blind73": (0.98, 0),
    "blind74": (0.95, 0),
    "blind75": (0.95, 0),
    "blind76": (0.98, 0),
    "blind77": (0.95, 2),
    "blind78": (0.95, 0),
    "blind79": (0.93, 1),
    "blind80": (1.00, 0),
    "blind81": (0.98, 0),
    "blind82": (0.98, 0),
    "blind83": (0.94, 1),
    "blind84": (0.98, 0),
    "blind85": (0.98, 0),
    "blind86": (1.00, 0),
    "blind87": (0.99, 0),
    "blind88": (0.95, 0),
    "blind89": (0.98, 0),
    "blind90": (0.99, 0),
    "blind91": (0.96, 0),
    "blind92": (0.98, 0),
    "blind93": (0.99, 0),
    "blind94": (0.99, 0),
    "blind95": (0.99, 0),
    "blind96": (0.98, 0),
    "blind97": (0.93, 1),
    "blind98": (0.97, 1),
    "blind103": (0.96, 0),
    "blind104": (0.99, 0),
    "blind105": (0.93, 1),
    "blind106": (0.95, 0),
    "blind107": (0.96, 0),
    "blind108": (0.97, 1),
    "blind109": (0.96, 2),
    "blind110": (0.95, 1),
    "blind111": (0.95, 2),
    "blind112": (0.98, 0),
    "blind113": (0.98, 1),
    "blind114": (0.98, 1),
    "blind115": (0.97, 0),
    "blind116": (0.96, 3),
    "blind117": (0.98, 0),
    "blind118": (0.97, 0),
    "blind119": (0.94, 1),
    "blind120": (0.97, 0),
    "blind121": (0.94, 3),
    "blind122": (0.99, 0),
    "blind123": (0.97, 1),
    "blind124": (0.92, 4),
    "blind125": (0.94, 2),
    "blind126": (0.94, 2),
    "blind127": (0.97, 1),
    "blind128": (0.94, 3),
    "blind129": (0.91, 2),
    "blind130": (0.93, 2),
    "blind131": (0.96, 1),
    "blind132": (0.92, 1),
    "blind133": (0.98, 1),
    "blind134": (0.96, 2),
    "blind135": (0.93, 1),
    "blind136": (0.98, 0),
    "blind137": (0.93, 0),
    "blind138": (0.90, 2),
    "blind139": (0.92, 2),
    "blind140": (0.90, 1),
    "blind141": (0.92, 2),
    "blind142": (0.98, 0),
    "blind143": (0.95, 1),
    "blind144": (0.96, 2),
    "blind145": (0.88, 5),
    "blind146": (0.91, 3),
    "blind147": (0.96, 0),
    "blind148": (0.92, 1),
    "blind149": (0.90, 3),
    "blind150": (0.96, 2),
    "blind151": (0.92, 1),
    "blind152": (0.95, 3),
    "blind153": (0.94, 1),
    "blind154": (0.96, 2),
    "blind155": (0.96, 1),
    "blind156": (0.96, 0),
    "blind157": (0.90, 0),
    "blind158": (0.97, 2),
    "blind159": (0.96, 2),
    "blind160": (0.95, 2),
    "blind161": (0.92, 2),
    "blind162": (0.97, 1),
    "blind163": (0.98, 1),
    "blind164": (0.95, 4),
    "blind165": (0.92, 1),
    "blind166": (0.99, 0),
    "blind167": (0.98, 0),
    "blind168": (0.99, 0),
    "blind169": (0.95, 2),
    "blind170": (0.90, 2),
    "blind171": (0.99, 0),
    "blind172": (0.96, 2),
    "blind173": (0.94, 2),
    "blind174": (0.98, 0),
    "blind175": (0.93, 5),
    "blind176": (0.96, 1),
    "blind177": (0.94, 2),
    "blind178": (0.91, 4),
    "blind179": (0.92, 3),
    "blind180": (0.96, 0),
    "blind181": (0.95, 1),
    "blind182": (0.94, 3),
    "blind183": (0.95, 2),
    "blind184": (0.90, 1),
    "blind185": (0.93, 4),
    "blind186": (0.98, 1),
    "blind187": (0.99, 1),
    "blind188": (0.95, 2),
    "blind189": (0.94, 0),
    "blind190": (0.94, 4),
    "blind191": (0.94, 1),
    "blind192": (0.89, 5),
    "blind193": (0.92, 1),
    "blind194": (0.90, 5),
    "blind195": (0.93, 3),
    "blind196": (0.92, 3),
    "blind197": (0.93, 0),
    "blind198": (0.94, 2),
    "blind199": (0.97, 0),
    "blind200": (0.96, 1),
    "blind201": (0.95, 1),
    "blind202": (0.92, 6),
    "blind203": (0.91, 3),
    "blind204": (0.98, 0),
    "blind205": (0.97, 1),
    "blind206": (0.95, 1),
    "blind207": (0.93, 0),
    "blind208": (0.93, 2),
    "blind209": (0.92, 1),
    "blind210": (0.95, 1),
    "blind211": (0.95, 0),
    "blind212": (0.95, 2),
    "blind213": (0.97, 1),
    "blind214": (0.92, 3),
    "blind215": (0.92, 1),
    "blind216": (0.97, 0),
    "blind217": (0.98, 0),
    "blind218": (0.94, 3),
    "blind219": (0.94, 2),
    "blind220": (0.95, 3),
    "blind221": (0.99, 0),
    "blind222": (0.98, 0),
    "blind223": (0.96, 0),
    "blind224": (0.92, 4),
    "blind225": (0.90, 1),
    "blind226": (0.96, 1),
    "blind227": (0.99, 0),
    "blind228": (0.96, 4),
    "blind229": (0.92, 4),
    "blind230": (0.92, 1),
    "blind231": (0.98, 0),
    "blind232": (0.94, 1),
    "blind233": (0.95, 1),
    "blind234": (0.99, 0),
    "blind235": (0.97, 0),
    "blind236": (0.94, 2),
    "blind237": (0.91, 3),
    "blind238": (0.96, 1),
    "blind239": (0.97, 0),
    "blind240": (0.92, 2),
    "blind241": (0.97, 0),
    "blind242": (0.95, 3),
    "blind243": (0.96, 1),
    "blind244": (0.96, 0),
    "blind245": (0.91, 1),
    "blind246": (0.96, 2),
    "blind247": (0.94, 1),
    "blind248": (0.91, 4),
    "blind249": (0.97, 1),
    "blind250": (0.94, 2),
    "blind251": (0.97, 0),
    "blind252": (0.96, 1),
    "blind253": (0.96, 1),
    "blind254": (0.96, 2),
    "blind255": (0.99, 0),
    "blind256": (0.91, 3),
    "blind257": (0.96, 0),
    "blind258": (0.95, 2),
    "blind259": (0.94, 2),
    "blind260": (0.95, 0),
    "blind261": (0.94, 2),
    "blind262": (0.98, 0),
}


@pytest.mark.parametrize("name", sorted(RELEASED))
def test_released_blind_sets_levels(name: str) -> None:
    _holds_level(BENCH / name, *RELEASED[name])
