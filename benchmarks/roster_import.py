"""Time parsing and importing a generated 1,000-row roster CSV into a new session (prints figures, asserts nothing)."""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from moderator_app.domain.session import Session
from moderator_app.importers.roster import parse_roster
from moderator_app.services.library import Library
from moderator_app.system.clock import SystemClock
from moderator_app.system.paths import AppPaths
from moderator_app.system.resources import regions

GIVEN = ["Ana", "Léa", "Chris", "Kaja", "Matthew", "Nour", "小明", "José", "Amara", "Olga", "Kwame", "Priya"]
FAMILY = ["Kaspar", "Pérez", "Painter", "Ciglic", "Shears", "الهدى", "王", "Silva", "Okafor", "Ivanova", "Mensah"]
GROUPS = ["Civil Society", "Government", "Private Sector", "Technical Community", "Academia", "IGO", "Media"]
COUNTRIES = ["Switzerland", "France", "España", "Royaume-Uni", "Kenya", "BR", "Estados Unidos", "India", "Japan"]


def roster_bytes(rows: int, seed: int = 2017) -> bytes:
    rng = random.Random(seed)
    lines = ["Name;Organisation;Stakeholder group;Gender;Country;Role;Attendance"]
    for n in range(rows):
        name = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)} {n}"
        lines.append(
            ";".join(
                [
                    name,
                    f"Organisation {n % 97}",
                    rng.choice(GROUPS),
                    rng.choice(["F", "M", "femme", "hombre", ""]),
                    rng.choice(COUNTRIES),
                    rng.choice(["participant", "speaker", ""]),
                    rng.choice(["onsite", "remote"]),
                ]
            )
        )
    return ("\r\n".join(lines) + "\r\n").encode("utf-8-sig")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1000)
    args = parser.parse_args()
    data = roster_bytes(args.rows)
    regions()  # the bundled tables are read once per process; not part of an import
    started = time.perf_counter()
    result = parse_roster(data)
    parsed = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        with Library.open(AppPaths(Path(folder)), SystemClock()) as library:
            session_id = library.create_session(Session(id="bench", title="Benchmark"), [])
            before = time.perf_counter()
            summary = library.import_roster(session_id, result, regions())
            imported = time.perf_counter()
    print(f"roster: {args.rows:,} rows, {len(data) / 1024:.0f} KiB, {result.encoding}, delimiter {result.delimiter!r}")
    print(f"parse   {1000 * (parsed - started):7.1f} ms  ({len(result.rows)} good rows, {len(result.errors)} errors)")
    print(f"import  {1000 * (imported - before):7.1f} ms  ({summary.imported} added, one transaction)")
    print(f"total   {1000 * (parsed - started + imported - before):7.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
