"""Helpers the benchmarks share: the corpus, a median timer, a machine line.

Benchmarks print numbers and ratios measured in one run; they never assert on time.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

#: Read in place, never copied into the project.
CORPUS = Path(os.environ.get("BRIEFING_CORPUS", "/work/shared/corpus/articles"))


def corpus_files() -> list[Path]:
    files = sorted(CORPUS.glob("*/*.txt"))
    if not files:
        sys.exit(f"no articles under {CORPUS}/*/*.txt (set BRIEFING_CORPUS)")
    return files


def corpus_articles() -> list[dict[str, str]]:
    """The corpus as records: title (first line), text (the rest), lang (its folder)."""
    out = []
    for path in corpus_files():
        title, _, text = path.read_text(encoding="utf-8").strip().partition("\n")
        out.append({"title": title.strip(), "text": text.strip(), "lang": path.parent.name})
    return out


def write_jsonl(path: Path, n: int, offset: int = 0) -> Path:
    """``n`` articles as JSON Lines, corpus texts repeated with their own ids and titles."""
    records = corpus_articles()
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(offset, offset + n):
            r = records[i % len(records)]
            fh.write(json.dumps({"id": f"bench-{i}", "title": f"{r['title']} ({i})",
                                 "text": r["text"], "lang": r["lang"]}) + "\n")
    return path


def interleaved_medians(jobs: dict[str, tuple[list[str], dict[str, str] | None, Callable[[], object] | None]],
                        runs: int, cwd: str | None = None) -> dict[str, float]:
    """Median wall time of each ``(cmd, env, before)`` in ``jobs`` over ``runs`` runs,
    taken in turn (one run of each, then the next round), after one warm-up round:
    a machine that slows down or speeds up during the benchmark moves every command
    alike, so the ratios between them hold."""
    times: dict[str, list[float]] = {name: [] for name in jobs}
    for i in range(runs + 1):
        for name, (cmd, env, before) in jobs.items():
            if before is not None:
                before()
            t = time.perf_counter()
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           env=env, cwd=cwd)
            if i:
                times[name].append(time.perf_counter() - t)
    return {name: statistics.median(ts) for name, ts in times.items()}


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}, "
            f"{platform.system()} {platform.release()}")


def briefing_cmd() -> list[str]:
    """The console script when installed beside this Python, else ``python -m briefing``."""
    exe = Path(sys.executable).with_name("briefing")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "briefing"]
