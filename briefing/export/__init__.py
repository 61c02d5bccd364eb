"""Exporters: each takes ``Extraction`` objects (or a deck file) and writes a file.

They import only ``briefing.models``, ``briefing.ids``, ``briefing.fileio`` and
their own third-party library, never the pipeline.
"""
