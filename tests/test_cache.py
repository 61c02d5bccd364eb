"""The per-user cache of parsed fonts and language packs (``briefing.cache``).

Builds run as real processes (fonts are registered once per process), each with
its own ``XDG_CACHE_HOME``: with the cache off, cold, warm, corrupt, stale and
unwritable, the files must be the same bytes under SOURCE_DATE_EPOCH.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from builders import make_card, make_extraction  # noqa: E402

from briefing import cache  # noqa: E402
from briefing.export.deckfile import dumps_yaml  # noqa: E402
from briefing.models import Extraction, KeyFact  # noqa: E402

pypdf = pytest.importorskip("pypdf")

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
NON_LATIN = ("Сергей Нарышкин", "Νίκος Δένδιας", "Nguyễn Thị Định")


def _non_latin_extraction() -> Extraction:
    base = make_extraction(title="Ministers meet in Hà Nội")
    s = "Сергей Нарышкин and Νίκος Δένδιας met Nguyễn Thị Định in Hà Nội (会议)."
    card = make_card(base.key, "question", "Who met Nguyễn Thị Định?", "Νίκος Δένδιας", s,
                     "actor", 3)
    return Extraction(
        title=base.title, lang="en", cards=(*base.cards, card), source=base.source,
        date=base.date, key=base.key, brief=(*base.brief, s),
        facts=(*base.facts, KeyFact("person", "Сергей Нарышкин", "director of the SVR")),
        words=60,
    )


@pytest.fixture(scope="module")
def deck(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("deck") / "deck.yaml"
    path.write_text(dumps_yaml([_non_latin_extraction()]), encoding="utf-8")
    return path


def _env(cache_home: Path | None, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("XDG_CACHE_HOME", cache.DISABLE_ENV)}
    env["SOURCE_DATE_EPOCH"] = "1700000000"
    if cache_home is not None:
        env["XDG_CACHE_HOME"] = str(cache_home)
    env.update(extra)
    return env


def _briefing(out: Path, env: dict[str, str], deck: Path) -> tuple[dict[str, bytes], str]:
    """``build`` of the bundled example (pack + sheet) and ``pdf --layout cards`` of a
    deck with Greek, Cyrillic, Vietnamese and one CJK character (italic face, warning):
    the files' bytes by name, and stderr."""
    out.mkdir(parents=True)
    errs = []
    for args in (["build", "-o", str(out), "-q"],
                 ["pdf", str(deck), "-o", str(out / "cards.pdf"), "--layout", "cards"],
                 ["pdf", str(deck), "-o", str(out / "sheet.pdf")]):
        proc = subprocess.run([sys.executable, "-m", "briefing", *args], env=env,
                              capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, proc.stderr
        errs.append(proc.stderr)
    files = {p.name: p.read_bytes() for p in sorted(out.iterdir())
             if p.suffix in (".pdf", ".apkg")}
    assert len(files) == 4
    return files, "".join(errs)


def _cache_files(home: Path) -> list[Path]:
    return sorted((home / "briefing").glob("*/*.bin"))


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory, deck: Path) -> tuple[dict[str, bytes], str]:
    """The files with the cache turned off."""
    out = tmp_path_factory.mktemp("nocache")
    home = out / "home"
    files, err = _briefing(out / "out", _env(home, BRIEFING_NO_CACHE="1"), deck)
    assert not (home / "briefing").exists(), "BRIEFING_NO_CACHE=1 wrote a cache"
    return files, err


def test_cold_and_warm_cache_give_the_same_bytes(tmp_path: Path, deck: Path,
                                                  reference: tuple[dict[str, bytes], str]) -> None:
    home = tmp_path / "home"
    cold, cold_err = _briefing(tmp_path / "cold", _env(home), deck)
    kinds = {p.parent.name for p in _cache_files(home)}
    assert kinds == {"ttf", "pack", "stopwords", "regex"}
    if os.name == "posix":
        assert (home / "briefing").stat().st_mode & 0o077 == 0
    before = {p: p.stat().st_mtime_ns for p in _cache_files(home)}
    warm, warm_err = _briefing(tmp_path / "warm", _env(home), deck)
    assert {p: p.stat().st_mtime_ns for p in _cache_files(home)} == before  # read, not rewritten
    assert cold == reference[0]
    assert warm == reference[0]
    # the missing-glyph warning does not depend on the cache
    for err in (reference[1], cold_err, warm_err):
        assert "has no glyph for 会 议" in err


def test_warm_cache_pdf_renders_non_latin_text(tmp_path: Path, deck: Path) -> None:
    home = tmp_path / "home"
    _briefing(tmp_path / "cold", _env(home), deck)
    _briefing(tmp_path / "warm", _env(home), deck)
    for name in ("cards.pdf", "sheet.pdf"):
        reader = pypdf.PdfReader(str(tmp_path / "warm" / name))
        text = "\n".join(page.extract_text() for page in reader.pages)
        for words in NON_LATIN:
            assert words in text, (name, words)


