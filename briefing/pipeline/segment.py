"""Sentence splitting: ``Article`` -> ``list[Sentence]``.

Abbreviation-aware (from the language pack), and it mends what real articles do:
- a sentence broken by a stray full stop (``melawan negara. Islam di ...``) is
  joined again when the piece after the stop is too short to be a sentence; the
  stop is dropped when the two words around it also stand together elsewhere;
- a title repeated in the body, a sentence repeated verbatim, page furniture
  ("Baca juga: ...", "Read more") and datelines ("LONDON (Reuters) -") are removed;
- headings inside the body (a short line with no end punctuation) are skipped.
"""

from __future__ import annotations

import re

from .. import regex as rx
from ..datelines import DATELINE as _DATELINE, opens_line
from ..ids import normalise
from ..lang import LanguagePack
from ..models import Article, Sentence
from ..read.txt import WRAP_WIDTH

_END = rx.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+|$)")
_OPENER = rx.compile(r"[\"'“‘«(\[]*[\w\d]", re.UNICODE)
_WORD = rx.compile(r"\w+(?:[-'’.]\w+)*", re.UNICODE)
# "Jakarta - Badan ...": a city alone and a dash open the first paragraph (as a dateline only there)
_CITY_DASH = rx.compile(r"^[A-Z][a-z]{2,20}(?: [A-Z][a-z]{2,20})?\s+[-–—]{1,2}\s+(?=[\"“A-Z])")
# "TEMPO Interaktif, Jakarta: Sastrawan ...": an outlet in capitals, its city and a colon (as a
# dateline only at the start of the first paragraph)
_OUTLET_COLON = rx.compile(r"^[A-Z]{3,}(?:\.[A-Za-z]{2,3})?(?: [A-Z][a-z]{2,20})?,\s*[A-Z][a-z]{2,20}"
                           r"(?: [A-Z][a-z]{2,20})?:\s+(?=[\"“A-Z])")
# the initials or agencies closing a news paragraph: "(mh)", "(INU)", "(Reuters / AP / muk)",
# the closing bracket sometimes lost
_SITE_CREDIT = rx.compile(r"(?:\(|(?<!\S))[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id|id|net|org|co\.uk)\s*/\s*[A-Z][^()/]{1,40}\)?\s*$")
_CREDIT = rx.compile(r"(?<=[.!?…\"”])\s*\((?:[A-Za-z]{2,12}\s*[/,]?\s*){1,4}\)?\s*$")
_BROKEN_NUMBER_HEAD = rx.compile(r"(?<![\w.,])\d{1,3}(?:[.,]\d{3})+\.$")
_BROKEN_NUMBER_TAIL = rx.compile(r"\d{3}(?![\d.,]\d)\b")
# a day of the month written as an ordinal, after a word: "am 5.", "den 17."
_ORDINAL_DAY = rx.compile(r"(?<=[^\W\d_]\s)(?:[1-9]|[12]\d|3[01])$")
_STRAY_STOP = rx.compile(r"(?<![\w.])([^\W\d_]{2,})\.(?=\s+[a-z][a-z])")
#: A fragment after a full stop with at most this many words is not a sentence.
MIN_SENTENCE_WORDS = 4


def _is_abbreviation(token: str, pack: LanguagePack, after: str = "") -> bool:
    low = token.casefold()
    if low in pack.abbreviations:
        return True
    # A degree or a title of dotted pieces ("M.Th.", "M.Pd.", "Ph.D."), also inside a name ("RSUD
    # M.Th. Djaman", round 110)
    if rx.fullmatch(r"[A-Z][a-z]{0,2}\.(?:[A-Z][a-z]{0,2}\.)+", token):
        return True
    # Initials and dotted abbreviations: "J.", "U.S.", "a.n."
    if rx.fullmatch(r"(?:\w\.){1,4}", token) and len(token) <= 8:
        # "J.", "U.S."; but a lone lower-case letter before a word is a variable
        # ("for every integer n. It is ..."), while "e. V" stays one abbreviation
        return not token[:-1].isdigit() and not (len(token) == 2 and token[0].islower() and
                                                 rx.match(r"\s*\w\w", after or "") is not None)
    return False


