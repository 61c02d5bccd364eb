"""Golden tests: the cards of the seed and of the project's own short articles,
pinned as YAML files a reviewer can read (question -> answer, type, family)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

import briefing
from briefing.read import read_inputs

TESTS = Path(__file__).resolve().parent
GOLDEN = TESTS / "golden"
ARTICLES = sorted((TESTS / "data" / "articles").glob("*.txt"))


def _cases() -> list[Path]:
    from briefing.resources import EXAMPLE_ARTICLE

    return [EXAMPLE_ARTICLE, *ARTICLES]


def _summary(path: Path) -> dict:
    (article,) = list(read_inputs([str(path)]))
    ex = briefing.extract_article(article)
    return {
        "title": ex.title,
        "lang": ex.lang,
        "cards": [
            {k: v for k, v in (("type", c.type), ("family", c.family), ("question", c.question),
                               ("answer", c.answer), ("choices", list(c.choices))) if v}
            for c in ex.cards
        ],
    }


@pytest.mark.parametrize("path", _cases(), ids=lambda p: p.stem)
def test_golden_cards_match(path: Path) -> None:
    got = _summary(path)
    target = GOLDEN / f"{path.stem}.yaml"
    if os.environ.get("BRIEFING_UPDATE_GOLDEN"):
        GOLDEN.mkdir(exist_ok=True)
        target.write_text(yaml.safe_dump(got, allow_unicode=True, sort_keys=False, width=100),
                          encoding="utf-8")
    assert target.exists(), f"no golden file {target.name}; run with BRIEFING_UPDATE_GOLDEN=1"
    expected = yaml.safe_load(target.read_text(encoding="utf-8"))
    assert got == expected


@pytest.mark.parametrize("path", _cases(), ids=lambda p: p.stem)
def test_golden_cards_keep_quality_rules(path: Path) -> None:
    """Rules every card obeys, whatever the golden file says."""
    (article,) = list(read_inputs([str(path)]))
    ex = briefing.extract_article(article)
    assert ex.cards
    questions = set()
    for c in ex.cards:
        assert c.context, c
        if c.type == "cloze":
            assert "{{c1::" in c.question
            inner = c.question.split("{{c1::", 1)[1].split("}}", 1)[0]
            assert inner == c.answer
            assert len(c.answer) < 0.5 * len(c.context)
        else:
            assert c.question.endswith("?"), c.question
            assert c.answer.casefold() not in c.question.casefold(), c
        # the answer is a span of the article (or of a sentence mended by the splitter)
        first = c.answer.split()[0]
        assert first in article.text or c.answer in c.context, c
        if c.type == "choice":
            assert len(c.choices) == 4 and c.answer in c.choices
            assert len({x.casefold() for x in c.choices}) == 4
        key = c.question.casefold()
        assert key not in questions, f"asked twice: {c.question}"
        questions.add(key)


def test_golden_extraction_is_deterministic(seed_path: Path) -> None:
    a = briefing.extract(seed_path.read_text(encoding="utf-8"))
    b = briefing.extract(seed_path.read_text(encoding="utf-8"))
    assert a == b
