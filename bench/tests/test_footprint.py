import unittest

import helpers  # noqa: F401  (puts kommunstod_bench on the path)
from kommunstod_bench import footprint


class FootprintTest(unittest.TestCase):

    def test_reads_resident_and_peak_memory_from_proc_status(self):
        status = "Name:\tjava\nVmHWM:\t  812345 kB\nVmRSS:\t  654321 kB\nThreads:\t57\n"
        self.assertEqual(footprint.status_number(status), 654321)
        self.assertEqual(footprint.status_number(status, "VmHWM"), 812345)
        with self.assertRaises(ValueError):
            footprint.status_number("Name:\tjava\n")

    def test_reads_spring_boots_start_up_time(self):
        log = ("2026-12-01 INFO 1 --- [main] s.k.KommunstodApplication : Started KommunstodApplication in 8.123 seconds"
               " (process running for 8.9)\n")
        self.assertEqual(footprint.started_seconds(log), (8.123, 8.9))
        self.assertIsNone(footprint.started_seconds("Starting KommunstodApplication\n"))

    def test_reads_the_images_jvm_options_from_the_dockerfile(self):
        dockerfile = 'FROM x\nENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=50 -Xss512k"\nENTRYPOINT ["java"]\n'
        self.assertEqual(footprint.dockerfile_java_options(dockerfile), ["-XX:MaxRAMPercentage=50", "-Xss512k"])
        with self.assertRaises(ValueError):
            footprint.dockerfile_java_options("FROM x\n")

    def test_a_config_may_name_its_jvm(self):
        self.assertEqual(footprint.java_command("-Xss512k -XX:+UseSerialGC"), ("java", ["-Xss512k", "-XX:+UseSerialGC"]))
        self.assertEqual(footprint.java_command("java=/opt/jdk/bin/java -XX:AOTCache=a.aot"),
                         ("/opt/jdk/bin/java", ["-XX:AOTCache=a.aot"]))
        self.assertEqual(footprint.java_command(""), ("java", []))

    def test_reads_cpu_time_from_proc_stat(self):
        stat = "4242 (java (x)) S 1 4242 4242 0 -1 4194560 1 0 0 0 1250 250 0 0 20 0 45 0 100 0 0"
        self.assertEqual(footprint.cpu_seconds(stat, 100), 15.0)

    def test_aligns_a_table(self):
        text = footprint.table([{"setting": "defaults", "rss": 900}, {"setting": "image", "rss": 60}])
        self.assertEqual(text.splitlines(), ["setting   rss", "defaults  900", "image      60"])


if __name__ == "__main__":
    unittest.main()
