"""A small per-user cache of what briefing derives from its own files on every run.

Start-up time: parsing three TrueType faces and the language pack's YAML costs
more than laying out the sheet. Their parsed form is kept here, keyed by what it
was derived from (each source file's resolved path, size and modification time,
plus the versions of briefing, Python and the parsing library), so a changed
file or an upgrade simply misses the cache and is parsed again.

- Where: ``$XDG_CACHE_HOME/briefing`` when that is an absolute path, else
  ``~/.cache/briefing`` (created with mode 0700).
- ``BRIEFING_NO_CACHE=1`` turns it off: nothing is read or written.
- Values are plain data (dicts, lists, tuples, str, bytes, numbers) stored with
  ``marshal`` behind a SHA-256 checksum and the full key: a truncated, corrupt or
  foreign file fails the check and is ignored (then rewritten); on POSIX a file
  not owned by the current user is ignored too.
- Writes go to a temporary file renamed into place, so readers never see half a
  file; a cache folder that cannot be written to only means no cache.

Nothing here ever raises: a cache that does not work is a cache miss.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

#: Set to anything but "" or "0" to neither read nor write the cache.
DISABLE_ENV = "BRIEFING_NO_CACHE"
#: Bumped when the layout of cached values changes.
FORMAT = 1
_MAGIC = b"BRFCACHE"
_DIGEST = 32


def enabled() -> bool:
    return os.environ.get(DISABLE_ENV, "").strip() in ("", "0")


def cache_dir() -> Path | None:
    """The cache folder (it may not exist yet); None when the cache is off."""
    if not enabled():
        return None
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    if base and os.path.isabs(base):
        return Path(base) / "briefing"
    try:
        return Path.home() / ".cache" / "briefing"
    except (RuntimeError, KeyError, OSError):  # no home directory
        return None


def file_key(path: str | Path) -> tuple[str, int, int]:
    """What identifies a source file's content cheaply: resolved path, size, mtime (ns)."""
    resolved = os.path.realpath(path)
    st = os.stat(resolved)
    return (resolved, st.st_size, st.st_mtime_ns)


def _base_key() -> tuple[Any, ...]:
    from . import __version__

    return (FORMAT, __version__, sys.version_info[:2], sys.implementation.name)


def _entry(kind: str, key: tuple[Any, ...]) -> tuple[Path, tuple[Any, ...]] | None:
    root = cache_dir()
    if root is None:
        return None
    full = (*_base_key(), kind, *key)
    name = hashlib.sha256(repr(full).encode("utf-8", "surrogatepass")).hexdigest()[:40]
    return root / kind / f"{name}.bin", full


def load(kind: str, key: tuple[Any, ...]) -> Any | None:
    """The value stored under ``kind``/``key``, or None (missing, corrupt, foreign, off)."""
    try:
        entry = _entry(kind, key)
        if entry is None:
            return None
        path, full = entry
        with open(path, "rb") as fh:
            if hasattr(os, "getuid") and os.fstat(fh.fileno()).st_uid != os.getuid():
                return None
            blob = fh.read()
        head = len(_MAGIC) + _DIGEST
        if len(blob) <= head or not blob.startswith(_MAGIC):
            return None
        body = blob[head:]
        if hashlib.sha256(body).digest() != blob[len(_MAGIC):head]:
            return None
        stored_key, value = marshal.loads(body)
        if stored_key != full:
            return None
        return value
    except Exception:  # unreadable, corrupt, unmarshallable: a miss
        return None


def store(kind: str, key: tuple[Any, ...], value: Any) -> bool:
    """Keep ``value`` (plain data only) under ``kind``/``key``; False when it was not kept."""
    tmp = None
    try:
        entry = _entry(kind, key)
        if entry is None:
            return False
        path, full = entry
        body = marshal.dumps((full, value))
        path.parent.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        path.parent.mkdir(exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".bin")
        with os.fdopen(fd, "wb") as fh:
            fh.write(_MAGIC + hashlib.sha256(body).digest() + body)
        os.replace(tmp, path)
        tmp = None
        return True
    except Exception:  # read-only, full disk, unmarshallable value: no cache
        return False
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
