"""Memory and start-up of the jar (bench/memory.py): the pure parts, tested in bench/tests."""
import re

STARTED = re.compile(r"Started \w+ in ([0-9.]+) seconds \(process running for ([0-9.]+)\)")


def status_number(status_text, field="VmRSS"):
    """A number from the text of /proc/<pid>/status: VmRSS (KiB, now), VmHWM (KiB, the peak), Threads."""
    for line in status_text.splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise ValueError(f"no {field} in the status text")


def started_seconds(log_text):
    """Spring Boot's own start-up figures from the log: (seconds to start, seconds the JVM had run), or None."""
    match = STARTED.search(log_text)
    return (float(match.group(1)), float(match.group(2))) if match else None


def dockerfile_java_options(dockerfile_text):
    """The JVM options the image runs with: the value of ENV JAVA_TOOL_OPTIONS in docker/Dockerfile."""
    match = re.search(r'^ENV JAVA_TOOL_OPTIONS="([^"]*)"', dockerfile_text, re.MULTILINE)
    if not match:
        raise ValueError("docker/Dockerfile sets no JAVA_TOOL_OPTIONS")
    return match.group(1).split()


def java_command(options):
    """A config's options as (java executable, JVM options): options may start with `java=<path>` to
    run another JVM than the one on PATH (e.g. the image's JDK)."""
    words = options.split()
    if words and words[0].startswith("java="):
        return words[0][len("java="):], words[1:]
    return "java", words


def mib(kib):
    return kib / 1024.0


def table(rows):
    """Rows of dicts as an aligned text table, the keys of the first row as the header."""
    if not rows:
        return ""
    keys = list(rows[0])
    cells = [keys] + [[str(row[k]) for k in keys] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(keys))]
    lines = ["  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths))) for r in cells]
    return "\n".join(lines)


def cpu_seconds(stat_text, ticks_per_second):
    """CPU time (user + system) a process has used, from the text of /proc/<pid>/stat: on a loaded
    machine the start-up's CPU time says more than its wall-clock time."""
    fields = stat_text[stat_text.rindex(")") + 2:].split()
    return (int(fields[11]) + int(fields[12])) / ticks_per_second
