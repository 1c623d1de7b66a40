"""All hypothesis strategies of the test suite, in one place (as attrs does it).

``meetings()`` builds valid Meetings whose evidence quotes really are slices of their
source text, including hostile strings: control characters, formula prefixes, RTL marks,
surrogate-free astral characters and very long text.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import strategies as st

from sco_brief.model import (
    BODIES,
    BOUNDS,
    DIRECTIONS,
    FORMATS,
    INITIATIVE_KINDS,
    METRIC_KINDS,
    ROLES,
    Evidence,
    Initiative,
    Meeting,
    Metric,
    Participant,
    Period,
    Quantity,
    Source,
    Span,
)

HOSTILE = ["=1+1", "+SUM(A1)", "-2", "@cmd", "\tTAB", "\rCR", "\x00\x01\x1f", "\u202eRTL", "🙂", "Ли Цян", "&<>'\""]

# Valid text for model fields; excludes lone surrogates, which cannot be encoded at all.
texts = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
hostile_texts = st.one_of(
    texts, st.sampled_from(HOSTILE), st.builds(lambda a, b: a + b, st.sampled_from(HOSTILE), texts)
)
names = st.one_of(hostile_texts, st.sampled_from(["Адылбек Касымалиев", "Си Цзиньпин", "S. Jaishankar"])).filter(
    lambda s: bool(s.strip())
)
countries = st.one_of(st.none(), st.sampled_from(["KG", "KZ", "CN", "RU", "TJ", "UZ", "IN", "PK", "IR", "BY"]))
units = st.one_of(
    st.none(), st.sampled_from(["USD", "RUB", "CNY", "KGS", "percent", "times", "person", "hour", "km", "TEU", "m3"])
)
decimals = st.decimals(allow_nan=False, allow_infinity=False, min_value=Decimal("-1e15"), max_value=Decimal("1e15"))
dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31))


@st.composite
def spans(draw: st.DrawFn, max_end: int = 1000) -> Span:
    start = draw(st.integers(0, max_end))
    end = draw(st.integers(start, max_end))
    return Span(start=start, end=end)


@st.composite
def periods(draw: st.DrawFn) -> Period:
    start = draw(dates)
    end = draw(st.dates(min_value=start, max_value=dt.date(2100, 12, 31)))
    return Period(start=start, end=end, label=draw(names))


quantities = st.builds(Quantity, value=decimals, unit=units)


@st.composite
def sources(draw: st.DrawFn, source_id: str | None = None) -> Source:
    text = draw(st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=300))
    return Source(
        id=source_id or draw(st.from_regex(r"[a-z0-9_]{1,12}", fullmatch=True)),
        text=text,
        lang=draw(st.sampled_from(["ru", "en"])),
        title=draw(st.one_of(st.none(), hostile_texts)),
        url=draw(st.one_of(st.none(), st.just("https://example.org/news/1"))),
        published=draw(st.one_of(st.none(), dates)),
    )


@st.composite
def evidence_in(draw: st.DrawFn, source: Source) -> Evidence:
    start = draw(st.integers(0, len(source.text)))
    end = draw(st.integers(start, len(source.text)))
    return Evidence(source_id=source.id, span=Span(start=start, end=end), quote=source.text[start:end])


@st.composite
def participants(draw: st.DrawFn, source: Source) -> Participant:
    return Participant(
        name=draw(names),
        role=draw(st.sampled_from(ROLES)),
        evidence=draw(evidence_in(source)),
        position=draw(st.one_of(st.none(), names)),
        position_text=draw(st.one_of(st.none(), names)),
        country=draw(countries),
    )


@st.composite
def initiatives(draw: st.DrawFn, source: Source) -> Initiative:
    return Initiative(
        title=draw(names),
        kind=draw(st.sampled_from(INITIATIVE_KINDS)),
        evidence=draw(evidence_in(source)),
        summary=draw(st.one_of(st.none(), hostile_texts)),
        by=draw(countries),
    )


@st.composite
def metrics(draw: st.DrawFn, source: Source, n_initiatives: int = 0) -> Metric:
    initiative = st.none() if n_initiatives == 0 else st.one_of(st.none(), st.integers(0, n_initiatives - 1))
    return Metric(
        subject=draw(names),
        kind=draw(st.sampled_from(METRIC_KINDS)),
        value=draw(quantities),
        evidence=draw(evidence_in(source)),
        baseline=draw(st.one_of(st.none(), quantities)),
        period=draw(st.one_of(st.none(), periods())),
        approx=draw(st.booleans()),
        bound=draw(st.one_of(st.none(), st.sampled_from(BOUNDS))),
        direction=draw(st.one_of(st.none(), st.sampled_from(DIRECTIONS))),
        actor=draw(countries),
        initiative=draw(initiative),
    )


@st.composite
def meetings(draw: st.DrawFn, max_items: int = 4) -> Meeting:
    source = draw(sources())
    start = draw(st.one_of(st.none(), dates))
    end = None if start is None else draw(st.one_of(st.none(), st.dates(min_value=start)))
    inits = draw(st.lists(initiatives(source), max_size=max_items))
    return Meeting(
        sources=(source,),
        body=draw(st.one_of(st.none(), st.sampled_from(BODIES))),
        ordinal=draw(st.one_of(st.none(), st.integers(1, 200))),
        format=draw(st.one_of(st.none(), st.sampled_from(FORMATS))),
        city=draw(st.one_of(st.none(), names)),
        start=start,
        end=end,
        evidence=draw(st.one_of(st.none(), evidence_in(source))),
        participants=draw(st.lists(participants(source), max_size=max_items)),
        initiatives=inits,
        metrics=draw(st.lists(metrics(source, len(inits)), max_size=max_items)),
    )


# --- ingest and CLI: prose in the encodings users' files come in, and JSON Lines records ---

_RU_WORDS = [
    "председатель",
    "правительства",
    "принял",
    "участие",
    "в",
    "заседании",
    "совета",
    "глав",
    "государств",
    "членов",
    "организации",
    "товарооборот",
    "между",
    "странами",
    "вырос",
    "на",
    "процентов",
    "за",
    "год",
    "стороны",
    "обсудили",
    "вопросы",
    "торговли",
    "транспорта",
    "энергетики",
    "и",
    "цифровой",
    "экономики",
    "было",
    "подписано",
    "соглашение",
    "о",
    "сотрудничестве",
    "в",
    "области",
    "таможни",
]
_EN_WORDS = [
    "the",
    "prime",
    "minister",
    "took",
    "part",
    "in",
    "the",
    "meeting",
    "of",
    "the",
    "council",
    "trade",
    "grew",
    "by",
    "percent",
    "this",
    "year",
]


@st.composite
def russian_prose(draw: st.DrawFn, min_sentences: int = 2, max_sentences: int = 6) -> str:
    """Russian sentences from plain words: encodable in cp1251 and koi8-r, cased as prose is."""
    sentences = []
    for _ in range(draw(st.integers(min_sentences, max_sentences))):
        words = draw(st.lists(st.sampled_from(_RU_WORDS), min_size=4, max_size=14))
        number = draw(st.one_of(st.none(), st.integers(1, 2030)))
        if number is not None:
            words.insert(draw(st.integers(0, len(words))), str(number))
        sentences.append(" ".join(words).capitalize() + ".")
    return " ".join(sentences)


def mixed_prose() -> st.SearchStrategy[str]:
    """Russian prose, sometimes with English words mixed in (names of bodies, quotes)."""
    english = st.lists(st.sampled_from(_EN_WORDS), min_size=0, max_size=4).map(" ".join)
    return st.builds(lambda ru, en: f"{ru} {en}".strip(), russian_prose(), english)


json_records = st.fixed_dictionaries(
    {"text": st.one_of(russian_prose(1, 2), st.text(min_size=1, max_size=60).filter(str.strip))},
    optional={
        "id": st.one_of(st.integers(0, 10**6), st.text(max_size=20)),
        "title": st.one_of(st.none(), texts),
        "url": st.one_of(st.none(), st.just("https://example.org/news/1")),
        "published": st.one_of(st.none(), dates.map(dt.date.isoformat), st.text(max_size=12)),
    },
)


# Decimals no double holds: up to 40 digits, exponents far past a double's range (the XLSX round trip).
wide_decimals = st.builds(
    lambda sign, digits, exponent: Decimal((sign, tuple(digits), exponent)),
    st.integers(0, 1),
    st.lists(st.integers(0, 9), min_size=1, max_size=40),
    st.integers(-420, 420),
)
meeting_lists = st.lists(meetings(), max_size=3)


# Metrics: any text with hand-made number mentions over arbitrary spans of it (tests/test_metrics.py).
_METRIC_PIECES = [
    "товарооборот вырос на 12,4% — до 5,2 млрд долларов",
    "за тот же период",
    "сегодня на страны ШОС приходится",
    "в 3,5 раза",
    "с пяти до одного часа",
    "занимает третье место",
    "около 8 миллионов граждан",
    "(280 млн долларов)",
    "Тел.: +996 (312) 62-58-14",
    "№ 7/25",
    "25-летие",
    "rose by 7.4 per cent to $31.2 billion in fiscal year 2024-25",
    "from $78 billion in 2019 to $129 billion in 2023",
    "«",
    "»",
    ",",
    ".",
    "\n",
]
_METRIC_KINDS = [
    *("cardinal", "ordinal", "decimal", "fraction", "percent"),
    *("multiple", "money", "measure", "range", "year"),
]


@st.composite
def metric_inputs(draw: st.DrawFn) -> tuple[str, list[dict[str, object]], str]:
    """(text, number-mention fields over spans of the text, lang) for the metrics extractor."""
    pieces = st.one_of(st.sampled_from(_METRIC_PIECES), hostile_texts)
    text = draw(st.lists(pieces, min_size=1, max_size=12).map(" ".join).filter(str.strip))
    mentions = []
    for _ in range(draw(st.integers(0, 6))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, len(text)))
        mentions.append(
            {
                "span": Span(start=start, end=end),
                "text": text[start:end],
                "value": draw(decimals),
                "kind": draw(st.sampled_from(_METRIC_KINDS)),
                "unit": draw(units),
                "approx": draw(st.booleans()),
                "bound": draw(st.one_of(st.none(), st.sampled_from(BOUNDS))),
                "low": draw(st.one_of(st.none(), decimals)),
                "from_to": draw(st.booleans()),
                "noun": draw(st.one_of(st.none(), st.sampled_from(["проект", "гражданин", "предложение", "год"]))),
            }
        )
    return text, mentions, draw(st.sampled_from(["ru", "en"]))


# --- Dates (issue 4): dates rendered in the forms news texts use, with what they must read back as ---

RU_MONTH_LEMMAS = (
    *("январь", "февраль", "март", "апрель", "май", "июнь"),
    *("июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"),
)
EN_MONTH_NAMES = (
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
)
EN_MONTH_SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
DATE_DASHES = ("-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212")
_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
news_dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 1))


def _ru_month(month: int, case: str) -> str:
    from sco_brief.morph import parses

    parse = next(p for p in parses(RU_MONTH_LEMMAS[month - 1]) if p.normal_form == RU_MONTH_LEMMAS[month - 1])
    inflected = parse.inflect({"sing", case})
    return str(inflected.word) if inflected else RU_MONTH_LEMMAS[month - 1]


@st.composite
def _dash(draw: st.DrawFn) -> str:
    space = draw(st.sampled_from(["", " "]))
    return f"{space}{draw(st.sampled_from(DATE_DASHES))}{space}"


def _ru_ordinal_genitive(number: int) -> str:
    """ "двадцать восьмого": num2words' ordinal with its last word put in the genitive by pymorphy3."""
    from num2words import num2words

    from sco_brief.morph import parses

    *head, last = num2words(number, lang="ru", to="ordinal").split()
    inflected = parses(last)[0].inflect({"masc", "sing", "gent"})
    return " ".join([*head, str(inflected.word) if inflected else last])


