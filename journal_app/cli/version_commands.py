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
    new = f"{framework_id}:{item.new_code}" if item.new_code else "no counterpart"
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
        print(f"  ... and {len(items) - SHOWN} more")


def _print_preview(preview: TagMovePreview) -> None:
    fw = preview.framework_id
    print(f"Tags on {fw} version {preview.from_version} -> version {preview.to_version}:")
    _print_items(f"{len(preview.to_move)} to move:", preview.to_move, fw)
    if preview.kept_earlier and preview.change_date:
        since = format_uk_date(preview.change_date)
        _print_items(
            f"{len(preview.kept_earlier)} kept on version {preview.from_version} "
            f"(reflections dated before {since}; --include-earlier moves them too):",
            preview.kept_earlier,
            fw,
        )
    _print_items(
        f"{len(preview.no_counterpart)} kept: no counterpart in version {preview.to_version}:",
        preview.no_counterpart,
        fw,
    )


def cmd_move_tags(args: argparse.Namespace) -> int:
    from journal_app.services.tag_versions import TagVersions

    cat = catalogue(args)
    with context.open_journal(args, writer=not args.preview) as database:
        versions = TagVersions(database, cat)
        preview = versions.preview(args.framework.strip().lower(), args.include_earlier)
        _print_preview(preview)
        if args.preview:
            print("Nothing was changed (--preview).")
            return 0
        if not preview.to_move:
            print("Nothing to move.")
            return 0
        done = versions.move(preview)
    print(f"Moved {done.tags} tag(s). To put them back: journal-app undo-tag-move")
    return 0


def cmd_undo_tag_move(args: argparse.Namespace) -> int:
    from journal_app.services.tag_versions import TagVersions

    with context.open_journal(args, writer=True) as database:
        done = TagVersions(database, catalogue(args)).undo_last()
    print(
        f"Put back {done.tags} tag(s) on {done.framework_id} version {done.from_version} "
        f"(the move to version {done.to_version} is undone)."
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
