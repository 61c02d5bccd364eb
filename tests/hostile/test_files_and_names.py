"""Hostile deck files, config files and titles.

- A bad deck file gets one line naming the file, the card and the field; exit 1.
- YAML is loaded safely: ``!!python/...`` tags and aliases are errors, nothing runs.
- Output names come from ``slug``: never a path, never a reserved device name.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing import yamlio
from briefing.cli import cli
from briefing.errors import DeckFileError
from briefing.export.deckfile import load, loads
from briefing.ids import slug

GOOD_CARD = {"id": "a1", "type": "question", "question": "Q?", "answer": "A", "context": "A."}


def _deck(**card_changes):
    card = {**GOOD_CARD, **card_changes}
    card = {k: v for k, v in card.items() if v is not _DROP}
    return {"title": "T", "lang": "en", "cards": [GOOD_CARD | {"id": "a0"}, card]}


_DROP = object()

# (name, deck document, text that must appear in the message)
BAD_DECKS = [
    ("missing_answer", _deck(answer=_DROP), ["card 2", "id a1", "'answer'", "missing"]),
    ("missing_question", _deck(question=_DROP), ["card 2", "'question'"]),
    ("missing_id", _deck(id=_DROP), ["card 2", "'id'"]),
    ("answer_list", _deck(answer=["a", "b"]), ["card 2", "'answer'", "text"]),
    ("question_mapping", _deck(question={"x": 1}), ["card 2", "'question'"]),
    ("answer_bool", _deck(answer=True), ["card 2", "'answer'"]),
    ("empty_answer", _deck(answer="  "), ["card 2", "'answer'", "empty"]),
    ("unknown_type", _deck(type="essay"), ["card 2", "essay"]),
    ("type_number", _deck(type=3), ["card 2", "3"]),
    ("cloze_without_deletion", _deck(type="cloze", question="No deletion here"),
     ["card 2", "'question'", "{{c1::"]),
    ("cloze_unclosed", _deck(type="cloze", question="Half {{c1::open"), ["card 2", "'question'"]),
    ("cloze_empty_deletion", _deck(type="cloze", question="Empty {{c1::}} here"), ["card 2", "'question'"]),
    ("cloze_c0", _deck(type="cloze", question="Zero {{c0::x}} here"), ["card 2", "'question'"]),
    ("choice_without_choices", _deck(type="choice"), ["card 2", "'choices'"]),
    ("choice_answer_not_offered", _deck(type="choice", choices=["x", "y"]), ["card 2", "'answer'"]),
    ("choices_mapping", _deck(type="choice", choices={"A": 1}), ["card 2", "'choices'"]),
    ("choices_nested", _deck(type="choice", choices=[["A"], "B"]), ["card 2", "'choices'"]),
    ("tags_text", _deck(tags="a b"), ["card 2", "'tags'"]),
    ("tags_mapping_items", _deck(tags=[{"a": 1}]), ["card 2", "'tags'"]),
    ("score_text", _deck(score="high"), ["card 2", "'score'"]),
    ("sentence_float", _deck(sentence=1.5), ["card 2", "'sentence'"]),
    ("family_list", _deck(family=[1]), ["card 2", "'family'"]),
    ("control_char", _deck(question="Q\x1b[31m?"), ["card 2", "'question'", "U+001B"]),
    ("nul_char", _deck(answer="A\x00"), ["card 2", "'answer'", "U+0000"]),
    ("card_not_mapping", {"title": "T", "cards": [GOOD_CARD, "just text"]}, ["card 2", "mapping"]),
    ("cards_not_list", {"title": "T", "cards": "abc"}, ["'cards'"]),
    ("no_title", {"cards": [GOOD_CARD]}, ["'title'"]),
    ("title_list", {"title": ["T"], "cards": [GOOD_CARD]}, ["'title'"]),
    ("facts_text", {"title": "T", "cards": [GOOD_CARD], "facts": "abc"}, ["'facts'"]),
    ("brief_mapping_items", {"title": "T", "cards": [GOOD_CARD], "brief": [{"a": 1}]}, ["'brief'"]),
    ("duplicate_ids", {"title": "T", "cards": [dict(GOOD_CARD), dict(GOOD_CARD)]}, ["a1"]),
    ("top_level_list_of_text", ["a", "b"], ["mapping"]),
]


@pytest.mark.parametrize("doc,needles", [pytest.param(d, n, id=name) for name, d, n in BAD_DECKS])
@pytest.mark.parametrize("fmt", ["yaml", "json"])
@pytest.mark.parametrize("command", ["deck", "pdf"])
def test_bad_deck_file_names_card_and_field(doc, needles, fmt, command, tmp_path):
    path = tmp_path / f"deck.{fmt}"
    if fmt == "yaml":
        path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    else:
        path.write_text(json.dumps(doc), encoding="utf-8")
    out = tmp_path / ("out.apkg" if command == "deck" else "out.pdf")
    res = CliRunner().invoke(cli, [command, str(path), "-o", str(out)], catch_exceptions=False)
    assert res.exit_code == 1, res.output
    lines = res.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), res.output
    assert str(path) in lines[0]
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])
    assert not out.exists()
    assert not list(tmp_path.glob(".*.part"))


@pytest.mark.parametrize("text,needle", [
    pytest.param("title: T\ncards: !!python/object/apply:os.system ['touch {marker}']\n",
                 "python/object", id="python_object_apply"),
    pytest.param("title: !!python/name:os.system\ncards: []\n", "python/name", id="python_name"),
    pytest.param("!!python/object/new:os.system ['touch {marker}']\n", "python/object", id="python_new"),
    pytest.param("card: &c {{id: a1, type: question, question: q, answer: a}}\ntitle: T\ncards: [*c]\n",
                 "aliases", id="alias"),
    pytest.param("a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                 "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\ntitle: T\ncards: [*c]\n", "aliases",
                 id="billion_laughs"),
    pytest.param("base: &b {{title: T}}\n<<: *b\ncards: []\n", "aliases", id="merge_key"),
    pytest.param("title: T\n\tcards: []\n", "not a valid deck file", id="tab_indent"),
    pytest.param("", "empty", id="empty"),
    pytest.param("title: [unclosed\n", "not a valid deck file", id="unclosed_flow"),
    pytest.param("[" * 50_000, "not a valid deck file", id="deep_json"),
    pytest.param("title: T\ncards: " + "[" * 50_000, "not a valid deck file", id="deep_yaml"),
])
def test_unsafe_yaml_deck_file_is_refused_and_nothing_runs(text, needle, tmp_path):
    marker = tmp_path / "pwned"
    path = tmp_path / "deck.yaml"
    path.write_text(text.format(marker=marker), encoding="utf-8")
    with pytest.raises(DeckFileError) as err:
        load(path)
    msg = str(err.value)
    assert msg.startswith(str(path)) and needle in msg and "\n" not in msg, msg
    assert not marker.exists()


def test_yamlio_refuses_python_tags_and_aliases_directly(tmp_path):
    marker = tmp_path / "pwned"
    with pytest.raises(yaml.YAMLError):
        yamlio.load(f"!!python/object/apply:os.system ['touch {marker}']")
    with pytest.raises(yaml.YAMLError):
        yamlio.load_all("a: &x 1\n---\nb: *x\n")
    with pytest.raises(yaml.YAMLError):
        yamlio.load("x: " + "y" * (yamlio.MAX_YAML_BYTES + 1))
    assert not marker.exists()
    assert yamlio.load("a: [1, 2]\nb: {c: d}\n") == {"a": [1, 2], "b": {"c": "d"}}


def test_config_file_with_python_tag_is_refused(tmp_path, seed_path):
    marker = tmp_path / "pwned"
    cfg = tmp_path / "cfg.yaml"
    cfg.write_text(f"lang: !!python/object/apply:os.system ['touch {marker}']\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "briefing", "build", str(seed_path), "--config", str(cfg),
                           "-o", str(tmp_path / "out")], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert "cfg.yaml" in proc.stderr
    assert not marker.exists()


def test_deck_file_with_yaml_date_is_read_as_text(tmp_path):
    """A reviewer writes ``date: 2024-03-12`` unquoted; YAML reads a date, the deck keeps text."""
    (ex,) = loads("title: T\ndate: 2024-03-12\ncards:\n- {id: a1, type: question, question: 'Q?', "
                  "answer: 2024}\n", "deck.yaml")
    assert ex.date == "2024-03-12" and ex.cards[0].answer == "2024"


def test_bad_deck_file_debug_shows_traceback(tmp_path):
    path = tmp_path / "deck.yaml"
    path.write_text("title: T\ncards:\n- {id: a1, type: cloze, question: 'none', answer: a}\n", encoding="utf-8")
    plain = subprocess.run([sys.executable, "-m", "briefing", "deck", str(path), "-o", str(tmp_path / "x.apkg")],
                           capture_output=True, text=True, timeout=300)
    debug = subprocess.run([sys.executable, "-m", "briefing", "--debug", "deck", str(path), "-o",
                            str(tmp_path / "x.apkg")], capture_output=True, text=True, timeout=300)
    assert plain.returncode == 1 and "Traceback" not in plain.stderr
    assert plain.stderr.strip().count("\n") == 0
    assert "card 1 (id a1)" in plain.stderr and "'question'" in plain.stderr
    assert debug.returncode != 0 and "Traceback" in debug.stderr and "DeckFileError" in debug.stderr


# ---------------------------------------------------------------- names

_WINDOWS_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)),
                     *(f"lpt{i}" for i in range(1, 10))}


def _assert_safe_name(name: str) -> None:
    assert name and len(name) <= 60
    assert all(c.isascii() and (c.isalnum() or c == "-") for c in name), name
    assert not name.startswith(("-", ".")) and not name.endswith("-")
    assert name.split(".")[0].lower() not in _WINDOWS_RESERVED


@pytest.mark.parametrize("title,expected", [
    ("../../etc/passwd", "etc-passwd"),
    ("..", "article"),
    ("/", "article"),
    ("CON", "con-article"),
    ("nul", "nul-article"),
    ("Com1", "com1-article"),
    ("a/b\\c:d*e?f", "a-b-c-d-e-f"),
    ("", "article"),
    ("!!!???", "article"),
    ("مرحبا بالعالم", "article"),
    ("😀🎉", "article"),
    ("\u202eevil\u202c", "evil"),
    ("Presiden Jokowi 🇮🇩 bertemu", "presiden-jokowi-bertemu"),
    ("Ünïcödé café", "unicode-cafe"),
    ("x" * 10_000, "x" * 60),
    ("word " * 5_000, None),
    ("\x00\x1b[31m\t\n", "31m"),
])
def test_slug_is_a_safe_file_name(title, expected):
    name = slug(title)
    _assert_safe_name(name)
    if expected is not None:
        assert name == expected


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_slug_property_safe_for_any_text(title):
    _assert_safe_name(slug(title))


@pytest.mark.parametrize("title", ["../../etc/passwd", "CON", "a/b\\c:d*e?f", "!!!", "", "x" * 3000,
                                   "قال الرئيس محمد", "😀 🎉 🇮🇩", "/tmp/evil", "~/.bashrc"])
def test_build_outputs_stay_in_the_output_folder(title, tmp_path):
    body = ("Presiden Joko Widodo bertemu Menteri Luar Negeri Retno Marsudi di Jakarta pada 12 Maret 2024. "
            "Badan Pusat Statistik (BPS) mencatat inflasi sebesar 2,5 persen pada Februari 2024.")
    line = json.dumps({"id": "x", "title": title, "text": body, "lang": "id"})
    src = tmp_path / "in" / "a.jsonl"
    src.parent.mkdir()
    src.write_text(line + "\n", encoding="utf-8")
    out = tmp_path / "out"
    res = CliRunner().invoke(cli, ["build", str(src), "-o", str(out), "-q"], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    written = sorted(p for p in tmp_path.rglob("*") if p.is_file() and p != src)
    assert len(written) >= 2
    for p in written:
        assert p.parent == out, p
        if p.suffix in (".apkg", ".pdf"):
            _assert_safe_name(p.stem)
    assert not Path("/tmp/evil.apkg").exists() and not (Path.home() / ".bashrc.apkg").exists()
    assert os.listdir(tmp_path) == ["in", "out"] or sorted(os.listdir(tmp_path)) == ["in", "out"]
