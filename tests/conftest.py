"""Shared fixtures. Tests mirror the package; see tests/README.md."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
sys.path.insert(0, str(TESTS))

# The suite keeps its own per-user cache (parsed fonts and packs), never the user's
# ~/.cache/briefing; subprocesses (the console script) inherit it.
_CACHE = tempfile.TemporaryDirectory(prefix="briefing-test-cache-")
os.environ["XDG_CACHE_HOME"] = _CACHE.name

from briefing.resources import EXAMPLE_ARTICLE  # noqa: E402

ARTICLES = TESTS / "data" / "articles"
REPO = TESTS.parent


def pytest_sessionstart(session: pytest.Session) -> None:
    """Many tests run ``python -m briefing`` in a subprocess away from the repository,
    which imports the *installed* package. An installed copy older than this working
    tree would let those tests pass (or fail) on old code: stop with a clear message."""
    import hashlib
    import subprocess

    with tempfile.TemporaryDirectory() as away:
        found = subprocess.run([sys.executable, "-c", "import briefing, os; print(os.path.dirname(briefing.__file__))"],
                               capture_output=True, text=True, cwd=away,
                               env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"})
    installed = Path(found.stdout.strip()) if found.returncode == 0 else None
    here = REPO / "briefing"
    if installed is None:
        pytest.exit("briefing is not installed; run: python3 -m pip install \".[test]\"", returncode=4)
    if installed.resolve() == here.resolve():
        return  # an editable install
    digest = lambda root: {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()  # noqa: E731
                           for p in root.rglob("*") if p.suffix in {".py", ".yaml"} and "__pycache__" not in p.parts}
    mine, theirs = digest(here), digest(installed)  # (the wheel adds files, such as the PDF style)
    if any(theirs.get(name) != sha for name, sha in mine.items()):
        pytest.exit(f"the installed briefing ({installed}) differs from this working tree; "
                    "run: python3 -m pip install \".[test]\"", returncode=4)


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return EXAMPLE_ARTICLE


@pytest.fixture()
def anki_collection(tmp_path):
    """A fresh, real Anki collection (the AGPL ``anki`` package, test-only)."""
    from anki.collection import Collection

    col = Collection(str(tmp_path / "collection.anki2"))
    yield col
    col.close()


def import_apkg(col, path: Path):
    """Import a package into ``col`` the way Anki's GUI does; returns the log."""
    from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    req = ImportAnkiPackageRequest(package_path=str(path), options=ImportAnkiPackageOptions())
    return col.import_anki_package(req).log
