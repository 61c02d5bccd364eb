"""A one-article build with several jobs draws its PDF in a forked helper process
(``briefing.batch._PdfHelper``) while it extracts: the files, the warnings and the
errors must be those of a build without it (``-j 1``)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ARTICLE = """Ministers meet in Hà Nội

Sergei Ivanov, the spokesman of the Foreign Intelligence Service (SVR), said on
3 May 2024 that the ministers of Russia, China and Vietnam met in Hà Nội (会议).
The meeting was chaired by Nguyễn Thị Định, the foreign minister of Vietnam.
About 40 experts from the World Health Organization (WHO) attended the meeting.
The ministers agreed to meet again in Moscow in January 2025.
"""


def _build(tmp: Path, name: str, *args: str) -> tuple[subprocess.CompletedProcess[str], Path]:
    out = tmp / name
    out.mkdir()
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000",
           "XDG_CACHE_HOME": str(tmp / "cache")}
    proc = subprocess.run([sys.executable, "-m", "briefing", "build", "-o", str(out), *args],
                          env=env, capture_output=True, text=True, timeout=120)
    return proc, out


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.suffix != ".json"}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the helper forks on Linux only")
def test_helper_gives_the_files_and_warnings_of_one_process(tmp_path: Path) -> None:
    article = tmp_path / "hanoi.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    one, out1 = _build(tmp_path, "j1", str(article), "--lang", "en", "-j", "1")
    two, out2 = _build(tmp_path, "j2", str(article), "--lang", "en", "-j", "2")
    assert one.returncode == 0 and two.returncode == 0, (one.stderr, two.stderr)
    assert _files(out1) and _files(out1) == _files(out2)
    assert [n.endswith((".apkg", ".pdf")) for n in _files(out2)] == [True, True]
    assert one.stderr == two.stderr
    if Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf").is_file():
        assert "Warning: font DejaVuSans.ttf has no glyph for 会 议" in two.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the helper forks on Linux only")
def test_helper_errors_are_reported_as_in_one_process(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    (templates / "pdf").mkdir(parents=True)
    (templates / "pdf" / "style.yaml").write_text("text:\n  body_size: big\n", encoding="utf-8")
    one, out1 = _build(tmp_path, "j1", "--templates", str(templates), "-j", "1")
    two, out2 = _build(tmp_path, "j2", "--templates", str(templates), "-j", "2")
    assert one.returncode == two.returncode == 1
    assert "pdf/style.yaml: text.body_size must be a number" in two.stderr
    assert one.stderr.replace(str(out1), "OUT") == two.stderr.replace(str(out2), "OUT")
    assert _files(out1) == _files(out2) == {}


def test_bundled_example_same_bytes_with_and_without_helper(tmp_path: Path) -> None:
    one, out1 = _build(tmp_path, "j1", "-q", "-j", "1")
    two, out2 = _build(tmp_path, "j2", "-q", "-j", "2")
    assert one.returncode == two.returncode == 0, (one.stderr, two.stderr)
    assert len(_files(out1)) == 2 and _files(out1) == _files(out2)


def test_early_helper_options_are_the_build_commands() -> None:
    """The entry point reads ``build``'s command line before click is imported: the
    options it knows to take a value must be exactly the command's."""
    from briefing.cli import build
    from briefing.entry import BUILD_VALUE_OPTIONS

    taking = {opt for p in build.params if p.param_type_name == "option" and not p.is_flag
              for opt in p.opts}
    assert taking == BUILD_VALUE_OPTIONS


@pytest.mark.skipif(not sys.platform.startswith("linux") or (os.cpu_count() or 1) < 2,
                    reason="the early helper forks on Linux with several cores only")
@pytest.mark.parametrize("args,expected", [
    (["build"], True),
    (["--debug", "build", "-q", "-o", "out"], True),
    (["build", "{file}", "--lang", "en", "-j", "2"], True),
    (["build", "{file}", "-j", "1"], False),
    (["build", "{file}", "-j1"], False),
    (["build", "{file}", "--jobs=1"], False),
    (["build", "{file}", "--booklet"], False),
    (["build", "{file}", "{file}"], False),
    (["build", "{dir}"], False),
    (["build", "-"], False),
    (["build", "feed.jsonl"], False),
    (["build", "--help"], False),
    (["extract", "{file}"], False),
    (["build", "-o"], False),
])
def test_early_helper_only_for_one_article_builds(tmp_path: Path, args: list[str], expected: bool) -> None:
    from briefing.entry import wants_early_helper

    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    args = [a.format(file=article, dir=tmp_path) for a in args]
    assert wants_early_helper(args) is expected


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the helper forks on Linux only")
def test_an_unused_early_helper_is_let_go(tmp_path: Path) -> None:
    """A one-file build whose file has no article forks the helper early and never
    uses it: the command still fails at once with its one-line error, and no
    process of it is left behind."""
    empty = tmp_path / "nothing-here-7f3a.txt"
    empty.write_text("", encoding="utf-8")
    proc, out = _build(tmp_path, "out", str(empty), "-j", "2")
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [f"Error: {empty}: the file is empty"]
    if shutil.which("pgrep") is None:
        return
    left = subprocess.run(["pgrep", "-f", str(empty)], capture_output=True, text=True)
    assert left.stdout.strip() == "", "a helper process outlived the command"
