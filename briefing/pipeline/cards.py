"""Cards: ``list[Fact]`` -> candidate ``Card`` objects, through the pack's templates.

How a question is formed comes from the pack's ``question_style``:
- ``front`` (Indonesian): the clause keeps its order, the question word goes first
  (``Kapan`` + clause) or stays in place (``... berapa pejuang ...``);
- ``invert`` (English): an auxiliary moves before the subject, or do-support puts
  ``did`` first and the verb back to its base form, known from ``verbs.yaml``;
  where that is not safe, no question is made and the cloze card stands in;
- ``none``: cloze cards only.
Multiple choice takes distractors of the answer's kind from the article, never an
alias or a part of the answer; with too few, the card stays a plain question.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections import Counter

from .. import regex as rx
from ..ids import card_id, normalise
from ..lang import LanguagePack
from ..models import Card, Fact, Mention, Sentence
from .facts import FULL_ARTICLE_SENTENCES
from .mentions import lexicon
from .textutil import prefix_abbreviation

FAMILY_TYPE = {"acronym": "definition", "role_reverse": "definition", "define": "definition", "cloze": "cloze"}
#: Families whose entity answers become multiple choice when distractors exist.
CHOICE_FAMILIES = {"where", "when"}


_SPACE_RUN = rx.compile(r"[ \t]{2,}")


def _squash(text: str) -> str:
    """Runs of spaces (left by a line break inside a sentence) become one."""
    return _SPACE_RUN.sub(" ", text)


def _is_acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def _cap_first(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _fill(template: str, slots: dict[str, str]) -> str | None:
    try:
        text = template.format(**slots)
    except (KeyError, IndexError, ValueError):
        return None
    text = rx.sub(r"\s+", " ", text).strip()
    text = rx.sub(r"\s+([?,.])", r"\1", text)
    text = rx.sub(r"(?<=\w)[.,;:]+\?$", "?", text)  # "... tiga tahun terakhir.?": the clause kept its stop
    text = rx.sub(r"(?<=\b[a-z]\.[a-z])\?$", ".?", text)  # "... walked out at 4 a.m.?": a dotted abbreviation
    # keeps its last full stop
    return _cap_first(text)


def _fillers(pack: LanguagePack) -> re.Pattern[str] | None:
    """The pack's ``grammar.question_fillers`` as one pattern, built once per pack."""
    if ("question_fillers",) not in pack._cache:
        words = [str(w) for w in pack.get("grammar", "question_fillers", []) or []]
        pack._cache[("question_fillers",)] = rx.compile(
            rf"(?<=\w)\s+(?:{'|'.join(map(re.escape, words))})(?=\s)", re.IGNORECASE) if words else None
    return pack._cache[("question_fillers",)]


def _canonical(aliases: dict[str, str], text: str) -> str:
    """A place or country's one form: its alias resolved ("UK" -> "United Kingdom"), normalised."""
    return normalise(aliases.get(text.casefold(), text))


def _pack_places(pack: LanguagePack) -> tuple[dict[str, str], list[str], frozenset[str], frozenset[str]]:
    """The pack's aliases (case-folded keys), its places and subnational places, and the
    canonical forms (``CardMaker.canonical``) of its countries and of those places: built
    once per pack, not once per article (some 500 canonical forms each time)."""
    key = ("card_places",)
    if key not in pack._cache:
        aliases = {str(k).casefold(): str(v) for k, v in (pack.get("roles", "aliases", {}) or {}).items()}
        places = [str(p) for p in (pack.get("roles", "places", []) or []) +
                  (pack.get("roles", "subnational_places", []) or [])]
        countries = frozenset(_canonical(aliases, str(c)) for c in pack.get("roles", "countries", []) or [])
        pack._cache[key] = (aliases, places, countries, frozenset(_canonical(aliases, p) for p in places))
    return pack._cache[key]  # type: ignore[no-any-return]


