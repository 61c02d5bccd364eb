"""Every language pack: loads, has the same files as the others, renders its templates."""

from __future__ import annotations

import shutil
import string
from pathlib import Path

import pytest

from briefing.errors import LanguagePackError, UnknownLanguage
from briefing.lang import PACKS_DIR, SCHEMA, available, detect, generic_pack, load_pack, validate

CODES = available()


def test_packs_include_indonesian_and_english():
    assert {"id", "en"} <= set(CODES)


@pytest.mark.parametrize("code", CODES)
def test_packs_have_the_same_files(code):
    files = {p.name for p in (PACKS_DIR / code).glob("*.yaml")}
    assert files == set(SCHEMA), f"{code} differs from the schema's file set"


@pytest.mark.parametrize("code", CODES)
def test_packs_templates_render(code):
    pack = load_pack(code)
    templates = pack.get("questions", "templates")
    assert templates
    for name, tpl in templates.items():
        fields = {f for _, f, _, _ in string.Formatter().parse(tpl) if f}
        text = tpl.format(**{f: "X" for f in fields})
        assert text.strip(), name
        if name != "choice_hint":
            assert text.endswith("?"), f"{code}:{name} does not end with '?'"


@pytest.mark.parametrize("code", CODES)
def test_packs_ui_labels_complete(code):
    ui = load_pack(code).ui
    assert set(SCHEMA["ui.yaml"]) <= set(ui)


def test_packs_schema_error_names_file_and_key(tmp_path):
    bad = tmp_path / "xx"
    shutil.copytree(PACKS_DIR / "en", bad)
    (bad / "stopwords.yaml").write_text("stopwords: [a, no, the]\n", encoding="utf-8")
    with pytest.raises(LanguagePackError, match="stopwords.yaml"):
        validate("xx", bad)
    (bad / "stopwords.yaml").write_text("stopwords: {a: 1}\n", encoding="utf-8")
    with pytest.raises(LanguagePackError, match="'stopwords' must be a list"):
        validate("xx", bad)
    (bad / "stopwords.yaml").unlink()
    with pytest.raises(LanguagePackError, match="missing file stopwords.yaml"):
        validate("xx", bad)


@pytest.mark.parametrize("value", ["high", "1.5", "yes"])
def test_packs_a_deck_line_must_be_a_number_from_0_to_1(tmp_path, value):
    bad = tmp_path / "xx"
    shutil.copytree(PACKS_DIR / "en", bad)
    text = (bad / "meta.yaml").read_text(encoding="utf-8").replace("min_score: 0.15", f"min_score: {value}")
    (bad / "meta.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(LanguagePackError, match="meta.yaml 'deck_lines' 'min_score' must be a number from 0 to 1"):
        validate("xx", bad)


@pytest.mark.parametrize("line", ["verb_particles: [in, out, off, on]", "event_prepositions: [in, on, at]"])
def test_packs_a_bare_yaml_boolean_in_any_word_list_is_an_error(tmp_path, line):
    # en's "on", "off" and "no" were read as booleans and dropped, in lists the schema does not name
    bad = tmp_path / "xx"
    shutil.copytree(PACKS_DIR / "en", bad)
    fname = "grammar.yaml" if line.startswith("verb") else "dates.yaml"
    text = (bad / fname).read_text(encoding="utf-8")
    key = line.split(":")[0]
    text = "\n".join(line if ln.startswith(key + ":") else ln for ln in text.splitlines()) + "\n"
    (bad / fname).write_text(text, encoding="utf-8")
    with pytest.raises(LanguagePackError, match=rf"{fname} '{key}' holds (True|False), not text"):
        validate("xx", bad)


@pytest.mark.parametrize("code", ["xx", "fr"])
def test_packs_unknown_language_lists_available(code):
    with pytest.raises(UnknownLanguage, match="available: en, id"):
        load_pack(code)


def test_packs_generic_pack_has_no_question_style():
    assert generic_pack("de").get("meta", "question_style") == "none"


@pytest.mark.parametrize("text,code", [
    ("Presiden mengatakan bahwa pertemuan itu akan diadakan di Jakarta pada bulan depan.", "id"),
    ("The minister said that the meeting would be held in London next month.", "en"),
    ("Der Minister sagte, dass das Treffen im nächsten Monat stattfinden werde.", None),
])
def test_packs_detect_language(text, code):
    assert detect(text) == code


def test_packs_adding_a_language_is_adding_a_folder(tmp_path, monkeypatch):
    """A copied pack under a new code loads with no code change."""
    import briefing.lang as lang_mod

    root = tmp_path / "lang"
    shutil.copytree(PACKS_DIR, root)
    shutil.copytree(root / "en", root / "xx")
    monkeypatch.setattr(lang_mod, "PACKS_DIR", root)
    lang_mod.load_pack.cache_clear()
    try:
        assert "xx" in lang_mod.available()
        assert lang_mod.load_pack("xx").template("acronym") == "What does {acronym} stand for?"
    finally:
        lang_mod.load_pack.cache_clear()


def test_packs_compiled_forms_match_their_yaml():
    """The shipped JSON form of each pack is what its YAML gives today (after editing a
    pack, run ``python -m briefing.lang``); a stale one would only be ignored, slowly."""
    import json

    import briefing.lang as lang_mod

    for code in CODES:
        path = lang_mod.COMPILED_DIR / f"{code}.json"
        assert path.is_file(), f"{path} missing: run python -m briefing.lang"
        assert json.loads(path.read_text(encoding="utf-8")) == lang_mod.compile_pack(code), \
            f"{path} is stale: run python -m briefing.lang"


def test_packs_an_edited_yaml_file_wins_over_the_compiled_form(tmp_path, monkeypatch):
    import briefing.lang as lang_mod

    root = tmp_path / "lang"
    shutil.copytree(PACKS_DIR, root)
    monkeypatch.setattr(lang_mod, "PACKS_DIR", root)
    monkeypatch.setenv("BRIEFING_NO_CACHE", "1")
    caches = (lang_mod.load_pack, lang_mod._read_compiled, lang_mod._stopwords)
    for c in caches:
        c.cache_clear()
    try:
        assert lang_mod._compiled("en", root / "en") is not None  # the copy's JSON matches its YAML
        questions = root / "en" / "questions.yaml"
        questions.write_text(questions.read_text(encoding="utf-8").replace(
            "What does {acronym} stand for?", "What is {acronym} short for?"), encoding="utf-8")
        stop = root / "en" / "stopwords.yaml"
        stop.write_text(stop.read_text(encoding="utf-8").replace("stopwords: [", "stopwords: [zzyzx, ", 1),
                        encoding="utf-8")
        for c in caches:
            c.cache_clear()
        assert lang_mod._compiled("en", root / "en") is None
        assert lang_mod.load_pack("en").template("acronym") == "What is {acronym} short for?"
        assert "zzyzx" in lang_mod._stopwords("en")
    finally:
        for c in caches:
            c.cache_clear()


@pytest.mark.parametrize("path", sorted(PACKS_DIR.glob("*/*.yaml")), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_packs_write_no_key_twice(path):
    """A key written twice in one file: YAML keeps the last silently, so an edit to the first
    does nothing (grammar.yaml once held passive_prefixes twice, and adverb_suffixes)."""
    import yaml

    node = yaml.compose(path.read_text(encoding="utf-8"))
    keys = [k.value for k, _ in node.value] if node is not None else []
    assert sorted({k for k in keys if keys.count(k) > 1}) == [], path
