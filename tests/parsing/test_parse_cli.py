"""`dondoc parse`: JSON lines in order, one per input, never a crash on a bad line."""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from parse_helpers import DATA

from bot.parsing import pledged_task
from bot.parsing.cli import cmd_parse, run
from bot.pledges import load_pledge_file


def tasks_of() -> dict[str, tuple]:  # type: ignore[type-arg]
    book = load_pledge_file(DATA / "dev" / "pledges.toml")
    return {o.id: tuple(pledged_task(t) for t in book.tasks_of(o.id)) for o in book.officials}


def test_lines_in_order_and_bad_lines_survive() -> None:
    lines = [
        json.dumps({"id": "a", "official": "tanphu", "text": "GQVL thêm 8 LĐ"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "c", "official": "nobody", "text": "đạt 5"}),
        json.dumps({"id": "d", "official": "tanphu"}),
        json.dumps([1, 2]),
        json.dumps({"id": "f", "official": "tanphu", "text": "đạt 60"}, ensure_ascii=False),
    ]
    out = io.StringIO()
    run(io.StringIO("\n".join(lines) + "\n"), out, tasks_of(), explain=True)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["id"] for r in rows] == ["a", None, "c", "d", None, "f"]
    assert rows[0]["updates"] == [
        {"task": "tp-05", "kind": "increment", "value": 8.0, "explain": rows[0]["updates"][0]["explain"]}
    ]
    assert rows[0]["updates"][0]["explain"]
    assert all("error" in r for r in rows[1:5])
    assert rows[5]["status"] == "ambiguous" and rows[5]["candidates"]


def test_bad_pledge_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[[official]]\nid = 'X Y'\n", encoding="utf-8")
    assert cmd_parse(argparse.Namespace(pledges=bad, explain=False)) == 2
    assert "lỗi" in capsys.readouterr().err


def _heavy_after_import(names: tuple[str, ...]) -> list[str]:
    code = (
        "import sys; from bot.cli import main; import bot.parsing.cli; "
        f"print([m for m in {names!r} if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.replace("'", '"'))


def test_process_start_imports_nothing_heavy() -> None:
    assert _heavy_after_import(("telegram", "aiosqlite", "matplotlib", "openpyxl")) == []


def test_process_start_does_not_import_pydantic() -> None:
    assert _heavy_after_import(("pydantic",)) == []
