"""One module per measurement. Each has ``run(params) -> dict`` and runs in its own process."""
