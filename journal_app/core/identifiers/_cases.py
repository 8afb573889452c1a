"""Case and file references: the numbers that point at a child's or a family's record.

The check covers the FORMATS these numbers come in, not the sentences they sit in. What a
practice supervisor in England or Wales types, and how:

=====================================  ==========================================  =========
reference                              shape (fictional examples)                  found by
=====================================  ==========================================  =========
Mosaic person / case / workflow step   6-8 digits: "Mosaic ID 1234567",            label
                                       "Mosaic person ID: 2045517", "workflow
                                       step 88112233", "(Mosaic 3322110)"
Liquidlogic LCS and EHM                5-8 digits: "LCS 4455667", "EHM case 55221"  label
Eclipse, CareFirst, Frameworki,        5-8 digits after the system's name:          label
Azeus, Paris, CareDirector, Capita     "Eclipse person number 7788990",
One, ContrOCC (payments)               "CareFirst no 123456", "ContrOCC 556612"
WCCIS (Wales)                          7 digits: "WCCIS 1000234", "rhif WCCIS"      label
Childview (youth justice), YOT/YJS     "Childview ID 33321", "YOT ref 12345"        label
plan and service prefixes              "CIN 1234567", "CLA-0921", "CPP 4567",       label or
                                       "EH-80211", "PLO-0456", "FOS-2291"           shape
family court case numbers              court, year, type, number: "LV24C01234",    shape
                                       "ZC23P00456", "FD24P00012" (High Court);
                                       county court "1LV01234" after "Case No:"
Home Office                            letter and 7 digits "B1234567" ("HO ref",    shape or
                                       "Home Office number"); port references      label
                                       "LHR/1234567/23"; UAN "1234-5678-9012-3456";
                                       ARC "UKA 123456/78"; CID "12345678";
                                       visa "GWF012345678"
police                                 crime refs "12/34567/24", "6012345/24";      label
                                       "log 1234 of 12/03", "CAD 4412 of today",
                                       occurrence, CRIS, Athena, Niche, STORM,
                                       CRN; PNC ID "98/123456A"; custody numbers
education                              UPN: a letter and 12 digits                 shape or
                                       "A123456789012" (temporary ones end in a    label
                                       letter); ULN: 10 digits after "ULN";
                                       EHCP references
health                                 hospital numbers "K123456", "RXN1234567",   shape or
                                       "MRN 12345678", "hosp no.", "patient ID";   label
                                       CHI (Scotland, 10 digits, date first)
local authority                        child / LA IDs, referral and contact         label
                                       numbers, MASH contact IDs, LADO refs,
                                       CP plan numbers, SAR/FOI refs, file refs
                                       "99/12345", "2025/CP/0457", "25/0112/CIN",
                                       "our ref: JS/4471/SW"; family, household,
                                       placement and carer numbers; Cafcass refs
identity documents                     passport, BRP ("ZU1234567"), DBS numbers    label
Ofsted URN of a child's home           "SC123456", "URN 2567890"                   shape or
                                                                                   label
=====================================  ==========================================  =========

People write a label before the number: the system's name, or "ID", "no.", "#", "ref",
"number", "reference" (or a mix: "Mosaic person ID -"), in lower or upper case, in brackets
after a child's name or after the label ("Mosaic (4471190)"), a list after a plural
("Mosaic IDs 1234567, 1234568 and 1234569"), digits in groups ("case ref 1234 5678"), the
system's name after the number ("4471190 on Mosaic"), whose number it is between label and
number ("Mosaic ID for the baby: 1234567"), or a relative's number with no label of its own
beside a labelled one ("Mosaic 1234567 (mum 1234502)": as long, and close to it). Some
shapes count without a label ("LV24C01234", "AB123456", "B1234567", "#4471"). Left alone:
years ("case 2024"), short counts ("case 2"), dates, money, times, phone and NHS numbers
(their own kinds), school or financial years ("2026/27"), and numbers labelled as
something else: policy, invoice, order, ticket, serial, course, module, staff or payroll
numbers, ISO standards ("ISO-9001"), statute sections ("s.47", "Section 20"), version
numbers ("v2.3.1").
docs/identifiers/case-references.md has the same table.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from journal_app.core.messages import Message

from ._scan import Scan, find_in, free_before, windows
from ._types import FindingKind, Hit

# Names of the case systems (Mosaic, Liquidlogic LCS/EHM and "LL", Eclipse, CareFirst,
# CareDirector, Paris, WCCIS in Wales, "ICS", Capita One, ContrOCC, the youth justice
# Childview, Frameworki) and the plan labels that prefix a number ("CIN 1234567").
_SYSTEM_NAMES = (
    r"mosaic|lcs|ehm|wccis|eclipse|care[ ]?first|care[ ]?director|liquidlogic|azeus|"
    r"childview|frameworki|controcc|capita[ ]one|liquid[ ]logic|"
    # health visitors' and GPs' systems: "SystmOne 1234567", "EMIS number 4455667"
    r"systm[ ]?one|emis"
)
_SYSTEMS = _SYSTEM_NAMES + r"|paris|(?-i:CIN|CLA|LAC|CPP|CP|EHA|EH|LL|ICS)"
# numbers named by what they number, read with or without a label after them: pupils and
# learners, hospitals, Ofsted, the Home Office, the police, MASH and the LADO
_OWN_NAMES = (
    r"upn|uln|mrn|urn|pnc|crn|cris|athena|niche|storm|cad|occurrence|mash|lado|uan|gwf|cafcass|"
    # the emergency duty (out-of-hours) team's own log: "EDT log 26-1130", "OOH log 5566"
    r"edt|ooh|"
    r"(?-i:ARC|CID|CHI|CR)"
)
# what a label may number after a system's name: "Mosaic person ID", "EHM case 55221"
_SUBJECT = r"(?:person|case|child|contact|workflow(?:[ ]step)?|step|episode|record|referral|log)"
_LABEL = r"(?:ref(?:erence)?|no|number|num|id)s?"
# words that take a label to become one: "referral no.", "hospital number", "CP plan ref"
_LABELLED = (
    r"client|person|child|referral|contact|record|workflow(?:[ ]step)?|episode|pupil|"
    r"learner|patient|hospital|hosp|custody|la|local[ ]authority|home[ ]office|ho|port|"
    r"passport|brp|dbs|(?:foster[ ])?carer|placement|family|household|"
    r"police(?:[ ]log)?|crime|incident|log|cp[ ]plan|child[ ]protection(?:[ ]plan)?|"
    r"early[ ]help|yot|yos|yjs?|youth[ ]justice|ehcp|court|claim|sar|foi|sw"
)
_CASE_CONTEXT = re.compile(
    r"(?i)(?<![\w])(?P<ctx>case[ ]?(?:ref(?:erence)?|no|number|id|file)s?|"
    r"ref(?:erence)?s?(?:\.?[ ]?(?:no|number))?|file[ ]?(?:ref|no|number)|"
    r"(?:unique[ ])?(?:pupil|learner)[ ]number|"
    rf"(?:{_LABELLED})[ ]?{_LABEL}|"
    rf"(?:{_SYSTEMS}|{_OWN_NAMES})(?:[ ]?{_SUBJECT})?(?:[ ]?{_LABEL})?|"
    r"court[ ]?(?:ref|case[ ]?(?:no|number))|(?-i:ID|Id|IDs|CCN)|"
    # Welsh: "rhif achos" (case number), "cyfeirnod" (reference), "cyf."
    r"rhif[ ]?(?:achos|cyfeirnod|cyf|ffeil)|cyfeirnod|(?-i:Cyf))(?![a-z])\.?"
    # "Case Ref No:- 4471", "police ref:- 12/34567/26": a colon and a dash together
    r"[ ]*(?:[:#=\-–([]{1,2}[ ]*|(?:no\.?|number|is|was)(?:[:\-–]{1,2})?[ ]+"
    # "Mosaic ID for the older boy: 4471190": whose number it is, then a colon or dash
    r"|for[ ]+(?P<whose>(?:[\w'’]+[ ]+){0,3}?[\w'’]+)[ ]*[:\-–][ ]*)?"
    # "ARC UKA 123456/78": an office's letters before the number; "case ref 1234 5678",
    # "CHI number 120325 4321": digits in groups
    r"(?P<code>(?-i:[A-Z]{2,4}[ ](?=\d{4}|\d{3}[ ]\d{3}(?![\w/\-])))?[A-Z0-9]"
    # "Athena ref 26*012345": the police's star between year and number
    r"(?:(?<=\d)\d\*\d{4,}|[A-Z0-9/\-]*[A-Z0-9])?"
    r"(?:(?<=\d\d\d)[ ]\d{3,4}(?![\w/\-]|[.,]\d))*)(?![\w/\-])"
)
# "case 4471", "Case #4471:", "case no. 4471", "under file 77/1345": the bare word needs
# digits straight after, and "in case 300 families" is a different "case".
_BARE_CASE = re.compile(
    r"(?i)(?<![\w])(?<!in[ ])(?P<ctx>cases?|referrals?|files?)[ ]*"
    r"(?:[#:][ ]*|nos?\.?[ ]*|numbers?[ ]+)?"
    r"(?P<code>\d{3,}(?:[/\-]\d+)*|\d{2}[/\-]\d{4,}(?:[/\-]\d+)*)(?![\w/\-]|[.,]\d)"
)
# a police log, a call or an incident numbered within the day: "log 1234 of 12/03",
# "CAD 4412 of today", "incident 0987 of 3rd March"
_LOG_OF = re.compile(
    r"(?i)(?<![\w])(?P<ctx>(?:police[ ])?(?:log|cad|call|incident|storm)"
    r"(?:[ ]?(?:no\.?|number|ref))?)[ ]*[:#]?[ ]*(?P<code>\d{3,6})[ ]"
    # "log 0456 12/11": the "of" left out before a day and month in figures
    r"(?:(?=\d{1,2}[/.]\d{1,2}(?![\d]))|of[ ])"
    r"(?=\d{1,2}(?:[/.\-]\d|st\b|nd\b|rd\b|th\b"
    r"|[ ](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
    r"|today|yesterday|the[ ]\d{1,2}(?:st|nd|rd|th)\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
)
# "MASH 1200 contacts", "Mosaic 1500 cases": a count of things, not a number of one
_COUNT_AFTER = re.compile(
    r"[ ]+(?!(?:was|has|is|does|goes|says|this|his|its|plus|always|perhaps|unless|thus|as|us)"
    r"(?![\w]))(?:[a-z]+s|people|children|staff)(?![\w])"
)
# "2024/CP/0123", "24/0056/CIN": a year, a team's letters and a number; and a family court
# number typed in lower case ("lv24c01234")
_YEAR_LETTERS_SHAPE = re.compile(
    r"(?<![\w/\-])(?:\d{2,4}/[A-Z]{1,4}/\d{3,}|\d{2,4}/\d{3,}/[A-Z]{2,4}|[a-z]{2}\d{2}[a-z]\d{5})"
    r"(?![\w/\-])"
)
# "4471190 on Mosaic", "number 1000234 in WCCIS": the system's name after the number
_SYSTEM_AFTER = re.compile(
    r"(?i)(?<![\w/\-£$.,])(?P<code>\d{5,}(?:[/\-]\d+)*)[ ]+(?:on|in|from)[ ]+(?:the[ ]+)?"
    rf"(?P<ctx>{_SYSTEM_NAMES})(?![a-z])"
)
# the rest of a list after "cases 3310 and 3311", "case nos 4410, 4411 & 4415"
_MORE_CODES = re.compile(
    r"(?:,|[ ]and|[ ]&|[ ]/)[ ]+#?(?P<code>\d{3,}(?:[/\-]\d+)*)(?![\w/\-]|[.,]\d)"
)
# "#4502 - step down agreed": a number tagged with "#" and nothing else is a record's
_HASH_CODE = re.compile(r"(?<![\w#&])#(?P<code>\d{4,})(?![\w/\-]|[.,]\d)")
# "policy ref 2024/117", "invoice number 88123": references, but to no child's file
_NOT_A_CASE_WORDS = (
    r"(?:policy|policies|procedure|procedures|guidance|protocol|budget|invoice|"
    r"purchase[ ]order|order|payroll|employee|staff|training|course|module|article|journal|"
    r"paper|document|expenses?|tax|tickets?|bank[ ]transfer|payment|transaction|booking|"
    r"receipt|parcel|delivery|helpdesk|help[ ]desk|service[ ]desk|"
    # a call's or a meeting's number, a laptop's: "Meeting ID 845 2231 9012"
    r"meeting|webinar|teams|zoom|asset|laptop|room|"
    # the service's own business: "Job ref SW-2026-14", "Grant ref GR-55123"
    r"job|vacancy|vacancies|post|grant|contract|procurement|tender|project|funding|"
    r"insurance|recruitment)"
)
_NOT_A_CASE_BEFORE = re.compile(rf"(?i)(?<![\w]){_NOT_A_CASE_WORDS}[ ]+$")
# "ref number for the training booking: 1518869937" numbers no child's record
_NOT_A_CASE_WHOSE = re.compile(rf"(?i)(?<![\w]){_NOT_A_CASE_WORDS}(?![\w])")
# "ticket INC0012345", "serial number SN123456", "flight BA2490": codes of things
_NOT_A_CASE_SHAPE_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:ticket|serial|model|part|product|asset|flight|invoice|receipt|"
    r"tracking|order|course|module|policy|training|project|job|vacancy|grant|contract|"
    r"procurement|tender)"
    r"(?:[ ]?(?:no\.?|number|ref|id|code|tag))?[ ]*[:#]?[ ]*$"
)
# starts with a capital (no alternation first), so re can skip ahead to the next capital
_CASE_SHAPE = re.compile(
    r"[A-Z]{1,5}(?:\d{5,}|[\-/]\d{2,8}[\-/]\d{2,}(?:[\-/]\d+)*|(?P<single>[\-/]\d{3,})"
    # a council's and a team's letters before the number: "KCC-PP-33810", "AB/PP/2025/114"
    r"|(?P<lettered>[\-/][A-Z]{2,4}[\-/]\d{3,}(?:[\-/]\d+)*)"
    # family court numbers: court, year, type, number ("CF24P00123")
    r"|(?<=[A-Z]{2})\d{2}[A-Z]\d{4,6}"
    # a temporary unique pupil number ends in a letter ("T12345678901A")
    r"|(?<![A-Z][A-Z])\d{11}[A-Z])"
    r"(?![\w/\-])"
)
# "CLA-0921": a single separator is a reference only after a case system's prefix
# and the public law outline's letters ("PLO-0456")
_PREFIXES = frozenset(
    {"CIN", "CLA", "LAC", "CPP", "CP", "EH", "EHA", "EHM", "LCS", "WCCIS", "PLO", "LADO", "MASH"}
)
# or before four digits or more: a team's own prefix ("FOS-2291", "YOS-40721"), but
# never a standard's or an illness's ("ISO-9001", "COVID-2019"), nor an IT desk's ticket
_NOT_PREFIXES = frozenset(
    {"ISO", "BS", "EN", "IEC", "COVID", "SARS", "MERS", "RFC", "SI", "INV", "PO", "VAT", "ISBN"}
)
# an IT desk's tickets and a device's serial number, in any shape ("INC0012345")
_TICKET_PREFIXES = frozenset({"INC", "REQ", "RITM", "CHG", "TASK", "SN", "PRB"})
_YEAR = re.compile(r"(?:19|20)\d\d")
# "2026/27", "2025-2026": a financial or school year
_YEAR_SPAN = re.compile(r"(?:19|20)(\d\d)[/\-](?:(?:19|20)(\d\d)|(\d\d))")
# "referral 12/05/2025" is the day it came, not its number
_DATE_SHAPE = re.compile(r"\d{1,2}([/\-])\d{1,2}\1\d{2,4}")
_SHAPE_REASON = Message("identifiers.reason.case_shape")


def _is_case_code(code: str) -> bool:
    alnum = re.sub(r"[/\- ]", "", code)
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
    """The letters fit the shape: "AB12345" (two to four letters), "B1234567" (one letter,
    six digits or more: the Home Office's, a hospital's, a pupil's), "CR-2023-0451" (one
    to four), "CLA-0921" (a case system's own prefix)."""
    prefix = m.group()[: len(m.group()) - len(m.group().lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))]
    if prefix in _TICKET_PREFIXES:
        return False
    if m.group("single") is not None:
        digits = m.group("single")[1:]
        if prefix in _PREFIXES or (len(prefix) == 1 and len(digits) >= 6):
            return True  # "C-123456"
        long_enough = len(digits) >= 4 and not _YEAR.fullmatch(digits)
        return long_enough and 2 <= len(prefix) <= 4 and prefix not in _NOT_PREFIXES
    if m.group()[len(prefix)].isdigit():
        if len(prefix) == 1:
            return sum(ch.isdigit() for ch in m.group()) >= 6
        return len(prefix) <= 4
    # "KCC-PP-33810": two sets of letters, neither a standard's ("ISO-BS-9001")
    letters = re.findall(r"[A-Z]+", m.group())
    numbers = re.findall(r"\d+", m.group())
    if _YEAR.fullmatch(numbers[0]) and all(len(n) <= 2 for n in numbers[1:]):
        return False  # "GCSE/BTEC/2024", "LA-GUID-2022-08": letters and a year or month
    return len(prefix) <= 4 and not any(w in _NOT_PREFIXES for w in letters)


