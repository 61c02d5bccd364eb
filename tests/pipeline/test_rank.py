"""Deck selection: one fact asked one way in a default deck; per-article caches."""

from __future__ import annotations

import dataclasses

import briefing
from briefing.pipeline.facts import Clauses
from briefing.pipeline.mentions import tokens
from briefing.models import Card
from briefing.pipeline.rank import CLOZE_MIN_SCORE, MAX_NUMBER_CARDS, SHORT_PASSAGE_WORDS, select
from builders import labels_of

ARTICLE = """Presiden Iran bertemu utusan Oman

Presiden Iran Masoud Pezeshkian menerima Menteri Luar Negeri Oman Badr Albusaidi di Teheran pada Selasa (4/11/2025).
Keduanya membahas rencana putaran baru pembicaraan nuklir antara Iran dan Amerika Serikat.
Oman telah menjadi tuan rumah lima putaran pembicaraan antara Iran dan AS sepanjang tahun ini.
Pertemuan itu berlangsung selama dua jam di istana kepresidenan.
Para pejabat kedua negara juga membicarakan kerja sama perdagangan, energi dan pariwisata di kawasan Teluk.
Menurut kantor berita setempat, kedua pihak sepakat untuk bertemu kembali dalam beberapa bulan mendatang.
Pemerintah Iran menyatakan siap melanjutkan dialog selama hak negara itu atas program nuklir sipil dihormati.
Sementara itu, pemerintah Oman menegaskan akan tetap menjadi penengah yang netral bagi semua pihak.
Para pengamat menilai pertemuan ini sebagai tanda bahwa jalur diplomasi belum tertutup.
Harga minyak dunia naik tipis setelah kabar pertemuan itu tersebar di pasar Asia pada hari yang sama.
Sejumlah negara Eropa menyambut baik langkah tersebut dan meminta semua pihak menahan diri.
"""


def test_a_default_deck_asks_a_role_one_way_only():
    ex = briefing.extract(ARTICLE, lang="id")
    assert ex.words >= SHORT_PASSAGE_WORDS  # a default deck, not a short passage's fill
    # (the lead's official is asked what he did, "Siapa yang menerima ...?", in the place
    # of who holds the office)
    forward = {c.answer for c in ex.cards if c.family in {"role", "actor"}}
    reverse = {c.question for c in ex.cards if c.family == "role_reverse"}
    assert "Masoud Pezeshkian" in forward
    # "Apa jabatan Masoud Pezeshkian?" is the same fact as "Siapa Presiden Iran?"
    assert not any(person in q for person in forward for q in reverse), (forward, reverse)


def test_a_deck_asked_for_more_cards_may_ask_both_ways():
    ex = briefing.extract(ARTICLE, lang="id", max_cards=40)
    assert any(c.family == "role_reverse" for c in ex.cards)


def test_per_sentence_caches_do_not_outlive_the_article():
    """Memory stays flat over a batch: what one article cached is gone after it."""
    briefing.extract(ARTICLE, lang="id")
    assert tokens.cache_info().currsize == 0
    assert not Clauses._cache


def _gap(n: int, score: float) -> Card:
    answer = f"Name{n}"
    return Card(f"id{n}", "cloze", f"Sentence {n} names {{{{c1::{answer}}}}} here.", answer,
                f"Sentence {n} names {answer} here.", "cloze", (), ("briefing", "cloze"), score, n)


def test_the_score_floor_leaves_a_thin_deck_about_a_card_per_100_words():
    cards = [_gap(0, 1.0), _gap(1, 0.4), _gap(2, 0.4), _gap(3, 0.36), _gap(4, 0.9)]
    # about 300 words (15 cards at 5 per 100 words): gaps under 55% of the best go ...
    picked = select(cards, 15, fill=False)
    assert [c.id for c in picked][:2] == ["id0", "id4"]
    # ... but the deck keeps about one card per 100 words, the best first
    assert len(picked) == 3 and {c.id for c in picked} == {"id0", "id4", "id1"}
    # a longer article's deck is cut by the floor alone
    assert {c.id for c in select(cards, 10, fill=False)} == {"id0", "id4"}


def test_a_full_articles_deck_keeps_no_weak_gap_even_when_thin():
    cards = [_gap(0, 1.0), _gap(1, 0.34), _gap(2, 0.3), _gap(4, 0.9)]
    # the thin deck would take back its best dropped gap, but 0.34 is under the minimum
    assert {c.id for c in select(cards, 15, fill=False)} == {"id0", "id4"}
    assert CLOZE_MIN_SCORE == 0.35
    # a short passage (fill) or a size the user chose keeps them
    assert "id1" in {c.id for c in select(cards, 15, fill=True, sized=False)}
    assert "id1" in {c.id for c in select(cards, 15)}
    # a deck with no strong gap keeps its best weak one: it still has a sentence to complete
    questions = [_card(f"q{n}", n + 5, f"Who{n}", 0.9, question=f"Who acted in sentence {n + 5}?")
                 for n in range(3)]
    picked = select([*questions, _gap(1, 0.34), _gap(2, 0.3)], 15, fill=False)
    assert {c.id for c in picked} == {"q0", "q1", "q2", "id1"}
    # an article with nothing but weak gaps still gets its best card
    assert [c.id for c in select([_gap(1, 0.3), _gap(2, 0.34)], 15, fill=False)] == ["id2"]


