"""Rules widened in genre round seven (a): texts 91-96 (RG, Vesti.kz, UzA, Sputnik Tajikistan, a
Xinhua economy feature, an MEA briefing)."""

from __future__ import annotations

import datetime as dt

import pytest

from sco_brief.pipeline import extract

PUBLISHED = dt.date(2026, 6, 12)


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Заседание Совета глав правительств государств - членов ШОС прошло 18 ноября в белорусской столице.", "Minsk"),
        ("Встреча секретарей советов безопасности государств – членов ШОС прошла в таджикской столице.", "Dushanbe"),
        ("He attended the meeting of the SCO Council of Foreign Ministers held in the Kyrgyz capital.", "Bishkek"),
    ],
)
def test_capital_named_by_the_country_adjective(text: str, city: str) -> None:
    assert extract(text, published=PUBLISHED).city == city


def test_a_ministry_media_briefing_is_no_meeting() -> None:
    text = (
        "Transcript of Weekly Media Briefing by the Official Spokesperson (June 12, 2026)\n\n"
        "EAM participated in the meeting of the SCO Council of Foreign Ministers in Bishkek on 10-11 June."
    )
    meeting = extract(text, published=PUBLISHED)
    assert (meeting.body, meeting.start, meeting.end) == (
        "sco.foreign_ministers",
        dt.date(2026, 6, 10),
        dt.date(2026, 6, 11),
    )


def test_a_secretary_generals_briefing_still_is_one() -> None:
    text = "SCO Secretary-General held a briefing at the SCO Secretariat in Beijing for diplomats."
    assert extract(text, published=PUBLISHED).body == "other"


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Хива, 11 сентября. В Хиве завершилось двухдневное совещание министров транспорта стран ШОС.", 10),
        ("Хива, 11 сентября. В Хиве завершилось трехдневное совещание министров транспорта стран ШОС.", 9),
        ("Хива, 11 сентября. В Хиве прошло совещание министров транспорта стран ШОС.", 11),
    ],
)
def test_a_closing_day_of_a_multi_day_meeting(text: str, start: int) -> None:
    meeting = extract(text, published=dt.date(2026, 9, 11))
    assert (meeting.start, meeting.end) == (dt.date(2026, 9, start), dt.date(2026, 9, 11))


def test_a_hyphenated_ed_word_does_not_end_an_object() -> None:
    text = "He called for a joint fund for small and medium-sized enterprises."
    assert [i.title for i in extract(text).initiatives] == ["fund for small and medium-sized enterprises"]


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (
            "He highlighted connectivity, digital public infrastructure and food security as priorities.",
            ["connectivity", "digital public infrastructure", "food security"],
        ),
        ("Sharif named trade and energy as key areas of cooperation.", ["trade", "energy"]),
        (
            "The minister identified healthcare, including telemedicine, as a promising area of cooperation.",
            ["healthcare, including telemedicine"],
        ),
    ],
)
def test_a_list_named_as_priorities(text: str, titles: list[str]) -> None:
    found = [i.title for i in extract(text).initiatives if i.kind == "direction"]
    assert found == titles


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        (
            "In the first three quarters of 2026, trade reached 2.1 trillion yuan. "
            "Imports of agricultural products jumped 23 percent.",
            23,
            "2026-01/2026-09",
        ),
        ("India's trade with SCO states crossed $140 billion in 2025, and exports grew by 11 per cent.", 11, "2025"),
        ("Port Qasim handled 883,200 TEUs in 2024, while the port could reduce costs by 30 percent.", 30, None),
    ],
)
def test_a_rate_after_a_dated_figure_of_its_paragraph(text: str, value: float, label: str | None) -> None:
    metric = next(m for m in extract(text, published=PUBLISHED).metrics if m.value.value == value)
    if label is None:
        assert metric.period is None
    else:
        start, _, end = label.partition("/")
        assert metric.period is not None
        assert metric.period.start.isoformat().startswith(start)
        assert metric.period.end.isoformat().startswith(end or start)


def test_a_count_since_a_launch_has_no_period() -> None:
    text = "Since its launch in 2019, the area has attracted more than 300 enterprises from SCO countries."
    metric = next(m for m in extract(text, published=PUBLISHED).metrics if m.value.value == 300)
    assert metric.period is None


def test_a_province_is_no_person() -> None:
    text = (
        "Trucks queue at the gates of the zone in east China's Shandong Province. Liu Jianhua, chairman of the "
        "Chinese section of the SCO Business Council, spoke at the annual meeting of the SCO Business Council."
    )
    assert "Shandong Province" not in {p.name for p in extract(text, published=PUBLISHED).participants}


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("С начала года органы пресекли деятельность 11 ячеек экстремистских организаций.", "cell"),
        ("За пять лет построено более 400 медицинских учреждений.", "facility"),
    ],
)
def test_counted_cells_and_facilities(text: str, unit: str) -> None:
    assert [m.value.unit for m in extract(text, published=PUBLISHED).metrics] == [unit]


@pytest.mark.parametrize(
    ("text", "projects"),
    [
        ("Qingdao port ranked fifth in the world by container throughput in 2025.", []),
        ("Pakistan offered Central Asian states access to Gwadar port.", ["Gwadar port"]),
    ],
)
def test_a_working_facility_with_its_statistic_is_no_project(text: str, projects: list[str]) -> None:
    assert [i.title for i in extract(text).initiatives if i.kind == "project"] == projects
