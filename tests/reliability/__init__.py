"""Reliability harnesses and their reduced runs in the normal suite.

Full runs (POSIX)::

    python -m tests.reliability.crash_harness --kills 1000
    python -m tests.reliability.bitflip_harness --flips 300
    RELIABILITY_FUZZ_EXAMPLES=3000 python -m pytest tests/reliability/test_fuzz_imports.py -s
"""
