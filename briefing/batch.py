"""Batches: many articles in, decks and sheets out, across cores, in flat memory.

``run_batch(inputs, outdir, ...)`` is what ``briefing build`` and
``briefing.api.build`` do:

- articles are read lazily (``read_inputs`` is a generator) and go, in order,
  through a bounded window of work: with ``jobs > 1`` and at least two
  articles, a process pool extracts them and writes each article's PDF (and,
  with ``split``, its ``.apkg``) into a private temporary folder inside the
  output folder; results come back in input order, so a run with ``jobs=4``
  writes exactly the files (and bytes) of a run with ``jobs=1``;
- the parent names each output (``briefing.ids.slug``, made unique in input
  order like ``api.unique_slugs``) and moves it into place as soon as its
  article is done; the cards of a batch stream into one Anki collection on
  disk (a subdeck per article), so article texts and cards are not kept;
- ``booklet`` writes one PDF with a contents page instead of one per article
  (that one needs every extraction at the end, so it holds them);
- a bad article never stops the batch: it is reported (``on_failure``) and
  listed in ``BuildResult.failures``;
- an existing file is overwritten only when briefing wrote it: the output
  folder keeps ``.briefing-manifest.json`` listing the files briefing wrote
  there; anything else is refused unless ``force``.

Only the standard library is imported here at module level; genanki and
reportlab are imported when a package or a PDF is written.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import shutil
import sys
import tempfile
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, TYPE_CHECKING

from .errors import BriefingError, ExportError
from .ids import SlugNamer, slug

if TYPE_CHECKING:
    from .api import BuildResult
    from .models import Article, Extraction

#: The file in an output folder that lists what briefing wrote there.
MANIFEST = ".briefing-manifest.json"
#: Results waiting in order per worker: enough to keep every core busy while
#: an earlier, slower article finishes, small enough to keep memory flat.
WINDOW_PER_JOB = 4


@dataclass(frozen=True)
class ArticleResult:
    """One article a batch wrote: its title, output name (slug), card count and files."""

    title: str
    name: str
    cards: int
    pdf: Path | None = None
    apkg: Path | None = None


# ----------------------------------------------------------------- the manifest

class Manifest:
    """Which files of a folder briefing wrote (``.briefing-manifest.json``).

    A file is ours to overwrite when the manifest lists it, or when this run
    wrote it. The manifest is saved with entries whose files are gone pruned,
    merged with what another run may have saved meanwhile.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / MANIFEST
        self.ours = self._load()
        self.written: set[str] = set()

    def _load(self) -> set[str]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return set()
        files = data.get("files") if isinstance(data, dict) else None
        return {f for f in files if isinstance(f, str)} if isinstance(files, list) else set()

    def check(self, target: Path, force: bool) -> None:
        """Raise ``ExportError`` unless ``target`` may be (over)written."""
        name = target.name
        if force or name in self.written or name in self.ours or not os.path.lexists(target):
            return
        raise ExportError(f"{target}: already exists and was not written by briefing; "
                          "pass --force to overwrite it")

    def add(self, target: Path) -> None:
        self.written.add(target.name)

    def save(self) -> None:
        if not self.written:
            return
        names = self._load() | self.ours | self.written
        names = sorted(n for n in names if (self.folder / n).is_file())
        from .fileio import atomic_open

        with atomic_open(self.path) as fh:
            json.dump({"about": "files written by briefing; it overwrites only these "
                                "(or any file with --force)",
                       "version": 1, "files": names}, fh, indent=1)
            fh.write("\n")


# ----------------------------------------------------------------- the work

@dataclass(frozen=True)
class _Options:
    """What a worker needs besides the article (picklable)."""

    tmpdir: str
    lang: str | None
    max_cards: int | None
    pdf: bool
    apkg: bool
    deck_name: str | None
    templates_dir: str | None
    paper: str
    ui_lang: str | None
    timestamp: float


@dataclass(frozen=True)
class _Outcome:
    seq: int
    extraction: Extraction | None = None
    error: str | None = None
    pdf: str | None = None
    apkg: str | None = None
    #: a one-article build's package, written while the helper drew the PDF
    package: str | None = None


