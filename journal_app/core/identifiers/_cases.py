"""Case and file references: the numbers of the case-management systems social workers use.

People write them many ways: "case ref CR-2023-0451", "case 4471", "Case #4471:", "CIN
1234567", "CLA-0921", "Mosaic ID 4471190", "WCCIS number 1000234". A number counts when a
case word or a system's name sits just before it, or when it has the shape of a reference
on its own ("CLA-0921", "AB123456"). Years ("case 2024") and short counts ("case 2") are
left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from journal_app.core.messages import Message

from ._scan import Scan, find_in, free_before
from ._types import FindingKind, Hit

# Names of the case systems (Mosaic, Liquidlogic LCS/EHM and "LL", Eclipse, CareFirst,
# Paris, WCCIS in Wales, "ICS", the youth justice Childview, Frameworki) and the plan
# labels that prefix a number ("CIN 1234567").
_SYSTEMS = (
    r"mosaic|lcs|ehm|wccis|eclipse|paris|care[ ]?first|liquidlogic|azeus|childview|frameworki|"
    r"(?-i:CIN|CLA|LAC|CPP|CP|EHA|EH|LL|ICS)"
)
_CASE_CONTEXT = re.compile(
    r"(?i)(?<![\w])(?P<ctx>case[ ]?(?:ref(?:erence)?|no|number|id|file)|"
    r"ref(?:erence)?(?:[ ]?(?:no|number))?|file[ ]?(?:ref|no|number)|"
    r"(?:client|person|child|referral|contact|record)[ ]?(?:id|no|number|ref)|"
    rf"(?:{_SYSTEMS})(?:[ ]?(?:id|no|number|ref))?|"
    r"court[ ]?(?:ref|case[ ]?(?:no|number))|(?-i:ID|CCN)|"
    # Welsh: "rhif achos" (case number), "cyfeirnod" (reference), "cyf."
    r"rhif[ ]?(?:achos|cyfeirnod|cyf|ffeil)|cyfeirnod|(?-i:Cyf)|"
    r"(?:police|crime|incident|occurrence|log|storm|cad)[ ]?(?:ref|no|number|id))(?![a-z])\.?"
    r"[ ]*(?:[:#=][ ]*|(?:no\.?|number|is)[ ]+)?"
    r"(?P<code>[A-Z0-9](?:[A-Z0-9/\-]*[A-Z0-9])?)(?![\w/\-])"
)
# "case 4471", "Case #4471:", "case no. 4471", "under file 77/1345": the bare word needs
# digits straight after, and "in case 300 families" is a different "case".
_BARE_CASE = re.compile(
    r"(?i)(?<![\w])(?<!in[ ])(?P<ctx>cases?|referrals?|files?)[ ]*"
    r"(?:[#:][ ]*|nos?\.?[ ]*|numbers?[ ]+)?"
    r"(?P<code>\d{3,}(?:[/\-]\d+)*|\d{2}[/\-]\d{4,}(?:[/\-]\d+)*)(?![\w/\-]|[.,]\d)"
)
# the rest of a list after "cases 3310 and 3311", "case nos 4410, 4411 & 4415"
_MORE_CODES = re.compile(
    r"(?:,|[ ]and|[ ]&|[ ]/)[ ]+#?(?P<code>\d{3,}(?:[/\-]\d+)*)(?![\w/\-]|[.,]\d)"
)
# "#4502 - step down agreed": a number tagged with "#" and nothing else is a record's
_HASH_CODE = re.compile(r"(?<![\w#&])#(?P<code>\d{4,})(?![\w/\-]|[.,]\d)")
# "policy ref 2024/117", "invoice number 88123": references, but to no child's file
_NOT_A_CASE_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:policy|policies|procedure|procedures|guidance|protocol|budget|invoice|"
    r"purchase[ ]order|order|payroll|employee|staff|training|course|module|article|journal|"
    r"paper|document|expenses?|tax)[ ]+$"
)
# starts with a capital (no alternation first), so re can skip ahead to the next capital
_CASE_SHAPE = re.compile(
    r"[A-Z]{1,5}(?:\d{5,}|[\-/]\d{2,4}[\-/]\d{2,}(?:[\-/]\d+)*|(?P<single>[\-/]\d{3,})"
    # family court numbers: court, year, type, number ("CF24P00123")
    r"|(?<=[A-Z]{2})\d{2}[A-Z]\d{4,6})"
    r"(?![\w/\-])"
)
# "CLA-0921": a single separator is a reference only after a case system's prefix
# and the public law outline's letters ("PLO-0456")
_PREFIXES = frozenset(
    {"CIN", "CLA", "LAC", "CPP", "CP", "EH", "EHA", "EHM", "LCS", "WCCIS", "PLO"}
)
# or before four digits or more: a team's own prefix ("FOS-2291", "YOS-40721"), but
# never a standard's or an illness's ("ISO-9001", "COVID-2019")
_NOT_PREFIXES = frozenset(
    {"ISO", "BS", "EN", "IEC", "COVID", "SARS", "MERS", "RFC", "SI", "INV", "PO", "VAT", "ISBN"}
)
_YEAR = re.compile(r"(?:19|20)\d\d")
# "2026/27", "2025-2026": a financial or school year
_YEAR_SPAN = re.compile(r"(?:19|20)(\d\d)[/\-](?:(?:19|20)(\d\d)|(\d\d))")
# "referral 12/05/2025" is the day it came, not its number
_DATE_SHAPE = re.compile(r"\d{1,2}([/\-])\d{1,2}\1\d{2,4}")
_SHAPE_REASON = Message("identifiers.reason.case_shape")


def _is_case_code(code: str) -> bool:
    alnum = re.sub(r"[/\-]", "", code)
    digit_count = sum(ch.isdigit() for ch in alnum)
    # "ref 2018" is a year and "ID 7" is too short to point at a file
    return (
        len(alnum) >= 4
        and digit_count >= 3
        and not _YEAR.fullmatch(code)
        and not _DATE_SHAPE.fullmatch(code)
        and not _is_year_span(code)
    )


def _is_year_span(code: str) -> bool:
    """Whether ``code`` is a financial or school year: "2026/27", "2025-2026"."""
    m = _YEAR_SPAN.fullmatch(code)
    if m is None:
        return False
    end = m.group(2) or m.group(3)
    return (int(m.group(1)) + 1) % 100 == int(end)


def _shape_ok(m: re.Match[str]) -> bool:
    """The letters fit the shape: "AB12345" (two to four letters), "CR-2023-0451" (one
    to four), "CLA-0921" (a case system's own prefix)."""
    prefix = m.group()[: len(m.group()) - len(m.group().lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))]
    if m.group("single") is not None:
        digits = m.group("single")[1:]
        if prefix in _PREFIXES:
            return True
        long_enough = len(digits) >= 4 and not _YEAR.fullmatch(digits)
        return long_enough and 2 <= len(prefix) <= 4 and prefix not in _NOT_PREFIXES
    if m.group()[len(prefix)].isdigit():
        return 2 <= len(prefix) <= 4
    return len(prefix) <= 4


