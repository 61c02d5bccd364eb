"""Plain text articles: the title is the first line, the body the rest."""

from __future__ import annotations

import re

from ..datelines import without_dateline

#: A title is cut to about this many characters (at a word boundary).
TITLE_MAX = 80
#: A first line longer than this is a paragraph, not a title.
TITLE_LINE_MAX = 200
#: A line this long that ends without a full stop and goes on on the next line was
#: wrapped at a fixed width (mail, notes), not ended: a title's, or a paragraph's.
WRAP_WIDTH = 60

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# (not before a lower-case word: "the U.S. state of Florida" goes on; found as a user)
_SENTENCE_END = re.compile(r"(?<=[.!?…。！？])[\"'”’)\]]*\s+(?![a-z])")
_SPACES = re.compile(r"\s+")


def one_line(text: str) -> str:
    """Collapse all whitespace to single spaces."""
    return _SPACES.sub(" ", text).strip()


def first_sentence_title(body: str, limit: int = TITLE_MAX) -> str:
    """A title made from the first sentence of ``body`` (its dateline left out), cut to
    ``limit`` characters at a word boundary (with an ellipsis) and without its final full stop."""
    first = without_dateline(body.strip().split("\n\n", 1)[0])  # ("jakarta, kompas - Tim panahan ...")
    first = one_line(_SENTENCE_END.split(first, 1)[0])
    if len(first) > limit:
        cut = first[: limit + 1]
        cut = cut.rsplit(" ", 1)[0] if " " in cut[1:] else first[:limit]
        return cut.rstrip(" ,;:-–—") + "…"
    if first.endswith(".") and not first.endswith(".."):
        first = first[:-1].rstrip() or first  # a text of only "." keeps it: a title is never empty
    return first


def stem_title(path: str) -> str:
    """A title made from a file name: ``ministers_meet-oslo.txt`` -> ``ministers meet oslo``."""
    name = re.split(r"[\\/]", path.rstrip("\\/"))[-1]
    if "." in name[1:]:
        name = name[: name.rindex(".")] if name.rindex(".") > 0 else name
    return one_line(re.sub(r"[_-]+", " ", name))


def split_title(text: str) -> tuple[str, str]:
    """Split cleaned text into ``(title, body)``.

    The title is the first line when a blank line follows it or the text has more
    than one paragraph; the body is then the rest. A text of one paragraph (or
    whose first line is longer than ``TITLE_LINE_MAX``, so a paragraph itself)
    has no title line: it keeps all of it as the body and the title is ``""`` (the
    caller names it after its file, or after its first sentence). Returns ``("", "")``
    for empty text.
    """
    text = text.strip()
    if not text:
        return "", ""
    first, _, rest = text.partition("\n")
    rest = rest.strip("\n")
    many_paragraphs = _PARAGRAPH_BREAK.search(text) is not None
    head = _PARAGRAPH_BREAK.split(text, 1)[0]
    if many_paragraphs and 1 < head.count("\n") + 1 <= 3 and len(one_line(head)) <= TITLE_LINE_MAX and \
            all(len(line) >= WRAP_WIDTH and not re.search(r"[.!?…:]$", line) for line in head.split("\n")[:-1]):
        # a title wrapped at a fixed width: "Emas Jatuh ... Insentif Pajak" / "untuk Pengecer"
        return one_line(head), text[len(head):].strip()
    if rest and many_paragraphs and len(first.strip()) <= TITLE_LINE_MAX:
        return one_line(first), rest.strip()
    if rest and not many_paragraphs and _headline_over_paragraph_lines(first, rest):
        return one_line(first), rest.strip()
    return "", text


def _headline_over_paragraph_lines(first: str, rest: str) -> bool:
    """A text with a paragraph on each line and no blank line between them (as copied from
    a web page): its first line is the title when it reads as one (short, not ending as a
    sentence does) and the lines after it are too long to be a text wrapped at a fixed
    width."""
    first = first.strip()
    lines = [line.strip() for line in rest.split("\n") if line.strip()]
    if not first or len(first) > TITLE_LINE_MAX or re.search(r"[.!?…:;,]$", first) or not lines:
        return False
    if not re.match(r"[\"“'‘(\[]?[A-Z0-9]", lines[0]):
        return False  # the next line goes on with the sentence
    return max(len(line) for line in lines) > 2 * WRAP_WIDTH
