"""Failures while writing: nothing partial, nothing earlier destroyed, one clear line.

What is simulated, and how (no mocks; real files, real processes):

- an unwritable output folder: ``chmod 0o555`` when not root; as root (where chmod
  does not stop writes) the target name is an existing folder, so the final rename
  fails, and an output folder whose parent is a regular file;
- a full disk: a 64 KiB tmpfs mounted for the test (root only; skipped otherwise);
- a kill in the middle of writing: ``SIGKILL`` to a running ``python -m briefing``
  the moment a ``.NAME.*.part`` temp file is seen; SIGKILL runs no cleanup, so temp
  files may remain, but no final-named file may be partial and earlier outputs
  must be byte-identical;
- a file that disappears during a batch: a dangling symlink inside the folder (the
  listing sees it, reading it fails) and a missing path among good ones.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

import briefing
from briefing.cli import cli
from briefing.errors import ExportError
from briefing.fileio import atomic_open, atomic_path
from conftest import import_apkg

ARTICLES = Path(__file__).parent / "data" / "articles"
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
ENV = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000", "PYTHONWARNINGS": "ignore"}


def _killable_env(tmp_path: Path) -> dict[str, str]:
    """ENV with the temp folder inside ``tmp_path``: SIGKILL runs no cleanup, so the
    writer's scratch folder (``briefing-apkg-*``) would otherwise stay in /tmp."""
    scratch = tmp_path / "scratch"
    scratch.mkdir(exist_ok=True)
    return {**ENV, "TMPDIR": str(scratch)}


def briefing_cmd(*args: str, timeout: float = 600, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "briefing", *args], capture_output=True, text=True,
                          timeout=timeout, env=ENV, **kw)


def _one_error_line(stderr: str) -> str:
    assert "Traceback" not in stderr, stderr
    lines = [ln for ln in stderr.splitlines() if ln.strip()]
    assert lines and all(ln.startswith("Error: ") for ln in lines), stderr
    return lines[0]


def _parts(folder: Path) -> list[Path]:
    """Temp files beside the outputs: ``.NAME.*.part`` (``briefing.fileio``)."""
    return sorted(folder.glob(".*.part")) + sorted(folder.glob("*.part"))


def _temp_files(folder: Path) -> list[Path]:
    """Every temp file of a run: ``.NAME.*.part`` and files in a hidden temp folder
    (the batch engine renders into ``.briefing-tmp-*/`` and renames from there)."""
    if not folder.is_dir():
        return []
    found = _parts(folder)
    for d in folder.glob(".*"):
        if d.is_dir():
            found += [p for p in d.rglob("*") if p.is_file()]
    return found


def _assert_complete(path: Path) -> None:
    """A final-named output is whole: a PDF pypdf reads to its %%EOF, a zip whose members check."""
    data = path.read_bytes()
    if path.suffix == ".pdf":
        assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF"), path
        assert len(PdfReader(str(path)).pages) >= 1
    elif path.suffix == ".apkg":
        with zipfile.ZipFile(path) as z:
            assert z.testzip() is None, path
            assert any(n.startswith("collection.anki2") for n in z.namelist())


@pytest.fixture(scope="module")
def extraction():
    return briefing.extract((ARTICLES / "en_bridge.txt").read_text(encoding="utf-8"), lang="en")


# ---------------------------------------------------------------- unwritable output

@pytest.mark.skipif(IS_ROOT, reason="root ignores directory permissions; see the rename tests below")
def test_faults_read_only_output_folder(tmp_path, seed_path):
    out = tmp_path / "out"
    out.mkdir()
    out.chmod(0o555)
    try:
        proc = briefing_cmd("build", str(seed_path), "-o", str(out))
    finally:
        out.chmod(0o755)
    assert proc.returncode == 1
    line = _one_error_line(proc.stderr)
    assert str(out) in line
    assert list(out.iterdir()) == []


