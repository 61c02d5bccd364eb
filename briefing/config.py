"""Configuration: built-in defaults < config file (YAML) < command-line flags.

One frozen ``Config``; ``load_config(path, **overrides)`` merges the layers and
names any unknown key or bad value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from .errors import ConfigError


@dataclass(frozen=True)
class Config:
    lang: str = "auto"
    max_cards: int | None = None
    deck_name: str | None = None
    templates: str | None = None
    paper: str = "a4"
    layout: str = "sheet"
    ui_lang: str | None = None
    font_dir: str | None = None
    max_input_mb: float = 20.0
    encoding: str | None = None


_CHOICES = {"paper": {"a4", "letter"}, "layout": {"sheet", "cards"}}


def _check(cfg: Config) -> Config:
    for name, allowed in _CHOICES.items():
        if getattr(cfg, name) not in allowed:
            raise ConfigError(f"config: '{name}' must be one of {', '.join(sorted(allowed))}")
    if not isinstance(cfg.lang, str) or not re.fullmatch(r"auto|[a-z]{2,3}(-[A-Za-z0-9]+)?", cfg.lang):
        raise ConfigError(f"'{cfg.lang}' is not a language code: use auto, id, en, or another "
                          "two- or three-letter code")
    if cfg.max_cards is not None and (not isinstance(cfg.max_cards, int) or cfg.max_cards < 1):
        raise ConfigError("config: 'max_cards' must be a whole number of at least 1")
    if not isinstance(cfg.max_input_mb, (int, float)) or cfg.max_input_mb <= 0:
        raise ConfigError("config: 'max_input_mb' must be a positive number")
    return cfg


def load_config(path: str | Path | None = None, **overrides: Any) -> Config:
    """Defaults, then the YAML file at ``path``, then ``overrides`` that are not None."""
    cfg = Config()
    names = {f.name: f for f in fields(Config)}
    if path is not None:
        from . import yamlio

        try:
            text = Path(path).read_text(encoding="utf-8")
        except FileNotFoundError:
            raise ConfigError(f"{path}: no such config file") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: cannot read config ({exc})") from None
        try:
            data = yamlio.load(text) or {}
        except Exception as exc:
            raise ConfigError(f"{path}: invalid YAML ({str(exc).splitlines()[0]})") from None
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: a config file is a mapping of option: value")
        unknown = sorted(set(map(str, data)) - set(names))
        if unknown:
            raise ConfigError(f"{path}: unknown option '{unknown[0]}' (known: {', '.join(sorted(names))})")
        data = {k.replace("-", "_"): v for k, v in data.items()}
        for key, value in data.items():
            if value is not None and key not in {"max_cards", "max_input_mb"} and not isinstance(value, str):
                raise ConfigError(f"{path}: option '{key}' must be text")
        cfg = replace(cfg, **data)
    cfg = replace(cfg, **{k: v for k, v in overrides.items() if v is not None and k in names})
    return _check(cfg)
