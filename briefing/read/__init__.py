"""Readers: turn what users have into ``Article`` objects.

- ``read_inputs(paths, ...)`` reads files, folders and ``-`` (stdin) and yields an
  ``Article`` or, for a bad input, an ``InputError`` (never raises for bad input).
- ``read_text(text, ...)`` builds one ``Article`` from a string.

Formats (by file ending; stdin is sniffed): plain text, Markdown (YAML front
matter, markup stripped), HTML (trafilatura when installed, else a standard
library extractor) and JSON Lines / JSON records. Heavy modules (YAML, JSON,
``html.parser``, trafilatura) are imported only when a file needs them.
"""

from __future__ import annotations

from .inputs import SUFFIX_FORMATS, format_of, read_inputs, read_text, sniff_format

__all__ = ["SUFFIX_FORMATS", "format_of", "read_inputs", "read_text", "sniff_format"]
