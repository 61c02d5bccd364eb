"""Fact families on sentences written for the purpose, Indonesian and English."""

from __future__ import annotations

import pytest

import briefing


def cards_of(text: str, lang: str, title: str = "Berita") -> list:
    return list(briefing.extract(text, title=title, lang=lang, max_cards=50).cards)


def qa(text: str, lang: str) -> dict[str, str]:
    return {c.question: c.answer for c in cards_of(text, lang) if c.type != "cloze"}


@pytest.mark.parametrize("text,lang,question,answer", [
    ("Pejabat dari Badan Pusat Statistik (BPS) mengumumkan data baru pada Senin pagi di Jakarta.",
     "id", "Apa kepanjangan dari BPS?", "Badan Pusat Statistik"),
    ("Officials from the International Monetary Fund (IMF) arrived in Athens on Monday morning.",
     "en", "What does IMF stand for?", "International Monetary Fund"),
])
def test_extraction_acronyms(text, lang, question, answer):
    assert qa(text, lang).get(question) == answer


@pytest.mark.parametrize("text,lang,question,answer", [
    ("Menurut Rina Marlina, juru bicara Kementerian Kesehatan, vaksin itu tiba pada Januari 2021.",
     "id", "Siapa juru bicara Kementerian Kesehatan?", "Rina Marlina"),
    ("Menteri Keuangan Sri Mulyani Indrawati membuka acara itu di Bali pada Maret 2022.",
     "id", "Siapa Menteri Keuangan?", "Sri Mulyani Indrawati"),
    ("Maria Lopez, the mayor of Valencia, opened the new library on Tuesday afternoon.",
     "en", "Who is the mayor of Valencia?", "Maria Lopez"),
    # no comma closes the apposition; the office ends with a place ("... China"), not a name
    ("Tan Xianming, Direktur Badan Rekayasa Ruang Angkasa Berawak China mengumumkan bahwa penerbangan "
     "berikutnya akan berlangsung tahun 2007 dan akan disertai jalan di angkasa oleh para antariksawan.",
     "id", "Siapa Direktur Badan Rekayasa Ruang Angkasa Berawak China?", "Tan Xianming"),
])
def test_extraction_roles(text, lang, question, answer):
    assert qa(text, lang).get(question) == answer


@pytest.mark.parametrize("text,lang,question,answer", [
    ("Pemerintah daerah meresmikan jembatan baru itu pada Februari 2020 setelah dua tahun pembangunan.",
     "id", "Kapan pemerintah daerah meresmikan jembatan baru itu setelah dua tahun pembangunan?",
     "Februari 2020"),
    ("Sejak Mei 2018, harga beras di pasar tradisional terus naik.",
     "id", "Sejak kapan harga beras di pasar tradisional terus naik?", "Mei 2018"),
    ("The company announced the merger in March 2019 after months of talks.",
     "en", "When did the company announce the merger?", "March 2019"),
    ("The new stadium was opened in August 2012 by the city council.",
     "en", "When was the new stadium opened by the city council?", "August 2012"),
])
def test_extraction_when(text, lang, question, answer):
    assert qa(text, lang).get(question) == answer


@pytest.mark.parametrize("text,lang,question,answer", [
    ("Menurut polisi, konferensi itu berlangsung di Surabaya dan dihadiri banyak tamu.",
     "id", "Di mana konferensi itu berlangsung?", "Surabaya"),
])
def test_extraction_where(text, lang, question, answer):
    assert qa(text, lang).get(question) == answer


@pytest.mark.parametrize("text,lang,question,answer", [
    ("Banjir itu merendam sekitar 300 rumah di tepi sungai.", "id",
     "Banjir itu merendam berapa rumah di tepi sungai?", "sekitar 300 rumah"),
    ("The factory will cut 1,200 jobs next year.", "en",
     "How many jobs will the factory cut next year?", "1,200"),
])
def test_extraction_quantity(text, lang, question, answer):
    assert qa(text, lang).get(question) == answer


def test_extraction_choice_never_offers_an_alias():
    text = ("Para menteri dari Cina, Jepang, India dan Korea Selatan bertemu di Tokyo pada Juni 2023. "
            "Pertemuan itu berlangsung di China dan dibuka oleh Presiden Xi. "
            "Delegasi Jepang tiba di Tokyo lebih dulu.")
    choice = [c for c in cards_of(text, "id") if c.type == "choice"]
    for c in choice:
        folded = {x.casefold() for x in c.choices}
        assert not {"cina", "china"} <= folded, c.choices


def test_extraction_unknown_language_gives_clozes():
    text = ("Die Bundesregierung hat am 3. Mai 2023 in Berlin ein neues Gesetz beschlossen. "
            "Bundeskanzler Olaf Scholz sprach von einem wichtigen Schritt für 80 Millionen Menschen.")
    cards = cards_of(text, "de")
    assert cards and all(c.type == "cloze" for c in cards)


def test_extraction_question_never_contains_its_answer(seed_path):
    ex = briefing.extract(seed_path.read_text(encoding="utf-8"))
    for c in ex.cards:
        if c.type != "cloze":
            assert c.answer.casefold() not in c.question.casefold()


@pytest.mark.parametrize("text,lang,question,answer", [
    ('"This bridge connects two halves of our city," said Mayor Helen Carter on Monday.', "en",
     'Who said "This bridge connects two halves of our city"?', "Helen Carter"),
    ('"Kami akan membuka pasar itu untuk semua pedagang kecil," kata Rina Marlina di Bandung.', "id",
     'Siapa yang mengatakan "Kami akan membuka pasar itu untuk semua pedagang kecil"?', "Rina Marlina"),
])
def test_extraction_who_said_a_quote(text, lang, question, answer):
    assert qa(text, lang).get(question) == answer


def test_extraction_possessive_inside_an_organisation_name():
    text = ("More than one in ten of the People's Bank customers in the south were affected, "
            "a spokesman for the Conservative National Women's Committee said on Monday.")
    orgs = {m for c in cards_of(text, "en") for m in [c.answer]}
    assert "Bank" not in orgs and "Committee" not in orgs
