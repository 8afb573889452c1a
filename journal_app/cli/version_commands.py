"""Moving tags from an earlier framework version to the current one, and undoing it."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from journal_app.cli import context, output
from journal_app.cli.entry_commands import catalogue
from journal_app.cli.parser import AddCommand
from journal_app.core.messages import text
from journal_app.core.periods import format_uk_date

if TYPE_CHECKING:  # the services load only when a command runs: --help stays light
    from journal_app.services.tag_versions import TagMoveItem, TagMovePreview

#: preview lines shown before "... and N more"
SHOWN = 20


def _line(item: TagMoveItem, framework_id: str) -> str:
    new = f"{framework_id}:{item.new_code}" if item.new_code else text("cli.tags.no_counterpart")
    when = format_uk_date(item.event_date)
    return f"  {when}  {item.title}  {framework_id}:{item.old_code} -> {new}"


def _print_items(heading: str, items: tuple[TagMoveItem, ...], framework_id: str) -> None:
    if not items:
        return
    print(heading)
    for item in items[:SHOWN]:
        # titles are the person's own words: shown safely
        print(output.visible(_line(item, framework_id)))
    if len(items) > SHOWN:
        print(f"  {text('cli.tags.more', count=len(items) - SHOWN)}")


def _print_preview(preview: TagMovePreview) -> None:
    fw = preview.framework_id
    print(
        text(
            "cli.tags.heading",
            framework=fw,
            from_version=preview.from_version,
            to_version=preview.to_version,
        )
    )
    _print_items(text("cli.tags.to_move", count=len(preview.to_move)), preview.to_move, fw)
    if preview.kept_earlier and preview.change_date:
        heading = text(
            "cli.tags.kept_earlier",
            count=len(preview.kept_earlier),
            version=preview.from_version,
            since=format_uk_date(preview.change_date),
        )
        _print_items(heading, preview.kept_earlier, fw)
    heading = text(
        "cli.tags.kept_no_counterpart",
        count=len(preview.no_counterpart),
        version=preview.to_version,
    )
    _print_items(heading, preview.no_counterpart, fw)


def cmd_move_tags(args: argparse.Namespace) -> int:
    from journal_app.services.tag_versions import TagVersions

    cat = catalogue(args)
    with context.open_journal(args, writer=not args.preview) as database:
        versions = TagVersions(database, cat)
        preview = versions.preview(args.framework.strip().lower(), args.include_earlier)
        _print_preview(preview)
        if args.preview:
            print(text("cli.tags.preview_only"))
            return 0
        if not preview.to_move:
            print(text("cli.tags.nothing_to_move"))
            return 0
        done = versions.move(preview)
    print(text("cli.tags.moved", count=done.tags))
    return 0


def cmd_undo_tag_move(args: argparse.Namespace) -> int:
    from journal_app.services.tag_versions import TagVersions

    with context.open_journal(args, writer=True) as database:
        done = TagVersions(database, catalogue(args)).undo_last()
    print(
        text(
            "cli.tags.put_back",
            count=done.tags,
            framework=done.framework_id,
            from_version=done.from_version,
            to_version=done.to_version,
        )
    )
    return 0


def register(add: AddCommand) -> None:
    move = add(
        "move-tags",
        cmd_move_tags,
        text("cli.help.move_tags"),
    )
    move.add_argument("framework", metavar="ID", help=text("cli.help.move_tags_framework"))
    move.add_argument(
        "--include-earlier",
        action="store_true",
        help=text("cli.help.move_tags_include_earlier"),
    )
    move.add_argument("--preview", action="store_true", help=text("cli.help.move_tags_preview"))
    add("undo-tag-move", cmd_undo_tag_move, text("cli.help.undo_tag_move"))