class English:
    """Auxiliary inversion and do-support, from the pack's verb data."""

    def __init__(self, pack: LanguagePack) -> None:
        self.aux = {str(a) for a in pack.get("grammar", "auxiliaries", []) or []}
        self.number_words = {str(w).casefold() for w in (pack.get("numbers", "words", {}) or {})}
        self.not_verbs = pack.wordset("grammar", "not_verbs")
        self.coordinators = pack.wordset("grammar", "coordinators")
        self.irregular = {str(k): str(v) for k, v in (pack.get("verbs", "irregular_past", {}) or {}).items()}
        self.bases = {str(b) for b in pack.get("verbs", "base_forms", []) or []} | set(self.irregular.values())
        self.determiners = {str(d) for d in pack.get("grammar", "determiners", []) or []} | {
            str(a) for a in pack.get("grammar", "articles", []) or []}
        self.possessives = {str(p) for p in pack.get("grammar", "possessives", []) or []}
        self.approximators = {str(a).split()[0].casefold() for a in pack.get("numbers", "approximators", []) or []}
        self.possession = {str(p).casefold() for p in pack.get("grammar", "possession_verbs", []) or []}
        self.expletives = {str(p).casefold() for p in pack.get("grammar", "expletives", []) or []}
        self.agent_words = {str(p).casefold() for p in pack.get("grammar", "passive_agent", []) or []}
        self.nonfinite = pack.wordset("grammar", "nonfinite_markers")
        self.relatives = {str(p).casefold() for p in pack.get("grammar", "relative_pronouns", []) or []}
        self.preps = {str(p).casefold() for p in pack.get("dates", "prepositions", []) or []}
        # words that open a noun phrase ("at | privately owned mines", "the | newly built homes")
        self.phrase_openers = self.preps | pack.wordset("grammar", "dangling_words") | \
            {d.casefold() for d in self.determiners}
        self.noun_openers = self.phrase_openers - self.nonfinite  # (a word after "to" may be a verb)
        self.indefinite = {str(a).casefold() for a in pack.get("grammar", "indefinite_articles", []) or []}
        self.reporting = {str(v).casefold() for v in pack.get("roles", "reporting_verbs", []) or []}
        self.pronouns = pack.wordset("grammar", "pronouns")
        self.clause_verbs = pack.wordset("verbs", "clause_verbs")

    def base_of(self, word: str) -> tuple[str, str] | None:
        """(do-form, base) of a finite verb, or None when unsure."""
        low = word.casefold()
        if low in self.irregular:
            return "did", self.irregular[low]
        if low.endswith("ed"):
            stem = low[:-2]
            for cand in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else "",
                         stem[:-1] + "y" if stem.endswith("i") else ""):
                if cand and cand in self.bases:
                    return "did", cand
            return None
        for suffix, add in (("ies", "y"), ("es", ""), ("s", "")):
            if low.endswith(suffix):
                cand = low[: -len(suffix)] + add
                if cand in self.bases:
                    return ("does", cand)
        return None

    def invert(self, clause: str, simple_past: bool = True) -> str | None:
        """``clause`` as a question's clause: its auxiliary first, or do-support. With
        ``simple_past``, a past perfect becomes a simple past ("had offered" -> "did ...
        offer"); "Since when had X stood?" keeps it."""
        words = clause.split()
        if len(words) < 2:
            return None
        # an auxiliary within reach is the verb: "three of his best-known works were published"
        aux_at = next((i for i, w in enumerate(words[1:8], start=1) if w.casefold() in self.aux), None)
        if aux_at is not None:
            return self._invert_at(words, aux_at, simple_past)
        reach = 6
        for i, w in enumerate(words[1:], start=1):
            if words[i - 1].casefold() in self.determiners | self.possessives:
                continue  # "his works", "the plans": a noun after its determiner
            if w[:1].islower() and words[i - 1].casefold() in self.noun_openers:
                continue  # "Exports of watches priced ... dropped": a noun after its preposition, not the
                # verb ("By how much does exports of watch ...?", round 90)
            if any((x[:1].isdigit() or x.casefold() in self.number_words) and
                   not (rx.fullmatch(r"\d{4},?", x) and k > 0 and words[k - 1].casefold() in self.preps)
                   for k, x in enumerate(words[:i]) if k >= i - 2):
                continue  # "Two earlier attempts": a noun after a count, not "does ... attempt" (but "in
                # 1712 | sold": a year after its preposition counts nothing)
            if w[:1].islower() and w.casefold().endswith("ed") and words[i - 1].casefold().endswith("ly") and \
                    i >= 2 and words[i - 2].casefold() in self.phrase_openers and \
                    i + 1 < len(words) and words[i + 1][:1].islower() and \
                    words[i + 1].casefold() not in self.preps | self.determiners | self.aux:
                continue  # "Production at privately owned mines fell": a participle between an adverb and
                # its noun, not the verb ("By how much did production at privately own mines fell?"; but
                # "England formally declared war": no noun phrase opens before the adverb)
            if words[i - 1].casefold() in self.nonfinite:
                reach = i + 4  # ... and the verb comes after its phrase
                continue  # "the last meteorite to be recovered ... fell": the infinitive's participle
            form = self.base_of(w)
            if form is None and w in self.clause_verbs and words[i - 1].casefold() not in self.aux:
                form = ("do", w)  # "Investigators believe the group sold ...": "do investigators believe
                # the group sold ...?", the reported clause keeps its tense (round 91)
            if form is not None and form[0] == "does" and i + 1 < len(words) and words[i + 1].casefold() in self.aux:
                return self._invert_at(words, i + 1, simple_past)  # "The first cooling centers under the new
                # rules | are expected": a plural noun, then the auxiliary beyond the first reach (round 114:
                # "When does the first cooling centers under the new rule are expected to open?")
            if form is not None and form[0] == "does" and i + 1 < len(words):
                after = self.base_of(words[i + 1])
                if after is not None and after[0] == "did":
                    continue  # "opinion polls showed ...": a plural noun, then the verb
                if any(x.casefold() in self.noun_openers for x in words[1:i]) and \
                        any(x[:1].islower() and x.endswith("ed") and (f2 := self.base_of(x)) is not None and f2[0] == "did"
                            for x in words[i + 1:i + 8]) and \
                        not any(x.casefold() in self.aux | self.relatives for x in words[i + 1:i + 8]):
                    continue  # "Patients with suspected heart attacks and strokes in England waited ...": a
                    # plural noun in a phrase after the subject, the past verb after it (round 94: "When
                    # does patients ... waited ...?")
            if form is not None and form[0] == "did" and i + 1 < len(words) and words[i + 1].casefold() in self.agent_words:
                if i >= 2 and words[i - 1][:1].islower() and w[:1].islower():
                    reach = i + 7  # "a violin made by Antonio Stradivari in 1712 | sold": a participle after
                    continue  # its noun, and the verb comes after the agent
                return None  # "sung to the tune Ibstone composed by ...": a participle, not the verb
            if form is not None and form[0] == "did" and i >= 2 and w[:1].islower() and \
                    words[i - 1][:1].islower() and w.casefold() not in self.reporting and \
                    i + 1 < len(words) and words[i + 1].casefold() in self.preps and \
                    (main := next((j for j in range(i + 2, min(len(words), i + 7))
                                   if words[j][:1].islower() and not words[j - 1].endswith(",") and
                                   words[j - 1].casefold() not in self.aux | self.pronouns and
                                   (f := self.base_of(words[j])) is not None and f[0] == "did"), None)):
                reach = main  # "A public consultation held | in the autumn | received 3,400 responses":
                continue  # a participle after its noun, and the verb comes after its phrase
            if form is not None:
                if any(x in self.relatives for x in words[1:i]):
                    return None  # (as above: a verb of a relative clause)
                if form[0] == "does" and any(x.casefold() in self.aux and y.casefold() == "been"
                                             for x, y in zip(words[i + 1:], words[i + 2:])):
                    return None  # "comedy shows and Premier League matches through social media | has been
                    # jailed": a plural noun, the verb after it (round 141: "How long does comedy shows
                    # and Premier League match ... has been jailed ...?")
                if any(x.casefold() in self.coordinators and y[:1].islower() and (yf := self.base_of(y)) is not None
                       and yf[0] == form[0] for x, y in zip(words[i + 1:], words[i + 2:])):
                    return None  # "Dylan grew up in Hibbing and moved to New York": a second
                    # predicate would keep its tense ("When did Dylan grow up ... and moved ...?")
                second = next((k for k in range(i + 1, len(words) - 2)
                               if words[k].casefold() in self.coordinators and
                               rx.fullmatch(r"[a-z]+[^s]s", words[k + 1]) and
                               (words[k + 2][:1].isdigit() or words[k + 2].casefold() in
                                self.determiners | self.possessives | self.approximators)), None)
                # ... or a clause of its own: "Brightwater operates 14 plants in the United States and Canada
                # | and Calder operates 9" (a capitalised subject, then a verb; round 110)
                own = next((k for k in range(i + 1, len(words) - 2)
                            if words[k].casefold() in self.coordinators and rx.fullmatch(r"[A-Z][\w'’-]*", words[k + 1])
                            and words[k + 1].casefold() not in self.pronouns and
                            (verb := self.base_of(words[k + 2])) is not None and verb[0] == form[0]), None)
                if own is not None and (second is None or own < second):
                    second = own
                if form[0] == "does" and second is not None:
                    words = words[:second]  # "Brookvale employs about 210 people | and processes around 350
                    # million litres": a second predicate in the present, a verb the pack does not list, is
                    # a fact of its own ("How many people does Brookvale employ and processes ...?", round 108)
                if form[0] == "did" and words[0].casefold() in self.indefinite and w.casefold().endswith("ed") and \
                        i + 1 < len(words) and words[i + 1].casefold() in self.preps:
                    return None  # "a result published in the journal Nature": a participle after a
                    # noun, not its verb ("When did a result publish in ...?")
                subj = self._subject(words[:i])
                return " ".join([form[0], subj, form[1], *words[i + 1:]])
            if w[:1].islower() and w.casefold().endswith("ed") and len(w) > 4 and \
                    words[i - 1].casefold() not in self.aux and w.casefold() not in self.not_verbs and \
                    w.casefold() not in self.number_words:
                return None  # "opinion polls showed ... split": a past verb not in the list; the
                # next one would be inverted around it ("When did opinion polls showed ...?")
            if i > reach:
                break
        return None

    def _invert_at(self, words: list[str], aux_at: int, simple_past: bool) -> str | None:
        """The clause ``words`` inverted around its auxiliary at ``aux_at`` (see ``invert``)."""
        nxt = words[aux_at + 1].casefold() if aux_at + 1 < len(words) else ""
        if words[aux_at].casefold() in self.possession and (nxt in self.determiners | self.possessives):
            return None  # "Victoria has a written constitution enacted": "has" is the verb, not an auxiliary
        if aux_at > 1 and words[aux_at - 1].casefold() in self.expletives:
            return None  # "Eight years later there were ...": "were eight years later there ..."
        if words[aux_at - 1].casefold() in self.coordinators:
            return None  # "has funded LIGO since the 1990s and has invested ...": a second predicate
        if any(w.casefold() in self.coordinators and nx.casefold() in self.aux
               for w, nx in zip(words[aux_at + 1:], words[aux_at + 2:])):
            return None  # "have been fitted with ear tags and will be monitored ... for at least five years":
            # a second predicate with an auxiliary of its own, which the first one's inversion leaves
            # standing ("How long have the animals been fitted ... and will be monitored?", round 131)
        if any(w.casefold() in self.reporting for w in words[1:aux_at]):
            return None  # "the LGA said the money had helped ...": the auxiliary is the reported
            # clause's, and "did the LGA said the money help" no question
        if any(w in self.relatives for w in words[1:aux_at]):  # (as written: "WHO" is a body)
            return None  # "the first time that contenders had been tied": the auxiliary is the
            # relative clause's, and the words before it no subject
        if simple_past and words[aux_at].casefold() == "had" and nxt and (form := self.base_of(words[aux_at + 1])) is not None \
                and form[0] == "did" and form[1] != nxt:
            # "a collector had offered the painting ...": "When did a collector offer ...?" (the
            # past perfect reads stiff in a question of its own)
            return " ".join(["did", self._subject(words[:aux_at]), form[1], *words[aux_at + 2:]])
        return " ".join([words[aux_at].casefold(), self._subject(words[:aux_at]), *words[aux_at + 1:]])

    def _subject(self, words: list[str]) -> str:
        if words and words[0].casefold() in self.determiners:
            words = [words[0].casefold(), *words[1:]]
        return " ".join(words)


