"""Fact families on sentences written for the purpose, Indonesian and English."""

from __future__ import annotations

import html
import re

import pytest

from pathlib import Path

import briefing
from briefing.errors import NoFactsError
from briefing.resources import EXAMPLE_ARTICLE as EXAMPLE
from builders import labels_of


def every_card(text: str, lang: str, title: str = "Berita", max_cards: int = 50) -> tuple:
    """Every card of a deck asked to hold ``max_cards``, minor gaps included."""
    return briefing.extract(text, title=title, lang=lang, max_cards=max_cards).cards


def cards_of(text: str, lang: str, title: str = "Berita") -> list:
    """Every card a deck asked to be big has, but its minor gaps: a gap tagged ``minor``
    (a spokesman's name, "Presiden AS ___") only comes after all of these, and never
    into a default deck (test_rank checks that); the rules here are about the rest."""
    return [c for c in every_card(text, lang, title) if "minor" not in c.tags]


def gaps_of(text: str, lang: str, title: str = "Berita") -> set[str]:
    """The answers of the cloze cards made from ``text``."""
    return {c.answer for c in cards_of(text, lang, title) if c.type == "cloze"}


def _cards_or_none(text: str, lang: str) -> list:
    """The cards, or none when nothing in ``text`` is worth one (enough for a test that
    a bad card is not made)."""
    try:
        return cards_of(text, lang)
    except NoFactsError:
        return []


def facts_of(text: str, lang: str, title: str = "Berita") -> list:
    """The facts the pipeline finds in ``text``, minor ones included."""
    from briefing.api import _run
    from briefing.models import Article

    return _run(Article(title=title, text=text, lang=lang, key="k"), lang, minor=True).facts


def facts_on(text: str, lang: str, title: str, answer: str, family: str | None = None) -> list:
    """The facts (minor ones included) whose answer is ``answer``, of ``family`` when given."""
    return [f for f in facts_of(text, lang, title=title) if f.answer == answer and family in {None, f.family}]


def assert_minor_until_replaced(text: str, old: str, new: str, lang: str, title: str, answer: str,
                                family: str | None = None) -> None:
    """The facts on ``answer`` are all minor in ``text``, and none is once ``old`` reads ``new``."""
    assert old in text
    before = facts_on(text, lang, title, answer, family)
    assert before and all(f.minor for f in before), before
    after = facts_on(text.replace(old, new), lang, title, answer, family)
    assert after and not any(f.minor for f in after), after


def qa(text: str, lang: str) -> dict[str, str]:
    return {c.question: c.answer for c in cards_of(text, lang) if c.type != "cloze"}


def qa_minor(text: str, lang: str) -> dict[str, str]:
    """The questions a deck asked to be big has, its minor ones included (a since-question
    is minor: see test_a_since_question_is_a_minor_card)."""
    return {c.question: c.answer for c in every_card(text, lang) if c.type != "cloze"}


@pytest.mark.parametrize("text,lang,question,answer", [
    # (not BPS, since round 114, nor the IMF: an acronym every reader knows gets no card,
    # roles.well_known_acronyms)
    ("Pejabat dari Lembaga Penjamin Simpanan (LPS) mengumumkan data baru pada Senin pagi di Jakarta.",
     "id", "Apa kepanjangan dari LPS?", "Lembaga Penjamin Simpanan"),
    ("Officials from the Financial Conduct Authority (FCA) arrived in Athens on Monday morning.",
     "en", "What does FCA stand for?", "Financial Conduct Authority"),
    # a translated name is what the acronym is called, not what its letters stand for
    ("Hal itu terjadi karena Indonesia tengah menerima sanksi dari Badan Antidoping Dunia (WADA) sejak Oktober.",
     "id", "Apa nama lengkap WADA?", "Badan Antidoping Dunia"),
    # the run before a connector starts where the initials spell the acronym
    ("Ketentuan itu tertuang dalam Peraturan Menteri Energi dan Sumber Daya Mineral (ESDM) Nomor 11 Tahun 2019.",
     "id", "Apa kepanjangan dari ESDM?", "Energi dan Sumber Daya Mineral"),
    # the short form first, spelled out in the brackets after it
    ("Pengawasan jajanan sekolah dilakukan bersama BPOM (Badan Pengawas Obat dan Makanan) sejak Senin.",
     "id", "Apa kepanjangan dari BPOM?", "Badan Pengawas Obat dan Makanan"),
    ("Immune cells such as CTLs (cytotoxic T lymphocytes) peak during the day, the study found in 2010.",
     "en", "What does CTLs stand for?", "cytotoxic T lymphocytes"),
    # the acronym after "atau"/"or" (grammar.alternative_words), spelled by the name's capitals
    ("Tabanan - International Rice Research Institute atau IRRI menawarkan konsep baru untuk petani pada Senin.",
     "id", "Apa kepanjangan dari IRRI?", "International Rice Research Institute"),
    ("The Financial Conduct Authority, or FCA, fined the bank £12m on Monday for failings in its call centres.",
     "en", "What does FCA stand for?", "Financial Conduct Authority"),
    # (not "Asia Tenggara atau ASEAN": a region's capitals do not spell the body)
    ("Negara-negara di Asia Tenggara atau ASEAN sepakat menurunkan tarif impor beras pada Senin.",
     "id", "Apa kepanjangan dari ASEAN?", None),
])
def test_extraction_acronyms(text, lang, question, answer):
    assert qa(text, lang).get(question) == answer


@pytest.mark.parametrize("text,lang,question,answer", [
    ("Menurut Rina Marlina, kepala Dinas Kesehatan Bogor, vaksin itu tiba pada Januari 2021.",
     "id", "Siapa kepala Dinas Kesehatan Bogor?", "Rina Marlina"),
    ("Menteri Keuangan Sri Mulyani Indrawati membuka acara itu di Bali pada Maret 2022.",
     "id", "Siapa Menteri Keuangan?", "Sri Mulyani Indrawati"),
    ("Maria Lopez, the mayor of Valencia, opened the new library on Tuesday afternoon.",
     "en", "Who is the mayor of Valencia?", "Maria Lopez"),
    # whose office it is, written as a possessive before the title, stays in the question
    ("The deal was signed in Nairobi by Kenya's Trade Cabinet Secretary Miriam Wanjala on Tuesday.",
     "en", "Who is Kenya's Trade Cabinet Secretary?", "Miriam Wanjala"),
    # no comma closes the apposition; the office ends with a place ("... China"), not a name
    ("Tan Xianming, Direktur Badan Rekayasa Ruang Angkasa Berawak China mengumumkan bahwa penerbangan "
     "berikutnya akan berlangsung tahun 2007 dan akan disertai jalan di angkasa oleh para antariksawan.",
     "id", "Siapa Direktur Badan Rekayasa Ruang Angkasa Berawak China?", "Tan Xianming"),
    # a title of two ministries joined by "dan"
    ("Demikian dikatakan Menteri Pertanian dan Kehutanan Budi Santoso di Medan, akhir pekan lalu.",
     "id", "Siapa Menteri Pertanian dan Kehutanan?", "Budi Santoso"),
    # a title shortened in brackets before its place and the name
    ("Kunjungan itu diumumkan Menteri Luar Negeri (Menlu) Norwegia Lars Hagen di Oslo, Rabu (7/9).",
     "id", "Siapa Menlu Norwegia?", "Lars Hagen"),
    ("Kepala Balai Pengelolaan Hutan Lindung (BPHL) Kalimantan Utara Andi Pratama mengatakan, "
     "kebakaran sudah padam.",
     "id", "Siapa Kepala BPHL Kalimantan Utara?", "Andi Pratama"),
    # "PM" is the short title of a prime minister
    ("Presiden dijadwalkan bertemu PM Norwegia Erna Lund di Oslo pekan depan.",
     "id", "Siapa PM Norwegia?", "Erna Lund"),
    # "seperti ini" (like this) opens no list of examples, so the speaker is no example
    ("Kalau kita terus bekerja seperti ini, target panen akan gagal, ujar Administrator FAO Arif Gunawan.",
     "id", "Siapa Administrator FAO?", "Arif Gunawan"),
    # "Deputi" is part of the office: she is no governor
    ("Deputi Gubernur Bank Sentral Filipina Maria Santos membuka seminar itu di Manila, Selasa (30/8).",
     "id", "Siapa Deputi Gubernur Bank Sentral Filipina?", "Maria Santos"),
    # a place of two words ends the office, and a name of one word follows it
    ("Wakil Kepala Dinas Kesehatan Kalimantan Utara Rahmat di Tarakan, Rabu (19/10), menuturkan hal ini.",
     "id", "Siapa Wakil Kepala Dinas Kesehatan Kalimantan Utara?", "Rahmat"),
    # offices named by nouns of their own: "pimpinan", "dekan", "chair", "dean"
    ("Kami sudah bekerja keras, kata Mayor Rudi Hartono, pimpinan tim pencari dan penyelamat Basarnas.",
     "id", "Siapa pimpinan tim pencari dan penyelamat Basarnas?", "Rudi Hartono"),
    ("Menurut Ahmad Sutrisno, dekan Fakultas Teknik Universitas Gadjah Mada, pendaftar naik 20 persen.",
     "id", "Siapa dekan Fakultas Teknik Universitas Gadjah Mada?", "Ahmad Sutrisno"),
    ('"We will not close the school," said Mary Evans, chair of the Oakwood Parents Council, after the meeting.',
     "en", "Who is the chair of the Oakwood Parents Council?", "Mary Evans"),
    # a body every region has its own of is named with its region, then the name follows
    ("Kepala Pelaksana BPBD Lumajang Yudhi Prasetyo mengatakan 120 warga telah dievakuasi ke balai desa.",
     "id", "Siapa Kepala Pelaksana BPBD Lumajang?", "Yudhi Prasetyo"),
    ("Ketua DPRD Kabupaten Jember Ahmad Halim meminta pemerintah daerah segera membangun tanggul baru.",
     "id", "Siapa Ketua DPRD Kabupaten Jember?", "Ahmad Halim"),
    # a holder's rank stands between the office and the name, a short form or several words
    ("Kapolres Malang AKBP Putu Kholis mengerahkan 200 personel untuk membantu evakuasi warga.",
     "id", "Siapa Kapolres Malang?", "Putu Kholis"),
    ("Kapolda Jawa Timur Irjen Pol Nanang Avianto memimpin apel pasukan di Surabaya pada Senin pagi.",
     "id", "Siapa Kapolda Jawa Timur?", "Nanang Avianto"),
    ("Direktur RSUD Balikpapan Barat dr. Ratna Wulandari menjelaskan rumah sakit itu punya 200 tempat tidur.",
     "id", "Siapa Direktur RSUD Balikpapan Barat?", "Ratna Wulandari"),
    ("Kapolsek Tawangmangu AKP Bambang Sutrisno mengatakan kereta gantung berhenti mendadak pukul 14.20 WIB.",
     "id", "Siapa Kapolsek Tawangmangu?", "Bambang Sutrisno"),
])
def test_extraction_roles(text, lang, question, answer):
    assert qa(text, lang).get(question) == answer


@pytest.mark.parametrize("text,lang,question,answer", [
    ("Pemerintah daerah meresmikan jembatan baru itu pada Februari 2020 setelah dua tahun pembangunan.",
     "id", "Kapan pemerintah daerah meresmikan jembatan baru itu setelah dua tahun pembangunan?",
     "Februari 2020"),
    ("Sejak Mei 2018, harga beras di pasar tradisional terus naik.",
     "id", "Sejak kapan harga beras di pasar tradisional terus naik?", "Mei 2018"),
    ("The company announced the merger in March 2019 after months of talks.",
     "en", "When did the company announce the merger?", "March 2019"),
    ("The new stadium was opened in August 2012 by the city council.",
     "en", "When was the new stadium opened by the city council?", "August 2012"),
    # the place before the date has its region after a comma: the clause starts before both
    ("Gubernur Rahmat Hidayat membuka pameran kopi di Portland, Oregon, Amerika Serikat, Senin (12/9).",
     "id", "Kapan Gubernur Rahmat Hidayat membuka pameran kopi di Portland, Oregon, Amerika Serikat?",
     "Senin (12/9)"),
    # "waktu setempat" gives the date's clock, it is no part of the event
    ("Tim Indonesia memenangi final piala dunia di Lyon, Prancis, Minggu (21/8) waktu setempat.",
     "id", "Kapan Tim Indonesia memenangi final piala dunia di Lyon, Prancis?", "Minggu (21/8)"),
    # between the main clause and the date stand only circumstances: a place near, a time
    ("Pesawat latih milik TNI AU jatuh di hutan Gunung Salak, sekitar lima kilometer dari Desa Cibunian, "
     "Kamis (1/9).",
     "id", "Kapan pesawat latih milik TNI AU jatuh di hutan Gunung Salak?", "Kamis (1/9)"),
    ("Tim Indonesia meraih gelar juara dunia bulu tangkis setelah mengalahkan Denmark di Lyon, Prancis, Minggu (21/8).",
     "id", "Kapan Tim Indonesia meraih gelar juara dunia bulu tangkis?", "Minggu (21/8)"),
])
def test_extraction_when(text, lang, question, answer):
    # (a since-question, and one on the weekday of a thing done, are minor cards: reviews 45-56, 79-80)
    minor = question.startswith(("Since when", "Sejak kapan")) or re.search(
        r"^(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\b", answer)
    got = qa_minor(text, lang) if minor else qa(text, lang)
    assert got.get(question) == answer


@pytest.mark.parametrize("text,lang,question", [
    ("Since 2021, contractors have dug 27 shallow lagoons and about 8km of new ditches on the farm.", "en",
     "Since when have contractors dug 27 shallow lagoons?"),
    ("Pedagang kain sudah berjualan di Pasar Kedung Sari sejak 1985, kata pengelola pasar.", "id",
     "Sejak kapan pedagang kain sudah berjualan di Pasar Kedung Sari?"),
])
def test_a_since_question_is_a_minor_card(text, lang, question):
    """Teachers accepted 8 of 28 judgements of since-questions in reviews 45-56."""
    got = {c.question: c for c in every_card(text, lang)}
    assert question in got and "minor" in got[question].tags, list(got)


def test_a_past_perfect_is_asked_in_the_past():
    # (a bare month for a thing done is a minor answer: the bigger deck has the question)
    got = qa_minor("Police said a private collector in Dusseldorf had offered the painting to an auction house "
                   "in Cologne in March.", "en")
    assert got.get("When did a private collector in Dusseldorf offer the painting to an auction house in Cologne?") \
        == "March", got


@pytest.mark.parametrize("text,question,answer", [
    # after a copula, what the relative qualifies is the thing named after it
    ("Puncak program revitalisasi tahun ini adalah Festival Tunas Bahasa Ibu tingkat provinsi yang akan "
     "digelar di Sofifi pada November 2025.",
     "Kapan Festival Tunas Bahasa Ibu tingkat provinsi akan digelar di Sofifi?", "November 2025"),
    # after a measure noun (grammar.measure_nouns), the thing counted is what the relative tells of
    ("Menurut BKSDA, jumlah orangutan yang telah dikembalikan ke Taman Nasional Bukit Raya sejak 2016 "
     "mencapai 197 individu.",
     "Sejak kapan orangutan telah dikembalikan ke Taman Nasional Bukit Raya?", "2016"),
])
def test_a_when_question_on_a_relative_asks_about_what_it_qualifies(text, question, answer):
    assert qa_minor(text, "id").get(question) == answer


@pytest.mark.parametrize("text,lang,question,answer", [
    # (a subject that points back, "konferensi itu", needs a title that says what: see
    # test_a_question_pointing_back_needs_a_title_that_tells_the_learner_what)
    ("Menurut polisi, konferensi keamanan regional berlangsung di Surabaya dan dihadiri banyak tamu.",
     "id", "Di mana konferensi keamanan regional berlangsung?", "Surabaya"),
])
def test_extraction_where(text, lang, question, answer):
    assert qa(text, lang).get(question) == answer


@pytest.mark.parametrize("text,lang,question,answer", [
    ("Banjir besar merendam sekitar 300 rumah di tepi sungai.", "id",
     "Banjir besar merendam berapa rumah di tepi sungai?", "sekitar 300 rumah"),
    ("The factory will cut 1,200 jobs next year.", "en",
     "How many jobs will the factory cut next year?", "1,200"),
    # a sentence without a verb states a measure of its subject
    ("Pabrik semen itu mulai berproduksi tahun lalu. Kapasitas produksi semen 2,5 juta ton per tahun.",
     "id", "Berapa kapasitas produksi semen per tahun?", "2,5 juta ton"),
    ("Danau Toba luasnya sekitar 1.130 kilometer persegi, terletak di Sumatera Utara.",
     "id", "Berapa luas Danau Toba?", "sekitar 1.130 kilometer persegi"),
    # a sum written with a decimal comma and a space keeps its currency and multiplier
    ("Tahun depan pemerintah mengucurkan dana Rp 12, 5 miliar untuk pembangunan dermaga Sorong.",
     "id", "Tahun depan pemerintah mengucurkan dana sebesar berapa untuk pembangunan dermaga Sorong?", "Rp 12, 5 miliar"),
    # the clause's own full stop does not stay before the question mark (nor the agencies' credit)
    ("Pelari Kenya Paul Tergat tidak terkalahkan tiga tahun terakhir. (AFP / REUTERS / TIA", "id",
     "Pelari Kenya Paul Tergat tidak terkalahkan berapa tahun terakhir?", "tiga tahun"),
    # a count that is its verb's subject, with a place between its noun and the verb
    ("Around 2,600 cattle on neighboring farms have been placed under quarantine, officials said.", "en",
     "How many cattle on neighboring farms have been placed under quarantine?", "Around 2,600"),
    # a share right after a verb of change is by how much it changed (numbers.change_verbs)
    ("Average asking rents in Milan have climbed 38% since 2019, according to the property portal.", "en",
     "By how much have average asking rents in Milan climbed since 2019?", "38%"),
    ("Japanese exports grew 12.3 percent in October from a year earlier, the finance ministry said.", "en",
     "By how much did Japanese exports grow in October from a year earlier?", "12.3 percent"),
    # how long something lasts, answered with its unit (numbers.duration_prepositions)
    ("Greek sprinters Kostas Kenteris and Katerina Thanou could be suspended for up to two years.", "en",
     "How long could Greek sprinters Kostas Kenteris and Katerina Thanou be suspended?", "up to two years"),
    # ... and in place where the question word stays in place
    ("Pemerintah Kabupaten Lumajang menetapkan status tanggap darurat bencana selama 14 hari.", "id",
     "Pemerintah Kabupaten Lumajang menetapkan status tanggap darurat bencana selama berapa hari?", "14 hari"),
    # a band around a figure is one figure (numbers.tolerance_words)
    ("Bank Indonesia memperkirakan inflasi Jawa Timur tetap terkendali dalam kisaran sasaran nasional "
     "2,5 plus minus 1 persen.", "id",
     "Bank Indonesia memperkirakan inflasi Jawa Timur tetap terkendali dalam kisaran sasaran nasional berapa persen?",
     "2,5 plus minus 1 persen"),
    # a list that ends the sentence is asked whole, not cut at its first comma
    ("Kementerian Keuangan menjual sukuk ritel melalui 38 mitra distribusi yang terdiri atas bank, perusahaan efek, dan "
     "perusahaan teknologi finansial.", "id",
     "Kementerian Keuangan menjual sukuk ritel melalui berapa mitra distribusi yang terdiri atas bank, perusahaan efek, dan "
     "perusahaan teknologi finansial?", "38"),  # ("mitra distribusi": the answer is no half a noun)
])
def test_extraction_quantity(text, lang, question, answer):
    assert qa(text, lang).get(question) == answer


@pytest.mark.parametrize("text", [
    "The Labour party won 42% of the vote in the election held in May.",  # a share of what it took
    "Of the tea offered at the auction, 82 percent found buyers in Mombasa on Monday.",  # no verb before
])
def test_no_by_how_much_question_on_a_share_that_is_no_change(text):
    assert not [q for q in _qa_or_none(text, "en") if q.startswith("By how much")]


@pytest.mark.parametrize("text,lang", [
    ("Shares in Altus jumped 14% in early trading on the Euronext Amsterdam exchange on Monday.", "en"),
    ("Saham BSNT di Bursa Efek Indonesia ditutup menguat 4,2 persen ke level Rp1.240 per saham pada "
     "perdagangan Jumat sore.", "id"),
])
def test_a_share_price_move_on_the_day_is_a_minor_gap(text, lang):
    asked = [c for c in every_card(text, lang) if c.type != "cloze" and "number" in c.tags]
    assert asked and all("minor" in c.tags for c in asked), [(c.question, c.tags) for c in asked]


@pytest.mark.parametrize("text,lang,question,answer", [
    ("Ekspor batu bara turun 9,8 persen secara tahunan karena harga batu bara di pasar internasional masih "
     "tertekan.", "id",
     "Mengapa ekspor batu bara turun 9,8 persen secara tahunan?",
     "harga batu bara di pasar internasional masih tertekan"),
    # one reason of two parts joined by "dan" is answered whole; what follows a comma is not the reason
    ("Pembangunan bendungan tertunda sekitar enam bulan karena curah hujan tinggi dan pembebasan lahan yang "
     "berlarut-larut, kata Kepala BWS Sumatera II.", "id",
     "Mengapa pembangunan bendungan tertunda sekitar enam bulan?",
     "curah hujan tinggi dan pembebasan lahan yang berlarut-larut"),
    # a reporting verb's clause is asked in the speaker's name
    ("Direktur Jenderal Perdagangan Dalam Negeri Bambang Wirawan mengatakan kenaikan harga eceran itu "
     "diperlukan karena biaya produksi terus naik.", "id",
     "Menurut Bambang Wirawan, mengapa kenaikan harga eceran itu diperlukan?", "biaya produksi terus naik"),
    # the speaker before an apposition is credited, not the body the apposition names
    ("Marta Zielinska, a cybersecurity researcher at Gdansk University of Technology, said ports were attractive "
     "targets because even a short stoppage could cost operators millions of dollars.", "en",
     "According to Marta Zielinska, why were ports attractive targets?",
     "even a short stoppage could cost operators millions of dollars"),
    ("Trains between Swansea and Carmarthen were suspended for several hours because of fallen trees.", "en",
     "Why were trains between Swansea and Carmarthen suspended for several hours?", "fallen trees"),
    # a hedge before the cause word stays out of the question
    ("Fewer than 2,500 adult tigers remained in the wild in 2020, mainly because "
     "forests were cleared for farming.", "en",
     "Why did fewer than 2,500 adult tigers remain in the wild in 2020?", "forests were cleared for farming"),
])
def test_extraction_why(text, lang, question, answer):
    assert qa(text, lang).get(question) == answer


@pytest.mark.parametrize("text,lang", [
    # someone's words: the quotation closes after the reason
    ('"We picked hydrogen because our winters are hard on batteries," said Karen Delgado of the transit agency.',
     "en"),
    ('Menurut dia, jemaah batal berangkat karena tidak mampu melunasi biaya," ujarnya.', "id"),
    # what the reason is not
    ("Kenaikan harga beras terjadi bukan karena produksi dalam negeri tidak cukup.", "id"),
    # a pronoun opens the clause: whose?
    ("Kami butuh banyak tenaga baru karena volume pengiriman barang selalu naik menjelang akhir tahun.", "id"),
    # no one named to credit, and the plural present that the inversion gets wrong
    ("Experts say criminal groups increasingly target objects for their gold and gems because famous works "
     "of art are almost impossible to sell openly.", "en"),
    # "karena itu": therefore
    ("Harga cabai naik tajam, karena itu pemerintah menggelar operasi pasar di 12 kecamatan.", "id"),
])
def test_no_why_question(text, lang):
    assert not [q for q in _qa_or_none(text, lang) if q.startswith(("Why", "Mengapa", "According", "Menurut"))]


@pytest.mark.parametrize("text,lang", [
    ("Penurunan harga juga berlaku untuk Pertamax Turbo yang kini dijual Rp 13.250 per liter.", "id"),
    ("The winners each received 30,000 euros from the organisers in Dublin.", "en"),
    ("Employers who break the rule face fines of 2,000 euros for each worker, the ministry said.", "en"),
])
def test_a_figure_added_to_the_story_or_given_per_item_is_minor(text, lang):
    """Teachers accepted 6 of 34 judgements of such number cards in reviews 45-57."""
    asked = [c for c in every_card(text, lang) if "number" in c.tags]
    assert asked and all("minor" in c.tags for c in asked), [(c.question, c.tags) for c in asked]


def test_an_addition_after_the_figure_leaves_it_the_story_s_own():
    text = ("The Sri Lanka Banks Association said the waves which killed more than 30,000 people also washed "
            "away huge amounts of property which was securing loans.")
    gaps = [c for c in every_card(text, "en") if c.answer == "30,000"]
    assert gaps and not [c for c in gaps if "minor" in c.tags], [(c.question, c.tags) for c in gaps]


@pytest.mark.parametrize("text,lang,question,answer", [
    # review 56
    # a noun of two words: the answer is the figure, not half the noun ("lima ahli")
    ("Gugatan diajukan oleh lima ahli waris almarhum Sanusi bin Marta pada Oktober 2025.", "id",
     "Gugatan diajukan oleh berapa ahli waris almarhum Sanusi bin Marta pada Oktober 2025?", "lima"),
    # ... but a noun the clause's verb follows stays in the answer
    ("Lebih dari 4.000 pengunjung datang ke Museum Nasional pada hari pertama pameran di Jakarta.", "id",
     "Berapa pengunjung datang ke Museum Nasional pada hari pertama pameran di Jakarta?", "Lebih dari 4.000 pengunjung"),
    # what was counted is asked whole: its own modifier, two joined nouns, a list with a place after it
    ("Data DKP Sulsel mencatat sepanjang 2025 terdapat 37 kasus penangkapan ikan dengan bahan peledak di "
     "perairan Sulsel.", "id",
     "Data DKP Sulsel mencatat sepanjang 2025 terdapat berapa kasus penangkapan ikan dengan bahan peledak di "
     "perairan Sulsel?", "37"),
    ("Dinas Kelautan menyalurkan 1.200 unit alat tangkap berupa pancing ulur dan bubu kepada nelayan di "
     "pulau-pulau kecil.", "id",
     "Dinas Kelautan menyalurkan berapa unit alat tangkap berupa pancing ulur dan bubu kepada nelayan di "
     "pulau-pulau kecil?", "1.200 unit"),
    ("Menurut Wahyu, sekitar 60 persen bahan baku dibeli dari petani, peternak, dan pelaku usaha di Gunungkidul.", "id",
     "Berapa persen bahan baku dibeli dari petani, peternak, dan pelaku usaha di Gunungkidul?", "sekitar 60 persen"),
    # review 57
    # a when-answer keeps "setelah"/"before" (dates.kept_prepositions)
    ("Setelah 30 Juni 2025, Bapenda bersama Polda Jawa Tengah akan menggelar razia gabungan di jalan raya.", "id",
     "Kapan Bapenda bersama Polda Jawa Tengah akan menggelar razia gabungan di jalan raya?", "Setelah 30 Juni 2025"),
    # where modifiers come first, the counted noun is the last of a run of nouns
    ("The council sold 41,000 heritage tour tickets last year, up from 26,000 in 2019.", "en",
     "How many heritage tour tickets did the council sell last year?", "41,000"),
    # review 58
    # a body the article names elsewhere ends the office: after its head word ("PT ... Tbk"),
    # as a short form in brackets, or as a region's name ("Kabupaten Batang Luar")
    ("Produsen roti PT Sari Gandum Nusantara Tbk (SGNT) berencana menambah 90 gerai. Direktur Utama Sari "
     "Gandum Nusantara Lukas Hartanto mengatakan ekspansi difokuskan di luar Jawa.", "id",
     "Siapa Direktur Utama Sari Gandum Nusantara?", "Lukas Hartanto"),
    ("Kementerian Dalam Negeri (Kemendagri) tengah mengkaji rencana itu. Direktur Jenderal Otonomi Daerah "
     "Kemendagri Bambang Wirawan mengatakan kajian dilakukan sejak Oktober.", "id",
     "Siapa Direktur Jenderal Otonomi Daerah Kemendagri?", "Bambang Wirawan"),
    ("Sungai Ampar dimekarkan dari Kabupaten Batang Luar pada 2008. Bupati Batang Luar Syarif Hamdani mengaku "
     "siap menerima kembali Sungai Ampar.", "id", "Siapa Bupati Batang Luar?", "Syarif Hamdani"),
    # an office with its field after "for"/"of" (roles.office_links), then the name
    ("Principal Secretary for Environment Joseph Kiprono said the radar would also help farmers in Kisumu.", "en",
     "Who is the Principal Secretary for Environment?", "Joseph Kiprono"),
    ("Secretary of State for Health Wes Streeting said the plan would cut waiting lists by June.", "en",
     "Who is the Secretary of State for Health?", "Wes Streeting"),
    # a holder named by one word in a later sentence is named in full in its question
    ("Kepala Satuan Polisi Pamong Praja (Satpol PP) Kota Bandung Asep Hidayat mengatakan penindakan dimulai "
     "Senin. Asep mengatakan pemkot sedang menyiapkan area merokok di luar pagar lima taman terbesar.", "id",
     "Asep Hidayat mengatakan pemkot sedang menyiapkan area merokok di luar pagar berapa taman terbesar?", "lima"),
    # the counted noun opens a list: the question names the list, the answer is the figure
    ("Kota Batu memiliki lebih dari 1.100 hotel, vila, dan homestay.", "id",
     "Kota Batu memiliki berapa hotel, vila, dan homestay?", "lebih dari 1.100"),
    # the figure's subject has two verbs: both are asked
    ("Sekitar 70 persen komponen satelit dirancang dan dirakit sendiri di laboratorium kampus.", "id",
     "Berapa persen komponen satelit dirancang dan dirakit sendiri di laboratorium kampus?", "Sekitar 70 persen"),
    # review 60
    # the holder after the office's comma, then where and when he spoke, then the verb
    ("Kepala Dinas Pendidikan dan Kebudayaan Kapuas Hulu, Yohanes Darmawan, di Putussibau, Kamis, mengatakan "
     "jumlah kekurangan guru meningkat.", "id", "Siapa Kepala Dinas Pendidikan dan Kebudayaan Kapuas Hulu?",
     "Yohanes Darmawan"),
    # review 60
    ("At its height, the blaze involved about 1,500 tonnes of baled plastic and cardboard, the fire service "
     "said.", "en", "How many tonnes of baled plastic and cardboard did the blaze involve?", "about 1,500"),
    ("Pemerintah Kabupaten Kapuas Hulu mencatat kekurangan sebanyak 1.240 guru untuk jenjang sekolah dasar (SD) "
     "dan sekolah menengah pertama (SMP) pada tahun ajaran 2025/2026.", "id",
     "Pemerintah Kabupaten Kapuas Hulu mencatat kekurangan sebanyak berapa guru untuk jenjang sekolah dasar (SD) "
     "dan sekolah menengah pertama (SMP) pada tahun ajaran 2025/2026?", "1.240 guru"),
    # a short form in brackets that closes the sentence closes the question
    ("Panitia menyatakan 57 surat suara tidak sah di sejumlah tempat pemungutan suara (TPS).", "id",
     "Menurut panitia, berapa surat suara tidak sah di sejumlah tempat pemungutan suara (TPS)?", "57"),
])
def test_review_56_to_60_questions(text, lang, question, answer):
    got = qa(text, lang)
    assert got.get(question) == answer, got


@pytest.mark.parametrize("text,lang,bad", [
    # review 57
    # the date is a participle's: the main clause goes on after it
    ("A tram built in 1927 has returned to Blackpool's promenade after a six-year restoration.", "en", "When"),
    # an object pronoun after the figure: what is "it"?
    ("More than 2,000 people lined the seafront to watch it pass, organisers said.", "en", "How many"),
    # there are so many where? (grammar.existentials)
    ("Setiap malam, kata dia, ada sekitar 180 lapak yang berjualan hingga pukul 01.00 WIB.", "id", "Ada berapa"),
    # "-nya" on a noun after a noun: whose costs?
    ("Biaya operasionalnya sekitar Rp4 juta per bulan, berasal dari swadaya anggota kelompok.", "id", "Berapa"),
    # review 58
    # the data of a body the article names, no "who"
    ("Kementerian Dalam Negeri (Kemendagri) mengkaji penggabungan. Data Kemendagri menunjukkan pendapatan asli "
     "daerah Sungai Ampar pada 2024 hanya Rp31 miliar.", "id", "Siapa yang menunjukkan"),
    # one lecturer of many (roles.member_roles)
    ("Pembimbing tim, Dr. Wahyu Setiawan, dosen Departemen Teknik Elektro ITS, mengatakan satelit itu berfungsi "
     "baik.", "id", "Siapa dosen"),
    # a condition (grammar.conditionals: asalkan)
    ("Bupati Syarif Hamdani mengaku siap menerima kembali Sungai Ampar, asalkan pemerintah pusat ikut menanggung "
     "penataan sekitar 4.200 aparatur sipil negara.", "id", "Asalkan"),
    # how long, in a relative clause whose object stands outside it
    ("Three Asian elephants left the zoo on Tuesday after a move that zoo officials planned for almost two "
     "years.", "en", "How long"),
    # a reason after a relative clause may be the relative's
    ("Harga tuna itu dipicu kualitas daging yang sangat baik karena ikan langsung didinginkan dengan es sejak di "
     "atas kapal.", "id", "Mengapa"),
])
def test_review_57_and_58_no_question(text, lang, bad):
    assert not [q for q in _qa_or_none(text, lang) if q.startswith(bad)]


@pytest.mark.parametrize("text,lang,bad", [
    # review 78
    # which period? (grammar.back_references)
    ("Penjualan mobil secara grosir mencapai 561.300 unit. Pada periode yang sama, penjualan ritel tercatat "
     "588.200 unit.", "id", "Pada periode yang sama"),
    # whose side?
    ("Sepanjang Januari hingga September 2025 pihaknya telah melakukan 37 penindakan terhadap penyelundupan "
     "pakaian bekas.", "id", "Sepanjang Januari hingga September 2025 pihaknya"),
    ("Retail sales reached 588,200 units in the same period, the association said on Monday.", "en",
     "How many units"),
    # the start of a span (dates.range_start_prepositions)
    ("Germany was the colonial power in Cameroon from 1884 until the first world war.", "en", "When"),
    ("Kerajaan itu menguasai pelabuhan tersebut dari 1511 hingga kedatangan Belanda.", "id", "Kapan"),
])
def test_review_78_no_question(text, lang, bad):
    assert not [q for q in _qa_or_none(text, lang) if q.startswith(bad)]


@pytest.mark.parametrize("text,lang,day,minor", [
    # the day of the week of a thing done is minor as a gap
    ("Putusan itu dibacakan majelis hakim dalam sidang di Pengadilan Negeri Surabaya pada Selasa (3/12/2024).",
     "id", "Selasa (3/12/2024)", True),
    ("The new ferry was launched at the shipyard in Glasgow on Tuesday, 4 March 2025.", "en",
     "Tuesday, 4 March 2025", True),
    # a plan's day, a span's first day and a date of history are not
    ("Uang kertas baru itu akan mulai beredar pada Senin (6/3/2027), bertepatan dengan hari kemerdekaan.", "id",
     "Senin (6/3/2027)", False),
    ("Masa angkutan Nataru berlangsung selama 18 hari, mulai Kamis (19/12/2024) hingga Minggu (5/1/2025).", "id",
     "Kamis (19/12/2024)", False),
    ("On October 6, 1973, Syria and Egypt launched a surprise attack on Israel, on Yom Kippur.", "en",
     "October 6, 1973", False),
])
def test_review_78_a_gap_on_the_weekday_of_a_thing_done_is_minor(text, lang, day, minor):
    facts = facts_of(text, lang)
    gaps = [f for f in facts if f.family == "cloze" and f.answer == day]
    assert gaps and all(f.minor == minor for f in gaps), [(f.family, f.answer, f.minor) for f in facts]


@pytest.mark.parametrize("text,lang,question,answer", [
    # a range of figures is one amount, asked whole
    ("Finding oil and developing new fields usually required five to ten years before significant production.",
     "en", "How many years did finding oil and developing new fields usually require?", "five to ten"),
    ("Dengan pasokan air yang stabil, petani diperkirakan bisa menanam padi dua sampai tiga kali dalam setahun.",
     "id", "Petani diperkirakan bisa menanam padi berapa kali dalam setahun?", "dua sampai tiga kali"),
    ("Gula semut dijual Rp38.000 hingga Rp45.000 per kilogram di pasar tradisional.", "id",
     "Gula semut dijual berapa per kilogram di pasar tradisional?", "Rp38.000 hingga Rp45.000"),
])
def test_a_range_is_asked_whole(text, lang, question, answer):
    assert qa(text, lang).get(question) == answer, qa(text, lang)


def test_a_change_from_one_figure_to_another_is_no_range():
    text = "Harga cabai naik dari Rp 40.000 hingga Rp 60.000 per kilogram dalam sepekan."
    assert not [a for a in _qa_or_none(text, "id").values() if "40.000" in a and "60.000" in a]


@pytest.mark.parametrize("text,question,minor", [
    # review 79: the day of the week a thing was done is a minor when-question ...
    ("Timnas futsal Indonesia sukses mempertahankan gelar juara Piala AFF Futsal pada Minggu (9/11/2025) malam "
     "di Jakarta.", "Kapan timnas futsal Indonesia sukses", True),
    # ... but not the day of a start, an opening or a launch (grammar.start_words), nor a plan's
    ("Bank Indonesia resmi meluncurkan layanan QRIS antarnegara dengan Jepang pada Rabu (17/9/2025).",
     "Kapan Bank Indonesia resmi meluncurkan", False),
    ("Pemerintah Kota Bandung akan menggelar operasi pasar di 20 titik pada Kamis (5/2/2026).",
     "Kapan Pemerintah Kota Bandung akan menggelar", False),
])
def test_review_79_a_when_question_on_a_weekday(text, question, minor):
    cards = [c for c in every_card(text, "id") if c.family == "when" and c.question.startswith(question)]
    assert cards and all(("minor" in c.tags) == minor for c in cards), \
        [(c.question, c.tags) for c in every_card(text, "id")]


def test_review_79_a_word_capitalised_only_inside_a_bodys_name_opens_a_question_in_lower_case():
    text = ("Environmental groups have raised concerns because the site borders the national park. \"We are not "
            "against the project,\" said Martha Iipinge of the Namibian Environmental Alliance.")
    questions = [c.question for c in every_card(text, "en") if c.family == "why"]
    assert "Why have environmental groups raised concerns?" in questions, questions


@pytest.mark.parametrize("text,lang,bad", [
    # review 79: "his" is the answer's (grammar.personal_possessives)
    ("Gareth Pryce bought his 25cm telescope for £3,400 in 2019 and has photographed the sky since.", "en",
     "Who bought his"),
    # a sum that qualifies the noun after it is no amount of the clause's verb
    ("The financing covers 60% of the project's estimated $3.5 billion cost.", "en", "How much does the financing"),
    # a keeper of a team is one of several players, no office (roles.generic_roles)
    ("Kiper Indonesia Ahmad Habibi melakukan sembilan penyelamatan dalam laga final di Jakarta.", "id",
     "Siapa Kiper Indonesia?"),
])
def test_review_79_no_question(text, lang, bad):
    assert not [q for q in _qa_or_none(text, lang) if q.startswith(bad)]


def test_review_79_an_everyday_school_level_is_no_gap():
    text = ("Sebuah bus yang mengangkut rombongan pelajar SMP asal Bekasi terguling di kawasan Tanjakan Emen, "
            "Kecamatan Ciater, Kabupaten Subang.")
    assert "SMP" not in {c.answer for c in every_card(text, "id")}  # (roles.common_acronyms)


def test_review_79_a_figure_counts_both_nouns_a_coordinator_joins():
    text = ("Authorities deployed 350 military trucks and police vehicles to offer free rides, and the "
            "Department of Education allowed schools to switch to online classes.")
    # (a minor card since round 105: a count of what was laid on is logistics; the wording is still this)
    assert qa_minor(text, "en").get("How many military trucks and police vehicles did authorities deploy to offer "
                                     "free rides?") == "350", qa_minor(text, "en")


def test_review_80_a_photo_credit_after_a_colon_makes_its_line_a_caption_and_a_city_dash_a_dateline():
    text = ("Barang bukti sepeda motor hasil curian dipajang di halaman Mapolda Jawa Tengah, Semarang, Kamis "
            "(6/11/2025). (Foto: Angga Pratama/detikJateng)\n"
            "Semarang - Direktorat Reserse Kriminal Umum Polda Jawa Tengah membongkar sindikat pencurian sepeda "
            "motor yang beroperasi lintas provinsi. Sebanyak 14 orang ditetapkan sebagai tersangka.")
    sentences, _ = _segmented(text, "id")
    assert sentences[0].text.startswith("Direktorat Reserse Kriminal Umum"), [s.text for s in sentences]
    assert not any("dipajang" in s.text for s in sentences)


@pytest.mark.parametrize("text,lang,answer", [
    # a weekday without its year is the day of a thing done as much as one with it
    ("Kementrans menempatkan 150 kepala keluarga transmigran di kawasan Sei Baru, Kabupaten Pulang Pisau, "
     "pada Jumat (15/8).", "id", "Jumat (15/8)"),
    # the first side of a vote's tally (numbers.vote_tallies)
    ("The bill passed the Sejm by 241 votes to 198, with 11 abstentions, after a long debate.", "en", "241"),
    # review 81: ... and its second side; a player's tally in a match (numbers.match_stat_units)
    ("The city council approved the measure by 27 votes to 14 late on Monday night after a debate.", "en", "14"),
    ("Reid won four sets in a row to lead 5-2, finishing the seventh set with a 121 checkout on the bullseye.",
     "en", "121"),
    # ... every figure of a sentence telling a vote's count
    ("The bill passed by 112 votes to 71, with 16 lawmakers absent, after a two-day debate.", "en", "16"),
    # a span counted back from now after "rata-rata" (numbers.recent_prepositions)
    ("Dibandingkan dengan rata-rata 30 tahun terakhir, awal musim hujan tahun ini datang lebih awal di banyak "
     "wilayah.", "id", "30 tahun"),
])
def test_review_80_minor_cards(text, lang, answer):
    every = facts_of(text, lang)
    facts = [f for f in every if f.answer == answer]
    assert facts and all(f.minor for f in facts), [(f.family, f.answer, f.minor) for f in every]


@pytest.mark.parametrize("text,answer,minor", [
    # review 81: a subject that points back to an earlier sentence makes the sentence's gaps minor
    ("Most streets will get the new limit. The city says these make up about 30% of its 1,800km road network.",
     "30%", True),
    ("The new law lowers the voting age. Changing it for national elections would require an amendment to "
     "the constitution, which is not planned before 2031.", "2031", True),
    # ... not a determiner after the reporting verb
    ("Festival director Mandla Zulu said this year's edition had sold 41,000 tickets, up from 29,000 in 2023.",
     "41,000", False),
])
def test_review_81_a_subject_pointing_back(text, answer, minor):
    facts = facts_of(text, "en", title="News")
    gaps = [f for f in facts if f.family == "cloze" and f.answer == answer]
    assert gaps and all(f.minor == minor for f in gaps), [(f.family, f.answer, f.minor) for f in facts]


def test_a_main_clause_opening_on_an_article_is_asked_why():
    # review 78 to 80's teachers missed these causes; "The" made the clause look like a fragment
    text = ("The ministry began handing out nets on Monday. The new nets are treated with two insecticides instead "
            "of one, because mosquitoes in many parts of the country have become resistant to the older chemical.")
    assert qa(text, "en").get("Why are the new nets treated with two insecticides instead of one?") == \
        "mosquitoes in many parts of the country have become resistant to the older chemical", qa(text, "en")


def test_review_80_a_province_every_reader_knows_gets_no_acronym_card():
    text = ("Tiga warga Gunungkidul, Daerah Istimewa Yogyakarta (DIY), dinyatakan positif antraks setelah "
            "menyembelih sapi yang mati mendadak.")
    assert not [q for q in _qa_or_none(text, "id") if q.startswith("Apa kepanjangan dari DIY")]


def test_review_80_a_participle_after_its_noun_is_not_the_verb():
    text = "A public consultation held in the autumn received 3,400 responses, and most opposed the plan."
    assert qa(text, "en").get("How many responses did a public consultation held in the autumn receive?") == \
        "3,400", qa(text, "en")


def test_review_57_a_long_subject_closed_by_a_demonstrative_points_back():
    text = ("Pemkot menyiapkan lokasi baru di bekas terminal bus. Lahan seluas 8.000 meter persegi itu mampu "
            "menampung 200 lapak dan sudah dilengkapi penerangan.")
    gaps = [c for c in every_card(text, "id", title="Pemkot Tegal Larang Pasar Malam") if "200" in c.answer
            or "8.000" in c.answer]
    assert gaps and all("minor" in c.tags for c in gaps), [(c.question, c.tags) for c in gaps]


def test_review_58_a_pronoun_after_a_fronted_year_points_back():
    text = "The school opened in 1902. In 2015 it had 38 pupils. Last year the roll fell to 11."
    gaps = [c for c in every_card(text, "en", title="School to close") if c.answer == "38"]
    assert gaps and all("minor" in c.tags for c in gaps), [(c.question, c.tags) for c in gaps]


def test_review_59_a_reason_the_title_states_hides_the_topic_line():
    text = ("Some New Zealand sheep farmers are burning or burying their wool because the price they receive for "
            "it no longer covers the cost of shearing.")
    why = [c for c in every_card(text, "en", title="New Zealand farmers burn fleeces as wool price falls below "
                                 "cost of shearing") if c.family == "why"]
    assert why and all("headline" in c.tags for c in why), [(c.question, c.tags) for c in why]


@pytest.mark.parametrize("text,lang,answer", [
    # the date of the figure a change started from (numbers.from_words)
    ("Jumlah pembudi daya rumput laut di Takalar bertambah dari sekitar 6.100 orang pada 2021 menjadi 8.400 "
     "orang saat ini.", "id", "2021"),
    # a span counted back from now (numbers.recent_words)
    ("Produksi rumput laut di Kabupaten Takalar melonjak tajam dalam dua tahun terakhir seiring naiknya harga "
     "jual.", "id", "dua tahun"),
])
def test_review_59_minor_figures(text, lang, answer):
    got = [c for c in every_card(text, lang, title="Rumput laut Takalar") if c.answer == answer]
    assert got and all("minor" in c.tags for c in got), [(c.question, c.tags) for c in got]


def test_a_question_naming_a_thing_by_a_demonstrative_is_minor_unless_it_is_the_topic():
    text = ("Pemkot Makassar melebarkan Jalan Perintis Kemerdekaan. Kepala Dinas Pekerjaan Umum Kota Makassar, "
            "Andi Rahmat, mengatakan pelebaran jalan sepanjang 4,5 kilometer itu membutuhkan anggaran sekitar "
            "Rp210 miliar.")
    cards = every_card(text, "id", title="Jalan di Makassar dilebarkan")
    # (a minor question gives way to the gap on the same figure, which shows its sentence)
    assert not [c for c in cards if c.answer == "sekitar Rp210 miliar" and c.type != "cloze" and "minor" not in c.tags]
    assert [c for c in cards if c.answer == "Rp210 miliar"], [(c.question, c.tags) for c in cards]
    # the seed's meeting is what the article is about: "Di mana pertemuan itu berlangsung?" stays
    seed = {c.question for c in briefing.extract(EXAMPLE.read_text(encoding="utf-8")).cards}
    assert "Di mana pertemuan itu berlangsung?" in seed, seed


def test_review_60_an_honorific_and_a_name_after_an_office_are_its_holder_not_its_role():
    text = ("Kepala Dinas Kesehatan NTT, dr. Maria Goreti Lake, mengatakan dari sekitar 440.000 balita yang "
            "ditimbang, sebanyak 78.300 anak masih tergolong stunting.")
    cards = every_card(text, "id", title="Stunting NTT turun")
    assert not [c for c in cards if c.answer == "Kepala Dinas Kesehatan NTT" and c.type == "cloze"]
    assert {c.question: c.answer for c in cards}.get("Siapa Kepala Dinas Kesehatan NTT?") == "Maria Goreti Lake"


def test_review_57_a_since_date_inside_its_mention_is_minor_too():
    text = ("Koordinator aksi mengatakan, sejak awal Desember 2024 petani kesulitan mendapatkan pupuk urea di kios "
            "resmi.")
    asked = [c for c in every_card(text, "id") if c.family == "when"]
    assert asked and all("minor" in c.tags for c in asked), [(c.question, c.tags) for c in asked]


def test_review_56_a_rank_after_a_body_ends_it_and_no_body_is_the_officer():
    text = ("Direktur Kepolisian Perairan dan Udara (Polairud) Polda Sulsel Kombes Pol Hendrik Silalahi mengatakan "
            "pihaknya akan meningkatkan patroli di perairan Spermonde.")
    assert "Polda Sulsel" not in _qa_or_none(text, "id").values()


def test_review_56_a_month_a_reported_clause_is_about_is_no_time():
    text = ("Ketua Pengurus Harian YLKI Dinda Lestari mengatakan Juli bertepatan dengan tahun ajaran baru, saat "
            "pengeluaran rumah tangga naik.")
    assert not [q for q in _qa_or_none(text, "id") if q.startswith("Kapan")]


def test_no_how_long_question_inverts_a_reported_clause():
    text = ("Otieno said the equipment would allow a rural school to stay online without sunlight "
            "for up to 14 hours.")
    assert not [q for q in _qa_or_none(text, "en") if q.startswith("How long")]


def test_a_date_after_a_quotation_is_when_it_was_said_and_not_asked():
    text = ("Harga beras akan turun bulan depan, kata Menteri Perdagangan Budi Santoso kepada wartawan "
            "di Jakarta, Kamis (13/10).")
    assert not any(q.startswith("Kapan") for q in _qa_or_none(text, "id"))


@pytest.mark.parametrize("text", [
    "Hanya dalam waktu tiga tahun. Pabrik itu sudah untung besar sejak dibuka.",
    "Untuk Kali Krasak itu kan 7 kilometer. Jalan ke sana rusak parah sejak banjir.",
])
def test_no_measure_question_from_a_fragment_without_a_subject(text):
    assert not any(q.startswith("Berapa") for q in _qa_or_none(text, "id"))


def test_extraction_choice_never_offers_an_alias():
    text = ("Para menteri dari Cina, Jepang, India dan Korea Selatan bertemu di Tokyo pada Juni 2023. "
            "Pertemuan itu berlangsung di China dan dibuka oleh Presiden Xi. "
            "Delegasi Jepang tiba di Tokyo lebih dulu.")
    choice = [c for c in cards_of(text, "id") if c.type == "choice"]
    for c in choice:
        folded = {x.casefold() for x in c.choices}
        assert not {"cina", "china"} <= folded, c.choices


def test_extraction_unknown_language_gives_clozes():
    text = ("Die Bundesregierung hat am 3. Mai 2023 in Berlin ein neues Gesetz beschlossen. "
            "Bundeskanzler Olaf Scholz sprach von einem wichtigen Schritt für 80 Millionen Menschen.")
    cards = cards_of(text, "de")
    assert cards and all(c.type == "cloze" for c in cards)


def test_extraction_question_never_contains_its_answer(seed_path):
    ex = briefing.extract(seed_path.read_text(encoding="utf-8"))
    for c in ex.cards:
        if c.type != "cloze":
            assert c.answer.casefold() not in c.question.casefold()


@pytest.mark.parametrize("text,lang,question,answer", [
    ('"This bridge connects two halves of our city," said Mayor Helen Carter on Monday.', "en",
     'Who said "This bridge connects two halves of our city"?', "Helen Carter"),
    ('"Kami akan membuka pasar itu untuk semua pedagang kecil," kata Rina Marlina di Bandung.', "id",
     'Siapa yang mengatakan "Kami akan membuka pasar itu untuk semua pedagang kecil"?', "Rina Marlina"),
    # (review 56-60) the person after the office, not the office
    ('"Jangan sampai diskonnya ada, tetapi harga dasarnya sudah dinaikkan lebih dulu," kata Ketua YLKI, '
     "Siti Rahmawati.", "id", 'Siapa yang mengatakan "Jangan sampai diskonnya ada, tetapi harga dasarnya sudah '
     'dinaikkan lebih dulu"?', "Siti Rahmawati"),
])
def test_extraction_who_said_a_quote(text, lang, question, answer):
    # a who-said card is minor (see test_who_said_cards_are_minor): a deck asked to be bigger has it
    assert qa_minor(text, lang).get(question) == answer


def test_extraction_possessive_inside_an_organisation_name():
    text = ("More than one in ten of the People's Bank customers in the south were affected, "
            "a spokesman for the Conservative National Women's Committee said on Monday.")
    orgs = {m for c in cards_of(text, "en") for m in [c.answer]}
    assert "Bank" not in orgs and "Committee" not in orgs


@pytest.mark.parametrize("text,lang", [
    ("Menurut Rina Marlina, juru bicara Kementerian Kesehatan, vaksin itu tiba pada Januari 2021.", "id"),
    ('"The recovery is patchier than we thought," said Paul Sheard, economist at Lehman Brothers in Tokyo.', "en"),
    ("Justin Green, spokesman for organisers MCD Promoters, said the tickets sold out within an hour.", "en"),
])
def test_messengers_are_not_the_news(text, lang):
    """A spokesman's or an analyst's name is no fact to learn: no role card, no
    'who said' card and no gap on it (teachers rejected every one)."""
    person = {"id": "Rina Marlina", "en": "Paul Sheard" if "Sheard" in text else "Justin Green"}[lang]
    try:
        cards = cards_of(text, lang)
    except NoFactsError:
        cards = []  # nothing else in the sentence is worth a card: fine
    assert all(person not in c.answer for c in cards), [(c.question, c.answer) for c in cards]


@pytest.mark.parametrize("text,lang,speaker,kept", [
    ("The ferry was carrying about 210 passengers when it overturned roughly 4 kilometres from Kome Island, "
     "regional commissioner Amina Mtambo told reporters on Sunday.", "en", "Amina Mtambo", "210"),
    ("Most of the 40 buildings destroyed were homes and barns along Heffley Road, regional district "
     "chair Tom McLeod said.", "en", "Tom McLeod", "40"),
    ("Sebanyak 3.412 warga dari 11 desa telah mengungsi ke 24 titik pengungsian, kata Kepala Pelaksana "
     "BPBD Lumajang Yudhi Prasetyo.", "id", "Yudhi Prasetyo", "3.412"),
])
def test_the_speaker_after_the_last_comma_is_no_gap(text, lang, speaker, kept):
    """Who reported a fact, named in a tail after the sentence's last comma, is not the fact:
    teachers rejected every such gap. The sentence still gives its other cards (a gap, or the
    question that asks for the same figure)."""
    gaps = gaps_of(text, lang)
    answers = {c.answer for c in cards_of(text, lang)}
    assert speaker not in gaps and any(a == kept or a.startswith(f"{kept} ") for a in answers), answers


def test_the_speaker_after_a_quotation_is_a_minor_gap():
    # "Who said ...?" asks for the speaker; the gap would only repeat it
    text = ('"The river is high and fast after days of rain, which made the search very difficult," IGSU '
            "spokeswoman Ana-Maria Dobre told reporters at the scene.")
    gaps = [c for c in every_card(text, "en") if c.type == "cloze" and c.answer in {"Ana-Maria Dobre", "IGSU"}]
    assert gaps and all("minor" in c.tags for c in gaps), [(c.answer, c.tags) for c in gaps]


def test_a_speaker_who_opens_the_sentence_is_still_a_gap():
    text = "Chief executive Peter Okafor said the company would pay for the funerals of the seven dead miners."
    assert "Peter Okafor" in gaps_of(text, "en")


def test_a_deputy_title_opening_the_sentence_is_one_role():
    text = ("Deputy Transport Minister Hamisi Kibwana, who visited the site on Sunday, said the government "
            "would inspect all 63 licensed passenger vessels on the lake within 30 days.")
    got = qa(text, "en")
    assert got.get("Who is the Deputy Transport Minister?") == "Hamisi Kibwana", got
    assert "Transport Minister Hamisi Kibwana" not in gaps_of(text, "en")


@pytest.mark.parametrize("text,lang,acronym,expansion", [
    # a digit after a letter writes the letter so many times: P3B is three Ps and a B
    ("General Manager PLN Unit Induk Penyaluran dan Pusat Pengatur Beban (UIP3B) Sulawesi, Andi Syamsul "
     "Bahri, menjelaskan pemadaman dipicu gangguan pada saluran udara tegangan tinggi.", "id", "UIP3B",
     "Unit Induk Penyaluran dan Pusat Pengatur Beban"),
    # a title word whose letter is the acronym's stays, though the letters follow another language
    ("Divers from the General Inspectorate for Emergency Situations (IGSU) recovered the bodies of the "
     "lorry driver and two passengers by early afternoon.", "en", "IGSU",
     "General Inspectorate for Emergency Situations"),
])
def test_an_expansion_is_whole(text, lang, acronym, expansion):
    got = {c.question: c.answer for c in cards_of(text, lang) if c.type == "definition"}
    assert expansion in got.values(), got
    assert not [a for a in got.values() if a != expansion and a in expansion], got


def test_a_region_pair_after_a_bracketed_body_is_not_the_holders_name():
    text = ("Kepala Balai Besar Wilayah Sungai (BBWS) Cimanuk-Cisanggarung Heru Santoso menambahkan, bendungan "
            "ini juga berfungsi mengendalikan banjir di wilayah hilir.")
    got = qa(text, "id")
    assert "Heru Santoso" in got.values() and not [a for a in got.values() if "Cimanuk" in a and "Heru" in a], got


def test_a_word_capitalised_only_to_open_the_sentence_is_lower_case_after_according_to():
    text = ("Organizers said 14,850 runners finished the race, up from about 13,200 last year. "
            "The Ethiopian won in two hours and 17 minutes.")
    got = [q for q in qa(text, "en") if q.startswith("According to")]
    assert got and all(q.startswith("According to organizers,") for q in got), got


def test_sementara_after_a_verb_is_temporarily_not_while():
    text = ("Pemerintah memutuskan menghentikan sementara ekspor minyak sawit mentah dan minyak goreng mulai "
            "Kamis (6/11/2025). Larangan tersebut berlaku selama 30 hari.")
    got = [q for q, a in qa(text, "id").items() if a.startswith("Kamis")]
    assert got and all("pemerintah memutuskan menghentikan sementara ekspor" in q for q in got), got


def test_no_when_question_on_a_relative_inside_a_relative():
    text = ("Bendungan Cileuweung merupakan bendungan ke-48 yang rampung dari 61 bendungan yang masuk dalam "
            "daftar Proyek Strategis Nasional (PSN) sejak 2015. Bendungan itu diresmikan pada Senin (15/12).")
    assert not [q for q, a in qa(text, "id").items() if a == "2015"], qa(text, "id")


def test_a_month_the_title_names_gives_the_date_away():
    text = ("Egypt's Suez Canal Authority will raise transit fees for most vessels by 8% from Feb. 1, "
            "its chairman said on Sunday. Fees for cruise ships will rise by 5%.")
    cards = [c for c in cards_of(text, "en", title="Suez Canal to raise transit fees by 8% from February")
             if c.answer == "Feb. 1"]
    assert cards and all("headline" in c.tags for c in cards), cards


@pytest.mark.parametrize("text,date", [
    # the day a figure was read ...
    ("Berdasarkan laporan keuangan per Desember 2024, total aset gabungan kedua bank mencapai Rp86,4 triliun.",
     "Desember 2024"),
    # ... the span a count was tallied over ...
    ("Sepanjang 2025, BPBD setempat mencatat 73 kejadian tanah longsor di wilayah Banjarnegara.", "2025"),
    # ... and the time the news is compared with are no facts to learn
    ("Harga minyak mentah jenis Brent sepanjang November berada di kisaran US$ 73 per barel, lebih rendah "
     "dibandingkan Oktober yang mencapai US$ 76 per barel.", "Oktober"),
])
def test_the_time_of_a_reading_is_no_fact(text, date):
    got = cards_of(text, "id")
    assert got and date not in {c.answer for c in got}, [(c.question, c.answer) for c in got]


def test_a_tally_question_keeps_its_span():
    text = "Sepanjang 2025, BPBD setempat mencatat 73 kejadian tanah longsor di wilayah Banjarnegara."
    got = [q for q, a in qa(text, "id").items() if a == "73"]  # ("kejadian tanah longsor" goes on)
    assert got and all(q.startswith("Sepanjang 2025,") for q in got), got


def test_the_press_own_country_is_no_gap():
    text = ("Di sejumlah daerah di Indonesia timur, harga minyak goreng bahkan menembus Rp 23.000 per liter "
            "pada pekan lalu.")
    assert "Indonesia" not in gaps_of(text, "id")


def test_past_the_lead_a_clause_holding_a_figure_asks_for_the_figure_not_the_time():
    text = ("UK house prices rose at their fastest annual pace for ten months in October. The average price "
            "climbed to 298,000 pounds. Buyers returned after mortgage rates fell. In September the annual "
            "rise was 2.6%, the lender said in its monthly report.")
    got = qa(text, "en")
    assert "September" not in got.values(), got
    # ... while the lead's time stays a question
    assert "October" in got.values(), got


@pytest.mark.parametrize("text,lang,duration", [
    ("Almaz Tesfaye won the Frankfurt Marathon on Sunday in 2 hours, 17 minutes, 42 seconds, a course record.",
     "en", "2 hours, 17 minutes, 42 seconds"),
    ("Kenya's Brian Kiprono won the men's race in 2:05:47, the third-fastest time ever run in Frankfurt.",
     "en", "2:05:47"),
    ("Waktu tempuh dari Pekanbaru ke Pangkalan Kerinci kini hanya 1 jam 5 menit setelah tol dibuka.",
     "id", "1 jam 5 menit"),
])
def test_a_span_of_time_in_several_units_is_one_figure(text, lang, duration):
    """A race time is one gap, not a gap on one of its parts, and no 'how many' question
    asks for it in one unit."""
    cards = every_card(text, lang)
    assert duration in {c.answer for c in cards if c.type == "cloze"}, [(c.question, c.answer) for c in cards]
    parts = set(re.findall(r"\d+", duration))
    assert not [c for c in cards if c.answer != duration and c.answer.split()[0] in parts], \
        [(c.question, c.answer) for c in cards]


@pytest.mark.parametrize("text,question,answer", [
    ("Direktur Eksekutif Cakra Data, Budi Prasetyo, mengatakan hitung cepat dilakukan dengan mengambil "
     "sampel di 400 tempat pemungutan suara.", "Siapa Direktur Eksekutif Cakra Data?", "Budi Prasetyo"),
])
def test_the_head_named_between_commas_after_a_body_holds_the_office(text, question, answer):
    got = qa(text, "id")
    assert got.get(question) == answer, got
    assert "Cakra Data" not in got.values(), got


def test_no_head_of_a_body_is_the_body_it_heads():
    text = ("Kepala Badan Layanan Umum (BLU) Trans Semarang, Hendrawan Setiadi, mengatakan kenaikan tarif "
            "diperlukan karena biaya operasional terus meningkat.")
    assert "Trans Semarang" not in qa(text, "id").values(), qa(text, "id")


def test_a_verb_after_a_figure_is_not_its_noun():
    text = ("Gempa bumi bermagnitudo 5,9 mengguncang wilayah Kabupaten Sumbawa, Nusa Tenggara Barat, "
            "pada Kamis (16/10) dini hari.")
    assert not [a for a in qa(text, "id").values() if "mengguncang" in a], qa(text, "id")


def test_a_count_keeps_both_of_its_alternatives():
    text = ("The cyclone hit the coast on Sunday. More than 14,000 houses were destroyed or damaged, "
            "along with 86 schools, officials said.")
    got = [q for q, a in qa(text, "en").items() if a == "More than 14,000"]
    assert got == ["How many houses were destroyed or damaged?"], qa(text, "en")


def test_a_figure_counted_from_an_unnamed_time_is_a_minor_gap():
    text = ("The tax was introduced in 2018. The average sugar content of soft drinks had fallen by about "
            "30% since then as manufacturers changed their recipes.")
    gaps = [c for c in every_card(text, "en") if c.type == "cloze" and c.answer == "about 30%"]
    assert all("minor" in c.tags for c in gaps), [(c.question, c.tags) for c in gaps]


def test_a_share_of_a_sum_someone_gave_is_asked_according_to_them():
    text = ("Ireland will raise its tax on sugary drinks, the health minister, Ciara Dolan, said. Dolan said "
            "€20m of the extra money would be spent on free school meals in disadvantaged areas.")
    got = qa(text, "en")
    assert got.get("According to Dolan, how much of the extra money would be spent on free school meals "
                   "in disadvantaged areas?") == "€20m", got
    assert not [q for q in got if "Dolan said of" in q], got


def test_a_title_giving_the_month_in_words_gives_a_date_in_figures_away():
    text = ("Pemerintah Kota Semarang menaikkan tarif bus Trans Semarang dari Rp4.000 menjadi Rp5.000 "
            "mulai Sabtu (1/11). Kenaikan itu yang pertama sejak 2017.")
    cards = [c for c in cards_of(text, "id", title="Mulai 1 November, Tarif Bus Trans Semarang Naik")
             if c.answer == "Sabtu (1/11)"]
    assert cards and all("headline" in c.tags for c in cards), cards


@pytest.mark.parametrize("text,question,answer", [
    # a short form in two parts in brackets after the title's body
    ("Ada siklusnya kapan dia harus naik, kata Ketua Umum Pengurus Besar Persatuan Atletik Seluruh Indonesia "
     "(PB PASI) Bob Hasan di Jakarta, Rabu (7/9).",
     "Siapa Ketua Umum Pengurus Besar Persatuan Atletik Seluruh Indonesia?", "Bob Hasan"),
    # a title ending on a body's head word: the name after it is whole
    ("Dalam rapat itu hadir Menteri Sekretaris Negara Yusril Ihza Mahendra dan Gubernur Bank Indonesia "
     "Burhanuddin Abdullah.", "Siapa Menteri Sekretaris Negara?", "Yusril Ihza Mahendra"),
])
def test_the_holder_of_a_long_title_is_named_whole(text, question, answer):
    got = qa(text, "id")
    assert got.get(question) == answer, got


def test_a_definition_stops_before_a_second_predicate():
    text = ("Moussa Arafat adalah pendiri gerakan Fatah yang pernah berkuasa dan merupakan pejabat tinggi Dewan "
            "Revolusioner Fatah, badan tertinggi perumus kebijakan Palestina.")
    got = {c.question: c.answer for c in cards_of(text, "id") if c.type == "definition"}
    assert got.get("Siapa Moussa Arafat?") == "pendiri gerakan Fatah yang pernah berkuasa", got


def test_a_key_term_never_ends_on_the_first_word_of_a_compound_preposition():
    text = ("Inflammation would cause serious impairments if it were to occur during wake times. Second, "
            "inflammation may occur during sleep times due to the presence of melatonin. Melatonin during sleep "
            "times could counteract free radical production during this time.")
    assert not [c for c in _cards_or_none(text, "en") if c.answer.endswith(" due")]


def test_a_key_term_is_never_cut_short_where_the_head_comes_first():
    # "sisi kiri-kanan badan | jalan": the fourth word still qualifies the third
    text = ("Di tengah kota Anda akan melihat sungai-sungai yang membelah kota, dengan jalan di sisi kiri-kanan "
            "badan jalan yang teduh. Jalan di tengah kota itu ramai. Sisi kiri-kanan badan jalan ditanami pohon.")
    got = [c.answer for c in _cards_or_none(text, "id") if c.type == "cloze"]
    assert not [a for a in got if a.startswith("sisi kiri-kanan badan") and a != "sisi kiri-kanan badan jalan"], got


@pytest.mark.parametrize("text,lang,ending", [
    # a key term holds no verb
    ("Tendangan diagonal gelandang asal Polandia itu nyaris masuk, namun bola sedikit menyamping setelah "
     "mengenai kaki kiper. Gelandang itu kembali nyaris masuk dua menit kemudian dari kaki kiri.", "id", "masuk"),
    # a definition is not cut inside a figure
    ("Kenyan tea prices rose for a fourth week on Tuesday. Higher prices are good news for about 650,000 "
     "smallholder farmers who grow most of Kenya's tea on plots of less than a hectare each, the agency said.",
     "en", " 650"),
])
def test_no_answer_ends_on_a_cut(text, lang, ending):
    assert not [c for c in _cards_or_none(text, lang) if c.answer.endswith(ending)]


def test_the_region_after_a_place_and_a_comma_is_no_gap():
    text = ("Darling menang dengan waktu 49,55 detik di Oslo. Padahal Sanya mengukir waktu terbaik 49,28 detik "
            "di Carson, California, 25 Juni 2005.")
    assert "California" not in gaps_of(text, "id")
    # ... but a name set off after a place that is no location keeps its gap
    text = ("Sekjen PBB menyesal setelah mengetahui bahwa perusahaan Swiss, Cotecna, yang mempekerjakan putranya, "
            "telah memenangi kontrak senilai 4 juta dollar AS pada 1998.")
    assert "Cotecna" in {c.answer for c in every_card(text, "id") if c.type == "cloze"}


def test_a_record_a_thing_holds_is_no_definition():
    text = ("The city is served by the Metro, a system of suburban railways. The Metro system was the first in "
            "the UK to have mobile phone antennae installed in the tunnels. It carries 37 million passengers a year.")
    assert not [c for c in _cards_or_none(text, "en") if c.type == "definition" and "first" in c.answer]


@pytest.mark.parametrize("text,lang,defined", [
    # the term's own noun again, then only whose it is: no definition
    ("Program revitalisasi bahasa daerah merupakan program nasional Badan Pengembangan dan Pembinaan Bahasa. "
     "Program itu menyasar 120 sekolah di Maluku Utara.", "id", False),
    # ... but the noun and what it does is one
    ("Stem cells are cells that can develop into any of the body's tissue types, researchers said.", "en", True),
    # an adjective, then a clause-break word: what the term is like, not what it is ("What are serious
    # injuries? - rare but not unknown", found in review 95 and left then)
    ("Serious injuries are rare but not unknown in the sport, the league said on Monday.", "en", False),
    ("Hailstorms are brief but violent events in the region, the agency said on Monday.", "en", False),
    ("Kecelakaan serius adalah langka tetapi bukan tidak pernah terjadi di olahraga ini.", "id", False),
    # (a noun phrase with a coordinator inside still defines)
    ("Ergänzungsschulen are secondary or post-secondary schools run by private bodies. Most Ergänzungsschulen "
     "charge fees.", "en", True),
    ("Phishers are criminals who send fake e-mails to steal passwords. Phishers often pose as banks.", "en", True),
])
def test_a_definition_says_what_the_term_is_not_whose_it_is(text, lang, defined):
    got = [c.answer for c in _cards_or_none(text, lang) if c.type == "definition"]
    assert bool(got) == defined, got


def test_a_clause_cut_inside_both_and_gives_no_question():
    text = ("Economist Joseph Stiglitz presented evidence in 2009 that both global inequality and inequality "
            "within countries prevent growth by limiting aggregate demand.")
    assert not [q for q in qa(text, "en") if q.rstrip("?").endswith("both global inequality")], qa(text, "en")


def test_no_count_is_asked_whose_doer_stands_in_another_sentence():
    text = ("Habibie Award juga diberikan kepada Prof Sjamsul Arifin Achmad, guru besar kimia organik di ITB. "
            "Selama 35 tahun berkiprah di bidang keilmuan itu, lebih dari 80 spesies tumbuhan tropika bernilai "
            "ekonomi tinggi ditelitinya. Ia berhasil menemukan ratusan senyawa kimia baru.")
    got = qa(text, "id")
    assert not [q for q in got if q.startswith("Selama berapa tahun") or "ditelitinya" in q], got


@pytest.mark.parametrize("text,lang,bad", [
    # a spokesperson named after the body, where modifiers come first
    ('The jet landed safely on Thursday. Shannon Airport spokesperson Niamh Gallagher said the landing had been '
     '"completely routine" and praised the crew.', "en", "Who is the Shannon Airport spokesperson?"),
    # one of many: a country's adjective in two words, then a profession
    ("South African actress Lerato Mokoena was named best actress for her role as a retired nurse in the film.",
     "en", "Who is the South African actress?"),
    # a body has many members, however long its name
    ("Anggota Komisi B DPRD Sidoarjo Bambang Hermanto meminta Perumda membuktikan bahwa kenaikan tarif "
     "dibarengi perbaikan layanan.", "id", "Siapa Anggota Komisi B DPRD Sidoarjo?"),
])
def test_no_role_card_on_an_office_many_hold_or_a_messenger(text, lang, bad):
    got = {c.question for c in _cards_or_none(text, lang)}
    assert bad not in got, got


def test_a_relative_closed_by_its_demonstrative_keeps_the_main_clause():
    text = ("Visa yang diberi nama Visa Kerja Jarak Jauh itu mulai dapat diajukan secara daring pada Jumat "
            "(1/8/2025). Visa ini berlaku selama satu tahun.")
    got = [q for q, a in qa(text, "id").items() if a == "Jumat (1/8/2025)"]
    assert [q.casefold() for q in got] == [
        "kapan visa yang diberi nama visa kerja jarak jauh itu mulai dapat diajukan secara daring?"], got


def test_a_sum_restated_in_another_money_is_no_fact():
    text = ("Pemohon wajib membuktikan penghasilan minimal 60.000 dollar AS per tahun atau sekitar Rp 975 juta. "
            "Visa ini berlaku selama satu tahun.")
    assert not [c for c in every_card(text, "id") if "975" in c.answer]


@pytest.mark.parametrize("text,question,answer", [
    # the head of a body named after a comma that ends the sentence
    ("Peresmian dilakukan oleh Wakil Menteri ESDM Surya Darmawan bersama Direktur Utama PT Surya Timur Energi, "
     "Rina Kartikasari.", None, "Timur Energi"),
    # the head named without a comma, quoted alone elsewhere ("Hadi menyebutkan")
    ("Direktur Utama Perumda Air Minum Tirta Bening Hadi Purnomo mengatakan kenaikan tarif diperlukan. "
     "Hadi menyebutkan tambahan pendapatan sekitar Rp 38 miliar per tahun akan dipakai mengganti pipa tua.",
     "Siapa Direktur Utama Perumda Air Minum Tirta Bening?", "Hadi Purnomo"),
])
def test_a_body_named_before_its_head_is_not_the_head(text, question, answer):
    got = qa(text, "id")
    if question is None:
        assert answer not in got.values(), got
    else:
        assert got.get(question) == answer, got


def test_a_chain_of_regions_set_off_by_commas_keeps_the_subject():
    text = ("Atap tiga ruang kelas SDN 2 Sukamurni di Kecamatan Cilawu, Kabupaten Garut, Jawa Barat, ambruk pada "
            "Selasa (9/9) pagi saat kegiatan belajar mengajar berlangsung.")
    got = [q for q, a in qa_minor(text, "id").items() if a.startswith("Selasa")]  # (minor since review 80)
    assert got and all(q.startswith("Kapan atap tiga ruang kelas") for q in got), got


def test_a_naming_verb_keeps_what_it_names_the_thing_as():
    text = "Sejak 2012, Kementerian ESDM menetapkan Sumba sebagai Pulau Ikonik Energi Terbarukan."
    got = [q for q, a in qa_minor(text, "id").items() if a == "2012"]
    assert got and all(q.endswith("sebagai Pulau Ikonik Energi Terbarukan?") for q in got), got


def test_saat_before_a_noun_opens_a_phrase_of_time_not_a_clause():
    text = ("Atap tiga ruang kelas SDN 2 Sukamurni ambruk pada Selasa pagi. Menurut dia, saat kejadian terdapat "
            "58 siswa dan tiga guru di dalam ketiga ruang kelas tersebut.")
    assert not [q for q in qa(text, "id") if q.startswith("Kejadian terdapat")], qa(text, "id")


@pytest.mark.parametrize("text,answer,tail", [
    ("Di sisi lain, Badan Pengawas Pemilu (Bawaslu) Kota Pontianak mencatat 12 laporan dugaan pelanggaran "
     "selama masa tenang dan hari pemungutan suara.", "12", "selama masa tenang dan hari pemungutan suara?"),
    ("Gunung Semeru kembali meluncurkan awan panas pada Minggu pagi. Hingga Kamis pagi tidak ada laporan "
     "korban jiwa, namun sembilan warga mengalami luka bakar ringan dan sesak napas.", "sembilan warga",
     "luka bakar ringan dan sesak napas?"),
    # round 106: a second item with its own names, joined, is not cut off again at a soft break
    ("Dinas Kebudayaan Karangasem mulai mendigitalkan ribuan naskah lontar pada Rabu. Program digitalisasi "
     "menelan anggaran sekitar Rp 2,3 miliar yang berasal dari APBN melalui Perpusnas dan dana pendamping dari "
     "APBD Karangasem.", "sekitar Rp 2,3 miliar", "dan dana pendamping dari APBD Karangasem?"),
])
def test_a_count_keeps_the_second_of_two_joined_nouns_that_end_its_sentence(text, answer, tail):
    got = [q for q, a in qa(text, "id").items() if a == answer]
    assert got and all(q.endswith(tail) for q in got), qa(text, "id")


@pytest.mark.parametrize("text, answer, opening", [
    ("PLTS Lambanapu berkapasitas 40 MWp resmi beroperasi pada Rabu. Sebelum PLTS Lambanapu beroperasi, "
     "sekitar 85 persen listrik di Pulau Sumba dihasilkan oleh pembangkit listrik tenaga diesel.",
     "sekitar 85 persen", "Sebelum PLTS Lambanapu beroperasi, berapa persen"),
    # a longer setting without a verb (round 115: "Tarif naik dari Rp 15.000 menjadi berapa?" on which days?)
    ("Balai Taman Nasional Gunung Rinjani menaikkan tarif masuk mulai 1 April 2025. Pada hari kerja, tarif "
     "naik dari Rp 10.000 menjadi Rp 25.000. Pada akhir pekan dan hari libur nasional, tarif naik dari "
     "Rp 15.000 menjadi Rp 35.000.", "Rp 35.000", "Pada akhir pekan dan hari libur nasional,"),
])
def test_a_fronted_time_clause_or_setting_stays_in_front(text, answer, opening):
    got = [q for q, a in qa(text, "id").items() if a == answer]
    assert got and all(q.startswith(opening) for q in got), got


def test_a_month_dated_by_the_day_of_writing_is_no_gap():
    text = ("Terminal baru Bandara Lombok mulai beroperasi pada Rabu (12/11/2025). Lonjakan paling tajam terjadi "
            "saat ajang balap MotoGP di Sirkuit Mandalika. Pada pekan balapan awal Oktober lalu, jumlah penumpang "
            "harian menembus 21.000 orang, hampir dua kali lipat dibandingkan hari biasa.")
    assert "awal Oktober lalu" not in gaps_of(text, "id")


def test_a_sum_restated_as_a_share_is_no_fact():
    text = ("Kemenag mengusulkan rata-rata BPIH sebesar Rp 91,2 juta per jemaah. Dari jumlah itu, jemaah diusulkan "
            "membayar Rp 56,1 juta atau sekitar 61,5 persen.")
    assert not [c for c in every_card(text, "id") if "61,5" in c.answer]


@pytest.mark.parametrize("text,lang,bad", [
    # a participle's phrase has no subject of its own
    ("The most-active May contract rose 4.2% to a record $13,480 a metric ton in morning trade, beating the "
     "previous peak of $12,931 set in December.", "en", "When did beating"),
    # a reported clause without a subject of its own holds the date
    ("Terminal baru Bandara Internasional Lombok beroperasi sejak Senin (3/11/2025). Pengelola bandara menyatakan "
     "tengah menjajaki kerja sama dengan Pemerintah Provinsi NTB untuk mengoperasikan bus Damri rute "
     "bandara-Mataram-Senggigi setiap 30 menit mulai Januari 2026.", "id", "Mulai kapan"),
    # the subject stands before a name set off by commas
    ("Namun, rencana itu dikritik kalangan petani. Ketua Umum Serikat Petani Indonesia (SPI), Darmawan Saragih, "
     "khawatir beras impor akan masuk bersamaan dengan panen gadu pada Agustus.", "id", "Kapan khawatir"),
    # the subject is "his results": whose?
    ("Belgian cyclist Jan Verhaegen was banned for four years on Monday. All his results since Feb. 11 have been "
     "canceled, the agency said.", "en", "Since when have all his results"),
    # the date is the next harvest's, not the counting's
    ("Iwan menambahkan, pemerintah pusat melalui Kementerian Kelautan dan Perikanan (KKP) sedang menghitung "
     "kebutuhan garam konsumsi nasional hingga panen berikutnya pada Juli 2025.", "id", "Kapan pemerintah"),
])
def test_no_when_question_on_a_date_that_is_not_the_clause_s(text, lang, bad):
    assert not [q for q in qa(text, lang) if q.startswith(bad)], qa(text, lang)


def test_the_head_named_after_a_body_and_a_rank_is_not_the_body():
    text = ("Kepala Kantor Keamanan Laut Zona Maritim Barat, Laksamana Pertama Hendra Gunawan, mengatakan kapal "
            "tersebut membawa sekitar 2.800 kiloliter solar tanpa dokumen resmi.")
    assert "Zona Maritim Barat" not in qa(text, "id").values(), qa(text, "id")


def test_the_holder_after_a_lower_case_office_and_a_body_is_named_whole():
    text = ("Kuasa hukum PT Borneo Karya Energi, Andreas Simanjuntak, mengatakan pihaknya akan mengajukan banding "
            "ke Pengadilan Tinggi Tata Usaha Negara (PTTUN) Jakarta dalam batas waktu 14 hari.")
    got = qa(text, "id")
    assert not [a for a in got.values() if a in {"Karya Energi", "Borneo Karya Energi"}], got


def test_the_date_of_the_figure_compared_with_is_a_minor_gap():
    text = ("Trade between the two countries was worth $412 million last year, up from $260 million in 2019, "
            "according to the statistics bureau.")
    gaps = {c.answer: c.tags for c in every_card(text, "en") if c.type == "cloze"}
    assert "2019" in gaps and "minor" in gaps["2019"] and "minor" not in gaps["$412 million"], gaps


def test_the_second_of_two_figures_compared_with_is_a_minor_gap():
    text = ("Tea sold at an average of $2.61 per kilogram, up from $2.43 a week earlier and $2.27 at the same sale a "
            "year ago, EATTA data showed.")
    gaps = {c.answer: c.tags for c in every_card(text, "en") if c.type == "cloze"}
    assert "minor" in gaps.get("$2.27", ("minor",)) and "$2.61" in gaps and "minor" not in gaps["$2.61"], gaps


def test_a_number_after_no_is_a_label_not_a_count():
    text = ("Masjid Al-Kahfi ditetapkan sebagai cagar budaya melalui Surat Keputusan Wali Kota Ternate No. 43 Tahun "
            "2019. Pemugaran dimulai pada Agustus 2024 dengan biaya Rp 5,9 miliar.")
    assert not [c for c in every_card(text, "id") if c.answer.startswith("43")]


def test_who_did_asks_past_an_auxiliary():
    text = ("Michael Howard has backed stem cell research, saying it is important people are not frightened of the "
            "future. The use of embryonic stem cells in the UK is already allowed.")
    assert qa(text, "en").get("Who has backed stem cell research?") == "Michael Howard", qa(text, "en")


def test_no_count_is_asked_of_an_unnamed_owner():
    text = ("The Northern Aurora docked in Bergen on Monday after an outbreak of norovirus. In March, about 90 people "
            "fell ill on its sister ship during a cruise to Iceland.")
    assert not [q for q in qa(text, "en") if " its " in q], qa(text, "en")


def test_no_when_question_on_a_clause_holding_a_clock_time():
    text = ("Penghitungan ulang digelar di Balai Desa Karangsari pada Kamis (23/10/2025) sejak pukul 08.00 WIB hingga "
            "menjelang magrib. Hasilnya, Siti Aminah unggul sembilan suara.")
    assert not [q for q in qa(text, "id") if q.startswith("Kapan")], qa(text, "id")


def test_an_estimated_figure_keeps_its_approximation():
    text = ("When the 2014 storm hit, about 120 properties in the city were flooded, and insurers paid out an "
            "estimated £9m. The new barrier cost £285m.")
    assert not [q for q in qa(text, "en") if "an estimated" in q], qa(text, "en")


def test_no_when_question_on_the_start_of_a_span():
    text = ("Produksi garam Madura turun hampir 60 persen tahun ini. Menurut dia, hujan yang masih sering turun pada "
            "Juli hingga September membuat proses penguapan air laut di lahan tambak tidak maksimal.")
    assert not [q for q, a in qa(text, "id").items() if a == "Juli"], qa(text, "id")


def test_no_count_question_inverts_a_speaker_and_the_reported_pronoun():
    text = ("Eight beaches were closed on Saturday after a great white shark was seen. Lifeguards said they had "
            "expected more than 30,000 people on the affected beaches.")
    assert not [q for q in qa(text, "en") if "said they" in q], qa(text, "en")


@pytest.mark.parametrize("text,lang,bad", [
    # half of a pair after "antara"
    ("Berdasarkan catatan BKSDA Sumbar, sepanjang Januari hingga Oktober 2024 terdapat 19 kasus konflik antara "
     "manusia dan harimau di provinsi itu, naik dari 14 kasus sepanjang 2023.", "id", "antara manusia?"),
    # a longer noun phrase after the figure: "twenty-foot equivalent units"
    ("The container terminal reopened on Monday. Gdansk handled about 2.1 million twenty-foot equivalent units "
     "(TEU) of containers last year, making it the busiest port on the Baltic Sea.", "en", "twenty-foot"),
])
def test_no_count_question_splits_a_phrase(text, lang, bad):
    assert not [q for q in qa(text, lang) if bad in q], qa(text, lang)


def test_a_date_anchored_to_another_sentence_gives_a_minor_when_question():
    text = ("In November 2023, a cyber incident at DP World Australia halted operations at four container terminals "
            "for about three days, and Japan's port of Nagoya was hit by ransomware in July of the same year.")
    cards = [c for c in every_card(text, "en") if c.family == "when" and "same year" in c.answer]
    assert all("minor" in c.tags for c in cards), [(c.question, c.tags) for c in cards]


def test_a_unit_of_two_words_stays_whole_in_the_answer():
    text = ("Lintasan sepanjang sekitar 225 mil laut itu dilayani kapal motor penumpang (KMP) Sanggar Laut berbobot "
            "2.400 gros ton yang mampu mengangkut 500 penumpang.")
    assert "2.400 gros" not in {c.answer for c in every_card(text, "id")}


def test_definition_question_from_a_copula_sentence():
    text = ("Stem cells are master cells that have the ability to develop into any of the body's tissue types. "
            "Scientists hope to grow stem cells in the laboratory to form kidney and heart tissue.")
    got = qa(text, "en")
    assert got.get("What are stem cells?") == \
        "master cells that have the ability to develop into any of the body's tissue types"
    # a subject pointing back is not a term to define
    try:
        got = qa("The combination was a disaster for the banking sector in 2005 and after.", "en")
    except NoFactsError:
        got = {}
    assert not any(q.startswith("What was the combination") for q in got)


def test_definition_question_indonesian_and_person():
    got = qa("Museum Agung Mesir merupakan museum arkeologi terbesar di dunia yang dibangun di dekat Giza.", "id")
    assert got.get("Apa itu Museum Agung Mesir?") == \
        "museum arkeologi terbesar di dunia yang dibangun di dekat Giza"
    got = qa("Brian Johnson was a member of the local rock band Geordie before he joined the band.", "en")
    assert got.get("Who was Brian Johnson?", "").startswith("a member of the local rock band Geordie")


@pytest.mark.parametrize("text,lang,bad", [
    # "here" / "there" stand for a place the question does not name
    ("Andy Taylor, former lead guitarist of Duran Duran, was born here in 1961 to a family of miners.",
     "en", "here"),
    ("A platted town was established there in 1822, a year after the United States gained Florida from Spain.",
     "en", "there"),
    # "mulai dari X" gives no "Dari mana ... mulai?"
    ("Jaringan pipa gas fase pertama akan dibangun mulai dari Pagar Dewa sampai Anyer sepanjang 500 kilometer.",
     "id", "mulai?"),
])
def test_questions_never_point_elsewhere_or_dangle(text, lang, bad):
    for q in _qa_or_none(text, lang):
        assert not q.rstrip("?").endswith(bad.rstrip("?")) and f" {bad} " not in f" {q.rstrip('?')} ", q


def test_no_gap_in_half_a_slashed_name_or_an_enumeration():
    cards = cards_of("Brian Johnson was a member of local rock band Geordie before becoming the lead "
                     "vocalist of AC/DC in April 1980.", "en")
    assert not any(c.type == "cloze" and c.answer in {"AC", "DC"} for c in cards)
    try:
        cards = cards_of("Anda bisa keliling kota, menikmati Pantai Padang, kawasan Kota Tua, Museum Adityawarman, "
                         "dan pusat perdagangan di Pasar Raya pada akhir pekan.", "id")
    except NoFactsError:
        cards = []
    assert not any(c.type == "cloze" and c.answer in {"Pantai Padang", "Kota Tua", "Museum Adityawarman",
                                                      "Pasar Raya"} for c in cards)


@pytest.mark.parametrize("text,lang,gaps", [
    ("Pemenang penghargaan emas jatuh pada China, perak untuk Filipina, dan perunggu untuk Jepang.",
     "id", {"China", "Filipina", "Jepang"}),
    ("At the regional finals, gold went to China, silver to the Philippines and bronze to Japan.",
     "en", {"China", "Philippines", "Japan"}),
])
def test_names_each_with_a_label_of_its_own_are_no_enumeration(text, lang, gaps):
    # unlike "Pantai Padang, kawasan Kota Tua, ___ dan ...", one name fits each gap
    assert gaps <= gaps_of(text, lang), gaps_of(text, lang)


def test_a_number_broken_by_a_stray_space_is_one_number_and_its_noun_stays_outside():
    text = ("Rakyat Mesir memilih presiden secara langsung pada hari Rabu. Tercatat 31.995. 000 orang "
            "yang memiliki hak suara untuk memilih satu dari 10 kandidat sebagai presiden.")
    cards = cards_of(text, "id")
    gaps = [c for c in cards if c.type == "cloze" and "31.995" in c.question]
    assert gaps and gaps[0].answer == "31.995. 000", [c.question for c in cards]
    assert "{{c1::31.995. 000}} orang" in gaps[0].question


HYPERBARIC = ("Hyperbaric medicine uses special oxygen chambers to increase the partial pressure of oxygen "
              "around the patient. Carbon monoxide poisoning, gas gangrene and decompression sickness are "
              "sometimes treated using these chambers. Oxygen gas is poisonous to the anaerobic bacteria that "
              "cause gas gangrene, so increasing its partial pressure helps kill them.")


def test_a_short_explanatory_passage_gets_key_term_gaps():
    """No person, place, date or figure to ask about: the gaps fall on the terms the
    passage keeps coming back to (a word of each stands elsewhere in it)."""
    cards = cards_of(HYPERBARIC, "en")
    gaps = {c.answer for c in cards if c.type == "cloze"}
    assert gaps & {"partial pressure", "gas gangrene", "oxygen chambers"}, gaps
    assert all(g.casefold() not in {"patient", "them", "these chambers"} for g in gaps)
    assert all("keyterm" in c.tags for c in cards if c.answer in {"partial pressure", "gas gangrene"})


def test_a_full_default_deck_has_no_key_term_gaps():
    text = HYPERBARIC + (
        " Decompression sickness occurs in divers who decompress too quickly after a dive, resulting in"
        " bubbles of inert gas forming in the blood. Increasing the pressure of oxygen as soon as possible"
        " helps to redissolve the bubbles. The first hyperbaric chamber in Britain opened in Aberdeen in 1974,"
        " and the city now treats about 300 divers a year from the North Sea oil fields. Doctors at the"
        " Aberdeen Royal Infirmary say the chambers are also used for wounds that heal badly, such as those"
        " of diabetic patients. A session in the chamber lasts about 90 minutes and patients may need up to"
        " 40 sessions. The treatment is safe for most people, although the pressure can hurt the ears in the"
        " same way as a descent in an aircraft. Some hospitals in Europe now offer the treatment to patients"
        " with burns, and trials are looking at whether it helps after a stroke.")
    ex = briefing.extract(text, title="Hyperbaric medicine", lang="en")
    assert ex.words >= 150
    assert not any("keyterm" in c.tags for c in ex.cards)


def _qa_or_none(text: str, lang: str, title: str = "Berita") -> dict[str, str]:
    try:
        return {c.question: c.answer for c in cards_of(text, lang, title) if c.type != "cloze"}
    except NoFactsError:
        return {}


def test_a_kinship_role_names_the_relative_not_the_person():
    got = _qa_or_none("Jackie tampil di televisi pada tahun 1963 ketika istri Presiden AS John Fitzgerald "
                      "Kennedy itu menunjukkan isi Gedung Putih kepada jutaan pemirsa.", "id")
    assert got.get("Siapa istri Presiden AS?") != "John Fitzgerald Kennedy"
    assert "John Fitzgerald Kennedy" not in {a for q, a in got.items() if q.startswith("Siapa")}


def test_the_title_does_not_keep_its_own_facts_out():
    # Anki shows only the card's front while a learner reviews, not the deck's name
    # (ankidroid/Anki-Android#14918, #10094): the headline fact is the first card to
    # learn, even when the title states it
    text = ("Harga emas dunia tergelincir di bawah level 4.000 dollar AS per troy ounce pada Senin (3/11/2025). "
            "Kinerja emas masih mencatat kenaikan lebih dari 50 persen sepanjang tahun ini.")
    got = {c.question: c.answer for c in briefing.extract(text, title="Emas Jatuh di Bawah 4.000 Dolar", lang="id").cards}
    # (the figure the title states; the day of the week, a when-question made minor by review 79's
    # rule, is asked in a bigger deck)
    assert got.get("Harga emas dunia tergelincir di bawah level berapa dollar AS per troy ounce pada Senin?") == \
        "4.000 dollar AS", got
    big = {c.question: c.answer for c in briefing.extract(text, title="Emas Jatuh di Bawah 4.000 Dolar", lang="id",
                                                          max_cards=20).cards}
    assert big.get("Kapan harga emas dunia tergelincir di bawah level 4.000 dollar AS per troy ounce?") == \
        "Senin (3/11/2025)", big
    text = ("Ketua PDI-P Megawati Soekarnoputri mengingatkan agar pemerintah tidak sembarangan memberikan "
            "gelar pahlawan nasional kepada tokoh. Ia berbicara di Blitar pada Sabtu pagi.")
    cards = {c.question: c for c in briefing.extract(text, title="Megawati Ingatkan Negara", lang="id").cards}
    assert cards["Siapa Ketua PDI-P?"].answer == "Megawati Soekarnoputri", cards
    # ... tagged so that its front shows no title ("Megawati" names Megawati Soekarnoputri)
    assert "headline" in cards["Siapa Ketua PDI-P?"].tags
    assert not [c for c in cards.values() if "headline" in c.tags and "Megawati" not in c.answer]
    seed = briefing.extract(Path(EXAMPLE).read_text(encoding="utf-8"), lang="id")
    assert any(c.answer == "Pakistan" for c in seed.cards)


def test_a_mixed_case_abbreviation_must_be_made_of_its_words():
    got = _qa_or_none("Menteri Luar Negeri (Menlu) Hassan Wirajuda bertemu para duta besar di Jakarta pada Senin.",
                      "id")
    assert got.get("Apa kepanjangan dari Menlu?") == "Menteri Luar Negeri"
    got = _qa_or_none("The Chinese region of Fujian was the original home of the Chinese Tran (Chen) clan "
                      "before they migrated to Dai Viet in the eleventh century.", "en")
    assert not any("Chen" in q for q in got)


def test_no_small_count_no_far_end_of_a_range_no_when_of_a_saying():
    got = _qa_or_none("Dua truk pemadam melakukan water salute ketika pesawat itu tiba di Halim pada Senin pagi. "
                      "Proyek itu mengebor tiga inti es dari kedalaman 150 hingga 206 meter di Allan Hills. "
                      "Otoritas Kuwait mengatakan pada Senin (27/6) bahwa perbatasan ditutup.", "id")
    assert not any(a in {"dua truk", "206 meter"} for a in got.values()), got
    assert not any(q.rstrip("?").endswith("mengatakan") for q in got), got


def test_no_gap_on_half_a_hyphenated_name_or_a_full_stop():
    cards = cards_of("Pasukan AS menempati pangkalan udara Karshi-Khanabad di Uzbekistan sejak Oktober 2001 "
                     "untuk operasi di Afghanistan.", "id")
    assert not any(c.type == "cloze" and c.answer in {"Karshi", "Khanabad"} for c in cards)
    cards = cards_of("Jean Ribault charted the St. Johns River in 1562, calling it the River of May because "
                     "he discovered it in May.", "en")
    assert not any(c.answer.endswith(".") for c in cards)


def test_an_honorific_and_an_organisations_last_word_do_not_move_into_names():
    got = _qa_or_none("Ketua Fraksi Partai Bintang Reformasi Raden Muhammad Syafii mengatakan, pihaknya "
                      "tidak mengelak jika aturan itu mendudukkan Rudolf sebagai gubernur.", "id")
    assert not any("Raden" == a or a.endswith(" Raden") for a in got.values()), got
    assert not any(q.rstrip("?").endswith("Raden") for q in got), got
    cards = cards_of("Di tempat terpisah, Direktur Jenderal Perhubungan Udara Mohammad Iksan Tatang menyatakan "
                     "akan mulai memperketat sistem keamanan bandara pada Januari 2006.", "id")
    roles = {c.answer for c in cards if c.family in {"role", "role_reverse"}}
    assert roles <= {"Mohammad Iksan Tatang", "Direktur Jenderal Perhubungan Udara"}, roles


def test_no_how_many_on_an_event_name_or_when_on_a_possessive_date():
    got = _qa_or_none("Kenya's best-known athletes included 800m world record holder David Rudisha and "
                      "former Marathon world record-holder Paul Tergat in the last decade.", "en")
    assert not any(q.startswith("How many") for q in got), got
    got = _qa_or_none("Jacksonville also suffered damage from 2008's Tropical Storm Fay, which crisscrossed "
                      "the state and left parts of the city without power for four days.", "en")
    assert not any("'s" in q and q.startswith("When") for q in got), got


def test_no_who_did_card_on_who_explained_something():
    got = _qa_or_none("Kepala BPPTKG Agus Budi Santoso menjelaskan bahwa aktivitas Gunung Merapi saat ini masih "
                      "tergolong fase erupsi efusif dengan jarak luncur di bawah 5 kilometer.", "id")
    assert not any(q.startswith("Siapa yang menjelaskan bahwa") for q in got), got


def test_english_organisation_before_the_title():
    """English puts the organisation or the country before the title: "Microsoft CEO
    Satya Nadella", "UK Prime Minister Tony Blair"."""
    got = _qa_or_none("In business, notable alumni include Microsoft CEO Satya Nadella and Credit Suisse CEO "
                      "Brady Dougan, who both studied there in the 1980s.", "en")
    assert got.get("Who is the Microsoft CEO?") == "Satya Nadella", got
    assert got.get("Who is the Credit Suisse CEO?") == "Brady Dougan", got
    got = _qa_or_none("UK Prime Minister Tony Blair will attend the summit in Davos on Wednesday, his office said.",
                      "en")
    assert got.get("Who is the UK Prime Minister?") == "Tony Blair", got


def test_who_argued_a_thesis_is_asked_but_not_who_explained():
    """A verb of one's own idea ("argued", "berpendapat") keeps its "who did" card;
    a verb that relays a statement ("explained", "menjelaskan") does not."""
    text = ("Hobson argued that domestic social reforms could cure the international disease of imperialism "
            "by removing its economic foundation. J. A. Hobson was an English economist.")
    got = _qa_or_none(text, "en")
    assert got.get("Who argued that domestic social reforms could cure the international disease of "
                   "imperialism by removing its economic foundation?") == "J. A. Hobson", got
    got = _qa_or_none(text.replace("argued", "explained"), "en")
    assert not any(q.startswith("Who explained") for q in got), got


def test_no_gap_on_either_end_of_a_range_of_years_or_a_coordinated_term():
    text = ("The correlation between capitalism and imperialism has long been debated among historians and "
            "political theorists. Much of the debate was pioneered by such theorists as J. A. Hobson "
            "(1858–1940), Joseph Schumpeter (1883–1950) and Norman Angell (1872–1967). Political theorists "
            "still cite Hobson, and historians of imperialism still read Schumpeter.")
    gaps = gaps_of(text, "en", title="Imperialism")
    assert not gaps & {"1858", "1940", "1883", "1950", "1872", "1967"}, gaps
    assert "political theorists" not in gaps and "historians" not in gaps, gaps


def test_a_table_of_readings_keeps_its_first_figure():
    """Rainfall at each airport is a table: the first figure is the news, the rest are
    side details, and a sentence of further readings gets no card at all."""
    text = ("Hujan ekstrem melanda kota itu pada Kamis (30/10/2025) dan memecahkan rekor lama. "
            "Menurut badan cuaca, Taman Kota menerima curah hujan 4,65 cm dalam satu jam. "
            "Bandara Utara mencatat 5,31 cm, sedangkan Bandara Selatan mencatat 5,18 cm. "
            "Desa Mekar di Lembah Hijau mencatat 6,60 cm pada malam yang sama. "
            "Sebanyak 120 penerbangan dibatalkan akibat hujan itu.")
    ex = briefing.extract(text, lang="id", title="Hujan ekstrem", max_cards=40)
    answers = {c.answer for c in ex.cards}
    assert any("4,65" in a for a in answers), answers
    assert not any(x in a for a in answers for x in ("5,31", "5,18", "6,60", "Lembah Hijau")), answers
    assert any("120" in a for a in answers), answers  # a count is its own fact


def test_a_range_of_years_is_one_date_and_a_year_before_a_counted_noun_is_a_count():
    got = _qa_or_none("Over 10% of Amsterdam's population died in 1623–25, and again in 1655 and 1664, "
                      "according to the city records kept by the council.", "en")
    assert got.get("When did over 10% of Amsterdam's population die?") == "1623–25", got
    got = _qa_or_none("The opening of the market was celebrated with a grand dinner attended by 2000 guests "
                      "from the whole region.", "en")
    assert not any(q.startswith("When") for q in got), got


def test_well_known_acronyms_get_no_card_and_particles_stay_in_names():
    cards = cards_of("Pesawat itu tiba di Pangkalan Tentara Nasional Indonesia (TNI) Angkatan Udara di Jakarta "
                     "pada Senin (3/11/2025) setelah terbang dari Sevilla, Spanyol, selama dua hari.", "id")
    assert not any(c.family == "acronym" and "TNI" in c.question for c in cards), [c.question for c in cards]
    cards = cards_of("Pemimpin kelompok itu, Abu Mussab al-Zarqawi, mengancam akan menyerang pemilu yang "
                     "digelar pemerintah pada Januari 2005 di seluruh negeri.", "id")
    assert not any(c.answer == "Abu Mussab" for c in cards), [c.answer for c in cards]


def test_guests_in_a_list_get_no_role_card_and_range_ends_no_gap():
    got = _qa_or_none("UK Prime Minister Tony Blair will open the forum on Wednesday. More than 20 other leaders "
                      "are expected to attend, including French President Jacques Chirac and South African "
                      "President Thabo Mbeki.", "en")
    # (the lead's official is asked what he did: "Who will open the forum on Wednesday?")
    assert "Tony Blair" in got.values(), got
    assert "Jacques Chirac" not in got.values() and "Thabo Mbeki" not in got.values(), got
    gaps = gaps_of("Plague occurred in Venice 22 times between 1361 and 1528, and the "
                   "plague of 1576 killed 50,000 in Venice.", "en")
    assert not gaps & {"1361", "1528"}, gaps


def test_a_word_before_a_title_opens_no_name_and_a_descriptor_keeps_the_actor():
    got = _qa_or_none("Posisi Presiden Filipina Gloria Macapagal-Arroyo serba terjepit. Perekonomian makin "
                      "dihadapkan pada kesulitan keuangan negara karena peningkatan harga minyak.", "id")
    assert got.get("Siapa Presiden Filipina?") == "Gloria Macapagal-Arroyo", got
    cards = cards_of("The historian Frederick W. Mote wrote that the usage of the term \"social classes\" for "
                     "this system was misleading and that the position of people within the four-class system "
                     "was not an indication of their power.", "en")
    assert any(c.family == "actor" and c.answer == "Frederick W. Mote" for c in cards), cards


def test_a_question_never_keeps_half_of_a_pair():
    """"between UPT and DuMont" cut after "UPT" is a broken question."""
    text = ("Goldenson added to the confusion in October 1954, when he proposed a merger between UPT and "
            "DuMont. Goldenson later ran the network for many years.")
    for c in cards_of(text, "en"):
        if c.type != "cloze":
            words = c.question.rstrip("?").split()
            assert not ("between" in words and "and" not in words[words.index("between"):]), c.question


def test_an_organisation_before_a_lower_case_title_is_part_of_the_role():
    got = _qa_or_none("Tony Blair should set out a proper exit strategy from Iraq, Lib Dem leader Charles Kennedy "
                      "has said. Labour chairman Ian McCartney said the party was ready. Indian writer Rohit Gupta "
                      "flew to Chennai to help.", "en", title="Iraq")
    assert got.get("Who is the Lib Dem leader?") == "Charles Kennedy", got
    assert got.get("Who is the Labour chairman?") == "Ian McCartney", got
    assert "Rohit Gupta" not in got.values(), got  # "Indian writer": one writer of many


def test_no_when_card_on_a_relative_clause_of_a_whole_clause_nor_a_gap_in_a_code():
    got = _qa_or_none("Utusan Mesir Omar Suleiman mengatakan, Mesir tidak akan tenang hingga Palestina berdiri "
                      "menjadi sebuah negara di atas tanah yang diduduki Israel sejak 1967.", "id")
    assert not any(q.startswith("Sejak kapan Mesir") for q in got), got
    gaps = gaps_of("Beberapa peluru masih aktif dan satu selongsong peluru AK - 47 "
                   "tertancap di pohon kelapa dekat pos TNI di Aceh.", "id")
    assert "AK" not in gaps, gaps


def test_a_profession_with_a_nationality_is_no_role_card():
    got = _qa_or_none("The first process was developed in 1895 by German engineer Carl von Linde. Later, in 1901, "
                      "welding was demonstrated for the first time in Paris.", "en", title="Oxygen")
    assert not any(q.startswith("Who is the German engineer") for q in got), got


def test_a_middle_initial_keeps_its_first_name_and_who_told_that_is_no_card():
    got = _qa_or_none("Kejuaraan dunia kali ini diikuti oleh 32 negara, ujar Timbul Thomas Lubis saat diterima "
                      "Sekretaris Jenderal KONI Pusat Rita A Subowo di Jakarta, Kamis (13/10).", "id", title="Kempo")
    assert got.get("Siapa Sekretaris Jenderal KONI Pusat?") == "Rita A Subowo", got
    got = _qa_or_none("Kepala Dinas Pariwisata Kabupaten Kerinci Anizar mengungkapkan kepada Kompas akhir Juli 2005 "
                      "bahwa jumlah wisatawan yang berkunjung ke Kerinci tahun 2004 mencapai 350.935 orang.", "id")
    assert not any(q.startswith("Siapa yang mengungkapkan") for q in got), got


def test_no_question_states_a_condition_or_a_paired_date_and_definitions_keep_the_article():
    got = _qa_or_none("Kalau tidak ada perubahan, sebagian besar negara akan gagal mencapai target MDG pada 2015, "
                      "kata laporan itu.", "id")
    assert not any(q.startswith("Kapan") for q in got), got
    text = ("The Metro system was the first in the UK to have mobile phone antennae installed in the tunnels. "
            "Two extensions were opened in 1991 and 2002. In 2004, the company Marconi designed and constructed "
            "the mobile radio system to the underground Metro system.")
    got = _qa_or_none(text, "en", title="Newcastle")
    assert not any(q.startswith("When were two extensions") for q in got), got
    assert "When did the company Marconi design?" not in got, got
    assert "Who was Metro system?" not in got, got
    # (a record the Metro holds is no definition of it: test_a_record_a_thing_holds_is_no_definition)
    text = ("The Metro system was a network of suburban and underground railways around Newcastle. Two "
            "extensions were opened in 1991 and 2002.")
    got = _qa_or_none(text, "en", title="Newcastle")
    assert got.get("What was the Metro system?", "").startswith("a network of suburban"), got


def test_well_known_offices_and_near_misses_get_no_card():
    got = _qa_or_none("Presiden AS Donald Trump mengatakan Iran harus kembali ke meja perundingan nuklir pada "
                      "Senin (3/11/2025) di Washington.", "id", title="Nuklir Iran")
    assert "Siapa Presiden AS?" not in got, got
    gaps = gaps_of("Tendangan Zielinski nyaris masuk, namun bola menyamping setelah mengenai "
                   "kaki kiper Lorenzo Montipo di menit akhir babak pertama. Inter Milan "
                   "menang 2-1 atas Hellas Verona di Stadion Marcantonio Bentegodi.", "id")
    assert "Lorenzo Montipo" not in gaps, gaps


def test_an_event_name_is_no_figure_and_only_a_unit_goes_into_a_gap():
    cards = cards_of("Indonesia masih akan turun di nomor lompat jangkit putra dan lari 110 meter gawang putra yang "
                     "diwakili Junaidi dan Eddy Jakariya. Sebenarnya ada 64 warisan budaya yang diusulkan berbagai "
                     "negara untuk diakui sebagai warisan dunia oleh UNESCO tahun ini.", "id", title="Atletik")
    assert not any("110" in c.answer for c in cards), [c.answer for c in cards]
    assert not any(c.answer.startswith("64 ") for c in cards), [c.answer for c in cards]  # "{{64}} warisan budaya"


def test_a_sentence_opened_by_a_relative_or_pointing_there_gets_no_gap():
    cards = cards_of("In 1949 the soldiers moved the relics to Kumbum Monastery near Xining. By 1956 a new temple was "
                     "erected there to house them.", "en", title="Relics")
    assert not any(c.type == "cloze" and c.answer == "1956" for c in cards), [c.question for c in cards]


def test_no_when_card_on_what_did_not_happen_and_no_acronym_card_on_authors_initials():
    got = _qa_or_none("Meski demikian, tim yang dipimpin Volcker tidak menemukan bukti yang memadai bahwa Sekjen PBB "
                      "mengetahui Cotecna telah memasukkan tawaran kontrak pada tahun 1998.", "id")
    assert not any(q.startswith("Kapan") for q in got), got
    got = _qa_or_none("The report featured a graph based on a 1999 paper by Michael E. Mann, Raymond S. Bradley and "
                      "Malcolm K. Hughes (MBH99), which has been called the hockey stick graph.", "en")
    assert not any("MBH99" in q for q in got), got


def test_an_institution_doing_its_job_is_no_who_did_card_nor_a_famous_office_holder_a_gap():
    got = _qa_or_none("Pada Kamis (30/10/2025), National Weather Service (NWS) menetapkan peringatan cuaca ekstrem "
                      "untuk seluruh wilayah New York City dan sekitarnya.", "id", title="Banjir New York")
    assert not any(q.startswith("Siapa yang menetapkan") for q in got), got
    gaps = gaps_of("Sebelumnya, Presiden AS Donald Trump menyebut serangan pasukan gabungan "
                   "itu telah menghancurkan fasilitas nuklir Iran di Fordow pada Juni lalu.", "id", title="Nuklir Iran")
    assert "Donald Trump" not in gaps, gaps


def test_a_bare_noun_after_the_is_no_subject_for_a_question():
    text = ("Sri Lanka's banks face losses of up to 13.6% of their loans after the tsunami, the central bank said "
            "on Monday. Officials said the wave destroyed homes and businesses along the coast. The combination "
            "means a revenue shortfall in 2005 for the banks.")
    got = _qa_or_none(text, "en", title="Tsunami to hit Sri Lanka banks")
    assert not any("the combination" in q for q in got), got


def test_a_year_inside_a_name_and_a_figure_as_a_subject_get_no_card():
    cards = cards_of("The British Nationality Act 1948 marked the first time married women gained independent "
                     "nationality. Parliament passed the Mental Health Act 1983 after a long debate in London.",
                     "en", title="Law")
    assert not {"1948", "1983"} & {c.answer for c in cards}, [c.question for c in cards]
    got = _qa_or_none("The gallery opened in 1991, and approximately 16,000 objects from China are displayed in "
                      "London at the museum.", "en", title="Gallery")
    assert not any(q.startswith("Where does approximately") for q in got), got
    got = _qa_or_none("Sesuai Keputusan Menteri Kehutanan, kawasan itu ditetapkan sebagai suaka margasatwa pada "
                      "tahun 1995 oleh pemerintah pusat.", "id", title="Suaka")
    assert not any(q.startswith("Kapan Sesuai") for q in got), got


def test_references_are_no_places_acronyms_or_sentence_ends():
    from briefing.api import resolve_language
    from briefing.models import Article
    from briefing.pipeline.mentions import find_mentions
    from briefing.pipeline.segment import segment
    text = ("The report featured a graph based on a 1999 paper by Michael E. Mann, Raymond S. Bradley and Malcolm "
            "K. Hughes (MBH99). This graph extended the similar graph in Figure 3.20 from the earlier report. "
            "The finding was supported by reconstructions by Jones et al. 1998 and Briffa 2000.")
    article = Article(title="Graph", text=text, lang="en", key="k")
    pack = resolve_language(article, "en")
    sentences = segment(article, pack)
    assert len(sentences) == 3, [s.text for s in sentences]  # "et al." ends no sentence
    found = find_mentions(sentences, pack, "Graph")
    assert not any(m.text == "MBH99" and m.value for m in found), found  # no expansion for a code
    assert not any(m.kind == "place" and m.text == "Figure" for m in found), found


def test_a_language_without_a_pack_keeps_years_after_capitalised_nouns():
    """German capitalises every noun: "im Jahr 1998" is a date, not part of a name."""
    cards = cards_of("Die Stadt wurde im Jahr 1998 zur Hauptstadt der Region ernannt, und seitdem wächst sie "
                     "jedes Jahr um viele Einwohner.", "de", title="Stadt")
    assert any(c.answer == "1998" for c in cards), [c.question for c in cards]


def test_a_decimal_written_with_a_space_is_no_clause_break_and_two_dates_make_no_when_card():
    text = ("Menurut dia, pengangguran pada periode itu didominasi oleh penganggur terdidik. Penganggur "
            "berpendidikan SLTA naik dari tiga juta orang pada tahun 2001 menjadi 3, 9 juta orang pada tahun 2005.")
    got = _qa_or_none(text, "id", title="Pengangguran")
    assert not any(q.startswith("Kapan") and "2005" in q for q in got), got
    assert not any(q.rstrip("?").endswith("menjadi 3") for q in got), got


def _segmented(text: str, lang: str) -> tuple:
    """The sentences of an untitled ``text`` and its language pack."""
    from briefing.api import resolve_language
    from briefing.models import Article
    from briefing.pipeline.segment import segment

    article = Article(title="", text=text, lang=lang, key="t")
    pack = resolve_language(article, lang)
    return segment(article, pack), pack


def _mentions(text: str, lang: str) -> list:
    from briefing.pipeline.mentions import find_mentions

    sentences, pack = _segmented(text, lang)
    return find_mentions(sentences, pack, "")


def test_a_country_adjective_before_a_name_is_not_part_of_it():
    found = _mentions("The previous record was set by Kenyan Judith Chebet in 2019 at the Egyptian Football "
                      "Association ground.", "en")
    names = {m.text for m in found if m.kind in {"person", "name", "organisation"}}
    assert "Judith Chebet" in names and not [n for n in names if n.startswith("Kenyan")], names
    assert "Egyptian Football Association" in names, names


@pytest.mark.parametrize("text,lang,person", [
    ("Mr. Peter Hall, who led the appeal, said the clinic had cost £2 million.", "en", "Peter Hall"),
    ("The Rev. John Carter thanked the volunteers who raised money for the new roof.", "en", "John Carter"),
    ("Sgt. Mark Lewis arrested two men in Bradford on Friday night.", "en", "Mark Lewis"),
    ("Guru besar Universitas Andalas, Prof. Yulia Hasanah, mengingatkan warga agar waspada.", "id",
     "Yulia Hasanah"),
])
def test_a_name_after_a_rank_or_an_honorific_is_a_persons(text, lang, person):
    assert ("person", person) in {(m.kind, m.text) for m in _mentions(text, lang)}


@pytest.mark.parametrize("text,lang,name", [
    # a street, a body and an office named after a title keep it
    ("Konferensi pers digelar di Gedung Djuanda, Jl. Dr. Wahidin Raya, Jakarta Pusat, pada Jumat.", "id",
     "Wahidin Raya"),
    ("Direktur Jenderal Otonomi Daerah Kemendagri Bambang Wirawan mengatakan aturan itu berlaku tahun depan.",
     "id", "Otonomi Daerah Kemendagri"),
    ("Seorang petugas pemadam mengalami luka ringan dan sudah dirawat di RSUD dr. Mohamad Soewandhie.", "id",
     "Mohamad Soewandhie"),
    ("Kasus DBD meningkat di Maumere. Rumah Sakit Umum Daerah (RSUD) dr. T.C. Hillers Maumere kini merawat 96 "
     "pasien DBD.", "id", "T.C. Hillers Maumere"),
])
def test_a_name_after_a_title_of_a_street_body_or_office_is_no_persons(text, lang, name):
    assert ("person", name) not in {(m.kind, m.text) for m in _mentions(text, lang)}


def test_a_short_form_opening_a_name_stays_in_it():
    found = {(m.kind, m.text) for m in _mentions(
        "The roof of St. Martin's Church in Oakham was repaired last month, the parish council said.", "en")}
    assert ("organisation", "St. Martin's Church") in found, found


def test_a_person_after_a_rank_written_short_is_asked_who_did_it():
    text = "Dr. Jane Jones opened the new clinic in Leeds on Monday after a long delay."
    facts = facts_of(text, "en", title="Clinic")
    assert any(f.family == "actor" and f.answer == "Jane Jones" for f in facts), facts


@pytest.mark.parametrize("text,lang,name", [
    ("The outbreak began on the ship. Dr. Luis Ortega, the zoo's chief veterinarian, said all three elephants "
     "ate normally.", "en", "Luis Ortega"),
    ("The outbreak began on the farm. The UK's deputy chief veterinary officer, Dr. Helen Marsh, urged all bird "
     "keepers to follow strict hygiene rules.", "en", "Helen Marsh"),
    ("Sirene tsunami diuji pekan lalu. Pakar kebencanaan dari Universitas Andalas (Unand), Prof. Yulia Hasanah, "
     "mengingatkan warga agar tidak hanya menunggu bunyi sirene.", "id", "Yulia Hasanah"),
])
def test_a_commentator_introduced_by_a_description_is_a_minor_gap(text, lang, name):
    gaps = [c for c in every_card(text, lang) if c.type == "cloze" and c.answer == name]
    assert gaps and all("minor" in c.tags for c in gaps), [(c.question, c.tags) for c in gaps]


@pytest.mark.parametrize("text,lang,name", [
    # someone given with an age and a description, as a passer-by asked in the street
    ("Harga cabai naik tajam. Siti Rohmah (46), pedagang sayur di Pasar Besar Malang, mengaku pembeli berkurang.",
     "id", "Siti Rohmah"),
    ("The resort will close. Thomas Berthet, 34, a ski instructor who grew up in the village, said the council "
     "had given up too early.", "en", "Thomas Berthet"),
])
def test_a_passer_by_given_an_age_is_a_minor_gap(text, lang, name):
    facts = facts_of(text, lang)
    gaps = [f for f in facts if f.family == "cloze" and f.answer == name]
    assert gaps and all(f.minor and f.answer_kind == "person" for f in gaps), \
        [(f.family, f.answer, f.answer_kind, f.minor) for f in facts]


def test_a_degree_after_a_name_is_no_name_of_its_own():
    found = {m.text for m in _mentions("Direktur RSUD Balikpapan Barat dr. Ratna Wulandari, Sp.PD, menjelaskan "
                                       "rumah sakit itu punya 540 pegawai.", "id")}
    assert "Sp.PD" not in found and "Ratna Wulandari" in found, found
    found = {m.text for m in _mentions("Putusan Mahkamah Agung (MA) itu dibacakan pada Kamis.", "id")}
    assert "MA" in found, found  # the same letters as a short form in brackets


@pytest.mark.parametrize("text,lang,figure", [
    ("Dari 1.200 sekolah percontohan, sebanyak 480 merupakan SD, 400 SMP, dan 320 SMA/SMK yang tersebar di 38 "
     "provinsi.", "id", "1.200"),
    ("The award of £214,580 includes £151,000 for loss of earnings, £35,000 for injury to feelings and £28,580 in "
     "pension losses.", "en", "£35,000"),
])
def test_a_figure_its_neighbours_add_up_to_is_no_gap(text, lang, figure):
    assert figure not in {c.answer for c in every_card(text, lang) if c.type == "cloze"}


def test_figures_of_different_kinds_that_happen_to_add_up_stay_gaps():
    text = ("Mwangi said foreign exchange reserves stood at $8.3 billion, enough to cover 4.4 months of imports, "
            "up from 3.9 months in June.")
    assert "4.4" in {c.answer for c in every_card(text, "en") if c.type == "cloze"}


def test_a_gap_on_a_name_before_a_phrase_of_the_verb_is_no_commentator():
    text = ("In 1855 the German architect Gottfried Semper, at the request of Cole, produced a design for the "
            "museum, but it was rejected by the Board of Trade.")
    gaps = [c for c in every_card(text, "en") if c.type == "cloze" and c.answer == "Gottfried Semper"]
    assert gaps and not any("minor" in c.tags for c in gaps), [(c.question, c.tags) for c in gaps]


@pytest.mark.parametrize("text,lang,role,person", [
    # a title of two words opens the sentence, and the surname carries a joined particle
    ("Perdana Menteri Ibrahim al-Jaafari merasa optimistis konstitusi baru itu akan selesai pekan depan.",
     "id", "Perdana Menteri", "Ibrahim al-Jaafari"),
    # a lower-case role, capitalised only because it opens the sentence
    ("Economist Thomas Piketty challenges this notion, claiming that wars reduced inequality.",
     "en", "Economist", "Thomas Piketty"),
    # round 106: an office the pack did not list ("{{Energy Undersecretary Felicitas Manalo}} said ...")
    ("Energy Undersecretary Felicitas Manalo said the Department of Energy expected the plant to cut reliance "
     "on coal.", "en", "Energy Undersecretary", "Felicitas Manalo"),
])
def test_a_title_or_role_opening_the_sentence_is_not_part_of_the_name(text, lang, role, person):
    found = {(m.kind, m.text) for m in _mentions(text, lang)}
    assert ("role", role) in found and ("person", person) in found
    assert not any(kind in {"person", "name"} and name.startswith(role) for kind, name in found)


def test_an_occupation_opening_the_sentence_is_not_part_of_the_answer():
    # round 104: "Who headed in a stoppage-time winner? Substitute Daniel Okafor", "Who told the
    # court ...? Prosecutor Helen Garside": a player's position or a job, capitalised to open the
    # sentence, was read as the first word of the name
    text = ("Brentwick Town beat Harrow Vale 2-1 on Saturday. Substitute Daniel Okafor headed in a stoppage-time "
            "winner. Winger Ryan Delacroix had cut in from the left earlier. Prosecutor Helen Garside told the "
            "court the money was used to pay off a mortgage.")
    names = {m.text for m in _mentions(text, "en") if m.kind in {"person", "name"}}
    assert {"Daniel Okafor", "Ryan Delacroix", "Helen Garside"} <= names, names
    assert not any(n.split()[0] in {"Substitute", "Winger", "Prosecutor"} for n in names), names
    answers = {c.answer for c in every_card(text, "en")}
    assert not any(a.split()[0] in {"Substitute", "Winger", "Prosecutor"} for a in answers if a), answers


def test_a_clause_after_a_comma_is_no_apposition():
    text = ("As a Time Lord, the Doctor has the ability to regenerate when his body is mortally damaged, "
            "taking on a new appearance and personality.")
    assert not [m for m in _mentions(text, "en") if m.kind == "role"]


def test_an_office_named_before_its_holder_is_not_the_speaker():
    text = ("Pasien itu dirujuk ke rumah sakit rujukan di Jakarta Utara setelah dirawat selama empat hari. "
            "\" Dia punya riwayat kontak dengan unggas di dekat rumahnya, \" kata Kepala Bidang Informasi "
            "RSPI dr Ilham Patu.")
    cards = every_card(text, "id")  # (a section head's office is a minor question: roles.local_offices)
    said = [c for c in cards if c.family == "said"]
    assert all(c.answer == "Ilham Patu" for c in said), said
    # (the office is the holder's role: "Siapa Kepala Bidang Informasi RSPI?" asks for him, and a
    # who-said card with the same answer would repeat it)
    assert {c.answer for c in cards if c.family in {"said", "role"}} == {"Ilham Patu"}, cards


def test_spaced_quotes_open_a_new_sentence_and_a_rate_keeps_its_noun():
    text = ("Dinas kehutanan berencana merekrut pemadam kebakaran dari warga sekitar dengan uang insentif "
            "Rp 35.000 per orang setiap hari. \" Namun sampai sekarang anggarannya belum ada, \" kata "
            "Kepala BKSDA Kalteng Yohanes Sudarto.")
    sentences = [s.text for s in _segmented(text, "id")[0]]
    assert len(sentences) == 2 and sentences[1].startswith('" Namun')
    money = [c for c in cards_of(text, "id") if c.family == "quantity"]
    assert money, "the incentive is a figure worth a card"
    for c in money:
        assert c.answer == "Rp 35.000" and c.question.endswith("setiap hari?")


def test_a_person_named_after_a_descriptor_is_asked_with_who():
    text = ("Korean economist Hoesung Lee is the chair of the panel that reviews the climate reports. "
            "The previous chairs were Robert Watson and Bert Bolin.")
    defs = [c for c in cards_of(text, "en") if c.family == "define"]
    assert defs and all(c.question.startswith("Who ") for c in defs)


def test_a_sentence_whose_only_verb_is_a_form_of_be_or_have_is_a_statement():
    # "is", "has", "were" are verbs: such a sentence states a fact worth a card
    # (its since-question is a minor card, which the definition of the same sentence covers)
    asked = [c.question for c in every_card("Korean economist Hoesung Lee is the chair of the panel since October "
                                            "2015. The previous chairs were Robert Watson and Bert Bolin.", "en")
             if c.family in {"when", "define"}]
    assert "Who is Korean economist Hoesung Lee?" in asked, asked
    gaps = [c.answer for c in cards_of("Kenya is active in several sports, among them cricket, rallying and boxing. "
                                       "The country has a long coast on the Indian Ocean.", "en")]
    assert "Kenya" in gaps or "Indian Ocean" in gaps


@pytest.mark.parametrize("text,bad", [
    # "there" after other words is not inverted: "When were eight years later there ...?"
    ("According to the 1901 census, the city had 711,988 inhabitants. "
     "Eight years later, in 1909, there were 281,754 Jews in the city.", r"(?i)later there"),
    # a past form before "by" is a participle, not the clause's verb:
    # "When did the Declaration on Fundamental Rights produce by the European Parliament was signed?"
    ("In 1989 the Declaration on Fundamental Rights produced by the European Parliament was signed. "
     "The treaty came later.", r"produce by"),
    # a place is not asked with who: "Who consists of one Combined Statistical Area?"
    ("Southern California consists of one Combined Statistical Area, eight Metropolitan Statistical "
     "Areas and one international metropolitan area. The region is home to many people.", r"^Who "),
    # a long clause is not cut right after its verb: "When did the European Council set up a body tasked?"
    ("In 1999 the European Council set up a body tasked with drafting a European Charter of Human Rights, "
     "which could form the constitutional basis for the European Union. The charter was adopted later.",
     r"tasked\?$"),
])
def test_no_english_question_reads_like_a_broken_inversion(text, bad):
    for c in cards_of(text, "en"):
        assert not re.search(bad, c.question), c.question


def test_nearly_before_a_number_word_is_an_estimate_and_a_capitalised_plural_is_counted():
    text = ("While nearly three-quarters eventually were killed or submitted, roughly 500,000 Huguenots "
            "had fled France by the early 18th century. Their churches were closed by the king.")
    answers = [c.answer.casefold() for c in cards_of(text, "en")]
    assert "roughly 500,000" in answers


def test_a_key_term_gap_after_a_possessive_stops_at_the_owned_noun():
    text = ("Chloroplasts carry their own genes. Even if a chloroplast is eventually lost, the genes it "
            "donated to the former host's nucleus persist, providing evidence for the lost chloroplast's "
            "existence. The host's nucleus keeps the genes of the chloroplast.")
    for gap in gaps_of(text, "en"):
        assert not gap.endswith("persist")


def test_a_date_after_tanggal_is_asked_and_a_clause_after_dan_is_not():
    text = ("Hampir dua tahun setelah penerbangan berawak pertama, China meluncurkan penerbangan berawak kedua "
            "pada tanggal 12 Oktober 2005. Penerbangan dengan kapsul itu diawaki oleh dua taikonot, yakni "
            "Fei Junlong dan Nie Haisheng, dan berlangsung selama lima hari, atau persisnya 115 jam 32 menit.")
    got = qa(text, "id")
    assert got.get("Kapan China meluncurkan penerbangan berawak kedua?") == "12 Oktober 2005"
    assert not [q for q in got if q.casefold().startswith("dan ")]


def test_no_gap_on_one_part_of_a_time_in_two_units():
    text = ("Atlet putra asal Palembang itu meraih emas untuk renang nomor 200 meter gaya punggung dengan "
            "catatan waktu 2 menit 19, 78 detik. Rekor lama dicetak atlet Jakarta pada tahun 2003.")
    for c in cards_of(text, "id"):
        assert c.answer not in {"78 detik", "19, 78 detik", "2 menit"}, c.question


def test_no_definition_from_an_adjective_and_a_key_term_gap_stops_before_its_verb():
    text = ("Child labour is common in Kenya. Legendre's conjecture states that there is a prime number "
            "between n squared and n plus one squared for every positive integer n. The conjecture is "
            "implied by the stronger conjecture of Cramér, and the prime number theorem makes it likely.")
    cards = cards_of(text, "en")
    assert not [c for c in cards if c.family == "define" and "child labour" in c.question.casefold()]
    assert "conjecture states" not in {c.answer for c in cards}


@pytest.mark.parametrize("text,n", [
    ("There is a prime between n and 2n for every positive integer n. It is implied by a stronger claim.", 2),
    ("Lembaga Klimaschutz e. V akan menyalurkan 500.000 unit kompor hemat kayu dalam tujuh tahun.", 1),
])
def test_a_lone_lower_case_letter_ends_a_sentence_unless_it_is_an_abbreviation(text, n):
    lang = "en" if text.startswith("There") else "id"
    assert len(_segmented(text, lang)[0]) == n


def test_no_gap_on_one_name_of_a_list_of_three_or_more_of_mixed_kinds():
    text = ("The invasions of Baghdad, Samarkand, Urgench, Kiev and Vladimir caused mass murders across the "
            "region. In 1237 Batu Khan, a grandson of Genghis Khan, launched an invasion into Kievan Rus. "
            "Over three years, the Mongols destroyed the major cities of Eastern Europe.")
    gaps = gaps_of(text, "en", title="The Mongol invasions")
    assert not gaps & {"Baghdad", "Samarkand", "Urgench", "Kiev", "Vladimir"}, gaps


def test_a_place_adjective_opens_no_person_and_a_list_of_places_is_not_one_place():
    text = ("His forces were halted by the Mamluks of Egypt, but Ghazan Khan would return to beat the "
            "Egyptian Mamluks right out of Levant, Palestine and even Gaza.")
    found = {(m.kind, m.text) for m in _mentions(text, "en")}
    assert not [t for k, t in found if k == "person" and "Mamluks" in t], found
    assert ("place", "Levant, Palestine") not in found and ("place", "Palestine") in found, found


@pytest.mark.parametrize("text,lang,places", [
    ("Exports to Latin America and the Asia Pacific region rose while sales in Southeast Asia fell.",
     "en", ["Latin America", "Asia Pacific", "Southeast Asia"]),
    ("Belum satu proyek pun masuk menjadi nomine untuk kawasan Asia Pasifik, juga dari Afrika Barat.",
     "id", ["Asia Pasifik", "Afrika Barat"]),
])
def test_a_world_region_of_two_words_is_one_place(text, lang, places):
    found = {(m.kind, m.text) for m in _mentions(text, lang)}
    for place in places:
        assert ("place", place) in found, found


def test_english_questions_keep_a_peoples_adjective_and_skip_a_fronted_phrase_and_object_pronouns():
    text = ("Newcastle replaced him in January 1756 with Lord Loudoun, with James Abercrombie as his second. "
            "French regular army reinforcements arrived in New France in May 1756, led by Louis-Joseph de "
            "Montcalm. During that time in Europe, on May 18, 1756, England formally declared war on France, "
            "which expanded the war into Europe.")
    got = qa(text, "en")
    assert got.get("When did French regular army reinforcements arrive in New France?") == "May 1756", got
    assert got.get("When did England formally declare war on France?") == "May 18, 1756", got
    assert not [q for q in got if " him " in f" {q} " or "time in Europe England" in q], got


def test_no_gap_on_a_single_letter_and_a_province_abbreviation_is_no_part_of_a_name():
    text = ("Certain arithmetic questions related to Q or more general global fields may be transferred back "
            "and forth to the completed fields. The theory was developed by Helmut Hasse in Germany.")
    assert "Q" not in gaps_of(text, "en")
    text = ("Menurut Kepala Dinas Kesehatan Sumsel Syahrul Muhammad, semua dinas kesehatan kabupaten wajib "
            "memberikan penyuluhan demam berdarah di Palembang.")
    assert qa(text, "id").get("Siapa Kepala Dinas Kesehatan Sumsel?") == "Syahrul Muhammad"


def test_no_gap_on_an_example_after_such_as_the():
    text = ("In most jurisdictions (such as the United States), pharmacists are regulated separately from "
            "physicians. Pharmacists in Kenya completed their training at the University of Nairobi in 1975.")
    assert "United States" not in gaps_of(text, "en")


def test_a_question_pointing_back_needs_a_title_that_tells_the_learner_what():
    text = ("Proyek pabrik pipa baja milik Sinopec dan PT Indelberg Indonesia senilai 125 juta dollar AS "
            "dibangun di Gresik. Proyek ini akan beroperasi penuh pada 1 Februari 2006, menurut direksi "
            "perusahaan itu.")
    untitled = {c.question for c in briefing.extract(text, title="facqa train 0205", lang="id").cards}
    titled = {c.question for c in briefing.extract(text, title="Proyek pabrik pipa baja di Gresik", lang="id").cards}
    assert not [q for q in untitled if q.startswith("Kapan proyek ini")], untitled
    assert [q for q in titled if q.startswith("Kapan proyek ini")], titled


def test_no_when_question_on_the_month_a_statistic_is_for():
    text = ("Pertumbuhan jumlah uang beredar (M2) naik 8 persen per tahun pada September 2025. Surplus "
            "perdagangan mencapai 5,49 miliar dollar AS pada Agustus 2025. Bank Indonesia telah memangkas "
            "suku bunga acuan sebesar 150 basis poin sejak September 2024.")
    got = qa_minor(text, "id")
    assert not [q for q in got if q.startswith("Kapan ")], got
    # "since when" asks about the event's start, not a reporting period
    assert got.get("Sejak kapan Bank Indonesia telah memangkas suku bunga acuan sebesar 150 basis poin?") \
        == "September 2024", got


def test_a_bare_number_that_is_the_subject_of_its_verb_is_a_gap_but_not_the_end_of_a_name():
    text = ("U2 have smashed Irish box office records with ticket sales for their Dublin concerts, after more "
            "than 150,000 were sold within 50 minutes. With a budget of $230,000, the surviving lunar data from "
            "Apollo 11 was compiled by Nafzger and restored by a studio in Burbank.")
    gaps = gaps_of(text, "en", title="Rock band U2 break ticket record")
    assert "150,000" in gaps, gaps
    assert "11" not in gaps, gaps


def test_a_word_between_two_figures_is_not_the_first_figures_noun():
    text = "Produksi minyak Petroecuador anjlok dari 210.000 menjadi 30.000 barrel per hari pekan ini."
    numbers = {m.text: m.value for m in _mentions(text, "id") if m.kind == "number"}
    assert numbers.get("210.000") != "menjadi" and numbers.get("30.000") == "barrel", numbers


def test_a_common_word_opening_the_sentence_is_no_part_of_the_name_after_it():
    text = ("Topan Haiyan melanda pesisir timur Filipina, menewaskan sedikitnya 6.000 orang. "
            "Ratusan ribu warga mengungsi untuk menghindari amuk topan yang terkuat tahun itu.")
    assert "Haiyan" in gaps_of(text, "id")


def test_a_capitalised_pair_seen_twice_is_one_name():
    text = ("Naga Bonar menjadi film terlaris di bioskop Jakarta tahun lalu. "
            "Penonton memuji naga yang lucu dalam film itu. "
            "Naga Bonar juga diputar di festival film Busan pada bulan Oktober.")
    assert "Bonar" not in gaps_of(text, "id")


def test_no_question_on_one_part_of_a_time_in_minutes_and_seconds():
    text = "Peraih emas SEA Games 2003 Budi Santoso mencetak catatan waktu dua menit 3, 18 detik."
    try:
        cards = cards_of(text, "id")
    except NoFactsError:
        cards = []
    assert not any("berapa" in c.question for c in cards), cards
    assert not any(c.answer in {"dua menit", "18 detik", "3, 18 detik"} for c in cards), cards


def test_an_office_found_after_a_capitalised_word_is_not_asked():
    # the finder does not know "Wakil Sekjen", so "Sekjen PBB" alone would make her the secretary-general
    text = "Kemarin pagi Asisten Sekjen PBB Maria Lopez tiba di Jakarta untuk membahas bantuan pangan."
    assert "Siapa Sekjen PBB?" not in _qa_or_none(text, "id")


@pytest.mark.parametrize("text,bad", [
    # "has" before a noun phrase is the verb, not an auxiliary to invert
    ("Norway has a written constitution adopted in 1814, and it is still in force today.", "When has"),
    # "yet" opens the clause: its subject is a pronoun pointing back
    ("Their local rivals have fewer supporters, yet they managed to win the national title in 2000.", "yet"),
    # an object pronoun points outside the question
    ("The city of Algiers lost thirty thousand inhabitants to it in 1620 during the long war.", " to it"),
    # a question never ends on an article
    ("In 1900, Tesla was granted patents for a \"system of transmitting electrical energy\" and "
     "\"an electrical transmitter.\"", " a?"),
])
def test_english_questions_that_invert_or_cut_wrongly_are_not_made(text, bad):
    assert not any(bad in q for q in _qa_or_none(text, "en")), _qa_or_none(text, "en")


def test_a_figure_restated_in_brackets_is_not_asked():
    text = ("Penyu belimbing memiliki daya renang sampai 2.000 mil (sekitar 3.200 km) dan hidup sampai "
            "kedalaman 1.200 meter di Samudra Pasifik.")
    cards = cards_of(text, "id")
    assert not any(c.answer == "sekitar 3.200 km" for c in cards), cards


def test_a_people_defined_by_a_role_word_is_asked_with_what_not_who():
    text = ("Suku bangsa Alas adalah penduduk asli yang mendiami Tanah Alas di Kabupaten Aceh Tenggara. "
            "Bupati Aceh Tenggara Armen Desky mengatakan, suku itu dekat dengan suku Karo.")
    got = _qa_or_none(text, "id")
    assert not any(q.startswith("Siapa Suku") or q.startswith("Siapa suku") for q in got), got


def test_a_date_after_an_apposition_is_not_asked_about_the_apposition():
    text = ("Hal ini dilaporkan kantor berita milik pemerintah, Sinar Harapan, Senin (12/9), tanpa memberikan "
            "informasi rinci tentang jumlah korban.")
    assert not any(q.startswith("Kapan Sinar Harapan") for q in _qa_or_none(text, "id"))


def test_tersebut_points_back_to_a_sentence_the_card_does_not_show():
    text = ("Israel menyerang fasilitas nuklir Iran pada Juni lalu. Amerika Serikat juga melancarkan serangan "
            "ke tiga situs nuklir. Serangan tersebut memicu perang selama 12 hari di kawasan itu. "
            "Serangan itu menewaskan sejumlah ilmuwan terkemuka Iran.")
    cards = cards_of(text, "id", title="Iran bersumpah membangun kembali situs nuklirnya")
    assert not any(c.question.startswith("Serangan tersebut") for c in cards), cards


def test_tersebut_after_a_counted_noun_points_back_too():
    text = ("Pesawat itu diterbangkan oleh 22 personel TNI Angkatan Udara. "
            "Ke-22 personel tersebut terdiri atas lima anggota Skadron Udara 31 dan 17 anggota Skadron Udara 32.")
    title = "Pesawat Airbus A400M akhirnya tiba di Tanah Air"
    assert not any(c.question.startswith("Ke-22 personel") for c in cards_of(text, "id", title=title))
    # the title naming the noun makes it the article's own
    named = cards_of(text, "id", title="Ke-22 personel Skadron Udara pulang")
    assert any(c.question.startswith("Ke-22 personel tersebut") for c in named), named


def test_a_relative_clause_closed_before_the_main_verb_stays_in_the_question():
    text = ("PT TPPI merupakan perusahaan industri petrokimia hulu. Pabrik yang terletak di pesisir daerah "
            "Tuban itu dilanjutkan sejak Mei 2004 melalui dukungan pemerintah.")
    whens = [c.question for c in every_card(text, "id") if c.family == "when"]
    assert whens and all("pabrik yang terletak" in q for q in whens), whens
    # a place that ends the relative clause is where its verb happens, not the main one
    text = "PT TPPI membangun pabrik petrokimia. Pabrik yang terletak di Tuban dilanjutkan sejak Mei 2004."
    assert not [c.question for c in cards_of(text, "id") if c.family == "where"]
    text = ("Bupati meresmikan jembatan baru. Jembatan yang menghubungkan dua desa itu diresmikan pada "
            "Senin (3/11) oleh bupati.")
    assert "Kapan jembatan yang menghubungkan dua desa itu diresmikan oleh bupati?" in \
        [c.question for c in cards_of(text, "id")]


def test_a_ministry_without_dan_is_still_the_title():
    text = ("Jakarta, Kompas - Menteri Energi Sumber Daya Mineral Purnomo Yusgiantoro dan Menneg BUMN Sugiharto "
            "meminta PT Perusahaan Gas Negara Tbk menahan diri tak menaikkan harga jual gas.")
    qa = {c.question: c.answer for c in cards_of(text, "id")}
    assert qa.get("Siapa Menteri Energi Sumber Daya Mineral?") == "Purnomo Yusgiantoro", qa


def test_demikian_points_back_to_what_was_said_before():
    text = ("Pungutan itu dinilai memberatkan. Demikian dikemukakan Dirjen Geologi dan Sumber Daya Mineral "
            "Departemen ESDM Simon Sembiring, Rabu (19/10).")
    assert not [c.question for c in cards_of(text, "id") if c.question.casefold().startswith("kapan demikian")]


def test_an_adverb_after_a_name_is_no_verb_it_did():
    text = ("Uang KPU ternyata tak cuma dinikmati para pejabat di KPU, tetapi juga turut dinikmati pejabat "
            "Direktorat Jenderal Anggaran Departemen Keuangan, BPK, dan DPR. Uang yang mengalir ke Ditjen "
            "Anggaran sebanyak 79.000 dollar AS.")
    assert not [c for c in cards_of(text, "id") if c.question.startswith("Siapa yang ternyata")]


def test_a_rise_between_two_sums_of_money():
    text = ("Denpasar, Kompas - Setelah sempat melakukan aksi mogok tidak melaut dan memadati Pelabuhan Benoa, "
            "sebagai protes atas kenaikan harga bahan bakar solar untuk industri dari Rp 2.200 menjadi Rp 5.480, "
            "awal Agustus lalu sekitar 150 kapal dari 700 kapal nelayan tuna kini kembali beroperasi.")
    cards = cards_of(text, "id")
    # "menjadi" between two sums is no unit of the first ("Rp 2.200 menjadi")
    assert not any(c.answer.endswith("menjadi") for c in cards), cards
    # "sebagai protes atas ..." is an adjunct, no clause to ask a question with
    assert not any(c.question.startswith("Sebagai") for c in cards), cards


def test_a_lower_case_office_after_said_keeps_its_modifier():
    text = ("Japan's economy teetered on the brink of a technical recession in the three months to September. "
            "\"We will monitor developments carefully,\" said economy minister Heizo Takenaka.")
    qa = {c.question: c.answer for c in cards_of(text, "en", title="Japan narrowly escapes recession")}
    assert qa.get("Who is the economy minister?") == "Heizo Takenaka", qa
    # a capital that only opens the sentence is no part of the office
    text = "Economy minister Heizo Takenaka said the economy remains in a minor adjustment phase."
    qa = {c.question: c.answer for c in cards_of(text, "en", title="Japan narrowly escapes recession")}
    assert qa.get("Who is the economy minister?") == "Heizo Takenaka", qa
    # a descriptive adjective makes no office ("political leader"), nor does a reporting verb
    text = "The party met on Monday, said political leader Michael Ignatieff, who was elected in 2006."
    assert not [c for c in cards_of(text, "en", title="Canada") if c.question.startswith("Who is the political")]


def test_round_24_passages():
    # a decimal written with a space before a currency named in words is one figure
    text = ("Di Thailand, harga minyak naik 26 persen selama 2005 ini menjadi 26, 5 baht (Rp 6.500) per liter. "
            "Bank Sentral Thailand pun telah menurunkan target pertumbuhan ekonomi 2005.")
    answers = {c.answer for c in cards_of(text, "id")}
    assert "5 baht" not in answers and "26, 5 baht" in answers, answers
    # "memang" colours a statement; a question drops it
    text = ("Tahun 2005, Sharapova memang gagal mempertahankan gelar di lapangan rumput Wimbledon. Meski "
            "demikian, petenis Rusia itu merebut tiga gelar musim ini.")
    questions = [c.question for c in cards_of(text, "id")]
    assert "Kapan Sharapova gagal mempertahankan gelar di lapangan rumput Wimbledon?" in questions, questions
    # an acronym spelled exactly by the end of a longer run: the unit's name is not the expansion
    text = ("Prioritas kami adalah melokalisir kobaran api agar tidak merembet ke kawasan yang masih hijau, kata "
            "Kepala Daerah Operasi Wilayah I Manggala Agni Balai Konservasi Sumber Daya Alam (BKSDA) Kalteng, Zaini.")
    qa = {c.question: c.answer for c in cards_of(text, "id")}
    assert qa.get("Apa kepanjangan dari BKSDA?") == "Balai Konservasi Sumber Daya Alam", qa


def test_final_user_checks():
    # "semakin" opens no clause of its own: the subject stood before the place's commas
    text = ("Pulang Pisau, Kompas - Kebakaran di Taman Nasional Sebangau, Kalimantan Tengah, semakin meluas dan "
            "hingga kini api masih berkobar di areal seluas 7, 5 hektar. Petugas kesulitan memadamkan kobaran api.")
    assert not [c for c in cards_of(text, "id") if c.question.startswith("Semakin")]
    # a year in a row of a table ("tahun 2005 ..., tahun 2006 (...), tahun 2007 (...), dan tahun 2009")
    text = ("Kebutuhan rumput laut dunia tahun 2005 sekitar 260,571 juta ton, tahun 2006 (273,600 juta ton), tahun "
            "2007 (287,280 juta ton), dan tahun 2009 meningkat menjadi 316,725 juta ton. Jika separuh dari potensi "
            "di Indonesia bisa tergarap, bisa menghasilkan volume 9,6 juta ton per tahun.")
    try:
        cards = cards_of(text, "id")
    except NoFactsError:
        cards = []
    assert not [c for c in cards if c.type == "cloze" and c.answer in {"2005", "2006", "2007", "2009"}], cards


def test_two_particles_in_a_row_stay_inside_a_name():
    text = "The U-boat captain Lothar von Arnauld de la Perière sank 194 ships during the First World War."
    assert "Lothar von Arnauld" not in {c.answer for c in cards_of(text, "en")}


def test_a_sentence_announcing_a_list_makes_no_card():
    text = ("Data Badan Geologi menunjukkan rincian awan panas guguran sebagai berikut: "
            "\n\nGunung Merapi meluncurkan enam kali awan panas guguran sejauh 2.000 meter pada Minggu pagi.")
    for c in cards_of(text, "id"):
        assert "sebagai berikut" not in c.question and "sebagai berikut" not in c.context, c


def test_a_when_clause_opening_on_a_root_verb_has_no_subject():
    text = ("Tottenham Hotspur memecat pelatih Ange Postecoglou usai kalah dari Arsenal pada Minggu (2/11). "
            "Tottenham baru meraih satu kemenangan dari sepuluh laga.")
    assert "Kapan kalah dari Arsenal?" not in _qa_or_none(text, "id", title="Tottenham pecat Postecoglou")


def _long_article(last: str) -> str:
    lines = [
        "Tim nasional Indonesia mengalahkan Vietnam 3-1 dalam final Piala AFF di Jakarta pada Minggu (12/12).",
        "Tim nasional Indonesia tampil menyerang sejak menit pertama di depan 80.000 penonton.",
        "Pelatih Shin Tae-yong memuji semangat para pemain tim nasional Indonesia seusai laga.",
        "Vietnam sempat menyamakan kedudukan lewat sundulan pada babak pertama.",
        "Tim nasional Indonesia kembali unggul melalui tendangan bebas pada menit ke-60.",
        "Gol ketiga tim nasional Indonesia lahir pada masa tambahan waktu.",
        "Kemenangan ini menjadi gelar Piala AFF pertama bagi tim nasional Indonesia.",
        "Para pendukung merayakan kemenangan itu di sekitar stadion hingga larut malam.",
        "Presiden mengucapkan selamat kepada tim nasional Indonesia melalui media sosial.",
        "Tim nasional Indonesia akan diarak keliling kota pada Senin siang.",
        last,
        "Tim nasional Indonesia berikutnya bertanding di Piala Asia tahun depan.",
    ]
    return " ".join(lines)


def test_a_name_mentioned_once_deep_in_a_full_article_is_left_out_of_the_default_deck():
    text = _long_article("Pemain pengganti Rizky Ridho sebelumnya dipinjamkan ke Bangkok selama satu musim.")
    default = {c.answer for c in briefing.extract(text, title="Indonesia juara Piala AFF", lang="id").cards}
    # (a place named once in a full article is a minor gap: it comes last into a bigger deck)
    bigger = {c.answer for c in briefing.extract(text, title="Indonesia juara Piala AFF", lang="id",
                                                 max_cards=50).cards}
    assert "Bangkok" in bigger and "Bangkok" not in default, (default, bigger)


@pytest.mark.parametrize("last,aside", [
    # past the first 40% of a full article and sharing no word with the title: a side story
    ("Pelatih Shin Tae-yong menikahi istrinya di Seoul pada Maret 2001.", True),
    # as deep, but back on what the title is about
    ("Piala AFF berikutnya digelar di Thailand pada Desember 2026.", False),
    # a count on a side story: the barriers that kept order, not the final's result (how many officers
    # kept it is a minor card of its own since round 90)
    ("Polisi memasang 1.200 pagar besi untuk mengamankan arak-arakan.", True),
    # a figure back on what the title is about
    ("Bandara Soekarno-Hatta menyambut 1.200 pendukung juara Piala AFF pada Senin pagi.", False),
])
def test_a_side_story_deep_in_a_full_article_is_left_out_of_the_default_deck(last, aside):
    text = _long_article(last)
    title = "Indonesia juara Piala AFF"
    default = [c for c in briefing.extract(text, title=title, lang="id").cards if c.context == last]
    bigger = [c for c in cards_of(text, "id", title=title) if c.context == last]
    assert bigger
    assert bool(default) is not aside, (default, bigger)
    if aside:
        assert all("aside" in c.tags for c in bigger if c.family in {"when", "where", "actor", "cloze", "quantity"})
    if "1.200" in last:
        # the figure is asked in a bigger deck either way
        assert any(c.family == "quantity" for c in bigger), bigger


def test_a_person_with_two_offices_is_not_asked_for_one_of_them():
    text = ("Mantan Wakil Presiden sekaligus Ketua Dewan Pembina Partai Maju Budi Santoso mengingatkan pemerintah "
            "di Jakarta, Senin (10/11). Budi Santoso berbicara dalam seminar nasional di Universitas Indonesia.")
    got = _qa_or_none(text, "id")
    assert "Apa jabatan Budi Santoso?" not in got, got


@pytest.mark.parametrize("text,lang,title,shown,answer", [
    # a gap whose main word another card prints
    ("Anti-virus firm Sophos said that 10% of the e-mail currently on the net was infected with the "
     "Zafi virus. The Zafi.D virus translates the Christmas greeting on its subject line into the "
     "language of the person receiving infected e-mail. Firms said the outbreak was the largest of the year.",
     "en", "Virus poses as Christmas e-mail", "Zafi virus", "Zafi.D"),
    # a year another card prints
    ("Museum Agung Mesir dibuka untuk publik pada 4 November 2025 di Giza setelah tertunda dua dekade. "
     "Perahu kayu cedar sepanjang 44 meter ditemukan di dekat Piramida Agung Khufu pada 1954. "
     "Museum Agung Mesir menyimpan sekitar 5.000 artefak dari penggalian yang dimulai sejak 1954 di Giza.",
     "id", "Museum Agung Mesir dibuka", "1954", "1954"),
])
def test_an_answer_another_card_prints_is_not_asked(text, lang, title, shown, answer):
    cards = briefing.extract(text, title=title, lang=lang).cards
    assert any(shown in c.question for c in cards), cards
    assert not any(c.answer == answer for c in cards), cards


def test_a_name_with_the_minute_of_a_goal_is_a_scorer_worth_a_gap():
    text = ("Skor 1-2 jadi hasil Verona vs Inter Milan di Stadion Bentegodi. "
            "Dalam pertandingan pada Minggu (2/11/2025) tersebut, Inter Milan memimpin lebih dulu via gol "
            "spektakuler Piotr Zielinski (16'). Verona membalas pada babak pertama.")
    cards = briefing.extract(text, title="Hasil Verona vs Inter Milan", lang="id").cards
    assert any(c.type == "cloze" and c.answer == "Piotr Zielinski" for c in cards), cards


def test_a_date_inside_the_subject_dates_the_noun_and_is_not_asked_about_the_verb():
    text = ("Meskipun masih masuk dalam kewenangan Menteri Kehutanan, Peraturan Menteri Kehutanan No 12 / PMK / "
            "03/2006 tanggal 5 Mei 2006 tentang Pajak Ekspor Kayu Bulat akan berdampak besar terhadap iklim "
            "kehutanan di Indonesia.")
    got = _qa_or_none(text, "id")
    assert not any(q.startswith("Kapan") for q in got), got


def test_the_label_of_a_number_is_no_person():
    text = ("Peraturan Menteri Perdagangan No 12 / M-DAG / 2005 tanggal 30 Juni 2005 tentang ekspor rotan "
            "akan berdampak besar terhadap para perajin di Cirebon.")
    got = _qa_or_none(text, "id")
    assert got.get("Siapa Menteri Perdagangan?") != "No" and "Apa jabatan No?" not in got, got


def test_a_gap_is_never_half_of_a_word_or_name_joined_by_a_dash():
    gaps = [c.answer for c in _cards_or_none(
        "The urban area is host to an international metropolitan region in the form of San Diego–Tijuana, "
        "created by the urban area spilling over into Baja California. Many people cross the border.", "en")]
    assert "San Diego" not in gaps
    gaps = [c.answer for c in _cards_or_none(
        "Eksistensi flora dan fauna ini terancam karena berkurangnya hutan asli Sumatera sejak tahun 1980 - an. "
        "Hutan itu kini dilindungi.", "id") if c.family == "cloze"]
    assert "1980" not in gaps


def test_a_nickname_after_a_familiar_form_of_address_is_no_gap():
    text = ("Bung Karno kerap mengutip ayat perubahan tentang nasib suatu kaum dan bangsa. "
            "Tuhan tidak akan mengubah nasib suatu kaum bila kaum itu tidak mampu mengubah dirinya sendiri.")
    gaps = [c.answer for c in _cards_or_none(text, "id") if c.family == "cloze"]
    assert "Karno" not in gaps and "Tuhan" not in gaps


def test_an_everyday_indonesian_abbreviation_gets_no_acronym_card():
    text = ("Pada tahun 1983 pemerintah kota menerbitkan Peraturan Daerah (Perda) Nomor 22 tentang Rencana Induk Kota. "
            "Badan Pengkajian dan Penerapan Teknologi (BPPT) ikut menyusun rencana itu.")
    acr = [c.question for c in cards_of(text, "id") if c.family == "acronym"]
    assert not any("Perda" in q for q in acr)
    assert any("BPPT" in q for q in acr)


def test_an_indonesian_party_name_ends_on_its_last_word_not_inside_the_person():
    text = ("Kemarin Sekretaris Jenderal Dewan Pimpinan Pusat Partai Demokrasi Indonesia Perjuangan Pramono Anung "
            "menyayangkan terbitnya instruksi presiden soal perjalanan ke luar negeri. Presiden berangkat ke Amerika Serikat.")
    roles = [c for c in cards_of(text, "id") if c.family == "role"]
    assert roles and all(c.answer == "Pramono Anung" for c in roles)


def test_the_x_is_not_asked_about_when_the_article_names_two_such_things():
    text = ("Institutions were established through the Treaty of Rome in 1957 and the Maastricht Treaty in 1992. "
            "The court said that the treaty was in force from 1958, so Costa had no claim.")
    questions = [c.question for c in cards_of(text, "en") if c.family != "cloze"]
    assert questions and not any("the treaty" in q for q in questions), questions


def test_a_clause_ending_on_its_copula_is_asked_only_for_an_events_time():
    text = ("The court said that the nationalisation law was from 1962, so Costa had no claim. "
            "The hearing was on 5 May 1964 in Rome, the court said.")
    questions = [c.question for c in cards_of(text, "en")]
    assert "When was the nationalisation law?" not in questions


def test_a_count_that_is_the_subject_of_its_verb_is_asked_with_how_many():
    en = [c for c in cards_of("Roughly 500,000 Huguenots had fled France by the early 18th century. "
                              "The king had closed their churches.", "en") if c.family == "quantity"]
    assert [(c.question, c.answer) for c in en] == [
        ("How many Huguenots had fled France by the early 18th century?", "Roughly 500,000")]
    ids = [c for c in cards_of("Enam kasus sudah diputus di pengadilan negeri, tiga kasus dalam proses persidangan. "
                               "Polisi masih menyidik kasus lain.", "id") if c.family == "quantity"]
    assert [c.question for c in ids] == ["Berapa kasus sudah diputus di pengadilan negeri?"]


def test_an_office_two_people_hold_in_the_text_is_not_asked_who_holds_it():
    text = ("Arafat (65) adalah saudara sepupu almarhum pemimpin dan Presiden Otoritas Palestina Yasser Arafat. "
            "Awal tahun ini ia dipecat oleh Presiden Otoritas Palestina Mahmoud Abbas.")
    questions = [c.question for c in _cards_or_none(text, "id")]
    assert "Siapa Presiden Otoritas Palestina?" not in questions


def test_a_globally_known_acronym_gets_no_acronym_card():
    text = ("Soeharto membubuhkan tanda tangan pada nota kesepakatan dengan Dana Moneter Internasional (IMF) di Jakarta. "
            "Badan Pengkajian dan Penerapan Teknologi (BPPT) ikut hadir dalam acara itu.")
    acr = [c.question for c in cards_of(text, "id") if c.family == "acronym"]
    assert not any("IMF" in q for q in acr) and any("BPPT" in q for q in acr)


def test_one_of_many_generals_is_not_asked_who_the_general_is():
    text = ("From 1073 to 1074, 8,000 of the 20,000 troops of the Armenian general Philaretus Brachamius were "
            "Normans led by Raimbaud. Some Normans joined Turkish forces in far eastern Anatolia.")
    assert "Who is the Armenian general?" not in [c.question for c in _cards_or_none(text, "en")]


def test_the_second_figure_of_a_pair_is_no_gap_unless_it_is_what_the_first_changed_to():
    text = ("The majority of the forest is contained within Brazil, with 60% of the rainforest, followed by Peru "
            "with 13%. The forest is home to many species.")
    gaps = gaps_of(text, "en")
    assert "13%" not in gaps and "60%" in gaps
    text = ("Jika sebelumnya perusahaan cukup menguasai minimal dua pesawat, ke depan persyaratan itu ditambah "
            "menjadi lima pesawat. Aturan itu berlaku mulai tahun 2006.")
    answers = [c.answer for c in cards_of(text, "id")]
    assert any(a.startswith("lima") for a in answers), answers


def test_degrees_after_a_name_are_no_part_of_it():
    text = ("Ia datang bersama Presiden Direktur Biotek Indonesia Sudirman DVM dan pejabat lain ke Jakarta. "
            "Mereka membahas vaksin flu burung.")
    assert qa(text, "id").get("Siapa Presiden Direktur Biotek Indonesia?") == "Sudirman"
    text = ("Habibie Award juga diberikan kepada Prof Sjamsul Arifin Achmad PhD (71), Guru Besar bidang kimia "
            "organik bahan alam di ITB. Penghargaan itu diserahkan di Jakarta.")
    assert "Sjamsul Arifin Achmad" in [c.answer for c in cards_of(text, "id")]


def test_a_statistic_is_not_asked_as_who_did_it():
    text = ("Thomas Davis compiled 5½ sacks and four forced fumbles this season. "
            "Mario Addison added 6½ sacks for the Panthers. The Panthers won the title.")
    for c in _cards_or_none(text, "en"):
        assert not (c.family == "actor" and "sacks" in c.question), c.question


def test_key_facts_list_people_named_without_a_title_under_people():
    import briefing
    from briefing.models import Article

    text = ("Oxygen was discovered independently by Carl Wilhelm Scheele in Uppsala in 1773. "
            "The name oxygen was coined in 1777 by Antoine Lavoisier in Paris. "
            "The John W. Weeks Bridge is a pedestrian bridge over the Charles River.")
    ex = briefing.extract_article(Article(title="Oxygen", text=text, lang="en", key="oxygen"))
    people = [f.label for f in ex.facts if f.kind == "person"]
    names = [f.label for f in ex.facts if f.kind == "name"]
    assert "Carl Wilhelm Scheele" in people and "Antoine Lavoisier" in people
    assert "John W. Weeks Bridge" not in people
    assert not set(people) & set(names)


def test_key_facts_list_a_name_after_a_noun_for_a_place_among_places():
    import briefing
    from briefing.models import Article

    text = ("Topan Katrina menghantam daratan pantai Louisiana hari Senin (29/8) pagi dan menderu menuju "
            "kota New Orleans dengan angin berkecepatan 235 km per jam. Warga diminta mengungsi.")
    ex = briefing.extract_article(Article(title="Topan Katrina", text=text, lang="id", key="katrina"))
    assert "New Orleans" in [f.label for f in ex.facts if f.kind == "place"]
    assert "New Orleans" not in [f.label for f in ex.facts if f.kind == "name"]


def test_the_near_end_of_a_range_of_figures_is_neither_asked_nor_a_gap():
    text = ("Harga solar meningkat dari Rp 2.200 menjadi Rp 6.000 per liter. Sebaliknya, pendapatan kotor saat "
            "sekali melaut hanya berkisar dari Rp 200 juta sampai Rp 250 juta per kapal.")
    cards = cards_of(text, "id")
    assert not any(c.answer == "Rp 200 juta" for c in cards), [(c.question, c.answer) for c in cards]
    assert any(c.answer == "Rp 6.000" for c in cards)


def test_an_agency_in_a_dateline_is_no_acronym_and_an_expansion_keeps_its_and():
    text = ("CAIRO, Egypt (AP) — The ferry sank near the port of Safaga before dawn on Friday. "
            "Egypt's Maritime Rescue and Coordination Centre (MRCC) said 44 passengers were missing.")
    found = qa(text, "en")
    assert not any(a == "Egypt" for a in found.values()), found
    assert "Maritime Rescue and Coordination Centre" in found.values(), found


@pytest.mark.parametrize("text,lang,question", [
    # an acronym that reads as a function word is still the subject ("WHO", "AS")
    ("The WHO first declared a global emergency over the outbreak on 30 January 2020.", "en",
     "When did the WHO first declare a global emergency over the outbreak?"),
    # the time stands in what was said: ask about that, not about the saying
    ("The transport minister said the new airport would open in March 2025.", "en",
     "When would the new airport open?"),
    ("Badan Meteorologi, Klimatologi, dan Geofisika mengumumkan musim kemarau di Jawa dimulai pada Mei 2023.",
     "id", "Kapan musim kemarau di Jawa dimulai?"),
])
def test_when_questions_keep_their_subject_and_ask_about_the_reported_event(text, lang, question):
    assert question in qa(text, lang), qa(text, lang)


def test_a_month_tied_to_a_year_named_before_keeps_the_tie():
    text = ("The first case was confirmed in 2019. The virus was declared a pandemic in March of that year "
            "by the agency.")
    # (the answer keeps its tie, and the card is minor: "of that year" names no year on the card,
    # and teachers of review 54 called such an answer half of one)
    got = {c.question: c for c in every_card(text, "en")}
    card = got.get("When was the virus declared a pandemic by the agency?")
    assert card is not None and card.answer == "March of that year" and "minor" in card.tags, list(got)


@pytest.mark.parametrize("text,lang,bad", [
    # a span of time before "after"/"setelah" is an offset, not an amount
    ("The old king died two days after appointing the new prime minister in the palace.", "en", "How many days"),
    ("Gempa susulan mengguncang kota itu tiga hari setelah gempa utama merobohkan ratusan rumah.", "id",
     "berapa hari"),
    # the place is the war's, not the talks'
    ("Perundingan para menteri sempat alot akibat perbedaan pandangan mengenai perang di Ukraina.", "id",
     "Di mana"),
    # the clause after "ketika" tells of the year before it and loses it when asked alone
    ("Angka itu tertinggi sejak 2013, ketika ekonomi nasional tumbuh 5,56 persen.", "id", "tumbuh berapa"),
    # a verbless phrase after a comma is no clause: "When had down sharply ...?"
    ("Officials forecast that the economy will grow 1.7% this year, down sharply from the 2.8% they had "
     "expected in March.", "en", "When"),
    # "within" left hanging where the clause was cut at "and"
    ("WHO chief Tedros Adhanom Ghebreyesus spoke to reporters in Geneva on Friday. Dr Tedros said the pandemic "
     "had exposed \"political fault lines\" within and between nations and eroded trust between people.", "en",
     "within?"),
])
def test_no_question_on_an_offset_a_noun_s_place_a_relative_time_or_a_cut_clause(text, lang, bad):
    assert not any(bad in q for q in _qa_or_none(text, lang)), _qa_or_none(text, lang)


def test_a_title_after_and_opens_the_next_person_and_a_programme_is_no_person():
    text = ("Pertemuan itu mempertemukan Presiden Amerika Serikat Joe Biden dan Presiden China Xi Jinping di "
            "Nusa Dua. Menteri Kesehatan Budi Gunadi Sadikin, yang juga Ketua Pelaksana Percepatan Penurunan "
            "Stunting, meninjau posyandu. Angka stunting turun, dan percepatan penurunan itu berlanjut.")
    found = qa(text, "id")
    assert found.get("Siapa Presiden China?") == "Xi Jinping", found
    assert not any("Joe Biden dan" in q for q in found), found
    assert not any("Percepatan Penurunan Stunting" == a or "Apa jabatan Percepatan" in q
                   for q, a in found.items()), found


@pytest.mark.parametrize("text,lang,question,answer", [
    # a place or time opening the sentence stays in front of the question
    ("In northern Italy, where the storm hit hardest, at least 120 homes were destroyed.", "en",
     "In northern Italy, how many homes were destroyed?", "at least 120"),
    ("Di Kabupaten Garut, banjir bandang merendam sekitar 300 rumah warga.", "id",
     "Di Kabupaten Garut, banjir bandang merendam berapa rumah warga?", "sekitar 300 rumah"),
    # a clock time after the date is part of the answer, not of the question
    ("Menurut BMKG, gempa mengguncang Kabupaten Garut pada Sabtu (3/12/2022) pukul 16.49 WIB.", "id",
     "Kapan gempa mengguncang Kabupaten Garut?", "Sabtu (3/12/2022) pukul 16.49 WIB"),
])
def test_a_fronted_place_stays_in_the_question_and_a_clock_time_in_the_answer(text, lang, question, answer):
    # (qa_minor: a when-question on the day of the week a thing was done is minor, review 79)
    assert qa_minor(text, lang).get(question) == answer, qa_minor(text, lang)


def test_who_said_a_figure_goes_in_front_and_one_of_several_lawyers_gets_no_who_question():
    text = ("Anna Berg, a lawyer for the shipping company, said the firm would appeal. "
            "The harbour master said about 40 ships had left the port before the storm.")
    found = qa(text, "en")
    assert found.get("According to the harbour master, how many ships had left the port?") == "about 40", found
    assert not any(q.startswith("Who is the lawyer") for q in found), found
    found = qa("Gubernur Jawa Timur mengatakan sekitar 300 rumah telah rusak akibat banjir itu.", "id")
    assert found.get("Menurut Gubernur Jawa Timur, berapa rumah telah rusak akibat banjir itu?") == \
        "sekitar 300 rumah", found


@pytest.mark.parametrize("text,lang,bad", [
    # an everyday abbreviation is no acronym to learn
    ("Para pemimpin bertemu dalam Konferensi Tingkat Tinggi (KTT) di Nusa Dua pada November 2022.", "id",
     "KTT?"),
    ("Rapat Kerja Nasional (Rakernas) partai itu digelar di Makassar pada Maret 2021.", "id", "Rakernas?"),
    # "this figure" points to the sentence before, even where the title names figures
    ("Ekspor naik 12 persen pada 2022. Angka ini melambat dibandingkan tahun sebelumnya yang mencapai "
     "20 persen.", "id", "Angka ini"),
    # the relative pronoun is the verb's object: "When did the army build?"
    ("The old bridge, which the army built in 1944, was destroyed by the flood.", "en", "When did the army build"),
])
def test_no_card_on_an_everyday_abbreviation_a_figure_pointing_back_or_an_object_relative(text, lang, bad):
    found = _qa_or_none(text, lang, title="Angka Ekspor Melambat")
    assert not any(bad in q for q in found), found


def test_case_names_names_with_figures_and_acronym_organisations_stay_whole():
    text = ("The court struck down Brown v. Board, a ruling from 1954, on Friday in a 6-3 decision. "
            "Artemis-2 was launched from the Kennedy Space Center in Florida on March 3, 2026.")
    found = qa(text, "en")
    assert found.get("When was Artemis-2 launched from the Kennedy Space Center in Florida?") == "March 3, 2026", found
    assert not any(c.question.startswith("Board") or c.context.startswith("Board") for c in cards_of(text, "en"))
    text = ("Jakarta (ANTARA) - Bank Indonesia (BI) menaikkan suku bunga acuan BI 7-Day Reverse Repo Rate "
            "(BI7DRR) sebesar 25 basis poin. Direktur Utama KAI Dwi Agus Santoso mengatakan kereta tetap berjalan.")
    found = qa(text, "id")
    assert found.get("Apa kepanjangan dari BI7DRR?") == "BI 7-Day Reverse Repo Rate", found
    assert found.get("Siapa Direktur Utama KAI?") == "Dwi Agus Santoso", found
    assert not any("ANTARA" in c.context for c in cards_of(text, "id"))


@pytest.mark.parametrize("text,lang,bad", [
    # "added" is the verb here, not a saying
    ("The jump in the stock added roughly $200 billion to Nvidia's market value on Thursday.", "en",
     "According to the jump"),
    # a clause opening on "jauh lebih" has no subject of its own
    ("Waktu tempuh dapat dipangkas menjadi sekitar 40 menit, jauh lebih singkat dibandingkan perjalanan "
     "dengan mobil yang bisa memakan waktu tiga jam.", "id", "Jauh lebih"),
    # "U.S." is written with full stops too
    ("U.S. President Joe Biden congratulated Lula on his victory in Brasilia on Sunday.", "en",
     "Who is the U.S. President"),
])
def test_no_question_from_a_verb_read_as_saying_a_subjectless_clause_or_a_famous_office(text, lang, bad):
    assert not any(q.startswith(bad) for q in _qa_or_none(text, lang)), _qa_or_none(text, lang)


def test_a_person_named_once_in_passing_gets_no_role_card_but_a_speaker_or_a_subject_does():
    text = ("Pemerintah resmi menaikkan harga gas elpiji nonsubsidi mulai Senin (4/3/2024). "
            "Presiden Joko Widodo mengumumkan kenaikan itu di Istana Merdeka, Jakarta, didampingi "
            "Menteri Perdagangan Zulkifli Hasan. "
            "Harga tabung 12 kilogram naik dari Rp 190.000 menjadi Rp 213.000. "
            "Menurut Jokowi, kenaikan itu tidak bisa dihindari karena harga gas dunia naik tajam. "
            "Direktur Utama PT Pertamina Nicke Widyawati mengatakan pasokan di seluruh daerah aman. "
            "Pertamina menyiapkan tambahan pasokan menjelang bulan Ramadhan. "
            "Warga di sejumlah daerah mengeluhkan kenaikan harga tersebut. "
            "Kepala BPOM Penny Lukito meminta agen tidak menimbun tabung gas. "
            "Agen yang terbukti menimbun akan dicabut izinnya. "
            "Pemerintah berjanji memantau harga di lapangan setiap pekan.")
    found = qa(text, "id")
    assert "Siapa Menteri Perdagangan?" not in found, found
    assert found.get("Siapa Direktur Utama PT Pertamina?") == "Nicke Widyawati", found
    assert found.get("Siapa Kepala BPOM?") == "Penny Lukito", found
    # ... but past half of a full article an official named once is a side detail, ranked
    # after the lead's officials. (Teachers of rounds 27-37 accepted 39% of such cards, and a
    # default deck left them out; in rounds 134-139 they accepted 24 of 24 judgements of
    # them, and a default deck keeps them, last.)
    default = [c.answer for c in briefing.extract(text, title="Berita", lang="id").cards]
    assert "Nicke Widyawati" in default and "Penny Lukito" in default, default
    assert default.index("Nicke Widyawati") < default.index("Penny Lukito"), default


def test_a_regional_office_takes_the_next_word_as_its_region():
    found = qa("Bupati Sumedang Dony Ahmad Munir meminta warga mewaspadai longsor susulan pada Selasa (10/1/2023). "
               "Gubernur Sulawesi Tenggara Ali Mazi meninjau lokasi banjir di Kendari.", "id")
    # (the lead's official is asked what he did rather than who holds the office: the
    # office is asked the other way)
    assert found.get("Apa jabatan Dony Ahmad Munir?") == "Bupati Sumedang", found
    assert found.get("Siapa Gubernur Sulawesi Tenggara?") == "Ali Mazi", found


def test_review_29_model_numbers_expansions_professions_sources_and_capitals():
    text = ("Jakarta, CNN Indonesia -- Satelit Republik Indonesia (SATRIA)-1 diluncurkan dengan roket Falcon 9 "
            "milik SpaceX dari Florida pada Senin (19/6/2023). Proyek itu dikerjakan melalui skema Kerja Sama "
            "Pemerintah dengan Badan Usaha (KPBU) senilai Rp 21 triliun. Satelit itu melayani 150.000 titik "
            "layanan publik, dan satelit kedua menyusul tahun depan.")
    found = qa(text, "id")
    assert found.get("Apa kepanjangan dari SATRIA?") == "Satelit Republik Indonesia", found
    assert found.get("Apa kepanjangan dari KPBU?") == "Kerja Sama Pemerintah dengan Badan Usaha", found
    assert not any(a.startswith("9") for a in found.values()), found
    text = ("Triet follows fellow French director Julia Ducournau, who won in 2021 with the film Titane. "
            "Officials said at least 41 workers had died in the blast at the mine.")
    found = qa(text, "en")
    assert "Who is the French director?" not in found, found
    assert found.get("According to officials, how many workers had died in the blast at the mine?") == \
        "at least 41", found
    found = qa("Founded in 2003 when Holmes was 19, Theranos attracted a board of prominent figures.", "en")
    assert not any(q.startswith("When was founded") for q in found), found
    found = qa("Rapat itu dihadiri anggota dewan dari delapan fraksi. Dewan Perwakilan Rakyat (DPR) resmi "
               "mengesahkan undang-undang penyiaran dalam rapat paripurna pada Selasa (18/1/2022).", "id")
    assert any(q.startswith("Kapan Dewan Perwakilan Rakyat") for q in found), found


def test_no_where_question_on_a_place_inside_a_relative_clause():
    text = ("Federasi sepak bola telah membentuk tim investigasi yang dijadwalkan tiba di Malang pada hari yang "
            "sama. Tim itu bekerja selama dua pekan.")
    assert not any(q.startswith("Di mana") for q in _qa_or_none(text, "id")), _qa_or_none(text, "id")


@pytest.mark.parametrize("text,question,answer", [
    # a race time is no clause boundary
    ("Kipchoge's previous best of 2:01:39 had stood since September 2018. In 2019, Kipchoge ran "
     "1:59:40 over the marathon distance in Vienna.",
     "Since when had Kipchoge's previous best of 2:01:39 stood?", "September 2018"),
    # a place may open on a function word
    ("New Zealand Prime Minister Jacinda Ardern said on Thursday she would step down in February. "
     "The new leader will be chosen by the party.", "Who is the New Zealand Prime Minister?", "Jacinda Ardern"),
    ("New Zealand adopted its proportional voting system in 1996 after a referendum.",
     "When did New Zealand adopt its proportional voting system?", "1996"),
    # ... a place of three words too (review 100: "When did new South Wales create the offence?")
    ("New South Wales created the offence of industrial manslaughter in September 2024, but it does not apply "
     "to earlier deaths.", "When did New South Wales create the offence of industrial manslaughter?",
     "September 2024"),
])
def test_a_race_time_is_no_clause_boundary_and_a_place_may_open_on_a_function_word(text, question, answer):
    found = qa_minor(text, "en")
    assert found.get(question) == answer, found


def test_a_place_of_three_words_opening_on_a_function_word_is_named_whole():
    # review 100: "New {{South Wales}}", the place cut after its first word (a stop word)
    text = ("A Sydney builder was fined on Thursday after the New South Wales District Court found it had failed to "
            "protect a worker. In all, 23 construction workers died in New South Wales in the 2023-24 financial "
            "year. New South Wales created the offence in September 2024.")
    named = [(m.kind, m.text) for m in _mentions(text, "en") if "Wales" in m.text]
    assert named == [("organisation", "New South Wales District Court"), ("place", "New South Wales"),
                     ("place", "New South Wales")], named


def test_no_verb_is_read_after_a_count():
    found = _qa_or_none("Two earlier attempts in late August and early September were called off because of fuel "
                        "leaks.", "en")
    assert not any(q.startswith("When does two") for q in found), found


def test_an_adverb_leaning_on_a_cut_clause_goes_with_it():
    # "shortly before midnight" is cut away whole: no "Who conceded defeat ... shortly?"
    got = qa("Scott Morrison conceded defeat to Anthony Albanese shortly before midnight and said he "
             "would step down as leader of the Liberal Party.", "en")
    assert got.get("Who conceded defeat to Anthony Albanese?") == "Scott Morrison", got
    assert not [q for q in got if q.endswith("shortly?")], got


def test_no_question_ends_on_a_word_that_needs_its_complement():
    # "menjadi mulai 1 Januari 2020": the date leaves "menjadi" without what it becomes
    got = qa("Pemerintah resmi mempercepat larangan ekspor bijih nikel menjadi mulai 1 Januari 2020, atau dua "
             "tahun lebih awal dari jadwal semula.", "id")
    assert not [q for q in got if re.search(r"\b(?:menjadi|sebagai|sebesar)\?$", q)], got


def test_a_word_of_ber_that_is_no_verb_makes_no_actor():
    # "Piala AFF berikutnya digelar ...": "berikutnya" (the next) is not what the cup did
    got = qa("Piala AFF berikutnya digelar di Thailand pada Desember 2026 setelah rapat federasi.", "id")
    assert not [q for q in got if "berikutnya" in q and q.startswith("Siapa")], got


def test_a_month_before_a_capitalised_name_is_a_first_name():
    got = qa("June Raine, the chief executive of the MHRA, told reporters on Wednesday that the agency "
             "had reviewed the data since October.", "en")
    assert got.get("Who is the chief executive of the MHRA?") == "June Raine", got
    # ... but not after a date's preposition or determiner
    cards = _cards_or_none("Last June Biden signed the act into law after months of talks with the Senate.", "en")
    assert not [c for c in cards if "June Biden" in c.answer], cards


def test_an_expansion_keeps_a_word_it_writes_in_lower_case():
    got = qa("The Medicines and Healthcare products Regulatory Agency (MHRA) gave emergency authorisation "
             "to the vaccine on Wednesday.", "en")
    assert got.get("What does MHRA stand for?") == "Medicines and Healthcare products Regulatory Agency", got


@pytest.mark.parametrize("text,bad", [
    # the sum names the thing: "How much James Webb Space Telescope rode ...?"
    ("The $10bn James Webb Space Telescope rode an Ariane 5 rocket from Europe's spaceport in Kourou "
     "on Christmas morning.", "How much James Webb"),
    # the subject stands outside the relative clause: "How many people did shook ...?"
    ("A powerful earthquake that shook Morocco's High Atlas Mountains late Friday killed more than 2,000 "
     "people, the Interior Ministry said Saturday.", "did shook"),
    ("Hassan Ait Belhaj, 52, who said four members of his extended family had died, spoke to reporters.",
     "had said"),
    # a participle's clause (round 104: "How many jobs would saying the project create ...?")
    ("The mayor of Zafra, Antonio Gil Pacheco, welcomed the decision, saying the project would create about "
     "1,500 jobs during construction.", "saying"),
    ("Floods hit the town on Friday, bringing the death toll to 45 people.", "bringing"),
    # the figure and its noun own the noun after them (round 104: "How many days must nurses give ' notice?")
    ("Nurses at 42 hospitals voted to strike. Under provincial law, nurses must give 10 days' notice before "
     "any walkout, the union said.", "'"),
    ("Nurses at 42 hospitals voted to strike. Under provincial law, nurses must give 10 days’ notice before "
     "any walkout, the union said.", "’"),
])
def test_no_how_many_question_on_a_figure_whose_clause_has_no_subject(text, bad):
    got = {q: a for q, a in qa_minor(text, "en").items() if q.startswith("How")}
    assert not [q for q in got if bad in q], got


def test_a_how_many_question_stops_before_the_next_figure_s_clause():
    got = qa("The ministry said in its latest toll that 2,012 people had died and 2,059 were injured, "
             "1,404 of them critically.", "en")
    assert got.get("How many people had died?") == "2,012", got


def test_an_organisation_between_a_title_and_a_name_the_article_writes_alone():
    text = ("Pendiri Tokopedia William Tanuwijaya dan CEO Gojek Kevin Aluwi tetap memimpin unit usaha. "
            "William Tanuwijaya mengatakan merger ini merupakan langkah penting bagi perusahaan. "
            "Tokopedia didirikan pada 2009 di Jakarta.")
    got = {c.question: c.answer for c in cards_of(text, "id", title="Gojek dan Tokopedia merger")}
    assert got.get("Siapa Pendiri Tokopedia?") == "William Tanuwijaya", got
    assert "Tokopedia William Tanuwijaya" not in got.values(), got


@pytest.mark.parametrize("text,bad", [
    ("Storm Daniel made landfall on Sunday, lashing the coastal towns of Benghazi and Sousse.", "Who made landfall"),
    ("Credit Suisse shares plunged 24% on Wednesday after its largest shareholder said it could not help.",
     "Who shares"),
])
def test_no_who_question_on_a_storm_or_on_a_name_that_qualifies_a_noun(text, bad):
    got = {c.question for c in _cards_or_none(text, "en")}
    assert not [q for q in got if q.startswith(bad)], got


def test_a_counted_noun_keeps_its_of_phrase():
    got = qa("Dbeibah declared three days of mourning and said a plane carrying medical supplies had been "
             "sent to Benghazi.", "en")
    assert [q for q in got if q.startswith("How many days of mourning did")], got
    assert not [q for q in got if "of mourning?" in q], got


def test_a_name_the_article_quotes_alone_is_not_cut_from_the_person():
    text = ("Putusan itu dibacakan Ketua Majelis Hakim Wahyu Iman Santoso dalam sidang di PN Jakarta Selatan, "
            "Senin (13/2/2023). \"Terdakwa terbukti bersalah melakukan pembunuhan berencana,\" kata Wahyu.")
    got = {c.question: c.answer for c in cards_of(text, "id", title="Sambo divonis mati")}
    assert got.get("Siapa Ketua Majelis Hakim?") == "Wahyu Iman Santoso", got
    # a panel named by its office ("Majelis Hakim") ends on it: the name after it has three words
    got = qa("\"Menjatuhkan pidana penjara selama dua tahun,\" kata Ketua Majelis Hakim Dwiarso Budi Santiarto "
             "saat membacakan amar putusan di Jakarta Selatan, Selasa, 9 Mei 2017.", "id")
    assert got.get("Siapa Ketua Majelis Hakim?") == "Dwiarso Budi Santiarto", got


def test_a_run_the_brackets_shorten_after_a_title_is_no_person():
    got = qa("Gubernur Daerah Istimewa Yogyakarta (DIY) Sri Sultan Hamengku Buwono X menyambut gembira "
             "keputusan UNESCO pada Senin.", "id")
    assert "Istimewa Yogyakarta" not in got.values() and "Daerah Istimewa Yogyakarta" not in \
        {a for q, a in got.items() if q.startswith("Siapa")}, got
    # (DIY, a province every reader knows, is spelled out: it has no acronym card of its own)
    assert got.get("Siapa Gubernur Daerah Istimewa Yogyakarta (DIY)?") == "Sri Sultan Hamengku Buwono X", got


def test_a_place_in_a_list_is_one_place_and_gets_no_where_question():
    text = ("Selain di Lombok Utara, korban jiwa juga tercatat di Lombok Barat, Lombok Timur, Lombok Tengah, "
            "dan Kota Mataram.")
    cards = _cards_or_none(text, "id")
    assert not [c for c in cards if c.question.startswith("Di mana")], cards
    assert not [c for c in cards if c.answer in {"Lombok", "Timur", "Lombok Barat, Lombok"}], cards


def test_no_how_many_question_on_a_clause_opening_on_its_verb_after_a_comma():
    got = qa("Sementara itu, nilai impor tercatat US$ 237,52 miliar, naik 21,07 persen secara tahunan.", "id")
    assert not [q for q in got if q.startswith("Naik berapa")], got


def test_a_question_naming_the_said_thing_the_title_does_not_name_is_left_out():
    text = ("UNESCO menetapkan Sumbu Filosofi Yogyakarta sebagai Warisan Dunia pada Senin (18/9/2023). "
            "Gubernur Daerah Istimewa Yogyakarta (DIY) Sri Sultan Hamengku Buwono X menyambut gembira "
            "keputusan tersebut.")
    got = {c.question for c in _cards_or_none(text, "id") if c.type != "cloze"}  # a gap shows its sentence
    assert not [q for q in got if "keputusan tersebut" in q], got


def test_an_unlisted_past_verb_is_not_inverted_around():
    got = qa("Opinion polls in 2022 showed Croatians roughly evenly split on the euro.", "en")
    assert not [q for q in got if "showed" in q and q.startswith(("When did", "When does"))], got


@pytest.mark.parametrize("text,question,answer", [
    ("Odisha's chief secretary Pradeep Jena said the death toll had risen to 288 by Saturday evening.",
     "Who is Odisha's chief secretary?", "Pradeep Jena"),
    # a name of two words and its possessive take no article either (review 100: "Who is the British
    # Rowing's chief executive?")
    ("British Rowing's chief executive, Mark Holloway, said the federation would cut two coaching posts.",
     "Who is British Rowing's chief executive?", "Mark Holloway"),
])
def test_a_possessive_before_a_lower_case_title_says_whose(text, question, answer):
    got = qa(text, "en")
    assert got.get(question) == answer, got


def test_a_constitutional_judge_is_a_title():
    text = ("\"Tata cara pembentukan UU Cipta Kerja tidak didasarkan pada cara yang pasti,\" ujar Hakim "
            "Konstitusi Suhartoyo membacakan pertimbangan di Jakarta, Kamis (25/11/2021).")
    assert not [c for c in cards_of(text, "id") if c.answer == "Konstitusi Suhartoyo"]


def test_a_term_defined_as_a_person_gets_no_what_is_question():
    text = ("Indonesia mengalahkan China 3-0 di final Piala Thomas. Penentu kemenangan adalah Jonatan Christie. "
            "Ia mengalahkan Li Shifeng dua gim langsung.")
    assert not [q for q in qa(text, "id") if q.startswith("Apa itu penentu")]


def test_maupun_joins_a_list_and_opens_no_question():
    got = qa("Masyarakat, pendaki, maupun wisatawan diminta tidak beraktivitas dalam radius 3 kilometer dari "
             "pusat erupsi Gunung Marapi.", "id")
    assert not [q for q in got if q.casefold().startswith("maupun")], got


@pytest.mark.parametrize("text,lang,bad", [
    # the place is the second verb's: "... first and arrived?"
    ("The signal reached the Livingston detector first and arrived at Hanford, some 3,000 km away, about "
     "7 milliseconds later.", "en", "and arrived?"),
    # a second predicate's auxiliary is not the clause's: "How much has the 1990s and invested ...?"
    ("The U.S. National Science Foundation (NSF) has funded LIGO since the 1990s and has invested about "
     "$1.1 billion in the project over roughly four decades.", "en", "1990s and"),
    # the date is the verb's object: "... menjadikan sebagai Hari Batik Nasional?"
    ("Pemerintah juga tengah mempertimbangkan untuk menjadikan tanggal 2 Oktober sebagai Hari Batik Nasional.",
     "id", "menjadikan sebagai"),
])
def test_no_question_losing_the_clause_its_answer_belongs_to(text, lang, bad):
    got = {c.question for c in _cards_or_none(text, lang) if c.type != "cloze"}
    assert not [q for q in got if bad in q], got


def test_a_name_and_its_year_after_a_title_are_an_event_not_a_person():
    text = ("Ketua Panitia Penyelenggara Asian Games 2018, Erick Thohir, menyebut keberhasilan ini sebagai hasil "
            "kerja bersama. Asian Games 2018 ditutup di Stadion Utama Gelora Bung Karno pada Minggu (2/9/2018).")
    assert not [c for c in _cards_or_none(text, "id") if c.answer == "Asian Games"]


def test_a_share_the_title_rounds_is_given_away_by_it():
    text = ("Presiden Joko Widodo mengatakan mayoritas saham sudah 51,2 persen dikuasai oleh Indonesia pada "
            "Jumat (21/12/2018). Inalum membayar US$ 3,85 miliar untuk saham tersebut.")
    cards = [c for c in cards_of(text, "id", title="Inalum Resmi Kuasai 51,23 Persen Saham Freeport")
             if c.answer.startswith("51,2")]
    assert cards and all("headline" in c.tags for c in cards), cards


def test_no_where_question_on_a_place_ending_a_relative_clause_on_the_object():
    # "memicu banjir ... di sungai-sungai yang berhulu di Merapi": Merapi is where the rivers rise
    text = ("Gunung Merapi kembali meletus pada Selasa (26/10/2010) sore. Petugas mengingatkan bahwa hujan di "
            "kawasan puncak berpotensi memicu banjir lahar dingin di sungai-sungai yang berhulu di Merapi, "
            "seperti Kali Gendol dan Kali Kuning.")
    got = [c.question for c in cards_of(text, "id", title="Merapi meletus lagi") if c.question.startswith("Di mana")]
    assert not got, got


def test_no_how_many_question_on_one_of_a_pair_of_figures():
    got = qa("Pada periode kedua, tarif naik menjadi 3 persen dan 6 persen, lalu pada periode ketiga menjadi "
             "5 persen dan 10 persen.", "id")
    assert not [q for q in got if "dan 6 persen" in q], got


def test_a_sentence_closing_a_quotation_defines_nothing():
    text = ("Ketua KPK Abraham Samad mengatakan penangkapan itu menyedihkan. MK adalah benteng terakhir penjaga "
            "konstitusi, dan sekarang pemimpinnya justru kami tangkap,\" ujarnya.")
    assert not [q for q in qa(text, "id") if q.startswith("Apa itu MK")]


@pytest.mark.parametrize("text,question", [
    # a joined clause with its own named subject is not the actor's
    ("France replied almost immediately. Captain Thierry Dusautoir finished a flowing move under the posts and "
     "François Trinh-Duc converted, leaving the French a point behind with more than half an hour to play. "
     "Dusautoir was later named the International Rugby Board's player of the year.",
     "Who finished a flowing move under the posts?"),
    # ... but a pair after "between" is one phrase
    ("Hayri Abaza argues the failure to distinguish between Islam and Islamism leads many in the West to "
     "support illiberal regimes.", "Who argues the failure to distinguish between Islam and Islamism leads many "
     "in the West to support illiberal regimes?"),
])
def test_who_did_question_keeps_its_own_clause(text, question):
    got = qa(text, "en")
    assert question in got, got


def test_a_title_word_shared_with_the_headline_does_not_make_an_answer_given():
    # "President Park" in the title does not give away "President Hwang"
    text = ("She was suspended from her duties in December, when lawmakers voted 234-56 to impeach her, and Prime "
            "Minister Hwang Kyo-ahn has been serving as acting president since. Acting President Hwang called for "
            "calm in a televised statement and urged the public to \"accept the court's decision.\"")
    cards = [c for c in cards_of(text, "en", title="South Korea's Constitutional Court removes President Park "
                                 "Geun-hye from office") if c.answer == "President Hwang"]
    assert cards and not [c for c in cards if "headline" in c.tags], cards


def test_an_everyday_indonesian_abbreviation_gets_no_card():
    text = ("Kemenangan itu bertepatan dengan peringatan Hari Ulang Tahun (HUT) ke-71 Kemerdekaan RI pada "
            "Rabu (17/8/2016) di Rio de Janeiro.")
    assert not [q for q in qa(text, "id") if "HUT" in q]


@pytest.mark.parametrize("text,lang,bad", [
    # the clause opens on a relative pronoun: its subject is outside it
    ("The ruling ZANU-PF party said former Vice President Emmerson Mnangagwa, whose dismissal by Mugabe on "
     "Nov. 6 triggered the crisis, would be sworn in as president within 48 hours.", "en", "When did whose"),
    # a span of time is no verb's subject
    ("Setelah 32 tahun memimpin Indonesia, Presiden Soeharto akhirnya menyatakan berhenti dari jabatannya, "
     "Kamis (21/5) pagi.", "id", "Berapa tahun memimpin"),
    # a count of things is no term to define
    ("Sebanyak 149 penumpang merupakan warga negara Indonesia, tiga warga Korea Selatan, serta masing-masing "
     "satu warga Singapura dan Malaysia.", "id", "Apa itu sebanyak"),
])
def test_no_question_whose_subject_is_missing_or_no_term(text, lang, bad):
    got = {c.question for c in _cards_or_none(text, lang) if c.type != "cloze"}
    assert not [q for q in got if q.startswith(bad)], got


def test_an_expansion_whose_parts_a_comma_joins():
    got = qa("Menurut Badan Meteorologi, Klimatologi dan Geofisika (BMKG), gempa terjadi pukul 17.16 WIB di laut "
             "barat daya Pariaman.", "id")
    assert got.get("Apa kepanjangan dari BMKG?") == "Badan Meteorologi, Klimatologi dan Geofisika", got


def test_a_share_written_in_words_is_asked_as_a_share_or_not_at_all():
    # "How many percent did ... fall?" is not English (the en pack has no quantity_percent template)
    text = ("Shares in Air France-KLM fell 3.1 percent on Tuesday after unions called a third week of strikes. "
            "Lufthansa and British Airways each lost around 2 per cent in Frankfurt and London trading.")
    got = qa(text, "en")
    assert not [q for q in got if re.match(r"How many (?:percent|per cent)", q)], got
    # ... while Indonesian asks for a share in its own words
    got = qa("Ekspor nonmigas Indonesia sepanjang 2022 naik 21,07 persen dibanding tahun sebelumnya.", "id")
    assert [q for q in got if "berapa persen" in q], got


@pytest.mark.parametrize("text,question,answer", [
    # the sentence's first word belongs to the title even when the article writes it in lower case
    ("Border Security Minister Bill Blair said Canadians should not take cannabis across the border.",
     "Who is the Border Security Minister?", "Bill Blair"),
    ("Public Safety Minister Ralph Goodale said pardons would be free. Adults may not smoke in public.",
     "Who is the Public Safety Minister?", "Ralph Goodale"),
    ("New Zealand Prime Minister Jacinda Ardern said gun laws would change within ten days of the attack.",
     "Who is the New Zealand Prime Minister?", "Jacinda Ardern"),
])
def test_a_title_opening_the_sentence_keeps_its_first_word(text, question, answer):
    assert qa(text, "en").get(question) == answer, qa(text, "en")


def test_a_row_of_results_still_names_its_people():
    # a sentence giving a further reading of one measure is a row of a table: no card asks for its
    # place or figure; but who placed second is a fact of a race report
    text = ("The Jamaican sprinter won the world championship final in 9.58 seconds on Sunday in Berlin, taking "
            "0.11 seconds off his own world record. Tyson Gay of the United States clocked 9.71 seconds for silver, "
            "an American record and the third-fastest time in history. Gay told reporters he had run his best.")
    got = cards_of(text, "en")
    assert "Tyson Gay" in {c.answer for c in got if c.sentence == 1}, [(c.question, c.answer) for c in got]
    assert not {"9.71", "United States"} & {c.answer for c in got if c.sentence == 1}


@pytest.mark.parametrize("title,text,answer", [
    ("Ahok Divonis 2 Tahun Penjara, Hakim Perintahkan Langsung Ditahan",
     "Majelis hakim Pengadilan Negeri Jakarta Utara menjatuhkan vonis dua tahun penjara kepada Basuki Tjahaja "
     "Purnama pada Selasa (9/5/2017).", "dua tahun"),
    ("Saham Bukalapak Langsung Melesat 24,7 Persen ke Level ARA",
     "Saham emiten e-commerce tersebut dibuka naik 210 poin atau 24,71 persen ke level Rp 1.060 pada Jumat "
     "(6/8/2021).", "24,71 persen"),
    ("Britain votes to leave the EU as Cameron announces he will step down",
     "Britain has voted to leave the European Union after 43 years of membership, a seismic decision "
     "announced on Friday morning.", "European Union"),
])
def test_the_title_gives_an_answer_it_writes_its_own_way(title, text, answer):
    cards = [c for c in cards_of(text, "id" if "Saham" in title or "Ahok" in title else "en", title=title)
             if c.answer == answer]
    assert cards and all("headline" in c.tags for c in cards), [(c.question, c.answer, c.tags) for c in cards]


def test_a_choice_never_offers_a_place_inside_the_answer():
    # "Sumatera Selatan" lies in "Sumatera" (which the pack knows as "Sumatra")
    text = ("Gerhana matahari total melintasi Indonesia pada Rabu (9/3/2016) pagi. Jalur totalitas membentang dari "
            "Sumatera hingga Maluku Utara dan melintasi 12 provinsi. Di Palembang, Sumatera Selatan, ribuan warga "
            "memadati Jembatan Ampera. Warga di Bengkulu dan Sulawesi Tengah juga menyaksikan gerhana itu.")
    # (the where-question is a minor card: "membentang" is no event; a big deck still has it)
    cards = every_card(text, "id")
    choice = [c for c in cards if c.type == "choice" and c.answer == "Sumatera"]
    assert choice, [(c.question, c.answer, c.choices) for c in cards]
    assert all("Sumatera Selatan" not in c.choices for c in choice), [c.choices for c in choice]


@pytest.mark.parametrize("text,lang,bad", [
    ("Apple shares jumped $7.10, or 8.3 percent, to close at $92.57 on the Nasdaq on Tuesday after the launch.",
     "en", "How much did Apple shares jump"),
    ("Saham BBCA naik Rp 500 atau 5 persen menjadi Rp 10.500 per lembar pada penutupan perdagangan Senin (3/1/2022).",
     "id", "Saham BBCA naik berapa atau"),
])
def test_a_sum_restated_as_a_share_is_not_asked_how_much(text, lang, bad):
    got = _qa_or_none(text, lang)
    assert not [q for q in got if q.casefold().startswith(bad.casefold())], got


def test_a_sum_takes_no_adverb_as_its_noun_and_a_time_in_two_units_is_one_measure():
    got = cards_of("Analis sebuah perusahaan sekuritas di Jakarta menilai harga IPO Rp 750 terlalu mahal bagi "
                   "investor ritel pada Rabu (28/4/2021).", "id")
    assert not [c for c in got if "terlalu" in c.answer], [(c.question, c.answer) for c in got]
    got = _qa_or_none("Andy Murray beat Novak Djokovic in the final on Sunday. The match lasted 3 hours, 9 minutes, "
                      "and was played in the hottest conditions of the fortnight.", "en")
    assert not [q for q in got if q.startswith("How many hours")], got


def test_an_acronym_closes_the_body_before_a_name_of_three_words():
    got = qa("Direktur RSU WZ Johannes Hein Mooy mengatakan pasien sudah dirawat sejak Senin (3/10/2005) "
             "di ruang isolasi.", "id")
    assert "Hein Mooy" not in got.values(), got


@pytest.mark.parametrize("text,lang,bad", [
    # an amount named elsewhere
    ("Reports said Elon Musk planned to lay off 75% of Twitter's staff. Elon Musk told staff on Wednesday he "
     "did not plan to cut that many, but has not said how many jobs will go.", "en", "Who told staff"),
    ("Pemerintah menyiapkan dana Rp 5 triliun untuk korban banjir. Menteri Keuangan Sri Mulyani Indrawati "
     "menyatakan belum pernah menyalurkan dana sebesar itu dalam waktu sepekan.", "id", "Siapa yang menyatakan"),
    # the day a running tally was counted, or the end of a span: teachers accepted none of 8
    ("Hingga pertengahan Agustus, WHO mencatat lebih dari 35.000 kasus di 92 negara, dengan sebagian besar kasus "
     "dilaporkan di Eropa dan Amerika.", "id", "Hingga kapan"),
    ("BMKG memperingatkan potensi hujan lebat masih akan terjadi di wilayah Jabodetabek hingga pekan depan, seiring "
     "puncak musim hujan yang diperkirakan berlangsung pada Februari.", "id", "Hingga kapan"),
    ("The player will be tied to the club until June 2026 under the new contract signed on Monday.", "en",
     "Until when"),
    # the clause was cut at an apposition: "How many tonnes ... did Diab say?"
    ("Prime Minister Hassan Diab said 2,750 tonnes of ammonium nitrate, a chemical used in fertilisers and "
     "explosives, had been stored in the warehouse for six years without safety measures.", "en", "How many tonnes"),
    # a figure after a preposition is no subject: "How many holes to win ...?"
    ("Woods started the final round two shots behind the leader, and it was the first time he had come from "
     "behind after 54 holes to win one of golf's four majors.", "en", "How many holes"),
    # the date set off before the reporting verb is when it was said
    ("Presiden Joko Widodo, saat ditemui di Istana Merdeka, Jakarta, Kamis (2/1/2020), mengatakan banjir dipicu "
     "berbagai faktor.", "id", "Kapan banjir"),
    # the object of the predicate is a pronoun: who is he?
    ("Weinstein showed little reaction as the verdict was read after five days of deliberations. Justice James "
     "Burke ordered him jailed immediately, rejecting a defense request that he remain free on bail until "
     "sentencing, which was set for March 11.", "en", "Who ordered him"),
    # the same time restated after "atau" is no part of the clause
    ("Peluncuran berlangsung pada Sabtu (18/6/2022) pukul 18.38 waktu setempat atau Minggu (19/6/2022) pukul "
     "04.38 WIB dari Guyana Prancis.", "id", "Kapan peluncuran berlangsung atau"),
    # a time named elsewhere
    ("Gunung Agung terakhir meletus pada 1963. Letusan besar kala itu menewaskan lebih dari 1.000 orang dan "
     "menghancurkan puluhan desa di Karangasem.", "id", "Letusan besar kala itu"),
    ("The volcano last erupted in 1963. The eruption at the time killed more than 1,000 people in nearby "
     "villages.", "en", "How many people did the eruption at the time"),
    # a clause cut after a comma opens on an adverb, then its verb: whose theory was set out?
    ("The image matches predictions made by Albert Einstein's theory of general relativity, first set out in "
     "1915, which describes how massive objects warp space and time.", "en", "When did first"),
    # reviews 41 to 43: broken questions
    # a bare sum as the subject: "Berapa berasal dari ...?" asks about nothing
    ("Hakim menyatakan Juliari menerima suap Rp 32,48 miliar dari para rekanan. Rinciannya, Rp 1,28 miliar "
     "berasal dari Harry Van Sidabukke, serta Rp 29,25 miliar dari sejumlah vendor lainnya.", "id", "Berapa berasal"),
    # the auxiliary of a relative clause is no main verb to invert around
    ("The two rivals had gone into the finale level on 369.5 points, the first time since 1974 that contenders "
     "had been tied before the last race.", "en", "Since when had the first time"),
    # "Maju" of "Kabinet Indonesia Maju" is a word of a name, not the verb of what was announced
    ("Presiden Joko Widodo mengumumkan susunan menteri Kabinet Indonesia Maju di Istana Merdeka, Jakarta, "
     "pada Rabu (23/10/2019). Jokowi memperkenalkan 34 menteri yang duduk berjajar di tangga istana.", "id",
     "Kapan susunan menteri"),
    # a second predicate keeps its tense: "When did Dylan grow up ... and moved ...?"
    ("Born in Duluth, Minnesota, in 1941, Dylan grew up in the mining town of Hibbing and moved to New York "
     "in 1961, where he became a central figure in the folk scene.", "en", "When did Dylan grow up"),
    # a "when" inside the clause: which when is asked?
    ("Pistorius became a global star in 2012 when he ran against able-bodied athletes at the London "
     "Olympics.", "en", "When did Pistorius"),
    # the first of a list of days: which one is asked?
    ("AlphaGo won the first three games, on March 9, 10 and 12, clinching the match with two games still "
     "to play. Lee won the fourth game.", "en", "When did"),
    # a participle after an indefinite noun is no verb to invert around
    ("Before meeting Lee, AlphaGo beat European champion Fan Hui 5-0 in October, a result published in the "
     "scientific journal Nature in January.", "en", "When did a result"),
    # a pronoun anywhere in a who-did question: who is he?
    ("Judge Alphons Orie read the verdict in The Hague. Orie ordered guards to remove him after the former "
     "general shouted at the bench.", "en", "Who ordered guards"),
    # a comparison opening the clause has no subject
    ("Ekonomi Indonesia tumbuh 5,01 persen pada kuartal I/2017. Sedikit lebih tinggi dibandingkan 4,94 "
     "persen pada kuartal IV/2016.", "id", "Sedikit lebih tinggi"),
    # a phrase opening the sentence is no subject whose measure a verbless clause states
    ("Berdasarkan hasil rekapitulasi dari 33 provinsi dan perwakilan luar negeri, pasangan nomor urut 2 itu "
     "memperoleh 73.874.562 suara atau 60,80 persen dari total suara sah.", "id", "Berapa berdasarkan"),
])
def test_no_question_broken_or_leaning_on_what_its_clause_does_not_name(text, lang, bad):
    got = _qa_or_none(text, lang)
    assert not [q for q in got if q.startswith(bad)], got


@pytest.mark.parametrize("lang,text,deed,role", [
    ("en", "British Prime Minister Liz Truss resigned on Thursday after six weeks in office. "
           "Her successor will be chosen by the Conservative Party within a week. "
           "Finance Minister Jeremy Hunt said the government would publish its budget plan on Monday.",
     "Who resigned on Thursday?", "Who is the British Prime Minister?"),
    ("id", "Gubernur Jawa Tengah Ganjar Pranowo memberhentikan Kepala Dinas Pendidikan karena kasus "
           "pungutan liar di sekolah negeri. Kepala dinas itu telah menjabat sejak 2019. "
           "Ketua DPRD Jawa Tengah Bambang Kusriyanto mengatakan keputusan itu sudah tepat.",
     "Siapa yang memberhentikan Kepala Dinas Pendidikan?", "Siapa Gubernur Jawa Tengah?"),
])
def test_the_lead_asks_who_did_the_deed_rather_than_who_holds_the_office(lang, text, deed, role):
    # the lead's official did the news: the deed is asked, the office (general knowledge, and
    # perhaps changed by the news) is not asked of the same person as well ...
    cards = briefing.extract(text, title="Berita", lang=lang).cards
    questions = {c.question: c.answer for c in cards}
    assert deed in questions, questions
    assert role not in questions, questions
    # ... while further on, and for what someone said, the office is still the question
    assert any(c.family == "role" and c.sentence > 0 for c in cards_of(text, lang)), questions


def test_review_41_party_and_company_words_stay_with_the_role():
    # a word the article writes after an organisation's head word elsewhere is that body
    found = qa("Ketua Umum Partai Gerindra Prabowo Subianto ditunjuk sebagai Menteri Pertahanan. "
               "Selain Prabowo, Wakil Ketua Umum Gerindra Edhy Prabowo ditunjuk sebagai Menteri Kelautan "
               "dan Perikanan.", "id")
    assert found.get("Siapa Wakil Ketua Umum Gerindra?") == "Edhy Prabowo", found
    assert "Gerindra Edhy Prabowo" not in found.values(), found
    # a founder's company comes between the title and the founder
    found = qa("Pendiri Gojek Nadiem Makarim ditunjuk sebagai Menteri Pendidikan dan Kebudayaan. "
               "Ia berjanji memperbaiki mutu sekolah di seluruh Indonesia.", "id")
    assert found.get("Siapa Pendiri Gojek?") == "Nadiem Makarim", found


def test_review_41_a_relative_closed_by_its_demonstrative_keeps_its_relative_pronoun():
    got = qa_minor("Mantan Menteri Sosial Juliari Peter Batubara divonis 12 tahun penjara. "
                   "Juliari yang juga politikus PDI Perjuangan itu menyerahkan diri ke KPK pada Minggu (6/12/2020) "
                   "dini hari, tak lama setelah ditetapkan sebagai tersangka.", "id")  # (minor since review 79)
    assert got.get("Kapan Juliari yang juga politikus PDI Perjuangan itu menyerahkan diri ke KPK?") == \
        "Minggu (6/12/2020) dini hari", got


def test_review_41_guessable_answers_only_in_a_deck_asked_to_be_bigger():
    # "Presiden ___" in Indonesian news is the country's president: everyone fills it
    text = ("Bank Syariah Indonesia resmi beroperasi pada Senin (1/2/2021) setelah tiga bank syariah milik negara "
            "bergabung. Peresmian bank hasil merger tersebut dilakukan langsung oleh Presiden Joko Widodo di "
            "Istana Negara, Jakarta. Bank itu memiliki aset sekitar Rp 240 triliun.")
    gaps = [c for c in every_card(text, "id")
            if c.type == "cloze" and c.answer == "Joko Widodo"]
    assert gaps and all("minor" in c.tags for c in gaps), [(c.question, c.tags) for c in gaps]
    # past the lead, who did it is the man the title names: guessed, not learnt
    text = ("Conspiracy theorist Alex Jones must pay nearly $1 billion to families of victims of the Sandy Hook "
            "shooting, a Connecticut jury decided on Wednesday. The six-member jury awarded $965 million in "
            "compensatory damages to 15 plaintiffs. Jones testified last month in a combative appearance that "
            "angered the families. Judge Barbara Bellis will decide later on any punitive damages.")
    title = "Jury orders Alex Jones to pay $965 million to Sandy Hook families"
    deck = briefing.extract(text, title=title, lang="en").cards
    assert not [c for c in deck if c.family == "actor" and c.answer == "Alex Jones" and c.sentence > 0], [c.question for c in deck]
    bigger = every_card(text, "en", title)
    assert all("minor" in c.tags for c in bigger if c.family == "actor" and c.answer == "Alex Jones" and
                   c.sentence > 0)  # (in the lead, who did the news is the news)


def test_review_42_a_speaker_named_by_office_is_the_person_after_the_comma():
    text = ('Grab mengumumkan akuisisi bisnis Uber di Asia Tenggara pada Senin (26/3/2018). '
            '"Akuisisi yang diumumkan hari ini menandai dimulainya era baru," kata Group CEO dan salah satu '
            'pendiri Grab, Anthony Tan, dalam keterangan resminya.')
    said = {c.answer for c in every_card(text, "id") if c.family == "said"}
    assert said == {"Anthony Tan"}, said


def test_review_42_all_of_a_figure_is_left_behind_when_it_is_asked():
    got = qa("Sidang Istimewa MPR digelar di Jakarta pada Senin (23/7). Seluruh 591 anggota MPR yang hadir "
             "menyetujui Ketetapan MPR tentang Pertanggungjawaban Presiden.", "id")
    assert got.get("Berapa anggota MPR yang hadir menyetujui Ketetapan MPR tentang Pertanggungjawaban "
                   "Presiden?") == "591 anggota", got


def test_review_42_a_news_definition_of_a_name_is_minor_and_of_a_term_is_not():
    # "Who is Raducanu? the first British woman to win ...": in a full article a name has more
    # than the one description its sentence gives; "What is microcephaly?" is a term's meaning
    from briefing.lang import load_pack
    from briefing.models import Fact, Mention, Sentence
    from briefing.pipeline.cards import make_cards

    texts = ["Raducanu is the first British woman to win a Grand Slam singles title since 1977.",
             "Microcephaly is a condition in which babies are born with abnormally small heads."]
    texts += [f"The crowd cheered as the match went on in the set number {i}." for i in range(10)]
    sentences = [Sentence(i, 0, len(t), t) for i, t in enumerate(texts)]
    mentions = [Mention("person", 0, 0, 8, "Raducanu", "Raducanu")]
    facts = [Fact("define", 0, texts[0][12:-1], "definition",
                  (("term", "Raducanu"), ("copula", "is"), ("template", "define_person")), 0.8, 12, len(texts[0]) - 1),
             Fact("define", 1, texts[1][16:-1], "definition",
                  (("term", "microcephaly"), ("copula", "is"), ("template", "define")), 0.8, 16, len(texts[1]) - 1)]
    pack = load_pack("en")
    tags = {c.question: c.tags for c in make_cards(facts, sentences, mentions, pack, "k", {})}
    assert "minor" in tags["Who is Raducanu?"] and "minor" not in tags["What is microcephaly?"], tags
    # a short passage's "William Farel was a student of Lefevre who ...": the passage is about him
    short = make_cards(facts, sentences[:2], mentions, pack, "k", {})
    assert not any("minor" in c.tags for c in short)


def test_review_43_the_day_a_tally_was_counted_is_a_minor_gap_and_known_or_bracketed_bodies():
    text = ("Kapal Motor (KM) Sinar Bangun tenggelam di Danau Toba pada Senin (18/6/2018) sore. Hingga Kamis "
            "(21/6/2018), sebanyak 164 orang dinyatakan masih hilang, 3 orang meninggal dunia, dan 18 orang "
            "selamat. Ketua Umum Pengurus Besar Ikatan Pencak Silat Indonesia (PB IPSI) Prabowo Subianto "
            "menyambut baik keputusan tersebut.")
    cards = every_card(text, "id", max_cards=60)
    tally = [c for c in cards if c.type == "cloze" and c.answer == "Kamis (21/6/2018)"]
    assert all("minor" in c.tags for c in tally), [(c.question, c.tags) for c in tally]
    assert not [c for c in cards if c.family == "acronym" and "KM" in c.question]  # every reader knows it
    # the brackets shorten the body after the title ("PB IPSI"), which is no person
    assert "Pengurus Besar Ikatan Pencak Silat Indonesia" not in {c.answer for c in cards if c.family == "role"}


def test_review_43_ratings_longer_names_and_the_rest_of_a_share():
    text = ("Pada tahun lalu, S&P menahan peringkat Indonesia di level BB+ karena target pajak terlalu tinggi. "
            "Penetapan itu dilakukan dalam Sidang ke-14 Komite Antar-Pemerintah di Bogota, Kolombia.")
    gaps = {c.answer for c in cards_of(text, "id") if c.type == "cloze"}
    assert "BB" not in gaps and "Sidang" not in gaps, gaps  # a rating cut short; one word of a name
    # the share the title leaves over is given away by it: the card shows no topic line
    text = ("Pasangan Anies Baswedan-Sandiaga Uno memperoleh 3.240.987 suara atau 57,96 persen. Pasangan "
            "petahana Basuki Tjahaja Purnama dan Djarot Saiful Hidayat memperoleh 2.350.366 suara atau 42,04 persen.")
    title = "Rekapitulasi KPU DKI: Anies-Sandi Menang dengan 57,96 Persen Suara"
    rest = [c for c in every_card(text, "id", title, 30) if c.answer == "42,04 persen"]
    assert rest and all("headline" in c.tags for c in rest), [(c.question, c.tags) for c in rest]
    # ... and a score's figure is no answer's: "$1 million" under "... 4-1 ..."
    text = ("AlphaGo beat Lee Sedol 4-1 in Seoul on Tuesday. The winner of the best-of-five match was to "
            "receive $1 million, which Google said it would give to charity.")
    prize = [c for c in every_card(text, "en", "AlphaGo beats Lee Sedol 4-1", 30)
             if "1 million" in c.answer]
    assert prize and not any("headline" in c.tags for c in prize), [(c.answer, c.tags) for c in prize]


def test_review_43_a_grade_keeps_its_sign_and_a_change_is_asked_by_what_it_became():
    text = ("Lembaga pemeringkat Standard & Poor's (S&P) akhirnya menaikkan peringkat utang jangka panjang "
            "Indonesia dari BB+ menjadi BBB- pada Jumat (19/5/2017). Fitch Ratings telah lebih dulu "
            "memberikan peringkat BBB- pada Desember 2011.")
    cards = cards_of(text, "id")
    gaps = {c.answer for c in cards if c.type == "cloze"}
    assert "BB+" not in gaps and "BB" not in gaps, gaps  # what it was before the change
    assert "BBB-" in gaps, gaps
    assert any(c.question == "Kapan Fitch Ratings telah lebih dulu memberikan peringkat BBB-?" for c in cards), \
        [c.question for c in cards]


def test_a_bigger_deck_gets_a_gap_on_what_the_title_says_the_story_is_about():
    # teachers missed the story's central fact in most decks of rounds 40-43; when it is a
    # common noun the title and the lead share ("genocide", "tradisi pencak silat"), no name,
    # date or figure rule asks it
    text = ("Former Bosnian Serb military commander Ratko Mladic was convicted on Wednesday and sentenced to life "
            "imprisonment by a United Nations tribunal, more than two decades after the war in Bosnia. "
            "Judges found Mladic, 74, guilty on 10 of the 11 counts against him, including genocide over the "
            "1995 massacre of some 8,000 Muslim men and boys in Srebrenica. "
            "Mladic was removed from the courtroom after shouting at the judges. "
            "Survivors of the massacre wept in the public gallery as the verdict was read. "
            "The genocide verdict was welcomed by the families of victims. "
            "Prosecutors said the genocide charge was the heart of the case. "
            "His lawyers said they would appeal against the judgment. "
            "The tribunal is due to close at the end of the year after hearing its last cases. "
            "Mladic spent years in hiding before his arrest in a village in northern Serbia. "
            "He was sent to The Hague days after his arrest. "
            "The trial lasted more than four years and heard hundreds of witnesses.")
    title = "Mladic convicted of genocide, sentenced to life by UN court"
    cards = every_card(text, "en", title, 60)
    gaps = [c for c in cards if c.type == "cloze" and c.answer == "genocide"]
    assert gaps and all({"headline", "subject", "minor"} <= set(c.tags) for c in gaps), [(c.question, c.tags) for c in cards]
    # minor: teachers accepted 38% of such gaps (a generic noun of the lead, "NASA's new
    # {{moon rocket}}", as often as the verdict): a default deck has none
    assert not [c for c in briefing.extract(text, title=title, lang="en").cards if "subject" in c.tags]
    text = ("UNESCO resmi menetapkan tradisi pencak silat dari Indonesia ke dalam Daftar Representatif Warisan "
            "Budaya Takbenda Kemanusiaan pada Kamis (12/12/2019). Penetapan itu dilakukan dalam sidang komite "
            "di Bogota, Kolombia.")
    title = "UNESCO Tetapkan Tradisi Pencak Silat sebagai Warisan Budaya Takbenda Dunia"
    terms = {c.answer for c in every_card(text, "id", title, 30) if "subject" in c.tags}
    assert terms == {"tradisi pencak silat"}, terms
    # a short or passing word of the title is no subject ("resmi"), nor a phrase cut short
    text = ("Skema set-piece brilian dan gol bunuh diri mengantar Inter Milan menang dramatis di markas Hellas "
            "Verona. Inter resmi memimpin klasemen sementara Serie A setelah laga itu.")
    title = "Gol Bunuh Diri Antar Inter Resmi Pimpin Klasemen"
    terms = {c.answer for c in every_card(text, "id", title, 30) if "subject" in c.tags}
    assert not terms & {"resmi", "gol bunuh"}, terms


def test_a_clause_of_words_joined_by_symbols_makes_no_error():
    # found by the property tests: "0:0¿0" is three words to \w and one to str.split
    text = ("Joko Widodo, Presiden Badan Pusat Statistik (BPS), mengatakan bahwa proyek itu akan selesai\n\n"
            "Presiden Joko Widodo bertemu warga di Jakarta pada 1 Januari 1900. 0:0¿0 Sejak 1900, sebanyak 0 "
            "orang telah tewas (menurut laporan). ")
    assert briefing.extract(text, title="Berita", lang="id").cards


def test_review_44_a_body_written_alone_elsewhere_and_a_middle_initial_after_it():
    text = ("Sri Mulyani Indrawati ditunjuk sebagai Direktur Pelaksana Bank Dunia. Penunjukan itu diumumkan "
            "Presiden Bank Dunia Robert B. Zoellick di Washington DC pada Selasa (4/5/2010). Zoellick menilai "
            "Sri Mulyani sebagai salah satu menteri keuangan terbaik, seperti dikutip dari siaran pers Bank Dunia.")
    found = qa(text, "id")
    assert found.get("Siapa Presiden Bank Dunia?") == "Robert B. Zoellick", found


def test_review_45_an_acronym_of_syllables_keeps_the_whole_name():
    text = ("The rocket carried the MTG-S2 satellite for the European Organisation for the Exploitation of "
            "Meteorological Satellites (EUMETSAT) into orbit on Friday.")
    found = qa(text, "en")
    assert found.get("What does EUMETSAT stand for?") == \
        "European Organisation for the Exploitation of Meteorological Satellites", found


@pytest.mark.parametrize("text,question", [
    # a phrase naming the event before which the figure held, and a place set off by "misalnya"
    ("Harga tiket masuk museum kini Rp 15.000 untuk pengunjung dewasa. Sebelum renovasi, tiket dewasa "
     "dijual Rp 5.000.", "Sebelum renovasi, tiket dewasa dijual berapa?"),
    ("Harga BBM di setiap daerah bisa berbeda. Di Provinsi Aceh, misalnya, harga Pertamax ditetapkan "
     "Rp 12.750 per liter.", "Di Provinsi Aceh, harga Pertamax ditetapkan berapa per liter?"),
])
def test_review_45_a_question_keeps_the_phrase_that_narrows_its_figure(text, question):
    found = qa(text, "id")
    assert question in found, found


def test_review_45_no_question_on_an_unnamed_we_nor_one_whose_answer_it_names():
    text = ('"Luas panen pada musim ini kami perkirakan sekitar 880 ribu hektare, lebih luas dibanding tahun '
            'lalu yang sekitar 830 ribu hektare," kata Kepala Dinas Pertanian Jawa Timur Heru Santoso.')
    assert not [q for q in qa(text, "id") if " kami " in f" {q} "], qa(text, "id")
    text = ("Shell Indonesia menurunkan harga Shell Super menjadi Rp 12.840 per liter pada Minggu (1/12), "
            "sementara BP-AKR menjual BP 92 seharga Rp 12.800 per liter.")
    assert not [(q, a) for q, a in qa(text, "id").items() if a == "Shell Indonesia"], qa(text, "id")


def test_review_45_a_date_of_something_that_also_happened_is_not_asked():
    # Indonesia won in 2024 too: "Kapan Indonesia juga menjadi juara?" has two answers
    text = ("Indonesia adalah juara bertahan setelah menang pada 2024. Sebelumnya, Indonesia juga menjadi "
            "juara pada 2013 di Sidoarjo.")
    assert not [q for q in qa(text, "id") if q.startswith("Kapan")], qa(text, "id")


def test_review_45_a_time_phrase_after_a_date_preposition_stays_in_its_clause():
    text = ("Pemerintah Kabupaten Sikka menetapkan status KLB demam berdarah setelah jumlah kasus sejak awal "
            "tahun mencapai 1.126 kasus dengan 14 orang meninggal dunia.")
    found = qa(text, "id")
    assert "Jumlah kasus sejak awal tahun mencapai berapa kasus dengan 14 orang meninggal dunia?" in found, found
    assert not [q for q in found if q.startswith("Awal tahun")], found


def test_review_45_a_rate_after_at_is_no_clock_time_and_wire_credits_are_no_sentence():
    text = ("The Central Bank of Kenya kept its benchmark lending rate unchanged at 9.75 percent on Tuesday, "
            "saying inflation had eased for a fourth straight month.\n\n"
            "The bank last changed its rate in March 2024.\n\n"
            "(Reporting by Wanjiru Kimani; Editing by Tom Ashworth)")
    cards = every_card(text, "en", "Kenya holds rates", 40)
    assert "9.75" in {c.answer for c in cards}, [c.answer for c in cards]
    assert not [c for c in cards if "Reporting by" in c.context], [c.context for c in cards]
    # ... but "pukul 14.30" before a noun of the pack's units is still a clock time
    text = ("Kemarin sekitar pukul 14.30 pesawat Mandala Airlines rute Jakarta-Jambi terpaksa kembali ke "
            "Bandara Soekarno-Hatta di Tangerang.")
    cards = every_card(text, "id", "Pesawat kembali", 40)
    assert "14.30" not in {c.answer for c in cards}, [c.answer for c in cards]


def test_review_45_no_gap_in_a_case_number_and_a_noun_of_two_words_stays_whole():
    text = ("Putusan dengan nomor perkara 1875 K/Pdt/2025 itu diketok oleh majelis hakim yang diketuai hakim "
            "agung Hendra Wijaya pada Kamis (16/10).")
    assert "1875" not in gaps_of(text, "id"), gaps_of(text, "id")
    text = "Pihak rumah sakit telah menambah 40 tempat tidur di ruang perawatan sementara."
    assert "40 tempat tidur" in qa(text, "id").values(), qa(text, "id")


def test_review_45_the_news_figure_not_the_one_it_is_compared_with_nor_the_whole():
    text = ("The 7km branch line is now expected to cost £412m, up from an estimate of £285m in 2022, "
            "the Welsh government said on Wednesday.")
    gaps = gaps_of(text, "en")
    assert "£412m" in gaps and "£285m" not in gaps, gaps
    assert "£285m" not in qa(text, "en").values(), qa(text, "en")
    text = ("The National Elections Commission said the PAICV took 38 of the 72 seats in the National "
            "Assembly, enough for an outright majority.")
    gaps = gaps_of(text, "en")
    assert "38" in gaps and "72" not in gaps, gaps


@pytest.mark.parametrize("text", [
    "Eight of the 11 analysts polled by Reuters expected the hold. The other three had forecast a cut of 25 "
    "basis points.",
    "At least 34 container ships were waiting at anchor by Monday afternoon. Another 20 vessels were expected "
    "to arrive before the strike ends on Wednesday morning.",
])
def test_review_45_no_gap_in_a_sentence_set_against_the_one_before(text):
    # "the other three", "another 20": the sentence leans on the one before it
    second = text.split(". ", 1)[1]
    assert not [c for c in cards_of(text, "en") if c.type == "cloze" and c.context == second], cards_of(text, "en")


def test_review_46_an_expansion_across_a_possessive_and_no_when_question_on_a_relative_clause():
    text = ("The society has reported the attack to the Information Commissioner's Office (ICO), the UK's data "
            "watchdog, on Tuesday.")
    assert "Information Commissioner's Office" in qa(text, "en").values(), qa(text, "en")
    text = ("The worst damage was found in shallow water less than 10 meters deep, where sea temperatures "
            "stayed above 30 C for several weeks in early 2024.")
    assert not [q for q in qa(text, "en") if "where" in q.split()[1:3]], qa(text, "en")


@pytest.mark.parametrize("text,lang,bad", [
    # a compass word ends the place, and "General" before "Hospital" is no army rank
    ("Direktur RSUD Balikpapan Barat dr. Ratna Wulandari mengatakan rumah sakit itu siap melayani pasien.",
     "id", "Barat"),
    ("Three of the survivors were in a serious condition at Nchanga North General Hospital, a hospital "
     "spokeswoman said on Tuesday.", "en", "Hospital"),
])
def test_review_46_a_word_of_a_place_or_a_body_is_no_person(text, lang, bad):
    assert bad not in {c.answer for c in cards_of(text, lang)}, cards_of(text, lang)


def test_review_46_no_when_question_on_one_of_two_dates():
    text = ("Musim hujan di Kupang diperkirakan baru dimulai akhir November atau awal Desember 2025, kata "
            "kepala stasiun klimatologi setempat.")
    assert not [q for q in qa(text, "id") if "kapan" in q.casefold()], qa(text, "id")


def test_review_46_the_title_gives_a_figure_it_rounds_or_writes_in_figures():
    from briefing.export.anki import topic

    text = ("Pemerintah Provinsi Jawa Tengah menetapkan upah minimum provinsi (UMP) 2026 sebesar Rp 2.303.849, "
            "naik 6,2 persen dibandingkan tahun ini. Keputusan itu diumumkan di Semarang pada Jumat (21/11).")
    ex = briefing.extract(text, title="UMP Jawa Tengah 2026 Naik 6,2 Persen Jadi Rp 2,3 Juta", lang="id", max_cards=20)
    card = next(c for c in ex.cards if c.answer == "Rp 2.303.849")
    assert "headline" in card.tags
    assert topic(card, ex) == "UMP Jawa Tengah 2026 Naik 6,2 Persen Jadi …"
    text = ("Majelis hakim menjatuhkan vonis tujuh tahun penjara kepada mantan Kepala Dinas Perumahan Garut "
            "Dedi Kurniawan di Bandung pada Kamis (16/10).")
    ex = briefing.extract(text, title="Mantan Kadis Perumahan Garut Divonis 7 Tahun Penjara", lang="id", max_cards=20)
    card = next(c for c in ex.cards if c.answer == "tujuh tahun")
    assert topic(card, ex) == "Mantan Kadis Perumahan Garut Divonis … Penjara"
    # a figure with a multiplier word, rounded in the title to a whole one (review 100)
    text = ("PT Kereta Api Indonesia Daop 8 Surabaya menyiapkan sekitar 1,02 juta tempat duduk selama masa angkutan "
            "Natal dan Tahun Baru. Sebanyak 12 kereta tambahan dioperasikan.")
    ex = briefing.extract(text, title="KAI Tambah 12 Kereta untuk Libur Nataru, 1 Juta Tiket Disiapkan", lang="id",
                          max_cards=20)
    card = next(c for c in ex.cards if c.answer == "sekitar 1,02 juta")
    assert "headline" in card.tags
    assert topic(card, ex) == "KAI Tambah 12 Kereta untuk Libur Nataru, … Juta Tiket Disiapkan"


@pytest.mark.parametrize("title,answer,shown", [
    # a round figure in full stands for the text's figure rounded (review 82: "92.400 orang"
    # under "... Tembus 92.000 Orang" gave the answer away)
    ("Pengunjung Pekan Raya Tembus 45.000 Orang", "45.300 orang", "Pengunjung Pekan Raya Tembus … Orang"),
    # not a figure 5% or more away: "1.000" is not "1.300"
    ("Pengunjung Pekan Raya Tembus 1.000 Orang", "1.300 orang", None),
])
def test_the_title_gives_a_figure_it_writes_round_in_full(title, answer, shown):
    from briefing.export.anki import topic

    text = (f"Panitia mencatat jumlah pengunjung pekan raya di Semarang mencapai {answer} selama sepekan. "
            "Ketua panitia Dedi Kurniawan mengatakan pameran akan kembali digelar pada Juni 2026.")
    ex = briefing.extract(text, title=title, lang="id", max_cards=20)
    card = next(c for c in ex.cards if c.answer == answer)
    assert ("headline" in card.tags) is (shown is not None)
    assert topic(card, ex) == (shown or title)


def test_review_46_a_verb_after_a_figure_is_no_noun_it_counts():
    text = ("Skenarionya, gempa bermagnitudo 8,9 terjadi di zona megathrust Mentawai, sekitar 70 kilometer "
            "barat daya Padang, pada kedalaman 15 kilometer.")
    assert not [a for a in qa(text, "id").values() if "terjadi" in a], qa(text, "id")
    # ... but a noun that looks like a passive verb is still counted
    text = "Museum Agung Mesir di Giza menyimpan sekitar 100.000 artefak dari 30 dinasti firaun."
    assert "30" in qa(text, "id").values(), qa(text, "id")  # ("dinasti firaun": the noun goes on)


def test_review_46_no_gap_on_an_abbreviation():
    text = ("Pemerintah Kota Balikpapan meresmikan Rumah Sakit Umum Daerah (RSUD) Balikpapan Barat di Jl. Letjen "
            "Soeprapto, Kamis (16/1), untuk mengurangi antrean pasien.")
    assert "Jl" not in {c.answer for c in every_card(text, "id", "RSUD baru", 40)}


@pytest.mark.parametrize("text,lang,question", [
    # a region set off by commas after a name is an apposition: the subject stays
    ("Harga biji kopi arabika Gayo di tingkat petani di Kabupaten Aceh Tengah, Aceh, terus melonjak dan kini "
     "menembus Rp 150.000 per kilogram untuk kopi beras.", "id",
     "Harga biji kopi arabika Gayo di tingkat petani di Kabupaten Aceh Tengah, Aceh, terus melonjak dan kini "
     "menembus berapa per kilogram untuk kopi beras?"),
    # "starting on Monday" is a time phrase, not part of the noun
    ("The ferry sank on Sunday near Kome Island. The president's office declared three days of national "
     "mourning starting on Monday.", "en",
     "How many days of national mourning did the president's office declare starting on Monday?"),
    ("Under the new law, the retirement age will rise by three months every year starting in January 2027, "
     "reaching 67 in 2034.", "en", "When will the retirement age rise by three months every year?"),
])
def test_review_47_questions_keep_their_subject_and_drop_a_whole_time_phrase(text, lang, question):
    assert question in qa(text, lang), qa(text, lang)


@pytest.mark.parametrize("text,lang,bad", [
    # the figure compared with, far after the comparison word
    ("Harga kopi arabika naik sekitar 50 persen dibandingkan awal tahun yang masih berkisar Rp 100.000 per "
     "kilogram.", "id", "Rp 100.000"),
    # a multiple is not how often
    ("A typical first-time buyer now pays about 5.1 times their annual income for a home, the lender said.",
     "en", "about 5.1"),
    # "Masing-masing ..." leans on the sentence before
    ("PT LRT Bandung Raya mengoperasikan delapan rangkaian kereta. Masing-masing terdiri atas tiga gerbong "
     "dengan kapasitas sekitar 600 penumpang per rangkaian.", "id", "sekitar 600 penumpang"),
])
def test_review_47_no_question_on_a_figure_compared_with_a_multiple_or_each(text, lang, bad):
    assert bad not in qa(text, lang).values(), qa(text, lang)


def test_review_47_a_numbered_label_after_a_locative_is_no_place():
    found = {(m.kind, m.text) for m in _mentions(
        "PVMBG menaikkan status Gunung Semeru dari Level III (Siaga) menjadi Level IV (Awas) pada Rabu.", "id")}
    assert ("place", "Level III") not in found, found


def test_review_47_a_day_set_off_by_commas_is_no_region_apposition():
    text = ("Direktur Utama Perumda Air Minum Tirta Lontar Marthen Tallo di Kupang, Selasa, mengatakan debit total "
            "dari delapan mata air dan sumur bor yang dikelola perusahaan turun dari 190 liter per detik pada April "
            "menjadi 112 liter per detik saat ini.")
    assert not [q for q in qa(text, "id") if "Selasa, mengatakan" in q], qa(text, "id")


@pytest.mark.parametrize("text,short,expansion", [
    # a short form of syllables spells the end of the run, not the words citing it
    ("Berdasarkan Panel Harga Badan Pangan Nasional (Bapanas), harga telur naik menjadi Rp 31.000 per kilogram.",
     "Bapanas", "Badan Pangan Nasional"),
    # ... and the last end opening on an organisation's head, not the unit of an office
    ("Deputi Bidang Pengawasan dan Stabilisasi Harga Badan Pangan Nasional (Bapanas), Rina Oktaviani, "
     "mengatakan stok cukup.", "Bapanas", "Badan Pangan Nasional"),
    ("Kepala Dinas Perhubungan (Dishub) Kota Malang, Hendro Wibisono, mengatakan jalur itu ditutup.",
     "Dishub", "Dinas Perhubungan"),
])
def test_a_short_form_of_syllables_expands_to_the_name_it_spells(text, short, expansion):
    found = _mentions(text, "id")
    assert ("acronym", short, expansion) in {(m.kind, m.text, m.value) for m in found}, found


def test_a_word_citing_a_source_opens_no_name():
    found = _mentions("Mengutip Reuters Selasa (4/11/2025), Tokyo pada Senin menaikkan tarif impor beras.", "id")
    assert not [m for m in found if m.text.startswith("Mengutip")], found


@pytest.mark.parametrize("text,lang,bodies", [
    # a name ending on an organisation's tail is whole; "dan" opens the next one
    ("Pajak itu berlaku atas emas yang dibeli dari Shanghai Gold Exchange dan Shanghai Futures Exchange.", "id",
     {"Shanghai Gold Exchange", "Shanghai Futures Exchange"}),
    # where modifiers come first, a place opens the name of a body
    ("The case was heard at Leeds Crown Court on Friday, a spokesman for Sheffield Bike Action said.", "en",
     {"Leeds Crown Court", "Sheffield Bike Action"}),
])
def test_a_body_named_after_its_place_is_one_name(text, lang, bodies):
    found = {m.text for m in _mentions(text, lang) if m.kind in {"organisation", "name"}}
    assert bodies <= found, found


def test_a_person_or_a_firm_after_a_preposition_of_place_is_no_place():
    text = ("Tendangan itu ditepis oleh Victor Nelsson di depan gawang. \"Pasar sedang goyah,\" kata "
            "Adrian Ash, Direktur Riset di BullionVault. Ia kemudian terbang ke Surabaya.")
    places = {m.text for m in _mentions(text, "id") if m.kind == "place"}
    assert "Surabaya" in places and not places & {"Victor Nelsson", "BullionVault"}, places


# Review 61 (12 new articles, two teachers): each of these cards was rejected by both.

@pytest.mark.parametrize("text", [
    # a when-question on a reporting verb after a long subject asks when he said it; the date
    # is the reported clause's
    "Kepala Dinas Perhubungan (Dishub) Kota Bogor, Ahmad Fauzi, mengatakan pihaknya telah memanggil "
    "pengelola terminal untuk rapat pada Kamis (6/11/2025) di kantor Dishub.",
    # a reporter's observation on a day is when it was reported
    "Pantauan di lokasi, Rabu (5/11/2025), puluhan pedagang berkumpul di depan balai kota sambil membawa poster.",
])
def test_review_61_no_when_question_on_a_report(text):
    assert not [q for q in _qa_or_none(text, "id") if q.startswith("Kapan")]


@pytest.mark.parametrize("text,question,answer", [
    # a measure of a noun with its relative clause is the subject ("Total" opens no subjectless clause)
    ("Sekitar 1.800 buruh pabrik sepatu di Tangerang mogok kerja sejak Senin. Total upah yang belum "
     "dibayarkan diperkirakan mencapai Rp9,2 miliar.",
     "Total upah yang belum dibayarkan diperkirakan mencapai berapa?", "Rp9,2 miliar"),
    # two nouns joined by "dan" close the clause: both are what the count did
    ("Dari delapan tersangka, lima orang berperan sebagai pemodal dan perantara, sedangkan tiga lainnya "
     "sebagai kurir.", "Berapa orang berperan sebagai pemodal dan perantara?", "lima orang"),
    # the first of a list of bodies is not where all came from: the question stops before the list
    ("Operasi pencarian melibatkan sekitar 60 personel dari Basarnas Kendari, Lanal Kendari, Polairud "
     "Polda Sultra, serta relawan setempat.", "Operasi pencarian melibatkan berapa personel?",
     "sekitar 60 personel"),
    # the source goes, the period it counts over stays
    ("Menurut dia, sepanjang Januari hingga September 2025, Dinas Pemadam Kebakaran Kota Palu menangani "
     "42 kebakaran, naik dari 30 kejadian pada periode yang sama tahun lalu.",
     "Sepanjang Januari hingga September 2025, Dinas Pemadam Kebakaran Kota Palu menangani berapa kebakaran?",
     "42 kebakaran"),
])
def test_review_61_how_many_questions_keep_what_their_figure_is(text, question, answer):
    # (minor questions too: how many staff a search took is a minor card since round 90)
    assert {c.question: c.answer for c in _every_or_none(text, "id") if c.type != "cloze"}.get(question) == answer


@pytest.mark.parametrize("text,whole", [
    ("The crew finished fourth of ten boats at the regatta in Lucerne on Sunday.", "ten"),
    ("Under Hughes, the club won 21 of their 40 league games and reached one cup final.", "40"),
])
def test_review_61_no_gap_on_the_whole_a_part_is_taken_from(text, whole):
    assert whole not in {c.answer for c in cards_of(text, "en") if c.type == "cloze"}


def test_review_61_no_who_is_question_for_an_office_its_holder_lost():
    got = _qa_or_none("The Welsh Rugby Union has sacked women's head coach Ioan Cunningham after a season "
                      "without a win.", "en")
    assert "Ioan Cunningham" not in got.values(), got


@pytest.mark.parametrize("text,question", [
    # an office capitalised only to open the sentence is written in lower case
    ("Head coach Dara Kelly, a former international with 98 caps, will take charge for the "
     "match against Belgium.", "Who is the head coach?"),
    # whose team it is belongs to the office
    ("The federation appointed women's head coach Mirjam Vos in March after a long search.",
     "Who is the women's head coach?"),
])
def test_review_61_an_office_is_asked_as_the_article_means_it(text, question):
    # (a minor question now, of no team named: its wording is what is tested here; a deck
    # asks "What is Dara Kelly's role?" instead, which gives the office away)
    from briefing.pipeline.cards import make_cards
    from briefing.pipeline.facts import find_facts

    sentences, pack = _segmented(text, "en")
    mentions = _mentions(text, "en")
    cards = make_cards(find_facts(sentences, mentions, pack, minor=True), sentences, mentions, pack, "t", {})
    assert question in [c.question for c in cards], cards


def test_review_61_words_said_that_name_nothing_are_a_minor_question():
    text = ("Wild goat numbers on the island of Lundy fell by half in ten years, a census found. Anna Kowalski "
            "said the fall had several causes.")
    assert not [q for q in qa(text, "en") if q.startswith("Who said")]
    assert "Who said the fall had several causes?" in qa_minor(text, "en")


@pytest.mark.parametrize("text,question,answer", [
    # the level a change reached
    ("Net profit fell to $215 million in the third quarter from $301 million a year earlier, the company said.",
     "How much did net profit fall to in the third quarter from $301 million a year earlier?", "$215 million"),
    # the determiner and its qualifier go with the figure
    ("The government raised the full 20 billion pesos ($340 million) it offered in five-year bonds on Tuesday.",
     "How many pesos did the government raise?", "20 billion"),
])
def test_review_61_english_asks_the_figure_a_verb_reached_or_took(text, question, answer):
    assert _qa_or_none(text, "en").get(question) == answer, _qa_or_none(text, "en")


def test_review_61_a_small_count_of_patients_is_a_detail():
    got = _qa_or_none("The therapy was tested in 34 children. Two patients needed a hospital stay after "
                      "treatment, but both recovered.", "en")
    assert not [q for q in got if "patients" in q], got


def test_review_61_a_noun_opening_on_a_verb_prefix_is_no_verb():
    # "distribusi" opens on "di" but is a noun: the phrase has no verb to ask about
    text = ("Dana itu digunakan untuk membangun jaringan tegangan menengah sepanjang 380 kilometer sirkuit (kms), "
            "jaringan tegangan rendah sepanjang 270 kms, serta 115 unit gardu distribusi.")
    assert "Berapa unit gardu distribusi?" not in _qa_or_none(text, "id")


def test_review_61_no_count_asked_from_a_relative_clause_under_a_preposition():
    text = ("The agency has proposed a grazing plan under which about 1,500 cattle would be allowed to stay "
            "on the island, while others would be moved to farms.")
    assert not [q for q in _qa_or_none(text, "en") if q.startswith("How many cattle")]


def test_review_61_a_count_keeps_its_plural_after_a_hyphenated_word_and_its_phrase_before_a_pair():
    text = ("Rangers counted 1,240 free-ranging elephants across the park between 4 and 9 September, compared "
            "with about 1,600 in 2020.")
    assert _qa_or_none(text, "en").get("How many free-ranging elephants did rangers count across the park?") == "1,240"


# Review 62 (12 new articles, two teachers): each of these cards was rejected by both.

def test_review_62_a_press_officer_is_a_messenger():
    text = ("KAI Divre IV Tanjungkarang mengangkut 1,9 juta ton batu bara pada September. Manajer Humas KAI "
            "Divre IV Tanjungkarang Rina Oktaviani mengatakan angka itu naik 12 persen.")
    assert "Siapa Manajer Humas KAI Divre IV Tanjungkarang?" not in _qa_or_none(text, "id")


def test_review_62_a_figure_restated_in_brackets_does_not_end_the_clause():
    text = "Heavy storms dropped more than 80 millimeters (3.1 inches) of rain on the valley in two hours on Monday."
    assert _qa_or_none(text, "en").get(
        "How many millimeters of rain did heavy storms drop on the valley in two hours on Monday?") == "more than 80"


@pytest.mark.parametrize("text,fragment", [
    # an item of a list whose verb stands before it
    ("Penerima akan mendapat biaya kuliah penuh, biaya hidup Rp 2,5 juta per bulan, tunjangan buku, serta "
     "tempat tinggal di asrama.", "Biaya hidup berapa"),
    # a noun phrase and its relative clause, the main verb beyond
    ("Pipa bawah laut sepanjang 6,4 kilometer yang menghubungkan pulau kecil itu dengan daratan Sumatra resmi "
     "dioperasikan pada Senin (13/10/2025).", "Pipa bawah laut sepanjang berapa kilometer"),
    # the subordinate clause's subject is not the second verb's
    ("\"Kami akan menyiapkan kelas persiapan selama dua bulan sebelum kuliah dimulai dan menunjuk dosen "
     "pendamping untuk setiap delapan mahasiswa,\" kata dia.", "uliah dimulai dan menunjuk"),
    # beside a count of people, the span it was counted over is the lesser figure
    ("Kepala Dinas Pariwisata Kabupaten Sintang, Yohana Sari, mengatakan jumlah pengunjung selama empat hari "
     "diperkirakan mencapai 12.000 orang.", "selama berapa hari"),
])
def test_review_62_no_how_many_question_on_a_piece_of_a_clause(text, fragment):
    assert not [q for q in _qa_or_none(text, "id") if fragment in q], _qa_or_none(text, "id")


@pytest.mark.parametrize("text,lang,not_kind,label", [
    # a field after the title, then where the person works: "Riset" is no person
    ("\"Harga akan tertekan,\" kata Adrian Ash, Direktur Riset di BullionVault.", "id", "person", "Riset"),
    # a people's adjective before a title is no organisation
    ("French President Jacques Chirac called for a tax on flights to fund the fight against Aids.", "en",
     "organisation", "French"),
    # a league's name ending on a letter is no place
    ("Gol itu menjadi yang pertama bagi Giovane di Serie A musim ini.", "id", "place", "Serie A"),
])
def test_key_facts_do_not_list_a_word_under_the_wrong_kind(text, lang, not_kind, label):
    assert (not_kind, label) not in {(m.kind, m.text) for m in _mentions(text, lang)}


@pytest.mark.parametrize("text,question,answer", [
    # a unit's roman numeral is no initial of the name after it; one word closed by commas is
    # the holder's name
    ("Menurut Ketua Forum Petani Wilayah II Kuningan, Darsono, tuntutan mereka tetap sama dengan tuntutan "
     "sebelumnya.", "Siapa Ketua Forum Petani Wilayah II Kuningan?", "Darsono"),
    ("Kepala BPBD Kabupaten Garut, Satria, mengatakan banjir merendam 120 rumah di tiga kecamatan pada "
     "Senin malam.", "Siapa Kepala BPBD Kabupaten Garut?", "Satria"),
])
def test_an_office_and_a_one_word_name_set_off_by_commas(text, question, answer):
    got = _qa_or_none(text, "id")
    assert got.get(question) == answer, got
    assert not [a for a in got.values() if a.startswith(("II ", "III "))]


# Review 63 (12 new articles, two teachers): each of these cards was rejected by both.

def test_review_63_a_word_joined_to_more_capitals_is_no_office_holder():
    text = ("Kepala Kantor Pelayanan Utama (KPU) Bea dan Cukai Tipe C Juanda Bambang Sulistyo mengatakan koper "
            "itu ditemukan pada Selasa malam.")
    assert "Bea" not in _qa_or_none(text, "id").values()


def test_review_63_no_definition_of_a_pronoun():
    text = ("Petugas Bea dan Cukai Bandara Juanda menggagalkan penyelundupan 96.000 ekor benih bening lobster yang "
            "akan dibawa ke Singapura pada Selasa malam. Benih lobster itu ditemukan di dalam empat koper milik "
            "dua penumpang pesawat tujuan Singapura. Petugas menahan dua kurir berinisial AS (31) dan RD (27). "
            "Keduanya merupakan warga Lampung. Menurut polisi, keduanya mengaku dijanjikan upah Rp 5 juta per "
            "orang oleh seorang pemodal di Jakarta. Benih lobster dihargai sekitar Rp 150 ribu per ekor di pasar "
            "gelap Singapura. Seluruh benih yang masih hidup dilepasliarkan di perairan Pulau Sempu pada Rabu pagi.")
    assert "Apa itu keduanya?" not in qa_minor(text, "id")


@pytest.mark.parametrize("text", [
    # the date is the participle's, which describes the card
    "To register, users must have a valid biometric ID card issued after 2021 and scan its chip with a phone.",
    # a date in someone's words, whose thing the words do not name
    "\"She knows the fund from the inside, and that matters when the next review comes up in December,\" "
    "said Thomas Banda, chief economist at Copperbelt Capital.",
    # a yardstick's date
    "It was the largest fine in the building sector since the office was created in 1990, Nowak said.",
])
def test_review_63_no_when_question_on_a_background_date(text):
    assert not [q for q in _qa_or_none(text, "en") if q.startswith("When")], _qa_or_none(text, "en")


@pytest.mark.parametrize("text,date", [
    # the date a change ran to: the figures are the news
    ("Jumlah galangan kapal yang aktif naik dari 81 perusahaan pada 2020 menjadi 109 perusahaan pada 2024.", "2024"),
    # when the words were said
    ("\"Kalau tidak dikendalikan sekarang, ruas-ruas ini bisa lumpuh,\" kata Haryanto di Balai Kota, "
     "Rabu, 15 Oktober 2025.", "Rabu, 15 Oktober 2025"),
])
def test_review_63_a_gap_on_a_side_date_is_minor(text, date):
    assert date not in gaps_of(text, "id")


def test_review_63_a_country_s_short_form_is_general_knowledge():
    text = ("Perusahaan galangan kapal PT Samudra Karya Marine (SKM) di Batam menerima pesanan 12 kapal tunda dari "
            "perusahaan pelayaran asal Uni Emirat Arab (UEA).")
    assert "Apa kepanjangan dari UEA?" not in _qa_or_none(text, "id")


@pytest.mark.parametrize("text,lang,question,answer", [
    # review 63: the news was who the new minister is, and no card asked it
    ("Zambia on Tuesday appointed Grace Mwansa-Phiri, a former senior economist at the International Monetary "
     "Fund (IMF), as finance minister, a week after her predecessor resigned.", "en",
     "Who is Zambia's finance minister?", "Grace Mwansa-Phiri"),
    ("Presiden Prabowo Subianto melantik Budi Santoso sebagai Kepala Badan Pangan Nasional di Istana Negara, "
     "Jakarta, Senin (3/11/2025).", "id", "Siapa Kepala Badan Pangan Nasional?", "Budi Santoso"),
])
def test_an_appointment_asks_who_holds_the_office(text, lang, question, answer):
    assert _qa_or_none(text, lang).get(question) == answer, _qa_or_none(text, lang)


@pytest.mark.parametrize("text", [
    "The board named Maria Lopez as chief executive on Monday.",  # of what?
    "The firm hired 200 workers as part of a deal with the union.",  # no office
])
def test_no_appointment_question_without_an_office_and_its_owner(text):
    assert not [q for q in _qa_or_none(text, "en") if q.startswith("Who is")]


# Review 64 (12 new articles, two teachers): each of these cards was rejected by both.

def test_review_64_a_second_verb_asks_with_the_first_clause_s_subject():
    text = "Peru is South America's biggest copper producer and exported about 2.4 million tonnes last year."
    assert _qa_or_none(text, "en").get("How many tonnes did Peru export last year?") == "about 2.4 million"


def test_review_64_an_office_several_hold_needs_its_owner():
    text = ("\"Copper is now the anchor of our export strategy,\" Deputy Governor Rosa Quispe Mamani told "
            "reporters in Lima on Wednesday.")
    assert "Who is the Deputy Governor?" not in _qa_or_none(text, "en")


def test_review_64_an_office_before_the_name_with_its_owner_is_asked():
    text = ("OTTAWA (Reuters) - Peru's new ambassador to Canada, Rosa Quispe Mamani, said on Thursday her first "
            "priority would be to shorten visa waiting times.")
    assert _qa_or_none(text, "en").get("Who is Peru's new ambassador to Canada?") == "Rosa Quispe Mamani"


def test_review_64_a_title_and_a_surname_is_no_name_of_its_own():
    text = ("Peru's new ambassador to Canada, Rosa Quispe Mamani, presented her credentials on Thursday. "
            "Quispe said she would press Ottawa to add staff in Lima. Officials \"welcome Ambassador Quispe\", "
            "a spokesperson said.")
    assert "Ambassador Quispe" not in {c.answer for c in every_card(text, "en") if c.type != "cloze"}


def test_review_64_no_when_question_on_a_date_due_to_a_noun():
    text = ("Peru completed a review of its programme with the International Monetary Fund (IMF) in July, and "
            "the fund has urged the authorities to keep building reserves ahead of large debt payments due in 2027.")
    assert not [q for q in _qa_or_none(text, "en") if q.startswith("When has the fund")]


def test_review_64_no_indonesian_when_question_on_a_copula_or_a_pronoun():
    text = ("Ganda putra Indonesia Arya Wicaksono/Dimas Prakoso menjuarai Australian Open 2025 di Sydney pada "
            "Minggu (23/11/2025). Sebelumnya, prestasi terbaik mereka adalah runner-up Indonesia Masters Super 100 "
            "pada Oktober lalu.")
    assert not [q for q in qa_minor(text, "id") if q.startswith("Kapan prestasi")]


def test_review_64_a_pair_of_names_joined_by_a_slash_keeps_its_capitals():
    text = ("Ganda putra Indonesia Arya Wicaksono/Dimas Prakoso menjuarai Australian Open 2025. Dengan gelar ini, "
            "Arya/Dimas berhak atas hadiah uang sebesar US$39.900.")
    assert not [q for q in qa_minor(text, "id") if "/dimas" in q]


def test_review_64_where_the_words_were_said_is_a_minor_gap():
    text = ("Kepala Kantor Wilayah Direktorat Jenderal Perbendaharaan (DJPb) Jawa Tengah Heru Santoso di Semarang, "
            "Selasa (25/11), mengatakan penyaluran kredit usaha rakyat naik 9,7 persen.")
    assert "Semarang" not in gaps_of(text, "id")


@pytest.mark.parametrize("text,question", [
    # the relative clause's verb, words, then the main verb before the figure
    ("Penderita demam berdarah yang dirawat di daerah Sikka dan Kota Maumere mencapai 418 orang.",
     "Penderita demam berdarah yang dirawat di daerah Sikka dan Kota Maumere mencapai berapa orang?"),
    # "ada" makes the relative clause the predicate
    ("Ada 11 kota yang akan menjadi tuan rumah Piala Asia 2027.",
     "Ada berapa kota yang akan menjadi tuan rumah Piala Asia 2027?"),
])
def test_a_relative_clause_before_the_main_verb_keeps_the_how_many_question(text, question):
    # (FacQA answers that this session's stricter rules had lost, and won back)
    assert question in qa_minor(text, "id"), qa_minor(text, "id")


@pytest.mark.parametrize("text,question", [
    ("Patung Garuda merupakan pemberian Pemerintah Korea dan diresmikan pada 12 Mei 1975 sebagai simbol "
     "persahabatan Indonesia-Korea.",
     "Kapan Patung Garuda merupakan pemberian Pemerintah Korea dan diresmikan sebagai simbol persahabatan "
     "Indonesia-Korea?"),
    ("Pekan lalu, sebuah pesawat kargo jatuh di Peru dan menewaskan 37 orang, seminggu setelah sebuah jet sewaan "
     "jatuh di Bolivia dan menewaskan 121 orang.", None),
])
def test_a_copula_or_a_second_verb_with_the_same_subject_is_asked(text, question):
    got = qa_minor(text, "id")
    if question:
        assert question in got, got
    else:
        assert "121 orang" in got.values(), got


def test_key_facts_number_no_verb_as_its_noun():
    text = ("Pengelola menambah jumlah sesi kunjungan dari delapan menjadi sepuluh sesi per hari. Tahap pertama "
            "senilai Rp480 miliar meliputi gedung rektorat dan laboratorium. Gempa bermagnitudo 5,9 mengguncang "
            "wilayah Sumbawa pada Kamis.")
    labels = labels_of(text, "Berita", "id", "number")
    assert not [x for x in labels if x.split()[-1] in {"menjadi", "meliputi", "mengguncang"}], labels
    assert "Rp480 miliar" in labels, labels


def test_an_english_title_in_indonesian_news_is_an_office():
    text = ("General Manager Unit Candi Prambanan IDM Wahyu Santoso di Sleman, Kamis (27/11), mengatakan kuota "
            "pengunjung ditambah menjadi 1.200 orang per hari.")
    people = {(m.text, m.value) for m in _mentions(text, "id") if m.kind == "person"}
    assert ("Wahyu Santoso", "Wahyu Santoso") in people, _mentions(text, "id")


def test_a_side_of_a_match_is_no_surname():
    text = ("Hasil Torino vs Lazio 2-1: Gol Telat Menangkan Tuan Rumah\n"
            "Gol di masa injury time mengantar Torino menang dramatis atas tamunya di markas Granata Torino.\n"
            "Skor 2-1 jadi hasil Torino vs Lazio pada pekan ke-11 Liga Italia.\n"
            "Gol kemenangan Torino dicetak Che Adams pada menit ke-92.")
    ex = briefing.extract(text, lang="id")
    assert "Granata Torino" not in [f.label for f in ex.facts if f.kind == "person"], ex.facts


# Review 65: rules from cards both teachers rejected.

def test_a_company_legal_form_is_not_part_of_an_acronym():
    text = ("PT Perusahaan Gas Negara Tbk (PGN) akan menambah 12.000 sambungan jaringan gas bumi di Kota Semarang "
            "hingga pertengahan 2026. The Transportation Safety Board of Canada (TSB) said on Monday it would "
            "investigate.")
    got = {c.question: c.answer for c in every_card(text.split(" The ")[0], "id")}
    assert got.get("Apa kepanjangan dari PGN?") == "Perusahaan Gas Negara", got
    # (a last word the letters do not need stays where it is no legal form)
    got = {c.question: c.answer for c in every_card("The " + text.split(" The ")[1], "en")}
    assert got.get("What does TSB stand for?") == "Transportation Safety Board of Canada", got


def test_a_press_officer_spelled_out_is_no_office_to_ask():
    text = ("Kepala Bidang Hubungan Masyarakat Polda Sumut Komisaris Besar Hadi Wibowo mengatakan tersangka "
            "ditangkap di sebuah apartemen di Jakarta Selatan pada Rabu malam.")
    cards = every_card(text, "id")
    assert not [c for c in cards if c.family == "role"], cards
    # (who relayed the news is no fact: a gap on the name is minor, as for "kabid humas")
    named = [c for c in cards if "Hadi Wibowo" in c.answer]
    assert named and all("minor" in c.tags for c in named), named


def test_initials_are_no_body_and_no_place():
    text = ("Polisi menangkap ketua koperasi simpan pinjam berinisial RS di Medan pada Rabu. Polisi juga memeriksa "
            "sopir bus berinisial AS, yang selamat dengan luka ringan, di Semarang pada Kamis.")
    ex = briefing.extract(text, title="Berita", lang="id", max_cards=50)
    assert not [c for c in ex.cards if c.answer in {"RS", "AS"}], ex.cards
    assert "Amerika Serikat" not in [f.label for f in ex.facts], ex.facts


@pytest.mark.parametrize("text,lang", [
    ("Seorang petani berusia 41 tahun diterkam buaya saat mencuci tangan di tepi sungai pada Rabu.", "id"),
    ("Polisi menangkap ketua koperasi berinisial RS, 54 tahun, atas dugaan penipuan dana anggota di Medan.", "id"),
    ("A farmer aged 41 was attacked by a crocodile while washing his hands in a river on Wednesday.", "en"),
])
def test_someones_age_is_a_minor_card(text, lang):
    aged = [c for c in every_card(text, lang) if re.fullmatch(r"(?:41|54)(?: tahun)?", c.answer)]
    assert aged and all("minor" in c.tags for c in aged), aged


@pytest.mark.parametrize("text,lang,figure", [
    ("Stok darah di PMI Surabaya sekarang hanya cukup untuk dua sampai tiga hari, kata Lilik pada Senin.", "id",
     "tiga hari"),
    ("Petani diperkirakan bisa menanam padi dua sampai tiga kali dalam setahun setelah irigasi selesai.", "id",
     "tiga kali"),
    ("The company expects to hire 200 to 300 engineers at the new plant in Leeds next year.", "en", "300"),
])
def test_no_question_asks_for_half_a_range(text, lang, figure):
    assert not [c for c in every_card(text, lang) if c.type != "cloze" and c.answer == figure], every_card(text, lang)


def test_a_modal_after_a_relative_clause_opens_the_main_clause():
    text = ("Rini menambahkan, warga yang ingin berlangganan dapat mendaftar melalui kantor kelurahan atau "
            "aplikasi PGN Mobile mulai awal Desember.")
    got = qa(text, "id")
    assert "Mulai kapan warga yang ingin berlangganan dapat mendaftar melalui kantor kelurahan atau aplikasi " \
        "PGN Mobile?" in got, got


@pytest.mark.parametrize("text,lang,question", [
    # a date set off after the fronted phrase names its time: the question keeps both
    ("In the best recent season, 2022, Icelandic vessels landed more than 500,000 tonnes of capelin.", "en",
     "In the best recent season, 2022, how many tonnes of capelin did Icelandic vessels land?"),
    # a name and its reporting verb go, the time phrase after them stays
    ("Agus menjelaskan, pada banjir besar awal 2024, luapan Bengawan Solo merendam lebih dari 9.000 rumah di "
     "tiga kabupaten.", "id",
     "Pada banjir besar awal 2024, luapan Bengawan Solo merendam berapa rumah di tiga kabupaten?"),
])
def test_a_fronted_time_stays_in_the_question(text, lang, question):
    assert question in qa(text, lang), qa(text, lang)


def test_an_apposition_on_a_surname_names_the_person_in_full():
    text = ("Founded in 2019 by engineer Wanjiru Kamau and economist Otieno Odhiambo, Baridi operates 340 cold "
            "rooms in Kenya. \"Up to 40 percent of fresh food is lost before it reaches a customer,\" Kamau, the "
            "chief executive of Baridi, told Reuters on Wednesday.")
    assert qa_minor(text, "en").get("Who is the chief executive of Baridi?") == "Wanjiru Kamau", qa_minor(text, "en")


@pytest.mark.parametrize("text,ownerless", [
    # whose chief executive? every company has one
    ("Wanjiru Kamau, the chief executive, said on Wednesday that the company would open 600 cold rooms by 2027.",
     True),
    ("The plan could cost up to 1,200 jobs over five years, union leader Marc Verhoeven said on Monday.", True),
    # (a capital that only opens the sentence, on a word the article writes in lower case)
    ("Zoo director Karen Whitlow said the two elephants left the zoo for Kenya before dawn on Thursday.", True),
    # an office with its owner, or one of the state, has one holder
    ("Baridi chief executive Wanjiru Kamau said the company would open 600 cold rooms by 2027.", False),
    ("Economy minister Heizo Takenaka said the government would keep its forecast on Tuesday.", False),
])
def test_an_office_without_an_owner_is_a_minor_question(text, ownerless):
    from briefing.pipeline.facts import find_facts

    sentences, pack = _segmented(text, "en")
    facts = find_facts(sentences, _mentions(text, "en"), pack, minor=True)
    roles = [f for f in facts if f.family == "role"]
    assert roles, facts
    assert all(f.minor is ownerless for f in roles), roles


@pytest.mark.parametrize("text,lang,bad", [
    # the clause opens inside the list its subject begins with
    ("More than 36,000 nurses, midwives and healthcare assistants across New Zealand walked off the job for "
     "24 hours on Thursday.", "en", "24 hours"),
    # the figure's subject is a relative pronoun
    ("The institute said the autumn survey had measured about 1.15 million tonnes of capelin, of which "
     "roughly 620,000 tonnes were mature fish expected to spawn next spring.", "en", "roughly 620,000"),
    # a comparison whose participle describes the amount
    ("Startups in Africa raised about $2.2 billion in 2024, less than half the amount raised in 2022.", "en",
     "2022"),
])
def test_review_65_no_question_on_a_clause_cut_wrong(text, lang, bad):
    got = qa_minor(text, lang)
    assert bad not in got.values(), got


def test_a_fronted_figure_before_a_clause_still_gets_its_question():
    # (a figure in a fronted phrase is no list: the clause after it keeps its question)
    text = "Setelah 78 tahun timbul, kini tinggi Anak Krakatau mencapai 315 meter di atas permukaan laut."
    assert "315 meter" in qa(text, "id").values(), qa(text, "id")


def test_several_hundred_is_no_figure():
    text = ("Outside Wellington hospital, several hundred nurses in purple T-shirts gathered with placards on "
            "Thursday morning.")
    assert not [c for c in every_card(text, "en") if c.answer.casefold() in {"hundred", "several hundred"}], \
        every_card(text, "en")


def test_key_facts_of_an_arrest_story_name_people_bodies_and_offices_right():
    text = ("Kepolisian Daerah Sumatera Utara menangkap ketua Koperasi Simpan Pinjam (KSP) Mitra Sejahtera Abadi "
            "berinisial RS atas dugaan penipuan dana anggota. Kepala Bidang Hubungan Masyarakat Polda Sumut "
            "Komisaris Besar Hadi Wibowo mengatakan RS ditangkap di Jakarta Selatan pada Rabu malam. Salah satu "
            "anggota, Martina Sitompul, 63 tahun, mengaku menyetor Rp 400 juta sejak 2021.")
    ex = briefing.extract(text, title="Polisi tangkap ketua koperasi di Medan", lang="id")
    facts = {(f.kind, f.label): f.detail for f in ex.facts}
    # a cooperative is a body, not a person who is its "ketua"
    assert ("person", "Koperasi Simpan Pinjam") not in facts, facts
    assert facts.get(("organisation", "KSP")) == "Koperasi Simpan Pinjam", facts
    # the rank is the officer's, not part of the office or of the body
    assert facts.get(("person", "Hadi Wibowo")) == "Kepala Bidang Hubungan Masyarakat Polda Sumut", facts
    assert not [k for k in facts if "Komisaris Besar" in k[1]], facts
    # a name with an age after it is a person's
    assert ("person", "Martina Sitompul") in facts, facts


def test_a_balinese_name_keeps_its_opening_word():
    text = ("Ketua panitia festival, I Made Sudarsana, mengatakan jumlah peserta tahun ini naik sekitar 15 persen. "
            "Letak Pantai Padang Galak tidak jauh dari jalur pendaratan menuju Bandara I Gusti Ngurah Rai.")
    gaps = {c.answer for c in every_card(text, "id") if c.type == "cloze"}
    assert "I Made Sudarsana" in gaps and "Made Sudarsana" not in gaps, gaps
    assert "I" not in labels_of(text, "Festival", "id")


def test_no_question_states_a_wish_as_a_fact():
    text = ("AirNav Indonesia Cabang Denpasar meminta agar layangan tidak diterbangkan lebih tinggi dari 150 meter "
            "selama festival berlangsung.")
    assert "150 meter" not in qa_minor(text, "id").values(), qa_minor(text, "id")


def test_a_roman_numeral_alone_is_no_name():
    text = ("Prasasti memperkirakan pertumbuhan ekonomi Indonesia pada kuartal III 2025 tetap stabil di kisaran 5 "
            "persen. Data Badan Koordinasi Penanaman Modal (BKPM) menunjukkan investasi kuartal III naik 13,9 "
            "persen secara tahunan. Siswa kelas IV dan V belajar di gedung madrasah selama pembangunan.")
    labels = labels_of(text, "Ekonomi", "id")
    assert "III" not in labels and "IV" not in labels, labels
    # (a card may still ask for one as the article writes it: "siglo {{XIX}}")
    gaps = {c.answer for c in every_card("La catedral fue construida en el siglo XIX por los monjes de la orden.", "es")
            if c.type == "cloze"}
    assert "XIX" in gaps, gaps


def test_a_sea_or_a_river_named_last_is_a_place():
    text = ("Gdansk handled about 2.1 million containers last year, making it the busiest port on the Baltic Sea. "
            "Ships from the North Sea wait two days at the Vistula River mouth, the port authority said.")
    facts = {(f.kind, f.label) for f in briefing.extract(text, title="Port congestion", lang="en").facts}
    assert {("place", "Baltic Sea"), ("place", "North Sea"), ("place", "Vistula River")} <= facts, facts


def test_an_office_numbered_in_figures_names_its_holder_whom_a_preposition_does_not_make_a_place():
    text = ("Pemerintah berencana memberikan gelar pahlawan nasional kepada Presiden ke-3 RI Habibie tahun ini. "
            "Ketua panitia, Budi Santoso, mengatakan usulan gelar ke Habibie sudah dibahas sejak Maret. "
            "Saat ditanya soal usulan kepada Habibie, Budi menyatakan pihaknya mendengarkan masyarakat. "
            "Tapi, hati-hati memberi gelar pahlawan kepada tokoh. Jangan gampang.")
    extracted = briefing.extract(text, title="Gelar pahlawan", lang="id", max_cards=30)
    facts = {(f.kind, f.label): f.detail for f in extracted.facts}
    assert facts.get(("person", "Habibie")) == "Presiden ke-3 RI", facts
    assert ("place", "Habibie") not in facts, facts
    assert ("Siapa Presiden ke-3 RI?", "Habibie") in {(c.question, c.answer) for c in extracted.cards}
    # an imperative opening a short sentence joined to the one before is no name
    assert not [k for k in facts if k[1] == "Jangan"], facts


def test_a_state_or_province_opening_a_sentence_keeps_its_capital_in_a_question():
    text = ("Farmers in Kansas will be able to fix their own tractors under a bill passed on Tuesday. "
            "Colorado became the first state to pass a right-to-repair law for farm equipment in 2023. "
            "Saskatchewan adopted a similar rule in 2021, officials said.")
    questions = [c.question for c in every_card(text, "en")]
    assert "When did Colorado become the first state to pass a right-to-repair law for farm equipment?" in questions, \
        questions
    assert not [q for q in questions if "colorado" in q or "saskatchewan" in q], questions


def test_a_legal_form_leaves_a_short_form_made_of_syllables_too():
    text = ("Harga emas batangan PT Aneka Tambang Tbk (Antam) kembali mencetak rekor tertinggi pada Selasa. "
            "Harga emas Antam naik Rp 17.000 per gram dibandingkan harga kemarin.")
    assert qa(text, "id").get("Apa kepanjangan dari Antam?") == "Aneka Tambang", qa(text, "id")


@pytest.mark.parametrize("text,lang,question,answer", [
    ('"We did not get everything," KUDHEIHA Secretary General Peter Mwangi told reporters in Mombasa on Friday.',
     "en", "Who is the KUDHEIHA Secretary General?", "Peter Mwangi"),
    ("Penjabat (Pj) Wali Kota Kediri Agus Salim mengatakan program tersebut dimulai pekan depan.",
     "id", "Siapa Penjabat (Pj) Wali Kota Kediri?", "Agus Salim"),
    ("Plt Bupati Sragen Dwi Hartono meresmikan pasar baru itu pada Senin.",
     "id", "Siapa Plt Bupati Sragen?", "Dwi Hartono"),
    ("The council met on Monday, and acting mayor John Harlow said the bridge would reopen in May.",
     "en", "Who is the acting mayor?", "John Harlow"),
])
def test_an_office_keeps_the_word_that_qualifies_it_or_says_how_it_is_held(text, lang, question, answer):
    # "Secretary General" is not the secretary, nor the acting mayor the mayor
    assert qa_minor(text, lang).get(question) == answer, qa_minor(text, lang)


def test_a_short_form_after_a_slash_in_brackets_and_a_plateau_named_as_a_place():
    text = ("Setelah tertunda bertahun-tahun, Bandar Antariksa Biak (Biak Spaceport Center/BSC) akhirnya dibuka "
            "pada Sabtu. Bangunan utama BSC berdiri di Dataran Tinggi Yapen, dekat pantai utara.")
    extracted = briefing.extract(text, title="Bandar antariksa", lang="id", max_cards=20)
    assert ("Apa kepanjangan dari BSC?", "Biak Spaceport Center") in \
        {(c.question, c.answer) for c in extracted.cards}, [c.question for c in extracted.cards]
    facts = {(f.kind, f.label) for f in extracted.facts}
    assert ("person", "Dataran Tinggi Yapen") not in facts, facts
    # (the capitals must spell the short form: a translation alone defines nothing)
    other = briefing.extract("Museum itu (Grand Egyptian Museum/Museum Besar) dibuka pada Sabtu untuk umum.",
                             title="Museum", lang="id", max_cards=20)
    assert not [c for c in other.cards if c.family == "acronym"], [c.question for c in other.cards]


@pytest.mark.parametrize("text,lang,bad", [
    # a money in the singular after a figure is a modifier of what follows
    ("Kenya's Competition Tribunal on Tuesday blocked the proposed 14.6 billion shilling ($113 million) "
     "takeover of supermarket chain Tuskan Retail by Mwangaza Stores.", "en", "14.6 billion"),
    # a figure after "per" is part of a rate's unit
    ("Onion prices at Lasalgaon fell to 1,150 rupees per 100 kg last week, the lowest in two years.", "en", "100"),
    # a count whose items the sentence lists right after it
    ("Western Australia has rejected daylight saving at four referendums, in 1975, 1984, 1992 and 2009.",
     "en", "four"),
])
def test_review_68_no_card_asks_for(text, lang, bad):
    cards = every_card(text, lang)
    assert not [c for c in cards if c.answer.strip() == bad], [(c.question, c.answer) for c in cards]


def test_review_68_a_holder_set_off_by_commas_before_where_and_the_dated_day_he_spoke():
    text = ("Deputi Bidang Pengembangan Bahan Pustaka dan Jasa Informasi Perpusnas, Rina Kartikasari, di Denpasar, "
            "Rabu (17/9), mengatakan program itu ditargetkan rampung pada Desember 2026.")
    assert qa(text, "id").get("Siapa Deputi Bidang Pengembangan Bahan Pustaka dan Jasa Informasi Perpusnas?") == \
        "Rina Kartikasari", qa(text, "id")


def test_review_68_no_question_inverts_the_verb_of_a_reported_clause():
    # the auxiliary after a reporting verb is the reported clause's: no "How many pools did the
    # LGA said the money help?"
    text = ("The government launched a £60m Swimming Pool Support Fund in 2023 to help councils cover energy costs. "
            "The LGA said the money had helped about 200 pools but was a drop in the ocean compared with the "
            "estimated £1bn needed.")
    cards = every_card(text, "en")
    assert not [c for c in cards if c.type != "cloze" and "said" in c.question.split()[:6]], \
        [c.question for c in cards]
    assert not [c for c in cards if c.type != "cloze" and c.answer == "about 200"], [c.question for c in cards]


def test_a_state_or_province_in_a_chain_narrows_to_its_country():
    text = ("Taufik Hidayat juara dunia setelah menang di final di Anaheim, California, Amerika Serikat, pada Minggu "
            "(21/8). Pengadilan distrik di Rhode Island, Amerika Serikat, membekukan aset itu. Badai melanda Texas, "
            "Oklahoma dan Kansas pada Senin. Pejabat dari Rusia, China, Iran dan Pakistan bertemu di Islamabad.")
    places = labels_of(text, "Berita", "id", "place")
    assert "Anaheim, California, Amerika Serikat" in places and "Rhode Island, Amerika Serikat" in places, places
    assert {"Texas", "Oklahoma", "Kansas", "Rusia", "China"} <= set(places), places


@pytest.mark.parametrize("text,lang,bad", [
    # the same sum in another money is no fact of its own
    ("Menurut Yohanes, nilai ekspor vanili NTT hingga akhir September tercatat sekitar 8,4 juta dolar AS atau "
     "setara Rp139 miliar.", "id", "Rp139 miliar"),
    # half of what a figure counts: "killed or injured"
    ("Farmers' groups reported that wolves killed or injured around 520 sheep in Sweden last year.", "en",
     "around 520"),
    # a span of time that is an infinitive's, not the main verb's
    ("Porto's city council has voted to stop issuing new licences for short-term holiday rentals in six central "
     "districts for at least three years. The measure was approved by the council on Monday evening.", "en",
     "at least three years"),
])
def test_review_69_no_question_asks_for(text, lang, bad):
    cards = every_card(text, lang)
    assert not [c for c in cards if c.type != "cloze" and c.answer.strip() == bad], \
        [(c.question, c.answer) for c in cards]


def test_review_69_a_deputy_named_without_a_field_is_a_minor_role_question():
    # a body has several deputies: "Siapa Deputi Gubernur BI?" names none of them
    text = "Deputi Gubernur BI Ratna Kusumawardani mengatakan layanan pembayaran itu dimulai pada Rabu (17/9/2025)."
    assert "Siapa Deputi Gubernur BI?" not in qa(text, "id"), qa(text, "id")
    from briefing.api import _run
    from briefing.models import Article
    made = {c.question: c.tags for c in _run(Article(title="Berita", text=text, lang="id"), "id").candidates}
    assert "minor" in made.get("Siapa Deputi Gubernur BI?", ()), made
    # ... but with a field, or a field before the title, the office is one
    text = "Deputi Bidang Statistik Sosial BPS Wahyu Santoso mengatakan angka pernikahan turun pada 2024."
    assert qa(text, "id").get("Siapa Deputi Bidang Statistik Sosial BPS?") == "Wahyu Santoso", qa(text, "id")
    text = "Deputy Transport Minister Hamisi Kibwana said the government would inspect all 63 passenger vessels."
    assert qa(text, "en").get("Who is the Deputy Transport Minister?") == "Hamisi Kibwana", qa(text, "en")


def test_a_name_closing_on_an_abbreviation_before_a_figure_is_a_label():
    text = ("Unit No. 1 will be shut down first, in March 2026, and Unit No. 2 will follow in 2027. "
            "Aturan itu tertuang dalam Peraturan Menteri ESDM No. 12 Tahun 2025 yang terbit pada Senin.")
    labels = labels_of(text, "Plant", "en")
    assert not [x for x in labels if x.endswith(" No") or x == "Unit"], labels
    labels = labels_of(text.split(". ", 2)[-1], "Aturan", "id")
    assert not [x for x in labels if x.endswith(" No")], labels


def test_an_officer_s_full_title_and_a_role_set_before_a_name_reach_the_key_facts():
    text = ("Huron Power Generation's chief executive, Mark Fielding, said the project would employ about 5,000 "
            "workers. The firm's chief financial officer Anne Lee said costs were on budget.")
    people = {f.label: f.detail for f in briefing.extract(text, title="Plant", lang="en").facts if f.kind == "person"}
    assert people.get("Mark Fielding") == "Huron Power Generation's chief executive", people
    assert people.get("Anne Lee") == "chief financial officer", people  # not "officer"


def test_no_gap_cuts_a_web_address_and_the_digital_ministry_is_an_office():
    text = ("Komdigi meminta masyarakat melaporkan konten judi online melalui situs aduankonten.id. Situs "
            "aduankonten.id menerima 4.000 laporan per hari, kata Menteri Komunikasi dan Digital Meutya Hafid.")
    cards = every_card(text, "id", title="Judi")
    assert not [c for c in cards if c.type == "cloze" and "}}." in c.question], [c.question for c in cards]
    assert qa(text, "id").get("Siapa Menteri Komunikasi dan Digital?") == "Meutya Hafid", qa(text, "id")


def test_review_70_caption_anaphoric_verb_and_a_titled_surname():
    # a caption whose credit names several agencies is dropped whole
    text = ("The council voted on Monday to close the ski resort after decades of thin snow.\n"
            "Skiers on one of the last open runs at Saint-Aubin-les-Neiges in February. Photograph: Jean-Marc "
            "Roux/AFP/Getty Images\n"
            "The resort opened in 1967 with two drag lifts.")
    assert not [c for c in every_card(text, "en", title="Ski village") if "Skiers" in c.context]
    # a verb that takes its object from the clause before asks nothing on its own
    text = "Singapore became the first country to approve cultivated meat in 2020, and the United States followed in 2023."
    assert "When did the United States follow?" not in qa(text, "en"), qa(text, "en")
    # a surname after a title is the person named in full elsewhere; a title of address is no role
    text = ('Dr. Alan McKenzie, 64, who has run the practice in Rothesay for 31 years, said he had been unable to '
            'find a dentist. "I have tried everything," Dr McKenzie told BBC Scotland. "Two young dentists came '
            'over to look at the practice," he said.')
    extracted = briefing.extract(text, title="Dentist retires", lang="en", max_cards=30)
    assert "McKenzie" not in {c.answer for c in extracted.cards}, [(c.question, c.answer) for c in extracted.cards]
    assert ("Alan McKenzie", "") in {(f.label, f.detail) for f in extracted.facts if f.kind == "person"}, \
        extracted.facts


def test_review_70_an_owner_the_card_does_not_name_and_a_fronted_yardstick():
    # "the ministry's": which ministry? a minor role question
    text = ('"The product met all the safety standards," Kim Soo-jin, director of the ministry\'s novel food '
            'division, told a news briefing.')
    assert "Who is the director of the ministry's novel food division?" not in qa(text, "en"), qa(text, "en")
    # a sentence opening on what its figure is compared with: no question drops it, and its date asks nothing
    text = ("Dibandingkan September 2024 yang sebesar 119,85, NTP bulan ini naik 3,1 persen. "
            "NTP pada September 2025 naik 0,84 persen secara bulanan.")
    asked = qa(text, "id")
    assert "3,1 persen" not in asked.values() and "September 2024" not in asked.values(), asked
    assert asked.get("NTP pada September 2025 naik berapa persen secara bulanan?") == "0,84 persen", asked


def test_a_name_after_isle_of_is_a_place():
    text = ("Thousands of people on the Isle of Bute will have to take a ferry to the mainland for dental care. "
            "The practice in Rothesay will close at the end of March, the health board said.")
    facts = {(f.kind, f.label) for f in briefing.extract(text, title="Dentist retires", lang="en").facts}
    assert ("place", "Bute") in facts and ("name", "Bute") not in facts, facts


def test_a_scientist_named_with_the_field_opening_the_sentence_and_no_letter_alone_as_a_name():
    text = ("A variety of alternatives to the Y. pestis have been put forward. Archaeologist Barney Sloane has argued "
            "that the plague spread too quickly to support the thesis that the Y. pestis was spread from fleas on rats.")
    extracted = briefing.extract(text, title="Black Death", lang="en")
    facts = {(f.kind, f.label): f.detail for f in extracted.facts}
    assert facts.get(("person", "Barney Sloane")) == "Archaeologist", facts
    assert not [k for k in facts if k[1] in {"Y", "Archaeologist Barney Sloane"}], facts


def test_a_date_set_off_with_its_place_and_the_year_of_a_numbered_act():
    # "X, Senin (22/8) di PLACE, VERB ...": where goes with the date, the clause is X VERB ...
    text = ("Kejuaraan Nasional Sepak Takraw XVII, Senin (22/8) di Gelanggang Mahasiswa Soemantri Brojonegoro, "
            "Jakarta, resmi dibuka Menteri Negara Pemuda dan Olahraga Adhyaksa Dault.")
    asked = qa_minor(text, "id")  # (the weekday of a thing done: minor since reviews 79-80)
    assert asked.get("Kapan Kejuaraan Nasional Sepak Takraw XVII resmi dibuka Menteri Negara Pemuda dan Olahraga "
                     "Adhyaksa Dault?") == "Senin (22/8)", asked
    # "Nomor 12 Tahun 2005": the year numbers the act; no gap on it, and it is no second date of the clause
    text = ("Ribuan perajin dan pekerja rotan berunjuk rasa, Jumat (26/8), menolak Peraturan Menteri Perdagangan "
            "Nomor 12 Tahun 2005 tentang Pencabutan Larangan Ekspor Rotan.")
    assert "2005" not in gaps_of(text, "id"), gaps_of(text, "id")
    asked = qa_minor(text, "id")
    assert asked.get("Kapan ribuan perajin dan pekerja rotan berunjuk rasa menolak Peraturan Menteri Perdagangan "
                     "Nomor 12 Tahun 2005 tentang Pencabutan Larangan Ekspor Rotan?") == "Jumat (26/8)", asked
    facts = {f.label for f in briefing.extract(text, title="Berita", lang="id").facts}
    assert "Ribuan" not in facts, facts


def test_when_past_a_day_said_again_a_weekday_after_the_subject_and_a_count_as_subject():
    # "April this year": the same month said again does not hide the clause (the answer keeps
    # "this year" since round 94: dates.date_suffixes)
    asked = qa("The original Zafi virus appeared in April this year. It spread by e-mail.", "en")
    assert asked.get("When did the original Zafi virus appear?") == "April this year", asked
    # "Rakyat Mesir hari Rabu (7/9) ... menuju": a weekday after the subject dates the clause, not the noun
    text = ("Rakyat Mesir hari Rabu (7/9) untuk pertama kali menuju tempat-tempat pemungutan suara untuk memilih "
            "presiden secara langsung.")
    assert "Rabu (7/9)" in qa_minor(text, "id").values(), qa_minor(text, "id")  # (minor: review 80)
    # "Sekitar 500 praktisi ... berkumpul": a count of people is a subject; "besok" restates the day
    text = ("Sekitar 500 praktisi bank syariah dari Indonesia berkumpul di Singapura, Selasa (30/8) besok, "
            "mendiskusikan perkembangan perbankan syariah.")
    assert "Selasa (30/8)" in qa_minor(text, "id").values(), qa_minor(text, "id")



def test_review_71_english_an_infinitive_participle_a_second_clause_a_clock_and_a_hyphened_title():
    asked = qa("The last meteorite to be recovered in Britain fell on the town of Winchcombe in Gloucestershire "
               "in February 2021. That rock weighed just over 500g.", "en")
    assert asked.get("When did the last meteorite to be recovered in Britain fall on the town of Winchcombe in "
                     "Gloucestershire?") == "February 2021", asked
    # "Volta Telecom paid $98 million | and AirLink Ghana paid $87 million": the next clause is its own
    asked = qa("Sika Mobile paid $125 million for the first lot. Volta Telecom paid $98 million and AirLink Ghana "
               "paid $87 million, the regulator said.", "en")
    assert not [q for q in asked if "AirLink Ghana paid" in q], asked
    assert asked.get("How much did Volta Telecom pay?") == "$98 million", asked
    # "at about 21:40 GMT": the clause holds a time of its own, so "when" has two answers
    asked = {c.question: c.answer for c in _cards_or_none(
        "The fireball was seen by thousands of people at about 21:40 GMT on Saturday 18 October.", "en")}
    assert "Saturday 18 October" not in asked.values(), asked
    # "NCA Director-General Abena Owusu-Darko": a hyphened title is a title
    text = ('Ghana\'s National Communications Authority (NCA) sold three licences. "The result shows strong '
            'confidence in the Ghanaian market," NCA Director-General Abena Owusu-Darko told reporters in Accra.')
    assert qa(text, "en").get("Who is the NCA Director-General?") == "Abena Owusu-Darko", qa(text, "en")


def test_review_71_minor_gaps_on_the_whole_and_a_lone_event_noun():
    # "all 23 crew members were safe": the news is that all were
    text = ("The ship's operator said all 23 crew members were safe. The ship lost 46 containers in a storm "
            "in the Bay of Biscay on Tuesday.")
    assert "23" not in gaps_of(text, "en"), gaps_of(text, "en")
    # "Pembangunan dimulai ...": the building of what? (and "cocok ditanam": what is?)
    text = ("PT SNP meresmikan tungku listrik keempat di Kolaka. Pembangunan dimulai pada awal 2024 dan "
            "melibatkan sekitar 1.500 pekerja konstruksi.")
    assert "awal 2024" not in gaps_of(text, "id") and "sekitar 1.500 pekerja" not in qa(text, "id").values(), \
        (gaps_of(text, "id"), qa(text, "id"))
    text = ("Menurut dia, sorgum hanya membutuhkan sepertiga air yang dibutuhkan padi sehingga cocok ditanam di "
            "lahan kering yang curah hujannya kurang dari 1.000 milimeter per tahun.")
    assert not [q for q in qa(text, "id") if q.startswith("Cocok")], qa(text, "id")


def test_a_choice_never_offers_one_place_written_two_ways():
    text = ("Sebanyak 312 calon jemaah umrah asal Sulawesi Selatan gagal diberangkatkan ke Tanah Suci oleh PT Cahaya "
            "Safar Mandiri, penyelenggara perjalanan ibadah umrah (PPIU) yang berkantor di Makassar, sehingga para "
            "jemaah melaporkan pimpinan perusahaan itu ke Kepolisian Daerah (Polda) Sulawesi Selatan, Selasa.\n\n"
            "Kepala Bidang Humas Polda Sulsel Kombes Pol Arya Wicaksana membenarkan adanya laporan tersebut di "
            "Jakarta.\n\nKanwil Kemenag Sulsel telah memanggil pimpinan perusahaan ke kantornya di Jakarta. Jemaah dari "
            "luar Sulsel juga menjadi korban.")
    asked = [c for c in every_card(text, "id") if c.answer == "Makassar" and c.type != "cloze"]
    assert asked, [(c.type, c.question, c.answer) for c in every_card(text, "id")]
    for c in asked:
        assert not {"Sulsel", "Sulawesi Selatan"} <= set(c.choices), c.choices
    # ... nor the region the article places the answer in ("Makassar, Sulawesi Selatan"), which is true too
    text = ("Sebanyak 312 calon jemaah umrah gagal diberangkatkan ke Tanah Suci oleh PT Cahaya Safar Mandiri, "
            "penyelenggara perjalanan ibadah umrah (PPIU) yang berkantor di Makassar, sehingga para jemaah melaporkan "
            "pimpinan perusahaan itu ke Kepolisian Daerah (Polda) Sulawesi Selatan, Selasa.\n\nKepala Bidang Humas "
            "Polda Sulawesi Selatan Kombes Pol Arya Wicaksana membenarkan adanya laporan tersebut di Jakarta.\n\n"
            "Kanwil Kemenag Sulawesi Selatan telah memanggil pimpinan perusahaan ke kantornya di Jakarta. Korban "
            "kebanyakan warga Makassar, Sulawesi Selatan, dan Surabaya, Jawa Timur.")
    asked = [c for c in every_card(text, "id") if c.answer == "Makassar" and c.type == "choice"]
    assert asked and all("Sulawesi Selatan" not in c.choices for c in asked), [c.choices for c in asked]


def test_who_said_cards_are_minor():
    # teachers accepted 5 of 20 judgements of who-said cards in default decks of review rounds 67-76:
    # a deck asked to be bigger has them, after the others; a default deck has none
    text = ('"My daughter was halfway through her swimming badges," said Emma Clarke, 34, a nurse. '
            '"Every time a pool closes, children lose a vital skill," said Jane Hartley. The council will close '
            "four of its nine pools in March to save 2.3 million pounds a year.")
    said = {c.answer: c.tags for c in every_card(text, "en") if c.family == "said"}
    assert {"Emma Clarke", "Jane Hartley"} <= set(said) and all("minor" in t for t in said.values()), said
    assert not [c for c in briefing.extract(text, title="Pools", lang="en").cards if c.family == "said"]


def test_a_counted_noun_written_with_a_slash_is_counted_whole():
    text = ("Pemerintah Provinsi Sumut berencana menggelar pasar murah di 33 kabupaten/kota pada 15-23 Desember 2025. "
            "Harga daging sapi kini menembus Rp 150.000 per kilogram.")
    counts = [c for c in every_card(text, "id") if "33" in c.answer]
    assert counts and all(c.answer == "33 kabupaten/kota" and "kabupaten /kota" not in c.question for c in counts), \
        [(c.question, c.answer) for c in counts]


def test_a_definition_reads_past_an_aside_in_brackets():
    text = ("Microgrids are small local (community-scale) power networks, which can run on their own when the main "
            "grid fails. Most microgrids use solar panels and batteries. Several towns in Vermont built microgrids "
            "after the storms of 2023, and the state plans 40 more by 2030.")
    defined = [c.answer for c in every_card(text, "en") if c.family == "define"]
    assert len(defined) == 1 and defined[0].startswith("small local power networks") and "(" not in defined[0], \
        defined


def test_won_the_200_metres_names_a_race_not_a_distance_won():
    text = ("Kenteris won the 200 metres at the Sydney Olympics in 2000. Kenteris missed a drugs test in Athens "
            "in August 2004. He withdrew from the Games two days later.")
    asked = qa(text, "en")
    assert not [q for q in asked if q.startswith("How many metres")], asked


def test_review_72_whose_words_and_which_record_a_cited_source_and_a_yardsticks_date():
    # "Menurut dia, ...", "The previous record, ...": whose words, which record? gaps are minor
    text = ("Menurut dia, harga karet di tingkat petani bergantung pada harga SIR 20 yang kini berada di kisaran "
            "US$ 1,55 per kilogram.")
    assert "US$ 1,55" not in gaps_of(text, "id"), gaps_of(text, "id")
    text = "The previous record, A$10 million, was set in 2019 against a telecoms company."
    assert "10 million" not in gaps_of(text, "en") and "A$10 million" not in gaps_of(text, "en"), gaps_of(text, "en")
    # "Menurut data ___": the source of the data
    text = ("Menurut data Kementerian ESDM, baru 3.780 sepeda motor yang dikonversi pada Oktober 2024, jauh dari target "
            "awal 150.000 unit.")
    assert "Kementerian ESDM" not in gaps_of(text, "id"), gaps_of(text, "id")
    # "compared with 216,000 tonnes in the same period of ___": the yardstick's date
    text = ("The Kenya Flower Council said export volumes fell 11 percent to 192,000 tonnes in the first nine months of "
            "the year, compared with 216,000 tonnes in the same period of 2023.")
    assert "2023" not in gaps_of(text, "en"), gaps_of(text, "en")
    # "guna mempercepat ...": a purpose phrase has no subject of its own
    text = ("Pemerintah menaikkan bantuan konversi motor listrik dari Rp7 juta menjadi Rp10 juta per unit mulai 1 Januari "
            "2025, guna mempercepat target 50.000 unit konversi hingga akhir tahun depan.")
    assert not [q for q in qa(text, "id") if q.startswith("Guna")], qa(text, "id")


def test_a_how_many_question_goes_on_past_a_conversion_to_below_or_above():
    text = ("The field of hydrothermal vents lies about 2,900 meters (9,500 feet) below the surface on the Central "
            "Indian Ridge. Scientists found the vents in October.")
    asked = qa(text, "en")
    assert asked.get("How many meters does the field of hydrothermal vents lie below the surface on the Central "
                     "Indian Ridge?") == "about 2,900", asked


def test_a_how_many_question_leaves_out_a_subordinate_clause_cut_before_its_verb():
    text = ("Pertandingan sempat dihentikan wasit selama 27 menit pada babak kedua setelah puluhan suar (flare) dan "
            "botol air mineral dilemparkan suporter tuan rumah ke dalam lapangan.")
    asked = qa(text, "id")
    assert asked.get("Pertandingan sempat dihentikan wasit selama berapa menit pada babak kedua?") == "27 menit", asked
    # ... but a phrase that ends its clause stays
    text = ("The shilling has gained about 4 percent against the dollar since January and traded at 129.10 on "
            "Friday.")
    assert qa(text, "en").get("By how much has the shilling gained against the dollar since January?") == \
        "about 4 percent", qa(text, "en")


def test_a_short_form_never_spelled_out_is_listed_with_the_names_not_the_bodies():
    text = ("Pertamina menurunkan harga bensin RON 92 di seluruh SPBU mulai Senin (1/12/2025). "
            "Menurut BMKG, hujan lebat masih akan turun pekan ini. Badan Pusat Statistik (BPS) mencatat inflasi "
            "naik 0,3 persen. BMKG meminta warga waspada.")
    facts = {(f.kind, f.label) for f in briefing.extract(text, title="Berita", lang="id").facts}
    assert ("organisation", "BPS") in facts, facts  # spelled out: a body
    assert not {("organisation", "RON"), ("organisation", "SPBU"), ("organisation", "BMKG")} & facts, facts
    assert ("name", "BMKG") in facts, facts  # said twice: a name worth listing


def test_initials_are_no_names_and_an_office_spelled_by_its_short_form_is_no_person():
    text = ("Direktur Reserse Kriminal Khusus (Dirreskrimsus) Polda Jabar Kombes Pol Hendra Wiratama mengatakan, lima "
            "orang ditangkap dalam penggerebekan pada Rabu (12/11/2025) malam. Kelima tersangka berinisial AS (45), "
            "RN (38), DH (29), MY (33), dan SL (41). RN dan DH bertugas mencetak, sedangkan SL mencari pembeli.")
    facts = {(f.kind, f.label) for f in briefing.extract(text, title="Berita", lang="id").facts}
    assert not {k for k in facts if k[1] in {"RN", "DH", "SL", "AS", "MY"}}, facts
    assert ("person", "Reserse Kriminal Khusus") not in facts, facts


def test_review_73_a_capitalised_particle_a_company_up_to_the_comma_and_a_directorate_general():
    # "De Vries told ..." after "Agriculture Minister Anouk de Vries": the same person, in full
    text = ('Agriculture Minister Anouk de Vries said on Friday that fewer farmers signed up than expected. '
            '"Many farmers told us the price was not high enough to start a new life," De Vries told a news '
            'conference in The Hague.')
    said = [c.answer for c in every_card(text, "en") if c.family == "said"]
    assert said == ["Anouk de Vries"], said
    # "Kuasa hukum PT Rasa Pedas Nusantara, Desi Ratnasari, menyambut ...": the company runs to the comma;
    # "Direktorat Jenderal Kekayaan Intelektual" is a body, not a general's rank before a name
    text = ("Kuasa hukum PT Rasa Pedas Nusantara, Desi Ratnasari, menyambut baik putusan tersebut. Gugatan diajukan "
            "ke Direktorat Jenderal Kekayaan Intelektual (DJKI) pada Maret 2024.")
    extracted = briefing.extract(text, title="Berita", lang="id", max_cards=30)
    people = {f.label for f in extracted.facts if f.kind == "person"}
    assert not people & {"Pedas Nusantara", "Kekayaan Intelektual"}, people
    assert "Pedas Nusantara" not in {c.answer for c in extracted.cards}, [(c.question, c.answer) for c in extracted.cards]


def test_a_question_naming_someone_by_a_relation_to_nobody_is_not_asked():
    text = ("Menurut dia, kemiripan kedua merek telah merugikan kliennya karena banyak konsumen mengira gerai tergugat "
            "merupakan cabang dari usaha kliennya. Pengadilan memutuskan perkara itu pada Kamis (5/12/2024).")
    assert not [q for q in qa_minor(text, "id") if "kliennya" in q], qa_minor(text, "id")


def test_a_noun_made_from_a_verb_after_a_title_opens_a_field_or_a_body_not_a_name():
    text = ("Ketua Umum Perkumpulan Industri Kendaraan Listrik Indonesia (Periklindo), Benny Tanoto, menyambut baik "
            "langkah PLN. Menurut Direktur Penanggulangan Penyakit Menular Kemenkes, dr. Rahmat Hidayat, alat rontgen "
            "portabel dilengkapi kecerdasan buatan.")
    extracted = briefing.extract(text, title="Berita", lang="id", max_cards=30)
    people = {f.label for f in extracted.facts if f.kind == "person"}
    assert not people & {"Perkumpulan Industri Kendaraan Listrik Indonesia",
                         "Penanggulangan Penyakit Menular Kemenkes"}, people
    asked = {c.question: c.answer for c in extracted.cards if c.type != "cloze"}
    assert asked.get("Siapa Direktur Penanggulangan Penyakit Menular Kemenkes?") == "Rahmat Hidayat", asked


def test_a_how_many_question_keeps_the_phrase_a_bare_verb_needs():
    text = ("About 14,000 babies are born with sickle cell disease in Kenya every year, according to ministry "
            "estimates, and the condition is most common in counties around Lake Victoria. Screening starts in 12 "
            "counties in January.")
    asked = qa(text, "en")
    assert asked.get("How many babies are born with sickle cell disease in Kenya every year?") == "About 14,000", asked
    assert "How many babies are born?" not in asked, asked


def test_a_count_opening_on_an_at_least_word_keeps_the_phrase_that_ends_a_pair_of_counts():
    # "Sedikitnya" is a hedge on the figure, not the clause's subject; the phrase after the
    # second count ("dalam kecelakaan ...") tells of both, so the first count's question keeps it
    text = ("Sedikitnya 23 orang tewas dan 41 orang selamat dalam kecelakaan bus di jalur Puncak, Kabupaten "
            "Bogor, Minggu (12/10). Bus itu membawa rombongan pekerja pabrik dari Tangerang.")
    asked = qa_minor(text, "id")  # (its when-question on a weekday is minor since review 80)
    assert asked.get("Berapa orang tewas dalam kecelakaan bus di jalur Puncak?") == "Sedikitnya 23 orang", asked
    # ... and the clause it opens has a subject: when it happened is asked
    assert asked.get("Kapan sedikitnya 23 orang tewas dan 41 orang selamat dalam kecelakaan bus di jalur Puncak, "
                     "Kabupaten Bogor?") == "Minggu (12/10)", asked
    # ... but a second count with a verb of its own keeps its phrase to itself
    text = ("Seven workers were killed and 41 others were brought to the surface alive after a tunnel collapsed "
            "at a copper mine in northern Chile on Tuesday. Rescue teams worked through the night.")
    asked = qa(text, "en")
    assert not any("were killed to the surface" in q for q in asked), asked


def test_two_counted_nouns_share_the_verb_after_the_second():
    text = ("Tim peneliti LIPI menginventarisasi ribuan jenis tumbuhan di Pegunungan Arfak, Papua Barat, selama "
            "tiga bulan. Sedikitnya 12 jenis anggrek dan 5 satwa tergolong langka.")
    asked = qa(text, "id")
    assert asked.get("Berapa jenis anggrek tergolong langka?") == "Sedikitnya 12", asked


def test_review_75_whole_names_quoted_terms_participle_dates_and_pointing_objects():
    # who said it: the whole name the article gave before, not the short one of the quote
    text = ("Kepala Dinas Pariwisata Kota Padang, Rina Kartika Siregar, mengatakan jumlah wisatawan naik 12 persen "
            "sepanjang 2025. \"Kota ini sedang berubah dari kota transit menjadi tujuan wisata utama,\" kata Rina "
            "Kartika. Pemerintah kota menyiapkan 40 bus wisata baru.")
    said = {c.answer for c in every_card(text, "id") if "said" in c.tags}
    assert said == {"Rina Kartika Siregar"}, said
    # a term in quotation marks ends before the comma the marks close on
    text = ("The painting, known as the \"Blue Harbour,\" was bought by a private collector for 4 million pounds on "
            "Tuesday. The auction house said the work had been in a Dutch family since 1921.")
    assert not any(c.answer.endswith(",") for c in every_card(text, "en")), every_card(text, "en")
    # a date after a participle is the participle's, and the main verb comes after it
    text = ("The disease was found on a 40-hectare farm in the province of Loja, the ministry said in a statement. "
            "Laboratory tests on samples taken on Oct. 2 confirmed the presence of the virus. About 120 farms were "
            "placed under quarantine.")
    asked = qa_minor(text, "en")
    assert not any("taken confirmed" in q for q in asked), asked
    # "hal itu" in a question: which matter?
    text = ("Sebagian besar kasus tercatat di Jakarta dan Surabaya. Dinas Kesehatan menduga hal itu karena akses "
            "pemeriksaan di kedua kota lebih baik.")
    asked = qa_minor(text, "id")
    assert not any("hal itu" in q for q in asked), asked


def test_a_count_clause_opening_on_a_time_phrase_takes_its_subject_from_before_the_comma():
    text = ("Jumlah pengunjung pameran buku Jakarta Book Fair 2025 di Jakarta International Expo (JIExpo), Kemayoran, "
            "Jakarta Pusat (Jakpus), selama lima hari penyelenggaraan mencapai 84.300 orang, naik 12 persen "
            "dibandingkan tahun lalu. "
            "Pada hari terakhir saja, jumlah pengunjung mencapai 21.500 orang.")
    asked = qa(text, "id")
    assert asked.get("Jumlah pengunjung pameran buku Jakarta Book Fair 2025 selama lima hari penyelenggaraan "
                     "mencapai berapa orang?") == "84.300 orang", asked
    assert not any(q.startswith("Selama") for q in asked), asked
    # ... and a phrase of time led by "hari" stays in front of its clause
    assert asked.get("Pada hari terakhir saja, jumlah pengunjung mencapai berapa orang?") == "21.500 orang", asked


def test_a_figure_after_sold_for_is_asked_with_the_preposition_left_after_the_verb():
    text = ("A guitar made by Leo Fender in 1951 sold for 2.4 million dollars at an auction in New York on Friday, "
            "the auction house said. The previous record for a guitar was set in 2019, when the \"Black Strat\" "
            "guitar sold for $3.9 million.")
    asked = qa(text, "en")
    assert asked.get("How many dollars did a guitar made by Leo Fender in 1951 sell for at an auction in New "
                     "York on Friday?") == "2.4 million", asked
    assert not any(q.startswith("How much did guitar") for q in asked), asked  # (a name cut at its quote)


def test_a_change_by_a_figure_to_a_level_is_no_range():
    text = ("Kenya's jobless rate fell to 5.6% in the second quarter, the statistics office said on Monday. The number "
            "of employed people rose by 312,000 to 19.4 million, while the number of unemployed fell by 95,000 to "
            "1.2 million.")
    gaps = gaps_of(text, "en")
    assert {"19.4 million", "1.2 million"} <= gaps, gaps


@pytest.mark.parametrize("text,level", [
    ("Leeds City Council will raise the cost of an all-day parking permit from £9 to £27 in April, the council "
     "said on Monday.", "£27"),
    # a bare number: what changed is counted by the subject
    ("The number of charging sites grew from 400 to 700 last year, according to the transport department.", "700"),
    ("The retirement age has risen from 65 to 67 since the reform, the ministry said on Friday.", "67"),
])
def test_a_change_from_one_figure_to_another_is_no_range(text, level):
    gaps = gaps_of(text, "en")
    assert level in gaps, gaps


@pytest.mark.parametrize("text", [
    # no verb of change: the two figures bound a range, neither end is a fact alone
    "Tickets for the festival cost from £9 to £27, the organisers said on Monday.",
    "The museum will be open from 9 to 11 on weekdays, the city council said on Monday.",
])
def test_a_range_from_one_figure_to_another_has_no_gap_on_its_end(text):
    gaps = {c.answer for c in every_card(text, "en") if c.type == "cloze"}
    assert not {"£27", "11", "£9", "9"} & gaps, gaps


def test_a_count_after_sebanyak_and_a_phrase_of_cause_before_its_clause():
    text = ("Polisi menangkap dua pria yang membobol mesin ATM di Kota Malang. Akibat perbuatan tersebut, sebanyak "
            "96 nasabah dari tiga bank mengalami kerugian dengan total sekitar Rp640 juta.")
    asked = qa(text, "id")
    # "sebanyak" goes with the figure, and a phrase after the counted noun is no reason to give up
    assert asked.get("Berapa nasabah dari tiga bank mengalami kerugian?") == "96 nasabah", asked
    # "Akibat perbuatan tersebut," points back, but the clause after it names its own subject
    assert "Rp640 juta" in gaps_of(text, "id"), gaps_of(text, "id")


_HONORIFIC = ("Rektor Universitas Hasanuddin Prof Andi Rahman mengatakan kampus baru akan dibuka pada Januari 2026. "
              "Hal itu disampaikan Kepala Pusat Riset Kelautan BRIN Dr Sri Lestari dalam jumpa pers di Makassar.")
_OWNER = ("Kenya's transport minister, Davis Chirchir, said the rules would take effect in March. Wales's rural "
          "affairs minister Huw Jenkins visited the farm on Tuesday.")


@pytest.mark.parametrize("text,lang,question,answer", [
    # an office, then its holder after an honorific, is a role
    (_HONORIFIC, "id", "Siapa Rektor Universitas Hasanuddin?", "Andi Rahman"),
    (_HONORIFIC, "id", "Siapa Kepala Pusat Riset Kelautan BRIN?", "Sri Lestari"),
    # an owner and lower-case nouns before a title are the role
    (_OWNER, "en", "Who is Kenya's transport minister?", "Davis Chirchir"),
    (_OWNER, "en", "Who is Wales's rural affairs minister?", "Huw Jenkins"),
])
def test_what_stands_before_a_holder_is_the_role(text, lang, question, answer):
    asked = qa(text, lang)
    assert asked.get(question) == answer, asked


def test_review_76_examples_comparisons_second_predicates_decades_and_periods():
    # a figure given as an example is no question, and its gap is minor
    text = ("Redenominasi tidak mengubah daya beli. Harga sepiring nasi seharga Rp 15.000, misalnya, akan ditulis "
            "Rp 15. Pemerintah menargetkan uang baru beredar pada 2028.")
    assert not any("seharga" in q for q in qa_minor(text, "id")), qa_minor(text, "id")
    assert "Rp 15.000" not in gaps_of(text, "id"), gaps_of(text, "id")
    # a comparison set off after the news has no subject of its own
    text = ("Sepanjang Januari hingga Juni tahun ini, dinas menerima 210 aduan terkait kebisingan, hampir empat kali "
            "lipat dibandingkan 55 aduan pada periode yang sama tahun lalu.")
    assert not any(q.startswith("Berapa kali lipat") for q in qa_minor(text, "id")), qa_minor(text, "id")
    # a second predicate with a figure of its own is not part of the first one's question
    text = "Born in Aomori, the wrestler stands 1.91 metres tall and weighs 168 kilograms, officials said."
    assert not any("weighs" in q for q in qa_minor(text, "en")), qa_minor(text, "en")
    # "since the 1990s": the decade a state of things started from is minor
    text = ("The city voted on Wednesday to extend its smoke control area to every ward, ending exemptions that "
            "have applied to parts of the north since the 1990s.")
    assert "1990s" not in gaps_of(text, "en"), gaps_of(text, "en")
    # a phrase of a calendar period opening the sentence stays in front of the question
    text = ("Serangan virus menyebabkan produksi udang di Lampung Timur anjlok. Pada triwulan ketiga tahun ini, "
            "produksi diperkirakan hanya 2.900 ton.")
    assert "Pada triwulan ketiga tahun ini, produksi diperkirakan hanya berapa ton?" in qa(text, "id"), qa(text, "id")


def test_a_month_without_year_or_day_is_a_minor_answer_for_a_thing_done_not_for_a_plan():
    # (past the lead: the lead's month is the news's own, "prices rose ... in October")
    text = ("Swimmers in Ashford will have to travel 20 miles for a lesson this winter. The town's only public pool "
            "closed in March after its roof was found to be unsafe, the council said. Two new pools will open in "
            "April, the council said on Tuesday.")
    asked, every = qa(text, "en"), qa_minor(text, "en")
    assert every.get("When did the town's only public pool close?") == "March", every
    assert "When did the town's only public pool close?" not in asked, asked
    assert asked.get("When will two new pools open?") == "April", asked


def test_a_span_after_a_superlative_is_no_duration():
    text = ("House prices in Britain rose at their fastest annual rate for ten months in October, a survey showed on "
            "Friday. The average price of a home reached 271,000 pounds.")
    assert not any(q.startswith("How long") for q in qa_minor(text, "en")), qa_minor(text, "en")


def test_review_77_a_noun_joined_inside_the_counted_phrase_and_a_name_with_a_soft_break():
    # "di sektor alas kaki dan tekstil ... terkena PHK": the second noun is the phrase's, the verb the count's
    text = ("Pabrik sepatu di Semarang dinyatakan pailit. Sepanjang Januari hingga Oktober 2024 tercatat lebih dari "
            "9.000 pekerja di sektor alas kaki dan tekstil di Jawa Tengah terkena PHK.")
    asked = qa(text, "id")
    assert any(q.endswith("berapa pekerja di sektor alas kaki dan tekstil di Jawa Tengah terkena PHK?") for q in asked), \
        asked
    # "sebagai Bank Dalam Resolusi": a soft break written inside a name does not cut it
    text = ("OJK mencabut izin usaha BPR Sejahtera Abadi di Sleman. Pada Maret 2024, OJK menetapkan BPR Sejahtera "
            "Abadi sebagai Bank Dalam Resolusi dan menyerahkan penanganannya kepada Lembaga Penjamin Simpanan (LPS).")
    asked = qa_minor(text, "id")
    assert not any(q.endswith("sebagai Bank?") for q in asked), asked
    assert any(q.endswith("sebagai Bank Dalam Resolusi?") for q in asked), asked


def test_a_century_is_a_date_its_adjective_and_a_record_span_are_not_the_news():
    text = ("The movement began in the mid-18th century within the Church of England. A small group of students met "
            "at Oxford, where an 18th-century library still stands.")
    gaps = {c.answer: c.tags for c in every_card(text, "en") if c.type == "cloze"}
    assert "mid-18th century" in gaps and "minor" not in gaps["mid-18th century"], gaps
    assert "minor" in gaps.get("18th-century", ("minor",)), gaps
    timeline = {f.label: f.sort for f in briefing.extract(text, title="Methodists", lang="en").facts if f.kind == "date"}
    assert timeline.get("mid-18th century") == "1750" and "18th-century" not in timeline, timeline
    text = ("Candi itu dibangun pada abad ke-9 oleh Dinasti Syailendra. Pada pertengahan abad XIX, candi ditemukan "
            "kembali oleh warga. Museum itu disebut bangunan budaya terbesar abad ke-21, kata PT Sari Nutrisi Abadi.")
    timeline = {f.label: f.sort for f in briefing.extract(text, title="Candi", lang="id").facts if f.kind == "date"}
    assert timeline.get("abad ke-9") == "0800" and timeline.get("pertengahan abad XIX") == "1850", timeline
    assert "Abadi" not in timeline and "abad ke-21" not in timeline, timeline


def test_a_century_s_era_belongs_to_its_date_and_is_never_left_in_a_question():
    # round 104: "Kapan kompleks Candi Plaosan dibangun Masehi pada masa Kerajaan Mataram Kuno?"
    text = ("Balai Pelestarian Kebudayaan memulai pemugaran Candi Plaosan pada Rabu (5/6/2024). Kompleks Candi "
            "Plaosan dibangun pada pertengahan abad ke-9 Masehi pada masa Kerajaan Mataram Kuno. Candi Sewu "
            "dibangun pada abad ke-8 Masehi, kata arkeolog itu.")
    cards = every_card(text, "id")
    assert not any("Masehi" in c.question for c in cards if c.type != "cloze"), [c.question for c in cards]
    assert "abad ke-8 Masehi" in {c.answer for c in cards}, [(c.question, c.answer) for c in cards]
    timeline = {f.label: f.sort for f in briefing.extract(text, title="Candi", lang="id").facts if f.kind == "date"}
    assert timeline.get("pertengahan abad ke-9 Masehi") == "0850", timeline
    text = "Archaeologists found a temple on Monday. The temple was built in the 3rd century BC by the Romans."
    cards = every_card(text, "en")
    assert not any(c.question.rstrip("?").endswith(" BC") or " BC " in c.question for c in cards if c.type != "cloze"), \
        [c.question for c in cards]
    assert "3rd century BC" in {c.answer for c in cards}, [(c.question, c.answer) for c in cards]
    # a century before the common era has no place on the timeline's scale of years
    timeline = {f.label: f.sort for f in briefing.extract(text, title="Temple", lang="en").facts if f.kind == "date"}
    assert timeline.get("3rd century BC", "~") == "~", timeline


def test_the_dates_of_one_sentence_each_show_their_own_words_on_the_timeline():
    # seen as a user: the statue's sentence stood three times on the timeline, at 1820, 1954 and 2006
    text = ("Museum itu dibuka pada Sabtu (1/11/2025). Patung yang ditemukan pada 1820 di dekat kuil Memphis ini "
            "telah beberapa kali berpindah tempat, termasuk sempat berdiri di depan stasiun kereta api utama Kairo "
            "dari 1954 hingga 2006. Perahu kayu itu ditemukan pada 1954 di dekat piramida, dan perahu kedua pada "
            "1987, kata Menteri Pariwisata Mesir Ahmed Issa.")
    timeline = [(f.label, f.detail) for f in briefing.extract(text, title="Museum", lang="id").facts
                if f.kind == "date"]
    details = {label: detail for label, detail in timeline if label in {"1820", "2006"}}
    assert details["1820"].startswith("Patung yang ditemukan pada 1820"), timeline
    assert "1954 hingga 2006" in details["2006"] and details["2006"] != details["1820"], timeline
    # the boat's 1954 is its own entry; a date said twice in one sentence is one
    assert [label for label, _ in timeline].count("1954") == 2, timeline
    text = ("The Summer Theatre ran from 1870 to 1939, and the 1870 building still stands. The council will spend "
            "$2 million to restore it, Mayor Anna Kowalski said on Monday.")
    labels = [f.label for f in briefing.extract(text, title="Theatre", lang="en").facts if f.kind == "date"]
    assert labels.count("1870") == 1, labels


def test_who_did_reads_past_an_age_and_a_description_set_off_after_the_name():
    text = ("Konflik manusia dan harimau kembali terjadi di Riau. Lukman Lubis (27), operator alat berat asal "
            "Berastagi, Sumatera Utara, menjadi korban ke-19 terkaman harimau sumatera di Riau sepanjang tiga tahun "
            "terakhir.")
    asked = qa(text, "id")
    assert asked.get("Siapa yang menjadi korban ke-19 terkaman harimau sumatera di Riau sepanjang tiga tahun "
                     "terakhir?") == "Lukman Lubis", asked
    # ... what someone did, not what they called it
    text = ("Cable thieves stopped trains between Leeds and York on Monday. Jane Whitfield, operations director for "
            "Network Rail's North and East route, called the theft \"a deliberate and reckless act that put lives at "
            "risk\".")
    assert not any(q.startswith("Who called") for q in qa_minor(text, "en")), qa_minor(text, "en")


def test_a_church_a_court_a_school_and_a_parliament_are_bodies_not_people():
    text = ("The movement which would become the United Methodist Church began within the Church of England. Its "
            "founders met at Oxford. In 1977 the Leeds Crown Court heard the case, and the Scottish Parliament "
            "debated it at Davis Middle School.")
    facts = briefing.extract(text, title="Methodists", lang="en").facts
    people = {f.label for f in facts if f.kind == "person"}
    bodies = {f.label for f in facts if f.kind == "organisation"}
    assert not people & {"United Methodist Church", "Church"}, people
    assert {"United Methodist Church", "Church of England", "Leeds Crown Court", "Scottish Parliament"} <= bodies, bodies


def test_a_cv_is_a_company_as_a_pt_is():
    text = ("Seekor harimau sumatera menerkam pekerja di Riau. Lukman Lubis (27), operator alat berat CV Trio Sakti "
            "Mandiri asal Berastagi, menjadi korban ke-19 dalam tiga tahun terakhir.")
    facts = briefing.extract(text, title="Harimau", lang="id").facts
    assert "CV Trio Sakti Mandiri" in {f.label for f in facts if f.kind == "organisation"}, facts


@pytest.mark.parametrize("text,question,answer", [
    # a break word inside the relative clause: the main verb comes back after it
    ("Kepala dinas itu mengatakan, petani yang sawahnya rusak karena banjir akan menerima bantuan Rp 2 juta "
     "per hektare dari pemerintah daerah.",
     "Petani yang sawahnya rusak karena banjir akan menerima bantuan sebesar berapa per hektare dari pemerintah daerah?",
     "Rp 2 juta"),
    # a relative clause, then a modal and the main verb: the subject is the noun before "yang"
    ("Pengendara yang melintas di jalur khusus sepeda akan dikenai denda Rp 500.000 mulai bulan depan.",
     "Pengendara yang melintas di jalur khusus sepeda akan dikenai denda sebesar berapa mulai bulan depan?", "Rp 500.000"),
    # "-nya" after "yang" is the subject's own, told before it, not a referent outside the clause
    ("Menurut dinas kesehatan, satu penderita campak yang tidak diobati dapat menulari 12 sampai 18 orang "
     "di sekitarnya.",
     "Satu penderita campak yang tidak diobati dapat menulari berapa orang di sekitarnya?", "12 sampai 18 orang"),
])
def test_a_relative_clause_then_a_modal_keeps_the_subject_whole(text, question, answer):
    assert _qa_or_none(text, "id").get(question) == answer


@pytest.mark.parametrize("text,body,short,holder", [
    # a body whose head word is in roles.org_heads ("Ikatan", "Gabungan", "Perkumpulan", ...)
    ("Ketua Umum Ikatan Perajin Batik Nusantara (Ikrabat) Dewi Lestari mengatakan penjualan batik naik "
     "menjadi Rp 2 triliun tahun ini.", "Ikatan Perajin Batik Nusantara", "Ikrabat", "Dewi Lestari"),
    # one whose head word is not: the longer office holds the short title, and its holder follows
    ("Ketua Umum Wadah Pegiat Literasi Nasional (Wapelnas) Rina Kartika mengatakan jumlah taman baca naik "
     "menjadi 4.200 unit tahun ini.", "Wadah Pegiat Literasi Nasional", "Wapelnas", "Rina Kartika"),
])
def test_a_body_between_a_title_and_its_holder_is_no_person(text, body, short, holder):
    got = _qa_or_none(text, "id")
    assert body not in got.values()  # not "Siapa Ketua Umum? Ikatan Perajin Batik Nusantara"
    assert not any(q.startswith("Apa jabatan") and body in q for q in got)
    # (the office is asked by the body's short form since the acronym's own card spells it out:
    # "Siapa Ketua Umum Ikrabat?"; the holder is the point here)
    assert any(q in (f"Siapa Ketua Umum {short}?", f"Siapa Ketua Umum {body} ({short})?") and a == holder
               for q, a in got.items()), got


def test_as_part_of_opens_no_clause():
    """ "as part of a loan programme agreed in 2023": the date is the programme's, and "as"
    is a preposition here (grammar.prepositional_phrases), not the start of a clause."""
    got = _qa_or_none("The country has cut fuel subsidies as part of a loan programme agreed in 2023 with the "
                      "lender.", "en")
    assert not any(q.startswith("When") and "part of" in q for q in got)


@pytest.mark.parametrize("text,question,answer", [
    ("More than 4,000 phones were handed in, or roughly 11 a day, the office said.",
     "How many phones were handed in?", "More than 4,000"),
    ("Almost 300 flights were called off, the airport said on Monday.",
     "How many flights were called off?", "Almost 300"),
])
def test_a_phrasal_verb_keeps_its_particle(text, question, answer):
    assert _qa_or_none(text, "en").get(question) == answer


@pytest.mark.parametrize("text,lang,vague", [
    # a personal pronoun before the first verb: who raised it, who collected it?
    ("Over four years it raised $310,000 in donations from local residents and businesses.", "en", True),
    ("Dalam waktu tiga jam, mereka mengumpulkan 18 ton sampah dari pantai di Kabupaten Bantul.", "id", True),
    # a possessive after a preposition: whose hotels?
    ("Occupancy at its hotels averaged 41%, against about 63% for privately run hotels nearby.", "en", True),
    # the owner named before the pronoun: the sentence says whose
    ("The Alba fair, now in its 95th year, drew about 600,000 visitors last year.", "en", False),
    ("Dampak dari kekalahan Persija, suporter mereka merusak sedikitnya dua mobil di kawasan Senayan.", "id", False),
])
def test_a_gap_in_a_sentence_leaning_on_a_pronoun_is_minor(text, lang, vague):
    assert (gaps_of(text, lang) == set()) is vague
    assert every_card(text, lang)  # the gaps are still there for a deck asked to be big


@pytest.mark.parametrize("text,question,answer", [
    # a modal, then the verb's bare form: the modal inverts, no do-support
    ("The new bridge would cost £48m, the council said on Monday.", "How much would the new bridge cost?", "£48m"),
    ("Korvan Motors will invest $1.5 billion in a battery plant in Georgia.",
     "How much will Korvan Motors invest in a battery plant in Georgia?", "$1.5 billion"),
])
def test_a_sum_after_a_modal_and_its_verb_is_asked(text, question, answer):
    assert _qa_or_none(text, "en").get(question) == answer


def test_a_reported_modal_clause_is_not_inverted():
    """ "State officials estimated repairs would cost ...": inverted, the reporting verb and the
    reported clause tangle ("How many pesos would state officials estimated repairs cost?")."""
    got = _qa_or_none("State officials estimated repairs would cost about 18 million pesos.", "en")
    assert not any("estimated" in q for q in got)


def test_a_lone_verb_after_a_comma_is_no_subject_of_a_figure_question():
    """ "..., anjlok lebih dari 70 persen dibandingkan ...": the verb goes on the clause before
    it, whose subject the question would lose ("Anjlok berapa persen ...?", round 82)."""
    text = ("Ketua asosiasi itu, Yohanes Saragih, mengatakan nilai pendanaan startup pada semester I 2024 hanya "
            "sekitar US$ 400 juta, anjlok lebih dari 70 persen dibandingkan semester I 2022.")
    got = _qa_or_none(text, "id")
    assert not [q for q in got if q.split()[0] == "Anjlok"], got
    assert "70 persen" in gaps_of(text, "id")  # the figure stays, as a gap in its sentence


def test_a_gloss_in_brackets_does_not_cut_the_second_of_two_nouns():
    """ "dijual melalui lokapasar (marketplace) dan media sosial": the share is of both; asked
    about "lokapasar" alone, the card was wrong (round 82)."""
    got = _qa_or_none("Sekitar 60 persen produk yang disita dijual melalui lokapasar (marketplace) dan media sosial.",
                      "id")
    assert got.get("Berapa persen produk yang disita dijual melalui lokapasar (marketplace) dan media sosial?") == \
        "Sekitar 60 persen", got


@pytest.mark.parametrize("text,lang,never", [
    # "open ___ hours a day": the set phrase fills its own gap (numbers.idioms; round 82)
    ("The chain's stores have stayed open 24 hours a day since 1975 and serve about 5,000 people a day.", "en", "24"),
    ("Gerai waralaba itu buka 24 jam sehari sejak 2019 dan melayani sekitar 900 pembeli per hari.", "id", "24 jam"),
    # a key term does not end on "rather"/"instead" (en stopwords): "passengers rather"
    ("Health officials advised swimmers to rinse stings with sea water rather than fresh water, the council said.",
     "en", "sea water rather"),
])
def test_no_gap_on_a_set_phrase_or_ending_on_an_adverb(text, lang, never):
    gaps = {c.answer for c in every_card(text, lang) if c.type == "cloze"}
    assert gaps and never not in gaps, gaps


@pytest.mark.parametrize("text,lang,aside,kept", [
    ("The Fenland Growers Union, which represents about 4,200 farms, said the new levy would cost its members "
     "£18m a year.", "en", "4,200", "£18m"),
    ("Harbour Lighthouse, which opened in 1884, will reopen to visitors in May after a £2m restoration.",
     "en", "1884", "£2m"),
    ("Jembatan Merah, yang diresmikan pada 1932, akan ditutup selama tiga bulan mulai Maret 2026.",
     "id", "1932", "Maret 2026"),
])
def test_a_gap_in_a_relative_clause_set_off_by_commas_is_minor(text, lang, aside, kept):
    """Who the actor is, told in passing (teachers of reviews 67-82 accepted 14 of 62 judgements)."""
    gaps = gaps_of(text, lang)
    assert aside not in gaps and kept in gaps, gaps
    assert aside in {c.answer for c in every_card(text, lang)}  # still there for a deck asked to be big


def test_a_relative_pronoun_after_a_discourse_marker_opens_no_aside():
    """ "Namun, yang masuk ke kas daerah ...": no noun before "yang", so no clause told in passing."""
    gaps = gaps_of("Namun, yang masuk ke kas daerah tahun lalu hanya sekitar Rp 14 miliar, jauh di bawah target "
                   "Rp 40 miliar.", "id")
    assert "Rp 14 miliar" in gaps, gaps


@pytest.mark.parametrize("text,lang", [
    ("The new rules will take effect in time for the next regional elections in May 2028, the minister said.", "en"),
    ("KPU Kota Malang mulai mencetak surat suara menjelang pemilihan wali kota pada Februari 2026.", "id"),
])
def test_a_date_after_an_event_a_phrase_names_is_the_events(text, lang):
    """ "in time for the next elections | in May 2028": the date is the elections', not the
    change's (grammar.date_owner_phrases; round 81's teachers rejected the when-question)."""
    assert not [q for q in qa_minor(text, lang) if q.split()[0] in {"When", "Kapan"}]


def test_a_date_of_the_clauses_own_verb_is_still_asked_when():
    got = qa_minor("The council approved the new parking rules in March 2025 after a long public consultation.", "en")
    assert got.get("When did the council approve the new parking rules?") == "March 2025"


def test_round_83_a_noun_phrase_set_after_a_clause_asks_no_figure():
    """ "..., the first time the cats have roamed free in England for about 1,300 years": no
    clause of its own ("How long have the first time the cats roamed free ...?")."""
    got = _qa_or_none("Nine lynx have been released into the Kielder Forest, the first time the cats have roamed "
                      "free in England for about 1,300 years.", "en")
    assert got.get("How many lynx have been released into the Kielder Forest?") == "Nine"
    assert not [q for q in got if "first time" in q], got


def test_round_83_a_reason_that_points_back_is_not_asked():
    """ "because of those pay guarantees": which ones? The answer leans on an earlier sentence."""
    got = _qa_or_none("The dockers' union had backed the plan because of those pay guarantees, its leader said on "
                      "Tuesday.", "en")
    assert "those pay guarantees" not in got.values(), got


def test_round_83_a_question_on_the_titles_noun_said_again_with_tersebut_is_not_made():
    """ "Harga tersebut naik berapa persen ...?" under "Harga Cabai Rawit ...": which price? The one
    of the sentence before (teachers accepted 2 of 8 judgements of such questions, reviews 79-83)."""
    ex = briefing.extract("Harga cabai rawit di Pasar Kramat Jati mencapai Rp 90.000 per kilogram pada Senin. Harga "
                          "tersebut naik sekitar 50 persen dibandingkan awal bulan.",
                          title="Harga Cabai Rawit di Jakarta Melonjak", lang="id", max_cards=20)
    assert not [c for c in ex.cards if c.type == "question" and c.question.startswith("Harga tersebut")]
    assert "50 persen" in {c.answer for c in ex.cards}  # asked as a gap in its sentence


def test_round_84_a_participle_between_an_adverb_and_its_noun_is_not_the_verb():
    got = _qa_or_none("Output at privately owned smelters fell 3.2% in the first quarter, the ministry said.", "en")
    assert got.get("By how much did output at privately owned smelters fall in the first quarter?") == "3.2%", got


def test_round_84_a_state_going_on_now_is_not_asked_when():
    """ "Ghana is still recovering from a severe economic crisis in 2022": the year is the crisis's."""
    got = qa_minor("Zambia is still recovering from a severe drought in 2024, when maize harvests failed across the "
                   "south.", "en")
    assert not [q for q in got if q.startswith("When")], got


def test_round_84_an_increase_is_no_term_to_define():
    """ "Kenaikan tarif PPN merupakan amanat UU HPP" made "Apa itu Kenaikan tarif PPN?" (grammar.referring_nouns)."""
    got = qa_minor("Kenaikan tarif tol Jagorawi merupakan amanat Undang-Undang Jalan yang berlaku sejak Januari 2025.", "id")
    assert not [q for q in got if q.startswith("Apa itu")], got


def test_round_84_a_figure_sharing_only_its_unit_words_with_the_title_keeps_the_topic_line():
    """ "12,47 juta orang" under "... Turun Jadi 23,62 Juta Orang": the card showed no topic line
    at all, as if the title spelled the answer in another order (both teachers: which country?)."""
    from briefing.export.anki import topic

    text = ("Badan Pusat Statistik mencatat jumlah penduduk miskin turun menjadi 23,62 juta orang pada Maret 2025. "
            "Penduduk miskin di perdesaan turun 0,54 juta orang menjadi 12,47 juta orang.")
    title = "Jumlah Penduduk Miskin Turun Jadi 23,62 Juta Orang"
    ex = briefing.extract(text, title=title, lang="id", max_cards=20)
    card = next(c for c in ex.cards if c.answer == "12,47 juta orang")
    assert topic(card, ex) == title


def test_round_84_a_share_the_title_rounds_to_a_whole_number_is_given_away():
    """ "6.1%" under "Chile's copper output falls 6% in first half"."""
    from briefing.export.anki import topic

    text = ("Copper output in Peru fell 4.3% in the first half of the year to 1.2 million tonnes, the energy ministry "
            "said on Tuesday. Output at the largest mine dropped 9%.")
    ex = briefing.extract(text, title="Peru's copper output falls 4% in first half", lang="en", max_cards=20)
    card = next(c for c in ex.cards if c.answer == "4.3%")
    assert "headline" in card.tags
    assert "4%" not in topic(card, ex)


def test_round_84_a_teams_travel_plans_are_a_minor_when_question():
    """ "Kapan tim wushu Indonesia dijadwalkan tiba di Bandara Soekarno-Hatta?" (grammar.travel_verbs
    with a future marker; teachers of reviews 76, 81 and 84 accepted 0 of 6 judgements)."""
    text = ("Tim bulu tangkis Indonesia dijadwalkan tiba di Bandara Soekarno-Hatta, Tangerang, pada Selasa (14/10) "
            "malam setelah meraih dua gelar di Denmark.")
    assert not [q for q in qa(text, "id") if q.startswith("Kapan")]
    assert [q for q in qa_minor(text, "id") if q.startswith("Kapan")]


@pytest.mark.parametrize("text,acronym,name", [
    # a profession before a body's name is the speaker's (round 84: "Ekonom Institute for
    # Development of Economics and Finance"), even when its letter is in the short form
    ("Ekonom Center of Energy and Law Studies (CELES), Budi Hartono, menilai kenaikan harga BBM akan mendorong "
     "inflasi.", "CELES", "Center of Energy and Law Studies"),
    ("Ekonom Institute for Trade and Economic Reform (INTER), Budi Hartono, menilai kenaikan harga BBM akan "
     "mendorong inflasi.", "INTER", "Institute for Trade and Economic Reform"),
])
def test_round_84_a_profession_opens_no_bodys_name(text, acronym, name):
    got = _qa_or_none(text, "id")
    assert name in got.values() and not [a for a in got.values() if a.startswith("Ekonom ")], got


def test_a_rank_that_opens_a_bodys_name_stays_in_it():
    got = _qa_or_none("The General Inspectorate for Emergency Situations (IGSU) said 1,200 firefighters were deployed "
                      "on Monday.", "en")
    assert "General Inspectorate for Emergency Situations" in got.values(), got


def test_round_85_an_adverb_and_a_verb_after_a_comma_open_no_clause_of_their_own():
    """ "The West Pennine Philharmonic, which ..., currently receives £1.2m": "How much does
    currently receive ...?" had no subject (grammar.adverb_suffixes)."""
    got = _qa_or_none("The Fenwick Symphony Orchestra, which was founded in Leeds in 1961 and gives about 70 concerts a "
                      "year, currently receives £900,000 a year from the council.", "en")
    assert not [q for q in got if "does currently" in q or q.startswith("How much does")], got


def test_round_85_a_generic_unit_of_local_government_gets_no_acronym_card():
    """UPTD, BLUD and the like name a kind of office, not a body (roles.common_acronyms)."""
    got = _qa_or_none("Pengelolaan pasar itu kini diserahkan kepada Unit Pelaksana Teknis Daerah (UPTD) Pasar Kota "
                      "Ambon mulai Januari 2026.", "id")
    assert "Unit Pelaksana Teknis Daerah" not in got.values(), got


def test_round_85_the_end_of_a_companys_name_before_its_holder_is_no_person():
    """ "Direktur PT Banda Rempah Nusantara, Hasan Alkatiri, ...": "Siapa Direktur PT Banda? Rempah Nusantara"."""
    answers = [c.answer for c in every_card("Direktur CV Sinar Bangun Priangan, Dedi Kurniawan, mengaku menanggung "
                                            "kerugian sekitar Rp650 juta akibat penolakan itu.", "id")]
    assert "Bangun Priangan" not in answers and "Dedi Kurniawan" in answers, answers


def test_round_85_a_compound_modifier_before_a_name_is_not_part_of_it():
    """ "Seventeen-year-old Lim Xin Yi became ...": the answer was the name with its age."""
    got = qa("Nineteen-year-old Dewi Anggraini became the youngest winner of the national chess title on Sunday in "
             "Surabaya.", "en")
    assert got.get("Who became the youngest winner of the national chess title on Sunday in Surabaya?") == \
        "Dewi Anggraini", got
    names = {m.text for m in _mentions("\"The tone was softer,\" said Peter Kamau, head of research at Nairobi-based "
                                       "Horizon Capital.", "en")}
    assert "Horizon Capital" in names and "Nairobi-based Horizon Capital" not in names, names
    # a place's own head word stays ("Alun-alun"), and so does a short part of a name ("Hezb-ul")
    places = {m.text for m in _mentions("Pemerintah Kabupaten Lebak menggelar festival di Alun-alun Rangkasbitung "
                                        "mulai Sabtu.", "id") if m.kind == "place"}
    assert "Alun-alun Rangkasbitung" in places, places
    names = {m.text for m in _mentions("Kelompok militan Hezb-ul Mujahedeen menyatakan bertanggung jawab atas ledakan "
                                       "di Srinagar.", "id")}
    assert "Hezb-ul Mujahedeen" in names, names


def test_round_85_no_key_term_gap_splits_a_hyphenated_word():
    """ "a 64-{{page judgment}}", "a 34-{{day expedition}}": half a word in the gap (round 85)."""
    text = ("The research ship returned after a 34-day expedition to the deep sea vents. The day expedition plan was "
            "changed twice because of storms, and the deep sea vents were filmed for the first time.")
    cards = briefing.extract(text, title="Deep sea vents filmed", lang="en", max_cards=30).cards
    assert not [c.question for c in cards if "-{{c1::" in c.question or re.search(r"\}\}-\w", c.question)]


# ---------------------------------------------------------------- round 86

@pytest.mark.parametrize("text,lang,name", [
    # a commentator opening on a word of profession, without commas
    ("Sejarawan Universitas Sriwijaya (Unsri) Prof. Dr. Farida Yusuf menilai perawatan rutin penting karena "
     "jembatan itu telah menjadi ikon kota.", "id", "Farida Yusuf"),
    # a description before, and a relative clause after the name, set off by commas
    ("Anggota Tim Hisab Rukyat Kemenag, Dr. Rina Kusumawati, yang juga peneliti astronomi di Badan Riset dan "
     "Inovasi Nasional (BRIN), menjelaskan bahwa ijtimak terjadi pada Kamis.", "id", "Rina Kusumawati"),
    # a description after "a" longer than 80 characters
    ("Dr. Fiona MacLeod, a freshwater ecologist at the University of the Highlands and Islands (UHI) who led the "
     "monitoring, said the result was a huge relief for the estate.", "en", "Fiona MacLeod"),
    ("Economist Jane Porter said the rise would push inflation above 4% by the spring.", "en", "Jane Porter"),
])
def test_round_86_a_commentator_is_no_gap_of_a_default_deck(text, lang, name):
    assert name not in gaps_of(text, lang), gaps_of(text, lang)


@pytest.mark.parametrize("text,lang,name", [
    # guards: who made the news, and an official, keep their gap
    ("Dr Johny Setiawan, astronom asal Indonesia yang kini bekerja di Institut Astronomi Max Planck di Jerman, "
     "melaporkan penemuan planet di luar tata surya pada pertemuan astronomi di Nusa Dua, Bali.", "id",
     "Johny Setiawan"),
    ("Striker Harry Kane scored twice as England beat Serbia 3-1 at Wembley on Saturday night.", "en", "Harry Kane"),
])
def test_round_86_a_long_description_without_a_keeps_the_gap(text, lang, name):
    assert name in gaps_of(text, lang), gaps_of(text, lang)


def test_round_86_one_of_many_in_reverse_is_minor():
    text = ("Rents in the city rose 9% last year. Dan Whitaker, a researcher at the Western Transit Policy Institute, "
            "said the rise was the steepest since 2008.")
    roles = [f for f in facts_of(text, "en", "Rents rise") if f.family == "role_reverse"]
    assert [(f.answer, f.minor) for f in roles] == [("researcher at the Western Transit Policy Institute", True)], roles


@pytest.mark.parametrize("text,role,person", [
    # the article quotes "kata Ayu": the name still opens on its opener (roles.name_openers)
    ("Ketua PPSB Ni Made Ayu Lestari di Denpasar, Kamis (18/1), mengatakan permohonan itu didaftarkan bersama 22 "
     "pengusaha spa. \"Spa bukan hiburan,\" kata Ayu.", "Ketua PPSB", "Ni Made Ayu Lestari"),
    ("Ketua Paguyuban Pedagang I Gusti Ngurah Rai Putra mengatakan harga sewa kios naik dua kali lipat.",
     "Ketua Paguyuban Pedagang", "I Gusti Ngurah Rai Putra"),
])
def test_round_86_a_balinese_name_is_not_cut_after_its_opener(text, role, person):
    got = _qa_or_none(text, "id")
    assert got.get(f"Siapa {role}?") == person, got


@pytest.mark.parametrize("text,acronym,expansion", [
    # "antara" inside the expansion (grammar.expansion_connectors)
    ("Mereka menggugat Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan "
     "Pemerintahan Daerah (HKPD) ke Mahkamah Konstitusi.", "HKPD",
     "Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah"),
    # an honorific with no name after it ends the name it is in
    ("Guru besar ilmu kelautan Universitas Maritim Raja Ali Haji (UMRAH), Prof. Andi Rahman, menyebut penambangan "
     "pasir membuat pulau kecil terancam hilang.", "UMRAH", "Universitas Maritim Raja Ali Haji"),
])
def test_round_86_an_expansion_is_whole(text, acronym, expansion):
    got = _qa_or_none(text, "id")
    assert expansion in got.values(), got


def test_an_honorific_before_another_still_opens_the_name():
    # guard (a first version of the rule above made "UGM Prof" the dean)
    got = _qa_or_none("Hal ini diungkapkan Dekan FKH UGM Prof drh Charles Rangga Tabbu MSc PhD dalam jumpa pers di "
                      "UGM pada hari Jumat (19/8).", "id")
    assert not any(a.endswith("Prof") for a in got.values()), got


def test_round_86_a_question_keeps_the_word_that_puts_it_before_now():
    text = ("Undang-undang tersebut menetapkan tarif pajak atas jasa hiburan paling rendah 40 persen. Sebelumnya, "
            "Kabupaten Badung mengenakan pajak sebesar 15 persen untuk usaha spa.")
    got = qa(text, "id")
    assert got.get("Sebelumnya, Kabupaten Badung mengenakan pajak sebesar berapa persen untuk usaha spa?") == \
        "15 persen", got


@pytest.mark.parametrize("text,lang,word", [
    # round 86:
    # a part of a group the question does not name
    ("Massa membawa spanduk ke kantor wali kota. Sebagian dari mereka datang menggunakan 60 perahu pompong yang "
     "ditambatkan di Pelabuhan Sekupang.", "id", "Sebagian dari mereka"),
    ("The company last sent out its boats in 2022, when its crews killed 148 fin whales. A report by the food "
     "authority the following year found that some of the animals took up to two hours to die after being struck "
     "by harpoons.", "en", "some of the animals"),
    # "the change" of an article that named it before
    ("The district assembly voted by 31 to 17 on Thursday to change the name of the street. The change will take "
     "effect on 1 October.", "en", "the change"),
    # where someone comes from does not say who
    ("Sprinter putri Indonesia, Sri Wahyuni Pratiwi, memecahkan rekor nasional nomor 200 meter. Pelari asal Nusa "
     "Tenggara Barat (NTB) itu mencatat waktu 23,41 detik dan meraih medali perunggu.", "id", "Pelari asal"),
    # round 87:
    ("The world championships return to England for the first time in almost fifty years. The last time the world "
     "championships were staged in England was in Birmingham in 1977.", "en", "the last time"),
    ("Nilai transaksi Harbolnas 2024 mencapai Rp 31,2 triliun. Pada hari itu saja, nilai belanja online mencapai "
     "Rp 9,8 triliun.", "id", "hari itu"),
    ("Produk lokal menyumbang 56 persen dari total transaksi. Porsi ini meningkat dibandingkan tahun lalu yang hanya "
     "48 persen.", "id", "Porsi ini"),
    ("Harga kayu manis di Kabupaten Kerinci naik tajam. Luas kebun kayu manis di kabupaten itu mencapai sekitar 40.000 "
     "hektare dan menjadi sumber penghasilan bagi lebih dari 27.000 kepala keluarga.", "id", "kabupaten itu"),
    ("Pabrik berdiri di atas lahan seluas 32 hektar dengan kapasitas produksi 10 GWh per tahun, cukup untuk memasok "
     "baterai bagi sekitar 150.000 mobil listrik.", "id", "Cukup untuk"),
    ("Jamnas XII diikuti 28.400 anggota Pramuka. Anggaran penyelenggaraan Jamnas XII tercatat Rp 52 miliar yang "
     "berasal dari APBN dan dukungan sponsor.", "id", "Siapa yang tercatat"),
    # round 89:
    # the year that says which April stands before the clause
    ("Cherry trees in Tokyo reached full bloom on Wednesday, five days earlier than average. Last year, full bloom in "
     "the capital came on April 2.", "en", "full bloom in the capital"),
    ("Officials inspect the benchmark tree at Yasukuni Shrine every spring. The same tree produced its first flowers "
     "on March 19.", "en", "the same tree"),
])
def test_no_question_leans_on_what_it_does_not_name(text, lang, word):
    """Rounds 86, 87 and 89: a question holds no word that leans on what it does not name."""
    asked = qa_minor(text, lang)
    assert not [q for q in asked if word.casefold() in q.casefold()], asked


def test_round_86_the_runners_time_is_still_a_gap():
    text = ("Sprinter putri Indonesia, Sri Wahyuni Pratiwi, memecahkan rekor nasional nomor 200 meter. Pelari asal Nusa "
            "Tenggara Barat (NTB) itu mencatat waktu 23,41 detik dan meraih medali perunggu.")
    assert "23,41 detik" in gaps_of(text, "id"), gaps_of(text, "id")


def test_round_86_a_share_of_a_figure_the_sentence_does_not_give_is_minor():
    text = ("Indonesia menempati peringkat ketiga dunia dalam jumlah kasus baru kusta, dengan sekitar 15.000 kasus baru "
            "setiap tahun. Jawa Timur menyumbang sekitar 12 persen dari jumlah tersebut.")
    assert "12 persen" not in gaps_of(text, "id"), gaps_of(text, "id")
    assert "12 persen" in {c.answer for c in every_card(text, "id") if c.type == "cloze"}


def test_sums_in_a_named_money_are_no_table_of_readings():
    # "crowns" three times and more: each sum is its own fact, not a row of readings (round 86)
    text = ("Drivers in Oslo will have to pay almost twice as much to use studded winter tyres this season, the city "
            "council said on Tuesday. The fee for a single day will rise to 60 Norwegian crowns (US$5.60) from 35 "
            "crowns, while a season pass will cost 2,100 crowns, up from 1,200 crowns last winter. The city collected "
            "48 million crowns from the fee last season.")
    asked = qa(text, "en")
    assert asked.get("How many crowns did the city collect from the fee last season?") == "48 million", asked
    assert "US$5.60" not in asked.values(), asked  # a sum in brackets after another is its conversion


def test_a_date_after_next_is_not_part_of_what_was_counted():
    text = ("The Treasury will offer 25 billion pesos of five-year bonds next Tuesday. The bank will open a branch in "
            "Cebu next month.")
    asked = qa(text, "en")
    assert asked.get("How many pesos of five-year bonds will the Treasury offer next Tuesday?") == "25 billion", asked


@pytest.mark.parametrize("text,lang,gap", [
    ("Pemerintah Provinsi DKI Jakarta melarang ondel-ondel dipakai untuk mengamen di jalan mulai 1 Juli 2025. Larangan "
     "itu tertuang dalam Peraturan Gubernur (Pergub) Nomor 12 Tahun 2025 tentang Pemanfaatan Ikon Budaya Betawi.",
     "id", "Nomor 12 Tahun 2025"),
    ("Ribuan buruh berunjuk rasa di depan Istana Merdeka pada Kamis. Mereka menuntut pemerintah mencabut Peraturan "
     "Pemerintah (PP) No. 21 Tahun 2024 yang mewajibkan pekerja swasta menjadi peserta Tapera.", "id",
     "No. 21 Tahun 2024"),
    ("Thousands of workers marched in Jakarta on Thursday. They want the government to repeal Law No. 6 of 2023 on "
     "job creation, which they say weakens severance rules.", "en", "No. 6 of 2023"),
])
def test_round_86_the_number_of_a_law_is_a_gap(text, lang, gap):
    assert gap in gaps_of(text, lang, "Berita"), gaps_of(text, lang)


def test_a_number_after_nomor_with_no_law_is_no_law_gap():
    text = ("Persija naik ke peringkat Nomor 3 Tahun ini di klasemen sementara Liga 1 setelah menang 2-0 atas Persib "
            "di Stadion Gelora Bung Karno pada Sabtu.")
    assert not [c for c in every_card(text, "id") if "law" in c.tags], every_card(text, "id")


@pytest.mark.parametrize("text,lang,score", [
    ("Councillors in the Dandenong Valley Shire voted 7-2 on Tuesday night to extend an existing night-time curfew "
     "to a full 24 hours.", "en", "7-2"),
    ("The district assembly of Altona voted by 31 to 17 on Thursday evening to change the name of the street.", "en",
     "31 to 17"),
    ("England came from four goals down in the final quarter to beat world champions Australia 58-55 at London's "
     "Copper Box Arena on Sunday.", "en", "58-55"),
    ("Timnas futsal Indonesia mempertahankan gelar juara Piala AFF Futsal setelah mengalahkan Thailand 3-2 pada laga "
     "final di Indonesia Arena, Jakarta.", "id", "3-2"),
])
def test_round_86_a_score_or_a_vote_is_a_gap(text, lang, score):
    assert score in gaps_of(text, lang), gaps_of(text, lang)


@pytest.mark.parametrize("text,lang,pair", [
    # a change, not a score
    ("Finland's parliament voted on Tuesday to lower the voting age in municipal elections from 18 to 16, making it "
     "the first Nordic country to do so.", "en", "18 to 16"),
    # one set of a match
    ("Daria Kovalenko came from a set down to beat Brazil's Ana Ferreira 4-6, 6-3, 7-5 in Sunday's final of the "
     "Hong Kong Open.", "en", "4-6"),
    ("Jakarta Pertamina Enduro menang dengan skor 25-21, 22-25, 25-18, dan 25-23 dalam pertandingan yang berlangsung "
     "selama dua jam lima menit.", "id", "25-21"),
])
def test_a_change_or_a_set_is_no_score_gap(text, lang, pair):
    gaps = {c.answer for c in _every_or_none(text, lang) if c.type == "cloze"}
    assert pair not in gaps, gaps


def _every_or_none(text: str, lang: str) -> tuple:
    try:
        return every_card(text, lang)
    except NoFactsError:
        return ()


# ---------------------------------------------------------------- round 87

def test_round_87_a_given_name_before_the_split_opens_the_name():
    got = _qa_or_none("Ketua Kwartir Nasional (Kwarnas) Gerakan Pramuka Sri Wahyuni Hartono mengatakan jambore bukan "
                      "sekadar kegiatan berkemah.", "id")
    assert got.get("Siapa Ketua Kwartir Nasional (Kwarnas) Gerakan Pramuka?") == "Sri Wahyuni Hartono", got




def test_round_87_a_place_the_clause_names_is_no_deictic():
    # "Kota Makassar ... di kota itu" names the city
    text = ("Makassar kini punya jalur bus khusus. Pemerintah Kota Makassar meresmikan koridor bus rapid transit (BRT) "
            "dengan jalur khusus pertama di kota itu pada Jumat, 8 Agustus 2025.")
    assert "Jumat, 8 Agustus 2025" in qa(text, "id").values(), qa(text, "id")


def test_round_87_a_figure_after_a_word_of_comparison_is_minor():
    text = ("Sepanjang 2025 tercatat 2.900 unit angkot masih beroperasi di Kota Bogor. Jumlah itu sudah turun "
            "dibandingkan tahun 2019 yang mencapai sekitar 3.600 unit.")
    assert "sekitar 3.600" not in gaps_of(text, "id"), gaps_of(text, "id")


def test_round_87_a_name_a_short_form_follows_keeps_its_capital():
    text = ("Jambore Nasional (Jamnas) XII Gerakan Pramuka resmi dibuka di Bumi Perkemahan Cibubur, Jakarta Timur, pada "
            "Kamis, 14 Agustus 2025.")
    asked = qa(text, "id")
    assert asked and not any(q.startswith("Kapan jambore") for q in asked), asked


_KALI_SERANG = ("Pemerintah Provinsi Jawa Tengah menargetkan pembangunan ulang Jembatan Kali Serang yang "
                "menghubungkan Kabupaten Demak dan Kabupaten Grobogan selesai pada Desember 2025. Proyek senilai "
                "Rp 187 miliar itu diharapkan memangkas waktu tempuh kendaraan logistik hingga 40 menit.")


@pytest.mark.parametrize("text,title,answer", [
    # round 87: a money sign glued to the title's rounded sum
    ("Harga kulit kayu manis di tingkat petani di Kabupaten Kerinci, Jambi, naik tajam dalam tiga bulan terakhir, "
     "dari Rp38.000 menjadi Rp55.000 per kilogram untuk kualitas terbaik.",
     "Harga Kayu Manis Kerinci Naik Jadi Rp55 Ribu per Kilogram", "Rp55.000"),
    # round 88: the title's year gives away a year alone
    ("Pemerintah Kota Palembang mulai membangun pembangkit listrik tenaga sampah di TPA Sukawinatan. Pembangkit "
     "ditargetkan bisa beroperasi pada pertengahan 2027.",
     "Pemkot Palembang Mulai Bangun PLTSa, Targetkan Beroperasi 2027", "pertengahan 2027"),
    # round 104: a part of the year the title names gives the month away
    (_KALI_SERANG, "Pemprov Jateng Targetkan Jembatan Kali Serang Rampung Akhir 2025", "Desember 2025"),
    # round 107: a round hundred in the title is the text's figure rounded
    ("Ribuan warga memadati Festival Cap Go Meh di Singkawang pada Rabu. Sebanyak 812 tatung ikut dalam "
     "arak-arakan yang berlangsung sejak pukul 08.00 WIB.", "Festival Cap Go Meh Singkawang, 800 Tatung Ikut Arak-arakan",
     "812 tatung"),
])
def test_rounds_87_88_the_title_gives_the_answer_away(text, title, answer):
    cards = [c for c in cards_of(text, "id", title=title) if c.answer == answer]
    assert cards and all("headline" in c.tags for c in cards), cards


def test_a_part_of_the_year_the_title_names_is_blanked_whole_on_the_topic_line():
    from briefing.export.anki import topic

    title = "Pemprov Jateng Targetkan Jembatan Kali Serang Rampung Akhir 2025"
    ex = briefing.extract(_KALI_SERANG, title=title, lang="id", max_cards=10)
    lines = {c.answer: topic(c, ex) for c in ex.cards}
    assert lines.get("Desember 2025") == "Pemprov Jateng Targetkan Jembatan Kali Serang Rampung …", lines
    # a year alone in the title is no part of it: a month of another year keeps the title whole
    ex = briefing.extract(_KALI_SERANG.replace("Desember 2025", "Desember 2026"), title=title, lang="id", max_cards=10)
    lines = {c.answer: topic(c, ex) for c in ex.cards}
    assert lines.get("Desember 2026") == title, lines


# ---------------------------------------------------------------- round 88

def test_round_88_an_office_owned_after_the_keeps_a_small_article():
    text = ("Cocaine use rose in most of the 115 cities studied. The EUDA's director, Helena Sorensen, said the results "
            "matched other signs of a growing market.")
    got = qa(text, "en")
    assert got.get("Who is the EUDA's director?") == "Helena Sorensen", got


def test_round_88_a_dollar_of_another_country_is_one_sum():
    text = "Sea of Tara won the Melbourne Cup on Tuesday. The win was worth A$4.4m of the race's A$8.75m total prize money."
    gaps = {c.answer for c in every_card(text, "en") if c.type == "cloze"}
    assert "A$8.75m" in gaps and "8.75m" not in gaps, gaps


def test_round_88_a_short_piece_before_a_figure_goes_on_it():
    from briefing.pipeline.segment import segment
    from briefing.lang import load_pack
    from briefing.models import Article

    text = ("The factory was built by Golden Kernel Agro Industries, a joint venture. It can process. 30,000 metric "
            "tons of raw cashew nuts a year and will employ about 1,400 people.")
    sentences = [s.text for s in segment(Article(title="Cashew", text=text, lang="en", key="k"), load_pack("en"))]
    assert sentences[-1].startswith("It can process 30,000 metric tons"), sentences


@pytest.mark.parametrize("text,acronym,made", [
    # the short form spans the whole list; its last item is no expansion
    ("Kepala Eksekutif Pengawas Lembaga Pembiayaan, Perusahaan Modal Ventura, Lembaga Keuangan Mikro, dan Lembaga Jasa "
     "Keuangan Lainnya (PVML) OJK Dian Kartikasari mengatakan aturan baru ini melindungi konsumen.", "PVML", False),
    # guard: the last item of a list of bodies, each with its own short form
    ("Rapat itu dihadiri Ikatan Dokter Indonesia (IDI), Palang Merah Indonesia (PMI), dan Persatuan Guru Republik "
     "Indonesia (PGRI) di Jakarta pada Senin.", "PGRI", True),
])
def test_round_88_the_last_item_of_a_list_is_no_expansion_of_the_list(text, acronym, made):
    got = _qa_or_none(text, "id")
    assert any(acronym in q for q in got) == made, got


@pytest.mark.parametrize("text,answer", [
    # a year between the word of comparison and the figure
    ("Sebanyak 98 dari 121 puskesmas kini memiliki psikolog. Jumlah itu meningkat tajam dibandingkan 2022, ketika baru "
     "46 puskesmas yang menyediakan layanan tersebut.", "46"),
])
def test_round_88_a_yardstick_after_a_year_is_minor(text, answer):
    assert answer not in gaps_of(text, "id"), gaps_of(text, "id")


@pytest.mark.parametrize("text,figure", [
    # one reading in a list of examples
    ("Bursa saham regional Asia juga melemah, antara lain indeks Nikkei Jepang turun 0,62 persen ke posisi 38.201,45, "
     "indeks Hang Seng Hong Kong melemah 1,08 persen ke 23.790,12, dan indeks Straits Times Singapura turun 0,37 persen.",
     "1,08 persen"),
])
def test_round_88_no_question_on_a_listed_reading(text, figure):
    assert figure not in qa_minor(text, "id").values(), qa_minor(text, "id")


def test_round_88_a_list_opener_with_no_list_asks_on():
    # guard: "Including the new contract," opens no list of figures
    text = ("KMW won an order for two ferries on Monday. Including the new contract, the order book now stands at about "
            "1.9 billion euros, the company said.")
    assert "about 1.9 billion" in qa(text, "en").values(), qa(text, "en")


# ---------------------------------------------------------------- round 89

def test_round_89_a_price_a_stock_closed_at_is_minor_even_under_a_title_on_shares():
    text = ("The studio said it would delay its game to 2027. The stock closed at 142.60 zlotys, its lowest level since "
            "May 2023, the exchange said.")
    title = "Polish game studio delays flagship title, shares fall 24%"
    assert "142.60" not in {c.answer for c in cards_of(text, "en", title)}, cards_of(text, "en", title)


@pytest.mark.parametrize("text,gap,kept", [
    ("Devon has about 41,000 ash trees along its roads. A survey this year found 68% badly damaged. In 2021 the figure "
     "was 39%.", "39%", False),
    # guard: "Under the decision," opens the sentence; its subject is the visitors
    ("Under the decision, visitors staying in hotels between June and September will pay 4 euros per person per "
     "night, up from 1.33 euros now.", "4", True),
])
def test_round_89_a_short_sentence_on_the_figure_of_the_one_before_is_minor(text, gap, kept):
    assert (gap in gaps_of(text, "en")) == kept, gaps_of(text, "en")


def test_round_89_no_question_opens_inside_a_name():
    text = ("Sebanyak 312 warga menjalani operasi katarak gratis di Kupang. Ketua Perdami Cabang NTT dr. Yosef Mau, Sp.M "
            "mengatakan jumlah warga yang mendaftar mencapai 540 orang.")
    assert not [q for q in qa_minor(text, "id") if q.startswith("Sp")], qa_minor(text, "id")


def test_round_89_a_rank_the_split_would_cut_goes_before_the_name():
    got = _qa_or_none("Kepala Subdirektorat Siber Ditreskrimsus Polda Metro Jaya Ajun Komisaris Besar Hendra Saputra "
                      "mengatakan ketiga tersangka ditangkap di Bekasi.", "id")
    assert got.get("Siapa Kepala Subdirektorat Siber Ditreskrimsus Polda Metro Jaya?") == "Hendra Saputra", got


def test_round_89_where_a_player_comes_from_does_not_say_who():
    text = ("Tim Indonesia menjuarai kejuaraan esports Asia di Kuala Lumpur. Pemain berusia 21 tahun asal Medan itu "
            "mencatat 31 kill sepanjang laga final.")
    assert "31 kill" not in qa(text, "id").values(), qa(text, "id")


# ---------------------------------------------------------------- round 90

def test_round_90_a_dateline_with_its_province_is_dropped():
    text = ("Buleleng, Bali (ANTARA) - Balai Taman Nasional Bali Barat (TNBB) mencatat populasi jalak bali di alam liar "
            "mencapai 412 ekor berdasarkan hasil sensus yang digelar pada September 2025.")
    cards = every_card(text, "id")
    assert cards and not [c for c in cards if "ANTARA" in c.question], cards


def test_round_90_a_translated_name_cut_after_its_connector_gets_no_card():
    text = ("Perwakilan Badan PBB untuk Urusan Pengungsi (UNHCR) di Aceh, Faisal Rahman, mengatakan timnya tiba di "
            "lokasi pada Minggu siang.")
    got = _qa_or_none(text, "id")
    assert "Urusan Pengungsi" not in got.values(), got


@pytest.mark.parametrize("text,lang,question,made", [
    # an office opening on its field began before the coordinator
    ("Textiles and Jute Secretary Mohammad Abdur Rauf told reporters in Dhaka that 31 firms had applied to run the "
     "mills.", "en", "Who is the Jute Secretary?", False),
    # guard: a title opens the second office
    ("Presiden AS Joe Biden dan Presiden China Xi Jinping bertemu di San Francisco pada Rabu untuk membahas "
     "perdagangan.", "id", "Siapa Presiden China?", True),
])
def test_round_90_half_an_office_joined_by_and_is_not_asked(text, lang, question, made):
    got = _qa_or_none(text, lang)
    assert (question in got) == made, got


def test_round_90_a_noun_after_its_preposition_is_not_the_verb():
    text = ("Swiss watch exports fell 9.4% in September. Exports of watches priced under 500 francs dropped 19%, the "
            "federation said.")
    assert not [q for q in qa_minor(text, "en") if "does exports" in q or "of watch " in q], qa_minor(text, "en")


def test_round_90_a_count_of_things_is_no_term():
    text = ("Surplus neraca perdagangan Agustus 2025 mencapai US$ 4,35 miliar. Tiga negara penyumbang surplus terbesar "
            "adalah Amerika Serikat sebesar US$ 1,65 miliar, India US$ 1,21 miliar, dan Filipina US$ 0,78 miliar.")
    assert not [q for q in qa_minor(text, "id") if q.startswith("Apa itu")], qa_minor(text, "id")


@pytest.mark.parametrize("text,lang,figure,minor", [
    ("Jambore Nasional dibuka di Cibubur pada Kamis. Panitia menyiagakan 120 tenaga medis di empat pos kesehatan selama "
     "jambore berlangsung.", "id", "120", True),
    ("Wabah demam babi Afrika menewaskan 2.340 ekor babi di Kupang. Dinas Peternakan menurunkan 35 petugas untuk "
     "menyemprotkan disinfektan ke kandang-kandang di desa.", "id", "35 petugas", True),
    # guard: the staff a union will bargain for are the story's, not staff sent
    ("Workers at the plant voted to join the union on Friday. The company will be legally required to negotiate with "
     "the union over pay for about 2,100 staff at the site.", "en", "2,100", False),
])
def test_round_90_how_many_staff_were_sent_is_minor(text, lang, figure, minor):
    every = {c.answer for c in every_card(text, lang)}
    default = {c.answer for c in cards_of(text, lang)}
    assert figure in every and (figure not in default) == minor, (every, default)


# ---------------------------------------------------------------- round 91

@pytest.mark.parametrize("text,question,answer", [
    # a name after "of" goes with the object asked for
    ("Floodwater has covered more than 2,400 hectares of Kenya's Tana Delta, officials said on Monday.",
     "How many hectares of Kenya's Tana Delta has floodwater covered?", "more than 2,400"),
    # so does a participle's phrase after the object
    ("Police in three countries have arrested 11 people suspected of running a ticket scam, Interpol said on Friday.",
     "How many people suspected of running a ticket scam have police in three countries arrested?", "11"),
    # a verb that takes a clause is the one inverted; the reported clause keeps its tense
    ("Investigators believe the gang stole about 4,000 bicycles since 2022, mainly from railway stations.",
     "How many bicycles do investigators believe the gang stole since 2022?", "about 4,000"),
])
def test_round_91_what_goes_with_an_object_asked_for(text, question, answer):
    got = qa_minor(text, "en")
    assert got.get(question) == answer, got


def test_round_91_an_object_complement_never_stays_behind():
    text = "A thick mat of weed has covered more than 600 hectares of the lake, officials said on Wednesday."
    assert not [q for q in qa_minor(text, "en") if "covered of" in q], qa_minor(text, "en")


def test_round_91_their_in_a_question_on_a_person_points_to_a_side_not_named():
    text = ("Mayo beat Kerry in the All-Ireland final at Croke Park on Sunday. Conor Walsh scored their first goal in "
            "the 41st minute after a long ball from midfield.")
    assert not [q for q in qa_minor(text, "en") if "their" in q], qa_minor(text, "en")


def test_round_91_a_unit_word_opening_a_noun_of_its_own_is_no_unit():
    text = ("KPK melelang aset rampasan koruptor di Jakarta pada Selasa. Pemenang lelang berhak atas lima jam tangan "
            "mewah yang disita dari seorang mantan pejabat pajak.")
    answers = {c.answer for c in every_card(text, "id")}
    assert "lima jam" not in answers, answers


def test_round_91_a_frequency_opening_the_sentence_stays_in_the_question():
    text = ("Kebun Raya Pematang Bulu di Merangin diresmikan pada Senin. Setiap tahun, kebun raya ditargetkan "
            "menghasilkan sedikitnya 10.000 bibit tanaman hutan.")
    got = qa_minor(text, "id")
    assert [q for q, a in got.items() if a == "sedikitnya 10.000" and q.startswith("Setiap tahun,")], got


def test_round_91_a_list_of_names_after_serta_is_no_new_clause():
    text = ("Bendungan Batang Merangin diresmikan pada Senin. Pembangunan Bendungan Batang Merangin dimulai sejak 2016 "
            "dan menghabiskan anggaran sekitar Rp 86 miliar dari APBN serta APBD Provinsi Jambi.")
    got = qa_minor(text, "id")
    asked = [q for q, a in got.items() if a == "sekitar Rp 86 miliar"]
    assert asked and all("APBN serta APBD Provinsi Jambi" in q for q in asked), got


@pytest.mark.parametrize("text,lang,figures,kept", [
    # the two ends of a range whose ends each have their noun
    ("Ekspor gerabah Lombok naik 33 persen pada 2024. Harga gerabah di tingkat perajin bervariasi, mulai Rp 35 ribu "
     "untuk pot kecil hingga Rp 2,5 juta untuk guci besar berhias anyaman rotan.", "id", ["Rp 35 ribu", "Rp 2,5 juta"],
     False),
    # guard: "and" after an old value joins another old value, no range
    ("Tea sold at an average of $2.61 per kilogram, up from $2.43 a week earlier and $2.27 at the same sale a year "
     "ago, auction data showed.", "en", ["$2.27"], True),
])
def test_round_91_the_ends_of_a_spread_range_are_no_gaps(text, lang, figures, kept):
    every = {c.answer for c in every_card(text, lang)}
    for figure in figures:
        assert (figure in every) == kept, every


def test_round_91_someone_given_with_an_age_in_years_and_a_trade_is_minor():
    text = ("Ekspor gerabah Lombok naik 33 persen tahun ini. Hajjah Rukiah, 52 tahun, pemilik usaha gerabah di "
            "Banyumulek, mengatakan pembeli dari Melbourne meminta 4.000 pot dalam tiga bulan.")
    every = {c.answer for c in every_card(text, "id")}
    default = {c.answer for c in cards_of(text, "id")}
    assert "Hajjah Rukiah" in every and "Hajjah Rukiah" not in default, (every, default)


@pytest.mark.parametrize("text,lang,figure,kept", [
    ("Driving tests are in short supply. Bots sell cancelled slots to learners for as much as 250 pounds, about four "
     "times the official fee of 62 pounds.", "en", "about four", False),
    ("Jumlah peserta program itu mencapai 24.800 orang pada Agustus, naik hampir tiga kali lipat dibandingkan Mei yang "
     "hanya 9.300 orang.", "id", "hampir tiga kali", False),
    # guard: "times" of goals scored, between figures of other measures
    ("Sweden had led 15-12 at half-time, but Spain scored three times in a row, with Navarro firing in from nine metres "
     "with 11 seconds on the clock.", "en", "three", True),
])
def test_round_91_a_multiple_of_two_figures_shown_is_no_gap(text, lang, figure, kept):
    every = {c.answer for c in _every_or_none(text, lang)}
    assert (figure in every) == kept, every


@pytest.mark.parametrize("text,question,local", [
    ("Sebanyak 152 pengungsi Rohingya mendarat di pantai Pidie pada Minggu. Kepala Desa Blang Raya, Muhammad Yusuf, "
     "mengatakan warga memberikan makanan kepada para pengungsi.", "Siapa Kepala Desa Blang Raya?", True),
    ("Kabut asap menyelimuti Pekanbaru sejak Senin. Kepala Bidang Humas Polda Riau Arya Wicaksana mengatakan 12 "
     "tersangka pembakar lahan telah ditangkap.", "Siapa Kepala Bidang Humas Polda Riau?", True),
    # guard: the head of a regency's agency is no local office
    ("Ratusan orang tua berunjuk rasa di Bekasi pada Senin. Kepala Dinas Pendidikan Kota Bekasi, Ali Fauzi, "
     "mengatakan kuota sekolah negeri akan ditambah.", "Siapa Kepala Dinas Pendidikan Kota Bekasi?", False),
])
def test_round_91_a_local_officials_office_and_name_are_minor(text, question, local):
    default, every = qa(text, "id"), qa_minor(text, "id")
    name = every.get(question)
    assert name, every
    assert (question in default) != local, default
    assert (name in {c.answer for c in cards_of(text, "id")}) != local


# ---------------------------------------------------------------- round 92

def test_round_92_a_handout_caption_credited_via_an_agency_is_no_sentence():
    text = ("Chile's new telescope takes first images\n\nThe Andes telescope on Cerro Morado, Chile, is seen in this "
            "handout picture released on October 14, 2025. AWFT/Handout via REUTERS\n\nA $1.2 billion telescope in "
            "northern Chile released its first images on Tuesday, astronomers said.")
    cards = every_card(text, "en", title="Chile's new telescope takes first images")
    assert cards and not [c for c in cards if "handout" in c.question], cards


@pytest.mark.parametrize("text,figure,absent", [
    ("A debut novel about three generations of radio repairmen in Accra has won the Ashcombe prize for fiction.",
     "three", "about three"),
    # guard: "about" after another noun is the figure's approximator, outside its gap (round 129)
    ("Cleaning up after barbecues and repairing the damage cost the council about £68,000 last summer.",
     "£68,000", "about £68,000"),
])
def test_round_92_about_after_a_work_names_its_topic_not_an_estimate(text, figure, absent):
    cards = every_card(text, "en")
    gaps = {c.answer for c in cards if c.type == "cloze"}
    assert figure in gaps and absent not in gaps, gaps
    if figure == "£68,000":
        assert any("about {{c1::£68,000}}" in c.question for c in cards), [c.question for c in cards]


def test_round_92_a_reason_the_title_states_is_a_minor_question():
    title = "Australia cuts wheat harvest forecast after frost and dry spring"
    text = (f"{title}\n\nAustralia's wheat harvest will be about 12% smaller than expected because of late frosts and "
            "a dry spring in the south of the country, the government's forecaster said on Tuesday.")
    why = [c for c in every_card(text, "en", title=title) if c.family == "why"]
    assert why and all("minor" in c.tags for c in why), why


# ---------------------------------------------------------------- round 93

def test_round_93_a_pronoun_after_an_opening_adverb_is_no_subject_to_ask_about():
    text = ("Ghana will ban imports of used cars older than ten years from July. Six companies currently assemble "
            "vehicles in the country, but together they produced fewer than 4,000 cars in 2024.")
    assert not [q for q in qa_minor(text, "en") if "they" in q.split()], qa_minor(text, "en")


def test_round_93_a_rate_goes_with_its_noun():
    text = ("Japan recorded 686,000 births last year, the lowest since records began. The fertility rate dropped to "
            "1.15 children per woman, far below the 2.1 needed to keep the population stable.")
    got = qa_minor(text, "en")
    assert got.get("How many children per woman did the fertility rate drop to?") == "1.15", got


@pytest.mark.parametrize("text,asked", [
    ("Osaka will make nursery care free for all children under three from April. Care is already free nationwide for "
     "children aged three to five under a policy introduced by the central government in 2019.", False),
    # guard: a deadline after "by" is the clause's, whatever participle stands before it
    ("Norway will ban social media for children under 15. The government will publish a list of the platforms "
     "covered by the law by March 2026.", True),
])
def test_round_93_a_date_after_a_participle_and_its_agent_is_the_participles(text, asked):
    when = [q for q in qa_minor(text, "en") if q.startswith(("When is care", "When will the government"))]
    assert bool(when) == asked, qa_minor(text, "en")


def test_round_93_a_short_name_in_quotes_is_no_clause_boundary_nor_a_gap_of_its_own():
    from briefing.lang import load_pack
    from briefing.pipeline.facts import Clauses

    sentence = ("Anggaran program \"Kembali ke Kelas\" tahun ini mencapai Rp 3,2 miliar yang bersumber dari APBD "
                "Kabupaten Sumba Barat Daya.")
    # the clause of "mencapai" opens with the sentence, its subject whole
    assert Clauses(load_pack("id"), sentence).left(sentence.index("mencapai")) == 0
    text = ("Pemerintah Kabupaten Sumba Barat Daya meluncurkan program \"Kembali ke Kelas\" untuk menarik kembali "
            f"ribuan anak yang putus sekolah. {sentence}")
    answers = {c.answer for c in every_card(text, "id")}
    assert "Rp 3,2 miliar" in answers and "Kelas" not in answers, answers


def test_round_93_the_second_of_a_pair_of_counts_in_words_is_not_asked():
    text = ("Mal Pelayanan Publik Banyumas diresmikan pada Selasa. Dulu warga harus datang ke lima atau enam kantor "
            "yang lokasinya berjauhan.")
    assert not [q for q, a in qa_minor(text, "id").items() if a.startswith("enam")], qa_minor(text, "id")


def test_round_93_a_number_sign_is_no_part_of_a_street_name():
    text = ("Mal Pelayanan Publik Banyumas diresmikan pada Selasa. MPP Banyumas menempati bekas gedung pusat "
            "perbelanjaan di Jl. Jenderal Soedirman No. 45, Purwokerto, yang direnovasi dengan biaya Rp 11,7 miliar.")
    assert not [c for c in every_card(text, "id") if c.answer.endswith(" No")], every_card(text, "id")


def test_round_93_a_compass_word_of_two_words_closes_the_region_after_a_title():
    text = ("Pemerintah Kabupaten Sumba Barat Daya meluncurkan program baru untuk anak putus sekolah. Program tersebut "
            "diluncurkan Bupati Sumba Barat Daya, Yohanes Dade Lero, di Tambolaka, Senin (3/11/2025). Tercatat 4.312 "
            "anak di kabupaten itu tidak bersekolah.")
    got = qa_minor(text, "id")
    assert got.get("Siapa Bupati Sumba Barat Daya?") == "Yohanes Dade Lero", got
    assert "Barat Daya" not in got.values(), got


# ---------------------------------------------------------------- round 94

def test_round_94_a_reason_runs_past_the_comma_of_a_figure():
    text = ("Ambulance waits in England grew longer in January. Dr Priya Nandakumar, vice-president of the Royal College "
            "of Emergency Medicine, said hospitals were also under strain because about 13,000 patients who were "
            "medically fit to leave could not be discharged.")
    why = {q: a for q, a in qa_minor(text, "en").items() if "why" in q.casefold()}
    assert why and all(a.startswith("about 13,000 patients") for a in why.values()), why


def test_round_94_a_plural_noun_in_a_phrase_after_the_subject_is_no_verb():
    text = ("Ambulance services are under pressure. Patients with suspected heart attacks and strokes in England waited "
            "an average of 47 minutes for an ambulance in January, new figures show.")
    assert not [q for q in qa_minor(text, "en") if q.startswith("When does")], qa_minor(text, "en")


def test_round_94_next_year_after_a_month_is_part_of_the_date():
    text = ("Schools in Scotland will have to keep the cost of a full set of uniform below £75 a pupil from August next "
            "year, under plans announced by the Scottish government on Tuesday.")
    assert "August next year" in {c.answer for c in every_card(text, "en")}


def test_round_94_a_discourse_word_before_a_fronted_place_goes_and_the_place_stays():
    text = ("Bank Indonesia menyiapkan uang tunai Rp 165 triliun menjelang Lebaran. Adapun di luar Pulau Jawa, kebutuhan "
            "terbesar berada di Sumatera Utara sebesar Rp 8,3 triliun.")
    asked = [q for q, a in qa_minor(text, "id").items() if a == "Rp 8,3 triliun"]
    assert asked and all(q.startswith("Di luar Pulau Jawa,") for q in asked), qa_minor(text, "id")


def test_round_94_a_whole_address_is_a_minor_gap():
    text = ("Ratusan pelajar di Desa Sukamaju, Kecamatan Cipanas, Kabupaten Lebak, Banten, kini tidak perlu lagi "
            "menyeberangi Sungai Ciberang dengan rakit bambu. Jembatan gantung sepanjang 120 meter diresmikan pada "
            "Kamis, 16 Januari 2025.")
    assert not [c for c in cards_of(text, "id") if c.answer.count(",") >= 2], cards_of(text, "id")


# ---------------------------------------------------------------- round 95

def _asked(text: str, lang: str) -> dict[str, str]:
    """Every question, minor ones included, or none when nothing is worth a card."""
    try:
        return qa_minor(text, lang)
    except NoFactsError:
        return {}


@pytest.mark.parametrize("text,lang,question,answer", [
    ("Jalan nasional di Kecamatan Cijulang terputus selama dua hari akibat longsor yang menimbun badan jalan.", "id",
     "Mengapa jalan nasional di Kecamatan Cijulang terputus selama dua hari?", "longsor yang menimbun badan jalan"),
    ("The cup final between Leeds and Hull was postponed due to a waterlogged pitch.", "en",
     "Why was the cup final between Leeds and Hull postponed?", "a waterlogged pitch"),
])
def test_round_95_more_words_of_cause_give_why_questions(text, lang, question, answer):
    # grammar.cause_words: "akibat", "due to" (teachers of every round miss the story's causes)
    assert qa(text, lang).get(question) == answer, qa(text, lang)


@pytest.mark.parametrize("text", [
    "The new bridge over the Tamar is due to open to traffic in March 2027.",
    "Minister Helen Park - due to speak at the summit by video link - cancelled her trip on Monday.",
    "The delay in the payments was due to a computer fault at the tax office.",
])
def test_round_95_due_to_before_a_verb_or_after_a_copula_is_no_reason(text):
    # grammar.infinitive_markers: "due to | open" is a plan; "was due to ...": no clause to ask about
    assert not [q for q in _asked(text, "en") if q.startswith(("Why", "According"))], _asked(text, "en")


@pytest.mark.parametrize("text", [
    "Ikan hasil tangkapan nelayan hanya tahan segar selama dua sampai tiga hari, setelah itu busuk dan hancur.",
    "Adapun tarif parkir mobil pribadi sebesar Rp5.000, sedangkan truk dikenai tarif Rp10.000.",
])
def test_round_95_a_measured_subject_does_not_end_on_a_preposition(text):
    # "Berapa ikan ... segar selama?", "Berapa tarif mobil pribadi sebesar?": an unknown verb left a
    # preposition at the end of what the verbless reading took for the subject
    asked = _asked(text, "id")
    assert not [q for q in asked if q.rstrip("?").split()[-1] in {"selama", "sebesar"}], asked


def test_round_95_the_size_of_a_thing_the_sentence_describes_is_minor():
    text = ("Kebakaran melanda permukiman padat di Tambora, Jakarta Barat. Petugas harus menyambung selang sepanjang "
            "lebih dari 200 meter dari jalan utama karena gang terlalu sempit.")
    assert "lebih dari 200 meter" not in {c.answer for c in cards_of(text, "id")}
    assert "lebih dari 200 meter" in {c.answer for c in every_card(text, "id")}


def test_round_95_the_size_of_the_thing_the_title_names_is_not_minor():
    text = ("Pipa bawah laut sepanjang 8,2 kilometer yang menghubungkan Pulau Kangean dengan daratan Madura resmi "
            "dioperasikan pada Rabu.")
    title = "Pipa Bawah Laut ke Pulau Kangean Mulai Beroperasi"
    assert "8,2 kilometer" in {c.answer for c in cards_of(text, "id", title)}


def test_round_95_a_word_of_size_is_never_part_of_a_key_term():
    text = ("Setiap keluarga transmigran menerima rumah tipe 36, lahan pekarangan seluas 0,25 hektare, dan lahan usaha "
            "seluas 1,75 hektare.")
    assert not [c.answer for c in every_card(text, "id") if "seluas" in c.answer.split()]


def test_round_95_a_share_the_title_gives_as_a_fraction_in_words_is_a_headline_card():
    text = ("The number of Adelie penguins nesting on Ross Island has fallen by about 33% in 12 years, according to a "
            "count made from aerial photographs.")
    shares = [c for c in every_card(text, "en", "Adelie penguin numbers fall by a third") if c.answer == "33%"]
    assert shares and all("headline" in c.tags for c in shares), shares
    others = [c for c in every_card(text, "en", "Adelie penguin numbers fall by a quarter") if c.answer == "33%"]
    assert others and not [c for c in others if "headline" in c.tags], others


def test_round_95_a_word_joined_by_a_slash_belongs_to_the_spelled_out_name():
    text = ("Sebanyak 45 Kelompok Tani Desa/Kelurahan Makmur (KTDM) di Kabupaten Sragen menerima bantuan benih padi "
            "pada Selasa.")
    assert qa(text, "id").get("Apa kepanjangan dari KTDM?") == "Kelompok Tani Desa/Kelurahan Makmur", qa(text, "id")


def test_round_95_a_sports_tally_is_minor():
    # numbers.tally_units: "29 points", "24 poin"
    text = ("The Netherlands won the women's hockey title on Sunday. Spain finished third with 29 points and Germany "
            "fourth with 24.")
    assert "29" not in {c.answer for c in cards_of(text, "en")}
    assert "29" in {c.answer for c in every_card(text, "en")}
    text = "Pebasket Jordan Lewis menyumbang 16 poin dan 11 rebound bagi tim nasional dalam laga di Manila."
    assert not [c for c in cards_of(text, "id") if c.answer.endswith("16 poin")], cards_of(text, "id")


@pytest.mark.parametrize("text,lang,answer", [
    ("Bank Indonesia telah memangkas suku bunga acuan sebesar 150 basis poin sejak September 2024.", "id",
     "150 basis poin"),
    ("Support for the Labour party rose five percentage points to 38% in the latest Ipsos poll of 2,000 adults.", "en",
     "five"),
    ("The central bank of Chile raised its main interest rate by 75 basis points to 11.25% on Thursday.", "en", "75"),
])
def test_round_95_a_share_in_points_is_no_tally(text, lang, answer):
    assert [c for c in cards_of(text, lang) if c.answer == answer], cards_of(text, lang)


# ---------------------------------------------------------------- round 96

def test_round_96_six_capitalised_words_after_a_title_are_no_persons_name():
    text = ("Indeks inklusi keuangan naik menjadi 80,5 persen. Deputi Komisioner Pengawas Perilaku Pelaku Usaha Jasa "
            "Keuangan, Edukasi, dan Pelindungan Konsumen OJK, Sri Wahyuningsih, mengatakan kenaikan itu menunjukkan "
            "program edukasi keuangan mulai membuahkan hasil.")
    wrong = [c for c in every_card(text, "id") if "Pengawas Perilaku" in c.answer]
    assert not wrong, wrong


def test_round_96_a_date_after_a_participle_of_a_phrase_noun_is_not_the_clauses():
    text = ("Nearly a third of pharmacies in Denmark no longer take cash, the consumer council found in a survey "
            "published in March.")
    asked = _asked(text, "en")
    assert not [q for q, a in asked.items() if a == "March" and q.startswith("When")], asked


def test_round_96_a_body_named_with_and_is_credited_whole_and_a_listed_reason_kept_whole():
    text = ("The Fruit and Vegetable Association, which speaks for growers, said prices had risen because of higher "
            "costs for fuel, fertiliser and labour, and that shoppers would see them for months.")
    assert qa(text, "en").get("According to the Fruit and Vegetable Association, why had prices risen?") == \
        "higher costs for fuel, fertiliser and labour", qa(text, "en")


def test_round_96_a_reason_whose_first_words_the_title_states_is_given_by_the_title():
    text = ("Produksi garam rakyat di Kabupaten Sampang turun 40 persen karena curah hujan di atas normal sepanjang "
            "musim kemarau.")
    why = [f for f in facts_of(text, "id", "Curah Hujan Tinggi, Produksi Garam Sampang Anjlok") if f.family == "why"]
    assert why and all(f.title_gives for f in why), why
    why = [f for f in facts_of(text, "id", "Produksi Garam Sampang Anjlok 40 Persen") if f.family == "why"]
    assert why and not [f for f in why if f.title_gives], why


def test_round_96_a_measure_restated_in_another_unit_gets_no_card():
    text = "Angin bertiup dengan kecepatan 30 knot atau sekitar 55 kilometer per jam di perairan selatan Jawa."
    assert not [c for c in every_card(text, "id") if "55" in c.answer]
    assert [c for c in every_card(text, "id") if "30 knot" in c.answer]


def test_a_word_in_s_after_a_count_of_many_is_a_plural_noun_not_a_verb():
    # "How many emergency did ... receive calls?": "calls" was read as a verb (a left item of
    # round 94); after "3,200" a verb would be "call"
    text = "The Welsh Ambulance Service received 5,600 emergency calls over the Christmas weekend, its busiest of the year."
    asked = [q for q, a in qa(text, "en").items() if a == "5,600"]
    assert asked and all(q.startswith("How many emergency calls did") for q in asked), asked


def test_round_95_the_level_a_change_reached_after_a_dated_old_value_is_asked():
    # "has fallen from about 530,000 in 1975 to {{around 210,000}}": the year was read as the near
    # end of a range, and the level reached (the news) got no card; teachers of rounds 95 and 96
    # missed such before-and-after figures
    text = ("The number of licensed fishing boats in Cornwall has fallen from about 1,200 in 1990 to around 450, "
            "according to the Marine Management Organisation.")
    assert "450" in {c.answer for c in cards_of(text, "en")}, cards_of(text, "en")
    # (a range of days or hours keeps its far end out)
    text = "The Dublin concerts on June 24 and 25 are part of the band's European tour, the promoter said."
    assert "25" not in {c.answer for c in every_card(text, "en")}


# ---------------------------------------------------------------- round 97

def test_round_97_a_dateline_with_a_capitalised_abbreviation_is_dropped():
    text = ("Missouri to ban lead fishing weights\n"
            "ST. LOUIS, Mo. (AP) — Missouri will ban the sale of small lead sinkers from March 2027 to protect "
            "herons, state officials announced on Monday.\n")
    cards = briefing.extract(text, lang="en").cards
    assert cards and not [c for c in cards if "(AP)" in c.question or "(AP)" in c.context], cards


def test_round_97_a_when_tail_cut_inside_a_pair_of_nouns_is_left_out():
    text = ("Oregon will ban the sale of small lead sinkers from March 2027 in an effort to stop ducks and other "
            "water birds from dying of lead poisoning, state officials said.")
    asked = [q for q, a in qa_minor(text, "en").items() if a == "March 2027"]
    assert asked and not [q for q in asked if q.rstrip("?").endswith("ducks")], asked


def test_round_97_a_figure_in_a_later_item_of_an_enumeration_gets_no_question():
    text = ('"Semua kebutuhan murid ditanggung negara, mulai dari seragam, makan tiga kali sehari, sampai asrama. '
            'Orang tua tidak dipungut biaya," kata Rina kepada wartawan di Sleman.')
    assert not [q for q in _asked(text, "id") if "berapa" in q.casefold()], _asked(text, "id")


def test_round_97_a_source_in_lower_case_after_a_break_is_credited():
    text = "Temperatures were minus 4 degrees Celsius, and organizers said about 18,000 spectators lined the course."
    # (since round 140 a count of people watching is a minor card: a deck asked to be big has it)
    assert qa_minor(text, "en").get("According to organizers, how many spectators lined the course?") == \
        "about 18,000", qa_minor(text, "en")


def test_round_97_a_caption_line_naming_a_picture_is_no_sentence():
    text = ("Two men jailed for felling an ancient oak\n\n"
            "Two men who cut down a 300-year-old oak in Shropshire were jailed for six months on Friday.\n\n"
            "The stump of the Ashford Oak, pictured in May, where neighbours have left flowers and cards\n\n"
            "The tree had stood beside the lane since the 18th century, the court heard.\n")
    cards = briefing.extract(text, lang="en", max_cards=40).cards
    assert cards and not [c for c in cards if "pictured" in c.context], cards


def test_a_day_a_month_in_lower_case_and_a_year_are_one_date():
    # found as a user on an unseen FacQA passage: "15 oktober 2003" gave a gap on "2003" alone
    text = ("Program antariksa itu berjalan sejak 1992. Pada penerbangan kelima, 15 oktober 2003, Tiongkok untuk "
            "pertama kalinya mengirim awak ke orbit.")
    assert "15 oktober 2003" in {c.answer for c in every_card(text, "id")}, every_card(text, "id")


# ---------------------------------------------------------------- round 98

def test_round_98_a_person_with_a_role_before_a_relative_is_the_one_asked_about():
    text = "Ratna Sari merupakan bidan yang memimpin posko kesehatan di Desa Sukamaju pada 2010-2015."
    assert qa(text, "id").get("Kapan Ratna Sari memimpin posko kesehatan di Desa Sukamaju?") == "2010-2015", \
        qa(text, "id")


def test_round_98_no_when_question_through_what_someone_is_known_as():
    text = ("Siti Aminah dikenal sebagai pendiri koperasi perempuan pertama di Kudus pada 1975, yang kini beranggota "
            "3.000 orang.")
    assert not [q for q in _asked(text, "id") if q.startswith("Kapan")], _asked(text, "id")


def test_round_98_a_span_of_time_keeps_its_preposition():
    text = "Uji coba bus listrik telah dilakukan sepanjang 2025 di Jalan Malioboro dan Jalan Mangkubumi."
    assert "sepanjang 2025" in qa(text, "id").values(), qa(text, "id")


def test_key_facts_name_a_one_word_name_with_the_code_the_article_always_gives_it():
    # found as a user on an unseen FacQA passage: "Proyek" listed alone for "Proyek 921/1"
    text = ("Program antariksa itu diputuskan pada 1 April 1992 sebagai Proyek 863/2, dengan pekerjaan dimulai pada "
            "1993. Setelah Proyek 863/2 berganti nama menjadi Tiangong, wahana pertama diluncurkan pada 20 November "
            "1999.")
    names = [f.label for f in briefing.extract(text, title="Program antariksa", lang="id").facts if f.kind == "name"]
    assert "Proyek 863/2" in names and "Proyek" not in names, names


def mentions_of(text: str, lang: str) -> list:
    """The mentions the pipeline finds in ``text``."""
    from briefing.api import _run
    from briefing.models import Article

    return _run(Article(title="Berita", text=text, lang=lang, key="k"), lang).mentions


def test_states_side_by_side_are_a_list_not_one_place():
    # found as a user on an unseen XQuAD passage: "Kentucky, Tennessee, Missouri" as one place
    text = ("Descendants of the settlers later moved west across the mountains into what became Kentucky, Tennessee, "
            "Missouri, and other states.")
    places = [m.text for m in mentions_of(text, "en") if m.kind == "place"]
    assert {"Kentucky", "Tennessee", "Missouri"} <= set(places), places


def test_two_bodies_joined_by_and_stay_two():
    # "the Food and Drink Federation" is one name (round 96), "the Commission and Council" two
    text = "Under the treaty, Parliament must go through the Commission and Council before it can pass legislation."
    assert "Commission and Council" not in {m.text for m in mentions_of(text, "en")}


# ---------------------------------------------------------------- round 99

def test_round_99_no_when_question_from_inside_a_relative_after_its_preposition():
    text = ("Scotland will raise the minimum price at which beer can be sold by 20% from April 1, "
            "ministers said on Monday.")
    assert not [q for q in _asked(text, "en") if q.startswith("When")], _asked(text, "en")
    # (a clause set off by a comma tells its own event)
    text = ("The recall revives memories of the Tanaka crisis, in which faulty seat belts led to the recall of "
            "millions of cars in Asia in 2016.")
    assert [q for q, a in _asked(text, "en").items() if a == "2016" and q.startswith("When")], _asked(text, "en")


def test_round_99_a_definition_leaves_out_the_reason_after_it():
    text = ("A fungus is destroying sorghum fields in Niger and Mali, farmers say. Sorghum is a staple across the "
            "Sahel because it survives long droughts and poor soils.")
    assert qa_minor(text, "en").get("What is sorghum?") == "a staple across the Sahel", qa_minor(text, "en")


def test_round_99_no_more_than_is_one_approximator():
    text = "From 1 May, no more than 90 boats will be allowed into the bay each day, down from 130, officials said."
    cards = every_card(text, "en")
    assert "more than 90" not in {c.answer for c in cards}, [c.answer for c in cards]
    assert any(c.answer == "90" and "no more than {{c1::90}} boats" in c.question for c in cards), \
        [(c.question, c.answer) for c in cards]


def test_a_peoples_adjective_and_a_noun_name_no_person():
    # found as a user on an unseen XQuAD passage: "Protestant Reformation", "Swiss Reformation"
    # and "French Bible" listed under People
    text = ("During the Protestant Reformation, Lefevre, a professor at the University of Paris, published his "
            "translation of the New Testament in 1523. William Farel went on to lead the Swiss Reformation, and the "
            "Reformation spread to Geneva.")
    people = {m.text for m in mentions_of(text, "en") if m.kind == "person"}
    assert not {"Protestant Reformation", "Swiss Reformation", "Reformation"} & people, people


@pytest.mark.parametrize("title,text,lang,bad", [
    # a plural noun and a participle opening its own phrase: no story's subject
    ("Birmingham scientists recover lithium from old batteries using ultrasound",
     "Researchers at the University of Birmingham say they can recover lithium and cobalt from spent car "
     "batteries using sound waves instead of harsh acids. The batteries were taken from cars built in 2016. "
     "Old batteries pile up in scrapyards across Britain.", "en", "batteries using"),
    # a count word before the words the title shares: a measure, not the subject
    ("Kasus DBD di Makassar Naik Dua Kali Lipat",
     "Dinas Kesehatan Kota Makassar mencatat 1.284 kasus demam berdarah sejak Januari, atau naik lebih dari "
     "dua kali lipat dibanding periode yang sama tahun lalu. Kasus terbanyak ditemukan di Kecamatan Tamalate.",
     "id", "kali lipat"),
])
def test_a_story_subject_gap_is_a_whole_noun_phrase(title, text, lang, bad):
    gaps = [c.answer for c in every_card(text, lang, title=title) if c.type == "cloze"]
    assert bad not in gaps, gaps


@pytest.mark.parametrize("text,lang,bad", [
    # a verb after the naming cue: "said to reach", no name
    ("Antrean kendaraan dari arah Jalan Sritanjung disebut mencapai dua kilometer sebelum acara dimulai. "
     "Festival itu digelar di Pantai Marina Boom.", "id", "mencapai"),
    # an object and a quoted complement: what it was called, not a name
    ("Dr Fiona Carrick, a materials scientist at Imperial College London, called the results \"genuinely "
     "promising\" but said the method was untested at scale. The results were published on Wednesday.", "en",
     "results"),
])
def test_a_naming_cue_before_a_verb_or_an_object_names_no_term(text, lang, bad):
    gaps = [c.answer for c in every_card(text, lang) if c.type == "cloze"]
    assert bad not in gaps, gaps


def test_a_sum_of_something_is_asked_with_what_it_is_of():
    # review 100: "How much will Britain's rowing federation lose of public funding ...?"
    text = ("Britain's rowing federation will lose almost £4 million of public funding over the next cycle after "
            "UK Sport announced its plans. The federation employs about 45 full-time coaches.")
    got = qa(text, "en")
    assert got.get("How much public funding will Britain's rowing federation lose over the next cycle?") == \
        "almost £4 million", got
    # ... and a sum of something owned, which the question cannot say whose, is not asked
    got = qa("The council will spend £2.5 million of its budget on new buses next year, the mayor said. "
             "The buses will run on hydrogen.", "en")
    assert not [q for q in got if q.startswith("How much")], got


@pytest.mark.parametrize("text,asked", [
    # a share that is its clause's subject, of a whole the fronted phrase pointed to: not asked
    ("Sebanyak 12.400 guru mengajar di jenjang menengah di NTT. Dari jumlah tersebut, hampir 38 persen masih "
     "berstatus honorer dengan gaji rata-rata Rp900 ribu per bulan.", False),
    # ... a share of a noun the sentence names is
    ("Hampir 38 persen guru masih berstatus honorer dengan gaji rata-rata Rp900 ribu per bulan. Pemerintah "
     "berjanji mengangkat mereka.", True),
])
def test_a_share_with_no_whole_named_is_not_asked(text, asked):
    got = qa(text, "id")
    assert any(q.startswith("Berapa persen") for q in got) == asked, got


def test_a_question_stops_before_a_list_that_the_sentence_goes_on_after():
    # review 100: "... kekurangan berapa guru di jenjang SMA?" asked of the whole list's 6.200
    text = ("Pemerintah Provinsi Nusa Tenggara Timur (NTT) mencatat kekurangan sekitar 6.200 guru di jenjang SMA, "
            "SMK, dan sekolah luar biasa (SLB), terutama di daerah terpencil dan pulau-pulau kecil. Kekurangan itu "
            "diperkirakan bertambah.")
    got = qa(text, "id")
    asked = [q for q, a in got.items() if a == "sekitar 6.200 guru"]
    assert asked and not any("SMA" in q for q in asked), got


@pytest.mark.parametrize("text,lang,figure", [
    # a span of time named by "that period" points back: no question leans on it (review 100)
    ("KAI Daop 8 Surabaya menyiapkan sekitar 1,02 juta tempat duduk selama masa angkutan Natal dan Tahun Baru. "
     "Selama periode itu, Daop 8 mengoperasikan 12 kereta tambahan di luar perjalanan reguler.", "id", "12"),
    ("The festival ran for three weeks in August. During that period, the council collected 640 tonnes of "
     "rubbish from the city centre.", "en", "640"),
])
def test_a_period_named_by_a_demonstrative_is_asked_no_question(text, lang, figure):
    got = qa(text, lang)
    assert not [q for q, a in got.items() if figure in a], got



@pytest.mark.parametrize("text,lang,date", [
    # the last of several days that share its month is one item of a list (review 100)
    ("KAI menyiapkan 1,02 juta tempat duduk untuk libur akhir tahun. Tanggal favorit keberangkatan adalah 20, 23, "
     "dan 24 Desember 2025, sementara puncak arus balik diperkirakan terjadi pada 4 Januari 2026.", "id",
     "24 Desember 2025"),
    ("The airline added 40 flights for the holidays. The busiest days will be 20, 23 and 24 December, the "
     "airline said on Monday.", "en", "24 December"),
])
def test_a_date_closing_a_list_of_days_gets_no_gap(text, lang, date):
    got = [c.answer for c in every_card(text, lang) if c.type == "cloze"]
    assert date not in got, got


@pytest.mark.parametrize("text,lang,year,minor", [
    # the year a figure was counted over is a side detail beside the figure (round 100: 6 of 6 rejected)
    ("The Fringe sold about 2.6 million tickets in 2025, close to its record. Venue costs rose again.", "en",
     "2025", True),
    ("Jacksonville is the principal city of its metropolitan area, with a population of 1,345,596 in 2010. "
     "The city grew fast after 1968.", "en", "2010", True),
    ("Menurut data Disbudpar, kunjungan wisatawan ke Banyuwangi pada 2024 tercatat sekitar 3,1 juta orang. "
     "Jumlah itu naik dari tahun sebelumnya.", "id", "2024", True),
    # ... not a year set off by a comma, the yardstick after "than", nor the year of a small count's event
    ("In 2017, a security flaw discovered in chips used in about 760,000 ID cards forced the government to "
     "suspend the cards. The flaw was fixed within weeks.", "en", "2017", False),
    ("Performers paid on average 20 percent more to hire venues this year than in 2023, a survey found. "
     "Rents rose too.", "en", "2023", False),
    ("After leaving Edison's company Tesla partnered with two businessmen in 1886, who agreed to finance an "
     "electric lighting company. The company failed.", "en", "1886", False),
])
def test_the_year_of_a_figure_is_a_minor_gap(text, lang, year, minor):
    gaps = [c for c in every_card(text, lang) if c.answer == year]  # (a gap, or the when-question made instead)
    assert gaps and all(("minor" in c.tags) == minor for c in gaps), [(c.answer, c.tags) for c in gaps]


def test_an_office_set_off_after_a_name_is_that_names_not_the_next_words():
    # found as a user (facqa-train-0171): "Siapa Pemimpin Umum Harian? Singgalang", the newspaper's name
    # taken for the holder of the office that describes the name before it
    text = ("Pameran enam pelukis naturalistik terkemuka di Sumbar diprakarsai H Basril Djabar, Pemimpin Umum "
            "Harian Singgalang, ini menyedot perhatian orang, bahkan sebagian besar dari 37 lukisan terjual.")
    got = qa(text, "id")
    assert "Singgalang" not in got.values(), got


def test_a_figure_of_two_places_is_not_asked_of_the_first():
    # round 101: "How many people did St John Ambulance Cymru treat on the course?" (312 on the course
    # and at the finish)
    text = ("St John Ambulance Cymru treated 312 people on the course and at the finish in front of Cardiff Castle, "
            "and the Welsh Ambulance Service took 27 runners to hospital. The race had 27,000 runners.")
    got = qa(text, "en")
    asked = [q for q, a in got.items() if a == "312"]
    assert asked and not any("course" in q for q in asked), got


@pytest.mark.parametrize("text,subject,asked", [
    # the article names the thing ("Koridor I"): "Koridor itu ...?" in a question names none of it (round 101)
    ("Trans Semarang akan menguji 12 bus listrik di Koridor I mulai Desember. Koridor itu melayani rata-rata "
     "18.500 penumpang per hari.", "Koridor itu", False),
    # ... the article's meeting has no name: "the meeting" is it (the seed's own question)
    (None, "pertemuan itu", True),
])
def test_a_demonstrative_subject_of_a_named_thing_is_asked_no_question(text, subject, asked):
    if text is None:
        got = {c.question: c.answer for c in briefing.extract(EXAMPLE.read_text(encoding="utf-8"), lang="id").cards}
    else:  # (the thing is the title's: its noun alone would otherwise name the topic)
        got = {c.question: c.answer for c in every_card(text, "id", title="Trans Semarang uji coba bus listrik di "
                                                                              "koridor I") if c.type != "cloze"}
    assert any(subject.casefold() in q.casefold() for q in got) == asked, got


def test_a_one_word_name_after_a_naming_cue_and_its_article_is_a_gap():
    # found as a user (xquad-en-0029): "is called a {{Tulku}}" was dropped as "the ___" with one capitalised word
    text = ("In Tibetan Buddhism the teachers of Dharma in Tibet are most commonly called a Lama. A Lama who has "
            "consciously determined to be reborn, often many times, is called a Tulku.")
    gaps = [c.answer for c in every_card(text, "en") if c.type == "cloze"]
    assert "Tulku" in gaps and "Lama" in gaps, gaps


def test_a_decrees_number_is_no_count():
    # round 102: "... Nomor KP berapa Tahun 2022? 1001 Tahun"
    text = ("Saat ini, tarif ojol diatur dalam Keputusan Menteri Perhubungan Nomor KP 1001 Tahun 2022. Aturan itu "
            "akan direvisi pada Januari 2026.")
    got = qa(text, "id")
    assert not [q for q, a in got.items() if "1001" in a], got


@pytest.mark.parametrize("text,figure,asked", [
    # a scope set in front: the figure holds for it alone (round 102)
    ("Kemenhub menaikkan tarif ojol mulai Januari. Untuk zona II yang meliputi Jabodetabek, tarif batas bawah "
     "ditetapkan Rp 2.600 per kilometer.", "Rp 2.600", False),
    # ... "untuk" and a verb is a purpose, not a scope
    ("Untuk mencari tahu akar persoalan longsor, pekan lalu Kompas berdiskusi dengan lima anggota tim pakar dari "
     "Dinas Pertambangan dan Energi Provinsi Sumbar.", "lima anggota", True),
])
def test_a_figure_under_a_scope_set_in_front_is_not_asked_without_it(text, figure, asked):
    got = qa(text, "id")
    assert any(a == figure for a in got.values()) == asked, got


def test_a_resident_telling_of_their_own_lot_is_a_minor_who_question():
    # rounds 100 and 102: "Siapa yang mengaku sudah tiga hari tidak bisa berjualan nasi megono?" (0 of 6)
    text = ("Banjir rob merendam 12 kelurahan di Kota Pekalongan sejak Senin. Siti Khotijah, pedagang di Pasar "
            "Banjarsari, mengaku sudah tiga hari tidak bisa berjualan nasi megono.")
    got = [c for c in every_card(text, "id") if c.question.startswith("Siapa yang mengaku")]
    assert got and all("minor" in c.tags for c in got), [(c.question, c.tags) for c in got]


def test_a_count_whose_noun_is_two_plurals_and_a_subject_as_a_whole():
    # round 102: "How many measles has a whole reported cases since an outbreak began in October 2024?"
    text = ("Ontario as a whole has reported more than 2,300 measles cases since an outbreak began in October 2024, "
            "according to Public Health Ontario. Most have been in the southwest of the province.")
    got = qa(text, "en")
    assert got.get("How many measles cases has Ontario as a whole reported since an outbreak began in October "
                   "2024?") == "more than 2,300", got


def test_a_century_before_a_noun_is_no_default_gap():
    # found as a user (xquad-en-0091): a century written as an adjective describes the noun after it
    text = ("The neighborhood includes Kearney Boulevard, named after early 20th century entrepreneur and millionaire "
            "M. Theo Kearney, which extends from Fresno Street west to Kerman, California. The road is lined with "
            "tall palm trees.")
    got = [c.answer for c in cards_of(text, "en")]
    assert "early 20th century" not in got, got


def test_a_share_written_with_zero_decimals_is_the_titles_whole_number():
    # round 103: "to {{9.00%}}" under "... cuts key rate to 9% ...": the topic line gave it away
    from briefing.export.anki import topic

    text = ("Kenya's central bank cut its benchmark lending rate by 25 basis points to 9.00% on Tuesday, its ninth "
            "consecutive reduction. Inflation stood at 4.1% in November.")
    ex = briefing.extract(text, title="Kenya's central bank cuts key rate to 9% to revive lending", lang="en",
                          max_cards=20)
    card = next(c for c in ex.cards if c.answer == "9.00%")
    assert "headline" in card.tags
    assert "9%" not in topic(card, ex), topic(card, ex)


def test_a_place_a_superlative_holds_in_is_not_where_the_event_was():
    # round 103: "Di mana FBLB pertama kali digelar pada 1989 ...? Papua" (tertua di Papua)
    text = ("Festival Budaya Lembah Baliem (FBLB) dibuka di Wamena pada Rabu. FBLB pertama kali digelar pada 1989 dan "
            "menjadi salah satu festival budaya tertua di Papua.")
    got = qa(text, "id")
    assert not [q for q, a in got.items() if a == "Papua"], got


def test_a_where_question_on_a_visitors_own_plans_is_minor():
    # round 103: "Ke mana wisatawan asal Lyon, Prancis, mengaku sudah merencanakan perjalanan ...?"
    text = ("Festival Budaya Lembah Baliem dibuka di Wamena pada Rabu. Seorang wisatawan asal Lyon, Prancis, "
            "mengaku sudah merencanakan perjalanan ke Wamena sejak setahun lalu.")
    got = [c for c in every_card(text, "id") if c.family == "where" and "mengaku" in c.question]
    assert all("minor" in c.tags for c in got), [(c.question, c.tags) for c in got]


def test_a_full_name_that_began_before_a_comma_is_not_cut_at_it():
    # round 103: "What is the full name of WSL? Snow and Landscape Research"
    text = ("Researchers from the Paul Scherrer Institute (PSI) and the Swiss Federal Institute for Forest, Snow and "
            "Landscape Research (WSL) analysed an 82-metre ice core. A hydrologist at WSL led the study.")
    got = qa(text, "en")
    assert "Snow and Landscape Research" not in got.values(), got


@pytest.mark.parametrize("text,lang,opening", [
    # words said that run on past a clause break to what was known (round 100: "Who said Westgate Formwork
    # Pty Ltd had known for at least three weeks?", known what?)
    ("Judge Miriam Calloway said Westgate Formwork Pty Ltd had known for at least three weeks before the "
     "accident that guard rails on the ninth level of the building were missing or loose, but had not "
     "stopped work. Westgate pleaded guilty in March 2025.", "en", "Who said"),
    # a request without the act asked for (round 100: "Siapa yang meminta seluruh camat?", to do what?)
    ("Wali Kota Makassar meminta seluruh camat dan lurah menggelar kerja bakti serentak setiap Jumat hingga "
     "akhir musim hujan. Kasus DBD naik tajam.", "id", "Siapa yang meminta"),
    # a second predicate without its subject (round 101: "Putaran kelima dan menjaga tempo di kisaran berapa
    # detik per putaran?")
    ("Lalu Ahmad Zulhadi memecahkan rekor nasional lari 10.000 meter putra. Zulhadi langsung memimpin sejak "
     "putaran kelima dan menjaga tempo di kisaran 69 detik per putaran.", "id", "Putaran"),
])
def test_a_question_cut_short_of_what_it_asks_is_not_made(text, lang, opening):
    got = qa(text, lang)
    assert not [q for q in got if q.startswith(opening)], got


# ---------------------------------------------------------------- round 104

_BURSA = ("Indeks Harga Saham Gabungan (IHSG) di Bursa Efek Indonesia (BEI) ditutup menguat 1,4 persen ke level "
          "7.318,52 pada perdagangan Kamis. Investor asing membukukan beli bersih sebesar Rp 1,2 triliun. Di kawasan, "
          "indeks Nikkei 225 di Tokyo naik 0,9 persen, Hang Seng di Hong Kong menguat 1,1 persen, sedangkan Straits "
          "Times di Singapura bertambah 0,5 persen.")


def test_round_104_the_neighbours_shares_listed_under_a_title_s_own_share_are_minor():
    title = "IHSG Ditutup Menguat 1,4 Persen, Saham Perbankan Jadi Penopang"
    kept = {c.answer for c in cards_of(_BURSA, "id", title=title)}
    every = {c.answer for c in every_card(_BURSA, "id", title=title)}
    assert "1,4 persen" in kept, kept
    assert not kept & {"1,1 persen", "0,5 persen", "1,1", "0,5"}, kept
    assert every & {"1,1 persen", "1,1"}, every  # minor, not gone: a bigger deck may still ask them
    # a title with no share of its own: the shares a sentence lists may be its news
    kept = {c.answer for c in cards_of(_BURSA, "id", title="Bursa Asia Kompak Menguat")}
    assert kept & {"1,1 persen", "0,5 persen", "1,1", "0,5"}, kept


@pytest.mark.parametrize("text,lang,answer", [
    ("Brentwick Town beat Harrow Vale 2-1 on Saturday to reach the FA Trophy semi-finals. The visitors dominated the "
     "first half, having 61% of possession and forcing Ashcroft into two further saves before the break.", "en", "61%"),
    ("Persib Bandung menang 2-1 atas Persija Jakarta pada Sabtu malam. Tim tamu sempat mendominasi babak pertama "
     "dengan 58 persen penguasaan bola sebelum Persib mencetak gol kedua.", "id", "58 persen"),
])
def test_round_104_a_share_of_possession_is_a_match_statistic(text, lang, answer):
    asked = [(c.question, c.tags) for c in every_card(text, lang) if c.answer == answer]
    assert asked and all("minor" in tags for _, tags in asked), asked


def test_round_104_a_piece_of_a_name_an_acronym_spells_out_is_no_answer():
    text = ("Jembatan Kali Serang dibangun ulang mulai Maret 2024. Sekretaris Daerah Jawa Tengah, Listyowati Handayani, "
            "menyebut proyek itu dibiayai dari Anggaran Pendapatan dan Belanja Daerah (APBD) tahun jamak 2024–2025.")
    found = {(m.kind, m.text) for m in _mentions(text, "id")}
    assert ("organisation", "Anggaran Pendapatan dan Belanja Daerah") in found, found
    assert not any(t == "Anggaran Pendapatan" for _, t in found), found
    cards = every_card(text, "id")
    assert not any(c.answer == "Anggaran Pendapatan" or "dan Belanja Daerah?" in c.question for c in cards), \
        [(c.question, c.answer) for c in cards]


# ---------------------------------------------------------------- round 105

def test_round_105_a_question_keeps_the_state_of_what_it_counts():
    text = ("Pemerintah Provinsi Nusa Tenggara Timur (NTT) mencatat sebanyak 1.240 ruang kelas sekolah dasar (SD) "
            "dan sekolah menengah pertama (SMP) di wilayahnya dalam kondisi rusak berat. Biaya perbaikan diperkirakan "
            "mencapai Rp 412 miliar.")
    asked = [q for q, a in qa_minor(text, "id").items() if a.startswith("1.240")]
    assert asked and all(q.endswith("dalam kondisi rusak berat?") for q in asked), asked


def test_round_105_a_discourse_word_opening_the_sentence_stays_out_of_a_how_many_question():
    text = ("Pemungutan suara ulang di 14 TPS di Kabupaten Pesisir Barat digelar pada Sabtu. Adapun 78 surat suara "
            "dinyatakan tidak sah.")
    asked = {q: a for q, a in qa_minor(text, "id").items() if a == "78"}
    assert asked and not any("Adapun" in q for q in asked), asked


def test_round_105_no_when_question_on_a_noun_and_its_relative_clause():
    text = ("Kebakaran melanda Pasar Sentral Palopo pada Senin dini hari. Ini merupakan kebakaran kedua di pasar "
            "tersebut dalam lima tahun terakhir setelah peristiwa serupa pada 2021 yang menghanguskan sekitar 40 kios.")
    asked = {q: a for q, a in qa_minor(text, "id").items() if q.startswith("Kapan")}
    assert "2021" not in asked.values(), asked


def test_round_105_a_middle_dot_inside_a_word_keeps_the_word_whole():
    # Catalan writes "l·l" inside words: "Semàfor Intel·ligent" was cut to "Semàfor Intel"
    text = ("The system was developed by a consortium led by Barcelona-based software company Semàfor "
            "Intel·ligent, with funding from the European Union. Valencia said on Wednesday that the trial cut bus "
            "journey times by 14%.")
    names = {m.text for m in _mentions(text, "en")}
    assert "Semàfor Intel·ligent" in names and "Semàfor Intel" not in names, names
    answers = {c.answer for c in every_card(text, "en")}
    assert "Semàfor Intel" not in answers, answers


@pytest.mark.parametrize("text,lang,answer", [
    ("Bangladesh has recorded more than 60,000 dengue infections so far this year. In the 24 hours to 8 a.m. on "
     "Wednesday alone, 1,942 new patients were admitted across the country.", "en", "24"),
    ("Kasus demam berdarah di Jawa Barat sudah melampaui 12.000 sepanjang tahun ini. Dalam 24 jam hingga pukul "
     "08.00 WIB, tercatat 310 pasien baru dirawat di rumah sakit.", "id", "24"),
])
def test_round_105_the_window_a_tally_was_counted_over_is_a_minor_gap(text, lang, answer):
    gaps = [c.tags for c in every_card(text, lang) if c.type == "cloze" and c.answer.startswith(answer)]
    assert all("minor" in tags for tags in gaps), gaps


def test_round_105_a_short_form_of_two_words_first_syllables_is_a_minor_definition():
    text = ("Kebakaran melanda Pasar Sentral Palopo pada Senin dini hari. Penyebab kebakaran masih diselidiki oleh "
            "tim Laboratorium Forensik (Labfor) Polda Sulawesi Selatan. Dinas Pemadam Kebakaran dan Penyelamatan "
            "(DPKP) mencatat 214 kios hangus.")
    defined = {c.question: c.tags for c in every_card(text, "id") if c.family == "acronym"}
    labfor = [tags for q, tags in defined.items() if "Labfor" in q]
    assert labfor and all("minor" in tags for tags in labfor), defined
    # initials are no syllables: what DPKP stands for stays a card of the default deck (BPBD, the body this
    # test named before round 126, is well known since)
    assert any("DPKP" in q and "minor" not in tags for q, tags in defined.items()), defined


@pytest.mark.parametrize("text,lang,answers,news", [
    # (the festival by its name: "untuk festival itu" would point back to it, and its question be minor)
    ("Puluhan ribu warga memadati Pantai Gandoriah pada Minggu. Pemerintah kota menyiapkan 60 petugas kebersihan "
     "tambahan dan 150 tempat sampah sementara di sepanjang pantai. Pemerintah menyediakan anggaran Rp 5 miliar "
     "untuk Festival Pantai Gandoriah.", "id", {"60", "150"}, "Rp 5 miliar"),
    ("Dengue cases in Bangladesh passed 60,000 this year. The Dhaka North City Corporation said it had deployed "
     "1,100 workers to spray larvicide, and the government has set aside $12 million for the response.",
     "en", {"1,100"}, None),
])
def test_round_105_a_count_of_what_was_laid_on_is_logistics(text, lang, answers, news):
    cards = every_card(text, lang)
    laid_on = [(c.question, c.tags) for c in cards if c.answer in answers]
    assert laid_on and all("minor" in tags for _, tags in laid_on), laid_on
    if news:  # a sum provided is the news, not logistics
        assert any(c.answer == news and "minor" not in c.tags for c in cards), [(c.answer, c.tags) for c in cards]


# ---------------------------------------------------------------- round 106

def test_round_106_a_demonstrative_opening_the_sentence_is_the_subject_s_own():
    text = ("Malawi began a cholera vaccination campaign on Tuesday. The country suffered its worst outbreak in 2022. "
            "That outbreak killed more than 1,700 people, according to the Ministry of Health.")
    asked = qa_minor(text, "en")
    assert not any(q.startswith("How many people did outbreak") for q in asked), asked


def test_round_106_a_branch_after_a_body_is_no_person():
    text = ("Harga bawang merah di Brebes anjlok hingga Rp 9.000 per kilogram. Ketua Asosiasi Bawang Merah Indonesia "
            "(ABMI) Cabang Brebes, Juwari Santoso, meminta pemerintah pusat turun tangan.")
    found = {(m.kind, m.text) for m in _mentions(text, "id")}
    assert ("person", "Cabang Brebes") not in found, found
    assert "Cabang Brebes" not in {a for q, a in qa_minor(text, "id").items() if q.startswith("Siapa")}


@pytest.mark.parametrize("text,cut", [
    # a span of two years is one: the question must not stop at the first
    ("Gedung Mal Pelayanan Publik itu dibangun dengan anggaran Rp 27,5 miliar dari APBD Sleman tahun 2023 dan 2024.",
     "tahun 2023?"),
    # a clause of time set in front: without it the question says something else
    ("PT ASDP resmi mengoperasikan kapal roro baru untuk lintasan Bitung–Ternate pada Jumat. Sebelum kapal ini "
     "beroperasi, lintasan Bitung–Ternate dilayani satu kapal berusia lebih dari 25 tahun.", "lintasan Bitung–Ternate dilayani"),
])
def test_round_106_a_how_many_question_does_not_change_what_its_sentence_says(text, cut):
    asked = qa_minor(text, "id")
    assert not any(q.endswith(cut) or q.startswith(cut[:1].upper() + cut[1:]) for q in asked), asked


# ---------------------------------------------------------------- round 107

def test_round_107_a_region_with_its_short_form_set_off_after_a_name_does_not_end_the_clause():
    text = ("Sebanyak 2.350 guru honorer jenjang sekolah dasar (SD) dan sekolah menengah pertama (SMP) di Kabupaten "
            "Lombok Timur, Nusa Tenggara Barat (NTB), mulai mengikuti pelatihan penerapan Kurikulum Merdeka secara "
            "daring sejak Senin (3/11/2025).")
    asked = [q for q, a in qa_minor(text, "id").items() if a == "2.350"]
    assert asked and all("mulai mengikuti pelatihan" in q for q in asked), asked


def test_round_107_a_function_word_capitalised_after_a_comma_opens_the_name_after_it():
    # the Sasak noble "Lalu" is also the word for "then": the gap left it outside the name
    text = ("Ribuan guru honorer di Lombok Timur mengikuti pelatihan Kurikulum Merdeka. Kepala Dinas Dikbud Lombok "
            "Timur, Lalu Muhammad Zainuddin, mengatakan pelatihan ini menyasar guru yang belum pernah dilatih.")
    names = {m.text for m in _mentions(text, "id") if m.kind in {"person", "name"}}
    assert "Lalu Muhammad Zainuddin" in names and "Muhammad Zainuddin" not in names, names


# ---------------------------------------------------------------- round 108

def test_round_108_an_office_and_its_region_before_an_honorific_are_no_person():
    # "Sikka" is the region of the office; the holder comes after ", dr."
    text = ("Menurut Kepala Dinas Kesehatan Sikka, dr. Agustina Bria, lonjakan kasus terpusat di Kecamatan Alok "
            "yang padat penduduk.")
    found = {(m.kind, m.text, m.value) for m in _mentions(text, "id") if m.kind in {"person", "role"}}
    assert ("person", "Agustina Bria", "Agustina Bria") in found, found
    assert not any(text_ == "Sikka" for _, text_, _ in found), found
    assert not any(a == "Sikka" for a in qa_minor(text, "id").values())


@pytest.mark.parametrize("text,lang,expected", [
    # round 108: spelled with a compound of two words ("Bulu Tangkis"), from its first letter
    ("Kepala Bidang Pembinaan dan Prestasi Persatuan Bulu Tangkis Seluruh Indonesia (PBSI), Agus Hartanto "
     "Wibisono, menilai hasil turnamen ini cukup memuaskan bagi pemain muda.",
     "id", {"PBSI": "Persatuan Bulu Tangkis Seluruh Indonesia"}),
    # round 109: a short form made in another word order keeps the word it has a capital of
    ("The species is described in a paper published by a team from the National University of Comahue "
     "(UNComa) and the Natural History Museum of Denmark.", "en", {"UNComa": "National University of Comahue"}),
])
def test_rounds_108_109_an_acronym_s_expansion_starts_where_its_letters_do(text, lang, expected):
    found = {m.text: m.value for m in _mentions(text, lang) if m.kind == "acronym"}
    assert found == expected, found


@pytest.mark.parametrize("text,answer,question", [
    # round 108: a second present predicate is cut
    ("Brookvale employs about 210 people and processes around 350 million litres of milk a year. "
     "Brookvale Dairy was fined after waste from its factory killed fish in the creek.",
     "about 210", "How many people does Brookvale employ?"),
    # round 108: the relative clause before the subject's verb is skipped (and a question ending on a dotted
    # abbreviation keeps its full stop)
    ("About 1,150 drivers employed by Northway Buses, which runs 74 routes under contract to the city, walked "
     "out at 4 a.m. Picket lines formed outside depots in Oldham.",
     "About 1,150", "How many drivers employed by Northway Buses walked out at 4 a.m.?"),
    # round 110: a second clause with its own subject is cut
    ("Snack maker Brightwater agreed to buy Calder Foods on Monday. Brightwater operates 14 plants in the United "
     "States and Canada and Calder operates 9, including two bakeries in Ontario.",
     "14", "How many plants does Brightwater operate in the United States and Canada?"),
])
def test_rounds_108_110_a_how_many_question_keeps_only_its_own_clause(text, answer, question):
    asked = [q for q, a in qa_minor(text, "en").items() if a == answer]
    assert asked == [question], asked


def test_round_108_the_old_level_of_a_change_is_a_minor_question_the_new_one_is_not():
    text = ("Rancangan APBD Perubahan Kabupaten Banyumas disetujui dalam rapat paripurna DPRD pada Kamis. Total "
            "belanja daerah naik tipis dari Rp 3,62 triliun menjadi Rp 3,71 triliun, sementara pendapatan asli daerah "
            "diproyeksikan mencapai Rp 712 miliar.")
    every = every_card(text, "id")
    minor = {c.answer for c in every if c.type == "question" and "minor" in c.tags}
    kept = {c.answer for c in every if c.type == "question" and "minor" not in c.tags}
    assert "Rp 3,62 triliun" not in kept and "Rp 3,71 triliun" in kept, (kept, minor)


def test_round_108_a_unit_of_two_words_stays_with_its_figure():
    text = ("Kapal motor penumpang itu kandas di perairan dekat Pelabuhan Lembar pada Sabtu dini hari. Kapal "
            "dilaporkan tersangkut karang kurang lebih 1,8 mil laut sebelum mencapai dermaga.")
    answers = set(qa_minor(text, "id").values())
    assert "kurang lebih 1,8 mil laut" in answers, answers


def test_round_108_a_name_before_a_demonstrative_is_a_minor_gap():
    text = ("Pemerintah Kabupaten Banyumas memangkas anggaran perjalanan dinas dalam APBD Perubahan tahun ini, lalu "
            "mengalihkan Rp 84 miliar untuk perbaikan jalan desa. Rancangan APBD Perubahan itu disetujui dalam rapat "
            "paripurna Dewan Perwakilan Rakyat Daerah (DPRD) Banyumas, Kamis (18/9).")
    every = every_card(text, "id")
    assert any(c.answer == "Rancangan APBD Perubahan" for c in every), every  # (the gap is made ...)
    assert "Rancangan APBD Perubahan" not in gaps_of(text, "id")  # (... but minor)


def test_round_108_a_definition_stops_before_the_date_it_began():
    ex = briefing.extract("Korean economist Hoesung Lee is the chair of the IPCC since October 8, 2015, following "
                          "the election of the new IPCC Bureau.", title="IPCC", lang="en", max_cards=10)
    defined = [c.answer for c in ex.cards if c.family == "define"]
    assert defined == ["the chair of the IPCC"], defined


def test_round_108_a_figure_counts_both_nouns_joined_after_it():
    text = ("Pemerintah kabupaten menargetkan angka bebas jentik mencapai 95 persen dalam empat pekan ke depan. Kader "
            "jumantik akan dikerahkan ke seluruh 160 desa dan kelurahan untuk memeriksa rumah warga satu per satu.")
    answers = set(qa_minor(text, "id").values())
    assert "160 desa dan kelurahan" in answers and "160 desa" not in answers, answers


def test_round_108_how_long_a_match_lasted_is_a_minor_card():
    text = ("Ganda putra Raihan Fadhila/Yusuf Ardiansyah mengalahkan pasangan Malaysia melalui pertarungan tiga gim "
            "21-18, 17-21, 22-20 dalam waktu 68 menit. Turnamen itu diikuti 286 pemain dari 19 negara.")
    every = every_card(text, "id")
    timed = [c for c in every if c.answer.startswith("68")]
    assert timed and all("minor" in c.tags for c in timed), timed


def test_round_108_a_short_month_name_after_a_name_word_ends_the_name():
    text = ("Ganda putra Indonesia mengalahkan pasangan Malaysia, Lim Wei Jun/Hafiz Azman, dalam final di Surabaya. "
            "Rapat evaluasi digelar pada Jun 2024 di Jakarta.")
    found = {(m.kind, m.text) for m in _mentions(text, "id")}
    assert ("name", "Lim Wei Jun") in found and ("date", "Jun") not in found, found
    assert ("date", "Jun 2024") in found, found


# ---------------------------------------------------------------- round 109

def test_round_109_a_number_ending_a_name_is_no_gap():
    text = ("South Australia will abolish its standardised Year 10 examinations from 2027, the government said. The "
            "Year 10 exams, introduced in 2014, cost about $9.5 million a year to run and are sat by roughly 21,000 "
            "students.")
    assert "10" not in {c.answer for c in every_card(text, "en") if c.type == "cloze"}


def test_round_109_a_threshold_is_a_minor_gap_and_gross_ton_a_unit():
    text = ("Menurut data Dinas Perikanan dan Kelautan Kabupaten Indramayu, terdapat 4.860 kapal yang terdaftar di "
            "wilayah tersebut, dengan sekitar 38 persen di antaranya berukuran di atas 10 gross ton (GT).")
    every = every_card(text, "id")
    sized = [c for c in every if c.type == "cloze" and c.answer.startswith("10")]
    assert sized and all("minor" in c.tags for c in sized), sized
    assert all(c.answer == "10 gross ton" for c in sized), sized


def test_round_109_no_how_many_question_from_a_piece_of_a_quotation():
    text = ('Kuota solar untuk SPBN Karangsong di Indramayu hanya sekitar 1.200 kiloliter per bulan. "Kapal ukuran 10 '
            'sampai 30 gross ton itu sekali melaut butuh 3.000 sampai 5.000 liter. Kalau kuota habis, kami tidak bisa '
            'berangkat," kata Darsono.')
    assert not any("itu sekali melaut" in q for q in qa_minor(text, "id")), qa_minor(text, "id")


@pytest.mark.parametrize("text,lang,answer", [
    ("Persekabpas melepaskan sembilan tembakan dengan tiga tepat sasaran dalam laga di Stadion Benteng itu.",
     "id", "sembilan tembakan"),
])
def test_round_109_shots_are_match_statistics(text, lang, answer):
    cards = [c for c in every_card(text, lang) if c.answer.startswith(answer.split()[0]) or c.answer == answer]
    assert cards and all("minor" in c.tags for c in cards), cards


def test_round_109_a_small_count_of_times_is_no_question_but_a_rate_is():
    text = ("Tiga unit ekskavator dikerahkan ke lokasi longsor di Banjarnegara, namun operasi sempat dihentikan dua "
            "kali karena hujan kembali turun. Bunga sakura di Kebun Raya Cibodas mampu berbunga dua kali dalam setahun.")
    asked = qa_minor(text, "id")
    assert not any("dihentikan" in q for q in asked), asked
    assert any("berbunga" in q for q in asked), asked


def test_round_109_a_focus_word_before_the_figure_leaves_the_question_with_it():
    text = "Kuota solar untuk SPBN Karangsong di Indramayu hanya sekitar 1.200 kiloliter per bulan."
    asked = [q for q, a in qa_minor(text, "id").items() if a == "sekitar 1.200 kiloliter"]
    assert asked == ["Berapa kuota solar untuk SPBN Karangsong di Indramayu per bulan?"], asked


def test_round_109_a_span_in_the_subject_of_a_clause_with_its_own_figure_is_not_asked():
    text = ("Menurut Wahyu, perputaran uang selama tiga hari festival diperkirakan mencapai Rp6,5 miliar, terutama dari "
            "sektor kuliner. Pemerintah menetapkan status tanggap darurat selama 14 hari.")
    asked = qa_minor(text, "id")
    assert "tiga hari" not in asked.values() and "Rp6,5 miliar" in asked.values(), asked
    assert "14 hari" in asked.values(), asked  # (a span that is the clause's own figure stays)


@pytest.mark.parametrize("text,lang,word", [
    # round 109: a town named after a general, after "in"
    ("The fossils will go on display at the Provincial Museum of Natural Sciences in General Roca from March.",
     "en", "Roca"),
    # the region of a regent the article writes after "Kabupaten" elsewhere
    ("Pemerintah Kabupaten Sleman menetapkan status tanggap darurat banjir selama 14 hari. Bupati Sleman meninjau "
     "lokasi banjir di Kecamatan Depok pada Selasa.", "id", "Sleman"),
])
def test_round_109_a_place_after_a_title_is_no_person(text, lang, word):
    found = {(m.kind, m.text) for m in _mentions(text, lang)}
    assert ("person", word) not in found, found


# ---------------------------------------------------------------- round 110

def test_round_110_no_who_said_question_on_words_said_cut_before_their_verb():
    text = ("Housing minister Daniel Ferraro resigned on Wednesday. Ms Kessler said the Minister for Planning, Sophie "
            "Nguyen, would take over the housing portfolio until a reshuffle. Premier Joanne Kessler accepted the "
            "resignation.")
    assert not any(q.startswith("Who said") for q in qa_minor(text, "en")), qa_minor(text, "en")


def test_round_110_a_relative_clause_closed_by_a_comma_leaves_the_main_verb_its_date():
    text = ("Jembatan Katingan Hilir yang membentang di atas Sungai Katingan, Kabupaten Katingan, Kalimantan Tengah, "
            "resmi dibuka untuk lalu lintas umum pada Kamis (9/10/2025).")
    asked = [q for q, a in qa_minor(text, "id").items() if a == "Kamis (9/10/2025)"]
    assert asked and all(q.startswith("Kapan Jembatan Katingan Hilir yang membentang") for q in asked), asked


@pytest.mark.parametrize("text,lang,bad", [
    # two figures the subject of a verb after them
    ("Dinas Lingkungan Hidup (DLH) Kota Makassar mencatat sedikitnya 2.400 gerai ritel modern dan 3.100 rumah makan "
     "akan terdampak aturan baru ini.", "id", "mencatat berapa gerai ritel modern?"),
    # one factor of a product
    ("Perusahaan wajib menyampaikan pemberitahuan tertulis kepada pengguna terdampak paling lambat 3 x 24 jam sejak "
     "kegagalan pelindungan data diketahui. Data 3,8 juta pengguna bocor.", "id", "3 x berapa"),
    # an item of a list the verb before takes
    ("Pemerintah provinsi menyiapkan anggaran Rp 4,2 miliar untuk pengadaan air bersih, penambahan 15 unit truk "
     "tangki, serta pembangunan 40 sumur bor darurat di desa-desa yang paling parah terdampak.", "id",
     "Pembangunan berapa"),
    # a list whose last item has its coordinator inside: the phrase before it goes too
    ("The Thompson-Nicola Regional District (TNRD) issued evacuation orders for 1,460 properties in the communities "
     "of Aspen Grove, Kentucky Lake and parts of the Nicola Valley, and placed a further 900 properties on "
     "evacuation alert.", "en", "in the communities"),
])
def test_round_110_broken_how_many_questions_are_not_made(text, lang, bad):
    asked = qa_minor(text, lang)
    assert asked and not any(bad in q for q in asked), asked


def test_round_110_an_office_a_title_opens_is_no_person_its_company_resolves_to():
    text = ("Pasarnesia, yang berbasis di Jakarta Selatan, mengklaim memiliki 11 juta pengguna terdaftar. Dalam "
            "pernyataan resminya, Kepala Petugas Keamanan Informasi Pasarnesia, Dimas Prasetya Nugroho, mengakui "
            "adanya akses tidak sah ke salah satu basis data cadangan.")
    found = {(m.kind, m.text, m.value) for m in _mentions(text, "id")}
    assert not any(kind == "person" and "Pasarnesia" in (value or "") for kind, _, value in found), found
    assert ("person", "Dimas Prasetya Nugroho", "Dimas Prasetya Nugroho") in found, found


def test_round_110_a_participle_opening_the_sentence_opens_no_name():
    text = ("Liam Rowe was jailed for 12 years. Defending Rowe, barrister Sian Griffiths said her client had "
            "accumulated gambling debts. Reading Football Club and Ealing Council were not involved.")
    names = {m.text for m in _mentions(text, "en")}
    assert "Defending Rowe" not in names and "Reading Football Club" in names, names


def test_round_110_a_record_figure_after_a_reporting_verb_is_asked_according_to_its_source():
    text = ("Tournament director Paul Hennessy said a record 8,900 spectators attended the final, the first sell-out "
            "of the week. The teenager won the title.")
    asked = [q for q, a in qa_minor(text, "en").items() if a == "8,900"]
    assert asked and all(q.startswith("According to") for q in asked), asked


def test_round_110_a_counted_noun_joined_to_another_before_a_reported_verb_is_not_asked_alone():
    text = ("Dinas Pertanian dan Perkebunan NTB mencatat 8.740 hektare tanaman jagung dan kedelai mengalami puso atau "
            "gagal panen. Polisi menangkap 12 orang dan menyita barang bukti narkoba di Mataram.")
    asked = qa_minor(text, "id")
    assert not any(q.endswith("tanaman jagung?") for q in asked), asked
    assert "Polisi menangkap berapa orang?" in asked, asked  # (a second predicate of the same subject)


# ---------------------------------------------------------------- round 111

def test_round_111_a_body_named_after_a_doctor_is_no_holder_of_its_office():
    text = ("Atap ruang kelas SDN Sukamaju ambruk pada Senin pagi. Direktur RSUD dr. Slamet, dr. Hani Nurhayati, "
            "menyebutkan tiga siswa yang dirawat mengalami luka robek di kepala.")
    assert not any(a == "Slamet" for a in qa_minor(text, "id").values()), qa_minor(text, "id")
    assert not any(m.kind == "person" and m.text == "Slamet" for m in _mentions(text, "id"))
    # ... and the holder named after it holds the office, the body's name with it
    assert qa_minor(text, "id").get("Siapa Direktur RSUD dr. Slamet?") == "Hani Nurhayati", qa_minor(text, "id")


@pytest.mark.parametrize("text,lang,bad", [
    # a verb of estimating before the auxiliary: the auxiliary is the reported clause's
    ("The Fairhaven City Council approved a $412 million operating budget on Wednesday. It includes a property tax "
     "rate increase of 2.9 percent, which city finance staff estimate will add about $96 a year to the bill.",
     "en", "will city finance staff estimate"),
    # a clause found inside a phrase of time ("sejak tiga tahun lalu itu"): its subject stands before
    ("Penelitian yang berlangsung sejak tiga tahun lalu itu melibatkan 12 peneliti dari Fakultas Farmasi dan "
     "Lembaga Penyakit Tropis (LPT) Unair.", "id", "Tiga tahun lalu"),
])
def test_round_111_broken_how_many_questions_are_not_made(text, lang, bad):
    assert not any(bad in q for q in qa_minor(text, lang)), qa_minor(text, lang)


def test_round_111_a_figure_per_item_is_a_minor_question():
    text = ("Dinas Sosial Kota Medan menyalurkan 4,5 ton beras kepada pengungsi. Dua unit mobil tangki air bersih "
            "berkapasitas masing-masing 5.000 liter disiagakan di posko.")
    asked = [c for c in every_card(text, "id") if c.type == "question" and c.answer == "5.000 liter"]
    assert asked and all("minor" in c.tags for c in asked), asked


# ---------------------------------------------------------------- round 112

def test_round_112_a_title_word_that_is_a_given_name_opens_the_name():
    text = ("Asrama Haji Embarkasi Surabaya tengah direnovasi. Kepala Unit Pelaksana Teknis (UPT) Asrama Haji Surabaya, "
            "Imam Syafi'i, menyebut renovasi mencakup penambahan 220 kamar.")
    found = {(m.kind, m.text) for m in _mentions(text, "id")}
    assert ("name", "Imam Syafi'i") in found or ("person", "Imam Syafi'i") in found, found
    assert "Syafi'i" not in gaps_of(text, "id")


def test_round_112_over_a_span_of_time_stays_out_of_the_gap():
    text = ("The study tracked movement on the Hikurangi subduction zone over 26 months using 18 instruments. The team "
            "found over 40 events in the zone.")
    gaps = {c.answer for c in every_card(text, "en") if c.type == "cloze"}
    assert "26" in gaps and "over 26" not in gaps and "40" in gaps, gaps


def test_round_112_a_how_much_question_stops_before_a_second_sum_added():
    text = ("Brian Chebet broke the Westhaven Marathon course record by 71 seconds on Sunday. Chebet earned $40,000 in "
            "prize money plus a $15,000 bonus for the course record.")
    asked = [q for q, a in qa_minor(text, "en").items() if a == "$40,000"]
    assert asked and not any("plus" in q for q in asked), asked


def test_tanah_air_is_indonesia_not_a_place_of_its_own():
    # found as a user (id_pertahanan_airbus_a400m): key facts listed "Tanah Air" (the homeland) among places
    text = ("Pesawat angkut berat Airbus A400M akhirnya tiba di Lanud Halim Perdanakusuma, Jakarta Timur, Senin "
            "(3/11/2025). Pukul 07.35 WIB, pesawat itu akhirnya mendarat di Tanah Air setelah terbang dari Spanyol.")
    ex = briefing.extract(text, title="Pesawat Airbus A400M Tiba", lang="id", max_cards=20)
    places = {f.label for f in ex.facts if f.kind == "place"}
    assert "Tanah Air" not in places, places
    assert "Tanah Air" not in {c.answer for c in ex.cards}, ex.cards


# ---------------------------------------------------------------- round 113

def test_round_113_no_who_said_question_cut_inside_a_list_of_adjectives():
    text = ("Forecaster Claire Hennessy said the heat would peak on Friday. Hennessy said a slow-moving high-pressure "
            "system in the Tasman Sea was drawing hot, dry air from the interior across the state.")
    asked = qa_minor(text, "en")
    assert not any(q.endswith("drawing hot?") for q in asked), asked
    # (guard) the first sentence still has its card: a gap on the forecaster since round 147, which reads
    # "Forecaster" as her job (roles.roles); before, "Forecaster Claire Hennessy" was a name, and a minor
    # "Who said the heat would peak on Friday?" asked for it
    assert "Claire Hennessy" in {c.answer for c in every_card(text, "en")}


def test_round_113_a_how_many_question_stops_before_the_next_figure_of_a_list():
    text = ("Sebanyak 700 kursi disediakan untuk mahasiswa dari keluarga yang terdaftar dalam Data Terpadu "
            "Kesejahteraan Sosial (DTKS), 400 kursi untuk mahasiswa berprestasi akademik dan nonakademik, serta 150 "
            "kursi untuk mahasiswa program studi kesehatan.")
    asked = [q for q, a in qa_minor(text, "id").items() if a == "700 kursi"]
    assert asked and not any("400 kursi" in q for q in asked), asked


# Round 114: what both teachers rejected in the default decks of twelve new articles.

def test_a_plural_noun_before_a_far_auxiliary_is_no_verb_to_invert():
    # "When does the first cooling centers under the new rule are expected to open?"
    text = ("The city council approved the heat plan on Tuesday. The first cooling centers under the new rules are "
            "expected to open in June. The plan will cost $18 million, Mayor Anna Cole said.")
    questions = qa_minor(text, "en")
    assert questions.get("When are the first cooling centers under the new rules expected to open?") == "June", \
        questions


def test_two_prepositions_joined_by_or_are_one_phrase_of_the_count():
    # "How many days did Sacramento record?" left out what kind of days
    text = ("The city council approved a heat plan on Tuesday. Last year, Sacramento recorded 19 days at or above "
            "105 degrees Fahrenheit (40.5 Celsius), compared with an average of about seven a year in the 1990s, "
            "according to the National Weather Service. The plan will cost $18 million, Mayor Anna Cole said.")
    asked = {q: a for q, a in qa_minor(text, "en").items() if a == "19"}
    assert asked and all("at or above 105 degrees" in q for q in asked), asked


def test_no_where_question_on_whom_someone_told_where():
    text = ('Volta Commercial Bank agreed to buy Ashanti Trust on Monday. "Together, we can lend to the large '
            'projects that Ghana needs," Volta Chief Executive Kwame Asante-Boateng told reporters in Accra. The '
            'deal is worth 2 billion cedis.')
    assert not any(c.answer == "Accra" and c.type != "cloze" for c in every_card(text, "en")), \
        [(c.question, c.answer) for c in every_card(text, "en")]


def test_a_speaker_described_in_a_relative_clause_and_the_body_of_a_speaking_office_are_minor_gaps():
    text = ("The city council approved an $18 million heat plan on Tuesday. Council member James Whitaker, who "
            "voted against the plan, said he supported its goals but questioned the cost. The plan was drafted by "
            "Maria Delgado.")
    assert "James Whitaker" not in gaps_of(text, "en") and "Maria Delgado" in gaps_of(text, "en"), gaps_of(text, "en")
    text = ("Panen raya dimulai di Indramayu pada Selasa. Ketua Kelompok Tani Sri Mulya di Kecamatan Lohbener, "
            "Dasuki (56), mengatakan biaya produksi di lahannya sekitar Rp 14 juta per hektare untuk satu musim.")
    assert "Kelompok Tani Sri Mulya" not in gaps_of(text, "id"), gaps_of(text, "id")
    assert "Kelompok Tani Sri Mulya" in {c.answer for c in every_card(text, "id")}  # (minor, not lost)


def test_a_tribe_is_a_body_not_its_chief():
    text = ("Program bahasa Enggano diluncurkan pada Jumat (21/2/2025). Kepala Suku Kaitora, salah satu dari lima "
            "suku asli di Enggano, Milson Kaitora (63), menyambut baik program tersebut.")
    assert "Suku Kaitora" not in {c.answer for c in every_card(text, "id")}, \
        [(c.question, c.answer) for c in every_card(text, "id")]


def test_since_long_ago_opens_no_clause_before_the_verb():
    # "Mengapa lama menganggap bahasa Enggano unik?" lost its subject
    text = ("Program revitalisasi bahasa Enggano diluncurkan pada Jumat. Para linguis sejak lama menganggap bahasa "
            "Enggano unik karena banyak kosakatanya sangat berbeda dengan bahasa Austronesia lain. Anggaran program "
            "mencapai Rp 640 juta.")
    why = [q for q, a in qa_minor(text, "id").items() if q.startswith("Mengapa")]
    assert why == ["Mengapa para linguis sejak lama menganggap bahasa Enggano unik?"], why


@pytest.mark.parametrize("text, lang, side, news", [
    # an age after an approximator
    ("Perumda Tirta Muria menaikkan tarif air mulai 1 Juli 2024. Tambahan pendapatan sekitar Rp 9,4 miliar per "
     "tahun akan dipakai untuk mengganti pipa distribusi sepanjang 42 kilometer yang berusia lebih dari 30 tahun.",
     "id", "lebih dari 30 tahun", "sekitar Rp 9,4 miliar"),
    # the whole after a genitive; a figure in a relative clause on another figure's noun
    ("Mongolia is home to an estimated 1,120 snow leopards, a survey released on Wednesday showed. The survey "
     "covered 89,000 square km of mountain habitat across 11 of the country's 21 provinces. Field teams placed "
     "1,840 motion-triggered cameras, which recorded more than 26 million images between 2021 and 2024.",
     "en", "21", "89,000"),
    ("Mongolia is home to an estimated 1,120 snow leopards, a survey released on Wednesday showed. Field teams "
     "placed 1,840 motion-triggered cameras, which recorded more than 26 million images between 2021 and 2024.",
     "en", "26 million", "1,120"),
    # the old level of a change
    ("Perumda Tirta Muria menaikkan tarif air mulai 1 Juli 2024. Tarif naik dari Rp 3.700 menjadi Rp 4.500 per "
     "meter kubik, kata Direktur Utama Agus Wibowo.", "id", "Rp 3.700", "Rp 4.500"),
    # a span measured from another event (but not one measured from now: "years ago")
    ("A small satellite reached orbit on Tuesday. The 110-kilogram satellite separated from the Falcon 9 rocket "
     "about 58 minutes after launch and sent its first signal to a ground station in Davao City. The project cost "
     "1.2 billion pesos, director general Ramon Castillo said.", "en", "58", "1.2 billion"),
    # a sentence opening on "Dalam misi tersebut,": which mission?
    ("PT Sekala menandatangani kontrak ekspor kopi senilai 11,5 juta dolar AS pada Senin. Kesepakatan ini "
     "merupakan tindak lanjut misi dagang ke Kairo pada Mei lalu. Dalam misi tersebut, pelaku usaha Indonesia "
     "membukukan potensi transaksi produk pertanian sebesar 46 juta dolar AS.", "id", "46 juta dolar AS",
     "11,5 juta dolar AS"),
])
def test_side_figures_of_round_114_are_minor(text, lang, side, news):
    cards = every_card(text, lang)
    major = {c.answer for c in cards if "minor" not in c.tags}
    assert side not in major and news in major, [(c.question, c.answer, c.tags) for c in cards]
    assert side in {c.answer for c in cards if "minor" in c.tags}, [(c.question, c.answer, c.tags) for c in cards]


def test_a_span_of_years_ago_stays_the_news():
    text = ("Para peneliti menemukan sampel es di Antartika. Es itu berasal dari periode 6 juta tahun lalu. Tim "
            "itu dipimpin oleh Sarah Shackleton dari Universitas Princeton.")
    assert any("6 juta tahun" in c.answer and "minor" not in c.tags for c in every_card(text, "id")), \
        [(c.question, c.answer, c.tags) for c in every_card(text, "id")]


def test_an_acronym_a_full_article_writes_once_is_a_minor_gap():
    text = ("Panen raya padi di Kabupaten Indramayu dimulai pada Selasa. Produktivitas rata-rata mencapai 6,8 ton "
            "gabah per hektare. Kepala Dinas Pertanian Indramayu Sutarja Hidayat mengatakan hasil panen naik. "
            "Kenaikan didorong benih varietas unggul. Benih unggul kini mencakup 72 persen areal tanam. Petani di "
            "Indramayu menyambut baik hasil panen. Harga gabah di Indramayu stabil. Bulog Indramayu menyerap gabah "
            "petani. Selain itu, alokasi pupuk bersubsidi untuk Indramayu ditambah menjadi 96.000 ton urea dan NPK. "
            "Panen diperkirakan berlangsung hingga April.")
    assert "NPK" not in gaps_of(text, "id"), gaps_of(text, "id")


def test_one_word_name_with_an_age_is_a_person_whose_own_figures_are_minor():
    text = ("Panen raya dimulai di Indramayu pada Selasa. Ketua Kelompok Tani Sri Mulya di Kecamatan Lohbener, "
            "Dasuki (56), mengatakan biaya produksi di lahannya sekitar Rp 14 juta per hektare. Harga gabah naik "
            "menjadi Rp 6.000 per kilogram.")
    cards = every_card(text, "id")
    assert any(c.answer == "Dasuki" for c in cards), [(c.question, c.answer) for c in cards]
    major = {c.answer for c in cards if "minor" not in c.tags}
    assert "sekitar Rp 14 juta" not in major and "Rp 6.000" in major, [(c.question, c.answer, c.tags) for c in cards]
    text = ("The council approved the heat plan on Tuesday. Rosa Alvarez, 67, who lives in the Oak Park "
            "neighborhood, said her apartment reached 94 degrees indoors during a heat wave. The plan will cost "
            "$18.6 million over five years.")
    major = {c.answer for c in every_card(text, "en") if "minor" not in c.tags}
    assert "94" not in major and "$18.6 million" in major, major
    # an athlete with an age does not speak: the jump is the news
    text = ("Atlet loncat jauh AS, Dwight Phillips (27), mempertahankan gelar juara dengan loncatan sejauh 8,60 "
            "meter. Phillips meraih emas di Helsinki pada Minggu.")
    assert "8,60 meter" in {c.answer for c in every_card(text, "id") if "minor" not in c.tags}, \
        [(c.question, c.answer, c.tags) for c in every_card(text, "id")]


@pytest.mark.parametrize("text, lang, acronym", [
    ("Menurut Badan Pusat Statistik (BPS), produksi padi naik 4 persen. Panen raya dimulai di Indramayu pada "
     "Selasa.", "id", "BPS"),
    ("Kenaikan tarif air disetujui Dewan Perwakilan Rakyat Daerah (DPRD) Kudus pada Senin. Tarif naik menjadi "
     "Rp 4.500.", "id", "DPRD"),
    ("The Securities and Exchange Commission (SEC) approved the merger on Monday. The deal is worth $1.4 billion.",
     "en", "SEC"),
    # round 115: a national agency and a ministry
    ("Badan Riset dan Inovasi Nasional (BRIN) menanam 18.000 fragmen karang di Kapoposang pada Mei. Program itu "
     "didanai Kementerian Kelautan dan Perikanan (KKP) senilai Rp 3,8 miliar.", "id", "BRIN KKP"),
])
def test_no_definition_card_for_an_acronym_every_reader_knows(text, lang, acronym):
    # round 114: both teachers rejected "Apa kepanjangan dari BPS?" (twice), DPRD and SEC
    cards = every_card(text, lang)
    assert not any(c.type == "definition" and any(a in c.question for a in acronym.split()) for c in cards), \
        [(c.question, c.answer) for c in cards]


# Round 115: what both teachers rejected in the default decks of twelve more new articles.

def test_the_old_level_of_a_change_with_its_time_between_is_minor():
    text = ("Warga dan peneliti menanam 18.000 fragmen karang di Pulau Kapoposang. Tutupan karang hidup di area "
            "restorasi naik dari 8 persen pada awal program menjadi 23 persen pada pemantauan Mei lalu.")
    cards = every_card(text, "id")
    major = {c.answer for c in cards if "minor" not in c.tags}
    assert "8 persen" not in major and "23 persen" in major, [(c.question, c.answer, c.tags) for c in cards]


def test_a_speaker_after_an_undotted_title_is_a_minor_gap():
    text = ("Warga dan peneliti menanam 18.000 fragmen karang di Pulau Kapoposang sejak Juni tahun lalu. Ketua "
            "Pokmaswas Pulau Kapoposang, Haji Muhammad Nasir, mengatakan 42 warga terlibat dalam penanaman.")
    assert "Muhammad Nasir" not in gaps_of(text, "id"), gaps_of(text, "id")


def test_the_figures_of_someone_asked_in_passing_stay_minor_when_named_again():
    text = ('Petani garam di Jeneponto memasuki puncak panen, tetapi harga merosot. "Sekarang pengepul cuma mau '
            'ambil Rp 500," kata Syamsuddin Daeng Nai (52), petani garam di Desa Pallengu. Syamsuddin menggarap '
            'sekitar 0,8 hektare tambak garam. Pemerintah kabupaten menyalurkan bantuan Rp 2 miliar kepada 800 '
            'petani garam.')
    cards = every_card(text, "id")
    major = {c.answer for c in cards if "minor" not in c.tags}
    assert "sekitar 0,8 hektare" not in major, [(c.question, c.answer, c.tags) for c in cards]
    assert "Rp 2 miliar" in major, [(c.question, c.answer, c.tags) for c in cards]


def test_a_question_keeps_what_a_phrasal_verb_was_done_for():
    # "According to library manager Helen Ashworth, how many people had signed up?" (for what?)
    text = ("A Victorian library in Sheffield has reopened. Library manager Helen Ashworth said more than 1,100 "
            "people had signed up for new membership cards in the first three hours. The restoration cost £6.8m.")
    asked = [q for q, a in qa_minor(text, "en").items() if a == "more than 1,100"]
    assert asked and all("for new membership cards" in q for q in asked), asked


def test_a_count_of_years_ago_is_not_last_year_on_the_timeline():
    # seen as a user: "melampaui rekor 4,16 cm yang terjadi lebih dari 100 tahun lalu" stood on the
    # timeline as "tahun lalu" (last year)
    text = ("Hujan ekstrem melanda New York City pada Kamis (30/10/2025). Menurut NWS, Central Park menerima curah "
            "hujan 4,65 cm, melampaui rekor 4,16 cm yang terjadi lebih dari 100 tahun lalu. Tahun lalu, banjir "
            "juga merendam kereta bawah tanah.")
    timeline = [(f.label, f.detail) for f in briefing.extract(text, title="Banjir", lang="id").facts
                if f.kind == "date"]
    assert [label for label, _ in timeline if label.casefold() == "tahun lalu"] == ["Tahun lalu"], timeline


@pytest.mark.parametrize("text, lang, question", [
    ("Warga menanam karang di Kapoposang. Pada akhir 1980-an, pengeboman ikan marak. Kawasan Kapoposang kemudian "
     "ditetapkan sebagai taman wisata alam laut pada 1999.", "id",
     "Kapan Kawasan Kapoposang ditetapkan sebagai taman wisata alam laut?"),
    ("Residents planted coral at the island on Monday. Dynamite fishing was common in the 1980s. The area was "
     "later designated a marine park in 1999. The project will cost $2 million, officials said.", "en",
     "When was the area designated a marine park?"),
])
def test_a_when_question_leaves_out_a_word_of_sequence(text, lang, question):
    # round 115: "Kapan Kawasan Kapoposang kemudian ditetapkan ...?" (both teachers: "kemudian" dangles)
    assert qa_minor(text, lang).get(question) == "1999", qa_minor(text, lang)


# Round 116: what both teachers rejected in the default decks of twelve more new articles.

def test_an_office_ending_on_a_body_s_head_word_is_held_by_the_person_set_off_after_its_name():
    # "Siapa Ketua Koperasi? Sinar Galesong" (the cooperative, not its chair)
    for sep in (", Hj. ", ", "):
        text = ("Koperasi Sinar Galesong menandatangani kontrak pasokan rumput laut pada Kamis. Ketua Koperasi Sinar "
                f"Galesong{sep}Nurhayati Daeng Ngai, mengatakan kontrak tersebut memberikan kepastian harga.")
        asked = qa_minor(text, "id")
        assert "Sinar Galesong" not in asked.values(), asked
        assert asked.get("Siapa Ketua Koperasi Sinar Galesong?") == "Nurhayati Daeng Ngai", asked


def test_the_background_of_a_news_article_gives_minor_cards():
    text = ("A Zambian copper producer agreed on Monday to pay 1% of its annual revenue into a fund controlled by "
            "communities around its mine. The fund would receive roughly $13 million a year, the company said. "
            "The money will be managed by a trust with a nine-member board. Chief executive Peter Chanda said the "
            "deal would be signed in January. Residents have long complained about dust and polluted water. "
            "After independence in 1964, President Kenneth Kaunda's government took majority control of the mines "
            "in 1969. Falling copper prices led to the privatisation of the mines in the late 1990s. Since 2010 "
            "output has doubled to 800,000 tonnes a year. The company now employs 4,200 people at the mine. "
            "The first payments are due in March 2026, the company said.")
    cards = every_card(text, "en", title="Zambian miner to pay communities")
    major = {c.answer for c in cards if "minor" not in c.tags}
    assert "1969" not in major and "1964" not in major, [(c.question, c.answer, c.tags) for c in cards]
    assert "1969" in {c.answer for c in cards}, [(c.question, c.answer, c.tags) for c in cards]  # (minor, kept)
    # a state since then, or one of now, is no background
    assert "800,000 tonnes" in major or "4,200" in major, [(c.question, c.answer, c.tags) for c in cards]


def test_a_unit_of_two_words_after_per_goes_whole_with_the_counted_noun():
    # "How many euros per square did average asking rents in Lisbon reach metre ...?"
    text = ("Portugal capped rent increases on Tuesday. Average asking rents in Lisbon reached 22.1 euros per square "
            "metre in the third quarter, according to INE. The cap will take effect on Jan. 1, 2026, the minister "
            "said.")
    asked = [q for q, a in qa_minor(text, "en").items() if a == "22.1"]
    assert asked == ["How many euros per square metre did average asking rents in Lisbon reach in the third "
                     "quarter?"], asked


def test_no_when_question_on_a_time_clause_of_an_indefinite_subject():
    # "When did a tenant change? 2024"
    text = ("Portugal capped rent increases on Tuesday. Data from the housing ministry shows that rents on new leases "
            "in Lisbon rose by an average of 14% when a tenant changed in 2024, compared with 3% for renewed "
            "contracts. The cap will take effect on Jan. 1, 2026, the minister said.")
    asked = qa_minor(text, "en")
    assert not any(q.startswith("When did a tenant") for q in asked), asked
    assert asked.get("When will the cap take effect?") == "Jan. 1, 2026", asked


def test_the_second_day_of_a_date_pair_is_no_count():
    # found as a user: "25 form" stood among the U2 article's numbers
    text = ("U2 have smashed Irish box office records after more than 150,000 tickets were sold within 50 minutes "
            "on Friday. The Dublin dates on June 24 and 25 form part of the worldwide Vertigo tour, which will "
            "cover 30 cities.")
    facts = briefing.extract(text, title="U2", lang="en").facts
    assert not any(f.kind == "number" and f.label.startswith("25") for f in facts), facts
    assert any(f.kind == "date" and f.label == "June 24 and 25" for f in facts), facts
    assert any(f.kind == "number" and f.label == "30 cities" for f in facts), facts


def test_a_figure_per_unit_of_time_is_a_rate_not_a_side_figure():
    # round 117: "How many children are diagnosed with cancer in Ghana each year?" was minor, as
    # "each" marks a figure per item ("each bus uses ...")
    text = ("Ghana has opened its first hospital for children with cancer. Around 1,200 children are diagnosed with "
            "cancer in Ghana each year, according to estimates from the health service. Each ward has 16 beds.")
    cards = every_card(text, "en", title="Ghana opens children's cancer hospital")
    major = {c.question: c.answer for c in cards if "minor" not in c.tags and c.type != "cloze"}
    assert major.get("How many children are diagnosed with cancer in Ghana each year?") == "Around 1,200", major


def test_a_gap_leaves_the_conversion_in_brackets_after_its_figure_out_of_its_card():
    # "at a cost of ___ (£54m)" gave the sum away, so the figure had no gap at all; a gap holding both was
    # padded to both teachers of round 129: the card's sentence leaves the conversion out
    text = ("Ghana has opened its first hospital for children with cancer. The centre, built on the edge of the "
            "capital at a cost of $68m (£54m), was opened on Tuesday by the health minister.")
    gaps = {c.answer: c.question for c in every_card(text, "en", title="Hospital") if c.type == "cloze"}
    assert gaps.get("$68m") == ("The centre, built on the edge of the capital at a cost of {{c1::$68m}}, "
                                "was opened on Tuesday by the health minister."), gaps
    assert "£54m" not in gaps and "$68m (£54m)" not in gaps, gaps
    # (the card still points back to the sentence as written)
    assert [c.context for c in every_card(text, "en", title="Hospital") if c.answer == "$68m"] == \
        ["The centre, built on the edge of the capital at a cost of $68m (£54m), was opened on Tuesday by the health "
         "minister."]


def test_a_noun_opening_on_a_discourse_word_keeps_it():
    # round 117: "Lintas ternak menjelang hari raya meningkat ...?": "lalu" (then) was dropped from "lalu lintas"
    text = ("Jawa Timur mempercepat vaksinasi ternak. Menurut dia, lalu lintas ternak menjelang hari raya meningkat "
            "hingga tiga kali lipat dibanding bulan biasa.")
    asked = [q for q, a in qa_minor(text, "id").items() if a.startswith("tiga kali")]
    assert asked and all(q.startswith("Lalu lintas ternak") for q in asked), asked


def test_no_question_on_one_side_of_a_size():
    # round 117: "... berukuran berapa meter x 7 meter ...?", "berapa cm x 22 cm x 7 cm?"
    text = ("Tim arkeolog menemukan struktur bata kuno berukuran sekitar 9 meter x 7 meter di bawah ladang tebu di "
            "Desa Sumberwangi. Bata yang ditemukan berukuran rata-rata 38 cm x 22 cm x 7 cm. Ekskavasi dilakukan "
            "selama 12 hari.")
    asked = qa_minor(text, "id")
    assert not any(" x " in q for q in asked), asked
    assert "12 hari" in asked.values(), asked


def test_a_question_keeps_the_span_of_time_a_count_was_made_over():
    # round 117: "Berapa situs struktur bata ditemukan ...?" left out "Dalam satu dekade terakhir"
    text = ("Struktur bata kuno ditemukan di Jombang. Dalam satu dekade terakhir, sedikitnya tujuh situs struktur "
            "bata ditemukan secara tidak sengaja oleh warga. Over the past decade, about 300 wolves were killed.")
    asked = qa_minor(text, "id")
    assert asked.get("Dalam satu dekade terakhir, berapa situs struktur bata ditemukan secara tidak sengaja oleh "
                     "warga?") == "sedikitnya tujuh", asked
    text = "Norway counted its wolves. In the past five years, 40 bridges collapsed in Kenya."
    asked = qa_minor(text, "en")
    assert asked.get("In the past five years, how many bridges collapsed in Kenya?") == "40", asked


def test_a_description_with_an_age_is_no_office():
    # round 117: "Siapa pemain pelatnas PBSI berusia 22 tahun?"
    text = ("Aulia Rahmadani menjadi juara tunggal putri setelah mengalahkan unggulan pertama, Salsabila Putri, di "
            "Pekanbaru. Salsabila, pemain pelatnas Persatuan Bulu Tangkis Seluruh Indonesia (PBSI) berusia 22 "
            "tahun, bangkit di gim kedua. Ketua Umum PBSI Budi Santoso menyerahkan trofi.")
    asked = qa_minor(text, "id")
    assert not any(q.startswith("Siapa") and "berusia" in q for q in asked), asked
    assert asked.get("Siapa Ketua Umum PBSI?") == "Budi Santoso", asked


def test_a_count_of_a_list_of_one_word_items_asks_for_the_whole_list():
    # round 117: "... terhadap berapa ekor sapi?" of "1,2 juta ekor sapi, kerbau, kambing, dan domba"
    text = ("Jawa Timur mempercepat vaksinasi. Pemerintah provinsi menargetkan vaksinasi terhadap 1,2 juta ekor sapi, "
            "kerbau, kambing, dan domba sebelum Idul Adha.")
    asked = [q for q, a in qa_minor(text, "id").items() if a.startswith("1,2 juta")]
    assert asked == ["Pemerintah provinsi menargetkan vaksinasi terhadap berapa ekor sapi, kerbau, kambing, dan "
                     "domba?"], asked


def test_a_title_s_abbreviation_ends_no_sentence():
    # round 117: "drh." (a veterinarian's title) split "Kepala Dinas Peternakan Jawa Timur, drh. | Indah Lestari,
    # mengatakan ..." into two sentences, the second a fragment
    text = ("Jawa Timur mempercepat vaksinasi ternak. Kepala Dinas Peternakan Jawa Timur, drh. Indah Lestari, "
            "mengatakan vaksinasi difokuskan pada 12 kabupaten.")
    asked = qa_minor(text, "id")
    assert asked.get("Siapa Kepala Dinas Peternakan Jawa Timur?") == "Indah Lestari", asked
    assert not any(c.context.startswith("Indah") for c in every_card(text, "id")), asked


def test_the_end_of_an_office_held_by_someone_else_is_no_person():
    # round 117: "Siapa yang mencatat lebih dari 600 ribu ekor ternak ...? Hewan Kementan": "Hewan Kementan"
    # (from "Direktur Kesehatan Hewan Kementan, Agus Wibowo, ...") was taken for a person named "Kementan"
    text = ("Dinas Peternakan menerima 900 ribu dosis dari Kementerian Pertanian (Kementan). Direktur Kesehatan "
            "Hewan Kementan, Agus Wibowo, mengatakan cakupan vaksinasi baru 61 persen. Kementan mencatat lebih dari "
            "600 ribu ekor ternak terinfeksi sepanjang 2022.")
    cards = every_card(text, "id")
    assert not any(c.answer == "Hewan Kementan" for c in cards), [(c.question, c.answer) for c in cards]
    assert any(c.question == "Siapa Direktur Kesehatan Hewan Kementan?" and c.answer == "Agus Wibowo"
               for c in cards), [(c.question, c.answer) for c in cards]


def test_no_question_on_that_one_of_two_a_sentence_contrasts():
    # round 117: "Pasangan itu kalah tipis dengan selisih berapa suara?": which pair? the sentence names two
    text = ("MK memerintahkan pemungutan suara ulang di 14 TPS. Perkara tersebut diajukan pasangan calon nomor urut 2, "
            "Hendra Saputra dan Nurul Aini. Berdasarkan rekapitulasi KPU setempat, pasangan itu kalah tipis dengan "
            "selisih 1.872 suara dari pasangan nomor urut 1, Yusran Effendi dan Marlina Sitompul.")
    cards = every_card(text, "id", title="MK Perintahkan Pemungutan Suara Ulang di 14 TPS")
    asked = {c.question: c.answer for c in cards if c.type != "cloze"}
    assert not any(q.casefold().startswith("pasangan itu") for q in asked), asked
    assert any(c.type == "cloze" and c.answer == "1.872" for c in cards), asked  # (its gap stays)


def test_a_count_of_a_list_of_plurals_asks_for_the_whole_list_in_english():
    # as "1,2 juta ekor sapi, kerbau, kambing, dan domba" (round 117): "How many lions did the agency count?"
    text = ("The agency counted 40 lions, leopards and cheetahs in the park last year. About 300 goats, sheep and "
            "cattle died in the drought. Police seized 12 guns, 300 knives and two cars.")
    asked = qa_minor(text, "en")
    assert asked.get("How many lions, leopards and cheetahs did the agency count in the park last year?") == "40", asked
    assert asked.get("How many goats, sheep and cattle died in the drought?") == "About 300", asked
    assert asked.get("How many guns did police seize?") == "12", asked  # (items each with their own figure)


def test_a_when_question_lends_the_subject_standing_before_a_clause_set_off_by_commas():
    # round 118: "When did a stone arch build over the River Skell?" (the description's date), and no question
    # on when the bridge collapsed
    text = ("An inquiry into the collapse opened on Monday. The Linton Moor bridge, a stone arch built in 1887 over "
            "the River Skell, collapsed on 14 March 2025 as a van was crossing. The Tay bridge, which opened in "
            "1878, collapsed in December 1879.")
    asked = qa_minor(text, "en")
    assert not any(q.startswith("When did a stone arch") for q in asked), asked
    assert asked.get("When did the Tay bridge collapse?") == "December 1879", asked
    assert any(q.startswith("When did the Linton Moor bridge collapse") and a == "14 March 2025"
               for q, a in asked.items()), asked


def test_an_office_ends_before_a_rank_of_two_words_that_opens_the_holder_s_name():
    # round 118: "Siapa Kepala Polda Sumut Inspektur?" of "Kepala Polda Sumut Inspektur Jenderal Bambang Sulistyo"
    text = ("Polisi menggagalkan penyelundupan 84 kilogram sabu. Kepala Polda Sumut Inspektur Jenderal Bambang "
            "Sulistyo mengatakan kapal cepat itu dicegat sekitar 4 mil laut dari muara Sungai Asahan.")
    asked = qa_minor(text, "id")
    assert asked.get("Siapa Kepala Polda Sumut?") == "Bambang Sulistyo", asked
    assert not any(q.startswith("Siapa") and "Inspektur" in q for q in asked), asked


def test_a_definition_cut_at_a_comma_inside_its_examples_ends_before_them():
    # round 118: "Apa itu campak? penyakit yang sangat menular dan dapat menyebabkan komplikasi serius seperti
    # pneumonia" (the list went on: "diare berat, dan radang otak")
    text = ("Kasus campak melonjak di Timor Tengah Selatan. Campak merupakan penyakit yang sangat menular dan dapat "
            "menyebabkan komplikasi serius seperti pneumonia, diare berat, dan radang otak, terutama pada anak dengan "
            "gizi kurang.")
    asked = qa_minor(text, "id")
    assert asked.get("Apa itu campak?") == "penyakit yang sangat menular dan dapat menyebabkan komplikasi serius", asked


def test_a_word_opening_the_sentence_before_a_place_is_lower_case_in_a_question():
    # round 118: "When did Neighbouring Argentina pass a national glacier protection law?"
    text = ("Chile passed a glacier law on Wednesday. Neighbouring Argentina passed a national glacier protection law "
            "in 2010.")
    asked = qa_minor(text, "en")
    assert asked.get("When did neighbouring Argentina pass a national glacier protection law?") == "2010", asked


def test_an_ampersand_joins_the_words_of_a_name_an_acronym_spells():
    # round 118: "What is the full name of LSHTM? Tropical Medicine"
    text = ("Glasgow scientists won a grant. Dr Rajesh Menon, an epidemiologist at the London School of Hygiene & "
            "Tropical Medicine (LSHTM), said breath tests had shown promise.")
    cards = every_card(text, "en")
    full = {c.answer for c in cards if c.family == "acronym"}
    assert full == {"London School of Hygiene & Tropical Medicine"}, [(c.question, c.answer) for c in cards]


def test_no_card_spells_out_bnn():
    # round 118: both teachers rejected "Apa kepanjangan dari BNN?" as an acronym every reader knows
    text = ("Polisi menyita 84 kilogram sabu. Barang bukti diserahkan kepada Badan Narkotika Nasional (BNN) pada "
            "Kamis.")
    assert not any(c.family == "acronym" and "BNN" in c.question for c in every_card(text, "id"))


def test_no_question_on_a_part_of_a_whole_the_phrase_in_front_counts():
    # round 118: "Berapa orang memperkirakan BI akan memangkas suku bunga bulan ini? 17 orang" (of 24 economists)
    text = ("BI menurunkan suku bunga acuan menjadi 5,25 persen. Dalam survei yang dilakukan timnya terhadap 24 ekonom "
            "pekan lalu, sebanyak 17 orang memperkirakan BI akan memangkas suku bunga bulan ini.")
    asked = qa_minor(text, "id")
    assert not any(a.startswith("17") for a in asked.values()), asked
    # (a year in front is no whole)
    text = "BI menurunkan suku bunga. Sepanjang 2024, 1.700 pekerja di Batam terkena PHK."
    assert any(a.startswith("1.700") for a in qa_minor(text, "id").values()), qa_minor(text, "id")


def test_no_who_question_on_a_body_before_the_office_of_the_one_who_acts():
    # round 118: "Who head coach Martin Kerslake said the standard had been encouraging?" (Aquatics GB)
    text = ("Swimmers broke records in Sheffield. Aquatics GB head coach Martin Kerslake said the standard had been "
            "encouraging after a period of transition.")
    asked = qa_minor(text, "en")
    assert not any(q.startswith("Who head") for q in asked), asked
    assert asked.get("Who is the Aquatics GB head coach?") == "Martin Kerslake", asked


def test_no_definition_card_on_what_a_sentence_says_of_a_short_form_the_article_spells_out():
    # round 119: "Apa itu karhutla? persoalan hampir tahunan di Riau" (karhutla: kebakaran hutan dan lahan)
    text = ("Kabut asap akibat kebakaran hutan dan lahan (karhutla) kembali menyelimuti Kota Pekanbaru pada Rabu. "
            "Karhutla merupakan persoalan hampir tahunan di Riau. BMKG mendeteksi 214 titik panas.")
    assert not any(q.startswith("Apa itu karhutla") for q in qa_minor(text, "id")), qa_minor(text, "id")


def test_no_gap_on_a_genus_before_its_species():
    # round 119: "{{Subspesies Pongo}} pygmaeus wurmbii yang hidup di Kalimantan Barat ..."
    text = ("Sensus orangutan di Ketapang mencatat 1.870 individu. Orangutan Kalimantan (Pongo pygmaeus) berstatus "
            "kritis sejak 2016. Subspesies Pongo pygmaeus wurmbii yang hidup di Kalimantan Barat bagian selatan "
            "merupakan salah satu populasi terbesar yang tersisa.")
    gaps = [c.answer for c in every_card(text, "id") if c.type == "cloze"]
    assert not any("Pongo" in g for g in gaps), gaps


def test_a_title_naming_a_person_by_surname_gives_away_a_card_on_them():
    # round 119: "Who saved a match point in the third set?" under "Várkonyi saves match point, ..."
    title = "Várkonyi saves match point, beats top seed Thornton to win Hobart title"
    text = (f"{title}\n\nHungarian qualifier Elena Várkonyi saved a match point in the third set and beat top-seeded "
            "American Maya Thornton 6-4, 3-6, 7-6 (5) on Saturday to win the Hobart International.")
    cards = briefing.extract(text, lang="en", max_cards=30).cards
    asked = [c for c in cards if c.answer == "Elena Várkonyi" and c.type != "cloze"]
    assert asked and all("headline" in c.tags for c in asked), [(c.question, c.tags) for c in cards]


def test_no_when_question_on_a_relative_clause_whose_object_is_the_relative():
    # round 119: "When will Tidewell publish?" of "a second novel, ..., which Tidewell will publish in 2027"
    text = ("A debut novel won the prize. Okonkwo-Blake is already working on a second novel, set in a care home in "
            "Kent, which Tidewell will publish in 2027. The Tay bridge, which opened in 1878, collapsed in 1879.")
    asked = qa_minor(text, "en")
    assert not any(q.startswith("When will Tidewell") for q in asked), asked
    assert asked.get("When did the Tay bridge collapse?") == "1879", asked


def test_a_question_led_by_a_phrase_pointing_back_is_minor():
    # round 119: "Setelah itu, tarif untuk kendaraan golongan I ditetapkan berapa?": after what?
    text = ("Tol Prabumulih-Muara Enim dibuka. Pengguna tol tidak dikenai tarif selama dua pekan. Setelah itu, tarif "
            "untuk kendaraan golongan I ditetapkan Rp 45.500.")
    cards = every_card(text, "id")
    asked = [c for c in cards if c.question.startswith("Setelah itu")]
    assert asked and all("minor" in c.tags for c in asked), [(c.question, c.tags) for c in cards]


@pytest.mark.parametrize("text, lang, acronym", [
    ("Perawat Rumah Sakit Umum Daerah (RSUD) Cendana mogok kerja sejak Senin.", "id", "RSUD"),
    ("Layanan Instalasi Gawat Darurat (IGD) tetap buka selama mogok kerja perawat di Palu.", "id", "IGD"),
    ("Antrean kendaraan mengular di Gerbang Tol (GT) Prabumulih sejak pagi.", "id", "GT"),
    ("The Ministry of Justice (MoJ) said two inmates escaped from HMP Harrowbeck on Sunday.", "en", "MoJ"),
    # round 120, both teachers
    ("Truk sampah diminta putar balik di Tempat Pemrosesan Akhir (TPA) Suwung pada Senin.", "id", "TPA"),
    ("Polisi menangkap 14 tersangka di Surabaya. Para tersangka dijerat Kitab Undang-Undang Hukum Pidana (KUHP) "
     "oleh polisi.", "id", "KUHP"),
    ("Para tersangka dijerat UU Informasi dan Transaksi Elektronik (ITE) oleh polisi di Surabaya.", "id", "ITE"),
    ("The Civil Aviation Authority (CAA) said the jet landed safely in Christchurch on Tuesday.", "en", "CAA"),
    # round 121, both teachers
    ("Putusan Mahkamah Agung (MA) itu dibacakan pada Kamis oleh majelis hakim di Jakarta.", "id", "MA"),
    ("Biaya operasi ditanggung Kementerian Pekerjaan Umum (PU) sebesar Rp4,7 miliar.", "id", "PU"),
    ("Warga didampingi Lembaga Bantuan Hukum (LBH) Surabaya sejak 2019 dalam sengketa lahan.", "id", "LBH"),
    ("The line was financed mainly by the African Development Bank (AfDB) at a cost of $760 million.", "en", "AfDB"),
    ("The Central Statistics Office (CSO) said house prices rose 8% in the year to May.", "en", "CSO"),
])
def test_no_card_spells_out_the_acronyms_round_119_found_everyone_knows(text, lang, acronym):
    assert not any(c.family == "acronym" and acronym in c.question for c in every_card(text, lang))


def test_a_sentence_eight_years_before_the_news_is_background():
    # round 119: "Kapan balap sepeda di kawasan Bromo pertama kali digelar sebagai lomba tingkat nasional? 2017"
    # took the place of the stage's own date in the default deck
    title = "Pebalap Kolombia Taklukkan Tanjakan Bromo, Rebut Etape Ketiga Tour de Bromo Tengger"
    text = (f"{title}\n\nPebalap asal Kolombia, Julián Andrés Morales, memenangi etape ketiga Tour de Bromo Tengger 2025 "
            "setelah finis terdepan di Cemoro Lawang, Kabupaten Probolinggo, Sabtu (11/10/2025). Morales menempuh "
            "rute sepanjang 168,5 kilometer dalam 4 jam 21 menit. Ia unggul 14 detik atas pebalap Indonesia, "
            "Aiman Cahyadi. Tour de Bromo Tengger 2025 diikuti 108 pebalap dari 18 tim. Etape keempat akan digelar "
            "Minggu dengan rute Lumajang. Panitia menyiapkan 300 petugas pengamanan di sepanjang rute. Ketua "
            "panitia, Dedi Santoso, mengatakan jumlah penonton meningkat tahun ini. Warga memadati tepi jalan sejak "
            "pagi. Balap sepeda di kawasan Bromo pertama kali digelar sebagai lomba tingkat nasional pada 2017. "
            "Lomba itu kini masuk kalender resmi UCI.")
    cards = briefing.extract(text, lang="id", max_cards=40).cards
    old = [c for c in cards if c.answer == "2017"]
    assert old and all("minor" in c.tags for c in old), [(c.question, c.answer, c.tags) for c in cards]


def test_a_name_after_a_body_s_short_form_in_brackets_is_the_body_s_and_holds_no_office():
    # round 118: "Siapa Ketua Pokmas? Tunas Camar" (the group's name); the chair is the one set off after it
    text = ("Ribuan tukik dilepas di Pantai Paloh. Telur itu dikelola Kelompok Masyarakat Penjaga Penyu (Pokmas) "
            "Tunas Camar sejak Juni. Ketua Pokmas Tunas Camar, Hamdani (44), mengaku tantangan terbesar masih "
            "berasal dari perburuan telur.")
    cards = every_card(text, "id")
    assert not any(c.answer == "Tunas Camar" and c.type != "cloze" for c in cards), [(c.question, c.answer) for c in cards]
    assert any(c.question.startswith("Siapa Ketua Pokmas") and c.answer == "Hamdani" for c in cards), \
        [(c.question, c.answer) for c in cards]


def test_a_name_a_connector_joins_to_a_body_s_short_form_is_no_office_holder():
    # round 118: "Siapa Wakil Ketua Umum? Kamar Dagang" (of "Kamar Dagang dan Industri (Kadin) Indonesia")
    text = ("BI menurunkan suku bunga acuan. Sementara itu, Wakil Ketua Umum Kamar Dagang dan Industri (Kadin) "
            "Indonesia Bidang Moneter, Fiskal, dan Kebijakan Publik, Teguh Santoso, berharap perbankan segera "
            "menurunkan bunga pinjaman. Presiden Joko Widodo dan Perdana Menteri Malaysia (PM) Anwar Ibrahim "
            "bertemu di Bogor pada Senin.")
    cards = every_card(text, "id")
    assert not any(c.answer == "Kamar Dagang" for c in cards), [(c.question, c.answer) for c in cards]
    assert any(c.answer == "Anwar Ibrahim" and c.family == "role" for c in cards), [(c.question, c.answer) for c in cards]


def test_a_preposition_written_twice_in_a_row_is_written_once():
    # round 120: "How much did Aerolyt's order backlog stand at at the end of June?"
    text = ("Aerolyt shares jumped 19% in their Frankfurt debut on Thursday. Aerolyt's order backlog stood at "
            "€1.4 billion at the end of June, the company said.")
    asked = [q for q, a in qa_minor(text, "en").items() if a == "€1.4 billion"]
    assert asked and not any(" at at " in q for q in asked), asked


def test_a_place_taken_for_an_office_s_holder_ends_the_office_whose_holder_follows_an_honorific():
    # round 121: "Siapa Kepala Dinas Kesehatan? Manggarai Barat" of "Kepala Dinas Kesehatan Manggarai Barat dr. Maria ..."
    text = ("Pemerintah Kabupaten Manggarai Barat menetapkan KLB rabies. Kepala Dinas Kesehatan Manggarai Barat dr. "
            "Maria Goreti Jehaut mengatakan stok vaksin tinggal sekitar 640 vial.")
    cards = every_card(text, "id", title="Rabies di Manggarai Barat")
    assert not any(c.answer == "Manggarai Barat" and c.type != "cloze" for c in cards), \
        [(c.question, c.answer) for c in cards]
    assert any(c.question == "Siapa Kepala Dinas Kesehatan Manggarai Barat?" and c.answer == "Maria Goreti Jehaut"
               for c in cards), [(c.question, c.answer) for c in cards]


def test_no_question_on_a_clause_after_a_relative_adverb_or_inside_a_chain_of_places():
    # round 121: "How long were where flights held on the ground?", "Kecamatan Tempursari, Kabupaten Lumajang, Jawa
    # Timur, dalam sengketa lahan seluas berapa hektare ...?"
    text = ("Millions joined the drill in Manila. All 17 local governments took part, along with 42 hospitals and the "
            "capital's main airport, where flights were held on the ground for 15 minutes.")
    assert not any("where flights" in q for q in qa_minor(text, "en")), qa_minor(text, "en")
    text = ("Mahkamah Agung (MA) mengabulkan permohonan kasasi 312 kepala keluarga warga Desa Karangrejo, Kecamatan "
            "Tempursari, Kabupaten Lumajang, Jawa Timur, dalam sengketa lahan seluas 271 hektare melawan PT Sinar "
            "Agro Lestari.")
    assert not any(q.startswith("Kecamatan") for q in qa_minor(text, "id")), qa_minor(text, "id")


def test_a_hyphenated_surname_in_the_title_gives_a_card_on_its_bearer_away():
    # round 121: "Who birdied the final hole ...?" under "Thailand's Sae-lim holds nerve ..."
    title = "Thailand's Sae-lim holds nerve to win Straits Masters by one shot"
    text = (f"{title}\n\nThailand's Kittipong Sae-lim birdied the final hole to win the Straits Masters by a single "
            "stroke in Singapore on Sunday.")
    cards = [c for c in briefing.extract(text, lang="en", max_cards=30).cards if c.answer == "Kittipong Sae-lim"]
    assert cards and all("headline" in c.tags for c in cards), [(c.question, c.tags) for c in cards]


def test_a_year_of_another_calendar_is_no_year_of_the_timeline():
    # found as a user: "... wafat pada Minggu Pon (02/11/2025) atau 11 Jumadilawal Dal 1959 di usia 77 tahun" put
    # 1959 on the timeline; "1447 Hijriah" is the same, "Ramadan 2025" (no day) is this calendar's year
    text = ("Raja Surakarta wafat. Sinuhun wafat pada Minggu Pon (02/11/2025) atau 11 Jumadilawal Dal 1959 di usia "
            "77 tahun. Kuota haji tahun 1447 Hijriah/2026 Masehi sebanyak 221.000 orang. Mudik Ramadan 2024 diikuti "
            "20 juta orang.")
    dates = {f.label for f in briefing.extract(text, title="Raja Surakarta Wafat", lang="id").facts if f.kind == "date"}
    assert not {"1959", "1447"} & dates, dates
    assert {"2026", "2024"} <= dates or "Ramadan 2024" in dates, dates


def test_no_who_question_on_a_mountain_written_with_its_short_title():
    # round 122: "Who erupted late on Tuesday for the first time in almost 25 years? Mt. Hekla"
    text = ("Iceland's Mt. Hekla erupted late on Tuesday for the first time in almost 25 years, sending ash more than "
            "11 kilometres into the sky. Mt. Hekla erupted again on Wednesday.")
    cards = every_card(text, "en", title="Eruption grounds flights")
    assert cards and not any(q.startswith("Who") for q in (c.question for c in cards)), \
        [(c.question, c.answer) for c in cards]


def test_a_when_question_on_one_of_a_group_asks_about_the_group():
    # round 122: "Kapan Bandung ditetapkan Kemenkes?" (of "Bandung merupakan salah satu dari lima kota percontohan
    # yang ditetapkan Kemenkes pada akhir 2022")
    text = ("Kota Bandung mulai menyebar nyamuk ber-Wolbachia. Dinas Kesehatan memantau hasilnya di 12 kecamatan. "
            "Bandung merupakan salah satu dari lima kota percontohan yang ditetapkan Kemenkes pada akhir 2022, "
            "bersama Semarang dan Kupang.")
    asked = [q for q, a in qa_minor(text, "id").items() if a == "akhir 2022"]
    assert "Kapan lima kota percontohan ditetapkan Kemenkes?" in asked, asked
    assert not any(q.startswith("Kapan Bandung") for q in asked), asked


def test_a_side_event_of_an_unnamed_thing_past_the_lead_is_minor():
    # round 122: "Kapan sebuah speedboat tenggelam di perairan Pulau Buru? Agustus 2022" in a report on a ferry
    text = ("KM Nusa Lestari terbalik di perairan Pulau Haruku pada Sabtu (20/7/2024). Enam penumpang tewas. "
            "Tim SAR gabungan masih mencari sembilan penumpang. Kecelakaan ini menambah daftar insiden pelayaran di "
            "Maluku. Pada Agustus 2022, sebuah speedboat tenggelam di perairan Pulau Buru dan menewaskan empat orang.")
    cards = every_card(text, "id", title="KM Nusa Lestari Terbalik")
    side = [c for c in cards if "speedboat" in c.context]
    assert side and all("minor" in c.tags for c in side), [(c.question, c.tags) for c in side]
    lead = [c for c in cards if c.sentence == 0]
    assert lead and not all("minor" in c.tags for c in lead), [(c.question, c.tags) for c in lead]


def test_a_gap_on_the_date_a_change_started_from_after_its_end_is_minor():
    # round 122: a gap on "pertengahan 2023" of "kini ... Rp 135.000 per kilogram, dari sekitar Rp 75.000 per
    # kilogram pada pertengahan 2023"
    text = ("Harga kopi Gayo melonjak. Di tingkat petani, harga biji kopi hijau kini berkisar Rp 120.000 hingga "
            "Rp 135.000 per kilogram, dari sekitar Rp 75.000 per kilogram pada pertengahan 2023.")
    assert not any(c.answer == "pertengahan 2023" for c in cards_of(text, "id")), \
        [(c.question, c.answer) for c in cards_of(text, "id")]
    text = "Harga kopi Gayo melonjak. Harga kopi hijau naik tajam pada pertengahan 2023 karena panen gagal di Brasil."
    assert any(c.answer == "pertengahan 2023" for c in cards_of(text, "id")), \
        [(c.question, c.answer) for c in cards_of(text, "id")]


def test_a_gap_on_a_suspect_s_initials_is_minor():
    # round 122: "Tersangka ketiga, [DN] (29), diduga berperan sebagai penadah ..."
    text = ("Polda Sumut menetapkan tiga tersangka pencurian koleksi museum. Tersangka ketiga, DN (29), diduga "
            "berperan sebagai penadah dan kini masuk daftar pencarian orang.")
    gaps = [c for c in every_card(text, "id") if c.type == "cloze" and c.answer == "DN"]
    assert all("minor" in c.tags for c in gaps), [(c.question, c.tags) for c in gaps]


def test_no_question_on_the_second_side_of_a_size():
    # round 122: "Bandara memiliki landas pacu sepanjang 2.250 meter dan lebar berapa meter? 45 meter"
    text = ("Bandara Singkawang resmi beroperasi pada Rabu. Bandara memiliki landas pacu sepanjang 2.250 meter dan "
            "lebar 45 meter serta terminal seluas 11.400 meter persegi.")
    cards = [c for c in cards_of(text, "id", title="Bandara Singkawang Dibuka") if c.answer.startswith("45")]
    assert not cards, [(c.question, c.answer) for c in cards]


def test_a_square_unit_of_several_words_stays_whole_in_the_answer():
    # round 122: "Area pencarian diperluas menjadi berapa mil laut persegi? 42 mil laut"
    text = "Tim SAR memperluas pencarian. Area pencarian diperluas menjadi 42 mil laut persegi pada Minggu."
    answers = [c.answer for c in every_card(text, "id") if "42" in c.answer]
    assert answers and all(a.endswith("persegi") for a in answers), answers


def test_a_date_s_options_lie_on_both_sides_of_it_when_the_article_has_dates_on_both():
    # round 122: "When was Corvia formed ...? 2011 / 2026 / 2027 / 2028": the one past year among the plans
    text = ("US drugmaker Halden Biosciences and Dutch rival Corvia Pharma agreed an $18.6bn merger on Monday. The deal "
            "is expected to close in 2026. The companies expect savings of $1bn by 2027 and new drug launches in 2028. "
            "Halden was founded in 1998 in Boston. Corvia was formed in 2011 through the merger of two Dutch generic "
            "drugmakers.")
    cards = [c for c in every_card(text, "en", title="Halden and Corvia agree $18.6bn merger")
             if c.answer == "2011" and c.type == "choice"]
    assert cards, [(c.question, c.answer, c.choices) for c in every_card(text, "en")]
    assert all(any(o < "2011" for o in c.choices) and any(o > "2011" for o in c.choices) for c in cards), \
        [c.choices for c in cards]


def test_a_question_keeps_the_scope_a_figure_holds_for_in_front():
    # round 122: "Pemerintah mengalokasikan berapa untuk program MBG?" (of "Secara nasional, pemerintah ...") beside the
    # province's own Rp 350 miliar
    text = ("Program MBG dimulai di Jawa Timur. Pemprov menyiapkan Rp 350 miliar untuk program itu. Secara nasional, "
            "pemerintah mengalokasikan Rp 71 triliun untuk program MBG dalam APBN 2025.")
    asked = [q for q, a in qa_minor(text, "id").items() if a == "Rp 71 triliun"]
    assert asked and all(q.startswith("Secara nasional, ") for q in asked), asked


def test_a_coordinator_right_after_a_comma_opens_a_clause_not_a_list():
    # round 122: "How many residents living inside the zone would receive a 90?"
    text = ("Edinburgh backs a congestion charge. Under the plans, around 9,300 residents living inside the zone would "
            "receive a 90 per cent discount, and Blue Badge holders, taxis and emergency vehicles would be exempt.")
    asked = [q for q, a in qa_minor(text, "en").items() if a == "around 9,300"]
    assert asked and all(q.endswith("a 90 per cent discount?") for q in asked), asked


def test_a_who_question_stops_before_a_second_clause_with_its_own_named_subject():
    # round 122: "Who finished second in 2:24:02 and Ireland's Aoife Brennan was a superb third in 2:27:40?"
    text = ("Ethiopia's Meseret Tadesse won the women's race in 2:23:15. Kenya's Gladys Chepkoech finished second in "
            "2:24:02 and Ireland's Aoife Brennan was a superb third in 2:27:40.")
    asked = [q for q, a in qa_minor(text, "en").items() if a == "Gladys Chepkoech"]
    assert not any("Brennan" in q for q in asked), asked


def test_no_question_on_a_figure_in_a_description_set_off_after_a_name():
    # round 122: "Kota berpenduduk berapa jiwa?" (of "Singkawang, kota berpenduduk sekitar 250.000 jiwa, dikenal ...")
    text = ("Bandara Singkawang resmi beroperasi pada Rabu. Singkawang, kota berpenduduk sekitar 250.000 jiwa, dikenal "
            "sebagai salah satu tujuan wisata budaya Tionghoa terbesar di Indonesia.")
    asked = [q for q, a in qa_minor(text, "id").items() if "250.000" in a]
    assert not any(q.startswith("Kota ") for q in asked), asked


def test_a_gap_on_how_long_a_scored_match_lasted_is_minor_in_hours_and_minutes_too():
    # round 121: "... skor 3-2 (25-21, 22-25, 23-25, 25-19, 15-12) dalam laga yang berlangsung [2 jam 14 menit]."
    text = ("Final voli putri digelar di Jakarta. Jakarta Pertiwi menang dengan skor 3-2 (25-21, 22-25, 23-25, 25-19, "
            "15-12) dalam laga yang berlangsung 2 jam 14 menit.")
    gaps = [c for c in every_card(text, "id") if c.answer == "2 jam 14 menit"]
    assert all("minor" in c.tags for c in gaps), [(c.question, c.tags) for c in gaps]


def test_a_gap_in_words_said_of_a_pronoun_is_minor():
    # round 121: "Scientists say it has not produced a major quake in [more than 350] years, and they warn it is overdue."
    text = ("The fault runs under the city. Scientists say it has not produced a major quake in more than 350 years, "
            "and they warn it is overdue. Officials said the drill involved 2,000 schools.")
    cards = every_card(text, "en")
    gaps = [c for c in cards if c.answer == "350"]
    assert gaps and all("minor" in c.tags for c in gaps), [(c.question, c.tags) for c in gaps]
    assert any(c.answer == "2,000" and "minor" not in c.tags for c in cards), [(c.question, c.tags) for c in cards]


def test_a_count_the_title_writes_in_words_is_given_away_and_blanked_there():
    # round 123: "BMKG memasang berapa unit buoy ...? empat unit" under "BMKG Pasang Empat Buoy Tsunami ..."
    from briefing.export.anki import topic

    title = "BMKG Pasang Empat Buoy Tsunami di Perairan Barat Sumatra"
    ex = briefing.extract(f"{title}\n\nBadan Meteorologi, Klimatologi, dan Geofisika (BMKG) memasang empat unit buoy "
                          "pendeteksi tsunami di Samudra Hindia. Kepala BMKG Ratna Dewi Anggraini meresmikan "
                          "pemasangan itu pada Senin.", lang="id", max_cards=20)
    cards = [c for c in ex.cards if c.answer == "empat unit"]
    assert cards and all("headline" in c.tags for c in cards), [(c.question, c.tags) for c in ex.cards]
    assert all(topic(c, ex) == "BMKG Pasang … Buoy Tsunami di Perairan Barat Sumatra" for c in cards), \
        [topic(c, ex) for c in cards]


def test_a_relative_clause_of_two_verbs_in_a_row_keeps_its_date():
    # round 123: "Kapan Persekab Ngawi Jaya masih berpeluang promosi melalui babak play-off nasional yang dijadwalkan
    # berlangsung di Yogyakarta? pertengahan Juli"
    text = ("PS Kota Batu Raya juara Liga 4 Jawa Timur. Meski kalah, Persekab masih berpeluang promosi melalui babak "
            "play-off nasional yang dijadwalkan berlangsung pertengahan Juli di Yogyakarta.")
    asked = [q for q, a in qa_minor(text, "id").items() if a == "pertengahan Juli"]
    assert not any("berpeluang" in q for q in asked), asked


def test_no_question_on_a_distance_whose_place_a_list_cut_off():
    # round 123: "Dua unit dipasang berapa kilometer?"
    text = ("BMKG memasang empat buoy tsunami. Dua unit dipasang sekitar 200 kilometer di barat Kepulauan Mentawai, satu "
            "unit di barat daya Bengkulu, dan satu lagi di lepas pantai Pulau Nias.")
    assert not any(a == "sekitar 200 kilometer" for a in qa_minor(text, "id").values()), qa_minor(text, "id")


def test_a_question_cut_before_a_range_drops_the_measure_the_range_gave():
    # round 123: "... genangan masih terpantau di berapa kecamatan dengan ketinggian air?"
    text = ("Banjir kembali merendam Kota Samarinda sejak Minggu. Hingga Selasa (18/3/2025) pagi, genangan masih "
            "terpantau di tujuh kecamatan dengan ketinggian air antara 40 sentimeter hingga 1,6 meter.")
    asked = [q for q, a in qa_minor(text, "id").items() if a == "tujuh kecamatan"]
    assert asked and all(q.endswith("di berapa kecamatan?") for q in asked), asked


def test_a_figure_after_a_size_word_is_a_side_figure():
    # round 123: "... menambah pasokan elpiji bersubsidi ukuran berapa kilogram sebanyak 86.400 tabung? 3 kilogram"
    text = ("Elpiji langka di NTB. Pemerintah Provinsi NTB menambah pasokan elpiji bersubsidi ukuran 3 kilogram "
            "sebanyak 86.400 tabung untuk mengatasi kelangkaan.")
    kept = {c.answer for c in cards_of(text, "id") if c.type != "cloze"}
    assert "3 kilogram" not in kept and "86.400 tabung" in kept, kept


def test_a_sum_asked_after_its_noun_takes_the_pack_s_connector():
    # round 123: "Polisi menyita uang tunai berapa?"
    text = "Polda Jatim membongkar investasi bodong. Polisi menyita uang tunai Rp 27,4 miliar dari rumah tersangka."
    asked = [q for q, a in qa_minor(text, "id").items() if a == "Rp 27,4 miliar"]
    assert asked and all("uang tunai sebesar berapa" in q for q in asked), asked
    text = "Polda Jatim membongkar investasi bodong. Total kerugian para korban mencapai Rp 1,3 triliun."
    asked = [q for q, a in qa_minor(text, "id").items() if a == "Rp 1,3 triliun"]
    assert asked and not any("sebesar" in q for q in asked), asked  # (after a verb: "mencapai berapa?")


@pytest.mark.parametrize("title,body,answer,shown", [
    # round 123: "£2.3 million" under "... seeks £2.3m savings" showed no title at all
    ("Nottingham to close seven library branches as council seeks £2.3m savings",
     "Nottingham will close seven library branches. The closures are expected to save £2.3 million a year, cutting "
     "the library budget by 37 per cent.", "£2.3 million",
     "Nottingham to close seven library branches as council seeks £… savings"),
    # round 123: "39,874,210" under "... tops 39.8 million ...": the title cut the figure down
    ("Canada's population tops 39.8 million in 2026 census",
     "Canada's population grew by 7.8 per cent over the past five years to 39,874,210 people, Statistics Canada "
     "said on Wednesday.", "39,874,210", "Canada's population tops … in 2026 census"),
])
def test_the_title_s_short_or_cut_down_figure_is_blanked_on_its_card(title, body, answer, shown):
    from briefing.export.anki import topic

    ex = briefing.extract(f"{title}\n\n{body}", lang="en", max_cards=20)
    cards = [c for c in ex.cards if c.answer == answer]
    assert cards, [(c.question, c.answer) for c in ex.cards]
    assert all(html.unescape(topic(c, ex)) == shown for c in cards), [topic(c, ex) for c in cards]


def test_a_gap_on_a_count_to_the_last_person_is_minor():
    # round 123: "... about 2.9 million higher than the [36,991,981] people recorded in the 2021 census."
    text = ("Canada's population grew to 39.9 million. The count is about 2.9 million higher than the 36,991,981 people "
            "recorded in the 2021 census.")
    cards = every_card(text, "en")
    exact = [c for c in cards if c.answer == "36,991,981"]
    assert exact and all("minor" in c.tags for c in exact), [(c.question, c.tags) for c in exact]
    assert any(c.answer == "2.9 million" and "minor" not in c.tags for c in cards), \
        [(c.question, c.answer, c.tags) for c in cards]


def test_a_gap_on_a_sentence_that_points_back_with_a_phrase_is_minor():
    # round 123: "A bipartisan [Railway Safety Act] introduced after that crash has yet to pass Congress."
    text = ("A freight train derailed in Iowa on Sunday. In 2023 a train carrying vinyl chloride derailed in East "
            "Palestine, Ohio. A bipartisan Railway Safety Act introduced after that crash has yet to pass Congress.")
    gaps = [c for c in every_card(text, "en") if c.type == "cloze" and "that crash" in c.question]
    assert gaps and all("minor" in c.tags for c in gaps), [(c.question, c.tags) for c in gaps]
    text = ("A freight train derailed in Iowa on Sunday. In 2023 a train carrying vinyl chloride derailed in East "
            "Palestine, Ohio. A bipartisan Railway Safety Act introduced after the East Palestine crash has yet to pass "
            "Congress.")
    assert any(c.answer == "Railway Safety Act" and "minor" not in c.tags for c in every_card(text, "en")), \
        [(c.question, c.tags) for c in every_card(text, "en")]


def test_a_gap_on_a_sentence_whose_subject_a_relative_clause_and_a_demonstrative_point_back_is_minor():
    # round 123: "Klub yang berdiri pada [1987] itu terakhir kali tampil di kompetisi nasional pada musim 2009 ..."
    text = ("PS Kota Batu Raya juara Liga 4 Jawa Timur setelah menundukkan Persekab Ngawi Jaya. Klub yang berdiri pada "
            "1987 itu terakhir kali tampil di kompetisi nasional pada musim 2009.")
    gaps = [c for c in every_card(text, "id", title="PS Kota Batu Raya Juara") if c.type == "cloze" and
            c.question.startswith("Klub yang")]
    assert gaps and all("minor" in c.tags for c in gaps), [(c.question, c.tags) for c in gaps]


def test_a_question_for_a_sum_that_names_no_sum_is_minor():
    # round 123: "Persekab Ngawi Jaya selaku runner-up menerima berapa?" (round 121: "... membawa pulang berapa?")
    text = ("PS Kota Batu Raya juara Liga 4 Jawa Timur. Persekab Ngawi Jaya selaku runner-up menerima Rp 150 juta. "
            "Juara menerima hadiah uang pembinaan Rp 250 juta.")
    cards = [c for c in every_card(text, "id") if c.type != "cloze"]
    assert all("minor" in c.tags for c in cards if c.answer == "Rp 150 juta"), [(c.question, c.tags) for c in cards]
    assert any(c.answer == "Rp 250 juta" and "minor" not in c.tags for c in cards), [(c.question, c.tags) for c in cards]


def test_a_question_naming_a_thing_by_a_demonstrative_is_minor_wherever_the_pair_stands():
    # found with round 123's "sebesar": "... anggaran sebesar berapa untuk festival itu?" was checked word pair by word
    # pair from the start, so a demonstrative after an odd number of words went unseen
    text = ("Puluhan ribu warga memadati Pantai Gandoriah pada Minggu. Pemerintah menyediakan anggaran Rp 5 miliar "
            "untuk festival itu.")
    asked = [c for c in every_card(text, "id") if c.answer == "Rp 5 miliar" and c.type != "cloze"]
    assert asked and all("minor" in c.tags for c in asked), [(c.question, c.tags) for c in asked]
    # ... but not a thing the lead names, nor the head of a relative clause the lead names
    text = "Banjir melanda Kota Madiun. Gubernur mengatakan sekitar 300 rumah telah rusak akibat banjir itu."
    assert any(a == "sekitar 300 rumah" for a in qa(text, "id").values()), qa(text, "id")


def test_a_short_form_written_without_brackets_after_its_name_is_an_acronym():
    # found as a user on corpus articles: "the Scottish Environment Protection Agency is warning ... Sepa predict
    # that ...", "The Sri Lanka Banks Association said ... SLBA chairman ..." made no acronym card
    text = ("Climate change could be out of control within decades, the Scottish Environment Protection Agency is "
            "warning a committee of MSPs. Sepa is attempting to curb global warming gases. Sepa predict that wind "
            "and nuclear power will remain as energy sources for decades.")
    cards = every_card(text, "en", title="MSPs hear renewed climate warning")
    assert any(c.question == "What does Sepa stand for?" and c.answer == "Scottish Environment Protection Agency"
               for c in cards), [(c.question, c.answer) for c in cards]
    # ... not a word that only starts with the same letters, nor a short form written before the name
    text = ("Das Drehbuch Aaron Spellings wurde verfilmt. Das Studio zahlte dafür 2 Millionen Dollar. "
            "Die Premiere fand 1999 statt.")
    assert not any(c.family == "acronym" for c in every_card(text, "de", title="Film")), \
        [(c.question, c.answer) for c in every_card(text, "de", title="Film")]
    text = ("SLBA members met on Monday. The Sri Lanka Banks Association said the waves washed away property that "
            "secured loans. The association expects a revenue shortfall in 2005.")
    assert not any(c.family == "acronym" for c in every_card(text, "en", title="Banks")), \
        [(c.question, c.answer) for c in every_card(text, "en", title="Banks")]


def test_an_office_ending_on_a_rank_word_in_lower_case_keeps_it():
    # round 124: "Who is the West Indies? Kevon Thorne" (of "after West Indies captain Kevon Thorne declared")
    text = ("West Indies beat Bangladesh by 143 runs. Bangladesh were set 348 to win after West Indies captain Kevon "
            "Thorne declared on 276 for six on the fourth evening.")
    asked = [q for q, a in qa_minor(text, "en").items() if a == "Kevon Thorne"]
    assert "Who is the West Indies captain?" in asked and "Who is the West Indies?" not in asked, asked


def test_a_player_s_position_opening_the_sentence_is_no_part_of_the_name():
    # round 124: "Who held the innings together with a patient 82 from 211 balls? Opener Mahfuzur Rahman"
    text = ("West Indies beat Bangladesh by 143 runs. Opener Mahfuzur Rahman held the innings together with a patient "
            "82 from 211 balls.")
    answers = {c.answer for c in every_card(text, "en")}
    assert "Opener Mahfuzur Rahman" not in answers, answers


def test_no_question_on_a_clause_whose_subject_is_a_relative_pronoun():
    # round 124: "How many years did previously spend as an engineer at NASA's Jet Propulsion Laboratory?"
    text = ("Skyvane launched its first weather satellite. The company is led by Dr. Elaine Ruiz-Hartman, its "
            "co-founder, who previously spent 14 years as an engineer at NASA's Jet Propulsion Laboratory.")
    assert not any(q.startswith("How many years did previously") for q in qa_minor(text, "en")), qa_minor(text, "en")


def test_an_abbreviation_before_a_capitalised_function_word_ends_the_sentence():
    # round 124: "... a London office on Gracechurch St. The FCA said it breached ..." was one sentence
    from briefing.lang import load_pack
    from briefing.models import Article
    from briefing.pipeline.segment import segment

    text = ("The lender has about 1.4 million customers and a London office on Gracechurch St. The FCA said it "
            "breached the rules between 2016 and 2022. She moved to St. Lucia in 2019.")
    got = [s.text for s in segment(Article(title="T", text=text), load_pack("en"))]
    assert got == ["The lender has about 1.4 million customers and a London office on Gracechurch St.",
                   "The FCA said it breached the rules between 2016 and 2022.",
                   "She moved to St. Lucia in 2019."], got


def test_a_gap_on_one_end_of_a_sweep_of_places_is_minor():
    # round 124: "... restrictions on outdoor work from Lisbon to [Athens]."
    text = ("A heatwave gripped southern Europe, prompting school closures and restrictions on outdoor work from "
            "Lisbon to Athens. Spain recorded 46 degrees Celsius in Seville on Saturday.")
    gaps = [c for c in every_card(text, "en") if c.type == "cloze" and c.answer in {"Lisbon", "Athens"}]
    assert gaps and all("minor" in c.tags for c in gaps), [(c.question, c.tags) for c in gaps]


def test_no_question_that_writes_its_question_word_twice():
    # round 124: "Penumpang cukup membayar tarif promo sebesar berapa untuk jarak berapa pun?"
    text = ("LRT Medan resmi beroperasi pada Sabtu. Selama sebulan pertama, penumpang cukup membayar tarif promo "
            "Rp 5.000 untuk jarak berapa pun.")
    assert not any(q.count("berapa") > 1 for q in qa_minor(text, "id")), qa_minor(text, "id")


def test_no_question_on_the_first_of_several_happenings_it_does_not_name():
    # round 124: "Kapan peristiwa pertama terjadi? Rabu (14/8/2024) malam"
    text = ("Seekor harimau memangsa ternak dan melukai seorang petani di Pelalawan. Peristiwa pertama terjadi pada "
            "Rabu (14/8/2024) malam, ketika harimau menerkam dua ekor sapi.")
    assert not any("peristiwa pertama" in q.casefold() for q in qa_minor(text, "id")), qa_minor(text, "id")


def test_no_question_on_an_item_inside_a_list_a_verb_before_takes():
    # round 125: "How many brass weights once used to measure gold dust?"
    text = ("Oxford will return 94 objects to Ghana. The items, held by the Pitt Rivers Museum, include a gold-plated "
            "ceremonial sword, 61 brass weights once used to measure gold dust, a carved royal stool and several "
            "pieces of court jewellery.")
    assert not any(a == "61" for a in qa_minor(text, "en").values()), qa_minor(text, "en")


def test_a_question_after_a_kept_opener_keeps_the_article_s_lower_case():
    # round 125: "Sebelumnya, Gempa Cianjur pada November 2022 ... menewaskan berapa orang?"
    # ("Pusat Gempa Bumi dan Tsunami" writes "Gempa" as a word of a name too)
    text = ("Gempa bermagnitudo 5,6 mengguncang Sukabumi pada Rabu. Kepala Pusat Gempa Bumi dan Tsunami BMKG, Dr. "
            "Hendra Wiratmaja, mengatakan gempa tersebut dipicu aktivitas sesar lokal. Sebelumnya, gempa Cianjur pada "
            "November 2022 dengan magnitudo 5,6 menewaskan lebih dari 600 orang.")
    asked = [q for q, a in qa_minor(text, "id").items() if a == "lebih dari 600 orang"]
    assert asked and all(q.startswith("Sebelumnya, gempa Cianjur") for q in asked), asked


def test_cards_on_a_sentence_inside_a_quote_of_several_sentences_are_minor():
    # round 125: "Berapa orang dirawat inap dan sisanya rawat jalan?" (between the marks of the doctor's words)
    text = ('Puluhan siswa SD di Garut keracunan nasi kotak. "Sampai Minggu pagi, total ada 93 orang yang kami tangani. '
            'Sebanyak 58 orang dirawat inap dan sisanya rawat jalan. Kondisi mereka umumnya sudah stabil," kata Lina.')
    inside = [c for c in every_card(text, "id") if "58" in c.answer]
    assert inside and all("minor" in c.tags for c in inside), [(c.question, c.tags) for c in inside]
    # ... and a German quote („...“) closes where it closes
    text = ("Die Band wurde 1979 in Newcastle gegründet. Ihr berühmtester Song, „Fog on the Tyne“ (1971), wurde 1990 "
            "gecovert.\nAndy Taylor wurde 1961 in der Stadt geboren. Die Stadt hat 300.000 Einwohner.")
    assert any("minor" not in c.tags for c in every_card(text, "de", title="Newcastle")), \
        [(c.question, c.tags) for c in every_card(text, "de", title="Newcastle")]


def test_a_relative_clause_after_an_object_preposition_tells_of_its_object():
    # round 125: "Kapan hasil uji laboratorium terhadap sampel air diambil?" (the samples were taken then)
    text = ("KLHK mendenda pabrik tekstil Rp 4,2 miliar. Hasil uji laboratorium terhadap sampel air yang diambil pada "
            "3 April 2024 menunjukkan kadar COD mencapai 1.850 miligram per liter.")
    asked = [q for q, a in qa_minor(text, "id").items() if a == "3 April 2024"]
    assert "Kapan sampel air diambil?" in asked, asked


def test_a_figure_of_another_case_told_with_a_time_in_front_and_also_is_minor():
    # round 125: "Pada Maret lalu, berapa warga Kecamatan Cibatu juga keracunan setelah menyantap hidangan hajatan?"
    text = ("Sebanyak 87 siswa keracunan nasi kotak di Garut. Pada Maret lalu, 41 warga Kecamatan Cibatu juga "
            "keracunan setelah menyantap hidangan hajatan.")
    side = [c for c in every_card(text, "id") if c.answer == "41 warga" and c.type != "cloze"]
    assert all("minor" in c.tags for c in side), [(c.question, c.tags) for c in side]


def test_a_question_cut_inside_a_list_after_its_phrase_ends_at_the_phrase_s_comma():
    # round 126: "Museum dilengkapi studio membatik yang mampu menampung berapa peserta sekaligus, perpustakaan, serta ruang?"
    text = ("Museum Batik Trusmi resmi dibuka. Selain ruang pamer, museum dilengkapi studio membatik yang mampu "
            "menampung 60 peserta sekaligus, perpustakaan, serta ruang multimedia berkapasitas 80 kursi.")
    asked = [q for q, a in qa_minor(text, "id").items() if a == "60 peserta"]
    assert asked and not any("serta ruang?" in q for q in asked), asked


def test_no_question_on_a_clause_after_a_comma_and_a_relative_adverb_of_time():
    # round 126: "How many trips were recorded? 8.56 million" (of "..., 4.1 per cent above the equivalent period of
    # 2019, when 8.56 million trips were recorded")
    text = ("Overseas visitors to Ireland hit a record. The CSO recorded 8,914,300 overseas trips between January and "
            "September, 4.1 per cent above the equivalent period of 2019, when 8.56 million trips were recorded.")
    assert "8.56 million" not in qa_minor(text, "en").values(), qa_minor(text, "en")


def test_a_question_on_who_said_something_is_minor():
    # round 126: "Who said wind speeds at the Mt. Kaukau weather station peaked at 163km/h early on Tuesday?"
    # (rounds 117-126: teachers rejected all 12 judgements of 6 such cards)
    text = ("Thousands of travellers remain stuck on either side of Cook Strait after ferry operator StraitLink "
            "cancelled all sailings for a third consecutive day on Wednesday, following a storm that brought swells of "
            "up to 9 metres.\n\nStraitLink, which runs four ships between Wellington and Picton, said 31 sailings had "
            "been cancelled since Monday morning, affecting about 7,800 passengers. The company expects to resume a "
            "limited timetable from 6am on Thursday, weather permitting.\n\nMetService issued a red heavy wind warning "
            "for Wellington on Sunday night. Meteorologist Jonah Fale said wind speeds at the Mt. Kaukau weather "
            "station peaked at 163km/h early on Tuesday.")
    said = [f for f in facts_of(text, "en") if f.family == "actor" and f.answer == "Jonah Fale"]
    assert said and all(f.minor for f in said), said
    # ... not what someone did
    text = text.replace("Meteorologist Jonah Fale said wind speeds at the Mt. Kaukau weather station peaked at 163km/h "
                        "early on Tuesday.", "Meteorologist Jonah Fale issued a second red warning for Wellington early "
                        "on Tuesday.")
    announced = [f for f in facts_of(text, "en") if f.family == "actor" and f.answer == "Jonah Fale"]
    assert announced and not any(f.minor for f in announced), announced


def test_an_office_holder_is_the_name_after_a_rank_written_out_and_its_short_form():
    # round 128: "Siapa Kepala Satuan Reserse Kriminal Polres Lombok Tengah? Ajun Komisaris Polisi"
    text = ("Polres Lombok Tengah membongkar sindikat pencurian sapi. Kepala Satuan Reserse Kriminal (Kasat Reskrim) "
            "Polres Lombok Tengah Ajun Komisaris Polisi (AKP) Ahmad Zaini menjelaskan, para pelaku beraksi pada dini "
            "hari.")
    roles = {c.question: c.answer for c in every_card(text, "id", title="Sindikat Pencuri Sapi")
             if c.family in {"role", "role_reverse"}}
    assert roles.get("Siapa Kepala Satuan Reserse Kriminal Polres Lombok Tengah?") == "Ahmad Zaini", roles
    assert "Ajun Komisaris Polisi" not in roles.values() and not any("Ajun Komisaris" in q for q in roles), roles


def test_the_groups_of_a_telephone_number_are_no_year_and_no_figure():
    # round 128: "When can parents with questions call the company's recall hotline 555 614? 1800"
    text = ("An infant formula maker recalled about 48,000 tins on Monday. Parents with questions can call the "
            "company's recall hotline on 1800 555 614, which will operate seven days a week.")
    facts = facts_of(text, "en", title="Infant formula recalled")
    assert not any(f.answer in {"1800", "555", "614"} for f in facts), [(f.family, f.answer) for f in facts]


def test_a_place_named_by_its_short_form_keeps_its_scope_in_front_of_a_figure():
    # round 129: "Prevalensi turun dari 48,3 persen menjadi berapa persen?" read as the province's figure
    text = ("Angka prevalensi stunting di Nusa Tenggara Timur (NTT) turun menjadi 31,2 persen pada 2025. Menurut dia, "
            "penurunan terbesar terjadi di Kabupaten Sumba Barat Daya dan Kabupaten Timor Tengah Selatan (TTS). Di TTS, "
            "prevalensi turun dari 48,3 persen menjadi 38,1 persen.")
    asked = [f for f in facts_of(text, "id", title="Stunting di NTT turun") if f.family == "quantity"
             and f.answer == "38,1 persen"]
    assert asked and all(dict(f.slots)["lead"] == "Di TTS" for f in asked), asked
    # ... and "di X dan Kabupaten Y (TTS)" is one answer, not a question ending "terjadi dan Kabupaten ...?"
    where = [f for f in facts_of(text, "id", title="Stunting di NTT turun") if f.family == "where"]
    assert where, where
    assert all(" dan " not in dict(f.slots)["clause"] for f in where), where
    assert any(f.answer == "Kabupaten Sumba Barat Daya dan Kabupaten Timor Tengah Selatan" for f in where), where


def test_a_street_is_a_place_and_a_side_detail():
    # round 129: "... at the intersection of {{Folsom St}}. and 7th St." (a person to the finder, its dot left out)
    text = ("California regulators on Monday suspended the permits of Vantage Autonomy, a robotaxi start-up. The crash "
            "happened at about 11:15 p.m. on Nov. 12 at the intersection of Folsom St. and 7th St., according to a "
            "police report.")
    gaps = [f for f in facts_of(text, "en", title="Robotaxi permits suspended") if "Folsom" in f.answer]
    assert gaps and all(f.answer == "Folsom St." and f.answer_kind == "place" and f.minor for f in gaps), gaps
    assert not any("Folsom" in c.answer for c in briefing.extract(text, title="Robotaxi permits suspended",
                                                                  lang="en").cards)


def test_a_number_gap_leaves_its_approximator_and_its_conversion_outside():
    # round 129: both teachers rejected "{{about £4.1 billion}}" and "{{A$18m (£9.2m)}}" as padded gaps
    text = ("The supermarket chain FreshWay has been ordered to pay A$18m (£9.2m) in penalties after the Federal Court "
            "found it misled shoppers. The company has about £4.1 billion of debt, and its credit rating was cut by "
            "Moody's in March.")
    clozes = {c.answer: c.question for c in every_card(text, "en", title="FreshWay fined") if c.type == "cloze"}
    assert clozes.get("A$18m") == ("The supermarket chain FreshWay has been ordered to pay {{c1::A$18m}} in penalties "
                                   "after the Federal Court found it misled shoppers."), clozes
    assert clozes.get("£4.1 billion", "").startswith("The company has about {{c1::£4.1 billion}} of debt"), clozes
    assert not any(a.startswith(("about", "A$18m (")) for a in clozes), clozes
    text = "Pada 2024, desa itu menerima total dana desa sekitar Rp 3,4 miliar dari pemerintah pusat."
    clozes = {c.answer: c.question for c in every_card(text, "id", title="Dana desa") if c.type == "cloze"}
    assert "sekitar {{c1::Rp 3,4 miliar}}" in clozes.get("Rp 3,4 miliar", ""), clozes


def test_the_beaten_finalist_in_the_lead_is_news_though_the_article_names_her_often():
    # round 129: the gap on "top seed ___" was minor as a main actor's; both teachers accepted it
    text = ("Britain's Ellie Marsden won her first WTA Tour title with a 6-4 3-6 7-5 victory over top seed Anastasia "
            "Volkova in the final of the Hong Kong Open on Sunday.\n\nVolkova, the world No. 9, had not dropped a set all "
            "week. Marsden broke early in the opening set before Volkova levelled. Volkova said Marsden deserved it. "
            "Marsden will rise to 48th in the rankings. The win earns her $142,000 in prize money and 250 ranking "
            "points.")
    title = "Ellie Marsden beats top seed to win first WTA title in Hong Kong"
    gaps = [f for f in facts_of(text, "en", title=title) if f.family == "cloze"]
    assert any(f.answer == "Anastasia Volkova" and f.sentence == 0 and not f.minor for f in gaps), gaps
    # ... later gaps on her stay minor, and so do the ranking points
    assert all(f.minor for f in gaps if f.answer == "Volkova"), gaps
    assert any(f.answer == "250" for f in gaps) and all(f.minor for f in gaps if f.answer == "250"), gaps


def test_a_how_many_question_on_a_part_of_a_whole_told_before_is_minor():
    # round 130: "Sebagian besar karang berhasil pulih dalam berapa tahun?" (after which bleaching?)
    text = ("Pemutihan karang meluas di Nusa Penida. Sebelumnya, kawasan Nusa Penida juga mengalami pemutihan massal "
            "pada 2016, namun sebagian besar karang berhasil pulih dalam tiga tahun.")
    # (... not a whole named in the clause)
    assert_minor_until_replaced(text, "namun sebagian besar karang", "namun karang di Crystal Bay", "id",
                                "Karang memutih", "tiga tahun", "quantity")


def test_a_phrase_pointing_back_that_opens_the_sentence_makes_its_gaps_minor():
    # round 130: "Di lokasi tersebut, tingkat pemutihan bahkan mencapai lebih dari {{50 persen}}." (which place?),
    # though the article writes "lokasi" three times
    text = ("Pemutihan karang meluas di Nusa Penida. Titik terparah berada di Crystal Bay dan Manta Point, dua lokasi "
            "selam yang paling ramai. Di lokasi tersebut, tingkat pemutihan bahkan mencapai lebih dari 50 persen. "
            "Mulai 1 Desember, setiap lokasi hanya boleh dikunjungi 40 penyelam per hari.")
    gaps = [f for f in facts_of(text, "id", title="Karang memutih") if f.family == "cloze" and f.answer == "50 persen"]
    assert gaps and all(f.minor for f in gaps), gaps


def test_how_long_someone_travelled_to_the_story_is_minor():
    # round 130: "Grup ... menempuh perjalanan darat dan laut selama berapa hari untuk tampil di festival ini?"
    text = ("Festival Nasional Reog Ponorogo diikuti 38 grup. Grup Singo Barong Mulyo dari Samarinda menempuh "
            "perjalanan darat dan laut selama tiga hari untuk tampil di festival ini.")
    asked = [f for f in facts_of(text, "id", title="Festival Reog") if f.family == "quantity" and f.answer == "tiga hari"]
    assert asked and all(f.minor for f in asked), asked
    # ... not how long a thing lasts
    text = text.replace("Grup Singo Barong Mulyo dari Samarinda menempuh perjalanan darat dan laut selama tiga hari untuk "
                        "tampil di festival ini", "Pemeriksaan saksi berlangsung selama tiga hari")
    asked = [f for f in facts_of(text, "id", title="Festival Reog") if f.family == "quantity" and f.answer == "tiga hari"]
    assert asked and not any(f.minor for f in asked), asked


def test_working_days_are_one_unit_and_a_bare_institution_is_no_gap():
    # round 130: "... paling lambat berapa hari kerja? 90 hari" (the answer lost "kerja")
    text = ("OJK mencabut izin usaha BPR Sumber Arta. Proses verifikasi data simpanan akan diselesaikan paling lambat "
            "90 hari kerja.")
    asked = {c.question: c.answer for c in every_card(text, "id", title="Izin BPR dicabut") if c.family == "quantity"}
    assert asked.get("Proses verifikasi data simpanan akan diselesaikan paling lambat berapa hari kerja?") == \
        "90 hari kerja", asked
    # "... in one of the biggest swings of the current {{Parliament}}": a word every reader fills
    text = ("The Liberal Democrats have won the Harrowfield by-election, overturning a Conservative majority in one of "
            "the biggest swings of the current Parliament.")
    assert "Parliament" not in {c.answer for c in every_card(text, "en", title="By-election upset")}


def test_no_question_inverts_the_first_of_two_predicates_with_auxiliaries_of_their_own():
    # round 131: "How long have the released animals been fitted with coloured ear tags and will be monitored ...?"
    text = ("Seven beavers were released into the River Lune on Thursday. The released animals have been fitted with "
            "coloured ear tags and will be monitored by camera traps and a team of 40 volunteers for at least five "
            "years.")
    asked = qa_minor(text, "en")
    assert not [q for q in asked if "and will be" in q], asked
    assert asked.get("How many beavers were released into the River Lune on Thursday?") == "Seven", asked


def test_a_countrys_byname_is_no_gap_and_a_judges_name_is_a_minor_one():
    # round 131: "mengalahkan wakil {{Negeri Jiran}}" ("Malaysia" fits as well) and "Sentencing, Judge
    # {{Martin Ellery}} said ..." (who read the verdict): both teachers rejected both
    text = ("Indonesia menjadi juara umum Kejuaraan Pencak Silat Asia Tenggara. Pesilat asal Sumatera Barat itu "
            "mengalahkan wakil Negeri Jiran, Muhammad Hafiz Roslan, dengan skor 41-33 dalam partai final.")
    assert "Negeri Jiran" not in {c.answer for c in every_card(text, "id", title="Indonesia juara umum")}
    text = ("A former charity boss has been jailed for seven years. Sentencing, Judge Martin Ellery said Whitcombe had "
            "carried out a calculated and sustained betrayal of donors.")
    gaps = [f for f in facts_of(text, "en", title="Charity boss jailed") if f.answer == "Martin Ellery"]
    assert gaps and all(f.minor for f in gaps), gaps
    text = ("Dua terdakwa mafia tanah divonis 6,5 tahun penjara. Ketua majelis hakim Dr. Anak Agung Ngurah Wirawan, "
            "S.H., M.H., menyatakan keduanya terbukti memalsukan surat.")
    # (... not a name after another title)
    assert_minor_until_replaced(text, "Ketua majelis hakim Dr.", "Kepala Kejaksaan Negeri Surabaya Dr.", "id",
                                "Mafia tanah divonis", "Anak Agung Ngurah Wirawan", "cloze")


def test_a_date_gap_leaves_the_word_of_its_end_in_the_sentence():
    # round 131: "Program ini menargetkan 250.000 warga {{hingga akhir Desember}}." (many phrases fit)
    text = ("Dinkes Jawa Tengah meluncurkan program skrining TBC. Program ini menargetkan 250.000 warga hingga akhir "
            "Desember 2024.")
    gaps = {c.answer: c.question for c in every_card(text, "id", title="Skrining TBC") if c.type == "cloze"}
    assert "akhir Desember 2024" in gaps and "hingga {{c1::akhir Desember 2024}}" in gaps["akhir Desember 2024"], gaps
    assert not [a for a in gaps if a.startswith("hingga")], gaps


def test_a_stage_of_a_contest_in_front_stays_and_the_date_a_level_was_read_is_a_minor_gap():
    # round 132: "atlet ... itu mencatatkan waktu berapa detik?" lost "Pada partai final," (he also ran 4,91 detik)
    text = ("Rahmat Adi Nugroho menjuarai seri Piala Dunia di Salt Lake City. Pada partai final, atlet berusia 22 tahun "
            "asal Kabupaten Grobogan, Jawa Tengah, itu mencatatkan waktu 4,85 detik dan mengalahkan wakil China, Zhang "
            "Wenhao.")
    asked = [f for f in facts_of(text, "id", title="Rahmat juara") if f.family == "quantity" and f.answer == "4,85 detik"]
    assert asked and all(dict(f.slots)["lead"] == "Pada partai final" for f in asked), asked
    # "... posisi cadangan devisa pada {{akhir Juli 2024}} sebesar 145,4 miliar dolar AS" (both teachers rejected it)
    text = ("BI mempertahankan suku bunga acuan di level 5,75 persen. BI juga mencatat posisi cadangan devisa pada akhir "
            "Juli 2024 sebesar 145,4 miliar dolar AS.")
    gaps = [f for f in facts_of(text, "id", title="BI tahan suku bunga") if f.family == "cloze"
            and f.answer == "akhir Juli 2024"]
    assert gaps and all(f.minor for f in gaps), gaps


def test_a_date_after_hingga_and_a_clause_is_that_clauses():
    # round 132: "Kapan Pulau Timor sempat berstatus bebas rabies hingga kasus pertama ditemukan di TTS? Mei 2023"
    # asked when the island was free of rabies; the date is when the first case was found
    text = ("Kasus gigitan anjing meningkat di NTT. Pulau Timor sempat berstatus bebas rabies hingga kasus pertama "
            "ditemukan di TTS pada Mei 2023.")
    asked = {c.question: c.answer for c in every_card(text, "id", title="Rabies di NTT") if c.family == "when"}
    assert asked == {"Kapan kasus pertama ditemukan di TTS?": "Mei 2023"}, asked
    # ... not "hingga sekarang", a time
    text = ("Program itu diluncurkan di Jakarta. Adapun program yang berlangsung hingga sekarang ini diputuskan tanggal "
            "1 April 1992 sebagai proyek nasional.")
    clauses = [dict(f.slots)["clause"] for f in facts_of(text, "id", title="Program nasional") if f.family == "when"]
    assert clauses and all("berlangsung hingga sekarang" in c for c in clauses), clauses


def test_a_conversion_inside_the_phrase_after_a_figure_does_not_end_it():
    # round 133: "How many hours of observing time has the team been granted on the $10bn?" (the telescope cut off)
    text = ("Webb finds signs of water vapour on a rocky exoplanet. The team has been granted a further 42 hours of "
            "observing time on the $10bn (£7.9bn) telescope later this year, which they hope will push the result past "
            "the 5-sigma mark.")
    asked = {q: a for q, a in qa(text, "en").items() if a == "42"}
    assert asked and all("$10bn telescope" in q and "£7.9bn" not in q for q in asked), asked


def test_a_question_whose_answer_is_a_hundred_percent_is_minor():
    # round 133: "... dinyatakan rampung berapa persen? 100 persen" ("rampung", finished, gives it away)
    text = ("Tanggul laut Semarang-Demak selesai dibangun. Pembangunan tanggul laut seksi 1 sepanjang 10,6 kilometer "
            "dinyatakan rampung 100 persen. Inflasi di Semarang mencapai 3,5 persen.")
    asked = facts_on(text, "id", "Tanggul laut rampung", "100 persen", "quantity")
    assert asked and all(f.minor for f in asked), asked
    assert [f for f in facts_on(text, "id", "Tanggul laut rampung", "3,5 persen", "quantity") if not f.minor]


def test_light_years_are_one_unit():
    # found as a user on round 133's articles: the key facts' numbers read "49 light"
    text = ("Webb finds water vapour on a rocky planet. The planet orbits a small red dwarf star about 49 light years "
            "from Earth, and its year lasts 3.8 days.")
    numbers = [k.label for k in briefing.extract(text, title="Webb finds water", lang="en").facts if k.kind == "number"]
    assert "49 light years" in numbers and "49 light" not in numbers, numbers
    text = "Planet itu mengorbit bintang katai merah sejauh 49 tahun cahaya dari Bumi. Planet itu ditemukan pada 2023."
    numbers = [k.label for k in briefing.extract(text, title="Planet baru", lang="id").facts if k.kind == "number"]
    assert "49 tahun cahaya" in numbers, numbers


def test_a_relative_clause_after_a_person_tells_what_they_do():
    # found as a user on a corpus article: "..., said Mikko Hypponen, who heads F-Secure's anti-virus team" gave
    # no card on who heads the team
    text = ('Virus poses as Christmas card. "We recommend this to all our clients," said Mikko Hypponen, who heads '
            "F-Secure's anti-virus team. The bank lost money, said Jane Doe, who also chairs the finance committee.")
    asked = {q: a for q, a in qa(text, "en").items() if a in {"Mikko Hypponen", "Jane Doe"}}
    assert asked.get("Who heads F-Secure's anti-virus team?") == "Mikko Hypponen", asked
    assert asked.get("Who chairs the finance committee?") == "Jane Doe", asked  # past "also"
    # two names before "who": the clause tells of both
    text = ("Tesla started a company. After leaving Edison's company Tesla partnered with Robert Lane and Benjamin "
            "Vail, who agreed to finance an electric lighting company in Tesla's name.")
    assert not [f for f in facts_of(text, "en", title="Tesla") if f.family == "actor"]
    # Indonesian: "yang" stands for things too, so only after a known person
    text = ("Festival budaya dibuka di Solo. Presiden Joko Widodo, yang juga membuka festival budaya Solo, tiba pada "
            "Senin. Korea Selatan, yang mengalami penurunan ekspor, tidak hadir.")
    asked = {f.answer: dict(f.slots)["predicate"] for f in facts_of(text, "id", title="Festival") if f.family == "actor"}
    assert asked == {"Joko Widodo": "membuka festival budaya Solo"}, asked


def test_a_rate_gap_holds_both_units():
    # round 134: "sekitar {{3.900 liter}} per detik" cut the rate (both teachers)
    text = ("Pemkot Semarang menambah sambungan air. Direktur Utama Perumda Air Minum Kota Semarang, Retno Anggraini, "
            "menyebut kapasitas produksi saat ini sekitar 3.900 liter per detik.")
    assert "3.900 liter per detik" in gaps_of(text, "id", title="Air bersih Semarang")
    assert "3.900 liter" not in gaps_of(text, "id", title="Air bersih Semarang")


def test_a_place_made_an_adjective_is_no_gap():
    # round 134: "a broker at a {{Mombasa-based}} tea trading firm" (both teachers: a gap on an adjective)
    text = ("Kenyan tea prices fall. \"There is plenty of tea, but the big buyers are being very cautious,\" said Samuel "
            "Otieno, a broker at a Mombasa-based tea trading firm.")
    gaps = {c.answer for c in every_card(text, "en", title="Kenyan tea prices")}
    assert "Mombasa-based" not in gaps and "Samuel Otieno" in gaps, gaps


@pytest.mark.parametrize("text, lang, first, later", [
    # round 134: the silver and the bronze of "9 medali emas, {{6}} perak, dan {{7}} perunggu" (both teachers)
    ("Jawa Barat juara umum. Jawa Barat mengoleksi 9 medali emas, 6 perak, dan 7 perunggu.", "id", "9", ["6", "7"]),
    ("Kenya topped the table. Kenya won 9 gold medals, 6 silver and 7 bronze at the championships.", "en", "9",
     ["6", "7"]),
])
def test_the_later_items_of_a_list_of_counts_are_minor_gaps(text, lang, first, later):
    asked = [f for answer in later for f in facts_on(text, lang, "Juara umum", answer)]
    assert asked and all(f.minor for f in asked), asked
    assert not all(f.minor for f in facts_on(text, lang, "Juara umum", first))


def test_a_count_after_a_verb_is_no_list_item():
    # "12 people died and 40 were injured": two facts, not a list of counts
    text = "Floods hit the coast. At least 12 people died and 40 were injured in the floods on Monday, police said."
    asked = facts_on(text, "en", "Floods hit the coast", "40")
    assert asked and not all(f.minor for f in asked), asked


@pytest.mark.parametrize("text, question, answer", [
    # found as a user on round 134's articles: the share had a cloze card only ("By how much ...?" is wrong)
    ("Data centres consumed 21 percent of Ireland's metered electricity last year, according to the Central "
     "Statistics Office.", "What share of Ireland's metered electricity did data centres consume last year?",
     "21 percent"),
    ("The ruling party won 57 percent of the vote on Sunday, officials said.",
     "What share of the vote did the ruling party win on Sunday?", "57 percent"),
])
def test_a_share_of_an_object_is_asked_as_a_share(text, question, answer):
    assert qa("Election results. " + text, "en").get(question) == answer, qa("Election results. " + text, "en")


@pytest.mark.parametrize("text", [
    "Construction as an industry comprises six to nine percent of the gross domestic product of developed countries.",
    "The firm spent 12 percent of its budget on research last year.",
])
def test_no_share_question_on_a_cut_subject_a_running_phrase_or_a_possessive(text):
    asked = [q for q in qa("Industry report. " + text, "en") if q.startswith("What share")]
    assert not asked, asked


@pytest.mark.parametrize("text, lang, title, answer, kept", [
    # round 135: "How many patients have had hip?" (both teachers): two modifiers of one noun are one object
    ("More than 1,900 patients have had hip or knee replacements at a dedicated weekend unit in Norfolk since "
     "October, health officials said on Wednesday.", "en", "Weekend surgery blitz", "More than 1,900",
     "hip or knee replacements"),
    # round 135: "... pengadaan berapa unit laptop untuk sekolah dasar?" left out the junior high schools (both)
    ("Syamsul dinyatakan terbukti bersalah melakukan korupsi dalam pengadaan 3.400 unit laptop untuk sekolah dasar "
     "dan sekolah menengah pertama pada tahun anggaran 2023.", "id", "Mantan kadis divonis", "3.400 unit",
     "sekolah dasar dan sekolah menengah pertama"),
])
def test_a_coordinator_inside_a_noun_phrase_does_not_end_the_question(text, lang, title, answer, kept):
    asked = [q for q, a in qa(text, lang).items() if a == answer]
    assert asked and all(kept in q for q in asked), asked


def test_a_noun_made_from_a_verb_opening_the_sentence_is_no_part_of_a_name():
    # round 135: "Siapa yang menambah koleksi medali emas kontingen NTT ...? Kemenangan Markus" (both teachers)
    text = ("Markus Umbu Ndapa memecahkan rekor nasional junior. Markus mulai berlari sejak SMP di Waingapu. "
            "Kemenangan Markus menambah koleksi medali emas kontingen NTT di kejuaraan ini menjadi empat.")
    answers = {f.answer for f in facts_of(text, "id", title="Pelari Sumba pecahkan rekor")}
    assert not any(a.startswith("Kemenangan") for a in answers), answers


def test_a_relative_clause_on_a_side_of_a_persons_life_is_minor():
    # round 136: "Who grows canola and durum wheat near Swift Current?" (both teachers: her office is what matters)
    text = ('Saskatchewan passes right-to-repair law. "This is about who owns the machine," said APAS vice-president '
            "Lorna Fehr, who grows canola and durum wheat near Swift Current. The bank lost money, said Jane Doe, who "
            "chairs the finance committee.")
    asked = {dict(f.slots)["predicate"]: f.minor for f in facts_of(text, "en", title="Right to repair")
             if f.family == "actor"}
    assert asked == {"grows canola and durum wheat near Swift Current": True, "chairs the finance committee": False}, \
        asked


def test_a_who_question_does_not_stop_before_a_name_set_off_by_commas():
    # round 136: "Who found that the ecological assessment submitted by the developer? Halcrow" (both teachers)
    text = ("In a written opinion published on Thursday, Lady Halcrow said the park authority had relied on an outdated "
            "survey. Lady Halcrow found that the ecological assessment submitted by the developer, Highland Retreats "
            "Ltd, was based on field work carried out in 2019 and had not taken account of newer data.")
    cards = every_card(text, "en", title="Judge quashes lodge park approval", max_cards=40)
    asked = [c.question for c in cards if c.question.startswith("Who found")]
    assert not asked, asked


def test_a_sum_that_values_goods_gets_no_how_much_question():
    # round 136: "How many euros did Portugal export? 1.31 billion" (both teachers: of what?)
    text = ("Portugal's cork exports hit record. Portugal exported a record 1.31 billion euros ($1.42 billion) worth of "
            "cork last year, the industry's trade body said on Wednesday.")
    assert not [q for q, a in qa(text, "en").items() if a == "1.31 billion"]


def test_a_time_opening_the_sentence_stays_in_front_of_its_question():
    # round 136: "Jumlah pengunjung tercatat berapa orang? sekitar 4.300 orang" was last year's count (both)
    text = ("Festival Lembah Baliem sedot 6.100 pengunjung. Festival tahun ini dikunjungi sekitar 6.100 orang. "
            "Tahun lalu, jumlah pengunjung tercatat sekitar 4.300 orang.")
    asked = [q for q, a in qa(text, "id").items() if a == "sekitar 4.300 orang"]
    assert asked and all(q.startswith("Tahun lalu, ") for q in asked), asked


def test_a_date_that_opens_a_span_gets_no_when_question():
    # round 136: "When did the team check its reconstruction against rainfall records onwards?" (both)
    text = ("A team led by the University of Tasmania analysed 214 core samples. The team checked its reconstruction "
            "against rainfall records from 1880 onwards and found a close match.")
    cards = every_card(text, "en", title="Huon pines reveal droughts", max_cards=40)
    assert not [c.question for c in cards if c.question.startswith("When")]


@pytest.mark.parametrize("sentence, holder", [
    # round 137: "Siapa Pimpinan Grup? Ludruk Sinar Pelangi" (both teachers: the group, not its leader)
    ("Pimpinan Grup Ludruk Sinar Pelangi, Cak Sholeh Marjuki (64), mengaku terharu melihat antusiasme penonton.", None),
    ("Pimpinan Grup Ludruk Sinar Pelangi, Sholeh Marjuki, mengatakan penonton terus bertambah.", "Sholeh Marjuki"),
    ("Ketua Grup Ludruk Sinar Pelangi, Sholeh Marjuki, mengatakan penonton terus bertambah.", "Sholeh Marjuki"),
])
def test_a_group_named_after_an_office_is_no_holder(sentence, holder):
    text = "Program ludruk berjalan sejak Juni di Jombang. " + sentence
    asked = {c.question: c.answer for c in every_card(text, "id", title="Ludruk kembali pentas") if c.family == "role"}
    assert not any("Ludruk Sinar Pelangi" == a or a.startswith("Sinar") for a in asked.values()), asked
    if holder:
        assert holder in asked.values(), asked


def test_a_score_before_its_sets_in_brackets_is_no_gap():
    # round 137: "... dengan skor {{3-2}} (21-25, 19-25, 25-22, 25-20, 15-12)": the sets give it away
    text = ("Bandung Srikandi juara Proliga. Tim bola voli putri Bandung Srikandi menjuarai Proliga 2025 setelah "
            "menundukkan Jakarta Garuda Sakti dengan skor 3-2 (21-25, 19-25, 25-22, 25-20, 15-12) pada laga final.")
    assert "3-2" not in {c.answer for c in every_card(text, "id", title="Bandung Srikandi juara")}
    # ... but a half-time score in brackets does not give the full-time one
    text = ("Persipura juara. Setelah bermain imbang 2-2 (1-1) dalam waktu 2 x 45 menit, gol penentu kemenangan "
            "Persipura diciptakan gelandang Ian Kabes pada menit ke-101.")
    assert "2-2" in {c.answer for c in every_card(text, "id", title="Persipura juara")}


def test_an_air_force_rank_and_its_corps_go_before_the_name():
    # found as a user on a corpus article: the key facts listed "Letkol Pnb Putut Satriya Yoni" among the names
    # and "Pnb Riki Sihaloho" as a person (Pnb, the pilots' corps, is roles.title_modifiers; Letkol a title)
    text = ("Pesawat Airbus A400M tiba di Jakarta pada Senin. Mereka mengalungkan bunga kepada empat pilot, yakni "
            "Letkol Pnb Putut Satriya Yoni, Mayor Pnb Riki Sihaloho, Mayor Pnb Fathir Muhammad Hadid, dan Kapten "
            "Pnb Indra Kusuma Nugrah.")
    people = {k.label: k.detail for k in briefing.extract(text, title="Airbus A400M tiba", lang="id").facts
              if k.kind == "person"}
    assert people.get("Putut Satriya Yoni") == "Letkol Pnb" and people.get("Riki Sihaloho") == "Mayor Pnb", people


def test_a_figure_closing_a_phrase_of_the_predicate_is_no_measure_of_the_subject():
    # round 138: "Berapa harga bawang merah relatif stabil di kisaran per kilogram?"
    text = ("Harga cabai rawit tembus Rp 120.000. Kenaikan serupa terjadi pada cabai merah keriting. Adapun harga "
            "bawang merah relatif stabil di kisaran Rp 38.000 per kilogram.")
    asked = [q for q, a in qa_minor(text, "id").items() if a == "Rp 38.000"]
    assert not any("kisaran per" in q for q in asked), asked
    # ... but a place after the subject's noun is the subject's: "Rata-rata ekspor ... dari Ekuador sekitar ..."
    text = ("Ekuador adalah penghasil minyak kelima di Amerika Latin. Rata-rata ekspor per hari minyak dari Ekuador "
            "sekitar 144.000 barrel.")
    assert "Berapa rata-rata ekspor per hari minyak dari Ekuador?" in qa_minor(text, "id"), qa_minor(text, "id")


def test_one_of_many_at_a_body_and_the_chair_of_an_unnamed_committee_are_minor():
    # round 138: "Siapa Peneliti Pusat Riset Tanaman Pangan BRIN?" (a body has many researchers) and "Who chairs
    # the committee?" (which one?), both rejected by both teachers
    text = ("Sorgum tahan kering diuji di NTT. Peneliti Pusat Riset Tanaman Pangan BRIN, Agus Priyanto, mengatakan "
            "ketiga galur itu merupakan hasil pemuliaan mutasi.")
    asked = facts_on(text, "id", "BRIN uji sorgum", "Agus Priyanto", "role")
    assert asked and all(f.minor for f in asked), asked
    text = ('Bristol approves office conversions. "We have offices sitting dark in the middle of the city," said '
            "Councillor Helen Marsh, who chairs the committee. The plan was backed by Jane Doe, who chairs the "
            "West of England Combined Authority.")
    asked = {dict(f.slots)["predicate"]: f.minor for f in facts_of(text, "en", title="Bristol offices")
             if f.family == "actor"}
    assert asked.get("chairs the committee") is True, asked
    assert asked.get("chairs the West of England Combined Authority") is False, asked  # (a body it names)


def test_a_comparison_is_no_definition():
    # round 139: "What are real-world nets? a harder problem"
    text = ("Enzyme breaks down nylon nets. The enzyme worked on clean nylon in the laboratory. Real-world nets are a "
            "harder problem, the researchers said. Stem cells are master cells that can become other cells.")
    asked = {q: a for q, a in qa_minor(text, "en").items() if q.startswith("What are")}
    assert "What are real-world nets?" not in asked, asked
    assert asked.get("What are stem cells?", "").startswith("master cells"), asked


def test_a_market_after_an_office_is_no_holder_and_a_range_takes_its_sum_as_it_is():
    # round 139: "Siapa Ketua Paguyuban Pedagang? Pasar Peterongan" (both teachers: a market; the chair is
    # Suyatmi), and "bertahan di kisaran sebesar berapa per kilogram?" (both: awkward)
    text = ("Retribusi pasar di Semarang naik. Pasar Peterongan ramai pada Senin. Sementara itu, Ketua Paguyuban "
            "Pedagang Pasar Peterongan, Suyatmi (54), menyebut banyak pedagang terbebani kenaikan harga.")
    answers = {c.answer for c in every_card(text, "id", title="Retribusi pasar naik")}
    assert "Pasar Peterongan" not in answers, answers
    text = ("Harga garam rakyat anjlok. Harga garam kualitas satu masih bertahan di kisaran Rp 1.100 per kilogram, "
            "kata petambak.")
    asked = [q for q, a in qa_minor(text, "id").items() if a == "Rp 1.100"]
    assert asked and not any("sebesar" in q for q in asked), asked


def test_a_goals_deadline_gets_no_when_question_but_a_gap():
    # round 140: "When have the region's ministers pledged to decarbonise public transport
    # fleets? by 2040" asks when the pledge was made; the deadline is the goal's
    text = ("England Netball has set a target of doubling match-day crowds by 2027 as the sport grows. "
            "The region's ministers have pledged to decarbonise public transport fleets by 2040.")
    cards = cards_of(text, "en")
    assert not [c.question for c in cards if c.family == "when"], [c.question for c in cards]
    assert {"2027", "2040"} <= {c.answer for c in cards if c.type == "cloze"}, [c.question for c in cards]
    # (guard) a deadline of no goal is still asked
    assert _qa_or_none("The bridge will reopen by March 2026 after repairs.", "en").get(
        "When will the bridge reopen?") == "by March 2026"


def test_a_span_inside_the_subject_is_not_how_long_its_verb_lasts():
    # round 140: "How long will the premium on properties left empty rise to 150 percent?"
    text = ("The premium on properties left empty for more than two years will rise to 150 percent. "
            "The minister could be suspended for up to two years.")
    found = _qa_or_none(text, "en")
    assert not [q for q in found if q.startswith("How long will the premium")], found
    assert found.get("How long could the minister be suspended?") == "up to two years", found  # (guard)


@pytest.mark.parametrize("text,lang,answer", [
    # round 140: "... hingga kadar berapa bagian per juta? 0,5 bagian" was cut
    ("Menurut dia, Cekform mampu mendeteksi formalin hingga kadar 0,5 bagian per juta (ppm) dalam sampel tahu.",
     "id", "0,5 bagian per juta"),
])
def test_a_unit_of_parts_per_million_is_one_unit(text, lang, answer):
    assert answer in {c.answer for c in cards_of(text, lang) if c.type != "cloze"}, _qa_or_none(text, lang)


@pytest.mark.parametrize("text,lang,restated", [
    # round 140: both teachers rejected "{{22 persen}}" and "{{6}}" beside "6 dari 27 ...": each gives away the other
    ("Pelita Jaya hanya mampu memasukkan 6 dari 27 percobaan tembakan tiga angka atau 22 persen pada laga itu.",
     "id", {"6", "22 persen"}),
    ("The striker scored 12 of 30 shots on target, or 40 percent, in the league last season.", "en", {"12", "40"}),
])
def test_a_share_said_again_beside_its_part_of_a_whole_is_a_minor_gap(text, lang, restated):
    gaps = {c.answer for c in every_card(text, lang) if c.type == "cloze"}
    assert restated & gaps, gaps  # a deck asked to be big has them, as minor gaps
    assert not restated & gaps_of(text, lang), gaps_of(text, lang)


@pytest.mark.parametrize("text,lang,figure", [
    # round 140: both teachers rejected the crowd, the supporters on buses and a show's audience
    ("Tampil di hadapan sekitar 4.200 penonton yang memadati arena, Prawira sempat tertinggal 38-43.", "id", "4.200"),
    ("Manajemen Prawira akan memfasilitasi keberangkatan sekitar 300 suporter dengan bus ke Jakarta.", "id", "300"),
    ("Festival ditutup dengan pentas kolaborasi para finalis yang ditonton sekitar 600 orang di pendapa.", "id", "600"),
    ("The final at Wembley was played in front of a crowd of 84,000 on Saturday.", "en", "84,000"),
])
def test_a_count_of_people_watching_is_a_minor_card(text, lang, figure):
    every = every_card(text, lang)
    assert [c for c in every if figure in c.answer], [(c.question, c.answer) for c in every]
    assert not [c for c in cards_of(text, lang) if figure in c.answer], \
        [(c.question, c.answer) for c in cards_of(text, lang)]


def test_round_141_a_sentence_in_two_units_of_time_and_a_subject_with_a_plural_noun_ask_no_garbled_question():
    text = ("A man who sold more than 2,300 fake tickets for concerts, comedy shows and Premier League matches "
            "through social media has been jailed for four years and eight months.")
    found = _qa_or_none(text, "en")
    # both teachers rejected "How long does comedy shows and Premier League match through social media has
    # been jailed and eight months? four years"
    assert not [q for q in found if q.startswith("How long")], found
    assert not [q for q in found if " has been " in q and q.startswith(("How", "When", "Who", "What"))
                and " does " in q], found


def test_round_141_a_counted_noun_runs_over_three_modifiers_to_its_plural():
    found = _qa_or_none("The court heard that Hollis ran more than 40 fake social media profiles, often posing "
                        "as a fan who could no longer attend an event.", "en")
    # both teachers rejected "How many fake did Hollis run social media profiles?"
    assert found.get("How many fake social media profiles did Hollis run?") == "more than 40", found


def test_round_141_a_rate_said_again_over_another_span_is_given_away():
    text = ("Dalam persidangan terungkap, KSP MSA menawarkan produk simpanan berjangka dengan imbal hasil "
            "1,5 persen per bulan atau sekitar 18 persen per tahun, jauh di atas bunga deposito perbankan.")
    found = _qa_or_none(text, "id")
    # both teachers rejected "... imbal hasil 1,5 persen per bulan atau berapa persen per tahun?"
    assert not [q for q in found if "atau berapa" in q], found
    assert [q for q in found if q.endswith("berapa persen per bulan?")], found  # the first, alone, is asked
    # (guard) a rise in a count and in percent needs the count before to convert: asked
    moved = _qa_or_none("Jumlah penumpang kereta di Stasiun Tugu naik 1.200 orang atau 15 persen pada Oktober 2025.", "id")
    assert [q for q in moved if "atau berapa persen" in q], moved


def test_round_141_someone_given_with_an_age_who_testifies_tells_their_own_case():
    text = ("Ratusan anggota kemudian melapor ke Polda Jawa Tengah. Sumarni (63), pensiunan guru asal Ungaran, "
            "mengaku menyimpan Rp 240 juta di koperasi tersebut. Muhammad Arsyad (52), petani di Desa Tapango, "
            "mengaku kini rutin memangkas dan memupuk 1,5 hektare kebunnya.")
    # both teachers rejected "{{Rp 240 juta}}" (round 141), "{{1,5 hektare}}" and "{{Desa Tapango}}" (round 140)
    gaps = gaps_of(text, "id")
    assert not {"Rp 240 juta", "1,5 hektare", "Desa Tapango"} & gaps, gaps
    every = {c.answer for c in every_card(text, "id")}
    assert {"Rp 240 juta", "1,5 hektare"} <= every, every  # a deck asked to be big has them


def test_round_142_nearly_before_a_fraction_is_an_approximate_figure_not_a_near_miss():
    text = ("Maple syrup reserve\n\nQuebec's maple syrup producers will release 45 million pounds (about 20,400 tonnes) "
            "of syrup from their strategic reserve this year after an unusually short spring season cut production by "
            "nearly a third, the industry's marketing body said on Tuesday. Exports fell in the spring.")
    # the lead lost every gap: "nearly" read as a chance that came to nothing
    assert "45 million" in gaps_of(text, "en"), gaps_of(text, "en")


def test_round_142_a_clause_set_off_after_a_name_runs_past_a_thousands_comma():
    text = ('Maple\n\n"We stopped collecting on April 9," said Isabelle Roy, who runs a 22,000-tap sugar bush near '
            'Saint-Georges. Prices rose in the city.')
    found = _qa_or_none(text, "en")
    assert "Who runs a 22?" not in found, found  # both teachers rejected it
    assert found.get("Who runs a 22,000-tap sugar bush near Saint-Georges?") == "Isabelle Roy", found


def test_round_142_two_passives_in_a_row_close_the_relative_clause():
    text = ("Izin tambang\n\nIzin yang digugat diterbitkan Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu "
            "(DPMPTSP) Provinsi Kalimantan Timur pada Februari 2024 untuk areal seluas 48 hektare. Warga menggugat "
            "izin itu ke PTUN Samarinda.")
    found = _qa_or_none(text, "id")
    # both teachers rejected "Kapan izin digugat diterbitkan DPMPTSP Provinsi Kalimantan Timur?"
    assert not [q for q in found if q.startswith("Kapan izin digugat")], found
    assert [q for q in found if q.startswith("Kapan izin yang digugat diterbitkan")], found


def test_round_142_a_place_in_a_relative_clause_after_a_copula_is_not_where_the_subject_is():
    text = ("Tradisi Tabuik\n\nTabuik merupakan tradisi peringatan 10 Muharram yang diperkirakan sudah berlangsung "
            "di Pariaman sejak abad ke-19. Ribuan warga menyaksikan prosesi itu setiap tahun.")
    found = _qa_or_none(text, "id")
    assert not [q for q in found if q.startswith("Di mana tabuik merupakan")], found  # both teachers rejected it


def test_round_142_a_span_in_a_condition_still_to_be_met_gets_no_how_long():
    text = ("Norovirus wards\n\nNHS Grampian said it would review the closures daily and reopen wards once there had "
            "been no new cases for 72 hours. The board closed six wards at Aberdeen Royal Infirmary.")
    found = _qa_or_none(text, "en")
    assert not [q for q in found if q.startswith("How long")], found  # "How long had there been no new cases?"


def test_round_143_a_subordinate_clause_cut_before_its_verb_leaves_the_who_question():
    text = ("Wolves knock out Everton\n\nTeenage substitute Adaeze Okoro scored twice in the final 20 minutes as "
            "Wolverhampton Wanderers Women, who play two divisions below the Women's Super League, knocked Everton "
            "out of the Women's FA Cup fifth round with a 2-1 win on Sunday. The crowd cheered.")
    found = _qa_or_none(text, "en")
    # both teachers rejected "Who scored twice in the final 20 minutes as Wolverhampton Wanderers Women?"
    assert not [q for q in found if q.endswith("as Wolverhampton Wanderers Women?")], found
    assert found.get("Who scored twice in the final 20 minutes?") == "Adaeze Okoro", found
    # (guard) "as" of a preposition before a comma that no relative clause follows stays in the question
    moffat = _qa_or_none("Doctor Who\n\nSteven Moffat described the companion as the main character of the show, as the "
                         "story begins anew with each companion. The show returned in 2005.", "en")
    assert moffat.get("Who described the companion as the main character of the show?") == "Steven Moffat", moffat


def test_round_144_the_storys_own_subject_given_with_an_age_is_no_vox_pop():
    text = ("Former hospice charity treasurer jailed for stealing £212,000\n\n"
            "A judge jailed a former charity treasurer for three years and four months at Exeter Crown Court on Friday. "
            "Carol Pengelly, 61, of Newton Abbot, Devon, admitted fraud by abuse of position after taking £212,450 "
            "from the Friends of Teign Valley Hospice over a period of almost seven years. The court heard that "
            "Pengelly became the volunteer treasurer of the fundraising group in 2016. Pengelly made 418 transfers "
            "from the charity's account to her own.")
    # a person named in three sentences or more is the story's subject: her figures are the news (round 144:
    # the treasurer's deck lost every figure of her, as a resident asked in passing would)
    assert "£212,450" in gaps_of(text, "en"), gaps_of(text, "en")
    # (guard) a resident given with an age, named once, still tells only their own case
    vox = ("Pemadaman listrik\n\nPemadaman listrik melanda Kota Padang selama dua hari. Warga mengeluhkan kerugian. "
           "Syamsul (47), pedagang di Pasar Raya, mengaku rugi Rp 3 juta selama pemadaman. PLN berjanji memperbaiki "
           "gardu yang rusak.")
    assert "Rp 3 juta" not in gaps_of(vox, "id"), gaps_of(vox, "id")


@pytest.mark.parametrize("text,lang,gap", [
    # round 144: both teachers rejected "empat hingga {{enam kali}}" and "three or {{four}}": half a range
    ("Satelit itu akan melintas di atas wilayah Indonesia empat hingga enam kali sehari setelah diluncurkan.", "id",
     "empat hingga enam kali"),
    ("Hanging bowls, thin bronze vessels with three or four rings for suspension, were prized by Anglo-Saxon elites.",
     "en", "three or four"),
])
def test_round_144_a_gap_on_a_range_of_counts_holds_the_whole_range(text, lang, gap):
    gaps = {c.answer for c in every_card(text, lang) if c.type == "cloze"}
    assert gap in gaps and not {"enam kali", "four"} & gaps, gaps


def test_round_144_a_when_question_on_a_bare_partitive_subject_is_not_asked():
    text = ("Anglo-Saxon grave with rare bronze bowl found on Norfolk housing site\n\n"
            "Archaeologists excavating land near Swaffham in Norfolk have uncovered a 7th-century grave containing a "
            "rare bronze hanging bowl. Hanging bowls, thin bronze vessels with three or four rings for suspension, "
            "are thought to have been made by British craftsmen and prized by Anglo-Saxon elites. Fewer than 200 "
            "are known from England, and most were found in the 19th century, when recording methods were poor. "
            "The Swaffham bowl measures about 28 cm across.")
    found = qa_minor(text, "en")
    assert not [q for q in found if q.startswith("When were most")], found  # both teachers rejected it: most what?


def test_round_144_a_date_made_an_adjective_is_no_time_of_the_verb():
    text = ("Grave\n\nArchaeologists excavating land near Swaffham in Norfolk have uncovered a 7th-century grave "
            "containing a rare bronze hanging bowl. The bowl was lifted in March 2024.")
    found = qa_minor(text, "en")
    assert "7th-century" not in found.values(), found  # the grave's age, not when it was uncovered
    assert found.get("When was the bowl lifted?") == "March 2024", found  # (guard)


def test_round_145_a_holder_named_after_the_comma_keeps_the_bodys_whole_name():
    text = ("Bos biro umrah divonis\n\nMajelis hakim Pengadilan Negeri (PN) Medan menjatuhkan vonis tujuh tahun penjara "
            "kepada Direktur PT Cahaya Safa Mandiri, Rizal Harahap (48), dalam perkara penipuan dana calon jemaah "
            "umrah. PT Cahaya Safa Mandiri menawarkan paket umrah seharga Rp 28 juta per orang.")
    found = qa_minor(text, "id")
    # both teachers rejected "Siapa Direktur PT Cahaya? Safa Mandiri": the company's name split for a person
    assert "Safa Mandiri" not in found.values() and "Siapa Direktur PT Cahaya?" not in found, found
    # (guard) an official in a list is still split from the body before: "Gubernur Bank Indonesia | Burhanuddin
    # Abdullah, Menko Perekonomian Aburizal Bakrie, dan ..."
    listed = qa_minor("Sidang itu dihadiri Wakil Presiden Jusuf Kalla, Gubernur Bank Indonesia Burhanuddin Abdullah, "
                      "Menko Perekonomian Aburizal Bakrie, dan Sekretaris Jenderal Departemen Keuangan JB Kristiadi.", "id")
    assert listed.get("Siapa Gubernur Bank Indonesia?") == "Burhanuddin Abdullah", listed


def test_a_span_of_days_in_one_month_is_one_date():
    text = ("Kejuaraan dunia atletik\n\nKejuaraan Dunia Atletik berlangsung di Helsinki, Finlandia, 6-14 Agustus 2005. "
            "Kenenisa Bekele dari Etiopia meraih medali emas nomor 10.000 meter di kejuaraan itu.")
    cards = every_card(text, "id")
    # the whole span is the answer, never its last day alone ("6-{{14 Agustus 2005}}")
    assert "6-14 Agustus 2005" in {c.answer for c in cards}, [c.answer for c in cards]
    assert not any(c.answer == "14 Agustus 2005" for c in cards), [c.answer for c in cards]
    en = every_card("Festival\n\nThe Bath Festival of Music ran on June 6–14, 2024 across twelve venues in the city. "
                    "Organisers said tickets sold out within a week.", "en", title="Festival")
    assert "June 6–14, 2024" in {c.answer for c in en}, [c.answer for c in en]


def test_a_range_of_figures_is_one_figure_but_not_a_score_or_a_model():
    text = ("Listrik tenaga surya\n\nYang agak mahal adalah investasi awal satu unit PLTS yang mencapai Rp 4-5 juta. "
            "Pemerintah Kabupaten Sleman menaikkan tarif listrik desa sebesar 15-16 persen pada Januari 2005. "
            "Pesawat Fokker 28-1000 milik TANS jatuh di Peru pada 2003 dan menewaskan 46 orang. "
            "Tim desa menelan kekalahan 0-3 dari tim kecamatan pada final 2004.")
    answers = {c.answer for c in every_card(text, "id")}
    assert "Rp 4-5 juta" in answers and "15-16 persen" in answers, answers
    assert not any(a.startswith(("5 juta", "16 persen")) for a in answers), answers  # never half a range
    # a model's number and a score are no range: "28-1000" and "0-3" are never a figure to ask
    assert not any("28-1000" in a or "0-3" in a or a in {"1000", "3"} for a in answers), answers


def test_a_date_without_its_year_is_a_minor_gap():
    text = ("Tarif tol naik\n\nPT Jasa Marga menaikkan tarif tol dalam kota sebesar 15 persen, dari sebelumnya "
            "Rp 5.500 menjadi Rp 6.500, per 1 Oktober. Kenaikan itu disetujui Menteri Pekerjaan Umum pada Agustus 2005.")
    minor = [c for c in every_card(text, "id") if "minor" in c.tags]
    # a day without its year is a weak gap: it comes only into a deck asked to be big, never the default one
    assert any(c.type == "cloze" and c.answer == "1 Oktober" for c in minor), [c.answer for c in minor]
    default = briefing.extract(text, lang="id").cards
    assert "1 Oktober" not in {c.answer for c in default}, [c.answer for c in default]


def test_no_when_question_on_a_relative_clause_inside_a_phrase():
    text = ("Warisan budaya\n\nAkan tetapi, setelah melalui penilaian para juri yang bersidang pada 20 November 2005 "
            "dengan ketua Putri Basma binti Talal dari Jordania, hanya 43 yang diakui sebagai warisan budaya. "
            "Patung Venus yang ditemukan pada 1820 kini dipamerkan di Louvre.")
    found = qa_minor(text, "id")
    # found checking the day ranges: "Kapan melalui penilaian para juri bersidang?"
    assert not any(q.startswith("Kapan melalui") for q in found), found
    assert found.get("Kapan Patung Venus ditemukan?") == "1820", found  # (guard)


def test_a_who_question_after_a_fronted_phrase_or_a_description_set_off():
    text = ("Porprov Sumatera Selatan\n\nSementara itu, atlet putra asal Musi Banyuasin, Felix C Sutanto, meraih emas "
            "untuk renang nomor 200 meter gaya punggung. Pada Januari 2015, Budi Santoso mendirikan perusahaan "
            "rintisan di Bandung. Judul itu, Terang Bulan, menerapkan Ejaan Suwandi mulai tahun 1947.")
    found = qa_minor(text, "id")
    assert found.get("Siapa yang meraih emas untuk renang nomor 200 meter gaya punggung?") == "Felix C Sutanto", found
    assert found.get("Siapa yang mendirikan perusahaan rintisan di Bandung?") == "Budi Santoso", found
    assert "Terang Bulan" not in found.values(), found  # a film's title set off after "Judul itu": no "who"
    en = qa_minor("Settlers\n\nIn 1564, René Goulaine de Laudonnière established the first European settlement, "
                  "Fort Caroline, on the St. Johns river. In the early 1970s, Trevor Martin played the role in "
                  "Doctor Who and the Daleks in the Seven Keys to Doomsday.", "en")
    assert en.get("Who established the first European settlement?") == "René Goulaine de Laudonnière", en
    assert "Trevor Martin" not in en.values(), en  # "Who played the role in Doctor?": a name cut in two


def test_an_office_with_its_short_form_in_brackets_then_the_holder_set_off_by_commas():
    text = ("Merapi keluarkan awan panas\n\nKepala Balai Penyelidikan dan Pengembangan Teknologi Kebencanaan Geologi "
            "(BPPTKG), Agus Budi Santoso, menyebutkan, teramati empat kali awan panas guguran pada Minggu (2/11/2025). "
            "BPPTKG masih menetapkan status aktivitas Gunung Merapi pada tingkat Siaga.")
    found = qa_minor(text, "id")
    # found as a user: no card asked who heads the BPPTKG; the office is asked by its short form, whose
    # spelt-out name is the answer of its own card
    assert found.get("Siapa Kepala BPPTKG?") == "Agus Budi Santoso", found
    assert found.get("Apa kepanjangan dari BPPTKG?") == \
        "Balai Penyelidikan dan Pengembangan Teknologi Kebencanaan Geologi", found


def test_a_day_stands_once_on_the_timeline_but_its_times_of_day_each():
    text = ("Merapi keluarkan awan panas\n\nGunung Merapi pada Minggu (2/11/2025) kembali mengeluarkan enam kali awan "
            "panas guguran. Dengan demikian, sepanjang Minggu (2/11/2025), total terjadi enam kali awan panas guguran. "
            "BPPTKG memastikan bahwa jarak luncur awan panas pada 2 November 2025 masih berada di daerah bahaya. "
            "Status Merapi dinaikkan menjadi Siaga pada 5 November 2020. Warga mengungsi pada Minggu (2/11) malam.")
    days = [(f.label, f.sort) for f in briefing.extract(text, lang="id").facts if f.kind == "date"]
    # found as a user: one day stood five times on a volcano report's timeline
    assert [d for d in days if d[1] == "2025-11-02" and "malam" not in d[0]] == [("Minggu (2/11/2025)", "2025-11-02")], days
    assert ("Minggu (2/11) malam", "2025-11-02") in days and ("5 November 2020", "2020-11-05") in days, days


def test_round_146_a_passive_with_an_irregular_participle_is_no_definition():
    text = ("Heart failure patients monitored from home\n\nA scheme that lets heart failure patients be monitored "
            "from their own homes has cut emergency readmissions by a third. Humber Valley NHS Foundation Trust (HVFT) "
            "launched its so-called virtual ward in March 2024. Patients are given a blood pressure cuff, a pulse "
            "oximeter and a set of bathroom scales that send readings to nurses each morning. The trust said 412 "
            "patients had been treated on the ward. Fergus Lane is a cardiologist who leads the ward at Castle Hill "
            "Hospital.")
    found = qa_minor(text, "en")
    # both teachers rejected "What are patients? given a blood pressure cuff" as garbled
    assert not any(q.startswith("What are patients") for q in found), found
    assert found.get("What does HVFT stand for?") == "Humber Valley NHS Foundation Trust", found  # (guard)


def test_round_146_no_gap_on_the_person_a_place_is_named_after():
    text = ("Kejurnas pencak silat\n\nKontingen Jawa Barat keluar sebagai juara umum kejuaraan itu di GOR Haji Agus "
            "Salim, Kota Padang, Minggu (23/11/2025). Koridor baru menghubungkan Terminal Mangkang dengan Bandara "
            "Internasional Jenderal Ahmad Yani sejak Januari 2025. Ahli sosiologi dari Universitas Indonesia Dr Eri "
            "Seda mengemukakan bahwa 40 persen pelajar berlatih silat.")
    answers = {c.answer for c in every_card(text, "id") if c.type == "cloze"}
    # teachers rejected "GOR Haji {{Agus Salim}}" and "Bandara Internasional Jenderal {{Ahmad Yani}}"
    assert "Agus Salim" not in answers and "Ahmad Yani" not in answers, answers
    assert "Eri Seda" in answers, answers  # (guard) a university's expert is no namesake


@pytest.mark.parametrize("text,lang,gap", [
    ("Hartwell Glass said on Tuesday it would cut 410 jobs in Ohio. The Monterrey plant will add a production line "
     "by the second quarter of 2026.", "en", "the second quarter of 2026"),
    ("Badan Pusat Statistik mencatat ekonomi Indonesia tumbuh 5,04 persen pada kuartal III 2025.", "id",
     "kuartal III 2025"),
    ("Penjualan semen turun 3 persen pada semester pertama 2025, kata Ketua Asosiasi Semen Indonesia Budi Santoso.",
     "id", "semester pertama 2025"),
])
def test_round_146_a_quarter_or_half_of_a_year_is_one_date(text, lang, gap):
    # both teachers of round 146 rejected "by the second quarter of {{2026}}": the year alone is no time
    dates = [f.answer for f in facts_of(text, lang) if f.answer_kind == "date"]
    assert gap in dates, dates
    assert gap.split()[-1] not in dates, dates


@pytest.mark.parametrize("text,lang,old,new,year", [
    # a share written with a word is a figure as "18%" is: the year is the period it was counted over
    ("Pasien TBC RO mendapat perhatian khusus. Lestari menyebut, pada 2024 angka putus obat pada pasien TBC RO di "
     "Surabaya masih 18 persen.", "id", "masih 18 persen", "masih tinggi", "2024"),
    # someone asked in passing, given with an age: when it befell them is their own case
    ("A scheme lets heart failure patients be monitored from home. Brian Tennant, 68, a retired lorry driver from "
     "Bridlington, said he had been admitted to hospital four times in 2023 before joining the scheme.", "en",
     "Brian Tennant, 68, a retired lorry driver from Bridlington, said he", "Brian Tennant", "2023"),
])
def test_round_146_a_year_beside_the_news_is_a_minor_gap(text, lang, old, new, year):
    assert_minor_until_replaced(text, old, new, lang, "Berita", year, family="cloze")


def test_round_146_a_share_the_two_levels_compute_is_no_card():
    en = ("Detentions fell at the trust's schools. In figures shared with parents on Thursday, the trust said the "
          "number of detentions fell from 21,300 in 2023-24 to 12,600 in 2024-25, a drop of 41%.")
    # three of four judgements of round 146 rejected "a drop of {{41%}}": the sentence computes it
    assert "41%" not in {c.answer for c in every_card(en, "en")}
    id_ = ("Jumlah pengunjung Museum Sonobudoyo naik dari 1.200 orang pada 2023 menjadi 1.800 orang pada 2024 atau "
           "naik 50 persen.")
    found = {c.answer for c in every_card(id_, "id")}
    assert not any("50" in a for a in found), found
    # ... but the question on the level reached shows no share, and keeps its card (guard)
    assert qa(id_, "id").get("Jumlah pengunjung Museum Sonobudoyo naik dari 1.200 orang pada 2023 menjadi berapa "
                             "orang pada 2024?") == "1.800 orang", qa(id_, "id")
    # (guard) a share of another thing, in a clause of its own, is the news: "setelah" opens another change
    other = ("Kapal ikan mulai berhenti melaut karena biaya operasional penangkapan ikan naik sekitar 390 persen, "
             "setelah harga solar meningkat dari Rp 2.200 menjadi Rp 6.000 per liter.")
    assert "sekitar 390 persen" in {c.answer for c in every_card(other, "id")}


def test_a_year_between_a_change_and_its_level_opens_no_range():
    text = ("The city's most populous ethnic group, non-Hispanic white, declined from 75.8% in 1970 to 55.1% by "
            "2010.")
    gaps = {c.answer for c in every_card(text, "en") if c.type == "cloze"}
    # found in the dump: "in {{1970 to 55.1%}}" took the year for the first end of a range
    assert "55.1%" in gaps and not any("1970 to" in g for g in gaps), gaps
    fact = next(f for f in facts_of(text, "en") if f.answer == "75.8%")
    assert fact.minor  # where the change started (``_old_level``), across the year between


@pytest.mark.parametrize("text,lang,clause", [
    ("Gunung Merapi kembali mengeluarkan awan panas. BPPTKG memastikan bahwa jarak luncur awan panas guguran pada "
     "2 November 2025 masih berada di dalam daerah potensi bahaya.", "id", "masih berada"),
    ("Gunung Merapi kembali mengeluarkan awan panas. Agus menegaskan bahwa aktivitas Merapi pada 2 November 2025 "
     "bersifat fluktuatif.", "id", "bersifat fluktuatif"),
])
def test_a_when_question_on_a_state_is_a_minor_card(text, lang, clause):
    # found as a user on the Merapi article: "Kapan jarak luncur ... masih berada di dalam daerah potensi bahaya?"
    whens = [f for f in facts_of(text, lang) if f.family == "when"]
    assert whens and all(f.minor for f in whens), whens
    assert not [c for c in cards_of(text, lang) if c.type != "cloze" and clause in c.question]


@pytest.mark.parametrize("text", [
    # the holder before the office, with an age: the words after the title all name the body
    "Majelis hakim menjatuhkan vonis tujuh tahun penjara kepada Haris Mappanyukki (46), Direktur PT Amanah Cahaya "
    "Baitullah, dalam perkara penipuan terhadap 312 calon jemaah umrah.",
    # ... and a body the article writes alone elsewhere is whole after the title too
    "Majelis hakim menjatuhkan vonis tujuh tahun penjara kepada Haris, Direktur PT Amanah Cahaya Baitullah, dalam "
    "perkara penipuan terhadap 312 calon jemaah umrah. Hakim menyebut PT Amanah Cahaya Baitullah tidak pernah "
    "terdaftar sebagai penyelenggara umrah resmi.",
])
def test_round_147_a_company_of_several_words_after_a_title_is_not_cut_into_a_holder(text):
    found = {(c.question, c.answer) for c in every_card(text, "id")}
    # found in round 147: "Siapa Direktur PT Amanah? Cahaya Baitullah"
    assert not any(a == "Cahaya Baitullah" or q.endswith("PT Amanah?") for q, a in found), found


@pytest.mark.parametrize("text,lang,name", [
    ("A former care home manager who stole more than £186,000 from elderly residents has been jailed. Joanne "
     "Pritchard, 49, of Leyland, used residents' bank cards to pay for holidays, Preston Crown Court heard. "
     "Prosecutor Daniel Okafor said Pritchard had been the registered manager of Beechcroft House, a 38-bed home "
     "in Chorley, from 2019 until early 2024. Mr Okafor said the stolen money had been spent on holidays to "
     "Tenerife and Florida and a new kitchen at Pritchard's home.", "en", "Daniel Okafor"),
    ("Seorang direktur biro umrah divonis tujuh tahun penjara. Jaksa penuntut umum Andi Rahman menyebut terdakwa "
     "menipu 312 calon jemaah sejak 2022.", "id", "Andi Rahman"),
])
def test_round_147_the_prosecutor_s_name_is_a_minor_gap(text, lang, name):
    facts = [f for f in facts_of(text, lang) if f.family == "cloze" and f.answer == name]
    assert facts and all(f.minor for f in facts), facts


@pytest.mark.parametrize("text,lang,question,answer", [
    ("The largest city in the region is Kraków, with 760,000 people.", "en",
     "What is the largest city in the region?", "Kraków"),
    ("The first woman to win the prize was Marie Curie.", "en", "Who was the first woman to win the prize?",
     "Marie Curie"),
    ("Jacksonville is the largest city by population in the U.S. state of Florida, and the largest city by area in "
     "the contiguous United States. The port of Jacksonville opened in 1822.", "en", "What is the largest city by population in the U.S. state of Florida?",
     "Jacksonville"),
    ("Presiden pertama Indonesia adalah Soekarno.", "id", "Siapa presiden pertama Indonesia?", "Soekarno"),
    ("Kota terbesar di Jawa Tengah adalah Semarang.", "id", "Apa kota terbesar di Jawa Tengah?", "Semarang"),
])
def test_the_one_thing_a_superlative_picks_out_is_asked(text, lang, question, answer):
    assert qa(text, lang).get(question) == answer, qa(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("Smith was one of the first players to sign for the club.", "en"),  # one of several
    ("His first coach was Tom Brown.", "en"),  # whose?
    ("A key figure in the talks was Tom Brown.", "en"),  # one of several
    ("Salah satu kota tertua di Sumatera adalah Palembang.", "id"),
    ("Kota terbesar di wilayah itu adalah Semarang.", "id"),  # which region?
    ("The largest cities are Kraków and Lublin.", "en"),  # two answers
])
def test_no_identity_question_on_what_picks_out_no_one(text, lang):
    try:
        cards = every_card(text, lang)
    except NoFactsError:
        cards = ()
    assert not [c for c in cards if c.family == "identify"], cards
    # (guard) the same sentence with one thing picked out has its question
    assert [c for c in every_card("The largest city in the region is Kraków, with 760,000 people.", "en")
            if c.family == "identify"]


@pytest.mark.parametrize("text,lang,old,new,answer", [
    ("Potato yields fell by a quarter this year, growers said. Tom Easey farms 420 hectares near Chatteris. "
     "\"Some fields have come in at 30 tonnes a hectare where we would expect 50,\" he said.", "en",
     "he said.", "said farmer Tom Easey.", "30"),
    ("Harga bawang merah anjlok di Brebes pada panen raya tahun ini. \"Harga di tingkat petani sekarang hanya "
     "Rp 12.000 per kilogram,\" katanya.", "id", "katanya.", "kata Ketua ABMI Warsito.", "Rp 12.000"),
])
def test_round_147_a_gap_in_words_a_pronoun_said_is_minor(text, lang, old, new, answer):
    # both teachers of round 147 rejected '"Some fields have come in at {{30}} tonnes ...," he said.' (whose
    # words?), as both of round 146 had '"... {{50}} miles a day to visit," he said.'
    assert_minor_until_replaced(text, old, new, lang, "Berita", answer, family="cloze")


@pytest.mark.parametrize("text,lang,record,event", [
    ("Banjir besar melanda New York\n\nHujan ekstrem melanda New York City pada Kamis (30/10/2025). National Weather "
     "Service mencatat lima wilayah mencapai angka curah hujan tertinggi sejak 1917. Curah hujan di LaGuardia "
     "menembus 5,31 cm, melampaui rekor tahun 1955.", "id", ("1917", "1955"), "Kamis (30/10/2025)"),
    ("Storm floods New York\n\nHeavy rain hit New York City on 30 October 2025. Forecasters said it was the wettest "
     "October day since 1939 in Central Park, and rainfall at LaGuardia beat the previous record of 1955.", "en",
     ("1939", "1955"), "30 October 2025"),
])
def test_the_year_a_record_is_measured_against_is_no_timeline_entry(text, lang, record, event):
    # found as a user: the New York floods sheet's timeline opened on 1917 and 1955, a record's years
    dates = [f.label for f in briefing.extract(text, lang=lang).facts if f.kind == "date"]
    assert event in dates and not set(record) & set(dates), dates


def test_round_147_no_count_asked_in_a_clause_joined_to_another_count():
    text = ("Angin puting beliung melanda Klaten pada Senin (27/10/2025). Sedikitnya 214 rumah warga rusak dan "
            "sembilan orang terluka akibat tertimpa genteng serta material bangunan.")
    # both teachers of round 147 rejected "Sedikitnya 214 rumah warga rusak dan berapa orang terluka ...?"
    asked = [c.question for c in every_card(text, "id") if c.family == "quantity"]
    assert not [q for q in asked if "dan berapa" in q], asked
    # (guard) a count of its own clause is asked
    assert qa("Angin puting beliung melanda Klaten pada Senin (27/10/2025). Sembilan orang terluka akibat tertimpa "
              "genteng serta material bangunan.", "id").get(
        "Berapa orang terluka akibat tertimpa genteng serta material bangunan?") == "Sembilan orang"


def test_round_147_a_participle_after_a_sum_is_no_noun_of_it_on_the_sheet():
    text = ("Pier closed after storm\n\nEastmere Pier has been closed after a storm tore away 40m of its decking. The "
            "trust's chairman said volunteers had spent nine years and more than £900,000 bringing this pier back to "
            "life. Repairs are estimated to cost £2.3m.")
    labels = [f.label for f in briefing.extract(text, lang="en").facts if f.kind == "number"]
    # found in round 147's sheets: "£900,000 bringing" among the key figures
    assert "£900,000" in labels and not [x for x in labels if "bringing" in x], labels


def test_round_147_jaksa_penuntut_umum_is_an_office_not_a_person():
    text = ("Direktur biro umrah divonis tujuh tahun\n\nMajelis hakim Pengadilan Negeri Makassar menjatuhkan vonis "
            "tujuh tahun penjara kepada Haris Mappanyukki. Vonis tersebut lebih ringan dari tuntutan Jaksa Penuntut "
            "Umum (JPU) Kejaksaan Negeri (Kejari) Makassar yang menuntut hukuman sembilan tahun penjara.")
    extracted = briefing.extract(text, lang="id")
    people = [f.label for f in extracted.facts if f.kind == "person"]
    # found on round 147's sheet: "Penuntut Umum — Jaksa" among the people
    assert "Penuntut Umum" not in people, people
    # ... and a short form every reader of court news knows gets no card (roles.well_known_acronyms)
    assert not [c for c in extracted.cards if c.answer == "Jaksa Penuntut Umum"], extracted.cards


@pytest.mark.parametrize("text,person,role", [
    # a British councillor's title opens the name (roles.titles), not the name itself
    ("Rural bus routes axed\n\nFourteen rural bus routes will be withdrawn from January. Councillor Graham Whitlock, "
     "executive member for highways and transport, said the decision had been extremely difficult.",
     "Graham Whitlock", "executive member for highways and transport"),
    # ... and a job written before a name at a sentence's opening is a role (roles.roles)
    ("Pier closed after storm\n\nEastmere Pier was closed after a storm on Saturday. Forecaster Jamie Ormond said the "
     "damage had been made worse because the strongest gusts coincided with a high tide.", "Jamie Ormond", "Forecaster"),
])
def test_round_147_a_title_or_a_job_before_a_name_is_no_part_of_it(text, person, role):
    extracted = briefing.extract(text, lang="en", max_cards=20)
    people = {f.label: f.detail for f in extracted.facts if f.kind == "person"}
    # found in round 147: "Who is the executive member ...? Councillor Graham Whitlock", "According to
    # Forecaster Jamie Ormond, why ...?"
    assert people.get(person) == role, people
    assert not [c for c in extracted.cards if "Councillor" in c.answer or "According to Forecaster" in c.question]


def test_round_147_a_word_always_numbered_is_no_name_on_the_sheet():
    text = ("Direktur biro umrah divonis tujuh tahun\n\nMajelis hakim Pengadilan Negeri Makassar menjatuhkan vonis "
            "tujuh tahun penjara kepada Haris Mappanyukki. Ketua majelis hakim menyatakan terdakwa terbukti melakukan "
            "penipuan sebagaimana diatur dalam Pasal 378 Kitab Undang-Undang Hukum Pidana juncto Pasal 64 ayat (1). "
            "Haris menipu 312 calon jemaah umrah.")
    names = [f.label for f in briefing.extract(text, lang="id").facts if f.kind == "name"]
    # found on round 147's sheet: "Pasal" among the names
    assert not [n for n in names if n.split()[0] == "Pasal"], names


@pytest.mark.parametrize("text,old,new,lang,answer", [
    # the region after a comma behind a place frames the story ("Kabupaten Sragen, Jawa Tengah")
    ("Banjir merendam 300 rumah di Kabupaten Sragen, Jawa Tengah, pada Senin. Menurut BMKG, hujan lebat di Jawa "
     "Tengah akan berlangsung hingga akhir November 2025.",
     "Kabupaten Sragen, Jawa Tengah,", "Kabupaten Sragen", "id", "Jawa Tengah"),
    # ... and so does a region with a word of its part after it ("Jawa Tengah bagian timur")
    ("Banjir merendam 300 rumah di Kabupaten Sragen pada Senin. Menurut BMKG, hujan lebat di Jawa Tengah bagian "
     "timur akan berlangsung hingga akhir November 2025.",
     "Jawa Tengah bagian timur", "Jawa Tengah", "id", "Jawa Tengah"),
    # ... and a country with such a word before it ("eastern Spain")
    ("Orange growers in eastern Spain say the harvest has fallen by a third after a dry summer. Prices for "
     "oranges from Spain rose by 12% last month, the growers' association said.",
     "in eastern Spain", "in Valencia", "en", "Spain"),
    # ... and the region a body's name ends on ("Kantor Wilayah Kementerian Agama (Kanwil Kemenag) Sulawesi Selatan")
    ("Biro umrah menipu 312 calon jemaah di Gowa. Hal itu diperkuat keterangan saksi dari Kantor Wilayah "
     "Kementerian Agama (Kanwil Kemenag) Sulawesi Selatan. Haris mempromosikan paket umrah lewat pengajian di "
     "sejumlah kabupaten di Sulawesi Selatan sejak Maret 2024.",
     "Kementerian Agama (Kanwil Kemenag) Sulawesi Selatan", "Kementerian Agama (Kanwil Kemenag) pusat", "id",
     "Sulawesi Selatan"),
])
def test_round_148_a_place_that_frames_the_story_is_a_minor_gap(text, old, new, lang, answer):
    # rounds 146-148: both teachers rejected "{{Jawa Tengah}} bagian selatan", "eastern {{England}}" and
    # "Kanwil Kemenag {{Sulawesi Selatan}}" as guessable; a place written only as the place of an event is news
    assert_minor_until_replaced(text, old, new, lang, "Berita", answer, "cloze")


def test_round_148_a_list_of_places_is_no_frame():
    text = ("Harga cabai naik di tiga daerah. Harga cabai rawit di Brebes, Nganjuk, dan Bima naik hingga Rp 80.000 "
            "per kilogram pada pekan lalu.")
    # an item of a list ("Brebes, | Nganjuk") is not the frame of the place before it
    assert [f for f in facts_on(text, "id", "Berita", "Nganjuk", "cloze") if not f.minor] or \
        not facts_on(text, "id", "Berita", "Nganjuk", "cloze")


@pytest.mark.parametrize("text,office,person", [
    # a hospital named after someone, its director after a comma with an honorific and a degree
    ("Kasus DBD di Bantul melonjak\n\nDinas Kesehatan Bantul mencatat 486 kasus DBD. Direktur RSUD Panembahan "
     "Senopati, dr. Bambang Purnomo, Sp.PD, menyebutkan pihaknya menambah 24 tempat tidur untuk pasien DBD.",
     "Panembahan Senopati", "Bambang Purnomo"),
    # an office over a list of fields, each on the same head word, its holder after the comma
    ("Siswa SD dilarang membawa ponsel\n\nDirektur Jenderal Pendidikan Anak Usia Dini, Pendidikan Dasar, dan "
     "Pendidikan Menengah Kemendikdasmen, Prof. Hendra Kusumawardhana, mengatakan siswa SD dan SMP tidak boleh "
     "menggunakan ponsel selama jam sekolah mulai Juli 2026.", "Anak Usia Dini", "Hendra Kusumawardhana"),
])
def test_round_148_the_words_after_an_office_name_its_body_when_the_holder_follows(text, office, person):
    cards = briefing.extract(text, lang="id", max_cards=20).cards
    # round 148: "Siapa Direktur RSUD? Panembahan Senopati", "Siapa Direktur Jenderal Pendidikan? Anak Usia Dini"
    assert not [c for c in cards if c.type != "cloze" and (c.answer == office or f"jabatan {office}" in c.question)], \
        cards
    people = [f.label for f in briefing.extract(text, lang="id").facts if f.kind == "person"]
    assert person in people and office not in people, people


def test_round_148_a_list_of_officials_keeps_each_holder():
    text = ("Sidang kabinet membahas anggaran\n\nSidang itu dihadiri Wakil Presiden Jusuf Kalla, Gubernur Bank "
            "Indonesia Burhanuddin Abdullah, Menko Perekonomian Aburizal Bakrie, dan Menteri Keuangan Jusuf Anwar. "
            "Sidang membahas defisit anggaran sebesar Rp 25 triliun.")
    qa_ = qa_minor(text, "id")
    # (the first version of the rule above read this list as one office's fields and lost the governor)
    assert qa_.get("Siapa Gubernur Bank Indonesia?") == "Burhanuddin Abdullah", qa_


def test_round_148_a_reporters_credit_line_is_no_article_text():
    text = ("Tornado tears through Oklahoma town\n\nA tornado destroyed 63 homes in Calder on Sunday, the state's "
            "emergency management agency said. About 9,000 customers were without power at the peak of the outage."
            "\n\nAssociated Press writer Luis Herrera in Oklahoma City contributed to this report.")
    cards = briefing.extract(text, lang="en", max_cards=20).cards
    # round 148's deck asked "Who is the Associated Press writer? Luis Herrera"
    assert not [c for c in cards if "Herrera" in c.answer or "Herrera" in c.question], cards
    assert not [c for c in cards if "contributed to this report" in c.context], cards


def test_round_148_no_count_asked_beside_another_it_is_joined_to():
    text = ("Measles outbreak grows\n\nThe measles outbreak in the city rose to 87 confirmed cases on Monday. Eight "
            "primary schools and four nurseries have now reported at least one case, officials said.")
    questions = qa_minor(text, "en")
    # round 148: both teachers rejected "How many primary schools and four nurseries have now reported ...?"
    assert not [q for q in questions if "four nurseries" in q], questions


def test_round_148_no_question_on_the_size_a_price_is_given_per():
    text = ("Bulog jual beras murah\n\nBeras SPHP dijual kepada konsumen seharga Rp12.500 per kilogram atau Rp62.500 "
            "per kemasan 5 kilogram. Bulog menyalurkan 150.000 ton beras hingga akhir Desember 2025.")
    questions = qa_minor(text, "id")
    # round 148: both teachers rejected "... Rp62.500 per kemasan berapa kilogram? 5 kilogram" as computed
    assert "5 kilogram" not in questions.values(), questions


def test_round_148_a_body_word_opening_the_sentence_is_lower_case_after_according_to():
    text = ("Tornado tears through Oklahoma town\n\nAt least 27 people were treated at hospitals, according to the "
            "Oklahoma Department of Emergency Management (OEM). Agency spokesperson Rachel Dunn said 63 homes had "
            "been destroyed and more than 140 damaged.")
    questions = qa_minor(text, "en")
    # round 148: "According to Agency spokesperson Rachel Dunn, how many homes ...?" was rejected as unnatural
    assert not [q for q in questions if "Agency spokesperson" in q], questions
    assert [q for q in questions if q.startswith("According to agency spokesperson Rachel Dunn")], questions


def test_round_148_a_rank_of_several_words_is_not_split_from_its_name():
    text = ("Scaffolding firm boss guilty of manslaughter\n\nThe jury found David Moore guilty on Thursday. Det Insp "
            "Sarah Okafor, of the major incident team, said the verdict sent a clear message to the industry.")
    gaps = {c.answer for c in every_card(text, "en") if c.type == "cloze"}
    # round 148: "Det {{Insp Sarah Okafor}}" (both teachers rejected the cut)
    assert not [g for g in gaps if "Insp" in g], gaps


def test_round_148_a_place_run_that_goes_on_past_a_place_the_article_names_holds_a_person():
    text = ("Festival Lembah Baliem dibuka\n\nFestival Budaya Lembah Baliem dibuka di Distrik Wosilimo, Kabupaten "
            "Jayawijaya, pada Kamis. Kepala Dinas Kebudayaan dan Pariwisata (Disbudpar) Kabupaten Jayawijaya Yulius "
            "Wenda mengatakan jumlah pengunjung tahun ini meningkat sekitar 18 persen.")
    people = [f.label for f in briefing.extract(text, lang="id").facts if f.kind == "person"]
    # round 148: "Kabupaten Jayawijaya Yulius Wenda" was one place, and "{{Yulius}} berharap ..." a gap
    assert "Yulius Wenda" in people, people


def test_round_148_a_reason_ends_before_a_second_clause_of_its_subject():
    text = ("Gempa guncang Malang\n\nGempa bermagnitudo 5,9 mengguncang Kabupaten Malang pada Selasa pagi. Kepala "
            "Pelaksana BPBD Kabupaten Malang, Sadono Irawan, menyebutkan dua warga mengalami luka ringan akibat "
            "tertimpa genteng dan sudah mendapat perawatan di puskesmas.")
    answers = {c.answer for c in every_card(text, "id") if c.family == "why"}
    # round 148: "... mengapa dua warga mengalami luka ringan? tertimpa genteng dan sudah mendapat perawatan ..."
    assert answers == {"tertimpa genteng"}, answers


def test_round_148_england_in_british_news_is_a_minor_gap():
    text = ("Measles cases in England rose sharply last year to the highest annual total for more than a decade. "
            "Birmingham City Council has set up 14 pop-up clinics at mosques and community centres.")
    facts = facts_on(text, "en", "Measles outbreak in Birmingham", "England", "cloze")
    # rounds 146-148: both teachers rejected every gap on "England" (roles.home_places of the en pack)
    assert facts and all(f.minor for f in facts), facts


def test_round_148_a_short_form_with_a_referent_suffix_is_no_place():
    text = ("Kasus DBD di Bantul melonjak\n\nDinas Kesehatan Bantul mencatat 486 kasus DBD sejak Januari. Suparmi (47), "
            "warga Banguntapan, menunggui anaknya yang dirawat. Ia bercerita, dua tetangga di RT-nya juga dirawat "
            "karena DBD.")
    labels = [f.label for f in briefing.extract(text, lang="id").facts]
    # found on round 148's sheet: "RT-nya" among the places
    assert not [x for x in labels if x.endswith("-nya")], labels


def test_round_149_his_honour_judge_is_a_rank_not_an_office():
    text = ("Water company fined over sewage spill\n\nA water company has been fined £4.2m after sewage poured into a "
            "river for three days. Sentencing, His Honour Judge Martin Ellery said the company had shown a serious "
            "failure to respond to warnings.")
    cards = briefing.extract(text, lang="en", max_cards=20).cards
    # round 149's default deck: "Who is His Honour Judge? Martin Ellery"
    assert not [c for c in cards if c.type != "cloze" and ("His Honour" in c.question or "His Honour" in c.answer)], \
        cards


def test_round_149_an_office_whose_capitals_spell_its_short_form_has_no_holder():
    text = ("Metro line cleared for passengers\n\nCommuters will be able to travel on the new stretch from Monday, "
            "after the Commissioner of Metro Rail Safety (CMRS) cleared the 9.1-km elevated line for passenger "
            "services. About 45,000 people are expected to use it every day.")
    cards = briefing.extract(text, lang="en", max_cards=20).cards
    # round 149's default deck: "Who is the Commissioner of Metro? Rail Safety"
    assert not [c for c in cards if c.answer == "Rail Safety" or "Rail Safety's" in c.question], cards


def test_round_149_the_number_of_an_index_name_is_no_gap():
    text = ("Lithium miners agree merger\n\nShares of Goldfields Lithium jumped 24.5% to A$0.91, outperforming the "
            "broader S&P/ASX 200 index, which was up 0.3%. The companies expect savings of about A$85 million.")
    gaps = {c.answer for c in every_card(text, "en") if c.type == "cloze"}
    # round 149's default deck: "outperforming the broader S&P/ASX {{200}} index"
    assert "200" not in gaps, gaps


def test_round_149_a_superlative_after_an_owner_is_no_definition():
    text = ("Lobster season opens\n\nHundreds of boats left wharves across Nova Scotia on Monday as the lobster season "
            "opened. Lobster is Nova Scotia's most valuable seafood export. The province exported $1.2 billion "
            "worth of lobster in 2023.")
    questions = qa_minor(text, "en")
    # round 149: both teachers rejected "What is lobster? Nova Scotia's most valuable seafood export"
    assert "What is lobster?" not in questions, questions


def test_round_149_the_government_of_the_press_country_is_a_minor_gap():
    text = ("Kapal ikan asing ditangkap\n\nPangkalan PSDKP Batam menangkap dua kapal ikan berbendera Vietnam di Laut "
            "Natuna Utara. Menurut Rahmat Hidayat, kapal-kapal tersebut tidak memiliki dokumen perizinan dari "
            "Pemerintah Indonesia. Langkah itu didukung pemerintah daerah.")
    # (a word the article writes in lower case elsewhere is a common noun: "pemerintah daerah")
    facts = facts_on(text, "id", "Kapal ikan asing ditangkap", "Pemerintah Indonesia", "cloze")
    # round 149: both teachers rejected "... dari {{Pemerintah Indonesia}}" as guessable
    assert facts and all(f.minor for f in facts), facts


def test_round_149_no_question_cut_by_a_figure_said_again():
    text = ("Longsor di Tana Toraja\n\nLongsor menimbun empat rumah warga di Kecamatan Makale pada Senin. BPBD mencatat "
            "sedikitnya 37 kepala keluarga atau sekitar 140 jiwa terpaksa mengungsi ke gereja dan rumah kerabat.")
    questions = qa_minor(text, "id")
    # round 149: both teachers rejected "BPBD mencatat berapa kepala keluarga? sedikitnya 37" as cut
    assert not [q for q in questions if q.startswith("BPBD mencatat berapa")], questions


def test_round_149_a_time_of_day_is_no_count():
    text = ("Metro stretch to open on Monday\n\nThe first train will leave Poonamallee Bypass at 5 a.m. and services "
            "will run till 11 p.m., with a frequency of 10 minutes during peak hours. The stretch has nine stations.")
    labels = [f.label for f in briefing.extract(text, lang="en").facts if f.kind == "number"]
    # round 149's sheet listed "11 p" among the key figures
    assert not [x for x in labels if x.startswith(("11", "5 "))], labels
