"""Errors the library raises. Each message says what went wrong and how to fix it.

Only the CLI turns these into click errors; library callers catch ``BriefingError``.
``exit_code`` follows the CLI contract: 1 for bad input, 2 for bad usage.
"""

from __future__ import annotations


class BriefingError(Exception):
    """Base class: a problem the user can fix, with a one-line message."""

    exit_code = 1


class InputError(BriefingError):
    """An article or deck file cannot be read or makes no sense."""


class NoFactsError(InputError):
    """The article was read but yields no card."""


class DeckFileError(InputError):
    """A deck file is malformed: the message names the card and the field."""


class UnknownLanguage(BriefingError):
    """No language pack for the requested or detected language."""

    exit_code = 2


class ConfigError(BriefingError):
    """The config file or an option value is invalid."""

    exit_code = 2


class LanguagePackError(BriefingError):
    """A language pack's YAML does not match the schema."""

    exit_code = 2


class ExportError(BriefingError):
    """An output could not be written."""
