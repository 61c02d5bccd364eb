"""The deck file: a reviewable YAML (or JSON) form of an ``Extraction``.

One YAML document per article. A user may delete cards, reword questions and
answers, or reorder them; ``id`` keeps each card tied to its Anki note. The JSON
form is the scripting contract: ``{"title", "lang", "source", "cards": [...]}``.
"""

from __future__ import annotations

import datetime as _dt
import json
import math
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..errors import DeckFileError
from ..models import CARD_TYPES, Card, Extraction, KeyFact

FORMAT_VERSION = 1


def card_to_dict(card: Card) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": card.id,
        "type": card.type,
        "question": card.question,
        "answer": card.answer,
        "context": card.context,
    }
    if card.choices:
        out["choices"] = list(card.choices)
    out["family"] = card.family
    out["score"] = round(card.score, 3)
    if card.tags:
        out["tags"] = list(card.tags)
    out["sentence"] = card.sentence
    return out


def to_dict(ex: Extraction) -> dict[str, Any]:
    """The JSON/YAML form of an extraction: contract keys first."""
    return {
        "title": ex.title,
        "lang": ex.lang,
        "source": ex.source,
        "date": ex.date,
        "key": ex.key,
        "words": ex.words,
        "cards": [card_to_dict(c) for c in ex.cards],
        "brief": list(ex.brief),
        "facts": [
            {k: v for k, v in (("kind", f.kind), ("label", f.label), ("detail", f.detail),
                               ("sort", f.sort)) if v}
            for f in ex.facts
        ],
        "briefing": FORMAT_VERSION,
    }


def dumps_yaml(extractions: Iterable[Extraction]) -> str:
    from .. import yamlio

    header = (
        "# briefing deck file: review it, then `briefing deck` / `briefing pdf`.\n"
        "# Delete cards you do not want, reword questions and answers freely;\n"
        "# keep each card's `id`: it ties the card to its Anki note.\n"
    )
    return header + yamlio.dump_all([to_dict(e) for e in extractions])


def dumps_json(extractions: list[Extraction]) -> str:
    docs = [to_dict(e) for e in extractions]
    body: Any = docs[0] if len(docs) == 1 else docs
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


def dumps_jsonl(extractions: Iterable[Extraction]) -> str:
    return "".join(json.dumps(to_dict(e), ensure_ascii=False) + "\n" for e in extractions)


# ---------------------------------------------------------------- loading

# Control characters (tab, newline and carriage return allowed) and lone
# surrogates, which JSON can escape ("\ud800") but no file format can encode.
_BAD_CHAR = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
# A complete deletion: {{cN::text}} or {{cN::text::hint}}, N >= 1, text not blank.
_DELETION = re.compile(r"\{\{c[1-9]\d*::(?!\s*(?:::|\}\}))(?:(?!\}\}).)+\}\}", re.S)


def _text(value: Any, field: str, where: str) -> str:
    """``value`` as text: numbers and dates (YAML reads ``2024-03-12`` as a date) are
    written out; anything else that is not text, and unencodable characters, are errors."""
    if isinstance(value, float) and not math.isfinite(value):
        raise DeckFileError(f"{where}: {field} must be text, not {value}")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    elif isinstance(value, (_dt.date, _dt.datetime)):
        value = value.isoformat()
    if not isinstance(value, str):
        raise DeckFileError(f"{where}: {field} must be text, not {type(value).__name__}")
    bad = _BAD_CHAR.search(value)
    if bad:
        raise DeckFileError(
            f"{where}: {field} contains the invalid character U+{ord(bad.group()):04X} "
            f"at position {bad.start() + 1}"
        )
    return value


def _req_str(d: dict[str, Any], key: str, where: str, allow_empty: bool = False) -> str:
    if key not in d or d[key] is None:
        raise DeckFileError(f"{where}: missing field '{key}'")
    value = _text(d[key], f"field '{key}'", where)
    if not allow_empty and not value.strip():
        raise DeckFileError(f"{where}: field '{key}' is empty")
    return value


