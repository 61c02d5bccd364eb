"""Anki export: ``Extraction`` objects -> one ``.apkg`` (genanki).

Three note types of our own, named so they never clash with a user's:
"briefing Q&A" (``question`` and ``definition`` cards), "briefing Cloze" (a real
cloze type, ``{{cloze:Text}}``) and "briefing Choice" (options on the front, the
right one marked on the back). Templates and CSS are files in
``templates/anki/`` read through ``briefing.resources``.

Identity: deck ids come from the deck name and note GUIDs from the card id
(``briefing.ids``), never from the wording, so a rebuilt or reworded deck
updates the notes a learner already has. Model ids are hard-coded below.

Safety: every piece of article text is HTML-escaped before it goes into a
field, braces become entities so article text can never form ``{{...}}``
template or cloze syntax, and colons inside a cloze deletion become entities so
``::`` can never start a hint. Nothing from an article can produce live markup.

``genanki`` is imported only inside the functions that build a package, so
importing this module (and ``briefing --help``) stays cheap.
"""

from __future__ import annotations

import functools
import html
import os
import re
import sqlite3
import tempfile
import time
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import ExportError
from ..fileio import atomic_path
from ..ids import deck_id, normalise, note_guid, slug
from ..models import Card, Extraction

if TYPE_CHECKING:
    from ..lang import LanguagePack

# Model (note type) ids, hard-coded: Anki matches note types by id.
# CHANGE A NOTE TYPE'S ID WHENEVER ITS FIELDS (FIELDS below) OR ITS TEMPLATES
# (templates/anki/*, the number of them above all) CHANGE. What Anki 26.9 does,
# checked by tests/export/test_anki.py:
# - fields changed under the same id: the notes are "conflicting", not updated,
#   and a second note type appears: never ship that;
# - template or CSS text changed under the same id: notes and templates update
#   in place (so a user's --templates folder is safe under our ids);
# - a new id: with "Merge note types" ticked on import the old notes move to the
#   new note type and update; without it they are reported "conflicting".
# (…301-303 until the Topic field came.)
MODEL_IDS: dict[str, int] = {
    "qa": 1_607_392_311,
    "cloze": 1_607_392_312,
    "choice": 1_607_392_313,
}

MODEL_NAMES: dict[str, str] = {
    "qa": "briefing Q&A",
    "cloze": "briefing Cloze",
    "choice": "briefing Choice",
}

#: Card type -> note type.
NOTE_TYPE_OF: dict[str, str] = {
    "question": "qa",
    "definition": "qa",
    "cloze": "cloze",
    "choice": "choice",
}

#: Fields every note type shares, after its first field (Question / Text).
_COMMON_FIELDS = (
    "Answer", "Context", "Title", "Date", "Source", "CardType", "Language", "CardId",
    "ContextLabel", "Topic",
)
FIELDS: dict[str, tuple[str, ...]] = {
    "qa": ("Question", *_COMMON_FIELDS),
    "cloze": ("Text", *_COMMON_FIELDS),
    "choice": ("Question", *_COMMON_FIELDS, "Options", "OptionsKey"),
}

DEFAULT_ROOT = "Briefing"


# ------------------------------------------------------------------ escaping

def escape(text: str | None) -> str:
    """HTML-escape ``text`` for a field; braces become entities so that article
    text can never form ``{{...}}`` (template or cloze) syntax."""
    return (
        html.escape(text or "", quote=True)
        .replace("{", "&#123;")
        .replace("}", "&#125;")
    )


def _escape_deleted(text: str) -> str:
    """Escape the inside of a cloze deletion: also every colon, so ``::`` (hint
    separator) cannot appear, not even across the deletion's own ``::``."""
    return escape(text).replace(":", "&#58;")


_OPEN = re.compile(r"\{\{c(\d+)::")


@dataclass(frozen=True)
class _Deletion:
    number: int
    text: str
    hint: str | None


