"""PDF export: a printable briefing sheet, or printable double-sided flashcards.

``write_pdf(extractions, path)`` writes one PDF. The *sheet* layout gives, per
article: a header, "In brief", key facts grouped by kind (with a timeline drawn
as a graphic), a glossary, a numbered quiz and, on a page of its own, the answer
key. The *cards* layout gives a grid of cards per sheet: questions on odd pages,
answers on even pages, mirrored so that duplex printing puts every answer behind
its question.

Safety and reproducibility:

- every text taken from an extraction is escaped before it reaches reportlab's
  ``Paragraph`` markup parser, so ``AT&T``, ``x<y`` or ``<img src=...>`` print
  literally and never make reportlab open a file or a URL;
- a Unicode TrueType family (DejaVu Sans) is registered and embedded (subset);
  without one the standard Helvetica is used and one warning names the
  characters it cannot draw;
- the document is built in reportlab's invariant mode: the same input gives a
  byte-identical file; ``SOURCE_DATE_EPOCH`` sets the creation date;
- reportlab is imported only when a PDF is written;
- the file is written through ``atomic_path``: a failure leaves nothing behind.

Styles (sizes, colours, margins) come from ``templates/pdf/style.yaml``; a key
missing there falls back to ``DEFAULT_STYLE``.
"""

from __future__ import annotations

import hashlib
import os
import re
import struct
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import BriefingError, ConfigError, ExportError
from ..fileio import atomic_path
from ..models import Card, Extraction, KeyFact

LAYOUTS = ("sheet", "cards")
PAPERS = ("a4", "letter")
FLIPS = ("long", "short")

#: Used for every key that ``templates/pdf/style.yaml`` leaves out.
DEFAULT_STYLE: dict[str, dict[str, Any]] = {
    "page": {
        "margin_top_mm": 18.0, "margin_bottom_mm": 20.0,
        "margin_left_mm": 20.0, "margin_right_mm": 20.0,
    },
    "text": {
        "title_size": 19.0, "meta_size": 8.5, "heading_size": 12.0, "group_size": 8.0,
        "body_size": 9.5, "small_size": 8.0, "footer_size": 7.5, "leading_ratio": 1.32,
    },
    "colours": {
        "text": "#1f2328", "muted": "#5b6470", "accent": "#1d4e89",
        "rule": "#c5cbd3", "band": "#eef2f7",
    },
    "quiz": {"write_line_mm": 7.0, "blank_min": 8, "blank_max": 22},
    "cards": {
        "margin_mm": 12.0, "padding_mm": 5.0, "columns": 2, "rows": 4,
        "question_size": 12.0, "answer_size": 14.0, "min_size": 5.0, "cut_mark_mm": 5.0,
    },
}

#: Where a Unicode font family is looked for when ``font_dir`` is not given.
FONT_SEARCH_DIRS: tuple[str, ...] = (
    "/usr/share/fonts", "/usr/local/share/fonts", "~/.fonts", "~/.local/share/fonts",
)
#: The four faces of the family, by file name.
FONT_FILES = {
    "normal": "DejaVuSans.ttf",
    "bold": "DejaVuSans-Bold.ttf",
    "italic": "DejaVuSans-Oblique.ttf",
    "boldItalic": "DejaVuSans-BoldOblique.ttf",
}

#: A run of characters without a space longer than this is shortened on the page:
#: reportlab splits an unbreakable word in quadratic time (a 200,000-character
#: "word" took minutes), and no reader needs more than its two ends.
LONGEST_WORD = 60
_LONG_WORD = re.compile(r"\S{%d,}" % (LONGEST_WORD + 1))


def _clip_word(m: re.Match[str]) -> str:
    word = m.group()
    return f"{word[:40]}…{word[-12:]}"


def escape(text: str) -> str:
    """``xml.sax.saxutils.escape``: &, < and > as entities (that module imports
    urllib, http and email, ~15 ms of start-up, for these three replacements);
    words longer than ``LONGEST_WORD`` are shortened for print."""
    text = _LONG_WORD.sub(_clip_word, text)
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


_CLOZE = re.compile(r"\{\{c\d+::((?:(?!::|\}\}).)*)(?:::((?:(?!\}\}).)*))?\}\}", re.S)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
#: Indent of a quiz question's text, options and writing line (room for "20.").
_QUIZ_INDENT = 21.0


# --------------------------------------------------------------------------- API

def write_pdf(extractions: Sequence[Extraction], path: str | Path, *, layout: str = "sheet",
              paper: str = "a4", ui_lang: str | None = None,
              templates_dir: str | Path | None = None, flip: str = "long",
              offset_mm: tuple[float, float] = (0.0, 0.0),
              font_dir: str | Path | None = None) -> int:
    """Write one PDF (several extractions -> one after another, each starting on a
    new page, booklet with a contents list at the front when >1); returns the page count.

    ``layout``: ``"sheet"`` (briefing sheet, quiz, answer key) or ``"cards"``
    (printable flashcards, fronts on odd pages, backs on even pages).
    ``paper``: ``"a4"`` or ``"letter"``. ``ui_lang``: language of the headings
    (default: each extraction's own). ``templates_dir``: a folder whose
    ``pdf/style.yaml`` overrides the bundled one. ``flip``: the duplex flip edge
    for cards (``"long"`` mirrors columns on the backs, ``"short"`` mirrors rows).
    ``offset_mm``: (x, y) shift of the back pages in mm, x to the right and y
    upwards, to correct a printer's front/back misregistration. ``font_dir``: a
    folder holding DejaVuSans*.ttf; when given, only it is searched.
    """
    if layout not in LAYOUTS:
        raise ConfigError(f"unknown PDF layout '{layout}'; use one of: {', '.join(LAYOUTS)}")
    if paper not in PAPERS:
        raise ConfigError(f"unknown paper size '{paper}'; use one of: {', '.join(PAPERS)}")
    if flip not in FLIPS:
        raise ConfigError(f"unknown flip edge '{flip}'; use one of: {', '.join(FLIPS)}")
    try:
        offset = (float(offset_mm[0]), float(offset_mm[1]))
    except (TypeError, ValueError, IndexError):
        raise ConfigError(f"offset must be two numbers (x, y) in mm, not {offset_mm!r}") from None
    exs = list(extractions)
    if not exs:
        raise ExportError(f"{path}: no article to write")
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch and not epoch.isdigit():
        raise ConfigError(
            f"SOURCE_DATE_EPOCH must be whole seconds since 1970, not '{epoch}'; unset or fix it"
        )

    style = _load_style(templates_dir)
    # only the cards' source sentences are set in italic
    fonts = _setup_fonts(font_dir, _all_text(exs), italic=layout == "cards")
    ctx = _Context(style=style, fonts=fonts, paper=paper, ui_lang=ui_lang)
    with atomic_path(path) as tmp:
        if layout == "sheet":
            pages = _build_sheet(exs, str(tmp), ctx)
        else:
            pages = _build_cards(exs, str(tmp), ctx, flip, offset)
    return pages


def prepare(layout: str = "sheet", font_dir: str | Path | None = None) -> None:
    """Import what ``write_pdf`` needs and register the fonts, ahead of time.

    Nothing is written and no warning is given (the warnings about fonts belong to
    the text of the article, checked again by ``write_pdf``). A one-article build
    calls this in a helper process while the article is being extracted.
    """
    import reportlab.graphics.renderPDF  # noqa: F401 - the timeline drawing
    import reportlab.graphics.shapes  # noqa: F401
    import reportlab.pdfgen.canvas  # noqa: F401
    import reportlab.platypus  # noqa: F401
    import reportlab.platypus.flowables  # noqa: F401
    import reportlab.platypus.tableofcontents  # noqa: F401

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        _setup_fonts(font_dir, "", italic=layout == "cards")


