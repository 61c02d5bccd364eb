"""Small text helpers shared by the pipeline stages (no stage imports another)."""

from __future__ import annotations

import re


def initials_score(words: list[str], acronym: str) -> float:
    """How well the capitals of ``words`` spell ``acronym`` (0..1, by longest common subsequence)."""
    initials = "".join(w[0] for w in words if w[:1].isupper()).upper()
    acr = re.sub(r"[^A-Z]", "", acronym.upper())
    if not acr:
        return 0.0
    # longest common subsequence of initials and acronym letters
    prev = [0] * (len(acr) + 1)
    for ch in initials:
        cur = [0]
        for j, a in enumerate(acr):
            cur.append(prev[j] + 1 if ch == a else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1] / max(len(acr), len(initials))