def _card(cid: str, sentence: int, answer: str, score: float, question: str | None = None) -> Card:
    shown = f"In sentence {sentence}, {answer} acted."
    q = question or shown.replace(answer, f"{{{{c1::{answer}}}}}")
    return Card(cid, "cloze" if question is None else "question", q, answer, shown,
                "cloze" if question is None else "actor", (), ("briefing",), score, sentence)


def test_a_short_passages_own_deck_asks_no_answer_in_a_second_gap():
    # the same answer in gaps on two sentences, and a question and a gap on one sentence
    cards = [_card("a", 0, "Hobson", 1.0), _card("b", 1, "Hobson", 0.9),
             _card("c", 2, "Schumpeter", 0.8, question="Who acted in sentence 2?"),
             _card("d", 2, "Angell", 0.7)]
    own = select(cards, 6, fill=True, sized=False)
    assert sorted(c.answer for c in own) == ["Angell", "Hobson", "Schumpeter"], own
    # a user who asks for more cards gets the second card on the same answer
    more = select(cards, 6, fill=True, sized=True)
    assert sorted(c.answer for c in more) == ["Angell", "Hobson", "Hobson", "Schumpeter"], more


def test_a_default_deck_has_no_card_whose_answer_another_shows():
    text = ("Presiden Iran Masoud Pezeshkian menerima utusan Oman di Teheran\n\n"
            "Data Badan Koordinasi Penanaman Modal (BKPM) menunjukkan investasi kuartal III naik 13,9 persen "
            "secara tahunan menjadi Rp 491 triliun. " + ARTICLE.split("\n", 2)[2])
    ex = briefing.extract(text, lang="id")
    shown = [c.question.split("{{")[0] + c.question.split("}}")[-1] if c.type == "cloze" else c.question
             for c in ex.cards]
    for c in ex.cards:
        for other, text_shown in zip(ex.cards, shown):
            if other is c:
                continue
            same = other.sentence == c.sentence
            assert not ((same or c.family == "acronym") and c.answer in text_shown), (c, other)
    # the question that spelled the acronym out now says only the acronym
    if any(c.family == "acronym" and "Badan Koordinasi" in c.answer for c in ex.cards):
        assert not any("Badan Koordinasi" in q for q in shown), shown


def test_key_term_gaps_only_when_nothing_else_comes_and_then_one():
    def gap(cid: str, sentence: int, answer: str, score: float, keyterm: bool) -> Card:
        shown = f"In sentence {sentence} the {answer} grew."
        tags = ("briefing", "keyterm") if keyterm else ("briefing", "cloze")
        return Card(cid, "cloze", shown.replace(answer, f"{{{{c1::{answer}}}}}"), answer, shown, "cloze", (),
                    tags, score, sentence)
    terms = [gap("k1", 0, "side effects", 0.5, True), gap("k2", 1, "toxic doses", 0.4, True)]
    assert [c.id for c in select(terms, 6, fill=True, sized=False)] == ["k1"]
    assert {c.id for c in select(terms, 6, fill=True, sized=True)} == {"k1", "k2"}
    named = terms + [gap("n1", 2, "Nairobi", 0.3, False)]
    assert [c.id for c in select(named, 6, fill=True, sized=False)] == ["n1"]
    # a longer article: no key-term gap in its deck, nor in the last resort of its minor cards
    # when one of those is there; with nothing else at all, the best key term (not an error)
    assert select(terms, 6, fill=False, sized=False) == []
    minor_place = Card("m1", "cloze", "In sentence 2 {{c1::Nairobi}} grew.", "Nairobi", "In sentence 2 Nairobi grew.",
                       "cloze", (), ("briefing", "minor"), 0.45, 2)
    assert [c.id for c in select(terms + [minor_place], 6, fill=False, sized=False, minor=True)] == ["m1"]
    assert [c.id for c in select(terms, 6, fill=False, sized=False, minor=True)] == ["k1"]
    # a deck the user sized has its key terms after its minor gaps, however they score
    sized = select(terms + [minor_place, gap("n1", 3, "Nairobi", 0.3, False)], 6, fill=True, sized=True)
    assert [c.id for c in sized] == ["n1", "m1", "k1", "k2"], [c.id for c in sized]
    # ... and still, where the article has nothing else
    assert [c.id for c in select(terms, 6, fill=True, sized=True)] == ["k1", "k2"]