# ------------------------------------------------------------------ style, fonts

def _load_style(templates_dir: str | Path | None) -> dict[str, dict[str, Any]]:
    from .. import yamlio
    from ..resources import template_path

    try:
        path = template_path("pdf/style.yaml", templates_dir)
        text = path.read_text(encoding="utf-8")
        if templates_dir is None or not path.is_relative_to(templates_dir):
            # the bundled file: the C parser (~3 ms less per run); a user's file
            # keeps the guarded loader (no aliases, bounded size)
            user = yamlio.load_pack_file(text)
        else:
            user = yamlio.load(text)
    except ConfigError:
        user = None  # no style file anywhere: the defaults are complete
    except Exception as exc:  # YAML errors
        raise ConfigError(f"pdf/style.yaml: invalid YAML ({str(exc).splitlines()[0]})") from None
    if user is None:
        user = {}
    if not isinstance(user, dict):
        raise ConfigError("pdf/style.yaml: expected a mapping of sections (page, text, ...)")
    style: dict[str, dict[str, Any]] = {}
    for section, defaults in DEFAULT_STYLE.items():
        given = user.get(section) or {}
        if not isinstance(given, dict):
            raise ConfigError(f"pdf/style.yaml: '{section}' must be a mapping")
        merged = dict(defaults)
        for key, default in defaults.items():
            if key not in given:
                continue
            value = given[key]
            where = f"pdf/style.yaml: {section}.{key}"
            if isinstance(default, str):
                if not isinstance(value, str) or not _COLOUR.fullmatch(value):
                    raise ConfigError(f"{where} must be a colour like \"#1d4e89\", not {value!r}")
            elif isinstance(default, int):
                if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                    raise ConfigError(f"{where} must be a whole number above 0, not {value!r}")
            else:
                if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
                    raise ConfigError(f"{where} must be a number of 0 or more, not {value!r}")
                value = float(value)
            merged[key] = value
        style[section] = merged
    return style


@dataclass(frozen=True)
class _Fonts:
    regular: str
    bold: str
    italic: str
    bold_italic: str
    family: str
    unicode: bool


def _find_font_files(font_dir: str | Path | None) -> dict[str, Path] | None:
    """Paths of the DejaVu Sans faces; the regular face at least, else None."""
    if font_dir is not None:
        roots = [Path(font_dir).expanduser()]
    else:
        roots = [Path(d).expanduser() for d in FONT_SEARCH_DIRS]
        try:
            import reportlab

            roots.append(Path(reportlab.__file__).parent / "fonts")
        except ImportError:  # pragma: no cover - reportlab is a dependency
            pass
    wanted = set(FONT_FILES.values())
    for root in roots:
        if not root.is_dir():
            continue
        found: dict[str, Path] = {}
        for folder, dirs, files in os.walk(root):
            dirs.sort()
            for name in sorted(files):
                if name in wanted and name not in found:
                    found[name] = Path(folder) / name
            if FONT_FILES["normal"] in found and len(found) == len(wanted):
                break
        if FONT_FILES["normal"] in found:
            return {face: found.get(fname, found[FONT_FILES["normal"]])
                    for face, fname in FONT_FILES.items()}
    return None


def _setup_fonts(font_dir: str | Path | None, text: str, italic: bool = True) -> _Fonts:
    """Register the DejaVu family (Helvetica when there is none, with one warning).

    ``italic=False`` (the sheet, which sets nothing in italic) leaves the oblique
    face unparsed and maps italic to the regular face.
    """
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError

    paths = _find_font_files(font_dir)
    if paths is not None:
        try:
            names = {}
            # briefing's markup never sets bold italic: it shares the bold face, which
            # spares parsing a fourth font file on every run (start-up time)
            paths = {face: p for face, p in paths.items()
                     if face != "boldItalic" and (italic or face != "italic")}
            for face, fpath in paths.items():
                tag = hashlib.sha1(str(fpath.resolve()).encode()).hexdigest()[:6]
                name = f"Briefing-{fpath.stem}-{tag}"
                if name not in pdfmetrics.getRegisteredFontNames():
                    pdfmetrics.registerFont(_ttfont(name, fpath))
                names[face] = name
        except (TTFError, OSError, struct.error, ValueError, IndexError, KeyError) as exc:
            # (a truncated or damaged file fails inside reportlab's parser, not with its
            # TTFError: a user's font folder is no reason for a traceback)
            warnings.warn(f"cannot use font {fpath}: {exc}", stacklevel=3)
        else:
            names["boldItalic"] = names["bold"]
            names.setdefault("italic", names["normal"])
            family = names["normal"] + "-family"
            pdfmetrics.registerFontFamily(family, normal=names["normal"], bold=names["bold"],
                                          italic=names["italic"],
                                          boldItalic=names["boldItalic"])
            # Paragraph resolves <b>/<i> from the regular face's name as well.
            for bold, oblique, face in ((0, 0, "normal"), (1, 0, "bold"), (0, 1, "italic"),
                                        (1, 1, "boldItalic")):
                addMapping(names["normal"], bold, oblique, names[face])
            font = pdfmetrics.getFont(names["normal"])
            missing = sorted({c for c in text if not c.isspace()
                              and ord(c) not in font.face.charToGlyph})
            if missing:
                warnings.warn(
                    f"font {paths['normal'].name} has no glyph for "
                    f"{_show_chars(missing)}; they print as empty boxes", stacklevel=3)
            return _Fonts(names["normal"], names["bold"], names["italic"],
                          names["boldItalic"], names["normal"], True)
    missing = sorted({c for c in text if not c.isspace() and not _cp1252(c)})
    where = f"in {font_dir}" if font_dir is not None else "on this system"
    if missing:
        detail = f"these characters cannot be drawn and print as boxes: {_show_chars(missing)}"
    else:
        detail = "all characters of this text can be drawn"
    warnings.warn(
        f"no DejaVu Sans font found {where}; using Helvetica ({detail}). "
        "Install fonts-dejavu-core or pass a font folder.", stacklevel=3)
    return _Fonts("Helvetica", "Helvetica-Bold", "Helvetica-Oblique",
                  "Helvetica-BoldOblique", "Helvetica", False)


#: Attributes of a parsed face that are not plain data: rebuilt, never cached.
_FACE_REBUILT = ("_ttf_data", "_pdfScale")


def _ttfont(name: str, fpath: Path) -> Any:
    """``TTFont(name, fpath)``, from the per-user cache (``briefing.cache``) when it holds
    this file's parsed face for this reportlab version, else parsed and then cached.

    Parsing a DejaVu face takes ~15 ms per file with reportlab (~5 ms with
    ``_parse_ttfont``, a first run's); the cached face is the
    parser's own attributes (plain data), restored onto a ``TTFontFace`` with the
    file's bytes read afresh (subsetting needs them), so the PDF is the same bytes.
    The attribute names of face and font are stored and checked, so a reportlab
    whose objects look different is parsed, never half-restored.
    """
    from reportlab import Version

    from .. import cache

    try:
        key: tuple[Any, ...] | None = (cache.file_key(fpath), Version)
    except OSError:
        key = None
    if key is not None:
        font = _restore_ttfont(name, fpath, cache.load("ttf", key))
        if font is not None:
            return font
    font = _parse_ttfont(name, fpath)
    if key is not None:
        state = _face_state(font)
        if state is not None:
            cache.store("ttf", key, state)
    return font


#: The reportlab major versions whose parsed faces ``_bulk_face`` was compared with
#: (tests/test_cache.py does so again on every run).
_BULK_READER_TESTED = frozenset({"5"})


