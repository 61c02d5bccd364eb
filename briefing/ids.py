"""The only place that derives identities Anki depends on.

- Card ids hash what identifies a fact (article key, family, answer, sentence
  position), never the wording, so a reworded card keeps its id.
- Note GUIDs are derived from card ids, so the deck file carries identity.
- Deck ids are derived from the deck name, as Anki matches decks by name.
- Model (note type) ids are hard-coded in ``briefing.export.anki``.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata

_BASE91 = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    "!#$%&()*+,-./:;<=>?@[]^_`{|}~"
)


def _digest(*parts: object) -> bytes:
    text = "\x1f".join(str(p) for p in parts)
    return hashlib.sha256(text.encode("utf-8")).digest()


#: Normalised strings remembered: the hot ones (a pack's words, an article's answers) are
#: asked thousands of times; a batch's worker meets every article's title once, so a
#: larger cache only grows (about 0.5 MB per 1,000 articles, measured over 8,000).
NORMALISE_CACHE = 4096


@functools.lru_cache(maxsize=NORMALISE_CACHE)
def normalise(text: str) -> str:
    """Lower-case, accent- and space-folded text for identity and comparison."""
    if text.isascii():
        return re.sub(r"\W+", " ", text.casefold()).strip()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"\W+", " ", text.casefold()).strip()


def card_id(article_key: str, family: str, answer: str, sentence: int) -> str:
    """A 12-hex-digit id for a card: stable across rewording."""
    return _digest("card", article_key, family, normalise(answer), sentence).hex()[:12]


def note_guid(card_id: str) -> str:
    """Anki note GUID (base91, like Anki's own) for a card id."""
    value = int.from_bytes(_digest("guid", card_id)[:8], "big")
    out = []
    while value:
        value, rem = divmod(value, len(_BASE91))
        out.append(_BASE91[rem])
    return "".join(reversed(out)) or "a"


def deck_id(name: str) -> int:
    """Anki deck id from the deck name: positive, below 2**63, above Anki's 1."""
    return (int.from_bytes(_digest("deck", name)[:8], "big") >> 2) + 2


_RESERVED = {
    "con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)),
    *(f"lpt{i}" for i in range(1, 10)),
}


def slug(text: str, fallback: str = "article", max_len: int = 60) -> str:
    """A file-name-safe slug: ASCII letters, digits and dashes, never a path.

    ``../../etc/passwd`` -> ``etc-passwd``; ``CON`` -> ``con-article``; an
    all-symbol or empty title -> ``fallback``.
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    if len(text) > max_len:
        text = text[:max_len].rsplit("-", 1)[0] if "-" in text[:max_len] else text[:max_len]
    text = text.strip("-")
    if not text:
        return fallback
    if text in _RESERVED:
        return f"{text}-{fallback}"
    return text


class SlugNamer:
    """Unique output names in input order, one title at a time: ``slug(title)``, then
    ``-2``, ``-3`` ... (never a name already given, even when a title's slug looks
    like a suffixed one: "a", "a", "a-2" -> a, a-2, a-2-2)."""

    def __init__(self) -> None:
        self.seen: dict[str, int] = {}
        self.used: set[str] = set()

    def take(self, title: str) -> str:
        base = slug(title)
        n = self.seen.get(base, 0)
        name = base if n == 0 else f"{base}-{n + 1}"
        while name in self.used:
            n += 1
            name = f"{base}-{n + 1}"
        self.seen[base] = n + 1
        self.used.add(name)
        return name
