"""Commands that write and read reflections: add, list, search, show, delete, restore."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from journal_app.cli import context, output
from journal_app.core.catalogue import Catalogue
from journal_app.core.errors import EntryNotFoundError, InvalidInputError
from journal_app.core.messages import text
from journal_app.core.models import EntryDraft, EntryFilter, Status, Visibility
from journal_app.core.periods import parse_uk_or_iso_date
from journal_app.store.locations import USER_FRAMEWORKS_FOLDER

# The services and the database layer are imported when a command runs, not when the
# grammar is built (that imports every command module): --help stays quick.
if TYPE_CHECKING:
    from journal_app.services.journal import JournalService
    from journal_app.store.database import JournalDatabase


def catalogue(args: argparse.Namespace) -> Catalogue:
    """The frameworks and templates, read from disk once per command (kept on ``args``)."""
    loaded = getattr(args, "_catalogue", None)
    if not isinstance(loaded, Catalogue):
        loaded = Catalogue.builtin(context.data_dir(args) / USER_FRAMEWORKS_FOLDER)
        args._catalogue = loaded
    return loaded


def journal_service(database: JournalDatabase, cat: Catalogue | None = None) -> JournalService:
    """The journal's service for one command (imported only when a command runs)."""
    from journal_app.services.journal import JournalService

    return JournalService(database, cat) if cat is not None else JournalService(database)


def _service(args: argparse.Namespace, database: JournalDatabase) -> JournalService:
    return journal_service(database, catalogue(args))


def _read_body() -> str:
    if sys.stdin.isatty():
        print(text("cli.prompt.body"), file=sys.stderr)
    try:
        return sys.stdin.read()
    except UnicodeDecodeError:
        raise InvalidInputError("cli.stdin_not_utf8") from None


def cmd_add(args: argparse.Namespace) -> int:
    cat = catalogue(args)
    tags = tuple(cat.resolve_tag(key) for key in args.tag)
    template = cat.template(args.template)
    when = parse_uk_or_iso_date(args.date) if args.date else None
    body = "" if args.no_body else _read_body()
    draft = EntryDraft(
        title=args.title,
        body=body,
        event_date=when,
        template_id=template.id,
        status=Status(args.status),
        visibility=Visibility(args.visibility),
        tags=tags,
    )
    with context.open_journal(args, writer=True) as database:
        entry = _service(args, database).create(draft)
    print(entry.id)
    return 0


def _filter(args: argparse.Namespace) -> EntryFilter:
    return EntryFilter(
        date_from=parse_uk_or_iso_date(args.date_from) if args.date_from else None,
        date_to=parse_uk_or_iso_date(args.date_to) if args.date_to else None,
        tag=catalogue(args).resolve_tag(args.tag) if args.tag else None,
        in_trash=getattr(args, "trash", False),
    )


def cmd_list(args: argparse.Namespace) -> int:
    entry_filter = _filter(args)
    with context.open_journal(args, writer=False) as database:
        summaries = _service(args, database).list(entry_filter)
    if args.json:
        output.print_json(summaries)
    elif not output.print_summaries(summaries):
        print(text("cli.entries.none_match"), file=sys.stderr)
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    entry_filter = _filter(args)
    with context.open_journal(args, writer=False) as database:
        hits = _service(args, database).search(
            args.query, entry_filter, limit=args.limit, welsh_forms=args.welsh_forms
        )
    if args.json:
        output.print_json(hits)
    elif not output.print_hits(hits):
        print(text("cli.entries.nothing_found"), file=sys.stderr)
    return 0


def resolve_id(service: JournalService, given: str) -> str:
    """Accept a whole id or a unique prefix of at least 6 characters, as people copy them."""
    if service.exists(given):
        return given
    if len(given) >= 6:
        candidates = service.ids_starting_with(given)
        if len(candidates) == 1:
            return candidates[0]
        if len(candidates) > 1:
            raise InvalidInputError("cli.id_ambiguous", id=repr(given))
    raise EntryNotFoundError("reflection.not_found", id=repr(given))


def cmd_show(args: argparse.Namespace) -> int:
    with context.open_journal(args, writer=False) as database:
        service = _service(args, database)
        entry = service.get(resolve_id(service, args.id))
    if args.json:
        output.print_json(entry)
    else:
        output.print_entry(entry)
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    with context.open_journal(args, writer=True) as database:
        service = _service(args, database)
        entry_id = resolve_id(service, args.id)
        if args.purge:
            service.purge(entry_id)
            print(text("cli.entries.purged"), file=sys.stderr)
        else:
            service.trash(entry_id)
            print(text("cli.entries.trashed"), file=sys.stderr)
    return 0


def cmd_restore_entry(args: argparse.Namespace) -> int:
    with context.open_journal(args, writer=True) as database:
        service = _service(args, database)
        service.restore(resolve_id(service, args.id))
    print(text("cli.entries.restored"), file=sys.stderr)
    return 0