def _scored_card(n: int, score: float) -> Card:
    return Card(id=f"c{n}", type="question", question=f"Siapa pemimpin kelompok nomor {n}?", answer=f"Tokoh {n}",
                context=f"Kelompok nomor {n} dipimpin oleh Tokoh {n}.", family="role", score=score, sentence=n)


def test_a_default_deck_leaves_out_its_weakest_cards_unless_it_has_nothing_better():
    from briefing.pipeline.rank import MIN_SCORE

    strong = [_scored_card(i, MIN_SCORE + 0.3) for i in range(3)]
    weak = [_scored_card(i + 3, MIN_SCORE - 0.05) for i in range(3)]
    for fill in (False, True):
        assert {c.id for c in select(strong + weak, 20, fill=fill, sized=False)} == {c.id for c in strong}
        # a text with nothing stronger keeps what it has
        assert {c.id for c in select(weak, 20, fill=fill, sized=False)} == {c.id for c in weak}
    # a deck size the user asked for may take them
    assert len(select(strong + weak, 20, fill=True, sized=True)) == 6


def test_one_when_question_per_day():
    text = ("Gunung Merapi kembali menunjukkan aktivitas vulkanik pada Minggu (2/11/2025) pagi. Petugas "
            "pos pengamatan mencatat empat kali awan panas guguran ke arah barat daya. Kepala balai "
            "penyelidikan menyebut aktivitas Merapi bersifat fluktuatif pada 2 November 2025. Warga diminta "
            "menjauhi daerah bahaya di sepanjang aliran sungai.")
    whens = [c for c in briefing.extract(text, title="Merapi", lang="id", max_cards=30).cards if c.family == "when"]
    assert len(whens) == 1 and whens[0].answer.startswith("Minggu (2/11/2025)")


def test_a_one_word_name_gap_printed_by_another_card_fills_itself():
    role = Card("r", "question", "Siapa Gubernur Riau?", "Rusli Zainal", "kata Gubernur Riau Rusli Zainal.",
                "role", (), ("briefing",), 0.9, 1)
    gap = _gap(0, 0.5)
    gap = Card("g", "cloze", "Pertumbuhan investasi di {{c1::Riau}} sangat menjanjikan.", "Riau",
               "Pertumbuhan investasi di Riau sangat menjanjikan.", "cloze", (), ("briefing", "cloze"), 0.5, 0)
    assert [c.id for c in select([role, gap], 10, fill=True, sized=False)] == ["r"]
    # a deck the user asked to be bigger keeps both
    assert {c.id for c in select([role, gap], 10)} == {"r", "g"}


def test_the_normalised_strings_cache_is_small():
    """A batch's worker meets every article's title once: a cache of 65,536 entries
    (about 265 bytes each) grew its memory by 0.5 MB per 1,000 articles."""
    from briefing.ids import NORMALISE_CACHE, normalise

    assert normalise.cache_info().maxsize == NORMALISE_CACHE <= 4096


def test_a_decade_is_no_distractor_for_a_year():
    # "2000s" holds 2006, and a decade among years stands out
    text = ("Abe first became prime minister in 2006 but resigned after one year. He returned to power in "
            "2012 and stepped down in 2020. His party had dominated politics since the 1950s and in the 2000s "
            "it lost power once, in 2009.")
    for c in briefing.extract(text, title="Abe", lang="en", max_cards=30).cards:
        if c.type == "choice" and c.answer[-1:].isdigit():
            assert not [o for o in c.choices if not o[-1:].isdigit()], c


def test_key_facts_list_each_figure_once():
    text = ("Badan Nasional Penanggulangan Bencana mencatat jumlah korban meninggal akibat gempa bertambah "
            "menjadi 91 orang pada Senin. \"Hingga Senin pagi, jumlah korban meninggal dunia tercatat 91 "
            "orang,\" kata Sutopo. Sebanyak 209 orang luka berat dirawat di rumah sakit.")
    numbers = labels_of(text, "Gempa Lombok", "id", "number")
    assert len(numbers) == len({n.casefold() for n in numbers}), numbers
    assert any("91" in n for n in numbers) and any("209" in n for n in numbers), numbers


def test_key_facts_give_a_span_of_time_without_a_unit_word_after_it():
    text = ("Almaz Tesfaye won the Frankfurt Marathon on Sunday in 2 hours, 17 minutes, 42 seconds. "
            "Hiwot Gebru was second in 2:19:38, and 14,850 runners finished the race.")
    numbers = labels_of(text, "Frankfurt Marathon", "en", "number")
    assert "2 hours, 17 minutes, 42 seconds" in numbers and "2:19:38" in numbers, numbers