def _ru_months_to_date(draw: st.DrawFn, year: int) -> tuple[str, dt.date, dt.date]:
    """ "за девять месяцев 2025 года" or "по итогам девяти месяцев 2025 года": January to month N."""
    from num2words import num2words

    from sco_brief.morph import parses

    count = draw(st.integers(2, 11))
    words = num2words(count, lang="ru")
    end = dt.date(year, count + 1, 1) - dt.timedelta(days=1)
    if draw(st.booleans()):
        noun = parses("месяц")[0].make_agree_with_number(count).word
        return f"{words} {noun} {year} года", dt.date(year, 1, 1), end
    genitive = " ".join(str(parses(w)[0].inflect({"gent"}).word) for w in words.split())
    return f"{genitive} месяцев {year} года", dt.date(year, 1, 1), end


@st.composite
def ru_rendered_dates(draw: st.DrawFn) -> tuple[str, dt.date, dt.date]:
    """(Russian text that is exactly one date mention, its first day, its last day).

    Forms: days in digits or ordinal words, numeric dates, day ranges with any dash, ranges across
    months and years, months in every case, years, year ranges, and months-to-date counted in words.
    """
    day = draw(news_dates)
    form = draw(st.sampled_from(["day", "words", "numeric", "range", "cross", "month", "year", "years", "to_date"]))
    year_word = draw(st.sampled_from(["года", "г.", "году"]))
    later = day + dt.timedelta(days=draw(st.integers(1, 40)))
    if form == "day":
        return f"{day.day} {_ru_month(day.month, 'gent')} {day.year} {year_word}", day, day
    if form == "numeric":
        return f"{day.day:02d}.{day.month:02d}.{day.year}", day, day
    if form == "words":
        return f"{_ru_ordinal_genitive(day.day)} {_ru_month(day.month, 'gent')} {day.year} года", day, day
    if form == "to_date":
        return _ru_months_to_date(draw, day.year)
    if form == "range" or (form == "cross" and later.month == day.month):
        end = day.replace(day=draw(st.integers(day.day + 1, 28))) if day.day < 28 else day.replace(day=day.day)
        if end == day:
            return f"{day.day} {_ru_month(day.month, 'gent')} {day.year} года", day, day
        return f"{day.day}{draw(_dash())}{end.day} {_ru_month(day.month, 'gent')} {day.year} года", day, end
    if form == "cross":
        first = f"{day.day} {_ru_month(day.month, 'gent')}"
        if later.year != day.year:
            first += f" {day.year} года"
        second = f"{later.day} {_ru_month(later.month, 'gent')} {later.year} года"
        joined = draw(st.sampled_from([f"{first}{draw(_dash())}{second}", f"с {first} по {second}"]))
        return joined, day, later
    if form == "month":
        last = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        name = _ru_month(day.month, draw(st.sampled_from(_CASES)))
        return f"{draw(st.sampled_from([name, name.capitalize()]))} {day.year} года", day.replace(day=1), last
    if form == "year":
        return f"{day.year} {year_word}", dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
    end_year = min(2100, day.year + draw(st.integers(1, 10)))
    return f"{day.year}{draw(_dash())}{end_year} годы", dt.date(day.year, 1, 1), dt.date(end_year, 12, 31)


