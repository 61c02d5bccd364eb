"""Readers: files, folders and stdin into Articles; bad input into InputErrors."""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path

import pytest

from briefing.errors import InputError
from briefing.models import Article
from briefing.read import format_of, read_inputs, read_text, sniff_format

TITLE = "Ministers meet in Oslo"
PARA1 = "The ministers of Norway and Chile met in Oslo on 3 May 2024."
PARA2 = "Anna Berg, the foreign minister of Norway, chaired the meeting."
ARTICLE = f"{TITLE}\n\n{PARA1}\n\n{PARA2}\n"


def read_all(*inputs: object, **kwargs: object) -> list[Article | InputError]:
    return list(read_inputs([str(i) for i in inputs], **kwargs))  # type: ignore[arg-type]


def read_one(path: object, **kwargs: object) -> Article:
    [item] = read_all(path, **kwargs)
    assert isinstance(item, Article), item
    return item


def read_error(path: object, **kwargs: object) -> str:
    [item] = read_all(path, **kwargs)
    assert isinstance(item, InputError), item
    message = str(item)
    assert "\n" not in message
    return message


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_bytes(content.encode("utf-8"))
    else:
        path.write_bytes(content)
    return path


# --- plain text and encodings ------------------------------------------------

@pytest.mark.parametrize("data", [
    pytest.param(ARTICLE.encode("utf-8"), id="utf-8"),
    pytest.param(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"), id="utf-8-bom"),
    pytest.param(ARTICLE.replace("\n", "\r\n").encode("utf-8"), id="crlf"),
    pytest.param(ARTICLE.replace("\n", "\r").encode("utf-8"), id="cr"),
    pytest.param(b"\xff\xfe" + ARTICLE.replace("\n", "\r\n").encode("utf-16-le"),
                 id="utf-16-le-bom"),
    pytest.param(b"\xfe\xff" + ARTICLE.encode("utf-16-be"), id="utf-16-be-bom"),
    pytest.param(b"\xff\xfe\x00\x00" + ARTICLE.encode("utf-32-le"), id="utf-32-le-bom"),
    pytest.param(("  \n\n" + ARTICLE.replace("\n", "  \n") + "\n\n\n").encode(),
                 id="stray-whitespace"),
])
def test_txt_encodings_and_newlines_give_the_same_article(tmp_path: Path, data: bytes) -> None:
    path = write(tmp_path, "oslo.txt", data)
    article = read_one(path)
    assert article == Article(title=TITLE, text=f"{PARA1}\n\n{PARA2}", source=str(path))


def test_txt_title_is_first_line_when_text_has_paragraphs(tmp_path: Path) -> None:
    # No blank line after the title, but the text has two paragraphs.
    path = write(tmp_path, "a.txt", f"{TITLE}\n{PARA1}\n\n{PARA2}\n")
    article = read_one(path)
    assert article.title == TITLE
    assert article.text == f"{PARA1}\n\n{PARA2}"


@pytest.mark.parametrize("body", [
    f"{PARA1} {PARA2}",
    "Short one. Then more.",
    "Is this a question? Yes.",
    "A very long first sentence that goes on and on about ministers, meetings, "
    "fisheries, borders and weather for far too long to be a title. Next.",
])
def test_txt_of_one_paragraph_is_named_after_its_file_and_keeps_all_text(tmp_path: Path, body: str) -> None:
    """A paragraph has no title line; a title cut from its first sentence would show
    the learner the answers of that sentence's cards, so the file names the deck."""
    article = read_one(write(tmp_path, "oslo_fisheries-talks.txt", body + "\n"))
    assert article.title == "oslo fisheries talks"
    assert article.text == body


@pytest.mark.parametrize("body, title", [
    (f"{PARA1} {PARA2}", "The ministers of Norway and Chile met in Oslo on 3 May 2024"),
    ("Short one. Then more.", "Short one"),
    ("Is this a question? Yes.", "Is this a question?"),
    ("A very long first sentence that goes on and on about ministers, meetings, "
     "fisheries, borders and weather for far too long to be a title. Next.",
     "A very long first sentence that goes on and on about ministers, meetings…"),
    # found by test_random_bytes_never_raise: a text of only a full stop still has a title
    (".", "."),
    # a dateline is no part of the title (a FacQA passage read as a user; its text keeps it)
    ("jakarta, kompas - Tim panahan Indonesia masih harus berbenah. Lalu lagi.",
     "Tim panahan Indonesia masih harus berbenah"),
    ("LONDON (Reuters) - Britain's economy grew 0.3% in May. More later.", "Britain's economy grew 0.3% in May"),
    # an initialism's full stop before a lower-case word ends no sentence (an XQuAD passage read as a user)
    ("Jacksonville is the largest city in the U.S. state of Florida. It is the county seat.",
     "Jacksonville is the largest city in the U.S. state of Florida"),
])
def test_text_of_one_paragraph_without_a_file_takes_its_first_sentence_as_title(body: str, title: str) -> None:
    article = read_text(body + "\n")
    assert article.title == title
    assert len(article.title) <= 81
    assert article.text == body


def test_txt_title_over_paragraphs_one_per_line_without_blank_lines(tmp_path: Path) -> None:
    # as copied from a web page: a headline, then a paragraph on each line
    long1 = f"{PARA1} {PARA2} {PARA1}"
    article = read_one(write(tmp_path, "a.txt", f"{TITLE}\n{long1}\n{PARA2}\n"))
    assert article.title == TITLE
    assert article.text == f"{long1}\n{PARA2}"
    # ... but a text wrapped at a fixed width is one paragraph, named after its file
    wrapped = "The ministers of Norway and Chile met in Oslo on Friday to talk\nabout fishing quotas in the South Pacific.\n"
    assert read_one(write(tmp_path, "wrapped.txt", wrapped)).title == "wrapped"


def test_txt_long_first_line_is_a_paragraph_not_a_title(tmp_path: Path) -> None:
    long_line = " ".join([PARA1] * 5)
    article = read_one(write(tmp_path, "long.txt", f"{long_line}\n\n{PARA2}"))
    assert article.text == f"{long_line}\n\n{PARA2}"
    assert article.title == "long"


def test_txt_controls_stripped_and_nfc(tmp_path: Path) -> None:
    text = "Cafe\u0301 talks\n\nThe cafe\u0301\x07 in Oslo\x1b[0m hosted\tthe\u00ad talks.\x0cEnd."
    article = read_one(write(tmp_path, "cafe.txt", text))
    assert article.title == "Café talks"
    assert article.text == "The café in Oslo[0m hosted\tthe talks.\nEnd."


def test_seed_article_keeps_repeated_title_line() -> None:
    seed = Path("/work/shared/seed/intel-chiefs.id.txt")
    if not seed.exists():
        pytest.skip("shared seed article not present")
    article = read_one(seed)
    assert article.title.startswith("Para kepala intelijen Rusia")
    assert article.text.startswith("Menurut Sergei Ivanov")
    # The title repeated as the last line is left for the pipeline.
    assert article.text.rstrip().endswith(article.title)


def test_unknown_ending_is_read_as_text(tmp_path: Path) -> None:
    article = read_one(write(tmp_path, "notes.article", ARTICLE))
    assert article.title == TITLE


def test_cp1252_needs_encoding(tmp_path: Path) -> None:
    path = write(tmp_path, "legacy.txt", "Caf\xe9 talks\n\nMinisters met \u201chere\u201d.".encode("cp1252"))
    message = read_error(path)
    assert message == f"{path}: not UTF-8 text; pass --encoding (e.g. --encoding cp1252)"
    article = read_one(path, encoding="cp1252")
    assert article.title == "Café talks"
    assert article.text == "Ministers met \u201chere\u201d."


def test_wrong_or_unknown_encoding_is_an_input_error(tmp_path: Path) -> None:
    path = write(tmp_path, "x.txt", b"abc \x81 def")
    assert "not valid cp1252" in read_error(path, encoding="cp1252")
    assert "unknown encoding 'klingon'" in read_error(path, encoding="klingon")


def test_utf16_without_bom_needs_encoding(tmp_path: Path) -> None:
    path = write(tmp_path, "w.txt", ARTICLE.encode("utf-16-le"))
    assert "binary" in read_error(path)
    assert read_one(path, encoding="utf-16-le").title == TITLE


@pytest.mark.parametrize("data", [
    pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), id="png"),
    pytest.param(b"%PDF-1.7\n" + b"\x00" * 20 + b"stream", id="nul-bytes"),
])
def test_binary_file_is_refused(tmp_path: Path, data: bytes) -> None:
    path = write(tmp_path, "picture.txt", data)
    assert read_error(path) == f"{path}: looks like a binary file, not text"