def test_key_facts_take_no_conjunction_after_a_figure_for_its_noun():
    text = ("BPS mencatat nilai ekspor Oktober 2025 mencapai US$28,34 miliar. Sementara itu, ekspor migas turun "
            "3,5 persen menjadi US$1,39 miliar seiring melemahnya harga minyak mentah dunia.")
    numbers = labels_of(text, "Ekspor Oktober", "id", "number")
    assert not [n for n in numbers if "seiring" in n], numbers


def test_key_facts_keep_no_small_count_and_give_a_noun_its_plural():
    text = ("Eastway Airlines operates 12 return flights a week between the two cities. About 38,000 passengers "
            "flew on the route in 2025, down from 61,000 six years earlier.")
    numbers = labels_of(text, "Airline to scrap route", "en", "number")
    assert "12 return flights" in numbers and not [n for n in numbers if n.startswith("two")], numbers


def test_a_figures_key_fact_tells_the_clause_around_it():
    """Not the sentence's first words, which may stop before the figure: "Perdana Menteri Jamaika
    ..., dalam Sidang KTT PBB ke-60 mengatakan, ..." told nothing of what the 230 million was."""
    text = ("Perdana Menteri Jamaika Percival James Patterson, dalam sidang umum PBB yang ke-60 di New York "
            "mengatakan, negara miskin membayar 230 juta dollar AS per tahun kepada negara maju.")
    details = {f.label: f.detail for f in briefing.extract(text, title="Utang negara miskin", lang="id").facts
               if f.kind == "number"}
    detail = next(d for label, d in details.items() if label.startswith("230 juta"))
    assert detail.startswith("… negara miskin membayar 230 juta dollar AS"), details


def test_key_facts_give_no_form_of_address_as_a_role():
    text = ("Dari 38 surat suara itu, 27 untuk Ibu Siti Aminah dan 7 untuk Pak Suparno, kata Ketua Panitia Pilkades "
            "Wahyu Setiawan. Siti Aminah kini unggul sembilan suara atas Suparno.")
    people = {f.label: f.detail for f in briefing.extract(text, title="Pilkades Karangsari", lang="id").facts
              if f.kind == "person"}
    assert people.get("Siti Aminah") != "Ibu", people


# A short report whose minor gaps (a sentence opening on "Ia", whose subject is elsewhere;
# a weekday; a count of three) are right but little worth learning.
MINOR = """Banjir bandang melanda tujuh kecamatan di Kabupaten Garut, Jawa Barat, pada Senin (22/8) malam.
Ia mengatakan, sebanyak 1.200 rumah terendam dan 340 warga mengungsi ke Gedung Olahraga Ciateul.
Kepala Badan Penanggulangan Bencana Daerah (BPBD) Garut Dadi Djakaria mengatakan hujan deras turun sejak sore.
Menurut Dadi, bantuan logistik dari Kementerian Sosial tiba di Garut pada 24 Agustus 2016.
"""


def test_minor_gaps_come_only_into_a_deck_asked_to_be_bigger_and_last():
    default = briefing.extract(MINOR, lang="id").cards
    big = briefing.extract(MINOR, lang="id", max_cards=60).cards
    assert not any("minor" in c.tags for c in default)
    minor = [c for c in big if "minor" in c.tags]
    # the sentence whose subject is elsewhere gives gaps to a bigger deck, each a span of it
    # (its "1.200 rumah" is asked by a question on the reported clause, which names its own
    # subject; "340 warga", in a clause joined to that count's by "dan", is a gap only since
    # round 147, whose teachers both rejected "... 214 rumah warga rusak dan berapa orang terluka ...?")
    assert {c.answer for c in minor} >= {"Gedung Olahraga Ciateul", "340"}
    assert "1.200 rumah" in {c.answer for c in big if c.type == "question" and "minor" not in c.tags}
    # (besides gaps, the day of the week of the flood: a when-question minor since review 79)
    assert all(c.type == "cloze" or c.family == "when" and "Senin" in c.answer for c in minor), \
        [(c.question, c.answer) for c in minor]
    assert all("minor" in c.tags for c in big if c.context.startswith("Ia mengatakan") and c.type == "cloze")
    # every other card comes first, so --max-cards N keeps the best N
    first_minor = next(i for i, c in enumerate(big) if "minor" in c.tags)
    assert all("minor" in c.tags for c in big[first_minor:])
    assert [c.id for c in big[:len(default)]] == [c.id for c in default]


def test_a_minor_gap_is_still_a_right_gap():
    text = ("It won the Sunday Times University of the Year award in 2000 after a vote of editors. "
            "Engineering News-Record (ENR) is a trade magazine for the construction industry that "
            "was founded in New York.")
    answers = {c.answer for c in briefing.extract(text, lang="en", max_cards=60).cards if c.type == "cloze"}
    assert "Sunday" not in answers  # a weekday that begins a name is no day
    assert "ENR" not in answers  # beside its expansion, the acronym fills itself