class CardMaker:
    def __init__(self, pack: LanguagePack, article_key: str, sentences: list[Sentence],
                 mentions: list[Mention]) -> None:
        self.pack = pack
        self.key = article_key
        self.sentences = {s.index: s for s in sentences}
        self.style = str(pack.get("meta", "question_style", "none"))
        self.english = English(pack) if self.style == "invert" else None
        self.fillers = _fillers(pack)
        self.event_preps = {str(w).casefold() for w in pack.get("dates", "event_prepositions", []) or []}
        self.change_verbs = pack.wordset("numbers", "change_verbs")
        self.figure_qualifiers = pack.wordset("numbers", "figure_qualifiers")
        self.stranded = pack.wordset("questions", "stranded_prepositions")
        self.rate_words = pack.wordset("numbers", "rate_words")
        self.units = pack.wordset("numbers", "units")
        self.demonstratives = pack.wordset("grammar", "demonstratives") - pack.wordset("grammar", "anaphoric_demonstratives")
        self.time_nouns = pack.wordset("grammar", "time_nouns") | pack.wordset("numbers", "period_units")
        self._topic_words: set[str] | None = None  # (see ``topic_words``)
        self.relatives = pack.wordset("grammar", "relative_pronouns")
        #: the words of the title and of the lead: a noun of theirs after a demonstrative says which
        #: ("proyek ini" under "Proyek pabrik pipa baja di Gresik"; "banjir itu" after a lead on the flood)
        first = min(sentences, key=lambda x: x.index) if sentences else None
        self.named_words: set[str] = {w.casefold() for w in rx.findall(r"[^\W\d_][\w-]*", first.text)} if first else set()
        self.definite = {str(w).casefold() for w in pack.get("grammar", "definite_articles", []) or []}
        self.aliases, self.places, self.countries, self.known_places = _pack_places(pack)
        self.lower_vocab = {w.casefold() for s in sentences for w in rx.findall(r"\b[a-z]\w*", s.text)}
        # words known to be names: typed mentions and names of several words
        self.name_words = {w for m in mentions
                           if m.kind in {"person", "organisation", "place", "acronym"} or " " in m.text
                           for w in m.text.split()}
        # words written with a capital away from a sentence start ("British")
        self.name_words |= {w for s in sentences for w in rx.findall(r"(?<=[\w,;] )[A-Z]\w+", s.text)}
        # ... of which those found only inside a longer body's name are common words there
        # ("Namibian Environmental Alliance": "Environmental groups have raised concerns")
        alone = {m.text for m in mentions if " " not in m.text and m.start > 0} | \
            {w for m in mentions if m.kind == "person" for w in m.text.split()} | \
            {w for s in sentences for w in rx.findall(r"(?<=[\w,;] )[A-Z]\w+(?= [a-z(]|[,.;:]|$)", s.text)}
        self.inner_words = {w for m in mentions if m.kind in {"organisation", "name"} and " " in m.text
                            for w in m.text.split()[1:-1]} - alone
        # ... and adjectives of peoples and places ("French", "Italian")
        self.titles = lexicon(pack).title_set
        self.proper_adjectives = {str(w).casefold() for w in pack.get("roles", "proper_adjectives", []) or []}
        self.adjective_endings = tuple(str(w).casefold() for w in pack.get("roles", "proper_adjective_endings", []) or [])
        self.pools = self._pools(mentions)
        # a person the sentence names by one word ("Asep mengatakan ...") and the article in full
        # earlier ("Asep Hidayat"): a question, shown without the article, names them in full
        self.short_names: dict[int, list[tuple[str, str]]] = {}
        lex_ = lexicon(pack)

        def not_name(word: str) -> bool:
            cf = word.casefold()
            return cf in lex_.org_heads or cf in lex_.place_heads or cf in lex_.title_set or cf in self.lower_vocab

        bodies = {m.text for m in mentions if m.kind in {"organisation", "acronym", "place"}}
        given = pack.wordset("roles", "given_names")
        # (people for sure: an office's holder, or a name that opens on a given name the pack lists)
        fulls = {m.value for m in mentions if m.kind == "role" and m.value} | {
            m.value or m.text for m in mentions if m.kind == "person" and 2 <= len((m.value or m.text).split()) <= 4
            and (m.value or m.text).split()[0].casefold() in given}
        fulls = {f for f in fulls if " " in f and not any(w in bodies or not_name(w) for w in f.split())}
        for m in mentions:
            if m.kind in {"person", "name"} and " " not in m.text and m.text[:1].isupper() and m.text not in bodies:
                owners = [f for f in fulls if m.text in (f.split()[0], f.split()[-1])]
                if len(owners) == 1:
                    self.short_names.setdefault(m.sentence, []).append((m.text, owners[0]))
        self.date_keys = {m.text: (m.value or "~").split("|")[0] for m in mentions if m.kind == "date"}
        self.anaphoric_verbs = tuple(f" {str(v).casefold()}" for v in pack.get("grammar", "anaphoric_verbs", []) or [])
        self.full_text = " ".join(s.text for s in sentences)
        self.first_person = {str(w).casefold() for w in pack.get("grammar", "first_person", []) or []}
        # ("three days of mourning | starting on Monday": a time phrase ends the noun)
        self.date_preps = {str(w).casefold() for w in pack.get("dates", "prepositions", []) or []}
        # "last", "next": a date opens after them ("bonds | next Tuesday")
        self.date_determiners = pack.wordset("dates", "month_determiners")

    @property
    def topic_words(self) -> set[str]:
        """The words the article writes three times or more: its topic (counted when first asked)."""
        if self._topic_words is None:
            counts = Counter(w.casefold() for s in self.sentences.values()
                             for w in rx.findall(r"[^\W\d_][\w-]*", s.text))
            self._topic_words = {w for w, n in counts.items() if n >= 3}
        return self._topic_words

    def points_back(self, question: str) -> bool:
        """``question`` names a thing by a demonstrative after its noun ("pulau itu"), not a
        time ("saat ini", "tahun itu": grammar.time_nouns); only where demonstratives follow
        the noun."""
        if self.pack.get("grammar", "modifiers_precede_noun", False) or not self.demonstratives:
            return False
        # (every pair of neighbours: a match that took its second word would hide the next pair's
        # first, "untuk festival | itu", once a word was inserted before it; round 123)
        for m in rx.finditer(r"(?<![\w-])([^\W\d_][\w-]*)\s+(?=(\w+)\b)", question):
            noun = m.group(1)
            before = question[:m.start()].split()[-6:]
            rel = max((i for i, w in enumerate(before) if w.casefold() in self.relatives), default=-1)
            if rel >= 1:
                noun = before[rel - 1]  # "jembatan yang menghubungkan dua desa | itu": the demonstrative closes
                # the noun the relative clause tells of
            if m.group(2).casefold() in self.demonstratives and noun.islower() and \
                    noun.casefold() not in self.time_nouns and noun.casefold() not in self.pack.stopwords \
                    and noun.casefold() not in self.topic_words and noun.casefold() not in self.named_words and \
                    not rx.search(rf"(?<!\w){re.escape(noun.capitalize())}\s+[A-Z]", question):
                return True  # (but "pertemuan itu" where the meeting is what the article is about, and
                # "Pemerintah Kota Makassar ... di kota itu": the question names the city)
        return False

    # ---------------------------------------------------------- distractors
    def canonical(self, text: str) -> str:
        return _canonical(self.aliases, text)

    def _pools(self, mentions: list[Mention]) -> dict[str, list[str]]:
        pools: dict[str, Counter[str]] = {}
        first: dict[str, int] = {}
        for i, m in enumerate(mentions):
            kind = {"acronym": "organisation"}.get(m.kind, m.kind)
            if kind not in {"person", "organisation", "place", "date"}:
                continue
            if kind == "date" and not rx.search(r"\d", m.text):
                continue
            label = m.value if kind == "person" and m.value else m.text
            pools.setdefault(kind, Counter())[label] += 1
            first.setdefault(label, i)
        return {k: sorted(c, key=lambda x: (-c[x], first[x])) for k, c in pools.items()}

    @staticmethod
    def _date_fits(answer: str, cand: str) -> bool:
        """A date distractor: known, not the same day, within 25 years of the answer."""
        if not answer or not cand or answer.startswith("~") or cand.startswith("~"):
            return False
        if len(answer) != len(cand):
            return False  # a year among full dates, a month among days: it stands out
        if answer[:10] == cand[:10] and len(answer) >= 10 and len(cand) >= 10:
            return False
        return abs(int(answer[:4]) - int(cand[:4])) <= 25

    def _choosable(self, fact: Fact) -> bool:
        """Options make sense for one known place, or one date with its year."""
        if rx.search(r"\s(?:dan|and)\s|,", fact.answer):
            return False  # "Tel Aviv and Chicago": two answers in one
        if fact.answer_kind == "place":
            return self.canonical(fact.answer) in self.known_places
        if fact.answer_kind == "date":
            return not self.date_keys.get(fact.answer, "~").startswith("~")
        return True

    def distractors(self, fact: Fact, question: str, n: int = 3) -> list[str]:
        answer_c = self.canonical(fact.answer)
        answer_parts = {self.canonical(p) for p in rx.split(r"\s+(?:dan|and|,)\s+", fact.answer)}
        taken = {answer_c} | answer_parts
        out: list[str] = []
        q_norm = f" {normalise(question)} "
        a_key = self.date_keys.get(fact.answer, "")
        for cand in self.pools.get(fact.answer_kind, []):
            c = self.canonical(cand)
            if not c or c in taken or c in answer_c or answer_c in c:
                continue
            if f" {normalise(fact.answer)} " in f" {normalise(cand)} " or f" {normalise(cand)} " in f" {normalise(fact.answer)} ":
                continue  # "Sumatera Selatan" lies in "Sumatera" (whose canonical name is "Sumatra")
            if fact.answer_kind == "date" and (not self._date_fits(a_key, self.date_keys.get(cand, "")) or
                                               len(cand.split()) != len(fact.answer.split()) or
                                               _ends_on_digit(cand) != _ends_on_digit(fact.answer)):
                continue  # "Minggu (02/11) sore" among bare dates stands out; a decade ("2000s")
                # or a range among years is another grain, and "2000s" holds 2006
            if fact.answer_kind == "place" and (c not in self.known_places or
                                                (answer_c in self.countries) != (c in self.countries)):
                continue  # a city among countries stands out; an unknown name may be anything
            if f" {c} " in q_norm or f" {normalise(cand)} " in q_norm:
                continue
            if any(_shortens(cand, t) or _shortens(t, cand) for t in [fact.answer, *out]):
                continue  # "Sulsel" beside "Sulawesi Selatan": one place written two ways
            if fact.answer_kind == "place" and c not in self.countries and re.search(
                    rf"\b{re.escape(fact.answer)},\s+{re.escape(cand)}\b", self.full_text):
                continue  # "Makassar, Sulawesi Selatan": the region holds the answer, and is true too (but
                # "Pakistan, Rusia, China": a list of countries)
            taken.add(c)
            out.append(cand)
            if len(out) == n and fact.answer_kind != "date":
                break
        if fact.answer_kind == "date" and len(out) > n:
            # a date on each side of the answer when the article has one: a founding year among three
            # later ones is the only past one beside the article's plans (round 122: "When was Corvia
            # formed ...? 2011 / 2026 / 2027 / 2028")
            later = [d for d in out if self.date_keys.get(d, "") > a_key]
            earlier = [d for d in out if self.date_keys.get(d, "") < a_key]
            first = out[:n]
            if earlier and all(d in later for d in first):
                first[-1] = earlier[0]
            elif later and all(d in earlier for d in first):
                first[-1] = later[0]
            out = first
        return out[:n]

    # ---------------------------------------------------------- questions
    def _decap(self, clause: str) -> str:
        parts = clause.split(" ", 2)
        first = rx.sub(r"['’]s$", "", parts[0])  # "Holden's announcement": the name without 's
        second = parts[1] if len(parts) > 1 else ""
        common = first.casefold() in self.pack.stopwords or (
            first.casefold() in self.lower_vocab and not second[:1].isupper()) or (
            first not in self.name_words and not _is_acronym(first) and not rx.search(r"\d", first) and
            not ("/" in first and all(w in self.name_words for w in first.split("/") if w)))
        # ("Arya/Dimas berhak ...": a pair of names joined by a slash keeps its capitals)
        # (a capitalised word with a figure in it names a thing: "Chandrayaan-3", "Covid-19")
        if first in self.inner_words and second[:1].islower() and not _is_acronym(first) and first[1:].islower():
            common = True  # "Environmental groups ...", the article's only other "Environmental"
            # inside "Namibian Environmental Alliance"
        if rx.search(r"['’]s$", parts[0]) and first.casefold() not in self.pack.stopwords:
            return clause  # "Holden's announcement": a possessive capital is a name
        if first.casefold() in self.proper_adjectives or (
                first.casefold().endswith(self.adjective_endings) and len(first) > 4 and
                first.casefold() not in self.lower_vocab and first.casefold() not in self.pack.stopwords):
            return clause  # "French regular army reinforcements", "Italian troops"
        if first.casefold().rstrip(".") in self.titles and second[:1].isupper():
            return clause  # "Gubernur Rahmat Hidayat": a title before a name keeps its capital
        if second[:1].isupper() and any(self.canonical(" ".join(clause.split()[:k]).rstrip(",.;:")) in self.known_places
                                        for k in (2, 3, 4)):
            return clause  # "New Zealand adopted ...", "New South Wales created ...": a place opening on a
            # function word
        if second[:1].isupper() and first.casefold().endswith("ing") and first[1:].islower() and \
                any(self.canonical(" ".join(clause.split()[1:k]).rstrip(",.;:")) in self.known_places for k in (2, 3, 4)):
            return first.casefold() + clause[len(first):]  # "Neighbouring Argentina passed ...": a word opening
            # the sentence before a place (round 118: "When did Neighbouring Argentina pass ...?")
        if rx.match(r"(?:[A-Z][\w-]*\s+)+\([A-Z][A-Za-z]{1,9}\)", clause):
            return clause  # "Jambore Nasional (Jamnas) XII ...": a run of capitals a short form in brackets
            # follows is a name (round 87)
        if first and first[0].isupper() and common:
            return first.casefold() + clause[len(first):]
        return clause

    def _template_words(self, name: str) -> list[str]:
        """The question words a template writes itself ("berapa" of "{before} berapa {noun} {after}?"),
        built once per pack and template."""
        key = ("template_words", name)
        if key not in self.pack._cache:
            tpl = self.pack.template(name) or self.pack.template("quantity") or ""
            self.pack._cache[key] = [w.casefold() for w in re.findall(r"(?<![{\w])[^\W\d_]{4,}(?![\w}])", tpl)]
        return self.pack._cache[key]  # type: ignore[no-any-return]

    def _one_preposition(self, q: str) -> str:
        """A preposition written twice in a row is written once: "How much did the backlog stand at | at
        the end of June?" (a verb's particle, then the time's preposition; round 120)."""
        key = ("doubled_prepositions",)
        if key not in self.pack._cache:
            preps = [str(p) for p in self.pack.get("dates", "prepositions", []) or []] + \
                [str(p) for p in (self.pack.get("roles", "place_prepositions", {}) or {})]
            words = sorted({p for p in preps if " " not in p}, key=lambda w: (-len(w), w))
            self.pack._cache[key] = rx.compile(rf"(?<!\w)({'|'.join(map(re.escape, words))})\s+\1(?!\w)",
                                               re.IGNORECASE) if words else None
        doubled = self.pack._cache[key]
        return doubled.sub(r"\1", q) if doubled is not None else q

    def question(self, fact: Fact) -> str | None:
        slots = dict(fact.slots)
        tpl = self.pack.template(slots.get("template", fact.family)) or self.pack.template(fact.family)
        if fact.family == "quantity" and slots.get("measure") in {"money", "percent"}:
            own = self.pack.template(f"quantity_{slots['measure']}")
            if own is not None:
                tpl = own
            elif self.english is not None:
                return None  # "How many % ..." is not English
        if fact.family == "cloze" or tpl is None:
            return None
        if fact.family == "where" and self.english is not None and not slots.get("verb_last"):
            return None  # inversion would move the wrong verb
        if fact.family == "role":
            det = self.pack.get("questions", "role_determiner")
            role = slots.get("role", "")
            words = role.split()
            if len(words) > 1 and words[0][:1].isupper() and all(w[:1].islower() for w in words[1:]):
                # "Economy minister Heizo Takenaka said ...": the capital opened the sentence
                role = slots["role"] = self._decap(role)
            if det and role and not rx.match(r"(?:the|a|an|his|her|its|their)\b", role, re.IGNORECASE) and \
                    not rx.match(r"(?:[A-Z][^\s]*\s+){0,3}[A-Z][^\s]*['’]s\s", role):  # "Who is Odisha's chief
                # secretary?", "Who is British Rowing's chief executive?" (but "the women's head coach")
                slots["role"] = f"{det} {role}"  # "Who is the Microsoft CEO?", "Who is the mayor of X?"
        if fact.family in {"when", "where", "why"}:
            clause = self._decap(slots.get("clause", ""))
            if self._ambiguous_subject(clause):
                return None
            last = clause.split()[-1:]
            if self.english is not None and fact.family == "when" and last and \
                    last[0].casefold() in self.english.aux and slots.get("prep") not in self.event_preps:
                return None  # "the nationalisation law was from 1962": "When was the nationalisation law?"
            if self.english is not None:
                perfect = fact.family == "when" and slots.get("prep", "") in (
                    self.pack.get("dates", "preposition_questions", {}) or {})
                inv = self.english.invert(clause, simple_past=not perfect)
                if inv is None:
                    return None
                if fact.family == "why" and inv.split()[0] in {"do", "does"}:
                    return None  # "groups increasingly target objects": the present tense of a plural
                    # is where the inversion goes wrong ("why does ... target object ...?")
                clause = inv
            slots["clause"] = clause
            if fact.family == "when":
                preps = self.pack.get("dates", "preposition_questions", {}) or {}
                q = preps.get(slots.get("prep", ""))
                if q:
                    return _fill(f"{q} {{clause}}?", slots)
        if fact.family == "quantity":
            if self.english is not None:
                before, after = slots.get("before", ""), slots.get("after", "")
                of = self.pack.get("questions", "noun_complement", "") or ""
                words = after.split()
                if slots.get("noun") and len(words) >= 2 and words[0].isalpha() and words[0].islower() and \
                        words[0].endswith("s") and not words[0].endswith("ss") and \
                        words[0] not in self.pack.stopwords and self.english.base_of(words[0]) is None and \
                        slots["noun"].casefold().endswith("s"):
                    # "more than 2,300 measles | cases since ...": a plural noun right after the counted one is
                    # the noun itself ("How many measles cases has ...?", round 102)
                    slots["noun"] = f"{slots['noun']} {words[0]}"
                    words = words[1:]
                    after = slots["after"] = " ".join(words)
                if of and slots.get("noun") and words[:1] == [of] and slots.get("measure") != "percent":
                    # (a share's "of" is asked with the share: see _share_question)
                    # "declared three days of mourning": "How many days of mourning did ...?",
                    # not "How many days did ... declare of mourning?"
                    k = 1 + (len(words) > 2 and words[1].casefold() in self.english.determiners)  # "of the"
                    start = k
                    while k < min(len(words), start + 3) and words[k].islower() and \
                            words[k].rstrip(",") not in self.pack.stopwords and \
                            self.english.base_of(words[k]) is None and words[k] not in self.date_preps and \
                            words[k] not in self.date_determiners:
                        k += 1
                        if words[k - 1].endswith(","):
                            break
                    if k > start and k + 1 < len(words) and words[k] in self.english.coordinators and \
                            words[k + 1].islower() and words[k + 1] not in self.pack.stopwords and \
                            self.english.base_of(words[k + 1]) is None:
                        k += 2  # "tonnes of baled plastic and cardboard": both are what was counted
                    if k == start:  # "covered 6,000 hectares of Lake Victoria's Winam Gulf": a name (round 91)
                        while k < min(len(words), start + 5) and words[k][:1].isupper():
                            k += 1
                            if words[k - 1].endswith(","):
                                break
                    if k > start:
                        slots["noun"] = f"{slots['noun']} {' '.join(words[:k]).rstrip(',')}"
                        after = slots["after"] = " ".join(words[k:])
                    elif before and before.casefold() not in self.english.determiners:
                        return None  # "How many hectares has ... covered of the lake?": an object's
                        # complement cannot stay behind when the object is fronted
                aw = after.split()
                if slots.get("noun") and len(aw) >= 2 and aw[0].casefold() in self.rate_words and aw[1].isalpha():
                    # "dropped to 1.15 children per woman": "How many children per woman did ... drop
                    # to?", not "... drop to per woman?" (round 93)
                    per = 2
                    if len(aw) >= 3 and ({f"{aw[1]} {aw[2]}".casefold(), f"{aw[1]} {aw[2]}s".casefold()} &
                                         self.units):
                        per = 3  # "22.1 euros per square metre": the unit's two words go together (round 116:
                        # "How many euros per square did average asking rents in Lisbon reach metre ...?")
                    slots["noun"] = f"{slots['noun']} {' '.join(aw[:per])}"
                    after = slots["after"] = " ".join(aw[per:])
                if slots.get("template") == "quantity_duration":
                    # "could be suspended for up to two years": the span is an adjunct, the
                    # whole clause is inverted around it ("How long could ... be suspended?")
                    if rx.search(r"\b(?:to|in order to)\s+[a-z]", before):
                        return None  # "has voted to stop issuing licences ... for at least three years":
                        # the span is the infinitive's, "How long has the council voted ...?" the vote's
                    inv = self.english.invert(self._decap(f"{before} {after}".strip()))
                    if inv is None:
                        return None
                    slots["clause"] = inv
                elif not before or before.casefold() in self.english.determiners:
                    if slots.get("measure") == "percent":
                        return None  # "of which 82 percent found buyers": "By how much found buyers?"
                    slots["clause"] = after  # the number is the subject
                else:
                    # only a direct object is safe to front: "The firm cut 1,200 jobs"
                    aw = after.split()
                    if aw and aw[0].islower() and aw[0].endswith("ed") and len(aw[0]) > 4 and slots.get("noun") and \
                            slots.get("measure") == "count":
                        if len(aw) > 9:
                            return None
                        # "arrested 14 people suspected of smuggling puppies": the participle's phrase
                        # is the object's, fronted with it (round 91; not "... arrested suspected of ...?")
                        slots["noun"] = f"{slots['noun']} {after}"
                        after = slots["after"] = ""
                    bw = before.split()
                    lead = next((k for k in range(len(bw) - 1, max(0, len(bw) - 3) - 1, -1)
                                 if bw[k].casefold() in self.english.determiners), None)
                    nxt = after.split()[:1]
                    if lead and all(w.casefold() in self.figure_qualifiers for w in bw[lead + 1:]) and \
                            self.english.base_of(bw[lead - 1]) is not None and \
                            bw[lead - 1].casefold() not in self.english.aux and \
                            not (nxt and nxt[0].islower() and nxt[0] not in self.pack.stopwords):
                        # (but "bought a £6.2m | estate": the figure describes the object, it is not it)
                        before = " ".join(bw[:lead])  # "raised | the full 30 billion pesos": the object's
                        # determiner and its adjective go with the figure asked for
                    last = before.split()[-1]
                    target = before.split()[-2:-1]
                    if last.casefold() == "to" and target and slots.get("measure") in {"money", "count"} and \
                            (base := self.english.base_of(target[0])) is not None and base[1] in self.change_verbs:
                        # "Operating profit fell to $412 million": "How much did operating profit fall
                        # to ...?", the level a change reached
                        inv = self.english.invert(self._decap(" ".join(before.split()[:-1])))
                        if inv is None or len(before.split()) > 8:
                            return None
                        slots["clause"] = f"{inv} to {after}".strip()
                        return _fill(tpl, slots)
                    if last.casefold() in self.stranded and target and slots.get("measure") in {"money", "count"} \
                            and self.english.base_of(target[0]) is not None and \
                            not any(w.casefold() in self.english.aux for w in before.split()) and len(before.split()) <= 10:
                        # "A violin made by Antonio Stradivari in 1712 sold for | 16.9 million pounds":
                        # "How many pounds did a violin ... sell for at an auction in London?"
                        text = self.sentences[fact.sentence].text
                        at = text.find(before)
                        if at > 0 and text[:at].rstrip()[-1:] in {'"', "”", "'", "’"}:
                            return None  # 'when the "Lady Blunt" | Stradivarius sold for': a name cut
                        inv = self.english.invert(self._decap(" ".join(before.split()[:-1])))
                        if inv is None:
                            return None
                        slots["clause"] = f"{inv} {last} {after}".strip()
                        return _fill(tpl, slots)
                    bw = before.split()
                    modal_base = len(bw) >= 2 and bw[-2].casefold() in self.english.aux and \
                        last.casefold() in self.english.bases and \
                        not any(self.english.base_of(w) for w in bw[:-2] + after.split())  # "repairs would cost | £4.2m" (not
                    # "officials estimated repairs would cost": the reporting verb's clause, inverted, tangles)
                    verb = self.english.base_of(last) or ((bw[-2], last.casefold()) if modal_base else None)
                    if verb is None or last.casefold() in self.english.aux:
                        return None
                    if slots.get("measure") == "percent" and (
                            verb[1] not in self.change_verbs or after.split()[:1] == [of]):
                        # "won 42% of the vote": a share of what the verb takes, not a change ("By how
                        # much ...?" is wrong); "What share of the vote did ... win?" where the pack has it
                        return self._share_question(fact, slots, before, after, of) \
                            if verb[1] not in self.change_verbs else None
                    if len(before.split()) > 8:
                        return None
                    owned = ""
                    if slots.get("measure") == "money" and of and after.split()[:1] == [of]:
                        # "will lose almost £4 million of public funding over ...": "How much public
                        # funding will ... lose over ...?", not "... lose of public funding" (review 100)
                        aw = after.split()
                        k = 1
                        while k < min(len(aw), 4) and aw[k].rstrip(",").isalpha() and aw[k].islower() and \
                                aw[k].rstrip(",") not in self.pack.stopwords and self.english.base_of(aw[k]) is None:
                            k += 1
                            if aw[k - 1].endswith(","):
                                break
                        if k == 1:
                            return None  # "£4 million of its budget": whose, the question cannot say
                        owned = " ".join(aw[1:k]).rstrip(",")
                        after = " ".join(aw[k:])
                    inv = self.english.invert(self._decap(f"{before} {after}".strip()))
                    if inv is None:
                        return None
                    slots["clause"] = f"{owned} {inv}" if owned else inv
            else:
                slots["before"] = self._decap(slots.get("before", ""))
                slots["subject"] = self._decap(slots.get("subject", ""))
        if fact.family == "identify":
            slots["term"] = self._decap(slots.get("term", ""))  # "Kota terbesar di Jawa Tengah": "Apa kota ..."
        if fact.family == "define":
            term = slots.get("term", "")
            if not any(w[:1].isupper() for w in term.split()[1:]):  # "Museum Agung Mesir" stays
                slots["term"] = self._decap(term)
        if fact.family == "agent" and self.english is not None and not slots.get("aux"):
            return None
        return _fill(tpl, slots)

    def _share_question(self, fact: Fact, slots: dict[str, str], before: str, after: str, of: str) -> str | None:
        """"Data centres consumed | 21 percent | of Ireland's metered electricity last year": "What share of
        Ireland's metered electricity did data centres consume last year?" (questions.quantity_share; found as
        a user on round 134's articles, where the share had only a cloze card)."""
        tpl = self.pack.template("quantity_share")
        aw = after.split()
        text = self.sentences[fact.sentence].text
        at = text.find(before)
        if tpl is None or not of or aw[:1] != [of] or len(before.split()) > 8 or at < 0 or \
                text[:at].strip(" \"“'‘") and not text[:at].rstrip().endswith(","):
            return None  # (the subject whole: not "Construction as | an industry comprises ...")
        k = 2 if len(aw) > 2 and aw[1].casefold() in self.english.determiners else 1  # "of | the vote"
        start = k
        while k < min(len(aw), start + 4) and rx.sub(r"['’]s$", "", aw[k].rstrip(",")).isalpha() and \
                aw[k].rstrip(",").casefold() not in self.pack.stopwords and aw[k] not in self.date_determiners and \
                self.english.base_of(aw[k]) is None:
            k += 1
            if aw[k - 1].endswith(","):
                break
        owned = " ".join(aw[1:k]).rstrip(",")
        if k == start or aw[k - 1].rstrip(",")[:1].isupper() or aw[k:k + 1] == [of] or \
                aw[1].casefold() in self.pack.wordset("grammar", "personal_possessives"):
            return None  # ("of | its budget": whose? "of Ireland's": of what of Ireland's? "of the gross domestic
            # product | of developed countries": the phrase goes on)
        inv = self.english.invert(self._decap(f"{before} {' '.join(aw[k:])}".strip()))
        if inv is None:
            return None
        return _fill(tpl, {**slots, "noun": owned, "clause": inv})

    def _ambiguous_subject(self, clause: str) -> bool:
        """"the treaty ..." where the article names two treaties: which one is asked?"""
        words = clause.split()
        if len(words) < 2 or words[0].casefold() not in self.definite or not words[1].islower():
            return False
        noun = words[1].casefold()
        if len(words) > 2 and words[2].islower() and words[2].casefold() not in self.pack.stopwords \
                and not words[2].endswith(("ed", "s")):
            return False  # "the treaty negotiations ...": a longer noun phrase says more
        # the names the article gives things of that kind: "Treaty of Rome", "Maastricht Treaty"
        cap = re.escape(noun[:1].upper() + noun[1:])
        names = set()
        for sent in self.sentences.values():
            for m in re.finditer(rf"(?:([A-Z][\w'’-]*)\s+)?\b{cap}s?\b(?:\s+of\s+(?:the\s+)?([A-Z][\w'’-]*)|"
                                 rf"\s+([A-Z][\w'’-]*))?", sent.text):
                name = m.group(1) or m.group(2) or m.group(3)
                if name and name.casefold() not in self.pack.stopwords:
                    names.add(name)
        return len(names) >= 2

    def cloze(self, fact: Fact) -> str | None:
        s = self.sentences[fact.sentence]
        if fact.answer_start < 0:
            return None
        ans = s.text[fact.answer_start:fact.answer_end]
        # (a conversion right after the gap, "{{A$18m}} (£9.2m)", would give it away: the card leaves it out)
        rest = fact.answer_end + int(dict(fact.slots).get("elide", "0") or 0)
        return f"{s.text[:fact.answer_start]}{{{{c1::{ans}}}}}{s.text[rest:]}"

    def _order(self, cid: str, options: list[str]) -> tuple[str, ...]:
        return tuple(sorted(options, key=lambda o: hashlib.sha256(f"{cid}|{o}".encode()).hexdigest()))

    def make(self, fact: Fact, base_score: float) -> Card | None:
        s = self.sentences[fact.sentence]
        cid = card_id(self.key, fact.family, fact.answer, fact.sentence)
        # the answer's kind is a tag too ("number", "person"): a learner can filter on it
        tags = tuple(dict.fromkeys(("briefing", self.pack.code, fact.family, fact.answer_kind or "",
                                    "headline" if fact.title_gives else "",
                                    "minor" if fact.minor else "")))
        tags = tuple(t for t in tags if t)
        if fact.family == "cloze":
            q = self.cloze(fact)
            if q is None:
                return None
            # (the answer squashed as the question is: "0×A  Bank Indonesia" gave the gap "A Bank
            # Indonesia" and the answer "A  Bank Indonesia", a case the property tests drew)
            return Card(cid, "cloze", _squash(q), _squash(fact.answer), _squash(s.text), "cloze", (),
                        tags, base_score, fact.sentence)
        q = self.question(fact)
        if q is None or not q.rstrip('"”').endswith("?") and not q.endswith("?"):
            return None
        q = self._one_preposition(q)
        if fact.family in {"when", "where"} and \
                re.search(rf"(?i)\s{re.escape(q.split()[0])}\b", q.split(" ", 1)[-1]):
            return None  # "When did Pistorius become a global star when he ran ...?": which when?
        if fact.family == "quantity":
            words = self._template_words(dict(fact.slots).get("template", "quantity"))
            if any(len(re.findall(rf"(?i)(?<!\w){re.escape(w)}(?!\w)", q)) > words.count(w) for w in set(words)):
                return None  # "... tarif promo sebesar berapa untuk jarak berapa pun?": the question word twice
                # (round 124)
        if fact.family in {"when", "where"} and self.anaphoric_verbs and \
                q.rstrip(" ?\"”").casefold().endswith(self.anaphoric_verbs):
            return None  # "When did the United States follow?": follow whom in what? (the verb
            # takes its object from the clause before, which the card leaves out)
        for short, full in self.short_names.get(fact.sentence, ()):
            if fact.family not in {"said", "role", "role_reverse"} and full not in q and \
                    full not in fact.answer and short not in fact.answer:
                at = re.search(rf"(?<![\w-]){re.escape(short)}(?![\w-])", q)
                if at and not (q[:at.start()].split()[-1:] and q[:at.start()].split()[-1].casefold() in self.titles):
                    q = q[:at.start()] + full + q[at.end():]  # (but "Presiden Ghani": the title says who)
        lead = dict(fact.slots).get("lead", "")
        if lead:
            # "In neighbouring Syria, how many people were reported killed?": the place or time
            # that opened the sentence stays in front
            slots_ = dict(fact.slots)
            opening = (slots_.get("before") or slots_.get("clause") or slots_.get("subject") or "").lstrip()
            first_ = q.split(" ", 1)[0]
            if opening[:1].islower() and first_[:1].isupper() and opening.split(" ", 1)[0] == first_[:1].lower() + first_[1:]:
                q = first_[:1].lower() + q[1:]  # "Sebelumnya, | gempa Cianjur ... menewaskan berapa orang?": the
                # clause's word in lower case as the article writes it (round 125: "Sebelumnya, Gempa Cianjur")
            q = f"{_cap_first(lead)}, {self._decap(q)}"
        if self.fillers is not None and fact.family != "said":
            # "Kapan Sharapova memang gagal ...?": a word that colours a statement, not a question
            q = self.fillers.sub("", q)
        if normalise(fact.answer) and f" {normalise(fact.answer)} " in f" {normalise(q)} ":
            return None  # the question gives its answer away
        q_words = set(_WORD_RE.findall(q))
        if fact.family != "said" and any(w.casefold() in self.first_person for w in q_words):
            return None  # "Luas panen ... kami perkirakan ...?": whose "we"? (a quotation turned question)
        if fact.answer_kind in {"person", "organisation"} and fact.family != "acronym" and any(
                len(w) > 2 and w[:1].isupper() and w.casefold() not in self.pack.stopwords and
                w in q_words for w in _WORD_RE.findall(fact.answer)):
            return None  # "Siapa yang menurunkan harga Shell Super ...? Shell Indonesia": a word of
            # the name stands in the question
        ctype = FAMILY_TYPE.get(fact.family, "question")
        choices: tuple[str, ...] = ()
        if fact.family in CHOICE_FAMILIES and fact.answer_kind in {"person", "place", "organisation", "date"} \
                and self._choosable(fact):
            ds = self.distractors(fact, q)
            if len(ds) == 3:
                ctype = "choice"
                choices = self._order(cid, [fact.answer, *ds])
        return Card(cid, ctype, _squash(q), fact.answer, _squash(s.text), fact.family, choices,
                    tuple(dict.fromkeys(tags + (ctype,))), base_score, fact.sentence)


