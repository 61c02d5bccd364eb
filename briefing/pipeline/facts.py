"""Facts: sentences + mentions -> ``list[Fact]``.

Each family is a small rule over the mentions of one sentence:
acronym (``X (ABC)``), role (title + name, apposition), agent (``X, yang
dipimpin oleh Y``), when (a date and the clause around it), where (a verb +
place preposition + place), quantity (a number with its noun), actor (a named
subject followed by a verb), cloze (the most informative span of a sentence).

A question clause is cut out of the sentence at clause boundaries found from
the pack's grammar (commas outside lists, parentheses and quotes; "bahwa"/"that";
clause-breaking conjunctions), so questions are rewritten around their event
rather than pasting the whole sentence with a hole in it.
"""

from __future__ import annotations

import re
from collections import defaultdict

from ..lang import LanguagePack
from ..models import Fact, Mention, Sentence

ENTITY_KINDS = {"person", "organisation", "place", "acronym", "name"}
_MASK = "\x00"


def mask_structure(text: str, coordinators: list[str]) -> str:
    """Hide commas that do not end a clause: inside brackets, quotes and lists."""
    chars = list(text)
    depth = 0
    in_quote = False
    for i, c in enumerate(chars):
        if c in "([":
            depth += 1
        elif c in ")]":
            depth = max(0, depth - 1)
        elif c in "\"“”":
            in_quote = not in_quote if c == '"' else (c == "“")
        elif c == "," and (depth or in_quote):
            chars[i] = _MASK
    masked = "".join(chars)
    if coordinators:
        coord = "|".join(re.escape(c) for c in coordinators)
        # "Rusia, China, Iran dan Pakistan": commas between short capitalised items.
        item = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}"
        for m in re.finditer(rf"{item}(?:, {item})+,? (?:{coord}) {item}", masked):
            seg = m.group().replace(",", _MASK)
            masked = masked[: m.start()] + seg + masked[m.end():]
    return masked


class Clauses:
    """Clause boundaries of one sentence, for one language."""

    def __init__(self, pack: LanguagePack, text: str) -> None:
        self.text = text
        g = lambda k: [str(x) for x in (pack.get("grammar", k, []) or [])]  # noqa: E731
        self.coordinators = g("coordinators")
        self.masked = mask_structure(text, self.coordinators)
        self.breaks = g("clause_breaks")
        self.complementizers = g("complementizers")
        self.soft = g("soft_breaks")
        self.subordinators = g("subordinators")
        # words a clause must not end on: prepositions and conjunctions
        self.dangling = {w.casefold() for w in (
            self.soft + self.coordinators + self.breaks + self.subordinators + self.complementizers
            + [str(p) for p in pack.get("dates", "prepositions", []) or []]
            + [str(p) for p in (pack.get("roles", "place_prepositions", {}) or {})]
        )}

    def left(self, pos: int) -> int:
        """Start of the clause that holds ``pos``."""
        best = 0
        seg = self.masked[:pos]
        for m in re.finditer(r"[,;:]\s*|[\"“”]\s*", seg):
            best = max(best, m.end())
        for word in self.complementizers + self.breaks + self.subordinators:
            for m in re.finditer(rf"(?<!\w){re.escape(word)}\s+", seg, re.IGNORECASE):
                best = max(best, m.end())
        return best

    def right(self, pos: int, quotes: bool = True) -> int:
        """End of the clause that holds ``pos`` (at a quote too, unless ``quotes`` is off)."""
        seg = self.masked[pos:]
        ends = [len(self.text.rstrip(".!?…\"”’ "))]
        m = re.search(r"[,;:()]|\s[-–—]\s" + (r"|[\"“”]" if quotes else ""), seg)
        if m:
            ends.append(pos + m.start())
        for word in self.breaks:
            m = re.search(rf"\s{re.escape(word)}(?!\w)", seg, re.IGNORECASE)
            if m:
                ends.append(pos + m.start())
        for word in self.coordinators:
            m = re.search(rf"\s{re.escape(word)}\s+(?=[a-z])", seg)
            if m:
                ends.append(pos + m.start())
        return max(pos, min(ends))

    def trim(self, phrase: str, keep: int = 6) -> str:
        """Cut a long trailing phrase at a soft break ("with", "dengan")."""
        words = phrase.split()
        soft = {s.casefold() for s in self.soft}
        if len(words) > keep:
            for i, w in enumerate(words):
                if i >= 2 and w.casefold() in soft:
                    words = words[:i]
                    break
        # never end on a dangling preposition or conjunction ("... SCO sebagai")
        while words and words[-1].casefold() in self.dangling:
            words.pop()
        return " ".join(words)


