"""Hand-built Meetings for the briefing tests: realistic Russian and English sources.

The texts are written for these tests in the genre of SCO press releases; the figures are
illustrative. Every Evidence is cut from its source text, as the model requires.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sco_brief.model import Evidence, Initiative, Meeting, Metric, Participant, Period, Quantity, Source, Span

RU_TEXT = (
    "Премьер-министр Республики Казахстан Олжас Бектенов принял участие в 23-м заседании Совета глав "
    "правительств государств — членов ШОС в расширенном составе, которое прошло в Исламабаде. "
    "Заседание провёл Премьер-министр Пакистана Шахбаз Шариф. "
    "Председатель КНР Си Цзиньпин направил участникам приветствие. "
    "Казахстанская сторона выделила направление «Транспорт и логистика». "
    "Грузопоток по Транскаспийскому маршруту за 2020–2024 годы вырос в 2,4 раза. "
    "Время прохождения границы сократилось с трёх суток до 12 часов. "
    "Предложено создать Фонд развития ШОС. "
    "Отмечен проект железной дороги «Китай — Кыргызстан — Узбекистан». "
    "Доля стран ШОС во внешней торговле республики составляет около 40 процентов. "
    "Объём взаимных инвестиций превысил 5,2 млрд долларов."
)
EN_TEXT = (
    "Prime Minister Shehbaz Sharif chaired the 23rd meeting of the SCO Council of Heads of Government "
    "in Islamabad on 16 October 2024. Trade between SCO members grew by 12% in 2023."
)


def cut(source: Source, fragment: str) -> Evidence:
    """The Evidence of ``fragment`` inside ``source`` (its first occurrence)."""
    start = source.text.index(fragment)
    return Evidence(source_id=source.id, span=Span(start=start, end=start + len(fragment)), quote=fragment)


def _sources() -> tuple[Source, Source]:
    ru = Source(
        id="kz_gov", text=RU_TEXT, lang="ru", title="Олжас Бектенов принял участие в заседании СГП ШОС",
        url="https://example.org/news/sgp-shos", published=dt.date(2024, 10, 16),
    )
    en = Source(
        id="wire", text=EN_TEXT, lang="en", title="SCO heads of government meet", published=dt.date(2024, 10, 17)
    )
    return ru, en


def _sentence(source: Source, start: str) -> Evidence:
    begin = source.text.index(start)
    end = source.text.index(". ", begin) + 1 if ". " in source.text[begin:] else len(source.text)
    return cut(source, source.text[begin:end])


def _participants(ru: Source, en: Source) -> list[Participant]:
    return [
        Participant(name="Олжас Бектенов", role="speaker", evidence=_sentence(ru, "Премьер-министр Республики"),
                    position="Prime Minister", position_text="Премьер-министр Республики Казахстан", country="KZ"),
        Participant(name="Шахбаз Шариф", role="chair", evidence=_sentence(en, "Prime Minister Shehbaz"),
                    position="Prime Minister", position_text="Премьер-министр Пакистана", country="PK"),
        Participant(name="Си Цзиньпин", role="attendee", evidence=_sentence(ru, "Председатель КНР"),
                    position="President", position_text="Председатель КНР", country="CN"),
    ]


def _initiatives(ru: Source) -> list[Initiative]:
    return [
        Initiative(title="Транспорт и логистика", kind="direction", evidence=_sentence(ru, "Казахстанская сторона"),
                   summary="Развитие Транскаспийского маршрута и ускорение пересечения границ.", by="KZ"),
        Initiative(title="Фонд развития ШОС", kind="proposal", evidence=_sentence(ru, "Предложено создать"), by="KZ"),
        Initiative(title="железная дорога «Китай — Кыргызстан — Узбекистан»", kind="project",
                   evidence=_sentence(ru, "Отмечен проект")),
    ]


def _metrics(ru: Source, en: Source) -> list[Metric]:
    years = Period(start=dt.date(2020, 1, 1), end=dt.date(2024, 12, 31), label="2020–2024")
    return [
        Metric(subject="грузопоток по Транскаспийскому маршруту", kind="multiple", direction="up", initiative=0,
               value=Quantity(value=Decimal("2.4"), unit="times"), period=years, actor="KZ",
               evidence=_sentence(ru, "Грузопоток")),
        Metric(subject="время прохождения границы", kind="from_to", direction="down", initiative=0,
               value=Quantity(value=12, unit="hour"), baseline=Quantity(value=72, unit="hour"),
               evidence=_sentence(ru, "Время прохождения")),
        Metric(subject="доля стран ШОС во внешней торговле", kind="share", approx=True, actor="KZ",
               value=Quantity(value=40, unit="percent"), evidence=_sentence(ru, "Доля стран")),
        Metric(subject="взаимные инвестиции", kind="level", bound="lower", initiative=1,
               value=Quantity(value=Decimal("5.2e9"), unit="USD"), evidence=_sentence(ru, "Объём взаимных")),
        Metric(subject="trade between SCO members", kind="change", direction="up",
               value=Quantity(value=12, unit="percent"),
               period=Period(start=dt.date(2023, 1, 1), end=dt.date(2023, 12, 31), label="2023"),
               evidence=_sentence(en, "Trade between")),
    ]


def sample_meeting() -> Meeting:
    """A two-source meeting with every kind of fact the briefing shows."""
    ru, en = _sources()
    return Meeting(
        sources=(ru, en), body="sco.heads_of_government", ordinal=23, format="expanded", city="Islamabad",
        start=dt.date(2024, 10, 16), end=dt.date(2024, 10, 16), evidence=_sentence(en, "Prime Minister Shehbaz"),
        participants=_participants(ru, en), initiatives=_initiatives(ru), metrics=_metrics(ru, en),
    )
