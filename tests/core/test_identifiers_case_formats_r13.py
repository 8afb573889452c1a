"""Case references by FORMAT: every kind of number that points at a child's or a family's
record in England and Wales, written the ways people write them, and the numbers that only
look like one (sentences made up for these tests; the table is in _cases.py)."""

from __future__ import annotations

import pytest

from tests.core.identifier_helpers import found


def _cases(text: str) -> list[str]:
    return [words for kind, words in found(text) if kind == "case_reference"]


def _covers(text: str, code: str) -> bool:
    return any(code in words or words in code for words in _cases(text))


_FORMATS = [
    # case-management systems, with and without a label
    ("Checked Mosaic ID 2210456 before the visit.", "2210456"),
    ("Her Mosaic person ID: 3308812 is the older record.", "3308812"),
    ("Jaden (Mosaic 4410297) was seen alone.", "4410297"),
    ("The Mosaic workflow step 91023345 needs authorising.", "91023345"),
    ("Mosaic ID – 5510023 on the front sheet.", "5510023"),
    ("mosaic no. 6620145 should be closed", "6620145"),
    ("Updated LCS: 7781230 after the strategy meeting.", "7781230"),
    ("EHM case 44102 stepped down to universal services.", "44102"),
    ("Eclipse person number 1203344 is linked to mum.", "1203344"),
    ("The CareFirst no 234561 was merged.", "234561"),
    ("CareDirector ID 8123345 opened today.", "8123345"),
    ("Frameworki ID 552310 was archived.", "552310"),
    ("PARIS ID 2233104 on the old record.", "2233104"),
    ("Azeus ref 55120 for the court bundle.", "55120"),
    ("WCCIS 1022345 shows the care plan.", "1022345"),
    ("Childview ID 38812 for the panel.", "38812"),
    ("ContrOCC 661204 pays the placement.", "661204"),
    ("Capita One ID 712340 for the exclusion.", "712340"),
    ("CIN 2234511 review booked.", "2234511"),
    ("Two siblings, Mosaic IDs 3301122, 3301123 and 3301124.", "3301124"),
    ("Record 4471220 on Mosaic needs the chronology.", "4471220"),
    ("case ref 2231 6654 is the one to merge", "2231 6654"),
    # family courts
    ("Listed under LV25C00871 at the family court.", "LV25C00871"),
    ("Case No: ZC24P00319 for the private law matter.", "ZC24P00319"),
    ("case no. FD25P00044 in the High Court", "FD25P00044"),
    ("court no. BS24C00512 was adjourned", "BS24C00512"),
    ("case number mk24c50066 on the order", "mk24c50066"),
    ("Case No. 3QT04512 in the county court.", "3QT04512"),
    # the Home Office
    ("HO ref F2204561 arrived with the letter.", "F2204561"),
    ("Home Office number R7765432 on the BRP letter.", "R7765432"),
    ("port ref MAN/2234561/24 on the form", "MAN/2234561/24"),
    ("UAN 4412-7781-2234-5561 on her papers", "4412-7781-2234-5561"),
    ("CID ref 22345671 from the caseworker", "22345671"),
    ("ARC number GLA 223451/24 on the card", "223451/24"),
    ("visa ref GWF045512233 still pending", "GWF045512233"),
    # the police
    ("crime ref 44/22561/25 given by the officer", "44/22561/25"),
    ("crime reference number 12/662341/25 for the assault", "12/662341/25"),
    ("Police rang, log 2231 of 14/04 for the disturbance.", "2231"),
    ("log number 0871 of 3rd May", "0871"),
    ("CAD 3312 of today was the neighbour's call.", "3312"),
    ("occurrence 25000223341 recorded by the officer", "25000223341"),
    ("CRIS 4412231/25 from the Met", "4412231/25"),
    ("Athena ref 22314/25 was shared.", "22314/25"),
    ("PNC ID 07/223145B came back with nothing", "07/223145B"),
    ("custody no. 44512 from the suite", "44512"),
    # education
    ("UPN K801223344556 came with the transfer.", "K801223344556"),
    ("unique pupil number: B330122334455", "B330122334455"),
    ("her upn is c120344556677", "c120344556677"),
    ("The UPN M80122334455A was a temporary one.", "M80122334455A"),
    ("ULN 5512233445 for the college place", "5512233445"),
    ("EHCP ref 22341 for the annual review", "22341"),
    # health
    ("hospital number J223451 on the discharge letter", "J223451"),
    ("MRN 22341567 at the children's hospital", "22341567"),
    ("RTH1122334 is his hospital number", "RTH1122334"),
    ("hosp no. 8812234 on the wristband", "8812234"),
    ("patient ID 66120034 at A&E", "66120034"),
    # the local authority's own numbers
    ("LA ID 221345 for the child.", "221345"),
    ("referral no. 667123 came from school", "667123"),
    ("MASH contact 552341 was logged by the health visitor.", "552341"),
    ("MASH ref 2025/0418 opened", "2025/0418"),
    ("LADO ref 2025/211 for the allegation", "2025/211"),
    ("CP plan no. 5521 was reviewed.", "5521"),
    ("Ofsted URN SC223145 for the children's home", "SC223145"),
    ("URN 2231456 is the home's", "2231456"),
    ("Maya (ID 5561234) was seen at school.", "5561234"),
    ("The child's ID was 4412355 on the old system.", "4412355"),
    # more labels and shapes: police CRN, Cafcass, carers and placements, passports,
    # a year and a team's letters, a court number in lower case, a number in brackets
    ("CRN 22341/25 was given at the scene.", "22341/25"),
    ("Cafcass 00441234 is the guardian's case.", "00441234"),
    ("foster carer no. 33412 on the panel papers", "33412"),
    ("passport number 552341278 is with the solicitor", "552341278"),
    ("file 2025/CP/0457 was transferred", "2025/CP/0457"),
    ("ref: 25/0112/CIN on the letter", "25/0112/CIN"),
    ("listed as zc25p00231 on the sealed order", "zc25p00231"),
    ("Old number C-223145 on the archive box.", "C-223145"),
    ("Checked Mosaic (5512340) before the call.", "5512340"),
]