def _clean(text: str) -> str:
    # a parenthetical aside is not part of the question: "(wilayah dalam bahasa Arab)"
    text = re.sub(r"\s*\([^()]*\s[^()]*\)", "", text)
    text = re.sub(r"\s+", " ", text).strip(" ,;:-–—")
    # drop unbalanced quotes left at the edges
    if text.count('"') % 2:
        text = text.replace('"', "")
    for a, b in (("“", "”"), ("(", ")")):
        if text.count(a) != text.count(b):
            text = text.replace(a, "").replace(b, "")
    return text.strip()


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _preceding_word(text: str, pos: int) -> tuple[str, int]:
    m = re.search(r"(\w+)\s*$", text[:pos])
    return (m.group(1), m.start()) if m else ("", pos)


def _is_verbish(word: str, pack: LanguagePack) -> bool:
    low = word.casefold()
    reporting = {str(v).casefold() for v in pack.get("roles", "reporting_verbs", []) or []}
    if low in reporting:
        return True
    if not low or low in pack.stopwords:
        return False
    if low in {str(w).casefold() for w in pack.get("grammar", "not_verbs", []) or []}:
        return False
    prefixes = [str(p) for p in pack.get("grammar", "verb_prefixes", []) or []]
    if prefixes:
        return len(low) > 4 and any(low.startswith(p) for p in prefixes)
    irregular = pack.get("verbs", "irregular_past", {}) or {}
    aux = {str(a) for a in pack.get("grammar", "auxiliaries", []) or []}
    return low.endswith("ed") or low in irregular or low in aux


