"""Helpers for the parser tests: corpora on disk and the scoring rules of the shared score.py."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.models import Direction, UpdateKind
from bot.parsing import ParseStatus, PledgedTask, parse_message, pledged_task
from bot.pledges import load_pledge_file

DATA = Path(__file__).parent / "data"
REL, ABS = 0.01, 0.011


def asks(tasks: tuple[PledgedTask, ...], text: str, with_candidates: bool = False) -> None:
    """The message is asked about: nothing written, the status a question, and (if asked for) candidates offered."""
    result = parse_message(tasks, text)
    assert result.updates == (), (text, result.updates)
    assert result.status in (ParseStatus.AMBIGUOUS, ParseStatus.UNMATCHED), (text, result.status)
    if with_candidates:
        assert result.candidates, text  # the question offers the task the message named


def updates_of(tasks: tuple[PledgedTask, ...], text: str) -> list[tuple[str, UpdateKind, float | None]]:
    """(task, kind, value) of each update parse_message writes for the text."""
    return [(u.task_id, u.kind, u.value) for u in parse_message(tasks, text).updates]


def close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= max(ABS, REL * abs(b))


def canon(update: dict[str, Any], targets: dict[str, float | None]) -> tuple[Any, str, float | None]:
    """Same rule as score.py: 'done' on a task with a numeric target means the target was reached."""
    kind, value = update.get("kind"), update.get("value")
    target = targets.get(update.get("task"))  # type: ignore[arg-type]
    if kind == "done" and target is not None:
        return update.get("task"), "absolute", float(target)
    if kind in ("done", "note"):
        return update.get("task"), str(kind), None
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        number = None
    return update.get("task"), str(kind), number


def same(a: tuple[Any, str, float | None], b: tuple[Any, str, float | None]) -> bool:
    return a[0] == b[0] and a[1] == b[1] and close(a[2], b[2])


@dataclass(frozen=True)
class Score:
    correct: int
    wrong: int
    total: int
    failures: tuple[str, ...]


def score_corpus(folder: Path, retype: Callable[[str], str] | None = None) -> Score:
    """score.py's figures for a corpus; `retype` rewrites each message first (as another sender would type it)."""
    from bot.parsing import parse_message

    book = load_pledge_file(folder / "pledges.toml")
    tasks = {o.id: tuple(pledged_task(t) for t in book.tasks_of(o.id)) for o in book.officials}
    targets = {t["task"]: t["target"] for t in json.loads((folder / "targets.json").read_text("utf-8"))}
    correct = wrong_cases = 0
    failures: list[str] = []
    lines = (folder / "messages.jsonl").read_text("utf-8").splitlines()
    for line in lines:
        case = json.loads(line)
        text = retype(case["text"]) if retype else case["text"]
        result = parse_message(tasks[case["official"]], text)
        got = [canon({"task": u.task_id, "kind": str(u.kind), "value": u.value}, targets) for u in result.updates]
        expect = case["expect"]
        if expect == "clarify":
            ok = not got and result.status in ("ambiguous", "unmatched")
            wrong = len(got)
        else:
            want = [canon(u, targets) for u in expect]
            wrong = sum(1 for g in got if not any(same(g, w) for w in want))
            missed = sum(1 for w in want if not any(same(g, w) for g in got))
            ok = not wrong and not missed and len(got) == len(want)
        correct += ok
        wrong_cases += wrong > 0
        if not ok:
            failures.append(f"{case['id']} {text!r}: {result.status} {got}")
    return Score(correct, wrong_cases, len(lines), tuple(failures))


def without_marks(text: str) -> str:
    """The text as typed on a keyboard without Vietnamese input: no tone or vowel marks, đ as d."""
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", bare).replace("đ", "d").replace("Đ", "D")


def make_tasks(*texts: str) -> tuple[PledgedTask, ...]:
    """Tasks numbered from 1, targets read from their text as the pledge loader does."""
    from bot.parsing import resolve_target

    out = []
    for i, text in enumerate(texts, start=1):
        target = resolve_target(text)
        out.append(PledgedTask(f"t{i}", i, text, target.value, target.unit, target.direction))
    return tuple(out)


def corpus_tasks(name: str) -> dict[str, tuple[PledgedTask, ...]]:
    book = load_pledge_file(DATA / name / "pledges.toml")
    return {o.id: tuple(pledged_task(t) for t in book.tasks_of(o.id)) for o in book.officials}


__all__ = ["DATA", "Direction", "Score", "corpus_tasks", "make_tasks", "score_corpus", "without_marks"]