def _bulk_face(fpath: Path) -> Any | None:
    """The ``TTFontFace`` that reportlab parses from ``fpath``, attribute for attribute
    (tests/export/test_pdf.py compares them), with its per-glyph tables (the cmap of
    format 4 or 12, hmtx, loca) unpacked a table at a time instead of a number at a time:
    ~5 ms instead of ~14 for a DejaVu face. reportlab still reads the names, head, OS/2,
    post, hhea and maxp tables (``extractInfo`` without its per-glyph part). None for a
    font collection or any other cmap format: reportlab parses those."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFontFace, TTFontFile, TTFontParser

    face = TTFontFace.__new__(TTFontFace)
    pdfmetrics.TypeFace.__init__(face, None)
    TTFontParser.__init__(face, str(fpath))
    if getattr(face, "fileKind", "TTF") != "TTF" or "cmap" not in face.table or "loca" not in face.table:
        return None
    TTFontFile.extractInfo(face, charInfo=0)  # names, head, OS/2, post, hhea, maxp
    data = face._ttf_data
    head = face.table["head"]["offset"]
    index_to_loc, glyph_format = struct.unpack_from(">hh", data, head + 50)
    if glyph_format != 0:
        return None
    n_glyphs = face.numGlyphs
    n_hmetrics = struct.unpack_from(">H", data, face.table["hhea"]["offset"] + 34)[0]
    # cmap: the subtable reportlab picks
    cmap = face.table["cmap"]["offset"]
    version, count = struct.unpack_from(">HH", data, cmap)
    if count == 0 and version != 0:
        count = version
    encoffs = None
    enc = 0
    for n in range(count):
        platform, encoding, offset = struct.unpack_from(">HHL", data, cmap + 4 + 8 * n)
        if platform == 3:
            enc, encoffs = 1, offset
        elif platform == 1 and encoding == 0 and enc != 1:
            enc, encoffs = 2, offset
        elif platform == 1 and encoding == 1:
            enc, encoffs = 1, offset
        elif platform == 0 and encoding != 5:
            enc, encoffs = 1, offset
    if encoffs is None:
        return None
    encoffs += cmap
    fmt = struct.unpack_from(">H", data, encoffs)[0]
    char_to_glyph: dict[int, int] = {}
    if fmt == 4:
        length = struct.unpack_from(">H", data, encoffs + 2)[0]
        limit = encoffs + length
        seg = struct.unpack_from(">H", data, encoffs + 6)[0] // 2
        p = encoffs + 14
        ends = struct.unpack_from(f">{seg}H", data, p)
        starts = struct.unpack_from(f">{seg}H", data, p + 2 * seg + 2)
        deltas = struct.unpack_from(f">{seg}h", data, p + 4 * seg + 2)
        ro_start = p + 6 * seg + 2
        ranges = struct.unpack_from(f">{seg}H", data, ro_start)
        for n in range(seg):
            s, e, d, r = starts[n], ends[n], deltas[n], ranges[n]
            if e < s:
                continue
            if r == 0:
                char_to_glyph.update(zip(range(s, e + 1), [(u + d) & 0xFFFF for u in range(s, e + 1)]))
            else:
                base = ro_start + 2 * n + r
                k = e - s + 1
                avail = max(0, min(k, (limit - base + 1) // 2))
                got = struct.unpack_from(f">{avail}H", data, base) if avail else ()
                vals = [(g + d) & 0xFFFF if g else 0 for g in got]
                # offsets at or past the subtable's end read as glyph 0 (reportlab's workaround)
                vals += [0] * (k - len(vals))
                for i in range(len(got)):
                    if base + 2 * i >= limit:
                        vals[i] = 0
                char_to_glyph.update(zip(range(s, e + 1), vals))
    elif fmt == 12:
        seg = struct.unpack_from(">L", data, encoffs + 12)[0]
        groups = struct.unpack_from(f">{3 * seg}L", data, encoffs + 16)
        for n in range(seg):
            s, e, g = groups[3 * n:3 * n + 3]
            char_to_glyph.update(zip(range(s, e + 1), range(g, g + e - s + 1)))
    else:
        return None
    glyph_to_char: dict[int, list[int]] = {}
    for u, g in char_to_glyph.items():
        glyph_to_char.setdefault(g, []).append(u)
    # hmtx
    scale = face._pdfScale
    hm = face.table["hmtx"]["offset"]
    pairs = struct.unpack_from(f">{2 * n_hmetrics}H", data, hm)
    lsbs = struct.unpack_from(f">{max(0, n_glyphs - n_hmetrics)}H", data, hm + 4 * n_hmetrics)
    hmetrics = list(zip(pairs[0::2], pairs[1::2]))
    widths = [scale(aw) for aw in pairs[0::2]]
    # (reportlab pairs the glyphs past the last full metric with that metric's width as
    # scaled, not as stored)
    hmetrics += [(widths[-1], lsb) for lsb in lsbs]
    face.defaultWidth = widths[0]
    char_widths: dict[int, float] = {}
    last_w = widths[-1]
    for g in sorted(glyph_to_char):
        w = widths[g] if g < n_hmetrics else last_w if g < n_glyphs else None
        if w is None:
            continue
        for u in glyph_to_char[g]:
            char_widths[u] = w
    # loca
    lo = face.table["loca"]["offset"]
    if index_to_loc == 0:
        glyph_pos = [x << 1 for x in struct.unpack_from(f">{n_glyphs + 1}H", data, lo)]
        end = lo + 2 * (n_glyphs + 1)
    elif index_to_loc == 1:
        glyph_pos = list(struct.unpack_from(f">{n_glyphs + 1}L", data, lo))
        end = lo + 4 * (n_glyphs + 1)
    else:
        return None
    if 0x20 in char_to_glyph:
        char_to_glyph[0xA0] = char_to_glyph[0x20]
        char_widths[0xA0] = char_widths[0x20]
    elif 0xA0 in char_to_glyph:
        char_to_glyph[0x20] = char_to_glyph[0xA0]
        char_widths[0x20] = char_widths[0xA0]
    # in the order reportlab sets them (``extractInfo(charInfo=0)`` set three to None)
    for attr in ("charToGlyph", "defaultWidth", "charWidths"):
        del face.__dict__[attr]
    face.charToGlyph = char_to_glyph
    face.glyphToChar = glyph_to_char
    face.charWidths = char_widths
    face.hmetrics = hmetrics
    face.defaultWidth = widths[0]
    face.glyphPos = glyph_pos
    face._pos = end
    return face


def _face_state(font: Any) -> dict[str, Any] | None:
    """A parsed font's face as plain data (names kept as (bytes, text) pairs)."""
    from reportlab.pdfbase.ttfonts import TTFNameBytes

    attrs: dict[str, Any] = {}
    names: dict[str, Any] = {}
    for attr, value in font.face.__dict__.items():
        if attr in _FACE_REBUILT:
            continue
        if type(value) is TTFNameBytes:
            names[attr] = (bytes(value), value.ustr)
        else:
            attrs[attr] = value
    return {"attrs": attrs, "names": names, "face_keys": sorted(font.face.__dict__),
            "font_keys": sorted(font.__dict__), "size": len(font.face._ttf_data)}


