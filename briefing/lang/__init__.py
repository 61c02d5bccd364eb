"""Language packs: every language is a folder of YAML files with the same names.

``load_pack(code)`` reads ``base/`` and then ``<code>/`` (the language's values
extend or override the base's), checks each file against ``SCHEMA`` and returns a
frozen ``LanguagePack``. Adding a language is adding a folder; see the README's
"Adding a language".
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import LanguagePackError, UnknownLanguage

PACKS_DIR = Path(__file__).resolve().parent

#: file -> key -> expected type ("str", "list", "map"). Every language has every file.
SCHEMA: dict[str, dict[str, str]] = {
    "meta.yaml": {
        "name": "str", "code": "str", "decimal_separator": "str",
        "thousands_separator": "str", "question_style": "str", "deck_lines": "map",
    },
    "abbreviations.yaml": {"abbreviations": "list"},
    "stopwords.yaml": {"stopwords": "list"},
    "dates.yaml": {
        "months": "map", "days": "list", "relative": "list", "modifiers": "list",
        "prepositions": "list",
    },
    "numbers.yaml": {
        "words": "map", "multipliers": "map", "approximators": "list", "units": "list",
        "currencies": "list",
    },
    "roles.yaml": {
        "titles": "list", "roles": "list", "org_heads": "list", "reporting_verbs": "list",
        "name_particles": "list", "places": "list", "aliases": "map",
        "place_prepositions": "map", "quote_verbs": "list",
    },
    "grammar.yaml": {
        "clause_breaks": "list", "relative_pronouns": "list", "passive_agent": "list",
        "attribution_prefixes": "list", "subject_fronting": "str",
        "determiners": "list", "verb_prefixes": "list",
    },
    "questions.yaml": {"templates": "map"},
    "verbs.yaml": {"irregular_past": "map"},
    "ui.yaml": {
        "in_brief": "str", "key_facts": "str", "people": "str", "organisations": "str",
        "places": "str", "timeline": "str", "numbers": "str", "glossary": "str",
        "quiz": "str", "answer_key": "str", "answer": "str", "source": "str",
        "date": "str", "language": "str", "cards": "str", "page": "str",
    },
}

_TYPES = {"str": str, "list": list, "map": dict}


@dataclass(frozen=True)
class LanguagePack:
    """All data about one language, merged over ``base/``."""

    code: str
    data: dict[str, dict[str, Any]] = field(repr=False, compare=False, hash=False)
    _cache: dict[Any, Any] = field(default_factory=dict, repr=False, compare=False, hash=False)

    def get(self, file: str, key: str, default: Any = None) -> Any:
        return self.data.get(file, {}).get(key, default)

    @property
    def name(self) -> str:
        return str(self.get("meta", "name"))

    @property
    def ui(self) -> dict[str, str]:
        return dict(self.data.get("ui", {}))

    def template(self, name: str) -> str | None:
        value = self.get("questions", "templates", {}).get(name)
        return str(value) if value is not None else None

    @functools.cached_property
    def stopwords(self) -> frozenset[str]:
        return frozenset(w.casefold() for w in self.get("stopwords", "stopwords", []))

    @functools.cached_property
    def abbreviations(self) -> frozenset[str]:
        return frozenset(a.casefold() for a in self.get("abbreviations", "abbreviations", []))

    def wordset(self, file: str, key: str) -> frozenset[str]:
        """A list (or a map's keys) entry as a case-folded set, built once."""
        k = ("set", file, key)
        if k not in self._cache:
            self._cache[k] = frozenset(str(x).casefold() for x in (self.get(file, key, []) or []))
        return self._cache[k]  # type: ignore[no-any-return]

    def words(self, file: str, key: str) -> list[str]:
        """A list entry as strings, longest first (for greedy matching)."""
        from ..regex import longest_first

        return sorted((str(x) for x in self.get(file, key, [])), key=longest_first)


def available() -> list[str]:
    """Codes of the packs that ship with briefing."""
    return sorted(
        p.name for p in PACKS_DIR.iterdir()
        if p.is_dir() and p.name != "base" and (p / "meta.yaml").is_file()
    )


def _read(path: Path) -> dict[str, Any]:
    from .. import yamlio

    try:
        data = yamlio.load_pack_file(path.read_text(encoding="utf-8"))
    except Exception as exc:  # yaml errors, decoding errors
        raise LanguagePackError(f"{path}: invalid YAML ({str(exc).splitlines()[0]})") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise LanguagePackError(f"{path}: expected a mapping at the top level")
    return data


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, list) and isinstance(out.get(key), list):
            out[key] = list(dict.fromkeys([*out[key], *value]))
        elif isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = {**out[key], **value}
        else:
            out[key] = value
    return out