def _label(article: Article) -> str:
    return article.source or article.title


def split_deck_name(ex: Extraction, deck_name: str | None) -> str:
    """The deck of an article's own package in a ``split`` batch: the subdeck it would
    have in the batch's single package, ``<deck_name or Briefing>::<title>``."""
    from .export.anki import deck_name_for

    return deck_name_for(ex, deck_name, True)


def _work(seq: int, article: Article, opts: _Options,
          helper: _PdfHelper | None = None) -> _Outcome:
    """Extract one article and write its own files into ``opts.tmpdir``; the PDF is
    drawn by ``helper`` when one is given (and still alive).

    Never raises for a bad article: the error comes back as its one-line message.
    """
    from .api import extract_article

    try:
        ex = extract_article(article, lang=opts.lang, max_cards=opts.max_cards)
        pdf = apkg = package = None
        if opts.pdf:
            pdf = os.path.join(opts.tmpdir, f"{seq}.pdf")
            if helper is not None and helper.send(ex, pdf, opts):
                if not opts.apkg:
                    # the one article's package, written here while the helper draws
                    from .export.anki import write_apkg

                    package = os.path.join(opts.tmpdir, f"{seq}.package.apkg")
                    write_apkg([ex], package, deck_name=opts.deck_name,
                               templates_dir=opts.templates_dir, timestamp=opts.timestamp)
                if not helper.wait():
                    _draw_pdf(ex, pdf, opts)
            else:
                _draw_pdf(ex, pdf, opts)
        if opts.apkg:
            from .export.anki import write_apkg

            apkg = os.path.join(opts.tmpdir, f"{seq}.apkg")
            write_apkg([ex], apkg, deck_name=split_deck_name(ex, opts.deck_name),
                       templates_dir=opts.templates_dir, timestamp=opts.timestamp)
    except BriefingError as exc:
        return _Outcome(seq, error=str(exc))
    except Exception as exc:  # a bug on one article must not stop the batch
        kind = exc.kind if isinstance(exc, _HelperError) else type(exc).__name__
        return _Outcome(seq, error=f"{_label(article)}: internal error "
                                   f"({kind}: {exc}); please report it")
    return _Outcome(seq, extraction=ex, pdf=pdf, apkg=apkg, package=package)


def _draw_pdf(ex: Extraction, path: str, opts: _Options) -> None:
    from .export.pdf import write_pdf

    write_pdf([ex], path, paper=opts.paper, ui_lang=opts.ui_lang,
              templates_dir=opts.templates_dir)


