"""Anchoring relative dates: mentions + the article's date -> mentions whose
date value is a calendar key ("bulan lalu" in an article of 2016-07-12 -> 2016-06).

Without a date on the article, relative dates stay unanchored ("~") and are
neither asked about nor put on the timeline. Offsets come from the pack's
``relative_offsets``; day names resolve to the latest such day before the date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ..lang import LanguagePack
from ..models import Mention


def parse_date(value: str | None) -> dt.date | None:
    """An ISO-like date from metadata (``2016-07-12``, ``2016-07-12T10:00Z``)."""
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value.strip())
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _shift(day: dt.date, offset: str) -> tuple[dt.date, str] | None:
    m = re.fullmatch(r"([+-]?\d+)([dwmy])", offset.strip())
    if not m:
        return None
    n, unit = int(m.group(1)), m.group(2)
    if unit == "d":
        return day + dt.timedelta(days=n), "d"
    if unit == "w":
        return day + dt.timedelta(weeks=n), "d"
    if unit == "m":
        month = day.month - 1 + n
        return dt.date(day.year + month // 12, month % 12 + 1, 1), "m"
    return dt.date(day.year + n, 1, 1), "y"


def anchor(mentions: list[Mention], article_date: str | None, pack: LanguagePack) -> list[Mention]:
    """Resolve relative dates and bare day names against ``article_date``."""
    day = parse_date(article_date)
    if day is None:
        # no metadata: a full date in the text itself ("Kamis (30/10/2025)") dates the news
        full = next((m.value for m in mentions if m.kind == "date" and m.value and
                     re.match(r"\d{4}-\d{2}-\d{2}\|", m.value)), None)
        day = parse_date(full)
    if day is None:
        return mentions
    offsets = {str(k).casefold(): str(v) for k, v in (pack.get("dates", "relative_offsets", {}) or {}).items()}
    days = [str(d).casefold() for d in pack.get("dates", "days", []) or []]
    aliases = {str(k).casefold(): str(v).casefold() for k, v in
               (pack.get("dates", "day_aliases", {}) or {}).items()}
    out = []
    for m in mentions:
        if m.kind == "date" and m.value:
            sort, _, kind = m.value.partition("|")
            text = m.text.casefold()
            key = None
            if kind == "relative" and text in offsets:
                shifted = _shift(day, offsets[text])
                if shifted:
                    d, unit = shifted
                    key = {"d": d.isoformat(), "m": d.strftime("%Y-%m"), "y": str(d.year)}[unit]
            elif kind == "day":
                words = [aliases.get(w, w) for w in text.split()]
                name = next((dn for dn in days if dn in words), None)
                if name is not None and len(days) == 7:
                    # the latest such weekday on or before the article's date (news reports the past)
                    back = (day.weekday() - days.index(name)) % 7
                    key = (day - dt.timedelta(days=back)).isoformat()
            elif sort.startswith("~-"):
                # "awal Juni" in an article of July 2016: June 2016; of March 2016: June 2015
                month = int(sort[2:4])
                year = day.year if month <= day.month else day.year - 1
                key = f"{year}-{month:02d}" + sort[4:]
            if key:
                m = replace(m, value=f"{key}|{kind}")
        out.append(m)
    return out
