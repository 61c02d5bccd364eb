"""Sentence splitting: abbreviations, decimals, stray full stops, repeated titles."""

from __future__ import annotations

import pytest

from briefing.lang import load_pack
from briefing.models import Article
from briefing.pipeline.segment import segment


def split(text: str, lang: str = "id", title: str = "Judul") -> list[str]:
    return [s.text for s in segment(Article(title=title, text=text), load_pack(lang))]


@pytest.mark.parametrize("text,n", [
    ("Kantor itu berada di Jl. Sudirman No. 5 di Jakarta. Kantor itu baru dibuka.", 2),
    ("Prof. Dr. Budi Santoso, M.Sc. memimpin tim peneliti itu. Tim itu bekerja sejak 2019.", 2),
    ("Harga naik menjadi Rp 15.000 per kilogram. Inflasi mencapai 3,5 persen pada bulan Mei.", 2),
    ("Rapat dimulai pukul 10.30 WIB di gedung DPR. Semua anggota hadir dalam rapat itu.", 2),
    ("Ia membeli buku, pena, kertas, dll. di toko itu kemarin sore. Toko itu tutup pukul lima.", 2),
])
def test_segment_abbreviations_and_numbers_do_not_split(text, n):
    assert len(split(text)) == n


@pytest.mark.parametrize("lang,text", [
    ("en", "Dr. Smith met Mr. Jones in the U.S. capital on Monday. They talked for an hour."),
])
def test_segment_english_abbreviations(lang, text):
    assert split(text, lang) == [
        "Dr. Smith met Mr. Jones in the U.S. capital on Monday.", "They talked for an hour."]


@pytest.mark.parametrize("text,expected", [
    # "Bank Dunia" stands elsewhere, so the stop inside it is dropped
    ("Pinjaman itu berasal dari bank. Dunia di Washington. Bank Dunia memberikan dana besar itu.",
     "Pinjaman itu berasal dari bank Dunia di Washington."),
])
def test_segment_mends_stray_full_stop(text, expected):
    assert split(text)[0] == expected


def test_segment_drops_repeated_title_and_headings():
    title = "Gempa mengguncang Sulawesi Tengah"
    text = ("Gempa berkekuatan 6,1 mengguncang Sulawesi Tengah pada Selasa pagi.\n\n"
            "Baca juga: Gempa lain di Jawa\n\nWarga mengungsi ke tempat yang lebih tinggi.\n\n" + title)
    out = split(text, title=title)
    assert out == ["Gempa berkekuatan 6,1 mengguncang Sulawesi Tengah pada Selasa pagi.",
                   "Warga mengungsi ke tempat yang lebih tinggi."]


