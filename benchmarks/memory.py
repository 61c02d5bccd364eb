"""Peak memory of ``briefing build`` over 10 and over 10,000 articles.

Usage: python benchmarks/memory.py [--sizes 10,10000] [--jobs N]

For each size a JSON Lines file of that many articles (corpus texts repeated
with their own ids and titles) is written to a temporary folder and built with
the default ``-j`` (one worker per core). Reported per run:

- max RSS: the largest resident set of any one process of the build (the main
  process or a worker), from ``getrusage(RUSAGE_CHILDREN)`` in a fresh wrapper
  process, so earlier runs do not count;
- tree peak: the largest total memory of the build's processes together
  (proportional set size, so pages the forked workers share count once),
  sampled every 50 ms from /proc (Linux only);
- the time and the articles per second.

Aim: under 150 MB and flat (the same for 10 and 10,000 articles).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import briefing_cmd, machine, write_jsonl  # noqa: E402

# Run in a fresh process: start the build, sample the tree's RSS, report rusage.
WRAPPER = r"""
import json, os, resource, subprocess, sys, time

def tree_rss(root):
    try:
        children = {}
        for pid in os.listdir("/proc"):
            if pid.isdigit():
                try:
                    with open(f"/proc/{pid}/stat") as fh:
                        ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
                    children.setdefault(ppid, []).append(int(pid))
                except (OSError, ValueError, IndexError):
                    pass
        total, todo = 0, [root]
        while todo:
            pid = todo.pop()
            todo.extend(children.get(pid, []))
            try:  # PSS: pages shared by forked workers count once in all
                with open(f"/proc/{pid}/smaps_rollup") as fh:
                    total += next(int(l.split()[1]) * 1024 for l in fh if l.startswith("Pss:"))
            except (OSError, ValueError, StopIteration):
                try:
                    with open(f"/proc/{pid}/statm") as fh:
                        total += int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
                except (OSError, ValueError):
                    pass
        return total
    except OSError:
        return 0

cmd = json.loads(sys.argv[1])
start = time.perf_counter()
proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
peak = 0
while proc.poll() is None:
    peak = max(peak, tree_rss(proc.pid))
    time.sleep(0.05)
err = proc.stderr.read().decode("utf-8", "replace")
seconds = time.perf_counter() - start
maxrss_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"rc": proc.returncode, "seconds": seconds, "maxrss": maxrss_kb * 1024,
                  "tree": peak, "stderr": err[-2000:]}))
"""


def measure(n: int, jobs: int | None, workdir: Path, chunk: int | None = None) -> dict:
    if chunk:  # a folder of JSON Lines files of at most `chunk` articles each
        src = workdir / f"articles-{n}"
        src.mkdir()
        for k, start in enumerate(range(0, n, chunk)):
            write_jsonl(src / f"part-{k:05d}.jsonl", min(chunk, n - start), offset=start)
    else:
        src = write_jsonl(workdir / f"articles-{n}.jsonl", n)
    out = workdir / f"out-{n}"
    out.mkdir()
    cmd = [*briefing_cmd(), "build", str(src), "-o", str(out), "-q", "--max-input-mb", "500"]
    if jobs:
        cmd += ["-j", str(jobs)]
    res = subprocess.run([sys.executable, "-c", WRAPPER, json.dumps(cmd)], capture_output=True,
                         text=True, check=True)
    data = json.loads(res.stdout)
    data["files"] = len(list(out.iterdir()))
    data["size_mb"] = sum(f.stat().st_size for f in ([src] if src.is_file() else src.iterdir())) / 1e6
    return data


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10,10000", help="comma-separated article counts")
    ap.add_argument("--jobs", type=int, default=None, help="-j for the build (default: briefing's)")
    ap.add_argument("--chunk", type=int, default=None,
                    help="split the articles into JSONL files of at most N articles in a folder")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"machine: {machine()}")
    rows = []
    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as tmp:
        for n in sizes:
            r = measure(n, args.jobs, Path(tmp), args.chunk)
            rows.append((n, r))
            status = "ok" if r["rc"] == 0 else f"exit {r['rc']}: {r['stderr'].strip()[-300:]}"
            print(f"{n:>6} articles ({r['size_mb']:.1f} MB JSONL): max RSS {r['maxrss'] / 1e6:6.1f} MB"
                  f"  tree peak {r['tree'] / 1e6:6.1f} MB  {r['seconds']:7.1f} s"
                  f"  {n / r['seconds']:6.1f} articles/s  {r['files']} files  {status}",
                  flush=True)
    if len(rows) >= 2:
        (n0, a), (n1, b) = rows[0], rows[-1]
        print(f"max RSS {n1} vs {n0} articles: {b['maxrss'] / a['maxrss']:.2f}x; "
              f"tree peak: {b['tree'] / a['tree']:.2f}x (aim: under 150 MB, flat)")


if __name__ == "__main__":
    main()