def _pack_files(folder: Path) -> list[Path]:
    return [d / fname for fname in SCHEMA for d in (PACKS_DIR / "base", folder)]


def _files_key(code: str, files: list[Path]) -> tuple[Any, ...] | None:
    """What the cached form of these files depends on: each file's path, size and
    mtime (None for a missing one); None when a file cannot be looked at."""
    from .. import cache

    try:
        return (code, *(cache.file_key(f) if f.is_file() else (str(f), None) for f in files))
    except OSError:
        return None


def validate(code: str, folder: Path) -> dict[str, dict[str, Any]]:
    """Read and check a pack folder merged over base; raise naming file and key.

    A pack that passed is kept in the per-user cache (``briefing.cache``) keyed by
    its files' paths, sizes and mtimes, so later runs skip the YAML parsing and the
    checks until a file changes (~10 ms of every start-up).
    """
    from .. import cache

    key = _files_key(code, _pack_files(folder))
    if key is not None:
        hit = cache.load("pack", key)
        if isinstance(hit, dict):
            return hit
    merged = _compiled(code, folder)
    if merged is None:
        merged = _validate(code, folder)
    if key is not None:
        cache.store("pack", key, merged)
    return merged


#: Where each shipped pack's checked, merged form is kept as JSON (``compile_pack``):
#: parsing it takes ~0.3 ms against ~14 ms for the YAML, the cost of a first run.
COMPILED_DIR = PACKS_DIR / "_compiled"


def _digests(files: list[Path]) -> dict[str, str | None]:
    import hashlib

    return {f.relative_to(PACKS_DIR).as_posix(): hashlib.sha256(f.read_bytes()).hexdigest() if f.is_file() else None
            for f in files}


def compile_pack(code: str) -> dict[str, Any]:
    """The compiled form of a shipped pack: its merged, checked data and the SHA-256
    of every YAML file it was made from. ``python -m briefing.lang`` rewrites them."""
    folder = PACKS_DIR / code
    return {"sources": _digests(_pack_files(folder)), "data": _validate(code, folder)}


def _compiled(code: str, folder: Path) -> dict[str, dict[str, Any]] | None:
    """The compiled pack when every YAML file it was made from is unchanged (byte for
    byte), else None: an edited or added pack is read from its YAML."""
    return _read_compiled(code) if folder == PACKS_DIR / code else None


@functools.lru_cache(maxsize=None)
def _read_compiled(code: str) -> dict[str, dict[str, Any]] | None:
    import json

    path = PACKS_DIR / COMPILED_DIR.name / f"{code}.json"
    if not path.is_file():
        return None
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
        if stored.get("sources") != _digests(_pack_files(PACKS_DIR / code)):
            return None
        data = stored["data"]
    except (OSError, ValueError, KeyError, AttributeError, TypeError):
        return None
    return data if isinstance(data, dict) else None


