"""What the host's role check costs per update, on the largest session's shared document.

The largest session (benchmarks/forum_data.py: 200 participants, 1,000 interventions, 3,000
notes) is opened as the host opens a shared one (its SharedSession writes it into the document).
A peer's copy of that document then makes one change at a time, and the host takes each update
three ways:

  apply only     - applied to the document with no check (what the link did before roles)
  check, admit   - a rapporteur's note: RoleGate.admit finds it allowed, then it is applied
  check, refuse  - a rapporteur's change to a turn: RoleGate.admit applies it and undoes it

The check builds a scratch copy of the whole document for each update (sync/roles.py), so its
cost grows with the session, not with the update. Prints p50/p99/max in milliseconds (wall).
Usage: python benchmarks/role_check.py [--rounds 100] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pycrdt import Doc, Map

from benchmarks.common import Figure, percentile, write_figures
from benchmarks.forum_data import write_largest_session
from moderator_app.services.library import Library
from moderator_app.sync.roles import RAPPORTEUR, RoleGate
from moderator_app.sync.shared_session import SharedSession
from moderator_app.system.clock import SystemClock
from moderator_app.system.paths import AppPaths

#: A check that takes longer than this on every update would be felt as the link lagging.
CHECK_P99_MS = 50.0


def timed_ms(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def measure(rounds: int) -> dict[str, list[float]]:
    samples: dict[str, list[float]] = {"apply only": [], "check, admit": [], "check, refuse": []}
    with tempfile.TemporaryDirectory() as folder:
        session_id = write_largest_session(Path(folder))
        library = Library.open(AppPaths(Path(folder)), SystemClock())
        shared = SharedSession(library, session_id)
        host = shared.document.doc
        gate = RoleGate(lambda: host)
        peer: Doc = Doc()
        peer.apply_update(host.get_update())
        turn = next(iter(peer.get("interventions", type=Map).keys()))
        print(f"document: {len(host.get_update()) / 1024:.0f} KiB, {len(peer.get('interventions', type=Map))} turns")
        for round_ in range(rounds):
            for name in samples:
                held = host.get_state()
                if name == "check, refuse":
                    peer.get("interventions", type=Map)[turn] = json.dumps({"round": round_})
                else:
                    peer.get("notes", type=Map)[f"bench-{name}-{round_}"] = json.dumps({"text": "A note"})
                update = peer.get_update(held)
                if name == "apply only":
                    samples[name].append(timed_ms(lambda: host.apply_update(update)))  # noqa: B023
                else:

                    def checked() -> None:
                        if gate.admit(RAPPORTEUR, update) is None:  # noqa: B023
                            host.apply_update(update)  # noqa: B023

                    samples[name].append(timed_ms(checked))
                # The peer hears the host's answer (the undo of a refused change) as the link relays it.
                peer.apply_update(host.get_update(peer.get_state()))
        shared.close()
        library.close()
    return samples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=100)
    parser.add_argument("--json", type=Path, help="append the figures to this JSON file (for run_all.py)")
    args = parser.parse_args()
    samples = measure(args.rounds)
    figures: list[Figure] = []
    print(f"{'update':<16}{'p50 ms':>10}{'p99 ms':>10}{'max ms':>10}")
    for name, values in samples.items():
        p50, p99 = percentile(values, 0.5), percentile(values, 0.99)
        print(f"{name:<16}{p50:>10.2f}{p99:>10.2f}{max(values):>10.2f}")
        limit = None if name == "apply only" else CHECK_P99_MS
        figures.append(Figure(f"role check: {name} (p99)", p99, "ms", limit, "" if limit is None else "<= 50 ms"))
    write_figures(args.json, figures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
