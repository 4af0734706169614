"""Safe HTML -> plain text for descriptions; one-line text for titles; clean lists."""

from __future__ import annotations

from pathlib import Path
from time import perf_counter

import pytest

from harvester.normalize import text as text_module
from harvester.normalize.text import (
    MAX_DESCRIPTION_CHARS,
    MAX_HTML_INPUT_CHARS,
    clean_line,
    clean_list,
    html_to_text,
)

HTML_ROWS: list[tuple[str, str, bool]] = [
    # (value, text, had_markup)
    ("<p>Hallo<script>alert('x')</script> Welt</p>", "Hallo Welt", True),
    ("<style>p { color: red }</style><p>Text</p>", "Text", True),
    ("<noscript>Bitte JavaScript</noscript><template><p>t</p></template>Rest", "Rest", True),
    ("<iframe src='https://evil.example'>frame text</iframe>Inhalt", "Inhalt", True),
    ("Vor<!-- geheimer Kommentar -->nach", "Vornach", True),
    ("<a href='https://vhs.example/kurs'>Zum Kurs</a> anmelden", "Zum Kurs anmelden", True),
    ("Montag &#8211; Freitag", "Montag – Freitag", False),
    ("Montag \u2013 Freitag", "Montag \u2013 Freitag", False),
    ("A&nbsp;&nbsp;B", "A B", False),
    ("&Uuml;bung f&uuml;r &Auml;ltere", "Übung für Ältere", False),
    ("Zeile eins<br/>Zeile zwei<br>Zeile drei", "Zeile eins\nZeile zwei\nZeile drei", True),
    ("Absatz<br><br>Neuer Absatz", "Absatz\n\nNeuer Absatz", True),
    ("<b>fett</b> und <i>kursiv</i>", "fett und kursiv", True),
    ("<p>Eins</p><p>Zwei</p>", "Eins\n\nZwei", True),
    ("<p>Eins</p>\n\n\n\n<p>Zwei</p>", "Eins\n\nZwei", True),
    ("<h2>Inhalt</h2><p>Text</p>", "Inhalt\n\nText", True),
    ("<div>a</div><div>b</div>", "a\nb", True),
    ("<ul><li>Eins</li><li>Zwei</li></ul>", "- Eins\n- Zwei", True),
    ("<ul><li>a</li><li>b<ul><li>b1</li><li>b2</li></ul></li><li>c</li></ul>", "- a\n- b\n- b1\n- b2\n- c", True),
    ("<p>Mitbringen:</p><ol><li>Stift</li></ol><p>Ende</p>", "Mitbringen:\n\n- Stift\n\nEnde", True),
    ("<table><tr><td>Mo</td><td>18 Uhr</td></tr><tr><td>Di</td></tr></table>", "Mo 18 Uhr\nDi", True),
    ("Tom &amp; Jerry", "Tom & Jerry", False),
    ("Tom &amp;amp; Jerry", "Tom & Jerry", False),  # double-escaped: decoded once more
    ("f&amp;uuml;r", "für", False),
    ("&amp;lt;b&amp;gt;", "<b>", False),  # decoded to text, never parsed again
    ("<![CDATA[Kurs <b>neu</b> &amp; gut]]>", "Kurs neu & gut", True),
    ("a < b und b > c", "a < b und b > c", False),
    ("Ich <3 Yoga", "Ich <3 Yoga", False),
    ("<p>Ich <3 Yoga</p>", "Ich <3 Yoga", True),
    ("Nul\x00l\x07byte\x1b", "Nullbyte", False),
    ("<p>Nul\x00l</p>", "Null", True),
    ("<p>unclosed <b>bold <i>italic", "unclosed bold italic", True),
    ("</div></p>stray closers", "stray closers", True),
    ("<?xml version='1.0' encoding='utf-8'?><p>x</p>", "x", True),
    ("<html><head><title>Seite</title></head><body><p>Body</p></body></html>", "Body", True),
    ("Zeile 1\r\nZeile 2\n\n\n\nZeile 3   mit   Platz", "Zeile 1\nZeile 2\n\nZeile 3 mit Platz", False),
    ("<p>  viel \n\t Raum  </p>", "viel Raum", True),
    ("<pre>a\n  b</pre>", "a\nb", True),
    ("\ufeffBOM", "BOM", False),
    ("", "", False),
    ("<!-- nur ein Kommentar -->", "", True),
]


@pytest.mark.parametrize(
    ("value", "want", "had_markup"), HTML_ROWS, ids=[row[0][:40] or "<empty>" for row in HTML_ROWS]
)
def test_html_to_text(value: str, want: str, had_markup: bool) -> None:
    assert html_to_text(value) == (want, had_markup)