def _validate(code: str, folder: Path) -> dict[str, dict[str, Any]]:
    merged: dict[str, dict[str, Any]] = {}
    for fname, keys in SCHEMA.items():
        base_file = PACKS_DIR / "base" / fname
        base = _read(base_file) if base_file.is_file() else {}
        own_file = folder / fname
        if not own_file.is_file():
            raise LanguagePackError(f"language pack '{code}': missing file {fname}")
        data = _merge(base, _read(own_file))
        for key, kind in keys.items():
            if key not in data:
                raise LanguagePackError(f"language pack '{code}': {fname} lacks '{key}'")
            if not isinstance(data[key], _TYPES[kind]):
                raise LanguagePackError(
                    f"language pack '{code}': {fname} '{key}' must be a {kind}"
                )
            items = data[key] if kind == "list" else data[key].keys() if kind == "map" else []
            for item in items:
                if not isinstance(item, str):
                    # YAML 1.1 reads bare no/on/off/yes as booleans: quote them.
                    raise LanguagePackError(
                        f"language pack '{code}': {fname} '{key}' holds {item!r}, "
                        "not text (quote it)"
                    )
        for key, value in data.items():
            # every other word list too: a bare on/off/no/yes read as a boolean drops the word
            # silently (en's "on", "off" and "no" were lost this way until the check came)
            if isinstance(value, list) and any(isinstance(item, bool) or item is None for item in value):
                bad = next(item for item in value if isinstance(item, bool) or item is None)
                raise LanguagePackError(
                    f"language pack '{code}': {fname} '{key}' holds {bad!r}, not text (quote it)"
                )
        if fname == "meta.yaml":
            for name, value in data["deck_lines"].items():
                if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
                    raise LanguagePackError(
                        f"language pack '{code}': meta.yaml 'deck_lines' '{name}' must be a number from 0 to 1"
                    )
        merged[fname[: -len(".yaml")]] = data
    return merged


@functools.lru_cache(maxsize=None)
def load_pack(code: str) -> LanguagePack:
    """The pack for ``code``; ``UnknownLanguage`` lists the available codes."""
    if not re.fullmatch(r"[a-z]{2,3}(-[A-Za-z0-9]+)?", code or ""):
        raise UnknownLanguage(
            f"'{code}' is not a language code; use one of: auto, {', '.join(available())}"
        )
    folder = PACKS_DIR / code
    if not (folder / "meta.yaml").is_file():
        raise UnknownLanguage(
            f"no language pack for '{code}'; available: {', '.join(available())} "
            "(see 'Adding a language' in the README)"
        )
    return LanguagePack(code=code, data=validate(code, folder))


@functools.lru_cache(maxsize=None)
def generic_pack(code: str) -> LanguagePack:
    """A pack with only the base data, for a language briefing has no pack for:
    it finds names, acronyms, dates and numbers by shape and makes cloze cards."""
    if not re.fullmatch(r"[a-z]{2,3}(-[A-Za-z0-9]+)?", code or ""):
        raise UnknownLanguage(f"'{code}' is not a language code (two or three letters, e.g. 'de')")
    return LanguagePack(code=code, data=validate(code, PACKS_DIR / "base"))


@functools.lru_cache(maxsize=None)
def _stopwords(code: str) -> frozenset[str]:
    """A pack's stop words (with the base's) without loading the whole pack: detection
    reads only this file of each pack, and the chosen pack is loaded once."""
    from .. import cache

    files = [PACKS_DIR / "base" / "stopwords.yaml", PACKS_DIR / code / "stopwords.yaml"]
    key = _files_key(code, files)
    hit = cache.load("stopwords", key) if key is not None else None
    if isinstance(hit, list):
        return frozenset(hit)
    words: list[Any] = []
    compiled = _compiled(code, PACKS_DIR / code)
    if compiled is not None:
        words = list(compiled.get("stopwords", {}).get("stopwords") or [])
    else:
        for path in files:
            if path.is_file():
                words += list(_read(path).get("stopwords") or [])
    folded = [str(w).casefold() for w in words]
    if key is not None:
        cache.store("stopwords", key, folded)
    return frozenset(folded)


_SAMPLE_WORD = re.compile(r"\b\w{1,30}\b")


def detect(text: str) -> str | None:
    """The pack whose stop words cover most of ``text``; None when none is clear."""
    # the first 3,000 words of up to 30 letters (one 20,000-character "word" must not
    # fill the sample, as a window of characters would let it)
    words = [m.group().casefold() for m in itertools.islice(_SAMPLE_WORD.finditer(text, 0, 200_000), 3000)]
    if not words:
        return None
    best, best_hits = None, 0
    for code in available():
        stop = _stopwords(code)
        hits = sum(1 for w in words if w in stop)
        if hits > best_hits:
            best, best_hits = code, hits
    if best is None or best_hits < 3 or best_hits / len(words) < 0.08:
        return None
    return best


def ui_labels(code: str) -> dict[str, str]:
    """Learner-facing labels for ``code``, English where no pack exists."""
    try:
        return load_pack(code).ui
    except UnknownLanguage:
        return load_pack("en").ui