@st.composite
def en_rendered_dates(draw: st.DrawFn) -> tuple[str, str, dt.date, dt.date]:
    """(English text, the mention's exact text, its first day, its last day)."""
    day = draw(news_dates)
    name = draw(st.sampled_from([EN_MONTH_NAMES[day.month - 1], EN_MONTH_SHORT[day.month - 1]]))
    form = draw(st.sampled_from(["dmy", "mdy", "range_mdy", "range_dmy", "month", "years"]))
    end = day.replace(day=min(28, day.day + draw(st.integers(1, 3)))) if day.day < 28 else day
    if form == "dmy":
        return (text := f"{day.day} {name} {day.year}"), text, day, day
    if form == "mdy":
        return (text := f"{name} {day.day}, {day.year}"), text, day, day
    if form in ("range_mdy", "range_dmy") and end != day:
        dash = draw(_dash())
        text = f"{name} {day.day}{dash}{end.day}, {day.year}"
        if form == "range_dmy":
            text = f"{day.day}{dash}{end.day} {name} {day.year}"
        return text, text, day, end
    if form == "years":
        end_year = min(2100, day.year + draw(st.integers(2, 10)))
        quote = f"{day.year}{draw(_dash())}{end_year}"
        return f"over {quote}", quote, dt.date(day.year, 1, 1), dt.date(end_year, 12, 31)
    last = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    return f"in {name} {day.year}", f"{name} {day.year}", day.replace(day=1), last


