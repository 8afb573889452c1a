"""The entry list: a lazily loaded item model and the delegate that draws each reflection."""

from journal_app.ui.entries.delegate import EntryDelegate
from journal_app.ui.entries.model import EntryListModel, EntryRoles

__all__ = ["EntryDelegate", "EntryListModel", "EntryRoles"]