@pytest.mark.parametrize("content", [b"", b"   \n\r\n\t ", b"\xef\xbb\xbf\n", b"\xff\xfe"])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    path = write(tmp_path, "empty.txt", content)
    assert read_error(path) == f"{path}: the file is empty"


def test_oversized_file(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", ARTICLE * 50)
    message = read_error(path, max_bytes=1000)
    assert message.startswith(f"{path}: file is ")
    assert message.endswith("MB, larger than the limit of 0.001 MB (--max-input-mb)")
    assert read_one(path, max_bytes=100_000).title == TITLE
    big = write(tmp_path, "huge.txt", b"x" * 2_500_000)
    assert read_error(big, max_bytes=2_000_000) == (
        f"{big}: file is 2.5 MB, larger than the limit of 2.0 MB (--max-input-mb)")


def test_missing_path(tmp_path: Path) -> None:
    path = tmp_path / "nope.txt"
    assert read_error(path) == f"{path}: no such file or folder"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root reads any file")
def test_unreadable_file(tmp_path: Path) -> None:
    path = write(tmp_path, "secret.txt", ARTICLE)
    path.chmod(0)
    try:
        assert read_error(path) == f"{path}: cannot read (Permission denied)"
    finally:
        path.chmod(0o644)


# --- markdown -----------------------------------------------------------------

MARKDOWN = """\
---
title: "Ministers meet in Oslo"
date: 2024-05-03
url: https://example.org/oslo
lang: en
tags: [politics]
---

# A heading that is not the title

The **ministers** of _Norway_ and *Chile* met in [Oslo](https://osl.no "city") on 3 May 2024.
![a photo](photo.jpg)

```python
print("code is dropped")
```

## Who was there

- Anna Berg, the foreign minister
* Lars Dahl
1. Third item
> A quoted line with `inline code` and ~~struck~~ text and <span class="x">html</span>.

| Name | Role |
|------|:----:|
| Anna | Chair |

<!-- a comment -->
***
Caf&eacute; [link text][ref] and an escaped \\*star\\*.

[ref]: https://example.org/ref
"""


def test_markdown_front_matter_and_markup(tmp_path: Path) -> None:
    path = write(tmp_path, "oslo.md", MARKDOWN)
    article = read_one(path)
    assert article.title == "Ministers meet in Oslo"
    assert article.date == "2024-05-03"
    assert article.lang == "en"
    assert article.source == "https://example.org/oslo"
    assert article.text == (
        "A heading that is not the title\n\n"
        "The ministers of Norway and Chile met in Oslo on 3 May 2024.\n\n"
        "Who was there\n\n"
        "Anna Berg, the foreign minister\nLars Dahl\nThird item\n"
        "A quoted line with inline code and struck text and html.\n\n"
        "Name | Role\nAnna | Chair\n\n"
        "Café link text and an escaped *star*."
    )


@pytest.mark.parametrize("text, title, body", [
    ("# The *Oslo* talks\n\nBody text.\n", "The Oslo talks", "Body text."),
    ("Intro line.\n\n# Late heading #\n\nBody.\n", "Late heading", "Intro line.\n\nBody."),
    ("The Oslo talks\n==============\n\nBody text.\n", "The Oslo talks", "Body text."),
    ("## Only a subheading\n\nBody text.\n", "notes", "Only a subheading\n\nBody text."),
    ("---\nsource: paper\n---\nBody with snake_case_name and 2 * 3 * 4.\n", "notes",
     "Body with snake_case_name and 2 * 3 * 4."),
])
def test_markdown_title_from_heading_or_file_name(
        tmp_path: Path, text: str, title: str, body: str) -> None:
    article = read_one(write(tmp_path, "notes.markdown", text))
    assert (article.title, article.text) == (title, body)


@pytest.mark.parametrize("front, problem", [
    ("title: [unclosed\n", "the front matter is not valid YAML"),
    ("- a\n- b\n", "the front matter must be 'key: value' lines"),
    ("a: &x [1]\nb: *x\n", "aliases"),
])
def test_markdown_bad_front_matter(tmp_path: Path, front: str, problem: str) -> None:
    path = write(tmp_path, "bad.md", f"---\n{front}---\nBody.\n")
    message = read_error(path)
    assert message.startswith(f"{path}: ")
    assert problem in message


def test_markdown_with_only_front_matter(tmp_path: Path) -> None:
    path = write(tmp_path, "fm.md", "---\ntitle: Nothing\n---\n\n")
    assert read_error(path) == f"{path}: no text after the front matter"


# --- html -----------------------------------------------------------------------

HTML = """<!DOCTYPE html>
<html lang="en-GB"><head>
<meta charset="utf-8">
<title>Ministers meet in Oslo | The Daily Example</title>
<meta property="og:title" content="Ministers meet in Oslo">
<meta property="article:published_time" content="2024-05-03T10:00:00Z">
<style>body { color: red }</style>
<script>var ads = "SCRIPT TEXT";</script>
</head>
<body class="has-comments">
<header><a href="/">The Daily Example</a><nav><ul><li>World</li><li>Sport</li></ul></nav></header>
<div class="cookie-banner">We use COOKIES.</div>
<main>
<article>
  <h1>Ministers meet in Oslo</h1>
  <p class="byline">By A. Reporter</p>
  <p>The ministers of Norway and Chile met in <b>Oslo</b>
     on 3&nbsp;May 2024.</p>
  <div class="ad-slot">BUY NOW advertisement</div>
  <div id="shareButtons">Share on SHARE-NETWORK</div>
  <h2>Fish &amp; borders</h2>
  <p>Anna Berg, the foreign minister of Norway, chaired the meeting.<br>She said &ldquo;yes&rdquo;.</p>
  <figure><img src="x.jpg" alt="IMG ALT"><figcaption>A caption.</figcaption></figure>
  <aside>Related: OTHER STORY</aside>
  <p hidden>HIDDEN TEXT</p>
  <section class="comments"><article><p>COMMENT: first!</p></article></section>
</article>
<div class="related-articles">RELATED HEADLINE</div>
</main>
<footer>FOOTER &copy; 2024</footer>
<noscript>NOSCRIPT TEXT</noscript>
<iframe src="x">IFRAME</iframe>
</body></html>
"""


def _no_trafilatura() -> bool:
    try:
        import trafilatura  # noqa: F401
    except ImportError:
        return True
    return False


@pytest.mark.skipif(not _no_trafilatura(), reason="trafilatura installed: tests the fallback")
def test_html_fallback_extractor(tmp_path: Path) -> None:
    path = write(tmp_path, "oslo.html", HTML)
    article = read_one(path)
    assert article.title == "Ministers meet in Oslo"
    assert article.date == "2024-05-03T10:00:00Z"
    assert article.lang == "en-GB"
    assert article.source == str(path)
    assert article.text == (
        "The ministers of Norway and Chile met in Oslo on 3 May 2024.\n\n"
        "Fish & borders\n\n"
        "Anna Berg, the foreign minister of Norway, chaired the meeting.\n"
        "She said \u201cyes\u201d.\n\n"
        "A caption."
    )


@pytest.mark.parametrize("markup, title, date, text", [
    pytest.param("<html><head><title>Page title | Site</title></head><body>"
                 "<p>Just a body.</p><p>Two.</p></body></html>",
                 "Page title", None, "Just a body.\n\nTwo.", id="title-tag-and-body"),
    pytest.param("<body><main><h1>Main head</h1><time datetime='2024-01-02'>2 Jan</time>"
                 "<p>In main.</p></main><p>Outside.</p></body>",
                 "Main head", "2024-01-02", "2 Jan\n\nIn main.", id="main-and-time"),
    pytest.param("<p>No title at all, <i>only</i> text &amp; entities&#33;</p>",
                 "saved page", None, "No title at all, only text & entities!", id="stem-title"),
    pytest.param('<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
                 '"datePublished": "2023-12-31"}</script></head><body><article><p>A.</p>'
                 "</article><article><p>Longer article text.</p></article></body></html>",
                 "saved page", "2023-12-31", "Longer article text.", id="jsonld-largest-article"),
    pytest.param("<div><p>Para one<p>Para two<div>Block</div></div><pre>  keep\n  lines</pre>",
                 "saved page", None, "Para one\n\nPara two\n\nBlock\n\nkeep\nlines", id="unclosed-p-pre"),
])
def test_html_fallback_cases(tmp_path: Path, markup: str, title: str, date: str | None,
                             text: str) -> None:
    if not _no_trafilatura():
        pytest.skip("trafilatura installed: tests the fallback")
    article = read_one(write(tmp_path, "saved_page.htm", markup))
    assert (article.title, article.date, article.text) == (title, date, text)


def test_html_declared_charset_is_honoured(tmp_path: Path) -> None:
    markup = ('<html><head><meta http-equiv="Content-Type" content="text/html; '
              'charset=windows-1252"><title>Caf\xe9</title></head>'
              "<body><p>Ministers met at the caf\xe9 \u2013 in Oslo.</p></body></html>")
    article = read_one(write(tmp_path, "legacy.html", markup.encode("cp1252")))
    assert article.title == "Café"
    assert "café – in Oslo" in article.text


@pytest.mark.parametrize("body", ["", "<!-- only a comment -->", "<nav>Menu</nav>"])
def test_html_without_text(tmp_path: Path, body: str) -> None:
    if "nav" in body and not _no_trafilatura():
        pytest.skip("trafilatura keeps a lone menu as text")
    path = write(tmp_path, "empty.html", "<html><head><script>x()</script><style>p{}</style>"
                 f"</head><body>{body}</body></html>")
    assert read_error(path) == f"{path}: no article text found in the page"


def test_html_with_trafilatura(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    paragraphs = "".join(
        f"<p>Paragraph {i}: the ministers of Norway and Chile discussed fisheries, "
        f"borders and trade in Oslo for a long time on day {i}.</p>" for i in range(8)
    )
    markup = HTML.replace("<h2>", paragraphs + "<h2>")
    article = read_one(write(tmp_path, "oslo.html", markup))
    assert article.title == "Ministers meet in Oslo"
    assert article.date == "2024-05-03T10:00:00Z"  # as given, like the fallback
    assert article.lang == "en-GB"
    assert article.text.startswith("The ministers of Norway and Chile met in Oslo")
    assert "Paragraph 7: the ministers" in article.text
    assert "\n\nFish & borders\n\n" in article.text
    for noise in ("SCRIPT TEXT", "COOKIES", "FOOTER", "COMMENT: first", "NOSCRIPT",
                  "BUY NOW", "SHARE-NETWORK", "RELATED HEADLINE", "World"):
        assert noise not in article.text


# --- json lines and json -------------------------------------------------------------

def test_jsonl_good_and_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "Oslo Talks #1", "title": TITLE, "text": f"{PARA1}\r\n\r\n{PARA2}",
                    "date": "2024-05-03", "source": "https://example.org/a", "lang": "en"}),
        "{not json",
        "",
        json.dumps({"title": "no text"}),
        json.dumps(["a", "list"]),
        json.dumps({"text": "   "}),
        json.dumps({"text": "Untitled text. More.", "date": {"y": 1}}),
        json.dumps({"text": "Untitled text. More.", "id": 7}),
    ]
    path = write(tmp_path, "batch.jsonl", "\n".join(lines) + "\n")
    items = read_all(path)
    assert [type(i).__name__ for i in items] == [
        "Article", "InputError", "InputError", "InputError", "InputError", "InputError",
        "Article"]
    first = items[0]
    assert first == Article(title=TITLE, text=f"{PARA1}\n\n{PARA2}", lang="en",
                            date="2024-05-03", source="https://example.org/a",
                            key="oslo-talks-1")
    messages = [str(i) for i in items[1:6]]
    assert messages[0].startswith(f"{path}:2: not valid JSON")
    assert messages[1] == f'{path}:4: no "text" in this record'
    assert messages[2] == f'{path}:5: expected a JSON object with a "text", got a list'
    assert messages[3] == f'{path}:6: "text" is empty'
    assert messages[4] == f'{path}:7: "date" must be a string, not an object'
    last = items[6]
    assert isinstance(last, Article)
    assert (last.title, last.key, last.source) == ("Untitled text", "7", str(path))


