"""The appraisal PDF: what a practice leader hands their appraiser.

``options`` (the user's choices) -> ``content`` (coverage, supervision, actions worked out
from the chosen reflections) -> ``builder`` (cover, contents, summary, charts, a section per
domain, actions, closing page, laid out by ``doc_template``) -> ``exporter`` (the registered
exporter that writes the file atomically, optionally password-protected by ``protect``).
"""