def _closes(token: str, rest: str, pack: LanguagePack) -> bool:
    """An abbreviation that may end a sentence (``abbreviations.closing_abbreviations``) does
    where the next word is capitalised and is no day, month or word in capitals ("at 4 a.m. |
    Picket lines formed"; but "at 10 a.m. Monday", "6 p.m. GMT"); any abbreviation does before
    a capitalised stop word ("Gracechurch St. | The FCA said ...")."""
    nxt = rx.match(r"([A-Z][a-z]+)\b", rest)
    if nxt is None:
        return False
    low = nxt.group(1).casefold()
    if low in pack.stopwords and len(low) >= 2 and not token[:-1].isupper() and \
            low not in pack.wordset("dates", "days") and low not in pack.wordset("dates", "months"):
        return True  # "a London office on Gracechurch St. | The FCA said ...": any abbreviation ends the
        # sentence before a capitalised function word, which names nothing (round 124; not "U.S.")
    if token.casefold() not in pack.wordset("abbreviations", "closing_abbreviations"):
        return False
    return low not in pack.wordset("dates", "days") and low not in pack.wordset("dates", "months")


def _split_paragraph(text: str, offset: int, pack: LanguagePack) -> list[tuple[int, int]]:
    """Spans (absolute offsets) of the sentences of one paragraph."""
    spans: list[tuple[int, int]] = []
    start = 0
    ordinal_stop = bool(pack.get("meta", "ordinal_stop", False))
    for m in _END.finditer(text):
        end = m.end()
        rest = text[end:].lstrip()
        if not rest:
            continue
        if ordinal_stop and m.group() == "." and _ORDINAL_DAY.search(text, 0, m.start()) and rest[:1].isupper():
            continue  # "verließ Fort Venango am 5. April 1754": a day of the month
        if m.group().startswith(".") and len(m.group().rstrip("\"'”’»)]")) == 1:
            before = text[:m.start() + 1]
            tok = rx.search(r"(\S+)$", before[-60:])
            token = tok.group(1).lstrip("\"'“‘«([") if tok else ""
            if token and _is_abbreviation(token, pack, text[end:end + 4]) and not _closes(token, rest, pack):
                continue
        if rest.startswith('" ') and _OPENER.match(rest[2:]):
            # text with spaced quotes ("hari. " Namun ..."): an even count before it opens a
            # quotation that starts the next sentence; an odd count closes this one
            if text[:end].count('"') % 2:
                end = len(text) - len(rest) + 1
                rest = rest[1:].lstrip()
        elif not _OPENER.match(rest):
            continue
        # "31.995. 000 orang": a number broken by a stray space after a thousands dot
        if _BROKEN_NUMBER_TAIL.match(rest) and _BROKEN_NUMBER_HEAD.search(text[max(0, m.start() - 30):m.start() + 1]):
            continue
        # A lower-case start after a full stop is not a new sentence.
        first = rx.match(r"[\"'“‘«(\[]*(\w)", rest)
        if first and first.group(1).islower():
            continue
        spans.append((offset + start, offset + end))
        start = end + (len(text[end:]) - len(rest))
    if text[start:].strip():
        spans.append((offset + start, offset + len(text.rstrip())))
    return spans


def _wrapped(line: str, next_start: int, text: str) -> bool:
    """``line`` is one of a paragraph wrapped at a fixed width: long, and the next line
    follows it with a single line break (a blank line would end the paragraph)."""
    return len(line.rstrip()) >= WRAP_WIDTH and "\n\n" not in text[max(0, next_start - 2):next_start]


def _opens_low(text: str) -> bool:
    """``text`` opens on a figure or a lower-case letter."""
    first = text.lstrip()[:1]
    return first.isdigit() or first.islower()


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


#: A player on a team sheet: the shirt number joined to the name ("37-Bella-Kotchap").
_SQUAD_ENTRY = rx.compile(r"(?<![\w-])\d{1,2}-[A-Z][\w'’-]+")


