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