# --- End of dates strategies ---


# Fragments that set off every initiative rule (cues, list markers, headings, quotes, dashes),
# joined with arbitrary text so the finders meet broken and half-formed statements.
INITIATIVE_FRAGMENTS = [
    "предложил создать",
    "выступил с инициативой проведения",
    "назрела необходимость создания",
    "призвал активизировать сотрудничество",
    "Во-первых, ",
    "Второе – ",
    "1) ",
    "приоритеты: ",
    "Цифровизация. ",
    "железной дороги Китай — Кыргызстан — ",
    "платформу «",
    "проекта ",
    "Рогунской ГЭС",
    "proposed establishing ",
    "called for ",
    "priorities were ",
    "First, to ",
    " railway",
    "\n",
    ": ",
    ", ",
    " и ",
    "«",
    "»",
    '"',
]


@st.composite
def initiative_texts(draw: st.DrawFn) -> str:
    """Non-blank text built from initiative cue fragments and arbitrary characters."""
    parts = draw(st.lists(st.one_of(st.sampled_from(INITIATIVE_FRAGMENTS), texts), min_size=1, max_size=14))
    text = "".join(parts)
    return text if text.strip() else "ШОС"


# Pieces for the initiatives fast paths: cue and head words in odd cases, letters that
# re.IGNORECASE matches differently from str.lower() ("İ", "ı", "ſ", Kazakh and archaic
# Cyrillic), sentence ends and hyphenated or quoted words.
FAST_PATH_FRAGMENTS = [
    "Предложил", "ПРЕДЛАГАЕТ", "призвал", "с инициативой", "назвал", "направления", "ПРИОРИТЕТЫ",
    "готовы", "выступил за", "proposed", "Called for", "READY TO", "initiative of Kazakhstan to",
    "дорога", "Дороги", "ГЭС-2", "АЭС", "проект", "коридора", "путь", "порт", "port", "Highway",
    "строительство Рогунской ГЭС", " железной дороги Китай — Кыргызстан — Узбекистан", "платформу «Торговое окно»",
    " проект CASA-1000", " проект строительства АЭС в Узбекистане", "the Chabahar port",
    "İ", "ı", "ſ", "ᲀ", "ә", "ө", "-", "‑", "'", "’", "«", "»", '"', "“", "”", ". ", "! ", "?\n", "\n", " ", "_",
]


