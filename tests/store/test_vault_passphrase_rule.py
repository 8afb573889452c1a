"""The passphrase rule at the vault: every way of setting a passphrase refuses a weak one and
changes nothing; a journal whose passphrase predates the rule still opens."""

from __future__ import annotations

from pathlib import Path

import pytest

from journal_app.core.errors import InvalidInputError
from journal_app.services import vault as vault_module
from journal_app.services.vault import Vault
from tests.conftest import PASSPHRASE, snapshot

WEAK = "Liverpool1!"


def test_create_refuses_a_weak_passphrase_and_creates_nothing(
    vault: Vault, data_dir: Path
) -> None:
    with pytest.raises(InvalidInputError, match="close to a password many people use"):
        vault.create(WEAK, WEAK)
    assert not data_dir.exists()


def test_change_and_recover_refuse_a_weak_passphrase_and_change_nothing(
    vault: Vault, data_dir: Path
) -> None:
    created = vault.create(PASSPHRASE)
    created.database.close()
    before = snapshot(data_dir)
    with pytest.raises(InvalidInputError, match="too easy to guess"):
        vault.change_passphrase(PASSPHRASE, WEAK, WEAK)
    with pytest.raises(InvalidInputError, match="too easy to guess"):
        vault.recover(created.recovery_key, "password123", "password123")
    assert snapshot(data_dir) == before
    vault.unlock(PASSPHRASE).close()


def test_a_journal_with_a_passphrase_set_under_the_old_rule_still_opens(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The journal as an older version made it: only the length was checked then.
    def length_only(passphrase: str, confirmation: str | None = None) -> None:
        assert len(passphrase) >= 10

    with monkeypatch.context() as patched:
        patched.setattr(vault_module, "check_passphrase", length_only)
        vault.create(WEAK).database.close()

    vault.unlock(WEAK).close()  # unlocking never applies the rule
    with pytest.raises(InvalidInputError, match="too easy to guess"):
        vault.change_passphrase(WEAK, "Liverpool2!")
    vault.change_passphrase(WEAK, PASSPHRASE, PASSPHRASE)  # moving to a strong one works
    vault.unlock(PASSPHRASE).close()
