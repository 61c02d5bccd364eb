"""CSV/TSV (Anki text import) and Quizlet exports; CSV/TSV are imported into a
real Anki collection (test-only ``anki`` package)."""

from __future__ import annotations

import csv
import io
import sys
from dataclasses import replace
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from anki.collection import (  # noqa: E402
    Collection,
    ImportAnkiPackageOptions,
    ImportAnkiPackageRequest,
    ImportCsvRequest,
)
from builders import make_card, make_extraction  # noqa: E402

from briefing.errors import ExportError  # noqa: E402
from briefing.export.anki import write_apkg  # noqa: E402
from briefing.export.tables import write_table  # noqa: E402
from briefing.ids import note_guid  # noqa: E402

T0 = 1_700_000_000
HEADER_CSV = [
    "#separator:comma",
    "#html:true",
    "#guid column:1",
    "#notetype column:2",
    "#deck column:3",
    "#tags column:4",
    "#columns:GUID,Notetype,Deck,Tags,Question,Answer,Context,Title,Date,Source,CardType,"
    "Language,CardId,ContextLabel,Topic,Options,OptionsKey",
]


def rows_of(path: Path, delimiter: str) -> tuple[list[str], list[list[str]]]:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    header = [ln.rstrip("\n") for ln in lines[:7]]
    body = "".join(lines[7:])
    return header, list(csv.reader(io.StringIO(body), delimiter=delimiter))


def hostile():
    ex = make_extraction()
    key = ex.key
    nasty = 'He said "stop", then\tleft;\nnew line, S&P 500 <script>alert(1)</script>'
    cards = (
        make_card(key, "question", nasty + "?", "a, b\t\"c\"", nasty, "n1", 7),
        make_card(key, "cloze", "Line\none {{c1::a,\tb}} and {{c1::x}}", "a,\tb", nasty, "n2", 7),
    )
    return replace(ex, cards=cards, title='Tab\there, "quoted", comma')


def guid_with_hash_prefix_card():
    ex = make_extraction()
    for i in range(10_000):
        cid = f"{i:012x}"
        guid = note_guid(cid)
        if guid.startswith("#") and "," not in guid:  # one csv would not quote anyway
            return ex.with_cards((replace(ex.cards[0], id=cid),))
    raise AssertionError("no card id found whose GUID starts with '#'")


def import_apkg(col, path):
    col.import_anki_package(ImportAnkiPackageRequest(package_path=str(path),
                                                     options=ImportAnkiPackageOptions()))


def import_table(col, path):
    metadata = col.get_csv_metadata(str(path), None)
    return col.import_csv(ImportCsvRequest(path=str(path), metadata=metadata)).log


def snapshot(col):
    out = {}
    for nid in col.find_notes(""):
        note = col.get_note(nid)
        decks = {col.decks.name(c.did) for c in note.cards()}
        out[note.guid] = (note.note_type()["name"], dict(note.items()), sorted(note.tags), decks,
                          len(note.cards()))
    return out


# ------------------------------------------------------------------ format

def test_csv_header_and_guid_column(tmp_path):
    ex = make_extraction()
    path = tmp_path / "deck.csv"
    assert write_table([ex], path, fmt="csv") == 4
    header, rows = rows_of(path, ",")
    assert header == HEADER_CSV
    assert [r[0] for r in rows] == [note_guid(c.id) for c in ex.cards]
    assert [r[1] for r in rows] == ["briefing Q&A", "briefing Cloze", "briefing Q&A",
                                    "briefing Choice"]
    assert {r[2] for r in rows} == {"Briefing::Ministers meet in Oslo"}
    assert all(len(r) == 17 for r in rows)
    assert rows[1][4] == ex.cards[1].question
    # the topic: the title, blanked where it states the card's answer (Oslo)
    assert [r[14] for r in rows] == ["Ministers meet in …", ex.title, ex.title, ex.title]
    assert all(" " not in t for r in rows for t in r[3].split(" "))


def test_tsv_header(tmp_path):
    path = tmp_path / "deck.tsv"
    assert write_table([make_extraction()], path, fmt="tsv") == 4
    header, rows = rows_of(path, "\t")
    assert header == ["#separator:tab", *HEADER_CSV[1:6], HEADER_CSV[6].replace(",", "\t")]
    assert len(rows) == 4 and all(len(r) == 17 for r in rows)


