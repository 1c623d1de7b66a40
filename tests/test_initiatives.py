"""The initiatives extractor: directions, proposals and projects from constructed texts.

Texts here are written for these tests (not taken from the dev corpus), one pattern each.
"""

from __future__ import annotations

import pytest
from hypothesis import given

from sco_brief.errors import InputError
from sco_brief.extract.document import Document
from sco_brief.extract.initiatives import extract_initiatives, initiative_scopes, title_key
from sco_brief.extract.meeting import MeetingHead
from sco_brief.ingest import make_source
from sco_brief.lang import load_toml
from sco_brief.model import Evidence, Initiative, Participant, Span
from tests.strategies import initiative_texts

HEAD = MeetingHead()


def _doc(text: str, lang: str = "ru") -> Document:
    return Document(make_source(text, lang=lang, source_id="t"))


def _initiatives(text: str, lang: str = "ru", participants: tuple[Participant, ...] = ()) -> tuple[Initiative, ...]:
    return extract_initiatives(_doc(text, lang), HEAD, participants)


def _pairs(text: str, lang: str = "ru") -> list[tuple[str, str]]:
    return [(i.kind, i.title) for i in _initiatives(text, lang)]


def _speaker(text: str, name: str, country: str, role: str = "speaker") -> Participant:
    start = text.index(name)
    quote = text[start : start + len(name)]
    evidence = Evidence(source_id="t", span=Span(start=start, end=start + len(name)), quote=quote)
    return Participant(name=name, role=role, evidence=evidence, country=country)


HEADINGS = (
    "Министр обозначил приоритеты сотрудничества:\n"
    "Энергетическая безопасность. Отмечено, что регион нуждается в новых мощностях. Это важно.\n"
    "Туризм. Подчеркнута роль культурных обменов.\n"
)

PROPOSALS_RU = [
    (
        "Премьер-министр предложил учредить Фонд поддержки малого бизнеса ШОС.",
        [("proposal", "Фонд поддержки малого бизнеса ШОС")],
    ),
    (
        "Делегация выступила с инициативой создания Евразийского агроконсорциума.",
        [("proposal", "Евразийский агроконсорциум")],
    ),
    (
        "Министр предложил провести в 2027 году в Алматы Неделю креативных индустрий ШОС.",
        [("proposal", "Неделя креативных индустрий ШОС")],
    ),
    (
        "Он призвал сформировать единую электронную очередь на границе, что ускорит перевозки.",
        [("proposal", "единая электронная очередь на границе")],
    ),
    (
        "Отмечена необходимость создания Инвестиционного совета государств – членов ШОС.",
        [("proposal", "Инвестиционный совет государств – членов ШОС")],
    ),
    (
        "Глава МИД предложил возобновить работу Молодёжного совета ШОС.",
        [("proposal", "возобновление работы Молодёжного совета ШОС")],
    ),
    (
        "Президент призвал углублять сотрудничество в области здравоохранения.",
        [("direction", "сотрудничество в области здравоохранения")],
    ),
    ("Президент призвал государства к конкретным шагам.", []),
    (
        "Делегация выступила за создание Клуба ректоров ШОС.",
        [("proposal", "Клуб ректоров ШОС")],
    ),
    (
        "Стороны обсудили продвижение инициативы о создании Центра медицины катастроф ШОС.",
        [("proposal", "Центр медицины катастроф ШОС")],
    ),
    ("Стороны подписали совместное коммюнике.", []),
]

PROJECTS_RU = [
    (
        "Министр рассказал о ходе строительства автодороги Ош — Баткен — Исфана.",
        [("project", "автодорога Ош — Баткен — Исфана")],
    ),
    (
        "Запущена информационная система «Электронный караван».",
        [("project", "информационная система «Электронный караван»")],
    ),
    ("Он напомнил о завершении строительства Камбаратинской ГЭС.", [("project", "Камбаратинская ГЭС")]),
    ("Реализуется проект TAPI-2 с участием партнёров.", [("project", "TAPI-2")]),
    ("Делегации утвердили Декларацию «Единство и развитие».", []),
    ("Маршрут Китай – Европа – Китай остаётся востребованным.", []),
]

