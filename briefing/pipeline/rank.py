"""Ranking: sentence centrality, then candidate cards -> the deck.

Centrality follows the news habit of stating key facts first and the title's
words: a sentence scores by its overlap with the title and with the rest of the
article, with a bonus for coming early. Cards are then de-duplicated (one card
per answer and sentence, one cloze per sentence, no repeated question, a cap
per sentence and per answer) and cut to ``max_cards``, best first.
"""

from __future__ import annotations

import dataclasses
import math
from collections import Counter
from collections.abc import Mapping, Sequence

from .. import regex as rx
from ..ids import normalise
from ..lang import LanguagePack
from ..models import Card, Sentence
from .textutil import has_word, quoted_in_part, without_expansion

#: Cards per 100 words the default deck keeps (the issue asks for 2-6).
CARDS_PER_100_WORDS = 5.0
MIN_DEFAULT_CARDS = 6
MAX_DEFAULT_CARDS = 30
MAX_PER_SENTENCE = 3
MAX_PER_ANSWER = 2


_WORD = rx.compile(r"\w+")


def _content(text: str, stop: frozenset[str], shortest: int = 3) -> set[str]:
    return {w for w in _WORD.findall(text.casefold()) if len(w) >= shortest and w not in stop
            and not w.isdigit()}


def centrality(sentences: list[Sentence], title: str, pack: LanguagePack) -> dict[int, float]:
    """Sentence index -> score in (0, 1]."""
    if not sentences:
        return {}
    stop = pack.stopwords
    bags = [_content(s.text, stop) for s in sentences]
    df = Counter(w for b in bags for w in b)
    title_words = _content(title, stop)
    raw: dict[int, float] = {}
    n = len(sentences)
    for s, bag in zip(sentences, bags):
        if not bag:
            raw[s.index] = 0.0
            continue
        shared = sum(math.log(1 + df[w] - 1) for w in bag if df[w] > 1) / math.sqrt(len(bag))
        title_hits = len(bag & title_words)
        position = 1.0 / (1.0 + 0.12 * s.index)
        raw[s.index] = (1.0 + shared + 1.5 * title_hits) * (0.6 + 0.4 * position) * (
            1.0 if n < 3 else 1.0)
    top = max(raw.values()) or 1.0
    return {i: 0.35 + 0.65 * v / top for i, v in raw.items()}


#: In an article of at least ``ASIDE_MIN_SENTENCES`` sentences, a sentence from this share
#: of the way on that shares no word with the title is an aside (see ``asides``).
ASIDE_FROM = 0.4
ASIDE_MIN_SENTENCES = 10
#: The families whose cards on an aside a default deck leaves out: in the project's
#: reviews 16-30, teachers accepted 23% of the judgements of such cards (126 cards),
#: against 69% of the others. Acronyms, definitions and quotes on those sentences fared
#: as well as the rest, so they stay; so do roles, as the rules that keep minor officials
#: out already left only roles teachers accepted half the time. Counts and amounts seemed
#: to fare as well in reviews 16-30, but in reviews 45-64 (twenty rounds, two teachers
#: each) teachers accepted 19 of 90 judgements (21%) of questions for a figure on an
#: aside (38 cards: a crowd, the rescuers, the observation sites), against 415 of 722 (57%)
#: of the other questions for a figure: they go too.
ASIDE_FAMILIES = frozenset({"cloze", "when", "where", "actor", "quantity"})


def asides(sentences: list[Sentence], title: str, pack: LanguagePack) -> frozenset[int]:
    """Indices of the sentences that tell side stories: past the first ``ASIDE_FROM`` of a
    full article and sharing no word with its title (news states what the title is
    about early, and comes back to it by name). A title that shares no word with the
    text (a file's name) marks none."""
    n = len(sentences)
    if n < ASIDE_MIN_SENTENCES or not title:
        return frozenset()
    stop = pack.stopwords
    words = _content(title, stop, shortest=4)
    bags = {s.index: _content(s.text, stop, shortest=4) for s in sentences}
    if not any(words & bag for bag in bags.values()):
        return frozenset()
    return frozenset(s.index for s in sentences
                     if s.index >= ASIDE_FROM * n and not words & bags[s.index])


_BRIEF_WORD = rx.compile(r"[^\W\d_]{4,}|\d[\d.,]*\d|\d")  # (figures too: two rates are two facts)
#: Share of the shorter sentence's words that another brief line may repeat.
BRIEF_REPEAT = 0.85