def _shortens(short: str, long: str) -> bool:
    """``short`` is one word made of the first letters or syllables of each word of
    ``long``, in order: "Sulsel" for "Sulawesi Selatan", "Jabar" for "Jawa Barat"."""
    return " " not in short and short.isalpha() and len(long.split()) >= 2 and \
        prefix_abbreviation(short, long, every_word=True)


def _ends_on_digit(text: str) -> bool:
    return text.rstrip(" .)")[-1:].isdigit()


#: How fast a cloze card's score falls with its sentence's place in the article.
CLOZE_DEPTH_DECAY = 0.06
_WORD_RE = rx.compile(r"\w+")
#: An article of at least ``FULL_ARTICLE_SENTENCES`` sentences tells its news first (see ``_side_name``).
#: ... and a name it mentions once, past this share of its sentences, is a side detail.
SIDE_DEPTH = 0.4
#: A role ("Who is the Paris Mayor?") of someone the article names once is a side detail
#: from this share of its sentences on: the official who attended, commented or helped.
#: In reviews 27-37, teachers accepted 39% of the judgements of such role cards (83
#: cards), against 68% of those on people named once in an article's first half.
ROLE_SIDE_DEPTH = 0.5
#: Such a card's score is multiplied by this: under ``rank.MIN_SCORE`` as a rule, so a
#: default deck leaves it out and a bigger deck asked for keeps it.
SIDE_NAME_FACTOR = 0.3


