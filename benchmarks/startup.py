"""Start-up cost of the CLI against the libraries it stands on.

Usage: python benchmarks/startup.py [--runs 15]

- ``briefing --help`` against ``python -c "import click"`` (aim: <= 1.2x);
- ``briefing build`` of the bundled example (into a temporary folder) against
  ``python -c "import click, yaml, genanki, reportlab.platypus"`` (aim: <= 1.3x),
  three ways: with a warm per-user cache (parsed fonts and language pack, see
  ``briefing/cache.py``; the usual case from the second run on), with a cold one
  (the cache folder removed before every run, so each run parses and writes it:
  a first run), and with ``BRIEFING_NO_CACHE=1``.

Each command runs once to warm the file cache, then ``--runs`` times, the commands
taking turns (one run of each per round, so that a machine slowing down or
speeding up during the benchmark moves them all alike); the median wall time is
reported. The console script is used when it is installed beside
this Python, else ``python -m briefing``.

Every command runs with Python's bytecode cache on, in a temporary
``PYTHONPYCACHEPREFIX`` (filled by the warm-up run), as an installed package
has it: with ``PYTHONDONTWRITEBYTECODE`` set (as on some development machines)
an editable checkout's modules would be compiled from source on every run,
which the libraries of the floor, compiled at install, never pay. The cache
folder is a temporary ``XDG_CACHE_HOME``: your own cache is never touched.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import briefing_cmd, interleaved_medians, machine  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=15, help="timed runs per command (median)")
    args = ap.parse_args()
    py = sys.executable
    cli = briefing_cmd()
    print(f"machine: {machine()}")
    print(f"briefing command: {' '.join(cli)}; {args.runs} runs each, median")

    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as tmp:
        env = {k: v for k, v in os.environ.items()
               if k not in ("PYTHONDONTWRITEBYTECODE", "BRIEFING_NO_CACHE")}
        env["PYTHONPYCACHEPREFIX"] = os.path.join(tmp, "pycache")
        env["XDG_CACHE_HOME"] = os.path.join(tmp, "cache")
        env["SOURCE_DATE_EPOCH"] = "1700000000"
        out = os.path.join(tmp, "out")

        build = [*cli, "build", "-o", out, "-q"]
        got = interleaved_medians({
            "base": ([py, "-c", "pass"], env, None),
            "click": ([py, "-c", "import click"], env, None),
            "help": ([*cli, "--help"], env, None),
            "libs": ([py, "-c", "import click, yaml, genanki, reportlab.platypus"], env, None),
            "warm": (build, env, None),
            "cold": (build, env, lambda: shutil.rmtree(env["XDG_CACHE_HOME"], ignore_errors=True)),
            "none": (build, {**env, "BRIEFING_NO_CACHE": "1"}, None),
        }, args.runs)
        base, click_s, help_s = got["base"], got["click"], got["help"]
        libs_s, warm_s, cold_s, none_s = got["libs"], got["warm"], got["cold"], got["none"]
        print(f"python -c pass:              {base * 1000:7.1f} ms")
        print(f"python -c 'import click':    {click_s * 1000:7.1f} ms")
        print(f"briefing --help:             {help_s * 1000:7.1f} ms   "
              f"ratio {help_s / click_s:.2f}x (aim <= 1.2x)")

    print(f"python -c 'import click, yaml, genanki, reportlab.platypus': {libs_s * 1000:7.1f} ms")
    for label, secs in (("warm cache", warm_s), ("cold cache", cold_s),
                        ("BRIEFING_NO_CACHE=1", none_s)):
        print(f"briefing build (bundled example), {label + ':':21} {secs * 1000:7.1f} ms   "
              f"ratio {secs / libs_s:.2f}x (aim <= 1.3x)")


if __name__ == "__main__":
    main()