@pytest.mark.parametrize("text,first", [
    ("JAKARTA, KOMPAS.com - Presiden membuka rapat kabinet di Istana pada hari Senin.",
     "Presiden membuka rapat kabinet di Istana pada hari Senin."),
    ("LONDON (Reuters) - The central bank raised interest rates on Thursday.",
     "The central bank raised interest rates on Thursday."),
    # a city, its country and the agency; an outlet named by an acronym and a word
    ("CAIRO, Egypt (AP) — The ferry sank near the port before dawn on Friday.",
     "The ferry sank near the port before dawn on Friday."),
    ("Surabaya, CNN Indonesia -- Banjir merendam ratusan rumah warga sejak Senin pagi.",
     "Banjir merendam ratusan rumah warga sejak Senin pagi."),
    ("CNN Indonesia -- Harga cabai di pasar induk naik dua kali lipat pekan ini.",
     "Harga cabai di pasar induk naik dua kali lipat pekan ini."),
    # a dateline with its day; a site and its city
    ("SANTIAGO, Sept 4 (Reuters) - Chileans on Sunday rejected a proposed new constitution.",
     "Chileans on Sunday rejected a proposed new constitution."),
    ("Liputan6.com, Jakarta - Badan Pusat Statistik mencatat surplus perdagangan sepanjang 2022.",
     "Badan Pusat Statistik mencatat surplus perdagangan sepanjang 2022."),
    ("Bisnis.com, JAKARTA - Pemerintah resmi memberlakukan tarif PPN sebesar 11 persen mulai Jumat.",
     "Pemerintah resmi memberlakukan tarif PPN sebesar 11 persen mulai Jumat."),
    ("MAE SAI, Thailand, July 10 (Reuters) - Rescue divers brought the last four boys out of the cave.",
     "Rescue divers brought the last four boys out of the cave."),
    ("Liputan6.com, Rio de Janeiro - Indonesia akhirnya meraih medali emas di Olimpiade Rio de Janeiro 2016.",
     "Indonesia akhirnya meraih medali emas di Olimpiade Rio de Janeiro 2016."),
    # round 133: a site of a ".co" address ("{{Majelis}} hakim ..." was the gap of "Tempo.co, Jakarta - Majelis ...")
    ("Tempo.co, Jakarta - Majelis hakim Pengadilan Niaga mengabulkan gugatan pembatalan merek.",
     "Majelis hakim Pengadilan Niaga mengabulkan gugatan pembatalan merek."),
    # a state's abbreviation in the dateline; a city alone and a dash opening the first paragraph
    ("REDMOND, Wash. (AP) — Microsoft is buying video game publisher Activision Blizzard for $69 billion.",
     "Microsoft is buying video game publisher Activision Blizzard for $69 billion."),
    ("Jakarta - Badan Nasional Penanggulangan Bencana mencatat sedikitnya 16 orang meninggal dunia.",
     "Badan Nasional Penanggulangan Bencana mencatat sedikitnya 16 orang meninggal dunia."),
    ("Jakarta (ANTARA News) - Organisasi Kesehatan Dunia menyatakan Indonesia bebas dari penyakit polio.",
     "Organisasi Kesehatan Dunia menyatakan Indonesia bebas dari penyakit polio."),
    # an outlet in capitals, its city and a colon
    ("TEMPO Interaktif, Jakarta: Sastrawan Pramoedya Ananta Toer meninggal dunia di rumahnya.",
     "Sastrawan Pramoedya Ananta Toer meninggal dunia di rumahnya."),
    # two cities filed from
    ("JOHANNESBURG/PRETORIA (Reuters) - South African President Jacob Zuma resigned on Wednesday.",
     "South African President Jacob Zuma resigned on Wednesday."),
    # a province's short form after the city (round 121: the dateline stood in a cloze)
    ("Labuan Bajo, NTT (ANTARA) - Pemerintah Kabupaten Manggarai Barat resmi menetapkan status KLB rabies.",
     "Pemerintah Kabupaten Manggarai Barat resmi menetapkan status KLB rabies."),
])
def test_segment_strips_datelines(text, first):
    lang = "en" if "Reuters" in text or "(AP)" in text else "id"
    assert split(text, lang)[0] == first


_CAPTIONED = {
    "en": ("The president resigned on Wednesday after a long meeting of the party.",
           "the president speaks at a news conference in Pretoria, South Africa, on Monday.",
           "The party will choose his successor in parliament on Thursday."),
    "id": ("Presiden mengundurkan diri pada Rabu setelah rapat panjang partainya.",
           "presiden berbicara dalam jumpa pers di Istana Merdeka, Jakarta, Senin.",
           "Partai akan memilih penggantinya dalam sidang parlemen pada Kamis."),
}


@pytest.mark.parametrize("lang,label,kept", [
    # a caption's label opens a line: the line is the photo's, not the article's ...
    ("en", "FILE PHOTO: ", False), ("en", "Photo: ", False), ("id", "FOTO: ", False),
    ("id", "Keterangan foto: ", False),
    # ... but the same letters opening a word of the article are no label
    ("en", "Photographers said that ", True), ("id", "Fotografer mengatakan ", True),
])
def test_segment_drops_captions_by_their_label_as_a_whole_word(lang, label, kept):
    first, caption, last = _CAPTIONED[lang]
    line = label + caption
    out = split(f"{first}\n\n{line}\n\n{last}", lang)
    assert out == ([first, line, last] if kept else [first, last])