def test_json_list_and_object(tmp_path: Path) -> None:
    records = [{"title": "One", "text": "First."}, {"text": ""}, {"title": "Three", "text": "3."}]
    path = write(tmp_path, "list.json", json.dumps(records, indent=2))
    items = read_all(path)
    assert [getattr(i, "title", str(i)) for i in items] == [
        "One", f'{path}[1]: "text" is empty', "Three"]
    single = write(tmp_path, "one.json", json.dumps({"title": "Solo", "text": "Body."}))
    assert read_one(single).title == "Solo"
    wrapped = write(tmp_path, "w.json", json.dumps({"articles": records[:1]}))
    assert read_one(wrapped).title == "One"
    broken = write(tmp_path, "broken.json", '[\n  {"text": "a"},\n  oops\n]')
    assert read_error(broken).startswith(f"{broken}:3: not valid JSON")
    assert read_error(write(tmp_path, "n.json", "42")).endswith("got a number")


# --- folders, streaming and stdin -------------------------------------------------------

def make_tree(tmp_path: Path) -> Path:
    root = tmp_path / "articles"
    write(root, "b.txt", "B title\n\nB body.")
    write(root, "a.md", "# A title\n\nA body.")
    write(root, "sub/c.txt", "C title\n\nC body.")
    write(root, "sub/deeper/d.html", "<h1>D title</h1><p>D body.</p>")
    write(root, "z.jsonl", '{"title": "Z1", "text": "z1"}\n{"title": "Z2", "text": "z2"}\n')
    write(root, "image.png", b"\x89PNG\x00\x00")
    write(root, ".hidden.txt", "Hidden\n\nNo.")
    write(root, ".git/config.txt", "Git\n\nNo.")
    return root


