"""The PDF exporter, read back with pypdf: sections, quiz and answer key, fonts,
escaping, reproducibility, duplex mirroring of printable cards, paper sizes."""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from builders import make_card, make_extraction  # noqa: E402

from briefing.errors import ConfigError, ExportError  # noqa: E402
from briefing.export.pdf import write_pdf  # noqa: E402
from briefing.models import Extraction, KeyFact  # noqa: E402

pypdf = pytest.importorskip("pypdf")

HOSTILE = (
    "S&P 500",
    "AT&T",
    "x<y",
    "<b>unclosed",
    '<img src="http://127.0.0.1:9/x.png">',
    "&amp; stays &amp;",
)


# ------------------------------------------------------------------ builders

def make_long_extraction(title: str = "Intelligence chiefs meet in Jakarta",
                         lang: str = "en") -> Extraction:
    """About what a 500-word article gives: 16 cards, 13 facts, four dates
    given out of order, a Cyrillic and a Greek name."""
    key = "long"
    s = [
        "Сергей Нарышкин, the director of Russia's Foreign Intelligence Service (SVR), "
        "arrived in Jakarta on 12 March 2024.",
        "He met Budi Gunawan, the head of the State Intelligence Agency (BIN), at its "
        "headquarters in South Jakarta.",
        "The two agencies signed a memorandum on counter-terrorism that runs for five years.",
        "Νίκος Δένδιας, the Greek defence minister, visited Jakarta in January 2024.",
        "Indonesia's parliament approved a budget of 7.4 trillion rupiah for BIN in 2023.",
        "The memorandum follows an earlier agreement signed in Moscow in October 2019.",
        "About 120 officers will take part in joint training in Bandung.",
        "Critics in the House of Representatives (DPR) asked for more oversight.",
    ]
    cards = (
        make_card(key, "question", "Who is the director of the SVR?", "Сергей Нарышкин", s[0],
                  "role_reverse", 0),
        make_card(key, "definition", "What does SVR stand for?",
                  "Foreign Intelligence Service", s[0], "acronym", 0),
        make_card(key, "cloze", "{{c1::Сергей Нарышкин}}, the director of the SVR, arrived in "
                  "Jakarta on 12 March 2024.", "Сергей Нарышкин", s[0], "cloze", 0),
        make_card(key, "question", "When did the SVR director arrive in Jakarta?",
                  "12 March 2024", s[0], "when", 0),
        make_card(key, "choice", "Who heads the State Intelligence Agency?", "Budi Gunawan",
                  s[1], "role_reverse", 1,
                  choices=("Prabowo Subianto", "Budi Gunawan", "Сергей Нарышкин",
                           "Νίκος Δένδιας")),
        make_card(key, "definition", "What does BIN stand for?", "State Intelligence Agency",
                  s[1], "acronym", 1),
        make_card(key, "question", "Where are the headquarters of BIN?", "South Jakarta", s[1],
                  "where", 1),
        make_card(key, "cloze", "The two agencies signed a memorandum on "
                  "{{c1::counter-terrorism::field}} that runs for five years.",
                  "counter-terrorism", s[2], "cloze", 2),
        make_card(key, "question", "How long does the memorandum run?", "five years", s[2],
                  "quantity", 2),
        make_card(key, "choice", "Who is the Greek defence minister?", "Νίκος Δένδιας", s[3],
                  "role_reverse", 3,
                  choices=("Νίκος Δένδιας", "Budi Gunawan", "Anna Berg", "Kyriakos Pappas")),
        make_card(key, "question", "How large is BIN's budget approved in 2023?",
                  "7.4 trillion rupiah", s[4], "quantity", 4),
        make_card(key, "cloze", "The memorandum follows an earlier agreement signed in "
                  "{{c1::Moscow}} in October 2019.", "Moscow", s[5], "cloze", 5),
        make_card(key, "question", "When was the earlier agreement signed?", "October 2019",
                  s[5], "when", 5),
        make_card(key, "question", "How many officers take part in the joint training?",
                  "About 120", s[6], "quantity", 6),
        make_card(key, "choice", "Where will the joint training take place?", "Bandung", s[6],
                  "where", 6, choices=("Surabaya", "Medan", "Bandung", "Moscow")),
        make_card(key, "definition", "What does DPR stand for?", "House of Representatives",
                  s[7], "acronym", 7),
    )
    facts = (
        KeyFact("person", "Сергей Нарышкин", "director of the Foreign Intelligence Service"),
        KeyFact("person", "Budi Gunawan", "head of the State Intelligence Agency"),
        KeyFact("person", "Νίκος Δένδιας", "Greek defence minister"),
        KeyFact("organisation", "SVR", "Foreign Intelligence Service"),
        KeyFact("organisation", "BIN", "State Intelligence Agency"),
        KeyFact("organisation", "DPR", "House of Representatives"),
        KeyFact("place", "Jakarta"),
        KeyFact("place", "Bandung", "joint training"),
        KeyFact("place", "Moscow"),
        KeyFact("date", "12 March 2024", "Нарышкин arrives in Jakarta", "2024-03-12"),
        KeyFact("date", "October 2019", "earlier agreement signed in Moscow", "2019-10"),
        KeyFact("date", "January 2024", "Δένδιας visits Jakarta", "2024-01"),
        KeyFact("date", "2023", "parliament approves BIN's budget", "2023"),
        KeyFact("number", "7.4 trillion rupiah", "BIN budget for 2023"),
        KeyFact("number", "120", "officers in joint training"),
        KeyFact("term", "memorandum", "a written agreement between two parties"),
        KeyFact("term", "counter-terrorism", "action taken to prevent terrorism"),
    )
    return Extraction(title=title, lang=lang, cards=cards, source="Kompas", date="2024-03-13",
                      key=key, brief=tuple(s[:4]), facts=facts, words=520)


