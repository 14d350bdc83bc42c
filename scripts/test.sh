#!/usr/bin/env bash
# Command 2: install, then check: lint (ruff), types (mypy strict), and the whole test suite (pytest).
# Extra arguments go to pytest, e.g. `bash scripts/test.sh tests/parsing -x`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
echo "ruff …" && .venv/bin/ruff check --quiet .
echo "mypy …" && .venv/bin/mypy
exec .venv/bin/python -m pytest "$@"
