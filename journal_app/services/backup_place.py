"""Where backups go when the person has not chosen: a folder apart from the journal's.

Backups beside the journal share its fate: one disk failure, a folder deleted or a laptop
re-imaged takes both. So the first run proposes a folder in the person's Documents (which
employers often sync to a cloud drive, and that is fine: backups are encrypted with the
journal's key and open with its passphrase only).
"""

from __future__ import annotations

from pathlib import Path

BACKUPS_FOLDER_NAME = "Reflective journal backups"


def documents_folder() -> Path:
    """The person's Documents folder (their home folder if the system names none)."""
    from platformdirs import user_documents_dir

    folder = Path(user_documents_dir())
    return folder if folder.is_dir() else Path.home()


def is_inside(folder: Path, data_dir: Path) -> bool:
    """Whether ``folder`` is the journal's folder or inside it."""
    folder, data_dir = folder.expanduser().resolve(), data_dir.expanduser().resolve()
    return folder == data_dir or data_dir in folder.parents


def proposed_backups_folder(data_dir: Path) -> Path:
    """A backups folder outside the journal's folder: Documents/Reflective journal backups,
    or, if the journal itself is kept there, a folder beside the journal's."""
    proposal = documents_folder() / BACKUPS_FOLDER_NAME
    if is_inside(proposal, data_dir):
        journal = data_dir.expanduser().resolve()
        proposal = journal.parent / f"{journal.name} backups"
    return proposal