@st.composite
def fast_path_texts(draw: st.DrawFn) -> str:
    """Text mixing cue and head words, case-trap letters, joiners and sentence ends."""
    parts = draw(st.lists(st.one_of(st.sampled_from(FAST_PATH_FRAGMENTS), texts), min_size=1, max_size=20))
    text = "".join(parts)
    return text if text.strip() else "ШОС"


names_in_text = st.lists(
    st.sampled_from(["Олжас Бектенов", "Си Цзиньпин", "Абу-Даби Рахмон", "S. Jaishankar", "Ли Цян", "Бек"]),
    max_size=4,
)


# --- numbers recogniser (issue 3) -------------------------------------------------------------

NUMBER_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
# Thousand separators a Russian or English text may use, all read the same.
THOUSAND_SEPARATORS = (" ", "\u00a0", "\u202f", "\u2009")
NUMBER_FRAGMENTS = [
    "около 8 миллионов граждан", "в 3,5 раза", "с пяти до одного часа", "75 процентов", "$66 млрд", "2020–2024",
    "18.11.2025", "в 9:20", "№ 123-р", "+7 (495) 123-45-67", "однако", "Троицк", "ещё раз", "-10%", "−5",
    "5,3млн", "100к", "полторы тысячи", "две третьих", "24‑м", "1/5", "от 5 до 10", "more than 150 events",
    "two-fifths", "1,700 kilometres", "–", "-", " ", "\u00a0", ",", ".", "%", "до", "с", "1", "22", "333",
]


def _inflect_word(word: str, case: str) -> str:
    """``word`` put into ``case`` by pymorphy3, preferring its numeral reading."""
    from sco_brief import morph

    # The numeral reading first: "сто" is also an abbreviation noun.
    for parse in sorted(morph.parses(word), key=lambda p: p.tag.POS != "NUMR"):
        if parse.tag.POS in ("NUMR", "NOUN", "ADJF"):
            inflected = parse.inflect({case})
            return str(inflected.word) if inflected is not None else word
    return word


@st.composite
def russian_number_words(draw: st.DrawFn, max_value: int = 10**12 - 1) -> tuple[str, int]:
    """(num2words' Russian words for n, inflected word by word into one case, n)."""
    from num2words import num2words

    n = draw(st.integers(0, max_value))
    case = draw(st.sampled_from(NUMBER_CASES))
    words = num2words(n, lang="ru").split()
    return " ".join(_inflect_word(w, case) for w in words), n


@st.composite
def grouped_digits(draw: st.DrawFn) -> tuple[str, Decimal]:
    """A number written with thousand groups and perhaps a decimal comma: (text, value)."""
    whole = draw(st.integers(0, 10**15))
    sep = draw(st.sampled_from(THOUSAND_SEPARATORS))
    text = f"{whole:,}".replace(",", sep)
    frac = draw(st.one_of(st.none(), st.from_regex(r"[0-9]{1,4}", fullmatch=True)))
    if frac is None:
        return text, Decimal(whole)
    return f"{text},{frac}", Decimal(f"{whole}.{frac}")


number_soup = st.lists(st.one_of(st.sampled_from(NUMBER_FRAGMENTS), texts), max_size=25).map("".join)
# Number fragments far apart in plain prose and line breaks, so the numbers recogniser reads them in
# separate windows with gaps between (and fragments of words that look back far: "вырос ... до").
_FILLER_WORDS = [
    "слово", "вырос", "сотрудничества", "Х", "и", "на", "в", "word", "—", "\n", "ШОС", "стороны", "XXI век",
    "полчаса", "входит в тройку", "½", "двухтысячный", "пятидесятилетие", "экспорт – 5,1 млрд,",
    "импорт – 6,9 млрд долларов",
]
spaced_number_soup = st.lists(
    st.one_of(
        st.sampled_from(NUMBER_FRAGMENTS),
        texts,
        st.lists(st.sampled_from(_FILLER_WORDS), min_size=1, max_size=60).map(" ".join),
    ),
    max_size=12,
).map(" ".join)
# Any string at all, lone surrogates included: recognisers must never raise.
any_strings = st.one_of(
    st.text(st.characters(codec=None, categories=None), max_size=200),
    st.text(st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), max_size=5),
    number_soup,
)