def _similar(first: str, more: str) -> bool:
    """Whether a number in a list after a label is of the first one's kind: one system's
    numbers are about as long ("Mosaic IDs 1234567, 1234568"), a count is not ("ID 4471190,
    1500 people")."""
    return abs(len(first) - len(more)) <= 1


# a number standing alone: not part of a date, a sum, a code or a decimal
_LONE_NUMBER_BEFORE = frozenset("/-.,£$€#:")
_LONE_NUMBER_AFTER = re.compile(r"(?![\w/\-%]|[.,:]\d)")
# "a budget of 3318000": a sum, however close to a record's number
_SUM_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:budget|costs?|grant|total|paid|pay|spend|spent|price|salary|worth|"
    r"fees?|fund|funding)(?:[ ](?:of|is|was))?[ ]+$"
)


_LONG_NUMBER = re.compile(r"\d{5,}")
# how far from a labelled number its relatives' numbers are written
_KIN_REACH = 150


def _kin_numbers(scan: Scan, labelled: list[tuple[int, str]], taken: set[int]) -> Iterator[Hit]:
    """Numbers of the same system as a labelled one, with no label of their own: "mosaic id
    1184520 - her brother is 1184521", "(mum is 1202377)". A case system gives out its
    numbers in order, so a family's records are as long and close together, while a count,
    a sum or a phone number is not."""
    text = scan.text
    near = windows(text, [(at, at) for at, _ in labelled], _KIN_REACH, _KIN_REACH)
    for m in find_in(_LONG_NUMBER, text, near):
        start, end = m.span()
        if start in taken:
            continue
        if start and (text[start - 1] in _LONE_NUMBER_BEFORE or text[start - 1].isalnum()):
            continue
        if not _LONE_NUMBER_AFTER.match(text, end):
            continue
        number = text[start:end]
        if number.endswith("000") or _SUM_BEFORE.search(text, max(0, start - 20), start):
            continue
        reach = 10 ** (len(number) - 3)
        if any(
            len(code) == len(number) and abs(int(code) - int(number)) <= reach
            for _, code in labelled
        ):
            yield Hit(FindingKind.CASE_REFERENCE, start, end, _SHAPE_REASON)