def _restore_ttfont(name: str, fpath: Path, state: Any) -> Any | None:
    """The ``TTFont`` that ``TTFont(name, fpath)`` would give, rebuilt from a cached
    face state; None when the state does not fit this file or this reportlab."""
    if not isinstance(state, dict):
        return None
    try:
        from reportlab.pdfbase.ttfonts import TTFNameBytes, TTFontFace

        data = fpath.read_bytes()
        if len(data) != state["size"]:
            return None
        face = TTFontFace.__new__(TTFontFace)
        face.__dict__.update(state["attrs"])
        for attr, (raw, text) in state["names"].items():
            value = bytes.__new__(TTFNameBytes, raw)
            value.ustr = text
            face.__dict__[attr] = value
        face._ttf_data = data
        upem = face.unitsPerEm
        # as TTFontFile.extractInfo sets it (only kept there, never called after)
        if upem == 1000:
            face._pdfScale = lambda x: x
        else:
            mult = 1000 / upem
            face._pdfScale = lambda x: x * mult
        font = _font_of(name, face)
        if sorted(face.__dict__) != state["face_keys"] or sorted(font.__dict__) != state["font_keys"]:
            return None
        return font
    except Exception:  # a state from elsewhere: parse the file instead
        return None


def _font_of(name: str, face: Any) -> Any:
    """The ``TTFont`` around a parsed face, as ``TTFont.__init__`` builds it."""
    from fnmatch import fnmatch
    from weakref import WeakKeyDictionary

    from reportlab import rl_config
    from reportlab.pdfbase import ttfonts
    from reportlab.pdfbase.ttfonts import TTEncoding, TTFont

    font = TTFont.__new__(TTFont)
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch(name, g) for g in (ttfonts.unShapedFontGlob or ()))
    return font


def _parse_ttfont(name: str, fpath: Path) -> Any:
    """``TTFont(name, fpath)``, its per-glyph tables read in bulk (``_bulk_face``: a
    third of the time) when the file is of the common kind, else by reportlab."""
    from reportlab import Version
    from reportlab.pdfbase.ttfonts import TTFont

    if Version.split(".")[0] not in _BULK_READER_TESTED:
        return TTFont(name, str(fpath))  # another reportlab may keep other attributes
    try:
        face = _bulk_face(fpath)
    except Exception:  # a table that is not what it says: reportlab says why
        face = None
    if face is None:
        return TTFont(name, str(fpath))
    return _font_of(name, face)


def _cp1252(char: str) -> bool:
    try:
        char.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def _show_chars(chars: list[str], limit: int = 30) -> str:
    shown = " ".join(chars[:limit])
    return shown + (f" (and {len(chars) - limit} more)" if len(chars) > limit else "")


def _all_text(exs: Sequence[Extraction]) -> str:
    parts: list[str] = []
    for ex in exs:
        parts += [ex.title, ex.source or "", ex.date or "", *ex.brief]
        for f in ex.facts:
            parts += [f.label, f.detail]
        for c in ex.cards:
            parts += [_blank_cloze(c.question, 1, 1) if c.type == "cloze" else c.question,
                      c.answer, c.context, *c.choices]
    return "\n".join(_clean(p) for p in parts)


# ------------------------------------------------------------------ text helpers

def _clean(text: str | None) -> str:
    """Text without control characters, whitespace runs folded."""
    return re.sub(r"\s+", " ", _CONTROL.sub("", text or "")).strip()


def _esc(text: str | None) -> str:
    """Escaped text for ``Paragraph`` markup: never interpreted as markup."""
    return escape(_clean(text))


def _blank_cloze(question: str, low: int, high: int) -> str:
    """The cloze sentence with every deletion replaced by a blank (hint kept)."""

    def gap(m: re.Match[str]) -> str:
        blank = "_" * max(low, min(high, len(m.group(1)) + 2))
        return f"{blank} ({m.group(2)})" if m.group(2) else blank

    return _CLOZE.sub(gap, question)


def _choice_letter(card: Card) -> str | None:
    from ..ids import normalise

    target = normalise(card.answer)
    for i, choice in enumerate(card.choices):
        if normalise(choice) == target:
            return _letter(i)
    return None


def _letter(i: int) -> str:
    return chr(ord("A") + i) if i < 26 else str(i + 1)


def _answer_text(card: Card) -> str:
    """The answer as the key shows it: ``B. Anna Berg`` for a choice card."""
    if card.type == "choice":
        letter = _choice_letter(card)
        if letter:
            return f"{letter}. {_clean(card.answer)}"
    return _clean(card.answer)


def _labels(code: str) -> dict[str, str]:
    from ..lang import ui_labels

    fallback = {
        "in_brief": "In brief", "key_facts": "Key facts", "people": "People",
        "organisations": "Organisations", "names": "Names", "places": "Places", "timeline": "Timeline",
        "numbers": "Numbers", "glossary": "Glossary", "quiz": "Quiz",
        "answer_key": "Answer key", "answer": "Answer", "source": "Source", "date": "Date",
        "language": "Language", "card": "card", "cards": "cards", "page": "Page",
        "choose_one": "Choose one answer.", "write_answer": "Write your answer.",
        "context": "Source sentence", "fill_blank": "Complete the sentence.",
        "contents": "Contents",
    }
    try:
        labels = ui_labels(code)
    except BriefingError:
        labels = {}
    return {**fallback, **{k: str(v) for k, v in labels.items()}}


def _language_name(code: str) -> str:
    try:
        from ..lang import load_pack

        name = load_pack(code).name
    except Exception:  # noqa: BLE001 - a pack still incomplete must not stop a PDF
        name = ""
    return name if name and name != "None" else code


def _facts(ex: Extraction, kind: str) -> list[KeyFact]:
    items = [f for f in ex.facts if f.kind == kind and _clean(f.label)]
    if kind == "date":
        items = [f for _, f in sorted(
            enumerate(items), key=lambda p: (not p[1].sort, p[1].sort, p[0]))]
    return items


def _pdf_meta(exs: Sequence[Extraction], layout: str, lang: str) -> dict[str, Any]:
    titles = [_clean(ex.title) or "Untitled" for ex in exs]
    title = titles[0] if len(titles) == 1 else "; ".join(titles)
    if len(title) > 200:
        title = title[:199] + "…"
    kind = "Briefing sheet" if layout == "sheet" else "Printable flashcards"
    sources = sorted({_clean(ex.source) for ex in exs if _clean(ex.source)})
    subject = kind + (f" ({', '.join(sources)})" if sources else "")
    keywords = ["briefing", kind.lower()]
    for ex in exs:
        for f in ex.facts:
            if f.kind in ("person", "organisation", "place") and _clean(f.label) not in keywords:
                keywords.append(_clean(f.label))
    return {"title": title, "subject": subject, "keywords": keywords[:20],
            "creator": "briefing", "author": ", ".join(sources), "lang": lang}


# ------------------------------------------------------------------- the context

@dataclass
class _Context:
    style: dict[str, dict[str, Any]]
    fonts: _Fonts
    paper: str
    ui_lang: str | None

    def labels_for(self, ex: Extraction | None) -> dict[str, str]:
        return _labels(self.ui_lang or (ex.lang if ex else "en"))

    def pagesize(self) -> tuple[float, float]:
        from reportlab.lib.pagesizes import A4, letter

        return letter if self.paper == "letter" else A4

    def colour(self, name: str) -> Any:
        from reportlab.lib.colors import HexColor

        return HexColor(self.style["colours"][name])

    def size(self, name: str) -> float:
        return float(self.style["text"][name])

    def leading(self, size: float) -> float:
        return round(size * float(self.style["text"]["leading_ratio"]), 2)


# ------------------------------------------------------------------ sheet layout

