"""The scenarios, one module per family. Each takes the scenario's Bench (settings, PostgreSQL,
its nodes, the results) and its sizes, and reports through bench.check."""
