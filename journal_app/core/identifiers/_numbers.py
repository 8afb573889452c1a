"""Identifiers with a fixed shape: postcodes, phones, emails, NHS and NI numbers.

Each pattern is strict about shape and then checked in code (NHS check digit, UK phone
number lengths), because a warning that cries wolf gets ignored. Patterns start with a
digit, "+", "(" or a capital where they can, which lets ``re`` skip ahead quickly; the
rest run only near digits or an "@".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from journal_app.core.messages import Message

from ._scan import Scan, find_in, free_before, keyword_spans, windows
from ._types import FindingKind, Hit

_POSTCODE = re.compile(
    r"(?i)(?<![\w\-/])(?:GIR[ ]?0AA|[A-PR-UWYZ](?:\d{1,2}|\d[A-HJKPSTUW]|[A-HK-Y]\d{1,2}"
    r"|[A-HK-Y]\d[ABEHMNPRVWXY])[ ]{0,2}\d[ABD-HJLNP-UW-Z]{2})(?![\w\-/])"
)
# Capitals typed with odd gaps: "KX 12 7PQ", "KX12 7 PQ", "TX5-6NW". Capitals only,
# since in lower case these shapes turn up in prose ("is 12 3rd")
_POSTCODE_SPACED = re.compile(
    r"(?<![\w\-/])(?:[A-PR-UWYZ](?:\d{1,2}|\d[A-HJKPSTUW])"
    r"|[A-PR-UWYZ][A-HK-Y][ ]?(?:\d{1,2}|\d[ABEHMNPRVWXY]))"
    r"(?:[ ]{0,3}|[ ]?[-–][ ]?)\d[ ]?[ABD-HJLNP-UW-Z]{2}(?![\w\-/])"
)
# Areas no real postcode has ("QX12 3AB", "ZZ4 1QT", "VW3 9LB"): made-up or mistyped,
# they still point at a home once the rest is there. Capitals with one space only, the way
# a postcode is written, since "Q1 2AB" shapes are rare in prose
_POSTCODE_ANY_AREA = re.compile(
    r"(?<![\w\-/])[A-Z]{1,2}\d{1,2}[A-Z]?[ ]\d[ABD-HJLNP-UW-Z]{2}(?![\w\-/])"
)
# and the same typed in lower case, only where an address puts a postcode: after a street
# and a comma ("9 Station Rd, qx3 5bt") or a postcode's label
_POSTCODE_ANY_AREA_LOWER = re.compile(
    r"(?<![\w\-/])[a-z]{1,2}\d{1,2}[a-z]?[ ]\d[abd-hjlnp-uw-z]{2}(?![\w\-/])"
)
_POSTCODE_PLACE_BEFORE = re.compile(
    r"(?i)(?:(?<![\w])(?:road|rd|street|st|lane|ln|avenue|ave|close|cl|drive|dr|way|crescent|"
    r"terrace|court|ct|grove|place|gardens|approach|view|hill|park|green|row|walk|rise|mews),"
    r"|(?<![\w])post[ ]?code[:\-]?)[ ]$"
)
# a mobile with the country code and no plus ("447700900829") and dots between the groups
# ("07700.900.333") are how numbers come out of phones' contact cards
_PHONE = re.compile(
    r"(?:\+44[ \-]?(?:\(0\)[ \-]?)?|0044[ \-]?(?:\(0\)[ \-]?)?|44(?=7\d{9}(?!\d))|\(0|0)"
    r"\d(?:[ \-]?\)?[ \-]?\d|\.\d){8,10}(?![\w/]|[.\-]\d)"
)
_EMAIL = re.compile(
    r"(?<![\w.+\-])[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}(?!\w)"
)
# runs over the whole text: a plain first \d (not \d{3}) lets re skip from digit to digit
_NHS = re.compile(r"\d\d{2}([ \-]?)\d{3}\1\d{4}(?![\w\-/]|\.\d)")
# after "NHS no." the ten digits may be grouped any way: "904 4178 997", "950186 3352",
# "nhs no.9480280221"; the check digit still has to hold
_NHS_AFTER_WORD = re.compile(
    r"(?i)(?<![\w])nhs(?:[ ]?(?:no\.?|number|num|#))?[ ]*[:.\-=]?[ ]*"
    r"(?P<code>\d(?:[ \-]?\d){9})(?![\w\-/]|[ \-.]?\d)"
)
# First letter not D F I Q U V; second not D F I O Q U V; some pairs are never issued.
_NI = re.compile(
    r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][ \-]?\d{2}[ \-]?\d{2}[ \-]?\d{2}[ \-]?[A-D](?![\w])"
)
# typed in lower case: run together, or spaced in pairs the same way throughout
# ("jh 55 10 27 b"), which prose does not produce by chance
_NI_LOWER = re.compile(
    r"(?<![\w])[a-ceghj-pr-tw-z][a-ceghj-npr-tw-z]"
    r"(?:\d{6}|([ \-])\d{2}\1\d{2}\1\d{2}\1)[a-d](?![\w])"
)
_NI_NEVER = frozenset({"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})
# After an NI word any two letters will do, and the last letter may be missing:
# "NI number QQ123456C", "NI: TW 21 45 67"; people slip on the prefix rules
_NI_AFTER_WORD = re.compile(
    r"(?i)(?<![\w])(?:ni|nino|nin|nat(?:ional)?[ .]?ins(?:urance)?)"
    r"(?:[ ]?(?:no\.?|number|num|#))?[ ]*[:\-=]?[ ]*"
    # the six digits in pairs or, as some forms print them, in threes ("KL 304 215 B")
    r"(?P<code>[A-Z]{2}[ \-]?(?:\d{2}[ \-]?\d{2}[ \-]?\d{2}|\d{3}[ \-]\d{3})"
    r"(?:[ \-]?[A-D](?![\w]))?)(?![\w])"
)


def _mixed_case(postcode: str) -> bool:
    """Whether capitals end in lower case as a word does ("B12 3rd floor"): a postcode
    typed in one case throughout, or any case at random ("Zx9 8Hd"), never so."""
    inward = postcode[-2:]
    outward = [ch for ch in postcode[:-3] if ch.isalpha()]
    return inward.islower() and all(ch.isupper() for ch in outward)


def is_valid_nhs_number(number: str) -> bool:
    """Whether ten digits (spaces or dashes allowed) carry a valid NHS mod-11 check digit."""
    digits = re.sub(r"[ \-]", "", number)
    if len(digits) != 10 or not digits.isdigit() or len(set(digits)) == 1:
        return False
    total = sum(int(d) * weight for d, weight in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def _is_uk_phone(candidate: str) -> bool:
    digits = re.sub(r"\D", "", candidate)
    if candidate.startswith(("+", "00", "44")):
        digits = digits[4:] if digits.startswith("0044") else digits[2:]
        if not digits.startswith("0"):
            digits = "0" + digits
    if len(digits) < 2 or digits[1] not in "1237":
        return False
    return len(digits) == 11 or (len(digits) == 10 and digits.startswith("01"))


def _phones(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _PHONE.finditer(text):
        # "978 0 19 876543 2" is an ISBN, not a number starting "0 19"
        after_number = m.start() >= 2 and text[m.start() - 2].isdigit()
        if free_before(text, m.start(), "_+/.-") and not after_number and _is_uk_phone(m.group()):
            # "(07700 900 873)": the bracket opens an aside, not an area code
            start = m.start() + 1 if m.group()[0] == "(" and ")" not in m.group() else m.start()
            spans.append((start, m.end()))
    return spans


_EMAIL_REASON = Message("identifiers.reason.email")
_PHONE_REASON = Message("identifiers.reason.phone")
_NHS_REASON = Message("identifiers.reason.nhs_check_digit")
_NI_REASON = Message("identifiers.reason.ni_number")
_POSTCODE_REASON = Message("identifiers.reason.postcode")


def _lower_ni(scan: Scan) -> list[re.Match[str]]:
    """``_NI_LOWER.finditer(scan.text)``, tried only where a match can start: two letters
    before a run of exactly six digits, or before a gap and a run of exactly two."""
    text = scan.text
    found = []
    end = 0
    for start, stop in scan.digits:
        size = stop - start
        at = start - 2 if size == 6 else start - 3 if size == 2 else -1
        # runs come in order, so the starts do too; none inside the last match
        if at >= end and (m := _NI_LOWER.match(text, at)):
            found.append(m)
            end = m.end()
    return found


def find_numbers(scan: Scan) -> Iterator[Hit]:
    """Postcodes, phone numbers, emails, NHS and NI numbers."""
    text = scan.text
    if "@" in text:
        for m in find_in(_EMAIL, text, windows(text, keyword_spans(text, ["@"]), 64, 255)):
            yield Hit(FindingKind.EMAIL, m.start(), m.end(), _EMAIL_REASON)
    phones = _phones(text)
    for start, end in phones:
        yield Hit(FindingKind.PHONE, start, end, _PHONE_REASON)
    phone_starts = [start for start, _ in phones]
    for m in _NHS.finditer(text):
        # "+44 (0)113 496 0999" holds ten digits that may pass the check by chance
        i = bisect_right(phone_starts, m.start()) - 1
        in_phone = i >= 0 and m.end() <= phones[i][1]
        valid = is_valid_nhs_number(m.group())
        if valid and not in_phone and free_before(text, m.start(), "_+-/."):
            yield Hit(FindingKind.NHS_NUMBER, m.start(), m.end(), _NHS_REASON)
    if scan.digits:
        for m in find_in(_NHS_AFTER_WORD, text, scan.digit_windows(20, 14, range(1, 11))):
            if is_valid_nhs_number(m.group("code")):
                yield Hit(FindingKind.NHS_NUMBER, m.start("code"), m.end("code"), _NHS_REASON)
    for m in (*_NI.finditer(text), *_lower_ni(scan)):
        if free_before(text, m.start(), "_") and m.group()[:2].upper() not in _NI_NEVER:
            yield Hit(FindingKind.NI_NUMBER, m.start(), m.end(), _NI_REASON)
    if scan.digits:
        for m in find_in(_NI_AFTER_WORD, text, scan.digit_windows(40, 12, range(2, 7))):
            yield Hit(FindingKind.NI_NUMBER, m.start("code"), m.end("code"), _NI_REASON)
    near_digits = scan.digit_windows(4, 6, range(1, 4))
    for pattern in (_POSTCODE, _POSTCODE_SPACED, _POSTCODE_ANY_AREA, _POSTCODE_ANY_AREA_LOWER):
        for m in find_in(pattern, text, near_digits):
            if _mixed_case(m.group()):
                continue  # "B12 3rd floor"
            if pattern is _POSTCODE_ANY_AREA_LOWER and not _POSTCODE_PLACE_BEFORE.search(
                text, max(0, m.start() - 12), m.start()
            ):
                continue
            yield Hit(FindingKind.POSTCODE, m.start(), m.end(), _POSTCODE_REASON)
