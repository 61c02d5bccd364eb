"""briefing: turn a news article into Anki flashcards and a printable briefing sheet.

The public API; see ``briefing.api`` for details.
"""

from __future__ import annotations

__version__ = "0.1.0"

_API = {
    "BuildResult", "build", "dumps_deck", "extract", "extract_article", "load_deck",
    "read_articles", "write_apkg", "write_deck_file", "write_pdf", "write_table",
}
_MODELS = {"Article", "Card", "Extraction", "KeyFact"}

__all__ = sorted(_API | _MODELS | {"BriefingError", "__version__"})


def __getattr__(name: str) -> object:
    """Import the library on first use, so ``briefing --help`` stays instant."""
    if name in _API:
        from . import api

        return getattr(api, name)
    if name in _MODELS:
        from . import models

        return getattr(models, name)
    if name == "BriefingError":
        from .errors import BriefingError

        return BriefingError
    raise AttributeError(f"module 'briefing' has no attribute {name!r}")
