"""Figures written two ways: rounded with a multiplier word in a title ("Rp 2,3 Juta"),
in full in the text ("Rp 2.303.849"); in words in the text ("tujuh tahun"), in figures in
the title ("7 Tahun"). Shared by extraction (the title gives a card's answer) and the Anki
export (the topic line blanks it)."""

from __future__ import annotations

import re


def rounded_figures(text: str, decimal: str, multipliers: dict[str, int]) -> list[tuple[int, int, float, float]]:
    """Figures written with a multiplier word ("Rp 2,3 Juta", "$1.5bn"): (start, end, value,
    half a unit of the last digit written), so that a figure written in full elsewhere
    ("Rp 2.303.849") can be told to be the same one rounded."""
    if not multipliers:
        return []
    words = "|".join(re.escape(w) for w in sorted(multipliers, key=len, reverse=True))
    out = []
    for m in re.finditer(rf"(?<![\w.,])(\d+(?:[.,]\d+)?)\s?({words})(?!\w)", text, re.IGNORECASE):
        digits = m.group(1)
        whole, _, frac = digits.partition(decimal)
        if not whole.isdigit() or (frac and not frac.isdigit()):
            continue
        scale = multipliers.get(m.group(2).casefold(), 0)
        if not scale:
            continue
        value = float(f"{whole}.{frac or 0}") * scale
        out.append((m.start(), m.end(), value, 0.5 * scale / 10 ** len(frac)))
    return out


def plain_value(text: str, decimal: str) -> float | None:
    """The value of a figure written in full ("Rp 2.303.849", "2,303,849"), else None."""
    m = re.search(r"\d{1,3}(?:[.,]\d{3}){1,}(?![\d])", text)
    if not m:
        return None
    digits = m.group()
    if decimal in digits[-4:-3]:
        return None  # "2,303" with "," the decimal mark: not a figure written in full
    return float(re.sub(r"[.,]", "", digits))


def in_figures(text: str, number_words: dict[str, int]) -> str:
    """``text`` with its number words written in figures ("tujuh tahun" -> "7 tahun");
    ``number_words`` are the pack's, keyed case-blind."""
    return " ".join(str(number_words.get(w.casefold(), w)) for w in text.split())
