"""The pipeline's fixed patterns, their code kept in the per-user cache (``briefing.regex``).

Extraction runs in real processes, each with its own hash seed, over the bundled
example and an English article: the second process must find every pattern in
the cache, the patterns made from cached code must equal ``re.compile``'s (for
patterns ``==`` compares source, flags and code), and nothing an article says
may end up in the cache.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from briefing import cache, regex
from briefing.resources import EXAMPLE_ARTICLE

ARTICLES = Path(__file__).resolve().parent / "data" / "articles"

_SCRIPT = """
import json, re, sys
from briefing import api, regex as rx
for text, lang in json.loads(sys.stdin.read()):
    api.extract(text, lang=lang)
print(json.dumps({"table": len(rx._table or {}), "added": sorted(k[0] for k in rx._added),
                  "used": sorted(k[0] for k in rx._memo),
                  "unequal": [k[0] for k, p in rx._memo.items() if p != re.compile(*k)]}))
"""

# invented names, a body with its short form, a person's initials and a figure
_NAMES_ID = ("Jakarta - Kepala Badan Pengawas Zorvath Nasional (BPZN) Quennel Marbruk mengatakan, "
             "tersangka berinisial ZQ ditangkap pada Senin (3/11) bersama 14 rekannya di Kota Velmora.")
_NAMES_EN = ("Drevin Oskarsson, the chief executive of Halvard Quennel Systems (HQS), said on Tuesday "
             "the firm would cut 340 jobs at its Velmora plant.")


def _extract(texts: list[tuple[str, str | None]], home: Path, seed: str) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if k != cache.DISABLE_ENV}
    env.update(XDG_CACHE_HOME=str(home), PYTHONHASHSEED=seed)
    proc = subprocess.run([sys.executable, "-c", _SCRIPT], input=json.dumps(texts), env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


@pytest.fixture(scope="module")
def texts() -> list[tuple[str, str | None]]:
    english = sorted(ARTICLES.glob("en_*.txt"))
    assert english
    return [(EXAMPLE_ARTICLE.read_text(encoding="utf-8"), None),
            (english[0].read_text(encoding="utf-8"), "en")]


def test_a_second_run_finds_every_pattern_and_they_equal_re_compile(
        tmp_path: Path, texts: list[tuple[str, str | None]]) -> None:
    cold = _extract(texts, tmp_path, "1")
    assert cold["table"] == 0
    assert len(cold["used"]) > 100 and cold["added"] == cold["used"]
    assert cold["unequal"] == []
    warm = _extract(texts, tmp_path, "2")  # another hash seed: sets iterate in another order
    assert warm["used"] == cold["used"]
    assert warm["added"] == []
    assert warm["table"] == len(cold["used"])
    assert warm["unequal"] == []


def test_no_name_or_initials_from_an_article_is_kept(tmp_path: Path) -> None:
    got = _extract([(_NAMES_ID, "id"), (_NAMES_EN, "en")], tmp_path, "0")
    assert got["added"]
    for word in ("Zorvath", "Quennel", "Marbruk", "BPZN", "ZQ", "Velmora", "Drevin", "HQS"):
        assert not [p for p in got["added"] if word in p], word


def test_a_bad_pattern_raises_as_re_does() -> None:
    with pytest.raises(re.error):
        regex.compile(r"(?:unclosed")


def test_code_the_engine_refuses_falls_back_to_re_compile(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    engine = regex._engine()
    if engine is None:
        pytest.skip("not CPython's re: plain re.compile throughout")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv(cache.DISABLE_ENV, raising=False)
    pattern = r"(?<!\w)(?:bulan|tahun)\s+(\d{4})"
    right = re.compile(pattern)
    assert cache.store("regex", engine[3], {(pattern, 0): (int(right.flags), [999, 1, 2], 0, {}, (None,))})
    monkeypatch.setattr(regex, "_memo", {})
    monkeypatch.setattr(regex, "_table", None)
    monkeypatch.setattr(regex, "_added", {})
    got = regex.compile(pattern)
    assert got == right
    assert got.search("pada tahun 2015").group(1) == "2015"


def test_alternations_list_longer_words_first_in_a_fixed_order() -> None:
    words = {"di sini", "dari", "dari sini", "ke", "di"}
    assert sorted(words, key=regex.longest_first) == ["dari sini", "di sini", "dari", "di", "ke"]
