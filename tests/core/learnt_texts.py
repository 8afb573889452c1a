"""Texts of a person's own tagging habit, shared by the tests of learnt suggestions."""

# A person who files their kinship work under Domain 4. None of these words is a kss-pl
# keyword, so the keyword model alone never suggests Domain 4 for them.
KINSHIP = (
    "Long afternoon with the kinship carers going through the guardianship paperwork.",
    "The grandparents asked again how guardianship differs from fostering for kinship carers.",
    "Kinship carers want a clearer guardianship support offer and someone who calls back.",
    "I explained the guardianship allowance to an aunt, one of our newer kinship carers.",
    "Another kinship household is unsure about guardianship and what happens at eighteen.",
)
LATER = "An uncle rang: the kinship carers are worried about the guardianship allowance."