def _str_list(d: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    raw = d.get(key)
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise DeckFileError(f"{where}: field '{key}' must be a list of texts")
    out = []
    for i, item in enumerate(raw):
        if item is None or isinstance(item, (list, dict, bool)):
            raise DeckFileError(f"{where}: field '{key}' item {i + 1} must be text, "
                                f"not {type(item).__name__}")
        out.append(_text(item, f"field '{key}' item {i + 1}", where))
    return tuple(out)


def _opt_str(d: dict[str, Any], key: str, where: str) -> str | None:
    if d.get(key) is None:
        return None
    return _req_str(d, key, where, allow_empty=True)


def card_from_dict(d: Any, where: str) -> Card:
    if not isinstance(d, dict):
        raise DeckFileError(f"{where}: a card must be a mapping, not {type(d).__name__}")
    cid = _req_str(d, "id", where)
    where = f"{where} (id {cid})"
    ctype = _req_str(d, "type", where)
    if ctype not in CARD_TYPES:
        raise DeckFileError(
            f"{where}: unknown card type '{ctype}' (use one of {', '.join(CARD_TYPES)})"
        )
    question = _req_str(d, "question", where)
    answer = _req_str(d, "answer", where)
    context = _req_str(d, "context", where, allow_empty=True) if "context" in d else ""
    if ctype == "cloze" and not _DELETION.search(question) and not (
        answer.strip() and re.search(r"\{\{c[1-9]\d*::" + re.escape(answer) + r"\}\}", question)
    ):
        raise DeckFileError(f"{where}: field 'question' of a cloze card has no {{{{c1::...}}}} deletion")
    choices = _str_list(d, "choices", where)
    if ctype == "choice":
        if len(choices) < 2:
            raise DeckFileError(f"{where}: field 'choices' of a choice card needs at least two options")
        if answer not in choices:
            raise DeckFileError(f"{where}: field 'answer' is not one of the card's choices")
    tags = _str_list(d, "tags", where)
    score = d.get("score", 0.0)
    if score is None:
        score = 0.0
    if not isinstance(score, (int, float)) or isinstance(score, bool) or not math.isfinite(score):
        raise DeckFileError(f"{where}: field 'score' must be a number")
    sentence = d.get("sentence", -1)
    if not isinstance(sentence, int) or isinstance(sentence, bool):
        raise DeckFileError(f"{where}: field 'sentence' must be a whole number")
    return Card(
        id=cid, type=ctype, question=question, answer=answer, context=context,
        family=_opt_str(d, "family", where) or "", choices=choices,
        tags=tags, score=float(score), sentence=sentence,
    )


def from_dict(d: Any, where: str) -> Extraction:
    """Build an ``Extraction`` from a parsed deck document, naming any bad field."""
    if not isinstance(d, dict):
        raise DeckFileError(f"{where}: expected a mapping with 'title' and 'cards'")
    title = _req_str(d, "title", where)
    lang = _opt_str(d, "lang", where) or "und"
    cards_raw = d.get("cards")
    if not isinstance(cards_raw, list):
        raise DeckFileError(f"{where}: field 'cards' must be a list")
    cards = tuple(card_from_dict(c, f"{where}: card {i + 1}") for i, c in enumerate(cards_raw))
    seen: set[str] = set()
    for c in cards:
        if c.id in seen:
            raise DeckFileError(f"{where}: two cards share the id {c.id}")
        seen.add(c.id)
    facts_raw = d.get("facts") or []
    if not isinstance(facts_raw, list):
        raise DeckFileError(f"{where}: field 'facts' must be a list")
    facts = []
    for i, f in enumerate(facts_raw):
        if not isinstance(f, dict):
            raise DeckFileError(f"{where}: fact {i + 1} must be a mapping")
        facts.append(KeyFact(
            kind=_req_str(f, "kind", f"{where}: fact {i + 1}"),
            label=_req_str(f, "label", f"{where}: fact {i + 1}"),
            detail=_opt_str(f, "detail", f"{where}: fact {i + 1}") or "",
            sort=_opt_str(f, "sort", f"{where}: fact {i + 1}") or "",
        ))
    brief = _str_list(d, "brief", where)
    from ..ids import slug

    words = d.get("words") or 0
    return Extraction(
        title=title, lang=lang, cards=cards,
        source=_opt_str(d, "source", where), date=_opt_str(d, "date", where),
        key=_opt_str(d, "key", where) or slug(title),
        brief=brief, facts=tuple(facts),
        words=words if isinstance(words, int) and not isinstance(words, bool) and words > 0 else 0,
    )


def loads(text: str, where: str) -> list[Extraction]:
    """Parse a deck file's text (YAML stream, JSON object/list, or JSON Lines)."""
    from .. import yamlio

    stripped = text.lstrip()
    docs: list[Any]
    try:
        if stripped.startswith("[") or stripped.startswith("{"):
            try:
                parsed = json.loads(text)
                docs = parsed if isinstance(parsed, list) else [parsed]
            except json.JSONDecodeError:
                docs = [json.loads(line) for line in text.splitlines() if line.strip()]
        else:
            docs = yamlio.load_all(text)
    except (ValueError, Exception) as exc:  # yaml.YAMLError or json errors
        msg = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise DeckFileError(f"{where}: not a valid deck file ({msg})") from None
    if not docs:
        raise DeckFileError(f"{where}: the deck file is empty")
    return [from_dict(doc, where if len(docs) == 1 else f"{where} #{i + 1}")
            for i, doc in enumerate(docs)]


def load(path: str | Path) -> list[Extraction]:
    """Read a deck file from disk."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DeckFileError(f"{path}: no such deck file") from None
    except IsADirectoryError:
        raise DeckFileError(f"{path}: is a folder, not a deck file") from None
    except OSError as exc:
        raise DeckFileError(f"{path}: cannot read ({exc.strerror})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DeckFileError(f"{path}: deck files must be UTF-8") from None
    return loads(text, str(path))
