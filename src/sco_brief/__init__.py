"""sco_brief: briefings and figure sheets from press releases about SCO meetings.

    >>> import sco_brief
    >>> meeting = sco_brief.extract(text)
    >>> sco_brief.write_docx(meeting, "brief.docx")

Public names load lazily, so ``import sco_brief`` stays fast and the Russian
morphology dictionaries load only when extraction first needs them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# name -> module that defines it. One table, so adding a public name is one line.
_EXPORTS: dict[str, str] = {
    "DateMention": "sco_brief.recognise.dates",
    "Evidence": "sco_brief.model",
    "ExportError": "sco_brief.errors",
    "Initiative": "sco_brief.model",
    "InputError": "sco_brief.errors",
    "LanguageDataError": "sco_brief.errors",
    "Meeting": "sco_brief.model",
    "Metric": "sco_brief.model",
    "ModelError": "sco_brief.errors",
    "NumberMention": "sco_brief.recognise.numbers",
    "OutputExistsError": "sco_brief.errors",
    "Participant": "sco_brief.model",
    "Period": "sco_brief.model",
    "Quantity": "sco_brief.model",
    "ScoBriefError": "sco_brief.errors",
    "Source": "sco_brief.model",
    "Span": "sco_brief.model",
    "extract": "sco_brief.pipeline",
    "find_dates": "sco_brief.recognise.dates",
    "find_numbers": "sco_brief.recognise.numbers",
    "from_json": "sco_brief.serialize",
    "parse_number": "sco_brief.recognise.numbers",
    "read_source": "sco_brief.ingest",
    "read_xlsx": "sco_brief.export.xlsx_read",
    "to_json": "sco_brief.serialize",
    "write_docx": "sco_brief.export.docx",
    "write_json": "sco_brief.export.json",
    "write_xlsx": "sco_brief.export.xlsx",
}

__all__ = [
    "DateMention",
    "Evidence",
    "ExportError",
    "Initiative",
    "InputError",
    "LanguageDataError",
    "Meeting",
    "Metric",
    "ModelError",
    "NumberMention",
    "OutputExistsError",
    "Participant",
    "Period",
    "Quantity",
    "ScoBriefError",
    "Source",
    "Span",
    "__version__",
    "extract",
    "find_dates",
    "find_numbers",
    "from_json",
    "parse_number",
    "read_source",
    "read_xlsx",
    "to_json",
    "write_docx",
    "write_json",
    "write_xlsx",
]

if TYPE_CHECKING:
    from sco_brief.errors import (
        ExportError,
        InputError,
        LanguageDataError,
        ModelError,
        OutputExistsError,
        ScoBriefError,
    )
    from sco_brief.export.docx import write_docx
    from sco_brief.export.json import write_json
    from sco_brief.export.xlsx import write_xlsx
    from sco_brief.export.xlsx_read import read_xlsx
    from sco_brief.ingest import read_source
    from sco_brief.model import (
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
    from sco_brief.pipeline import extract
    from sco_brief.recognise.dates import DateMention, find_dates
    from sco_brief.recognise.numbers import NumberMention, find_numbers, parse_number
    from sco_brief.serialize import from_json, to_json


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'sco_brief' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
