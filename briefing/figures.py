"""Figures written two ways: rounded with a multiplier word in a title ("Rp 2,3 Juta"),
in full in the text ("Rp 2.303.849"); in words in the text ("tujuh tahun"), in figures in
the title ("7 Tahun"). Shared by extraction (the title gives a card's answer) and the Anki
export (the topic line blanks it)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any


def rounded_figures(text: str, decimal: str, multipliers: dict[str, int]) -> list[tuple[int, int, float, float]]:
    """Figures written rounded: with a multiplier word ("Rp 2,3 Juta", "$1.5bn") or in full
    with trailing zeros ("Tembus 92.000 Orang"): (start, end, value, how far a figure may lie
    from it and be the same one rounded), so that a figure written in full elsewhere
    ("Rp 2.303.849", "92.400 orang") can be told to be the same one. A round figure in full
    stands for one within half a unit of its last non-zero digit and within 5% ("1.000" is
    not "1.300")."""
    out = []
    if multipliers:
        words = "|".join(re.escape(w) for w in sorted(multipliers, key=len, reverse=True))
        for m in re.finditer(rf"(?<![\d.,])(?<![^\W\d]{{4}})(\d+(?:[.,]\d+)?)\s?({words})(?!\w)", text, re.IGNORECASE):
            # (a money's short form may stand glued before it: "Naik Jadi Rp55 Ribu"; round 87)
            digits = m.group(1)
            whole, _, frac = digits.partition(decimal)
            if not whole.isdigit() or (frac and not frac.isdigit()):
                continue
            scale = multipliers.get(m.group(2).casefold(), 0)
            if not scale:
                continue
            value = float(f"{whole}.{frac or 0}") * scale
            out.append((m.start(), m.end(), value, 0.5 * scale / 10 ** len(frac)))
    # (and a round hundred: "800 Tatung" for 812, round 107)
    for m in re.finditer(r"(?<![\w.,])(?:\d{1,3}(?:[.,]\d{3})+|[1-9]00)(?![.,]?\d)", text):
        if any(a < m.end() and m.start() < b for a, b, _, _ in out):
            continue  # "1.500 triliun": the multiplier's figure
        value = figure_value(m.group(), decimal)
        digits = re.sub(r"\D", "", m.group())
        zeros = len(digits) - len(digits.rstrip("0"))
        if value and zeros >= 2:
            out.append((m.start(), m.end(), value, min(0.5 * 10 ** zeros, 0.05 * value)))
    return sorted(out)


def same_rounded(value: float, rounded: float, half: float) -> bool:
    """``value`` is the figure a title writes ``rounded`` (see ``rounded_figures``): rounded to it,
    or cut down to it ("tops 39.8 million" for 39,874,210; round 123)."""
    return abs(value - rounded) <= half or 0 <= value - rounded < 2 * half


def pack_fractions(pack: Any) -> dict[str, float]:
    """The pack's fractions in words (numbers.fractions), keyed case-blind, built once per pack."""
    if ("fractions",) not in pack._cache:
        pack._cache[("fractions",)] = {str(k).casefold(): float(v)
                                       for k, v in (pack.get("numbers", "fractions", {}) or {}).items()}
    return pack._cache[("fractions",)]  # type: ignore[no-any-return]


def fraction_spans(text: str, fractions: dict[str, float]) -> list[tuple[int, int, float]]:
    """Fractions written in words ("a sixth", "sepertiga"): (start, end, the share in
    percent); ``fractions`` are the pack's (numbers.fractions), keyed case-blind."""
    if not fractions:
        return []
    words = "|".join(re.escape(w) for w in sorted(fractions, key=len, reverse=True))
    return [(m.start(), m.end(), float(fractions[m.group().casefold()]))
            for m in re.finditer(rf"(?<![\w-])(?:{words})(?![\w-])", text, re.IGNORECASE)]


def plain_value(text: str, decimal: str) -> float | None:
    """The value of a figure written in full ("Rp 2.303.849", "2,303,849"), else None."""
    m = re.search(r"\d{1,3}(?:[.,]\d{3}){1,}(?![\d])", text)
    if not m:
        return None
    digits = m.group()
    if decimal in digits[-4:-3]:
        return None  # "2,303" with "," the decimal mark: not a figure written in full
    return float(re.sub(r"[.,]", "", digits))


#: A year as news writes one, 1500 to 2099 (a pattern's alternatives, no anchors).
YEAR = r"(?:1[5-9]\d\d|20\d\d)"


def part_of_year_re(modifiers: Iterable[str]) -> re.Pattern[str] | None:
    """A year written after a date modifier ("Akhir 2025", "mid-2026"), the year its group 1:
    a part of a year, which gives away a month of that year. None without modifiers."""
    mods = "|".join(re.escape(str(m)) for m in sorted(modifiers, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{mods})[\s-]+({YEAR})(?![\d.,]\d)", re.IGNORECASE) if mods else None


def figure_value(text: str, decimal: str) -> float | None:
    """The value of a figure written in full (see ``plain_value``) or of a whole number of up to
    three digits standing alone ("812", "sekitar 812 orang"), else None."""
    value = plain_value(text, decimal)
    if value is None and (m := re.search(r"(?<![\d.,])\d{1,3}(?![\d]|[.,]\d)", text)):
        value = float(m.group())
    return value


def in_figures(text: str, number_words: dict[str, int]) -> str:
    """``text`` with its number words written in figures ("tujuh tahun" -> "7 tahun");
    ``number_words`` are the pack's, keyed case-blind."""
    return " ".join(str(number_words.get(w.casefold(), w)) for w in text.split())
