"""Bytes from a file to article text: encodings, and HTML pages to text plus metadata.

Decoding order: a byte-order mark, then strict UTF-8, then the legacy Cyrillic code pages
(chosen by charset-normalizer and checked to read as Russian or English letters). Files
that decode to nothing sensible are refused with a clear :class:`InputError`.
"""

from __future__ import annotations

import codecs
import datetime as dt
import logging
import re
import unicodedata

import attrs

from sco_brief.errors import InputError

__all__ = ["LEGACY_ENCODINGS", "HtmlArticle", "decode_bytes", "looks_like_html", "parse_html", "sniff_kind"]

# Russian news outside UTF-8 comes in these; more candidates would only add confusions.
LEGACY_ENCODINGS: tuple[str, ...] = ("cp1251", "koi8_r")

# UTF-32 marks first: the UTF-32-LE mark begins with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SAMPLE = 64 * 1024
# How much more coherent one reading must be before letter frequencies overrule letter case.
_COHERENCE_GAP = 0.2
_CONTROL_OK = frozenset("\t\n\r\f\v")
_HTML_HEAD = re.compile(rb"\A(?:\s|<!--.*?-->)*<(?:!doctype\s+html|html|head|body|meta|title)\b", re.I | re.S)
_HTML_TEXT = re.compile(r"\A\s*<(?:!doctype\s+html|html|head|body|article|div|p|meta)\b", re.I)
_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "article", "section")
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.I)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)`` for the bytes of a text file.

    Raises:
        InputError: the bytes are empty, binary, or in no encoding we can tell.
    """
    text, encoding = _decode(data)
    if not text.strip():  # e.g. a lone byte-order mark, or UTF-16 spaces
        raise InputError("empty")
    return text, encoding


def _decode(data: bytes) -> tuple[str, str]:
    if not data.strip():
        raise InputError("empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data, encoding), encoding.replace("-sig", " with BOM")
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        return _strict(data, utf16), utf16
    if b"\x00" in data[:_SAMPLE]:
        raise InputError("not text (binary data)")
    try:
        return _check_controls(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    return _nearly_utf8(data) or _decode_legacy(data)


def _nearly_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 with a few broken bytes (a cut-off download, one pasted legacy character).

    Read as a legacy code page such a file would turn wholly into mojibake; replacing the few
    bad bytes loses far less. Legacy-encoded text breaks UTF-8 at nearly every letter instead.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    good = sum(1 for ch in text[:_SAMPLE] if ord(ch) > 0x7F and ch != "\ufffd")
    if bad > max(1, len(text) // 1000) or good < 20 * bad:
        return None
    return _check_controls(text), f"utf-8 ({bad} undecodable byte sequence{'s' if bad > 1 else ''} replaced)"


def _strict(data: bytes, encoding: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(f"undecodable: not valid {encoding} despite its byte-order mark") from exc
    return _check_controls(text.removeprefix("\ufeff"))


def _bomless_utf16(data: bytes) -> str | None:
    """Spot UTF-16 without a mark: in Latin and Cyrillic text every other byte is 0x00 or 0x04."""
    sample = data[: _SAMPLE & ~1]
    if len(sample) < 8 or b"\x00" not in sample:
        return None
    low, high = sample[0::2], sample[1::2]
    if _high_bytes(high) and low.count(0) < 0.05 * len(low):
        return "utf-16-le"
    if _high_bytes(low) and high.count(0) < 0.05 * len(high):
        return "utf-16-be"
    return None


def _high_bytes(half: bytes) -> bool:
    return half.count(0) + half.count(4) > 0.95 * len(half)


def _check_controls(text: str) -> str:
    sample = text[:_SAMPLE]
    controls = sum(1 for ch in sample if ch < " " and ch not in _CONTROL_OK)
    if "\x00" in sample or controls > max(8, len(sample) // 100):
        raise InputError("not text (binary data)")
    return text


def _decode_legacy(data: bytes) -> tuple[str, str]:
    candidates: dict[str, str] = {}
    for encoding in LEGACY_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _plausible(text):
            candidates[encoding] = text
    if not candidates:
        raise InputError(f"undecodable: not UTF-8, UTF-16 or a Cyrillic code page ({', '.join(LEGACY_ENCODINGS)})")
    encoding = _pick_legacy(data, candidates)
    return _check_controls(candidates[encoding]), encoding


def _pick_legacy(data: bytes, candidates: dict[str, str]) -> str:
    """Choose between code pages that both decode: letter frequencies first, then letter case.

    cp1251 read as koi8-r (and back) swaps upper and lower case and permutes letters. When
    charset-normalizer's language coherence clearly prefers one reading, it knows (this is
    what settles text in capitals); otherwise running text is mostly lower case.
    """
    coherence = _coherence(data)
    ranked = sorted(candidates, key=lambda enc: coherence.get(enc, 0.0), reverse=True)
    if len(ranked) > 1 and coherence.get(ranked[0], 0.0) - coherence.get(ranked[1], 0.0) >= _COHERENCE_GAP:
        return ranked[0]
    return max(candidates, key=lambda enc: round(_lowercase_share(candidates[enc]), 2))


def _plausible(text: str) -> bool:
    """True when the text is mostly Cyrillic/Latin letters, digits, spaces and punctuation."""
    good = bad = 0
    for ch in text[:_SAMPLE]:
        category = unicodedata.category(ch)
        if category.startswith("L"):
            if _is_cyrillic_or_latin(ch):
                good += 1
            else:
                bad += 1
        elif category in ("So", "Co", "Cn") or (category == "Cc" and ch not in _CONTROL_OK):
            bad += 1
    return good > 0 and bad <= 0.03 * (good + bad)


def _is_cyrillic_or_latin(ch: str) -> bool:
    return ch.isascii() or "\u0400" <= ch <= "\u04ff" or "\u00c0" <= ch <= "\u024f"


def _lowercase_share(text: str) -> float:
    letters = [ch for ch in text[:_SAMPLE] if "\u0400" <= ch <= "\u04ff"]
    if not letters:
        return 1.0
    return sum(ch.islower() for ch in letters) / len(letters)


def _coherence(data: bytes) -> dict[str, float]:
    """charset-normalizer's language coherence (0..1) for each legacy code page it accepts."""
    from charset_normalizer import from_bytes

    logging.getLogger("charset_normalizer").setLevel(logging.ERROR)
    matches = from_bytes(data[:_SAMPLE], cp_isolation=list(LEGACY_ENCODINGS))
    return {codecs.lookup(m.encoding).name.replace("-", "_"): m.coherence for m in matches}