def _captions(pack: LanguagePack) -> tuple[re.Pattern[str] | None, frozenset[str]]:
    """A photo credit in brackets closing a line, and the words that make it a photo's,
    built once per pack (``grammar.caption_credits``, ``grammar.photo_words``)."""
    if ("captions",) not in pack._cache:
        words = [str(w) for w in pack.get("grammar", "caption_credits", []) or []]
        # "(AP Photo/Emrah Gurel)", "(ANTARA FOTO/...)", "(Foto: Angga Pratama/detikJateng)"; or
        # bare, an agency and its photographer after a slash: "... July 10, 2018. REUTERS/Stringer"
        alt = "|".join(map(re.escape, words))
        # ... or a label and its credit closing the line: "... on Thursday night. Photograph: Ben
        # Harcourt/PA"
        credits = rx.compile(r"\((?:[^()]*[\s/])?(?:" + alt + r")(?:[\s/:][^()]*)?\)\s*$"
                             r"|" + _SITE_CREDIT.pattern +
                             r"|(?<![\w/])(?:" + alt + r")(?: [A-Z]+)?/[A-Z][\w.'’ -]{1,40}$"
                             r"|(?<!\w)(?:" + alt + r"):\s+[A-Z][\w.'’ -]{1,40}(?:/[\w.'’ -]{1,30}){0,3}$"
                             r"|(?<![\w/])[A-Z][\w.'’-]*(?:/[\w.'’-]+)+\s+via\s+(?:" + alt + r")$") if words else None
        # (a handout's source and its agency: "... released on October 14, 2025. AWFT/Handout via
        # REUTERS", round 92)
        # (several agencies after the photographer: "Photograph: Jean-Marc Roux/AFP/Getty Images")
        photo = frozenset(str(w).casefold() for w in pack.get("grammar", "photo_words", []) or [])
        pack._cache[("captions",)] = (credits, photo)
    return pack._cache[("captions",)]


def _noise(pack: LanguagePack) -> re.Pattern[str] | None:
    """Page furniture opening a line (``grammar.noise_prefixes``), as whole words: "Photo:"
    and "FILE PHOTO:" are captions' labels, "Photographers said ..." is the article's."""
    if ("noise",) not in pack._cache:
        words = pack.words("grammar", "noise_prefixes")
        pack._cache[("noise",)] = rx.compile(
            r"(?:" + "|".join(map(re.escape, words)) + r")(?!\w)") if words else None
    return pack._cache[("noise",)]


def _credit_line(pack: LanguagePack) -> re.Pattern[str] | None:
    """A reporter's credit closing a short line (``grammar.credit_endings``): "Associated Press
    writer Luis Herrera in Oklahoma City contributed to this report." is no news of the article."""
    if ("credit_line",) not in pack._cache:
        words = pack.words("grammar", "credit_endings")
        pack._cache[("credit_line",)] = rx.compile(
            r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")[.!]?\s*$", re.IGNORECASE) if words else None
    return pack._cache[("credit_line",)]


def _timestamp(pack: LanguagePack) -> tuple[re.Pattern[str] | None, frozenset[str]]:
    """A page's timestamp label opening a line (``grammar.timestamp_labels``), and the
    lower-case words such a line may hold: months, days, times of day, date prepositions."""
    if ("timestamp",) not in pack._cache:
        labels = pack.words("grammar", "timestamp_labels")
        label = rx.compile(r"(?:" + "|".join(map(re.escape, labels)) + r")(?!\w)") if labels else None
        allowed = pack.wordset("dates", "months") | pack.wordset("dates", "days") | \
            pack.wordset("dates", "prepositions") | pack.wordset("numbers", "time_words")
        pack._cache[("timestamp",)] = (label, allowed)
    return pack._cache[("timestamp",)]  # type: ignore[return-value]


def _is_timestamp(line: str, pack: LanguagePack) -> bool:
    """"Published July 6, 2025, 11:42 p.m. CEST | Updated July 7, 2025": a label, a figure,
    and no lower-case word of three letters or more but a date's (not "Published in 1998, the
    book sold ...")."""
    label, allowed = _timestamp(pack)
    m = label.match(line) if label is not None else None
    if m is None or not rx.search(r"\d", line):
        return False
    rest = line[m.end():]
    return all(w.casefold() in allowed for w in rx.findall(r"(?<![\w.])[^\W\d_]{3,}", rest) if w[:1].islower())