def make_hostile_extraction() -> Extraction:
    ex = make_extraction(title="S&P 500 falls as AT&T <b>unclosed")
    key = ex.key
    cards = (
        make_card(key, "question", "Is x<y in the AT&T report?", "S&P 500", "x<y & more", "h", 0),
        make_card(key, "question", 'What did <img src="http://127.0.0.1:9/x.png"> show?',
                  "<b>unclosed", "&amp; stays &amp;", "h", 1),
        make_card(key, "choice", "Which index?", "S&P 500", "S&P 500 fell.", "h", 2,
                  choices=("S&P 500", "AT&T", "x<y", "<b>unclosed")),
    )
    return replace(ex, cards=cards, brief=(*HOSTILE,),
                   facts=(KeyFact("organisation", "AT&T", "<i>American</i> & Telegraph"),
                          KeyFact("term", "x<y", '<img src="http://127.0.0.1:9/y.png">')))


# ------------------------------------------------------------------ helpers

def _reader(path: Path) -> pypdf.PdfReader:
    return pypdf.PdfReader(str(path))


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _pages_text(path: Path) -> list[str]:
    return [_flat(p.extract_text() or "") for p in _reader(path).pages]


def _text(path: Path) -> str:
    return " ".join(_pages_text(path))


def _visible_cloze_parts(question: str) -> list[str]:
    return [p.strip() for p in re.split(r"\{\{c\d+::.*?\}\}", question) if p.strip()]


def _page_of(pages: list[str], needle: str, start: int = 0) -> int:
    for i in range(start, len(pages)):
        if needle in pages[i]:
            return i
    raise AssertionError(f"{needle!r} on no page")