# Text dense in what XLSX must escape: controls, U+FFFE, literal _xHHHH_ escapes, astral and CR.
escape_heavy_texts = st.lists(
    st.sampled_from(["_x0041_", "_x005F_", "_", "x", "\x00", "\x1f", "\ufffe", "🙂", "а", "\r", "\t"]), max_size=30
).map("".join)


@st.composite
def russian_ordinal_words(draw: st.DrawFn) -> tuple[str, int]:
    """(a Russian ordinal in words, in any case, gender and number; n).

    Built from num2words' cardinal for the thousands and its ordinal for the last group,
    because num2words' own ordinals above a million are ungrammatical.
    """
    from num2words import num2words

    from sco_brief import morph

    n = draw(st.integers(1, 10**9 - 1).filter(lambda k: k % 1000 != 0))
    head = num2words(n - n % 1000, lang="ru").split() if n >= 1000 else []
    tail = num2words(n % 1000, lang="ru", to="ordinal").split()
    grammemes = {draw(st.sampled_from(NUMBER_CASES)), draw(st.sampled_from(("masc", "femn", "neut", "plur")))}
    last = next(p for p in morph.parses(tail[-1]) if p.tag.POS == "ADJF")
    inflected = last.inflect(grammemes)
    tail[-1] = str(inflected.word) if inflected is not None else tail[-1]
    return " ".join(head + tail), n


# --- Meeting texts (meeting extractor): a reported meeting, then maybe an upcoming one. ---
MEETING_BODIES_RU = {
    "sco.heads_of_state": "Совета глав государств – членов ШОС",
    "sco.heads_of_government": "Совета глав правительств государств – членов ШОС",
    "sco.foreign_ministers": "Совета министров иностранных дел ШОС",
}
MEETING_CITIES_RU = {"Москве": "Moscow", "Бишкеке": "Bishkek", "Тяньцзине": "Tianjin", "Астане": "Astana"}


@st.composite
def meeting_texts(draw: st.DrawFn) -> tuple[str, str, int, str]:
    """(text, body, ordinal, city): "24-е заседание ... прошло в Москве." plus an upcoming meeting."""
    body = draw(st.sampled_from(sorted(MEETING_BODIES_RU)))
    ordinal = draw(st.integers(1, 99))
    city = draw(st.sampled_from(sorted(MEETING_CITIES_RU)))
    text = f"{ordinal}-е заседание {MEETING_BODIES_RU[body]} прошло в {city}."
    if draw(st.booleans()):
        other = draw(st.sampled_from(sorted(MEETING_BODIES_RU)))
        other_city = draw(st.sampled_from(sorted(MEETING_CITIES_RU)))
        text += f" Следующее {ordinal + 1}-е заседание {MEETING_BODIES_RU[other]} состоится в {other_city}."
    return text, body, ordinal, MEETING_CITIES_RU[city]


# --- Gazetteer soup (per-document memory): names, titles and cues with glue that may join or split them. ---
GAZETTEER_PIECES = (
    "Кыргызская Республика", "Кыргызской Республики", "Республики Казахстан", "Республика", "Казахстан", "КНР",
    "РК", "Российской Федерации", "Китая", "Премьер-министр", "Председатель Правительства", "министр",
    "иностранных дел", "Совета глав правительств", "ШОС", "Бишкеке", "Чолпон-Ата", "Нью-Дели", "председательствует",
    "выступил", "People's Republic of China", "Prime Minister", "Kyrgyz Republic", "SCO", "the", "of", "Минск",
)
GAZETTEER_GLUE = (" ", "  ", "'", "’", "-", "‑", ". ", ", ", "\n", "", "ё", "а", "1")


@st.composite
def gazetteer_slices(draw: st.DrawFn) -> tuple[str, int, int]:
    """(document, start, end): a soup of gazetteer phrases and glue, and any piece of it."""
    parts = draw(st.lists(st.one_of(st.sampled_from(GAZETTEER_PIECES), st.sampled_from(GAZETTEER_GLUE)), max_size=30))
    document = "".join(parts)
    start = draw(st.integers(0, len(document)))
    end = draw(st.integers(start, len(document)))
    return document, start, end


# --- Public numeral suites (numbers recogniser): collectives, num2words ordinals, Roman ordinals, digit styles. ---
COLLECTIVE_NUMERALS = {
    "двое": 2, "трое": 3, "четверо": 4, "пятеро": 5, "шестеро": 6, "семеро": 7, "восьмеро": 8, "девятеро": 9,
    "десятеро": 10, "оба": 2,
}
ROMAN_NOUNS = ("век", "квартал", "саммит", "съезд", "созыв", "полугодие", "форум", "заседание")
_ROMAN_DIGITS = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"),
    (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)