def segment(article: Article, pack: LanguagePack) -> list[Sentence]:
    """Split ``article.text`` into sentences, mended and de-duplicated."""
    text = article.text
    noise = _noise(pack)
    credit_line = _credit_line(pack)
    credits, photo_words = _captions(pack)
    caption_words = pack.wordset("grammar", "caption_words")
    title_norm = normalise(article.title)
    raw: list[tuple[int, int, int]] = []  # start, end, paragraph
    para = 0
    lines = [(m.start(), m.group()) for m in rx.finditer(r"[^\n]+", text) if m.group().strip()]
    # a paragraph broken in mid-sentence continues on a line that starts in lower case
    # ... or, in text wrapped at a fixed width (mail, notes, copied terminals), on any line
    # after a long one: "... and Joseph\nPriestley in Wiltshire ..."
    joined: list[tuple[int, str]] = []
    last_line = ""
    # (text wrapped at a fixed width has no line much longer than the width; a page copied from
    # the web has paragraphs of hundreds of characters, and a caption line among them that runs
    # past 60 characters without a full stop is a caption, not a wrapped line)
    fixed_width = max((len(line.rstrip()) for _, line in lines), default=0) <= 2 * WRAP_WIDTH
    for start, line in lines:
        if joined and not rx.search(r"[.!?…:][\"'”’»)\]]*\s*$", joined[-1][1][-40:]) and \
                (rx.match(r"\s*[a-z]", line) or (fixed_width and _wrapped(last_line, start, text) and
                                                 not rx.match(r"\s*(?:[-*•–]|\d+[.)]\s)", line))) and \
                not _DATELINE.match(line.strip()) and \
                not (credits is not None and credits.search(joined[-1][1][-200:].rstrip())):
            # (a caption closing on its credit ends there: "... 2024. REUTERS/Stringer"; only the
            # line's end is searched, which a line joined from thousands would make quadratic)
            prev_start, prev = joined[-1]
            gap = start - (prev_start + len(prev))
            joined[-1] = (prev_start, prev + " " * gap + line)
        else:
            joined.append((start, line))
        last_line = line
    for start, line in joined:
        stripped = line.strip()
        dl = _DATELINE.match(stripped) or (
            (_CITY_DASH.match(stripped) or _OUTLET_COLON.match(stripped)) if para == 0 else None)
        if dl and opens_line(stripped, dl.end()):
            # a lower-case dateline opens the paragraph: the sentence starts after it
            lead_cut = dl.end()
            stripped = stripped[lead_cut:]
            line = " " * (len(line) - len(line.lstrip()) + lead_cut) + stripped
        photo = credits.search(stripped) if credits is not None else None
        if photo and (not rx.search(r"[.!?…][\"'”’»]*$", stripped[:photo.start()].rstrip()) or
                      not photo.group().startswith("(") or
                      any(w.casefold() in photo_words for w in rx.findall(r"\w+", photo.group())) or
                      _SITE_CREDIT.fullmatch(photo.group().strip()) is not None):
            # ("... Rabu (22/10/2025). (Liputan6.com/Rizky Pratama)": a news site's photographer)
            continue  # "Rescue workers search ... in Hatay province, Tuesday (AP Photo)": a photo's caption
        credit = _CREDIT.search(stripped)
        if credit:
            stripped = stripped[:credit.start()]  # "... Kemal Darvis. (mh)": the reporter's initials
        if not stripped or not rx.match(r"[\"'“‘«(\[]*[\w]", stripped) or stripped[:1].islower():
            continue  # a list row or a fragment, not a sentence
        squad = len(_SQUAD_ENTRY.findall(stripped))
        if squad >= 4 and squad >= 0.25 * len(stripped.split()):
            continue  # "VERONA (3-5-2): 1-Montipo; 37-Bella-Kotchap, 15-Nelsson, ...": a team sheet (a
            # paragraph naming the "24-Yard Line" and a "2-Point Conversion" is prose)
        if credit_line is not None and len(stripped.split()) <= 30 and credit_line.search(stripped):
            continue  # "... contributed to this report.": the credits of a wire story (round 148's deck asked
            # "Who is the Associated Press writer?")
        if noise is not None and noise.match(stripped.lstrip("([ ")) or _is_timestamp(stripped, pack):
            continue  # ("(Reporting by ...; Editing by ...)": a wire story's credits in brackets)
        if not rx.search(r"[.!?…][\"'”’»)\]]*$", stripped[-40:]):
            words = _words(stripped[:400])
            if len(words) < 8:
                continue  # a heading, a byline, a caption or the repeated title
            if rx.search(r"\s[·•|]\s", stripped) and rx.search(r"\d", stripped):
                continue  # "Wed, Oct 22, 2025, 07:00 · Aoife Brennan, Tourism Correspondent": a page's date and
                # byline set apart by a separator, no sentence (round 126)
            spaced = f" {' '.join(words).casefold()} "
            if any(f" {w} " in spaced for w in caption_words):
                continue  # "The stump of the Kingsmoor Oak, pictured in April, where villagers ...": a caption
        lead = len(line) - len(line.lstrip())
        for s, e in _split_paragraph(stripped, start + lead, pack):
            raw.append((s, e, para))
        para += 1

    # Join fragments left by a stray full stop.
    dangling_words = pack.wordset("grammar", "dangling_words") | pack.wordset("grammar", "articles") | \
        pack.wordset("dates", "prepositions")  # words no sentence ends on
    time_names = pack.wordset("dates", "months") | pack.wordset("dates", "days")
    low_text = " ".join(_words(text)).casefold()
    merged: list[list[object]] = []  # [start, end, para, text]
    carry: tuple[int, str] | None = None
    for k, (s, e, p) in enumerate(raw):
        piece = text[s:e].strip()
        if carry is not None:
            s, piece = carry[0], f"{carry[1][:-1]} {piece}"
            carry = None
        nxt = raw[k + 1] if k + 1 < len(raw) else None
        if nxt is not None and nxt[2] == p and piece.endswith(".") and len(_words(piece)) < MIN_SENTENCE_WORDS and \
                merged and merged[-1][2] == p and _opens_low(text[nxt[0]:nxt[1]]) and \
                not _is_abbreviation(piece.split()[-1], pack):
            carry = (s, piece)  # "It can process. | 30,000 metric tons ...": a short piece before one that
            continue  # opens on a figure or in lower case goes on it, not on the sentence before (round 88)
        prev_last = _words(str(merged[-1][3]))[-1:] if merged else []
        next_first = (_words(piece)[:1] or [""])[0].casefold()
        dangling = bool(prev_last) and str(merged[-1][3]).endswith(".") and \
            prev_last[0] in dangling_words and (next_first[:1].isdigit() or next_first in time_names)
        # ("carried out over 21 days in. | September by ...": a date after a preposition goes on
        # the sentence; but "the address it was sent to. | The message ..." ends one)
        if merged and merged[-1][2] == p and (len(_words(piece)) < MIN_SENTENCE_WORDS or dangling) and \
                not rx.search(r"[?!][\"'”’»)\]]*$", piece):
            # (a short question or exclamation is a sentence of its own: "Mengapa dan mengapa?")
            prev = merged[-1]
            prev_text = str(prev[3])
            last = _words(prev_text)[-1] if _words(prev_text) else ""
            first = _words(piece)[0] if _words(piece) else ""
            pair = f"{last} {first}".casefold()
            # The broken place itself counts once: the pair must stand elsewhere too.
            if prev_text.endswith(".") and last and first and (low_text.count(pair) >= 2 or dangling):
                prev_text = prev_text[:-1]
            prev[1] = e
            prev[3] = f"{prev_text} {piece}"
            continue
        merged.append([s, e, p, piece])

    out: list[Sentence] = []
    seen: set[str] = set()
    for s, e, p, piece in merged:
        # a line break inside a sentence is a space (same length: offsets stay true)
        sentence = str(piece).replace("\r", " ").replace("\n", " ")
        # "mengajukan permohonan perbaikan. ke Dinas Pendidikan": a full stop after a word and
        # before a lower-case one, where no abbreviation ends, is a stray one
        sentence = _STRAY_STOP.sub(lambda m: m.group(1) if not _is_abbreviation(m.group(1) + ".", pack)
                                   else m.group(), sentence)
        if not out or out[-1].paragraph != p:
            sentence = _DATELINE.sub("", sentence, count=1)
        norm = normalise(sentence)
        if not norm or norm == title_norm or norm in seen:
            continue
        seen.add(norm)
        out.append(Sentence(index=len(out), start=int(s), end=int(e), text=sentence,  # type: ignore[arg-type]
                            paragraph=int(p)))  # type: ignore[arg-type]
    return out