class _HelperError(Exception):
    """An unexpected error in the PDF helper, carried back as its type and message."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


class _PdfHelper:
    """A forked process that draws a one-article build's PDF.

    Start-up time (issue #6): importing reportlab and loading the fonts cost about
    as much as extracting the article, and neither needs the other. With more than
    one job, a single article's build forks this helper first; it prepares
    reportlab while this process extracts, then receives the extraction (pickled,
    through a pipe), writes the PDF where ``_work`` would and sends back its
    warnings and its error, if any, which this process reports as its own. If the
    helper cannot start (no ``fork``, threads running) or dies, the PDF is drawn
    here as before: the same bytes either way.
    """

    def __init__(self, pid: int, sender: int, receive: int) -> None:
        self.pid, self.sender, self.receive = pid, sender, receive  # -1: closed

    @classmethod
    def start(cls) -> _PdfHelper | None:
        """The helper the command forked early, else a new one (None when forking is
        not safe and cheap here)."""
        from .entry import fork_pdf_helper, take_early_helper

        forked = take_early_helper() or fork_pdf_helper()
        return cls(*forked) if forked is not None else None

    def send(self, ex: Extraction, path: str, opts: _Options) -> bool:
        """Give the helper ``ex`` to draw to ``path`` (``wait`` for it); False when it
        is gone (draw it here then)."""
        import pickle

        try:
            with os.fdopen(self.sender, "wb") as fh:
                self.sender = -1  # the file object closes it now
                fh.write(pickle.dumps((ex, path, opts), protocol=pickle.HIGHEST_PROTOCOL))
        except Exception:
            self.cancel()
            return False
        return True

    def wait(self) -> bool:
        """The helper's PDF is written; False when it died (draw it here then). Its
        warnings are given again here; its error is raised."""
        import pickle
        import warnings

        try:
            receive, self.receive = self.receive, -1
            with os.fdopen(receive, "rb") as fh:
                reply = fh.read()
            result = pickle.loads(reply) if reply else None
        except Exception:
            result = None
        finally:
            self._reap()
        if not isinstance(result, tuple) or len(result) != 3:
            return False
        caught, kind, error = result
        import builtins

        for message, category in caught:
            cat = getattr(builtins, category, None)
            warnings.warn(message, cat if isinstance(cat, type) and issubclass(cat, Warning)
                          else UserWarning, stacklevel=2)
        if kind == "briefing":
            raise pickle.loads(error)
        if kind == "internal":
            raise _HelperError(*error)
        return True

    def cancel(self) -> None:
        """No PDF after all (the extraction failed): let the helper go."""
        for fd in (self.sender, self.receive):
            if fd >= 0:
                with contextlib.suppress(OSError):
                    os.close(fd)
        self.sender = self.receive = -1
        self._reap()

    def _reap(self) -> None:
        if self.pid:
            with contextlib.suppress(OSError):
                os.waitpid(self.pid, 0)
            self.pid = 0


def _helper_main(receive: int, send: int) -> None:
    """The helper process: prepare reportlab, then draw the one extraction it is sent
    (with the build's options: the helper may start before they are known)."""
    import pickle
    import signal
    import warnings

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    from .export.pdf import prepare

    with contextlib.suppress(Exception):
        prepare()
    with os.fdopen(receive, "rb") as fh:
        job = fh.read()
    if not job:
        return  # the extraction failed: nothing to draw
    ex, path, opts = pickle.loads(job)
    kind, error = "ok", None
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            _draw_pdf(ex, path, opts)
        except BriefingError as exc:
            try:
                kind, error = "briefing", pickle.dumps(exc)
                pickle.loads(error)
            except Exception:
                kind, error = "internal", (type(exc).__name__, str(exc))
        except Exception as exc:
            kind, error = "internal", (type(exc).__name__, str(exc))
    sent = [(str(w.message), w.category.__name__) for w in caught]
    with os.fdopen(send, "wb") as fh:
        fh.write(pickle.dumps((sent, kind, error)))


def _init_worker(parent: int) -> None:
    import signal
    import threading

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C

    def watch() -> None:  # a killed parent must not leave workers waiting forever
        while True:
            time.sleep(0.5)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="briefing-parent-watch", daemon=True).start()


def _outcomes(items: Iterable[Article | Exception], opts: _Options,
              jobs: int) -> Iterator[_Outcome]:
    """``_work`` over ``items`` in input order: inline for one job or fewer than two
    articles, else in a process pool through a bounded, ordered window."""
    it = iter(items)
    head: list[Article | Exception] = []
    articles = 0
    if jobs > 1:
        for item in it:
            head.append(item)
            articles += not isinstance(item, Exception)
            if articles >= 2:
                break
    stream = enumerate(itertools.chain(head, it))
    if not (jobs > 1 and articles < 2 and opts.pdf):
        from .entry import release_early_helper

        release_early_helper()  # a helper forked early by the command has nothing to do
    if jobs <= 1 or articles < 2:
        for seq, item in stream:
            if isinstance(item, Exception):
                yield _Outcome(seq, error=str(item))
            elif jobs > 1 and opts.pdf:
                # one article, several cores: its PDF is drawn by a helper process
                # that imports reportlab while this one extracts (see _PdfHelper)
                helper = _PdfHelper.start()
                try:
                    outcome = _work(seq, item, opts, helper)
                finally:
                    if helper is not None:
                        helper.cancel()
                yield outcome
            else:
                yield _work(seq, item, opts)
        return

    from concurrent.futures import Future, ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker,
                               initargs=(os.getpid(),))
    window: deque[Future[_Outcome] | _Outcome] = deque()
    limit = jobs * WINDOW_PER_JOB

    def pop() -> _Outcome:
        first = window.popleft()
        return first if isinstance(first, _Outcome) else first.result()

    try:
        for seq, item in stream:
            if isinstance(item, Exception):
                window.append(_Outcome(seq, error=str(item)))
            else:
                window.append(pool.submit(_work, seq, item, opts))
            while len(window) > limit or (window and isinstance(window[0], _Outcome)):
                yield pop()
        while window:
            yield pop()
    except BaseException:
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)


