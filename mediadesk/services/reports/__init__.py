"""Reports: the person report (GDPR right of access) and the consent overview.

Building and rendering are apart:

- :mod:`.build` reads the library and applies the consent rules:
  ``person_report(lib, external_id)`` and ``consent_overview(lib, days)``
  return plain, JSON-ready dicts;
- :mod:`.render` turns such a dict into JSON, CSV or PDF (:mod:`.pdf`,
  words in :mod:`.texts`) and never touches the library or the store.

The builders are loaded on first use, so rendering alone (importing
``mediadesk.services.reports.render``) does not load SQLModel or the store.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .pdf import consent_overview_pdf, person_report_pdf
from .render import (
    consent_overview_csv,
    consent_overview_json,
    person_report_csv,
    person_report_json,
    render,
)

if TYPE_CHECKING:
    from .build import consent_overview, person_report

_BUILDERS = ("consent_overview", "person_report")


def __getattr__(name: str) -> Any:
    if name in _BUILDERS:
        from . import build

        return getattr(build, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "consent_overview", "consent_overview_csv", "consent_overview_json", "consent_overview_pdf",
    "person_report", "person_report_csv", "person_report_json", "person_report_pdf", "render",
]
