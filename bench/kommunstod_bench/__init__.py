"""Kommunstöd under faults, load and a two-node cluster, on one real PostgreSQL 17.

Run through bench/run.sh, which builds the jar and the classpath of the PostgreSQL launcher.
Every scenario starts from an empty database, drives the real application over its engine REST
API on 127.0.0.1 and checks what the engine's history says afterwards. Prints figures; exits 1
when a check fails.

Modules: settings (the run's ports and paths), infrastructure (PostgreSQL, application nodes),
client (REST helpers), forms (filling deployed Camunda Forms), driver (the REST driver of the
lifecycle), records (what a case's /api views say, and which tasks have a record listener),
checks (check, p95, the results), scenarios (one module per family) and cli (the command line).
"""
