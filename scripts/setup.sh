#!/usr/bin/env bash
# Creates .venv (once) and installs dondoc with its dev tools into it. Safe to run again: it only
# reinstalls when pyproject.toml changed. pip's chatter goes to .venv/install.log, shown on failure.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "dondoc cần Python ≥ 3.11 (đang có: $("$PYTHON" --version 2>&1)). Đặt biến PYTHON=... để chọn bản khác." >&2
  exit 1
fi
if [ ! -x .venv/bin/python ]; then
  echo "Tạo môi trường ảo .venv …"
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.dondoc-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "Cài dondoc và các thư viện vào .venv (lần đầu mất khoảng một phút) …"
  if ! { .venv/bin/python -m pip install --quiet --upgrade pip \
         && .venv/bin/python -m pip install --quiet -e '.[dev]'; } >.venv/install.log 2>&1; then
    cat .venv/install.log >&2
    echo "Cài đặt thất bại (xem .venv/install.log)." >&2
    exit 1
  fi
  touch "$stamp"
fi
# the parser in machine code when a C compiler is at hand (about a minute, only after its sources change);
# without one, the plain Python parser gives the same results
.venv/bin/dondoc build-parser
