"""Russian person names back to the nominative, by the case their context gives.

pymorphy3 does not know most Central Asian names and guesses odd lemmas for them
("Ермекбаева" -> "ермекбай"), so names are declined back by the endings of Russian name
declension instead: "Михаилом Мишустиным" (ablt) -> "Михаил Мишустин", "Шахбаза Шарифа"
(gent) -> "Шахбаз Шариф", "Ли Цяна" -> "Ли Цян"; indeclinable names ("Ван И", "Расулзода")
stay as they are.
"""

from __future__ import annotations

from functools import lru_cache

from sco_brief.morph import parses

__all__ = ["is_feminine", "nominative", "nominative_word"]

# (ending in the case, nominative ending) for masculine names, most specific first.
_MASC: dict[str, tuple[tuple[str, str], ...]] = {
    "gent": (
        ("ича", "ич"),
        ("ова", "ов"),
        ("ева", "ев"),
        ("ёва", "ёв"),
        ("ина", "ин"),
        ("ына", "ын"),
        ("ия", "ий"),
        ("ея", "ей"),
        ("уя", "уй"),
        ("ая", "ай"),
        ("эя", "эй"),
        ("оя", "ой"),
        ("ья", "ь"),
        ("я", "ь"),
        ("ы", "а"),
        ("ги", "га"),
        ("ки", "ка"),
        ("хи", "ха"),
        ("жи", "жа"),
        ("ши", "ша"),
        ("чи", "ча"),
        ("щи", "ща"),
        ("а", ""),
    ),
    "datv": (
        ("ичу", "ич"),
        ("ову", "ов"),
        ("еву", "ев"),
        ("ину", "ин"),
        ("ию", "ий"),
        ("ею", "ей"),
        ("аю", "ай"),
        ("эю", "эй"),
        ("ую", "уй"),
        ("ою", "ой"),
        ("ю", "ь"),
        ("е", "а"),
        ("у", ""),
    ),
    "ablt": (
        ("ичем", "ич"),
        ("овым", "ов"),
        ("евым", "ев"),
        ("ёвым", "ёв"),
        ("иным", "ин"),
        ("ыным", "ын"),
        ("ием", "ий"),
        ("еем", "ей"),
        ("аем", "ай"),
        # Chinese syllables in -й ("Лю Вэем", "Чжан Хуэем") decline like "Андрей".
        ("эем", "эй"),
        ("уем", "уй"),
        ("оем", "ой"),
        ("ой", "а"),
        ("ей", "я"),
        ("ем", "ь"),
        ("ом", ""),
    ),
    "loct": (
        ("ове", "ов"),
        ("еве", "ев"),
        ("ине", "ин"),
        ("ии", "ий"),
        ("ее", "ей"),
        ("эе", "эй"),
        ("ае", "ай"),
        ("е", ""),
    ),
}
_FEM: dict[str, tuple[tuple[str, str], ...]] = {
    "gent": (
        ("овой", "ова"),
        ("евой", "ева"),
        ("иной", "ина"),
        ("ой", "а"),
        ("ы", "а"),
        ("ги", "га"),
        ("ки", "ка"),
        ("хи", "ха"),
        ("жи", "жа"),
        ("ши", "ша"),
        ("чи", "ча"),
        ("щи", "ща"),
    ),
    "datv": (("овой", "ова"), ("евой", "ева"), ("иной", "ина"), ("ой", "а"), ("е", "а")),
    "ablt": (("овой", "ова"), ("евой", "ева"), ("иной", "ина"), ("ой", "а"), ("ей", "я")),
    "loct": (("овой", "ова"), ("евой", "ева"), ("иной", "ина"), ("е", "а")),
}


def is_feminine(words: list[str], case: str) -> bool:
    """Whether a name in ``case`` is a woman's: a feminine first name in that case ("Оксаны"),
    or a feminine surname ending ("Кудратовой")."""
    return _feminine(words[0], words[-1], "gent" if case == "accs" else case)


# Cached per (first word, last word, case): a text names its people again and again.
@lru_cache(maxsize=65536)
def _feminine(first: str, last_word: str, case: str) -> bool:
    genders = {
        p.tag.gender
        for p in parses(first)
        if "Name" in p.tag and ("gent" if p.tag.case == "accs" else p.tag.case) == case
    }
    if genders:
        return genders == {"femn"}
    last = last_word.lower()
    return last.endswith(("ова", "ева", "ина") if case == "nomn" else ("овой", "евой", "иной"))


# Cached per (word, case, gender): a pure function of the form, and names repeat.
@lru_cache(maxsize=65536)
def nominative_word(word: str, case: str, *, feminine: bool = False) -> str:
    """One name word back in the nominative from ``case``; hyphenated names decline at the end."""
    head, dash, last = word.rpartition("-")
    if dash:
        return f"{head}-{nominative_word(last, case, feminine=feminine)}"
    if case in ("nomn", "") or len(word) < 3 or word.isupper() or word.lower().endswith(("зода", "заде")):
        return word
    rules = (_FEM if feminine else _MASC).get("gent" if case == "accs" else case, ())
    lower = word.lower()
    for ending, nominative in rules:
        # The stem keeps two letters, counting one the ending shares with the nominative ("Вэем" -> "Вэй").
        kept = len(lower) - len(ending) + (ending[:1] == nominative[:1])
        if lower.endswith(ending) and kept >= 2:
            return word[: len(word) - len(ending)] + nominative
    return word


def nominative(words: list[str], case: str) -> list[str]:
    """A name's words in the nominative; initials and indeclinable words stay as written."""
    feminine = bool(words) and is_feminine(words, case)
    return [w if w.endswith(".") else nominative_word(w, case, feminine=feminine) for w in words]
