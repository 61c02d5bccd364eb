"""``python -m briefing``: the same as the ``briefing`` command."""

from .entry import main

main()
