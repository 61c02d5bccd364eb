"""Datelines opening a news story ("LONDON (Reuters) -", "jakarta, kompas -"): the sentence
splitter drops them from the text, and a title made of a first sentence drops them too."""

from __future__ import annotations

from . import regex as rx

DATELINE = rx.compile(
    # "LONDON (Reuters) -", "LUSAIL, Qatar (AP) —", "NEW DELHI, India -"
    # "SANTIAGO, Sept 4 (Reuters) -": with the day; "JOHANNESBURG/PRETORIA (Reuters) -": two cities
    r"^(?:[A-Z][A-Z .'/-]{1,40}(?:,\s*[A-Za-z][A-Za-z.]{1,29}(?: [A-Z][A-Za-z.]{1,20})?(?:\s\d{1,2})?){0,2}"
    r"(?:\s*\([^)]{1,40}\))?"
    # "Liputan6.com, Jakarta -": a site and its city
    # ("Liputan6.com, Rio de Janeiro -": a city's name may hold a particle in lower case)
    r"|[A-Za-z][\w-]*\.(?:com|co\.id|co\.uk|co|id|net|org)"  # ("Tempo.co, Jakarta -", round 133)
    r"(?:,\s*[A-Z][A-Za-z]{2,20}(?: (?:[a-z]{2,3} )?[A-Z][A-Za-z]{2,20})?)?"
    r"(?:\s*\([^)]{1,40}\))?"
    # "CNN Indonesia --", "ANTARA News -": an outlet's name of an acronym and a word;
    # "Jakarta (ANTARA) -": a city in lower case and the agency
    # ("Buleleng, Bali (ANTARA) -": with its province; "Labuan Bajo, NTT (ANTARA) -": its short form, round 121)
    r"|[A-Z]{2,10} [A-Z][a-z]{2,20}|[A-Z][a-z]{2,20}(?: [A-Z][a-z]{2,20})?(?:,\s*(?:[A-Z][a-z]{2,20}(?: [A-Z][a-z]{2,20})?|[A-Z]{2,5}))?"
    r"\s*\([A-Z][A-Za-z.]{1,20}(?: [A-Z][A-Za-z.]{1,20})?\)"
    # "jakarta, kompas -": a dateline typed in lower case; "Jakarta, CNN Indonesia --"
    r"|[A-Za-z][a-z]{2,20}(?: [A-Za-z][a-z]{2,20})?,\s*[A-Za-z]{3,20}(?: [A-Z][a-z]{2,20})?)"
    r"\s*[-–—]{1,2}\s+(?=[\"“A-Z])"
)
# the abbreviations a dateline may hold: "REDMOND, Wash. (AP) —", "SANTIAGO, Sept. 4", "D.C.",
# "ST. PAUL, Minn. (AP) —" (round 97: "When will (AP) — Minnesota ban ...?")
DATELINE_ABBR = rx.compile(r"\b(?:[A-Z][A-Za-z]{0,5}|(?:[A-Z]\.)*[A-Z])\.")


def opens_line(line: str, end: int) -> bool:
    """The match ``line[:end]`` of a dateline pattern is a dateline: one in lower case, or
    one holding no sentence's end but its abbreviations' full stops."""
    return line[:1].islower() or not rx.search(r"[.!?…]", DATELINE_ABBR.sub("", line[:end]))


def without_dateline(line: str) -> str:
    """``line`` without the dateline opening it, else ``line`` as it is."""
    dl = DATELINE.match(line)
    if dl and line[dl.end():].strip() and opens_line(line, dl.end()):
        return line[dl.end():]
    return line
