"""Smoke test of the BUILT app (not the source): run it the way a person would.

    python resources/packaging/smoke_test.py [FOLDER] [--no-gui] [--startup-runs N]

FOLDER is the build's folder (default: the one build.py makes for this version). Runs, all
on a throw-away journal with a fictional reflection:

- ``journal-app --version`` says the version of the package; the hidden self-test imports
  every module of the source tree (so a module missing from the build fails here, not as a
  menu item that quietly disappears);
- ``--language cy --help`` and ``LANG=cy_GB.UTF-8 --help`` agree (and are Welsh as far as
  the built cy.toml has Welsh), and the window's compiled Welsh words are in the folder;
- init, add, search (words and an exact "phrase"), list, check, backup, export pdf (every
  font embedded, read with poppler's ``pdffonts``), a wrong passphrase (exit code 3);
- a journal at an older schema, made with the source tree's migrations, is upgraded by the
  built app (with a backup first) and its reflection is still there;
- the desktop app starts under a private Xvfb, shows the unlock window, is unlocked by typing
  the passphrase (xdotool), shows the main window, and quits cleanly on Ctrl+Q;
- with ``--startup-runs N``: start-up to the unlock window, built app against the source
  app in this virtual environment, median of N each.

Needs (Debian): xvfb, xdotool, poppler-utils. Exits 1 on the first failure, saying which.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_config as config  # noqa: E402

ROOT = config.ROOT
# Fictional, and strong enough for the app's passphrase rule (four unrelated words).
PASSPHRASE = "lantern orchard pebble violin"
WRONG = "lantern orchard pebble viola"
TITLE = "Supervision after a difficult home visit"
BODY = (
    "We talked about how the visit left me unsettled and what I would do differently.\n"
    "The phrase that stayed with me was: hold the uncertainty gently.\n"
)
UNLOCK_TITLE = "^Unlock – Reflective Supervision Journal$"
WINDOW_TITLE = "^Reflective Supervision Journal$"
EXIT_WRONG_PASSPHRASE = 3


class SmokeFailure(Exception):
    pass


def step(name: str) -> None:
    print(f"smoke: {name}", flush=True)


def expect(condition: bool, what: str) -> None:
    if not condition:
        raise SmokeFailure(what)


class Built:
    """The built command line, run against one journal folder."""

    def __init__(self, folder: Path, work: Path) -> None:
        suffix = ".exe" if sys.platform == "win32" else ""
        self.cli = folder / f"{config.CLI_NAME}{suffix}"
        self.gui = folder / f"{config.gui_program_name()}{suffix}"
        self.work = work
        self.env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        self.env.pop("JOURNAL_PASSPHRASE", None)
        self.env.pop("JOURNAL_DEBUG", None)

    def run(
        self, *args: str, data_dir: Path | None = None, stdin: str = "", passphrase: Path | None
    ) -> subprocess.CompletedProcess[str]:
        command = [str(self.cli)]
        if data_dir is not None:
            command += ["--data-dir", str(data_dir)]
        if passphrase is not None:
            command += ["--passphrase-file", str(passphrase)]
        return subprocess.run(
            [*command, *args],
            input=stdin,
            capture_output=True,
            text=True,
            env=self.env,
            timeout=180,
        )

    def ok(self, *args: str, **kwargs: object) -> str:
        result = self.run(*args, **kwargs)  # type: ignore[arg-type]
        if result.returncode != 0:
            raise SmokeFailure(
                f"'journal-app {' '.join(args)}' exited {result.returncode}: {result.stderr}"
            )
        return result.stdout


def write_secret(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text + "\n", encoding="utf-8")
    path.chmod(0o600)
    return path


# -- the command line ---------------------------------------------------------------------------


def check_version_and_modules(app: Built, folder: Path) -> None:
    step("--version and the self-test of every module")
    version = metadata.version(config.DISTRIBUTION)
    said = app.ok("--version", passphrase=None).strip()
    expect(said == f"journal-app {version}", f"--version said {said!r}, expected {version}")
    expect(version in folder.name, f"the folder {folder.name} does not carry version {version}")
    info = json.loads((folder / "BUILD-INFO.json").read_text(encoding="utf-8"))
    expect(info["version"] == version, "BUILD-INFO.json has another version")
    result = app.run("self-test", *config.app_modules(), passphrase=None)
    report = json.loads(result.stdout)
    expect(result.returncode == 0 and not report["problems"], f"self-test: {report['problems']}")
    expect(report["frozen"], "the self-test ran from source, not from the build")
    print(f"smoke:   {said}; {report['modules_imported']} modules; {report['components']}")


def check_welsh(app: Built, folder: Path) -> None:
    """``--language cy`` and ``LANG=cy_GB.UTF-8`` give the help in Welsh (as far as the
    built catalogue has Welsh for it), and the window's Welsh words are in the build."""
    import tomllib

    step("Welsh: the help, and the window's compiled words")
    qm = list(folder.rglob("journal_app/_resources/translations/cy-*.qm"))
    expect(len(qm) == 1, f"expected one compiled Welsh translation, found {len(qm)}")
    catalogue = list(folder.rglob("journal_app/_resources/messages/cy.toml"))
    welsh = ""
    if catalogue:
        data = tomllib.loads(catalogue[0].read_text(encoding="utf-8"))
        welsh = data.get("messages", {}).get("cli", {}).get("help", {}).get("description", "")
    asked = app.ok("--language", "cy", "--help", passphrase=None)
    saved = dict(app.env)
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):  # these would outrank LANG
        app.env.pop(variable, None)
    app.env["LANG"] = "cy_GB.UTF-8"
    try:
        from_locale = app.ok("--help", passphrase=None)
    finally:
        app.env.clear()
        app.env.update(saved)
    expect(asked == from_locale, "--language cy and LANG=cy_GB gave different help")
    if welsh:
        expect(" ".join(welsh.split()) in " ".join(asked.split()), "the help is not in Welsh")
    print(f"smoke:   {qm[0].name}; help in Welsh: {'yes' if welsh else 'no Welsh in cy.toml yet'}")


