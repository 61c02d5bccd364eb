"""The pipeline's fixed regular expressions, compiled once per interpreter, not once per run.

Profile of ``briefing build`` on the bundled example (Python 3.11): about 60 ms of
its 270 ms went to compiling regular expressions, 39 ms of it to the ~180 fixed
ones the pipeline builds from its own code and the language pack. CPython's
``re`` parses a pattern and generates its matcher code in Python, then hands the
code to the C engine (``_sre.compile``); only that last step is cheap. This
module keeps the generated code in the per-user cache (``briefing/cache.py``), so
a later run hands it straight to the engine.

- Only what is passed to :func:`compile` (or to the ``re``-like :func:`search`,
  :func:`sub` ... here) is kept: patterns from code and pack data, never one built
  from an article's text (those use ``re`` directly), so
  the table stops growing once the pipeline has run over a few articles. It is
  capped at :data:`MAX_KEPT` patterns all the same.
- The table is keyed by the full interpreter version and the engine's ``MAGIC``
  and ``CODESIZE`` (besides briefing's version), so code is only ever handed to
  the engine build that generated it. On anything unexpected (another Python
  implementation, internals renamed, an engine that refuses the code) this is
  plain ``re.compile``.
- The pattern made from cached code is the pattern ``re.compile`` makes: equal
  under ``==``, which for patterns compares the source, the flags and the code.
"""

from __future__ import annotations

import atexit
import re
import sys
from array import array
from collections.abc import Iterable, Iterator
from typing import Any

from . import cache

#: Most patterns the cache keeps; beyond it, new patterns are compiled but not kept.
MAX_KEPT = 4000
#: The array type of the engine's code units (4 bytes on CPython; any other size: no cache).
_CODE_TYPE = "I"

_memo: dict[tuple[str, int], re.Pattern[str]] = {}
_table: dict[tuple[str, int], tuple[Any, ...]] | None = None
_added: dict[tuple[str, int], tuple[Any, ...]] = {}
_internals: tuple[Any, Any, Any, tuple[Any, ...]] | None | bool = False  # False: not looked up yet


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - the name re users expect
    """``re.compile(pattern, flags)`` for a fixed pattern, its code kept between runs."""
    key = (pattern, int(flags))
    got = _memo.get(key)
    if got is None:
        got = _memo[key] = _build(pattern, key[1])
    return got


# The re-like helpers below look the pattern up in ``_memo`` themselves and call
# ``compile`` only on a miss: they run ~1,300 times per article, and the extra call
# and key building of ``compile`` cost ~0.5 ms of it.


def search(pattern: str, string: str, flags: int = 0) -> re.Match[str] | None:
    return (_memo.get((pattern, flags)) or compile(pattern, flags)).search(string)


def match(pattern: str, string: str, flags: int = 0) -> re.Match[str] | None:
    return (_memo.get((pattern, flags)) or compile(pattern, flags)).match(string)


def fullmatch(pattern: str, string: str, flags: int = 0) -> re.Match[str] | None:
    return (_memo.get((pattern, flags)) or compile(pattern, flags)).fullmatch(string)


def findall(pattern: str, string: str, flags: int = 0) -> list[Any]:
    return (_memo.get((pattern, flags)) or compile(pattern, flags)).findall(string)


def finditer(pattern: str, string: str, flags: int = 0) -> Iterator[re.Match[str]]:
    return (_memo.get((pattern, flags)) or compile(pattern, flags)).finditer(string)


def split(pattern: str, string: str, maxsplit: int = 0, flags: int = 0) -> list[str | Any]:
    return (_memo.get((pattern, flags)) or compile(pattern, flags)).split(string, maxsplit)


def sub(pattern: str, repl: Any, string: str, count: int = 0, flags: int = 0) -> str:
    return (_memo.get((pattern, flags)) or compile(pattern, flags)).sub(repl, string, count)


def subn(pattern: str, repl: Any, string: str, count: int = 0, flags: int = 0) -> tuple[str, int]:
    return (_memo.get((pattern, flags)) or compile(pattern, flags)).subn(repl, string, count)


def _engine() -> tuple[Any, Any, Any, tuple[Any, ...]] | None:
    global _internals
    if _internals is False:
        _internals = None
        try:
            if sys.implementation.name == "cpython":
                import _sre
                from re import _compiler, _parser  # type: ignore[attr-defined]

                if array(_CODE_TYPE).itemsize == _sre.CODESIZE:
                    _internals = (_parser.parse, _compiler._code, _sre.compile,
                                  (sys.version, _sre.MAGIC, _sre.CODESIZE))
        except Exception:  # another layout of re's internals: plain re.compile
            _internals = None
    return _internals  # type: ignore[return-value]


def _build(pattern: str, flags: int) -> re.Pattern[str]:
    engine = _engine()
    if engine is None or not isinstance(pattern, str):
        return re.compile(pattern, flags)
    parse, generate, make, key = engine
    try:
        table = _load(key)
        parts = table.get((pattern, flags))
        if parts is not None:
            flags_, code, *rest = parts
            return make(pattern, flags_, array(_CODE_TYPE, code).tolist(), *rest)
        parsed = parse(pattern, flags)
        code = generate(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        parts = (flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
        compiled = make(pattern, *parts)
    except Exception:  # a bad pattern raises re.error from here, as re.compile does
        return re.compile(pattern, flags)
    if len(table) + len(_added) < MAX_KEPT and cache.enabled():
        if not _added:
            atexit.register(_save, key)
        _added[(pattern, flags)] = parts
    return compiled


def _load(key: tuple[Any, ...]) -> dict[tuple[str, int], tuple[Any, ...]]:
    global _table
    if _table is None:
        got = cache.load("regex", key)
        _table = got if isinstance(got, dict) else {}
    return _table


def _save(key: tuple[Any, ...]) -> None:
    """Keep the code of the patterns this run compiled (at exit: once, not per pattern)."""
    global _table
    if not _added:
        return
    # (re's code holds named int constants, which marshal does not take: the code is kept as the
    # bytes of an array of the engine's code units, about 7 ms less to write than a list of ints)
    added = {k: (int(f), array(_CODE_TYPE, code).tobytes(), *rest) for k, (f, code, *rest) in _added.items()}
    merged = {**(_table or {}), **added}
    if cache.store("regex", key, merged):
        _table = merged
        _added.clear()


def alternation(words: Iterable[object]) -> str:
    """``words`` as the alternatives of a pattern, escaped, each once, longer first and ties in
    a fixed order (see :func:`longest_first`); "" for no words."""
    return "|".join(re.escape(w) for w in sorted({str(w) for w in words}, key=longest_first))


def longest_first(word: str) -> tuple[int, str]:
    """Sort key for the words of an alternation: longer first (so "dari" never cuts
    "dari sini" short), ties in a fixed order, so the pattern's text is the same in
    every process whatever the hash seed (the cache finds it again)."""
    return -len(word), word
