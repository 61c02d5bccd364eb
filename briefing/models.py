"""The data every stage passes on: frozen dataclasses and nothing else.

Flow: ``Article`` (read) -> ``Sentence`` (segment) -> ``Mention`` (mentions) ->
``Fact`` (facts) -> ``Card`` (cards, rank) -> ``Extraction`` (what exporters see).

Exporters depend on ``Extraction``, ``Card`` and ``KeyFact`` only; an ``Extraction``
round-trips through the deck file (``briefing.export.deckfile``), so a reviewed deck
file and a fresh extraction are interchangeable.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

CardType = Literal["question", "cloze", "definition", "choice"]
CARD_TYPES: tuple[str, ...] = ("question", "cloze", "definition", "choice")

#: Kinds of mention the extractor finds.
MentionKind = Literal[
    "person", "organisation", "place", "acronym", "date", "number", "role", "name"
]


@dataclass(frozen=True)
class Article:
    """One article as read: title, body text and what is known about it."""

    title: str
    text: str
    lang: str | None = None
    date: str | None = None
    source: str | None = None
    #: A stable key for the article (used in note GUIDs); defaults to the title's slug.
    key: str | None = None


@dataclass(frozen=True)
class Sentence:
    """A sentence of the body with its character offsets in ``Article.text``."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int = 0


@dataclass(frozen=True)
class Mention:
    """A span of one sentence: offsets are relative to ``Sentence.text``."""

    kind: str
    sentence: int
    start: int
    end: int
    text: str
    #: A canonical form: the expansion of an acronym, the full name for an alias,
    #: the ISO-ish sort key of a date, the role of a person.
    value: str | None = None


@dataclass(frozen=True)
class Fact:
    """Something the article states that a card can ask about.

    ``family`` names the rule that found it (acronym, role, role_reverse, leader,
    when, where, quantity, actor, cloze); ``answer_kind`` the kind of the answer
    (person, organisation, place, date, number, term, phrase) used for distractors.
    ``slots`` fills the family's question template.
    """

    family: str
    sentence: int
    answer: str
    answer_kind: str
    slots: tuple[tuple[str, str], ...] = ()
    confidence: float = 1.0
    #: Offsets of the answer within the sentence, when it is a span of it.
    answer_start: int = -1
    answer_end: int = -1
    #: The article's title states the answer (its card shows no title on the front).
    title_gives: bool = False
    #: A gap that is right but little worth learning (a weekday, a count of three, the
    #: article's main actor, a sentence whose subject is elsewhere): its card is tagged
    #: ``minor`` and only a deck the user asked to be bigger than the rest fill has it.
    minor: bool = False


@dataclass(frozen=True)
class Card:
    """A study card, ready to export.

    ``question`` of a cloze card holds Anki cloze syntax (``{{c1::...}}``) and
    ``answer`` the deleted text; ``context`` is the source sentence.
    ``id`` identifies the fact (article key, family, answer, sentence), never the
    wording, so a reworded card keeps its id and its Anki note.
    """

    id: str
    type: str
    question: str
    answer: str
    context: str
    family: str = ""
    choices: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    score: float = 0.0
    sentence: int = -1


@dataclass(frozen=True)
class KeyFact:
    """A line of the briefing sheet's key facts: a person, organisation, other name,
    place, date (``sort`` orders the timeline), number or glossary term."""

    kind: str
    label: str
    detail: str = ""
    sort: str = ""


@dataclass(frozen=True)
class Extraction:
    """What one article gives: its metadata, summary, key facts and ranked cards."""

    title: str
    lang: str
    cards: tuple[Card, ...]
    source: str | None = None
    date: str | None = None
    key: str = ""
    brief: tuple[str, ...] = ()
    facts: tuple[KeyFact, ...] = ()
    words: int = 0

    def with_cards(self, cards: tuple[Card, ...]) -> Extraction:
        """A copy holding other cards (after review or a ``--max-cards`` cut)."""
        return replace(self, cards=cards)
