"""Commands about frameworks, templates, coverage and the identifier check."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from journal_app.cli import context, output
from journal_app.cli.entry_commands import catalogue, journal_service, resolve_id
from journal_app.cli.parser import AddCommand
from journal_app.core.actions_due import actions_due
from journal_app.core.coverage import compute_coverage, gaps_in_words
from journal_app.core.cpd import cpd_status
from journal_app.core.frameworks import Framework
from journal_app.core.messages import render, text
from journal_app.core.models import EntryFilter
from journal_app.core.periods import Period, appraisal_year, format_uk_date, parse_uk_or_iso_date
from journal_app.store.locations import USER_FRAMEWORKS_FOLDER

IDENTIFIERS_FOUND = 11


def _in_force(framework: Framework) -> str:
    start, end = framework.in_force_from, framework.in_force_until
    if start and end:
        return text(
            "cli.catalogue.in_force_between", start=format_uk_date(start), end=format_uk_date(end)
        )
    if start:
        return text("cli.catalogue.in_force_from", start=format_uk_date(start))
    if end:
        return text("cli.catalogue.in_force_until", end=format_uk_date(end))
    return ""


def cmd_frameworks(args: argparse.Namespace) -> int:
    cat = catalogue(args)
    # every version, so a tag made against an older one can still be looked up
    frameworks = [version for f in cat.frameworks for version in cat.versions(f.id)]
    if args.json:
        output.print_json(frameworks)
        return 0
    for framework in frameworks:
        current = cat.framework(framework.id).version == framework.version
        # an imported framework's names come from a file the user was given: shown safely
        print(output.visible(f"{framework.id}  {framework.title}"))
        details = [framework.publisher, text("cli.catalogue.version", version=framework.version)]
        details += [part for part in (_in_force(framework),) if part]
        if not current:
            details.append(text("cli.catalogue.earlier_version"))
        print(output.visible(f"    {', '.join(details)}"))
        if framework.replaces is not None:
            replaced = framework.replaces.version
            print(output.visible(f"    {text('cli.catalogue.replaces', version=replaced)}"))
        source = framework.source_document
        if source is not None:
            said = text(
                "cli.catalogue.source",
                title=source.title,
                publisher=source.publisher,
                published=source.published,
                url=source.url,
            )
            print(output.visible(f"    {said}"))
            said = text(
                "cli.catalogue.checked",
                date=format_uk_date(source.checked_on),
                checked=source.checked,
            )
            print(output.visible(f"    {said}"))
        unconfirmed = set(source.unconfirmed_codes) if source else set()
        not_confirmed = text("cli.catalogue.not_confirmed")
        for domain in framework.domains:
            mark = f"  {not_confirmed}" if domain.code in unconfirmed else ""
            print(output.visible(f"    {framework.id}:{domain.code}  {domain.title}{mark}"))
    return 0


def cmd_templates(args: argparse.Namespace) -> int:
    templates = catalogue(args).templates
    if args.json:
        output.print_json(list(templates))
        return 0
    for template in templates:
        sections = ", ".join(s.title for s in template.sections)
        sections = sections or text("cli.catalogue.one_free_text")
        print(output.visible(f"{template.id:<16} {template.title}: {sections}"))
    return 0


def cmd_import_framework(args: argparse.Namespace) -> int:
    folder = context.data_dir(args) / USER_FRAMEWORKS_FOLDER
    framework = catalogue(args).import_framework(Path(args.file), folder)
    said = text(
        "cli.catalogue.framework_added",
        title=framework.title,
        id=framework.id,
        count=len(framework.domains),
    )
    print(output.visible(said))
    return 0


def _period(args: argparse.Namespace) -> Period:
    default = appraisal_year(date.today())
    start = parse_uk_or_iso_date(args.date_from) if args.date_from else default.start
    end = parse_uk_or_iso_date(args.date_to) if args.date_to else default.end
    return Period(start, end)


def cmd_coverage(args: argparse.Namespace) -> int:
    cat = catalogue(args)
    framework = cat.framework(args.framework or cat.default_framework_id)
    period = _period(args)
    today = date.today()
    with context.open_journal(args, writer=False) as database:
        journal = journal_service(database, cat)
        in_period = list(journal.entries(EntryFilter(date_from=period.start, date_to=period.end)))
        registration = list(journal.entries())
    coverage = compute_coverage(in_period, framework, period)
    cpd = cpd_status(registration, today)
    due = actions_due(in_period, period, today)
    if args.json:
        output.print_json({"coverage": coverage, "cpd": cpd, "actions_due": list(due)})
        return 0
    print(output.visible(f"{framework.title}, {period.label}"))
    total, tagged = coverage.total_entries, coverage.tagged_entries
    print(text("cli.catalogue.reflections", count=total, tagged=tagged))
    no_evidence = text("cli.catalogue.no_evidence")
    for domain in coverage.domains:
        latest = (
            text("cli.catalogue.latest", date=format_uk_date(domain.latest))
            if domain.latest
            else no_evidence
        )
        line = f"  {domain.code:>3}  {domain.entry_count:>3}  {domain.title}  ({latest})"
        print(output.visible(line))
    print(output.visible(render(gaps_in_words(coverage)), lines=True))
    print(render(cpd.shortfall_in_words))
    overdue = [d for d in due if d.overdue]
    if due:
        print(text("cli.catalogue.actions_due", count=len(due), overdue=len(overdue)))
    return 0


def cmd_check_identifiers(args: argparse.Namespace) -> int:
    # imported here: compiling the identifier patterns is wasted on every other command
    from journal_app.services.privacy import check_entries
    from journal_app.services.protected_names import ProtectedNames

    if not args.all and not args.id:
        print(text("cli.catalogue.needs_id"), file=sys.stderr)
        return 2
    with context.open_journal(args, writer=False) as database:
        journal = journal_service(database, catalogue(args))
        if args.all:
            entries = list(journal.entries())
        else:
            entries = [journal.get(resolve_id(journal, args.id))]
        protected = ProtectedNames(database).matcher()
    results = check_entries(entries, protected=protected)
    if args.json:
        output.print_json(
            [
                {"entry_id": r.entry.id, "title": r.entry.title, "fields": r.by_field}
                for r in results
            ]
        )
    else:
        output.print_findings(results, lambda entry: f"{entry.id}  {entry.title}", sys.stdout)
        checked = len(entries)
        if not results:
            print(output.nothing_identifying(checked))
    return IDENTIFIERS_FOUND if results else 0


def register(add: AddCommand) -> None:
    frameworks = add("frameworks", cmd_frameworks, text("cli.help.frameworks"))
    frameworks.add_argument("--json", action="store_true")
    templates = add("templates", cmd_templates, text("cli.help.templates"))
    templates.add_argument("--json", action="store_true")
    importing = add(
        "import-framework",
        cmd_import_framework,
        text("cli.help.import_framework"),
    )
    importing.add_argument("file", help=text("cli.help.import_framework_file"))
    coverage = add("coverage", cmd_coverage, text("cli.help.coverage"))
    coverage.add_argument("--from", dest="date_from", metavar="DATE")
    coverage.add_argument("--to", dest="date_to", metavar="DATE")
    coverage.add_argument("--framework", metavar="ID", help=text("cli.help.coverage_framework"))
    coverage.add_argument("--json", action="store_true")
    check = add(
        "check-identifiers",
        cmd_check_identifiers,
        text("cli.help.check_identifiers"),
    )
    check.add_argument("id", nargs="?")
    check.add_argument("--all", action="store_true")
    check.add_argument("--json", action="store_true")
