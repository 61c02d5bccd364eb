"""Start-up cost of the CLI against the libraries it stands on.

Usage: python benchmarks/startup.py [--runs 15]

- ``briefing --help`` against ``python -c "import click"`` (aim: <= 1.2x);
- ``briefing build`` of the bundled example (into a temporary folder) against
  ``python -c "import click, yaml, genanki, reportlab.platypus"`` (aim: <= 1.3x).

Each command runs once to warm the file cache, then ``--runs`` times; the median
wall time is reported. The console script is used when it is installed beside
this Python, else ``python -m briefing``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import briefing_cmd, machine, median_seconds  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=15, help="timed runs per command (median)")
    args = ap.parse_args()
    py = sys.executable
    cli = briefing_cmd()
    print(f"machine: {machine()}")
    print(f"briefing command: {' '.join(cli)}; {args.runs} runs each, median")

    base = median_seconds([py, "-c", "pass"], args.runs)
    click_s = median_seconds([py, "-c", "import click"], args.runs)
    help_s = median_seconds([*cli, "--help"], args.runs)
    print(f"python -c pass:              {base * 1000:7.1f} ms")
    print(f"python -c 'import click':    {click_s * 1000:7.1f} ms")
    print(f"briefing --help:             {help_s * 1000:7.1f} ms   "
          f"ratio {help_s / click_s:.2f}x (aim <= 1.2x)")

    libs_s = median_seconds([py, "-c", "import click, yaml, genanki, reportlab.platypus"],
                            args.runs)
    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as out:
        env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
        build_s = median_seconds([*cli, "build", "-o", out, "-q"], args.runs, env=env)
    print(f"python -c 'import click, yaml, genanki, reportlab.platypus': {libs_s * 1000:7.1f} ms")
    print(f"briefing build (bundled example): {build_s * 1000:7.1f} ms   "
          f"ratio {build_s / libs_s:.2f}x (aim <= 1.3x)")


if __name__ == "__main__":
    main()