def _paragraph_styles(ctx: _Context) -> dict[str, Any]:
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.styles import ParagraphStyle

    f = ctx.fonts
    text, muted, accent = ctx.colour("text"), ctx.colour("muted"), ctx.colour("accent")
    body = ctx.size("body_size")
    small = ctx.size("small_size")
    base = ParagraphStyle("body", fontName=f.regular, fontSize=body, leading=ctx.leading(body),
                          textColor=text, alignment=TA_LEFT, spaceAfter=0)

    def make(name: str, **kw: Any) -> Any:
        return ParagraphStyle(name, parent=base, **kw)

    title = ctx.size("title_size")
    head = ctx.size("heading_size")
    group = ctx.size("group_size")
    return {
        "body": base,
        "title": make("title", fontName=f.bold, fontSize=title, leading=ctx.leading(title) + 1,
                      spaceAfter=3),
        "meta": make("meta", fontSize=ctx.size("meta_size"),
                     leading=ctx.leading(ctx.size("meta_size")), textColor=muted),
        "h2": make("h2", fontName=f.bold, fontSize=head, leading=ctx.leading(head),
                   textColor=accent, spaceBefore=11, spaceAfter=5),
        "h3": make("h3", fontName=f.bold, fontSize=group, leading=ctx.leading(group),
                   textColor=muted, spaceBefore=4, spaceAfter=2),
        "brief": make("brief", leftIndent=11, bulletIndent=0, spaceAfter=2.5,
                      bulletFontName=f.bold, bulletColor=accent),
        "item": make("item", leftIndent=9, firstLineIndent=-9, spaceAfter=1.8),
        "question": make("question", leftIndent=_QUIZ_INDENT, bulletIndent=0,
                         bulletFontName=f.bold,
                         spaceBefore=0, spaceAfter=1),
        "option": make("option", leftIndent=0),
        "small": make("small", fontSize=small, leading=ctx.leading(small), textColor=muted),
        "key_answer": make("key_answer", fontName=f.bold),
        "key_num": make("key_num", fontName=f.bold, textColor=accent, alignment=2),
        "toc_title": make("toc_title", fontName=f.bold, fontSize=title,
                          leading=ctx.leading(title), spaceAfter=14),
        "toc": make("toc", fontSize=body + 1, leading=ctx.leading(body + 1) + 4,
                    leftIndent=0, rightIndent=30),
    }