@pytest.mark.parametrize(("text", "code"), _FORMATS)
def test_each_format_is_found(text: str, code: str) -> None:
    assert _covers(text, code), found(text)


def test_a_list_after_a_label_is_found_whole() -> None:
    text = "Two siblings, Mosaic IDs 3301122, 3301123 and 3301124."
    assert _cases(text) == ["3301122", "3301123", "3301124"]


@pytest.mark.parametrize(
    "text",
    [
        "In 2025 the service restructured again.",
        "The budget was £12,345 for 2025/26.",
        "We met at 14:30 and again at 1630hrs.",
        "Meeting in room 1234 and then room B1234.",
        "Policy ref 2025/117 applies here.",
        "Invoice number 88123 was paid late.",
        "The service is certified to ISO 27001 and ISO/IEC 27001:2022.",
        "A s.47 enquiry, then Section 20, then s47 of the Children Act 1989.",
        "Section 31 of the CA 1989 sets the threshold.",
        "Module SWK4012 and course code SW5001 start in May.",
        "Version 10.4.2 of the app, v2.3.1 on the laptop.",
        "Reg 44 visits and Reg 45 reports are due.",
        "SI 2010/959 covers the regulations.",
        "Working Together 2023 is the guidance.",
        "We hold 12345 cases a year across the county.",
        "Case 2 was the harder one.",
        "The log showed 12 visits in March.",
        "The MASH had 1200 contacts in 2025.",
        "MASH 1200 contacts and Mosaic 1500 cases last quarter.",
        "The LADO had 340 referrals.",
        "The CP plan ran for 12 months.",
        "The UPN field was blank.",
        "Page 1234 of the bundle, paragraph 12.3 of PD12A.",
        "IT ticket INC0012345 is still open.",
        "Serial number SN123456 on the laptop.",
        "Staff ID 12345 for payroll.",
        "Order number 1234567 for the stationery.",
        "Incident 120 of 15 incidents this year.",
        "Call 1234 of the 3000 we took.",
        "Form CP1 2020 is the version in use.",
        "Flight BA2490 leaves at nine.",
        "£1500 and £2,000.50 were agreed.",
        "Support is there 24/7 and the helpline is 24/7/365.",
        "The family of 5 moved to a bigger house.",
        "The carer had 3 placements in 2025.",
        "EH (1234 families) and CIN (560 children) last year.",
    ],
)
def test_numbers_that_are_not_case_references(text: str) -> None:
    assert _cases(text) == []