def test_of_two_gaps_scoring_alike_in_a_sentence_the_one_the_title_states_comes_first():
    text = ("Microsoft is buying video game publisher Activision Blizzard for nearly $69 billion, the company said "
            "Tuesday.\n\nThe all-cash deal, worth $68.7 billion, is by far the biggest acquisition in Microsoft's "
            "history, dwarfing its $26.2 billion purchase of LinkedIn in 2016.")
    cards = briefing.extract(text, title="Microsoft to buy Activision Blizzard in $68.7 billion deal", lang="en").cards
    gaps = {c.answer for c in cards if c.type == "cloze" and c.sentence == 1}
    assert gaps == {"$68.7 billion"}, [(c.question, c.answer) for c in cards]


def test_an_acronym_the_article_writes_once_is_a_side_detail_only_deep_in_the_article():
    # rounds 129 and 130: both teachers accepted 19 of 20 definitions of acronyms written once that
    # a bigger deck added ("What does KHT stand for?"), so early in an article one is a card
    text = ("Banjir melanda Jakarta sejak Rabu (1/1/2020) pagi. Badan Nasional Penanggulangan Bencana (BNPB) "
            "mencatat 16 orang meninggal dunia. Relawan Palang Merah Indonesia (PMI) membantu evakuasi warga di "
            "Kampung Pulo. BNPB menyebut 31.000 warga mengungsi ke 269 titik. Hujan turun sepanjang malam di "
            "seluruh kota. Ketinggian air di Kampung Melayu mencapai dua meter pada Rabu siang. BNPB meminta "
            "warga tetap waspada. Sekolah di Jakarta Timur diliburkan selama dua hari. Listrik di sejumlah "
            "kawasan dipadamkan demi keamanan warga. Pemerintah menyiapkan dapur umum di setiap kelurahan. "
            "Warga berharap banjir segera surut sebelum pekan depan.")
    default = briefing.extract(text, title="Banjir Jakarta", lang="id").cards
    asked = {c.question for c in default if c.family == "acronym"}
    assert "Apa kepanjangan dari BNPB?" in asked, asked  # written again: the story's agency
    assert "Apa kepanjangan dari PMI?" in asked, asked  # written once, at its definition, early
    # ... but written once deep in a full article, a body named in passing: it ranks below the
    # story's agency. (A default deck left it out until rounds 134-139, whose teachers accepted
    # 35 of 44 judgements of such definitions; so the deck keeps it.)
    late = text.replace("Relawan Palang Merah Indonesia (PMI) membantu evakuasi warga di Kampung Pulo. ", "") + \
        " Relawan Palang Merah Indonesia (PMI) membantu evakuasi warga di Kampung Pulo."
    default = [c.question for c in briefing.extract(late, title="Banjir Jakarta", lang="id").cards]
    assert default.index("Apa kepanjangan dari BNPB?") < default.index("Apa kepanjangan dari PMI?"), default
    # ... and with the stricter lines of a language no review has judged, the deck leaves it out
    from briefing.api import _run
    from briefing.lang import generic_pack
    from briefing.models import Article

    run = _run(Article(title="Banjir Jakarta", text=late, lang="id", key="k"), "id")
    meta = {**run.pack.data["meta"], "deck_lines": generic_pack("xx").get("meta", "deck_lines")}
    strict = dataclasses.replace(run, pack=dataclasses.replace(run.pack, data={**run.pack.data, "meta": meta}))
    assert "Apa kepanjangan dari PMI?" not in [c.question for c in strict.cards()]


def test_a_where_question_on_no_event_is_minor():
    # "Di mana pertemuan itu berlangsung?" asks where an event took place; where someone was
    # met by reporters is a side detail (grammar.place_events; reviews 27-39: 5 of 50)
    text = ("Para menteri luar negeri ASEAN bertemu di Jakarta pada Senin (4/9/2023). Pertemuan itu berlangsung "
            "di Gedung Sekretariat ASEAN selama dua hari. Presiden Joko Widodo ditemui wartawan di Istana "
            "Merdeka seusai membuka pertemuan itu.")
    from briefing.api import _run
    from briefing.models import Article
    cards = _run(Article(title="Menlu ASEAN bertemu di Jakarta", text=text, lang="id"), "id").candidates
    where = {c.question: c.tags for c in cards if c.family == "where"}
    assert any("bertemu" in q and "minor" not in t for q, t in where.items()), where
    assert [q for q in where if "ditemui" in q] and all("minor" in t for q, t in where.items() if "ditemui" in q), where
    default = briefing.extract(text, title="Menlu ASEAN bertemu di Jakarta", lang="id").cards
    assert not [c for c in default if c.family == "where" and "ditemui" in c.question], [c.question for c in default]


