"""Passphrase rules shared by the CLI and the desktop app: the one place that decides whether
a new passphrase is good enough, and the estimate behind the strength meter.

How strong is strong enough
---------------------------
Someone who copies the journal folder (a lost laptop, a stolen backup) can try passphrases
offline, as fast as their hardware allows. Each guess costs one Argon2id derivation with at
least 64 MiB and 3 passes (``core/keywrap.py``; the app raises the passes until a derivation
takes about 0.5 s on the user's machine, but a slow machine may stay at the floor, so the floor
is what we plan for). Memory-hard hashing keeps graphics cards from their usual advantage but
does not stop them: hashcat's Argon2id mode, measured by its authors (Netherlands Forensic
Institute, hashcat pull request 4284, 2025) at exactly 64 MiB, 3 passes, 1 lane, does about
1,700 guesses a second on an RTX 4090, and that matches what the card's memory bandwidth
allows (about 1 TB/s over the ~0.5 GB of memory traffic one derivation needs). We assume
3,000 a second per device to leave room for newer cards.

We refuse a new passphrase that zxcvbn estimates at fewer than 10^12 guesses. At 3,000 guesses
a second that is about 10 years for one high-end graphics card, or a year for a rig of ten of
them (tens of thousands of pounds of hardware, or of rented time, spent on one person's
journal). Against a hundred such cards for a year (~10^13 guesses) the floor is not enough;
what the meter calls strong (10^14 and up, such as four less common words) is. A higher floor
would refuse many four-word passphrases, pushing people to write them down. This floor sits
where it should for people: four randomly chosen common words pass and three do not (figures
below), and common passwords dressed up with capitals, digits and look-alike symbols
("P@ssw0rd123", "Liverpool1!") are far below it (10^4 to 10^5).

How we read zxcvbn
------------------
zxcvbn splits a passphrase into the pieces an attacker would guess (dictionary words, names,
years, runs, keyboard rows, random characters) and reports ``guesses`` =
``pieces! x product(guesses per piece) + 10,000^(pieces - 1)``. We make two changes, both of
which can only lower the estimate:

* We drop the last term. It is zxcvbn's guess at what an attacker spends on shorter patterns
  first, and it gives every passphrase of four pieces at least 10^12 guesses however common
  the pieces are ("journal social supervision reflective", all from our context words, would
  pass at exactly the floor). ``pieces!`` and the per-piece guesses come from zxcvbn's
  documented ``sequence`` output.
* zxcvbn charges each space between words as a random character, so "three common words with
  spaces" looks like ~10^14 guesses when an attacker combining a word list needs ~10^10. We
  also score the passphrase with the spaces and punctuation between words taken out, and keep
  the lower estimate.

Measured with this module on random words of 4+ letters from zxcvbn's own English list (1,000
samples each): four of the 5,000 most common words pass 99.7% of the time (median 10^14.6),
four of the 10,000 most common always, four of the 2,000 most common 89%; three of the 5,000
most common never pass, three of the 10,000 most common 27% of the time.

zxcvbn (MIT licence, pure Python, no network) loads ~800 kB of word lists on import, so it is
imported only when a passphrase of at least :data:`MIN_LENGTH` characters is being checked,
never at start-up.
"""

from __future__ import annotations

import enum
import math
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from journal_app.core import messages
from journal_app.core.errors import InvalidInputError

MIN_LENGTH = 10

# The fewest guesses (log10) a new passphrase may take; the reasoning is in the module
# docstring. Existing journals are never re-checked: this applies only to new passphrases.
MIN_GUESSES_LOG10 = 12.0

# Meter bands in log10(guesses). Below 10^8 is zxcvbn's own "weak" (its scores 0 to 2);
# from the floor up the meter says good, and strong once it is 100 times past the floor.
_WEAK_BELOW_LOG10 = 8.0
_STRONG_FROM_LOG10 = MIN_GUESSES_LOG10 + 2

# Words an attacker who knows what this app is would try first (zxcvbn's user_inputs).
CONTEXT_WORDS = (
    "reflective",
    "supervision",
    "journal",
    "social",
    "socialwork",
    "socialworker",
    "worker",
    "practice",
    "supervisor",
    "leader",
    "reflection",
    "passphrase",
)

