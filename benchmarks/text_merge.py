"""What merging a report section saved from two laptops costs (domain/text_merge.py).

A save from the report window is merged only when another laptop's edit of the section arrived
after the window loaded it; then the merge runs on the GUI thread, in the save. Sections of
2,000 to 50,000 characters of real prose (the repository's docs) are merged three ways:

  few edits     - mine typed at the start and the end, theirs at three places in between
  one paragraph - the same, in a text with no line breaks (compared word by word from the start)
  rewritten     - theirs replaced the whole text (another text pasted over it)
  many edits    - mine deleted every 50th word, theirs typed at three places

Prints p50 and max in milliseconds (wall) per size and case. The figure with a target: the
slowest case of a 20,000-character section (a long report section: about 3,000 words), which a
save should not make felt.
Usage: python benchmarks/text_merge.py [--runs 20] [--json FILE]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import REPO_ROOT, Figure, percentile, write_figures
from moderator_app.domain.text_merge import merge_text

SIZES = (2_000, 5_000, 20_000, 50_000)
#: The size the target is for, and the target: a save that merges should not be felt.
TARGET_SIZE = 20_000
TARGET_MS = 150.0


def prose(length: int) -> str:
    words = "\n\n".join(path.read_text(encoding="utf-8") for path in sorted((REPO_ROOT / "docs").glob("*.md")))
    while len(words) < 2 * length:
        words += words
    return words


def typed_at_three_places(base: str, rng: random.Random) -> str:
    cuts = sorted(rng.sample(range(len(base)), 3))
    pieces = (base[: cuts[0]], base[cuts[0] : cuts[1]], base[cuts[1] : cuts[2]], base[cuts[2] :])
    return "".join(piece + typed for piece, typed in zip(pieces, (" one ", " two ", " three ", ""), strict=True))


def cases(text: str, size: int, rng: random.Random) -> dict[str, tuple[str, str, str]]:
    base = text[:size]
    theirs = typed_at_three_places(base, rng)
    paragraph = base.replace("\n", " ")
    pruned = " ".join(word for place, word in enumerate(base.split(" ")) if place % 50)
    return {
        "few edits": (base, f"In short: {base} The end.", theirs),
        "one paragraph": (paragraph, f"In short: {paragraph} The end.", typed_at_three_places(paragraph, rng)),
        "rewritten": (base, f"In short: {base} The end.", text[size : 2 * size]),
        "many edits": (base, pruned, theirs),
    }


def measure(runs: int) -> dict[tuple[int, str], list[float]]:
    text = prose(max(SIZES))
    rng = random.Random(16)
    samples: dict[tuple[int, str], list[float]] = {}
    for size in SIZES:
        for _ in range(runs):
            for name, (base, mine, theirs) in cases(text, size, rng).items():
                started = time.perf_counter()
                merge_text(base, mine, theirs)
                samples.setdefault((size, name), []).append((time.perf_counter() - started) * 1000)
    return samples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--json", type=Path, help="append the figures to this JSON file (for run_all.py)")
    args = parser.parse_args()
    samples = measure(args.runs)
    print(f"{'characters':>10}  {'case':<14}{'p50 ms':>10}{'max ms':>10}")
    for (size, name), values in samples.items():
        print(f"{size:>10}  {name:<14}{percentile(values, 0.5):>10.1f}{max(values):>10.1f}")
    slowest = max(percentile(values, 0.5) for (size, _), values in samples.items() if size == TARGET_SIZE)
    figure = Figure(
        f"merge of a {TARGET_SIZE:,}-character section, slowest case (p50)",
        slowest,
        "ms",
        TARGET_MS,
        f"<= {TARGET_MS:.0f} ms",
    )
    write_figures(args.json, [figure])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