class FactFinder:
    def __init__(self, pack: LanguagePack, sentences: list[Sentence], mentions: list[Mention]):
        self.pack = pack
        self.sentences = sentences
        self.by_sentence: dict[int, list[Mention]] = defaultdict(list)
        for m in mentions:
            self.by_sentence[m.sentence].append(m)
        self.date_preps = sorted((str(p) for p in pack.get("dates", "prepositions", []) or []),
                                 key=len, reverse=True)
        self.place_preps = {str(k).casefold(): str(v) for k, v in
                            (pack.get("roles", "place_prepositions", {}) or {}).items()}
        self.style = str(pack.get("meta", "question_style", "none"))

    # ------------------------------------------------------------ families
    def acronyms(self, s: Sentence, ms: list[Mention]) -> list[Fact]:
        out = []
        for m in ms:
            if m.kind == "organisation" and m.value and re.fullmatch(r"[A-Z][A-Za-z0-9&-]{1,9}", m.value):
                out.append(Fact("acronym", s.index, m.text, "organisation",
                                (("acronym", m.value), ("expansion", m.text)), 0.95,
                                m.start, m.end))
        return out

    def roles(self, s: Sentence, ms: list[Mention]) -> list[Fact]:
        out = []
        for m in ms:
            if m.kind != "role" or not m.value:
                continue
            role = _clean(m.text)
            if _words(role) < 2 and not re.search(r"\(", role):
                continue  # "Presiden" alone does not say whose president
            person = m.value
            if person.casefold() in role.casefold():
                continue
            pm = next((p for p in ms if p.kind == "person" and p.value == person), None)
            start, end = (pm.start, pm.end) if pm else (-1, -1)
            out.append(Fact("role", s.index, person, "person",
                            (("role", role), ("person", person)), 0.9, start, end))
            out.append(Fact("role_reverse", s.index, role, "role",
                            (("role", role), ("person", person)), 0.6, m.start, m.end))
        return out

    def agents(self, s: Sentence, ms: list[Mention]) -> list[Fact]:
        """``X (ABC), yang dipimpin oleh Y`` -> who leads ABC."""
        out = []
        rel = "|".join(re.escape(str(r)) for r in self.pack.get("grammar", "relative_pronouns", []) or [])
        agent = "|".join(re.escape(str(a)) for a in self.pack.get("grammar", "passive_agent", []) or [])
        if not rel or not agent:
            return out
        aux = "|".join(re.escape(str(a)) for a in self.pack.get("grammar", "auxiliaries", []) or [])
        aux_part = rf"(?:(?P<aux>{aux})\s+)?" if aux else ""
        pat = re.compile(rf",\s*(?:{rel})\s+{aux_part}(?P<verb>\w+)\s+(?:{agent})\s+")
        for m in pat.finditer(s.text):
            if not _is_verbish(m.group("verb"), self.pack) and not m.group("verb").endswith("ed"):
                continue
            subj = next((x for x in reversed(ms) if x.end <= m.start() and x.kind in
                         {"organisation", "acronym", "person", "name", "place"} and
                         not s.text[x.end:m.start()].strip(" )")), None)
            if subj is None:
                # "X (ABC)," : the acronym closes the phrase
                subj = next((x for x in reversed(ms) if x.kind == "acronym" and
                             s.text[x.end:m.start()].strip() == ")"), None)
            obj = next((x for x in ms if x.start == m.end() and x.kind in ENTITY_KINDS), None)
            if subj is None or obj is None:
                continue
            name = subj.text
            if subj.kind == "organisation" and subj.value:
                name = subj.value
            out.append(Fact("agent", s.index, obj.value if obj.kind == "person" and obj.value else obj.text,
                            obj.kind, (("subject", name), ("verb", m.group("verb")),
                                       ("aux", m.group("aux") or "" if aux else "")), 0.85,
                            obj.start, obj.end))
        return out

    def _strip_prep(self, text: str, start: int) -> tuple[int, str]:
        """Move ``start`` back over a governing preposition; return it and the preposition."""
        before = text[:start]
        for prep in self.date_preps:
            m = re.search(rf"(?<!\w)({re.escape(prep)})\s+$", before, re.IGNORECASE)
            if m:
                return m.start(), m.group(1).casefold()
        return start, ""

    def when(self, s: Sentence, ms: list[Mention]) -> list[Fact]:
        out = []
        cl = Clauses(self.pack, s.text)
        for m in ms:
            if m.kind != "date":
                continue
            sort, _, kind = (m.value or "").partition("|")
            if kind == "relative" and sort.startswith("~"):
                continue  # "bulan lalu" is worth learning only once anchored to a date
            p_start, prep = self._strip_prep(s.text, m.start)
            # "hari" before a day is part of the date; a second preposition may precede it
            p2, prep2 = self._strip_prep(s.text, p_start)
            if prep2 and prep in {"hari", "tahun", "bulan"}:
                p_start, prep = p2, prep2
            left = cl.left(p_start)
            if not prep and s.text[left:p_start].strip():
                word, _ = _preceding_word(s.text, p_start)
                if not _is_verbish(word, self.pack):
                    continue  # "pengumuman bulan lalu": the date belongs to a noun
            after = s.text[m.end:]
            if not s.text[left:p_start].strip() and re.match(r"\s*,", after):
                # "Sejak Juli 2016, dua dari ..." : the event is the next clause
                body_start = m.end + after.index(",") + 1
                right = cl.right(body_start + 1)
                clause = cl.trim(_clean(s.text[body_start:right]))
            else:
                right = cl.right(m.end)
                tail = cl.trim(_clean(s.text[m.end:right]))
                clause = _clean(f"{s.text[left:p_start]} {tail}")
            if _words(clause) < 3:
                continue
            conf = {"month": 0.9, "year": 0.8, "day": 0.6, "relative": 0.45}.get(kind, 0.6)
            if any(x.kind == "date" and x is not m and x.start >= left and x.end <= right for x in ms):
                conf *= 0.8
            out.append(Fact("when", s.index, m.text, "date",
                            (("clause", clause), ("prep", prep)), conf, m.start, m.end))
        return out

    def _subject(self, s: Sentence, ms: list[Mention]) -> str:
        """The sentence's named subject with its title ("Presiden Ghani"), or ""."""
        for m in ms:
            if m.kind in {"person", "organisation", "acronym"}:
                lead = s.text[: m.start].strip()
                title = next((r for r in ms if r.kind == "role" and r.start == 0), None)
                if not lead or (title is not None and title.end <= m.start):
                    return s.text[: m.end]
                return ""
        return ""

    def _with_subject(self, s: Sentence, ms: list[Mention], left: int, clause: str) -> str:
        """A clause cut after "sebelum"/"before" starts with its verb: lend it the subject."""
        first = clause.split()[0] if clause.split() else ""
        if left > 0 and _is_verbish(first, self.pack):
            subj = self._subject(s, ms)
            return f"{subj} {clause}" if subj else ""
        return clause

    def where(self, s: Sentence, ms: list[Mention]) -> list[Fact]:
        out = []
        cl = Clauses(self.pack, s.text)
        places = [m for m in ms if m.kind == "place"]
        for m in places:
            prep, pstart = _preceding_word(s.text, m.start)
            if prep.casefold() not in self.place_preps:
                continue
            verb, vstart = _preceding_word(s.text, pstart)
            if not _is_verbish(verb, self.pack):
                # a light verb and its noun: "melakukan perjalanan ke", "made a trip to"
                verb2, _ = _preceding_word(s.text, vstart)
                if not _is_verbish(verb2, self.pack) or verb.casefold() in self.pack.stopwords \
                        or verb[:1].isupper():
                    continue
            # extend over "X dan Y" place lists
            end = m.end
            nxt = re.match(r"\s+(?:" + "|".join(map(re.escape, cl.coordinators or ["and"])) + r")\s+", s.text[end:])
            if nxt:
                other = next((p for p in places if p.start == end + nxt.end()), None)
                if other:
                    end = other.end
            left = cl.left(pstart)
            right = cl.right(end)
            clause = _clean(f"{s.text[left:pstart]} {cl.trim(_clean(s.text[end:right]))}")
            clause = self._with_subject(s, ms, left, clause)
            if _words(clause) < 3:
                continue
            out.append(Fact("where", s.index, s.text[m.start:end], "place",
                            (("clause", clause), ("prep", prep.casefold()),
                             ("qphrase", self.place_preps[prep.casefold()])), 0.85, m.start, end))
        return out

    def quantities(self, s: Sentence, ms: list[Mention]) -> list[Fact]:
        out = []
        cl = Clauses(self.pack, s.text)
        currencies = [str(c) for c in self.pack.get("numbers", "currencies", []) or []]
        approx = [str(a) for a in self.pack.get("numbers", "approximators", []) or []]
        for m in ms:
            if m.kind != "number":
                continue
            noun = m.value or ""
            money = any(m.text.startswith(c) for c in currencies) or bool(
                re.search(r"\b(?:" + "|".join(map(re.escape, currencies)) + r")\b", m.text)) if currencies else False
            percent = m.text.endswith("%")
            if not noun and not money and not percent:
                continue
            if re.fullmatch(r"\d+", noun):
                continue
            start = m.start
            for a in sorted(approx, key=len, reverse=True):
                am = re.search(rf"(?<!\w){re.escape(a)}\s+$", s.text[:start], re.IGNORECASE)
                if am:
                    start = am.start()
                    break
            end = m.end
            if noun:
                um = re.match(rf"\s+{re.escape(noun)}", s.text[end:])
                end += um.end() if um else 0
            left = cl.left(start)
            right = cl.right(end)
            before = _clean(s.text[left:start])
            after = cl.trim(_clean(s.text[end:right]))
            if _words(before) + _words(after) < 2:
                continue
            kind = "money" if money else "percent" if percent else "count"
            # Indonesian answers name the noun ("sekitar 100 pejuang" -> "100 pejuang");
            # English ones give the number ("How many jobs?" -> "1,200").
            a_end = end if self.pack.get("meta", "answer_with_unit", False) else m.end
            out.append(Fact("quantity", s.index, s.text[m.start:a_end], "number",
                            (("before", before), ("after", after), ("noun", noun), ("measure", kind)),
                            0.8, m.start, a_end))
        return out

    def actors(self, s: Sentence, ms: list[Mention]) -> list[Fact]:
        out = []
        cl = Clauses(self.pack, s.text)
        named = [m for m in ms if m.kind in {"person", "organisation", "acronym", "name"}]
        for m in named:
            lead = s.text[: m.start]
            # the subject starts the sentence, perhaps after its title
            title = next((r for r in ms if r.kind == "role" and r.start == 0 and r.value == m.value), None)
            if lead.strip() and title is None:
                continue
            if m.kind == "name" and " " not in m.text:
                continue
            verb_m = re.match(r"\s+(\w+)", s.text[m.end:])
            if not verb_m or not _is_verbish(verb_m.group(1), self.pack):
                continue
            pstart = m.end + verb_m.start(1)
            right = cl.right(pstart + len(verb_m.group(1)), quotes=False)
            # keep a reported clause whole: "mengatakan bahwa ... "
            predicate = _clean(s.text[pstart:right])
            predicate = cl.trim(predicate, keep=14)
            if _words(predicate) < 3 or _words(predicate) > 24:
                continue
            answer = m.value if m.kind == "person" and m.value else m.text
            if m.kind == "acronym" and m.value:
                answer = m.text
            out.append(Fact("actor", s.index, answer, m.kind if m.kind != "name" else "organisation",
                            (("predicate", predicate),), 0.75, m.start, m.end))
        return out

    def clozes(self, s: Sentence, ms: list[Mention]) -> list[Fact]:
        """Candidate gaps: names, numbers, dates of a sentence (the best is kept later)."""
        out = []
        n_words = _words(s.text)
        if n_words < 6 or n_words > 70:
            return out
        weight = {"person": 1.0, "organisation": 0.95, "number": 0.95, "date": 0.9,
                  "acronym": 0.7, "place": 0.75, "name": 0.5}
        if n_words > 45:
            weight = {k: v * 0.7 for k, v in weight.items()}
        for m in ms:
            if m.kind not in weight:
                continue
            if len(m.text) > 0.4 * len(s.text) or _words(m.text) > 8:
                continue
            if m.kind == "date" and (m.value or "").endswith("relative"):
                continue
            if m.kind == "name" and _words(m.text) < 2 and (m.start == 0 or not m.text[:1].isupper()):
                continue  # a lone capitalised word opening a sentence may be a common word
            # a gap whose text also stands elsewhere in the sentence gives itself away
            if s.text.count(m.text) > 1:
                continue
            if self._in_list(s.text, m, ms):
                continue  # "Pakistan, Rusia, ___ dan China": any item fits the gap
            kind = {"acronym": "organisation", "name": "organisation"}.get(m.kind, m.kind)
            w = weight[m.kind]
            if m.kind == "person" and m.value and m.value != m.text:
                w *= 0.6  # "Ivanov" for Sergei Ivanov: the full name is the better gap
            if n_words > 30:
                w *= 0.8  # a long sentence makes a heavy card
            out.append(Fact("cloze", s.index, m.text, kind, (), w, m.start, m.end))
        return out

    def _in_list(self, text: str, m: Mention, ms: list[Mention]) -> bool:
        coord = "|".join(re.escape(str(c)) for c in self.pack.get("grammar", "coordinators", []) or [])
        sep = re.compile(rf"^\s*(?:,|,?\s*(?:{coord}))\s*$" if coord else r"^\s*,\s*$")
        for o in ms:
            if o is m or o.kind != m.kind:
                continue
            if o.end <= m.start and sep.match(text[o.end:m.start]):
                return True
            if m.end <= o.start and sep.match(text[m.end:o.start]):
                return True
        return False

    def run(self) -> list[Fact]:
        facts: list[Fact] = []
        for s in self.sentences:
            ms = self.by_sentence.get(s.index, [])
            facts += self.acronyms(s, ms)
            facts += self.clozes(s, ms)
            if self.style == "none":
                continue
            facts += self.roles(s, ms)
            facts += self.agents(s, ms)
            facts += self.when(s, ms)
            facts += self.where(s, ms)
            facts += self.quantities(s, ms)
            facts += self.actors(s, ms)
        return facts


def find_facts(sentences: list[Sentence], mentions: list[Mention], pack: LanguagePack) -> list[Fact]:
    """Every fact candidate of the article, in sentence order."""
    return FactFinder(pack, sentences, mentions).run()