def parse_cloze(question: str, answer: str = "") -> list[str | _Deletion]:
    """Split a cloze question into plain text and deletions.

    A deletion is ``{{cN::text}}`` or ``{{cN::text::hint}}`` with N >= 1 and
    non-empty text. When the text right after ``{{cN::`` is exactly ``answer``
    followed by ``}}``, that is taken as the deletion even if the answer holds
    ``::`` or ``}}``. Anything else is plain text.
    """
    parts: list[str | _Deletion] = []
    pos = 0
    plain_start = 0
    while True:
        m = _OPEN.search(question, pos)
        if not m:
            break
        number = int(m.group(1))
        body_start = m.end()
        deletion: _Deletion | None = None
        end = -1
        if answer and question.startswith(answer + "}}", body_start):
            deletion = _Deletion(number, answer, None)
            end = body_start + len(answer) + 2
        else:
            close = question.find("}}", body_start)
            if close != -1:
                body = question[body_start:close]
                text, sep, hint = body.partition("::")
                deletion = _Deletion(number, text, hint if sep else None)
                end = close + 2
        if deletion is None or number < 1 or not deletion.text.strip():
            pos = m.start() + 1
            continue
        if m.start() > plain_start:
            parts.append(question[plain_start:m.start()])
        parts.append(deletion)
        pos = plain_start = end
    if plain_start < len(question):
        parts.append(question[plain_start:])
    return parts


def cloze_field(card: Card) -> str:
    """The escaped ``Text`` field of a cloze card; ``ExportError`` if it has no deletion."""
    parts = parse_cloze(card.question, card.answer)
    if not any(isinstance(p, _Deletion) for p in parts):
        raise ExportError(
            f"card {card.id}: a cloze card's question needs at least one "
            "{{c1::...}} deletion; add one in the deck file or change the card type"
        )
    out = []
    for p in parts:
        if isinstance(p, _Deletion):
            hint = f"::{_escape_deleted(p.hint)}" if p.hint else ""
            out.append(f"{{{{c{p.number}::{_escape_deleted(p.text)}{hint}}}}}")
        else:
            out.append(escape(p))
    return "".join(out)


def cloze_plain(card: Card, gap: str = "___") -> str:
    """A cloze question as plain text with ``gap`` for each deletion."""
    return "".join(gap if isinstance(p, _Deletion) else p
                   for p in parse_cloze(card.question, card.answer))


def highlight(context: str, answer: str) -> str:
    """``context`` escaped, with ``<mark>`` around the first occurrence of ``answer``."""
    if not context:
        return ""
    m = None
    if answer.strip():
        m = re.search(re.escape(answer), context) or re.search(
            re.escape(answer), context, re.IGNORECASE
        )
    if not m:
        return escape(context)
    return (
        escape(context[: m.start()]) + "<mark>" + escape(m.group(0)) + "</mark>"
        + escape(context[m.end():])
    )


def _options(card: Card, mark: bool) -> str:
    items = []
    for option in card.choices:
        correct = mark and option == card.answer
        cls = ' class="correct"' if correct else ""
        items.append(f"<li{cls}>{escape(option)}</li>")
    return '<ol class="options">' + "".join(items) + "</ol>"


# ------------------------------------------------------------------ names, tags

def sanitize_tag(tag: str) -> str:
    """A tag Anki accepts: no whitespace (runs become ``_``), no control chars, no quotes."""
    tag = "".join(c for c in tag if c.isprintable() or c.isspace())
    tag = re.sub(r"\s+", "_", tag.strip()).replace('"', "")
    return tag.strip("_") or ""


def note_tags(card: Card, ex: Extraction) -> list[str]:
    """``briefing``, the language, the card type, the article key, then the card's own tags."""
    raw = ["briefing", ex.lang or "und", card.type, ex.key or slug(ex.title), *card.tags]
    out: list[str] = []
    for t in raw:
        t = sanitize_tag(t)
        if t and t not in out:
            out.append(t)
    return out


