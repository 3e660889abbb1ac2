#!/usr/bin/env python3
"""Kommunstöd under faults, load and a two-node cluster: the entry point of bench/run.sh.

The harness itself is the package bench/kommunstod_bench (see its __init__); its tests are
`python3 -m unittest discover -s bench/tests`.
"""
from kommunstod_bench.cli import main

if __name__ == "__main__":
    main()
