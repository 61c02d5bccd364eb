"""JSON Lines and JSON articles: one object per article.

Keys: ``text`` (required), ``title``, ``id`` (becomes ``Article.key``, slugged),
``date``, ``source`` or ``url``, ``lang`` (or ``language``). A bad record yields an
``InputError`` naming ``path:line`` (JSON Lines) or ``path[index]`` (a JSON list)
and the rest go on.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..errors import InputError
from ..ids import slug
from ..models import Article
from .decode import clean
from .txt import first_sentence_title, one_line


def _scalar(record: dict[str, Any], where: str, *keys: str) -> str | None:
    for key in keys:
        value = record.get(key)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise InputError(f'{where}: "{key}" must be a string, not {_kind(value)}')
        value = one_line(str(value))
        if value:
            return value
    return None


def _kind(value: Any) -> str:
    return {dict: "an object", list: "a list", bool: "true/false", str: "a string",
            type(None): "null"}.get(type(value), "a number")


def record_article(record: Any, where: str, default_source: str | None) -> Article:
    """An ``Article`` from one decoded JSON value; ``where`` prefixes error messages."""
    if not isinstance(record, dict):
        raise InputError(f"{where}: expected a JSON object with a \"text\", got {_kind(record)}")
    if "text" not in record:
        raise InputError(f'{where}: no "text" in this record')
    raw = record["text"]
    if not isinstance(raw, str):
        raise InputError(f'{where}: "text" must be a string, not {_kind(raw)}')
    text = clean(raw)
    if not text:
        raise InputError(f'{where}: "text" is empty')
    title = _scalar(record, where, "title")
    title = clean(title) if title else first_sentence_title(text)
    ident = _scalar(record, where, "id")
    return Article(
        title=title,
        text=text,
        lang=_scalar(record, where, "lang", "language"),
        date=_scalar(record, where, "date"),
        source=_scalar(record, where, "source", "url") or default_source,
        key=slug(ident) if ident else None,
    )


def _json_error(exc: Exception) -> str:
    msg = getattr(exc, "msg", str(exc))
    col = getattr(exc, "colno", None)
    return f"not valid JSON ({msg} at column {col})" if col else f"not valid JSON ({msg})"


def _lines(text: str) -> Iterator[str]:
    """The lines of ``text`` one at a time (no list of them all: a batch file may be large)."""
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        if end < 0:
            yield text[start:]
            return
        yield text[start:end]
        start = end + 1


def read_jsonl(text: str, label: str, source: str | None) -> Iterator[Article | InputError]:
    """One article per non-blank line of ``text``; an error when every line is blank."""
    any_item = False
    for item in read_jsonl_lines(_lines(text), label, source):
        any_item = True
        yield item
    if not any_item:
        yield InputError(f"{label}: no article in it (every line is blank)")


def read_jsonl_file(path: str, max_bytes: int) -> Iterator[Article | InputError]:
    """Stream a UTF-8 JSON Lines file from disk, one line at a time: a batch of
    thousands of articles is never held in memory, and the size limit applies to
    each article (line), not to the whole file."""

    def lines() -> Iterator[str | InputError]:
        with open(path, "rb") as fh:
            for number, raw in enumerate(fh, start=1):
                if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                    raw = raw[3:]
                if len(raw) > max_bytes:
                    yield InputError(f"{path}:{number}: this article is {len(raw) / 1e6:.1f} MB, larger "
                                     f"than the limit of {max_bytes / 1e6:.1f} MB (--max-input-mb)")
                    continue
                try:
                    yield raw.decode("utf-8").rstrip("\r\n")
                except UnicodeDecodeError:
                    yield InputError(f"{path}:{number}: not UTF-8 text; pass --encoding "
                                     "(e.g. --encoding cp1252)")

    any_item = False
    for item in read_jsonl_lines(lines(), path, path):
        any_item = True
        yield item
    if not any_item:
        yield InputError(f"{path}: the file is empty")


def read_jsonl_lines(lines: Iterator[str | InputError], label: str,
                     source: str | None) -> Iterator[Article | InputError]:
    """One article per non-blank line; a line already found unreadable comes as its error."""
    import json

    for number, line in enumerate(lines, start=1):
        if isinstance(line, InputError):
            yield line
            continue
        if not line.strip():
            continue
        where = f"{label}:{number}"
        try:
            record = json.loads(line)
        except ValueError as exc:
            yield InputError(f"{where}: {_json_error(exc)}")
            continue
        except RecursionError:
            yield InputError(f"{where}: JSON nested too deeply")
            continue
        try:
            yield record_article(record, where, source)
        except InputError as exc:
            yield exc


def read_json(text: str, label: str, source: str | None) -> Iterator[Article | InputError]:
    """Articles of a JSON document: a list of objects, an object with an
    ``"articles"`` list, or one article object."""
    import json

    try:
        doc = json.loads(text)
    except ValueError as exc:
        line = getattr(exc, "lineno", None)
        where = f"{label}:{line}" if line else label
        yield InputError(f"{where}: {_json_error(exc)}")
        return
    except RecursionError:
        yield InputError(f"{label}: JSON nested too deeply")
        return
    if isinstance(doc, dict) and "text" not in doc and isinstance(doc.get("articles"), list):
        doc = doc["articles"]
    if isinstance(doc, dict):
        try:
            yield record_article(doc, label, source)
        except InputError as exc:
            yield exc
        return
    if not isinstance(doc, list):
        yield InputError(f"{label}: expected a JSON list of articles or an article object, "
                         f"got {_kind(doc)}")
        return
    if not doc:
        yield InputError(f"{label}: the JSON list of articles is empty")
        return
    for index, record in enumerate(doc):
        try:
            yield record_article(record, f"{label}[{index}]", source)
        except InputError as exc:
            yield exc
