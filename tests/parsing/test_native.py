"""The parser's machine-code build (bot/parsing/native.py): used only while it matches the sources, and
it answers exactly as the plain Python parser does."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.parsing import native, parse_message, parser, pledged_task
from bot.pledges import load_pledge_file

ROOT = Path(__file__).resolve().parents[2]
# the dev corpus and a spread of the others: every kind of message the parser meets, in a few seconds
CORPORA = [
    folder
    for folder in [
        ROOT / "tests" / "parsing" / "data" / "dev",
        *sorted((ROOT / "tests" / "parsing" / "data").glob("heldout*")),
        *sorted((ROOT / "bench").glob("blind1??")),
    ]
    if (folder / "messages.jsonl").is_file() and (folder / "pledges.toml").is_file()
]


def _package_copy(tmp_path: Path) -> Path:
    package = tmp_path / "bot" / "parsing"
    shutil.copytree(native.PACKAGE, package, ignore=shutil.ignore_patterns("_native*", "__pycache__"))
    return package


def test_a_build_answers_only_for_the_sources_it_was_built_from(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(native.PURE_ENV, raising=False)
    package = _package_copy(tmp_path)
    build_dir = package / "_native"
    assert not native.usable(build_dir, package)  # nothing built
    build_dir.mkdir()
    (build_dir / native.STAMP.name).write_text(native.source_digest(package) + "\n", "ascii")
    assert native.usable(build_dir, package)

    monkeypatch.setenv(native.PURE_ENV, "1")
    assert not native.usable(build_dir, package)  # plain Python asked for
    monkeypatch.setenv(native.PURE_ENV, "0")
    assert native.usable(build_dir, package)

    # any edit of any source of the package leaves the build unused until rebuilt
    numbers = package / "numbers.py"
    numbers.write_text(numbers.read_text("utf-8") + "\n# edited\n", "utf-8")
    assert not native.usable(build_dir, package)


def test_a_failed_build_says_why_and_leaves_no_build(tmp_path: Path) -> None:
    package = tmp_path / "bot" / "parsing"
    package.mkdir(parents=True)
    (tmp_path / "bot" / "__init__.py").write_text("", "utf-8")
    (package / "__init__.py").write_text("", "utf-8")
    (package / "parser.py").write_text('def double(x: int) -> int:\n    return "twice"\n', "utf-8")
    build_dir = package / "_native"
    with pytest.raises(RuntimeError, match="Incompatible return value type"):
        native.build(build_dir, package)
    assert not build_dir.exists()
    assert not list(package.glob("*.so"))  # nothing written beside the sources


def _results(corpora: list[Path]) -> list[str]:
    out = []
    for folder in corpora:
        book = load_pledge_file(folder / "pledges.toml")
        tasks = {o.id: tuple(pledged_task(t) for t in book.tasks_of(o.id)) for o in book.officials}
        for line in (folder / "messages.jsonl").read_text("utf-8").splitlines():
            case = json.loads(line)
            r = parse_message(tasks[case["official"]], case["text"])
            out.append(
                json.dumps(
                    [
                        case["id"],
                        str(r.status),
                        [(u.task_id, str(u.kind), u.value, u.explanation, u.note) for u in r.updates],
                        [(c.task_id, c.score) for c in r.candidates],
                        r.explanation,
                    ],
                    ensure_ascii=False,
                )
            )
    return out


@pytest.mark.skipif(not native.usable(), reason="no machine-code build of the parser here (`dondoc build-parser`)")
def test_the_machine_code_build_answers_exactly_as_plain_python() -> None:
    assert parser.__file__ is not None and Path(parser.__file__).parent == native.BUILD_DIR  # the build is in use
    here = _results(CORPORA)
    plain = subprocess.run(
        [sys.executable, __file__, *map(str, CORPORA)],
        env={**os.environ, native.PURE_ENV: "1"},
        check=True,
        capture_output=True,
        text=True,
    )
    there = plain.stdout.splitlines()
    assert there[0] == "plain"
    assert len(here) > 3000
    assert here == there[1:]


if __name__ == "__main__":  # the plain Python side of the comparison above
    print("plain" if parser.__file__ is not None and parser.__file__.endswith(".py") else "native")
    print("\n".join(_results([Path(p) for p in sys.argv[1:]])))