def find_case_references(scan: Scan) -> Iterator[Hit]:
    """Case, file and case-system references."""
    text = scan.text
    kind = FindingKind.CASE_REFERENCE
    near_numbers = scan.digit_windows(45, 30, range(3, 99))
    codes: set[int] = set()
    # the labelled numbers that are digits only, for their kin with no label
    labelled: list[tuple[int, str]] = []
    for m in find_in(_YEAR_LETTERS_SHAPE, text, near_numbers):
        yield Hit(kind, m.start(), m.end(), _SHAPE_REASON)
    for pattern in (_CASE_CONTEXT, _BARE_CASE, _LOG_OF, _SYSTEM_AFTER):
        for m in find_in(pattern, text, near_numbers):
            if pattern is _CASE_CONTEXT or not _is_case_code(m.group("code")):
                # "ref LCS 3908172", "Rhif achos WCCIS: 1183302": a label, then the
                # system's name, then the number
                inner = _CASE_CONTEXT.match(text, m.start("code"))
                if inner is not None and _is_case_code(inner.group("code")):
                    m = inner
                elif not _is_case_code(m.group("code")):
                    continue
            if _NOT_A_CASE_BEFORE.search(text, max(0, m.start() - 20), m.start()):
                continue
            whose = m.group("whose") if pattern is _CASE_CONTEXT else None
            if whose and _NOT_A_CASE_WHOSE.search(whose):
                continue  # "ref number for the training booking: 1518869937"
            code = m.group("code")
            if m.start("code") in codes or (
                len(code) <= 5 and code.isdigit() and _COUNT_AFTER.match(text, m.end("code"))
            ):
                continue
            reason = Message("identifiers.reason.case_after", word=m.group("ctx"))
            codes.add(m.start("code"))
            if code.isdigit() and len(code) >= 5:
                labelled.append((m.start("code"), code))
            yield Hit(kind, m.start("code"), m.end("code"), reason)
            if pattern is _BARE_CASE or pattern is _CASE_CONTEXT:
                end = m.end()
                while more := _MORE_CODES.match(text, end):
                    if _is_case_code(more.group("code")) and (
                        pattern is _BARE_CASE or _similar(code, more.group("code"))
                    ):
                        codes.add(more.start("code"))
                        yield Hit(kind, more.start("code"), more.end("code"), reason)
                    end = more.end()
    if labelled:
        yield from _kin_numbers(scan, labelled, codes)
    if "#" in text:
        for m in _HASH_CODE.finditer(text):
            if m.start("code") not in codes and _is_case_code(m.group("code")):
                yield Hit(kind, m.start(), m.end(), _SHAPE_REASON)
    for m in _CASE_SHAPE.finditer(text):
        before = max(0, m.start() - 24)
        plain = m.group("single") is not None or m.group("lettered") is not None
        if plain and _NOT_A_CASE_BEFORE.search(text, before, m.start()):
            continue  # "invoice INV-20240311"
        if _NOT_A_CASE_SHAPE_BEFORE.search(text, before, m.start()):
            continue  # "ticket INC0012345", "serial number SN123456"
        if _shape_ok(m) and free_before(text, m.start(), "_/-"):
            yield Hit(kind, m.start(), m.end(), _SHAPE_REASON)