# zxcvbn's time grows quickly with length (a pasted 72-character random string can take
# 0.3 s); a prefix is never estimated stronger than the whole, so only this much is scored.
_ESTIMATE_CHARACTERS = 64

# Spaces and punctuation people put between words.
_SEPARATORS = re.compile(r"[\s\-_.,;:+/|~*]+")


class Advice(enum.Enum):
    """One reason a passphrase is easy to guess, or what to do about it.

    Built from zxcvbn's feedback (its English warnings and suggestions, mapped below) and from
    the patterns it found; the value is its code in the message catalogue (:attr:`text`).
    """

    COMMON_PASSWORD = "common_password"
    LIKE_COMMON_PASSWORD = "like_common_password"
    SINGLE_WORD = "single_word"
    NAMES = "names"
    ABOUT_THE_JOURNAL = "about_the_journal"
    REPEATS = "repeats"
    SEQUENCE = "sequence"
    KEYBOARD = "keyboard"
    YEARS = "years"
    DATES = "dates"
    CAPITALS = "capitals"
    SUBSTITUTIONS = "substitutions"
    REVERSED = "reversed"
    ADD_WORDS = "add_words"

    @property
    def text(self) -> str:
        """The advice in the current language, from the message catalogue."""
        return messages.text(f"passphrase.advice.{self.value}")


# Every warning and suggestion zxcvbn 4.5 can give (zxcvbn/feedback.py), in our words.
# tests/core/test_passphrase.py checks this table covers all of them, so a new zxcvbn release
# with new wording is noticed rather than silently shown in English or dropped.
_ZXCVBN_FEEDBACK: dict[str, Advice | None] = {
    "Straight rows of keys are easy to guess.": Advice.KEYBOARD,
    "Short keyboard patterns are easy to guess.": Advice.KEYBOARD,
    "Use a longer keyboard pattern with more turns.": Advice.KEYBOARD,
    'Repeats like "aaa" are easy to guess.': Advice.REPEATS,
    'Repeats like "abcabcabc" are only slightly harder to guess than "abc".': Advice.REPEATS,
    "Avoid repeated words and characters.": Advice.REPEATS,
    'Sequences like "abc" or "6543" are easy to guess.': Advice.SEQUENCE,
    "Avoid sequences.": Advice.SEQUENCE,
    "Recent years are easy to guess.": Advice.YEARS,
    "Avoid recent years.": Advice.YEARS,
    "Avoid years that are associated with you.": Advice.YEARS,
    "Dates are often easy to guess.": Advice.DATES,
    "Avoid dates and years that are associated with you.": Advice.DATES,
    "This is a top-10 common password.": Advice.COMMON_PASSWORD,
    "This is a top-100 common password.": Advice.COMMON_PASSWORD,
    "This is a very common password.": Advice.COMMON_PASSWORD,
    "This is similar to a commonly used password.": Advice.LIKE_COMMON_PASSWORD,
    "A word by itself is easy to guess.": Advice.SINGLE_WORD,
    "Names and surnames by themselves are easy to guess.": Advice.NAMES,
    "Common names and surnames are easy to guess.": Advice.NAMES,
    "Capitalization doesn't help very much.": Advice.CAPITALS,
    "All-uppercase is almost as easy to guess as all-lowercase.": Advice.CAPITALS,
    "Reversed words aren't much harder to guess.": Advice.REVERSED,
    "Predictable substitutions like '@' instead of 'a' don't help very much.": (
        Advice.SUBSTITUTIONS
    ),
    "Add another word or two. Uncommon words are better.": Advice.ADD_WORDS,
    "Use a few words, avoid common phrases.": Advice.ADD_WORDS,
    # Only given for an empty password, and wrong advice for a passphrase anyway.
    "No need for symbols, digits, or uppercase letters.": None,
}


