"""journal-app protect add / list / remove, and check-identifiers using the list."""

from __future__ import annotations

import json

from journal_app.cli.protect_commands import KINDS
from journal_app.core.identifiers import ProtectKind


def test_the_cli_kinds_are_the_core_kinds() -> None:
    assert tuple(k.value for k in ProtectKind) == KINDS


def test_add_list_check_and_remove(cli) -> None:  # type: ignore[no-untyped-def]
    cli("init")
    code, out, _ = cli("protect", "add", "Kayleigh", "--also", "Kayley", "--also", "Kay",
                       "--kind", "child")  # fmt: skip
    assert code == 0 and "Kayleigh (also Kayley, Kay) -> Child A" in out
    code, out, _ = cli("protect", "add", "Acacia Road", "--kind", "street", "--as", "Street Q")
    assert code == 0
    code, out, _ = cli("protect", "list")
    assert out.splitlines() == [
        "Kayleigh (also Kayley, Kay) -> Child A  [child]",
        "Acacia Road -> Street Q  [street]",
    ]
    listed = json.loads(cli("protect", "list", "--json")[1])
    assert listed[0] == {
        "name": "Kayleigh",
        "spellings": ["Kayleigh", "Kayley", "Kay"],
        "kind": "child",
        "pseudonym": "Child A",
    }

    cli("add", "--title", "visit to kay", stdin="kayleigh was tired on acacia road")
    code, out, _ = cli("check-identifiers", "--all")
    assert code == 11
    assert "'kay' -> 'Child A'" in out and "'kayleigh' -> 'Child A'" in out
    assert "'acacia road' -> 'Street Q'" in out

    code, out, _ = cli(
        "protect", "change", "acacia road", "--also", "Acacia Rd", "--as", "Street R"
    )
    assert code == 0 and "Changed: Acacia Road (also Acacia Rd) -> Street R  [street]" in out
    code, _, err = cli("protect", "change", "Kay")
    assert code == 2 and "Say what to change" in err
    code, _, err = cli("protect", "change", "Kay", "--also", "Acacia Rd")
    assert code == 2 and "already on your list" in err

    code, out, _ = cli("protect", "remove", "KAYLEY")  # any spelling, any case
    assert code == 0 and "No longer protected: Kayleigh" in out
    assert [t["name"] for t in json.loads(cli("protect", "list", "--json")[1])] == ["Acacia Road"]


def test_bad_input_is_refused_with_a_plain_message(cli) -> None:  # type: ignore[no-untyped-def]
    cli("init")
    assert cli("protect", "add", "Kay", "--kind", "child")[0] == 0
    code, _, err = cli("protect", "add", "KAY")
    assert code == 2 and "already on your list" in err and "Traceback" not in err
    code, _, err = cli("protect", "add", "   ")
    assert code == 2 and "Type the name" in err
    code, _, err = cli("protect", "remove", "Nobody")
    assert code == 2 and "not on your list" in err
    code, _, err = cli("protect", "add", "Jo", "--kind", "cousin")
    assert code == 2 and "invalid choice" in err
    assert len(json.loads(cli("protect", "list", "--json")[1])) == 1
    code, out, _ = cli("protect")
    assert code == 2 and "add" in out and "remove" in out