def sniff_kind(name: str, head: bytes) -> str:
    """Return ``"html"``, ``"jsonl"``, ``"json"`` or ``"text"`` from a file name and its first bytes."""
    suffix = name.lower().rsplit(".", 1)[-1] if "." in name else ""
    if suffix in ("html", "htm", "xhtml", "shtml"):
        return "html"
    if suffix in ("jsonl", "ndjson"):
        return "jsonl"
    if suffix == "json":
        return "json"
    body = head.removeprefix(codecs.BOM_UTF8)
    if _HTML_HEAD.match(body):
        return "html"
    if not suffix and body.lstrip().startswith(b"{"):
        return "jsonl"
    return "text"


def looks_like_html(text: str) -> bool:
    """True when a text (e.g. the ``text`` field of a JSON line) is an HTML page or fragment."""
    return bool(_HTML_TEXT.match(text[:512]))


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a meta tag, if Python knows it."""
    match = _META_CHARSET.search(data[:4096])
    if match is None:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None


def decode_html(data: bytes) -> tuple[str, str]:
    """Decode an HTML page: its BOM, else its declared charset, else as any text file."""
    charset = declared_charset(data)
    if charset is not None and not any(data.startswith(bom) for bom, _ in _BOMS):
        try:
            return _check_controls(data.decode(charset)), charset
        except UnicodeDecodeError:
            pass
    return decode_bytes(data)


@attrs.frozen(kw_only=True)
class HtmlArticle:
    """The readable article of an HTML page, with what its meta tags say."""

    text: str
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None


def parse_html(html: str) -> HtmlArticle:
    """Extract the article text, title, canonical URL and publication date of a page.

    Raises:
        InputError: the page holds no article text.
    """
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    try:
        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            # Dates only from the page's own metadata: guessing from body text would
            # invent publication dates out of the figures' years.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura and lxml raise a wide range on broken markup
        raise InputError(f"not a readable HTML page ({type(exc).__name__})") from exc
    text = getattr(doc, "text", None)
    if not isinstance(text, str) or not text.strip():
        # trafilatura wants a page of some length; a short fragment (a feed's HTML body) is read plainly.
        text = _plain_text(html)
    if not text.strip():
        raise InputError("the HTML page holds no article text")
    return HtmlArticle(
        text=text,
        title=_clean(getattr(doc, "title", None)),
        url=_clean(getattr(doc, "url", None)),
        published=parse_date(getattr(doc, "date", None)),
    )


def _plain_text(html: str) -> str:
    """The visible text of an HTML fragment, one line per block element."""
    import lxml.html  # type: ignore[import-untyped]
    from lxml import etree

    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return ""
    for element in root.iter("head", "script", "style", "noscript", "template"):
        element.drop_tree() if element.getparent() is not None else element.clear()
    for element in root.iter(*_BLOCKS):
        element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def _clean(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def parse_date(value: object) -> dt.date | None:
    """A date from metadata ("2025-11-18", "2025-11-18T10:00:00+06:00"), or None if unusable."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None
