"""p95 and the results of a run's checks."""
import io
import math
import unittest

import helpers  # noqa: F401 - makes kommunstod_bench importable

from kommunstod_bench.checks import Results, p95


class P95(unittest.TestCase):

    def test_nearest_rank_on_the_sorted_values(self):
        self.assertEqual(p95(list(range(1, 101))), 95)  # index round(0.95 * 99) = 94
        self.assertEqual(p95(list(range(100, 0, -1))), 95)
        self.assertEqual(p95([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]), 19)

    def test_few_values(self):
        self.assertEqual(p95([7]), 7)
        self.assertEqual(p95([3, 1]), 3)
        self.assertEqual(p95([0.2, 0.1, 0.3]), 0.3)

    def test_no_values_is_nan(self):
        self.assertTrue(math.isnan(p95([])))


class TheResults(unittest.TestCase):

    def test_every_check_is_printed_and_a_failed_one_kept(self):
        out = io.StringIO()
        results = Results(out)
        self.assertTrue(results.check(True, "first"))
        self.assertFalse(results.check(0, "second"))
        results.check(1 == 1, "third")
        self.assertEqual(out.getvalue(), "  ok    first\n  FAIL  second\n  ok    third\n")
        self.assertEqual(results.failures, ["second"])
        self.assertEqual(results.passed, 2)
        self.assertFalse(results.ok)
        self.assertEqual(results.summary(), "1 CHECK(S) FAILED: ['second']")
        self.assertEqual(results.exit_code(), 1)

    def test_a_run_without_failures_passes(self):
        results = Results(io.StringIO())
        results.check(True, "fine")
        self.assertTrue(results.ok)
        self.assertEqual(results.summary(), "ALL CHECKS PASSED")
        self.assertEqual(results.exit_code(), 0)

    def test_two_runs_do_not_share_failures(self):
        first, second = Results(io.StringIO()), Results(io.StringIO())
        first.check(False, "only in the first")
        self.assertEqual(second.failures, [])


if __name__ == "__main__":
    unittest.main()