EN_CASES = [
    (
        "The minister proposed setting up an SCO energy research network to pool expertise.",
        [("proposal", "SCO energy research network")],
    ),
    (
        "She called for the early launch of an SCO food reserve.",
        [("proposal", "early launch of an SCO food reserve")],
    ),
    (
        "He said the country's priorities were water security, green finance and digital trade.",
        [("direction", "water security"), ("direction", "green finance"), ("direction", "digital trade")],
    ),
    (
        "The sides discussed the Gwadar-Kashgar pipeline and the North Ring Highway (NRH).",
        [("project", "Gwadar-Kashgar pipeline"), ("project", "North Ring Highway (NRH)")],
    ),
    ("The ministers approved the SCO Development Strategy.", []),
    ("He proposed the creation of an SCO Film Academy.", [("proposal", "SCO Film Academy")]),
    (
        "She urged partners to deepen cooperation in water management.",
        [("direction", "cooperation in water management")],
    ),
]


def test_seed_gives_the_four_directions_in_order(seed_text: str) -> None:
    """The seed's heading list gives four directions, in text order, each with a summary."""
    found = _initiatives(seed_text)
    directions = [i for i in found if i.kind == "direction"]
    expected = ["Упрощение процедур торговли", "Транспортная взаимосвязанность", "Инвестиции и финансы", "Цифровизация"]
    assert expected == [d.title for d in directions]
    assert [True] * 4 == [bool(d.summary) for d in directions]


def test_seed_gives_the_bank_and_data_centre_proposals_and_projects(seed_text: str) -> None:
    """The seed's proposals (SCO Development Bank, data-centre initiative) and named projects are found."""
    found = _initiatives(seed_text)
    proposals = [i.title for i in found if i.kind == "proposal"]
    projects = [i.title for i in found if i.kind == "project"]
    assert "Банк развития ШОС" == proposals[0]
    assert True is any("центров обработки данных" in p for p in proposals)
    assert True is any("Умная таможня" in p for p in projects)
    assert True is any(p.startswith("железная дорога Китай") for p in projects)
    assert ["direction"] * 4 + ["proposal"] * len(proposals) + ["project"] * len(projects) == [i.kind for i in found]


def test_heading_list_titles_summaries_and_evidence() -> None:
    """Each heading becomes a direction whose evidence is the heading and whose summary is its details."""
    found = _initiatives(HEADINGS)
    assert [("direction", "Энергетическая безопасность"), ("direction", "Туризм")] == [(i.kind, i.title) for i in found]
    assert "Энергетическая безопасность." == found[0].evidence.quote
    assert "Отмечено, что регион нуждается в новых мощностях. Это важно." == found[0].summary


def test_scopes_run_from_heading_to_paragraph_end() -> None:
    """A heading direction governs its whole paragraph; the metrics stage reads this span."""
    doc = _doc(HEADINGS)
    found = extract_initiatives(doc, HEAD, ())
    scopes = initiative_scopes(doc, found)
    expected_first = "Энергетическая безопасность. Отмечено, что регион нуждается в новых мощностях. Это важно."
    assert [0, 1] == [index for index, _span in scopes]
    assert expected_first == scopes[0][1].slice(doc.text)
    assert "Туризм. Подчеркнута роль культурных обменов." == scopes[1][1].slice(doc.text)


