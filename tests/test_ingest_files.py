"""Decoding files users have: BOMs, UTF-8, UTF-16, legacy Cyrillic code pages, HTML pages."""

from __future__ import annotations

import codecs
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sco_brief.errors import InputError
from sco_brief.ingest_files import decode_bytes, decode_html, looks_like_html, parse_date, parse_html, sniff_kind
from tests.strategies import mixed_prose, russian_prose

RU = "Председатель правительства принял участие в заседании. Товарооборот вырос на 15 процентов за 2024 год."

ENCODED = [
    (RU.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + RU.encode("utf-8"), "utf-8 with BOM"),
    (RU.encode("utf-16"), "utf-16"),
    (codecs.BOM_UTF16_BE + RU.encode("utf-16-be"), "utf-16"),
    (RU.encode("utf-16-le"), "utf-16-le"),
    (RU.encode("utf-16-be"), "utf-16-be"),
    (RU.encode("utf-32"), "utf-32"),
    (RU.encode("cp1251"), "cp1251"),
    (RU.encode("koi8_r"), "koi8_r"),
]


@pytest.mark.parametrize(("data", "expected_encoding"), ENCODED)
def test_decode_bytes_names_the_encoding(data: bytes, expected_encoding: str) -> None:
    """Each encoding a Russian newsroom uses decodes to the same text and is named."""
    assert (RU, expected_encoding) == decode_bytes(data)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            (RU * 3).encode() + "конец".encode()[:-1],
            ((RU * 3) + "коне\ufffd", "utf-8 (1 undecodable byte sequence replaced)"),
        ),
        (RU.encode() + b"\xb9" + RU.encode(), (RU + "\ufffd" + RU, "utf-8 (1 undecodable byte sequence replaced)")),
    ],
)
def test_nearly_utf8_keeps_its_text(data: bytes, expected: tuple[str, str]) -> None:
    """UTF-8 cut mid-letter, or with one stray legacy byte, stays UTF-8 rather than turning into mojibake."""
    assert expected == decode_bytes(data)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "empty"),
        (b"  \n\t ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "not text (binary data)"),
        (bytes(range(256)) * 4, "not text (binary data)"),
        (b"\x81\x98\x81\x98\x81\x98", "undecodable"),
        (codecs.BOM_UTF8 + b"\xff\xfe\xfd", "undecodable"),
    ],
)
def test_decode_bytes_refuses_what_is_not_text(data: bytes, expected: str) -> None:
    """Empty, binary and undecodable bytes raise InputError saying which of the three."""
    with pytest.raises(InputError) as caught:
        decode_bytes(data)
    assert str(caught.value).startswith(expected)


CAPS = "ПРЕДСЕДАТЕЛЬ ПРАВИТЕЛЬСТВА ПРИНЯЛ УЧАСТИЕ В ЗАСЕДАНИИ СОВЕТА ГЛАВ ПРАВИТЕЛЬСТВ"


@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r"])
def test_decode_bytes_reads_capitals_by_letter_frequency(encoding: str) -> None:
    """Text in capitals defeats the letter-case signal; letter frequencies still tell the code page."""
    assert (CAPS, encoding) == decode_bytes(CAPS.encode(encoding))


