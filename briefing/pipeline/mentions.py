"""Mentions: ``list[Sentence]`` -> ``list[Mention]`` (people, organisations,
places, acronyms, dates, numbers, roles), all driven by the language pack.

Names are runs of capitalised words. A run is split and typed by what the pack
knows: a leading title ("Presiden", "Prime Minister") makes the rest a person,
an organisation head ("Badan", "University") an organisation, the gazetteer a
place. A run followed by ``(ABC)`` defines an acronym. Appositions
(``Name, juru bicara ...,`` / ``Name, the prime minister,``) give roles. A short
run equal to the end of a known person's name (``Ivanov``) is that person.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from collections import Counter
from dataclasses import dataclass

from .. import regex as rx
from ..lang import LanguagePack
from ..models import Mention, Sentence
from .textutil import _repeat_letters, has_word, initials_score, word_spans

TOKEN = rx.compile(r"\w+(?:[-'’.&·]\w+)*\.?|[^\w\s]", re.UNICODE)
# Capitals-only words, but not Roman numerals like "III" ("kuartal III", "Paku Buwono XIII").
#: The unit (``Mention.value``) of a span of time written in several units or with colons.
DURATION = "duration"
_APPOSED_SPEAKER = rx.compile(r",\s+(?:[a-z]{1,4}\.\s+)?([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})(?:\s*\(\d{1,3}\))?"
                              r"(?:,\s+(\w+)|\s*[.!?]?[\"”]?\s*$)")  # (an age in brackets after the name)
_REGION_PAIR = rx.compile(r"[A-Z][a-z]+-[A-Z][a-z]+")
_ACRONYM = rx.compile(r"^(?![IVX]+$)[A-Z][A-Z0-9&]{1,7}$")
#: Endings of (English) adjectives: such a word is neither a figure's noun nor an office's.
_ADJECTIVE_ENDINGS = ("est", "ive", "ous", "ful", "able", "ible", "al", "ic")


class Tok:
    """A token and its offsets; whether it is capitalised or a word is worked out
    once (the name finder asks hundreds of thousands of times per batch)."""

    __slots__ = ("text", "start", "end", "is_cap", "is_word")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        first = text[:1]
        # ("7-Day", "24-Hour": a figure joined to a capitalised word goes on in a name)
        self.is_cap = first.isupper() and first.isalpha() or \
            (first.isdigit() and "-" in text and text.split("-", 1)[1][:1].isupper())
        self.is_word = first.isalnum()

    def __repr__(self) -> str:
        return f"Tok({self.text!r}, {self.start}, {self.end})"


_NEXT_CAP = rx.compile(r"\s+([^\W\d_][\w'’-]*)")
_PREV_WORD = rx.compile(r"(\w+)\W*$")


def _month_opens_name(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """A month's name alone, then a capitalised word that is no month, day or function
    word, with no date preposition or figure before it, is a first name: "June Raine, the
    chief executive ...", "April Ryan"."""
    if not text[start:end].rstrip(".").casefold() in lex.months:
        return False
    nxt = _NEXT_CAP.match(text, end)
    if not nxt or not nxt.group(1)[:1].isupper():
        return False
    word = nxt.group(1).casefold()
    if word in lex.months or word in lex.days or word in lex.stop:
        return False
    prev = _PREV_WORD.search(text[max(0, start - 40):start])
    return not (prev and (prev.group(1).casefold() in lex.date_preps or prev.group(1).isdigit()))


