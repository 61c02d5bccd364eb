"""The command line: click commands over ``briefing.api``.

Each command parses options, calls the library and prints a summary. This is
the only place where library errors become click errors: a one-line message and
exit code 1 (bad input) or 2 (bad usage); ``--debug`` shows the traceback.
"""

from __future__ import annotations

import contextlib
import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from . import __version__
from .errors import BriefingError, ExportError

LANG_HELP = "Article language: auto (detect), id, en, or any code for cloze-only cards."


def _fail(exc: BriefingError) -> click.ClickException:
    err = click.ClickException(str(exc))
    err.exit_code = exc.exit_code
    return err


def common_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Options every extracting command shares."""
    for deco in reversed([
        click.option("--lang", default=None, help=LANG_HELP),
        click.option("--max-cards", type=click.IntRange(min=1), default=None,
                     help="Keep at most N cards per article (default: about 5 per 100 words)."),
        click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
                     help="YAML config file; flags override it."),
    ]):
        func = deco(func)
    return func


def input_options(func: Callable[..., Any]) -> Callable[..., Any]:
    for deco in reversed([
        click.option("--glob", default="*", show_default=True,
                     help="Which files to take from a folder, e.g. '*.txt'."),
        click.option("--encoding", default=None, help="Encoding of legacy 8-bit files, e.g. cp1252."),
        click.option("--max-input-mb", type=click.FloatRange(min=0.001), default=None,
                     help="Refuse articles larger than this (default 20 MB)."),
    ]):
        func = deco(func)
    return func


def deckfile_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Options of the commands that build from deck files."""
    for deco in reversed([
        click.option("--templates", default=None, type=click.Path(file_okay=False),
                     help="Folder of your own templates (anki/*.html, pdf/style.yaml)."),
        click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
                     help="YAML config file; flags override it."),
    ]):
        func = deco(func)
    return func


def _config(config_path: str | None, **flags: Any) -> Any:
    from .config import load_config

    return load_config(config_path, **flags)


def handle_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except BriefingError as exc:
            if click.get_current_context().find_root().params.get("debug"):
                raise
            raise _fail(exc) from None
    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="briefing")
@click.option("--debug", is_flag=True, help="Show the full traceback of an error (for bug reports).")
def cli(debug: bool) -> None:
    """Turn news articles into Anki decks and printable briefing sheets, offline.

    \b
    Examples:
      briefing build                      # the bundled example article
      briefing build article.txt -o out/  # out/<slug>.apkg and out/<slug>.pdf
      briefing extract article.txt -o deck.yaml   # review, then:
      briefing deck deck.yaml -o deck.apkg && briefing pdf deck.yaml -o sheet.pdf
    """


@cli.command()
@click.argument("articles", nargs=-1)
@click.option("-o", "--output", "outdir", type=click.Path(file_okay=False), default=".",
              show_default=True, help="Folder for the .apkg and .pdf files.")
@click.option("--deck-name", default=None, help="Anki deck name (a batch: the parent deck).")
@click.option("--split", is_flag=True, help="With several articles: one .apkg per article.")
@click.option("--booklet", is_flag=True,
              help="One PDF for all articles, with a contents page, instead of one each.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: one per core; 1: no workers).")
@click.option("--force", is_flag=True,
              help="Overwrite existing files that briefing did not write.")
@click.option("--paper", type=click.Choice(["a4", "letter"]), default=None, help="PDF paper size.")
@click.option("--ui-lang", default=None, help="Language of the PDF headings (default: the article's).")
@click.option("--templates", default=None, type=click.Path(file_okay=False),
              help="Folder of your own templates, searched before the built-in ones.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors (no progress bar).")
