"""Degenerate and oversized articles finish in bounded time and memory.

Every run is a real ``python -m briefing build`` subprocess with an address-space
limit (``RLIMIT_AS``) and a generous ``timeout`` that only guards against a hang;
nothing here measures speed. The outcome must be cards, or one clear line: "no
facts found", "cannot tell the article's language" or the size limit.
"""

from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path

import pytest

MEMORY_LIMIT = 3 * 1024**3  # bytes of address space for one build
HANG_GUARD = 300  # seconds; a linear run of these inputs takes a few seconds (each ~1-5 s)

GOOD = ("Presiden Joko Widodo bertemu Menteri Luar Negeri Retno Marsudi di Jakarta pada 12 Maret 2024. "
        "Badan Pusat Statistik (BPS) mencatat inflasi sebesar 2,5 persen pada Februari 2024.")


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def build(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    try:
        return subprocess.run([sys.executable, "-m", "briefing", "build", *args], capture_output=True,
                              text=True, timeout=HANG_GUARD, cwd=cwd, preexec_fn=_limit_memory,
                              env={"PATH": "/usr/bin:/bin", "PYTHONWARNINGS": "ignore",
                                   "SOURCE_DATE_EPOCH": "1700000000", "HOME": str(cwd)})
    except subprocess.TimeoutExpired:
        pytest.fail(f"no result within the {HANG_GUARD} s hang guard")


def _assert_cards_or_clear_message(proc: subprocess.CompletedProcess, src: Path, out: Path) -> None:
    assert "Traceback" not in proc.stderr and "internal error" not in proc.stderr, proc.stderr[-2000:]
    assert "MemoryError" not in proc.stderr
    if proc.returncode == 0:
        assert len(list(out.glob("*.apkg"))) == 1 and len(list(out.glob("*.pdf"))) == 1
        return
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: "), proc.stderr[-2000:]
    assert src.name in lines[0]
    assert proc.returncode in (1, 2)
    assert "no facts found" in lines[0] or "cannot tell the article's language" in lines[0], lines[0]
    assert not out.exists() or not [p for p in out.iterdir() if p.suffix in (".apkg", ".pdf")]


ARTICLES = {
    "long_word_5k": "Kata yang sangat panjang\n\n" + GOOD + " " + "a" * 5_000 + " " + GOOD,
    "long_word_alone": "Satu kata\n\n" + "x" * 200_000,
    "no_full_stop": "Tanpa titik\n\n" + " ".join(
        f"Presiden Joko Widodo meresmikan bendungan ke-{i} di Kabupaten Bogor bersama Gubernur Ridwan Kamil"
        for i in range(400)),
    # one sentence of numbers and decimals (years in bulk: see the 20,000-years test)
    "only_numbers": "1 2 3\n\n" + " ".join(str(i) for i in range(500)) + " " + " ".join(
        f"{i}.{i % 7},{i % 3}" for i in range(300)),
    "number_lines": "1 2 3\n\n" + "\n\n".join(f"{i}. {i * 7},{i % 10}" for i in range(20_000)),
    "only_capitals": "LAPORAN\n\n" + "PRESIDEN JOKO WIDODO BERTEMU MENTERI LUAR NEGERI DI JAKARTA PADA 12 MARET 2024. " * 800,
    "only_emoji": "😀🎉\n\n" + "😀 🎉 👩‍👩‍👧‍👦 🇮🇩 " * 20_000,
    "rtl": "عنوان الخبر\n\n" + "قال الرئيس محمد في القاهرة يوم 5 مايو 2020 إن الحكومة ستبني 300 مدرسة. " * 500,
    "rtl_mixed": "Campuran\n\n" + ("Presiden Joko Widodo berkata \u202bقال الرئيس\u202c di Jakarta pada "
                                  "12 Maret 2024. ") * 300,
    "combining": "Zalgo\n\n" + GOOD + " " + ("Z\u0351\u0352\u0353a\u0300\u0301\u0302l\u0303g\u0304o " * 2_000),
    "combining_only": "T\n\n" + "e" + "\u0301" * 100_000,
    "control_chars": "Kontrol\n\n" + "".join(chr(i) for i in range(1, 32) if i not in (10, 13)) * 3_000 + GOOD,
    "one_char_lines": "T\n\n" + "a\n" * 20_000,
    "blank_paragraphs": "T\n\n" + GOOD + "\n\n" + " \n\t\n" * 200_000 + GOOD,
    "punctuation": "Tanda\n\n" + ".,;:!?()[]{}\"'«»—–…" * 20_000,
    "nested_parentheses": "Kurung\n\n" + GOOD + " " + "(" * 50_000 + "Jakarta" + ")" * 50_000 + ".",
    "acronyms": "Singkatan\n\n" + " ".join(f"Badan A{i} (BA{i}) bertemu di Jakarta." for i in range(3_000)),
    "repeated_sentence": "Ulang\n\n" + (GOOD + " ") * 1_000,
}


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_degenerate_article_finishes_with_cards_or_clear_message(name, tmp_path):
    src = tmp_path / f"{name}.txt"
    src.write_text(ARTICLES[name], encoding="utf-8")
    out = tmp_path / "out"
    proc = build(str(src), "-o", str(out), "--lang", "id", "-q", cwd=tmp_path)
    _assert_cards_or_clear_message(proc, src, out)


@pytest.mark.parametrize("name", ["only_numbers", "only_emoji", "rtl", "punctuation", "long_word_alone"])
def test_degenerate_article_with_language_detection(name, tmp_path):
    src = tmp_path / f"{name}.txt"
    src.write_text(ARTICLES[name], encoding="utf-8")
    out = tmp_path / "out"
    proc = build(str(src), "-o", str(out), "-q", cwd=tmp_path)
    _assert_cards_or_clear_message(proc, src, out)


def test_one_sentence_with_twenty_thousand_years_finishes(tmp_path):
    src = tmp_path / "years.txt"
    src.write_text("Daftar tahun\n\nPeristiwa penting terjadi pada tahun "
                   + ", tahun ".join(str(1000 + i % 1000) for i in range(20_000)), encoding="utf-8")
    out = tmp_path / "out"
    proc = build(str(src), "-o", str(out), "--lang", "id", "-q", cwd=tmp_path)
    _assert_cards_or_clear_message(proc, src, out)


def test_a_single_200000_character_word_finishes(tmp_path):
    src = tmp_path / "word.txt"
    src.write_text("Kata yang sangat panjang\n\n" + GOOD + " " + "a" * 200_000 + " " + GOOD, encoding="utf-8")
    out = tmp_path / "out"
    proc = build(str(src), "-o", str(out), "--lang", "id", "-q", cwd=tmp_path)
    _assert_cards_or_clear_message(proc, src, out)


def _write_mb(path: Path, mb: float) -> None:
    para = (GOOD + " ") * 10 + "\n\n"
    n = int(mb * 1_000_000 / len(para.encode())) + 1
    path.write_text("Laporan\n\n" + para * n, encoding="utf-8")


def test_file_of_tens_of_megabytes_is_refused_by_the_default_limit(tmp_path):
    src = tmp_path / "huge.txt"
    _write_mb(src, 30)
    assert src.stat().st_size > 20_000_000
    out = tmp_path / "out"
    proc = build(str(src), "-o", str(out), "-q", cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    (line,) = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert line.startswith("Error: ") and "huge.txt" in line
    assert "30.0 MB" in line and "limit of 20.0 MB" in line and "--max-input-mb" in line
    assert not out.exists() or not list(out.iterdir())


@pytest.mark.parametrize("flag_mb,file_mb", [(1, 1.5), (0.5, 0.6), (0.001, 0.01)])
def test_max_input_mb_gives_a_clear_message(flag_mb, file_mb, tmp_path):
    src = tmp_path / "big.txt"
    _write_mb(src, file_mb)
    good = tmp_path / "good.txt"
    good.write_text("Pertemuan di Jakarta\n\n" + GOOD, encoding="utf-8")
    out = tmp_path / "out"
    proc = build(str(src), str(good), "-o", str(out), "--max-input-mb", str(flag_mb), "-q", "--split",
                 cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    (line,) = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert "big.txt" in line and "--max-input-mb" in line and "larger than the limit" in line, line
    if flag_mb >= 0.001 and good.stat().st_size <= flag_mb * 1_000_000:
        assert len(list(out.glob("*.pdf"))) == 1  # the small article is still written


def test_max_input_mb_applies_to_stdin(tmp_path):
    data = ("Judul\n\n" + GOOD + " ") * 2_000
    proc = subprocess.run([sys.executable, "-m", "briefing", "build", "-", "-o", str(tmp_path / "out"),
                           "--max-input-mb", "0.1"], input=data, capture_output=True, text=True,
                          timeout=HANG_GUARD, preexec_fn=_limit_memory)
    assert proc.returncode == 1
    (line,) = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert "<stdin>" in line and "--max-input-mb" in line


@pytest.mark.parametrize("value", ["0", "-1", "abc"])
def test_max_input_mb_bad_value_is_usage_error(value, tmp_path):
    proc = build("--max-input-mb", value, cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr and "--max-input-mb" in proc.stderr


def test_several_megabytes_of_text_finish_within_memory(tmp_path):
    """A 2 MB article (about 300,000 words, many facts) builds under the memory limit."""
    src = tmp_path / "long.txt"
    lines = [f"Presiden Joko Widodo meresmikan bendungan nomor {i} di Kabupaten Bogor pada {1 + i % 28} "
             f"Maret {1990 + i % 30}. Badan Pusat Statistik (BPS) mencatat {i * 3} ribu penduduk di sana."
             for i in range(15_000)]
    src.write_text("Laporan panjang\n\n" + "\n\n".join(lines), encoding="utf-8")
    assert src.stat().st_size > 2_000_000
    out = tmp_path / "out"
    proc = build(str(src), "-o", str(out), "--lang", "id", "-q", "--max-cards", "50", cwd=tmp_path)
    _assert_cards_or_clear_message(proc, src, out)