def _positions(page: pypdf.PageObject) -> list[tuple[str, float, float]]:
    """(text, x, y) of every text run, in page coordinates."""
    found: list[tuple[str, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
            y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
            found.append((text.strip(), x, y))

    page.extract_text(visitor_text=visit)
    return found


def _where(page: pypdf.PageObject, needle: str, exact: bool = False) -> tuple[float, float]:
    for text, x, y in _positions(page):
        if (text == needle) if exact else (needle in text):
            return x, y
    raise AssertionError(f"{needle!r} not on the page: {_positions(page)}")


@pytest.fixture(scope="module")
def long_sheet(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "long.pdf"
    pages = write_pdf([make_long_extraction()], path)
    assert pages == len(_reader(path).pages)
    return path


# ------------------------------------------------------------------ the sheet

def test_sheet_has_every_section(long_sheet: Path) -> None:
    text = _text(long_sheet)
    for heading in ("In brief", "Key facts", "PEOPLE", "ORGANISATIONS", "PLACES", "TIMELINE",
                    "NUMBERS", "Glossary", "Quiz", "Answer key"):
        assert heading in text
    assert "Intelligence chiefs meet in Jakarta" in text
    assert "Kompas" in text and "2024-03-13" in text and "16 cards" in text


def test_key_facts_expand_acronyms_and_show_roles(long_sheet: Path) -> None:
    text = _text(long_sheet)
    assert "SVR — Foreign Intelligence Service" in text
    assert "Budi Gunawan — head of the State Intelligence Agency" in text
    assert "7.4 trillion rupiah — BIN budget for 2023" in text
    assert "memorandum — a written agreement between two parties" in text


def test_timeline_is_in_date_order(long_sheet: Path) -> None:
    text = _text(long_sheet).split("TIMELINE", 1)[1].split("Glossary", 1)[0]
    order = [text.index(label) for label in ("October 2019 earlier", "2023 parliament",
                                             "January 2024 Δένδιας", "12 March 2024 Нарышкин")]
    assert order == sorted(order)


def test_timeline_is_a_drawing_not_a_list(long_sheet: Path) -> None:
    # The dots are filled circles (Bezier curves, "c" operators) in the content.
    content = _reader(long_sheet).pages[0].get_contents().get_data().decode("latin-1")
    assert content.count(" c\n") >= 4 * 4


def test_every_question_and_answer_is_printed(long_sheet: Path) -> None:
    ex = make_long_extraction()
    pages = _pages_text(long_sheet)
    key_page = _page_of(pages, "Answer key")
    quiz_text = " ".join(pages[:key_page])
    key_text = " ".join(pages[key_page:])
    for n, card in enumerate(ex.cards, 1):
        if card.type == "cloze":
            for part in _visible_cloze_parts(card.question):
                assert part in quiz_text
        else:
            assert card.question in quiz_text
        for choice in card.choices:
            assert choice in quiz_text
        assert card.answer in key_text
    # A choice answer is given as its letter and text.
    assert "B. Budi Gunawan" in key_text
    assert "A. Νίκος Δένδιας" in key_text
    assert "C. Bandung" in key_text


def test_cloze_gap_is_blank_and_hint_is_kept(long_sheet: Path) -> None:
    pages = _pages_text(long_sheet)
    quiz_text = " ".join(pages[:_page_of(pages, "Answer key")])
    assert "{{" not in quiz_text and "::" not in quiz_text
    assert re.search(r"_{6,} , the director of the SVR|_{6,}, the director of the SVR",
                     quiz_text)
    assert re.search(r"memorandum on _{6,} \(field\)", quiz_text)
    assert "signed in Moscow in October 2019" not in quiz_text.split("Quiz", 1)[1]


def test_answer_key_starts_after_the_last_question(long_sheet: Path) -> None:
    ex = make_long_extraction()
    pages = _pages_text(long_sheet)
    last_question = _page_of(pages, ex.cards[-1].question)
    key_page = _page_of(pages, "Answer key")
    assert key_page > last_question
    assert pages[key_page].index("Answer key") < 5  # at the top of its page


def test_typical_article_fits_two_pages_plus_key(long_sheet: Path) -> None:
    assert len(_reader(long_sheet).pages) <= 3


def test_page_numbers_and_title_in_the_footer(long_sheet: Path) -> None:
    pages = _pages_text(long_sheet)
    total = len(pages)
    for n, text in enumerate(pages, 1):
        assert f"Page {n} / {total}" in text
        assert "Intelligence chiefs meet in Jakarta" in text


@pytest.mark.parametrize("layout", ["sheet", "cards"])
def test_fonts_are_embedded(tmp_path: Path, layout: str) -> None:
    path = tmp_path / "fonts.pdf"
    write_pdf([make_extraction(), make_long_extraction()], path, layout=layout)
    reader = _reader(path)
    seen = 0
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]
            seen += 1
    assert seen >= 2
    names = {str(ref.get_object()["/BaseFont"]) for page in reader.pages
             for ref in page["/Resources"]["/Font"].values()}
    assert any("Bold" in name for name in names)


def test_cyrillic_and_greek_come_back(long_sheet: Path) -> None:
    text = _text(long_sheet)
    assert "Сергей Нарышкин" in text
    assert "Νίκος Δένδιας" in text


def test_metadata(long_sheet: Path) -> None:
    reader = _reader(long_sheet)
    meta = reader.metadata
    assert meta.title == "Intelligence chiefs meet in Jakarta"
    assert meta.creator == "briefing"
    assert "Kompas" in meta.subject
    assert "Budi Gunawan" in meta["/Keywords"]
    assert reader.trailer["/Root"]["/Lang"] == "en"


# ------------------------------------------------------------------ safety

@pytest.mark.parametrize("layout", ["sheet", "cards"])
def test_hostile_text_prints_literally(tmp_path: Path, layout: str) -> None:
    path = tmp_path / "hostile.pdf"
    write_pdf([make_hostile_extraction()], path, layout=layout)
    text = _text(path)
    for s in ("S&P 500", "AT&T", "x<y", "<b>unclosed", "&amp; stays &amp;"):
        assert s in text, s
    assert 'What did <img src="http://127.0.0.1:9/x.png"> show?' in text
    if layout == "sheet":
        assert "AT&T — <i>American</i> & Telegraph" in text
        assert '<img src="http://127.0.0.1:9/x.png">' in text
    raw = path.read_bytes()
    assert b"/Subtype /Image" not in raw and b"/URI" not in raw


def test_control_characters_do_not_break_the_build(tmp_path: Path) -> None:
    ex = make_extraction(title="Bell\x07 and\x00 null")
    write_pdf([ex], tmp_path / "c.pdf")
    assert "Bell and null" in _text(tmp_path / "c.pdf")


def test_importing_the_module_does_not_import_reportlab() -> None:
    code = "import sys, briefing.export.pdf; print('reportlab' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.strip() == "False"


def test_bad_options_write_nothing(tmp_path: Path) -> None:
    path = tmp_path / "x.pdf"
    with pytest.raises(ConfigError, match="layout"):
        write_pdf([make_extraction()], path, layout="poster")
    with pytest.raises(ConfigError, match="paper"):
        write_pdf([make_extraction()], path, paper="a5")
    with pytest.raises(ConfigError, match="flip"):
        write_pdf([make_extraction()], path, layout="cards", flip="diagonal")
    with pytest.raises(ExportError):
        write_pdf([], path)
    assert list(tmp_path.iterdir()) == []


def test_no_partial_file_left_behind(tmp_path: Path) -> None:
    write_pdf([make_extraction()], tmp_path / "ok.pdf")
    assert [p.name for p in tmp_path.iterdir()] == ["ok.pdf"]


# ------------------------------------------------------------------ reproducible

@pytest.mark.parametrize("layout", ["sheet", "cards"])
def test_two_builds_are_byte_identical(tmp_path: Path, layout: str) -> None:
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    write_pdf([make_long_extraction()], a, layout=layout)
    write_pdf([make_long_extraction()], b, layout=layout)
    assert a.read_bytes() == b.read_bytes()


def test_source_date_epoch_sets_the_creation_date(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1714780800")  # 2024-05-04 00:00 UTC
    path = tmp_path / "d.pdf"
    write_pdf([make_extraction()], path)
    assert str(_reader(path).metadata["/CreationDate"]).startswith("D:20240504")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    with pytest.raises(ConfigError, match="SOURCE_DATE_EPOCH"):
        write_pdf([make_extraction()], path)


# ------------------------------------------------------------------ languages, paper

def test_indonesian_headings(tmp_path: Path) -> None:
    path = tmp_path / "id.pdf"
    write_pdf([make_extraction(lang="id")], path)
    text = _text(path)
    for heading in ("Ringkasan", "Fakta kunci", "Kuis", "Kunci jawaban", "Halaman 1"):
        assert heading in text
    assert "In brief" not in text


def test_ui_lang_overrides_the_article_language(tmp_path: Path) -> None:
    path = tmp_path / "ui.pdf"
    write_pdf([make_extraction(lang="en")], path, ui_lang="id")
    assert "Ringkasan" in _text(path)


@pytest.mark.parametrize("layout", ["sheet", "cards"])
def test_letter_paper(tmp_path: Path, layout: str) -> None:
    path = tmp_path / "letter.pdf"
    write_pdf([make_long_extraction()], path, paper="letter", layout=layout)
    for page in _reader(path).pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == (612, 792)


def test_a4_is_the_default(tmp_path: Path) -> None:
    path = tmp_path / "a4.pdf"
    write_pdf([make_extraction()], path)
    page = _reader(path).pages[0]
    assert round(float(page.mediabox.width)) == 595
    assert round(float(page.mediabox.height)) == 842


# ------------------------------------------------------------------ booklet

def test_several_articles_make_a_booklet_with_contents(tmp_path: Path) -> None:
    path = tmp_path / "booklet.pdf"
    first = make_extraction(title="First article")
    second = make_long_extraction(title="Second article")
    pages_count = write_pdf([first, second], path)
    pages = _pages_text(path)
    assert pages_count == len(pages)
    assert pages[0].startswith("Contents")
    assert "First article" in pages[0] and "Second article" in pages[0]
    start_first = _page_of(pages, "First article Source:")
    start_second = _page_of(pages, "Second article Source:")
    assert 0 < start_first < start_second
    # The contents list gives the page where each article starts, on the title's line.
    runs = _positions(_reader(path).pages[0])
    for title, start in (("First article", start_first), ("Second article", start_second)):
        _, y = _where(_reader(path).pages[0], title)
        assert any(t.split()[-1] == str(start + 1) and abs(ty - y) < 1 for t, _, ty in runs), runs
    # Each article keeps its own answer key page, before the next article.
    assert start_first < _page_of(pages, "Answer key") < start_second
    outline = [item.title for item in _reader(path).outline]
    assert outline == ["First article", "Second article"]


# ------------------------------------------------------------------ cards layout

def _card_answer_page(reader: pypdf.PdfReader) -> tuple[pypdf.PageObject, pypdf.PageObject]:
    return reader.pages[0], reader.pages[1]


def test_cards_have_even_page_count_and_questions_then_answers(tmp_path: Path) -> None:
    ex = make_long_extraction()
    for n in (1, 3, 8, 9, 16):
        path = tmp_path / f"cards{n}.pdf"
        count = write_pdf([ex.with_cards(ex.cards[:n])], path, layout="cards")
        assert count == len(_reader(path).pages)
        assert count % 2 == 0
        assert count == 2 * ((n + 7) // 8)
    pages = _pages_text(tmp_path / "cards16.pdf")
    assert "Who is the director of the SVR?" in pages[0]
    assert "Сергей Нарышкин" not in pages[0].split("Who is the director")[0]
    assert "Foreign Intelligence Service" in pages[1]
    # Cloze front: blank instead of the answer; choice front: options.
    assert re.search(r"_{6,}, the director of the SVR", pages[0])
    assert "Prabowo Subianto" in pages[0]


def test_card_backs_mirror_columns_for_long_edge_flip(tmp_path: Path) -> None:
    path = tmp_path / "long.pdf"
    ex = make_long_extraction()
    write_pdf([ex], path, layout="cards")
    front, back = _card_answer_page(_reader(path))
    width = float(front.mediabox.width)
    height = float(front.mediabox.height)
    qx, qy = _where(front, "Who is the director of the SVR?")
    ax, ay = _where(back, "Сергей Нарышкин")
    assert qx < width / 2 < ax  # card 1: question at the left, answer at the right
    assert abs((height - qy) - (height - ay)) < height / 8  # same row
    # Card 2 (top right on the front) is at the top left on the back.
    bx, _ = _where(back, "Foreign Intelligence Service", exact=True)
    assert bx < width / 2


def test_card_backs_mirror_rows_for_short_edge_flip(tmp_path: Path) -> None:
    path = tmp_path / "short.pdf"
    write_pdf([make_long_extraction()], path, layout="cards", flip="short")
    front, back = _card_answer_page(_reader(path))
    width = float(front.mediabox.width)
    height = float(front.mediabox.height)
    qx, qy = _where(front, "Who is the director of the SVR?")
    ax, ay = _where(back, "Сергей Нарышкин")
    assert qx < width / 2 and ax < width / 2  # same column
    assert qy > height * 3 / 4 and ay < height / 4  # top row -> bottom row


def test_offset_moves_only_the_backs(tmp_path: Path) -> None:
    plain, shifted = tmp_path / "plain.pdf", tmp_path / "shifted.pdf"
    write_pdf([make_long_extraction()], plain, layout="cards")
    write_pdf([make_long_extraction()], shifted, layout="cards", offset_mm=(10.0, -5.0))
    f0, b0 = _card_answer_page(_reader(plain))
    f1, b1 = _card_answer_page(_reader(shifted))
    assert _where(f0, "Who is the director") == pytest.approx(_where(f1, "Who is the director"))
    x0, y0 = _where(b0, "Сергей Нарышкин")
    x1, y1 = _where(b1, "Сергей Нарышкин")
    assert x1 - x0 == pytest.approx(10 * 72 / 25.4, abs=0.05)
    assert y1 - y0 == pytest.approx(-5 * 72 / 25.4, abs=0.05)


def test_long_card_text_shrinks_and_is_never_cut(tmp_path: Path) -> None:
    long_q = " ".join(f"word{i}" for i in range(160)) + " FINALWORD?"
    ex = make_extraction()
    card = make_card(ex.key, "question", long_q, "short answer", "ctx", "long", 9)
    path = tmp_path / "long.pdf"
    write_pdf([ex.with_cards((card, *ex.cards))], path, layout="cards")
    front = _text_of_page(path, 0)
    assert "word0" in front and "word159 FINALWORD?" in front


def _text_of_page(path: Path, n: int) -> str:
    return _pages_text(path)[n]


def test_cards_booklet_keeps_fronts_on_odd_pages(tmp_path: Path) -> None:
    path = tmp_path / "cb.pdf"
    ex1 = make_extraction(title="First article")
    ex2 = make_long_extraction(title="Second article")
    count = write_pdf([ex1, ex2], path, layout="cards")
    pages = _pages_text(path)
    assert count == len(pages) and count % 2 == 0
    assert pages[0].startswith("Contents")
    # Questions (fronts) on odd pages (1-based), answers behind them.
    assert "Where did the ministers meet?" in pages[2]
    assert "Who is the director of the SVR?" in pages[4]
    assert "Who is the director of the SVR?" not in pages[5]


# ------------------------------------------------------------------ fonts, styles

def test_without_a_unicode_font_one_warning_names_the_characters(tmp_path: Path) -> None:
    empty = tmp_path / "nofonts"
    empty.mkdir()
    with pytest.warns(UserWarning) as record:
        write_pdf([make_long_extraction()], tmp_path / "h.pdf", font_dir=empty)
    messages = [str(w.message) for w in record]
    assert len(messages) == 1
    assert "Helvetica" in messages[0]
    assert "Н" in messages[0] and "Δ" in messages[0]
    assert "é" not in messages[0]


def test_font_dir_is_used(tmp_path: Path) -> None:
    dejavu = Path("/usr/share/fonts/truetype/dejavu")
    if not (dejavu / "DejaVuSans.ttf").is_file():
        pytest.skip("DejaVu fonts not installed")
    path = tmp_path / "f.pdf"
    write_pdf([make_extraction()], path, font_dir=dejavu)
    font = _reader(path).pages[0]["/Resources"]["/Font"]
    assert any("DejaVuSans" in str(f.get_object()["/BaseFont"]) for f in font.values())


def test_user_style_overrides_and_is_checked(tmp_path: Path) -> None:
    (tmp_path / "pdf").mkdir()
    (tmp_path / "pdf" / "style.yaml").write_text("colours:\n  accent: '#aa0000'\n")
    path = tmp_path / "s.pdf"
    write_pdf([make_extraction()], path, templates_dir=tmp_path)
    content = _reader(path).pages[0].get_contents().get_data()
    assert b".666667 0 0 rg" in content  # #aa0000 as a fill colour
    (tmp_path / "pdf" / "style.yaml").write_text("text:\n  body_size: big\n")
    with pytest.raises(ConfigError, match="text.body_size"):
        write_pdf([make_extraction()], path, templates_dir=tmp_path)


@pytest.mark.parametrize("layout", ["sheet", "cards"])
def test_huge_texts_still_lay_out(tmp_path: Path, layout: str) -> None:
    # A table row or a drawing taller than a page is reportlab's LayoutError.
    huge = " ".join(["verylongcontext"] * 1500)
    ex = make_extraction()
    card = make_card(ex.key, "choice", "Q?", "A", huge, "x", 5, choices=("A", huge, "C", "D"))
    ex = replace(ex.with_cards((card, *ex.cards)), brief=(huge,), title=huge[:3000],
                 facts=(*ex.facts, KeyFact("date", "1 Jan 2020", huge, "2020-01-01"),
                        KeyFact("person", "P", huge)))
    path = tmp_path / "huge.pdf"
    count = write_pdf([ex], path, layout=layout)
    assert count == len(_reader(path).pages)
    assert "verylongcontext" in _text(path)


@pytest.mark.parametrize("layout", ["sheet", "cards"])
def test_an_endless_word_is_shortened_on_the_page(tmp_path: Path, layout: str) -> None:
    # reportlab splits an unbreakable word in quadratic time: 200,000 characters took
    # minutes. The page shows the word's two ends; shorter words print whole.
    word = "k" * 20 + "x" * 100_000 + "z" * 20
    ex = make_extraction()
    card = make_card(ex.key, "question", "What is " + word + "?", "A", "Context " + word + ".", "x", 5)
    ex = replace(ex.with_cards((card, *ex.cards)), brief=("Brief " + word,))
    path = tmp_path / "word.pdf"
    write_pdf([ex], path, layout=layout)
    text = "".join(_text(path).split())  # a narrow card may still wrap the short form
    assert "k" * 20 + "x" * 20 + "…" + "z" * 11 in text  # the last 12 characters (one is "?" or ".")
    assert "x" * 200 not in text
    normal = "a" * 60  # the longest word printed whole
    ex2 = replace(make_extraction(), brief=("Brief " + normal + " end",))
    write_pdf([ex2], tmp_path / "normal.pdf", layout="sheet")
    assert normal in _text(tmp_path / "normal.pdf").replace("\n", "")


def test_people_named_without_a_title_are_listed_as_people(tmp_path: Path) -> None:
    """A name that opens on a given name the pack lists is a person's, title or not;
    other names of several words stay under Names."""
    import briefing

    text = ("The development of theories of force proceeded by unifying disparate ideas. For example, "
            "Isaac Newton unified the force that makes objects fall with the force that keeps the planets "
            "in their orbits. Michael Faraday and James Clerk Maxwell demonstrated that electric and "
            "magnetic forces were unified through one consistent theory of Quantum Electrodynamics.")
    ex = briefing.extract(text, title="Unification of forces", lang="en")
    people = [f.label for f in ex.facts if f.kind == "person"]
    names = [f.label for f in ex.facts if f.kind == "name"]
    assert {"Isaac Newton", "Michael Faraday", "James Clerk Maxwell"} <= set(people)
    assert "Quantum Electrodynamics" in names
    path = tmp_path / "names.pdf"
    write_pdf([ex], path)
    page = _flat(_pages_text(path)[0])
    assert "PEOPLE" in page and "Isaac Newton" in page.split("PEOPLE", 1)[1].split("NAMES", 1)[0]
    assert "Quantum Electrodynamics" in page.split("NAMES", 1)[1]


def test_a_title_alone_is_not_listed_as_a_name() -> None:
    import briefing

    # a line-up's "Pelatih: ..." opens two sentences; the word is written in lower case elsewhere
    text = ("Tuan rumah kalah dari tim tamu pada Minggu malam di Stadion Bentegodi.\n\n"
            "Para pelatih kedua tim memuji pertandingan itu.\n\n"
            "VERONA (3-5-2): 1-Montipo; 15-Nelsson, 3-Frese; 17-Giovane (9-Sarr 80').\n\n"
            "Pelatih: Paolo Zanetti.\n\n"
            "INTER (3-5-2): 1-Sommer; 31-Bisseck; 7-Zielinski (23-Barella 55').\n\n"
            "Pelatih: Cristian Chivu.")
    ex = briefing.extract(text, title="Inter Milan menang di Verona", lang="id")
    names = [f.label for f in ex.facts if f.kind == "name"]
    assert "Pelatih" not in names, names


def test_a_persons_office_is_not_listed_again_as_a_name() -> None:
    import briefing

    text = ("Wakidi (1890 - 1979), satu dari tiga pelukis naturalistik Indonesia terkemuka pada zamannya, "
            "boleh saja tiada. Setidaknya itulah yang terlihat dalam pameran lukisan Spirit of Natura, yang "
            "dibuka Gamawan Fauzi, Gubernur Sumatera Barat, Kamis (15/12) di Inna Muara Hotel, Padang.")
    ex = briefing.extract(text, title="Pameran lukisan di Padang", lang="id")
    people = {f.label: f.detail for f in ex.facts if f.kind == "person"}
    assert people.get("Gamawan Fauzi") == "Gubernur Sumatera Barat", people
    names = [f.label for f in ex.facts if f.kind == "name"]
    assert "Gubernur Sumatera Barat" not in names, names


def test_a_firm_after_at_is_no_place() -> None:
    import briefing

    text = ("Japan's economy teetered on the brink of a technical recession, figures show. Revised figures "
            "indicated growth of just 0.1% in the three months to September. \"It's painting a picture of a "
            "recovery much patchier than previously thought,\" said Paul Sheard, economist at Lehman Brothers "
            "in Tokyo.")
    ex = briefing.extract(text, title="Japan narrowly escapes recession", lang="en")
    kinds = {f.label: f.kind for f in ex.facts}
    assert kinds.get("Lehman Brothers") == "organisation", kinds


def test_the_timeline_heading_is_never_left_alone_at_a_page_foot(tmp_path: Path) -> None:
    # more people push the timeline down the page: wherever its heading lands, the first
    # date is on the same page (seen in a Merapi sheet: "TIMELINE" closing page 1)
    from briefing.models import KeyFact
    base = make_extraction()
    for n in range(0, 40, 2):
        people = tuple(KeyFact("person", f"Person Number {i}", "deputy minister of fisheries and the coast")
                       for i in range(n))
        ex = replace(base, facts=(*people, *base.facts))
        path = tmp_path / f"sheet{n}.pdf"
        write_pdf([ex], path)
        pages = _pages_text(path)
        at = next(i for i, p in enumerate(pages) if "TIMELINE" in p)
        assert "3 May 2024" in pages[at].split("TIMELINE", 1)[1], (n, pages[at][-200:])


@pytest.mark.parametrize("lang,n,expected", [("en", 1, "1 card"), ("en", 2, "2 cards"), ("id", 1, "1 kartu")])
def test_header_counts_the_cards_in_the_language_s_number(tmp_path: Path, lang: str, n: int, expected: str) -> None:
    ex = make_extraction()
    ex = replace(ex, lang=lang, cards=ex.cards[:n])
    assert len(ex.cards) == n
    out = tmp_path / "sheet.pdf"
    write_pdf([ex], out)
    header = _flat(_pages_text(out)[0])
    assert re.search(rf"\b{expected}\b(?!s)", header), header