def _deck_component(title: str) -> str:
    """A deck-name component from a title: one line, no ``::`` (which would nest)."""
    title = re.sub(r"\s+", " ", "".join(c if c.isprintable() else " " for c in title)).strip()
    title = re.sub(r":{2,}", ":", title)
    return title or "Untitled"


def deck_name_for(ex: Extraction, deck_name: str | None, several: bool) -> str:
    """The deck an extraction goes to (see ``write_apkg``)."""
    title = _deck_component(ex.title)
    if several:
        return f"{deck_name or DEFAULT_ROOT}::{title}"
    return deck_name or f"{DEFAULT_ROOT}::{title}"


# ------------------------------------------------------------------ fields

def source_label(lang: str) -> str:
    """The caption of the source-sentence field in the article's language."""
    from ..errors import BriefingError
    from ..lang import ui_labels

    try:
        return str(ui_labels(lang).get("context") or "Source sentence")
    except BriefingError:  # a missing or broken pack must not stop an export
        return "Source sentence"


#: What stands in the topic line for the part of the title that states the answer.
TOPIC_GAP = "…"


def topic(card: Card, ex: Extraction) -> str:
    """The line above the question on a card's front: the article's title, which tells a
    learner reviewing months later what the card is about (Anki shows no deck name while
    reviewing). Where the title states the card's answer (extraction tags such a card
    ``headline``: it knows "Megawati" names Megawati Soekarnoputri; a card made or edited
    by hand is checked for its answer as written), that part of the title is blanked
    ("Korban Gempa Lombok Jadi …"); when it cannot be found, no title is shown."""
    title = ex.title or ""
    answer = normalise(card.answer)
    named = f" {normalise(title)} "
    content = {w for w in _topic_words(card.answer) if len(w) > 3}
    if len(content) >= 2 and f" {answer} " not in named and content <= _topic_words(title) and \
            not any(ch.isdigit() for ch in card.answer) and \
            not any(normalise(o) != answer and f" {normalise(o)} " in named for o in card.choices):
        return ""  # "Kenya's central bank holds ..." over "What does CBK stand for?": the title
        # spells the answer in another order, and no blank can hide it (not a figure: "12,47
        # juta orang" under "... Turun Jadi 23,62 Juta Orang" shares only its unit words)
    if "headline" not in card.tags and not (answer and f" {answer} " in named) and \
            not _place_named(card.answer, named, ex.lang) and not _mostly_named(card.answer, named):
        return escape(title)
    if "headline" not in card.tags and any(
            normalise(o) != answer and f" {normalise(o)} " in named for o in card.choices):
        return escape(title)  # "Kepala intelijen Rusia, Cina, Iran dan Pakistan ...": a title naming
        # other options too gives none away, and a blank would point at the answer
    if "headline" in card.tags and card.family == "when":
        # "Kapan kartu tersebut mulai berlaku? Jumat (1/11/2024)" under "... Berlaku 1 November": the
        # title writes the date its own way; every date of the title is blanked
        masked = _mask_dates(title, ex.lang)
        return escape(masked) if masked != title else ""
    masked = _mask_part_of_year(title, card.answer, ex.lang) if "date" in card.tags else title
    if masked == title:
        masked = _mask(title, card.answer)
    if masked == title:
        masked = _mask_in_words(title, card.answer, ex.lang)
    return escape(masked) if masked != title else ""


def _place_named(answer: str, named: str, lang: str) -> bool:
    """The answer is a place's head word and a name the title writes alone ("Kota Makassar" under
    "DPRD Makassar Sahkan ...", round 110): the title gives the name away."""
    pack = _pack_of(lang)
    if pack is None:
        return False
    heads = pack.wordset("roles", "place_heads")
    for part in answer.split(","):  # ("Kecamatan Sayung, Kabupaten Demak, Jawa Tengah": each place of a chain)
        words = part.split()
        if len(words) >= 2 and words[0].casefold() in heads and f" {normalise(' '.join(words[1:]))} " in named:
            return True
    return False