@pytest.mark.parametrize("glob, titles", [
    ("*", ["A title", "B title", "C title", "D title", "Z1", "Z2"]),
    ("*.txt", ["B title", "C title"]),
    ("*.TXT", ["B title", "C title"]),
    ("sub/*", ["C title", "D title"]),
    ("*.htm*", ["D title"]),
])
def test_folder_recursive_sorted_and_filtered(tmp_path: Path, glob: str, titles: list[str]) -> None:
    items = read_all(make_tree(tmp_path), glob=glob)
    assert [getattr(i, "title", str(i)) for i in items] == titles


def test_folder_without_matches(tmp_path: Path) -> None:
    root = make_tree(tmp_path)
    assert read_error(root, glob="*.rtf") == f"{root}: no articles matching '*.rtf'"
    empty = tmp_path / "empty"
    empty.mkdir()
    assert read_error(empty) == f"{empty}: no articles matching '*'"


def test_folder_explicit_glob_reads_any_file(tmp_path: Path) -> None:
    root = make_tree(tmp_path)
    items = read_all(root, glob="*.png")
    assert [str(i) for i in items] == [f"{root / 'image.png'}: looks like a binary file, not text"]


def test_inputs_in_order_and_batch_goes_on(tmp_path: Path) -> None:
    good = write(tmp_path, "good.txt", ARTICLE)
    binary = write(tmp_path, "bin.txt", b"\x00\x01\x02")
    missing = tmp_path / "missing.md"
    items = read_all(good, missing, binary, good)
    assert [type(i).__name__ for i in items] == ["Article", "InputError", "InputError", "Article"]
    assert all(str(i).startswith(str(p)) for i, p in zip(items[1:3], (missing, binary)))


