"""Extraction throughput: articles per second on one core, against YAKE.

Usage: python benchmarks/throughput.py [--n 2000] [--yake-n 2000] [--profile]

The corpus articles (/work/shared/corpus/articles/*/*.txt, read in place) are
repeated to ``--n`` articles and run through ``briefing.api.extract_article`` in
this one process (after one warm-up pass, so language packs are loaded). YAKE
keyword extraction (``pip install yake``; a benchmark-only tool, not a
dependency of briefing) runs on the same texts; without yake that part is
skipped with a message. ``--yake-n`` runs YAKE on fewer texts when it is slow
(the rate is per article either way). ``--profile`` prints the top of a
cProfile of briefing's loop. Aim: at least 10x YAKE's articles per second.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import corpus_files, machine  # noqa: E402


def load(n: int) -> list:
    from briefing.read import read_inputs

    base = [a for a in read_inputs([str(p) for p in corpus_files()]) if not isinstance(a, Exception)]
    return [base[i % len(base)] for i in range(n)]


def run_briefing(articles: list) -> tuple[float, int]:
    from briefing.api import extract_article
    from briefing.errors import BriefingError

    cards = 0
    start = time.perf_counter()
    for article in articles:
        try:
            cards += len(extract_article(article).cards)
        except BriefingError:
            pass
    return time.perf_counter() - start, cards


def run_yake(articles: list) -> float | None:
    try:
        import yake
    except ImportError:
        return None
    extractors = {}
    start = time.perf_counter()
    for article in articles:
        lang = article.lang or ("id" if "/id/" in (article.source or "") else "en")
        kw = extractors.get(lang)
        if kw is None:
            kw = extractors[lang] = yake.KeywordExtractor(lan=lang, n=3, top=20)
        kw.extract_keywords(f"{article.title}\n{article.text}")
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000, help="articles for briefing (default 2000)")
    ap.add_argument("--yake-n", type=int, default=None, help="articles for YAKE (default: --n)")
    ap.add_argument("--profile", action="store_true", help="print a cProfile of briefing's loop")
    args = ap.parse_args()
    print(f"machine: {machine()}")
    articles = load(args.n)
    words = sum(len(a.text.split()) for a in articles) / len(articles)
    run_briefing(articles[:30])  # warm-up: language packs, regexes
    seconds, cards = run_briefing(articles)
    rate = len(articles) / seconds
    print(f"briefing: {len(articles)} articles ({words:.0f} words on average) in {seconds:.2f} s "
          f"= {rate:.1f} articles/s on one core ({1000 / rate:.1f} ms each, {cards} cards)")
    yake_articles = articles[: args.yake_n or args.n]
    ysec = run_yake(yake_articles)
    if ysec is None:
        print("YAKE: skipped (pip install yake to compare)")
    else:
        yrate = len(yake_articles) / ysec
        print(f"YAKE: {len(yake_articles)} articles in {ysec:.2f} s = {yrate:.1f} articles/s")
        print(f"ratio: briefing {rate / yrate:.2f}x YAKE's throughput (aim: >= 10x)")
    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
        run_briefing(articles[: min(len(articles), 500)])
        prof.disable()
        out = io.StringIO()
        stats = pstats.Stats(prof, stream=out).sort_stats("tottime")
        stats.print_stats(25)
        print(out.getvalue())
        out = io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats(r"briefing", 30)
        print(out.getvalue())


if __name__ == "__main__":
    main()
