#!/usr/bin/env bash
# Command 1: install, then run the main job. With a bot token (DONDOC_TELEGRAM_TOKEN or the
# config's token_file) it runs the Telegram bot; without one, a terminal chat on the sample pledges.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/dondoc run "$@"