def test_scopes_of_inline_items_stay_in_their_sentence() -> None:
    """Directions enumerated in one sentence share it as their scope; ordinal items stop at the next."""
    text = (
        "Министр назвал приоритеты: цифровая торговля, туризм и энергетика. Рост составил 5%.\n"
        "Глава делегации отметил. Первое – развитие логистики. Второе – поддержка экспорта.\n"
    )
    doc = _doc(text)
    found = extract_initiatives(doc, HEAD, ())
    scoped = {found[i].title: span.slice(text) for i, span in initiative_scopes(doc, found)}
    sentence = "Министр назвал приоритеты: цифровая торговля, туризм и энергетика."
    assert sentence == scoped["туризм"]
    assert "Первое – развитие логистики." == scoped["развитие логистики"]
    assert "Второе – поддержка экспорта." == scoped["поддержка экспорта"]


@pytest.mark.parametrize(("text", "expected"), PROPOSALS_RU)
def test_russian_proposals(text: str, expected: list[tuple[str, str]]) -> None:
    """Proposal cues give the object phrase, put into the nominative, as the title."""
    assert expected == _pairs(text)


@pytest.mark.parametrize(("text", "expected"), PROJECTS_RU)
def test_russian_projects(text: str, expected: list[tuple[str, str]]) -> None:
    """Named projects are found by their head noun and name; documents and round trips are not projects."""
    assert expected == _pairs(text)


@pytest.mark.parametrize(("text", "expected"), EN_CASES)
def test_english_initiatives(text: str, expected: list[tuple[str, str]]) -> None:
    """English proposals, inline priorities and capitalised projects."""
    assert expected == _pairs(text, "en")


def test_ordinal_list_items() -> None:
    """Items that propose are proposals; the others are directions titled by their nominalised verb."""
    text = (
        "Президент выдвинул ряд предложений.\n"
        "Во-первых, создать Центр цифровых компетенций ШОС.\n"
        "Во-вторых, укреплять продовольственную безопасность. Урожай зависит от климата.\n"
        "В-третьих, расширять гуманитарное сотрудничество.\n"
    )
    expected = [
        ("direction", "укрепление продовольственной безопасности"),
        ("direction", "гуманитарное сотрудничество"),
        ("proposal", "Центр цифровых компетенций ШОС"),
    ]
    assert expected == _pairs(text)
    assert "Урожай зависит от климата." == _initiatives(text)[0].summary


def test_inline_list_in_accusative_reads_in_nominative() -> None:
    """An enumeration after a colon gives one direction per item, each in the nominative."""
    text = "Участники обсудили ключевые направления: модернизацию погранпереходов, цифровизацию и туризм."
    expected = ["модернизация погранпереходов", "цифровизация", "туризм"]
    found = _initiatives(text)
    assert expected == [i.title for i in found]
    assert [None, None, None] == [i.by for i in found]


def test_proposer_is_the_named_side_or_the_last_speaker() -> None:
    """`by` is a country named as subject, else the country of the speaker named last before it."""
    text = (
        "Алибек Нуров отметил рост. Он предложил создать Совет молодых учёных. "
        "Казахстанская сторона предложила учредить Клуб экспортёров."
    )
    participants = (_speaker(text, "Алибек Нуров", "TJ"),)
    found = _initiatives(text, participants=participants)
    assert [("Совет молодых учёных", "TJ"), ("Клуб экспортёров", "KZ")] == [(i.title, i.by) for i in found]


def test_headline_is_not_read_for_initiatives() -> None:
    """A headline (no final stop) repeats the body; only the body statement counts."""
    text = "Министр предложил создать Совет по туризму ШОС\n\nМинистр предложил создать Совет по туризму ШОС."
    found = _initiatives(text)
    assert 1 == len(found)
    assert text.rindex("Министр") == found[0].evidence.span.start


def test_title_key_ignores_case_quotes_dashes_and_inflection() -> None:
    """Titles compare by the lemmas of their content words."""
    assert title_key("Банк развития ШОС") == title_key("«банка» развития – ШОС")


