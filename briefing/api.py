"""The library entry points the CLI wraps; Python users call them too.

    >>> import briefing
    >>> ex = briefing.extract(open("article.txt").read(), lang="id")
    >>> [c.question for c in ex.cards]
    >>> briefing.write_apkg([ex], "deck.apkg"); briefing.write_pdf([ex], "sheet.pdf")

Stages are wired here and nowhere else: read -> segment -> mentions -> facts ->
cards -> rank. Exporters are imported lazily so that ``import briefing`` stays
cheap and ``briefing --help`` instant.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import NoFactsError, UnknownLanguage
from .ids import slug
from .lang import LanguagePack, available, detect, generic_pack, load_pack
from .models import Article, Card, Extraction, Fact, Mention, Sentence


def resolve_language(article: Article, lang: str | None) -> LanguagePack:
    """The pack for ``lang`` ('auto'/None: the article's own, else detected)."""
    code = lang if lang and lang != "auto" else article.lang
    if code and code != "auto":
        code = code.replace("_", "-").split("-")[0]  # "en-GB" from a page's <html lang>
    if not code or code == "auto":
        code = detect(f"{article.title}\n{article.text}")
        if code is None:
            raise UnknownLanguage(
                f"{article.source or article.title}: cannot tell the article's language; "
                f"pass --lang (packs: {', '.join(available())}; any other code gives cloze cards only)"
            )
    code = code.lower()
    if code in available():
        return load_pack(code)
    return generic_pack(code)


@dataclass(frozen=True)
class _Run:
    """One article through the pipeline up to its candidate cards (before ranking)."""

    article: Article
    pack: LanguagePack
    key: str
    sentences: list[Sentence]
    words: int
    mentions: list[Mention]
    facts: list[Fact]
    scores: dict[int, float]
    candidates: list[Card]
    side: frozenset[int] = frozenset()

    def cards(self, max_cards: int | None = None, minor: bool = False) -> list[Card]:
        """The deck: ``max_cards`` best cards, or the default size for the article.
        ``minor``: minor cards rank with the others (for an article that has no other)."""
        from .pipeline.rank import SHORT_PASSAGE_WORDS, default_max_cards, select

        short = self.words < SHORT_PASSAGE_WORDS
        default = select(self.candidates, default_max_cards(self.words), fill=short, sized=False, minor=minor,
                         lines=self.pack.get("meta", "deck_lines"))
        if max_cards is None:
            return default
        if max_cards <= len(default):
            return default[:max_cards]  # the best of the default deck
        # a bigger deck: the default deck, then the best of the rest
        return select(self.candidates, max_cards, fill=True, sized=True, minor=minor, keep=default)

    def with_minor(self) -> _Run:
        """The same run with the minor facts made too: facts and cards again, on the
        sentences, mentions and scores already found."""
        with _article_caches():
            return _facts_and_cards(self.article, self.pack, self.key, self.sentences, self.words,
                                    self.mentions, self.scores, self.side, minor=True)


@contextmanager
def _article_caches() -> Iterator[None]:
    """The pipeline's per-sentence caches live for one article: emptied after it."""
    from .pipeline.facts import Clauses
    from .pipeline.mentions import forget

    try:
        yield
    finally:
        forget()
        Clauses.forget()


def _facts_and_cards(article: Article, pack: LanguagePack, key: str, sentences: list[Sentence], words: int,
                     mentions: list[Mention], scores: dict[int, float], side: frozenset[int],
                     minor: bool) -> _Run:
    from .pipeline.cards import make_cards
    from .pipeline.facts import find_facts

    facts = find_facts(sentences, mentions, pack, article.title, minor)
    candidates = make_cards(facts, sentences, mentions, pack, key, scores, side, article.title)
    return _Run(article, pack, key, sentences, words, mentions, facts, scores, candidates, side)


def _run(article: Article, lang: str | None = None, minor: bool = True) -> _Run:
    """``minor``: make the minor gaps too, which only a deck of a size asked for can have
    (a default deck's run leaves them out and saves their time; ``_Run.with_minor`` adds
    them when the article has nothing else)."""
    from .pipeline.anchor import anchor
    from .pipeline.mentions import find_mentions
    from .pipeline.rank import asides, centrality
    from .pipeline.segment import segment

    pack = resolve_language(article, lang)
    key = article.key or slug(article.title)
    with _article_caches():
        sentences = segment(article, pack)
        words = sum(len(s.text.split()) for s in sentences)
        mentions = anchor(find_mentions(sentences, pack, article.title), article.date, pack)
        scores = centrality(sentences, article.title, pack)
        side = asides(sentences, article.title, pack)
        return _facts_and_cards(article, pack, key, sentences, words, mentions, scores, side, minor)


def extract_article(article: Article, *, lang: str | None = None,
                    max_cards: int | None = None) -> Extraction:
    """Run the pipeline on one article; raises ``NoFactsError`` when no card comes out."""
    from .pipeline.keyfacts import key_facts
    from .pipeline.rank import brief

    run = _run(article, lang, minor=max_cards is not None)
    cards = run.cards(max_cards)
    if not cards and max_cards is None:
        # every fact the article states is a minor one (a place it names once, ...): its
        # deck is still the best of them, not an error
        run = run.with_minor()
        cards = run.cards(None, minor=True)
    if not cards:
        raise NoFactsError(f"{article.source or article.title}: no facts found to make cards from")
    return Extraction(
        title=article.title, lang=run.pack.code, cards=tuple(cards), source=article.source,
        date=article.date, key=run.key, brief=tuple(brief(run.sentences, run.scores)),
        facts=tuple(key_facts(run.sentences, run.mentions, run.facts, run.pack)), words=run.words,
    )


def extract(text: str, *, lang: str | None = None, title: str | None = None,
            source: str | None = None, date: str | None = None,
            max_cards: int | None = None, fmt: str = "txt") -> Extraction:
    """Extract cards from an article given as a string (title on the first line
    unless ``title`` is given)."""
    from .read import read_text

    article = read_text(text, title=title, source=source, fmt=fmt)
    if date:
        article = replace(article, date=date)
    return extract_article(article, lang=lang, max_cards=max_cards)


def read_articles(inputs: Sequence[str], *, encoding: str | None = None, glob: str = "*",
                  max_bytes: int = 20_000_000) -> Iterator[Article | Exception]:
    """Articles from files, folders, JSON Lines or '-' (stdin); a bad one is yielded as its error."""
    from .read import read_inputs

    yield from read_inputs(inputs, encoding=encoding, glob=glob, max_bytes=max_bytes)


def load_deck(path: str | Path) -> list[Extraction]:
    """Read a (possibly hand-edited) deck file."""
    from .export.deckfile import load

    return load(path)


def dumps_deck(extractions: Sequence[Extraction], fmt: str = "yaml") -> str:
    """The deck file text: ``yaml`` (reviewable), ``json`` (one object or a list), ``jsonl``."""
    from .export import deckfile

    if fmt == "yaml":
        return deckfile.dumps_yaml(extractions)
    if fmt == "json":
        return deckfile.dumps_json(list(extractions))
    if fmt == "jsonl":
        return deckfile.dumps_jsonl(extractions)
    raise ValueError(f"unknown deck format {fmt!r}")


def write_deck_file(extractions: Sequence[Extraction], path: str | Path, fmt: str = "yaml") -> Path:
    """Write the deck file atomically."""
    from .fileio import atomic_open

    with atomic_open(path) as fh:
        fh.write(dumps_deck(extractions, fmt))
    return Path(path)


def write_apkg(extractions: Sequence[Extraction], path: str | Path, *,
               deck_name: str | None = None, templates_dir: str | Path | None = None,
               timestamp: float | None = None) -> int:
    """Write an Anki package; returns the number of notes."""
    from .export.anki import write_apkg as _write

    return _write(extractions, path, deck_name=deck_name, templates_dir=templates_dir,
                  timestamp=timestamp)


def write_pdf(extractions: Sequence[Extraction], path: str | Path, **options: object) -> int:
    """Write a briefing sheet (``layout='sheet'``) or printable cards (``'cards'``);
    returns the page count."""
    from .export.pdf import write_pdf as _write

    return _write(extractions, path, **options)  # type: ignore[arg-type]


def write_table(extractions: Sequence[Extraction], path: str | Path, fmt: str) -> int:
    """CSV/TSV for Anki's text import, or a Quizlet ``term<TAB>definition`` file."""
    from .export.tables import write_table as _write

    return _write(extractions, path, fmt=fmt)


@dataclass(frozen=True)
class BuildResult:
    """What ``build`` wrote: the deck(s), the PDFs, the failures, the counts of articles
    and cards, the time taken and, unless ``keep=False``, per article its extraction and
    ``ArticleResult`` (title, output name, card count, files)."""

    apkgs: tuple[Path, ...]
    pdfs: tuple[Path, ...]
    extractions: tuple[Extraction, ...]
    failures: tuple[str, ...]
    written: tuple[ArticleResult, ...] = ()
    articles: int = 0
    cards: int = 0
    seconds: float = 0.0


if TYPE_CHECKING:  # for BuildResult.written
    from .batch import ArticleResult


def unique_slugs(titles: Iterable[str]) -> list[str]:
    """Slugs for titles, made unique by a numeric suffix (see ``ids.SlugNamer``)."""
    from .ids import SlugNamer

    namer = SlugNamer()
    return [namer.take(t) for t in titles]


def build(inputs: Sequence[str], outdir: str | Path = ".", *, lang: str | None = None,
          max_cards: int | None = None, deck_name: str | None = None,
          templates_dir: str | Path | None = None, paper: str = "a4", ui_lang: str | None = None,
          split: bool = False, encoding: str | None = None, glob: str = "*",
          max_bytes: int = 20_000_000, booklet: bool = False, jobs: int | None = 1,
          force: bool = False, progress: bool = False,
          on_failure: Callable[[str], None] | None = None, keep: bool = True) -> BuildResult:
    """Articles in, ``<slug>.apkg`` and ``<slug>.pdf`` out (one package for a batch,
    a subdeck per article, unless ``split``; one PDF with a contents page with
    ``booklet``). A bad article is reported in ``failures`` and the rest are still
    written. ``jobs``: worker processes (1, the default here: none; ``None``: one
    per core). A file in ``outdir`` that briefing did not write is not overwritten
    unless ``force``. Pass ``keep=False`` for big batches: memory then stays flat (the
    per-article results are not kept). See ``briefing.batch.run_batch``."""
    from .batch import run_batch

    return run_batch(inputs, outdir, lang=lang, max_cards=max_cards, deck_name=deck_name,
                     templates_dir=templates_dir, paper=paper, ui_lang=ui_lang, split=split,
                     booklet=booklet, jobs=jobs, force=force, encoding=encoding, glob=glob,
                     max_bytes=max_bytes, progress=progress, on_failure=on_failure,
                     keep=keep)
