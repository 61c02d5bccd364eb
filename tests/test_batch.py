"""Batches: parallel builds identical to serial ones, bad articles, --booklet,
--split, the output manifest and --force, the progress bar.

Packages are imported into a real Anki collection and PDFs read back with pypdf.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from briefing import batch
from briefing.cli import cli
from briefing.resources import EXAMPLE_ARTICLE
from conftest import ARTICLES, import_apkg

EPOCH = "1700000000"


@pytest.fixture(autouse=True)
def _reproducible(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def _inputs() -> list[str]:
    return [str(EXAMPLE_ARTICLE), *(str(p) for p in sorted(ARTICLES.glob("*.txt")))]


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def _notes(col) -> list[tuple[str, str, tuple[str, ...], tuple[str, ...], str]]:
    """(guid, note type, fields, tags, deck) of every note, sorted."""
    out = []
    for nid in col.find_notes(""):
        note = col.get_note(nid)
        deck = col.decks.name(note.cards()[0].did)
        out.append((note.guid, note.note_type()["name"], tuple(note.fields), tuple(note.tags),
                    deck))
    return sorted(out)


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() or "" for p in PdfReader(str(path)).pages).split())


@pytest.mark.parametrize("extra", [[], ["--split"]])
def test_batch_two_jobs_write_what_one_job_writes(tmp_path, extra, anki_collection):
    one, two = tmp_path / "one", tmp_path / "two"
    r1 = run("build", *_inputs(), "-o", str(one), "-j", "1", *extra)
    r2 = run("build", *_inputs(), "-o", str(two), "-j", "2", *extra)
    assert r1.exit_code == 0 and r2.exit_code == 0, r1.output + r2.output
    files1, files2 = _files(one), _files(two)
    assert sorted(files1) == sorted(files2)
    assert len([n for n in files1 if n.endswith(".pdf")]) == 5
    assert len([n for n in files1 if n.endswith(".apkg")]) == (5 if extra else 1)
    for name in files1:  # PDFs and packages alike, byte for byte
        assert files1[name] == files2[name], name
    # the same notes, GUIDs and decks through a real Anki import
    from anki.collection import Collection

    notes = []
    for folder in (one, two):
        col = Collection(str(tmp_path / f"{folder.name}.anki2"))
        try:
            for apkg in sorted(folder.glob("*.apkg")):
                import_apkg(col, apkg)
            notes.append(_notes(col))
        finally:
            col.close()
    assert notes[0] == notes[1] and len(notes[0]) >= 5 * 6
    assert len({deck for *_, deck in notes[0]}) == 5
    assert all(deck.startswith("Briefing::") for *_, deck in notes[0])


def test_batch_package_holds_what_write_apkg_writes(tmp_path, anki_collection):
    """The streamed package of a batch has the notes, fields, tags and decks that
    ``write_apkg`` gives for the same extractions."""
    import briefing

    result = briefing.build(_inputs(), tmp_path, deck_name="Week 1")
    assert not result.failures and len(result.extractions) == 5
    (apkg,) = result.apkgs
    assert apkg.name == "week-1.apkg"
    reference = tmp_path / "ref" / "ref.apkg"
    reference.parent.mkdir()
    briefing.write_apkg(list(result.extractions), reference, deck_name="Week 1")
    from anki.collection import Collection

    got = []
    for path in (apkg, reference):
        col = Collection(str(tmp_path / f"{path.stem}.anki2"))
        try:
            import_apkg(col, path)
            got.append(_notes(col))
        finally:
            col.close()
    assert got[0] == got[1]
    assert {deck for *_, deck in got[0]} == {f"Week 1::{e.title}" for e in result.extractions}
    # importing the same batch again adds nothing
    log = import_apkg(anki_collection, apkg)
    assert len(log.new) == len(got[0])
    assert len(import_apkg(anki_collection, apkg).new) == 0


def test_batch_bad_article_is_reported_and_the_rest_written(tmp_path):
    bad = tmp_path / "in" / "broken.txt"
    bad.parent.mkdir()
    bad.write_bytes(b"\x00\x01\x02binary")
    out = tmp_path / "out"
    inputs = _inputs()
    res = run("build", inputs[0], str(bad), *inputs[1:3], "-o", str(out), "-j", "2")
    assert res.exit_code == 1
    assert str(bad) in res.output and "Error:" in res.output
    assert len(list(out.glob("*.pdf"))) == 3 and len(list(out.glob("*.apkg"))) == 1
    assert "3 article(s)" in res.output and "1 failed" in res.output


def test_batch_booklet_is_one_pdf_with_every_title(tmp_path):
    from briefing.api import read_articles

    res = run("build", *_inputs(), "-o", str(tmp_path), "--booklet", "--deck-name", "Week 2")
    assert res.exit_code == 0, res.output
    (pdf,) = tmp_path.glob("*.pdf")
    assert pdf.name == "week-2.pdf"
    assert len(list(tmp_path.glob("*.apkg"))) == 1
    text = _pdf_text(pdf)
    titles = [a.title for a in read_articles(_inputs())]
    assert len(titles) == 5
    for title in titles:
        assert " ".join(title.split()[:4]) in text, title


def test_batch_split_gives_one_package_per_article(tmp_path, anki_collection):
    res = run("build", *_inputs(), "-o", str(tmp_path), "--split", "--deck-name", "Week 3")
    assert res.exit_code == 0, res.output
    apkgs = sorted(tmp_path.glob("*.apkg"))
    assert len(apkgs) == 5 and len(list(tmp_path.glob("*.pdf"))) == 5
    assert {p.stem for p in apkgs} == {p.stem for p in tmp_path.glob("*.pdf")}
    for apkg in apkgs:
        import_apkg(anki_collection, apkg)
    decks = {d for *_, d in _notes(anki_collection)}
    assert len(decks) == 5 and all(d.startswith("Week 3::") for d in decks)


def test_batch_split_single_article_keeps_the_deck_name(tmp_path, anki_collection):
    res = run("build", str(EXAMPLE_ARTICLE), "-o", str(tmp_path), "--split", "--deck-name", "Solo")
    assert res.exit_code == 0, res.output
    (apkg,) = tmp_path.glob("*.apkg")
    import_apkg(anki_collection, apkg)
    assert {d for *_, d in _notes(anki_collection)} == {"Solo"}


def test_batch_same_titles_get_distinct_names(tmp_path):
    src = tmp_path / "in.jsonl"
    text = EXAMPLE_ARTICLE.read_text(encoding="utf-8").split("\n", 1)[1]
    titles = ["Rapat", "Rapat", "Rapat 2", "Rapat"]
    src.write_text("".join(json.dumps({"id": f"k{i}", "title": t, "text": text, "lang": "id"}) + "\n"
                           for i, t in enumerate(titles)), encoding="utf-8")
    out = tmp_path / "out"
    res = run("build", str(src), "-o", str(out), "-j", "2")
    assert res.exit_code == 0, res.output
    assert sorted(p.stem for p in out.glob("*.pdf")) == ["rapat", "rapat-2", "rapat-2-2", "rapat-3"]


def test_batch_foreign_file_is_not_overwritten_without_force(tmp_path):
    first = run("build", str(EXAMPLE_ARTICLE), "-o", str(tmp_path / "probe"))
    assert first.exit_code == 0
    stem = next((tmp_path / "probe").glob("*.pdf")).stem
    out = tmp_path / "out"
    out.mkdir()
    mine = out / f"{stem}.pdf"
    mine.write_bytes(b"my own notes")

    res = run("build", str(EXAMPLE_ARTICLE), "-o", str(out))
    assert res.exit_code == 1
    assert mine.read_bytes() == b"my own notes"
    lines = [line for line in res.output.splitlines() if str(mine) in line]
    assert len(lines) == 1 and "--force" in lines[0]

    res = run("build", str(EXAMPLE_ARTICLE), "-o", str(out), "--force")
    assert res.exit_code == 0, res.output
    assert mine.read_bytes().startswith(b"%PDF")
    manifest = json.loads((out / batch.MANIFEST).read_text(encoding="utf-8"))
    assert mine.name in manifest["files"]


def test_batch_own_previous_output_is_overwritten_silently(tmp_path):
    for _ in range(2):
        res = run("build", *_inputs()[:2], "-o", str(tmp_path))
        assert res.exit_code == 0, res.output
        assert "Error" not in res.output
    manifest = json.loads((tmp_path / batch.MANIFEST).read_text(encoding="utf-8"))
    assert sorted(manifest["files"]) == sorted(p.name for p in tmp_path.iterdir()
                                               if not p.name.startswith("."))
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".briefing-tmp")]


def test_batch_foreign_package_name_is_refused_and_pdfs_still_written(tmp_path):
    (tmp_path / "briefing.apkg").write_bytes(b"not ours")
    res = run("build", *_inputs()[:3], "-o", str(tmp_path), "-j", "2")
    assert res.exit_code == 1
    assert "briefing.apkg" in res.output and "--force" in res.output
    assert (tmp_path / "briefing.apkg").read_bytes() == b"not ours"
    assert len(list(tmp_path.glob("*.pdf"))) == 3


def test_batch_no_progress_bar_when_not_a_terminal(tmp_path):
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "briefing", "build", *_inputs()[:2], "-o",
                           str(tmp_path), "-j", "2"], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert "2 article(s)" in proc.stdout and "0 failed" in proc.stdout


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("progress,shown", [(True, True), (False, False)])
def test_batch_progress_bar_on_a_terminal(tmp_path, progress, shown):
    stream = _Terminal()
    failures: list[str] = []
    bad = tmp_path / "empty.txt"
    bad.write_text("", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    result = batch.run_batch([*_inputs()[:2], str(bad)], out, jobs=1, progress=progress,
                             progress_stream=stream, on_failure=failures.append)
    assert result.articles == 2 and result.cards > 0 and len(failures) == 1
    assert result.written == () and result.extractions == ()
    assert result.failures == tuple(failures) and str(bad) in failures[0]
    text = stream.getvalue()
    assert ("articles" in text and "/3 articles" in text) is shown
    assert text.endswith("\r\x1b[K") or not shown


def test_batch_estimate_total_counts_files_and_jsonl_lines(tmp_path):
    (tmp_path / "a.txt").write_text("T\nx", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"text": "x"}\n\n{"text": "y"}\n', encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("T\nx", encoding="utf-8")
    (tmp_path / "c.pdf").write_bytes(b"%PDF")
    assert batch.estimate_total([str(tmp_path)]) == 3
    assert batch.estimate_total([str(tmp_path / "a.txt"), "-"]) is None
