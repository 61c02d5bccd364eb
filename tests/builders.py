"""Builders for test inputs: hand-made extractions, so exporter tests do not
depend on what the extractor finds today; and ``labels_of``, a shorthand for the key facts
the extractor lists, for the tests of the extractor itself."""

from __future__ import annotations

import briefing
from briefing.ids import card_id, slug
from briefing.models import Card, Extraction, KeyFact


def make_card(key: str, ctype: str, question: str, answer: str, context: str,
              family: str = "test", sentence: int = 0, choices: tuple[str, ...] = (),
              score: float = 1.0) -> Card:
    return Card(
        id=card_id(key, family, answer, sentence), type=ctype, question=question,
        answer=answer, context=context, family=family, choices=choices,
        tags=("briefing", ctype), score=score, sentence=sentence,
    )


def make_extraction(title: str = "Ministers meet in Oslo", lang: str = "en",
                    extra_text: str = "") -> Extraction:
    """A small extraction holding one card of every type."""
    key = slug(title)
    s0 = f"The ministers of Norway and Chile met in Oslo on 3 May 2024.{extra_text}"
    s1 = "The World Health Organization (WHO) sent 40 experts."
    s2 = "Anna Berg, the foreign minister of Norway, chaired the meeting."
    cards = (
        make_card(key, "question", "Where did the ministers meet?", "Oslo", s0, "where", 0),
        make_card(key, "cloze", "The {{c1::World Health Organization}} (WHO) sent 40 experts.",
                  "World Health Organization", s1, "cloze", 1),
        make_card(key, "definition", "What does WHO stand for?", "World Health Organization",
                  s1, "acronym", 1),
        make_card(key, "choice", "Who chaired the meeting?", "Anna Berg", s2, "actor", 2,
                  choices=("Anna Berg", "Carlos Ruiz", "Ola Nordmann", "Maria Lind")),
    )
    facts = (
        KeyFact("person", "Anna Berg", "the foreign minister of Norway"),
        KeyFact("organisation", "WHO", "World Health Organization"),
        KeyFact("place", "Oslo"),
        KeyFact("date", "3 May 2024", "The ministers met in Oslo", "2024-05-03"),
        KeyFact("number", "40 experts", "sent by the WHO"),
        KeyFact("term", "WHO", "World Health Organization"),
    )
    return Extraction(
        title=title, lang=lang, cards=cards, source="Test Wire", date="2024-05-04",
        key=key, brief=(s0, s1, s2), facts=facts, words=40,
    )


def labels_of(text: str, title: str, lang: str, kind: str | None = None) -> list[str]:
    """The labels of the key facts the extractor lists for ``text`` (of one ``kind``, or all)."""
    return [f.label for f in briefing.extract(text, title=title, lang=lang).facts if kind is None or f.kind == kind]
