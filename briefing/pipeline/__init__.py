"""The extraction pipeline: segment -> mentions -> facts -> cards -> rank.

Each stage is a module with one entry function over the shared models; they do
not import each other. ``briefing.api`` wires them together.
"""
