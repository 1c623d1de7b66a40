"""sco_brief: briefings and figure sheets from press releases about SCO meetings.

    >>> import sco_brief
    >>> meeting = sco_brief.extract(text)
    >>> sco_brief.write_docx(meeting, "brief.docx")

Public names load lazily, so ``import sco_brief`` stays fast and the Russian
morphology dictionaries load only when extraction first needs them.
"""

from __future__ import annotations

import datetime as _dt
import importlib
from typing import TYPE_CHECKING, Any

# The pipeline stage package ``sco_brief.extract`` and the function ``sco_brief.extract()``
# share a name. Importing the (light) package first means later imports of its modules no
# longer rebind the attribute, so the function defined below keeps the name for good.
import sco_brief.extract as _extract_stage  # noqa: F401

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
    from sco_brief.recognise.dates import DateMention, find_dates
    from sco_brief.recognise.numbers import NumberMention, find_numbers, parse_number
    from sco_brief.serialize import from_json, to_json


def extract(
    text: str,
    *,
    lang: str | None = None,
    published: _dt.date | None = None,
    source_id: str | None = None,
    title: str | None = None,
    url: str | None = None,
) -> Meeting:
    """Read one press release or news text and build its Meeting (see :func:`sco_brief.pipeline.extract`)."""
    from sco_brief.pipeline import extract as run_pipeline

    return run_pipeline(text, lang=lang, published=published, source_id=source_id, title=title, url=url)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'sco_brief' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