def test_faults_target_name_is_a_folder_rename_fails_cleanly(tmp_path, extraction):
    """The final rename fails (the target is a folder): ExportError, no temp file left."""
    for target, write in ((tmp_path / "deck.apkg", briefing.write_apkg),
                          (tmp_path / "sheet.pdf", briefing.write_pdf)):
        target.mkdir()
        (target / "keep.txt").write_text("mine", encoding="utf-8")
        with pytest.raises(ExportError) as err:
            write([extraction], target)
        assert str(target) in str(err.value) and "\n" not in str(err.value)
        assert (target / "keep.txt").read_text(encoding="utf-8") == "mine"
    assert _parts(tmp_path) == []


def test_faults_cli_target_name_is_a_folder(tmp_path, seed_path):
    out = tmp_path / "out"
    first = briefing_cmd("build", str(seed_path), "-o", str(out), "-q")
    assert first.returncode == 0, first.stderr
    (apkg,) = out.glob("*.apkg")
    (pdf,) = out.glob("*.pdf")
    apkg.unlink()
    apkg.mkdir()  # something that is not ours now stands where the deck goes
    before = pdf.read_bytes()
    proc = briefing_cmd("build", str(seed_path), "-o", str(out), "-q", "--force")
    assert proc.returncode == 1, proc.stderr
    line = _one_error_line(proc.stderr)
    assert apkg.name in line and "directory" in line.lower()
    assert apkg.is_dir() and _parts(out) == []
    assert pdf.read_bytes() == before  # reproducible bytes: the same PDF, whole


def test_faults_output_folder_under_a_regular_file(tmp_path, seed_path):
    blocker = tmp_path / "afile"
    blocker.write_text("not a folder", encoding="utf-8")
    proc = briefing_cmd("build", str(seed_path), "-o", str(blocker / "sub"))
    assert proc.returncode in (1, 2), proc.stderr
    line = _one_error_line(proc.stderr)
    assert "afile" in line and "internal error" not in line
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_faults_output_file_under_a_regular_file_for_deck_and_pdf(tmp_path, extraction):
    deckfile = tmp_path / "deck.yaml"
    briefing.write_deck_file([extraction], deckfile)
    blocker = tmp_path / "afile"
    blocker.write_text("x", encoding="utf-8")
    for cmd, out in (("deck", "d.apkg"), ("pdf", "d.pdf"), ("deck", "d.csv")):
        proc = briefing_cmd(cmd, str(deckfile), "-o", str(blocker / out))
        assert proc.returncode == 1, proc.stderr
        line = _one_error_line(proc.stderr)
        assert "afile" in line
    proc = briefing_cmd("extract", str(ARTICLES / "en_bridge.txt"), "-o", str(blocker / "deck.yaml"))
    assert proc.returncode == 1, proc.stderr
    assert "afile" in _one_error_line(proc.stderr)
    assert blocker.read_text(encoding="utf-8") == "x"


def test_faults_atomic_path_failure_inside_keeps_the_old_file(tmp_path):
    """An exception while the temp file is being written leaves the target as it was."""
    target = tmp_path / "out.txt"
    target.write_text("earlier good output", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with atomic_open(target) as fh:
            fh.write("half of the new")
            raise RuntimeError("the build failed half way")
    assert target.read_text(encoding="utf-8") == "earlier good output"
    assert _parts(tmp_path) == []
    with atomic_open(target) as fh:
        fh.write("new")
    assert target.read_text(encoding="utf-8") == "new"
    assert oct(target.stat().st_mode & 0o777) == oct(0o644)


def test_faults_atomic_path_missing_folder_is_export_error(tmp_path):
    with pytest.raises(ExportError) as err:
        with atomic_path(tmp_path / "nope" / "x.pdf"):
            pass
    assert "does not exist" in str(err.value)


# ---------------------------------------------------------------- full disk

@pytest.fixture()
def tiny_disk(tmp_path):
    """A 64 KiB tmpfs: writes beyond it fail with ENOSPC, as on a full disk."""
    mnt = tmp_path / "tiny"
    mnt.mkdir()
    if not IS_ROOT or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root")
    proc = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mnt)],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {proc.stderr.strip()}")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def _fill(disk: Path, leave: int = 0) -> None:
    """Take all but ``leave`` bytes of the tiny disk (less than any output needs)."""
    st = os.statvfs(disk)
    free = st.f_bavail * st.f_frsize
    (disk / "filler").write_bytes(b"\0" * max(0, free - leave))
    st = os.statvfs(disk)
    assert st.f_bavail * st.f_frsize <= leave


