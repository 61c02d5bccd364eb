"""The reviewed deck files in decks/ stay valid: they load, build and import into Anki."""

from __future__ import annotations

from pathlib import Path

import pytest

import briefing
from conftest import import_apkg

DECKS = sorted((Path(__file__).resolve().parents[1] / "decks").glob("*.yaml"))


def test_decks_folder_has_the_bundled_example():
    assert any(p.name.startswith("intel-chiefs") for p in DECKS)


@pytest.mark.parametrize("path", DECKS, ids=lambda p: p.stem)
def test_decks_reviewed_deck_builds_and_imports(path, tmp_path, anki_collection):
    extractions = briefing.load_deck(path)
    n_cards = sum(len(e.cards) for e in extractions)
    assert briefing.write_apkg(extractions, tmp_path / "d.apkg") == n_cards
    log = import_apkg(anki_collection, tmp_path / "d.apkg")
    assert len(log.new) == n_cards
    assert briefing.write_pdf(extractions, tmp_path / "d.pdf") >= 1
