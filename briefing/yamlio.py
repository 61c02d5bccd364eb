"""Loading YAML from users and packs: safe tags only, no aliases, bounded size.

``yaml.safe_load`` already refuses ``!!python/object``; aliases are refused too,
because a few lines of nested aliases expand into billions of nodes when walked.
"""

from __future__ import annotations

from typing import Any

import yaml

MAX_YAML_BYTES = 20 * 1024 * 1024

class _NoAliasLoader(yaml.SafeLoader):
    # The pure-Python loader: the C loader composes nodes in C, out of our reach.
    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.YAMLError(
                f"line {event.start_mark.line + 1}: YAML aliases (*name) are not allowed"
            )
        return super().compose_node(parent, index)


def load(text: str) -> Any:
    """Parse one YAML document; raises ``yaml.YAMLError`` on anything unsafe."""
    if len(text) > MAX_YAML_BYTES:
        raise yaml.YAMLError(f"document larger than {MAX_YAML_BYTES // 1_000_000} MB")
    return yaml.load(text, Loader=_NoAliasLoader)  # noqa: S506 - loader is safe


def load_pack_file(text: str) -> Any:
    """Parse a language-pack file: safe tags only, with the fast C parser when present.

    Pack files ship with briefing (or are written by whoever adds a language), so
    their size and aliases need no guard; start-up time does (packs load on every run).
    """
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader


def load_all(text: str) -> list[Any]:
    """Parse every document of a YAML stream."""
    if len(text) > MAX_YAML_BYTES:
        raise yaml.YAMLError(f"document larger than {MAX_YAML_BYTES // 1_000_000} MB")
    return [d for d in yaml.load_all(text, Loader=_NoAliasLoader) if d is not None]  # noqa: S506


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    pass


def _str_presenter(dumper: Any, data: str) -> Any:
    style = "|" if "\n" in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_Dumper.add_representer(str, _str_presenter)


def dump_all(docs: list[Any]) -> str:
    """Readable YAML: block style, Unicode kept, keys in the given order."""
    return yaml.dump_all(
        docs, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100,
        default_flow_style=False, explicit_start=len(docs) > 1,
    )