def _build_sheet(exs: list[Extraction], filename: str, ctx: _Context) -> int:
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import (
        BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate, Paragraph, TableStyle,
    )
    from reportlab.platypus.flowables import HRFlowable
    from reportlab.platypus.tableofcontents import TableOfContents

    st = _paragraph_styles(ctx)
    page = ctx.style["page"]
    width, height = ctx.pagesize()
    lm, rm = page["margin_left_mm"] * mm, page["margin_right_mm"] * mm
    tm, bm = page["margin_top_mm"] * mm, page["margin_bottom_mm"] * mm
    frame_w = width - lm - rm
    fonts = ctx.fonts
    contents_label = ctx.labels_for(exs[0])["contents"]
    page_label = {"text": ctx.labels_for(exs[0])["page"]}
    result = {"pages": 0}

    class Marker(Flowable):
        """Zero-size: records the article shown on the following pages (footer,
        contents list, outline)."""

        def __init__(self, title: str, key: str | None, page_word: str) -> None:
            super().__init__()
            self.title, self.key, self.page_word = title, key, page_word
            self.width = self.height = 0

        def wrap(self, aw: float, ah: float) -> tuple[float, float]:
            return 0, 0

        def draw(self) -> None:
            self.canv._briefing_title = self.title
            self.canv._briefing_page_word = self.page_word

    class WriteLine(Flowable):
        """A ruled line to write an answer on."""

        def __init__(self, indent: float, h: float) -> None:
            super().__init__()
            self.indent, self.h = indent, h

        def wrap(self, aw: float, ah: float) -> tuple[float, float]:
            self.width = aw
            return aw, self.h

        def draw(self) -> None:
            c = self.canv
            c.setStrokeColor(ctx.colour("rule"))
            c.setLineWidth(0.6)
            c.line(self.indent, 1, self.width, 1)

    class Numbered(Canvas):
        """Draws the footer (title, page x / n) once the page count is known."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            self._briefing_title = ""
            self._briefing_page_word = page_label["text"]

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                Canvas.showPage(self)
            result["pages"] = total
            Canvas.save(self)

        def _footer(self, total: int) -> None:
            size = ctx.size("footer_size")
            y = bm * 0.5
            self.saveState()
            self.setStrokeColor(ctx.colour("rule"))
            self.setLineWidth(0.5)
            self.line(lm, y + size + 3, width - rm, y + size + 3)
            self.setFillColor(ctx.colour("muted"))
            right = f"{self._briefing_page_word} {self._pageNumber} / {total}"
            self.setFont(fonts.regular, size)
            self.drawRightString(width - rm, y, right)
            room = frame_w - self.stringWidth(right, fonts.regular, size) - 18
            self.drawString(lm, y, _fit_line(self._briefing_title, fonts.regular, size, room))
            self.restoreState()

    class Doc(BaseDocTemplate):
        def afterFlowable(self, flowable: Any) -> None:  # noqa: N802 - reportlab's name
            if isinstance(flowable, Marker) and flowable.key:
                self.notify("TOCEntry", (0, _esc(flowable.title), self.page, flowable.key))
                self.canv.bookmarkPage(flowable.key)
                self.canv.addOutlineEntry(flowable.title, flowable.key, 0, 0)

    lang = ctx.ui_lang or exs[0].lang
    meta = _pdf_meta(exs, "sheet", lang)
    doc = Doc(filename, pagesize=(width, height), leftMargin=lm, rightMargin=rm,
              topMargin=tm, bottomMargin=bm, invariant=1, lang=meta["lang"],
              title=meta["title"], subject=meta["subject"], keywords=meta["keywords"],
              creator=meta["creator"], author=meta["author"], displayDocTitle=1,
              initialFontName=fonts.regular, initialFontSize=ctx.size("body_size"))
    frame = Frame(lm, bm, frame_w, height - tm - bm, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])

    story: list[Any] = []
    booklet = len(exs) > 1
    if booklet:
        toc = TableOfContents(dotsMinLevel=0, tableStyle=TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), fonts.regular),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]))
        toc.levelStyles = [st["toc"]]
        story += [Marker("", None, page_label["text"]),
                  HRFlowable(width="100%", thickness=3, color=ctx.colour("accent"),
                             spaceBefore=0, spaceAfter=8),
                  Paragraph(escape(contents_label), st["toc_title"]), toc]
    for n, ex in enumerate(exs):
        labels = ctx.labels_for(ex)
        if booklet or n:
            story.append(PageBreak())
        title = _clean(ex.title) or "Untitled"
        story.append(Marker(title, f"article{n + 1}" if booklet else None, labels["page"]))
        story += _sheet_story(ex, labels, ctx, st, frame_w, WriteLine)
    if booklet:
        doc.multiBuild(story, canvasmaker=Numbered)  # the contents need a second pass
    else:
        doc.build(story, canvasmaker=Numbered)  # one pass: multiBuild would copy the story first
    return result["pages"]


def _sheet_story(ex: Extraction, labels: dict[str, str], ctx: _Context, st: dict[str, Any],
                 frame_w: float, write_line: Any) -> list[Any]:
    """The flowables of one article: header, brief, facts, quiz, answer key."""
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        CondPageBreak, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle,
    )
    from reportlab.platypus.flowables import HRFlowable

    accent, rule = ctx.colour("accent"), ctx.colour("rule")
    out: list[Any] = []

    def h2(text: str) -> list[Any]:
        return [CondPageBreak(40 * mm), Paragraph(escape(text), st["h2"]),
                HRFlowable(width="100%", thickness=0.5, color=rule, spaceBefore=0,
                           spaceAfter=5)]

    # Header: title, then one line of metadata.
    out.append(HRFlowable(width="100%", thickness=3, color=accent, spaceBefore=0, spaceAfter=8))
    out.append(Paragraph(_esc(ex.title) or "Untitled", st["title"]))
    bits = []
    if _clean(ex.source):
        bits.append(f"{escape(labels['source'])}: <b>{_esc(ex.source)}</b>")
    if _clean(ex.date):
        bits.append(f"{escape(labels['date'])}: <b>{_esc(ex.date)}</b>")
    bits.append(f"{escape(labels['language'])}: <b>{_esc(_language_name(ex.lang))}</b>")
    bits.append(f"<b>{len(ex.cards)}</b> {escape(labels['card' if len(ex.cards) == 1 else 'cards'])}")
    out.append(Paragraph(" &nbsp;·&nbsp; ".join(bits), st["meta"]))
    out.append(Spacer(1, 2))

    # In brief.
    brief = [b for b in ex.brief if _clean(b)]
    if brief:
        out += h2(labels["in_brief"])
        out += [Paragraph(_esc(b), st["brief"], bulletText="•") for b in brief]

    # Key facts: people, organisations, places, numbers in two balanced columns,
    # then the timeline across the page.
    groups = [("people", "person"), ("organisations", "organisation"), ("names", "name"),
              ("places", "place"), ("numbers", "number")]
    blocks: list[list[Any]] = []
    for label, kind in groups:
        items = _facts(ex, kind)
        if not items:
            continue
        block = [Paragraph(escape(labels[label].upper()), st["h3"])]
        for f in items:
            text = f"<b>{_esc(f.label)}</b>"
            if _clean(f.detail):
                text += f" — {_esc(f.detail)}"
            block.append(Paragraph(text, st["item"]))
        blocks.append(block)
    dates = _facts(ex, "date")
    if blocks or dates:
        out += h2(labels["key_facts"])
    if blocks:
        out += _two_columns(blocks, frame_w, ctx.fonts.regular)
    if dates:
        # the heading goes with the timeline's first part: never alone at a page's foot
        drawn = _timeline(dates, ctx, frame_w)
        out.append(KeepTogether([Paragraph(escape(labels["timeline"].upper()), st["h3"]), *drawn[:1]]))
        out += drawn[1:]

    terms = _facts(ex, "term")
    if terms:
        out += h2(labels["glossary"])
        for f in terms:
            text = f"<b>{_esc(f.label)}</b>"
            if _clean(f.detail):
                text += f" — {_esc(f.detail)}"
            out.append(Paragraph(text, st["item"]))

    if not ex.cards:
        return out

    # Quiz.
    quiz = ctx.style["quiz"]
    out += h2(labels["quiz"])
    line_h = quiz["write_line_mm"] * mm
    for i, card in enumerate(ex.cards, 1):
        num = f"{i}."
        block: list[Any] = []
        if card.type == "cloze":
            text = _blank_cloze(_clean(card.question), quiz["blank_min"], quiz["blank_max"])
            block.append(Paragraph(escape(text), st["question"], bulletText=num))
        else:
            block.append(Paragraph(_esc(card.question), st["question"], bulletText=num))
        if card.type == "choice" and card.choices:
            block.append(_options_table(card, ctx, st, frame_w))
        elif card.type != "cloze":
            block.append(write_line(_QUIZ_INDENT, line_h))
        block.append(Spacer(1, 6))
        out.append(KeepTogether(block))

    # Answer key on a page of its own, so the quiz can be handed out without it.
    out.append(PageBreak())
    out.append(HRFlowable(width="100%", thickness=3, color=accent, spaceBefore=0, spaceAfter=8))
    out.append(Paragraph(escape(labels["answer_key"]), st["title"]))
    out.append(Paragraph(_esc(ex.title), st["meta"]))
    out.append(Spacer(1, 10))
    rows = []
    for i, card in enumerate(ex.cards, 1):
        cell = [Paragraph(escape(_answer_text(card)), st["key_answer"])]
        if _clean(card.context):
            cell.append(Paragraph(_esc(card.context), st["small"]))
        rows.append([Paragraph(f"{i}.", st["key_num"]), cell])
    table = Table(rows, colWidths=[28, frame_w - 28], hAlign="LEFT", splitInRow=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), ctx.fonts.regular),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("RIGHTPADDING", (0, 0), (0, -1), 6),
        ("LEFTPADDING", (1, 0), (1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LINEBELOW", (0, 0), (-1, -2), 0.4, rule),
    ]))
    out.append(table)
    return out


def _two_columns(blocks: list[list[Any]], frame_w: float, font: str) -> list[Any]:
    """Groups of key facts side by side in two columns of about equal height, in
    reading order (down the left column, then the right). Too long for that (a
    table row cannot break across pages), they simply follow one another."""
    from reportlab.platypus import Table, TableStyle

    gutter = 16.0
    col_w = (frame_w - gutter) / 2

    def height(block: list[Any]) -> float:
        return sum(p.wrap(col_w, 10_000)[1] + p.getSpaceBefore() + p.getSpaceAfter()
                   for p in block)

    heights = [height(b) for b in blocks]
    total = sum(heights)
    if len(blocks) == 1 and len(blocks[0]) > 6:
        # One long group: split its items across the columns.
        head, items = blocks[0][0], blocks[0][1:]
        half = (len(items) + 1) // 2
        blocks = [[head, *items[:half]], items[half:]]
        heights = [height(b) for b in blocks]
        total = sum(heights)
    if total > 480 or len(blocks) == 1:
        return [p for b in blocks for p in b]
    best, split = None, 1
    for k in range(1, len(blocks)):
        diff = abs(sum(heights[:k]) - sum(heights[k:]))
        if best is None or diff < best:
            best, split = diff, k
    left = [p for b in blocks[:split] for p in b]
    right = [p for b in blocks[split:] for p in b]
    table = Table([[left, right]], colWidths=[col_w + gutter, col_w], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (0, 0), gutter),
        ("RIGHTPADDING", (1, 0), (1, 0), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return [table]


def _options_table(card: Card, ctx: _Context, st: dict[str, Any], frame_w: float) -> Any:
    """Lettered options of a choice card: two columns when they are short."""
    from reportlab.platypus import Paragraph, Table, TableStyle

    accent = ctx.colour("accent").hexval()[2:]
    cells = [Paragraph(f'<font color="#{accent}"><b>{_letter(i)}</b></font>&nbsp;&nbsp;'
                       f"{_esc(c)}", st["option"]) for i, c in enumerate(card.choices)]
    avail = frame_w - _QUIZ_INDENT
    longest = max(len(_clean(c)) for c in card.choices)
    cols = 2 if longest <= 38 else 1
    if cols == 2:
        # A B on the first row, C D on the second.
        data = [[cells[k], cells[k + 1] if k + 1 < len(cells) else ""]
                for k in range(0, len(cells), 2)]
        widths = [avail / 2] * 2
    else:
        data = [[c] for c in cells]
        widths = [avail]
    table = Table(data, colWidths=widths, hAlign="RIGHT", splitInRow=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), ctx.fonts.regular),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return table


def _fit_line(text: str, font: str, size: float, room: float) -> str:
    """``text`` cut with an ellipsis to fit ``room`` points (footers, card labels)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    text = _clean(text)
    if stringWidth(text, font, size) <= room:
        return text
    while text and stringWidth(text + "…", font, size) > room:
        text = text[:-1]
    return text.rstrip() + "…" if text else ""


def _cap(lines: list[str], most: int) -> list[str]:
    """At most ``most`` lines, the last one ending in an ellipsis when cut: a
    timeline entry is a summary, and a drawing cannot break across pages."""
    if len(lines) <= most:
        return lines
    return [*lines[:most - 1], lines[most - 1].rstrip(" .,;:") + " …"]