def test_read_inputs_streams(tmp_path: Path) -> None:
    first = write(tmp_path, "first.txt", ARTICLE)
    later = tmp_path / "later.txt"
    stream = read_inputs([str(first), str(later)])
    assert isinstance(next(stream), Article)
    # The second file is read only when asked for: create it now.
    later.write_text("Written later\n\nBody.", encoding="utf-8")
    assert next(stream).title == "Written later"  # type: ignore[union-attr]
    assert next(stream, None) is None


@pytest.mark.parametrize("data, title, text", [
    pytest.param(ARTICLE.encode(), TITLE, f"{PARA1}\n\n{PARA2}", id="txt"),
    pytest.param(b"\xef\xbb\xbf<html><title>T</title><p>Body.</p></html>", "T", "Body.", id="html"),
    pytest.param(b'{"title": "J", "text": "Body."}\n', "J", "Body.", id="jsonl"),
    pytest.param(b'{\n  "title": "J",\n  "text": "Body."\n}\n', "J", "Body.", id="json-object"),
    pytest.param(b"---\ntitle: M\n---\nSome **bold** body.\n", "M", "Some bold body.", id="md"),
    pytest.param(b"# Heading\n\nSome *body*.\n", "Heading", "Some body.", id="md-heading"),
])
def test_stdin_is_sniffed(data: bytes, title: str, text: str) -> None:
    article = read_one("-", stdin=io.BytesIO(data))
    assert (article.title, article.text, article.source) == (title, text, None)