def check_commands(app: Built, work: Path) -> None:
    journal = work / "journal"
    secret = write_secret(work, "passphrase.txt", PASSPHRASE)
    step("init")
    created = app.run(
        "init", "--new-passphrase-file", str(secret), data_dir=journal, passphrase=None
    )
    expect(created.returncode == 0, f"init exited {created.returncode}: {created.stderr}")
    expect(bool(created.stdout.strip()), "init printed no recovery key")
    step("add")
    added = app.ok(
        "add",
        "--title",
        TITLE,
        "--date",
        "2026-11-20",
        "--template",
        "free-form",
        "--tag",
        "kss-pl:5",
        "--visibility",
        "shareable",
        data_dir=journal,
        passphrase=secret,
        stdin=BODY,
    )
    expect(bool(added.strip()), "add printed nothing")
    step("search, exact-phrase search, list")
    hits = json.loads(
        app.ok("search", "unsettled visit", "--json", data_dir=journal, passphrase=secret)
    )
    expect(len(hits) == 1, f"search found {len(hits)} reflections, expected 1")
    phrase = json.loads(
        app.ok("search", '"hold the uncertainty"', "--json", data_dir=journal, passphrase=secret)
    )
    expect(len(phrase) == 1, f"phrase search found {len(phrase)}, expected 1")
    no_phrase = json.loads(
        app.ok("search", '"hold the visit"', "--json", data_dir=journal, passphrase=secret)
    )
    expect(no_phrase == [], "a phrase that is not in the text was found")
    listing = app.ok("list", data_dir=journal, passphrase=secret)
    expect(TITLE in listing, "list does not show the reflection")
    step("check, backup")
    app.ok("check", data_dir=journal, passphrase=secret)
    app.ok("backup", data_dir=journal, passphrase=secret)
    step("export pdf (fonts embedded)")
    pdf = work / "appraisal.pdf"
    app.ok(
        "export",
        "pdf",
        "--from",
        "2026-04-01",
        "--to",
        "2027-03-31",
        "-o",
        str(pdf),
        data_dir=journal,
        passphrase=secret,
    )
    expect(pdf.read_bytes().startswith(b"%PDF"), "the export is not a PDF")
    check_fonts_embedded(pdf)
    step("a wrong passphrase exits with its code")
    wrong = write_secret(work, "wrong.txt", WRONG)
    refused = app.run("list", data_dir=journal, passphrase=wrong)
    expect(
        refused.returncode == EXIT_WRONG_PASSPHRASE,
        f"a wrong passphrase exited {refused.returncode}, expected {EXIT_WRONG_PASSPHRASE}",
    )
    expect("Traceback" not in refused.stderr, "a traceback reached the user")