def test_segment_offsets_point_into_the_text():
    text = "Kalimat pertama ada di sini. Kalimat kedua juga ada di sini."
    for s in segment(Article(title="t", text=text), load_pack("id")):
        assert text[s.start:s.end] == s.text


@pytest.mark.parametrize("lang,text,n", [
    # a language without a pack writes the day of the month with a full stop
    ("de", "Contrecœur verließ Fort Venango am 5. April 1754 mit 500 Mann in Richtung Süden. "
           "Als diese Truppen am 16. April am Fort ankamen, zog die kleine Kompanie ab.", 2),
    # English and Indonesian do not: a small number may end a sentence there
    ("en", "The final score in the match was 2. Fans left the stadium quietly after the match.", 2),
    ("id", "Skor akhir pertandingan itu adalah 2. Para penonton pulang dengan tenang setelah itu.", 2),
])
def test_segment_a_day_written_as_an_ordinal(lang, text, n):
    from briefing.lang import available, generic_pack

    pack = load_pack(lang) if lang in available() else generic_pack(lang)
    assert len(segment(Article(title="Judul", text=text), pack)) == n


@pytest.mark.parametrize("text,last", [
    ("Harga cabai naik tajam pekan ini. Pedagang di pasar mengeluh sepi pembeli. (mh)",
     "Pedagang di pasar mengeluh sepi pembeli."),
    ("Harga cabai naik tajam pekan ini. Pedagang di pasar mengeluh sepi pembeli. (AFP / Reuters / bsw)",
     "Pedagang di pasar mengeluh sepi pembeli."),
    # a bracket that says something stays
    ("Harga cabai naik tajam pekan ini. Pedagang mengeluh sepi pembeli (sejak Senin).",
     "Pedagang mengeluh sepi pembeli (sejak Senin)."),
])
def test_segment_drops_the_reporters_initials_closing_a_paragraph(text, last):
    assert split(text)[-1] == last


def test_a_short_question_is_a_sentence_of_its_own():
    text = ("Harga minyak sempat mencapai 70, 80 dollar AS pada 29 Agustus lalu di pasar komoditas minyak "
            "di New York. Mengapa dan mengapa? Itu artinya, harga minyak dunia sudah dua kali lipat.")
    assert split(text)[:2] == [
        "Harga minyak sempat mencapai 70, 80 dollar AS pada 29 Agustus lalu di pasar komoditas minyak di New York.",
        "Mengapa dan mengapa?"]
    # a stray full stop still joins its short fragment back
    assert len(split("Mereka berperang melawan negara. Islam di Afghanistan. Pertemuan itu berlangsung lama sekali.")) == 2


def test_segment_joins_text_wrapped_at_a_fixed_width_but_not_lists_or_headings():
    text = ("Oxygen was discovered by Carl Wilhelm Scheele in Uppsala in 1773, and Joseph\n"
            "Priestley in Wiltshire in 1774, but Priestley is often given priority because\n"
            "his work was published first.\n\n"
            "Who was there\n"
            "Anna Berg, the foreign minister of Norway\n"
            "Lars Dahl, the trade minister of Norway and chair of the northern council\n"
            "- Third item on the list of guests that came to the meeting in Oslo today\n"
            "- Fourth item.")
    out = split(text, "en", title="Oxygen")
    assert out[0] == ("Oxygen was discovered by Carl Wilhelm Scheele in Uppsala in 1773, and Joseph "
                      "Priestley in Wiltshire in 1774, but Priestley is often given priority because "
                      "his work was published first.")
    assert not any("Third item" in s and "Lars Dahl" in s for s in out)
    assert not any("Who was there" in s for s in out)


