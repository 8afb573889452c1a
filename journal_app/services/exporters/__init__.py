"""Ways a reflection leaves the journal: the appraisal PDF, JSON, Markdown, a CPD record.

Each exporter is a small class (its shape is in :mod:`.registry`) with a name, a file
extension and ``export(entries, destination, progress, cancelled)``. Exporters never print,
never touch the UI and never write entry text anywhere but the destination the user chose.
"""
