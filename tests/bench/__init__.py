"""The performance benchmark: realistic journals at several sizes, timed against targets.

Run it with ``python -m tests.bench --sizes 1000,10000 --out docs/benchmarks/report.json``.
It is never part of the normal test run. Each measurement lives in its own small module under
:mod:`tests.bench.measures` and runs in a child process of its own, so its peak memory
(RSS) is its own. This package stays light to import: the jrnl keyring shim is loaded from it
inside jrnl's process.
"""