# A full article (ten sentences and more) that names a few places and bodies once, on the side.
ONCE = """Gempa berkekuatan 6,2 mengguncang Kabupaten Cianjur, Jawa Barat, pada Senin (21/11/2022) siang.
Badan Nasional Penanggulangan Bencana (BNPB) mencatat 268 orang meninggal dunia akibat gempa di Cianjur.
Sebagian besar korban tertimpa bangunan yang runtuh di Cianjur.
Warga yang terluka dibawa ke Rumah Sakit Sayang di pusat kota.
BNPB menyebut lebih dari 58.000 warga Cianjur mengungsi.
Presiden Joko Widodo meninjau lokasi gempa di Cianjur pada Selasa (22/11/2022).
Bantuan logistik dikirim dari Gudang Bulog Bandung sejak Senin malam.
Jalan yang menghubungkan Cianjur dan Puncak tertutup longsor.
Petugas gabungan membuka kembali jalan itu pada Rabu pagi.
BNPB meminta warga Cianjur tetap waspada terhadap gempa susulan.
"""


def test_a_place_or_body_a_full_article_names_once_is_a_minor_gap():
    # teachers accepted 20% of such gaps in reviews 27-40 ("a collapsed building in ___",
    # "lepas landas dari ___"): only a deck asked to be bigger has them
    default = briefing.extract(ONCE, title="Gempa Cianjur", lang="id").cards
    big = briefing.extract(ONCE, title="Gempa Cianjur", lang="id", max_cards=60).cards
    once = {"Rumah Sakit Sayang", "Gudang Bulog Bandung"}
    assert not [c for c in default if c.answer in once], [(c.question, c.answer) for c in default]
    gaps = [c for c in big if c.type == "cloze" and c.answer in once]
    assert gaps and all("minor" in c.tags for c in gaps), [(c.answer, c.tags) for c in gaps]


def test_an_article_whose_facts_are_all_minor_still_gets_its_best_card():
    # every gap of this passage is minor (its subject points back): a deck of its best,
    # not "no facts found"
    text = "Gen tersebut, SPRN 6, Oktober lalu berhasil diidentifikasi para ahli di Bogor."
    cards = briefing.extract(text, title="Berita", lang="id").cards
    assert cards and all(c.answer in text for c in cards)


def test_a_full_articles_default_deck_asks_for_a_few_numbers_at_most():
    def number(i: int) -> Card:
        return Card(f"n{i}", "question", f"How many things did group {i} count?", f"{i + 10} things",
                    f"Group {i} counted {i + 10} things.", "quantity", (), ("briefing", "number"),
                    0.9 - i / 100, i)
    cards = [number(i) for i in range(8)] + [_card(f"p{i}", 20 + i, f"Person{i} Name", 0.5) for i in range(4)]
    default = select(cards, 20, fill=False, sized=False)
    assert sum("number" in c.tags for c in default) == MAX_NUMBER_CARDS, default
    # a deck the user sized, and a short passage's own deck, keep a card for each figure
    assert sum("number" in c.tags for c in select(cards, 20, fill=True, sized=True)) == 8


def test_the_numbers_a_capped_deck_asks_are_its_best_ones():
    # the gaps taken first for their share of the deck must not use up the numbers ahead of a
    # stronger question on a figure ("How many miners were killed? Seven", review 46)
    question = Card("q", "question", "How many miners were killed?", "Seven", "Seven miners were killed.",
                    "quantity", (), ("briefing", "number"), 0.9, 0)
    gaps = [Card(f"g{i}", "cloze", f"Rescue took {{{{c1::{i + 10}}}}} hours.", f"{i + 10}",
                 f"Rescue took {i + 10} hours.", "cloze", (), ("briefing", "number"), 0.5 - i / 100, i + 1)
            for i in range(MAX_NUMBER_CARDS)]
    people = [_card(f"p{i}", 10 + i, f"Person{i} Name", 0.4) for i in range(3)]
    default = select([question, *gaps, *people], 20, fill=False, sized=False)
    assert "q" in {c.id for c in default}, default
    assert sum("number" in c.tags for c in default) == MAX_NUMBER_CARDS, default