@given(russian_prose(), st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1251", "koi8_r"]))
def test_decode_bytes_round_trips_russian_prose(text: str, encoding: str) -> None:
    """Prose saved in any supported encoding reads back unchanged."""
    assert text == decode_bytes(text.encode(encoding))[0]


@given(mixed_prose(), st.sampled_from(["cp1251", "koi8_r"]))
def test_decode_bytes_tells_the_two_code_pages_apart(text: str, encoding: str) -> None:
    """cp1251 and koi8-r are told apart even with English words mixed in."""
    assert (text, encoding) == decode_bytes(text.encode(encoding))


@given(st.binary(max_size=2048))
def test_decode_bytes_raises_only_input_error(data: bytes) -> None:
    """Any bytes give text or an InputError, never another exception."""
    try:
        text, encoding = decode_bytes(data)
    except InputError:
        return
    assert isinstance(text, str) and text.strip() and encoding


@pytest.mark.parametrize(
    ("name", "head", "expected"),
    [
        ("a.html", b"anything", "html"),
        ("a.HTM", b"", "html"),
        ("feed.jsonl", b"", "jsonl"),
        ("feed.ndjson", b"", "jsonl"),
        ("doc.json", b"{}", "json"),
        ("page", b"<!DOCTYPE html><html>", "html"),
        ("page.txt", b"\xef\xbb\xbf<html><body>", "html"),
        ("page", b"<!-- saved --> <html lang=ru>", "html"),
        ("stream", b'{"text": "x"}', "jsonl"),
        ("note.txt", b'{"text": "x"}', "text"),
        ("note.txt", b"<b>bold</b> start", "text"),
        ("release.txt", "Текст".encode(), "text"),
    ],
)
def test_sniff_kind(name: str, head: bytes, expected: str) -> None:
    """The kind of a file comes from its suffix, else from how it starts."""
    assert expected == sniff_kind(name, head)


PAGE = """<!DOCTYPE html><html lang="ru"><head><meta charset="windows-1251">
<title>Заседание совета | Новости</title>
<meta property="og:title" content="Заседание совета глав правительств">
<link rel="canonical" href="https://example.org/news/42">
<meta property="article:published_time" content="2025-11-18T10:00:00+06:00">
</head><body><nav><a href="/">Главная</a> <a href="/news">Новости</a></nav>
<article><h1>Заседание совета глав правительств</h1>
<p>Председатель правительства принял участие в заседании совета глав правительств государств-членов.</p>
<p>Товарооборот между странами вырос на 15 процентов за прошлый год, сообщила пресс-служба.</p>
</article><footer>Все права защищены</footer></body></html>"""


def test_parse_html_takes_article_and_metadata() -> None:
    """The article text, title, canonical URL and publication date come out; navigation does not."""
    article = parse_html(PAGE)
    assert "Заседание совета глав правительств" == article.title
    assert "https://example.org/news/42" == article.url
    assert dt.date(2025, 11, 18) == article.published
    assert "вырос на 15 процентов" in article.text
    assert "Главная" not in article.text


def test_decode_html_uses_the_declared_charset() -> None:
    """A page in windows-1251 that says so decodes by its meta charset."""
    assert (PAGE, "cp1251") == decode_html(PAGE.encode("cp1251"))


@pytest.mark.parametrize(
    "html",
    [
        "<html><body></body></html>",
        "<html><head><title>Только заголовок</title></head><body><script>var a = 1;</script></body></html>",
    ],
)
def test_parse_html_without_article_is_an_input_error(html: str) -> None:
    """A page with no article text is refused, not turned into an empty document."""
    with pytest.raises(InputError):
        parse_html(html)


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>Товарооборот вырос на 15 процентов.</p>", "Товарооборот вырос на 15 процентов."),
        (
            "<div><p>Первый абзац.</p><p>Второй <b>абзац</b>.</p></div><script>x = 1</script>",
            "Первый абзац.\nВторой абзац.",
        ),
    ],
)
def test_parse_html_reads_short_fragments(html: str, expected: str) -> None:
    """A short HTML body, as feeds carry, is read as plain text, one line per block."""
    assert expected == parse_html(html).text


@pytest.mark.parametrize(
    ("text", "expected"),
    [("<html><body>x</body></html>", True), ("  <p>Абзац</p>", True), ("Текст <p> в середине", False), ("", False)],
)
def test_looks_like_html(text: str, expected: bool) -> None:
    """Only text that starts like a page or fragment is treated as HTML."""
    assert expected == looks_like_html(text)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-11-18", dt.date(2025, 11, 18)),
        ("2025-11-18T10:00:00+06:00", dt.date(2025, 11, 18)),
        (dt.datetime(2025, 1, 2, 3, 4), dt.date(2025, 1, 2)),
        ("18.11.2025", None),
        (20251118, None),
        (None, None),
    ],
)
def test_parse_date(value: object, expected: dt.date | None) -> None:
    """Metadata dates in ISO 8601 are read; anything else is None, never an error."""
    assert expected == parse_date(value)
