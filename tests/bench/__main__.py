"""``python -m tests.bench --sizes 1000,10000,100000 --out docs/benchmarks/report.json``.

``python -m tests.bench --rerender docs/benchmarks/report.json`` redoes the tables of
an existing report (after a change to how they are drawn) without measuring again.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tests.bench import peer, report, runner, table


def _sizes(text: str) -> tuple[int, ...]:
    try:
        sizes = tuple(sorted({int(part.replace("_", "")) for part in text.split(",") if part}))
    except ValueError:
        raise argparse.ArgumentTypeError("sizes are whole numbers, e.g. 1000,10000") from None
    if not sizes or min(sizes) < 20:
        raise argparse.ArgumentTypeError("give sizes of at least 20 entries")
    return sizes


def parse(argv: list[str]) -> runner.BenchConfig:
    parser = argparse.ArgumentParser(prog="python -m tests.bench", description=__doc__)
    parser.add_argument("--sizes", type=_sizes, default=(1000, 10000))
    parser.add_argument("--out", type=Path, default=Path("docs/benchmarks/report.json"))
    parser.add_argument("--seed", type=int, default=20261126)
    parser.add_argument("--cache-dir", type=Path, default=Path("/tmp/bench-cache"))
    parser.add_argument("--work-dir", type=Path, default=Path("/tmp/bench-work"))
    parser.add_argument(
        "--jrnl",
        type=Path,
        default=peer.DEFAULT_JRNL,
        help=f"jrnl executable (default: ${peer.JRNL_ENV}, else /tmp/jrnl-venv/bin/jrnl)",
    )
    parser.add_argument("--no-peer", action="store_true", help="leave jrnl out")
    parser.add_argument("--no-gui", action="store_true", help="leave the Qt measurements out")
    parser.add_argument("--peer-runs", type=int, default=5)
    parser.add_argument(
        "--peer-runs-large", type=int, default=3, help="runs per command at 50,000+ entries"
    )
    parser.add_argument("--search-repeats", type=int, default=5)
    parser.add_argument("--saves", type=int, default=60)
    parser.add_argument("--creates", type=int, default=200)
    parser.add_argument("--startup-runs", type=int, default=5)
    parser.add_argument(
        "--pdf-counts", default="250,5000", help="PDF export sizes ('' to leave PDFs out)"
    )
    parser.add_argument("--note", action="append", default=[], help="a note for the report")
    args = parser.parse_args(argv)
    return runner.BenchConfig(
        sizes=args.sizes,
        out=args.out,
        seed=args.seed,
        cache_dir=args.cache_dir,
        work_dir=args.work_dir,
        jrnl=None if args.no_peer else args.jrnl,
        peer_runs=args.peer_runs,
        peer_runs_large=args.peer_runs_large,
        search_repeats=args.search_repeats,
        saves=args.saves,
        creates=args.creates,
        gui=not args.no_gui,
        pdf_counts=tuple(int(c) for c in args.pdf_counts.split(",") if c.strip()),
        startup_runs=args.startup_runs,
        notes=tuple(args.note),
    )


def rerender(path: Path) -> int:
    """Recompute growth and targets of an existing report and rewrite its Markdown."""
    import json

    from tests.bench import growth, targets

    data = json.loads(path.read_text(encoding="utf-8"))
    data["growth"] = growth.growth(data["sizes"])
    data["targets"] = targets.evaluate(data)
    markdown = report.write(data, path)
    print(table.render(data))
    print(f"\nrewrote {path} and {markdown}", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) == 2 and args[0] == "--rerender":
        return rerender(Path(args[1]))
    config = parse(args)
    result = runner.run(config)
    markdown = report.write(result, config.out)
    print(table.render(result))
    print(f"\nwrote {config.out} and {markdown}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
