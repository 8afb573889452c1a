"""Which language the journal speaks: a person's choice, or the locale's."""

from __future__ import annotations

import pytest

from journal_app.core import language


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "cy_GB.UTF-8"}, "cy"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),  # a language the journal does not speak: English
        ({"LC_MESSAGES": "cy_GB", "LANG": "en_GB.UTF-8"}, "cy"),
        ({"LC_ALL": "en_GB.UTF-8", "LC_MESSAGES": "cy_GB"}, "en"),  # LC_ALL outranks
        ({"LANGUAGE": "cy:en", "LANG": "en_GB.UTF-8"}, "cy"),
        ({"LANGUAGE": "de:cy", "LANG": "en_GB.UTF-8"}, "cy"),  # the first it speaks
        ({"LANGUAGE": "de:fr", "LANG": "cy_GB.UTF-8"}, "cy"),  # none it speaks: on to LANG
        ({"LC_ALL": "C", "LANG": "cy_GB.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "cy_GB@euro"}, "cy"),
        ({}, None),
        ({"LANG": ""}, None),
    ],
)
def test_the_locale_variables_decide_in_posix_order(
    environ: dict[str, str], expected: str | None
) -> None:
    assert language.from_environment(environ) == expected


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("cy", "cy"),
        ("cy-GB", "cy"),
        ("CY_gb.utf8", "cy"),
        ("Welsh_United Kingdom.1252", "cy"),  # Windows' locale names
        ("English_United Kingdom.1252", "en"),
        ("en-US", "en"),
        ("ga-IE", None),
        ("", None),
    ],
)
def test_a_locale_or_language_tag_names_one_of_the_journals_languages(
    tag: str, expected: str | None
) -> None:
    assert language.supported(tag) == expected


def test_a_choice_resolves_to_a_language() -> None:
    assert language.resolve("cy", "en") == "cy"
    assert language.resolve("en", "cy") == "en"
    assert language.resolve("system", "cy") == "cy"
    assert language.resolve("system", None) == "en"
    assert language.resolve("system", "de") == "en"
    assert language.first_supported(["de-DE", "cy-GB", "en-GB"]) == "cy"
    assert language.CHOICES == ("system", "en", "cy")
