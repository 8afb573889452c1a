"""Clean text that reads like a person but names none: a common noun for a person, a title
of an organisation after a role word, a place beside an institution or after "at", an
employer, a ward or building named after someone, a film or a rhyme. Each family also keeps
a sentence where the same words do name someone."""

from __future__ import annotations

import pytest

from tests.core.identifier_helpers import found, names


@pytest.mark.parametrize(
    "text",
    [
        # a person named by a common noun
        "Boy (11) placed in an emergency bed overnight, settled by morning.",
        "Teens' mum has asked for the review to move to the afternoon.",
        # a capitalised role word before an institution's word
        "Foster Carer Network meets on the first Monday of the month.",
        "Kinship Carer Hub has moved its drop-in to the library.",
        # a place after an institution and a comma, or after "at" with an age-like number
        "Exams at St Anne's RC Primary, Preston - carers are worried about the bus.",
        "Admitted at Derriford, 34 wks, and moved to the special care unit.",
        # an employer or a college
        "The solicitor at Pryce Rowntree has the bundle; chase on Friday.",
        "Her brother works for Morgan Hale now, in the post room.",
        # wards, hospices and rooms named after someone
        "Sat with the family on the Lucy Baldwin ward until the consultant came.",
        "Dorothy Pattison hospice are running a sibling bereavement group.",
        "Supervision booked in the Edith Cavell room at the civic centre.",
        # films, rhymes and public figures
        "We watched Mrs Doubtfire at the carers' film night.",
        "Jack and Jill rhymes session on the ward was lovely.",
        "Marcus Rashford's campaign on school meals came up in the team meeting.",
        "She wants to study at John Moores after her A levels.",
        # a shop named after its owner, a people or language describing a family
        "Nana Jo's Kitchen is where we do the walk-and-talks now.",
        "Interpreter booked for the Amharic family on Thursday.",
        # the writer's or a team's birthday, a meeting's or a laptop's number
        "My birthday is 14 June so I am off that Friday.",
        "Our service's 10th birthday is on 2 May; cake in the team room.",
        "Meeting ID 812 4410 2291, passcode on the invite.",
        "Laptop asset tag LT-55120 goes back to IT on Monday.",
        "The family fled from Ho Chi Minh before the children were born.",
        # a firm of two family names, a building, a line, an exhibition, a book
        "Dad's solicitor (Jenkins & Hughes) asked for the bundle by Friday.",
        "Supervision is in the Faraday Building, room 2, from now on.",
        "Took the Elizabeth line to the hearing, much quicker.",
        "Her class went to the Edith Cavell exhibition at the museum.",
        "Romeo and Juliet is the play they are reading this term.",
        "Strat with police and health at 2; S47 agreed.",
        # public figures, named by what they make or sell, or known by name
        "Bought him a Bukayo Saka shirt for passing his exams.",
        "Olivia Rodrigo concert tickets as the reward for the summer.",
        "The Jamie Oliver recipes went down well at the cooking group.",
        "Wallace and Gromit film night at the residential home.",
        "Mary Berry is her favourite author at the moment.",
        # charities, and writers cited on a subject or with their colleagues
        "Texted Hestia about the refuge space; Saheli rang back too.",
        "Howe on attachment, then Turney on neglect - my reading for the week.",
        "Brandon and colleagues found that neglect is often missed in older children.",
        # words of address and sign-offs
        "Thanks Hun - the carer's text; we need to talk about boundaries.",
        "Yours sincerely, Head of Service",
        # a role word, then a note about them opening with a capital
        "Foster carer Brilliant with her at the hospital.",
        "Mum's partner Known to police in another area.",
        # names the writer says are made up
        "Case study for the students: 'Kelly' (not her real name), aged 14.",
        "Names changed: 'Ava' and her brother 'Leo' moved in together.",
        "I'll call him Sam in this reflection - not his name, of course.",
        # Welsh titles, programmes and note words
        "Prosiect Enfys yn recriwtio gofalwyr ifanc eto eleni.",
        "Tîm Derwen sy'n arwain ar y cynllun newydd.",
        "Siôn Corn yn ymweld â'r ganolfan deulu ddydd Sadwrn.",
        "Nain Yn gefnogol iawn, Taid Sâl yn yr ysbyty.",
        "Cyfarfod craidd: Iechyd, Addysg, Lles.",
        # places abroad named like people, a family's service
        "Family holiday to Orlando approved by the IRO this morning.",
        "Dad has gone back to Jordan for a funeral.",
        "Referral to the Thames family hub went in today.",
        "The Ellen MacArthur trust sailing trip is booked for June.",
    ],
)
def test_clean_text_has_no_name(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Teddy (11) placed in an emergency bed overnight.", ["Teddy"]),
        ("Bethany's mum has asked for the review to move.", ["Bethany"]),
        ("Staff at Kayleigh's nursery noticed the marks.", ["Kayleigh"]),
        ("Worked with Morgan Hale on his CV; he is 17 now.", ["Morgan Hale"]),
        ("Lucy Baldwin, 15, came to the office with her dad.", ["Lucy Baldwin"]),
        ("Met Jack and Jill Smith at the family centre.", ["Jack", "Jill Smith"]),
        ("Amira's ward was quiet; her mum stayed over.", ["Amira"]),
        ("Auntie Jo said the kitchen was too small for contact.", ["Jo"]),
        ("Siblings: Kacper & Zofia Nowak, both settled.", ["Kacper", "Zofia Nowak"]),
        ("Went through the plan with Gwern line by line.", ["Gwern"]),
        ("Mum books the taxi for Jayden every Friday.", ["Jayden"]),
        ("Aaron is his hero, the older brother who stayed.", ["Aaron"]),
        ("Turney on leave so her sister Dana took the call.", ["Turney", "Dana"]),
        ("Her key worker Baker with the boys all day.", ["Baker"]),
        ("She gave a false name, Kelly, to the officer.", ["Kelly"]),
        ("Nain Eira wedi ffonio am y plant.", ["Eira"]),
        ("Teulu Hughes - angen asesiad newydd.", ["Teulu Hughes"]),
        ("Jordan moved to Leeds with his mum.", ["Jordan"]),
        ("Jayden building a den with his dad was lovely.", ["Jayden"]),
        ("Kai line dancing with his nan on Saturday.", ["Kai"]),
        ("Amira award for attendance made her proud.", ["Amira"]),
        ("Back at the centre, Stanley played well with his brother.", ["Stanley"]),
        ("Jayden book bag left at contact again.", ["Jayden"]),
    ],
)
def test_the_same_words_still_name_someone(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_childs_birthday_is_still_a_date_of_birth() -> None:
    assert ("date_of_birth", "14 June") in found("Her birthday is 14 June, she will be 9.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name that is also a word, in a clause only a person can start
        ("Autumn turned 16 on Sunday and wants a party.", ["Autumn"]),
        ("Will has moved to his nan's and seems happier.", ["Will"]),
        ("Hope hasn't seen her dad since the summer.", ["Hope"]),
        ("Liberty never visits her brother now.", ["Liberty"]),
        ("Ruby's contact with her mum is now at the library.", ["Ruby"]),
        ("Read back through Precious's file before the review.", ["Precious"]),
    ],
)
def test_a_name_that_is_a_word_in_a_persons_clause(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Will has been signed and witnessed at last.",
        "Hope keeps her going through the hard weeks.",
        "Hope for her mum's recovery is fading, the carers say.",
        "Summer turned into autumn without a single day off.",
        "August saw her mum move out of the flat.",
    ],
)
def test_the_word_stays_a_word(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Her birth certificate was issued on 03/05/2019, needed for the passport.",
        "Birth to five service launched 01/04/2018 across the county.",
        "Ten years since the service was born on 01/09/2016 - cake in the office.",
        "Birth certificate lost - applied for a copy 02/11/2026.",
        "The carer's birthday is 3 January and the children are planning a surprise.",
    ],
)
def test_a_date_beside_a_birth_word_that_is_nobodys_birth(text: str) -> None:
    assert [kind for kind, _ in found(text)] == []


def test_a_childs_date_beside_birth_is_still_found() -> None:
    assert ("date_of_birth", "03/05/2019") in found("She was born on 03/05/2019 in Leeds.")


@pytest.mark.parametrize(
    "text",
    [
        "Job ref SW-2026-31 for the senior practitioner post closes Friday.",
        "Grant ref GR-66102 approved for the care leavers' project.",
        "Training ref TR/2026/204 booked for the new starters.",
        "Meeting ID 812 4410 2291 for the panel call.",
    ],
)
def test_the_services_own_references_are_no_case(text: str) -> None:
    assert [kind for kind, _ in found(text)] == []


def test_a_case_reference_is_still_found() -> None:
    assert [kind for kind, _ in found("Case ref CS-2026-0114 for the sibling group.")] == [
        "case_reference"
    ]
