"""The reflection editor: its widgets, the tag picker, the identifier check and autosave."""

from journal_app.ui.editor.autosave import Autosave
from journal_app.ui.editor.editor_widget import EntryEditor

__all__ = ["Autosave", "EntryEditor"]