def _mostly_named(answer: str, named: str) -> bool:
    """A name of three capitalised words or more the title writes with all its words but one
    ("Fairhaven City Council" under "Fairhaven Council Passes ...", round 111): the title gives
    it away."""
    caps = [w for w in re.findall(r"[\w'’-]+", answer) if w[:1].isupper() and len(w) > 3]
    if len(caps) < 3 or any(ch.isdigit() for ch in answer):
        return False
    return sum(f" {normalise(w)} " in named for w in caps) >= len(caps) - 1


def _mask_part_of_year(title: str, answer: str, lang: str) -> str:
    """``title`` with a part of a year the answer falls in blanked whole, its word with it
    ("... Rampung …" for "Rampung Akhir 2025" over "Desember 2025"), not the year alone."""
    from ..figures import YEAR, part_of_year_re

    pack = _pack_of(lang)
    part = part_of_year_re(pack.get("dates", "modifiers", []) or []) if pack is not None else None
    years = set(re.findall(rf"(?<!\d){YEAR}(?!\d)", answer))
    if part is None or not years:
        return title
    return part.sub(lambda m: TOPIC_GAP if m.group(1) in years else m.group(), title)


def _pack_of(lang: str) -> LanguagePack | None:
    """The language pack for ``lang``, or None where it is missing or broken: an export
    never stops for it, the topic line just reads less of the title."""
    from ..errors import BriefingError
    from ..lang import load_pack

    try:
        return load_pack(lang)
    except BriefingError:
        return None


@functools.lru_cache(maxsize=None)
def _date_pattern(lang: str) -> re.Pattern[str] | None:
    """A date written in words in ``lang``: a month with its day and year ("1 November",
    "Feb. 1", "Juli 2025"), or a weekday; built once per language."""
    pack = _pack_of(lang)
    if pack is None:
        return None
    names = sorted(pack.wordset("dates", "months") | pack.wordset("dates", "days"), key=len, reverse=True)
    if not names:
        return None
    alt = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?<!\w)(?:\d{{1,2}}\s+)?(?:{alt})\.?(?:\s+\d{{1,2}}(?!\d))?(?:,?\s+\d{{4}})?(?!\w)",
                      re.IGNORECASE)


@functools.lru_cache(maxsize=None)
def _currency_lead(lang: str) -> re.Pattern[str] | None:
    """A currency sign or code of ``lang`` ending a text ("Rp ", "US$"), built once per language."""
    pack = _pack_of(lang)
    signs = sorted((str(c) for c in (pack.get("numbers", "currencies", []) or [] if pack else [])),
                   key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(c) for c in signs)})\s?$", re.IGNORECASE) if signs else None


def _mask_dates(title: str, lang: str) -> str:
    """``title`` with each date it writes in words blanked (see ``_date_pattern``)."""
    date = _date_pattern(lang)
    return title if date is None else date.sub(TOPIC_GAP, title)