def test_the_brief_leaves_out_pieces_of_a_quote_running_over_sentences():
    from briefing.models import Sentence
    from briefing.pipeline.rank import brief, quoted_in_part
    texts = [
        ("Wali Kota Budi Santoso meresmikan jembatan baru di Sungai Musi pada Senin.", 0),
        ('"Jembatan ini kami bangun selama dua tahun.', 1),     # opens a quote left open
        ("Warga tidak perlu lagi memutar sejauh 12 kilometer.", 1),  # inside it
        ('Biayanya Rp 300 miliar," kata Budi.', 1),              # closes it
        ('"Kami senang," ujar Siti, warga setempat.', 2),        # a whole quote
        ('Ia menambahkan: "Jembatan ini penting.', 3),           # a quote left open ...
        ('"Kami juga menunggu jalan baru.', 3),                 # ... and another opened
        ("Jalan itu akan dibangun tahun depan.", 3),             # inside the second quote
        ("Jembatan itu dibuka untuk umum mulai Selasa.", 4),
    ]
    sentences, at = [], 0
    for i, (text, para) in enumerate(texts):
        sentences.append(Sentence(index=i, start=at, end=at + len(text), text=text, paragraph=para))
        at += len(text) + 1
    assert quoted_in_part(sentences) == {1, 2, 3, 5, 6, 7}
    # the pieces score highest, yet the brief takes the sentences that stand alone
    scores = {0: 0.5, 1: 0.9, 2: 0.9, 3: 0.9, 4: 0.4, 5: 0.9, 6: 0.9, 7: 0.9, 8: 0.3}
    assert brief(sentences, scores, k=3) == [texts[0][0], texts[4][0], texts[8][0]]
    # ... and falls back on them only when there is nothing else
    assert len(brief(sentences[1:4], {1: 0.9, 2: 0.8, 3: 0.7}, k=2)) == 2


def test_the_brief_leaves_out_a_question_to_the_reader_and_a_sentence_said_twice():
    from briefing.models import Sentence
    from briefing.pipeline.rank import brief
    texts = [
        "Hujan ekstrem melanda Kota Bandung pada Kamis dan memecahkan rekor curah hujan sejak 1931.",
        "Lantas, apa saja yang perlu diketahui dari banjir di Bandung?",
        "Pemerintah kota meniadakan kegiatan sekolah serta menutup taman kota hingga air surut.",
        "Wali kota menambahkan, pemerintah kota meniadakan kegiatan sekolah serta menutup taman kota hingga air surut.",
        "Sebanyak 1.200 warga mengungsi ke gedung olahraga.",
        "Tarif parkir naik dari Rp2.000 menjadi Rp3.000 per jam.",
        "Tarif parkir mobil naik dari Rp5.000 menjadi Rp7.000 per jam.",
    ]
    sentences, at = [], 0
    for i, text in enumerate(texts):
        sentences.append(Sentence(index=i, start=at, end=at + len(text), text=text, paragraph=i))
        at += len(text) + 1
    scores = {0: 0.9, 1: 0.8, 2: 0.7, 3: 0.75, 4: 0.3, 5: 0.5, 6: 0.45}
    lines = brief(sentences, scores, k=5)
    assert texts[1] not in lines, lines
    assert (texts[2] in lines) != (texts[3] in lines), lines  # one of the two, not both
    # two rates with their own figures are two facts, however alike their words
    assert texts[5] in lines and texts[6] in lines, lines


def test_a_javanese_market_day_belongs_to_the_date():
    text = ("Sinuhun Paku Buwono XIII wafat pada Minggu Pon (02/11/2025) di usia 77 tahun. "
            "Jenazah dimakamkan di Pajimatan Imogiri pada Rabu (05/11).")
    dates = labels_of(text, "Raja wafat", "id", "date")
    assert "Minggu Pon (02/11/2025)" in dates and "(02/11/2025)" not in dates, dates


def test_the_timeline_leaves_out_a_source_s_publishing_day_and_a_relative_day_in_a_quote():
    text = ("Banjir melanda Kota Padang pada Kamis (30/10/2025) setelah hujan deras selama enam jam. "
            "Sebagaimana dilansir dari Antara, Jumat (31/10/2025), sebanyak 300 rumah terendam. "
            "\"Kemarin, yang menyebabkan banjir adalah hujan satu jam saja,\" ujar Budi Santoso, Kepala BPBD. "
            "Sekolah kembali dibuka pada Senin (3/11/2025).")
    dates = labels_of(text, "Banjir Padang", "id", "date")
    assert "Kamis (30/10/2025)" in dates and "Senin (3/11/2025)" in dates, dates
    assert "Jumat (31/10/2025)" not in dates and "Kemarin" not in dates, dates


def test_the_timeline_leaves_out_a_yardstick_s_date_and_a_span_of_months():
    text = ("BPS mencatat Nilai Tukar Petani naik 0,84 persen pada September 2025 dibandingkan Agustus 2025. "
            "Petani meminta pupuk bersubsidi tersalur sebelum musim tanam Oktober–Maret. "
            "Mulai 1 Januari 2026, harga pupuk akan naik 5 persen.")
    dates = labels_of(text, "NTP naik", "id", "date")
    assert "September 2025" in dates and "1 Januari 2026" in dates, dates
    assert not {"Agustus 2025", "Oktober", "Maret"} & set(dates), dates
    # "from" starts something: its day stays
    text = "From June 1, hikers on the region's 10 busiest trails will have to book a slot, the council said."
    dates = labels_of(text, "Hiking slots", "en", "date")
    assert "June 1" in dates, dates