def test_stdin_errors() -> None:
    assert read_error("-", stdin=io.BytesIO(b"")) == "<stdin>: the input is empty"
    assert read_error("-", stdin=io.BytesIO(b"x" * 101), max_bytes=100) == (
        "<stdin>: input is larger than the limit of 0.0001 MB (--max-input-mb)")
    assert "--encoding" in read_error("-", stdin=io.BytesIO(b"caf\xe9 au lait"))
    assert read_one("-", stdin=io.BytesIO(b"caf\xe9 au lait"), encoding="latin-1").text == (
        "café au lait")


def test_stdin_default_is_sys_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    class Stdin:
        buffer = io.BytesIO(ARTICLE.encode())

    monkeypatch.setattr(sys, "stdin", Stdin)
    assert read_one("-").title == TITLE


# --- read_text and format helpers ---------------------------------------------------------

def test_read_text_formats() -> None:
    assert read_text(ARTICLE) == Article(title=TITLE, text=f"{PARA1}\n\n{PARA2}")
    assert read_text(ARTICLE, title="Given", source="s") == Article(
        title="Given", text=ARTICLE.strip(), source="s")
    assert read_text(ARTICLE, title=TITLE).text == f"{PARA1}\n\n{PARA2}"
    md = read_text("# Head\n\nThe *body*.", fmt="md")
    assert (md.title, md.text) == ("Head", "The body.")
    assert read_text("# Head\n\nThe *body*.", fmt="markdown", title="Other").text == (
        "Head\n\nThe body.")
    page = read_text("<title>T</title><p>A &amp; B.</p>", fmt="html")
    assert (page.title, page.text) == ("T", "A & B.")
    assert read_text("<p>No title here. Second.</p>", fmt="html").title == "No title here"


