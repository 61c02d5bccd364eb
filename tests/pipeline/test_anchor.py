"""Relative dates are placed on the calendar by the article's date."""

from __future__ import annotations

import pytest

import briefing

TEXT = ("Menteri itu mengumumkan rencana tersebut bulan lalu di Jakarta. "
        "Rapat berikutnya digelar pada hari Selasa di Bandung. "
        "Proyek itu dimulai pada awal Juni dan selesai pada Januari 2015.")


def timeline(date: str | None) -> dict[str, str]:
    ex = briefing.extract(TEXT, title="Rencana menteri", lang="id", date=date)
    return {f.label: f.sort for f in ex.facts if f.kind == "date"}


@pytest.mark.parametrize("date,expected", [
    ("2016-07-14", {"bulan lalu": "2016-06", "hari Selasa": "2016-07-12", "awal Juni": "2016-06",
                    "Januari 2015": "2015-01"}),
    ("2016-03-02T08:00:00Z", {"bulan lalu": "2016-02", "hari Selasa": "2016-03-01",
                              "awal Juni": "2015-06", "Januari 2015": "2015-01"}),
])
def test_anchor_relative_dates_with_article_date(date, expected):
    assert timeline(date) == expected


def test_anchor_without_date_leaves_relative_dates_off_the_timeline():
    got = timeline(None)
    assert "bulan lalu" not in got
    assert got["Januari 2015"] == "2015-01"


def test_an_anchored_relative_date_is_a_minor_answer():
    # on the timeline it has its month; as a card's answer it is "bulan lalu", which says
    # little out of the article (teachers accepted none of 5 such when-questions, reviews 20-42)
    text = ("Pemerintah resmi menaikkan harga gula pada bulan lalu. Harga gula naik menjadi Rp 15.000 per "
            "kilogram. Kenaikan itu berlaku di seluruh Indonesia.")
    default = briefing.extract(text, title="Harga gula naik", lang="id", date="2016-07-14").cards
    assert not [c for c in default if c.answer == "bulan lalu"], [(c.question, c.answer) for c in default]
    bigger = briefing.extract(text, title="Harga gula naik", lang="id", date="2016-07-14", max_cards=40).cards
    relative = [c for c in bigger if c.family == "when" and c.answer == "bulan lalu"]
    assert relative and all("minor" in c.tags for c in relative), [(c.question, c.tags) for c in bigger]