def _side_name(f: Fact, n_sentences: int, words: Counter[str]) -> bool:
    """A question whose answer is a name the article mentions once, deep in a full
    article: the city a player was sold to, where a blogger lives, what a body cited once
    stands for. (Teachers accepted 52% of cards on such names in reviews 17-21, against
    71-81% of names in the first 40% of an article; of the questions among them that
    review 21 judged, 2 of 14 judgements were acceptances.) An acronym the article writes
    only where it defines it was one anywhere in a full article until round 130 (in reviews
    27-39 teachers accepted 36% of the judgements of 40 such cards in the first 40% of an
    article); in rounds 129 and 130, with the well-known acronyms long left out, both
    teachers accepted 19 of the 20 such definitions that a bigger deck added (38 of 40
    judgements), so it is a side name only past ``SIDE_DEPTH``, as any name used once."""
    depth = ROLE_SIDE_DEPTH if f.family in {"role", "role_reverse"} else SIDE_DEPTH
    if n_sentences < FULL_ARTICLE_SENTENCES or f.sentence < depth * n_sentences or \
            f.family in {"agent", "cloze"} or f.answer_kind in {"date", "number"}:
        return False  # (a gap keeps its sentence around it: gaps deep in an article decay by
        # CLOZE_DEPTH_DECAY)
    slots = dict(f.slots)
    name = slots.get("acronym") if f.family == "acronym" else \
        slots.get("person") if f.family == "role_reverse" else f.answer
    if not name or not name[:1].isupper() or any(ch.isdigit() for ch in name):
        return False
    # a person is named again by the surname; any other name stands no more often than its
    # rarest word (``words`` counts them once per article: a search per card would take
    # time growing with the square of the text)
    if f.answer_kind == "person" or f.family in {"role", "role_reverse"}:
        name = name.split()[-1]
    return min((words[w] for w in _WORD_RE.findall(name)), default=2) <= 1