def _mask_in_words(title: str, answer: str, lang: str) -> str:
    """``title`` with the answer blanked where the title writes it another way: a count in
    figures ("7 Tahun" for "tujuh tahun"), a share or a sum rounded ("78 Persen" for "78,4
    persen", "Rp 2,3 Juta" for "Rp 2.303.849")."""
    from ..figures import figure_value, fraction_spans, in_figures, pack_fractions, rounded_figures, same_rounded

    pack = _pack_of(lang)
    if pack is None:
        return title
    words = {str(k).casefold(): v for k, v in (pack.get("numbers", "words", {}) or {}).items()}
    spelled = in_figures(answer, words)
    if spelled != answer:
        masked = _mask(title, spelled)
        if masked != title:
            return masked
    figure = re.search(r"(?<![\d.,])\d+(?![\d.,]\d)", spelled)
    if figure:  # "empat unit" under "BMKG Pasang Empat Buoy ...": the title's count in words (round 123)
        masked = re.sub(r"[^\W\d_]+", lambda w: TOPIC_GAP if str(words.get(w.group().casefold(), "")) == figure.group()
                        else w.group(), title)
        if masked != title:
            return masked
    decimal = str(pack.get("meta", "decimal_separator", "."))
    fractions = pack_fractions(pack)
    percent = "|".join(re.escape(str(u)) for u in ["%", *(pack.get("numbers", "percent_units", []) or [])])
    whole = re.search(rf"(?<![\d.,])(\d+(?:{re.escape(decimal)}\d+)?)\s*(?:{percent})(?!\w)", answer, re.IGNORECASE)
    if whole and fractions:  # "about 16%" under "... fall by a sixth" (round 95)
        value, before = float(whole.group(1).replace(decimal, ".")), title
        for start, end, part in reversed(fraction_spans(title, fractions)):
            if abs(value - part) <= 2:
                title = title[:start] + TOPIC_GAP + title[end:]
        if title != before:
            return title
    share = re.search(rf"(?<![\d.,])(\d+){re.escape(decimal)}(\d+)(?![\d.,])", answer)
    if share:  # "78,4 persen" under "... Naik Jadi 78 Persen" (round 91: the card showed no title)
        exact, unit = float(f"{share.group(1)}.{share.group(2)}"), answer[share.end():].split()[:1]
        before = title
        for m in reversed(list(re.finditer(r"(?<![\w.,])\d+(?![\w]|[.,]\d)", title))):
            if abs(exact - int(m.group())) <= 0.5 and \
                    [w.casefold() for w in title[m.end():].split()[:1]] == [w.casefold() for w in unit]:
                title = title[:m.start()] + TOPIC_GAP + title[m.end():]
        if title != before:
            return title
    multipliers = {str(k).casefold(): int(v) for k, v in (pack.get("numbers", "multipliers", {}) or {}).items()}
    value = figure_value(answer, decimal)
    if value is None:
        return title
    sign = _currency_lead(lang)
    for start, end, rounded, half in reversed(rounded_figures(title, decimal, multipliers)):
        if same_rounded(value, rounded, half):
            lead = sign.search(title[:start]) if sign is not None else None  # "Rp ", "US$", "$" (not "Tembus ")
            title = title[:lead.start() if lead else start] + TOPIC_GAP + title[end:]
    return title


def _topic_words(text: str) -> set[str]:
    """The words of ``text``, case-blind and without a possessive ending."""
    return {re.sub(r"['’]s$", "", w) for w in re.findall(r"\w[\w'’-]*", text.casefold())}


def _mask(title: str, answer: str) -> str:
    """``title`` with the answer, or its figures and names, replaced by ``TOPIC_GAP``."""
    whole = re.compile(rf"(?<!\w){re.escape(answer.strip())}(?!\w)", re.IGNORECASE) if answer.strip() else None
    if whole is not None and whole.search(title):
        return whole.sub(TOPIC_GAP, title)
    before = title
    for part in re.findall(r"\w[\w.,'’-]*\w|\w", answer):
        if any(ch.isdigit() for ch in part) or (part[:1].isupper() and len(part) > 3):
            figure = re.escape(part)
            decimal = re.search(r"\d[.,]\d", part)
            if decimal:
                # a share rounded in the text, "51,2", stands for the title's "51,23"; one
                # rounded in the title, "24,7", for the text's "24,71"
                shorter = [re.escape(part[:k]) for k in range(len(part) - 1, decimal.end() - 1, -1)]
                figure = "|".join([rf"{figure}\d*", *shorter])
                scale = re.search(rf"(?<![\w.,]){re.escape(part)}\s?([^\W\d]+)", answer)
                if scale:
                    # "1,02 juta" written "1 Juta" in the title: its whole part before the same word
                    figure += rf"|{re.escape(part[:decimal.start() + 1])}(?=\s?(?i:{re.escape(scale.group(1))})(?!\w))"
            # "100" stands in "100m world record" with its unit's symbol, "2.3" in "£2.3m savings" with
            # its multiplier's (round 123: "£2.3 million" left no title on its card)
            unit = r"(?:[^\W\d]{1,3})?" if part.isdigit() or decimal else ""
            # (not a figure of a score or a range: "beats Lee Sedol 4-1")
            title = re.sub(rf"(?<![\w.,])(?<!\d[-–])(?:{figure}){unit}(?!\w|[.,]\d|[-–]\d)", TOPIC_GAP, title)
    words = answer.split()
    initials = "".join(w[0] for w in words if w[:1].isupper())
    if title == before and len(initials) >= 2 and len(initials) == len(words):
        title = re.sub(rf"(?<!\w){initials}(?!\w)", TOPIC_GAP, title)  # "European Union": "the EU"
    return re.sub(rf"{TOPIC_GAP}(?:\s+{TOPIC_GAP})+", TOPIC_GAP, title)