@pytest.mark.parametrize("text, fmt, message", [
    ("", "txt", "text: the text is empty"),
    (" \n\t\x00 ", "txt", "text: the text is empty"),
    ("Body.", "pdf", "unknown text format 'pdf': use txt, md or html"),
])
def test_read_text_errors(text: str, fmt: str, message: str) -> None:
    with pytest.raises(InputError) as info:
        read_text(text, fmt=fmt)
    assert str(info.value) == message


@pytest.mark.parametrize("name, fmt", [
    ("a.txt", "txt"), ("a.TEXT", "txt"), ("a.md", "md"), ("a.markdown", "md"),
    ("a.html", "html"), ("a.HTM", "html"), ("a.jsonl", "jsonl"), ("a.json", "json"),
    ("a.rtf", "txt"), ("README", "txt"), (".md", "txt"),
])
def test_format_of(name: str, fmt: str) -> None:
    assert format_of(name) == fmt


@pytest.mark.parametrize("text, fmt", [
    ("  <!doctype html>", "html"), ("{}", "json?"), ("[1]", "json?"), ("---\na: 1", "md"),
    ("# Head", "md"), ("#hashtag", "txt"), ("Plain", "txt"), ("----- quote", "txt"),
])
def test_sniff_format(text: str, fmt: str) -> None:
    assert sniff_format(text) == fmt


def test_import_is_light() -> None:
    import subprocess

    code = ("import sys, briefing.read; "
            "print(' '.join(m for m in ('yaml', 'json', 'html.parser', 'trafilatura', "
            "'briefing.read.web', 'briefing.read.md') if m in sys.modules))")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, check=True)
    assert out.stdout.strip() == ""


# --- never a traceback ----------------------------------------------------------------------

@pytest.mark.parametrize("name, data", [
    pytest.param("deep.jsonl", b"[" * 100_000 + b"]" * 100_000, id="deep-jsonl"),
    pytest.param("deep.json", b"[" * 100_000 + b"]" * 100_000, id="deep-json"),
    pytest.param("deep.md", b"---\na: " + b"[" * 5_000 + b"]" * 5_000 + b"\n---\nBody.",
                 id="deep-yaml"),
    pytest.param("tags.html", b"<div>" * 50_000 + b"text", id="deep-html"),
    pytest.param("odd.html", b"<p>a</p></p></div><![CDATA[x]]><!x y><?php ?></html><b", id="odd-html"),
    pytest.param("stars.md", b"*a " * 20_000 + b"\n" + b"[x](" * 5_000, id="unclosed-markup"),
    pytest.param("fence.md", b"```\nnever closed\n" * 3, id="unclosed-fence"),
    pytest.param("fm.md", b"---\n---\n", id="empty-front-matter"),
])
def test_odd_input_never_raises(tmp_path: Path, name: str, data: bytes) -> None:
    items = read_all(write(tmp_path, name, data))
    assert items and all(isinstance(i, (Article, InputError)) for i in items)
    for item in items:
        if isinstance(item, InputError):
            assert str(item).startswith(str(tmp_path)) and "\n" not in str(item)


def test_odd_arguments_never_raise(tmp_path: Path) -> None:
    good = write(tmp_path, "good.txt", ARTICLE)
    assert [a.title for a in read_inputs(str(good))] == [TITLE]  # type: ignore[union-attr]
    assert [a.title for a in read_inputs([good])] == [TITLE]  # type: ignore[list-item,union-attr]
    assert "not a valid path" in read_error("bad\x00name.txt")
    assert "unknown encoding 'rot13'" in read_error(good, encoding="rot13")
    closed = io.BytesIO(b"x")
    closed.close()
    assert read_error("-", stdin=closed).startswith("<stdin>: cannot read")