@common_options
@input_options
@handle_errors
def build(articles: tuple[str, ...], outdir: str, deck_name: str | None, split: bool,
          booklet: bool, jobs: int | None, force: bool, paper: str | None, ui_lang: str | None,
          templates: str | None, quiet: bool, lang: str | None, max_cards: int | None,
          config_path: str | None, glob: str, encoding: str | None,
          max_input_mb: float | None) -> None:
    """Write an Anki deck (.apkg) and a briefing sheet (.pdf) for each article.

    ARTICLES are .txt, .md, .html, .jsonl files, folders, or - for stdin. With
    none, the bundled example article (Indonesian) is used. Several articles
    make one .apkg with a subdeck per article (or one each with --split) and
    one PDF per article (or one booklet with --booklet), extracted on every
    core (-j). A bad article is reported and the rest are written (exit 1).
    Existing files are overwritten only if briefing wrote them (the folder's
    .briefing-manifest.json lists them), or with --force.

    \b
    Examples:
      briefing build
      briefing build news/ --glob '*.txt' -o decks/ --deck-name "Current affairs"
      briefing build feed.jsonl -o out/ --booklet -j 4
    """
    from .batch import run_batch
    from .resources import EXAMPLE_ARTICLE

    cfg = _config(config_path, lang=lang, max_cards=max_cards, deck_name=deck_name, paper=paper,
                  ui_lang=ui_lang, templates=templates, max_input_mb=max_input_mb, encoding=encoding)
    try:
        Path(outdir).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"{outdir}: cannot create the output folder ({exc.strerror})") from None
    result = run_batch(
        list(articles) or [str(EXAMPLE_ARTICLE)], outdir, lang=cfg.lang, max_cards=cfg.max_cards,
        deck_name=cfg.deck_name, templates_dir=cfg.templates, paper=cfg.paper,
        ui_lang=cfg.ui_lang, split=split, booklet=booklet, jobs=jobs, force=force,
        encoding=cfg.encoding, glob=glob, max_bytes=int(cfg.max_input_mb * 1_000_000),
        progress=not quiet, on_failure=lambda msg: click.echo(f"Error: {msg}", err=True),
        on_article=None if quiet else _print_article)
    if not quiet:
        for path in result.apkgs:
            click.echo(f"wrote {path}")
        for path in result.pdfs:  # the booklet
            click.echo(f"wrote {path}  ({result.articles} article(s))")
        click.echo(f"{result.articles} article(s), {_count(result.cards, 'card')}, "
                   f"{len(result.failures)} failed, {result.seconds:.1f} s")
    if result.failures:
        sys.exit(1)


