"""briefing: turn a news article into Anki flashcards and a printable briefing sheet.

The public API; see ``briefing.api`` for details.
"""

from __future__ import annotations

__version__ = "0.1.0"

from .api import (
    BuildResult,
    build,
    dumps_deck,
    extract,
    extract_article,
    load_deck,
    read_articles,
    write_apkg,
    write_deck_file,
    write_pdf,
    write_table,
)
from .errors import BriefingError
from .models import Article, Card, Extraction, KeyFact

__all__ = [
    "Article", "BriefingError", "BuildResult", "Card", "Extraction", "KeyFact", "__version__",
    "build", "dumps_deck", "extract", "extract_article", "load_deck", "read_articles",
    "write_apkg", "write_deck_file", "write_pdf", "write_table",
]
