"""What the benchmark scripts share: the machine they ran on, percentiles, and figures with their targets.

Every script prints its own table for a person and, with ``--json FILE``, writes its figures as
``Figure`` records that ``benchmarks/run_all.py`` (``make bench``) gathers into one summary.
"""

from __future__ import annotations

import json
import math
import os
import platform
import resource
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Figure:
    """One measured figure beside its target: ``value <= limit`` (or ``>=`` when ``higher_is_better``)."""

    name: str
    value: float
    unit: str
    limit: float | None = None
    target: str = ""
    higher_is_better: bool = False
    detail: str = ""

    @property
    def met(self) -> bool | None:
        if self.limit is None:
            return None
        return self.value >= self.limit if self.higher_is_better else self.value <= self.limit

    @property
    def verdict(self) -> str:
        met = self.met
        if met is None:
            return "info"
        if met:
            return "met"
        if self.higher_is_better:
            return f"MISSED ({self.limit / self.value:.2f}× short)" if self.value else "MISSED"
        return f"MISSED by {self.value - self.limit:.3g} {self.unit} ({self.value / self.limit:.2f}×)"


def percentile(samples: list[float], fraction: float) -> float:
    """The nearest-rank percentile (``fraction`` 0.5 = median, 0.99 = p99) of non-empty ``samples``."""
    ordered = sorted(samples)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


def write_figures(path: Path | None, figures: list[Figure]) -> None:
    """Append ``figures`` to the JSON list in ``path`` (none given: nothing to do)."""
    if path is None:
        return
    existing = json.loads(path.read_text(encoding="utf-8")) if path.exists() and path.stat().st_size else []
    existing.extend(asdict(figure) for figure in figures)
    path.write_text(json.dumps(existing, ensure_ascii=False, indent=1), encoding="utf-8")


def read_figures(path: Path) -> list[Figure]:
    if not path.exists() or not path.stat().st_size:
        return []
    return [Figure(**item) for item in json.loads(path.read_text(encoding="utf-8"))]


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _ram_gib() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / (1024 * 1024)
    except OSError:
        pass
    return None


def _os_name() -> str:
    try:
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                return f"{line.split('=', 1)[1].strip(chr(34))} (kernel {platform.release()})"
    except OSError:
        pass
    return platform.platform()


def machine() -> dict[str, str]:
    """The machine, as the summary prints it: CPU, cores, RAM, OS, Python, Qt."""
    try:
        import PySide6
        from PySide6.QtCore import qVersion

        qt = f"PySide6 {PySide6.__version__}, Qt {qVersion()}"
    except ImportError:
        qt = "PySide6 not importable"
    ram = _ram_gib()
    try:
        load = ", load average " + " ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        load = ""
    return {
        "CPU": _cpu_model(),
        "cores": f"{os.cpu_count()} logical{load}",
        "RAM": f"{ram:.1f} GiB" if ram else "unknown",
        "OS": _os_name(),
        "Python": f"{platform.python_implementation()} {platform.python_version()}",
        "Qt": qt,
    }


def rss_mib() -> float:
    """This process's resident set size now (Linux /proc; elsewhere its peak so far)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def cpu_seconds_of(pid: int) -> float:
    """User + system CPU seconds used so far by process ``pid`` (Linux /proc/PID/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return (int(fields[11]) + int(fields[12])) / ticks  # utime, stime (fields 14 and 15 of the full line)
