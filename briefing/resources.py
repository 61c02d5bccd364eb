"""Finding packaged files: templates, language packs, the bundled example.

``templates/`` lives at the repository root and is force-included into the wheel
as ``briefing/templates``; from a source checkout it is found beside the package.
A user's templates folder (config ``templates``) is searched first.
"""

from __future__ import annotations

from pathlib import Path

from .errors import ConfigError

PACKAGE_DIR = Path(__file__).resolve().parent
EXAMPLE_ARTICLE = PACKAGE_DIR / "data" / "examples" / "intel-chiefs.id.txt"


def _builtin_templates() -> Path:
    installed = PACKAGE_DIR / "templates"
    if installed.is_dir():
        return installed
    return PACKAGE_DIR.parent / "templates"


def template_path(name: str, user_dir: str | Path | None = None) -> Path:
    """Path of template ``name`` (e.g. ``anki/qa_front.html``): user folder first."""
    if user_dir is not None:
        candidate = Path(user_dir) / name
        if candidate.is_file():
            return candidate
        if not Path(user_dir).is_dir():
            raise ConfigError(f"templates folder {user_dir} does not exist")
    path = _builtin_templates() / name
    if not path.is_file():
        raise ConfigError(f"template {name} is missing from {path.parent}; reinstall briefing")
    return path


def read_template(name: str, user_dir: str | Path | None = None) -> str:
    """Text of template ``name``."""
    return template_path(name, user_dir).read_text(encoding="utf-8")