def _timeline(dates: list[KeyFact], ctx: _Context, frame_w: float) -> list[Any]:
    """The date facts as a vertical timeline drawing: dates at the left, a line
    with a dot per date, details at the right. Long timelines become several
    drawings so that a page break can fall between them."""
    from reportlab.graphics.shapes import Circle, Drawing, Line, String
    from reportlab.lib.utils import simpleSplit

    f = ctx.fonts
    size = ctx.size("body_size") - 0.5
    lead = ctx.leading(size)
    from reportlab.pdfbase.pdfmetrics import stringWidth

    widest = max(stringWidth(_clean(d.label), f.bold, size) for d in dates)
    date_w = min(max(widest + 1.0, 40.0), frame_w * 0.28)
    line_x = date_w + 12
    text_x = line_x + 12
    text_w = frame_w - text_x
    gap = 5.0
    entries = []
    for fact in dates:
        dl = _cap(simpleSplit(_clean(fact.label), f.bold, size, date_w) or [""], 3)
        tl = _cap(simpleSplit(_clean(fact.detail), f.regular, size, text_w), 8)
        entries.append((dl, tl, max(len(dl), len(tl), 1) * lead + gap))

    chunks: list[list[tuple[list[str], list[str], float]]] = [[]]
    for entry in entries:
        if chunks[-1] and sum(e[2] for e in chunks[-1]) + entry[2] > 300:
            chunks.append([])
        chunks[-1].append(entry)

    out = []
    accent, muted, text_c = ctx.colour("accent"), ctx.colour("rule"), ctx.colour("text")
    for ci, chunk in enumerate(chunks):
        total = sum(e[2] for e in chunk) + 4
        d = Drawing(frame_w, total, initialFontName=f.regular, initialFontSize=size)
        y_top = total - 2
        dots = []
        y = y_top
        for dl, tl, h in chunk:
            base = y - size  # baseline of the first line
            dots.append(base + size * 0.33)
            for k, line in enumerate(dl):
                d.add(String(date_w, base - k * lead, line, fontName=f.bold, fontSize=size,
                             fillColor=accent, textAnchor="end"))
            for k, line in enumerate(tl):
                d.add(String(text_x, base - k * lead, line, fontName=f.regular, fontSize=size,
                             fillColor=text_c))
            y -= h
        top = y_top if ci else dots[0]
        bottom = 0 if ci < len(chunks) - 1 else dots[-1]
        d.add(Line(line_x, top, line_x, bottom, strokeColor=muted, strokeWidth=1.5))
        for dy in dots:
            d.add(Circle(line_x, dy, 3.2, fillColor=accent, strokeColor=ctx.colour("band"),
                         strokeWidth=1.2))
        out.append(d)
    return out


# ------------------------------------------------------------------ cards layout

def _build_cards(exs: list[Extraction], filename: str, ctx: _Context, flip: str,
                 offset: tuple[float, float]) -> int:
    """Fronts on odd pages, backs on even pages; a back cell sits behind its front
    cell once the sheet is flipped on ``flip`` edge. Returns the (even) page count."""
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    cs = ctx.style["cards"]
    width, height = ctx.pagesize()
    cols, rows = int(cs["columns"]), int(cs["rows"])
    margin = cs["margin_mm"] * mm
    cell_w = (width - 2 * margin) / cols
    cell_h = (height - 2 * margin) / rows
    per_page = cols * rows
    lang = ctx.ui_lang or exs[0].lang
    meta = _pdf_meta(exs, "cards", lang)
    canvas = Canvas(filename, pagesize=(width, height), invariant=1, lang=meta["lang"],
                    pageCompression=1, initialFontName=ctx.fonts.regular,
                    initialFontSize=ctx.size("body_size"))
    canvas.setTitle(meta["title"])
    canvas.setSubject(meta["subject"])
    canvas.setKeywords(meta["keywords"])
    canvas.setCreator(meta["creator"])
    canvas.setAuthor(meta["author"])
    canvas.setViewerPreference("DisplayDocTitle", "true")

    # One sheet (a front page and its back) per eight cards; an article starts a sheet.
    sheets: list[tuple[int, list[tuple[int, Card]]]] = []
    first_page: list[int] = []
    booklet = len(exs) > 1
    pages_before = 2 if booklet else 0
    for n, ex in enumerate(exs):
        first_page.append(pages_before + 2 * len(sheets) + 1)
        numbered = list(enumerate(ex.cards, 1))
        for start in range(0, max(len(numbered), 1), per_page):
            sheets.append((n, numbered[start:start + per_page]))
    page_no = 0

    def footer(ex: Extraction | None, dx: float = 0.0, dy: float = 0.0) -> None:
        # Between the cut marks of the bottom margin, clear of them.
        size = ctx.size("footer_size")
        labels = ctx.labels_for(ex)
        right = f"{labels['page']} {page_no}"
        inset = 4 * mm
        canvas.saveState()
        canvas.setFont(ctx.fonts.regular, size)
        canvas.setFillColor(ctx.colour("muted"))
        y = margin * 0.4 + dy
        canvas.drawRightString(width - margin - inset + dx, y, right)
        if ex is not None:
            room = cell_w - 2 * inset
            canvas.drawString(margin + inset + dx, y,
                              _fit_line(ex.title, ctx.fonts.regular, size, room))
        canvas.restoreState()

    if booklet:
        page_no += 1
        _draw_contents(canvas, exs, first_page, ctx, width, height, margin)
        footer(None)
        canvas.showPage()
        page_no += 1  # the back of the contents page stays blank
        footer(None)
        canvas.showPage()

    dx_back, dy_back = offset[0] * mm, offset[1] * mm
    for idx, (n, chunk) in enumerate(sheets):
        ex = exs[n]
        if booklet and (idx == 0 or sheets[idx - 1][0] != n):
            canvas.bookmarkPage(f"article{n + 1}")
            canvas.addOutlineEntry(_clean(ex.title) or "Untitled", f"article{n + 1}", 0, 0)
        labels = ctx.labels_for(ex)
        for side in ("front", "back"):
            page_no += 1
            dx, dy = (dx_back, dy_back) if side == "back" else (0.0, 0.0)
            _cut_marks(canvas, ctx, width, height, margin, cols, rows, dx, dy)
            for pos, (num, card) in enumerate(chunk):
                r, c = divmod(pos, cols)
                if side == "back":
                    if flip == "long":
                        c = cols - 1 - c
                    else:
                        r = rows - 1 - r
                x = margin + c * cell_w + dx
                y = height - margin - (r + 1) * cell_h + dy
                _draw_card(canvas, ctx, labels, ex, num, card, side, x, y, cell_w, cell_h)
            footer(ex, dx, dy)
            canvas.showPage()
    canvas.save()
    return page_no


def _cut_marks(canvas: Any, ctx: _Context, width: float, height: float, margin: float,
               cols: int, rows: int, dx: float, dy: float) -> None:
    """Cut marks in the margin at every grid line, and dashed cell borders."""
    from reportlab.lib.units import mm

    length = ctx.style["cards"]["cut_mark_mm"] * mm
    gap = 1.5 * mm
    cell_w = (width - 2 * margin) / cols
    cell_h = (height - 2 * margin) / rows
    left, right = margin + dx, width - margin + dx
    bottom, top = margin + dy, height - margin + dy
    canvas.saveState()
    canvas.setStrokeColor(ctx.colour("rule"))
    canvas.setLineWidth(0.4)
    canvas.setDash(2, 2)
    for k in range(cols + 1):
        canvas.line(left + k * cell_w, bottom, left + k * cell_w, top)
    for k in range(rows + 1):
        canvas.line(left, bottom + k * cell_h, right, bottom + k * cell_h)
    canvas.setDash()
    canvas.setStrokeColor(ctx.colour("text"))
    canvas.setLineWidth(0.5)
    for k in range(cols + 1):
        x = left + k * cell_w
        canvas.line(x, top + gap, x, top + gap + length)
        canvas.line(x, bottom - gap, x, bottom - gap - length)
    for k in range(rows + 1):
        y = bottom + k * cell_h
        canvas.line(left - gap, y, left - gap - length, y)
        canvas.line(right + gap, y, right + gap + length, y)
    canvas.restoreState()


