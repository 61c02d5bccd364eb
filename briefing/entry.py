"""The ``briefing`` command's entry point (and ``python -m briefing``'s).

Start-up time (issue #6): a one-article ``briefing build`` spends most of its time
importing reportlab and drawing the PDF, which a helper process does while this one
extracts (see ``batch._PdfHelper``). The sooner that helper starts, the sooner the
build ends, so when the command line can only mean such a build, the helper is
forked here, before click and the rest are imported; ``run_batch`` adopts it (or,
when the build turns out to need none, lets it go). Only ``os`` and ``sys`` are
imported before the fork. Anything unusual on the command line means no early fork:
the build then starts its helper itself, as before, with the same output.
"""

from __future__ import annotations

import os
import sys

#: ``build``'s options that take a value (kept equal to the command's by a test).
BUILD_VALUE_OPTIONS = frozenset({
    "-o", "--output", "--deck-name", "-j", "--jobs", "--paper", "--ui-lang", "--templates",
    "--lang", "--max-cards", "--config", "--glob", "--encoding", "--max-input-mb",
})
#: Options after which no early helper is forked.
_NO_HELPER = frozenset({"-h", "--help", "--booklet"})
#: Inputs that may hold several articles.
_MULTI_SUFFIXES = (".jsonl", ".ndjson", ".json")

_early: tuple[int, int, int] | None = None


def wants_early_helper(args: list[str]) -> bool:
    """True when ``args`` are a ``build`` of at most one plain article file with
    more than one job (the default on a machine with several cores)."""
    if not sys.platform.startswith("linux") or not hasattr(os, "fork") or (os.cpu_count() or 1) < 2:
        return False
    while args and args[0] == "--debug":
        args = args[1:]
    if not args or args[0] != "build":
        return False
    inputs: list[str] = []
    rest = args[1:]
    i = 0
    while i < len(rest):
        arg = rest[i]
        name, eq, value = arg.partition("=")
        if arg in _NO_HELPER or name in _NO_HELPER:
            return False
        if arg == "--":
            inputs += rest[i + 1:]
            break
        if arg.startswith("-j") and len(arg) > 2 and not arg.startswith("--"):
            name, value, eq = "-j", arg[2:], "="  # "-j1"
        if name in BUILD_VALUE_OPTIONS:
            if not eq:
                if i + 1 >= len(rest):
                    return False
                value = rest[i + 1]
                i += 1
            if name in {"-j", "--jobs"} and value.strip() == "1":
                return False
        elif arg.startswith("-") and arg != "-":
            pass  # a flag: --split, --force, -q
        else:
            inputs.append(arg)
        i += 1
    if len(inputs) > 1:
        return False
    if inputs:
        path = inputs[0]
        if path == "-" or path.casefold().endswith(_MULTI_SUFFIXES):
            return False
        try:
            if not os.path.isfile(path):
                return False
        except (OSError, ValueError):
            return False
    return True


def fork_pdf_helper() -> tuple[int, int, int] | None:
    """Fork a process that runs ``batch._helper_main``: its (pid, send fd, receive fd),
    or None where forking is not safe and cheap (not Linux, threads running)."""
    threading = sys.modules.get("threading")
    if (not sys.platform.startswith("linux") or not hasattr(os, "fork")
            or (threading is not None and threading.active_count() > 1)):
        return None
    try:
        down_r, down_w = os.pipe()
        up_r, up_w = os.pipe()
    except OSError:
        return None
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:  # noqa: BLE001 - a closed stream must not stop the build
            pass
    try:
        pid = os.fork()
    except OSError:
        for fd in (down_r, down_w, up_r, up_w):
            os.close(fd)
        return None
    if pid == 0:  # the helper: never returns
        code = 1
        try:
            os.close(down_w)
            os.close(up_r)
            from .batch import _helper_main

            _helper_main(down_r, up_w)
            code = 0
        finally:
            os._exit(code)
    os.close(down_r)
    os.close(up_w)
    return pid, down_w, up_r


def fork_early_helper() -> None:
    """Fork the PDF helper now (see the module's doc); nothing when it cannot."""
    global _early
    if _early is None:
        _early = fork_pdf_helper()


def take_early_helper() -> tuple[int, int, int] | None:
    """The early helper's (pid, send fd, receive fd), once; None when there is none."""
    global _early
    found, _early = _early, None
    return found


def release_early_helper() -> None:
    """No use for the early helper: stop it (it has only been importing)."""
    found = take_early_helper()
    if found is None:
        return
    import contextlib
    import signal

    pid, send, receive = found
    for fd in (send, receive):
        with contextlib.suppress(OSError):
            os.close(fd)
    with contextlib.suppress(OSError):
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)


def main() -> None:
    if wants_early_helper(sys.argv[1:]):
        fork_early_helper()
    try:
        from .cli import main as cli_main

        cli_main()
    finally:
        release_early_helper()


__all__ = ["BUILD_VALUE_OPTIONS", "main", "wants_early_helper"]