def test_faults_full_disk_api_keeps_earlier_output(tiny_disk, extraction):
    big = briefing.extract(((ARTICLES / "en_bridge.txt").read_text(encoding="utf-8")), lang="en")
    target = tiny_disk / "sheet.pdf"
    target.write_bytes(b"%PDF-1.4 earlier good output\n%%EOF\n")
    _fill(tiny_disk)
    for write, name in ((briefing.write_pdf, "sheet.pdf"), (briefing.write_apkg, "deck.apkg")):
        t = tiny_disk / name
        before = t.read_bytes() if t.exists() else None
        with pytest.raises(ExportError) as err:
            write([big], t)
        msg = str(err.value)
        assert name in msg and "\n" not in msg and "space" in msg.lower(), msg
        assert (t.read_bytes() if t.exists() else None) == before
    assert _parts(tiny_disk) == []


def test_faults_full_disk_cli_build(tiny_disk, seed_path):
    _fill(tiny_disk)
    proc = briefing_cmd("build", str(seed_path), "-o", str(tiny_disk))
    assert proc.returncode == 1, proc.stderr
    line = _one_error_line(proc.stderr)
    assert "space" in line.lower(), line
    for p in tiny_disk.iterdir():
        if p.suffix in (".apkg", ".pdf"):
            _assert_complete(p)
    assert _parts(tiny_disk) == []


def test_faults_full_disk_deck_file(tiny_disk, extraction):
    target = tiny_disk / "deck.yaml"
    target.write_text("earlier: good\n", encoding="utf-8")
    _fill(tiny_disk)
    many = [extraction] * 20
    with pytest.raises(ExportError):
        briefing.write_deck_file(many, target)
    assert target.read_text(encoding="utf-8") == "earlier: good\n"
    assert _parts(tiny_disk) == []


# ---------------------------------------------------------------- killed mid-write

def _kill_when_part_appears(proc: subprocess.Popen, folder: Path, limit: float = 600) -> bool:
    """SIGKILL ``proc`` as soon as a temp file shows in ``folder``; True if one was seen."""
    deadline = time.monotonic() + limit
    seen = False
    while time.monotonic() < deadline and proc.poll() is None:
        if _temp_files(folder):
            seen = True
            break
        time.sleep(0.002)
    proc.kill()
    proc.wait(timeout=60)
    return seen


_WRITER = r"""
import sys, briefing
from pathlib import Path
text = Path(sys.argv[1]).read_text(encoding="utf-8")
ex = briefing.extract(text, lang="id", max_cards=400)
exs = [ex] * int(sys.argv[4])
while True:  # keep rewriting until killed
    if sys.argv[3] == "pdf":
        briefing.write_pdf(exs, sys.argv[2])
    else:
        briefing.write_apkg(exs, sys.argv[2], timestamp=1700000000)
"""


