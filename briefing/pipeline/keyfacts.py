"""Key facts for the briefing sheet: mentions + facts -> ``list[KeyFact]``.

People with their roles, organisations with acronyms expanded, other names,
places by how often they occur, a timeline of dated events, numbers with their noun, and a
glossary of acronyms.
"""

from __future__ import annotations

import re
from collections import Counter

from .. import regex as rx
from ..ids import normalise
from ..lang import LanguagePack
from ..models import Fact, KeyFact, Mention, Sentence
from .facts import _is_verbish
from .mentions import DURATION, century_aside, lexicon, parse_number
from .textutil import inside_quote, plural_run, quoted_in_part

MAX_PLACES = 8
MAX_NUMBERS = 6
MAX_NAMES = 6


def _snippet(text: str, words: int = 14) -> str:
    parts = text.split()
    out = " ".join(parts[:words])
    return out + (" …" if len(parts) > words else "")


def _around(text: str, start: int, end: int, words: int = 14) -> str:
    """About ``words`` words of ``text`` around the span ``start:end``, from the start of its
    clause where that is near: "… negara miskin membayar 230 juta dollar AS per tahun kepada
    negara maju", not the sentence's first words, which may never reach the figure."""
    lo = max(0, start - 40 * words)  # (a window, not the whole sentence: a sentence of thousands of
    hi = end + 40 * words            # dates must not cost the square of its length)
    before = text[lo:start].split()
    if lo > 0:
        before = before[1:]  # (the window's first word may be cut)
    rest = text[start:hi].split()
    if hi < len(text) and len(rest) > 1:
        rest = rest[:-1]
    room = max(words // 2, words - len(rest))  # (more of what comes before when the sentence ends soon)
    if len(before) <= room and lo == 0:
        return _snippet(text, words)
    lead = before[-room:]
    # start at a comma within those words, three words or more before the figure: its own clause
    cut = max((i + 1 for i, w in enumerate(lead[:-3]) if w.endswith((",", ";", ":"))), default=0)
    lead = lead[cut:]
    tail = rest[:max(1, words - len(lead))]
    return "… " + " ".join(lead + tail) + (" …" if len(rest) > len(tail) else "")


def _timeline_patterns(pack: LanguagePack) -> tuple[re.Pattern[str] | None, ...]:
    """The patterns of dates the timeline leaves out, built once per pack: the day a source
    reported, the date a figure is compared with, the months of a span."""
    if ("timeline",) not in pack._cache:
        citation = [str(w) for w in pack.get("grammar", "citation_markers", []) or []]
        # "Sebagaimana dilansir dari CBS, Jumat (31/10/2025), ...": the day a source reported
        cited = rx.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, citation))})\s+(?:[A-Z][\w.&-]*\s*){{1,4}},?\s*$",
                           re.IGNORECASE) if citation else None
        # (the words of a comparison, not "from"/"dari": "from June 1" starts a rule, a day of the story)
        starts = {str(w).casefold() for w in pack.get("numbers", "from_words", []) or []}
        yard_words = [str(w) for w in pack.get("numbers", "baseline_words", []) or []
                      if not starts & {x.casefold() for x in str(w).split()}]
        yardstick = rx.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, yard_words))})\s+$", re.IGNORECASE) \
            if yard_words else None
        joins = "|".join(map(re.escape, [str(w) for w in pack.get("numbers", "range_words", []) or []] + ["–", "—"]))
        months = rx.alternation(pack.get("dates", "months", {}) or {})
        ranged = rx.compile(rf"\s*(?:{joins})\s*(?:{months})(?![\w\s]*\d)", re.IGNORECASE) if months else None
        ranged_before = rx.compile(rf"(?<!\d\s)(?:{months})\s*(?:{joins})\s*$", re.IGNORECASE) if months else None
        # "curah hujan tertinggi sejak 1917", "the wettest day since 1939": the start of a record's span;
        # "melampaui rekor tahun 1955": the year of the record beaten (grammar.superlatives, record_nouns)
        alt = rx.alternation
        sup, since = alt(pack.get("grammar", "superlatives", []) or []), alt(pack.get("dates", "since_prepositions", []) or [])
        nouns = alt(pack.get("dates", "date_nouns", []) or [])
        noun = rf"(?:(?:{nouns})\s+)?" if nouns else ""
        records = alt(pack.get("grammar", "record_nouns", []) or [])
        record_since = rx.compile(rf"(?<!\w)(?:{sup})(?:\s+\S+){{0,4}}\s+(?:{since})\s+{noun}$", re.IGNORECASE) \
            if sup and since else None
        record_year = rx.compile(rf"(?<!\w)(?:{records})\s+{noun}$", re.IGNORECASE) if records else None
        pack._cache[("timeline",)] = (cited, yardstick, ranged, ranged_before, record_since, record_year)
    return pack._cache[("timeline",)]


