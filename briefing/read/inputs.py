"""From what the user names (files, folders, ``-``) or passes (a string) to ``Article``s."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from typing import IO

from ..errors import InputError
from ..models import Article
from .decode import clean, declared_charset, decode
from .txt import first_sentence_title, one_line, split_title, stem_title

#: File name endings and the format each is read as; anything else is read as text.
SUFFIX_FORMATS: dict[str, str] = {
    ".txt": "txt", ".text": "txt",
    ".md": "md", ".markdown": "md", ".mdown": "md", ".mkd": "md",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".json": "json",
}
_TEXT_FORMATS = {"txt": "txt", "text": "txt", "md": "md", "markdown": "md",
                 "html": "html", "htm": "html"}
STDIN_LABEL = "<stdin>"
DEFAULT_MAX_BYTES = 20_000_000


def format_of(path: str) -> str:
    """The format a path is read as, from its ending (``txt`` when unknown)."""
    name = os.path.basename(path).lower()
    for suffix, fmt in SUFFIX_FORMATS.items():
        if name.endswith(suffix) and len(name) > len(suffix):
            return fmt
    return "txt"


def sniff_format(text: str) -> str:
    """The format of text that came without a name (stdin): ``<`` -> html,
    ``{`` or ``[`` -> json(l), ``---`` or a ``# `` heading -> md, else txt."""
    start = text.lstrip("\ufeff \t\r\n")
    if start.startswith("<"):
        return "html"
    if start.startswith(("{", "[")):
        return "json?"
    if start.startswith(("---\n", "---\r", "# ")):
        return "md"
    return "txt"


def _mb(size: int) -> str:
    value = size / 1_000_000
    return f"{value:.1f}" if value >= 0.1 else f"{value:.3g}"


def _is_url(value: str | None) -> bool:
    return bool(value) and value.lower().startswith(("http://", "https://"))  # type: ignore[union-attr]


def read_inputs(inputs: Sequence[str], *, encoding: str | None = None, glob: str = "*",
                max_bytes: int = DEFAULT_MAX_BYTES,
                stdin: IO[bytes] | None = None) -> Iterator[Article | InputError]:
    """Yield one ``Article`` per article, in input order.

    ``inputs`` are files, folders (walked recursively in sorted order, hidden
    files and folders skipped, file names filtered by ``glob``; the default
    ``"*"`` takes the article formats only: .txt .text .md .markdown .html .htm
    .jsonl .json ...) or ``-`` for ``stdin`` (default ``sys.stdin.buffer``;
    its format is sniffed). The format of a file comes from its ending; an
    unknown ending is read as plain text.

    A bad input yields an ``InputError`` (its message starts with the path) instead
    of raising, so a batch goes on. Articles are read one at a time.
    """
    if isinstance(inputs, (str, bytes, os.PathLike)):
        inputs = [inputs]  # type: ignore[list-item]  # one path, not its characters
    for item in inputs:
        item = os.fsdecode(item)
        if item == "-":
            yield from _read_stdin(stdin, encoding, max_bytes)
        elif os.path.isdir(item):
            yield from _read_folder(item, glob, encoding, max_bytes)
        else:
            yield from _read_file(item, encoding, max_bytes)


def read_text(text: str, *, title: str | None = None, source: str | None = None,
              fmt: str = "txt") -> Article:
    """An ``Article`` from a string; ``fmt`` is ``txt``, ``md`` or ``html``.

    With ``title`` the text is all body (a first line or ``#`` heading equal to
    the title is dropped); without, the title is found as for a file. Raises
    ``InputError`` for empty text or an unknown ``fmt``.
    """
    kind = _TEXT_FORMATS.get(fmt.lower().lstrip("."))
    if kind is None:
        raise InputError(f"unknown text format {fmt!r}: use txt, md or html")
    if not isinstance(text, str):
        raise InputError(f"expected text (str), got {type(text).__name__}")
    label = source or "text"
    return _article(text, kind, label, source=source, stem=None, title=title)


# --- one input ---------------------------------------------------------------

def _read_stdin(stdin: IO[bytes] | None, encoding: str | None,
                max_bytes: int) -> Iterator[Article | InputError]:
    if stdin is None:
        import sys

        stdin = sys.stdin.buffer
    try:
        data = stdin.read(max_bytes + 1)
    except (OSError, ValueError) as exc:  # ValueError: a closed stream
        yield InputError(f"{STDIN_LABEL}: cannot read ({getattr(exc, 'strerror', None) or exc})")
        return
    if isinstance(data, str):  # a text stream passed by mistake
        data = data.encode("utf-8")
    if len(data) > max_bytes:
        yield InputError(f"{STDIN_LABEL}: input is larger than the limit of "
                         f"{_mb(max_bytes)} MB (--max-input-mb)")
        return
    yield from _read_bytes(data, "sniff", STDIN_LABEL, None, None, encoding)


def _read_file(path: str, encoding: str | None,
               max_bytes: int) -> Iterator[Article | InputError]:
    if format_of(path) == "jsonl" and (encoding or "utf-8").replace("_", "-").lower() in {"utf-8", "utf8"} \
            and os.path.isfile(path):
        from .jsonl import read_jsonl_file

        try:
            if os.path.getsize(path) == 0:
                yield InputError(f"{path}: the file is empty")
                return
            yield from read_jsonl_file(path, max_bytes)
        except OSError as exc:
            yield InputError(f"{path}: cannot read ({exc.strerror or exc})")
        return
    try:
        size = os.stat(path).st_size
    except FileNotFoundError:
        yield InputError(f"{path}: no such file or folder")
        return
    except OSError as exc:
        yield InputError(f"{path}: cannot read ({exc.strerror or exc})")
        return
    except ValueError:  # a NUL in the path
        yield InputError(f"{path!r}: not a valid path")
        return
    if size > max_bytes:
        yield InputError(f"{path}: file is {_mb(size)} MB, larger than the limit of "
                         f"{_mb(max_bytes)} MB (--max-input-mb)")
        return
    try:
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        yield InputError(f"{path}: cannot read ({exc.strerror or exc})")
        return
    if len(data) > max_bytes:  # grew since stat, or a device/pipe
        yield InputError(f"{path}: file is larger than the limit of {_mb(max_bytes)} MB "
                         f"(--max-input-mb)")
        return
    yield from _read_bytes(data, format_of(path), path, path, path, encoding)


def _read_folder(folder: str, glob: str, encoding: str | None,
                 max_bytes: int) -> Iterator[Article | InputError]:
    import fnmatch

    pattern = (glob or "*").lower()
    only_articles = pattern == "*"
    errors: list[InputError] = []

    def onerror(exc: OSError) -> None:
        errors.append(InputError(f"{exc.filename}: cannot read folder ({exc.strerror or exc})"))

    found: list[tuple[list[str], str]] = []
    for dirpath, dirnames, filenames in os.walk(folder, onerror=onerror):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if name.startswith("."):
                continue
            path = os.path.join(dirpath, name)
            rel = os.path.relpath(path, folder).replace(os.sep, "/")
            if only_articles:
                if format_of(name) == "txt" and not name.lower().endswith((".txt", ".text")):
                    continue
            elif not fnmatch.fnmatchcase(
                (rel if "/" in pattern else name).lower(), pattern
            ):
                continue
            found.append((rel.split("/"), path))
    found.sort()
    yield from errors
    if not found and not errors:
        yield InputError(f"{folder}: no articles matching {glob or '*'!r}")
    for _, path in found:
        yield from _read_file(path, encoding, max_bytes)


# --- bytes and text to articles ----------------------------------------------

def _read_bytes(data: bytes, fmt: str, label: str, source: str | None, stem: str | None,
                encoding: str | None) -> Iterator[Article | InputError]:
    empty = "the input is empty" if label == STDIN_LABEL else "the file is empty"
    if not data.strip():
        yield InputError(f"{label}: {empty}")
        return
    try:
        declared = declared_charset(data) if fmt in ("html", "sniff") else None
        text = decode(data, label, encoding, declared)
    except InputError as exc:
        yield exc
        return
    if fmt == "sniff":
        fmt = sniff_format(text)
    if not text.strip(" \t\r\n\ufeff\x00"):
        yield InputError(f"{label}: {empty}")
        return
    if fmt in ("jsonl", "json", "json?"):
        yield from _read_json(text, fmt, label, source)
        return
    try:
        yield _article(text, fmt, label, source=source, stem=stem, title=None)
    except InputError as exc:
        yield exc


def _read_json(text: str, fmt: str, label: str,
               source: str | None) -> Iterator[Article | InputError]:
    from .jsonl import read_json, read_jsonl

    # Keep line numbers: only newlines and a BOM are normalised here; each
    # record's text is cleaned on its own.
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if fmt == "jsonl":
        yield from read_jsonl(text, label, source)
        return
    # A .json file or JSON on stdin: a whole document, or JSON Lines after all.
    import json

    try:
        json.loads(text)
    except ValueError as exc:
        if getattr(exc, "msg", "") == "Extra data":
            yield from read_jsonl(text, label, source)
            return
    except RecursionError:
        pass  # read_json reports it
    yield from read_json(text, label, source)


def _article(raw: str, fmt: str, label: str, *, source: str | None, stem: str | None,
             title: str | None) -> Article:
    """Build one article from decoded text; raises ``InputError``."""
    text = clean(raw)
    empty = "the input is empty" if label == STDIN_LABEL else (
        "the file is empty" if stem else "the text is empty")
    if not text:
        raise InputError(f"{label}: {empty}")
    given = clean(title) if title else None
    given = one_line(given) if given else None
    meta_date = meta_lang = None
    found: str | None = None
    if fmt == "md":
        from .md import meta_text, split_front_matter, strip_markdown

        meta, rest = split_front_matter(text, label)
        heading, body = strip_markdown(rest)
        body = clean(body)
        if not body:
            raise InputError(f"{label}: no text after the front matter" if meta
                             else f"{label}: {empty}")
        meta_title = meta_text(meta, "title")
        found = meta_title or heading
        if heading and (given or meta_title) and heading not in (given, meta_title):
            body = f"{heading}\n\n{body}"  # a heading, not the title: keep it
        meta_date = meta_text(meta, "date")
        meta_lang = meta_text(meta, "lang", "language")
        url = meta_text(meta, "source", "url")
        if url:
            source = url
    elif fmt == "html":
        from .web import extract_html

        page = extract_html(text)
        body = clean(page.text)
        if not body:
            raise InputError(f"{label}: no article text found in the page")
        found = page.title
        meta_date, meta_lang = page.date, page.lang
        if _is_url(page.url):
            source = page.url
    else:
        if given:
            first, _, rest = text.partition("\n")
            body = rest.strip() if one_line(first) == given and rest.strip() else text
        else:
            found, body = split_title(text)
    final = given or (one_line(clean(found)) if found else "")
    if not final and stem:
        final = stem_title(stem)
    if not final:
        final = first_sentence_title(body)
    return Article(title=final, text=body, lang=meta_lang or None, date=meta_date or None,
                   source=source)