def test_a_caption_line_among_long_paragraphs_is_not_a_wrapped_line():
    # (web copy: paragraphs of hundreds of characters, one per line; a caption of more than 60
    # characters without a full stop between them does not run into the next paragraph)
    para = ("British rider Daniel Okafor won the toughest stage of the Tour of the Pyrenees on Thursday to move "
            "into the overall lead with three days of racing left, after a long attack on the final climb.")
    text = (para + "\nOkafor crosses the finish line alone at Peyresourde after 187km of racing\n"
            "The 187km fifth stage from Lourdes included four categorised climbs and more than 4,500 metres of "
            "climbing in total.")
    out = split(text, "en", title="Okafor wins")
    assert out[-1] == ("The 187km fifth stage from Lourdes included four categorised climbs and more than 4,500 "
                       "metres of climbing in total."), out


def test_segment_drops_photo_captions():
    text = ("Banjir merendam ratusan rumah di Kota Bekasi sejak Senin pagi.\n\n"
            "Warga mengungsi ke masjid di Bekasi, Jawa Barat, Selasa (2/3/2021). (ANTARA FOTO/Nama Fotografer)\n\n"
            "Petugas mengevakuasi warga dengan perahu karet di kawasan Pondok Gede Permai Selasa (Kompas Foto)\n\n"
            "Pemerintah kota menetapkan status tanggap darurat selama tujuh hari.")
    assert split(text, "id") == ["Banjir merendam ratusan rumah di Kota Bekasi sejak Senin pagi.",
                                 "Pemerintah kota menetapkan status tanggap darurat selama tujuh hari."]
    text = ("Firefighters battled the blaze for six hours on Sunday.\n\n"
            "Firefighters spray water on a burning warehouse in the port district of Rotterdam, Sunday (AP Photo)\n\n"
            "The cause of the fire is not yet known, the city said.")
    assert split(text, "en") == ["Firefighters battled the blaze for six hours on Sunday.",
                                 "The cause of the fire is not yet known, the city said."]


def test_a_caption_closing_on_an_agency_and_its_photographer_is_dropped():
    text = ("Ambulances carrying rescued boys leave the Tham Luang cave area in Chiang Rai province, July 10, "
            "2018. REUTERS/Stringer\n\nRescue divers brought the last four boys out of the cave on Tuesday.")
    assert split(text, "en", title="Thai cave rescue ends") == [
        "Rescue divers brought the last four boys out of the cave on Tuesday."]


@pytest.mark.parametrize("text,lang,expected", [
    # a news site and its photographer
    ("Tumpahan minyak mencemari 14 kilometer garis pantai di Batam sejak Senin.\n\n"
     "Petugas membersihkan gumpalan minyak di Pantai Nongsa, Batam, Rabu (22/10/2025). "
     "(Liputan6.com/Rizky Pratama)\n\nKLH menelusuri tiga kapal tanker.", "id",
     ["Tumpahan minyak mencemari 14 kilometer garis pantai di Batam sejak Senin.",
      "KLH menelusuri tiga kapal tanker."]),
    # a photo credited via an agency
    ("The glacier collapsed on Wednesday afternoon.\n\nRescue workers look at the debris field near Larchbach, "
     "Switzerland, on Wednesday, Aug. 27, 2025. (Keystone via AP)\n\nNobody was hurt, the canton said.", "en",
     ["The glacier collapsed on Wednesday afternoon.", "Nobody was hurt, the canton said."]),
    # a news outlet and its photographer
    ("Sekitar 3.000 relawan membersihkan Sungai Deli pada Minggu pagi.\n\nRelawan mengangkat sampah plastik "
     "dari aliran Sungai Deli di Kelurahan Aur, Minggu (20/7/2025). TEMPO/Rahmat Siregar\n\n"
     "Sampah yang terkumpul mencapai 42 ton.", "id",
     ["Sekitar 3.000 relawan membersihkan Sungai Deli pada Minggu pagi.",
      "Sampah yang terkumpul mencapai 42 ton."]),
])
def test_a_caption_closing_on_its_credit_is_dropped(text, lang, expected):
    assert split(text, lang) == expected