def _bracketed_span(text: str, m: Mention) -> bool:
    """A span of years that fills a pair of brackets on its own ("(1988-1998)", "(1858–1940)")."""
    return text[:m.start].rstrip().endswith("(") and text[m.end:].lstrip().startswith(")") and \
        len(rx.findall(r"\d+", m.text)) == 2


def _by_frequency(counts: Counter[str]) -> list[str]:
    """Labels, the most frequent first, ties in order of first mention (a Counter keeps
    the order in which it first saw each label)."""
    order = {label: i for i, label in enumerate(counts)}
    return sorted(counts, key=lambda label: (-counts[label], order[label]))


def _codes(name: str, mentions: list[Mention], by_index: dict[int, Sentence]) -> set[str]:
    """The codes (a number, "921/1") right after each mention of ``name``, "" for a mention with none."""
    codes = set()
    for x in mentions:
        if x.kind == "name" and x.text == name and x.sentence in by_index:
            code = rx.match(r"\s+\d(?:[\w/.-]*\w)?", by_index[x.sentence].text[x.end:])
            codes.add(code.group().strip() if code else "")
    return codes


def _numbered_label(name: str, mentions: list[Mention], by_index: dict[int, Sentence]) -> bool:
    """Every mention of the one-word ``name`` (one at least) has a number right after it."""
    codes = _codes(name, mentions, by_index)
    return bool(codes) and "" not in codes


def _with_code(name: str, mentions: list[Mention], by_index: dict[int, Sentence]) -> str:
    """``name`` and the code every one of its mentions is followed by ("Proyek" -> "Proyek
    921/1"), or ``name`` as it is (a name of several words, no code, or codes that differ)."""
    if " " in name:
        return name
    codes = _codes(name, mentions, by_index)
    if len(codes) != 1 or "" in codes:
        return name
    return f"{name} {codes.pop()}"


def _object_after(text: str, end: int, noun: str, pack: LanguagePack) -> bool:
    """The word ``noun`` after a figure ending at ``end`` takes a determiner after it, as a verb
    takes its object: "£900,000 | bringing | this pier back to life"."""
    rest = text[end:].lstrip()
    # (no pattern made of the article's words: the regex cache keeps the pack's and the code's only)
    after = rx.match(r"\s+(\w+)", rest[len(noun):]) if rest.casefold().startswith(noun) else None
    if after is None:
        return False
    det = after.group(1).casefold()
    return det in pack.wordset("grammar", "articles") | pack.wordset("grammar", "demonstratives") | \
        pack.wordset("grammar", "possessives")


