"""The identifier check: what in a reflection would identify a child, family or person.

Run before anything leaves the journal. It finds names next to family and role words,
family names ("the Patel family"), dates of birth, postcodes, phone numbers, emails, NHS and
National Insurance numbers, case references, schools and street addresses, and suggests
consistent replacements ("Child A", "Family A", "[postcode]"). Pure logic: no Qt, no
database.

What it cannot find (said in the README too): names written in lower case, names that are
also ordinary words or months ("April"), schools named without a word such as "School" or
"Academy", dates of birth without a year, house names.
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
