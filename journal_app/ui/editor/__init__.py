"""The reflection editor: its widgets, the tag picker, the identifier check and autosave."""

from journal_app.ui.editor.autosave import Autosave, RecoveryDraft, pending_recovery
from journal_app.ui.editor.editor_widget import EntryEditor

__all__ = ["Autosave", "EntryEditor", "RecoveryDraft", "pending_recovery"]