@dataclass(frozen=True)
class Strength:
    """What the meter shows and the rule decides: one estimate for both.

    ``score`` is the meter level: 0 too short, 1 weak, 2 not yet strong enough (both refused),
    3 good, 4 strong. ``acceptable`` is whether :func:`check_passphrase` lets it through.
    """

    score: int
    acceptable: bool
    guesses_log10: float
    advice: tuple[Advice, ...]

    @property
    def text(self) -> str:
        """The advice in words, from the message catalogue (the CLI's and the UI's)."""
        return " ".join(item.text for item in self.advice)


class WeakPassphraseError(InvalidInputError):
    """A new passphrase that would be too easy to guess; carries the estimate behind it."""

    def __init__(self, strength: Strength) -> None:
        super().__init__("passphrase.too_weak", advice=strength.text)
        self.strength = strength


def estimate_strength(passphrase: str) -> Strength:
    """Estimate how many guesses an attacker would need, with advice for the meter.

    Shorter than :data:`MIN_LENGTH` is scored 0 without consulting zxcvbn, so an empty or
    half-typed field never loads it.
    """
    if len(passphrase) < MIN_LENGTH:
        return Strength(0, False, 0.0, ())
    text = unicodedata.normalize("NFC", passphrase)[:_ESTIMATE_CHARACTERS]
    result = _zxcvbn(text)
    guesses_log10 = _guesses_log10(result)
    joined = _SEPARATORS.sub("", text)
    if joined != text and joined:
        squeezed = _zxcvbn(joined)
        if _guesses_log10(squeezed) < guesses_log10:
            result, guesses_log10 = squeezed, _guesses_log10(squeezed)
    acceptable = guesses_log10 >= MIN_GUESSES_LOG10
    if guesses_log10 < _WEAK_BELOW_LOG10:
        score = 1
    elif not acceptable:
        score = 2
    elif guesses_log10 < _STRONG_FROM_LOG10:
        score = 3
    else:
        score = 4
    advice = _advice(result) if not acceptable else ()
    return Strength(score, acceptable, guesses_log10, advice)


def check_passphrase(passphrase: str, confirmation: str | None = None) -> None:
    """Raise :class:`InvalidInputError` when a new passphrase is not acceptable.

    Used wherever a passphrase is set (creating a journal, recovering, changing it), never
    when unlocking: a journal whose passphrase was set under older rules still opens.
    """
    if len(passphrase) < MIN_LENGTH:
        raise InvalidInputError("passphrase.too_short", length=MIN_LENGTH)
    if passphrase.strip() != passphrase and not passphrase.strip():
        raise InvalidInputError("passphrase.only_spaces")
    strength = estimate_strength(passphrase)
    if not strength.acceptable:
        raise WeakPassphraseError(strength)
    if confirmation is not None and confirmation != passphrase:
        raise InvalidInputError("passphrase.not_the_same")


def _zxcvbn(text: str) -> dict[str, Any]:
    # Imported here, not at the top: loading its word lists is kept off the start-up path.
    from zxcvbn import zxcvbn

    result: dict[str, Any] = zxcvbn(text, user_inputs=CONTEXT_WORDS, max_length=len(text))
    return result


def _guesses_log10(result: dict[str, Any]) -> float:
    """log10(pieces! x product of each piece's guesses): zxcvbn without its length term."""
    sequence = result["sequence"]
    total = math.log10(math.factorial(len(sequence)))
    for match in sequence:
        total += math.log10(float(match["guesses"]))
    return total


def _advice(result: dict[str, Any]) -> tuple[Advice, ...]:
    """zxcvbn's warning and suggestions in our words, then what to do; no repeats."""
    found: list[Advice] = []
    feedback = result.get("feedback") or {}
    for message in [feedback.get("warning") or "", *(feedback.get("suggestions") or ())]:
        item = _ZXCVBN_FEEDBACK.get(message)
        if item is not None and item is not Advice.ADD_WORDS:
            found.append(item)
    # zxcvbn says nothing about its user_inputs list; matching it is worth saying.
    if any(match.get("dictionary_name") == "user_inputs" for match in result["sequence"]):
        found.append(Advice.ABOUT_THE_JOURNAL)
    found.append(Advice.ADD_WORDS)
    return tuple(dict.fromkeys(found))
