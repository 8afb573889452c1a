"""Commands that take reflections out of the journal or bring them in: export, import, cpd.

``export pdf`` runs the identifier check over exactly the reflections the PDF would hold and
refuses (exit code 11) if it finds anything, unless ``--allow-identifiers`` is given. The
findings are listed on standard error *with the text that was found*: this is the user's own
terminal, the same place ``journal-app show`` prints whole reflections, and without the text
a finding cannot be located and fixed. The error message itself never quotes entry text.

The export service (which brings in reportlab) and the identifier check are imported by the
handlers that use them, not at the top: every command's grammar is built at start-up, and a
``journal-app search`` should not pay ~0.3 s to load PDF and identifier machinery.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from journal_app.cli import context, output
from journal_app.cli.entry_commands import catalogue, journal_service, resolve_id
from journal_app.cli.parser import AddCommand
from journal_app.cli.progress import ProgressLine
from journal_app.core.errors import InvalidInputError, JournalError
from journal_app.core.limits import EARLIEST_DATE, LATEST_DATE
from journal_app.core.messages import Message, text
from journal_app.core.models import Entry
from journal_app.core.periods import Period, appraisal_year, parse_uk_or_iso_date
from journal_app.services.exporters.appraisal_pdf.options import (
    DEFAULT_FRAMEWORK,
    AppraisalOptions,
    app_language,
)
from journal_app.services.exporters.appraisal_pdf.words import PDF_LANGUAGES

if TYPE_CHECKING:
    from journal_app.services.export_service import ExportService
    from journal_app.store.database import JournalDatabase

IDENTIFIERS_FOUND = 11


class IdentifyingDetailsFound(JournalError):
    """The identifier check found something in what would be exported; nothing was saved."""

    exit_code = IDENTIFIERS_FOUND


def _service(database: JournalDatabase, args: argparse.Namespace) -> ExportService:
    from journal_app.services.export_service import ExportService

    cat = catalogue(args)
    return ExportService(journal_service(database, cat), cat)


def _output_path(text: str) -> Path:
    path = Path(text).expanduser()
    if not path.parent.is_dir():
        raise InvalidInputError("cli.no_such_folder", folder=path.parent)
    return path


def _period(args: argparse.Namespace, default: Period) -> Period:
    """The period from --from/--to; a date not given is taken from ``default``."""
    start = parse_uk_or_iso_date(args.date_from) if args.date_from else default.start
    end = parse_uk_or_iso_date(args.date_to) if args.date_to else default.end
    return Period(start, end)


def _optional_period(args: argparse.Namespace) -> Period | None:
    if not args.date_from and not args.date_to:
        return None  # the whole journal
    return _period(args, Period(EARLIEST_DATE, LATEST_DATE))


def _run(label: str, work: Callable[[ProgressLine], str]) -> int:
    progress = ProgressLine(label)
    try:
        message = work(progress)
    finally:
        progress.close()
    print(output.visible(message), file=sys.stderr)  # it names the file the user chose
    return 0


def _appraisal_options(args: argparse.Namespace) -> AppraisalOptions:
    today = date.today()
    password = None
    if args.password_file:
        password = context.read_secret_file(args.password_file, "pdf_password")
    return AppraisalOptions(
        period=_period(args, appraisal_year(today)),
        framework_ids=tuple(dict.fromkeys(args.framework or [DEFAULT_FRAMEWORK])),
        include_private=args.include_private,
        include_drafts=args.include_drafts,
        full_text=not args.summaries,
        name=args.name or "",
        role=args.role or "",
        employer=args.employer or "",
        appraiser=args.appraiser or "",
        password=password,
        produced_on=today,
        include_appraisal=not args.no_appraisal,
        attach_evidence=args.attach_evidence,
        short_document=args.short,
        language=args.pdf_language or app_language(),
    )


def _finding_header(entry: Entry) -> str:
    which = text("cli.export.finding_id", id=entry.id[:8])
    return f"{entry.event_date.isoformat()}  {entry.title}  {which}"


def cmd_export_pdf(args: argparse.Namespace) -> int:
    options = _appraisal_options(args)
    destination = _output_path(args.output)
    with context.open_journal(args, writer=False) as database:
        service = _service(database, args)
        if not args.allow_identifiers:
            found = service.findings_for_export(options)
            in_appraisal = service.appraisal_findings_for_export(options)
            if found:
                output.print_findings(found, _finding_header, sys.stderr)
                count = sum(r.count for r in found)
                raise IdentifyingDetailsFound(
                    "cli.identifiers_found", details=count, reflections=len(found)
                )
            if in_appraisal:
                output.print_placed_findings(in_appraisal, sys.stderr)
                count = sum(len(r.findings) for r in in_appraisal)
                raise IdentifyingDetailsFound("cli.identifiers_in_workspace", details=count)

        def work(progress: ProgressLine) -> str:
            result = service.appraisal_pdf(options, destination, progress)
            return text(
                "cli.export.saved_pdf",
                destination=destination,
                count=result.entry_count,
                pages=Message("cli.export.pages", count=result.pages),
                locked=text("cli.export.password_protected") if options.password else "",
            )

        return _run(text("cli.export.making_pdf"), work)


def cmd_export_json(args: argparse.Namespace) -> int:
    period = _optional_period(args)
    destination = _output_path(args.output)
    with context.open_journal(args, writer=False) as database:
        service = _service(database, args)

        def work(progress: ProgressLine) -> str:
            result = service.export_json(destination, period, progress)
            return text("cli.export.saved_json", destination=destination, count=result.entry_count)

        return _run(text("cli.export.exporting"), work)


def cmd_export_markdown(args: argparse.Namespace) -> int:
    period = _optional_period(args)
    destination = _output_path(args.output)
    with context.open_journal(args, writer=False) as database:
        service = _service(database, args)

        def work(progress: ProgressLine) -> str:
            result = service.export_markdown(destination, period, progress)
            return text("cli.export.saved_markdown", count=result.files, destination=destination)

        return _run(text("cli.export.exporting"), work)


def cmd_import_json(args: argparse.Namespace) -> int:
    from journal_app.services.export_service import DuplicatePolicy

    source = Path(args.file).expanduser()
    policy = DuplicatePolicy.REJECT if args.on_duplicate == "stop" else DuplicatePolicy.SKIP
    with context.open_journal(args, writer=True) as database:
        service = _service(database, args)
        progress = ProgressLine(text("cli.export.importing"))
        try:
            report = service.import_json(source, policy, progress)
        finally:
            progress.close()
    name = output.visible(source.name)
    print(text("cli.export.imported", count=len(report.imported), name=name), file=sys.stderr)
    if report.skipped:
        differing = [s for s in report.skipped if not s.same_content]
        if differing:
            skipped = text(
                "cli.export.skipped_differing",
                count=len(report.skipped),
                differing=len(differing),
            )
        else:
            skipped = text("cli.export.skipped", count=len(report.skipped))
        print(skipped, file=sys.stderr)
        for item in differing:
            print(f"    {item.id}  {output.visible(item.title)}", file=sys.stderr)
    if report.appraisals_imported:
        count = len(report.appraisals_imported)
        print(text("cli.export.appraisals_imported", count=count), file=sys.stderr)
    if report.appraisals_skipped:
        count = len(report.appraisals_skipped)
        print(text("cli.export.appraisals_left", count=count), file=sys.stderr)
    return 0


#: the CPD record's parts as `journal-app cpd` heads them, in the run's language
CPD_FIELD_WORDS = {
    "cpd_type": "cli.cpd_field.cpd_type",
    "description": "cli.cpd_field.description",
    "activity_date": "cli.cpd_field.activity_date",
    "learning": "cli.cpd_field.learning",
    "impact": "cli.cpd_field.impact",
    "peer_reflection": "cli.cpd_field.peer_reflection",
}


def cmd_cpd(args: argparse.Namespace) -> int:
    from journal_app.services.export_service import ExportService

    cat = catalogue(args)
    with context.open_journal(args, writer=False) as database:
        journal = journal_service(database, cat)
        record = ExportService(journal, cat).cpd_fields(resolve_id(journal, args.id))
    if args.field:
        print(output.visible(record.field(args.field).text, lines=True))
        return 0
    if args.json:
        output.print_json(record)
        return 0
    if not record.from_cpd_template:
        print(text("cli.export.not_cpd_template"), file=sys.stderr)
    nothing = text("cli.export.nothing_written")
    for item in record.fields:
        code = CPD_FIELD_WORDS.get(item.key)
        print(f"== {text(code) if code else item.label} ==")
        print(output.visible(item.text, lines=True) if item.text else nothing)
        print()
    return 0


def _needs_kind(args: argparse.Namespace) -> int:
    raise InvalidInputError("cli.which_kind", command=args.command_name)


def _kinds(add: AddCommand, name: str, help_text: str) -> argparse._SubParsersAction:  # type: ignore[type-arg]
    command = add(name, _needs_kind, help_text)
    command.set_defaults(command_name=name)
    return command.add_subparsers(metavar="KIND", parser_class=type(command))


def _date_options(command: argparse.ArgumentParser, first_date_help: str) -> None:
    command.add_argument("--from", dest="date_from", metavar="DATE", help=first_date_help)
    command.add_argument("--to", dest="date_to", metavar="DATE", help=text("cli.help.last_date"))


def _pdf_arguments(pdf: argparse.ArgumentParser) -> None:
    _date_options(pdf, text("cli.help.pdf_from"))
    pdf.add_argument(
        "-o", "--output", required=True, metavar="FILE", help=text("cli.help.pdf_output")
    )
    pdf.add_argument(
        "--framework",
        action="append",
        metavar="ID",
        help=text("cli.help.pdf_framework"),
    )
    length = pdf.add_mutually_exclusive_group()
    length.add_argument("--full-text", action="store_true", help=text("cli.help.pdf_full_text"))
    length.add_argument("--summaries", action="store_true", help=text("cli.help.pdf_summaries"))
    length.add_argument("--short", action="store_true", help=text("cli.help.pdf_short"))
    pdf.add_argument(
        "--include-private", action="store_true", help=text("cli.help.pdf_include_private")
    )
    pdf.add_argument(
        "--include-drafts", action="store_true", help=text("cli.help.pdf_include_drafts")
    )
    for option, meaning in (
        ("--name", text("cli.help.pdf_name")),
        ("--role", text("cli.help.pdf_role")),
        ("--employer", text("cli.help.pdf_employer")),
        ("--appraiser", text("cli.help.pdf_appraiser")),
    ):
        pdf.add_argument(option, metavar="TEXT", help=meaning)
    pdf.add_argument(
        "--password-file",
        metavar="FILE",
        help=text("cli.help.pdf_password_file"),
    )
    pdf.add_argument(
        "--allow-identifiers",
        action="store_true",
        help=text("cli.help.pdf_allow_identifiers"),
    )
    pdf.add_argument(
        "--no-appraisal",
        action="store_true",
        help=text("cli.help.pdf_no_appraisal"),
    )
    pdf.add_argument(
        "--attach-evidence",
        action="store_true",
        help=text("cli.help.pdf_attach_evidence"),
    )
    pdf.add_argument(
        "--pdf-language",
        choices=PDF_LANGUAGES,
        help=text("cli.help.pdf_language"),
    )


def register(add: AddCommand) -> None:
    """Add ``export pdf|json|markdown``, ``import json`` and ``cpd``."""
    exports = _kinds(add, "export", text("cli.help.export"))
    pdf = exports.add_parser(
        "pdf", help=text("cli.help.export_pdf"), description=text("cli.help.export_pdf_more")
    )
    pdf.set_defaults(handler=cmd_export_pdf)
    _pdf_arguments(pdf)
    as_json = exports.add_parser("json", help=text("cli.help.export_json"))
    as_json.set_defaults(handler=cmd_export_json)
    as_markdown = exports.add_parser("markdown", help=text("cli.help.export_markdown"))
    as_markdown.set_defaults(handler=cmd_export_markdown)
    for command, target in ((as_json, "FILE"), (as_markdown, text("cli.help.markdown_target"))):
        _date_options(command, text("cli.help.export_from"))
        command.add_argument("-o", "--output", required=True, metavar=target)

    imports = _kinds(add, "import", text("cli.help.import"))
    from_json = imports.add_parser("json", help=text("cli.help.import_json"))
    from_json.set_defaults(handler=cmd_import_json)
    from_json.add_argument("file", metavar="FILE")
    from_json.add_argument(
        "--on-duplicate",
        choices=["skip", "stop"],
        default="skip",
        help=text("cli.help.import_on_duplicate"),
    )

    cpd = add("cpd", cmd_cpd, text("cli.help.cpd"))
    cpd.add_argument("id")
    cpd.add_argument("--field", choices=CPD_FIELD_KEYS, help=text("cli.help.cpd_field"))
    cpd.add_argument("--json", action="store_true")


CPD_FIELD_KEYS = (
    "cpd_type",
    "description",
    "activity_date",
    "learning",
    "impact",
    "peer_reflection",
)
