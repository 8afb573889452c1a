"""The peer: jrnl in its own virtualenv, with the same reflections in an encrypted journal.

jrnl is never a dependency of the app. It is run as the ``jrnl`` executable of a separate
virtualenv (``/tmp/jrnl-venv/bin/jrnl`` unless ``BENCH_JRNL`` or ``--jrnl`` names another
executable), with its own config file (``encrypt: true``) and
HOME, and a keyring shim that supplies the password, so nothing prompts.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from tests.bench import corpus
from tests.bench.proc import ChildRun, run_child

#: the environment variable naming jrnl's executable, for machines where it lives elsewhere
JRNL_ENV = "BENCH_JRNL"
DEFAULT_JRNL = Path(os.environ.get(JRNL_ENV) or "/tmp/jrnl-venv/bin/jrnl")
PASSWORD = "benchmark jrnl password"
_PROJECT_ROOT = Path(__file__).resolve().parents[2]

_CONFIG = """\
colors:
  body: none
  date: none
  tags: none
  title: none
default_hour: 9
default_minute: 0
editor: ''
encrypt: true
highlight: false
indent_character: '|'
journals:
  default:
    journal: {journal}
    encrypt: true
linewrap: 79
tagsymbols: '#@'
template: false
timeformat: '{timeformat}'
version: {version}
"""


@dataclass(frozen=True)
class Jrnl:
    """One jrnl installation and one benchmark journal folder."""

    executable: Path
    folder: Path

    @property
    def config_file(self) -> Path:
        return self.folder / "jrnl.yaml"

    @property
    def journal_file(self) -> Path:
        return self.folder / "journal.txt"

    def env(self) -> dict[str, str]:
        home = self.folder / "home"
        home.mkdir(parents=True, exist_ok=True)
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "LANG": "C.UTF-8",
            "TERM": "dumb",
            "COLUMNS": "100",
            "PYTHONPATH": str(_PROJECT_ROOT),
            "PYTHON_KEYRING_BACKEND": "tests.bench.jrnl_keyring.BenchPasswordKeyring",
            "BENCH_JRNL_PASSWORD": PASSWORD,
        }
        return env

    def argv(self, *arguments: str) -> list[str]:
        return [str(self.executable), "--config-file", str(self.config_file), *arguments]

    def run(self, arguments: Sequence[str], *, check: bool = True) -> ChildRun:
        return run_child(self.argv(*arguments), self.env(), check=check)

    def version(self) -> str:
        out = run_child([str(self.executable), "--version"], self.env()).stdout
        first = out.strip().splitlines()
        return first[0].replace("jrnl", "").strip().lstrip("v") if first else "unknown"

    def configure(self, version: str) -> None:
        """Write the config: this folder's journal, encrypted, no colours, no wrapping games.

        Rewritten on every use, so a cache folder that was moved still points at itself.
        """
        self.folder.mkdir(parents=True, exist_ok=True)
        self.config_file.write_text(
            _CONFIG.format(
                journal=self.journal_file,
                timeformat=corpus.JRNL_TIMEFORMAT,
                version=f"v{version}",
            ),
            encoding="utf-8",
        )

    def import_text(self, text_file: Path) -> ChildRun:
        """Import jrnl plain text into the (new, encrypted) journal."""
        return self.run(["--import", "--file", str(text_file)])


def ensure_imported(executable: Path, cached: corpus.CachedCorpus) -> dict[str, object]:
    """Import the cached corpus into jrnl once; returns the import's timing."""
    jrnl = Jrnl(executable, cached.jrnl_dir)
    marker = cached.jrnl_dir / "imported.json"
    if marker.exists() and jrnl.journal_file.exists():
        data: dict[str, object] = json.loads(marker.read_text(encoding="utf-8"))
        jrnl.configure(str(data.get("version", jrnl.version())))
        return data
    if cached.jrnl_dir.exists():
        shutil.rmtree(cached.jrnl_dir)
    version = jrnl.version()
    jrnl.configure(version)
    run = jrnl.import_text(cached.jrnl_text)
    if jrnl.journal_file.read_bytes()[:6] != b"JRNLv3":
        raise RuntimeError("jrnl did not write an encrypted (JRNLv3) journal")
    result: dict[str, object] = {
        "version": version,
        "import_s": round(run.seconds, 2),
        "peak_rss_mb": run.peak_rss_mb,
        "journal_mb": round(jrnl.journal_file.stat().st_size / 1024 / 1024, 1),
        "encrypted": True,
    }
    marker.write_text(json.dumps(result, indent=2), encoding="utf-8")
    return result
