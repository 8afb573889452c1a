"""Every string the window asks Qt to translate is in the translation sources, under the
context Qt asks for, with plural forms where it comes with a count.

The scenes of the layout check are opened in a process of their own under a translator that
records every request (:mod:`tests.ui.translation_run`); each request must find its words in
one of the .ts files of resources/translations/cy (the window's areas and qt_standard.ts).
A string missing there could never be shown in Welsh, whatever the translators do.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from functools import cache
from pathlib import Path

from tests.ui.translation_run import Request, group_requests

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "resources" / "translations"))
import ts_files  # noqa: E402


@cache
def _recorded() -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.translation_run"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    lines = done.stdout.strip().splitlines()
    assert lines, f"the translation run printed nothing:\n{done.stderr[-3000:]}"
    result: dict[str, object] = json.loads(lines[-1])
    return result


def missing_from(
    asked: list[Request], messages: list[ts_files.TsMessage]
) -> tuple[list[str], list[str]]:
    """(requests no source message answers, counted requests whose message has no plural
    forms)."""
    numerus = {message.key: message.numerus for message in messages}
    missing: set[str] = set()
    not_plural: set[str] = set()
    for contexts, source, disambiguation, count in group_requests(asked):
        found = [c for c in contexts if (c, source, disambiguation) in numerus]
        if not found:
            missing.add(f"{'/'.join(contexts)}: {source!r}")
        elif count >= 0 and not numerus[(found[0], source, disambiguation)]:
            not_plural.add(f"{found[0]}: {source!r}")
    return sorted(missing), sorted(not_plural)


def test_every_string_asked_in_every_scene_is_in_the_welsh_sources() -> None:
    result = _recorded()
    assert result["states"] >= 30  # type: ignore[operator]
    asked = [tuple(item) for item in result["asked"]]  # type: ignore[attr-defined]
    assert len(asked) > 1000  # the recorder really was asked
    messages = ts_files.read_folder(ROOT / "resources" / "translations" / "cy")
    missing, not_plural = missing_from(asked, messages)  # type: ignore[arg-type]
    assert not missing, "not in any .ts (run update_sources.py, or mark it):\n" + "\n".join(
        missing
    )
    assert not not_plural, "asked with a count, but no plural forms:\n" + "\n".join(not_plural)


def test_the_check_finds_a_string_in_the_wrong_context_or_without_plural_forms() -> None:
    message = ts_files.TsMessage("w.ts", "Sidebar", "%n reflection(s)", "", False, ("",), "")
    asked: list[Request] = [
        ("EntryListPanel", "Newest first", "", -1),
        ("Sidebar", "%n reflection(s)", "", 3),
        ("Child", "Base words", "", -1),  # tr walks up: Child, then Base, then QObject
        ("Base", "Base words", "", -1),
        ("QObject", "Base words", "", -1),
    ]
    base = ts_files.TsMessage("w.ts", "Base", "Base words", "", False, ("",), "")
    missing, not_plural = missing_from(asked, [message, base])
    assert missing == ["EntryListPanel: 'Newest first'"]
    assert not_plural == ["Sidebar: '%n reflection(s)'"]