def _card_styles(ctx: _Context, size: float) -> dict[str, Any]:
    from reportlab.lib.enums import TA_CENTER, TA_LEFT
    from reportlab.lib.styles import ParagraphStyle

    f = ctx.fonts
    lead = ctx.leading(size)
    base = ParagraphStyle("card", fontName=f.regular, fontSize=size, leading=lead,
                          textColor=ctx.colour("text"), alignment=TA_CENTER)
    return {
        "question": ParagraphStyle("q", parent=base, fontName=f.bold),
        "option": ParagraphStyle("o", parent=base, alignment=TA_LEFT, leftIndent=size * 1.4,
                                 firstLineIndent=-size * 1.4, spaceBefore=size * 0.3),
        "answer": ParagraphStyle("a", parent=base, fontName=f.bold,
                                 textColor=ctx.colour("accent")),
        "context": ParagraphStyle("c", parent=base, fontName=f.italic, fontSize=size * 0.72,
                                  leading=ctx.leading(size * 0.72), textColor=ctx.colour("muted"),
                                  spaceBefore=size * 0.9),
    }


def _card_body(ctx: _Context, card: Card, side: str, size: float,
               avail_w: float) -> list[Any]:
    from reportlab.platypus import Paragraph

    st = _card_styles(ctx, size)
    accent = ctx.colour("accent").hexval()[2:]
    if side == "front":
        if card.type == "cloze":
            quiz = ctx.style["quiz"]
            text = escape(_blank_cloze(_clean(card.question), quiz["blank_min"],
                                       quiz["blank_max"]))
            return [Paragraph(text, st["question"])]
        out = [Paragraph(_esc(card.question), st["question"])]
        if card.type == "choice" and card.choices:
            from reportlab.lib.styles import ParagraphStyle
            from reportlab.pdfbase.pdfmetrics import stringWidth

            widest = max(stringWidth(f"{_letter(i)}  {_clean(c)}", ctx.fonts.regular, size)
                         for i, c in enumerate(card.choices)) + size
            indent = max(0.0, (avail_w - widest) / 2)
            opt = ParagraphStyle("o2", parent=st["option"],
                                 leftIndent=st["option"].leftIndent + indent)
            out += [Paragraph(f'<font color="#{accent}"><b>{_letter(i)}</b></font>&nbsp;&nbsp;'
                              f"{_esc(c)}", opt) for i, c in enumerate(card.choices)]
        return out
    out = [Paragraph(escape(_answer_text(card)), st["answer"])]
    if _clean(card.context):
        out.append(Paragraph(_esc(card.context), st["context"]))
    return out


def _draw_card(canvas: Any, ctx: _Context, labels: dict[str, str], ex: Extraction, num: int,
               card: Card, side: str, x: float, y: float, w: float, h: float) -> None:
    """One card: a small caption at the top, the text centred in what is left,
    shrunk until it fits (never cut off)."""
    from reportlab.lib.units import mm

    cs = ctx.style["cards"]
    pad = cs["padding_mm"] * mm
    f = ctx.fonts
    cap_size = ctx.size("footer_size")
    if side == "front":
        hint = {"choice": labels["choose_one"], "cloze": labels["fill_blank"]}.get(
            card.type, labels["write_answer"])
    else:
        hint = labels["answer"]
    canvas.saveState()
    canvas.setFont(f.bold, cap_size)
    canvas.setFillColor(ctx.colour("accent"))
    num_text = f"{num}"
    canvas.drawString(x + pad, y + h - pad - cap_size, num_text)
    canvas.setFont(f.regular, cap_size)
    canvas.setFillColor(ctx.colour("muted"))
    nw = canvas.stringWidth(num_text + "  ", f.bold, cap_size)
    canvas.drawString(x + pad + nw, y + h - pad - cap_size,
                      _fit_line(hint, f.regular, cap_size, w - 2 * pad - nw))
    # The article title at the bottom: cards from several articles stay sortable.
    canvas.drawString(x + pad, y + pad * 0.6,
                      _fit_line(ex.title, f.regular, cap_size * 0.9, w - 2 * pad))
    canvas.restoreState()

    avail_w = w - 2 * pad
    top = y + h - pad - cap_size - 4
    bottom = y + pad * 0.6 + cap_size + 4
    avail_h = top - bottom
    size = float(cs["question_size"] if side == "front" else cs["answer_size"])
    floor = float(cs["min_size"])
    while True:
        body = _card_body(ctx, card, side, size, avail_w)
        total = 0.0
        for k, para in enumerate(body):
            _, ph = para.wrap(avail_w, avail_h)
            total += ph + (para.getSpaceBefore() if k else 0)
        if total <= avail_h or size <= 1.0:
            break
        size = size - 0.5 if size > floor else size * 0.9
    yy = bottom + (avail_h + total) / 2
    for k, para in enumerate(body):
        if k:
            yy -= para.getSpaceBefore()
        yy -= para.height
        para.drawOn(canvas, x + pad, yy)


def _draw_contents(canvas: Any, exs: list[Extraction], first_page: list[int], ctx: _Context,
                   width: float, height: float, margin: float) -> None:
    """The contents page of a cards booklet, drawn like the sheet's: each article,
    dot leaders and the page of its first card front (a link)."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph

    del margin  # the contents page uses the sheet's margins
    page = ctx.style["page"]
    left, right = page["margin_left_mm"] * mm, width - page["margin_right_mm"] * mm
    top = height - page["margin_top_mm"] * mm
    st = _paragraph_styles(ctx)
    labels = ctx.labels_for(exs[0])
    canvas.saveState()
    canvas.setStrokeColor(ctx.colour("accent"))
    canvas.setLineWidth(3)
    canvas.line(left, top - 1.5, right, top - 1.5)
    para = Paragraph(escape(labels["contents"]), st["toc_title"])
    _, ph = para.wrap(right - left, height)
    para.drawOn(canvas, left, top - 11 - ph)
    y = top - 11 - ph - st["toc_title"].spaceAfter - ctx.size("body_size")
    size = ctx.size("body_size") + 1
    font = ctx.fonts.regular
    dot_w = canvas.stringWidth(" .", font, size)
    canvas.setFont(font, size)
    canvas.setFillColor(ctx.colour("text"))
    for n, (ex, first) in enumerate(zip(exs, first_page), 1):
        num = str(first)
        num_w = canvas.stringWidth(num, font, size)
        title = _fit_line(ex.title or "Untitled", font, size, right - left - num_w - 40)
        title_w = canvas.stringWidth(title, font, size)
        canvas.drawString(left, y, title)
        canvas.drawRightString(right, y, num)
        dots = int((right - num_w - 6 - (left + title_w + 8)) / dot_w)
        if dots > 0:
            canvas.drawRightString(right - num_w - 6, y, " ." * dots)
        canvas.linkRect("", f"article{n}", (left, y - 3, right, y + size), relative=0)
        y -= ctx.leading(size) + 4
    canvas.restoreState()
