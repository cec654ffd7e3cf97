#!/usr/bin/env bash
# Screenshots of every screen in every language, on a virtual X display, in one command:
#
#     scripts/screenshots_xvfb.sh OUT_DIR [more scripts/screenshots.py options]
#
# Runs scripts/screenshots.py under xvfb-run with Qt's xcb platform (the one a kiosk
# uses, with its real font rendering) on a 1280x800 screen, for every language the
# kiosk knows (--langs all), the staff screens then the visitor journey.  The PNGs go to
# OUT_DIR (not committed).  Later options win: add --langs ar,zgh,de or --only journey.
#
# Needs: apt-get install xvfb (xvfb-run, Xvfb, xauth); the project's .venv
# (PYTHON=... to use another interpreter).
set -euo pipefail

if [[ $# -lt 1 || "$1" == -* ]]; then
    echo "usage: $0 OUT_DIR [scripts/screenshots.py options]" >&2
    exit 2
fi
out=$1
shift
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
python=${PYTHON:-$root/.venv/bin/python}
if ! command -v xvfb-run >/dev/null; then
    echo "xvfb-run not found: sudo apt-get install xvfb" >&2
    exit 2
fi
mkdir -p "$out"
cd "$root"
# -a: a free display number; 24-bit colour so the PNGs show what a kiosk screen shows.
exec env QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR=1 QT_AUTO_SCREEN_SCALE_FACTOR=0 \
    PYTHONPATH="$root${PYTHONPATH:+:$PYTHONPATH}" \
    xvfb-run -a --server-args="-screen 0 1280x800x24 -dpi 96 -nolisten tcp" \
    "$python" scripts/screenshots.py "$out" --size 1280x800 --langs all "$@"
