"""The one error hierarchy of sco_brief.

Every error subclasses the built-in it resembles, so callers that already catch
``ValueError`` or ``OSError`` keep working.
"""

from __future__ import annotations

__all__ = [
    "ExportError",
    "InputError",
    "LanguageDataError",
    "ModelError",
    "OutputExistsError",
    "ScoBriefError",
]


class ScoBriefError(Exception):
    """Base class of every error that sco_brief raises on purpose."""


class InputError(ScoBriefError, ValueError):
    """The input cannot be used: empty, binary, undecodable, too large, malformed."""


class ModelError(InputError):
    """A model object was given a value its field does not allow."""


class LanguageDataError(ScoBriefError, RuntimeError):
    """A packaged language data file is missing or does not follow its schema."""


class ExportError(ScoBriefError, OSError):
    """A briefing, workbook or JSON file could not be written."""


class OutputExistsError(ExportError, FileExistsError):
    """The output file exists and overwriting was not asked for."""