def note_fields(
    card: Card, ex: Extraction, context_label: str | None = None
) -> tuple[str, list[str]]:
    """(note-type key, escaped field values) for a card, in ``FIELDS`` order."""
    kind = NOTE_TYPE_OF.get(card.type)
    if kind is None:
        raise ExportError(f"card {card.id}: unknown card type '{card.type}'")
    label = source_label(ex.lang) if context_label is None else context_label
    first = cloze_field(card) if kind == "cloze" else escape(card.question)
    fields = [
        first,
        escape(card.answer),
        highlight(card.context, card.answer),
        escape(ex.title),
        escape(ex.date),
        escape(ex.source),
        escape(card.type),
        escape(ex.lang),
        escape(card.id),
        escape(label),
        topic(card, ex),
    ]
    if kind == "choice":
        if len(card.choices) < 2 or card.answer not in card.choices:
            raise ExportError(
                f"card {card.id}: a choice card needs at least two options, one of them "
                "its answer; fix 'choices' in the deck file"
            )
        fields += [_options(card, mark=False), _options(card, mark=True)]
    return kind, fields


# ------------------------------------------------------------------ time

def resolve_timestamp(timestamp: float | None) -> float:
    """``timestamp``, else ``SOURCE_DATE_EPOCH``, else now."""
    if timestamp is not None:
        return float(timestamp)
    env = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if env:
        try:
            return float(int(env))
        except ValueError:
            raise ExportError(
                f"SOURCE_DATE_EPOCH={env!r} is not a whole number of seconds; fix or unset it"
            ) from None
    return time.time()


# ------------------------------------------------------------------ genanki

def note_models(templates_dir: str | Path | None) -> dict[str, Any]:
    """The three genanki note types (Q&A, Cloze, Choice) built from the templates."""
    import genanki

    from ..resources import read_template

    def t(name: str) -> str:
        return read_template(f"anki/{name}", templates_dir)

    css = t("style.css")

    def fields(kind: str) -> list[dict[str, str]]:
        return [{"name": n} for n in FIELDS[kind]]

    return {
        "qa": genanki.Model(
            MODEL_IDS["qa"], MODEL_NAMES["qa"], fields=fields("qa"),
            templates=[{"name": "Card", "qfmt": t("qa_front.html"), "afmt": t("qa_back.html")}],
            css=css, sort_field_index=0,
        ),
        "cloze": genanki.Model(
            MODEL_IDS["cloze"], MODEL_NAMES["cloze"], fields=fields("cloze"),
            templates=[{"name": "Cloze", "qfmt": t("cloze_front.html"),
                        "afmt": t("cloze_back.html")}],
            css=css, model_type=genanki.Model.CLOZE, sort_field_index=0,
        ),
        "choice": genanki.Model(
            MODEL_IDS["choice"], MODEL_NAMES["choice"], fields=fields("choice"),
            templates=[{"name": "Card", "qfmt": t("choice_front.html"),
                        "afmt": t("choice_back.html")}],
            css=css, sort_field_index=0,
        ),
    }