@pytest.mark.parametrize("kind", ["pdf", "apkg"])
def test_faults_sigkill_mid_write_keeps_earlier_output(kind, tmp_path, seed_path):
    """A process killed while the temp file is open leaves the earlier output byte-identical."""
    target = tmp_path / f"out.{kind}"
    earlier = b"earlier good output, not to be destroyed"
    target.write_bytes(earlier)
    script = tmp_path / "writer.py"
    script.write_text(_WRITER, encoding="utf-8")
    killed_mid_write = 0
    env = _killable_env(tmp_path)
    for _ in range(3):
        proc = subprocess.Popen([sys.executable, str(script), str(seed_path), str(target), kind, "30"],
                                env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        seen = _kill_when_part_appears(proc, tmp_path)
        assert proc.returncode == -signal.SIGKILL, proc.stderr.read().decode()
        killed_mid_write += seen
        data = target.read_bytes()
        if data != earlier:  # the rename happened before the kill: then it is complete
            _assert_complete(target)
            earlier = data
        for p in tmp_path.iterdir():  # no other file appeared under a final name
            assert p.name.startswith(f".{target.name}.") and p.name.endswith(".part") or p in (
                target, script, Path(env["TMPDIR"])), p
    assert killed_mid_write >= 1, "never caught the writer with its temp file open"


def _batch_folder(src: Path, n: int) -> Path:
    """A folder of ``n`` articles: the test articles in turn, each titled apart."""
    src.mkdir()
    bodies = [p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*.txt"))]
    for i in range(n):
        title, _, body = bodies[i % len(bodies)].partition("\n")
        (src / f"a{i:02d}.txt").write_text(f"{title} nomor {i}\n{body}", encoding="utf-8")
    return src


def test_faults_sigkill_during_batch_build(tmp_path, anki_collection):
    """A batch build killed mid-way: every final-named .apkg/.pdf is complete (earlier
    outputs byte-identical, as builds are reproducible); only ``.NAME.*.part`` temp
    files may remain, because SIGKILL runs no cleanup."""
    src = _batch_folder(tmp_path / "in", 24)
    out = tmp_path / "out"
    first = briefing_cmd("build", str(src), "-o", str(out), "--split", "-q")
    assert first.returncode == 0, first.stderr
    earlier = {p.name: p.read_bytes() for p in out.iterdir() if p.suffix in (".apkg", ".pdf")}
    assert len(earlier) == 48

    proc = subprocess.Popen([sys.executable, "-m", "briefing", "build", str(src), "-o", str(out),
                             "--split", "-q", "--force"], env=_killable_env(tmp_path), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, start_new_session=True)
    seen = _kill_when_part_appears(proc, out)
    _reap_session(proc.pid)  # worker processes the kill may orphan: ours, so we end them
    assert proc.returncode == -signal.SIGKILL
    assert seen, "the build finished before a temp file was seen"
    finals = [p for p in out.iterdir() if p.suffix in (".apkg", ".pdf")]
    assert {p.name for p in finals} == set(earlier)
    for p in finals:
        assert p.read_bytes() == earlier[p.name], f"{p.name} changed by a killed build"
        _assert_complete(p)
    for p in _temp_files(out):  # left by SIGKILL: hidden, never a final name
        assert p.name.startswith(".") or p.parent.name.startswith("."), p
    import_apkg(anki_collection, out / sorted(n for n in earlier if n.endswith(".apkg"))[0])
    assert anki_collection.find_notes("")

    # a killed run into an empty folder leaves no final-named partial file either
    fresh = tmp_path / "fresh"
    proc = subprocess.Popen([sys.executable, "-m", "briefing", "build", str(src), "-o", str(fresh),
                             "--split", "-q"], env=_killable_env(tmp_path), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, start_new_session=True)
    _kill_when_part_appears(proc, fresh)
    _reap_session(proc.pid)
    for p in fresh.iterdir():
        if p.suffix in (".apkg", ".pdf"):
            assert p.read_bytes() == earlier[p.name]


def _session_pids(sid: int) -> list[int]:
    """Processes whose session id is ``sid`` (Linux /proc)."""
    pids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[3]) == sid:  # fields after the name: state ppid pgrp session ...
            pids.append(int(stat.parent.name))
    return pids


def _reap_session(sid: int, wait: float = 30) -> list[int]:
    """Wait (a hang guard, not a timing check) for the session's processes to exit;
    SIGKILL and return those still alive after ``wait`` seconds."""
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline and _session_pids(sid):
        time.sleep(0.2)
    left = _session_pids(sid)
    for pid in left:
        try:
            os.kill(pid, signal.SIGKILL)  # only processes of the build this test started
        except ProcessLookupError:
            pass
    return left


# ---------------------------------------------------------------- inputs vanish

def test_faults_file_missing_from_a_batch(tmp_path):
    good = [ARTICLES / "en_bridge.txt", ARTICLES / "id_pameran.txt"]
    gone = tmp_path / "gone.txt"
    out = tmp_path / "out"
    proc = briefing_cmd("build", str(good[0]), str(gone), str(good[1]), "-o", str(out), "--split", "-q")
    assert proc.returncode == 1
    line = _one_error_line(proc.stderr)
    assert "gone.txt" in line and "no such file" in line
    assert len(list(out.glob("*.pdf"))) == 2 and len(list(out.glob("*.apkg"))) == 2
    for p in out.iterdir():
        if p.suffix in (".pdf", ".apkg"):
            _assert_complete(p)


def test_faults_file_vanishes_after_the_folder_listing(tmp_path):
    """A dangling symlink is listed by the folder walk but cannot be opened, exactly as a
    file deleted between the listing and the read."""
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(ARTICLES / "en_bridge.txt", src / "a.txt")
    (src / "b.txt").symlink_to(tmp_path / "deleted-meanwhile.txt")
    shutil.copy(ARTICLES / "id_pameran.txt", src / "c.txt")
    out = tmp_path / "out"
    proc = briefing_cmd("build", str(src), "-o", str(out), "--split", "-q")
    assert proc.returncode == 1
    line = _one_error_line(proc.stderr)
    assert "b.txt" in line
    assert len(list(out.glob("*.pdf"))) == 2


def test_faults_deck_file_missing_or_a_folder(tmp_path):
    for args, needle in ((["deck", str(tmp_path / "nope.yaml"), "-o", str(tmp_path / "x.apkg")], "no such"),
                         (["pdf", str(tmp_path), "-o", str(tmp_path / "x.pdf")], "")):
        res = CliRunner().invoke(cli, args, catch_exceptions=False)
        assert res.exit_code in (1, 2), res.output
        assert needle in res.output
        assert not (tmp_path / "x.apkg").exists() and not (tmp_path / "x.pdf").exists()


def test_faults_a_termination_python_swallows_still_sets_the_exit_status():
    """A signal whose exception is raised inside a callback Python runs for itself (a module
    lock's, a finaliser) is reported as "Exception ignored" and the work goes on; the command
    still exits with 128 + the signal and says so (a fresh clone's run once saw a SIGHUP
    build exit 0 that way)."""
    if not hasattr(signal, "SIGTERM"):
        pytest.skip("no SIGTERM here")
    code = (
        "import os, signal, sys\n"
        "import briefing.cli as c\n"
        "class Late:\n"
        "    def __del__(self):\n"
        "        os.kill(os.getpid(), signal.SIGTERM)\n"
        "        import time; time.sleep(0.2)\n"
        "def work(*a, **k):\n"
        "    x = Late(); del x\n"
        "    print('finished', file=sys.stderr)\n"
        "c.cli.main = work\n"
        "c.main()\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], env=ENV, capture_output=True, timeout=120)
    err = proc.stderr.decode()
    assert "Exception ignored" in err and "finished" in err, err  # (the case itself: swallowed, work went on)
    assert proc.returncode == 128 + signal.SIGTERM, err
    assert err.strip().splitlines()[-1] == "Terminated.", err


@pytest.mark.parametrize("signame", ["SIGTERM", "SIGHUP"])
def test_faults_terminated_build_cleans_up(tmp_path, signame):
    """``kill`` (SIGTERM) or a closed terminal (SIGHUP) in the middle of a batch: the
    command says so in one line, exits with 128 + the signal, and leaves no temporary
    folder or file, in the output folder or in the system's temp folder."""
    if not hasattr(signal, signame):
        pytest.skip(f"no {signame} here")
    sig = getattr(signal, signame)
    src = _batch_folder(tmp_path / "in", 40)
    out = tmp_path / "out"
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    proc = subprocess.Popen([sys.executable, "-m", "briefing", "build", str(src), "-o", str(out), "-q"],
                            env={**ENV, "TMPDIR": str(scratch)}, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and proc.poll() is None and not any(
            p.suffix == ".pdf" for p in (out.iterdir() if out.is_dir() else [])):
        time.sleep(0.005)  # until the first article is written: mid-batch
    assert proc.poll() is None, "the build ended before it could be stopped"
    proc.send_signal(sig)
    err = proc.communicate(timeout=120)[1].decode()
    _reap_session(proc.pid)
    assert proc.returncode == 128 + sig, err
    assert err.strip().splitlines()[-1] == "Terminated.", err
    assert not _temp_files(out), _temp_files(out)
    assert not [p for p in out.iterdir() if p.name.startswith(".briefing-tmp-")]
    assert not list(scratch.iterdir()), list(scratch.iterdir())
    for p in out.iterdir():  # what was written before the signal is complete
        if p.suffix in (".pdf", ".apkg"):
            _assert_complete(p)
