"""The CLI end to end: through click's runner and as the installed console script."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from pypdf import PdfReader

from briefing.cli import cli
from conftest import import_apkg

SEED_TITLE = "Para kepala intelijen Rusia, Cina, Iran dan Pakistan berkumpul untuk menentang Negara Islam"


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def _pdf_text(path: Path) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)


def test_cli_build_bundled_example_makes_deck_and_pdf(tmp_path, anki_collection):
    res = run("build", "-o", str(tmp_path))
    assert res.exit_code == 0, res.output
    (apkg,) = tmp_path.glob("*.apkg")
    (pdf,) = tmp_path.glob("*.pdf")
    assert "cards" in res.output and str(apkg) in res.output

    log = import_apkg(anki_collection, apkg)
    assert len(log.new) >= 8  # the seed deck: nine cards, none giving another away
    col = anki_collection
    note_ids = col.find_notes("")
    kinds = {col.get_note(n).note_type()["name"] for n in note_ids}
    # questions and multiple choice (its gaps are all minor ones now: a place it names once,
    # the spokesman; tests/export/test_anki.py renders cloze notes in Anki)
    assert {"briefing Q&A", "briefing Choice"} <= kinds

    deck = yaml.safe_load(run("extract", "-", "--format", "yaml",
                              input=Path(__import__("briefing").resources.EXAMPLE_ARTICLE)
                              .read_text(encoding="utf-8")).output)
    text = _pdf_text(pdf)
    flat = " ".join(text.split())
    assert " ".join(SEED_TITLE.split()[:6]) in flat
    for card in deck["cards"]:
        if card["type"] != "cloze":
            assert " ".join(card["question"].split()[:5]) in flat, card["question"]
        assert " ".join(card["answer"].split()[:3]) in flat, card["answer"]


def test_cli_extract_json_contract(seed_path):
    res = run("extract", str(seed_path), "--format", "json")
    assert res.exit_code == 0
    data = json.loads(res.output)
    assert isinstance(data, dict)
    assert {"title", "lang", "source", "cards"} <= set(data)
    assert data["lang"] == "id"
    scores = []
    for card in data["cards"]:
        assert {"id", "type", "question", "answer", "context"} <= set(card)
        assert card["type"] in {"question", "cloze", "definition", "choice"}
        if card["type"] == "cloze":
            assert "{{c1::" + card["answer"] + "}}" in card["question"]
        if card["type"] == "choice":
            assert card["answer"] in card["choices"]
        scores.append(card["score"])
    assert scores == sorted(scores, reverse=True)


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_cli_extract_several_articles_in_input_order(fmt, seed_path):
    arts = Path(__file__).parent / "data" / "articles"
    inputs = [str(arts / "en_bridge.txt"), str(seed_path), str(arts / "id_pameran.txt")]
    res = run("extract", *inputs, "--format", fmt)
    assert res.exit_code == 0
    if fmt == "json":
        docs = json.loads(res.output)
        assert isinstance(docs, list)
    else:
        docs = [json.loads(line) for line in res.output.splitlines()]
    assert [d["lang"] for d in docs] == ["en", "id", "id"]
    assert docs[0]["title"].startswith("New bridge")


def test_cli_review_workflow_rewording_keeps_the_note(tmp_path, anki_collection, seed_path):
    deckfile = tmp_path / "deck.yaml"
    assert run("extract", str(seed_path), "-o", str(deckfile)).exit_code == 0
    doc = yaml.safe_load(deckfile.read_text(encoding="utf-8"))
    n = len(doc["cards"])
    first = run("deck", str(deckfile), "-o", str(tmp_path / "a.apkg"))
    assert first.exit_code == 0
    log = import_apkg(anki_collection, tmp_path / "a.apkg")
    assert len(log.new) == n

    # the reviewer deletes a card and rewords a question
    del doc["cards"][-1]
    doc["cards"][0]["question"] = "Reworded: " + doc["cards"][0]["question"]
    deckfile.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    env = {"SOURCE_DATE_EPOCH": str(2_000_000_000)}
    res = CliRunner(env=env).invoke(cli, ["deck", str(deckfile), "-o", str(tmp_path / "b.apkg")])
    assert res.exit_code == 0
    log = import_apkg(anki_collection, tmp_path / "b.apkg")
    assert len(log.new) == 0
    assert len(log.updated) == n - 1
    col = anki_collection
    fields = [col.get_note(i).fields[0] for i in col.find_notes("Reworded")]
    assert len(fields) == 1

    res = run("pdf", str(deckfile), "-o", str(tmp_path / "sheet.pdf"))
    assert res.exit_code == 0
    assert "Reworded" in _pdf_text(tmp_path / "sheet.pdf")


@pytest.mark.parametrize("setup,args,code,needle", [
    (None, ["build", "{tmp}/missing.txt", "-o", "{tmp}"], 1, "no such file"),
    ("empty", ["build", "{tmp}/empty.txt", "-o", "{tmp}"], 1, "empty"),
    ("article", ["build", "{tmp}/article.txt", "--lang", "xx-!!", "-o", "{tmp}"], 2, "language"),
    ("article", ["build", "{tmp}/article.txt", "--lang", "zz", "-o", "{tmp}", "--max-cards", "3"], 0, ""),
    ("badconfig", ["build", "{tmp}/article.txt", "--config", "{tmp}/bad.yaml", "-o", "{tmp}"], 2,
     "unknown option"),
    ("baddeck", ["deck", "{tmp}/deck.yaml", "-o", "{tmp}/x.apkg"], 1, "card 1"),
    ("baddeck", ["pdf", "{tmp}/deck.yaml", "-o", "{tmp}/x.pdf"], 1, "'answer'"),
    (None, ["deck", "{tmp}/nope.yaml", "-o", "{tmp}/x.apkg"], 1, "no such deck file"),
    (None, ["build", "--max-cards", "0"], 2, "0"),
])
def test_cli_user_errors_are_one_line(tmp_path, seed_path, setup, args, code, needle):
    if setup == "empty":
        (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    if setup in {"article", "badconfig"}:
        shutil.copy(seed_path, tmp_path / "article.txt")
    if setup == "badconfig":
        (tmp_path / "bad.yaml").write_text("colour: blue\n", encoding="utf-8")
    if setup == "baddeck":
        (tmp_path / "deck.yaml").write_text(
            "title: T\nlang: en\ncards:\n- {id: a1, type: question, question: 'Q?', context: c}\n",
            encoding="utf-8")
    argv = [a.replace("{tmp}", str(tmp_path)) for a in args]
    proc = subprocess.run([sys.executable, "-m", "briefing", *argv], capture_output=True, text=True,
                          cwd=tmp_path, timeout=120)
    assert proc.returncode == code, proc.stderr
    assert "Traceback" not in proc.stderr
    if code:
        lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
        assert len(lines) == 1 or lines[-1].startswith("Error"), proc.stderr
        assert needle.lower() in proc.stderr.lower(), proc.stderr
    # nothing half-written
    assert not list(tmp_path.glob("*.part")) and not list(tmp_path.glob(".*.part"))
    if code:
        assert not list(tmp_path.glob("x.*"))


def _console_script() -> str | None:
    import sysconfig

    found = shutil.which("briefing")
    if found:
        return found
    for scheme in (None, f"{os.name}_user"):
        try:
            folder = sysconfig.get_path("scripts", scheme) if scheme else sysconfig.get_path("scripts")
        except KeyError:
            continue
        candidate = Path(folder) / "briefing"
        if candidate.exists():
            return str(candidate)
    return None


def test_cli_installed_console_script_runs(tmp_path):
    exe = _console_script()
    assert exe is not None, "the console script is not installed (pip install .)"
    proc = subprocess.run([exe, "build", "-o", str(tmp_path)], capture_output=True, text=True,
                          timeout=300, env={**os.environ, "SOURCE_DATE_EPOCH": "1700000000"})
    assert proc.returncode == 0, proc.stderr
    assert len(list(tmp_path.glob("*.apkg"))) == 1 and len(list(tmp_path.glob("*.pdf"))) == 1
    version = subprocess.run([exe, "--version"], capture_output=True, text=True)
    assert version.stdout.startswith("briefing, version")


def test_cli_batch_one_package_with_subdecks(tmp_path, anki_collection, seed_path):
    arts = Path(__file__).parent / "data" / "articles"
    res = run("build", str(seed_path), str(arts / "en_bridge.txt"), "-o", str(tmp_path),
              "--deck-name", "Week 1")
    assert res.exit_code == 0, res.output
    (apkg,) = tmp_path.glob("*.apkg")
    assert len(list(tmp_path.glob("*.pdf"))) == 2
    import_apkg(anki_collection, apkg)
    names = {d.name for d in anki_collection.decks.all_names_and_ids()}
    assert sum(n.startswith("Week 1::") for n in names) == 2


def test_cli_batch_reports_bad_article_and_writes_the_rest(tmp_path, seed_path):
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01binary")
    res = CliRunner().invoke(cli, ["build", str(seed_path), str(tmp_path / "bad.txt"), "-o",
                                   str(tmp_path)])
    assert res.exit_code == 1
    assert "bad.txt" in res.output
    assert len(list(tmp_path.glob("*.apkg"))) == 1


def test_cli_help_is_fast_to_import():
    code = ("import sys, briefing.cli; "
            "print(','.join(m for m in ('genanki','reportlab','yaml') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip()
    assert out == ""


def test_cli_build_counts_one_card_in_the_singular(tmp_path):
    article = tmp_path / "one.txt"
    article.write_text("Badan baru\n\nPemerintah membentuk Badan Riset dan Inovasi Nasional (BRIN) untuk menyatukan "
                       "lembaga riset di seluruh negeri.\n", encoding="utf-8")
    res = run("build", str(article), "-o", str(tmp_path / "out"))
    assert res.exit_code == 0, res.output
    assert "(1 card: Badan baru)" in res.output and ", 1 card, " in res.output, res.output
