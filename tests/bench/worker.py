"""The child side of a measurement: ``python -m tests.bench.worker NAME PARAMS_JSON``.

Runs ``tests.bench.measures.NAME.run(params)`` and prints its result as one JSON line,
so the parent sees this measurement's peak memory and nothing of any other.
"""

from __future__ import annotations

import importlib
import json
import re
import sys

_NAME = re.compile(r"[a-z_]+")


def main(argv: list[str]) -> int:
    if len(argv) != 2 or not _NAME.fullmatch(argv[0]):
        print("usage: python -m tests.bench.worker NAME PARAMS_JSON", file=sys.stderr)
        return 2
    module = importlib.import_module(f"tests.bench.measures.{argv[0]}")
    params = json.loads(argv[1])
    result = module.run(params)
    sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
