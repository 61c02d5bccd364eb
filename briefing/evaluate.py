"""Measuring extraction against gold questions and answers.

Reads JSON Lines passages ``{"id", "lang", "context", "qas": [{"question",
"answers": [...]}]}`` and reports, over all passages:
- answer recall: the share of gold answers that some card's answer matches with
  token F1 >= 0.8 (all the cards the extractor keeps when not cut);
- recall within the top-ranked cards: the same with each passage's deck cut to
  about six cards per 100 words, the size a learner would study;
- cards per 100 words of the default deck, and the share of its cards whose
  answer matches no gold answer.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .errors import BriefingError, InputError
from .models import Article

F1_THRESHOLD = 0.8
TOP_PER_100_WORDS = 6.0


def _tokens(text: str) -> list[str]:
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.findall(r"\w+", text)


def token_f1(pred: str, gold: str) -> float:
    p, g = _tokens(pred), _tokens(gold)
    if not p or not g:
        return 0.0
    common = sum((Counter(p) & Counter(g)).values())
    if common == 0:
        return 0.0
    precision, recall = common / len(p), common / len(g)
    return 2 * precision * recall / (precision + recall)


def _matches(answer: str, golds: list[str]) -> bool:
    return any(token_f1(answer, g) >= F1_THRESHOLD for g in golds)


@dataclass
class Report:
    path: str
    passages: int = 0
    words: int = 0
    gold: int = 0
    found: int = 0
    found_top: int = 0
    cards: int = 0
    unmatched: int = 0
    failed: int = 0

    def format(self) -> str:
        def pct(a: int, b: int) -> str:
            return f"{a / b:.3f}" if b else "n/a"
        return "\n".join([
            f"{self.path}: {self.passages} passages, {self.gold} gold answers, {self.words} words",
            f"  answer recall (F1 >= {F1_THRESHOLD}):          {pct(self.found, self.gold)}",
            f"  recall within top {TOP_PER_100_WORDS:g}/100 words:        {pct(self.found_top, self.gold)}",
            f"  cards per 100 words (default deck): {100 * self.cards / self.words if self.words else 0:.2f}",
            f"  cards matching no gold answer:      {pct(self.unmatched, self.cards)}",
            f"  passages with no card:              {self.failed}",
        ])


def evaluate_file(path: str | Path, lang: str | None = None, limit: int | None = None) -> Report:
    from .api import _run

    report = Report(str(path))
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read gold file ({exc})") from None
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            context, qas = rec["context"], rec["qas"]
        except (ValueError, KeyError, TypeError):
            raise InputError(f"{path}:{n}: not a gold passage (needs context and qas)") from None
        if lang and rec.get("lang") != lang:
            continue
        if limit is not None and report.passages >= limit:
            break
        report.passages += 1
        golds = [[str(a) for a in qa.get("answers", [])] for qa in qas]
        words = len(context.split())
        report.words += words
        report.gold += len(golds)
        article = Article(title=str(rec.get("title") or ""), text=context, lang=rec.get("lang"),
                          key=str(rec.get("id", n)))
        try:
            run = _run(article, rec.get("lang"))  # one pipeline run, ranked twice
            every, default = run.cards(1000), run.cards() or run.cards(None, minor=True)
        except BriefingError:
            every, default = [], []
        if not every:
            report.failed += 1
        top = every[: max(1, math.ceil(words * TOP_PER_100_WORDS / 100))]
        answers = [c.answer for c in every]
        top_answers = [c.answer for c in top]
        report.found += sum(any(_matches(a, g) for a in answers) for g in golds)
        report.found_top += sum(any(_matches(a, g) for a in top_answers) for g in golds)
        flat = [g for gs in golds for g in gs]
        report.cards += len(default)
        report.unmatched += sum(not _matches(c.answer, flat) for c in default)
    return report
