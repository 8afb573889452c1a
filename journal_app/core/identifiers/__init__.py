"""The identifier check: what in a reflection would identify a child, family or person.

Run before anything leaves the journal. It finds names next to family and role words, dates
of birth, postcodes, phone numbers, emails, NHS and National Insurance numbers, case
references, schools and street addresses, and suggests consistent replacements ("Child A",
"Parent B", "[postcode]"). Pure logic: no Qt, no database.
"""

from __future__ import annotations

from ._check import apply_replacements, check_fields, find_identifiers
from ._numbers import is_valid_nhs_number
from ._types import KIND_LABELS, Finding, FindingKind

__all__ = [
    "KIND_LABELS",
    "Finding",
    "FindingKind",
    "apply_replacements",
    "check_fields",
    "find_identifiers",
    "is_valid_nhs_number",
]