def zip_time(timestamp: float) -> tuple[int, int, int, int, int, int]:
    """A zip entry's date-time for ``timestamp`` (whole even seconds, 1980-2107)."""
    tm = time.gmtime(max(timestamp, 315532800))  # the zip format starts in 1980
    return (min(tm.tm_year, 2107), tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min,
            tm.tm_sec - tm.tm_sec % 2)


def _write_package(package: Any, target: Path, timestamp: float) -> None:
    """Write ``package`` to ``target`` reproducibly.

    genanki's ``Package.write_to_file`` cannot give byte-identical files: its zip
    entries carry the wall-clock time (the collection's temp-file mtime and
    ``writestr``'s "now"), and it leaves its temporary SQLite file behind in the
    system temp folder. So we run the same steps ourselves through genanki's
    ``write_to_db`` (its serialisation proper, timestamp and id generator as
    ``write_to_file`` passes them) in a folder we clean up, and zip with fixed
    entry times taken from ``timestamp``. Same input + same timestamp -> same bytes.
    """
    import itertools

    with tempfile.TemporaryDirectory(prefix="briefing-apkg-") as tmp:
        db_path = Path(tmp) / "collection.anki2"
        conn = sqlite3.connect(db_path)
        try:
            cursor = conn.cursor()
            # a scratch file, zipped below: no fsync and no journal file (each costs
            # milliseconds at every commit); the database bytes are the same
            cursor.execute("PRAGMA synchronous = OFF")
            cursor.execute("PRAGMA journal_mode = MEMORY")
            package.write_to_db(cursor, timestamp, itertools.count(int(timestamp * 1000)))
            conn.commit()
        finally:
            conn.close()
        when = zip_time(timestamp)
        with zipfile.ZipFile(target, "w") as out:
            for name, data in (("collection.anki2", db_path.read_bytes()), ("media", b"{}")):
                info = zipfile.ZipInfo(name, date_time=when)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                out.writestr(info, data)


def write_apkg(
    extractions: Sequence[Extraction],
    path: str | Path,
    *,
    deck_name: str | None = None,
    templates_dir: str | Path | None = None,
    timestamp: float | None = None,
) -> int:
    """Write one .apkg; returns the number of notes. One article -> deck named deck_name or
    'Briefing::<title>'; several -> one package with a subdeck per article
    '<deck_name or Briefing>::<title>'.
    timestamp None -> SOURCE_DATE_EPOCH if set, else time.time().

    A card whose id was already written (the same article given twice) is written once.
    Raises ``ExportError`` for a cloze card without deletion, a choice card without
    options, or an output that cannot be written.
    """
    if not extractions:
        raise ExportError(f"{path}: nothing to export (no article)")
    ts = resolve_timestamp(timestamp)

    import genanki

    models = note_models(templates_dir)
    several = len(extractions) > 1
    decks: dict[str, Any] = {}
    seen: set[str] = set()
    count = 0
    for ex in extractions:
        name = deck_name_for(ex, deck_name, several)
        deck = decks.get(name)
        if deck is None:
            deck = decks[name] = genanki.Deck(deck_id(name), name)
        label = source_label(ex.lang)
        for card in ex.cards:
            guid = note_guid(card.id)
            if guid in seen:
                continue
            kind, fields = note_fields(card, ex, label)
            seen.add(guid)
            deck.add_note(genanki.Note(
                model=models[kind], fields=fields, guid=guid, tags=note_tags(card, ex),
            ))
            count += 1
    package = genanki.Package(list(decks.values()))
    with atomic_path(path) as tmp:
        try:
            _write_package(package, tmp, ts)
        except (sqlite3.Error, ValueError, TypeError) as exc:
            raise ExportError(f"{path}: could not build the Anki package ({exc})") from None
    return count


__all__ = ["write_apkg", "MODEL_IDS", "MODEL_NAMES", "FIELDS", "NOTE_TYPE_OF"]
