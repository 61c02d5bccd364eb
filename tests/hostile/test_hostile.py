"""Hostile article text: naughty strings travel into the deck and the PDF as inert text.

Each naughty string (``naughty.py``) is embedded in a short Indonesian or English
article, built with ``briefing build``, the deck imported into a real Anki
collection and the PDF read back with pypdf. Nothing may turn live (script,
image, event handler, javascript: link), nothing may be fetched or embedded
(no image XObjects, no URI/launch actions, no embedded files), and no
traceback may ever reach the user.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import warnings
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader
from pypdf.generic import IndirectObject

from briefing.cli import cli
from conftest import import_apkg
from hostile.naughty import LIVE_MARKUP, NAUGHTY, article

#: Tags the exporter itself writes into fields (highlight, options).
FIELD_TAGS = {"mark", "ol", "li", "ul", "b", "i", "em", "strong", "br", "span", "div"}
#: Tags that load, run or embed something: never allowed anywhere in a rendered card.
DANGEROUS_TAGS = {"script", "img", "iframe", "svg", "object", "embed", "link", "style", "audio",
                  "video", "source", "frame", "frameset", "base", "meta", "form", "input",
                  "math", "a"}
_TAG = re.compile(r"<\s*(/?)\s*([A-Za-z][\w:-]*)([^>]*)>")
_EVENT_ATTR = re.compile(r"(?<![\w-])on\w+\s*=", re.I)
_URL_ATTR = re.compile(r"(?<![\w-])(src|href|srcset|action|formaction|background|poster|xlink:href)\s*=",
                       re.I)

#: Strings that are printable ASCII survive as text and must be found literally in the
#: PDF (all of them are in the English article's title, which the sheet always prints).
def _survives(s: str) -> bool:
    return s.isascii() and s.isprintable() and len(s) < 200


def _tags(html: str) -> list[tuple[str, str]]:
    return [(m.group(2).lower(), m.group(3)) for m in _TAG.finditer(html)]


def _assert_inert_field(html: str, where: str) -> None:
    for name, attrs in _tags(html):
        assert name in FIELD_TAGS, f"{where}: live tag <{name}{attrs}> in {html!r}"
        assert not _EVENT_ATTR.search(attrs), f"{where}: event attribute in <{name}{attrs}>"
        assert "javascript:" not in attrs.lower(), f"{where}: javascript: in <{name}{attrs}>"
        assert re.fullmatch(r'(\s+class="[\w -]*")?\s*', attrs), f"{where}: attributes {attrs!r}"


def _assert_inert_render(html: str, where: str) -> None:
    body = re.sub(r"<style>.*?</style>", "", html, count=1, flags=re.S)  # our own stylesheet
    for name, attrs in _tags(body):
        assert name not in DANGEROUS_TAGS, f"{where}: <{name}{attrs}> in rendered card"
        assert not _EVENT_ATTR.search(attrs), f"{where}: event attribute in <{name}{attrs}>"
        assert "javascript:" not in attrs.lower(), f"{where}: javascript: in <{name}{attrs}>"
        assert not _URL_ATTR.search(attrs), f"{where}: reference in <{name}{attrs}>"


def _resolve(obj):
    return obj.get_object() if isinstance(obj, IndirectObject) else obj


def _assert_pdf_fetches_nothing(path: Path) -> None:
    reader = PdfReader(str(path))
    root = _resolve(reader.trailer["/Root"])
    assert "/OpenAction" not in root and "/AA" not in root
    names = _resolve(root.get("/Names")) or {}
    assert "/JavaScript" not in names and "/EmbeddedFiles" not in names
    for n, page in enumerate(reader.pages, 1):
        resources = _resolve(page.get("/Resources")) or {}
        xobjects = _resolve(resources.get("/XObject")) or {}
        for key, xo in xobjects.items():
            xo = _resolve(xo)
            assert xo.get("/Subtype") != "/Image", f"page {n}: image XObject {key}"
        for annot in _resolve(page.get("/Annots")) or []:
            annot = _resolve(annot)
            action = _resolve(annot.get("/A")) or {}
            assert action.get("/S") not in ("/URI", "/Launch", "/JavaScript", "/GoToR",
                                             "/ImportData", "/SubmitForm"), (n, action)
            assert annot.get("/Subtype") != "/FileAttachment"
    # every object in the file: no action that runs, opens or fetches, no image, no attachment
    for num in range(1, int(reader.trailer["/Size"])):
        try:
            obj = reader.get_object(num)
        except Exception:  # a free entry in the xref table
            continue
        if not hasattr(obj, "get"):
            continue
        assert obj.get("/S") not in ("/JavaScript", "/Launch", "/URI", "/GoToR", "/ImportData",
                                     "/SubmitForm"), f"object {num}: action {obj}"
        assert "/JS" not in obj, f"object {num}: JavaScript"
        assert obj.get("/Subtype") != "/Image", f"object {num}: image"
        assert obj.get("/Type") not in ("/EmbeddedFile", "/Filespec"), f"object {num}: file"
    raw = path.read_bytes()
    # the file the markup names was not embedded
    passwd = Path("/etc/passwd")
    if passwd.exists():
        first_line = passwd.read_bytes().splitlines()[0]
        assert first_line not in raw


def _pdf_text(path: Path) -> str:
    return "".join("".join((p.extract_text() or "").split()) for p in PdfReader(str(path)).pages)


CASES = [pytest.param(s, lang, id=f"{name}-{lang}") for name, s in NAUGHTY for lang in ("id", "en")]


@pytest.mark.parametrize("s,lang", CASES)
def test_hostile_string_in_article_stays_inert(s, lang, tmp_path, anki_collection):
    src = tmp_path / "article.txt"
    src.write_text(article(s, lang), encoding="utf-8")
    out = tmp_path / "out"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # missing glyphs for emoji/Arabic are warned about
        res = CliRunner(env={"SOURCE_DATE_EPOCH": "1700000000"}).invoke(
            cli, ["build", str(src), "-o", str(out), "--lang", lang], catch_exceptions=False)
    if "\x00" in s:  # a NUL byte makes the file binary: a clear one-line refusal
        assert res.exit_code == 1
        assert "article.txt" in res.output and "binary" in res.output
        assert not out.exists() or not any(out.iterdir())
        return
    assert res.exit_code == 0, res.output
    (apkg,) = out.glob("*.apkg")
    (pdf,) = out.glob("*.pdf")
    assert not list(out.glob("*.part")) and not list(out.glob(".*.part"))

    import_apkg(anki_collection, apkg)
    col = anki_collection
    note_ids = col.find_notes("")
    assert note_ids
    for nid in note_ids:
        note = col.get_note(nid)
        for name, value in zip(note.keys(), note.fields):
            _assert_inert_field(value, f"note {nid} field {name}")
        if note.note_type()["name"] == "briefing Cloze":
            assert len(re.findall(r"\{\{c\d+::", note.fields[0])) == 1, note.fields[0]
    for cid in col.find_cards(""):
        card = col.get_card(cid)
        _assert_inert_render(card.question(), f"card {cid} front")
        _assert_inert_render(card.answer(), f"card {cid} back")

    _assert_pdf_fetches_nothing(pdf)
    if lang == "en" and _survives(s):
        flat = "".join(s.split())
        assert flat in _pdf_text(pdf), f"{s!r} not printed literally"


@pytest.mark.parametrize("name,s", [pytest.param(n, s, id=n) for n, s in NAUGHTY if n in LIVE_MARKUP])
def test_hostile_markup_in_deck_file_stays_inert(name, s, tmp_path, anki_collection):
    """A reviewer (or an attacker sharing a deck file) puts markup into the deck file itself."""
    deck = tmp_path / "deck.json"
    doc = {"title": s, "lang": "en", "source": s, "date": s, "cards": [
        {"id": "a1", "type": "question", "question": f"Who said {s}?", "answer": s, "context": s},
        {"id": "a2", "type": "cloze", "question": f"It was {{{{c1::{s}}}}} again", "answer": s,
         "context": f"It was {s} again"},
        {"id": "a3", "type": "choice", "question": f"Which {s}?", "answer": s,
         "choices": [s, "other", "third"], "context": s},
        {"id": "a4", "type": "definition", "question": s, "answer": s},
    ]}
    deck.write_text(json.dumps(doc), encoding="utf-8")
    runner = CliRunner(env={"SOURCE_DATE_EPOCH": "1700000000"})
    res = runner.invoke(cli, ["deck", str(deck), "-o", str(tmp_path / "d.apkg")], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    res = runner.invoke(cli, ["pdf", str(deck), "-o", str(tmp_path / "d.pdf")], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    import_apkg(anki_collection, tmp_path / "d.apkg")
    col = anki_collection
    for nid in col.find_notes(""):
        note = col.get_note(nid)
        for fname, value in zip(note.keys(), note.fields):
            _assert_inert_field(value, f"{name}: field {fname}")
    for cid in col.find_cards(""):
        card = col.get_card(cid)
        _assert_inert_render(card.question(), f"{name}: card front")
        _assert_inert_render(card.answer(), f"{name}: card back")
    _assert_pdf_fetches_nothing(tmp_path / "d.pdf")
    assert "".join(s.split()) in _pdf_text(tmp_path / "d.pdf")


def test_hostile_lone_surrogates_escaped_in_jsonl(tmp_path, anki_collection):
    """JSON may escape a lone surrogate (\\ud800); it decodes to a str no encoder accepts."""
    base = json.loads(json.dumps({"text": article("X", "id")}))["text"]
    title, _, body = base.partition("\n")
    line = json.dumps({"id": "s1", "title": title + " \\ud800", "lang": "id",
                       "text": body.replace("catatan berjudul X", "catatan berjudul \\ud800\\udfff")})
    line = line.replace("\\\\ud800", "\\ud800").replace("\\\\udfff", "\\udfff")
    assert "\\ud800" in line
    src = tmp_path / "a.jsonl"
    src.write_text(line + "\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "briefing", "build", str(src), "-o", str(tmp_path / "out")],
                          capture_output=True, text=True, timeout=300)
    assert "Traceback" not in proc.stderr and "internal error" not in proc.stderr, proc.stderr
    assert proc.returncode in (0, 1), proc.stderr
    if proc.returncode == 0:
        (apkg,) = (tmp_path / "out").glob("*.apkg")
        import_apkg(anki_collection, apkg)
        assert anki_collection.find_notes("")
    else:
        assert "a.jsonl" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1, proc.stderr


@pytest.mark.parametrize("field", ["title", "question", "answer", "context"])
def test_hostile_lone_surrogate_in_deck_file_names_card_and_field(field, tmp_path):
    card = {"id": "a1", "type": "question", "question": "Q?", "answer": "A", "context": "A."}
    doc = {"title": "T", "lang": "en", "cards": [card]}
    if field == "title":
        doc["title"] = "T \ud800"
    else:
        card[field] = card[field] + " \ud800"
    deck = tmp_path / "deck.json"
    deck.write_text(json.dumps(doc), encoding="utf-8")  # ASCII JSON: "\ud800" escaped
    for cmd, out in (("deck", "d.apkg"), ("pdf", "d.pdf")):
        proc = subprocess.run([sys.executable, "-m", "briefing", cmd, str(deck), "-o", str(tmp_path / out)],
                              capture_output=True, text=True, timeout=300)
        assert proc.returncode == 1, proc.stderr
        assert "Traceback" not in proc.stderr
        assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr
        assert "deck.json" in proc.stderr and f"'{field}'" in proc.stderr, proc.stderr
        if field != "title":
            assert "card 1" in proc.stderr
        assert not (tmp_path / out).exists()


def test_hostile_batch_of_naughty_articles_no_traceback(tmp_path):
    """Every naughty article in one batch, through the real entry point: at most one-line
    errors (the NUL-byte file is refused as binary) and the rest written."""
    folder = tmp_path / "in"
    folder.mkdir()
    for i, (name, s) in enumerate(NAUGHTY):
        (folder / f"{i:02d}-{name}.txt").write_text(article(s, "en" if i % 2 else "id"), encoding="utf-8")
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "briefing", "build", str(folder), "-o", str(out),
                           "--split", "-q"], capture_output=True, text=True, timeout=900,
                          env={**os.environ, "PYTHONWARNINGS": "ignore"})
    assert "Traceback" not in proc.stderr, proc.stderr
    errors = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert all(ln.startswith("Error: ") for ln in errors), proc.stderr
    assert len(errors) == 1 and "null_byte" in errors[0] and "binary" in errors[0], proc.stderr
    assert proc.returncode == 1
    assert len(list(out.glob("*.apkg"))) == len(NAUGHTY) - 1
    assert len(list(out.glob("*.pdf"))) == len(NAUGHTY) - 1
    for p in out.iterdir():
        assert p.resolve().parent == out.resolve()
        assert not p.name.endswith(".part")


# ---------------------------------------------------------------- the checkers can fail

def test_hostile_checkers_flag_live_markup_and_images(tmp_path):
    """The inertness checks above are not vacuous: they reject live markup and a PDF
    that embeds an image or carries a URI action (made here with reportlab itself)."""
    with pytest.raises(AssertionError):
        _assert_inert_field('x <img src="/etc/passwd"> y', "probe")
    with pytest.raises(AssertionError):
        _assert_inert_field('<mark onclick="alert(1)">x</mark>', "probe")
    with pytest.raises(AssertionError):
        _assert_inert_render('<div class="q"><script>alert(1)</script></div>', "probe")
    with pytest.raises(AssertionError):
        _assert_inert_render('<span data-x="1" href="javascript:alert(1)">x</span>', "probe")
    _assert_inert_field('a &lt;script&gt; <mark>b</mark> <ol class="options"><li class="correct">c</li></ol>',
                        "probe")

    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    png = tmp_path / "dot.png"
    from PIL import Image

    Image.new("RGB", (2, 2), "red").save(png)
    c = Canvas(str(tmp_path / "img.pdf"))
    c.drawImage(ImageReader(str(png)), 10, 10, 5, 5)
    c.save()
    with pytest.raises(AssertionError):
        _assert_pdf_fetches_nothing(tmp_path / "img.pdf")
    c = Canvas(str(tmp_path / "uri.pdf"))
    c.drawString(10, 10, "x")
    c.linkURL("http://evil.example/", (0, 0, 50, 50))
    c.save()
    with pytest.raises(AssertionError):
        _assert_pdf_fetches_nothing(tmp_path / "uri.pdf")
