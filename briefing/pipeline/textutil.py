"""Small text helpers shared by the pipeline stages (no stage imports another)."""

from __future__ import annotations

import re

from .. import regex as rx
from ..models import Sentence


def plural_run(after: str, stopwords: frozenset[str] | set[str],
               is_verb=lambda word: False) -> tuple[list[str], int]:
    """Where modifiers come first, a counted noun runs on to its plural: the (at most three)
    lower-case words of ``after`` that carry "41,000 heritage | tour tickets", "40 fake | social
    media profiles" on, and how far they reach into ``after``; ([], 0) when no plural ends such
    a run or a function word or a verb stands in it."""
    run = rx.match(r"(?:\s+([a-z][a-z-]*)){1,3}", after)
    words = run.group().split() if run else []
    while words and (words[-1] in stopwords or is_verb(words[-1]) or not words[-1].endswith("s")):
        words.pop()
    if not words or any(w in stopwords or is_verb(w) for w in words):
        return [], 0
    return words, re.match(r"\s+" + r"\s+".join(map(re.escape, words)), after).end()


def initials_score(words: list[str], acronym: str) -> float:
    """How well the capitals of ``words`` spell ``acronym`` (0..1, by longest common subsequence)."""
    initials = "".join(w[0] for w in words if w[:1].isupper()).upper()
    acr = rx.sub(r"[^A-Z]", "", _repeat_letters(acronym).upper())
    if not acr:
        return 0.0
    # longest common subsequence of initials and acronym letters
    prev = [0] * (len(acr) + 1)
    for ch in initials:
        cur = [0]
        for j, a in enumerate(acr):
            cur.append(prev[j] + 1 if ch == a else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1] / max(len(acr), len(initials))


def without_expansion(text: str, expansion: str) -> str:
    """``text`` with a name spelt out before its short form in brackets said by the short form
    alone: "Kepala Balai Penyelidikan ... Geologi (BPPTKG)" -> "Kepala BPPTKG" (the spelt-out name
    is the answer of the acronym's own card). Built from an article's words: plain ``re``."""
    return re.sub(rf"(?<!\w){re.escape(expansion.strip())}\s*\(([^()\s]{{2,12}})\)", r"\1", text)


def _repeat_letters(acronym: str) -> str:
    """A digit after a letter writes that letter so many times: "P3K" is Pertolongan
    Pertama Pada Kecelakaan, "UIP3B" Unit Induk Penyaluran dan Pusat Pengatur Beban
    (but "G20", "COVID-19" and "BI7DRR" are names with a number)."""
    return rx.sub(r"([A-Za-z])([2-4])(?![\d-])", lambda m: m.group(1) * int(m.group(2)), acronym)