def brief(sentences: list[Sentence], scores: dict[int, float], k: int | None = None) -> list[str]:
    """The 3-5 most central sentences, in article order; a piece of a longer quote only when
    the article has too few other sentences."""
    if k is None:
        k = max(1, min(5, max(3, len(sentences) // 4)))
    pieces = quoted_in_part(sentences)
    # (nor a question the article asks its reader: "Lantas, apa saja yang perlu diketahui ...?")
    asked = {s.index for s in sentences if s.text.rstrip(" \"'”’)").endswith("?")}
    ranked = sorted(sentences, key=lambda s: (s.index in pieces or s.index in asked, -scores.get(s.index, 0), s.index))
    best: list[Sentence] = []
    bags: list[set[str]] = []
    for s in ranked:
        bag = set(_BRIEF_WORD.findall(s.text.casefold()))
        # a sentence that says again most of what a line already says is left out (an article
        # that restates its lead in a quote's paraphrase)
        if any(bag and other and len(bag & other) >= BRIEF_REPEAT * min(len(bag), len(other)) for other in bags):
            continue
        best.append(s)
        bags.append(bag)
        if len(best) == k:
            break
    return [s.text for s in sorted(best, key=lambda s: s.index)]


def default_max_cards(words: int) -> int:
    return max(MIN_DEFAULT_CARDS, min(MAX_DEFAULT_CARDS, round(words * CARDS_PER_100_WORDS / 100)))


_GAP = rx.compile(r"\{\{c\d+::.*?\}\}")
_YEAR = rx.compile(r"(?:1[5-9]|20)\d\d")
_NAME_WORD = rx.compile(r"[^\W\d_]{4,}")

#: Cards scoring under this are left out of a deck of the default size (see ``select``).
#: This and ``SCORE_FLOOR`` and ``CLOZE_MIN_SCORE`` are the lines of a language no review
#: has judged; a pack sets its own (``deck_lines`` in its meta.yaml).
MIN_SCORE = 0.25

#: Share of the deck kept for cloze cards on central sentences, so a deck mixes
#: recall questions with sentences to complete.
CLOZE_SHARE = 0.2
#: Most of the deck one family of questions may take in the first pass.
FAMILY_SHARE = 0.4
#: Most of the deck that may ask for a number (counts, amounts, measures).
NUMBER_SHARE = 0.3
#: ... and at most this many in a full article's default deck: in review 45 (12 articles,
#: two teachers judging each card under its topic line), the first three cards asking for
#: a number in a deck were accepted in 39 of 64 judgements (61%), the ones after them in 2
#: of 20 (a rival's price, the crowd, the rest days, a workshop's seats). Since then the
#: rules have made most such side figures minor: in reviews 67-79 the first number card a
#: deck left out for this cap was accepted in 119 of 154 judgements (77%, against 70% for
#: the default decks' number cards), the second in 39 of 64 (61%), so the cap is four.
MAX_NUMBER_CARDS = 4
#: A default deck keeps cloze cards scoring at least this share of its best cloze's score.
SCORE_FLOOR = 0.55
#: A default deck of a full article keeps no gap scoring under this, not even to stay
#: thick: in the project's reviews 14-22, teachers accepted 242 of 516 judgements (47%)
#: of the gaps that scored under it, against 461 of 486 (95%) of those above, in every
#: round alike (42-53% against 91-96%): a coin toss is no card to hand a learner.
CLOZE_MIN_SCORE = 0.35
#: A passage this short gets a card for each fact it states.
SHORT_PASSAGE_WORDS = 150


def _named(answer: str) -> bool:
    """The answer reads as a name: a capital first, no figure in it."""
    return answer[:1].isupper() and not any(ch.isdigit() for ch in answer)


def _shows(text: str, answer: str) -> bool:
    """``answer`` stands in ``text`` as whole words, as written ("AS" is not "as")."""
    answer = answer.strip()
    return bool(answer) and has_word(text, answer)


class _Picker:
    """The de-duplication state while cards are kept one by one."""

    def __init__(self, clozes_per_sentence: int = 1, per_sentence: int = MAX_PER_SENTENCE,
                 per_answer: int = 1) -> None:
        self.clozes_per_sentence = clozes_per_sentence
        self.max_per_answer = per_answer
        self.max_per_sentence = per_sentence
        self.kept: list[Card] = []
        self.ids: set[str] = set()
        self.questions: set[str] = set()
        self.facts: set[tuple[int, str]] = set()
        self.cloze_sentences: Counter[int] = Counter()
        self.per_sentence: Counter[int] = Counter()
        self.per_answer: Counter[str] = Counter()
        self.per_family: Counter[str] = Counter()
        self.answers_in: dict[int, list[str]] = {}
        self.max_per_family = 10 ** 6
        self.max_numbers = 10 ** 6
        self.numbers = 0
        #: refuse a card whose answer a kept card on the same sentence shows (in its
        #: question, or around its gap), or which shows such a card's answer: one fact
        #: asked both ways ("Siapa Presiden Iran?" and "Apa jabatan Masoud Pezeshkian?"),
        #: a gap on a sentence that prints another card's figure. An acronym's expansion
        #: is given away from any sentence. Only a deck the user asked to be bigger
        #: allows them.
        self.no_giveaways = True
        self.shown: list[tuple[int, str, str, bool]] = []  # (sentence, what a kept card shows, answer, expansion?)
        #: refuse a gap whose answer a kept card already has: "___" twice is one fact
        self.no_repeated_gaps = False

    def _shorten(self, c: Card) -> Card:
        """A question that spells out an acronym the deck asks about says only the
        acronym: "Data Badan Koordinasi Penanaman Modal (BKPM) menunjukkan ...?" ->
        "Data BKPM menunjukkan ...?" (the card keeps its id and its source sentence)."""
        if c.type == "cloze" or not self.no_giveaways:
            return c
        question = c.question
        for _, _, answer, expansion in self.shown:
            if expansion and answer.strip():
                question = without_expansion(question, answer)
        return c if question == c.question else dataclasses.replace(c, question=question)

    def offer(self, c: Card) -> bool:
        c = self._shorten(c)
        # a cloze is told apart by its gap; other cards by their question
        q = normalise(c.question)
        a = normalise(c.answer)
        if c.id in self.ids or q in self.questions or (c.sentence, a) in self.facts:
            return False
        # one fact, one card: "100 pejuang" and "sekitar 100 pejuang" in one sentence
        if any(f" {a} " in f" {other} " or f" {other} " in f" {a} "
               for other in self.answers_in.get(c.sentence, ())):
            return False
        if c.type == "cloze" and self.cloze_sentences[c.sentence] >= self.clozes_per_sentence:
            return False
        if c.type == "cloze" and self.no_repeated_gaps and self.per_answer[a]:
            return False
        shown = _GAP.sub(" ___ ", c.question)
        # an acronym's expansion, or a year, is given away from any sentence
        expansion = c.family == "acronym" or bool(_YEAR.fullmatch(c.answer.strip()))
        # a gap on a name of several words that another card prints, on any sentence, fills
        # itself ("the {{United Methodist Church}}" beside three cards naming it)
        printed_gap = c.type == "cloze" and (_named(c.answer) or len(c.answer.split()) >= 2 and
                                             not any(ch.isdigit() for ch in c.answer))
        # ... and so does a gap whose name's main word another card prints ("The {{Zafi.D}}
        # virus ..." beside "... infected with the Zafi virus")
        main = max(_NAME_WORD.findall(c.answer), key=len, default="")
        part = main if c.type == "cloze" and main and main != c.answer.strip() and \
            not any(ch.isdigit() for ch in c.answer) else ""
        if self.no_giveaways and any((sentence == c.sentence or expansion or printed_gap) and _shows(other_shown, c.answer) or
                                     bool(part) and _shows(other_shown, part) or
                                     (sentence == c.sentence or other_expansion) and _shows(shown, other_answer)
                                     for sentence, other_shown, other_answer, other_expansion in self.shown):
            return False
        if self.per_family[c.family] >= self.max_per_family:
            return False
        is_number = "number" in c.tags
        if is_number and self.numbers >= self.max_numbers:
            return False  # a table of readings is not a deck
        if self.per_sentence[c.sentence] >= self.max_per_sentence or self.per_answer[a] >= self.max_per_answer:
            return False
        self.kept.append(c)
        self.ids.add(c.id)
        self.questions.add(q)
        self.facts.add((c.sentence, a))
        self.answers_in.setdefault(c.sentence, []).append(a)
        self.shown.append((c.sentence, shown, c.answer, expansion))
        if c.type == "cloze":
            self.cloze_sentences[c.sentence] += 1
        self.per_sentence[c.sentence] += 1
        self.per_answer[a] += 1
        self.per_family[c.family] += 1
        self.numbers += is_number
        return True


def _best_first(c: Card) -> tuple[float, int, bool, str]:
    """Best score first; ties in article order, and in one sentence the answer the title
    states first ("The all-cash deal, worth $68.7 billion, ... dwarfing its $26.2 billion
    purchase" under "... in $68.7 billion deal"), then the card id."""
    return (-c.score, c.sentence, "headline" not in c.tags, c.id)


def select(cards: list[Card], max_cards: int, fill: bool = True, sized: bool = True,
           minor: bool = False, keep: Sequence[Card] = (),
           lines: Mapping[str, float] | None = None) -> list[Card]:
    """De-duplicate and keep the best ``max_cards``, best first (ties: article order).

    The best cloze cards are taken first, up to ``CLOZE_SHARE`` of the deck; the
    rest is filled by score from every candidate, one gap per sentence and no more
    than ``NUMBER_SHARE`` of the deck on numbers. With ``fill`` (a short passage, or
    a deck size the user asked for), room left is filled with further cards per
    sentence, after the first choices. Unless the user chose the deck's size (``sized``:
    a short passage's own default), that filling asks no answer in a second gap and
    keeps no two cards on one sentence that give each other away, and it has a
    key-term gap only when nothing else comes, and then one. Minor cards come last into a
    deck the user sized, into no other, unless ``minor`` lets them rank with the rest.
    ``keep``: cards kept before any other (the default deck, in a deck asked to be bigger),
    whatever the shares and caps say. ``lines``: the language's score lines of a default
    deck (``min_score``, ``cloze_min_score``, ``cloze_floor``), else the module's.
    """
    lines = lines or {}
    min_score = float(lines.get("min_score", MIN_SCORE))
    cloze_min_score = float(lines.get("cloze_min_score", CLOZE_MIN_SCORE))
    cloze_floor = float(lines.get("cloze_floor", SCORE_FLOOR))
    # minor gaps (``Fact.minor``) come only into a deck the user sized, after every other card
    # (or, with ``minor``, rank with the others: an article that states nothing else)
    minor_cards = [] if minor else sorted((c for c in cards if "minor" in c.tags), key=_best_first)
    cards = cards if minor else [c for c in cards if "minor" not in c.tags]
    # ... and into a deck the user sized, key-term gaps come after those: teachers of rounds 67-87
    # accepted 22% of the judgements of such gaps in the extras of a bigger deck (173 of 782),
    # fewer than of the minor ones (36%)
    if sized and not minor and any("keyterm" not in c.tags for c in cards):
        minor_cards += sorted((c for c in cards if "keyterm" in c.tags), key=_best_first)
        cards = [c for c in cards if "keyterm" not in c.tags]
    if not sized and any(c.score >= min_score for c in cards):
        # a deck of the default size leaves out the weakest cards: teachers accepted about
        # one in three of those scoring under MIN_SCORE (rounds 16-18 of the project's
        # reviews), against three in four above; a text with nothing stronger keeps them
        cards = [c for c in cards if c.score >= min_score]
    if not sized and any("aside" not in c.tags for c in cards):
        # a deck of the default size leaves out what side stories ask (see ``asides``)
        cards = [c for c in cards if "aside" not in c.tags]
    others = any("keyterm" not in c.tags for c in cards)
    if not fill and not (minor and not others) or not sized and others:
        # key-term gaps ("the ___ of O2") serve decks asked to be bigger, and a short
        # passage that states no name, date or figure worth a card; anywhere else teachers
        # rejected most of them ("{{undesirable side effects}}": 2 in 7 accepted in rounds 14-16)
        cards = [c for c in cards if "keyterm" not in c.tags]
    elif not sized:
        # ... and then one, the best: a passage with nothing else still gets a card (a longer
        # one too, when even its minor cards are no better: 200 words on how Poland's
        # communes are run got an error, no deck)
        best = min((c for c in cards if "keyterm" in c.tags), key=_best_first, default=None)
        cards = [c for c in cards if "keyterm" not in c.tags or c is best]
    ordered = sorted(cards, key=_best_first)
    quota = round(max_cards * CLOZE_SHARE) if max_cards >= 4 else 0
    picker = _Picker()
    # no family takes over the deck (a table of figures is not thirteen questions)
    picker.max_per_family = max(3, round(max_cards * FAMILY_SHARE))
    picker.max_numbers = max(2, round(max_cards * NUMBER_SHARE))
    if not fill:
        picker.max_numbers = min(picker.max_numbers, MAX_NUMBER_CARDS)
    if keep:
        # (a bigger deck keeps what the default deck has: "--max-cards 12" loses no card of
        # the deck of nine; review runs found 12 of 144 decks that did)
        caps = picker.max_per_family, picker.max_numbers
        picker.max_per_family = picker.max_numbers = 10 ** 6
        for c in keep:
            picker.offer(c)
        picker.max_per_family, picker.max_numbers = caps
    # a cloze must not take the place of a question about the same fact
    asked: dict[int, list[tuple[str, str]]] = {}
    for c in ordered:
        if c.type != "cloze":
            asked.setdefault(c.sentence, []).append((f" {normalise(c.answer)} ", f" {normalise(c.question)} "))

    questions = [c for c in ordered if c.type != "cloze"]

    def covered(c: Card) -> bool:
        # a question on the same sentence asks for this gap, names it, or has its answer
        # shown by the sentence: the question is the better card, and it comes by score
        a = f" {normalise(c.answer)} "
        shown = f" {normalise(_GAP.sub(' ', c.question))} "
        if any(a in other or other in a or a in question or other in shown
               for other, question in asked.get(c.sentence, ())):
            return True
        # ... and a stronger question on any sentence that prints the gap's name gives it
        # away ("Siapa Gubernur Riau?" beside "Pertumbuhan investasi di {{Riau}} ...")
        if _named(c.answer) and any(q.score >= c.score and _shows(q.question, c.answer) for q in questions):
            return True
        # ... and so does a stronger question on any sentence whose answer is the gap's: "Siapa
        # Kepala BPPTKG? Agus Budi Santoso" beside '"...," ujar {{Agus Budi Santoso}}' (found as a
        # user: the gap, taken first for its share of the deck, used up the answer's one card)
        return any(q.score >= c.score and f" {normalise(q.answer)} " == a for q in questions)

    # the numbers a capped deck may ask are its best ones: the gaps taken first for their
    # share of the deck must not use them up ahead of a stronger question on a figure
    top_numbers = {c.id for c in [c for c in ordered if "number" in c.tags][:picker.max_numbers]}
    for c in ordered:
        if len(picker.kept) >= quota:
            break
        if "number" in c.tags and c.id not in top_numbers:
            continue
        if c.type == "cloze" and not covered(c) and not ("subject" in c.tags and any(
                q.score >= c.score and _shows(c.context, q.answer) for q in questions)):
            # (a gap on the story's subject that prints what a stronger question asks, the
            # expansion of "What does LHC stand for?", comes by score below, after that question)
            picker.offer(c)
    for c in ordered:
        if len(picker.kept) >= max_cards:
            break
        picker.offer(c)
    # Room left (a short passage, or a generous --max-cards): more gaps and cards
    # per sentence, so a short passage gets a card for each fact it states;
    # still one card per fact. These come after the first choices: a second gap
    # in one sentence is worth less than a first card on another.
    first = sorted(picker.kept, key=_best_first)
    if not fill:
        # a default deck leaves out gaps scoring far below its best gap: side remarks
        # deep in a long article (a ceremony's song, a near miss in a match)
        best_cloze = max((c.score for c in first if c.type == "cloze"), default=0.0)
        kept = [c for c in first if c.type != "cloze" or c.score >= cloze_floor * best_cloze]
        # ... but a thin deck keeps its best gaps up to about one card per 100 words
        floor_keep = math.ceil(max_cards / (CARDS_PER_100_WORDS or 1))
        if len(kept) < floor_keep:
            dropped = [c for c in first if c not in kept]  # already best first
            back = {c.id for c in dropped[:floor_keep - len(kept)]}
            kept = [c for c in first if c in kept or c.id in back]
        # no weak gap, however thin the deck (an article with nothing else keeps its best
        # card), but for one: a deck with no strong gap keeps its best, so that it still
        # has a sentence to complete
        strong = [c for c in kept if c.type != "cloze" or c.score >= cloze_min_score]
        if not any(c.type == "cloze" for c in strong):
            best_gap = next((c for c in kept if c.type == "cloze"), None)
            strong = [c for c in kept if c in strong or c is best_gap]
        return strong or kept[:1]
    picker.max_numbers = 10 ** 6
    if len(picker.kept) < max_cards:
        picker.clozes_per_sentence, picker.max_per_sentence = 3, 2 * MAX_PER_SENTENCE
        picker.max_per_answer = MAX_PER_ANSWER
        if sized:
            picker.no_giveaways = False
        else:
            picker.no_repeated_gaps = True
        picker.max_per_family = 10 ** 6
        for c in ordered:
            if len(picker.kept) >= max_cards:
                break
            picker.offer(c)
    # Still room (a --max-cards larger than the article): every remaining distinct
    # fact, however many share a sentence.
    if len(picker.kept) < max_cards and sized:
        picker.clozes_per_sentence = picker.max_per_sentence = 10 ** 6
        for c in ordered:
            if len(picker.kept) >= max_cards:
                break
            picker.offer(c)
    extra = sorted(picker.kept[len(first):], key=_best_first)
    if len(picker.kept) < max_cards and sized:
        for c in minor_cards:
            if len(picker.kept) >= max_cards:
                break
            picker.offer(c)
    return first + extra + picker.kept[len(first) + len(extra):]
