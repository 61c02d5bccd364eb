"""Bytes to clean text: encodings, binary detection and normalisation.

Strict and predictable: a BOM decides (UTF-8, UTF-16, UTF-32), else the
``encoding`` the user passed, else UTF-8 (for HTML also the charset the page
declares). Bytes that are none of these are an ``InputError`` naming
``--encoding``; nothing is guessed from byte statistics.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from ..errors import InputError

#: How far to look for NUL bytes when deciding a file is binary.
SNIFF_BYTES = 8192

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts the same way
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# C0 and C1 controls except tab and newline, plus invisible characters that
# only get in the way of matching words (soft hyphen, zero-width space,
# word joiner, stray BOMs). Zero-width (non-)joiners are kept: scripts need them.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u200b\u2060\ufeff]")
_LINE_SEPARATORS = re.compile("\r\n?|[\x0b\x0c\x85\u2028]")
_MANY_BLANK_LINES = re.compile(r"\n{3,}")

_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)"""
    rb"""|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.I,
)


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """The encoding a byte-order mark announces and the mark's length, or None."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, len(bom)
    return None


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first 4 KB (``<meta charset>``)."""
    match = _CHARSET.search(data[:4096])
    if not match:
        return None
    name = (match.group(1) or match.group(2)).decode("ascii").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode(data: bytes, label: str, encoding: str | None = None,
           declared: str | None = None) -> str:
    """Decode a file's bytes; raise ``InputError`` (prefixed with ``label``) when it
    is binary or not in the expected encoding. ``declared`` is a charset the file
    itself names (HTML), tried after UTF-8."""
    bom = bom_encoding(data)
    if bom is not None:
        name, size = bom
        try:
            return data[size:].decode(name)
        except UnicodeDecodeError as exc:
            raise InputError(
                f"{label}: starts with a {name.upper()} byte-order mark but is not "
                f"valid {name.upper()} (byte {exc.start + size})"
            ) from None
    if encoding:
        try:
            codecs.lookup(encoding)
            text = data.decode(encoding)
        except LookupError:  # unknown, or not a text encoding (rot13, hex)
            raise InputError(f"{label}: unknown encoding {encoding!r} (--encoding)") from None
        except UnicodeDecodeError as exc:
            raise InputError(
                f"{label}: not valid {encoding} text (byte 0x{data[exc.start]:02X} at "
                f"offset {exc.start}); check --encoding"
            ) from None
        if "\x00" in text[:SNIFF_BYTES]:
            raise InputError(f"{label}: looks like a binary file, not text")
        return text
    if b"\x00" in data[:SNIFF_BYTES]:
        raise InputError(f"{label}: looks like a binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared:
        # As browsers do, a page declared Latin-1 or ASCII is read as Windows-1252.
        tries = ("cp1252", declared) if declared in ("iso8859-1", "ascii") else (declared,)
        for name in tries:
            try:
                return data.decode(name)
            except (UnicodeDecodeError, LookupError):
                pass
    raise InputError(f"{label}: not UTF-8 text; pass --encoding (e.g. --encoding cp1252)")


_SURROGATES = re.compile("[\ud800-\udfff]")


def clean(text: str) -> str:
    """Normalise decoded text: newlines to ``\\n``, no BOM or control characters
    (tab and newline kept), no trailing spaces, at most one blank line in a row,
    NFC, no footnote marks glued to a word ("[12]", "[citation needed]"), stripped
    at both ends."""
    # lone surrogates (from JSON "\ud800") cannot be written to any file: U+FFFD
    text = _SURROGATES.sub("\ufffd", text)
    text = _LINE_SEPARATORS.sub("\n", text)
    text = text.replace("\u2029", "\n\n")
    text = _CONTROL.sub("", text)
    text = unicodedata.normalize("NFC", text)
    # Per line, not a regex: a long run of spaces must not cost quadratic time.
    text = "\n".join(line.rstrip(" \t\u00a0\u3000") for line in text.split("\n"))
    text = _MANY_BLANK_LINES.sub("\n\n", text)
    text = _EDITORIAL_MARK.sub("", text)
    return text.strip()


#: A footnote or editor's mark glued to the word before it, as pages copied from a wiki
#: carry them: "century[citation needed].", "in 1990.[12]", "[update]" (not Markdown's
#: "[text](url)", "![image](src)", "[text][ref]" or "[ref]: url").
_EDITORIAL_MARK = re.compile(r"(?<=[^\W_]|[.,;:?)\"”’])\[(?:\d{1,3}|[a-z][a-z -]{1,38}[a-z?])\](?![(\[:])")
