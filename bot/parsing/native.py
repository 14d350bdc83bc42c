"""An optional machine-code build of the parser (mypyc), used only while it matches the sources.

The parser stays plain Python: its source is the truth, and it runs as it is anywhere. Where a C compiler
is at hand, `dondoc build-parser` compiles `parser.py` and the modules every message runs through with mypyc
(part of mypy, a dev tool the project already installs) into `_native/` beside them, about twice as fast.
Every parse result is the same; a test holds the two to that.

A build is used only while its stamp matches a digest of every source of this package: after any edit it
is ignored until rebuilt, so a stale build can never answer for changed code. `DONDOC_PURE_PARSER=1`
forces plain Python (to compare the two, or to rule the build out)."""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse

PACKAGE = Path(__file__).resolve().parent
BUILD_DIR = PACKAGE / "_native"
STAMP = BUILD_DIR / "SOURCE_DIGEST"
PURE_ENV = "DONDOC_PURE_PARSER"
# the modules every message runs through; the others run once per book (targets, lexicon) or never per message
COMPILED = ("parser.py", "numbers.py", "normalize.py", "units.py", "spelled.py")
GROUP = "native_build"  # the compiled modules share one library, bot/parsing/native_build__mypyc


def source_digest(package: Path = PACKAGE) -> str:
    """Every source of the package and the interpreter's tag: a build answers for exactly these."""
    h = hashlib.sha256(sys.implementation.cache_tag.encode())
    for path in sorted(package.glob("*.py")):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def usable(build_dir: Path = BUILD_DIR, package: Path = PACKAGE) -> bool:
    """A build exists for the sources as they are now, and plain Python is not asked for."""
    if os.environ.get(PURE_ENV, "").strip() not in ("", "0"):
        return False
    try:
        stamp = (build_dir / STAMP.name).read_text("ascii").strip()
    except OSError:
        return False
    return stamp == source_digest(package)


def build(build_dir: Path = BUILD_DIR, package: Path = PACKAGE) -> Path:
    """Compile the parser into build_dir; the sources are copied first so nothing is written beside them.

    Raises RuntimeError with mypyc's output when the build fails (no C compiler, no mypy)."""
    import shutil  # (here, not at the top: every `dondoc parse` imports this module, few ever build)
    import subprocess
    import tempfile

    digest = source_digest(package)
    with tempfile.TemporaryDirectory(prefix="dondoc-native-") as tmp:
        root = Path(tmp)
        # mypyc type-checks the module against its imports: the whole `bot` package, without builds or caches
        shutil.copytree(package.parent, root / "bot", ignore=shutil.ignore_patterns("_native", "__pycache__", "*.so"))
        sources = [f"bot/{package.name}/{name}" for name in COMPILED if (package / name).exists()]
        # (mypycify rather than the `mypyc` command: it names the shared library, which then sits in the package
        # beside the modules, found through the package's path like them)
        setup = root / "build_native.py"
        setup.write_text(
            "from setuptools import setup\nfrom mypyc.build import mypycify\n"
            f"setup(name='dondoc-parser', ext_modules=mypycify({sources!r}, opt_level='3', debug_level='1', "
            f"group_name={f'bot.{package.name}.{GROUP}'!r}))\n",
            "utf-8",
        )
        done = subprocess.run(
            [sys.executable, str(setup), "build_ext", "--inplace"],
            cwd=root,
            capture_output=True,
            text=True,
            env={**os.environ, "MYPY_CACHE_DIR": str(root / ".mypy_cache")},
        )
        built = sorted((root / "bot" / package.name).glob("*.so"))
        if done.returncode != 0 or not built:
            raise RuntimeError((done.stdout + done.stderr)[-4000:] or "mypyc produced no module")
        fresh = build_dir.with_name(build_dir.name + ".new")
        shutil.rmtree(fresh, ignore_errors=True)
        fresh.mkdir(parents=True)
        for so in built:
            shutil.copy2(so, fresh / so.name)
        (fresh / STAMP.name).write_text(digest + "\n", "ascii")
        # swap in whole: a reader sees the old build or the new one, never half of one
        shutil.rmtree(build_dir, ignore_errors=True)
        fresh.rename(build_dir)
    return build_dir


def cmd_build(args: argparse.Namespace) -> int:
    """`dondoc build-parser`: build when missing or stale. A failed build is no error: the plain parser
    answers the same, so installing never stops on it."""
    if usable():
        return 0
    print("Dịch bộ phân tích tin nhắn sang mã máy (mypyc, khoảng một phút, chỉ khi mã nguồn đổi) …", flush=True)
    try:
        build()
    except (RuntimeError, OSError) as exc:
        print(
            "Không dịch được sang mã máy; dondoc dùng bản Python thuần (kết quả y hệt, chậm hơn khoảng một nửa).\n"
            f"{str(exc).strip().splitlines()[-1] if str(exc).strip() else exc!r}",
            file=sys.stderr,
        )
    return 0
