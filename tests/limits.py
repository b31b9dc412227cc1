"""Run a piece of Python in a child process with a memory ceiling and a time limit, and report
what it cost: for hostile input, where the old code ran out of memory or never ended."""

from __future__ import annotations

import os
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass

# Prepended to the child's code: print its peak resident memory on the way out, whatever the
# way (sys.exit, an exception, MemoryError).
_PEAK = ("import atexit, sys\natexit.register(lambda: sys.stderr.write('\\n' + next(line for line "
         "in open('/proc/self/status') if line.startswith('VmHWM'))))\n")


@dataclass(frozen=True)
class Cost:
    returncode: int
    stdout: str
    stderr: str
    seconds: float  # wall clock
    max_rss_mb: float  # peak resident memory
    killed: bool  # the time limit was reached


def run_limited(code: str, memory_mb: int = 600, seconds: float = 120,
                cpu_seconds: int | None = None) -> Cost:
    """Run `code` with `python -c` under RLIMIT_AS = memory_mb (and RLIMIT_CPU = cpu_seconds,
    a guard against hangs that a busy machine does not trip); kill it after `seconds`."""
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory_mb << 20, memory_mb << 20))
        if cpu_seconds is not None:
            resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds))

    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.monotonic()
        child = subprocess.Popen([sys.executable, "-c", _PEAK + code], stdout=out, stderr=err,
                                 preexec_fn=limit)
        killer = threading.Timer(seconds, child.kill)
        killer.start()
        _pid, status, usage = os.wait4(child.pid, 0)
        killer.cancel()
        child.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
        elapsed = time.monotonic() - start
        out.seek(0)
        err.seek(0)
        stderr = err.read().decode(errors="replace")
        # ru_maxrss survives exec, so it counts the forking test process too: the child's
        # own peak (VmHWM, reset by exec) is what it printed last, unless it was killed.
        peak = re.search(r"\nVmHWM:\s+(\d+) kB\s*$", stderr)
        return Cost(child.returncode, out.read().decode(errors="replace"),
                    stderr[: peak.start()] if peak else stderr, elapsed,
                    int(peak.group(1)) / 1024 if peak else usage.ru_maxrss / 1024,
                    killed=elapsed >= seconds)