def test_disable_env_reads_and_writes_nothing(tmp_path: Path, deck: Path,
                                              reference: tuple[dict[str, bytes], str]) -> None:
    home = tmp_path / "home"
    _briefing(tmp_path / "fill", _env(home), deck)
    for p in _cache_files(home):  # a cache that would break the build if it were read
        p.write_bytes(b"BRFCACHE" + b"\0" * 32 + b"garbage")
    garbage = {p: p.read_bytes() for p in _cache_files(home)}
    files, _ = _briefing(tmp_path / "off", _env(home, BRIEFING_NO_CACHE="1"), deck)
    assert files == reference[0]
    assert {p: p.read_bytes() for p in _cache_files(home)} == garbage


@pytest.mark.parametrize("damage", ["garbage", "truncated", "flipped", "empty"])
def test_corrupt_cache_files_are_ignored_and_rebuilt(tmp_path: Path, deck: Path, damage: str,
                                                     reference: tuple[dict[str, bytes], str]) -> None:
    home = tmp_path / "home"
    _briefing(tmp_path / "fill", _env(home), deck)
    good = {p: p.read_bytes() for p in _cache_files(home)}
    assert good
    for p, blob in good.items():
        if damage == "garbage":
            p.write_bytes(os.urandom(len(blob)))
        elif damage == "truncated":
            p.write_bytes(blob[: len(blob) // 2])
        elif damage == "flipped":  # checksum still there, one byte of the data changed
            i = len(blob) - 10
            p.write_bytes(blob[:i] + bytes([blob[i] ^ 0xFF]) + blob[i + 1:])
        else:
            p.write_bytes(b"")
    files, _ = _briefing(tmp_path / "again", _env(home), deck)
    assert files == reference[0]
    assert {p: p.read_bytes() for p in _cache_files(home)} == good  # rewritten whole


def test_unwritable_cache_folder_does_not_break_a_build(tmp_path: Path, deck: Path,
                                                        reference: tuple[dict[str, bytes], str]) -> None:
    # a plain file where the cache folder would go: no folder can be made there,
    # whoever runs the test (root ignores permission bits)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    files, err = _briefing(tmp_path / "out", _env(blocker), deck)
    assert files == reference[0]
    assert "Traceback" not in err
    if hasattr(os, "geteuid") and os.geteuid() != 0:
        ro = tmp_path / "ro"
        ro.mkdir()
        ro.chmod(0o500)
        try:
            files, _ = _briefing(tmp_path / "out-ro", _env(ro), deck)
            assert files == reference[0]
        finally:
            ro.chmod(0o700)


def test_a_changed_font_file_misses_the_cache(tmp_path: Path, deck: Path) -> None:
    if not (DEJAVU / "DejaVuSans-Bold.ttf").is_file():
        pytest.skip("DejaVu fonts not installed")
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"):
        shutil.copy(DEJAVU / name, fonts / name)
    home = tmp_path / "home"
    args = ["pdf", str(deck), "--layout", "cards"]

    def pdf(out: str, env: dict[str, str]) -> bytes:
        path = tmp_path / out
        proc = subprocess.run([sys.executable, "-m", "briefing", *args, "-o", str(path)],
                              env=env, capture_output=True,
                              text=True, timeout=120, cwd=tmp_path)
        assert proc.returncode == 0, proc.stderr
        return path.read_bytes()

    config = tmp_path / "config.yaml"
    config.write_text(f"font_dir: {fonts}\n", encoding="utf-8")
    args += ["--config", str(config)]
    pdf("first.pdf", _env(home))
    # another face under the regular face's name (another size, another mtime)
    shutil.copy(DEJAVU / "DejaVuSans-Bold.ttf", fonts / "DejaVuSans.ttf")
    cached = pdf("cached.pdf", _env(home))
    fresh = pdf("fresh.pdf", _env(home, BRIEFING_NO_CACHE="1"))
    assert cached == fresh


# ------------------------------------------------------------------ in one process

def test_restored_font_equals_a_parsed_one() -> None:
    ttf = pytest.importorskip("reportlab.pdfbase.ttfonts")
    from briefing.export import pdf

    path = DEJAVU / "DejaVuSans.ttf"
    if not path.is_file():
        pytest.skip("DejaVu fonts not installed")
    parsed = ttf.TTFont("Briefing-test-parsed", str(path))
    state = pdf._face_state(parsed)
    assert state is not None
    restored = pdf._restore_ttfont("Briefing-test-parsed", path, state)
    assert restored is not None
    assert sorted(restored.__dict__) == sorted(parsed.__dict__)
    a, b = parsed.face.__dict__, restored.face.__dict__
    assert sorted(a) == sorted(b)
    for attr in a:
        if attr == "_pdfScale":
            assert a[attr](1234) == b[attr](1234)
        else:
            assert a[attr] == b[attr] and type(a[attr]) is type(b[attr]), attr
    assert restored.face.name.ustr == parsed.face.name.ustr
    assert restored.shapable == parsed.shapable
    assert restored._asciiReadable == parsed._asciiReadable
    # a state of another file (its size differs) is refused, not half-used
    other = DEJAVU / "DejaVuSans-Bold.ttf"
    if other.is_file():
        assert pdf._restore_ttfont("Briefing-test-other", other, state) is None
    assert pdf._restore_ttfont("Briefing-test-bad", path, {"attrs": 1}) is None


def _faces() -> list[Path]:
    import reportlab

    found = sorted(DEJAVU.glob("*.ttf")) + sorted((Path(reportlab.__file__).parent / "fonts").glob("*.ttf"))
    if not found:
        pytest.skip("no TrueType fonts here")
    return found


def test_a_face_parsed_in_bulk_equals_reportlabs() -> None:
    """A first run reads the per-glyph tables a table at a time (``pdf._bulk_face``);
    the face must be reportlab's own, attribute for attribute and in the same order,
    for every face on this machine it accepts (DejaVu's, reportlab's Vera)."""
    ttf = pytest.importorskip("reportlab.pdfbase.ttfonts")
    from briefing.export import pdf

    compared = 0
    for path in _faces():
        bulk = pdf._bulk_face(path)
        if bulk is None:
            continue
        a, b = ttf.TTFontFace(str(path)).__dict__, bulk.__dict__
        assert list(a) == list(b), path
        for attr in a:
            if attr == "_pdfScale":
                assert a[attr](1234) == b[attr](1234)
                continue
            assert a[attr] == b[attr] and type(a[attr]) is type(b[attr]), (path.name, attr)
            if isinstance(a[attr], dict):
                assert list(a[attr].items()) == list(b[attr].items()), (path.name, attr)
        compared += 1
    assert compared >= 1
    font = pdf._parse_ttfont("Briefing-test-bulk", _faces()[0])
    assert sorted(font.__dict__) == sorted(ttf.TTFont("Briefing-test-rl", str(_faces()[0])).__dict__)


def test_a_damaged_font_file_is_warned_about_not_a_traceback(tmp_path: Path) -> None:
    # reportlab's parser fails on a truncated file with struct.error, not its TTFError
    from briefing.export.pdf import write_pdf

    fonts = tmp_path / "fonts"
    fonts.mkdir()
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"):
        (fonts / name).write_bytes(_faces()[0].read_bytes()[:5000])
    out = tmp_path / "sheet.pdf"
    with pytest.warns(UserWarning, match="cannot use font"):
        write_pdf([make_extraction()], out, font_dir=fonts)
    assert out.read_bytes().startswith(b"%PDF")


def test_cached_pack_equals_the_parsed_pack(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing import lang

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv(cache.DISABLE_ENV, raising=False)
    for code in lang.available():
        folder = lang.PACKS_DIR / code
        parsed = lang._validate(code, folder)
        first = lang.validate(code, folder)   # parses and stores
        second = lang.validate(code, folder)  # from the cache
        assert first == parsed and second == parsed
        assert repr(second) == repr(parsed)  # same order of keys and items
    assert {p.parent.name for p in tmp_path.glob("briefing/*/*.bin")} == {"pack"}


def test_load_refuses_what_it_did_not_store(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv(cache.DISABLE_ENV, raising=False)
    assert cache.store("t", ("k", 1), {"a": [1, 2.5, "x", b"y", None, (3,)]})
    assert cache.load("t", ("k", 1)) == {"a": [1, 2.5, "x", b"y", None, (3,)]}
    assert cache.load("t", ("k", 2)) is None
    assert not cache.store("t", ("k", 3), {"f": lambda: 0})  # not plain data: not kept
    assert cache.load("t", ("k", 3)) is None
    (entry,) = tmp_path.glob("briefing/t/*.bin")
    entry.write_bytes(b"BRFCACHE" + b"\0" * 40)
    assert cache.load("t", ("k", 1)) is None
    monkeypatch.setenv(cache.DISABLE_ENV, "1")
    assert cache.cache_dir() is None
    assert not cache.store("t", ("k", 1), 1)
    monkeypatch.setenv(cache.DISABLE_ENV, "0")
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/path")  # ignored, as the spec says
    assert cache.cache_dir() == Path.home() / ".cache" / "briefing"
