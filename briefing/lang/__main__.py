"""``python -m briefing.lang``: rewrite the compiled form of every shipped pack
(``briefing/lang/_compiled/<code>.json``) after editing its YAML. A pack whose
compiled form is missing or stale still loads, from its YAML, only slower."""

from __future__ import annotations

import json

from . import COMPILED_DIR, available, compile_pack


def main() -> None:
    COMPILED_DIR.mkdir(exist_ok=True)
    for code in available():
        text = json.dumps(compile_pack(code), ensure_ascii=False, indent=0)
        (COMPILED_DIR / f"{code}.json").write_text(text + "\n", encoding="utf-8")
        print(f"{code}: {COMPILED_DIR.name}/{code}.json")


if __name__ == "__main__":
    main()