def prefix_abbreviation(short: str, expansion: str, every_word: bool = False) -> bool:
    """``short`` is made of leading pieces of ``expansion``'s words, in order, the
    first from its first word; words may be skipped: "Menlu" (Menteri Luar Negeri),
    "Puskopad" (Pusat Koperasi Angkatan Darat), but not "Chen" for "Chinese Tran".
    With ``every_word``, each word as written (split at spaces) gives a piece and none is
    skipped: "Sulsel" for "Sulawesi Selatan", "Jabar" for "Jawa Barat"."""
    if every_word:
        letters, words = short.casefold(), expansion.casefold().split()
    else:
        letters = rx.sub(r"[^a-z0-9]", "", short.casefold())
        words = rx.findall(r"[a-z0-9]+", expansion.casefold())
    if not letters or not words:
        return False

    def fits(i: int, j: int, first: bool) -> bool:
        if i == len(letters):
            return not every_word or j == len(words)
        for k in range(j, min(j + 1, len(words)) if every_word else len(words)):
            w = words[k]
            n = 0
            while n < len(w) and i + n < len(letters) and w[n] == letters[i + n]:
                n += 1
                if fits(i + n, k + 1, False):
                    return True
            if first:
                return False  # the first piece comes from the first word
        return False

    return fits(0, 0, True)


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def word_spans(text: str, word: str, fold: bool = False, after_figure: bool = False) -> list[int]:
    r"""Offsets where ``word`` stands in ``text`` as a whole word (no word character right
    before or after it), not overlapping: what ``re.finditer(r"(?<!\w)WORD(?!\w)")`` finds,
    without compiling a pattern per word (the regular-expression cache holds 512, and a
    pattern per name or unit of every article evicts the pipeline's own). With ``fold``, case
    is ignored (for words whose case-folded form keeps their length). With ``after_figure``,
    the word follows a digit or a space instead ("5,5 juta", "2m": a multiplier)."""
    if not word:
        return []
    hay, needle = (text.casefold(), word.casefold()) if fold else (text, word)
    if fold and (len(hay) != len(text) or len(needle) != len(word)):
        hay, needle = text.lower(), word.lower()  # ("ß" folds to "ss": keep offsets true)
    out: list[int] = []
    i = hay.find(needle)
    while i >= 0:
        j = i + len(needle)
        opens = (i > 0 and (hay[i - 1].isdigit() or hay[i - 1].isspace())) if after_figure else \
            (i == 0 or not _word_char(hay[i - 1]))
        if opens and (j >= len(hay) or not _word_char(hay[j])):
            out.append(i)
            i = hay.find(needle, j)
        else:
            i = hay.find(needle, i + 1)
    return out


def has_word(text: str, word: str, fold: bool = False) -> bool:
    """``word`` stands in ``text`` as a whole word (see ``word_spans``)."""
    return bool(word_spans(text, word, fold))


def inside_quote(text: str, at: int) -> bool:
    """Offset ``at`` of ``text`` stands between quotation marks opened before it."""
    before = text[:at]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


_QUOTE_MARK = rx.compile('["“”]')


def quoted_in_part(sentences: list[Sentence]) -> frozenset[int]:
    """Sentences that are one piece of a quote running over several sentences: the quote
    opens in one and closes in a later one of the paragraph ("Kalau Bung Karno, benar,
    pahlawan." between the two marks). Out of its quote such a sentence has no speaker, or
    no start."""
    out: set[int] = set()
    inside, para = False, None
    for s in sentences:
        if s.paragraph != para:
            inside, para = False, s.paragraph
        started_inside = inside
        for mark in _QUOTE_MARK.finditer(s.text):
            ch, at = mark.group(), mark.start()
            if ch == '"':
                # (a mark opening the sentence opens a quote, even where the one before was
                # left open: '... I almost went home. "I felt a little better ...')
                inside = True if not s.text[:at].strip() else not inside
            else:
                inside = ch == "“"
        if started_inside or inside:
            out.add(s.index)
    return frozenset(out)


def quote_interiors(sentences: list[Sentence]) -> set[int]:
    """Sentences with no quotation mark of their own between the marks of a quote that opens
    in an earlier sentence of the paragraph and closes in a later one ("Sebanyak 58 orang
    dirawat inap ..." inside a doctor's words): out of the quote they have no speaker. Unlike
    ``quoted_in_part`` (the pieces a brief leaves out, the quote's first and last too), only
    the sentences between, only of a quote that closes, and German quotes („...“) close on
    their low-high pair. Marks: '"' either way, '“' opening and '”' closing, or '„' opening
    and '“' closing it."""
    out: set[int] = set()
    para: int | None = None
    state, low, waiting = False, False, []
    for sent in sentences:
        if sent.paragraph != para:
            para, state, low, waiting = sent.paragraph, False, False, []
        marks = rx.findall(r"[\"“”„]", sent.text)
        if not marks:
            if state:
                waiting.append(sent.index)
            continue
        for ch in marks:
            if ch == '"':
                state = not state
            elif ch == "„":
                state, low = True, True
            elif ch == "“":
                state = not low
                low = False if not state else low
            else:
                state, low = False, False
        if not state:
            out.update(waiting)  # the quote closed: the sentences in between were inside it
            waiting = []
    return out
