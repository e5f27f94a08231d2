#!/usr/bin/env bash
# Creates .venv and installs englishroom into it (idempotent: a second run is quick).
# torch==2.13.0 comes first: here that version is a local CPU wheel, and letting pip pick
# another version would pull gigabytes of CUDA packages.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null || PY=python3
stamp=.venv/.englishroom-installed
want=$(cat pyproject.toml scripts/setup.sh | sha256sum | cut -c1-16)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then exit 0; fi
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/pip install -q --disable-pip-version-check torch==2.13.0
.venv/bin/pip install -q --disable-pip-version-check -e ".[test,ray]"   # Ray: the probe's optional cluster path, tested
echo "$want" > "$stamp"