def check_fonts_embedded(pdf: Path) -> None:
    """Every font the PDF lists is embedded (a reader without it would substitute)."""
    if shutil.which("pdffonts") is None:
        raise SmokeFailure("pdffonts (poppler-utils) is needed to check the PDF's fonts")
    rows = subprocess.run(
        ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    # columns: name type encoding emb sub uni object ID; "emb" is the fifth from the end
    embedded = {row.split()[0].split("+")[-1] for row in rows if row.split()[-5] == "yes"}
    missing = {row.split()[0].split("+")[-1] for row in rows if row.split()[-5] != "yes"}
    expect({"DejaVuSans", "DejaVuSans-Bold"} <= embedded, f"fonts embedded: {sorted(embedded)}")
    expect(not missing, f"fonts listed but not embedded: {sorted(missing)}")
    print(f"smoke:   every font embedded: {sorted(embedded)}")


# -- an older journal ---------------------------------------------------------------------------


def make_old_journal(data_dir: Path) -> None:
    """A journal as the first release left it (schema 0001), made with the source tree."""
    from datetime import date, datetime

    from sqlalchemy import text

    from journal_app.core import keywrap
    from journal_app.services.vault import Vault
    from journal_app.store import migrate
    from journal_app.store.engine import make_engine

    created = Vault(data_dir, kdf_params=keywrap.minimum_params).create(PASSPHRASE)
    key, journal_id = created.database.key, created.database.journal_id
    created.database.close()
    (data_dir / "journal.db").unlink()
    engine = make_engine(data_dir / "journal.db", key)
    migrate.migrate(engine, "0001")
    now = datetime(2026, 1, 5, 9, 0)
    with engine.begin() as connection:
        connection.execute(
            text("INSERT INTO settings (key, value) VALUES ('journal_id', :id)"),
            {"id": journal_id},
        )
        connection.execute(
            text(
                "INSERT INTO entries (pk, uuid, title, body, template_id, event_date,"
                " created_at, updated_at, status, visibility, other_party_role) VALUES (1, 'e-1',"
                " 'Written by the first release', 'Reflecting on a team meeting', 'free-form',"
                " :d, :n, :n, 'final', 'private', '')"
            ),
            {"d": date(2026, 1, 5), "n": now},
        )
        connection.execute(
            text(
                "INSERT INTO entries_fts (rowid, title, body, sections) VALUES"
                " (1, 'Written by the first release', 'Reflecting on a team meeting', '')"
            )
        )
    engine.dispose()


def check_old_journal_upgrades(app: Built, work: Path) -> None:
    step("a journal at an older schema is upgraded by the built app")
    from journal_app.core import keywrap
    from journal_app.services.vault import Vault
    from journal_app.store import migrate

    journal = work / "old-journal"
    make_old_journal(journal)
    secret = write_secret(work, "old-passphrase.txt", PASSPHRASE)
    # list, a reader, is the first command after the update: it upgrades too (a backup first)
    listing = app.ok("list", data_dir=journal, passphrase=secret)
    expect("Written by the first release" in listing, "the old reflection is gone")
    hits = json.loads(
        app.ok("search", "team meeting", "--json", data_dir=journal, passphrase=secret)
    )
    expect(len(hits) == 1, "the old reflection is not found by search after the upgrade")
    database = Vault(journal, kdf_params=keywrap.minimum_params).unlock(PASSPHRASE)
    try:
        revision = migrate.current_revision(database.engine)
    finally:
        database.close()
    expect(revision == migrate.head_revision(), f"the journal is still at {revision}")
    backups = list((journal / "backups").glob("*")) if (journal / "backups").is_dir() else []
    print(f"smoke:   upgraded 0001 -> {revision}; {len(backups)} file(s) in backups/")


# -- the desktop app ----------------------------------------------------------------------------


@contextlib.contextmanager
def xvfb() -> Iterator[str]:
    """A private X server; yields its DISPLAY. -noreset: many clients come and go."""
    if shutil.which("Xvfb") is None or shutil.which("xdotool") is None:
        raise SmokeFailure("Xvfb and xdotool are needed for the desktop app's test")
    read, write = os.pipe()
    server = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write),
            "-screen",
            "0",
            "1280x800x24",
            "-noreset",
            "-nolisten",
            "tcp",
        ],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    try:
        expect(number.isdigit(), "Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def xdotool(display: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, DISPLAY=display)
    return subprocess.run(["xdotool", *args], capture_output=True, text=True, env=env, timeout=30)


def wait_for_window(
    display: str, title: str, timeout: float, process: subprocess.Popen[bytes]
) -> str:
    """The id of the first visible window whose title matches, polled every 10 ms."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = xdotool(display, "search", "--onlyvisible", "--name", title).stdout.split()
        if found:
            return found[0]
        if process.poll() is not None:
            raise SmokeFailure(f"the app ended (exit {process.returncode}) before {title!r}")
        time.sleep(0.01)
    raise SmokeFailure(f"no window {title!r} within {timeout:.0f} s")


def type_passphrase(display: str, dialog: str, process: subprocess.Popen[bytes]) -> str:
    """Type the passphrase into the unlock window; the main window's id once it shows.

    On a busy machine keys typed before the window has keyboard focus are lost, so a try
    whose main window does not come is made again (select all, type again), three times."""
    for attempt in range(3):
        xdotool(display, "windowfocus", dialog)
        time.sleep(0.3 + attempt)  # the passphrase field takes focus as the dialog opens
        xdotool(display, "key", "ctrl+a")
        xdotool(display, "type", "--delay", "20", PASSPHRASE)
        xdotool(display, "key", "Return")
        with contextlib.suppress(SmokeFailure):
            return wait_for_window(display, WINDOW_TITLE, 20, process)
        if process.poll() is not None:
            break
    raise SmokeFailure("typing the passphrase into the unlock window did not open the journal")


def start_gui(command: list[str], journal: Path, display: str) -> subprocess.Popen[bytes]:
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    env.pop("JOURNAL_PASSPHRASE", None)
    return subprocess.Popen(
        [*command, "--data-dir", str(journal)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def check_gui(app: Built, work: Path, display: str) -> None:
    step("the desktop app: unlock window, unlock, main window, Ctrl+Q")
    journal = work / "journal"
    process = start_gui([str(app.gui)], journal, display)
    try:
        started = time.monotonic()
        dialog = wait_for_window(display, UNLOCK_TITLE, 60, process)
        shown = time.monotonic() - started
        window = type_passphrase(display, dialog, process)
        still = xdotool(display, "search", "--onlyvisible", "--name", UNLOCK_TITLE).stdout
        expect(not still.strip(), "the unlock window is still open beside the main window")
        xdotool(display, "windowfocus", window)
        time.sleep(0.5)
        xdotool(display, "key", "ctrl+q")
        try:
            code = process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            raise SmokeFailure("the app did not quit on Ctrl+Q within 30 s") from None
        errors = process.stderr.read().decode(errors="replace") if process.stderr else ""
        expect(code == 0, f"the app exited {code} on Ctrl+Q: {errors[-500:]}")
        expect("Traceback" not in errors, "a traceback reached the terminal")
        print(f"smoke:   unlock window after {shown:.2f} s; unlocked; quit with exit code 0")
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def startup_seconds(command: list[str], journal: Path, display: str) -> float:
    """From starting the process to its unlock window being visible; then it is ended."""
    started = time.monotonic()
    process = start_gui(command, journal, display)
    try:
        wait_for_window(display, UNLOCK_TITLE, 60, process)
        return time.monotonic() - started
    finally:
        process.send_signal(signal.SIGTERM)  # the app quits properly on SIGTERM
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def compare_startup(app: Built, work: Path, display: str, runs: int) -> dict[str, float]:
    step(f"start-up to the unlock window, built app against source, median of {runs}")
    source = [sys.executable, "-m", "journal_app"]
    journal = work / "journal"
    startup_seconds([str(app.gui)], journal, display)  # first run warms the disk cache
    startup_seconds(source, journal, display)
    built, from_source = [], []
    for _ in range(runs):  # interleaved, so both see the same machine load
        built.append(startup_seconds([str(app.gui)], journal, display))
        from_source.append(startup_seconds(source, journal, display))
    result = {
        "built_median_s": round(statistics.median(built), 3),
        "source_median_s": round(statistics.median(from_source), 3),
    }
    print(f"smoke:   {result} (built {sorted(built)}, source {sorted(from_source)})")
    return result


def main(argv: list[str] | None = None) -> int:
    version = metadata.version(config.DISTRIBUTION)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "folder", nargs="?", type=Path, default=ROOT / "dist" / config.folder_name(version)
    )
    parser.add_argument("--no-gui", action="store_true", help="skip the desktop app's test")
    parser.add_argument("--startup-runs", type=int, default=0, metavar="N")
    args = parser.parse_args(argv)
    folder = args.folder.resolve()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="journal-smoke-") as temporary:
        work = Path(temporary)
        app = Built(folder, work)
        try:
            expect(app.cli.is_file(), f"no built program at {app.cli} (run build.py first)")
            check_version_and_modules(app, folder)
            check_welsh(app, folder)
            check_commands(app, work)
            check_old_journal_upgrades(app, work)
            if not args.no_gui:
                with xvfb() as display:
                    check_gui(app, work, display)
                    if args.startup_runs:
                        compare_startup(app, work, display, args.startup_runs)
        except (SmokeFailure, subprocess.TimeoutExpired, json.JSONDecodeError) as failure:
            print(f"smoke: FAILED: {failure}", file=sys.stderr)
            return 1
    print(f"smoke: all passed in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