def test_unknown_format_is_an_error(tmp_path):
    with pytest.raises(ExportError, match="xlsx"):
        write_table([make_extraction()], tmp_path / "x.xlsx", fmt="xlsx")
    assert list(tmp_path.iterdir()) == []


def test_write_failure_leaves_earlier_file(tmp_path):
    target = tmp_path / "deck.csv"
    target.write_text("earlier\n", encoding="utf-8")
    ex = make_extraction()
    bad = replace(ex.cards[1], question="no deletion")
    with pytest.raises(ExportError, match=bad.id):
        write_table([ex.with_cards((ex.cards[0], bad))], target, fmt="csv")
    assert target.read_text(encoding="utf-8") == "earlier\n"
    assert [p.name for p in tmp_path.iterdir()] == ["deck.csv"]


# ------------------------------------------------------------------ through Anki

@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_table_import_matches_the_package(tmp_path, fmt):
    """A collection fed the table holds exactly what one fed the .apkg holds."""
    batch = [make_extraction(), hostile(), make_extraction("Second summit: Lima")]
    apkg = tmp_path / "all.apkg"
    write_apkg(batch, apkg, timestamp=T0)
    reference = Collection(str(tmp_path / "reference.anki2"))
    import_apkg(reference, apkg)
    expected = snapshot(reference)
    reference.close()

    # The table names briefing's note types: a collection that has them (from an
    # earlier .apkg of another article) takes the table as new notes.
    seed = tmp_path / "seed.apkg"
    write_apkg([make_extraction("Seed article")], seed, timestamp=T0)
    table = tmp_path / f"all.{fmt}"
    assert write_table(batch, table, fmt=fmt) == 10
    col = Collection(str(tmp_path / "col.anki2"))
    import_apkg(col, seed)
    seeded = set(snapshot(col))
    log = import_table(col, table)
    assert len(log.new) == 10 and not log.conflicting and not log.missing_notetype
    got = {g: v for g, v in snapshot(col).items() if g not in seeded}
    col.close()
    assert got.keys() == expected.keys()
    for guid in expected:
        assert got[guid] == expected[guid], guid


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_table_after_package_matches_by_guid(tmp_path, fmt):
    ex = make_extraction()
    apkg = tmp_path / "deck.apkg"
    write_apkg([ex], apkg, timestamp=T0)
    table = tmp_path / f"deck.{fmt}"
    write_table([ex], table, fmt=fmt)
    col = Collection(str(tmp_path / "col.anki2"))
    import_apkg(col, apkg)
    log = import_table(col, table)
    assert len(log.new) == 0 and log.found_notes == 4 and not log.conflicting
    assert col.note_count() == 4
    col.close()


def test_guid_starting_with_hash_is_not_a_comment(tmp_path):
    ex = guid_with_hash_prefix_card()
    guid = note_guid(ex.cards[0].id)
    table = tmp_path / "deck.csv"
    write_table([ex], table, fmt="csv")
    col = Collection(str(tmp_path / "col.anki2"))
    import_apkg(col, _seed(tmp_path))
    log = import_table(col, table)
    assert len(log.new) == 1
    assert col.get_note(log.new[0].id.nid).guid == guid
    col.close()


def _seed(tmp_path):
    seed = tmp_path / "seed.apkg"
    write_apkg([make_extraction("Seed article")], seed, timestamp=T0)
    return seed


# ------------------------------------------------------------------ quizlet

def test_quizlet_lines(tmp_path):
    path = tmp_path / "deck.txt"
    assert write_table([make_extraction()], path, fmt="quizlet") == 4
    assert path.read_text(encoding="utf-8") == (
        "Where did the ministers meet?\tOslo\n"
        "The ___ (WHO) sent 40 experts.\tWorld Health Organization\n"
        "What does WHO stand for?\tWorld Health Organization\n"
        "Who chaired the meeting?\tAnna Berg\n"
    )


def test_quizlet_flattens_tabs_and_newlines(tmp_path):
    path = tmp_path / "deck.txt"
    assert write_table([hostile()], path, fmt="quizlet") == 2
    lines = path.read_text(encoding="utf-8").split("\n")
    assert lines[-1] == "" and len(lines) == 3
    for line in lines[:-1]:
        assert line.count("\t") == 1
    assert lines[1] == "Line one ___ and ___\ta, b"
    assert lines[0].startswith('He said "stop", then left; new line, S&P 500 <script>')