# ----------------------------------------------------------------- one package for a batch

class _PackageWriter:
    """One ``.apkg`` with a subdeck per article, written as the articles arrive.

    The notes go straight into an SQLite collection in a temporary folder (what
    genanki's ``Package.write_to_db`` does, deck by deck), and the deck and note
    type tables are written once at the end, so neither the cards nor the decks
    pile up in memory. The result is what ``export.anki.write_apkg`` gives for the
    same extractions: the same decks, notes, GUIDs, fields and tags.
    """

    def __init__(self, deck_name: str | None, templates_dir: str | None,
                 timestamp: float) -> None:
        import sqlite3

        from genanki.apkg_col import APKG_COL
        from genanki.apkg_schema import APKG_SCHEMA

        from .export.anki import note_models

        self.deck_name = deck_name
        self.timestamp = timestamp
        self.models = note_models(templates_dir)
        self.tmp = tempfile.TemporaryDirectory(prefix="briefing-apkg-")
        self.db_path = Path(self.tmp.name) / "collection.anki2"
        self.conn = sqlite3.connect(self.db_path)
        self.cursor = self.conn.cursor()
        self.cursor.executescript(APKG_SCHEMA)
        self.cursor.executescript(APKG_COL)
        self.decks = json.loads(self.cursor.execute("SELECT decks FROM col").fetchone()[0])
        self.model_json = json.loads(self.cursor.execute("SELECT models FROM col").fetchone()[0])
        self.model_deck: dict[int, int] = {}
        self.ids = itertools.count(int(timestamp * 1000))
        # Notes already written (by GUID) and the decks' JSON are kept on disk, not in
        # memory, so that memory stays flat however many articles come.
        self.cursor.execute("ATTACH DATABASE ? AS work", (str(Path(self.tmp.name) / "work.db"),))
        self.cursor.execute("CREATE TABLE work.seen (guid TEXT PRIMARY KEY)")
        self.cursor.execute("CREATE TABLE work.decks (id TEXT PRIMARY KEY, json TEXT)")
        self.notes = 0

    def add(self, ex: Extraction) -> None:
        import genanki

        from .export.anki import source_label, deck_name_for, note_fields, note_tags
        from .ids import deck_id, note_guid

        name = deck_name_for(ex, self.deck_name, True)
        did = deck_id(name)
        self.cursor.execute("INSERT OR REPLACE INTO work.decks VALUES (?, ?)",
                            (str(did), json.dumps(genanki.Deck(did, name).to_json())))
        label = source_label(ex.lang)
        for card in ex.cards:
            guid = note_guid(card.id)
            self.cursor.execute("INSERT OR IGNORE INTO work.seen VALUES (?)", (guid,))
            if not self.cursor.rowcount:
                continue  # the same card again (the same article twice)
            kind, fields = note_fields(card, ex, label)
            model = self.models[kind]
            note = genanki.Note(model=model, fields=fields, guid=guid, tags=note_tags(card, ex))
            note.write_to_db(self.cursor, self.timestamp, did, self.ids)
            self.model_deck[model.model_id] = did
            self.notes += 1

    def finish(self, target: Path) -> int:
        """Write the package to ``target`` (atomically); returns the note count."""
        import zipfile

        from .export.anki import zip_time
        from .fileio import atomic_path

        try:
            for model in self.models.values():
                if model.model_id in self.model_deck:
                    self.model_json[str(model.model_id)] = model.to_json(
                        self.timestamp, self.model_deck[model.model_id])
            self.cursor.execute("UPDATE col SET models = ?", (json.dumps(self.model_json),))
            self._write_decks()
            self.conn.commit()
            self.cursor.execute("DETACH DATABASE work")
            self.conn.close()
            when = zip_time(self.timestamp)
            with atomic_path(target) as tmp, zipfile.ZipFile(tmp, "w") as out:
                for name, source in (("collection.anki2", self.db_path), ("media", None)):
                    info = zipfile.ZipInfo(name, date_time=when)
                    info.compress_type = zipfile.ZIP_DEFLATED
                    info.external_attr = 0o644 << 16
                    if source is None:
                        out.writestr(info, b"{}")
                        continue
                    info.file_size = source.stat().st_size
                    with open(source, "rb") as src, out.open(info, "w") as dest:
                        shutil.copyfileobj(src, dest, 1 << 20)
        finally:
            self.close()
        return self.notes

    def _deck_parts(self) -> Iterator[bytes]:
        """The decks' JSON object in pieces: the collection's own decks, then one
        subdeck per article in the order they came."""
        yield b"{"
        sep = b""
        for k, v in self.decks.items():
            if not self.conn.execute("SELECT 1 FROM work.decks WHERE id = ?", (k,)).fetchone():
                yield sep + f"{json.dumps(k)}: {json.dumps(v)}".encode()
                sep = b", "
        for did, deck in self.conn.execute("SELECT id, json FROM work.decks ORDER BY rowid"):
            yield sep + f"{json.dumps(did)}: {deck}".encode()
            sep = b", "
        yield b"}"

    def _write_decks(self) -> None:
        """Stream the decks' JSON into ``col.decks``: a text of the right length is made
        first, then filled in place through SQLite's incremental I/O, so the whole JSON
        (about 320 bytes an article) is never one Python string, nor copied to bind it."""
        size = sum(len(part) for part in self._deck_parts())
        self.cursor.execute("UPDATE col SET decks = printf('%.*c', ?, ' ')", (size,))
        rowid = self.cursor.execute("SELECT rowid FROM col").fetchone()[0]
        buf = bytearray()
        with self.conn.blobopen("col", "decks", rowid) as blob:
            for part in self._deck_parts():
                buf += part
                if len(buf) >= 1 << 16:
                    blob.write(bytes(buf))
                    buf.clear()
            blob.write(bytes(buf))

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.conn.close()
        self.tmp.cleanup()


