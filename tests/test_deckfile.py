"""The deck file: round trips, clear errors, safe YAML."""

from __future__ import annotations

import pytest

from briefing.errors import DeckFileError
from briefing.export import deckfile
from builders import make_extraction


def test_deckfile_yaml_round_trip(tmp_path):
    ex = make_extraction()
    path = tmp_path / "d.yaml"
    path.write_text(deckfile.dumps_yaml([ex, make_extraction("Second", "id")]), encoding="utf-8")
    back = deckfile.load(path)
    assert back[0] == ex and back[1].title == "Second"


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_deckfile_json_round_trip(tmp_path, fmt):
    ex = make_extraction()
    text = deckfile.dumps_json([ex]) if fmt == "json" else deckfile.dumps_jsonl([ex, ex])
    back = deckfile.loads(text, "d")
    assert back[0] == ex


@pytest.mark.parametrize("text,needle", [
    ("title: T\ncards:\n- {id: a, type: question, question: 'Q?'}\n", "card 1 (id a): missing field 'answer'"),
    ("title: T\ncards:\n- {id: a, type: essay, question: 'Q?', answer: A}\n", "unknown card type 'essay'"),
    ("title: T\ncards:\n- {id: a, type: cloze, question: no gap, answer: A}\n", "no {{c1::...}} deletion"),
    ("title: T\ncards:\n- {id: a, type: choice, question: 'Q?', answer: A, choices: [B, C]}\n",
     "not one of the card's choices"),
    ("title: T\ncards:\n- {id: a, type: question, question: [1, 2], answer: A}\n", "must be text"),
    ("title: T\ncards: 5\n", "'cards' must be a list"),
    ("cards: []\n", "missing field 'title'"),
    ("title: T\ncards:\n- {id: a, type: question, question: 'Q?', answer: A}\n"
     "- {id: a, type: question, question: 'R?', answer: B}\n", "share the id a"),
    ("!!python/object/apply:os.system ['echo hi']\n", "not a valid deck file"),
    ("a: &x [1, 2]\nb: *x\n", "aliases"),
    ("title: [unclosed\n", "not a valid deck file"),
    ("", "empty"),
])
def test_deckfile_errors_name_the_card_and_field(text, needle):
    with pytest.raises(DeckFileError) as err:
        deckfile.loads(text, "deck.yaml")
    assert needle in str(err.value)
    assert "\n" not in str(err.value)


def test_deckfile_not_utf8(tmp_path):
    p = tmp_path / "d.yaml"
    p.write_bytes(b"title: \xff\xfe\x00")
    with pytest.raises(DeckFileError, match="UTF-8"):
        deckfile.load(p)