def test_language_data_tables_agree() -> None:
    """Both languages' initiative tables have the same sections and keys, and every pattern compiles."""
    import re

    ru, en = load_toml("ru", "initiatives"), load_toml("en", "initiatives")
    assert sorted(ru) == sorted(en)
    for section in ("directions", "proposals", "clauses", "titles", "stated"):
        assert sorted(ru[section]) == sorted(en[section]), section
    for table in (ru, en):
        patterns = table["proposals"]["cue_patterns"] + table["directions"]["list_cues"] + table["stated"]["patterns"]
        assert [] == [p for p in patterns if not re.compile(p)]


def test_keep_verbs_map_to_verbal_nouns() -> None:
    """Each Russian verb kept in a title maps to a noun (pymorphy3 agrees)."""
    from sco_brief.morph import parses

    keep = load_toml("ru", "initiatives")["proposals"]["keep_verbs"]
    assert [] == [noun for noun in keep.values() if parses(noun)[0].tag.POS != "NOUN"]


@given(initiative_texts())
def test_never_raises_and_quotes_match(text: str) -> None:
    """On any text the extractor returns initiatives whose evidence quotes are slices of the text."""
    for lang in ("ru", "en"):
        try:
            doc = _doc(text, lang)
        except InputError:
            return
        found = extract_initiatives(doc, HEAD, ())
        assert [i.evidence.span.slice(text) for i in found] == [i.evidence.quote for i in found]
        scopes = initiative_scopes(doc, found)
        assert [True] * len(scopes) == [span.start <= span.end <= len(text) for _i, span in scopes]


def test_inline_list_after_a_dash() -> None:
    """Russian news also open an enumeration with a dash: "В числе приоритетов – A, B и C"."""
    text = "В числе приоритетов председательства – безопасность, торговля и культура."
    assert ["безопасность", "торговля", "культура"] == [i.title for i in _initiatives(text)]
    compound = "Приоритеты государств – членов ШОС: энергетика, туризм и логистика."
    assert ["энергетика", "туризм", "логистика"] == [i.title for i in _initiatives(compound)]


def test_english_numbered_items() -> None:
    """Numbered resolutions: adopted documents are skipped, proposals kept, the rest are directions."""
    text = (
        "The ministers:\n"
        "1. approved the SCO Youth Strategy;\n"
        "2. supported the proposal to establish an SCO Energy Club;\n"
        "3. agreed to step up cooperation in fighting cybercrime.\n"
    )
    expected = [("direction", "cooperation in fighting cybercrime"), ("proposal", "SCO Energy Club")]
    assert expected == _pairs(text, "en")


def test_collective_subject_gives_no_proposer() -> None:
    """Projects and proposals stated by "the two leaders" belong to nobody in particular."""
    text = "Ali Khan met Wang Lei. The two leaders agreed to speed up the Kashgar-Gwadar railway."
    participants = (_speaker(text, "Ali Khan", "PK"),)
    found = _initiatives(text, "en", participants)
    assert [("project", "Kashgar-Gwadar railway", None)] == [(i.kind, i.title, i.by) for i in found]


LISTS = [
    (
        "The minister outlined key areas of cooperation:\n"
        "Energy security. He noted that demand for power is growing.\n"
        "Digital trade. The parties will harmonise e-commerce rules.\n",
        "en",
        ["Energy security", "Digital trade"],
    ),
    (
        "The Secretary-General listed the priorities:\n• food security;\n• green energy;\n• youth exchanges.\n",
        "en",
        ["food security", "green energy", "youth exchanges"],
    ),
    (
        "Министр назвал приоритеты:\n• продовольственная безопасность;\n• зелёная энергетика;\n• молодёжные обмены.\n",
        "ru",
        ["продовольственная безопасность", "зелёная энергетика", "молодёжные обмены"],
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), LISTS)
def test_heading_and_bullet_lists(text: str, lang: str, expected: list[str]) -> None:
    """English heading lists and bulleted lists in both languages give one direction per item."""
    found = _initiatives(text, lang)
    assert expected == [i.title for i in found]
    assert ["direction"] * len(expected) == [i.kind for i in found]