def test_a_stray_full_stop_before_a_lower_case_word_is_dropped():
    text = ("Pihak sekolah sudah tiga kali mengajukan permohonan perbaikan. ke Dinas Pendidikan sejak 2022.\n\n"
            "The survey was paid for by the European Union and the. government of New Zealand, e.g. the "
            "ministry, at 9 a.m. local time.")
    assert split(text, "id")[0] == ("Pihak sekolah sudah tiga kali mengajukan permohonan perbaikan ke Dinas "
                                    "Pendidikan sejak 2022.")
    assert split(text, "en")[1] == ("The survey was paid for by the European Union and the government of New "
                                    "Zealand, e.g. the ministry, at 9 a.m. local time.")


def test_a_sentence_broken_after_a_preposition_is_joined_again():
    text = ("The census was carried out over 21 days in. September by around 28,000 enumerators, who for the first "
            "time used tablet computers instead of paper forms.")
    assert split(text, "en") == ["The census was carried out over 21 days in September by around 28,000 "
                                 "enumerators, who for the first time used tablet computers instead of paper forms."]


def test_a_caption_between_paragraphs_without_blank_lines_is_dropped():
    text = ("Surgeons in Kisumu performed the country's first robot-assisted kidney transplant on Thursday.\n"
            "Surgeons watch a robotic console during a kidney transplant in Kisumu, Kenya, October 3, 2024. "
            "REUTERS/Stringer\nThe patient, a 34-year-old teacher, is recovering well, the hospital said.\n"
            "Warga mengenakan masker di Jalan Jenderal Sudirman, Pekanbaru, Selasa (24/9/2024). "
            "KOMPAS.com/RIZKI HANDAYANI\nThe hospital plans ten more operations this year.")
    got = split(text, "en")
    assert not [s for s in got if "Stringer" in s or "KOMPAS.com" in s], got
    assert "The patient, a 34-year-old teacher, is recovering well, the hospital said." in got, got


def test_a_city_and_a_dash_later_in_the_text_are_kept():
    # only the first paragraph opens on a dateline
    text = "Harga beras naik pekan ini di banyak pasar.\n\nJakarta - Bandung kini ditempuh dua jam dengan kereta cepat."
    assert split(text, "id")[1].startswith("Jakarta - Bandung")


def test_a_caption_closing_on_a_label_and_its_credit_is_dropped_not_joined_to_the_next_line():
    # (review 62: the caption had opened the next paragraph's sentence)
    text = ("Farmers blocked the creamery gates on Thursday night.\n"
            "Tractors line the road outside the plant in Devon on Friday. Photograph: Tom Ellery/PA\n"
            "Eastcombe, which buys milk from about 900 farms, cut its price from 40p to 36p a litre.")
    assert split(text, "en", title="Dairy farmers blockade creamery") == [
        "Farmers blocked the creamery gates on Thursday night.",
        "Eastcombe, which buys milk from about 900 farms, cut its price from 40p to 36p a litre."]


def test_a_team_sheet_is_no_sentence():
    text = ("Bologna menang 2-0 atas Lecce pada Sabtu malam.\n"
            "BOLOGNA (4-2-3-1): 1-Skorupski; 2-Posch, 31-Beukema, 26-Lucumi, 22-Lykogiannis; 8-Freuler, "
            "6-Moro; 7-Orsolini, 21-Odgaard, 11-Ndoye; 9-Castro.\n"
            "Gol kemenangan dicetak Orsolini dan Castro.")
    assert split(text, "id", title="Bologna menang") == [
        "Bologna menang 2-0 atas Lecce pada Sabtu malam.", "Gol kemenangan dicetak Orsolini dan Castro."]


def test_prose_with_yard_lines_is_no_team_sheet():
    text = ("With 4:51 left, Carolina got the ball on their own 24-Yard line. Ward returned it five yards to the "
            "4-Yard line, Anderson scored on a 2-Yard run and Manning completed a pass for a 2-Point conversion.")
    assert len(split(text, "en", title="Broncos win")) == 2