def test_long_text_is_cut_at_a_word_boundary_and_fast() -> None:
    value = "<p>" + "Wort " * 400_000 + "</p>"  # 2 MB
    started = perf_counter()
    text, had_markup = html_to_text(value)
    assert perf_counter() - started < 2.0
    assert had_markup
    assert len(text) <= MAX_DESCRIPTION_CHARS
    assert text.endswith("Wort…")


def test_long_plain_text_is_cut_too() -> None:
    text, had_markup = html_to_text("Wort " * 400_000)
    assert not had_markup
    assert len(text) <= MAX_DESCRIPTION_CHARS and text.endswith("…")


def test_text_within_the_cap_is_not_cut() -> None:
    value = "a" * 100 + " " + "b" * 100
    assert html_to_text(value) == (value, False)


@pytest.mark.parametrize(
    "value",
    [
        "<div>" * 200_000 + "deep",  # 1 MB of nested divs
        "<b>" * 100_000,
        "<" * 500_000,
        "&" * 500_000 + "amp;",
        "<p>" + "\x00\x01" * 200_000,
        "<a href='" + "x" * 1_000_000 + "'>link</a>",
        "\ud800 lone surrogate <b>x</b>",
    ],
    ids=["nested-divs", "open-tags", "angle-brackets", "ampersands", "control-chars", "huge-attribute", "surrogate"],
)
def test_hostile_input_is_bounded(value: str) -> None:
    started = perf_counter()
    text, _ = html_to_text(value)
    assert perf_counter() - started < 2.0
    assert isinstance(text, str) and len(text) <= MAX_DESCRIPTION_CHARS


def test_no_external_entities_or_network() -> None:
    value = '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><p>&e;</p>'
    text, _ = html_to_text(value)
    assert "root:" not in text


@pytest.mark.parametrize(
    "name",
    ["MAX_DESCRIPTION_CHARS", "MAX_HTML_INPUT_CHARS"],
)
def test_caps_are_named_and_documented(name: str) -> None:
    source = Path(text_module.__file__).read_text(encoding="utf-8")
    line_after = source.split(f"\n{name} = ", 1)[1].splitlines()[1]
    assert line_after.startswith('"""'), f"{name} needs a docstring"
    assert MAX_HTML_INPUT_CHARS > MAX_DESCRIPTION_CHARS


LINE_ROWS: list[tuple[object, str | None]] = [
    ("  Yoga   für\n alle ", "Yoga für alle"),
    ("<b>Yoga</b> &amp; Pilates", "Yoga & Pilates"),
    ("Rock &amp;amp; Roll", "Rock & Roll"),
    ("<p>Zeile</p><p>zwei</p>", "Zeile zwei"),
    ("Kochen<br>für Anfänger", "Kochen für Anfänger"),
    ("a < b", "a < b"),
    ("", None),
    ("   \n\t ", None),
    ("<script>x</script>", None),
    (None, None),
    (42, "42"),
    (4.5, "4.5"),
    (True, None),
    (["Liste"], None),
    ({"name": "x"}, None),
]


@pytest.mark.parametrize(("value", "want"), LINE_ROWS, ids=[repr(row[0])[:30] for row in LINE_ROWS])
def test_clean_line(value: object, want: str | None) -> None:
    assert clean_line(value) == want


LIST_ROWS: list[tuple[object, list[str]]] = [
    ("a, b; c", ["a", "b", "c"]),
    ("Yoga, yoga, Pilates", ["Yoga", "Pilates"]),  # de-duplicated ignoring case, first spelling wins
    (["  Sprachen ", "<b>Englisch</b>", None, "", "Sprachen"], ["Sprachen", "Englisch"]),
    (["Politik, Gesellschaft, Umwelt"], ["Politik, Gesellschaft, Umwelt"]),  # list items are not split
    (("b", "a"), ["b", "a"]),
    ("<ul><li>Eins</li><li>Zwei</li></ul>", ["Eins", "Zwei"]),
    ("Tom &amp; Jerry; Ernie", ["Tom & Jerry", "Ernie"]),  # the entity's ";" is not a separator
    ([1, 2, "2"], ["1", "2"]),
    ("", []),
    (None, []),
    ([], []),
    ("Einzeln", ["Einzeln"]),
]


@pytest.mark.parametrize(("value", "want"), LIST_ROWS, ids=[repr(row[0])[:30] for row in LIST_ROWS])
def test_clean_list(value: object, want: list[str]) -> None:
    assert clean_list(value) == want
