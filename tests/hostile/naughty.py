"""Naughty strings, assembled for this project, and short articles that carry them.

Each entry is ``(name, string)``. ``article(s, lang)`` embeds a string in a short,
realistic news article (Indonesian or English) with enough facts around it that
the extractor makes cards, so the string travels into the deck and the PDF.
"""

from __future__ import annotations

NAUGHTY: list[tuple[str, str]] = [
    ("script", "<script>alert('x')</script>"),
    ("script_upper", "<SCRIPT SRC=http://evil.example/x.js></SCRIPT>"),
    ("img_onerror", '<img src=x onerror="alert(1)">'),
    ("img_remote", "<img src=http://evil.example/track.png>"),
    ("img_local", '<img src="/etc/passwd">'),
    ("img_file_url", '<img src="file:///etc/passwd">'),
    ("svg_onload", "<svg onload=alert(1)>"),
    ("anchor_js", '<a href="javascript:alert(1)">klik</a>'),
    ("iframe", '<iframe src="https://evil.example"></iframe>'),
    ("style_import", "<style>@import url(http://evil.example/x.css)</style>"),
    ("link_css", '<link rel="stylesheet" href="http://evil.example/x.css">'),
    ("event_attr", '" onmouseover="alert(1)'),
    ("bold_unclosed", "<b>unclosed"),
    ("lt", "x<y dan y>z"),
    ("sp500", "S&P 500"),
    ("att", "AT&T"),
    ("entity", "&lt;script&gt; &amp; &#60;b&#62;"),
    ("sql", "'; DROP TABLE notes; --"),
    ("sql_union", "1' OR '1'='1' UNION SELECT * FROM col --"),
    ("format", "%s %d %n {0} {title} ${HOME} $(id)"),
    ("cloze_syntax", "{{c1::x}} {{c2::y::z}}"),
    ("anki_field", "{{Question}} {{FrontSide}} {{#Answer}}x{{/Answer}}"),
    ("double_colon", "a::b:: ::"),
    ("braces", "}} {{ }}}{{{"),
    ("zero_width", "nol\u200blebar\u200c\u200d\u2060\ufeffkata"),
    ("bidi", "\u202eevil\u202c \u2066isolate\u2069 \u200fRLM\u200e"),
    ("lone_surrogate_json", "\\ud800 dan \\udfff"),
    ("null_byte", "nul\x00byte"),
    ("controls", "bell\x07 esc\x1b[31m red \x1b[0m back\x08space"),
    ("long_line", "panjang" * 3000),
    ("backslashes", "C:\\Windows\\System32 \\n \\x00 \\\\"),
    ("rtl_arabic", "قال الرئيس"),
    ("emoji_zwj", "👩‍👩‍👧‍👦 🏳️‍🌈 🇮🇩"),
    ("combining", "Z\u0351\u0352\u0353\u0354a\u0300\u0301\u0302\u0303lgo"),
    ("markdown", "**tebal** _miring_ [tautan](http://evil.example) ![gambar](http://evil.example/x.png)"),
    ("latex", "\\input{/etc/passwd} $x^2$"),
    ("reportlab_markup", '<font name="/etc/passwd">x</font> <img src="/etc/passwd"/> <link href="http://evil.example">y</link>'),
    ("xml_entity", '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>&e;'),
    ("pdf_js", "/JavaScript /OpenAction << /S /JavaScript /JS (app.alert(1)) >>"),
]

#: Strings with markup an HTML renderer would turn live.
LIVE_MARKUP = {"script", "script_upper", "img_onerror", "img_remote", "img_local",
               "img_file_url", "svg_onload", "anchor_js", "iframe", "style_import",
               "link_css", "event_attr", "bold_unclosed", "reportlab_markup"}

ID_TEMPLATE = """Menteri Keuangan Sri Mulyani bertemu Gubernur Bank Indonesia di Jakarta

Menteri Keuangan Sri Mulyani bertemu Gubernur Bank Indonesia Perry Warjiyo di Jakarta pada 12 Maret 2024. Dalam pertemuan itu, mereka membahas catatan berjudul {s} yang beredar pekan lalu.

Badan Pusat Statistik (BPS) mencatat inflasi sebesar 2,5 persen pada Februari 2024. Perry Warjiyo mengatakan bahwa bank sentral akan menjaga stabilitas rupiah.

Pertemuan berikutnya akan berlangsung di Surabaya pada 20 April 2024.
"""

EN_TEMPLATE = """Finance ministers meet in Geneva over {s}

Finance Minister Sri Mulyani met World Bank President Ajay Banga in Geneva on 12 March 2024. The two officials discussed a memo titled {s} that circulated last week.

The International Monetary Fund (IMF) said inflation reached 2.5 percent in February 2024. Ajay Banga said that the bank would lend 300 million dollars to Indonesia.

The next meeting will take place in Oslo on 20 April 2024.
"""


def article(s: str, lang: str) -> str:
    return (ID_TEMPLATE if lang == "id" else EN_TEMPLATE).format(s=s)
