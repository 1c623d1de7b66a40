"""The public face of the package: every exported name resolves, and import stays light."""

from __future__ import annotations

import subprocess
import sys

import pytest

import sco_brief


@pytest.mark.parametrize("name", sco_brief.__all__)
def test_every_public_name_resolves(name: str) -> None:
    """Each name in __all__ is importable from the package."""
    assert getattr(sco_brief, name) is not None


def test_extract_stays_a_function_after_stage_imports(seed_text: str) -> None:
    """Importing the extract/ stage modules must not shadow sco_brief.extract()."""
    import sco_brief.extract.meeting

    assert callable(sco_brief.extract)
    assert "sco.heads_of_government" == sco_brief.extract(seed_text).body


def test_import_does_not_load_heavy_dependencies() -> None:
    """`import sco_brief` loads neither pymorphy3, docx nor openpyxl (start-up stays fast)."""
    heavy = "('pymorphy3', 'docx', 'openpyxl', 'razdel')"
    code = f"import sys, sco_brief; print(sorted(m for m in {heavy} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert "[]" == out.strip()


def test_unknown_attribute_is_an_attribute_error() -> None:
    """A typo gives the usual AttributeError, not something stranger."""
    with pytest.raises(AttributeError, match="no attribute 'extrakt'"):
        sco_brief.extrakt  # noqa: B018