def _month_closes_name(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """A month's short name alone (three letters, no full stop, no figure after it) right after
    a capitalised word that no sentence opens and that is no acronym, function word, day or
    month ends a name: "pasangan Malaysia, Lim Wei Jun/Hafiz Azman" (round 108)."""
    word = text[start:end]
    if not rx.fullmatch(r"[A-Z][a-z]{2}", word) or word.casefold() not in lex.months:
        return False
    if rx.match(r"\s*[.\d]", text[end:end + 3]):
        return False
    prev = rx.search(r"(?:^|[\s(\"“])([A-Z][a-z][\w'’-]*)\s+$", text[max(0, start - 40):start])
    if prev is None:
        return False
    low = prev.group(1).casefold()
    before = text[:max(0, start - 40) + prev.start(1)].rstrip(" \"“(")
    return bool(before) and before[-1] not in ".!?" and low not in lex.stop and low not in lex.date_preps and \
        low not in lex.days and low not in lex.months


@functools.lru_cache(maxsize=8192)
def tokens(text: str) -> tuple[Tok, ...]:
    """The tokens of ``text``, cached: the stages ask for the same sentence's tokens
    several times. ``forget()`` empties the cache after each article."""
    return tuple(_tokens(text))


def forget() -> None:
    """Drop what was cached for the article just done, so that memory does not grow
    with the number of articles (and a repeated article costs what a new one does)."""
    tokens.cache_clear()


def _tokens(text: str) -> list[Tok]:
    out = []
    for m in TOKEN.finditer(text):
        t = m.group()
        if len(t) > 2 and t.endswith(("'s", "’s")):
            # "China's" is the name China and a possessive
            out.append(Tok(t[:-2], m.start(), m.end() - 2))
            out.append(Tok(t[-2:], m.end() - 2, m.end()))
            continue
        # Keep a trailing full stop only for dotted abbreviations like "U.S."
        if t.endswith(".") and len(t) > 1 and "." not in t[:-1]:
            out.append(Tok(t[:-1], m.start(), m.end() - 1))
            out.append(Tok(".", m.end() - 1, m.end()))
        else:
            out.append(Tok(t, m.start(), m.end()))
    return out


def _phrase_regex(words: list[str], flags: int = re.IGNORECASE) -> re.Pattern[str] | None:
    alt = rx.alternation(w for w in words if w)
    if not alt:
        return None
    return rx.compile(rf"(?<![\w]){'(?:' + alt + ')'}(?![\w])", flags)


class Lexicon:
    """Compiled views of a language pack, built once per pack."""

    def __init__(self, pack: LanguagePack) -> None:
        self.pack = pack
        g = lambda f, k: [str(x) for x in (pack.get(f, k, []) or [])]  # noqa: E731
        # function words opening a clause ("Padahal Sanya ...") never start a name either
        self.org_first = bool(pack.get("grammar", "modifiers_precede_noun", False))
        # (and neither does a word citing a source: "Mengutip Bloomberg Senin (3/11), ...")
        self.stop = pack.stopwords | {w.casefold() for k in ("clause_breaks", "discourse_markers", "subordinators",
                                                             "attribution_prefixes", "citation_markers")
                                      for w in g("grammar", k) if " " not in w}
        self.titles = sorted(g("roles", "titles"), key=lambda s: -len(s.split()))
        self.title_modifiers = sorted(([w.casefold() for w in m.split()] for m in g("roles", "title_modifiers")),
                                      key=lambda ws: -len(ws))
        self.title_set = {t.casefold().rstrip(".") for t in self.titles}
        self.auxiliaries = {w.casefold() for w in g("grammar", "auxiliaries")}
        self.title_words = [[w.casefold().rstrip(".") for w in t.split()] for t in self.titles]
        self.title_heads = {tw[0] for tw in self.title_words if tw}
        self.title_modifier_heads = {m[0] for m in self.title_modifiers if m}
        self.former = {w.casefold() for w in g("roles", "former_markers") + g("roles", "title_qualifiers")}
        qualifiers = sorted(g("roles", "title_qualifiers"), key=rx.longest_first)
        self.title_qualifier_re = rx.compile(
            rf"(?<![\w.])(?:{'|'.join(re.escape(w) for w in qualifiers)})(?:\s*\([A-Za-z.]{{1,6}}\))?\s+$",
            re.IGNORECASE) if qualifiers else None
        self.roles = sorted(g("roles", "roles"), key=lambda s: -len(s))
        # case-blind: a role opening the sentence is capitalised ("Economist Thomas Piketty")
        self.role_end_re = (rx.compile(r"(?<!\w)(?:" + "|".join(re.escape(r) for r in self.roles) + r")\s+$",
                                       re.IGNORECASE) if self.roles else None)
        self.role_set = {r.casefold() for r in self.roles}
        # a role written as a phrase of its own, for the appositions ("Name, <role>,")
        self.role_re = _phrase_regex(self.roles)
        # occupations (generic roles that are not ranks), which no body's name opens with ("Ekonom |
        # Institute for Development of Economics and Finance (INDEF)"); not roles.professions
        self.occupations = {str(r).casefold() for r in pack.get("roles", "generic_roles", []) or [] if " " not in str(r)} - \
            {str(r).casefold() for r in pack.get("roles", "ranks", []) or []}  # (not "General": also a word of names)
        # "Mexico's new ambassador to Canada, | Elena Saucedo Ríos, ...": an office with its owner,
        # set before the name by a comma
        quals, links = g("roles", "office_qualifiers"), g("roles", "office_owner_links")
        articles = g("grammar", "articles")
        qual = rf"(?:(?:{'|'.join(map(re.escape, quals))})\s+)?" if quals else ""
        art = rf"(?:(?:{'|'.join(map(re.escape, articles))})\s+)?" if articles else ""
        link = rf"(?:\s+(?:{'|'.join(map(re.escape, links))})\s+{art}[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}})?" \
            if links else ""
        self.office_link_re = rx.compile(rf"\s(?:{'|'.join(map(re.escape, links))})\s+{art}[A-Z]") if links else None
        self.role_before_re = rx.compile(
            r"(?:^|,\s+|-\s+)((?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}['’]s\s+)?" + qual +
            # ("Scotland's land reform minister, | Alasdair Finlay": lower-case nouns say which minister)
            r"(?:[a-z][a-z-]{2,}\s+){0,2}(?:" + "|".join(re.escape(r) for r in self.roles) + r")" + link + r"),\s+$"
        ) if self.roles else None

        self.org_heads = {w.casefold() for w in g("roles", "org_heads")}
        self.region_titles = {w.casefold() for w in g("roles", "region_titles")}
        self.regional_bodies = {w.casefold() for w in g("roles", "regional_bodies")}
        self.org_titles = {w.casefold() for w in g("roles", "org_titles")}
        self.expansion_connectors = {w.casefold() for w in g("grammar", "expansion_connectors")}
        self.compass_words = {w.casefold() for w in g("roles", "compass_words")}
        self.subnational = {p.casefold() for p in g("roles", "subnational_places")}
        self.places = {p.casefold(): p for p in g("roles", "places") + g("roles", "subnational_places")}
        self.place_heads = {w.casefold() for w in g("roles", "place_heads")}
        self.street_words = {w.casefold() for w in g("roles", "street_words")}
        self.place_tails = {w.casefold() for w in g("roles", "place_tails")}
        self.event_heads = {w.casefold() for w in g("roles", "event_heads")}
        # the words of an event whose place is worth asking (grammar.place_events)
        events = g("grammar", "place_events")
        self.re_place_events = rx.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in events) + r")(?!\w)",
                                          re.IGNORECASE) if events else None
        self.org_tails = {w.casefold() for w in g("roles", "org_tails")}
        self.place_preps = {str(k).casefold() for k in (pack.get("roles", "place_prepositions", {}) or {})}
        self.locatives = {w.casefold() for w in g("roles", "locative_prepositions")} or self.place_preps
        self.currencies = {c for c in g("numbers", "currencies")}
        self.currencies_cf = {c.casefold() for c in self.currencies}
        self.aliases = {str(k).casefold(): str(v) for k, v in (pack.get("roles", "aliases", {}) or {}).items()}
        self.particles = {w.casefold() for w in g("roles", "name_particles")}
        self.given = pack.wordset("roles", "given_names")
        self.demonyms = pack.wordset("roles", "demonyms")
        self.people_adjectives = self.demonyms | pack.wordset("roles", "proper_adjectives")
        self.familiar = {w.casefold().rstrip(".") for w in g("roles", "familiar_honorifics")}
        affixes = pack.get("grammar", "event_noun_affixes", {}) or {}
        self.event_prefixes = tuple(str(w).casefold() for w in affixes.get("prefixes", []) or [])
        self.event_suffixes = tuple(str(w).casefold() for w in affixes.get("suffixes", []) or [])
        self.org_connectors = {w.casefold() for w in g("grammar", "org_connectors")}
        self.articles = {w.casefold() for w in g("grammar", "articles")}
        self.reporting = {w.casefold() for w in g("roles", "reporting_verbs")}
        self.testimony = {w.casefold() for w in g("verbs", "testimony_verbs")}
        self.participle_suffixes = tuple(str(x).casefold() for x in g("grammar", "participle_suffixes"))
        self.name_titles = {str(x).casefold() for x in g("roles", "name_titles")}
        self.base_verbs = {str(x).casefold() for x in g("verbs", "base_forms")}
        months = {str(k).casefold(): int(v) for k, v in (pack.get("dates", "months", {}) or {}).items()}
        self.months = months
        self.days = {d.casefold() for d in g("dates", "days")} | {
            str(k).casefold() for k in (pack.get("dates", "day_aliases", {}) or {})}
        self.day_prefix = g("dates", "day_prefix")
        said = sorted({w for w in g("roles", "reporting_verbs") if " " not in w}, key=rx.longest_first)
        # a one-word name right after a reporting verb, closing the clause: "kata Wahyu."
        self.speaker_re = rx.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, said))})\s+([A-Z][\w'’-]+)(?=\s*[.,;]|\s*$)") \
            if said else None
        # ... and a one-word name opening a sentence before its reporting verb ("Hadi menyebutkan ...")
        self.opening_speaker_re = rx.compile(rf"^[\"“']?([A-Z][a-z][\w'’-]*)\s+(?:{'|'.join(map(re.escape, said))})(?!\w)") \
            if said else None
        self.date_preps = {w.casefold() for w in g("dates", "prepositions") + g("dates", "month_determiners")} | {
            m.split()[-1].casefold() for m in g("dates", "modifiers") if m.split()}
        self.units = {u.casefold() for u in g("numbers", "units")}
        self.multipliers = {str(k).casefold(): v for k, v in (pack.get("numbers", "multipliers", {}) or {}).items()}
        self.abbreviations = {str(w) for w in g("abbreviations", "abbreviations")}
        self.number_words = {str(k).casefold(): v for k, v in (pack.get("numbers", "words", {}) or {}).items()}
        # a figure or a number word ends the text before it: "dua | menit 3, 18 detik"
        words_alt = rx.alternation(self.number_words) or r"(?!x)x"
        self.counted_re = rx.compile(rf"(?:\d|(?<!\w)(?:{words_alt}))\s+$", re.IGNORECASE)
        self.dec = str(pack.get("meta", "decimal_separator", "."))
        self.thou = str(pack.get("meta", "thousands_separator", ","))
        self.idioms = _phrase_regex(g("numbers", "idioms"))
        tol = g("numbers", "tolerance_words")
        self.tolerance_re = rx.compile(
            rf"\s*(?:{rx.alternation(tol)})\s*\d+(?:[.,]\d+)?",
            re.IGNORECASE) if tol else None
        self.common_acronyms = set(g("roles", "common_acronyms"))
        # "di RT-nya", "ke PT-nya": a short form with a referent suffix joined by a hyphen is a common
        # noun's, "his neighbourhood unit", no name (grammar.referent_suffixes)
        self.suffixed_re = rx.compile(r"-(?:%s)$" % rx.alternation(g("grammar", "referent_suffixes")),
                                      re.IGNORECASE) if g("grammar", "referent_suffixes") else None
        self.legal_forms = set(g("roles", "legal_forms"))
        self.name_openers = set(g("roles", "name_openers"))
        self.name_abbreviations = {w.rstrip(".") for w in g("roles", "name_abbreviations")}
        vague = rx.alternation(g("numbers", "vague_quantifiers"))
        self.vague_re = rx.compile(rf"(?<!\w)(?:{vague})\s+$", re.IGNORECASE) if vague else None
        self.common_capitals = set(g("roles", "common_capitals"))
        self.post_nominals = {w.replace(".", "") for w in g("roles", "post_nominals")}
        self.counted = {w.casefold() for w in g("numbers", "counted_nouns")}
        self.plural_endings = tuple(str(w) for w in g("numbers", "capitalised_plural_endings"))
        # ranks and honorifics before a name ("Prof", "Dr", "Kolonel"): one inside a
        # capitalised run starts a new name
        self.honorifics = {r.casefold().rstrip(".") for r in g("roles", "ranks")}
        # the ranks longest first, and those of several words, for the rank passes of find_mentions
        self.ranks_longest = tuple(sorted(self.honorifics, key=rx.longest_first))
        self.long_ranks = tuple(r for r in self.ranks_longest if " " in r)
        # ... and the words that follow each other in such a rank ("det", "insp"): no new name opens between
        self.rank_pairs = {(a.rstrip("."), b.rstrip(".")) for r in self.long_ranks
                           for a, b in zip(r.split(), r.split()[1:])}
        self.coordinators = {w.casefold() for w in g("grammar", "coordinators")}
        coord_alt = "|".join(re.escape(c) for c in sorted(self.coordinators))
        # "(KPU) | Bea | dan Cukai ...": a word joined by a coordinator to more capitals
        self.joined_capital_re = rx.compile(rf"\s+(?:{coord_alt or 'and'})\s+[A-Z]", re.IGNORECASE)
        never = rx.compile(r"(?!)")
        markers = "|".join(re.escape(w) for w in sorted(g("grammar", "initials_markers")))
        self.initials_re = rx.compile(rf"(?<!\w)(?:{markers})\s+([A-Z]{{1,4}})(?![\w.-])", re.IGNORECASE) \
            if markers else never
        # "International Rice Research Institute atau IRRI": a name, then its acronym after a
        # word of alternatives (grammar.alternative_words)
        alternatives = "|".join(re.escape(w) for w in sorted(g("grammar", "alternative_words")))
        self.acronym_after_re = rx.compile(rf",?\s+(?:{alternatives})\s+([A-Z][A-Z0-9&-]{{1,9}})(?![\w-])") \
            if alternatives else never
        # "..., dan X" after a name: it is an item of a list
        self.list_next_re = rx.compile(rf",?\s*(?:{coord_alt})\s") if coord_alt else never
        # "..., Palestine and even Gaza": a list goes on, perhaps past one lower-case word
        # a run of capitalised words joined by "for"/"of", ending on the connector: an office
        # whose field follows ("Secretary of State for | Health Wes Streeting")
        office_links = [w for w in g("roles", "office_links")]
        self.office_chain_re = rx.compile(
            rf"(?:[A-Z][\w.'’-]*\s+)+(?:(?:{'|'.join(map(re.escape, office_links))})\s+(?:[A-Z][\w.'’-]*\s+)+)*"
            rf"(?:{'|'.join(map(re.escape, office_links))})\s+$") if office_links else None
        self.list_next_cap_re = rx.compile(rf",?\s+(?:{coord_alt})\s+(?:[a-z]+\s+)?[A-Z]") if coord_alt else never
        self.time_words = {w.casefold() for w in g("numbers", "time_words")}
        self.ordinal_words = {w.casefold() for w in g("numbers", "ordinal_words")}
        self.rate_words = {w.casefold() for w in g("numbers", "rate_words")}
        # the signs before a number ("No. 45", "Nomor 12"): the words that number a law
        self.number_signs = {w.casefold().rstrip(".") for w in g("numbers", "law_number_words")}
        prefixes = [re.escape(w.casefold()) for w in g("numbers", "ordinal_prefixes")]
        self.numbered_ordinal_re = rx.compile(rf"(?:{'|'.join(prefixes)})\d+") if prefixes else never
        self.unit_re = _phrase_regex(g("numbers", "units"))
        self.unit_compounds_re = _phrase_regex(g("numbers", "unit_compounds"))
        self.percent_re = _phrase_regex(g("numbers", "percent_units"))
        self.month_re = (rx.compile(r"(?<!\w)(" + rx.alternation(self.months)
                                    + r")\.?(?!\w)", re.IGNORECASE) if self.months else None)
        # "the mid-18th century", "abad ke-19": a century as a date (see ``date_sort_key``)
        c_after, c_before = g("dates", "century_after_ordinal"), g("dates", "century_before_number")
        c_mods = rx.alternation(g("dates", "modifiers"))
        c_mod = rf"(?:(?P<mod>{c_mods})[\s-]+)?" if c_mods else ""
        c_alts = []
        if c_after:
            c_alts.append(rf"(?P<ord>\d{{1,2}})(?:st|nd|rd|th)[\s-]+(?:{'|'.join(map(re.escape, c_after))})")
        if c_before:
            # ("abad ke-19", "abad XIX": the numeral after a space or a hyphen, a Roman one in capitals;
            # "Abadi" is a name)
            c_alts.append(rf"(?:{rx.alternation(c_before)})\s?"
                          rf"(?P<num>\d{{1,2}}|(?-i:[IVX]{{1,5}}))")
        # its era after it, as written ("abad ke-9 Masehi", "the 3rd century BC")
        self.eras = {str(k): int(v) for k, v in (pack.get("dates", "eras", {}) or {}).items()}
        c_era = rf"(?:\s+(?P<era>(?-i:{rx.alternation(self.eras)}))(?!\w))?" if self.eras else ""
        self.century_re = rx.compile(rf"(?<![\w-]){c_mod}(?:{'|'.join(c_alts)})(?![\w-]){c_era}", re.IGNORECASE) \
            if c_alts else None
        self.century_offsets = {str(k).casefold(): int(v) for k, v in
                                (pack.get("dates", "century_offsets", {}) or {}).items()}
        self.century_adjectives = tuple(f"-{w.casefold()}" for w in c_after)  # ("a 17th-century painting")
        self.superlatives = {w.casefold() for w in g("grammar", "superlatives")}
        self.date_res = self._date_patterns(g)
        # a clock time after a date is part of it: "Senin (21/11/2022) pukul 13.21 WIB", "at 4:17 a.m."
        tw = rx.alternation(self.time_words)
        zones = rx.alternation(g("dates", "local_time"))
        self.clock_re = rx.compile(rf"\s+(?:{tw})\s+\d{{1,2}}[.:]\d{{2}}(?:\s*[ap]\.?m\.?(?!\w))?"
                                   rf"(?:\s+(?:[A-Z]{{2,4}}(?!\w)|{zones or '(?!)'}))?", re.IGNORECASE) \
            if tw else None
        anchors = g("dates", "anchor_suffixes")
        self.date_anchor_re = rx.compile(r"\s+(?:" + rx.alternation(anchors)
                                         + r")(?!\w)", re.IGNORECASE) if anchors else None
        # a year of another calendar: closing a day and a month of it, perhaps with its year's name
        # ("11 Jumadilawal Dal | 1959"), or before its era ("1447 | Hijriah"): no year of the timeline
        # (found as a user; "Ramadan 2025", a month and no day, is this calendar's year)
        months = rx.alternation(g("dates", "other_calendar_months"))
        names = rx.alternation(g("dates", "other_calendar_year_names"))
        self.other_year_before_re = rx.compile(
            rf"(?<![\w/.])\d{{1,2}}\s+(?:{months})(?:\s+(?:{names or '(?!)'}))?\s+$", re.IGNORECASE) if months else None
        eras = rx.alternation(g("dates", "other_calendar_eras"))
        self.other_year_after_re = rx.compile(rf"\s*(?:{eras})(?!\w)", re.IGNORECASE) if eras else None
        self.number_re = self._number_pattern(g)
        # a span of time in two or three units ("2 hours, 17 minutes, 42 seconds", "1 jam 5
        # menit") or written with colons ("2:19:38"): one figure, a race's time
        periods = rx.alternation(g("numbers", "period_units"))
        # "Martina Sitompul, 63 tahun, ...", "John Smith, 54, said": an age set off after a name
        self.age_after_re = rx.compile(rf",\s*\d{{1,3}}(?:\s+(?:{periods or 'x^'}))?\s*[,)]", re.IGNORECASE)
        part = rf"\d+(?:[.,]\d+)?\s+(?:{periods})(?!\w)"
        joiner = rf",?\s+(?:(?:{coord_alt})\s+)?" if coord_alt else r",?\s+"
        self.duration_re = rx.compile(
            rf"(?<![\w.,]){part}(?:{joiner}{part}){{1,2}}|(?<![\w.:])\d{{1,2}}:\d{{2}}:\d{{2}}(?:[.,]\d+)?(?![\w:])",
            re.IGNORECASE) if periods else rx.compile(r"(?<![\w.:])\d{1,2}:\d{2}:\d{2}(?![\w:])")

    def post_nominal(self, word: str) -> bool:
        """Letters of a degree or an honour written after a name ("DVM", "M.Sc.", "MP")."""
        return word.replace(".", "") in self.post_nominals

    def counted_capital(self, word: str, rest: str) -> bool:
        """A capitalised word after a figure that is the plural noun it counts ("500,000
        Huguenots had fled"), not the start of a name ("10 Downing Street", "2014 Toyota")."""
        return bool(self.plural_endings) and word[1:].islower() and len(word) > 3 and \
            word.endswith(self.plural_endings) and word.casefold() not in self.places and \
            not rx.match(r"\s+[A-Z]", rest)

    def _date_patterns(self, g) -> list[tuple[re.Pattern[str], str]]:  # type: ignore[no-untyped-def]
        month_alt = "|".join(
            re.escape(m[:1].upper() + m[1:]) + (r"(?:\.(?=\s*\d))?" if len(m) <= 4 else "")
            for m in sorted(self.months, key=rx.longest_first)
        )
        day_alt = "|".join(re.escape(d[:1].upper() + d[1:]) for d in sorted(self.days, key=rx.longest_first))
        mod_alt = rx.alternation(g("dates", "modifiers"))
        prefix_alt = "|".join(re.escape(p) for p in self.day_prefix)
        pats: list[tuple[re.Pattern[str], str]] = []
        # day/month(/year) with a slash, as news datelines write it: "Jumat (26/8)",
        # "Sabtu (1/11/2025)"; the day name belongs to it
        quals = "|".join(re.escape(q) for q in g("dates", "day_qualifiers"))
        qual = rf"(?:\s+(?:{quals}))?" if quals else ""
        day_lead = rf"(?:(?:{day_alt}){qual},?\s*)?" if day_alt else ""
        parts = "|".join(re.escape(p) for p in g("dates", "day_parts"))
        part = rf"(?:\s+(?:{parts})(?!\w))?" if parts else ""
        suffixes = "|".join(re.escape(x) for x in g("dates", "date_suffixes"))
        suffix = rf"(?:\s+(?:{suffixes})(?!\w))?" if suffixes else ""
        pats.append((rx.compile(
            rf"(?<!\w){day_lead}\(\d{{1,2}}/\s?\d{{1,2}}(?:/\d{{2,4}})?\){part}{suffix}"), "numeric"))
        mod = rf"(?:(?:{mod_alt})\s+)?" if mod_alt else ""
        dayp = rf"(?:(?:(?:{prefix_alt})\s+)?(?:{day_alt}),?\s+)?" if day_alt else ""
        # a span of days in one month is one date: "6-14 Agustus", "9–15 Oktober 2005", "June 6–14"
        days_to = r"(?:\s?[–-]\s?\d{1,2}(?:st|nd|rd|th)?(?!\d))?"
        if month_alt:
            # "15 oktober 2003": a day, a month and a year are a date however the month is written
            pats.append((rx.compile(
                rf"(?<!\w){dayp}{mod}\d{{1,2}}{days_to}\s+(?i:{month_alt})\s+\d{{4}}(?!\w){suffix}"), "month"))
            # January 12, 2015 / January 12 (before "January" alone takes the month)
            pats.append((rx.compile(
                rf"(?<!\w){mod}(?:{month_alt})\s+\d{{1,2}}(?:st|nd|rd|th)?{days_to}(?:,?\s+\d{{4}})?(?![\w.,]\d)(?!\w)"), "month"))
            # 12 Januari 2015 / Selasa, 12 Januari 2015 / Januari 2015 / awal Juni / Juli lalu
            pats.append((rx.compile(
                rf"(?<!\w){dayp}{mod}(?:\d{{1,2}}(?:st|nd|rd|th)?{days_to}\s+(?:of\s+)?)?(?:{month_alt})(?:\s+\d{{4}}|(?=\W|$))(?!\w){suffix}"),
                "month"))
        # a range of years is one date: "in 1623–25", "(1858–1940)"
        years = rf"(?<![\w-]){mod}(?:1[5-9]\d\d|20\d\d)(?:-an|s)?(?:\s?[–-]\s?(?:1[5-9]\d\d|20\d\d|\d\d)(?!\d))?(?![\w%]|-\d)"
        pats.append((rx.compile(years, re.IGNORECASE if mod_alt else 0), "year"))
        if day_alt:
            pats.append((rx.compile(
                rf"(?<!\w)(?:(?:{prefix_alt})\s+)?(?:{day_alt})(?!\w)" if prefix_alt else rf"(?<!\w)(?:{day_alt})(?!\w)"), "day"))
        rel = _phrase_regex(g("dates", "relative"))
        if rel is not None:
            pats.append((rel, "relative"))
        if self.century_re is not None:
            pats.insert(0, (self.century_re, "century"))
        return pats

    def _number_pattern(self, g) -> re.Pattern[str]:  # type: ignore[no-untyped-def]
        approx = rx.alternation(g("numbers", "approximators"))
        cur = rx.alternation(g("numbers", "currencies"))
        mult = rx.alternation(self.multipliers)
        words = rx.alternation(self.number_words)
        # "31.995. 000": a grouped number broken by a stray space (a class the
        # segmenter mends too) is still one number
        num = r"(?:\d{1,3}(?:[.,]\d{3})+\.\s\d{3}(?![.,]?\d)|\d+(?:[.,]\d+)*)"
        if words:
            num = rf"(?:{num}|(?:{words}))"
        pat = (
            rf"(?<![\w.,+/:-])(?:(?P<approx>{approx})\s+)?" if approx else r"(?<![\w.,+/:-])"
        ) + r"(?P<core>" + (rf"(?:(?:{cur})\s?)?" if cur else "") + num + (
            rf"(?:\s?(?:{mult})(?!\w))?" if mult else ""
        ) + r"(?:\s?%)?)(?![\w'’/+]|[.,:]\d)"
        return rx.compile(pat, re.IGNORECASE)


_LEXICONS: dict[str, Lexicon] = {}


def lexicon(pack: LanguagePack) -> Lexicon:
    if pack.code not in _LEXICONS:
        _LEXICONS[pack.code] = Lexicon(pack)
    return _LEXICONS[pack.code]


# ----------------------------------------------------------------- helpers

def parse_number(text: str, lex: Lexicon) -> float | None:
    """The numeric value of a number mention (``15.000`` -> 15000 in id)."""
    m = rx.search(r"\d+(?:[.,]\d+)*", text)
    value: float | None = None
    if m:
        raw = m.group()
        if lex.thou and lex.dec:
            parts = raw.split(lex.dec)
            whole = parts[0].replace(lex.thou, "")
            frac = parts[1] if len(parts) > 1 else ""
            # "10.30" in Indonesian with a 2-digit group is a time or a decimal, not thousands
            if lex.thou in parts[0] and not re.fullmatch(rf"\d{{1,3}}(?:{re.escape(lex.thou)}\d{{3}})+", parts[0]):
                whole = parts[0].replace(lex.thou, ".")
            try:
                value = float(f"{whole}.{frac}" if frac else whole)
            except ValueError:
                value = None
    else:
        for w, v in lex.number_words.items():
            if has_word(text, w, fold=True):
                value = float(v)
                break
    if value is not None:
        for w, v in lex.multipliers.items():
            if word_spans(text, w, fold=True, after_figure=True):
                value *= float(v)
                break
    return value


_ROMAN = {"I": 1, "V": 5, "X": 10}


def _range_end(text: str, end: int, raw: str, lex: Lexicon) -> int | None:
    """Where a range of figures that opens with ``raw`` (ending at ``end``) ends: "Rp 4|-5 juta",
    "15|-16 persen", "400|–500 ekor"; None when the dash joins no larger figure of a quantity
    ("Boeing 737-200", "Fokker 28-1000 TANS", "MH-17": a model's or a code's number; "kalah 0-3 dari
    Fulham": a score)."""
    m = _RANGE_TAIL.match(text, end)
    if m is None or not rx.search(r"\d$", raw):
        return None
    low, high = parse_number(raw, lex), parse_number(m.group(1), lex)
    if low is None or high is None or high <= low:
        return None
    after = text[m.end():]
    mult = rx.match(r"\s?(\w+)", after)
    if mult and mult.group(1).casefold() in lex.multipliers:
        return m.end() + mult.end()  # "Rp 4-5 juta"
    noun = rx.match(r"\s([^\W\d_]+)", after)
    if after[:1] == "%" or noun and not noun.group(1)[:1].isupper() and noun.group(1).casefold() not in lex.stop:
        return m.end()  # "15-16 persen", "400-500 ekor" (the noun stays outside, as after one figure)
    return None


_RANGE_TAIL = rx.compile(r"\s?[–-]\s?(\d+(?:[.,]\d+)*)(?![\w.,/-]\d|[\w/-])")


def _century_year(m: re.Match[str], lex: Lexicon) -> int | None:
    """The first year of the century ``m`` names, moved by its modifier (early, mid, late)."""
    raw = m.group("ord") if "ord" in m.re.groupindex and m.group("ord") else m.group("num")
    if raw is None:
        return None
    if raw.isdigit():
        n = int(raw)
    else:
        values = [_ROMAN[ch] for ch in raw.upper()]
        n = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    if not 1 <= n <= 21:
        return None
    if "era" in m.re.groupindex and m.group("era") and lex.eras.get(m.group("era"), 1) < 0:
        return None  # a century before the common era: no year of the timeline's scale
    mod = (m.group("mod") or "").casefold() if "mod" in m.re.groupindex else ""
    return (n - 1) * 100 + lex.century_offsets.get(mod, 0)


def century_aside(text: str, m: Mention, lex: Lexicon) -> bool:
    """A century (``m``, a date of ``text``) that dates no event of the story: written as an
    adjective ("a 17th-century altar painting": a thing's age) or after a superlative
    ("bangunan budaya terbesar abad ke-21": the span a record is counted over)."""
    if not (m.value or "").endswith("|century"):
        return False
    before = rx.search(r"(\w+)\s*$", text[max(0, m.start - 80):m.start])
    return bool(lex.century_adjectives) and m.text.casefold().endswith(lex.century_adjectives) or \
        before is not None and before.group(1).casefold() in lex.superlatives


def date_sort_key(text: str, lex: Lexicon) -> str:
    """A sortable key: ``2015-01``, ``2016-07-12``, ``2015``; ``~`` for unknown; a century's
    first year (moved by its modifier, ``dates.century_offsets``: "the mid-18th century" is ``1750``)."""
    century = lex.century_re.fullmatch(text) if lex.century_re is not None else None
    if century is not None and (year_of := _century_year(century, lex)) is not None:
        return f"{year_of:04d}"
    num = rx.search(r"(\d{1,2})/\s?(\d{1,2})(?:/(\d{2,4}))?", text)
    if num:
        d, mo, y = int(num.group(1)), int(num.group(2)), num.group(3)
        if 1 <= d <= 31 and 1 <= mo <= 12:
            if y:
                year_full = int(y) + (2000 if len(y) == 2 else 0)
                return f"{year_full:04d}-{mo:02d}-{d:02d}"
            return f"~-{mo:02d}-{d:02d}"
        return "~"
    year = rx.search(r"(1[5-9]\d\d|20\d\d)", text)
    month = None
    mm = lex.month_re.search(text) if lex.month_re is not None else None
    if mm:
        month = lex.months.get(mm.group(1).casefold())
    day = rx.search(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?(?!\d)", rx.sub(r"1[5-9]\d\d|20\d\d", "", text))
    if year and month and day:
        return f"{year.group(1)}-{month:02d}-{int(day.group(1)):02d}"
    if year and month:
        return f"{year.group(1)}-{month:02d}"
    if year:
        return year.group(1)
    if month:
        return f"~-{month:02d}"
    return "~"


# ----------------------------------------------------------------- names

def _lower_vocab(sentences: list[Sentence]) -> set[str]:
    vocab: set[str] = set()
    for s in sentences:
        for t in tokens(s.text):
            if t.text[:1].islower():
                vocab.add(t.text.casefold())
    return vocab


def _cap_bigrams(sentences: list[Sentence], title: str) -> set[str]:
    """Pairs of capitalised words seen away from a sentence start ("Negara Islam"),
    and (as single entries) capitalised words seen there."""
    pairs: set[str] = set()
    texts = [s.text for s in sentences] + ([title] if title else [])
    for text in texts:
        toks = [t for t in tokens(text) if t.is_word]
        for a, b in zip(toks[1:], toks[2:]):
            if a.is_cap and b.is_cap:
                pairs.add(f"{a.text} {b.text}")
        for t in toks[1:]:
            if t.is_cap:
                pairs.add(t.text)
    return pairs


#: A capitalised compound whose later parts are lower-case words: "Seventeen-year-old", "Two-time"
#: (not "Hezb-ul Mujahedeen": a short part belongs to a name).
_COMPOUND_MODIFIER = rx.compile(r"[A-Z][a-z]+(?:-[a-z]{3,})+$")


def _cap_runs(sent: Sentence, lex: Lexicon, lower_vocab: set[str],
              cap_pairs: set[str] = frozenset()) -> list[list[Tok]]:  # type: ignore[assignment]
    """Runs of capitalised tokens, allowing particles and organisation connectors."""
    toks = tokens(sent.text)
    runs: list[list[Tok]] = []
    cur: list[Tok] = []
    first_word = next((i for i, t in enumerate(toks) if t.is_word), -1)

    def flush() -> None:
        nonlocal cur
        while cur and (cur[-1].text.casefold() in lex.particles or cur[-1].text.casefold() in lex.org_connectors):
            cur.pop()
        if cur:
            runs.append(cur)
        cur = []

    for i, t in enumerate(toks):
        low = t.text.casefold()
        if t.is_cap and t.is_word and not cur and _COMPOUND_MODIFIER.match(t.text) and i + 1 < len(toks) and \
                toks[i + 1].is_cap and toks[i + 1].is_word and low not in lex.place_heads | lex.org_heads:
            continue  # "Seventeen-year-old | Lim Xin Yi", "Nairobi-based | Cytonn Investments": a compound
            # modifier before a name is not part of it (but "Alun-alun Rangkasbitung": a place's head)
        if t.is_cap and t.is_word:
            if (low in lex.months or low.rstrip(".") in lex.months) and \
                    not _month_opens_name(sent.text, t.start, t.end, lex) and \
                    not _month_closes_name(sent.text, t.start, t.end, lex) or low in lex.days:
                flush()
                continue
            if i == first_word or (i > 0 and toks[i - 1].text in {'"', "“", "(", "'", "‘"} and
                                   i - 1 == first_word - 0):
                # Sentence-initial: a common word unless known otherwise.
                nxt = toks[i + 1] if i + 1 < len(toks) else None
                known_pair = nxt is not None and f"{t.text} {nxt.text}" in cap_pairs
                # where modifiers precede, a word before a title is the title's ("Border Security
                # Minister Bill Blair", "Defence Minister ...", "Deputy Transport Minister ...")
                title_next = lex.org_first and low not in lex.stop and low not in lex.former and any(
                    all(toks[j].is_cap and toks[j].is_word for j in range(i + 1, i + k + 1)) and
                    toks[i + k].text.casefold().rstrip(".") in lex.title_heads and
                    _match_title(toks[i + k:i + k + 4], lex) > 0
                    for k in (1, 2) if i + k < len(toks))
                if (low in lex.role_set or low in lex.occupations and not known_pair) and \
                        low not in lex.title_set and nxt is not None and nxt.is_cap and \
                        nxt.is_word and nxt.text.casefold() not in lex.role_set and not title_next:
                    continue  # "Economist Thomas Piketty", "Winger Ryan Delacroix": a lower-case role or
                    # occupation, capitalised to open the sentence (but "Star Wars" where the article
                    # writes it so elsewhere)
                # a title of several words opens the sentence: "Perdana Menteri Ibrahim al-Jaafari"
                titled = low.rstrip(".") in lex.title_heads and _match_title(toks[i:i + 4], lex) > 0
                base = rx.split(r"['’]", low)[0]
                place_pair = _place_opens(toks, i, lex)
                if (low in lex.stop or base in lex.stop) and not place_pair or \
                        (low in lower_vocab and low not in lex.places and not title_next and
                         low.rstrip(".") not in lex.title_set and not known_pair and not place_pair):
                    continue  # (but "New Zealand Prime Minister ..." opens on a place)
                # a word capitalised only because it opens the sentence is no name
                # unless the pack knows it (a place, a title, an organisation head)
                # where titles lead, a word before a title opens no name: "Posisi | Presiden
                # Filipina Gloria Macapagal-Arroyo serba terjepit"
                if not lex.org_first and nxt is not None and nxt.is_cap and not titled and \
                        nxt.text.casefold().rstrip(".") in lex.title_heads and \
                        low not in lex.places and low not in lex.org_heads and low.rstrip(".") not in lex.title_set:
                    continue
                after_next = toks[i + 2] if i + 2 < len(toks) else None
                if len(low) > 7 and lex.event_prefixes and low.startswith(lex.event_prefixes) and \
                        low.endswith(lex.event_suffixes) and not known_pair and nxt is not None and nxt.is_cap and \
                        nxt.is_word and not (after_next is not None and after_next.is_cap and after_next.is_word) and \
                        low not in lex.places and low not in lex.org_heads and low not in lex.place_heads and \
                        low.rstrip(".") not in lex.title_set:
                    continue  # "Kemenangan | Markus menambah ...": a noun made from a verb, capitalised to open
                    # the sentence before one name, is no part of it (round 135: "Siapa yang ...? Kemenangan
                    # Markus"; but "Kejuaraan Nasional Sepak Takraw XVII" names the event)
                if len(low) > 5 and any(low.endswith(x) and {low[:-len(x)], low[:-len(x)] + "e"} & lex.base_verbs
                                        for x in lex.participle_suffixes) and \
                        low not in lex.places and low not in lex.org_heads and \
                        not (after_next is not None and after_next.is_cap and after_next.is_word):
                    continue  # "Defending Rowe, barrister Sian Griffiths said ...": a participle of a verb the
                    # pack knows, opening the sentence before one capitalised word, opens no name (round 110;
                    # not "Reading Football Club", "Ealing Council")
                # ... or an initial ("J. A. Hobson was ...")
                initial = len(t.text) == 1 and nxt is not None and nxt.text == "." and nxt.start == t.end and \
                    i + 2 < len(toks) and toks[i + 2].is_cap and toks[i + 2].is_word
                if t.text not in cap_pairs and not known_pair and low not in lex.places and not titled and \
                        not title_next and \
                        low.rstrip(".") not in lex.title_set and low not in lex.org_heads and not initial and \
                        not _ACRONYM.match(t.text) and (nxt is None or nxt.text not in cap_pairs):
                    continue
            if low in lex.stop and len(t.text) > 1 and not _ACRONYM.match(t.text) and not cur and \
                    not _place_opens(toks, i, lex) and not (
                        i > first_word and toks[i - 1].text == "," and low not in lex.articles and
                        i + 1 < len(toks) and toks[i + 1].is_cap and
                        toks[i + 1].is_word and toks[i + 1].text.casefold() not in lex.stop and
                        i + 2 < len(toks) and toks[i + 2].is_cap and toks[i + 2].is_word):
                continue  # ("New Zealand", "New South Wales": a place opening on a function word; but a
                # function word capitalised after a comma, before a name of two words, opens the name: the
                # Sasak noble "Lalu" of "Kepala Dinas ..., Lalu Muhammad Zainuddin," round 107; not an
                # article: "in 2012, The United Methodist Church's ...")
            if cur and low.rstrip(".") in lex.honorifics and cur[-1].text.casefold().rstrip(".") not in lex.title_set \
                    and cur[-1].text not in lex.name_openers and \
                    (cur[-1].text.casefold().rstrip("."), low.rstrip(".")) not in lex.rank_pairs and \
                    cur[-1].text.casefold() not in lex.org_heads and _name_follows(toks, i + 1, lex):
                # (not "I | Gusti Ngurah Rai", "Direktorat | Jenderal"; nor "Universitas Maritim Raja Ali
                # Haji (UMRAH)": an honorific with no name after it ends the name it is in)
                flush()  # "Institut Teknologi Bandung | Prof Samsul Arifin": an honorific opens a new name (not
                # inside a rank of several words: "Det | Insp Sarah Okafor", round 148)
            cur.append(t)
        elif cur and (low in lex.particles or
                      (low in lex.org_connectors and any(c.text.casefold() in lex.org_heads | lex.org_tails
                                                         for c in cur) and
                       not (low in lex.coordinators and cur[-1].text.casefold() in lex.org_tails)) or
                      (low in lex.org_connectors and _org_ahead(toks, i + 1, lex) and _expanded_ahead(toks, i + 1)) or
                      (low in lex.org_connectors and len(cur) == 1 and _org_ahead(toks[:i + 4], i + 1, lex) and
                       i + 1 < len(toks) and toks[i + 1].text.casefold() not in lex.org_tails and
                       i >= 2 and toks[i - 2].text.casefold() in lex.articles and
                       cur[0].text.casefold() not in lex.places and not _ACRONYM.match(cur[0].text)) or
                      (low in lex.org_connectors and len(cur) > 1 and
                       cur[0].text.casefold().rstrip(".") in lex.title_heads and i + 1 < len(toks) and
                       toks[i + 1].text.casefold() in lex.title_modifier_heads)) \
                and i + 1 < len(toks) and toks[i + 1].is_cap and \
                (low not in lex.coordinators or toks[i + 1].text.casefold().rstrip(".") not in lex.title_heads):
            # (a title after "dan" opens the next person: "Presiden AS Joe Biden dan Presiden China Xi Jinping")
            cur.append(t)
        elif cur and lex.numbered_ordinal_re.fullmatch(low) and \
                _match_title(cur + list(toks[i:i + 2]), lex) == len(cur) + 1 and i + 1 < len(toks) and toks[i + 1].is_cap:
            cur.append(t)  # "Presiden ke-2 RI Soeharto": an ordinal in figures inside a title
        elif cur and low in lex.particles and i + 2 < len(toks) and \
                toks[i + 1].text.casefold() in lex.particles and toks[i + 2].is_cap:
            cur.append(t)  # "Lothar von Arnauld de la Perière": two particles in a row
        elif cur and "-" in t.text and t.text.split("-", 1)[0].casefold() in lex.particles and \
                t.text.split("-", 1)[1][:1].isupper():
            cur.append(t)  # "Abu Mussab al-Zarqawi": a particle joined to the name by a hyphen
        elif cur and t.text in {"-"} and i + 1 < len(toks) and toks[i + 1].is_cap and \
                toks[i + 1].start == t.end:
            cur.append(t)
        elif cur and t.text == "." and len(cur[-1].text) == 1 and cur[-1].text.isupper() and \
                cur[-1].end == t.start and i + 1 < len(toks) and toks[i + 1].is_cap and \
                toks[i + 1].is_word and len(cur) + 1 < 8:
            cur.append(t)  # a middle initial: "John W. Weeks", "M. Theo Kearney", after a title and
            # its body: "Presiden Bank Dunia Robert B. Zoellick"
        elif len(cur) == 1 and t.text == "." and cur[0].text in lex.name_abbreviations and \
                cur[0].end == t.start and i + 1 < len(toks) and toks[i + 1].is_cap and toks[i + 1].is_word:
            cur.append(t)  # "St. | Martin's Church": a short form opening the name
        elif cur and t.text in {"'s", "’s"} and i + 1 < len(toks) and toks[i + 1].is_cap and \
                _org_ahead(toks, i + 1, lex):
            cur.append(t)
        else:
            flush()
    flush()
    return runs


def _place_opens(toks: tuple[Tok, ...], i: int, lex: Lexicon) -> bool:
    """The token at ``i`` opens a place of two to four words that the pack knows ("New
    Zealand", "New South Wales"), written with single spaces."""
    words = [toks[i].text.casefold()]
    for j in range(i + 1, min(i + 4, len(toks))):
        if not toks[j].is_word or toks[j].start != toks[j - 1].end + 1:
            return False
        words.append(toks[j].text.casefold())
        if " ".join(words) in lex.places:
            return True
    return False


_DEMONYM = rx.compile(r"(?:ish|ese|ian|ean|i)$")


def _place_adjective(word: str, places: dict[str, str]) -> bool:
    """"Sri Lankan" (Sri Lanka + n), "Egyptian" (Egypt + ian): the adjective of a place
    the pack knows."""
    low = word.casefold()
    return low not in places and (low.endswith("n") and low[:-1] in places or
                                  low.endswith("ian") and low[:-3] in places)


def _is_demonym(name: str, places: dict[str, str]) -> bool:
    """A place's adjective, known ("Sri Lankan") or by its ending ("Scottish", "Chinese";
    an ending also fits a first name such as "Christian", so where a person's name may
    follow, ``_place_adjective`` alone decides)."""
    low = name.casefold()
    if low in places:
        return False
    if _place_adjective(name, places):
        return True
    return " " not in name and bool(_DEMONYM.search(low)) and low[:1].isalpha() and len(low) > 4 \
        and not low.endswith(("stan", "nesia"))


def _name_follows(toks: list[Tok], i: int, lex: Lexicon) -> bool:
    """A name, or another honorific, stands at ``toks[i]`` (past the full stop of an
    abbreviated honorific: "Prof. | Andi", "Prof | drh Charles"), not a bracket or a
    function word ("Raja Ali Haji | (UMRAH)", "Penyelenggaraan Haji | dan Umrah")."""
    if i < len(toks) and toks[i].text == ".":
        i += 1
    return i < len(toks) and toks[i].is_word and (toks[i].is_cap or toks[i].text.casefold() not in lex.stop)


def _expanded_ahead(toks: list[Tok], i: int) -> bool:
    """The capitalised words from ``i`` are followed by an acronym in brackets: "Disaster and
    | Emergency Management Authority (AFAD)" is one name, its short form says so."""
    j = i
    while j < len(toks) and toks[j].is_cap:
        j += 1
    return j > i and j + 2 < len(toks) and toks[j].text == "(" and _ACRONYM.match(toks[j + 1].text) is not None \
        and toks[j + 2].text == ")"


def _org_ahead(toks: list[Tok], i: int, lex: Lexicon) -> bool:
    """The capitalised words from ``i`` end in an organisation tail ("... Committee")."""
    j = i
    while j < len(toks) and toks[j].is_cap:
        if toks[j].text.casefold() in lex.org_tails:
            return True
        j += 1
    return False


def _span_text(sent: Sentence, run: list[Tok]) -> tuple[int, int, str]:
    return run[0].start, run[-1].end, sent.text[run[0].start:run[-1].end]


def _match_title(run: list[Tok], lex: Lexicon) -> int:
    """Number of leading tokens of ``run`` that form a title, with its modifiers
    ("Menteri Keuangan", "Direktur Utama")."""
    words = [t.text.casefold().rstrip(".") for t in run]
    if words[0] not in lex.title_heads:
        return 0
    for tw in lex.title_words:
        if words[: len(tw)] == tw:
            n = len(tw)
            grew = True
            while grew and n < len(words) - 1:
                grew = False
                if lex.numbered_ordinal_re.fullmatch(words[n]):
                    n += 1  # "Presiden ke-2 RI": an ordinal in figures is the office's
                    grew = True
                    continue
                for mod in lex.title_modifiers:
                    if words[n: n + len(mod)] == mod and n + len(mod) < len(words):
                        n += len(mod)
                        grew = True
                        break
                    # "Menteri Kelautan dan Perikanan": modifiers joined by a connector
                    if words[n] in lex.org_connectors and \
                            words[n + 1: n + 1 + len(mod)] == mod and n + 1 + len(mod) < len(words):
                        n += 1 + len(mod)
                        grew = True
                        break
            return n
    return 0


def _org_before_title(run: list[Tok], lex: Lexicon, places: dict[str, str]) -> tuple[int, int] | None:
    """Where the organisation ends and the name starts in "Microsoft CEO Satya
    Nadella" (an organisation or country, a title, a name of two to four words), as
    token counts; None when the run is not so made."""
    for k in range(1, len(run) - 2):
        nk = _match_title(run[k:], lex)
        person = run[k + nk:]
        if nk and 2 <= len(person) <= 4 and _looks_like_person(person, lex) and \
                not _place_prefix(person, lex, places) and \
                not any(t.text.casefold() in lex.title_heads for t in person):
            return k, k + nk
    return None


def _keep_speaker(rest: list[Tok], np_: int, speakers: set[str]) -> int:
    """A split that would cut off a name the article quotes alone ("Ketua Majelis Hakim
    Wahyu | Iman Santoso" where it writes "kata Wahyu") starts the person at that name."""
    cut = next((i for i in range(len(rest)) if rest[i].text in speakers), None)
    return cut if cut is not None and 0 < cut < np_ else np_


def _name_start(rest: list[Tok], np_: int, lex: Lexicon) -> int:
    """A split inside a name that opens on a name opener starts the person at the opener:
    "Ketua PPSB | Ni Made Ayu Lestari", not "Ketua PPSB Ni Made | Ayu Lestari" where the article
    quotes "kata Ayu" (``roles.name_openers``); so does a given name just before the split, and a
    rank the split cuts in two ends before the name."""
    words = [t.text.casefold() for t in rest]
    for rank in lex.long_ranks:
        size = len(rank.split())
        for j in range(max(0, np_ - size + 1), np_):
            if " ".join(words[j:j + size]) == rank and j + size < len(rest):
                return j + size  # "... Polda Metro Jaya Ajun Komisaris | Besar Hendra Saputra": a rank the
                # split cuts goes whole before the name (round 89)
    opener = next((j for j in range(1, min(np_, len(rest))) if rest[j].text in lex.name_openers), np_)
    if opener == np_ and 1 < np_ < len(rest) and rest[np_ - 1].text.casefold() in lex.given and \
            rest[np_ - 2].text.casefold() not in lex.given:
        return np_ - 1  # "Ketua Kwartir Nasional (Kwarnas) Gerakan Pramuka | Sri Wahyuni Hartono": a given
        # name before the cut opens the name (roles.given_names; round 87)
    return opener


def _split_org_person(rest: list[Tok], lex: Lexicon, places: dict[str, str], after: str = "",
                      solo: frozenset[str] | set[str] = frozenset(),
                      speakers: frozenset[str] | set[str] = frozenset(),
                      org_named: frozenset[str] | set[str] = frozenset(),
                      bodies: frozenset[tuple[str, ...]] | set[tuple[str, ...]] = frozenset()) -> int:
    """``_split_at``, but a name never opens on the head word of a place or a body: "Ketua Paguyuban
    Pedagang | Pasar Peterongan, Suyatmi (54), menyebut ..." is one body, its holder after the comma
    (round 139: "Siapa Ketua Paguyuban Pedagang? Pasar Peterongan")."""
    k = _split_at(rest, lex, places, after, solo, speakers, org_named, bodies)
    if 0 < k < len(rest) and rest[0].text.casefold() in lex.org_heads and _HOLDER_AFTER.match(after):
        return 0  # "Direktur PT Cahaya Safa Mandiri, Rizal Harahap (48), ...": the holder is named after the
        # comma, and the run from the body's head word is its whole name (round 145: "Siapa Direktur PT
        # Cahaya? Safa Mandiri"; not "Ketua Pokmas | Tunas Camar, Hamdani (44)": no head word opens it)
    return 0 if 0 < k < len(rest) and rest[k].text.casefold() in lex.place_heads | lex.org_heads else k


#: After a title's run: a name set off by a comma, with an age in brackets ("..., Rizal Harahap (48), dalam
#: ..."; not the next item of a list of officials, "..., Menko Perekonomian Aburizal Bakrie, dan ...")
_HOLDER_AFTER = rx.compile(r"\s*,\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\s*\(\d{1,3}\)\s*,")


def _body_words(run: list[Tok], lex: Lexicon) -> tuple[str, ...]:
    """The words of a body's name after its head word, up to a tail ("PT | Sari Gandum Nusantara | Tbk")."""
    words = [t.text for t in run[1:]]
    while words and words[-1].casefold() in lex.org_tails:
        words.pop()
    return tuple(words)


#: Before a title's run: a name and an age in brackets, set off by a comma ("Haris Mappanyukki (46), | ...")
_HOLDER_BEFORE = rx.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\s*\(\d{1,3}\)\s*,\s*$")


def _split_at(rest: list[Tok], lex: Lexicon, places: dict[str, str], after: str = "",
              solo: frozenset[str] | set[str] = frozenset(),
              speakers: frozenset[str] | set[str] = frozenset(),
              org_named: frozenset[str] | set[str] = frozenset(),
              bodies: frozenset[tuple[str, ...]] | set[tuple[str, ...]] = frozenset()) -> int:
    """Where an organisation or place ends and a name begins in the words after a
    title: "Gubernur [Bank Indonesia] Burhanuddin Abdullah", "Menteri [Pembangunan
    Inggris] Hilary Benn", "Direktur Utama [PT Telkom] Arwin Rasyid", "Pendiri
    [Tokopedia] William Tanuwijaya" (the article writes "William Tanuwijaya" on its own
    elsewhere: ``solo`` holds such runs), "Direktur Jenderal Kebudayaan [Kemendikbudristek]
    Hilmar Farid" (it quotes "ujar Hilmar": ``speakers``). Returns the number of leading
    tokens that are not the name (0: no such split)."""
    n = len(rest)
    if n < 3 or rx.match(r"\s*\(", after):
        return 0  # "... Teknologi Kebencanaan Geologi (BPPTKG)": the run names what the brackets shorten
    for k in range(1, n - 1):
        if rest[k].text in speakers and " ".join(t.text for t in rest[:k]) in solo and \
                _looks_like_person(rest[k:], lex) and \
                _no_place(rest[k:], places, lex):
            return k
    # a word the article quotes alone ("Hadi menyebutkan") opens the name when what stands
    # before it names a body: "Direktur Utama [Perumda Air Minum Tirta Bening] Hadi Purnomo"
    for k in range(1, n - 1):
        if rest[k].text in speakers and 2 <= n - k <= 3 and _looks_like_person(rest[k:], lex) and \
                _no_place(rest[k:], places, lex) and \
                (rest[0].text.casefold() in lex.org_heads or _ACRONYM.match(rest[0].text) or
                 rest[k - 1].text.casefold() in places):
            return k
    for k in (1, 2):
        if n - k >= 2 and " ".join(t.text for t in rest[k:]) in solo and _looks_like_person(rest[k:], lex) and \
                rest[k - 1].text.casefold() not in lex.title_set and \
                _no_place(rest[k:], places, lex):
            return k
    # a body the article names elsewhere, after its head word or as a short form in brackets
    # ("PT Sari Gandum Nusantara Tbk", "Kementerian Dalam Negeri (Kemendagri)"): "Direktur
    # Utama [Sari Gandum Nusantara] Lukas Hartanto", "Direktur Jenderal Otonomi Daerah
    # [Kemendagri] Bambang Wirawan"
    for k in range(n - 2, 0, -1):
        if (tuple(t.text for t in rest[:k]) in bodies or (rest[k - 1].text,) in bodies) and \
                _looks_like_person(rest[k:], lex) and _no_place(rest[k:], places, lex):
            return k
    # a word the article writes elsewhere after an organisation's head word ("Partai Gerindra":
    # ``org_named``) is that organisation: "Wakil Ketua Umum Gerindra | Edhy Prabowo"
    if n - 1 >= 2 and rest[0].text in org_named and _looks_like_person(rest[1:], lex) and \
            rest[0].text.casefold() not in lex.title_set and rest[0].text.casefold() not in lex.org_heads and \
            _no_place(rest[1:], places, lex):
        return 1
    # ... and with its head word, written as a name of its own elsewhere ("siaran pers Bank
    # Dunia"): "Presiden Bank Dunia | Robert B. Zoellick" (not "Departemen Luar | Negeri ...")
    if n - 2 >= 2 and rest[0].text.casefold() in lex.org_heads and rest[1].text in org_named and \
            f"{rest[0].text} {rest[1].text}" in solo and \
            _looks_like_person(rest[2:], lex) and \
            _no_place(rest[2:], places, lex):
        return 2
    # a known place closes the organisation: "... Inggris | Hilary Benn"
    for k in range(n - 2, 0, -1):
        for w in (2, 1):
            if k - w < 0:
                continue
            name = " ".join(t.text for t in rest[k - w:k]).casefold()
            if name in places and _looks_like_person(rest[k:], lex) and \
                    _place_prefix(rest[k:], lex, places) == 0 and \
                    f"{name} {rest[k].text.casefold()}" not in places:  # "Kalimantan | Tengah" goes on
                return k
    # ... or a name of one word after it: "Dinas Kesehatan Kalimantan Tengah | Wildan"
    last = rest[-1]
    low = last.text.casefold()
    if last.is_cap and last.is_word and not _ACRONYM.match(last.text) and low not in places and \
            low not in lex.place_heads | lex.org_heads | lex.org_tails | lex.title_set and len(last.text) > 2:
        for w in (2, 1):
            if n - 1 - w >= 1 and " ".join(t.text for t in rest[n - 1 - w:n - 1]).casefold() in places:
                return n - 1
    # an organisation word or an acronym before the name ("PT Telkom", "UNDP",
    # "Business Chamber"): the name is the last two words, three with an initial
    # ("Peter G Fanning")
    orgish = [t.text.casefold() in lex.org_heads or t.text.casefold() in lex.place_heads or
              t.text.casefold() in lex.org_tails or bool(_ACRONYM.match(t.text)) for t in rest]
    # a word that ends an organisation's name ends it: "Perhubungan Udara | Mohammad
    # Iksan Tatang" (a name of two to four words after it)
    tails = [i for i, t in enumerate(rest) if t.text.casefold() in lex.org_tails]
    if tails and 2 <= n - tails[-1] - 1 <= 4 and not any(orgish[tails[-1] + 1:]) and \
            _looks_like_person(rest[tails[-1] + 1:], lex) and \
            not any(t.text.casefold() in places for t in rest[tails[-1] + 1:]):
        return tails[-1] + 1
    for k in range(2, n - 1):
        if _ACRONYM.match(rest[k - 1].text) and 2 <= n - k <= 4 and not any(orgish[k:]) and \
                any(orgish[:k - 1]) and _looks_like_person(rest[k:], lex) and \
                _no_place(rest[k:], places, lex):
            return k  # "Fraksi PKS | Iskan Qolba Lubis": an acronym closes the body it names
    if _ACRONYM.match(rest[0].text) and rest[0].text.casefold() not in lex.org_heads and 3 <= n - 1 <= 4 and \
            not any(orgish[1:]) and \
            _looks_like_person(rest[1:], lex) and not any(t.text.casefold() in places for t in rest[1:]):
        return 1  # "Direktur Utama KCIC | Dwiyana Slamet Riyadi": an acronym is the whole organisation
    for size in (3, 2):
        k = n - size
        if size == 2 and k >= 2 and rx.fullmatch(r"[A-Z]\.?", rest[k - 1].text):
            k -= 1  # "TNI | M Tonny Harjono": an initial opens the name
        elif size == 2 and k >= 2 and rx.fullmatch(r"[A-Z]\.?", rest[k].text) and not orgish[k - 1] and \
                rest[k - 1].text.casefold() not in lex.place_heads | lex.org_heads:
            k -= 1  # "KONI Pusat | Rita A Subowo": a middle initial has a first name before it
        elif size == 2 and k >= 3 and rest[k - 2].text.casefold() in lex.title_set and not orgish[k - 1] and \
                _looks_like_person(rest[k - 1:], lex):
            k -= 1  # "Majelis Hakim | Dwiarso Budi Santiarto": a body named by an office ends on it
        if k < 1 or not any(orgish[:k]) or any(orgish[k:]):
            continue
        if size == 3 and not rx.fullmatch(r"[A-Z]\.?", rest[k + 1].text):
            continue
        if rest[k - 1].text.casefold() in lex.place_heads | lex.org_heads and \
                not (k >= 2 and _ACRONYM.match(rest[k - 2].text)):
            continue  # "Sungai | Bengawan Solo": a head word needs its name after it ("KONI Pusat" has it)
        if _looks_like_person(rest[k:], lex) and not any(t.text.casefold() in places for t in rest[k:]):
            return k
    return 0


def _org_title_split(title: str, rest: list[Tok], after: str, lex: Lexicon) -> int:
    """1 when ``title`` takes a company or body (``roles.org_titles``) and one word of it
    stands before a name of two words or more: "Pendiri | Gojek | Nadiem Makarim"; else 0."""
    return int(len(rest) >= 3 and title.strip().casefold() in lex.org_titles and
               not rx.match(r"\s*\(", after) and _looks_like_person(rest[1:], lex))


def _no_place(toks: list[Tok], places: dict[str, str], lex: Lexicon) -> bool:
    """None of ``toks`` is a place the article or the pack knows."""
    return not any(t.text.casefold() in places or t.text.casefold() in lex.places for t in toks)


def _ranked_before(text: str, start: int, lex: Lexicon) -> bool | None:
    """Whether a person's rank or honorific stands right before ``start`` (True when one of them
    is written short, with a full stop: "Mr. | Peter Hall", "Dr. Ir. | Heru Prasetyo"); None when
    none does, or when they belong to a street, a body or an office named before them ("Jl. Dr. |
    Wahidin Raya", "RSUD dr. | Mohamad Soewandhie", "Direktur Jenderal | Otonomi Daerah")."""
    words = rx.findall(r"[\w.]+|[),]", text[max(0, start - 80):start])
    if not words or not rx.match(r"\s", text[start - 1:start]):
        return None
    i = len(words)
    while i and words[i - 1].casefold().rstrip(".") in lex.honorifics:
        i -= 1
    if i == len(words):
        return None
    short = any(w.endswith(".") for w in words[i:])
    before = words[i - 1] if i else ""
    low = before.casefold()
    if {low, low.rstrip(".")} & (lex.place_heads | lex.org_heads) or _ACRONYM.match(before) or \
            not short and before[:1].isupper() and low.rstrip(".") in lex.title_set:
        return None
    return short


def _region_words(run: list[Tok], lex: Lexicon, places: dict[str, str]) -> int:
    """How many words of ``run`` name the region a regional body serves: a known place, a place
    head and its name ("Kabupaten Jember"), or one word, each perhaps with a compass word
    ("Jawa Timur", "Lampung Selatan")."""
    n = _place_prefix(run, lex, places) or (2 if len(run) > 2 and run[0].text.casefold() in lex.place_heads else 1)
    if n < len(run) and run[n].text.casefold() in lex.compass_words:
        n += 1
    return n


def _place_prefix(run: list[Tok], lex: Lexicon, places: dict[str, str] | None = None) -> int:
    """Number of leading tokens that form a known place."""
    places = places if places is not None else lex.places
    for n in range(min(4, len(run)), 0, -1):
        name = " ".join(t.text for t in run[:n]).casefold()
        if name in places:
            return n
    return 0


def _article_places(sentences: list[Sentence], lex: Lexicon, runs_of: dict[int, list[list[Tok]]]) -> dict[str, str]:
    """The gazetteer plus this article's own places: runs that start with a place
    head ("Kabupaten Wonogiri", and so "Wonogiri") and short names after a place
    preposition ("di Wonogiri", "in Rotterdam")."""
    places = dict(lex.places)
    # the runs that open on a place's head word, as written: a longer run that goes on past one of
    # them ("(Disbudpar) Kabupaten Jayawijaya | Yulius Wenda mengatakan", where the article also writes
    # "Kabupaten Jayawijaya" alone) names that place, and a person after it (round 148)
    headed = {tuple(t.text for t in run) for sent in sentences for run in runs_of[sent.index]
              if len(run) > 1 and run[0].text.casefold() in lex.place_heads}
    for sent in sentences:
        for run in runs_of[sent.index]:
            words = [t.text for t in run]
            low0 = words[0].casefold()
            if low0 in lex.place_heads and len(run) > 1:
                shorter = next((n for n in range(len(words) - 2, 1, -1) if tuple(words[:n]) in headed), 0)
                if shorter:
                    words = words[:shorter]
                places.setdefault(" ".join(words).casefold(), " ".join(words))
                places.setdefault(" ".join(words[1:]).casefold(), " ".join(words[1:]))
                continue
            if words[-1].casefold() in lex.place_tails and 2 <= len(run) <= 3 and \
                    not any(w.casefold() in lex.org_heads or w.casefold() in lex.stop for w in words):
                places.setdefault(" ".join(words).casefold(), " ".join(words))  # "North Sea", "Red Sea"
                continue
            prev = rx.search(r"(\w+)\s+$", sent.text[max(0, run[0].start - 40): run[0].start])
            if prev and prev.group(1).casefold() in lex.locatives and len(run) <= 2 and \
                    not _is_demonym(" ".join(words), lex.places) and \
                    not _ACRONYM.match(words[0]) and low0 not in lex.org_heads and \
                    low0.rstrip(".") not in lex.title_set and \
                    words[-1].casefold() not in lex.org_tails and \
                    not (len(words) > 1 and rx.fullmatch(r"[IVX]+|\d+|[A-Z]", words[-1])) and \
                    not rx.match(r"\s+\d", sent.text[run[-1].end:]) and \
                    not (len(words) > 1 and low0 in lex.given) and \
                    not rx.match(r"(?!Ma?c)[A-Z][a-z]+[A-Z]", words[0]):
                # ("in Figure 3.20", "dari Level III", "di Serie A": a label, not a place; "dari Victor Nelsson":
                # a person; "di BullionVault": a firm's name written in camel case)
                places.setdefault(" ".join(words).casefold(), " ".join(words))
    return places


class _Taken(list):  # type: ignore[type-arg]
    """Spans of a sentence taken by a mention, with a character mask so that a
    free-span test costs the span's length, not the number of mentions."""

    def __init__(self, n: int) -> None:
        super().__init__()
        self.mask = bytearray(n + 1)

    def append(self, span: tuple[int, int]) -> None:  # type: ignore[override]
        super().append(span)
        a, b = span
        self.mask[a:b] = b"\x01" * (b - a)


@dataclass
class _Entity:
    kind: str
    name: str
    aliases: set[str]


#: One capitalised word after a comma (or opening the sentence), then an age: "(56)," or ", 52,"
#: After a name: a connector, capitalised words and a short form in brackets ("Kamar Dagang | dan Industri (Kadin)").
_NAME_GOES_ON = rx.compile(r"\s+(\w+|&)\s+([A-Z][\w-]*)(?:\s+[A-Z][\w-]*){0,3}\s*\([A-Z][A-Za-z-]{1,9}\)")
_ONE_NAME_AGED = rx.compile(r"(?:^|,\s+)([A-Z][a-z]{2,})(?=\s*\(\d{1,3}\)\s*,|,\s*\d{1,3}\s*,)")


def find_mentions(sentences: list[Sentence], pack: LanguagePack, title: str = "") -> list[Mention]:
    """All mentions of all sentences, sorted by sentence and offset."""
    lex = lexicon(pack)
    lower_vocab = _lower_vocab(sentences)
    cap_pairs = {p for p in _cap_bigrams(sentences, title)
                 if not lex.post_nominal(p.rsplit(" ", 1)[-1])}  # "Sudirman DVM"
    runs_of = {sent.index: _cap_runs(sent, lex, lower_vocab, cap_pairs) for sent in sentences}
    # words the article writes right after a place's head word ("Kabupaten | Sleman"): places
    placed = {p.split(" ")[1] for p in cap_pairs if p.count(" ") == 1 and p.split(" ")[0].casefold() in lex.place_heads}
    # capitalised words the article writes right before another one, with only a space
    # between ("Bea Cukai"; not "kepada Soeharto, Hasto menyatakan", nor a degree after a name)
    joined_firsts = {a.text for sent in sentences for a, b in itertools.pairwise(tokens(sent.text))
                     if a.is_cap and a.is_word and b.is_cap and b.is_word and sent.text[a.end:b.start].isspace()
                     and not lex.post_nominal(b.text)}
    # the names the article writes as runs of their own ("William Tanuwijaya mengatakan ...")
    solo = {" ".join(t.text for t in run) for runs in runs_of.values() for run in runs}
    # ... and the words it writes right after an organisation's head word ("Partai | Gerindra")
    org_named = {run[i + 1].text for runs in runs_of.values() for run in runs
                 for i in range(len(run) - 1) if run[i].text.casefold() in lex.org_heads
                 and not (run[0].text.casefold() in lex.title_heads and _match_title(run, lex) > i)}
    # (not "Menteri Sekretaris Negara | Yusril Ihza Mahendra": there the head word is the title's)
    # ... the words after such a head word, up to a tail ("PT | Sari Gandum Nusantara | Tbk"),
    # and the short forms the article gives in brackets ("(Kemendagri)"): bodies it names
    bodies: set[tuple[str, ...]] = set()
    # (and where each stands: a body written again elsewhere is whole after a title)
    body_spots: dict[tuple[str, ...], set[tuple[int, int]]] = {}
    for si, runs in runs_of.items():
        for run in runs:
            if len(run) >= 3 and run[0].text.casefold() in lex.org_heads | lex.place_heads and \
                    not (run[0].text.casefold() in lex.title_heads and _match_title(run, lex) > 0):
                words = _body_words(run, lex)
                if len(words) >= 2:
                    bodies.add(words)
                    body_spots.setdefault(words, set()).add((si, run[0].start))
    bodies |= {(m.group(1),) for m in rx.finditer(r"\(([A-Z][A-Za-z]{2,11})\)", " ".join(s.text for s in sentences))}
    # ... and one-word names it quotes ("kata Wahyu.", "ujar Hilmar."): people
    speakers = set(lex.speaker_re.findall(" ".join(s.text for s in sentences))) if lex.speaker_re else set()
    if lex.opening_speaker_re is not None:
        speakers |= {m.group(1) for s in sentences if (m := lex.opening_speaker_re.match(s.text))
                     and m.group(1).casefold() not in lex.stop and m.group(1).casefold() not in lex.title_set}
    places = _article_places(sentences, lex, runs_of)
    out: list[Mention] = []
    persons: dict[str, str] = {}  # full name -> role (may be "")
    acronyms: dict[str, str] = {}  # acronym -> expansion
    pending_names: list[tuple[int, int, int, str]] = []

    role_re = lex.role_re
    role_end_re = lex.role_end_re

    # a person's initials ("berinisial RS") name no body, wherever the article writes them
    initials = {m.group(1) for sent in sentences for m in lex.initials_re.finditer(sent.text)
                if m.group(1).isupper()}
    initials_re = re.compile(rf"(?<![\w-])(?:{'|'.join(sorted(initials))})(?![\w-])") if initials else None

    for sent in sentences:
        text = sent.text

        taken = _Taken(len(text))
        if initials_re is not None:
            for m in initials_re.finditer(text):
                taken.append((m.start(), m.end()))

        def add(kind: str, s: int, e: int, value: str | None = None, _sent: Sentence = sent,
                _taken: list[tuple[int, int]] = taken) -> None:
            out.append(Mention(kind, _sent.index, s, e, _sent.text[s:e], value))
            if kind not in {"role"}:
                _taken.append((s, e))

        def free(s: int, e: int, _taken: _Taken = taken) -> bool:
            return 1 not in _taken.mask[s:e]

        # A span of time in several units first: none of its parts is a count of its own.
        for m in lex.duration_re.finditer(text):
            add("number", m.start(), m.end(), DURATION)
        # Dates next: month names and years are never names or numbers.
        for pat, kind in lex.date_res:
            for m in pat.finditer(text):
                if kind == "year" and m.group().isdigit() and \
                        (nxt_word := rx.match(r"\s+(\w+)", text[m.end():])) and \
                        nxt_word.group(1).casefold() in lex.counted:
                    continue  # "attended by 2000 guests": a count, not a year
                if kind == "year" and (
                        lex.other_year_before_re is not None and
                        lex.other_year_before_re.search(text, max(0, m.start() - 30), m.start()) or
                        lex.other_year_after_re is not None and lex.other_year_after_re.match(text, m.end())):
                    continue  # "11 Jumadilawal Dal 1959", "1447 Hijriah": a year of another calendar
                if kind == "relative" and (prev := rx.search(r"(\S+)\s+$", text[max(0, m.start() - 24):m.start()])) \
                        and (prev.group(1)[:1].isdigit() or prev.group(1).casefold() in lex.number_words):
                    continue  # "lebih dari 100 | tahun lalu": a hundred years ago, not last year (found as a
                    # user: the timeline dated a 1917 record "tahun lalu")
                if kind == "year" and (rx.match(r"[ -]\d{3}(?![\d.,])", text[m.end():]) or
                                       rx.search(r"\d{3}[ -]$", text[max(0, m.start() - 4):m.start()])):
                    continue  # "the recall hotline on 1800 555 614": a group of a telephone number (round 128:
                    # "When can parents ... call the company's recall hotline 555 614? 1800")
                if kind == "month" and _month_opens_name(text, m.start(), m.end(), lex):
                    continue  # "June Raine": a first name
                if kind == "month" and _month_closes_name(text, m.start(), m.end(), lex):
                    continue  # "Lim Wei Jun": the end of a name
                if free(m.start(), m.end()):
                    end = m.end()
                    anchor = lex.date_anchor_re.match(text, end) if lex.date_anchor_re is not None and \
                        not rx.search(r"\d{4}", m.group()) else None
                    if anchor:
                        end = anchor.end()  # "in March of that year": the year is part of the date
                    clock = lex.clock_re.match(text, end) if lex.clock_re is not None else None
                    if clock and free(end, clock.end()):
                        end = clock.end()
                    second = rx.match(r"\s+(\S+)\s+(\d{1,2})(?![\d.,:/])", text[end:]) \
                        if kind == "month" and m.group()[-1:].isdigit() else None
                    if second and second.group(1).casefold() in lex.coordinators and \
                            1 <= int(second.group(2)) <= 31 and free(end, end + second.end()) and \
                            not ((nxt := rx.match(r"\s+(\w+)", text[end + second.end():])) and
                                 nxt.group(1).casefold() in lex.counted | lex.units):
                        end += second.end()  # "on June 24 and 25": the second day is the date's, no count
                        # (found as a user: "25 form" stood among the U2 article's numbers)
                    add("date", m.start(), end, date_sort_key(m.group(), lex) + f"|{kind}")

        # Numbers with their unit or noun.
        idiom_spans = [(m.start(), m.end()) for m in lex.idioms.finditer(text)] if lex.idioms else []
        for m in lex.number_re.finditer(text):
            # the span is the number itself; "sekitar"/"about" and the noun stay outside
            s, e = m.start("core"), m.end("core")
            if not free(s, e) or any(a <= s < b for a, b in idiom_spans):
                continue
            raw = m.group("core")
            if lex.tolerance_re is not None and (tol := lex.tolerance_re.match(text, e)) and free(e, tol.end()):
                e = tol.end()  # "2,5 plus minus 1 persen": a band around a figure is one figure
                raw = text[s:e]
            if lex.dec == "," and rx.fullmatch(r"(?:\D*\s)?\d{1,3}", raw):  # "19, 5 miliar", "Rp 19, 5 miliar"
                frac = rx.match(r", (\d{1,2}) ", text[e:])
                after_frac = text[e + frac.end():] if frac else ""
                word = rx.match(r"\w+", after_frac)
                measured = after_frac.startswith("%") or (word is not None and word.group().casefold() in lex.multipliers) \
                    or (lex.unit_re is not None and lex.unit_re.match(after_frac) is not None)
                if frac and measured and free(e, e + frac.end()):
                    e += frac.end() - 1  # "54, 75 persen": a decimal written with a space
                    mult = rx.match(r" (\w+)", text[e:])
                    if mult and mult.group(1).casefold() in lex.multipliers:
                        e += mult.end()  # "Rp 19, 5 miliar": the multiplier is part of the figure
                    raw = text[s:e]
            if not any(ch.isdigit() for ch in raw) and lex.vague_re is not None and \
                    lex.vague_re.search(text, max(0, s - 20), s):
                continue  # "several hundred nurses": no figure to learn
            if (upper := _range_end(text, e, raw, lex)) is not None and free(e, upper) and not (
                    (maker := rx.search(r"(?<=[^.!?\s]\s)([A-Z][a-z]+)\s$", text[max(0, s - 30):s])) and
                    maker.group(1).casefold() not in lex.stop | lex.currencies_cf):
                e = upper  # "Rp 4-5 juta", "15-16 persen", "400-500 ekor": a range of figures is one figure
                # (not "Fokker 28-1000 milik TANS": a model's number after its maker's name)
                raw = text[s:e]
            elif rx.search(r"(?<!\w)[A-Z]{1,4}\s?[-–]\s?$", text[max(0, s - 8):s]) or \
                    rx.match(r"[-–]\d|-[A-Z]", text[e:e + 2]) or rx.match(r"\s?/?[A-Z][A-Za-z.]*/\w", text[e:e + 12]):
                continue  # "RI - 020", "MH-17", "737-200": a code, not a count; "7-Day": part of a name;
                # "perkara 1875 K/Pdt/2025": a case number
            model = rx.search(r"(?:^|(?<=\s))([A-Z][a-z]+)\s$", text[max(0, s - 30):s]) if s > 0 else None
            if model and rx.fullmatch(r"\d{1,4}", raw) and not rx.match(r"[.,]\d", text[e:e + 2]) and \
                    model.group(1).casefold() not in lex.currencies_cf and model.group(1).casefold() not in lex.stop \
                    and model.group(1).casefold() not in lex.months and model.group(1).casefold() not in lex.title_set \
                    and not rx.search(r"[.!?]\s+\S*$", text[max(0, s - 30):s]) and text[:s].strip() != model.group(1):
                continue  # "roket Falcon 9 milik SpaceX", "Boeing 737": a model's number, not a count
            prev = rx.search(r"(\w+)\s*$", text[max(0, s - 40):s])
            if prev and prev.group(1).casefold() in lex.time_words and \
                    (clock := rx.fullmatch(r"(\d{1,2})[.:](\d{2})", raw)) and \
                    int(clock.group(1)) <= 24 and int(clock.group(2)) <= 59 and \
                    not (lex.percent_re is not None and lex.percent_re.match(text, e + 1) and text[e:e + 1] == " "):
                continue  # "pukul 10.30": a clock time (but "at 9.75 percent", "at 9.50 percent": a rate)
            if rx.fullmatch(r"\d{1,2}(?:[.:]\d{2})?", raw) and rx.match(r"\s?(?:[ap]\.\s?m\.|[AP]\.M\.|[ap]m(?!\w))", text[e:]):
                continue  # "till 11 p.m.", "5 a.m.": a time of day, no count (round 149's sheet listed "11 p")
            # "2 menit 19, 78 detik": a word of rank after a count of its own is a unit
            counted_before = prev is not None and \
                lex.counted_re.search(text[max(0, s - 60):max(0, s - 40) + prev.start()]) is not None
            abbr = rx.search(r"(\w+)\.\s*$", text[max(0, s - 12):s])
            if (prev and prev.group(1).casefold() in lex.ordinal_words and not counted_before) or \
                    rx.search(r"\bke-?\s*$", text[max(0, s - 6):s]) or \
                    (abbr and abbr.group(1).casefold() in lex.ordinal_words):
                continue  # "peringkat 20", "ke-10": a rank, not a count ("2 menit 19, 78 detik" is a time)
            unit = ""
            um = lex.unit_re.match(text, e + 1) if lex.unit_re is not None and text[e:e + 1] == " " else None
            nxt = rx.match(r"\s+(\w+(?:-\w+)?(?:/[^\W\d]+)?)(\s+\w+)?", text[e:])  # ("33 kabupaten/kota")
            compound = lex.unit_compounds_re.match(text, e + 1) if um and lex.unit_compounds_re is not None else None
            if compound:
                unit, um = compound.group(), None  # "lima jam tangan": watches, not five hours (round 91)
            elif um:
                unit = um.group()
            elif nxt and "%" not in raw and nxt.group(1).casefold() not in lex.stop and \
                    (not nxt.group(1)[:1].isupper() or (
                        raw[-1:].isdigit() and lex.counted_capital(nxt.group(1), text[e + nxt.end(1):]))) and \
                    not nxt.group(1)[:1].isdigit() and \
                    nxt.group(1).casefold() not in lex.number_words and \
                    not nxt.group(1).endswith(_ADJECTIVE_ENDINGS) and \
                    not (nxt.group(2) and nxt.group(2).strip().casefold() in lex.coordinators) and \
                    not (nxt.group(2) and (nxt.group(2).strip()[:1].isdigit() or
                                           nxt.group(2).strip() in lex.currencies and
                                           nxt.group(1).casefold() not in lex.multipliers)):
                # (a word between two figures is no noun: "dari 210.000 menjadi 30.000",
                # "dari Rp 2.200 menjadi Rp 5.480")
                unit = nxt.group(1)
            if lex.rate_words and (prev1 := rx.search(r"(\w+)\s+$", text[max(0, s - 20):s])) and \
                    prev1.group(1).casefold() in lex.rate_words:
                continue  # "1,150 rupees per 100 kg": the figure after "per" is part of the unit
            before2 = rx.search(r"(\w+)\s+(\w+)\s+$", text[max(0, s - 60):s])
            if before2 and (before2.group(1).casefold() in lex.number_words or before2.group(1).isdigit()) \
                    and before2.group(2).casefold() in {"in", "dari", "of"}:
                continue  # "four in ten": a ratio, not a count
            if not rx.search(r"\d", raw):
                # a number word is a quantity only with its noun, and "one" only with a unit
                value = lex.number_words.get(raw.casefold(), 0)
                if not unit or (value < 2 and not um):
                    continue
            add("number", s, e, unit)
            if um:
                taken.append((um.start(), um.end()))  # "dollar AS": "AS" is part of the unit

        sent_runs = runs_of[sent.index]
        for k, run in enumerate(sent_runs):
            run_end = run[-1].end
            while len(run) > 2 and lex.post_nominal(run[-1].text):
                run = run[:-1]  # "Sudirman DVM", "Budi Santoso MSi": letters after a name are no part of it
            if lex.org_first and 3 <= len(run) <= 4 and _place_adjective(run[0].text, places) and \
                    not any(t.text.casefold() in lex.org_heads | lex.org_tails | lex.place_heads for t in run[1:]):
                run = run[1:]  # "Kenyan Judith Chebet": the country's adjective, then a name (but
                # "Egyptian Football Association" is the body's name)
            s, e, name = _span_text(sent, run)
            if not free(s, e):
                continue
            after = text[run_end:]
            # An office named with its field after "for"/"of": "Principal Secretary for Environment
            # Joseph Kiprono", "Minister for Foreign Affairs Penny Wong", "Secretary of State for
            # Health Wes Streeting" (the field, then the name: a name of two words unless the
            # article quotes a longer one alone)
            chain = lex.office_chain_re.search(text[max(0, s - 80):s]) if lex.office_chain_re is not None else None
            if chain and len(run) >= 3 and not any(t.text.casefold() in lex.org_heads for t in run):
                c_start = max(0, s - 80) + chain.start()
                first = chain.group().split()
                if any(w.casefold().rstrip(".") in lex.title_set for w in first[:3]) or \
                        " ".join(first[:2]).casefold() in lex.title_set:
                    k = next((k for k in range(1, min(4, len(run) - 1)) if " ".join(t.text for t in run[k:]) in solo
                              or run[-1].text in speakers and len(run) - k == 2), len(run) - 2)
                    person = run[k:]
                    if _looks_like_person(person, lex) and _place_prefix(person, lex, places) == 0:
                        out[:] = [x for x in out if not (x.sentence == sent.index and c_start <= x.start < s)]
                        pending_names[:] = [pn for pn in pending_names
                                            if not (pn[0] == sent.index and c_start <= pn[1] < s)]
                        ps, pe, pname = _span_text(sent, person)
                        full = _resolve_person(pname, persons)
                        persons.setdefault(full, text[c_start:person[0].start].strip())
                        add("role", c_start, person[0].start - 1, full)
                        add("person", ps, pe, full)
                        continue
            acr = rx.match(r"\s*\(([A-Z][A-Za-z0-9&-]{1,9})\)", after)
            if acr is None and len(run) >= 2:
                # ... or after "atau"/"or", where the run's capitals spell it letter for letter
                # (not "Asia Tenggara atau ASEAN", a region and a body), or after a slash closing
                # the brackets round the run ("Museum Agung Mesir (Grand Egyptian Museum/GEM)")
                acr = lex.acronym_after_re.match(after) or \
                    (rx.match(r"/([A-Z][A-Za-z0-9&-]{1,9})\)", after) if text[:s].rstrip().endswith("(") else None)
                # (or those of its end: "The | International Atomic Energy Agency, or IAEA")
                if acr and not any(initials_score([t.text for t in run[k:]], acr.group(1)) == 1.0
                                   for k in range(len(run) - 1)):
                    acr = None
            # A lower-case role just before the run: "direktur SVR Sergei Naryshkin".
            lo = max(0, s - 60)
            lead = role_end_re.search(text[lo:s]) if role_end_re is not None else None
            if lead and len(run) >= 2:
                np_ = max(_place_prefix(run, lex, places),
                          _split_org_person(run, lex, places, after, solo, speakers, org_named, bodies))
                np_ = _name_start(run, _keep_speaker(run, np_, speakers), lex)
                if _apposed_holder(text, run[-1].end, lex, places) or \
                        run[0].text.casefold() in lex.org_heads and _ACRONYM.match(run[0].text) and \
                        rx.match(r",\s+[A-Z]", after):
                    np_ = len(run)  # "Kuasa hukum PT Borneo Karya Energi, Andreas Simanjuntak, mengatakan"
                    # ("Kuasa hukum PT Rasa Pedas Nusantara, Desi Ratnasari, menyambut ...": a company's
                    # name runs to the comma)
                if not np_ and _ACRONYM.match(run[0].text):
                    np_ = 1
                if not np_:
                    np_ = _org_title_split(lead.group(), run, after, lex)
                person = run[np_:]
                if _looks_like_person(person, lex) and _place_prefix(person, lex, places) == 0:
                    ps, pe, pname = _span_text(sent, person)
                    if np_:
                        ms, me, mname = _span_text(sent, run[:np_])
                        kind = "acronym" if np_ == 1 and _ACRONYM.match(run[0].text) else \
                            "place" if mname.casefold() in places else "organisation"
                        add(kind, ms, me, acronyms.get(mname) if kind == "acronym"
                            else places.get(mname.casefold()) if kind == "place" else None)
                    r_start = lo + lead.start()
                    if lex.org_first:
                        # "Lib Dem leader Charles Kennedy", "Labour chairman Ian McCartney": the
                        # organisation before a lower-case title is part of the role
                        org = rx.search(r"(?:[A-Z][\w&'’.-]*\s+){1,4}$", text[max(0, r_start - 60):r_start])
                        if org:
                            words = org.group().split()
                            while words and (words[0].casefold() in lex.stop or words[0].casefold() in lex.title_set):
                                words.pop(0)
                            if words and not any(w.endswith((",", ".", ";", ":")) for w in words):
                                r_start -= len(" ".join(words)) + 1
                        else:
                            # "said economy minister Heizo Takenaka": a lower-case noun before
                            # the title says which minister (not a verb, a function word or -ly)
                            mod = _noun_before(text, r_start, lex, ("ed", "ing", "ly", *_ADJECTIVE_ENDINGS))
                            if mod and lead.group().strip().casefold() in lex.title_set:
                                r_start -= len(mod.group())
                                mod = _noun_before(text, r_start, lex, ("ed", "ing", "ly"))
                                if mod and rx.search(r"[A-Z][\w.-]*['’]s\s+$", text[max(0, r_start - len(mod.group()) - 40):
                                                                                 r_start - len(mod.group())]):
                                    r_start -= len(mod.group())  # "Scotland's | land | reform minister": a
                                    # second noun (an adjective too), when an owner stands before it
                                # ... and whose: "Odisha's chief secretary"
                                org = rx.search(r"(?:[A-Z][\w&'’.-]*\s+)?[A-Z][\w&.-]*['’]s\s+$",
                                                text[max(0, r_start - 40):r_start])
                                if org and not lex.org_first:
                                    org = None
                                if org:
                                    words = org.group().split()
                                    while words and (words[0].casefold() in lex.stop or
                                                     words[0].casefold() in lex.title_set):
                                        words.pop(0)
                                    if words and not any(w.endswith((",", ".", ";", ":")) for w in words):
                                        r_start -= len(" ".join(words)) + 1
                    role = text[r_start:person[0].start].strip()
                    full = _resolve_person(pname, persons)
                    persons.setdefault(full, role)
                    add("role", r_start, person[0].start - 1, full)
                    add("person", ps, pe, full)
                    continue
            # A title, then maybe a place/organisation, then a name.
            nt = _match_title(run, lex)
            if nt == 1 and run[0].text.casefold() in lex.name_titles and 2 <= len(run) <= 4 and \
                    _looks_like_person(run, lex) and _no_place(run[1:], places, lex) and \
                    not any(t.text.casefold() in lex.org_heads | lex.place_heads | lex.title_set for t in run[1:]):
                nt = 0  # "..., Imam Syafi'i, menyebut ...": a title word that is also a given name, before a name
                # and no office, opens the name (roles.name_titles; round 112's gap left "Imam" out)
            role_from = run[0].start
            rest = run[nt:] if nt and nt < len(run) else []
            prev_run = sent_runs[k - 1] if k else []
            if k > 1 and len(prev_run) <= 2 and text[prev_run[0].start - 1:prev_run[0].start] == "(":
                prev_run = sent_runs[k - 2]  # the bracketed short form is a run of its own
            gap = text[prev_run[-1].end:s] if prev_run else ""
            if not nt and prev_run and _match_title(prev_run, lex) > 0 and (
                    rx.fullmatch(r"\s*\([A-Z][A-Za-z]{1,9}(?: [A-Z][A-Za-z]{1,9})?\)\s+", gap) or
                    rx.fullmatch(r"\s*\([A-Z][A-Za-z]{1,9}\),\s+", gap) and _looks_like_person(run, lex) and
                    rx.match(r",\s+[a-z]", text[run[-1].end:]) is not None):
                # the title shortened in brackets: "Menteri Luar Negeri (Menlu) Belanda Bernard Bot",
                # "Kepala Balai Konservasi Sumber Daya Alam (BKSDA) Kalimantan Tengah Yohanes Sudarto"; or the
                # body's, then the holder set off by commas: "Kepala Balai Penyelidikan ... Geologi (BPPTKG), |
                # Agus Budi Santoso, menyebutkan" (found as a user: no card asked who heads the BPPTKG)
                rest, role_from = run, prev_run[0].start
            if rest:
                # (an office its modifiers already qualify is held by the one name after it, even a
                # name the article also writes after "ke": "Presiden ke-2 RI Soeharto" beside "gelar
                # pahlawan nasional ke Soeharto"; the gazetteer's places still name no holder)
                qualified = len(rest) == 1 and nt > max(
                    (len(tw) for tw in lex.title_words
                     if [t.text.casefold().rstrip(".") for t in run[:len(tw)]] == tw), default=nt) and \
                    " ".join(t.text for t in run[:nt]).casefold() not in lex.region_titles
                holder_places = lex.places if qualified else places
                np_ = max(_place_prefix(rest, lex, holder_places),
                          _split_org_person(rest, lex, places, after, solo, speakers, org_named, bodies))
                np_ = _name_start(rest, _keep_speaker(rest, np_, speakers), lex)
                if np_ < len(rest) and rest[0].text.casefold() in lex.org_heads and \
                        body_spots.get(_body_words(rest, lex), set()) - {(sent.index, rest[0].start)}:
                    np_ = len(rest)  # "Haris, Direktur PT Amanah Cahaya Baitullah, ..." where the article writes
                    # "PT Amanah Cahaya Baitullah" alone elsewhere: the whole run is the body (round 147: "Siapa
                    # Direktur PT Amanah? Cahaya Baitullah")
                if np_ < len(rest) and _HOLDER_BEFORE.search(text, 0, role_from) and rx.match(r"\s*,", after):
                    np_ = len(rest)  # "Haris Mappanyukki (46), Direktur PT Amanah Cahaya Baitullah, dalam ...":
                    # the holder stands before, with an age, and the office's words name its body (round
                    # 147: "Siapa Direktur PT Amanah? Cahaya Baitullah")
                if np_ < len(rest) and lex.coordinators and re.match(  # (re: a pattern of the article's word)
                        r",\s+(?:%s)(?:\s+[A-Z][\w-]*)*\s*,?\s+(?:%s)\s+[A-Z]" % (
                            "|".join(re.escape(t.text) for t in run if t.text[:1].isupper() and
                                     t.text.casefold().rstrip(".") not in lex.title_set) or "(?!)", "|".join(
                            re.escape(c) for c in sorted(lex.coordinators))), after):
                    np_ = len(rest)  # "Direktur Jenderal Pendidikan Anak Usia Dini, Pendidikan Dasar, dan Pendidikan
                    # Menengah ...": the run is one field of a list the office goes on with, each item on the same
                    # head word, no holder (round 148: "Siapa Direktur Jenderal Pendidikan? Anak Usia Dini"; not "...
                    # Gubernur Bank Indonesia Burhanuddin Abdullah, Menko ... Aburizal Bakrie, dan ...": a list of
                    # officials, seen in the dump)
                if np_ < len(rest) and _apposed_holder(text, rest[-1].end, lex, places):
                    np_ = len(rest)  # "Direktur Eksekutif Cakra Data, Budi Prasetyo, mengatakan", "Kepala
                    # BLU Trans Semarang, Hendrawan Setiadi, mengatakan", "... bersama Direktur Utama
                    # PT Surya Timur Energi, Rina Kartikasari.": the words after the title name the
                    # body; its head is named after a comma, then speaks or ends the sentence
                if not np_ and rest is run and len(rest) >= 3 and _REGION_PAIR.fullmatch(rest[0].text):
                    np_ = 1  # "Kepala Balai Besar Wilayah Sungai (BBWS) | Cimanuk-Cisanggarung | Heru
                    # Santoso": after the bracketed body, two regions joined by a hyphen qualify it
                if not np_ and len(rest) >= 3 and lex.region_titles and not rx.match(r"\s*\(", after) and \
                        " ".join(t.text for t in run[:nt]).casefold() in lex.region_titles and \
                        not _ACRONYM.match(rest[0].text):
                    # "Bupati | Garut | Rudy Gunawan": the region, then the person
                    np_ = 3 if f"{rest[1].text} {rest[2].text}".casefold() in lex.compass_words else \
                        2 if rest[1].text.casefold() in lex.compass_words or \
                        len(rest) >= 4 and (rest[0].text, rest[1].text) in bodies else 1
                    # ("Bupati | Sumba Barat Daya |, Yohanes Dade Lero": a compass word, of one word or
                    # two, closes the region; round 93 read "Siapa Bupati Sumba? Barat Daya")
                    # ("Bupati | Batang Luar | Syarif Hamdani": the article writes "Kabupaten Batang Luar")
                    places.setdefault(" ".join(t.text for t in rest[:np_]).casefold(),
                                      " ".join(t.text for t in rest[:np_]))
                if not np_:  # (the title capitalised in the run: "CEO Gojek Nadiem Makarim")
                    np_ = _org_title_split(" ".join(t.text for t in run[:nt]), rest, after, lex)
                # ("(PB IPSI)": a short form may be written in two parts)
                short = rx.match(r"\s*\(([A-Z][A-Za-z]{1,9}(?: [A-Z][A-Za-z]{1,9})?)\)", after)
                if not np_ and short and initials_score([t.text for t in rest], short.group(1).replace(" ", "")) == 1.0:
                    np_ = len(rest)  # "Gubernur Daerah Istimewa Yogyakarta (DIY)": the brackets shorten
                    # what follows the title, a place or a body, not a person
                if np_ <= 1 and len(rest) >= 4 and rest[0].text.casefold() in lex.regional_bodies:
                    # "Kepala Pelaksana BPBD | Lumajang | Yudhi Prasetyo", "Ketua DPRD | Kabupaten
                    # Jember | Ahmad Halim": a body every region has is named with its region
                    region = _region_words(rest[1:], lex, places)
                    if len(rest) - 1 - region >= 2:
                        np_ = 1 + region
                        places.setdefault(" ".join(t.text for t in rest[1:np_]).casefold(),
                                          " ".join(t.text for t in rest[1:np_]))
                if not np_ and len(rest) > 1 and _ACRONYM.match(rest[0].text):
                    np_ = 1
                    if rx.match(r"\s*\(|,\s+[A-Z]", after) and rest[0].text.casefold() in lex.org_heads:
                        np_ = len(rest)  # "Direktur Utama PT Pupuk Kalimantan Timur (PT Pupuk Kaltim)": a company
                        # ("Kuasa hukum PT Rasa Pedas Nusantara, Desi Ratnasari, ...": its name runs to the comma)
                person = rest[np_:]
                while len(person) > 2 and _ACRONYM.match(person[0].text.replace("-", "")):
                    person = person[1:]  # "Sekretaris Jenderal PDI-P Hasto Kristiyanto"
                known = _resolve_person(" ".join(t.text for t in person), persons) in persons
                single = len(person) == 1 and person[0].text[:1].isupper() and \
                    not person[0].text.isupper() and person[0].text.casefold() not in lex.org_heads and \
                    [person[0].text.casefold()] not in lex.title_modifiers and \
                    not lex.joined_capital_re.match(text, person[0].end) and \
                    person[0].text.casefold() not in lex.compass_words | lex.org_tails and \
                    person[0].text not in joined_firsts and \
                    not rx.match(r",\s+[A-Z]", text[person[0].end:]) and \
                    not _honorific_next(text, person[0].end, lex) and \
                    _preceding(text, role_from).casefold() not in lex.locatives and \
                    person[0].text not in placed and \
                    not rx.match(r"\.?\s*\d", text[person[0].end:])  # "Menteri Perdagangan No 12": a number's label
                # (nor "Kepala Kantor Pelayanan Utama (KPU) | Bea | dan Cukai ...": a name joined to more)
                common = sum(t.text.casefold() in lower_vocab for t in person)
                ranked_next = rx.match(r"\s+([A-Z][\w.]*)", text[person[-1].end:]) if person else None
                if ranked_next and ranked_next.group(1).casefold().rstrip(".") in lex.honorifics and \
                        not known:
                    person = []  # "Direktur Polairud | Polda Sulsel | Kombes Pol Hendrik Silalahi": a rank
                    # follows, so the run before it is the body and the name comes after the rank
                if person and lex.event_prefixes and len(person[0].text) > 7 and \
                        person[0].text.casefold().startswith(lex.event_prefixes) and \
                        person[0].text.casefold().endswith(lex.event_suffixes):
                    person = []  # "Direktur Penanggulangan Penyakit Menular Kemenkes", "Ketua Umum Perkumpulan
                    # Industri ...": a noun made from a verb opens a field or a body, no person's name
                office_short = rx.match(r"\s*\(([A-Z][a-z][A-Za-z]{2,14})\)", text[person[-1].end:]) if person else None
                if office_short and office_short.group(1)[:1].casefold() == text[role_from:role_from + 1].casefold() \
                        and _letters_in_order(office_short.group(1), text[role_from:person[-1].end]):
                    person = []  # "Direktur Reserse Kriminal Khusus (Dirreskrimsus)": the short form spells
                    # the office with its title, so the run is an office, no person's name
                if person and (known or single or _looks_like_person(person, lex)) and \
                        _place_prefix(person, lex, holder_places) != len(person) and \
                        not rx.match(r"\s+(?:1[89]|20)\d\d(?!\d)", text[person[-1].end:]) and \
                        not (len(person) >= 2 and 2 * common > len(person)):
                    # ("Ketua Pelaksana Percepatan Penurunan Stunting": words the article writes in
                    # lower case name a programme, not a person; "... Asian Games 2018": a name
                    # and its year name an event)
                    ps, pe, pname = _span_text(sent, person)
                    role = text[role_from:person[0].start].strip()
                    if np_:
                        ms, me, mname = _span_text(sent, rest[:np_])
                        kind = "acronym" if np_ == 1 and _ACRONYM.match(rest[0].text) else \
                            "place" if mname.casefold() in places else "organisation"
                        add(kind, ms, me, acronyms.get(mname) if kind == "acronym"
                            else lex.aliases.get(mname.casefold(), places.get(mname.casefold()))
                            if kind == "place" else None)
                    full = _resolve_person(pname, persons)
                    if full == pname and len(person) >= 2:
                        persons.setdefault(pname, role)
                    add("role", role_from, person[0].start - 1, full)
                    add("person", ps, pe, full)
                    continue
            # Where modifiers precede the noun, an organisation may come first: "Microsoft
            # CEO Satya Nadella", "Credit Suisse CEO Brady Dougan".
            split = _org_before_title(run, lex, places) if not nt and lex.org_first else None
            if split is not None:
                org_end, person_start = split
                person = run[person_start:]
                ps, pe, pname = _span_text(sent, person)
                ms, me, mname = _span_text(sent, run[:org_end])
                kind = "place" if mname.casefold() in places else "organisation"
                if not _is_demonym(mname, places) and mname.casefold() not in lex.demonyms:
                    # (not "French | President Jacques Chirac": a people's adjective is no body)
                    add(kind, ms, me, places.get(mname.casefold()) if kind == "place" else None)
                full = _resolve_person(pname, persons)
                persons.setdefault(full, text[run[0].start:person[0].start].strip())
                add("role", run[0].start, person[0].start - 1, full)
                add("person", ps, pe, full)
                continue
            if acr and not acr.group(1).isupper():
                # a short form of syllables spells its name from the first letter: the run, or its
                # end ("Panel Harga | Badan Pangan Nasional (Bapanas)"), preferring the last end that
                # opens on an organisation's head ("Deputi Bidang Ketersediaan dan Stabilisasi
                # Pangan | Badan Pangan Nasional (Bapanas)")
                tails = [k for k in range(len(run) - 1)
                         if _letters_in_order(acr.group(1), " ".join(t.text for t in run[k:]))]
                tail = next((k for k in reversed(tails) if k and run[k].text.casefold() in lex.org_heads),
                            tails[0] if tails else None)
                capitals = set(rx.sub(r"[^A-Z]", "", acr.group(1)))
                while tail and run[tail - 1].is_cap and run[tail - 1].text[:1] in capitals and \
                        run[tail - 1].text.casefold() not in lex.title_set | lex.org_heads | lex.stop:
                    tail -= 1  # "National | University of Comahue (UNComa)": a short form made in another
                    # language's word order; a word whose capital it has belongs to the name (round 109)
                if tail:
                    run = run[tail:]
                    s, e, name = _span_text(sent, run)
                elif tail is None and not _letters_in_order(acr.group(1), name):
                    acr = None  # "Bukit Barisan (Gunung)": a capitalised word, not a short form of the name
            if acr and (rx.search(r"\d\d$", acr.group(1)) or rx.search(r"(?:^|\s)[A-Z]\.(?:\s|$)", name)):
                acr = None  # "Malcolm K. Hughes (MBH99)": a person and a code, not an acronym's expansion
            if acr:
                acr_text = acr.group(1)
                # (letters in order already fit a short form of syllables: no initials to extend by)
                es = s if not acr_text.isupper() else _extend_expansion(text, s, acr_text, lex)
                if acr_text.casefold() in {w.casefold() for w in rx.findall(r"\w+", text[es:e])} or \
                        acr_text.casefold() in {w.casefold() for w in rx.findall(r"\w+", text[max(0, es - 40):es])}:
                    acr = None  # "Prasasti Center ... (Prasasti)": a short name, not an acronym
                elif len(rx.sub(r"[^A-Z]", "", acr_text)) >= 3 and len(text[es:e].split()) < 2:
                    acr = None  # "... dan Budaya (UNESCO)": one word cannot be what five letters stand for
                elif len(text[es:e].split()) < 2 and not _letters_in_order(acr_text, text[es:e]):
                    acr = None  # "LUSAIL, Qatar (AP)": a word without the letters is no expansion
            if acr:
                ee = e
                words = text[es:ee].split()
                if words[-1].strip(",.") in lex.legal_forms and len(words) >= 3 and (
                        initials_score(words[:-1], acr_text) == 1.0 > initials_score(words, acr_text) or
                        not acr_text.isupper() and _letters_in_order(acr_text, " ".join(words[:-1]))):
                    # a last word the letters do not need is a company's legal form, not part
                    # of the name: "Perusahaan Gas Negara | Tbk (PGN)", "Aneka Tambang | Tbk (Antam)"
                    ee = es + text[es:ee].rindex(words[-1]) - 1
                    while ee > es and text[ee - 1] in " ,":
                        ee -= 1
                expansion = text[es:ee]
                acronyms[acr_text] = expansion
                add("organisation", es, ee, acr_text)
                a_s = e + after.index(acr_text)
                add("acronym", a_s, a_s + len(acr_text), expansion)
                continue
            spelled = _spelled_in_brackets(run[0].text, after, lex) if len(run) == 1 else None
            if spelled and free(run_end + spelled[0], run_end + spelled[1]):
                # "BMKG (Badan Meteorologi, Klimatologi, dan Geofisika)": the short form first
                xs, xe = run_end + spelled[0], run_end + spelled[1]
                acronyms[run[0].text] = text[xs:xe]
                add("acronym", s, e, text[xs:xe])
                add("organisation", xs, xe, run[0].text)
                continue
            if len(run) == 1 and (run[0].text in lex.common_acronyms or run[0].text in lex.common_capitals):
                taken.append((s, e))
                continue  # "TV", "SMS", "Tuhan": words, not names
            if _is_demonym(name, places):
                taken.append((s, e))
                continue  # "Sri Lankan", "Scottish": adjectives of a place
            if len(run) == 1 and _ACRONYM.match(run[0].text) and run[0].text.casefold() not in lex.places:
                add("acronym", s, e, acronyms.get(run[0].text))
                continue
            if run[0].text.casefold() in lex.org_heads and len(run) > 1:
                add("organisation", s, e)
                continue
            np_ = _place_prefix(run, lex, places)
            if np_ == len(run):
                # (the run's words joined, not the text: "Mt. Hekla" is the run "Mt" "Hekla")
                add("place", s, e, lex.aliases.get(name.casefold(), places.get(
                    name.casefold(), places[" ".join(t.text for t in run).casefold()])))
                continue
            if np_ and all(t.text.casefold() in lex.compass_words for t in run[np_:]):
                add("place", s, e, name)  # "Lombok Timur", "Jakarta Selatan": a part of a known place
                continue
            if run[0].text.casefold() in lex.place_heads and len(run) > 1:
                add("place", s, e, name)
                continue
            if run[-1].text.casefold() in lex.org_tails and len(run) > 1:
                add("organisation", s, e)
                continue
            rest_words = [t.text for t in run[np_:]]
            if np_ and lex.org_first and len(rest_words) >= 2 and rest_words[0].casefold() not in lex.given and \
                    all(w[:1].isupper() for w in rest_words) and \
                    " ".join(rest_words) not in persons and _resolve_person(" ".join(rest_words), persons) == \
                    " ".join(rest_words):
                np_ = 0  # "Leeds Crown Court", "China Daily": where modifiers come first, a place opens
                # the name of a body (not a person's: "Britain Tony Blair" is no English)
            if np_ and len(run) > np_:
                # "Rusia Sergei ..." is rare; split place then the rest.
                ps_, pe_, _ = _span_text(sent, run[:np_])
                add("place", ps_, pe_, places[" ".join(t.text for t in run[:np_]).casefold()])
                run = run[np_:]
                s, e, name = _span_text(sent, run)
            if len(run) >= 2 and _ACRONYM.match(run[0].text) and not run[1].text.isupper():
                run = run[1:]  # "Presiden ke-2 RI Soeharto": the name is Soeharto
                s, e, name = _span_text(sent, run)
            pending_names.append((sent.index, s, e, name))
            taken.append((s, e))

        # "Gubernur Sucumbios, Guillermo Munoz, ...": a title with its office, then the name.
        # (a rank written short with a dot is no name of its own: "..., | Hj. | Nurhayati Daeng Ngai,")
        mine = [pn for pn in pending_names if pn[0] == sent.index and
                not (pn[3].casefold() in lex.honorifics and text[pn[2]:pn[2] + 1] == ".")]
        for a, b, c in zip(mine, mine[1:], [*mine[2:], None]):
            gap = rx.fullmatch(r"\s+(?:(\S+)\s+)?", text[a[2]:b[1]])
            honorific = gap is not None and (b[3].split()[0] if gap.group(1) is None else gap.group(1)
                                             ).casefold().rstrip(".") in lex.honorifics
            # ("Kapolres Malang | AKBP | Putu Kholis": a rank written as a short form stands alone)
            short = rx.fullmatch(r",\s+(?:([A-Za-z]{1,4})\.\s+)?", text[a[2]:b[1]])
            if not (short and (short.group(1) is None or short.group(1).islower() or
                               short.group(1).casefold() in lex.honorifics)) and not honorific:
                continue  # (", dr. Maria Goreti Lake,", "Ketua Koperasi Sinar Galesong, Hj. Nurhayati Daeng
                # Ngai,": an abbreviated honorific or rank may stand before the name; "Deputi Ilmu
                # Pengetahuan Hayati LIPI | Dr Endang Sukara": the honorific split the run)
            atoks = [t for t in tokens(a[3]) if t.is_word]
            btoks = [t for t in tokens(b[3]) if t.is_word]
            nt = _match_title(atoks, lex) if atoks else 0
            if nt and nt < len(atoks) and len(btoks) == 1 and c is not None and 0 < c[1] - b[2] <= 14 and \
                    _honorific_next(text, b[2], lex) and \
                    _looks_like_person([t for t in tokens(c[3]) if t.is_word], lex):
                # "Direktur RSUD dr. | Slamet |, dr. Hani Nurhayati, ...": one word, then a comma, an honorific
                # in lower case and a name: the word ends the body's name (a hospital named after a doctor,
                # round 111), and the office runs to it; its holder is the name after the comma
                persons.setdefault(c[3], text[a[1]:b[2]])
                add("role", a[1], b[2], c[3])
                pending_names.remove(a)
                continue
            # (one word may be the name when commas close it on both sides: "Ketua MP2RSI Wilayah III
            # Cirebon, Badrudin, ...")
            one_word = len(btoks) == 1 and rx.fullmatch(r"[A-Z][a-z]{2,}", btoks[0].text) is not None and \
                btoks[0].text.casefold() not in lower_vocab and rx.match(r",\s+[a-z]", text[b[2]:]) is not None
            named = btoks[len(btoks) - len(_after_rank([t.text for t in btoks], lex)):] if honorific else btoks
            # ("Kapolres Malang | AKBP Putu Kholis": the name after its holder's rank)
            if not nt or nt == len(atoks) or not btoks or _match_title(btoks, lex) or \
                    not (_looks_like_person(named, lex) or one_word) or _place_prefix(btoks, lex, places):
                continue
            if not rx.match(r"\s*(?:,|[a-z])", text[b[2]:]) or lex.list_next_re.match(text, b[2]):
                continue  # the name is followed by its verb or a comma, not by more names ("X, Y, dan Z")
            persons.setdefault(b[3], a[3])
            add("role", a[1], a[2], b[3])
            pending_names.remove(a)
            office = a[1] + atoks[nt].start
            pending_names.append((sent.index, office, a[2], text[office:a[2]]))

        # Appositions: "Name, <role ...>," -> person + role.
        if role_re is not None:
            for m in rx.finditer(r",\s+((?:the|a|an|sang|seorang|selaku)\s+)?", text):
                start = m.end()
                keep_det = bool(m.group(1)) and m.group(1).strip().casefold() == "the"
                rm = role_re.match(text, start)
                if not rm:
                    continue
                # the name just before the comma
                before = [n for n in pending_names if n[0] == sent.index and n[2] == m.start()]
                before += [(sent.index, mm.start, mm.end, mm.text) for mm in out
                           if mm.sentence == sent.index and mm.kind == "person" and mm.end == m.start()]
                if not before:
                    continue
                end = text.find(",", rm.end())
                titled = next((pn for pn in pending_names if pn[0] == sent.index and pn[1] == start), None)
                close = end if end >= 0 else len(text.rstrip().rstrip(".!?\"'”’"))
                if titled is not None and rx.match(r"\s+[a-z]", text[titled[2]:]) and \
                        len(text[start:close].split()) > (14 if end >= 0 else 8):
                    # "Tan Xianming, Direktur Badan ... China mengumumkan ...": no comma closes the
                    # role nearby; the capitalised title run is the role and the verb follows
                    end = titled[2]
                    pending_names.remove(titled)
                stop = end if end >= 0 else len(text)
                if any(mm.sentence == sent.index and mm.kind == "person" and start <= mm.start < stop
                       for mm in out):
                    continue  # "X, Gubernur BI Burhanuddin Abdullah, ...": a list of people, not an apposition
                if end < 0:
                    # an apposition may close the sentence: "..., a former journalist."
                    end = len(text.rstrip().rstrip(".!?\"'”’"))
                    if len(text[start:end].split()) > 8:
                        continue
                role_text = text[start:end].strip()
                if keep_det:
                    start = m.start(1)
                    role_text = text[start:end].strip()
                if len(role_text.split()) > 14 or any(w.casefold() in lex.auxiliaries for w in role_text.split()):
                    continue  # "As a Time Lord, the Doctor has the ability ...": a clause, not a role
                rw = role_text.split()
                if len(rw) >= 3 and rw[0].endswith(".") and all(w[:1].isupper() for w in rw[1:]):
                    continue  # "Kepala Dinas Kesehatan NTT, dr. Maria Goreti Lake,": an honorific and a
                    # name after the office, its holder, not a role of the office
                _, ns, ne, nname = before[0]
                # ("Kamau, the chief executive," after "engineer Wanjiru Kamau": one person)
                full = _resolve_person(nname, persons)
                persons[full] = role_text
                add("role", start, end, full)

    # Resolve the leftover capitalised runs now that all people are known.
    typed = [(m.sentence, m.start, m.end) for m in out if m.kind in {"organisation", "person", "place"}]
    for si, s, e, name in pending_names:
        if any(si == ts and s < te and e > tstart for ts, tstart, te in typed):
            continue
        full = _resolve_person(name, persons)
        sent_text = sentences[si].text
        if full != name or name in persons:
            out.append(Mention("person", si, s, e, name, full))
        elif name in acronyms.values():
            out.append(Mention("organisation", si, s, e, name))
        else:
            out.append(Mention("name", si, s, e, sent_text[s:e]))
    # Person names first seen without a title, later used by surname alone (English style).
    _promote_surnamed(out, lex, sentences, title)
    # A name of two or three words set off with an age after it is a person's: "Salah satu
    # anggota, Martina Sitompul, 63 tahun, mengaku ..."
    for i, m in enumerate(out):
        if m.kind == "name" and 2 <= len(m.text.split()) <= 3 and lex.age_after_re.match(sentences[m.sentence].text, m.end) \
                and all(w[:1].isupper() for w in m.text.split()):
            out[i] = Mention("person", m.sentence, m.start, m.end, m.text, m.text)
    # A surname said alone after a title ("Dr McKenzie told BBC Scotland") is the person named
    # in full elsewhere ("Dr. Alan McKenzie, 64,"), when one such person ends on it
    fulls: dict[str, set[str]] = {}
    for m in out:
        if m.kind == "person" and m.value and " " in m.value:
            fulls.setdefault(m.value.split()[-1], set()).add(m.value)
    out = [Mention(m.kind, m.sentence, m.start, m.end, m.text, next(iter(fulls[m.value])))
           if m.kind in {"person", "role"} and m.value and " " not in m.value and len(fulls.get(m.value, ())) == 1
           else m for m in out]
    # "Deputi Ilmu Pengetahuan Hayati LIPI | Dr Endang Sukara": an office, then its holder after an
    # honorific that split the run; the office is the holder's role, the honorific none
    for i, m in enumerate(out):
        if m.kind != "role" or not m.value or m.text.casefold().rstrip(".") not in lex.honorifics:
            continue
        text = sentences[m.sentence].text
        office = next((j for j, n in enumerate(out) if n.kind == "name" and n.sentence == m.sentence and
                       n.end < m.start and not text[n.end:m.start].strip() and len(n.text.split()) >= 2), None)
        if office is not None and _match_title([t for t in tokens(out[office].text) if t.is_word], lex):
            n = out[office]
            out[office] = Mention("role", n.sentence, n.start, n.end, n.text, m.value)
            out[i] = Mention("honorific", m.sentence, m.start, m.end, m.text, None)
    out = [m for m in out if m.kind != "honorific"]
    # A name the article gives a person's office elsewhere is that person wherever a
    # preposition made it look like a place ("Presiden ke-2 RI Soeharto" ... "ke Soeharto");
    # the gazetteer's places stay places
    held = {m.value for m in out if m.kind == "role" and m.value}
    out = [Mention("person", m.sentence, m.start, m.end, m.text, m.text)
           if m.kind == "place" and m.text in held and m.text.casefold() not in lex.places else m
           for m in out]
    # A name right after a person's rank or honorific is a person's ("Mr. | Peter Hall", "The
    # Rev. | John Carter", "dr. | Maria Goreti Lake"), even where a word of it can end a body's name
    # ("Hall") when the rank is written short; so is a name before an age in brackets ("Siti
    # Aminah | (45)")
    for i, m in enumerate(out):
        low_ = m.text.casefold()
        rank_ = next((r for r in lex.long_ranks if low_.startswith(r + " ")), "") if m.kind == "name" else ""
        if m.kind not in {"name", "organisation"} or not 2 <= len(m.text.split()) - len(rank_.split()) <= 4 or \
                any(w.casefold() in places for w in m.text.split()):
            continue
        run = [t for t in tokens(m.text) if t.is_word]
        text = sentences[m.sentence].text
        person = rx.match(r"\s*\(\d{1,3}\)", text[m.end:]) is not None and _looks_like_person(run, lex)
        if not person and rank_:
            person = _looks_like_person(run[len(rank_.split()):], lex)  # "Det Insp Sarah Okafor": a rank of
            # several words opens the name (its words no longer split it, round 148)
        if not person:
            short = _ranked_before(text, m.start, lex)
            person = short is not None and (_looks_like_person(run, lex) or short and all(
                t.text[:1].isupper() and t.text.casefold() not in lex.org_heads for t in run))
        if person:
            out[i] = Mention("person", m.sentence, m.start, m.end, m.text, m.value or m.text)
    # a degree written after a name names no one and nothing ("dr. Ratna Wulandari, | Sp.PD |, ...")
    out = [m for m in out if not (m.kind in {"name", "organisation", "acronym"} and lex.post_nominal(m.text) and
                                  rx.search(r"\w,\s+$", sentences[m.sentence].text[:m.start]))]
    # Acronyms defined anywhere expand everywhere.
    out = [
        Mention(m.kind, m.sentence, m.start, m.end, m.text, acronyms.get(m.text, m.value))
        if m.kind == "acronym" and not m.value else m
        for m in out
    ]
    # An office ends before the rank of the person holding it: "Kepala Bidang Hubungan Masyarakat
    # Polda Sumut | Komisaris Besar Hadi Wibowo" (the rank is the officer's, not the office's)
    out = [_without_leading_rank(m, lex) if m.kind == "person" else
           _holder_without_rank(m, lex) if m.kind == "role" and m.value else m for m in out]
    # ... and starts with a word saying how its holder holds it: "Penjabat (Pj) | Wali Kota Malang
    # Hendra Kurniawan", "acting | mayor John Smith" (the acting mayor is not the mayor)
    if lex.title_qualifier_re is not None:
        for i, m in enumerate(out):
            if m.kind == "role" and (q := lex.title_qualifier_re.search(sentences[m.sentence].text, 0, m.start)):
                out[i] = Mention(m.kind, m.sentence, q.start(), m.end, sentences[m.sentence].text[q.start():m.end],
                                 m.value)
    out = [_without_trailing_rank(m, lex) if m.kind in {"role", "organisation"} and
           rx.match(r"\s+[A-Z][a-z]", sentences[m.sentence].text[m.end:]) else m for m in out]
    out = [_without_half_rank(m, sentences[m.sentence].text, lex) if m.kind == "role" and m.value else m for m in out]
    # A grade keeps its sign: "BBB-", "BB+", "A+" (a rating, not the acronym "BBB")
    out = [
        Mention(m.kind, m.sentence, m.start, m.end + 1, m.text + sign, m.value)
        if m.kind in {"acronym", "name"} and len(m.text) <= 4 and m.text.isupper() and
        (sign := sentences[m.sentence].text[m.end:m.end + 1]) in {"+", "-"} and
        not rx.match(r"[\w+-]", sentences[m.sentence].text[m.end + 1:m.end + 2]) else m
        for m in out
    ]
    # "di Jl. Letjen Soeprapto": an abbreviation the pack lists is no name of its own
    out = [m for m in out if m.kind in {"number", "date"} or
           sentences[m.sentence].text[m.end:m.end + 1] != "." or f"{m.text}." not in lex.abbreviations]
    # ... nor the end of one: "Unit No. 1" is a unit and its number, "Unit No" no name (and
    # "Unit" alone a label, no name either)
    out = [label for m in out if (label := _without_number_sign(m, sentences[m.sentence].text, lex)) is not None]
    # "the Commissioner of Metro Rail Safety (CMRS)": an office and a "holder" whose capitals spell the short
    # form after them are one office's name, no one holds it (round 149: "Who is the Commissioner of Metro?
    # Rail Safety")
    spelled = set()
    for r_ in out:
        if r_.kind == "role" and r_.value:
            text_ = sentences[r_.sentence].text
            p_ = next((x for x in out if x.kind == "person" and x.sentence == r_.sentence and
                       0 <= x.start - r_.end <= 2 and x.value == r_.value), None)
            short_ = rx.match(r"\s*\(([A-Z]{3,8})\)", text_[p_.end:]) if p_ is not None else None
            if short_ and initials_score(text_[r_.start:p_.end].split(), short_.group(1)) == 1.0:
                spelled |= {id(r_), id(p_)}
    out = [m for m in out if id(m) not in spelled]
    if lex.suffixed_re is not None:
        out = [m for m in out if m.kind in {"number", "date"} or not lex.suffixed_re.search(m.text)]  # "di RT-nya"
        # (round 148's sheet listed "RT-nya" among the places)
    # a name that closes on a street's word ("Folsom St.", "Konwiktorska Street") is a place, no person
    out = [dataclasses.replace(m, kind="place") if m.kind in {"person", "name"} and " " in m.text and
           m.text.rsplit(" ", 1)[1].casefold() in lex.street_words else m for m in out]
    # ... but a name closing on one inside the sentence keeps its full stop: "at the intersection of
    # Folsom St. and 7th St.", whose gap read "{{Folsom St}}. and ..." (round 129)
    out = [Mention(m.kind, m.sentence, m.start, m.end + 1, m.text + ".", m.value if m.value != m.text else m.text + ".")
           if m.kind not in {"number", "date"} and " " in m.text and f"{m.text.rsplit(' ', 1)[1]}." in lex.abbreviations
           and (text := sentences[m.sentence].text)[m.end:m.end + 1] == "." and text[m.end + 1:].strip()
           and not rx.match(r"\.\s*\d", text[m.end:]) else m for m in out]
    # ... nor is a person named by a people's or a faith's adjective and a noun ("Protestant
    # Reformation", "French Bible": found as a user on an unseen passage): a name
    # (and so is its short form: "Reformation" for "Protestant Reformation")
    out = [dataclasses.replace(m, kind="name", value=None)
           if m.kind == "person" and " " in (full := m.value or m.text) and
           full.split()[0].casefold() in lex.people_adjectives else m
           for m in out]
    # a piece of a name an acronym spells out is no name of its own: "dibiayai dari | Anggaran
    # Pendapatan | dan Belanja Daerah (APBD)" (round 104: "Dari mana ... dibiayai dan Belanja Daerah?")
    expansions: dict[int, list[Mention]] = {}
    for m in out:
        if m.kind == "organisation" and m.value and acronyms.get(m.value) == m.text:
            expansions.setdefault(m.sentence, []).append(m)  # (by sentence: an article of thousands of
            # sentences must not pair every mention with every expansion)
    if expansions:
        out = [m for m in out if m.kind not in {"name", "place", "person", "organisation"} or not any(
            x is not m and x.start <= m.start and m.end <= x.end and
            x.end - x.start > m.end - m.start for x in expansions.get(m.sentence, ()))]
    # The end of an office whose holder is set off after it is no person: "Direktur Kesehatan | Hewan
    # Kementan|, Agus Wibowo, ...", and its last word, an acronym the article spells out, names the
    # body again later ("Kementan mencatat ...": round 117 asked "Siapa yang mencatat ...? Hewan Kementan")
    roles_in: dict[int, list[Mention]] = {}
    for m in out:
        if m.kind == "role" and m.value:
            roles_in.setdefault(m.sentence, []).append(m)
    bogus = {m.value for m in out if m.kind == "person" and m.value and any(
        r.start < m.start and m.end == r.end and r.value != m.value and r.value not in m.text
        for r in roles_in.get(m.sentence, ())) and m.value.split()[-1] in acronyms}
    if bogus:
        out = [Mention("acronym", m.sentence, m.start, m.end, m.text, acronyms[m.text])
               if m.kind == "person" and m.value in bogus else m
               for m in out if not (m.kind == "person" and m.value in bogus and m.text not in acronyms)]
    # A place the article names, taken for the holder of an office before it, ends the office, whose
    # holder comes after an honorific: "Kepala Dinas Kesehatan | Manggarai Barat | dr. Maria Goreti
    # Jehaut mengatakan" (round 121: "Siapa Kepala Dinas Kesehatan? Manggarai Barat")
    placed = {m.text for m in out if m.kind == "place"} | {v for v in places.values() if v}
    moved: dict[tuple[int, str], Mention] = {}
    headed: dict[str, bool] = {}  # (per name: an article of thousands of sentences names a holder thousands of times)

    def after_place_head(name: str) -> bool:
        # a place the article writes after a place's head word: "Kabupaten | Manggarai Barat"
        if name not in headed:
            headed[name] = any((w := _preceding(x.text, x.text.find(name))) and
                               w.casefold().rstrip(".") in lex.place_heads for x in sentences if name in x.text)
        return headed[name]

    for i, m in enumerate(out):
        if m.kind != "role" or not m.value or not (
                m.value in placed or m.value.casefold() in places or after_place_head(m.value)):
            continue
        text = sentences[m.sentence].text
        at = text.find(m.value, m.end)
        nxt = next((p for p in out if p.kind == "person" and p.sentence == m.sentence and p.value != m.value and
                    at >= 0 and 0 < p.start - (at + len(m.value)) <= 8 and
                    rx.fullmatch(r"\s*(?:[A-Za-z]{1,4}\.\s*)*", text[at + len(m.value):p.start])), None)
        if at < 0 or text[m.end:at].strip() or nxt is None:
            continue
        moved[(m.sentence, m.value)] = nxt
        out[i] = Mention("role", m.sentence, m.start, at + len(m.value), text[m.start:at + len(m.value)], nxt.value)
    if moved:
        out = [Mention("place", m.sentence, m.start, m.end, m.text, m.text)
               if m.kind == "person" and (m.sentence, m.value) in moved else m for m in out]
    # A name right after a body's short form in brackets is the body's own name, no person's:
    # "Kelompok Masyarakat Penjaga Penyu (Pokmas) | Tunas Camar", and so is that name wherever it
    # stands ("Ketua Pokmas Tunas Camar, Hamdani (44), ...": round 118 asked "Siapa Ketua Pokmas? Tunas
    # Camar"); an office it was taken to hold is held by the name set off after it, or by no one named
    held = {(m.sentence, m.value) for m in out if m.kind == "role" and m.value}
    group_names = {m.value for m in out if m.kind == "person" and m.value and (m.sentence, m.value) not in held and
                   rx.search(r"\([A-Z][A-Za-z-]{1,9}\)\s+$", sentences[m.sentence].text[max(0, m.start - 14):m.start])}
    # (not "Ketua Umum Partai Demokrasi Indonesia Perjuangan (PDI-P) | Megawati Soekarnoputri": the office's holder)
    # ... and so is a name a connector joins to more capitals and a short form in brackets: "Wakil Ketua Umum
    # | Kamar Dagang | dan Industri (Kadin) Indonesia ..." (round 118: "Siapa Wakil Ketua Umum? Kamar Dagang")
    for m in out:
        goes_on = _NAME_GOES_ON.match(sentences[m.sentence].text, m.end) if m.kind == "person" and m.value else None
        if goes_on is not None and goes_on.group(1).casefold() in lex.org_connectors and \
                goes_on.group(2).casefold().rstrip(".") not in lex.title_set | lex.title_heads and \
                any(r.kind == "role" and r.value == m.value and r.sentence == m.sentence and r.end <= m.start
                    for r in out):
            group_names.add(m.value)  # (not "Presiden Joko Widodo | dan Perdana Menteri Malaysia (PM) ...": a
            # title opens the next office)
    if group_names:
        fixed = []
        for m in out:
            if m.kind == "person" and m.value in group_names:
                fixed.append(Mention("name", m.sentence, m.start, m.end, m.text, None))
            elif m.kind == "role" and m.value in group_names:
                # (the holder right after the office, or after the body's name: "..., Hamdani (44),")
                text = sentences[m.sentence].text
                holder = _ONE_NAME_AGED.search(text, m.end)
                if holder is not None and text[m.end:holder.start()].strip() in group_names | {""}:
                    fixed.append(Mention(m.kind, m.sentence, m.start, m.end, m.text, holder.group(1)))
            else:
                fixed.append(m)
        out = fixed
    # A single capitalised word set off after a comma with an age after it is a person's: "Ketua
    # Kelompok Tani ..., | Dasuki | (56), mengatakan", "Salah satu warga, Makmur, 52, mengaku" (round 114)
    taken: dict[int, list[tuple[int, int]]] = {}
    named = {(m.sentence, m.start, m.end): i for i, m in enumerate(out) if m.kind == "name"}
    for m in out:
        taken.setdefault(m.sentence, []).append((m.start, m.end))
    for sent in sentences:
        for one in _ONE_NAME_AGED.finditer(sent.text):
            s, e = one.span(1)
            low = one.group(1).casefold()
            if low in lex.stop or low in lex.places or low in lex.org_heads or low in lex.title_set or low in lex.days:
                continue
            if (sent.index, s, e) in named:
                out[named[(sent.index, s, e)]] = Mention("person", sent.index, s, e, one.group(1), one.group(1))
            elif not any(a < e and s < b for a, b in taken.get(sent.index, ())):
                out.append(Mention("person", sent.index, s, e, one.group(1), one.group(1)))
    out.sort(key=lambda m: (m.sentence, m.start, -m.end))
    out = _holder_after_rank_short_form(out, sentences, lex)
    out = _unbracketed_short_forms(out, sentences, lex)
    return _merge_place_chains(out, sentences, lex)


def _holder_after_rank_short_form(out: list[Mention], sentences: list[Sentence], lex: Lexicon) -> list[Mention]:
    """An office whose holder was taken to be a rank written out and its short form in brackets:
    "Kepala Satuan Reserse Kriminal Polres Lombok Tengah | Ajun Komisaris Polisi (AKP) | Lalu Ahmad
    Zaini": the holder is the name after the brackets (round 128: "Siapa Kepala Satuan Reserse
    Kriminal Polres Lombok Tengah? Ajun Komisaris Polisi")."""
    ranks = {r.casefold() for r in lex.ranks_longest}
    texts = {s.index: s.text for s in sentences}
    fixed = list(out)
    for i, m in enumerate(out):
        if m.kind != "role" or not m.value or m.value.casefold() not in ranks:
            continue
        text = texts[m.sentence]
        at = text.find(m.value, m.end)
        if at < 0:
            continue
        after = rx.match(r"\s*\([A-Z][A-Za-z]{1,6}\)\s+((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)", text[at + len(m.value):])
        if after is None:
            continue
        name = after.group(1).rstrip(".,")
        if any(w.casefold() in lex.stop for w in name.split()[1:]):
            continue
        fixed[i] = Mention(m.kind, m.sentence, m.start, m.end, m.text, name)
    return fixed


def _unbracketed_short_forms(out: list[Mention], sentences: list[Sentence], lex: Lexicon) -> list[Mention]:
    """A short form written without brackets after the name it shortens: "The Sri Lanka Banks
    Association said ... | SLBA chairman ...", "the Scottish Environment Protection Agency ...
    | Sepa predict ...". The name (three words or more, each capitalised but its connectors)
    gets the short form as its value and the short form the name, as "Name (SN)" would; the
    short form must spell the name's initials exactly and stand in a later sentence; one in title
    case ("Sepa") only in a language whose stop words tell it from a word ("Das Drehbuch Aaron
    Spellings ... Das Studio")."""
    joins = lex.org_connectors | lex.expansion_connectors | lex.stop
    names: dict[str, int] = {}
    for i, m in enumerate(out):
        if m.kind in {"organisation", "name"} and m.value is None:
            words = [w for w in m.text.split() if w.casefold() not in joins]
            if len(words) >= 3 and all(w[:1].isupper() and w[:1].isalpha() for w in words) and \
                    len(words) == len(m.text.split()) - sum(w.casefold() in joins for w in m.text.split()):
                names.setdefault("".join(w[0] for w in words).upper(), i)
    if not names:
        return out
    taken = {(m.sentence, m.start) for m in out}
    added: list[Mention] = []
    linked: set[str] = set()
    for sent in sentences:
        for tok in rx.finditer(r"(?<![\w(/.-])([A-Z][A-Za-z]{2,9})(?![\w)/-])", sent.text):
            short = tok.group(1)
            at = names.get(short.upper())
            if at is None or short.upper() in linked or not (short.isupper() or short[1:].islower() and lex.stop) or \
                    short.casefold() in lex.stop or \
                    sent.index <= out[at].sentence:
                continue
            name = out[at]
            linked.add(short.upper())
            out[at] = Mention("organisation", name.sentence, name.start, name.end, name.text, short)
            mine = next((k for k, m in enumerate(out) if (m.sentence, m.start) == (sent.index, tok.start())), None)
            if mine is not None and out[mine].kind in {"acronym", "name"} and out[mine].value is None:
                out[mine] = Mention("acronym", sent.index, tok.start(), tok.end(), short, name.text)
            elif (sent.index, tok.start()) not in taken:
                added.append(Mention("acronym", sent.index, tok.start(), tok.end(), short, name.text))
    if added:
        out = sorted(out + added, key=lambda m: (m.sentence, m.start, -m.end))
    return out


def _merge_place_chains(mentions: list[Mention], sentences: list[Sentence], lex: Lexicon) -> list[Mention]:
    """"Tabanan, Bali", "Nyagan, Rusia", "Bawang, Banjarnegara, Jawa Tengah": a
    little-known place narrowed by a known one is one place, not a list. A chain of
    known places ("Rusia, China, Iran") stays a list."""
    texts = {s.index: s.text for s in sentences}
    out: list[Mention] = []

    def known(x: Mention) -> bool:
        # (a state or province opens a chain too, and goes on to its country: "Rhode Island,
        # Amerika Serikat", "Anaheim, California, Amerika Serikat")
        return x.text.casefold() in lex.places and x.text.casefold() not in lex.subnational

    i = 0
    while i < len(mentions):
        m = mentions[i]
        if m.kind not in {"place", "name"} or known(m):
            out.append(m)
            i += 1
            continue
        text = texts.get(m.sentence, "")
        j = i
        while j + 1 < len(mentions) and mentions[j + 1].sentence == m.sentence and \
                mentions[j + 1].kind in {"place", "name"} and \
                rx.fullmatch(r",\s*", text[mentions[j].end:mentions[j + 1].start]):
            j += 1
            if known(mentions[j]):
                break
        last = mentions[j]
        before = text[max(0, m.start - 30):m.start]
        after = text[last.end:last.end + 30]
        # ("Lombok Barat, Lombok | Timur, ...": a place that goes on is one of a list)
        listed = rx.search(r",\s*$", before) or lex.list_next_cap_re.match(after) or rx.match(r"\s+[A-Z]\w", after)
        # ("Kentucky, Tennessee, Missouri": two states side by side are peers in a list, not one
        # place narrowed by the next; found as a user on an unseen passage)
        listed = listed or any(a.text.casefold() in lex.subnational and b.text.casefold() in lex.subnational
                               for a, b in zip(mentions[i:j], mentions[i + 1:j + 1]))
        if j > i and last.kind == "place" and last.text.casefold() in lex.places and not listed:
            span = text[m.start:last.end]
            out.append(Mention("place", m.sentence, m.start, last.end, span, span))
            i = j + 1
            continue
        out.append(m)
        i += 1
    return out


def _extend_expansion(text: str, start: int, acronym: str, lex: Lexicon) -> int:
    """Start of the expansion of ``acronym``: the run before it, extended back over
    a connector ("World Wide Fund for Nature") while the initials fit better."""
    # a word joined to the run's first by a slash is one of the name's words ("Koperasi
    # Desa/ | Kelurahan Merah Putih (KDMP)": "Desa/Kelurahan" gives the D)
    slash = rx.search(r"(?<![\w/])[A-Z][\w'’-]*/$", text[max(0, start - 40):start])
    if slash:
        start = max(0, start - 40) + slash.start()
    best_start = start
    best = initials_score(text[start:start + 300].split("(")[0].split(), acronym)
    # a capitalised word just before the run that the run left out (it opens the sentence
    # and the article writes it in lower case too: "Satelit | Republik Indonesia (SATRIA)")
    # ... word by word while the initials fit better ("Information | Commissioner's | Office
    # (ICO)": a possessive ends the run)
    for _ in range(3):
        lo = max(0, best_start - 40)
        before = rx.search(r"(?:^|(?<=[\s\"“(]))([A-Z][\w'’-]*)\s+$", text[lo:best_start])
        if not before:
            break
        cand = lo + before.start(1)
        score = initials_score(text[cand:cand + 300].split("(")[0].split(), acronym)
        if score <= best:
            break
        best, best_start = score, cand
    cur = best_start
    strict: tuple[float, int] | None = None  # where the run stood before a lower-case word
    for _ in range(3):
        lo = max(0, cur - 200)
        m = rx.search(r"((?:[A-Z][\w'’-]*\s+)+)((?:\w+\s+){0,1}\w+)\s+$", text[lo:cur])
        conn = m.group(2).casefold().split() if m else []
        if not m or not conn or not all(w.islower() for w in m.group(2).split()):
            # a comma joins the parts as "dan" does: "Badan Meteorologi, | Klimatologi dan Geofisika (BMKG)"
            m = rx.search(r"((?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*)(,)\s+$", text[lo:cur])
            conn = [","] if m else []
            if not m:
                break
        # the capitalised run whole, or from the first word where the initials spell the
        # acronym exactly ("The | Medicines and ...", "Peraturan Menteri | Energi dan Sumber
        # Daya Mineral (ESDM)"; "Liga Nasional untuk Demokrasi (NLD)" keeps its Liga)
        scored = [(initials_score(text[at:at + 300].split("(")[0].split(), acronym), at)
                  for at in (lo + m.start(1) + w.start() for w in rx.finditer(r"\S+", m.group(1)))]
        score, cand = next((sc for sc in scored if sc[0] == 1.0), scored[0])
        if score <= best:
            whole = lo + m.start(1)
            if best < 1.0 and len(acronym) >= 5 and acronym[:1] == text[whole:whole + 1] and \
                    _letters_in_order(acronym, text[whole:whole + 300].split("(")[0]) and \
                    not _letters_in_order(acronym, text[best_start:best_start + 300].split("(")[0]):
                # a short form of syllables spelled only by the whole run: "European Organisation
                # for the | Exploitation of Meteorological Satellites (EUMETSAT)"
                best_start = whole
            break
        if strict is None and not all(w in lex.org_connectors | lex.expansion_connectors | {","} for w in conn):
            strict = (best, best_start)
        best, best_start, cur = score, cand, cand
    if strict is not None and best < 1.0:
        # a word of the name in lower case ("Medicines and Healthcare products Regulatory
        # Agency (MHRA)") only where the initials then spell the acronym
        best, best_start = strict
    # Drop leading words while the initials fit at least as well: a function word
    # ("The World Wide Fund ..."), a title ("Komisaris Departemen ... (DEP)"), a place
    # ("Pangkalan Tentara Nasional Indonesia (TNI)"); but "Kepala Staf Angkatan
    # Udara (KSAU)" keeps its K.
    while True:
        m = rx.match(r"([\w.'’-]+)\s+", text[best_start:])
        if not m:
            break
        rest = text[best_start + m.end():].split("(")[0].split()
        if not rest:
            break
        word = m.group(1).casefold()
        score = initials_score(rest, acronym)
        dispensable = word in lex.stop or word.rstrip(".") in lex.title_set or word in lex.place_heads
        if dispensable and word not in lex.stop and m.group(1)[:1].upper() in acronym.upper() and \
                word not in lex.occupations:
            dispensable = False  # "General Inspectorate for Emergency Situations (IGSU)": its letter
            # is the acronym's, in another language's order (but "Ekonom Institute ... (INDEF)": a
            # profession before a body's name is the speaker's, whatever its letter)
        if (dispensable and score >= best) or (score > best and score >= 0.6):
            best = max(best, score)
            best_start += m.end()
            continue
        break
    # ... and a unit's name before the body it belongs to goes too when a later start
    # spells the acronym exactly: "Daerah Operasi Wilayah I Manggala Agni | Balai
    # Konservasi Sumber Daya Alam (BKSDA)"
    if best < 1.0:
        head = text[best_start:].split("(")[0]
        for w in rx.finditer(r"(?<=\s)(?=[A-Z])", head):
            rest = head[w.start():].split()
            if initials_score(rest, acronym) == 1.0 and len(rest) >= 2:
                return best_start + w.start()
        # ... or spells it with one word more, a compound the short form takes as one ("Kepala
        # Bidang Pembinaan dan Prestasi | Persatuan Bulu Tangkis Seluruh Indonesia (PBSI)")
        letters = rx.sub(r"[^A-Z]", "", _repeat_letters(acronym).upper())
        for w in rx.finditer(r"(?<=\s)(?=[A-Z])", head):
            rest = head[w.start():].split()
            initials = "".join(x[0] for x in rest if x[:1].isupper())
            if len(letters) >= 3 and len(initials) == len(letters) + 1 and initials[:1] == letters[:1] and \
                    initials_score(rest, acronym) * len(initials) == len(letters):
                return best_start + w.start()
    return best_start


def _spelled_in_brackets(short: str, after: str, lex: Lexicon) -> tuple[int, int] | None:
    """The short form written first and spelled out in the brackets after it: "BMKG
    (Badan Meteorologi, Klimatologi, dan Geofisika)", "CTLs (cytotoxic T lymphocytes)".
    The offsets of the spelled-out name within ``after``, or None. The first letters of
    the name's words, leaving out its connectors, must spell the short form exactly."""
    letters = short[:-1] if short.endswith("s") and _ACRONYM.match(short[:-1]) else short
    if not _ACRONYM.match(letters) or not rx.search(r"[A-Z].*[A-Z]", letters):
        return None
    m = rx.match(r"\s*\(([^()\d]{3,120})\)", after)
    if m is None:
        return None
    words = rx.findall(r"[^\W\d_][\w'’-]*", m.group(1))
    content = [w for w in words if w.casefold() not in lex.org_connectors | lex.expansion_connectors]
    if not 2 <= len(content) <= 10:
        return None
    target = rx.sub(r"[^A-Z]", "", _repeat_letters(letters))
    if "".join(w[0] for w in content).upper() != target and "".join(w[0] for w in words).upper() != target:
        return None
    return m.start(1), m.end(1)


def _noun_before(text: str, at: int, lex: Lexicon, endings: tuple[str, ...]) -> re.Match[str] | None:
    """The lower-case word right before ``at`` when it may qualify a title ("economy |
    minister"): not a function word, a reporting verb or a word ending in ``endings``."""
    mod = rx.search(r"(?<![\w-])([a-z]{3,})\s+$", text[max(0, at - 30):at])
    if mod is None or mod.group(1) in lex.stop or mod.group(1) in lex.reporting or mod.group(1).endswith(endings):
        return None
    return mod


def _letters_in_order(short: str, name: str) -> bool:
    """"Bappenas" in "Badan Perencanaan Pembangunan Nasional": the short form's
    letters appear in order in the name, starting with its first letter."""
    letters = [c for c in short.casefold() if c.isalnum()]
    full = name.casefold()
    if not letters or not full or full[0] != letters[0]:
        return False
    pos = 0
    for c in letters:
        pos = full.find(c, pos)
        if pos < 0:
            return False
        pos += 1
    return True


def _preceding(text: str, pos: int) -> str:
    """The word right before ``pos`` ("" when none): "in | General Roca", a place named after a
    rank and a name (round 109), not its holder."""
    m = _PREV_WORD.search(text[max(0, pos - 30):pos])
    return m.group(1) if m else ""


def _honorific_next(text: str, end: int, lex: Lexicon) -> bool:
    """A comma, then a rank or honorific written in lower case and a capitalised name:
    "Kepala Dinas Kesehatan Sikka|, dr. Agustina Bria": the holder named after the body."""
    m = rx.match(r",\s+((?:[a-z]+\.?\s+){1,3})[A-Z]", text[end:end + 60])
    return m is not None and all(w.casefold().rstrip(".") in lex.honorifics for w in m.group(1).split())


def _apposed_holder(text: str, end: int, lex: Lexicon, places: dict[str, str]) -> bool:
    """After an office and its body (ending at ``end``), the holder's name is set off by a
    comma, then speaks or ends the sentence ("..., Budi Prasetyo, mengatakan", "...,
    Rina Kartikasari."), perhaps after a rank ("..., Laksamana Pertama Hendra Gunawan,")."""
    holder = _APPOSED_SPEAKER.match(text, end)
    if holder is not None and holder.group(2) is not None and holder.group(2).casefold() not in lex.reporting and \
            holder.group(2).casefold() not in lex.testimony:  # ("..., Cak Sholeh Marjuki (64), mengaku ...")
        # ("..., Yohanes Darmawan, di Putussibau, Kamis, mengatakan": where and when he spoke
        # stand between the name and the verb)
        tail = rx.match(r"(?:,?\s+\w+\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?(?:,\s+[A-Z][\w()./-]*(?:\s+\([\d/]+\))?)?,\s+(\w+)",
                        text[holder.end(1):])  # (", di Denpasar, Rabu (17/9), mengatakan"; ", Sp.PD, menyebutkan": a
        # degree after the name)
        if tail is None or tail.group(1).casefold() not in lex.reporting:
            return False
    elif holder is None:
        return False
    named = _after_rank(holder.group(1).split(), lex)
    while len(named) > 2 and named[0].endswith(".") and named[0].casefold().rstrip(".") in lex.title_set:
        named = named[1:]  # "..., dr. Maria Goreti Lake,": an abbreviated honorific before the name
    return len(named) >= 2 and not any(
        w.casefold().rstrip(".") in lex.title_set | lex.days | lex.org_heads or w.casefold() in places
        for w in named)


def _unranked(name: str, lex: Lexicon) -> str:
    """``name`` without a rank of several words opening it ("Komisaris Besar | Hadi Wibowo"), when
    a name of two words or more is left; else ``name``. (A rank of one word, "Prof", "Jenderal",
    stays where the name resolves with it.)"""
    low = name.casefold()
    rank = next((r for r in lex.long_ranks if low.startswith(r + " ")), None)
    rest = name[len(rank):].lstrip() if rank else name
    return rest if len(rest.split()) >= 2 else name


def _without_leading_rank(m: Mention, lex: Lexicon) -> Mention:
    """A person's mention named without its rank (``_unranked``): the rank says what they are,
    the name who."""
    rest = _unranked(m.text, lex)
    if rest == m.text:
        return m
    return Mention(m.kind, m.sentence, m.end - len(rest), m.end, rest, _unranked(m.value, lex) if m.value else m.value)


def _holder_without_rank(m: Mention, lex: Lexicon) -> Mention:
    """A role mention whose holder (its value) is named without its rank, as the person is."""
    value = _unranked(m.value or "", lex)
    return m if value == (m.value or "") else Mention(m.kind, m.sentence, m.start, m.end, m.text, value)


def _without_trailing_rank(m: Mention, lex: Lexicon) -> Mention:
    """The mention ``m`` (an office, or the body it names) without a rank closing it, where a
    name follows (the caller checks)."""
    low = m.text.casefold()
    for rank in lex.ranks_longest:
        if low.endswith(" " + rank) and len(low) > len(rank) + 1:
            if m.text[len(m.text) - len(rank):][:1].islower():
                break  # "West Indies captain | Kevon Thorne": an office in lower case, not the holder's
                # rank, which is written as a title (round 124: "Who is the West Indies?")
            head = m.text[:len(m.text) - len(rank)].rstrip(" ,")
            if rank.split() in lex.title_modifiers and head.split()[-1].casefold().rstrip(".") in lex.title_set:
                break  # "KPAWU Secretary General | Peter Kiprono": the word qualifies the title
            if len(head.split()) >= 2 and head.split()[0].casefold().rstrip(".") not in lex.honorifics:
                return Mention(m.kind, m.sentence, m.start, m.start + len(head), head, m.value)
            break
    return m


def _without_half_rank(m: Mention, text: str, lex: Lexicon) -> Mention:
    """The office ``m`` without the first word of a rank that goes on after it: "Kepala Polda Sumut
    Inspektur | Jenderal Bambang Sulistyo" (round 118: "Siapa Kepala Polda Sumut Inspektur?")."""
    words = m.text.split()
    if len(words) < 3:
        return m
    last = words[-1].casefold()
    for rank in lex.ranks_longest:
        parts = rank.split()
        if len(parts) > 1 and parts[0] == last and \
                rx.match(r"\s+" + r"\s+".join(map(re.escape, parts[1:])) + r"(?!\w)", text[m.end:], re.IGNORECASE):
            head = m.text[:len(m.text) - len(words[-1])].rstrip(" ,")
            return Mention(m.kind, m.sentence, m.start, m.start + len(head), head, m.value)
    return m


def _after_rank(words: list[str], lex: Lexicon) -> list[str]:
    """``words`` without the military or police rank that opens them ("Laksamana Pertama")."""
    low = " ".join(words).casefold()
    for rank in lex.ranks_longest:
        if low.startswith(rank + " "):
            return words[len(rank.split()):]
    return words


def _looks_like_person(run: list[Tok], lex: Lexicon) -> bool:
    """Two or more capitalised words ("Hasto Kristiyanto"), not an acronym, an
    organisation or a place; a regnal number may close it ("Paku Buwono XIII")."""
    words = [t.text for t in run if t.text.casefold() not in lex.particles and t.text not in {"-", "."}]
    if not 2 <= len(words) <= 5:
        return False  # (not "Kepala Eksekutif | Pengawas Perilaku Pelaku Usaha Jasa Keuangan, ...":
        # six capitalised words after a title are the rest of the office's name; round 96)
    for i, w in enumerate(words):
        if i == len(words) - 1 and rx.fullmatch(r"[IVXLC]+", w):
            continue
        head, _, tail = w.partition("-")
        if tail and head.casefold() in lex.particles:
            w = tail  # "al-Jaafari": a particle joined to the name
        initials = i < len(words) - 1 and len(w) <= 3 and w.isalpha() and w.isupper() and \
            not rx.fullmatch(r"I{1,3}|IV|VI{0,3}|IX|XI{0,3}", w)  # "JB Kristiadi" (but "Wilayah | III Cirebon")
        if not initials and not (w[:1].isupper() and (len(w) == 1 or not w[1:].isupper() or
                                                      len(w) <= 2 and w.endswith("."))):
            return False
        if w.casefold() in lex.org_heads or w.casefold() in lex.place_heads or w.casefold() in lex.org_tails:
            return False
    return True


def _resolve_person(name: str, persons: dict[str, str]) -> str:
    if name in persons:
        return name
    parts = name.split()
    for full in persons:
        fparts = full.split()
        if len(parts) < len(fparts) and [w.casefold() for w in fparts[-len(parts):]] == [w.casefold() for w in parts] \
                and fparts[-1] == parts[-1]:
            return full  # ("De Vries told ..." for "Anouk de Vries": a particle capitalised at a start)
    if len(parts) == 1:
        # "Saucedo" for "Elena Saucedo Ríos": a double surname's first part, when one person has it
        owners = [full for full in persons if len(full.split()) == 3 and parts[0] == full.split()[1]]
        if len(owners) == 1:
            return owners[0]
    return name


_VERSUS = rx.compile(r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:vs\.?|Vs\.?|VS|v\.?)\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)")


def _promote_surnamed(mentions: list[Mention], lex: Lexicon, sentences: list[Sentence], title: str = "") -> None:
    """A 2-4 word name whose last word stands alone elsewhere is a person (not a
    quoted phrase such as "Merry Christmas")."""
    texts = {s.index: s.text for s in sentences}
    names = [m for m in mentions if m.kind == "name"]
    singles = Counter(m.text for m in names if " " not in m.text)
    # the sides of a match ("Verona vs Inter Milan") are teams, not a person's surname
    sides = {w for t in [*texts.values(), title] for pair in _VERSUS.findall(t) for side in pair for w in side.split()}
    for i, m in enumerate(mentions):
        if m.kind != "name":
            continue
        parts = m.text.split()
        quoted = texts.get(m.sentence, "")[max(0, m.start - 1):m.start] in {'"', "“", "'", "‘"}
        surname = parts[-1] if singles.get(parts[-1], 0) and parts[-1] not in sides else ""
        if 2 <= len(parts) <= 4 and surname and all(p[:1].isupper() for p in parts) \
                and not quoted and surname.casefold() not in lex.places and not _place_adjective(parts[0], lex.places) \
                and (parts[0].casefold().rstrip(".") not in lex.title_set or
                     parts[0].casefold().rstrip(".") in lex.familiar):  # (not "Ambassador Saucedo"; "Pak Suparno")
            prev = rx.search(r"(\w+)\s+$", texts.get(m.sentence, "")[max(0, m.start - 30):m.start])
            if prev is not None and prev.group(1).casefold() in lex.title_set:
                continue  # "Kepala | Petugas Keamanan Informasi Pasarnesia, Dimas ...": the office a title
                # opens, whose holder is named after it, and whose company the article names alone (round 110)
            if not any(p.casefold() in lex.org_heads or p.casefold() in lex.place_heads for p in parts):
                mentions[i] = Mention("person", m.sentence, m.start, m.end, m.text, m.text)
                for j, other in enumerate(mentions):
                    if other.kind in {"name", "person"} and other.text == surname and \
                            (other.kind == "name" or other.value in {None, other.text} or
                             (other.value or "").split()[0].casefold().rstrip(".") in lex.title_set):
                        mentions[j] = Mention("person", other.sentence, other.start, other.end,
                                              other.text, m.text)


def _without_number_sign(m: Mention, text: str, lex: Lexicon) -> Mention | None:
    """A name of several words closing on an abbreviation the pack lists or a number's sign,
    then a figure ("Unit No. 1", "Peraturan Menteri ESDM No. 12", "Undang-Undang Nomor 12"),
    without that word; None when one word is left (a label, "Unit", no name). Any other
    mention as it is."""
    if " " not in m.text or m.kind in {"number", "date"}:
        return m
    head, last = m.text.rsplit(" ", 1)
    # (any kind of name: a street's too, "Jl. Jenderal Soedirman No. 45", round 93; and a law's
    # number sign, "Undang-Undang Nomor 12": numbers.law_number_words)
    if not (f"{last}." in lex.abbreviations and rx.match(r"\.\s*\d", text[m.end:]) or
            last.casefold() in lex.number_signs and rx.match(r"\.?\s*\d", text[m.end:])):
        return m
    if " " not in head:
        return None
    return Mention(m.kind, m.sentence, m.start, m.start + len(head), head, m.value if m.value != m.text else head)
