"""The passphrase rule: weak passphrases a hostile review found accepted are refused with
advice a person can act on; four unrelated words are accepted; the estimate is zxcvbn's."""

from __future__ import annotations

import ast
import inspect
import os
import subprocess
import sys
from pathlib import Path

import pytest

from journal_app.core.errors import InvalidInputError
from journal_app.core.passphrase import (
    _ZXCVBN_FEEDBACK,
    MIN_GUESSES_LOG10,
    Advice,
    WeakPassphraseError,
    check_passphrase,
    estimate_strength,
)

ROOT = Path(__file__).resolve().parents[2]

# The review's six, each with the advice that should name its weakness.
REVIEW_WEAK = {
    "aaaaaaaaaa": Advice.REPEATS,
    "1234567890": Advice.COMMON_PASSWORD,
    "password123": Advice.COMMON_PASSWORD,
    "Password1!": Advice.LIKE_COMMON_PASSWORD,
    "P@ssw0rd123": Advice.SUBSTITUTIONS,
    "Liverpool1!": Advice.LIKE_COMMON_PASSWORD,
}

# Four (or more) unrelated words, written for these tests.
STRONG = (
    "kettle orbit crayon meadow",
    "pebble orchard violin summit",
    "Tidy-Harbour-Lantern-Seventeen",
    "walking the dog in the rain on tuesday",
)


@pytest.mark.parametrize("passphrase", sorted(REVIEW_WEAK))
def test_the_reviews_weak_passphrases_are_refused_with_advice(passphrase: str) -> None:
    with pytest.raises(WeakPassphraseError) as raised:
        check_passphrase(passphrase, passphrase)
    error = raised.value
    assert isinstance(error, InvalidInputError)  # the CLI's exit code 2, the UI's message
    assert REVIEW_WEAK[passphrase] in error.strength.advice
    message = str(error)
    assert message.startswith("That passphrase would be too easy to guess.")
    assert REVIEW_WEAK[passphrase].text in message
    assert "Add another word or two" in message
    assert passphrase not in message  # never echoed back


@pytest.mark.parametrize("passphrase", sorted(REVIEW_WEAK))
def test_the_meter_calls_them_weak(passphrase: str) -> None:
    strength = estimate_strength(passphrase)
    assert strength.score == 1
    assert not strength.acceptable
    assert strength.guesses_log10 < 6


@pytest.mark.parametrize("passphrase", STRONG)
def test_four_unrelated_words_are_accepted(passphrase: str) -> None:
    check_passphrase(passphrase, passphrase)
    strength = estimate_strength(passphrase)
    assert strength.acceptable and strength.score >= 3
    assert strength.advice == ()


def test_the_words_of_this_app_count_for_little() -> None:
    # Four words, but the four an attacker who knows the app tries first. zxcvbn's length
    # term alone would rate any four pieces at 10^12; we do not count it.
    strength = estimate_strength("journal social supervision reflective")
    assert not strength.acceptable
    assert Advice.ABOUT_THE_JOURNAL in strength.advice
    assert strength.guesses_log10 < MIN_GUESSES_LOG10 - 2


def test_three_common_words_are_not_enough_whatever_goes_between_them() -> None:
    # zxcvbn alone scores the spaced form at ~10^10-10^14 because it charges each space as
    # a random character; without the spaces it is what a word-list attacker needs.
    for passphrase in ("plum tractor velvet", "plum-tractor-velvet", "plumtractorvelvet"):
        strength = estimate_strength(passphrase)
        assert not strength.acceptable, passphrase
        assert strength.score == 2  # "not strong enough yet", not "weak"
        assert strength.advice == (Advice.ADD_WORDS,)


def test_the_length_rule_still_comes_first() -> None:
    with pytest.raises(InvalidInputError, match="at least 10") as raised:
        check_passphrase("Xq7#pL2!", "Xq7#pL2!")
    assert not isinstance(raised.value, WeakPassphraseError)
    assert estimate_strength("kettle").score == 0


def test_a_weak_passphrase_is_reported_before_a_mismatch_and_a_strong_one_after() -> None:
    with pytest.raises(WeakPassphraseError):
        check_passphrase("Liverpool1!", "Liverpool1?")
    with pytest.raises(InvalidInputError, match="not the same"):
        check_passphrase(STRONG[0], STRONG[0] + "x")


def test_long_passphrases_are_estimated_without_error() -> None:
    # zxcvbn refuses more than 72 characters; we score a prefix, which is never stronger.
    long_strong = "kettle orbit crayon meadow " * 6
    check_passphrase(long_strong, long_strong)
    with pytest.raises(WeakPassphraseError):
        check_passphrase("a" * 200)


def test_every_zxcvbn_feedback_line_has_our_words() -> None:
    # If a zxcvbn release rewords or adds feedback, this fails instead of the meter quietly
    # losing the advice.
    import zxcvbn.feedback

    tree = ast.parse(inspect.getsource(zxcvbn.feedback))
    theirs = {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "_"
        and isinstance(node.args[0], ast.Constant)
    }
    assert len(theirs) > 20
    assert theirs == set(_ZXCVBN_FEEDBACK)


def test_zxcvbn_is_not_loaded_until_a_passphrase_is_long_enough_to_check() -> None:
    script = (
        "import sys\n"
        "from journal_app.core.passphrase import estimate_strength\n"
        "estimate_strength('')\n"
        "estimate_strength('kettle')\n"
        "before = 'zxcvbn' in sys.modules\n"
        "estimate_strength('kettle orbit crayon meadow')\n"
        "print(before, 'zxcvbn' in sys.modules)\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["False", "True"]