def _inflect_parse(word: str, pos: str, grammemes: set[str]) -> str:
    """``word`` inflected by pymorphy3 in its first ``pos`` reading (unchanged if it cannot be)."""
    from sco_brief import morph

    for parse in morph.parses(word):
        if parse.tag.POS == pos:
            inflected = parse.inflect(grammemes)
            return str(inflected.word) if inflected is not None else word
    return word


@st.composite
def russian_collective_words(draw: st.DrawFn) -> tuple[str, int]:
    """(a collective numeral, "двое" ... "десятеро" or "оба"/"обе", in any case; its value)."""
    lemma = draw(st.sampled_from(sorted(COLLECTIVE_NUMERALS)))
    grammemes = {draw(st.sampled_from(NUMBER_CASES))}
    if lemma == "оба":
        grammemes.add(draw(st.sampled_from(("masc", "femn"))))
    return _inflect_parse(lemma, "NUMR", grammemes), COLLECTIVE_NUMERALS[lemma]


@st.composite
def num2words_ordinals(draw: st.DrawFn) -> tuple[str, int]:
    """(num2words' own Russian ordinal for 1 <= n <= 10^6, last word inflected by pymorphy3; n).

    Unlike ``russian_ordinal_words`` this keeps num2words' one-word ordinals ("стосорокатысячный")
    and its group ordinals ("сто сороковой тысяч восемьсот второй"), as suites built with it do.
    """
    from num2words import num2words

    n = draw(st.one_of(st.integers(1, 10**6), st.integers(1, 1000).map(lambda k: k * 1000)))
    words = num2words(n, lang="ru", to="ordinal").split()
    grammemes = {draw(st.sampled_from(NUMBER_CASES)), draw(st.sampled_from(("masc", "femn", "neut", "plur")))}
    words[-1] = _inflect_parse(words[-1], "ADJF", grammemes)
    return " ".join(words), n


def to_roman(n: int) -> str:
    """The Roman numeral of 1 <= n <= 3999 in capitals."""
    out = []
    for value, letters in _ROMAN_DIGITS:
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


@st.composite
def roman_ordinal_phrases(draw: st.DrawFn) -> tuple[str, int]:
    """("XXI веке", 21): a Roman numeral before a noun it numbers, in any case."""
    n = draw(st.integers(1, 3999))
    noun = _inflect_parse(draw(st.sampled_from(ROMAN_NOUNS)), "NOUN", {draw(st.sampled_from(NUMBER_CASES))})
    return f"{to_roman(n)} {noun}", n


@st.composite
def styled_digits(draw: st.DrawFn) -> tuple[str, Decimal]:
    """A number with thousand groups in a Russian or Swiss style: "1.234.567,89", "1'234'567".

    A single dot group with no decimal comma ("1.000") is a decimal point, so dots come with two
    groups or a comma.
    """
    whole = draw(st.integers(1000, 10**12))
    sep = draw(st.sampled_from((".", "'", "\u2019")))
    frac = draw(st.one_of(st.none(), st.from_regex(r"[0-9]{1,3}", fullmatch=True)))
    if sep == "." and frac is None and whole < 10**6:
        whole += 10**6
    text = f"{whole:,}".replace(",", sep)
    if frac is None:
        return text, Decimal(whole)
    return f"{text},{frac}", Decimal(f"{whole}.{frac}")


@st.composite
def num2words_decimals(draw: st.DrawFn) -> tuple[str, Decimal]:
    """(num2words' Russian words for a decimal with 1-3 places, "две целых пять десятых"; its value)."""
    from num2words import num2words

    whole = draw(st.integers(0, 10**9))
    places = draw(st.integers(1, 3))
    frac = draw(st.integers(1, 10**places - 1))
    value = Decimal(f"{whole}.{frac:0{places}d}")
    return num2words(value, lang="ru"), value


@st.composite
def num2words_money(draw: st.DrawFn) -> tuple[str, Decimal, str]:
    """(num2words' Russian words for a sum, "один рубль, пятьдесят копеек"; its value; its currency)."""
    from num2words import num2words

    currency = draw(st.sampled_from(("RUB", "EUR", "USD", "UAH", "KZT", "UZS", "BYN")))
    value = Decimal(f"{draw(st.integers(1, 10**9))}.{draw(st.integers(0, 99)):02d}")
    return num2words(value, lang="ru", to="currency", currency=currency), value, currency


