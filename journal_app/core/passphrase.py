"""Passphrase rules shared by the CLI and the desktop app."""

from __future__ import annotations

import math
from dataclasses import dataclass

from journal_app.core.errors import InvalidInputError

MIN_LENGTH = 10


def check_passphrase(passphrase: str, confirmation: str | None = None) -> None:
    """Raise :class:`InvalidInputError` when a new passphrase is not acceptable."""
    if len(passphrase) < MIN_LENGTH:
        raise InvalidInputError(
            f"Choose a passphrase of at least {MIN_LENGTH} characters. "
            "A few unrelated words are easy to remember and hard to guess."
        )
    if passphrase.strip() != passphrase and not passphrase.strip():
        raise InvalidInputError("A passphrase cannot be only spaces.")
    if confirmation is not None and confirmation != passphrase:
        raise InvalidInputError("The two passphrases are not the same. Type them again.")


@dataclass(frozen=True)
class Strength:
    """A rough estimate for the strength meter: 0 (weak) to 4 (strong), with advice."""

    score: int
    label: str
    advice: str


_LABELS = ("Too short", "Weak", "Fair", "Good", "Strong")


def estimate_strength(passphrase: str) -> Strength:
    """Estimate strength from length and character variety, penalising repetition.

    Deliberately simple and conservative: it guides, it does not promise.
    """
    if len(passphrase) < MIN_LENGTH:
        return Strength(0, _LABELS[0], f"Use at least {MIN_LENGTH} characters.")
    pool = 0
    if any(c.islower() for c in passphrase):
        pool += 26
    if any(c.isupper() for c in passphrase):
        pool += 26
    if any(c.isdigit() for c in passphrase):
        pool += 10
    if any(not c.isalnum() for c in passphrase):
        pool += 20
    distinct = len(set(passphrase.lower()))
    effective_length = min(len(passphrase), distinct * 2)
    bits = effective_length * math.log2(max(pool, 2))
    if bits < 45:
        return Strength(1, _LABELS[1], "Add another word or two.")
    if bits < 60:
        return Strength(2, _LABELS[2], "Longer is stronger: add a word.")
    if bits < 80:
        return Strength(3, _LABELS[3], "A good passphrase.")
    return Strength(4, _LABELS[4], "A strong passphrase.")
