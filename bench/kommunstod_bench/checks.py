"""Checks and figures: every check is printed and a failed one is kept in the run's Results."""


class Results:
    """The outcome of every check of a run, in order; the run fails when one check failed."""

    def __init__(self, out=None):
        self.failures = []
        self.passed = 0
        self._out = out

    def check(self, condition, what):
        print(("  ok    " if condition else "  FAIL  ") + what, flush=True, file=self._out)
        if condition:
            self.passed += 1
        else:
            self.failures.append(what)
        return bool(condition)

    @property
    def ok(self):
        return not self.failures

    def summary(self):
        return "ALL CHECKS PASSED" if self.ok else f"{len(self.failures)} CHECK(S) FAILED: {self.failures}"

    def exit_code(self):
        return 0 if self.ok else 1


def p95(values):
    """The 95th percentile (nearest rank on the sorted values); NaN for no values."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