def test_html_latin1_declared_is_read_as_cp1252(tmp_path: Path) -> None:
    markup = b'<meta charset="ISO-8859-1"><p>Caf\xe9 \x93quoted\x94</p>'
    assert read_one(write(tmp_path, "l.html", markup)).text == "Café \u201cquoted\u201d"


def test_random_bytes_never_raise(tmp_path: Path) -> None:
    hypothesis = pytest.importorskip("hypothesis")
    from hypothesis import strategies as st

    suffixes = [".txt", ".md", ".html", ".jsonl", ".json", ".bin"]
    chunks = st.sampled_from([
        b"---\n", b"# ", b"<p>", b"</div>", b"{", b'"text": ', b"\n\n", b"\xff\xfe", b"\x00",
        b"\xe9", b"*", b"[a](b)", b"```\n", b"&amp;", b"\r\n", b"title: x\n", b"\xef\xbb\xbf",
        "café ☃ naïve".encode(), b"Plain words. ",
    ])

    @hypothesis.settings(max_examples=300, deadline=None, database=None)
    @hypothesis.given(st.lists(chunks | st.binary(max_size=8), max_size=30),
                      st.sampled_from(suffixes), st.sampled_from([None, "cp1252", "utf-16"]))
    def check(parts: list[bytes], suffix: str, encoding: str | None) -> None:
        data = b"".join(parts)
        path = tmp_path / f"f{suffix}"
        path.write_bytes(data)
        for items in (read_all(path, encoding=encoding),
                      read_all("-", stdin=io.BytesIO(data), encoding=encoding)):
            assert items
            for item in items:
                assert isinstance(item, (Article, InputError))
                if isinstance(item, Article):
                    assert item.title and item.text and item.text == item.text.strip()
                    assert "\r" not in item.text and "\x00" not in item.text
                else:
                    assert "\n" not in str(item)

    check()


def test_jsonl_with_only_blank_lines_in_a_legacy_encoding_is_an_error(tmp_path: Path) -> None:
    # Found by test_random_bytes_never_raise: "\x1c" is a line break to Python, so a
    # cp1252 JSON Lines file of it had no line at all and gave neither article nor error.
    path = tmp_path / "sep.jsonl"
    path.write_bytes(b"\x1c \n\x1c")
    items = read_all(path, encoding="cp1252")
    assert len(items) == 1 and isinstance(items[0], InputError) and "no article" in str(items[0])
    items = read_all("-", stdin=io.BytesIO(b"\x1c"), encoding="cp1252")
    assert len(items) == 1 and isinstance(items[0], InputError)


def test_footnote_and_editor_marks_glued_to_a_word_are_dropped(tmp_path):
    from briefing.read.decode import clean

    assert clean("fled France by the early 18th century[citation needed]. As of 2016[update], "
                 "the largest prime.[12] A list [1] stays.") == \
        "fled France by the early 18th century. As of 2016, the largest prime. A list [1] stays."
    src = tmp_path / "wiki.txt"
    src.write_text("Huguenots\n\nRoughly 500,000 Huguenots had fled France by 1700[citation needed].[3]\n",
                   encoding="utf-8")
    from briefing.read import read_inputs

    (article,) = list(read_inputs([str(src)]))
    assert "[" not in article.text


def test_a_title_wrapped_at_a_fixed_width_is_one_title(tmp_path):
    src = tmp_path / "emas.txt"
    src.write_text("Emas Jatuh di Bawah 4.000 Dolar Setelah China Cabut Insentif Pajak\nuntuk Pengecer\n\n"
                   "JAKARTA, KOMPAS.com- Harga emas dunia kembali tergelincir di bawah\n"
                   "level psikologis 4.000 dollar AS per troy ounce pada perdagangan awal pekan.\n",
                   encoding="utf-8")
    from briefing.read import read_inputs

    (article,) = list(read_inputs([str(src)]))
    assert article.title == "Emas Jatuh di Bawah 4.000 Dolar Setelah China Cabut Insentif Pajak untuk Pengecer"
    assert article.text.startswith("JAKARTA")
    short = tmp_path / "short.txt"
    short.write_text("Short title\nA first line of the body.\n\nMore body.\n", encoding="utf-8")
    (article,) = list(read_inputs([str(short)]))
    assert article.title == "Short title"