# ----------------------------------------------------------------- progress

class Progress:
    """A one-line progress bar on a terminal: count, rate, ETA (when the total is
    known). Redrawn at most ten times a second; ``clear()`` before printing a line."""

    def __init__(self, stream: IO[str], total: int | None) -> None:
        self.stream = stream
        self.total = total
        self.start = time.monotonic()
        self.last = 0.0
        self.shown = False

    def update(self, done: int, failed: int, final: bool = False) -> None:
        now = time.monotonic()
        if not final and now - self.last < 0.1:
            return
        self.last = now
        elapsed = max(now - self.start, 1e-9)
        rate = done / elapsed
        total = max(self.total or 0, done) if self.total else None
        parts = [f"{done:,}/{total:,} articles" if total else f"{done:,} articles"]
        if total:
            width = 24
            fill = int(width * done / total)
            parts.insert(0, "[" + "#" * fill + "." * (width - fill) + "]")
        parts.append(f"{rate:.1f}/s")
        if failed:
            parts.append(f"{failed} failed")
        if total and rate > 0 and done < total:
            parts.append(f"ETA {_clock((total - done) / rate)}")
        else:
            parts.append(_clock(elapsed))
        self.stream.write("\r" + "  ".join(parts) + "\x1b[K")
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False


def _clock(seconds: float) -> str:
    s = int(seconds + 0.5)
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"


def estimate_total(inputs: Sequence[str], glob: str = "*") -> int | None:
    """About how many articles ``inputs`` hold, cheaply (for the ETA): files count
    one, JSON Lines files one per non-blank line; ``None`` when it cannot tell (stdin)."""
    import fnmatch

    from .read import format_of

    def count(path: str) -> int:
        if format_of(path) != "jsonl":
            return 1
        n = 0
        try:
            with open(path, "rb") as fh:
                for line in fh:
                    n += bool(line.strip())
        except OSError:
            return 1
        return max(n, 1)

    pattern = (glob or "*").lower()
    total = 0
    for item in inputs:
        if item == "-":
            return None
        if not os.path.isdir(item):
            total += count(item)
            continue
        for dirpath, dirnames, filenames in os.walk(item):
            dirnames[:] = [d for d in dirnames if not d.startswith(".")]
            for name in filenames:
                if name.startswith("."):
                    continue
                path = os.path.join(dirpath, name)
                if pattern == "*":
                    if format_of(name) == "txt" and not name.lower().endswith((".txt", ".text")):
                        continue
                elif not fnmatch.fnmatchcase(
                        (os.path.relpath(path, item).replace(os.sep, "/")
                         if "/" in pattern else name).lower(), pattern):
                    continue
                total += count(path)
    return total