def _count(n: int, noun: str) -> str:
    """The count and its noun: "1 card", "9 cards"."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _print_article(item: Any) -> None:
    """One line per article a build wrote, as it is written."""
    for path in (item.apkg, item.pdf):
        if path is not None:
            click.echo(f"wrote {path}  ({_count(item.cards, 'card')}: {item.title})")


@cli.command()
@click.argument("articles", nargs=-1, required=True)
@click.option("-o", "--output", default="-", show_default=True,
              help="Deck file to write, or - for standard output.")
@click.option("--format", "fmt", type=click.Choice(["yaml", "json", "jsonl"]), default=None,
              help="yaml (reviewable deck file, default), json (one object, or a list), jsonl.")
@common_options
@input_options
@handle_errors
def extract(articles: tuple[str, ...], output: str, fmt: str | None, lang: str | None,
            max_cards: int | None, config_path: str | None, glob: str, encoding: str | None,
            max_input_mb: float | None) -> None:
    """Extract cards into a deck file to review, or JSON for scripts.

    The YAML deck file can be edited (delete cards, reword questions) and then
    turned into a deck with `briefing deck` and a sheet with `briefing pdf`.

    \b
    Examples:
      briefing extract article.txt -o deck.yaml
      briefing extract a.txt b.txt --format jsonl | jq .title
    """
    from . import api

    cfg = _config(config_path, lang=lang, max_cards=max_cards, max_input_mb=max_input_mb,
                  encoding=encoding)
    if fmt is None:
        fmt = {".json": "json", ".jsonl": "jsonl"}.get(Path(output).suffix.lower(), "yaml")
    extractions = []
    failures = []
    for item in api.read_articles(list(articles), encoding=cfg.encoding, glob=glob,
                                  max_bytes=int(cfg.max_input_mb * 1_000_000)):
        if isinstance(item, Exception):
            failures.append(str(item))
            continue
        try:
            extractions.append(api.extract_article(item, lang=cfg.lang, max_cards=cfg.max_cards))
        except BriefingError as exc:
            failures.append(str(exc))
    for failure in failures:
        click.echo(f"Error: {failure}", err=True)
    if extractions:
        if output == "-":
            click.echo(api.dumps_deck(extractions, fmt), nl=False)
        else:
            api.write_deck_file(extractions, output, fmt)
            click.echo(f"wrote {output} ({_count(sum(len(e.cards) for e in extractions), 'card')})", err=True)
    if failures:
        sys.exit(1)


@cli.command()
@click.argument("deckfiles", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("-o", "--output", required=True, help="OUT.apkg, or .csv/.tsv/.txt (Quizlet).")
@click.option("--format", "fmt", type=click.Choice(["apkg", "csv", "tsv", "quizlet"]), default=None,
              help="Output format (default: from the output's extension).")
@click.option("--deck-name", default=None, help="Anki deck name.")
@deckfile_options
@handle_errors
def deck(deckfiles: tuple[str, ...], output: str, fmt: str | None, deck_name: str | None,
         templates: str | None, config_path: str | None) -> None:
    """Build an Anki deck (or a CSV/TSV/Quizlet table) from deck files.

    \b
    Examples:
      briefing deck deck.yaml -o deck.apkg
      briefing deck a.yaml b.yaml -o batch.apkg --deck-name "Week 12"
      briefing deck deck.yaml -o cards.tsv
    """
    from . import api

    cfg = _config(config_path, deck_name=deck_name, templates=templates)
    extractions = [e for f in deckfiles for e in api.load_deck(f)]
    if fmt is None:
        fmt = {".csv": "csv", ".tsv": "tsv", ".txt": "quizlet"}.get(Path(output).suffix.lower(), "apkg")
    if fmt == "apkg":
        n = api.write_apkg(extractions, output, deck_name=cfg.deck_name, templates_dir=cfg.templates)
        click.echo(f"wrote {output} ({n} notes)")
    else:
        n = api.write_table(extractions, output, fmt)
        click.echo(f"wrote {output} ({n} rows)")


@cli.command()
@click.argument("deckfiles", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("-o", "--output", required=True, help="OUT.pdf")
@click.option("--layout", type=click.Choice(["sheet", "cards"]), default=None,
              help="sheet: briefing sheet with quiz and answer key; cards: printable flashcards.")
@click.option("--paper", type=click.Choice(["a4", "letter"]), default=None, help="Paper size.")
@click.option("--ui-lang", default=None, help="Language of the headings (default: the article's).")
@click.option("--flip", type=click.Choice(["long", "short"]), default="long", show_default=True,
              help="Duplex flip edge for --layout cards.")
@click.option("--offset-x", type=float, default=0.0, help="Shift card backs right by MM.")
@click.option("--offset-y", type=float, default=0.0, help="Shift card backs up by MM.")
@deckfile_options
@handle_errors
def pdf(deckfiles: tuple[str, ...], output: str, layout: str | None, paper: str | None,
        ui_lang: str | None, flip: str, offset_x: float, offset_y: float, templates: str | None,
        config_path: str | None) -> None:
    """Print a briefing sheet or flashcards from deck files.

    \b
    Examples:
      briefing pdf deck.yaml -o sheet.pdf
      briefing pdf deck.yaml -o cards.pdf --layout cards --paper letter
    """
    from . import api

    cfg = _config(config_path, layout=layout, paper=paper, ui_lang=ui_lang, templates=templates)
    extractions = [e for f in deckfiles for e in api.load_deck(f)]
    pages = api.write_pdf(extractions, output, layout=cfg.layout, paper=cfg.paper,
                          ui_lang=cfg.ui_lang, templates_dir=cfg.templates, flip=flip,
                          offset_mm=(offset_x, offset_y), font_dir=cfg.font_dir)
    click.echo(f"wrote {output} ({pages} pages)")


@cli.command(name="eval")
@click.argument("gold", type=click.Path(dir_okay=False))
@click.option("--lang", default=None, help="Only passages of this language.")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Only the first N passages.")
@handle_errors
def eval_cmd(gold: str, lang: str | None, limit: int | None) -> None:
    """Measure extraction against gold questions and answers (JSON Lines).

    Each line: {"id", "lang", "context", "qas": [{"question", "answers": [...]}]}.
    Prints answer recall, recall within the top-ranked cards, cards per 100
    words and the share of cards matching no gold answer.

    \b
    Example:
      briefing eval ../shared/corpus/qa/id_facqa_train.jsonl
    """
    from .evaluate import evaluate_file

    report = evaluate_file(gold, lang=lang, limit=limit)
    click.echo(report.format())


@cli.command()
def langs() -> None:
    """List the language packs.

    \b
    Example:
      briefing langs
    """
    from .lang import available, load_pack

    for code in available():
        click.echo(f"{code}  {load_pack(code).name}")


class _Terminated(BaseException):
    """SIGTERM or SIGHUP, raised where the program is so that cleanup runs."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def main() -> None:
    """Console entry point: no traceback for anything a user can cause."""
    debug = "--debug" in sys.argv[1:]
    import signal
    import warnings

    received: list[int] = []

    def terminated(signum: int, frame: Any) -> None:
        # ``kill`` or a closed terminal: unwind like Ctrl-C, so that temporary files
        # and folders are removed and no half-written output is left
        received.append(signum)
        raise _Terminated(signum)

    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            with contextlib.suppress(ValueError, OSError):  # not the main thread
                signal.signal(getattr(signal, name), terminated)

    # a warning is one line on stderr ("Warning: ..."), not Python's two-line form
    warnings.formatwarning = lambda message, *args, **kwargs: f"Warning: {message}\n"
    try:
        cli.main(standalone_mode=False)
        if received:
            # the signal's exception was raised inside a callback Python runs for itself (a
            # module lock's, a finaliser), which reports it as "Exception ignored" and goes on:
            # the work finished, every file whole, but the exit still says it was terminated
            # (seen once in a fresh clone's test run: a SIGHUP build exited 0)
            raise _Terminated(received[0])
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except BriefingError as exc:
        if debug:
            raise
        click.echo(f"Error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        click.echo("Interrupted.", err=True)
        sys.exit(130)
    except _Terminated as exc:
        click.echo("Terminated.", err=True)
        sys.exit(128 + exc.signum)
    except Exception as exc:  # a bug: say so in one line, traceback with --debug
        if debug:
            raise
        click.echo(f"Error: internal error ({type(exc).__name__}: {exc}); "
                   "rerun with --debug and report it", err=True)
        sys.exit(3)
