"""Markdown articles: YAML front matter and markup stripped with small regexes.

Front matter keys honoured: ``title``, ``date``, ``source`` or ``url``, ``lang``
(or ``language``). Without a front-matter title the first ``#`` heading (ATX or
setext) is the title and leaves the body. Markup becomes plain text: emphasis and
inline code keep their text, links keep their text, images, code fences, HTML
comments, tags, rules and link definitions go, list items and table rows become
lines (table cells joined with ``" | "``).
"""

from __future__ import annotations

import re
from typing import Any

from ..errors import InputError

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}+|~{3,}+)[^\n]*+\n.*?(?:^[ \t]{0,3}\1[`~]*+[ \t]*$|\Z)",
                    re.M | re.S)
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_ATX = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$|^[ \t]{0,3}(#{1,6})[ \t]*$",
                  re.M)
_SETEXT = re.compile(r"^(?=[^\n]*\S)([^\n]+)\n[ \t]{0,3}(=+|-+)[ \t]*$", re.M)
_RULE = re.compile(r"^[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$", re.M)
_LINK_DEF = re.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S+[^\n]*$", re.M)
_FOOTNOTE_DEF = re.compile(r"^[ \t]{0,3}\[\^[^\]\n]+\]:[ \t]*", re.M)
_FOOTNOTE_REF = re.compile(r"\[\^[^\]\n]+\]")
_IMAGE = re.compile(r"!\[[^\]\n]{0,500}+\](?:\([^)\n]{0,2000}+\)|\[[^\]\n]{0,200}+\])?")
_LINK = re.compile(
    r"\[([^\]\n]{0,500}+)\](?:\((?:[^()\n]|\([^()\n]{0,500}+\)){0,2000}+\)|\[[^\]\n]{0,200}+\])"
)
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^<>\s]{1,2000})>", re.I)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_BLOCKQUOTE = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+", re.M)
_LIST_MARKER = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?", re.M)
_TABLE_SEPARATOR = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*\n?",
                              re.M)
_TABLE_ROW = re.compile(r"^[ \t]*\|(.*)\|[ \t]*$", re.M)
# Spans stay within a line and are bounded, so unclosed markup costs linear time.
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.{1,300}?)(?<=\S)\1")
_EM_STAR = re.compile(r"\*(?=\S)([^*\n]{1,300}?)(?<=\S)\*")
_EM_UNDERSCORE = re.compile(r"(?<![A-Za-z0-9_])_(?=\S)([^_\n]{1,300}?)(?<=\S)_(?![A-Za-z0-9_])")
_STRIKE = re.compile(r"~~(?=\S)(.{1,300}?)(?<=\S)~~")
_CODE_SPAN = re.compile(r"(?<!`)(`++)(.{1,1000}?)(?<!`)\1(?!`)")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~])")
_ESCAPED = 0xE000  # escaped ASCII characters live in the private use area meanwhile
_UNESCAPE = re.compile("[\ue000-\ue07f]")


def split_front_matter(text: str, label: str) -> tuple[dict[str, Any], str]:
    """``(metadata, rest)``; metadata is empty when the text has no front matter.

    Raises ``InputError`` when the front matter is not a YAML mapping.
    """
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    from .. import yamlio  # imported here: PyYAML is slow to import
    import yaml

    try:
        meta = yamlio.load(match.group(1) or "")
    except yaml.YAMLError as exc:
        problem = " ".join(str(exc).split())
        raise InputError(f"{label}: the front matter is not valid YAML ({problem})") from None
    except RecursionError:
        raise InputError(f"{label}: the front matter is nested too deeply") from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise InputError(f"{label}: the front matter must be 'key: value' lines, "
                         f"not a {type(meta).__name__}")
    return meta, text[match.end():]


def meta_text(meta: dict[str, Any], *keys: str) -> str | None:
    """The first of ``keys`` that has a scalar value, as a string (dates as ISO)."""
    for key in keys:
        value = meta.get(key)
        if value is None or isinstance(value, (dict, list)):
            continue
        if hasattr(value, "isoformat"):
            value = value.isoformat()
        value = " ".join(str(value).split())
        if value:
            return value
    return None


def _table_row(match: re.Match[str]) -> str:
    cells = [c.strip() for c in re.split(r"(?<!\\)\|", match.group(1))]
    return " | ".join(c for c in cells if c)


def strip_markdown(text: str) -> tuple[str | None, str]:
    """``(first_h1, plain_text)``: the text of the first level-1 heading (or None)
    and the text with markdown markup removed. The first h1 is removed from the text."""
    import html  # entities: &amp; &eacute; ...

    text = _FENCE.sub("", text)
    # Escaped characters (\\*) are hidden from the rules below, restored at the end.
    text = _ESCAPE.sub(lambda m: chr(_ESCAPED + ord(m.group(1))), text)
    text = _COMMENT.sub("", text)
    title: str | None = None

    # Headings: setext first (a line underlined with === or ---), then ATX.
    def setext(match: re.Match[str]) -> str:
        nonlocal title
        line, underline = match.group(1), match.group(2)
        if _LIST_MARKER.match(line) or _RULE.match(line) or line.lstrip().startswith(">"):
            return match.group(0)
        if title is None and underline.startswith("="):
            title = line.strip()
            return "\x00"
        return line.strip()

    def atx(match: re.Match[str]) -> str:
        nonlocal title
        content = (match.group(2) or "").strip()
        if title is None and match.group(1) == "#" and content:
            title = content
            return "\x00"
        return content

    first_atx = _ATX.search(text)
    first_setext = _SETEXT.search(text)
    if first_setext and (not first_atx or first_setext.start() < first_atx.start()):
        text = _SETEXT.sub(setext, text)
        text = _ATX.sub(atx, text)
    else:
        text = _ATX.sub(atx, text)
        text = _SETEXT.sub(setext, text)
    text = text.replace("\x00\n", "").replace("\x00", "")

    text = _RULE.sub("", text)
    text = _LINK_DEF.sub("", text)
    text = _FOOTNOTE_DEF.sub("", text)
    text = _FOOTNOTE_REF.sub("", text)
    text = _TABLE_SEPARATOR.sub("", text)
    text = _TABLE_ROW.sub(_table_row, text)
    text = _BLOCKQUOTE.sub("", text)
    text = _LIST_MARKER.sub("", text)
    text = _AUTOLINK.sub(r"\1", _IMAGE.sub("", text))
    text = html.unescape(_inline_markup(text))
    if title is not None:
        title = _plain_inline(title)
    return title, text


def _plain_inline(text: str) -> str:
    import html

    text = _inline_markup(_IMAGE.sub("", text))
    return " ".join(html.unescape(text).split())


def _inline_markup(text: str) -> str:
    """Links, tags, code spans, emphasis and backslash escapes to plain text."""
    text = _LINK.sub(r"\1", text)
    text = _TAG.sub("", text)
    text = _CODE_SPAN.sub(lambda m: m.group(2).strip(), text)
    text = _STRONG.sub(r"\2", text)
    text = _EM_STAR.sub(r"\1", text)
    text = _EM_UNDERSCORE.sub(r"\1", text)
    text = _STRIKE.sub(r"\1", text)
    return _UNESCAPE.sub(lambda m: chr(ord(m.group(0)) - _ESCAPED), text)