def key_facts(sentences: list[Sentence], mentions: list[Mention], facts: list[Fact],
              pack: LanguagePack) -> list[KeyFact]:
    by_index = {s.index: s for s in sentences}
    aliases = {str(k).casefold(): str(v) for k, v in (pack.get("roles", "aliases", {}) or {}).items()}
    out: list[KeyFact] = []

    # People, with the most informative role found for each.
    roles: dict[str, str] = {}
    order: list[str] = []
    # a form of address is no role ("Ibu Siti Aminah", "Mr Howard")
    courtesy = {str(w).casefold().rstrip(".") for w in (pack.get("roles", "familiar_honorifics", []) or []) +
                (pack.get("roles", "address_titles", []) or [])}
    for m in mentions:
        if m.kind == "person" and m.value and m.value not in order:
            order.append(m.value)
        if m.kind == "role" and m.value and m.text.strip(" ,").casefold().rstrip(".") not in courtesy:
            role = rx.sub(r"\s+", " ", m.text).strip(" ,")
            if len(role.split()) > len(roles.get(m.value, "").split()) and len(role.split()) <= 14:
                roles[m.value] = role
    # ... or a role fact found no role mention for ("Huron Power Generation's chief executive,
    # Mark Fielding, said", "... appointed Grace Mwansa-Phiri ... as finance minister")
    fact_roles = {dict(f.slots)["person"]: dict(f.slots)["role"] for f in facts
                  if f.family == "role" and dict(f.slots).get("person") and
                  0 < len(dict(f.slots).get("role", "").split()) <= 14}
    for person in order:
        if not roles.get(person) and person in fact_roles:
            roles[person] = fact_roles[person]
    for person in order:
        if " " in person or person in roles:
            out.append(KeyFact("person", person, roles.get(person, "")))

    # Organisations and the glossary of acronyms.
    expansions: dict[str, str] = {}
    for m in mentions:
        if m.kind == "acronym" and m.value and m.text not in expansions:
            expansions[m.text] = m.value
    seen_orgs: set[str] = set()
    agencies = {str(a) for a in pack.get("roles", "news_agencies", []) or []}  # (TASS, AFP: bodies everyone knows)
    alias_keys = {normalise(v) for v in aliases}
    for m in mentions:
        if m.kind == "organisation":
            label = m.value if m.value and m.value in expansions else m.text
            if label not in seen_orgs:
                seen_orgs.add(label)
                out.append(KeyFact("organisation", label, expansions.get(label, "")))
        elif m.kind == "acronym" and m.text not in seen_orgs and (m.text in expansions or m.text in agencies) and \
                normalise(m.text) not in alias_keys:
            seen_orgs.add(m.text)
            out.append(KeyFact("organisation", m.text, expansions.get(m.text, "")))
    # a short form the article never spells out (*RON*, *SPBU*, *HAM*, *JFK*) may name a body or
    # a thing: it is listed with the other names, when said twice
    # (but not a person's initials: "tersangka berinisial RN (38), DH (29) ...", grammar.initials_markers)
    initials = {str(w).casefold() for w in pack.get("grammar", "initials_markers", []) or []}
    hidden = {m.text for m in mentions if m.kind == "acronym" and m.sentence in by_index and
              (initials & set(by_index[m.sentence].text.casefold().split()) or
               rx.match(r"\s*\(\d{1,3}\)", by_index[m.sentence].text[m.end:]))}
    bare = Counter(m.text for m in mentions if m.kind == "acronym" and m.text not in expansions and
                   m.text not in seen_orgs and m.text not in hidden and normalise(m.text) not in alias_keys)

    # Other names (people named without a title, works, theories): those of several words
    # or said twice, when no person, organisation or place already lists them.
    # (a person's office counts as listed: "Gubernur Sumatera Barat" stands beside Gamawan Fauzi)
    listed = " ".join(f"{f.label} {f.detail}" if f.kind == "person" else f.label for f in out).casefold()
    # a name after a noun for a place is one ("menuju kota New Orleans", "the city of Fresno")
    place_nouns = [str(w).casefold() for w in pack.get("roles", "place_nouns", []) or []]
    named_places = set()
    if place_nouns:
        lead = rx.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, place_nouns))})(?:\s+of)?\s+$", re.IGNORECASE)
        named_places = {m.text for m in mentions if m.kind == "name" and m.sentence in by_index and
                        lead.search(by_index[m.sentence].text[max(0, m.start - 30):m.start])}
    names = Counter(m.text for m in mentions if m.kind == "name" and m.text not in named_places) + bare
    # a title or role alone is no name ("Pelatih" opening two sentences)
    lex = lexicon(pack)
    offices = lex.title_set | lex.role_set
    no_first = {str(w).casefold() for w in pack.get("roles", "former_markers", []) or []} | pack.stopwords
    kept = [n for n in _by_frequency(names)
            if (names[n] >= 2 or len(n.split()) >= 2) and n.casefold() not in listed
            and n.split()[0].casefold() not in no_first  # "Former Superman"
            and n.casefold() not in aliases and n.casefold().rstrip(".") not in offices]
    # a one-word name that opens or closes a longer one is that one, said short ("Agus" beside
    # "Agus Budi Santoso")
    longer = [n.split() for n in kept if " " in n] + [f.label.split() for f in out if f.kind == "person"]
    kept = [n for n in kept if " " in n or not any(n in (w[0], w[-1]) for w in longer)]
    # ... and an office is no name ("Kepala Desa Sumberejo", "Ketua YLKI": its holder is listed)
    kept = [n for n in kept if n.split()[0].casefold().rstrip(".") not in lex.title_heads]
    # ... nor a roman numeral alone ("kuartal III", "kelas IV"): a number, which a card may still
    # ask as written ("siglo {{XIX}}"), but no name to list
    kept = [n for n in kept if not rx.fullmatch(r"[IVXLC]{2,}", n)]
    # ... nor a letter alone ("Y. pestis": a genus written short)
    kept = [n for n in kept if len(n) > 1]
    # a one-word name the article always writes with the same code after it is named with it
    # ("Proyek 921/1", "Apollo 11": not "Proyek" alone; found as a user on an unseen passage)
    kept = [_with_code(n, mentions, by_index) for n in kept]
    # ... and one written each time with a number after it, the numbers differing, is a label of numbered
    # things ("Pasal 378 KUHP juncto Pasal 64 ayat (1)"), no name (found on round 147's sheets)
    kept = [n for n in kept if " " in n or not _numbered_label(n, mentions, by_index)]
    # a name of two to four words that opens on a known given name is a person's
    given = {str(w).casefold() for w in pack.get("roles", "given_names", []) or []}
    lower = {w for s in sentences for w in rx.findall(r"\b[a-z][\w'’-]*", s.text)}
    heads = lex.org_heads | lex.place_heads
    people = [n for n in kept if 2 <= len(n.split()) <= 4 and n.split()[0].casefold() in given
              and not any(w.casefold() in heads for w in n.split())
              and n.split()[-1].casefold() not in lower]  # "John W. Weeks Bridge": "a pedestrian bridge"
    for name in people[:MAX_NAMES]:
        out.insert(sum(f.kind == "person" for f in out), KeyFact("person", name, fact_roles.get(name, "")))
    # (the names section keeps its size: the people moved out of it take their places)
    for name in [n for n in kept if n not in people][:max(0, MAX_NAMES - len(people))]:
        out.append(KeyFact("name", name, ""))

    # Places by frequency, aliases folded ("Cina" and "China" are one place).
    places = Counter(aliases.get(m.text.casefold(), m.value or m.text) for m in mentions
                     if m.kind == "place" or (m.kind == "name" and m.text in named_places))
    for name in _by_frequency(places)[:MAX_PLACES]:
        out.append(KeyFact("place", name, ""))

    # The timeline: dated events, described by the clause a when-fact cut out.
    events = {(f.sentence, f.answer): dict(f.slots).get("clause", "") for f in facts if f.family == "when"}
    seen_dates: set[tuple[str, str]] = set()
    days_listed: set[tuple[str, str]] = set()  # the days (and times of day) already on the timeline
    said: set[tuple[int, str]] = set()  # (sentence, date) pairs met
    dated: set[int] = set()  # sentences whose first date is listed
    pieces = quoted_in_part(sentences)
    cited, yardstick, ranged, ranged_before, record_since, record_year = _timeline_patterns(pack)
    for m in mentions:
        if m.kind != "date":
            continue
        sort, _, kind = (m.value or "~|").partition("|")
        if kind in {"relative", "day"} and sort.startswith("~"):
            continue  # "Sunday", "bulan lalu" with no date to place them: not a timeline entry
        text = by_index[m.sentence].text
        if kind in {"relative", "day"} and (m.sentence in pieces or inside_quote(text, m.start)):
            continue  # "Kemarin, ..." in a quotation: the speaker's day, which the article does not date
        if cited is not None and cited.search(text[max(0, m.start - 80):m.start]):
            continue  # the day a source published, not a day of the story
        if yardstick is not None and yardstick.search(text[max(0, m.start - 30):m.start]):
            continue  # "naik 0,84 persen dibandingkan Agustus 2025": what a figure is measured against
        if ranged is not None and ranged_before is not None and (
                ranged.match(text, m.end) or
                not any(ch.isdigit() for ch in m.text) and ranged_before.search(text, max(0, m.start - 24), m.start)):
            continue  # "musim tanam Oktober–Maret": a span of months, not a day of the story
        if any(p is not None and p.search(text[max(0, m.start - 60):m.start]) for p in (record_since, record_year)):
            continue  # "tertinggi sejak 1917", "melampaui rekor tahun 1955": what a record is measured
            # against, not a day of the story (found as a user on the New York floods article)
        if _bracketed_span(text, m):
            continue  # "Raja Inal Siregar ... mantan Gubernur (1988-1998)", "J. A. Hobson (1858–1940)":
            # a term of office or a lifespan in brackets, not a day of the story
        if century_aside(text, m, lex):
            continue  # "a 17th-century altar painting", "terbesar abad ke-21": a thing's age or a record's span
        # (no clause cut out: the sentence's opening words, which name its event, for its first
        # date; the words around a later one, so that "ditemukan pada 1820 ... dari 1954 hingga
        # 2006" does not show one line three times)
        if (m.sentence, m.text) in said:
            continue  # (a date said twice in one sentence is one entry)
        said.add((m.sentence, m.text))
        detail = events.get((m.sentence, m.text)) or (
            _around(text, m.start, m.end) if m.sentence in dated else _snippet(text))
        dated.add(m.sentence)
        # (a day is one line, its first event's: found as a user, a volcano's report listed "Minggu
        # (2/11/2025)" three times and "2 November 2025" twice, one day in five lines; but "Minggu (02/11)
        # sore" and "Minggu (2/11/2025) malam" are two times of the day)
        day = (sort, rx.sub(r"^.*(?:\)|\d{4})", "", m.text).strip().casefold())
        if (m.text, detail) in seen_dates or rx.fullmatch(r"\d{4}-\d\d-\d\d", sort) and day in days_listed:
            continue
        seen_dates.add((m.text, detail))
        days_listed.add(day)
        out.append(KeyFact("date", m.text, detail, sort))

    # Numbers with their noun, each figure once ("91 orang" in the lead and in a quote).
    # (a span of time in several units carries its units in its text: "2 hours, 17 minutes")
    figures: dict[str, str] = {}
    by_label: dict[str, Mention] = {}
    prefixes = tuple(pack.wordset("grammar", "verb_prefixes"))
    not_verbs = pack.wordset("grammar", "not_verbs")
    participles = tuple(pack.wordset("grammar", "participle_suffixes"))
    for m in mentions:
        low_noun = (m.value or "").casefold()
        if m.kind == "number" and low_noun and low_noun not in not_verbs and low_noun not in lex.units and (
                prefixes and low_noun.startswith(prefixes) and len(low_noun) > 4 or
                participles and low_noun.endswith(participles) and (
                    _is_verbish(low_noun, pack) or _object_after(by_index[m.sentence].text, m.end, low_noun, pack))):
            # "dari delapan | menjadi sepuluh sesi": the word after the figure is a verb, no noun; a sum
            # stands alone ("Rp480 miliar | meliputi ...", "£900,000 | bringing this pier back to life":
            # a participle of a verb the pack knows, found in round 147), a bare count says nothing
            if any(c in m.text for c in lex.currencies):
                figures.setdefault(m.text.casefold(), m.text)
                by_label.setdefault(m.text.casefold(), m)
            continue
        if m.kind == "number" and m.value:
            value = parse_number(m.text, lex)
            if value is not None and value <= 3 and m.value != DURATION and \
                    not any(c in m.text for c in lex.currencies) and "%" not in m.text:
                continue  # "two cities", "tiga guru": a count this small is no figure to keep
            noun = m.value
            if pack.get("grammar", "modifiers_precede_noun", False) and noun[:1].islower() and not noun.endswith("s"):
                # "12 return | flights": where modifiers come first, the noun runs on to its plural
                after = by_index[m.sentence].text[m.end:]
                at = len(after) - len(after.lstrip()) if after[:1].isspace() and \
                    after.lstrip().startswith(noun) else -1
                words, _ = plural_run(after[at + len(noun):], pack.stopwords) if at > 0 else ([], 0)
                if words:
                    noun = f"{noun} {' '.join(words)}"
            label = m.text if m.value == DURATION else f"{m.text} {noun}"
            figures.setdefault(label.casefold(), label)
            by_label.setdefault(label.casefold(), m)
    for key, label in list(figures.items())[:MAX_NUMBERS]:
        m = by_label[key]
        out.append(KeyFact("number", label, _around(by_index[m.sentence].text, m.start, m.end)))

    for acr, exp in expansions.items():
        out.append(KeyFact("term", acr, exp))
    return out