def test_a_stray_full_stop_after_a_two_letter_word_goes():
    text = ("Amateur gardeners used about 1.4 million cubic metres of peat in 2015, but that had fallen to about "
            "520,000 cubic metres last year as. shops switched to peat-free products ahead of the ban. "
            "The ban starts in April.")
    assert split(text, "en", title="Peat ban")[0].endswith("last year as shops switched to peat-free products ahead "
                                                            "of the ban.")


@pytest.mark.parametrize("text,n", [
    # round 108: a clock time's abbreviation ends the sentence when a new one opens after it
    ("About 1,150 drivers walked out at 4 a.m. Picket lines formed outside depots in Oldham.", 2),
    ("The museum is open from 10 a.m. to 6 p.m. Tickets cost 12 euros for adults.", 2),
    # ... but not before a day, a month or a time zone
    ("The strike began at 4 a.m. Monday and will last two days in the city.", 1),
    ("The rocket lifted off at 10 a.m. GMT from the island launch site.", 1),
])
def test_segment_a_time_abbreviation_closes_a_sentence_before_a_capitalised_word(text, n):
    assert len(split(text, "en")) == n


def test_segment_a_degree_of_dotted_pieces_inside_a_name_does_not_split():
    # round 110: "RSUD M.Th. Djaman"
    assert len(split("Enam anak sempat dirawat di Rumah Sakit Umum Daerah (RSUD) M.Th. Djaman dan seluruhnya telah "
                     "dipulangkan. Kasus baru tidak ditemukan lagi sejak pekan lalu.")) == 2


@pytest.mark.parametrize("lang,line", [
    ("en", "Published July 6, 2025, 11:42 p.m. CEST | Updated July 7, 2025"),
    ("en", "Last updated: Tuesday, March 4, 2025 at 9:15 a.m."),
    ("id", "Diperbarui Senin, 12 Mei 2025 pukul 10.15 WIB"),
])
def test_a_page_s_timestamp_line_is_no_sentence(lang, line):
    # round 122: a gap on the "Updated" date of a film-festival report
    body = {"en": "The festival closed on Saturday with a screening of the winning film in the main hall.",
            "id": "Festival ditutup pada Sabtu dengan pemutaran film pemenang di gedung utama kota itu."}[lang]
    sentences = split(f"Judul\n\n{line}\n\n{body}", lang)
    assert sentences == [body], sentences


def test_a_sentence_opening_on_a_timestamp_label_stays():
    text = "Judul\n\nPublished in 1998, the book sold a million copies across Europe and Asia."
    assert split(text, "en") == ["Published in 1998, the book sold a million copies across Europe and Asia."]


def test_a_line_of_date_and_byline_set_apart_by_a_separator_is_no_sentence():
    # round 126: a gap on "Oct 22, 2025" in "Wed, Oct 22, 2025, 07:00 · Aoife Brennan, Tourism Correspondent"
    body = "The number of overseas visitors to Ireland reached a record 8.9 million in the first nine months."
    got = split(f"Judul\n\nWed, Oct 22, 2025, 07:00 · Aoife Brennan, Tourism Correspondent\n\n{body}", "en")
    assert got == [body], got


@pytest.mark.parametrize("text,n", [
    # round 130: "... tata rias, dll. | Total hadiah ..." was one sentence, and its gap card carried both
    ("Penilaian meliputi aspek koreografi, iringan gamelan, tata rias, dll. Total hadiah yang disediakan mencapai "
     "Rp 150 juta.", 2),
    ("Warga membawa tikar, bekal, air minum, dsb. Acara dimulai pukul 19.30 WIB di alun-alun.", 2),
    # ... not before a lower-case word, nor before a day
    ("Ia membeli buku, pena, kertas, dll. di toko itu kemarin sore.", 1),
    ("Bantuan berupa beras, minyak goreng, dll. Selasa lalu diserahkan kepada warga desa.", 1),
])
def test_segment_an_indonesian_list_abbreviation_closes_a_sentence_before_a_capitalised_word(text, n):
    assert len(split(text, "id")) == n, split(text, "id")