# ----------------------------------------------------------------- the batch

def run_batch(inputs: Sequence[str], outdir: str | Path = ".", *, lang: str | None = None,
              max_cards: int | None = None, deck_name: str | None = None,
              templates_dir: str | Path | None = None, paper: str = "a4",
              ui_lang: str | None = None, split: bool = False, booklet: bool = False,
              jobs: int | None = None, force: bool = False, encoding: str | None = None,
              glob: str = "*", max_bytes: int = 20_000_000, progress: bool = False,
              progress_stream: IO[str] | None = None,
              on_failure: Callable[[str], None] | None = None,
              on_article: Callable[[ArticleResult], None] | None = None,
              keep: bool = False) -> BuildResult:
    """Articles in, decks and sheets out (see the module's doc).

    One article: ``<slug>.apkg`` (deck ``deck_name`` or ``Briefing::<title>``) and
    ``<slug>.pdf``. Several: ``<slug(deck_name) or 'briefing'>.apkg`` with a subdeck
    ``<deck_name or Briefing>::<title>`` per article (``split``: ``<slug>.apkg`` each,
    same deck names) and ``<slug>.pdf`` each (``booklet``: one PDF with a contents
    page, named like the package). ``jobs``: worker processes (default: the number
    of cores; 1: no pool). ``progress``: a bar on ``progress_stream`` (default
    stderr) when that is a terminal. ``on_failure`` is called with each failure's
    one-line message, ``on_article`` with each article written, as they happen.

    ``keep``: also return every ``Extraction`` and, per article, its
    ``ArticleResult`` (``written``) and files (``pdfs``; ``apkgs`` with ``split``);
    memory then grows with the batch. Without it memory stays flat: the result
    has the counts, the failures and the batch's own files (the package, the
    booklet, or a single article's files).
    """
    from .api import BuildResult
    from .export.anki import resolve_timestamp
    from .resources import EXAMPLE_ARTICLE

    started = time.perf_counter()
    outdir = Path(outdir)
    if not outdir.is_dir():
        raise ExportError(f"{outdir}: output folder does not exist")
    if jobs is None:
        jobs = os.cpu_count() or 1
    jobs = max(1, int(jobs))
    timestamp = resolve_timestamp(None)  # one time stamp for every package of the batch

    stream = progress_stream if progress_stream is not None else sys.stderr
    bar: Progress | None = None
    if progress and stream.isatty():
        bar = Progress(stream, estimate_total(inputs, glob))

    manifest = Manifest(outdir)
    names = SlugNamer()
    failures: list[str] = []
    written: list[ArticleResult] = []
    articles_done = 0
    kept: list[Extraction] = []
    apkgs: list[Path] = []
    pdfs: list[Path] = []
    cards = 0
    first: Extraction | None = None
    first_name = ""
    first_package: str | None = None
    package: _PackageWriter | None = None
    package_path = outdir / f"{slug(deck_name) if deck_name else 'briefing'}.apkg"
    package_refused = False

    def fail(message: str) -> None:
        failures.append(message)
        if on_failure is not None:
            if bar is not None:
                bar.clear()
            on_failure(message)

    def done(item: ArticleResult) -> None:
        if keep:
            written.append(item)
            if item.pdf is not None:
                pdfs.append(item.pdf)
            if item.apkg is not None:
                apkgs.append(item.apkg)
        if on_article is not None:
            if bar is not None:
                bar.clear()
            on_article(item)

    def articles() -> Iterator[Article | Exception]:
        from .api import read_articles

        for item in read_articles(inputs, encoding=encoding, glob=glob, max_bytes=max_bytes):
            if (not isinstance(item, Exception) and item.source
                    and Path(item.source) == EXAMPLE_ARTICLE):
                item = replace(item, source=f"{EXAMPLE_ARTICLE.name} (bundled example)")
            yield item

    tmpdir = tempfile.mkdtemp(prefix=".briefing-tmp-", dir=outdir)
    opts = _Options(tmpdir=tmpdir, lang=lang, max_cards=max_cards, pdf=not booklet, apkg=split,
                    deck_name=deck_name,
                    templates_dir=str(templates_dir) if templates_dir is not None else None,
                    paper=paper, ui_lang=ui_lang, timestamp=timestamp)
    try:
        for outcome in _outcomes(articles(), opts, jobs):
            if outcome.error is not None or outcome.extraction is None:
                fail(outcome.error or "unknown error")
            else:
                ex = outcome.extraction
                name = names.take(ex.title)
                pdf = outdir / f"{name}.pdf" if outcome.pdf else None
                apkg = outdir / f"{name}.apkg" if outcome.apkg else None
                try:
                    for target in (pdf, apkg):
                        if target is not None:
                            manifest.check(target, force)
                    for target, tmp in ((pdf, outcome.pdf), (apkg, outcome.apkg)):
                        if target is not None and tmp is not None:
                            _place(tmp, target)
                            manifest.add(target)
                except ExportError as exc:
                    fail(str(exc))
                else:
                    cards += len(ex.cards)
                    articles_done += 1
                    done(ArticleResult(ex.title, name, len(ex.cards), pdf, apkg))
                    if keep or booklet:
                        kept.append(ex)
                    if first is None:
                        first, first_name, first_package = ex, name, outcome.package
                    elif not split and not package_refused:
                        if package is None:
                            try:
                                manifest.check(package_path, force)
                            except ExportError as exc:
                                package_refused = True
                                fail(str(exc))
                            else:
                                package = _PackageWriter(deck_name, opts.templates_dir, timestamp)
                                package.add(first)
                        if package is not None:
                            package.add(ex)
            if bar is not None:
                bar.update(articles_done, len(failures))

        if bar is not None:
            bar.update(articles_done, len(failures), final=True)
            bar.clear()
        # The files that depend on how many articles there were.
        try:
            if first is not None and articles_done == 1 and (not split or deck_name):
                target = outdir / f"{first_name}.apkg"
                if not split:
                    manifest.check(target, force)
                if first_package is not None:
                    _place(first_package, target)  # written while the PDF was drawn
                else:
                    from .export.anki import write_apkg

                    write_apkg([first], target, deck_name=deck_name, templates_dir=templates_dir,
                               timestamp=timestamp)
                manifest.add(target)
                if not split:
                    apkgs.append(target)
            elif package is not None:
                package.finish(package_path)
                manifest.add(package_path)
                apkgs.append(package_path)
                package = None
        except ExportError as exc:
            fail(str(exc))
        if booklet and kept:
            target = outdir / (f"{first_name}.pdf" if articles_done == 1
                               else f"{package_path.stem}.pdf")
            try:
                manifest.check(target, force)
                from .export.pdf import write_pdf

                write_pdf(kept, target, paper=paper, ui_lang=ui_lang, templates_dir=templates_dir)
                manifest.add(target)
                pdfs.append(target)
            except ExportError as exc:
                fail(str(exc))
    finally:
        if bar is not None:
            bar.clear()
        if package is not None:
            package.close()
        shutil.rmtree(tmpdir, ignore_errors=True)
        manifest.save()
    return BuildResult(
        apkgs=tuple(apkgs), pdfs=tuple(pdfs),
        extractions=tuple(kept) if keep else (), failures=tuple(failures),
        written=tuple(written), articles=articles_done, cards=cards,
        seconds=time.perf_counter() - started,
    )


def _place(tmp: str, target: Path) -> None:
    """Move a finished file from the batch's temporary folder to its name."""
    try:
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except OSError as exc:
        raise ExportError(f"{target}: could not write ({exc.strerror or exc})") from None


__all__ = ["ArticleResult", "MANIFEST", "Manifest", "Progress", "estimate_total", "run_batch",
           "split_deck_name"]
