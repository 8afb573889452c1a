"""Names I protect, from the command line: ``protect add``, ``list``, ``change``, ``remove``.

The list is the person's own, shown in their own terminal; it is never written anywhere
else. The identifier check (``check-identifiers``, ``export pdf``) always catches these
names, in any case and spelling, and suggests the pseudonym given here.
"""

from __future__ import annotations

import argparse

from journal_app.cli import context, output
from journal_app.cli.parser import AddCommand
from journal_app.core.messages import text

#: ProtectKind's values, written out so that building the parser does not load the
#: identifier check (tests/cli/test_protect_cli.py checks they agree)
KINDS = ("child", "parent", "family", "person", "street", "school", "other")
#: each kind's word in the current language, for the listing (the option takes KINDS)
KIND_WORDS = {
    "child": "cli.protect.kind_child",
    "parent": "cli.protect.kind_parent",
    "family": "cli.protect.kind_family",
    "person": "cli.protect.kind_person",
    "street": "cli.protect.kind_street",
    "school": "cli.protect.kind_school",
    "other": "cli.protect.kind_other",
}
_NOT_ON_LIST = "cli.protect_not_listed"


def _describe(spellings: tuple[str, ...], pseudonym: str, kind: str) -> str:
    """ "Zebedee (also Zeb) -> Child A  [child]", as written: the names are the person's own,
    so they are put in the line here and never passed into a message."""
    also = ""
    if len(spellings) > 1:
        also = f" ({text('cli.protect.also')} {', '.join(spellings[1:])})"
    word = text(KIND_WORDS[kind]) if kind in KIND_WORDS else kind
    return f"{spellings[0]}{also} -> {pseudonym}  [{word}]"


def cmd_protect_add(args: argparse.Namespace) -> int:
    from journal_app.core.identifiers import ProtectKind
    from journal_app.services.protected_names import ProtectedNames

    with context.open_journal(args, writer=True) as database:
        term = ProtectedNames(database).add(
            [args.name, *args.also], ProtectKind(args.kind), args.pseudonym or ""
        )
    described = _describe(term.spellings, term.pseudonym, term.kind.value)
    print(output.with_own_words("cli.protect.protected", {"term": described}))
    return 0


def cmd_protect_list(args: argparse.Namespace) -> int:
    from journal_app.services.protected_names import ProtectedNames

    with context.open_journal(args, writer=False) as database:
        terms = ProtectedNames(database).list()
    if args.json:
        output.print_json(
            [
                {
                    "name": t.name,
                    "spellings": list(t.spellings),
                    "kind": t.kind.value,
                    "pseudonym": t.pseudonym,
                }
                for t in terms
            ]
        )
        return 0
    for term in terms:
        print(output.visible(_describe(term.spellings, term.pseudonym, term.kind.value)))
    if not terms:
        print(text("cli.protect.none"))
    return 0


def cmd_protect_change(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from journal_app.core.errors import InvalidInputError
    from journal_app.core.identifiers import ProtectKind
    from journal_app.services.protected_names import ProtectedNames

    if not (args.also or args.pseudonym or args.kind):
        raise InvalidInputError("cli.protect_nothing_to_change")
    with context.open_journal(args, writer=True) as database:
        names = ProtectedNames(database)
        term = names.find(args.name)
        if term is None:
            raise InvalidInputError(_NOT_ON_LIST)
        changed = names.update(
            replace(
                term,
                spellings=(*term.spellings, *args.also),
                kind=ProtectKind(args.kind) if args.kind else term.kind,
                pseudonym=args.pseudonym or term.pseudonym,
            )
        )
    described = _describe(changed.spellings, changed.pseudonym, changed.kind.value)
    print(output.with_own_words("cli.protect.changed", {"term": described}))
    return 0


def cmd_protect_remove(args: argparse.Namespace) -> int:
    from journal_app.core.errors import InvalidInputError
    from journal_app.services.protected_names import ProtectedNames

    with context.open_journal(args, writer=True) as database:
        names = ProtectedNames(database)
        term = names.find(args.name)
        if term is None:
            raise InvalidInputError(_NOT_ON_LIST)
        names.remove(term.id)
    own = {"name": term.name, "pseudonym": term.pseudonym}
    print(output.with_own_words("cli.protect.removed", own))
    return 0


def _protect_help(args: argparse.Namespace) -> int:
    args.protect_parser.print_help()
    return 2


def register(add: AddCommand) -> None:
    protect = add(
        "protect",
        _protect_help,
        text("cli.help.protect"),
    )
    protect.set_defaults(protect_parser=protect)
    actions = protect.add_subparsers(metavar="ACTION")

    adding = actions.add_parser(
        "add",
        help=text("cli.help.protect_add"),
        description=text("cli.help.protect_add_more"),
    )
    adding.set_defaults(handler=cmd_protect_add)
    adding.add_argument("name", help=text("cli.help.protect_add_name"))
    adding.add_argument(
        "--also",
        action="append",
        default=[],
        metavar="SPELLING",
        help=text("cli.help.protect_add_also"),
    )
    adding.add_argument(
        "--as",
        dest="pseudonym",
        metavar="PSEUDONYM",
        help=text("cli.help.protect_add_as"),
    )
    adding.add_argument(
        "--kind", choices=KINDS, default="person", help=text("cli.help.protect_add_kind")
    )

    listing = actions.add_parser("list", help=text("cli.help.protect_list"))
    listing.set_defaults(handler=cmd_protect_list)
    listing.add_argument("--json", action="store_true")

    changing = actions.add_parser("change", help=text("cli.help.protect_change"))
    changing.set_defaults(handler=cmd_protect_change)
    changing.add_argument("name", help=text("cli.help.protect_which_name"))
    changing.add_argument(
        "--also",
        action="append",
        default=[],
        metavar="SPELLING",
        help=text("cli.help.protect_change_also"),
    )
    changing.add_argument(
        "--as", dest="pseudonym", metavar="PSEUDONYM", help=text("cli.help.protect_change_as")
    )
    changing.add_argument("--kind", choices=KINDS, help=text("cli.help.protect_change_kind"))

    removing = actions.add_parser("remove", help=text("cli.help.protect_remove"))
    removing.set_defaults(handler=cmd_protect_remove)
    removing.add_argument("name", help=text("cli.help.protect_which_name"))