def test_the_timeline_leaves_out_a_term_of_office_or_a_lifespan_in_brackets():
    text = ("Gubernur Sumatera Barat Mahyeldi Ansharullah meresmikan jembatan itu pada 12 Maret 2025. "
            "Jembatan itu dirancang oleh Hasan Basri (1948-2019), dan dibangun pada masa Gubernur "
            "Gamawan Fauzi (2005-2010).")
    dates = labels_of(text, "Jembatan baru", "id", "date")
    assert "12 Maret 2025" in dates and not {"1948-2019", "2005-2010"} & set(dates), dates
    # a year of its own in brackets dates a thing the story names: it stays
    text = "Their most famous song, \"Fog on the Tyne\" (1971), was the best-selling album of 1972."
    dates = labels_of(text, "Lindisfarne", "en", "date")
    assert "1971" in dates, dates


def test_a_deck_asked_to_be_bigger_keeps_every_card_of_the_default_deck():
    # "--max-cards" one above the default size lost a default card in 43 of 636 review articles
    # at f1d3ae9: a sized deck's first pass takes fewer figures, and weak cards a default deck
    # leaves out took their places. The bigger deck keeps the default deck now, and a smaller
    # one is the default deck's best.
    from dataclasses import replace

    from briefing.api import _run
    from briefing.models import Article
    from builders import make_card

    run = _run(Article(title="Presiden Iran bertemu utusan Oman", text=ARTICLE, lang="id", key="k"), "id")

    def card(i: int, family: str, ctype: str, answer: str, score: float, *tags: str) -> Card:
        question = f"Kalimat {i} {{{{c1::{answer}}}}}." if ctype == "cloze" else f"Pertanyaan {i} tentang {answer}?"
        c = make_card("k", ctype, question, answer, f"Kalimat {i} {answer}.", family, i, score=score)
        return replace(c, tags=("briefing", "id", *tags))

    candidates = [
        card(0, "quantity", "question", "Rp 100 juta", 0.62, "quantity", "number", "question"),
        card(1, "quantity", "question", "250 orang", 0.61, "quantity", "number", "question"),
        card(2, "quantity", "question", "30 persen", 0.60, "quantity", "number", "question"),
        card(3, "cloze", "cloze", "Teheran", 0.50, "cloze", "place"),
        card(4, "cloze", "cloze", "Muskat", 0.49, "cloze", "place"),
        card(5, "acronym", "definition", "Badan Pengawas Pemilu", 0.10, "acronym", "organisation", "definition"),
        card(6, "acronym", "definition", "Badan Pangan Nasional", 0.09, "acronym", "organisation", "definition"),
    ]
    sized = replace(run, candidates=candidates, words=330)
    default = sized.cards()
    assert len(default) == 5, [c.answer for c in default]
    for n in range(len(default) + 1, len(candidates) + 1):
        deck = sized.cards(n)
        assert {c.id for c in default} <= {c.id for c in deck}, (n, [c.answer for c in deck])
    assert sized.cards(3) == default[:3]


def test_a_gap_does_not_use_up_the_answer_of_a_stronger_question_on_another_sentence():
    text = ("Gunung Merapi keluarkan awan panas\n\n"
            "YOGYAKARTA - Gunung Merapi pada Minggu (2/11/2025) kembali mengeluarkan enam kali awan panas guguran "
            "dari pukul 06.00 WIB hingga 18.00 WIB.\n\n"
            "Kepala Balai Penyelidikan dan Pengembangan Teknologi Kebencanaan Geologi (BPPTKG), Agus Budi Santoso, "
            "menyebutkan, teramati empat kali awan panas guguran pada periode pengamatan pukul 12.00-18.00 WIB.\n\n"
            "\"Teramati empat kali awan panas guguran ke arah Kali Krasak dengan estimasi jarak luncur maksimum "
            "2.000 meter,\" ujar Agus Budi Santoso dalam laporan aktivitas Gunung Merapi, Minggu (2/11/2025).")
    cards = briefing.extract(text, lang="id").cards
    by_q = {c.question: c.answer for c in cards}
    # found as a user: the gap on the speaker ('ujar {{Agus Budi Santoso}}'), taken first for the deck's
    # share of gaps, used up the answer's one card, and the role question stayed out of the default deck
    assert by_q.get("Siapa Kepala BPPTKG?") == "Agus Budi Santoso", by_q
    assert not any(c.type == "cloze" and c.answer == "Agus Budi Santoso" for c in cards), by_q
