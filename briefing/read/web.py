"""HTML articles: the main text, title, date and language of a saved web page.

With trafilatura installed (``pip install briefing[html]``) it extracts the main
text; it copes much better with real news sites (boilerplate, comments, teasers,
odd layouts). Without it a small extractor built on the standard library's
``html.parser`` is used, which is good enough for plain saved pages:

- title: ``og:title`` (or ``twitter:title``), else the first ``<h1>``, else ``<title>``;
- date: ``article:published_time`` (and a few common ``<meta>`` names), JSON-LD
  ``datePublished``, else the first ``<time datetime>``, as given;
- language: ``<html lang>``;
- text: the largest ``<article>``, else ``<main>``, else ``<body>``, without
  script/style/nav/header/footer/aside/form/noscript/iframe/svg, hidden elements
  and elements whose class or id names an ad, comments, sharing, related links,
  promotion, newsletter, cookie banner, byline, breadcrumb or menu. Paragraphs and
  headings become paragraphs; entities are decoded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .txt import one_line


@dataclass
class Page:
    """What a page gives: body text (paragraphs separated by blank lines) and metadata."""

    text: str
    title: str | None = None
    date: str | None = None
    lang: str | None = None
    author: str | None = None
    url: str | None = None


def extract_html(markup: str) -> Page:
    """Main text and metadata of an HTML page: trafilatura when installed, else
    the standard-library fallback (also used when trafilatura finds no text)."""
    page = _with_trafilatura(markup)
    fallback = _with_stdlib(markup)
    if page is None:
        return fallback
    # The fallback's date and language are the page's own strings, so a page
    # gives the same metadata with or without trafilatura.
    title = page.title or fallback.title
    return Page(
        text=_drop_headline(page.text, title),
        title=title,
        date=fallback.date or page.date,
        lang=fallback.lang or page.lang,
        author=page.author or fallback.author,
        url=page.url or fallback.url,
    )


def _drop_headline(text: str, title: str | None) -> str:
    """The text without its first line when that line is the title."""
    if title and text:
        first, _, rest = text.partition("\n")
        if one_line(first) == title and rest.strip():
            return rest.strip()
    return text


def _with_trafilatura(markup: str) -> Page | None:
    try:
        import trafilatura
    except ImportError:
        return None
    import json

    try:
        out = trafilatura.extract(
            # Precision over recall: boilerplate in the text becomes bad cards.
            markup, output_format="json", with_metadata=True, include_comments=False,
            favor_precision=True,
            include_tables=True, include_images=False, include_links=False,
            deduplicate=False,
        )
    except Exception:  # noqa: BLE001 - a third-party parser failing on odd markup
        return None
    if not out:
        return None
    data = json.loads(out)
    text = data.get("text") or data.get("raw_text") or ""
    # trafilatura puts one block per line: make each a paragraph.
    text = re.sub(r"\n+", "\n\n", text.strip())
    if not text:
        return None

    def field(name: str) -> str | None:
        value = data.get(name)
        return one_line(str(value)) if value else None

    return Page(text=text, title=field("title"), date=field("date"),
                lang=field("language"), author=field("author"), url=field("source"))


# --- standard-library fallback ----------------------------------------------

_DROP_TAGS = frozenset({
    "script", "style", "nav", "header", "footer", "aside", "form", "noscript",
    "iframe", "svg", "template", "button", "select", "textarea", "object", "canvas",
    "dialog", "math", "title",
})
_VOID_TAGS = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
    "param", "source", "track", "wbr",
})
_PARAGRAPH_TAGS = frozenset({
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul",
    "ol", "dl", "figure", "section", "article", "main", "address", "hgroup",
})
_LINE_TAGS = frozenset({
    "div", "li", "tr", "dt", "dd", "figcaption", "caption", "details", "summary",
})
_CELL_TAGS = frozenset({"td", "th"})
#: Tags whose start implicitly closes an open <p> (HTML's optional end tags).
_CLOSES_P = _PARAGRAPH_TAGS | _LINE_TAGS - {"li", "tr", "dt", "dd"}
_NOISE_WORDS = (
    r"ads?|advert\w*|adsbygoogle|sponsor\w*|comments?|share|sharing|social|related|"
    r"promo\w*|newsletter|subscribe|cookies?|consent|byline|breadcrumbs?|menu|"
    r"popup|modal|sidebar"
)
# A class or id names noise when one of these words stands alone in it:
# separated by spaces, dashes, underscores or a camelCase change.
_NOISE = re.compile(
    rf"(?:(?<![A-Za-z])|(?<=[a-z])(?=[A-Z]))(?i:{_NOISE_WORDS})(?![a-z])"
)
_DATE_METAS = (
    "article:published_time", "og:published_time", "datepublished", "date",
    "pubdate", "publishdate", "dc.date", "dc.date.issued", "dcterms.created",
    "sailthru.date", "parsely-pub-date",
)
_JSONLD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
_TITLE_SUFFIX = re.compile(r"\s+[|·•]\s+[^|·•]+$")


def _is_noise(attrs: dict[str, str]) -> bool:
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    style = attrs.get("style", "").replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return True
    names = f"{attrs.get('class', '')} {attrs.get('id', '')}"
    return bool(names.strip()) and _NOISE.search(names) is not None


def _with_stdlib(markup: str) -> Page:
    from html.parser import HTMLParser

    class Extractor(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.stack: list[tuple[str, bool]] = []  # (tag, starts a skipped region)
            self.skip = 0
            self.pre = 0
            self.body: list[str] = []
            self.main: list[str] | None = None
            self.in_main = 0
            self.articles: list[list[str]] = []
            self.open_articles: list[list[str]] = []
            self.meta: dict[str, str] = {}
            self.title_parts: list[str] | None = None
            self.title = ""
            self.h1_parts: list[str] | None = None
            self.h1 = ""
            self.time: str | None = None
            self.lang: str | None = None
            self.script: list[str] | None = None
            self.jsonld: list[str] = []

        # Output goes to every open container: body, main, each open article.
        def emit(self, piece: str) -> None:
            if self.skip:
                return
            self.body.append(piece)
            if self.in_main and self.main is not None:
                self.main.append(piece)
            for buf in self.open_articles:
                buf.append(piece)

        def handle_starttag(self, tag: str, attrs_list: list) -> None:  # type: ignore[override]
            attrs = {k.lower(): (v or "") for k, v in attrs_list}
            if tag == "html" and attrs.get("lang") and not self.lang:
                self.lang = attrs["lang"].strip()
            if tag == "meta":
                key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop")
                       or "").strip().lower()
                if key and attrs.get("content") and key not in self.meta:
                    self.meta[key] = attrs["content"].strip()
                return
            if tag == "time" and self.time is None and attrs.get("datetime"):
                self.time = attrs["datetime"].strip()
            if tag == "script" and "ld+json" in attrs.get("type", ""):
                self.script = []
            if tag == "title" and self.title_parts is None and not self.title:
                self.title_parts = []
            if tag == "link" and "canonical" in attrs.get("rel", "").lower().split():
                self.meta.setdefault("canonical", attrs.get("href", "").strip())
            if tag in _VOID_TAGS:
                if tag == "br":
                    self.emit("\n")
                elif tag == "hr":
                    self.emit("\n\n")
                return
            if tag == "p" or tag in _CLOSES_P:
                self._close_open_p()
            starts_skip = (
                tag in _DROP_TAGS or (tag not in ("html", "body") and _is_noise(attrs))
            )
            self.stack.append((tag, starts_skip))
            if starts_skip:
                self.skip += 1
            if tag == "h1" and not self.h1 and self.h1_parts is None:
                self.h1_parts = []
            if tag == "pre":
                self.pre += 1
            if tag == "main":
                self.in_main += 1
                if self.main is None:
                    self.main = []
            if tag == "article" and not self.skip:
                buf: list[str] = []
                self.articles.append(buf)
                self.open_articles.append(buf)
            self._break(tag)

        def _close_open_p(self) -> None:
            if self.stack and self.stack[-1][0] == "p":
                self.handle_endtag("p")

        def _break(self, tag: str) -> None:
            if tag in _PARAGRAPH_TAGS:
                self.emit("\n\n")
            elif tag in _LINE_TAGS:
                self.emit("\n")
            elif tag in _CELL_TAGS:
                self.emit(" | ")

        def handle_endtag(self, tag: str) -> None:
            if tag == "title" and self.title_parts is not None:
                self.title = one_line("".join(self.title_parts))
                self.title_parts = None
            if tag == "script" and self.script is not None:
                self.jsonld.append("".join(self.script))
                self.script = None
            if not any(t == tag for t, _ in self.stack):
                return  # a stray end tag
            while self.stack:
                open_tag, starts_skip = self.stack.pop()
                self._close(open_tag, starts_skip)
                if open_tag == tag:
                    break

        def _close(self, tag: str, starts_skip: bool) -> None:
            self._break(tag)
            if tag == "h1" and self.h1_parts is not None:
                self.h1 = one_line("".join(self.h1_parts))
                self.h1_parts = None
            if tag == "pre":
                self.pre -= 1
            if tag == "main":
                self.in_main -= 1
            if tag == "article" and not self.skip and self.open_articles:
                self.open_articles.pop()
            if starts_skip:
                self.skip -= 1

        def handle_data(self, data: str) -> None:
            if self.title_parts is not None:
                self.title_parts.append(data)
            if self.script is not None:
                self.script.append(data)
            if self.h1_parts is not None and not self._in_tag("nav", "aside", "footer"):
                self.h1_parts.append(data)
            if not self.pre:
                data = re.sub(r"\s+", " ", data)
            self.emit(data)

        def _in_tag(self, *tags: str) -> bool:
            return any(t in tags for t, _ in self.stack)

    parser = Extractor()
    last = markup.rfind("<")
    if last > markup.rfind(">") and markup[last + 1: last + 2].isalpha():
        # An unclosed tag at the end makes html.parser rescan the tail once per
        # "<" in it (quadratic time): close it; the tail was broken anyway.
        markup += ">"
    try:
        parser.feed(markup)
        parser.close()
    except Exception:  # noqa: BLE001 - html.parser is lenient; be safe on odd input
        pass

    def finish(parts: list[str]) -> str:
        text = "".join(parts).replace("\xa0", " ")
        text = re.sub(r"[ \t]*\n[ \t]*", "\n", text)
        text = re.sub(r"\n{3,}", "\n\n", text)
        text = re.sub(r"[ \t]{2,}", " ", text)
        text = re.sub(r"(?m)^(?:[ \t]?\|[ \t]?)+|(?:[ \t]?\|[ \t]?)+$", "", text)
        return text.strip()

    candidates = [finish(a) for a in parser.articles]
    text = max(candidates, key=len, default="")
    if not text and parser.main is not None:
        text = finish(parser.main)
    if not text:
        text = finish(parser.body)

    meta = parser.meta
    title = (
        meta.get("og:title") or meta.get("twitter:title") or parser.h1
        or _TITLE_SUFFIX.sub("", parser.title[:1000]) or None
    )
    date = next((meta[k] for k in _DATE_METAS if meta.get(k)), None)
    if date is None:
        for block in parser.jsonld:
            match = _JSONLD_DATE.search(block)
            if match:
                date = match.group(1).strip()
                break
    if date is None:
        date = parser.time
    title = one_line(title) if title else None
    return Page(
        text=_drop_headline(text, title), title=title, date=date or None, lang=parser.lang or None,
        author=meta.get("author") or meta.get("article:author") or None,
        url=meta.get("og:url") or meta.get("canonical") or None,
    )
