"""Table exports: CSV/TSV for Anki's text import, and Quizlet's term/definition lines.

CSV/TSV start with the header lines Anki's importer reads (``#separator``,
``#html``, ``#guid column``, ``#notetype column``, ``#deck column``,
``#tags column``, ``#columns``), then one row per card: the note GUID (the same
as in the ``.apkg``, so importing either updates the same note), the note type
name, the deck, the tags, then the note's fields exactly as the ``.apkg`` holds
them (HTML-escaped). Rows of the Q&A and Cloze types leave the Choice type's
extra columns empty. The note type columns name briefing's own note types:
import the ``.apkg`` once (or any briefing deck) so that Anki knows them.

Quizlet: ``term<TAB>definition`` per card, plain text, no header; a cloze
question shows ``___`` for the gap.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from pathlib import Path

from ..errors import ExportError
from ..fileio import atomic_open
from ..ids import note_guid
from ..models import Extraction
from .anki import (
    FIELDS,
    MODEL_NAMES,
    NOTE_TYPE_OF,
    cloze_plain,
    deck_name_for,
    note_fields,
    note_tags,
)

FORMATS = ("csv", "tsv", "quizlet")

#: Columns before the fields (1-based in the header lines).
_META = ("GUID", "Notetype", "Deck", "Tags")
#: The widest note type's fields name the field columns.
_FIELD_COLUMNS = max(FIELDS.values(), key=len)


def _plain(text: str) -> str:
    """One line of plain text: tabs and line breaks become single spaces."""
    return re.sub(r"[\t\r\n\v\f\u2028\u2029\x85]+", " ", text).strip()


def _anki_rows(extractions: Sequence[Extraction]) -> list[list[str]]:
    several = len(extractions) > 1
    rows: list[list[str]] = []
    seen: set[str] = set()
    for ex in extractions:
        deck = deck_name_for(ex, None, several)
        for card in ex.cards:
            guid = note_guid(card.id)
            if guid in seen:
                continue
            seen.add(guid)
            kind, fields = note_fields(card, ex)
            fields = fields + [""] * (len(_FIELD_COLUMNS) - len(fields))
            rows.append([guid, MODEL_NAMES[kind], deck, " ".join(note_tags(card, ex)), *fields])
    return rows


def _quizlet_rows(extractions: Sequence[Extraction]) -> list[str]:
    lines: list[str] = []
    for ex in extractions:
        for card in ex.cards:
            kind = NOTE_TYPE_OF.get(card.type)
            term = cloze_plain(card) if kind == "cloze" else card.question
            lines.append(f"{_plain(term)}\t{_plain(card.answer)}\n")
    return lines


def write_table(extractions: Sequence[Extraction], path: str | Path, *, fmt: str) -> int:
    """fmt in {'csv','tsv','quizlet'}; returns rows written."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown table format '{fmt}' (use one of {', '.join(FORMATS)})")
    if fmt == "quizlet":
        lines = _quizlet_rows(extractions)
        with atomic_open(path) as fh:
            fh.writelines(lines)
        return len(lines)
    rows = _anki_rows(extractions)
    delimiter = "\t" if fmt == "tsv" else ","
    columns = [*_META, *_FIELD_COLUMNS]
    header = [
        f"#separator:{'tab' if fmt == 'tsv' else 'comma'}",
        "#html:true",
        f"#guid column:{columns.index('GUID') + 1}",
        f"#notetype column:{columns.index('Notetype') + 1}",
        f"#deck column:{columns.index('Deck') + 1}",
        f"#tags column:{columns.index('Tags') + 1}",
        "#columns:" + delimiter.join(columns),
    ]
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    body = []
    for row in rows:
        buf.seek(0)
        buf.truncate()
        writer.writerow(row)
        line = buf.getvalue()
        if line.startswith("#"):
            # Anki's reader skips any line starting with '#' as a comment, and a
            # base91 GUID may start with '#': quote it (GUIDs hold no '"').
            line = f'"{row[0]}"{line[len(row[0]):]}'
        body.append(line)
    with atomic_open(path) as fh:
        fh.write("".join(line + "\n" for line in header))
        fh.writelines(body)
    return len(rows)


__all__ = ["write_table", "FORMATS"]