def make_cards(facts: list[Fact], sentences: list[Sentence], mentions: list[Mention],
               pack: LanguagePack, article_key: str, scores: dict[int, float],
               asides: frozenset[int] = frozenset(), title: str = "") -> list[Card]:
    """One candidate card per fact that makes a well-formed question or cloze.

    ``scores`` maps sentence index to its centrality; a card's score is the fact's
    confidence times the family weight times that centrality. A card of one of
    ``ASIDE_FAMILIES`` on a sentence of ``asides`` is tagged ``aside``.
    """
    from .rank import ASIDE_FAMILIES
    maker = CardMaker(pack, article_key, sentences, mentions)
    maker.named_words |= {w.casefold() for w in _WORD_RE.findall(title)}
    weights = {"acronym": 1.0, "role": 1.0, "agent": 0.9, "when": 0.95, "where": 0.95,
               "quantity": 0.9, "actor": 0.8, "said": 0.75, "role_reverse": 0.55, "define": 0.9, "cloze": 0.7,
               "why": 0.85, "identify": 0.9}
    out: list[Card] = []
    words = Counter(w for s in sentences for w in _WORD_RE.findall(s.text))
    place_events = lexicon(pack).re_place_events
    side = [_side_name(f, len(sentences), words) for f in facts]
    # the officials a full article names once in its second half: a gap on one of them is
    # as much a side detail as the question who holds the office
    side_people = {(f.sentence, f.answer) for f, is_side in zip(facts, side) if is_side and f.family == "role"}
    names = {m.text for m in mentions if m.kind in {"person", "organisation", "name", "acronym", "place"}} | \
        {m.value for m in mentions if m.kind == "person" and m.value}
    for f, is_side in zip(facts, side):
        score = f.confidence * weights.get(f.family, 0.5) * (0.5 + 0.5 * scores.get(f.sentence, 0.5))
        if is_side or f.family == "cloze" and (f.sentence, f.answer) in side_people:
            score *= SIDE_NAME_FACTOR
        if maker.sentences[f.sentence].text[:1] in "\"“‘'«":
            score *= 0.7  # a quotation is colour, rarely the fact to learn
        if f.family == "cloze":
            # news puts what matters first: a gap deep in an article is mostly a side
            # detail (a near miss in a match, a ceremony's order), a question less so
            score *= 1.0 / (1.0 + CLOZE_DEPTH_DECAY * f.sentence)
        card = maker.make(f, score)
        if card is None:
            continue
        # minor questions (right, but little worth learning; a deck asked to be bigger has them):
        minor = (
            # where someone was met, a body is registered, a find was announced (see the
            # pack's grammar.place_events)
            f.family == "where" and place_events is not None and not place_events.search(card.question)
            # "Who is Raducanu? the first British woman to win ...", "Apa itu Lapindo Brantas?":
            # in news, a person or a body has more than the one description the sentence gives
            # (teachers accepted none of 7 such cards in reviews 31-42; of definitions of a
            # term, "Apa itu stunting?", 3 of 3; of a short passage's "William Farel was a
            # student of Lefevre who ...", 2 of 2)
            or f.family == "define" and dict(f.slots).get("term", "") in names and
            len(sentences) >= FULL_ARTICLE_SENTENCES
            # "Who showed little reaction as the verdict was read? Harvey Weinstein" under
            # "Weinstein convicted ...": past the lead, who did it is the man the whole article
            # is about (teachers accepted none of 10 such cards in reviews 27-41; the one on a
            # lead, "Who resigned as Zimbabwe's president on Tuesday?", they accepted)
            or f.family == "actor" and f.title_gives and f.sentence > 0
            # "Why will Australia's wheat harvest be ... smaller?" under "... after frost and dry
            # spring": the title gives the reason (round 92, both teachers rejected it)
            or f.family == "why" and f.title_gives
            # "... pelebaran jalan sepanjang 4,5 kilometer itu membutuhkan anggaran berapa?": a
            # question naming a thing by a demonstrative after its noun asks about the one the
            # article meant before (teachers accepted 6 of 18 judgements of such Indonesian
            # questions in reviews 45-60 whose noun the article writes fewer than three times,
            # against 633 of 1034 of the questions without a demonstrative)
            or card.type != "cloze" and maker.points_back(card.question))
        extra = ("minor",) * minor + ("aside",) * (f.sentence in asides and f.family in ASIDE_FAMILIES)
        out.append(dataclasses.replace(card, tags=card.tags + extra) if extra else card)
    # an article's lead that names an official by role and tells what they did ("South African
    # President Jacob Zuma resigned on Wednesday"): who did it is the news, who holds the
    # office a fact of general knowledge that the news may even have changed; the question
    # on the deed takes the role question's place (one card per answer and sentence). Not
    # further on, nor for what someone said: there the role is the better question ("Who
    # said search teams ...?" beside "Who is the Maui Police Chief?")
    reporting = {w.casefold() for w in pack.get("roles", "reporting_verbs", []) or []}
    done = {(f.sentence, f.answer) for f in facts if f.family == "actor" and f.sentence == 0 < len(sentences) - 1 and
            dict(f.slots).get("predicate", " ").split()[0].casefold() not in reporting}
    deeds = {(c.sentence, c.answer): i for i, c in enumerate(out)
             if c.family == "actor" and (c.sentence, c.answer) in done}
    for i, c in enumerate(out):
        j = deeds.get((c.sentence, c.answer), -1) if c.family == "role" else -1
        if j >= 0 and out[j].score < c.score:
            out[i], out[j] = (dataclasses.replace(c, score=out[j].score),
                              dataclasses.replace(out[j], score=c.score))
    return out