def find_case_references(scan: Scan) -> Iterator[Hit]:
    """Case, file and case-system references."""
    text = scan.text
    kind = FindingKind.CASE_REFERENCE
    near_numbers = scan.digit_windows(45, 30, range(3, 99))
    codes: set[int] = set()
    for pattern in (_CASE_CONTEXT, _BARE_CASE):
        for m in find_in(pattern, text, near_numbers):
            if not _is_case_code(m.group("code")):
                # "ref LCS 3908172", "Rhif achos WCCIS: 1183302": a label, then the
                # system's name, then the number
                inner = _CASE_CONTEXT.match(text, m.start("code"))
                if inner is None or not _is_case_code(inner.group("code")):
                    continue
                m = inner
            if _NOT_A_CASE_BEFORE.search(text, max(0, m.start() - 20), m.start()):
                continue
            reason = Message("identifiers.reason.case_after", word=m.group("ctx"))
            codes.add(m.start("code"))
            yield Hit(kind, m.start("code"), m.end("code"), reason)
            if pattern is _BARE_CASE:
                end = m.end()
                while more := _MORE_CODES.match(text, end):
                    if _is_case_code(more.group("code")):
                        yield Hit(kind, more.start("code"), more.end("code"), reason)
                    end = more.end()
    if "#" in text:
        for m in _HASH_CODE.finditer(text):
            if m.start("code") not in codes and _is_case_code(m.group("code")):
                yield Hit(kind, m.start(), m.end(), _SHAPE_REASON)
    for m in _CASE_SHAPE.finditer(text):
        if m.group("single") is not None and _NOT_A_CASE_BEFORE.search(
            text, max(0, m.start() - 20), m.start()
        ):
            continue  # "invoice INV-20240311"
        if _shape_ok(m) and free_before(text, m.start(), "_/-"):
            yield Hit(kind, m.start(), m.end(), _SHAPE_REASON)