# --- Date rule soup (start scan of the date rules): what date rules start with, and what they must not. ---
DATE_RULE_PIECES = (
    "12 мая 2025 года", "с 5 по 7 ноября", "2024-05-01", "18.11.2025", "IV квартал", "II полугодии", "I квартал",
    "в 2019–2023 годах", "1990-х", "за 9 месяцев", "три месяца", "\ue000", "\ue000\ue000 месяцев", "5 лет",
    "May 12, 2025", "Q3 2024", "ivy", "Xi", "viii", "в прошлом году", "№ 12", "1,5", "2025г.", "3-го октября",
)


date_rule_soup = st.lists(
    st.one_of(st.sampled_from(DATE_RULE_PIECES), st.sampled_from([" ", "-", ".", ",", "\n", "с ", "по ", "1"]), texts),
    max_size=20,
).map("".join)


# --- Date scan soup (the combined scan of all date rules): rule beginnings, look-alikes, odd cases. ---
DATE_SCAN_PIECES = (
    *DATE_RULE_PIECES, "в прошлом году", "С начала года", "сегодня", "т.г.", "вчера", "в понедельник", "полгода",
    "последние 5 лет", "с 2019 по 2023 год", "с 78 млрд в 2019 году до 90 млрд в 2023 году", "в середине мая",
    "январь–март 2025 года", "сентябрь", "сен.", "ДЕКАБРЯ", "Сотрудничество", "по итогам", "за 3 квартала", "1990-х",
    "fiscal 2024-25", "last year", "on Monday", "from 2019 to 2023", "in March", "the past year", "H1 2025", "Q4",
    "ſince the ſtart of the year", "ᲀчера", "ı", "İ", "K", "٣ мая", "\u00a0", "«", "—", "№", "\ue000\ue000\ue000",
)
date_scan_soup = st.lists(
    st.one_of(st.sampled_from(DATE_SCAN_PIECES), st.sampled_from([" ", "-", ".", ",", "\n", "с ", "по ", "1"]), texts),
    max_size=24,
).map("".join)

# Word lists for prefix trees: few letters, so that words share beginnings and prefix one another.
tree_words = st.lists(st.text(st.sampled_from("abая.-"), min_size=1, max_size=5), min_size=1, max_size=12)
tree_texts = st.text(st.sampled_from("abaяАЯAB.- xſ"), max_size=30)

# Numerals among other words, with the gaps that do and do not join them into one numeral.
NUMERAL_PIECES = (
    "двадцать", "пятого", "пять", "Пять", "ПЯТЬ", "тысяча", "девятьсот", "первого", "одна", "три", "мая", "года",
    "сорок", "восьми", "ого", "x", "пятьдесят",
)
numeral_soup = st.lists(
    st.one_of(st.sampled_from(NUMERAL_PIECES), st.sampled_from([" ", "  ", "\u00a0", "\t", "-", "\n", ", ", "5"])),
    max_size=20,
).map("".join)


# --- Gazetteer fast paths (word lists, pieces, elsewhere search): cue words among the phrases. ---
CUE_PIECES = (
    "состоится", "Пройдёт", "запланировано", "предстоящего", "Подготовки", "к заседанию", "напомнила",
    "ранее", "в преддверии", "провел", "встречу с", "на полях", "в кулуарах", "в узком составе",
    "переговоры с журналистами", "заседании", "Совета", "to be held", "preparations", "ahead of",
)


@st.composite
def cue_slices(draw: st.DrawFn) -> tuple[str, int, int]:
    """(document, start, end): gazetteer phrases, meeting cue words and glue, and any piece of it."""
    words = st.sampled_from(GAZETTEER_PIECES + CUE_PIECES)
    parts = draw(st.lists(st.one_of(words, st.sampled_from(GAZETTEER_GLUE)), max_size=30))
    document = "".join(parts)
    start = draw(st.integers(0, len(document)))
    end = draw(st.integers(start, len(document)))
    return document, start, end


# Pieces of sentences the metrics tokeniser must split exactly as before: words with inner
# hyphens and apostrophes, grouped numbers, phone numbers, clock times, stray punctuation.
_TOKEN_PIECES = [
    "Товарооборот", "вырос", "на", "20%", "млрд", "долларов", "ШОС", "Кыргызстан-Китай", "ё", "Ёлка",
    "SCO", "trade", "rose", "O'Neil", "it’s", "1 000", "12,5", "3.000.000", "2025", "+7 (495) 123-45-67",
    "10:30", "№ 312", "(", ")", "«", "»", "—", "–", "-", ",", ".", ";", ":", "\u00a0", "  ", "\n", "🙂", "İ",
]
token_texts = st.lists(st.sampled_from(_TOKEN_PIECES), max_size=12).map(" ".join) | st.text(max_size=30)
