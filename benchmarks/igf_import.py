"""How well the session-page import reads the real IGF pages kept in tests/fixtures/igf_pages.

Prints, over every fixture (a page's text and the facts written by hand from reading it):
- people found: the share of the people a page names that the import found (by name or a spelling
  the page also uses);
- invented: people the import offered whom the page does not name;
- fields right: of each found person's stated facts (roles, organisation, group, region, country),
  the share read right;
- titles right: pages whose title was read exactly (and the session's other facts, for information).

Targets: people ≥ 90 %, invented 0, fields ≥ 85 %, titles ≥ 85 %.

Usage: python benchmarks/igf_import.py [--verbose] [--pages FOLDER]

--pages scores another folder of pages in the same form (NAME.txt beside NAME.json): a set kept
apart while the import is changed shows how it reads pages it was not tuned on.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from moderator_app.importers.common import fold
from moderator_app.importers.proposal import parse_proposal
from moderator_app.importers.proposal_result import ProposalResult, ProposedParticipant

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "igf_pages"
SESSION_FIELDS = ("session_code", "session_type", "format", "planned_minutes", "date", "start_time", "timezone")


@dataclass
class PageScore:
    """One page: what was expected, what was read, and each miss in words."""

    name: str
    people_expected: int = 0
    people_found: int = 0
    invented: list[str] = field(default_factory=list)
    fields_total: int = 0
    fields_right: int = 0
    title_right: bool = False
    session_total: int = 0
    session_right: int = 0
    misses: list[str] = field(default_factory=list)


def fixtures(folder: Path = FIXTURES) -> list[tuple[str, str, dict]]:
    """(name, page text, expected facts) for every page in the folder, in name order."""
    found = []
    for sidecar in sorted(folder.glob("*.json")):
        text = sidecar.with_suffix(".txt").read_text(encoding="utf-8")
        found.append((sidecar.stem, text, json.loads(sidecar.read_text(encoding="utf-8"))["expected"]))
    return found


def _session_value(result: ProposalResult, key: str) -> object:
    session = result.session
    value = {
        "session_code": session.session_code or None,
        "session_type": session.session_type.value if session.session_type else None,
        "format": session.format or None,
        "planned_minutes": session.planned_minutes,
        "date": session.date.isoformat() if session.date else None,
        "start_time": session.start_time.strftime("%H:%M") if session.start_time else None,
        "timezone": session.timezone or None,
    }
    return value[key]


def _person_value(people: list[ProposedParticipant], key: str) -> object:
    drafts = [p.draft for p in people]
    if key == "roles":
        roles = {role for d in drafts for role in d.roles if role != "participant"}
        return sorted(roles)
    if key == "role_unconfirmed":
        return all(p.role_unconfirmed for p in people)
    for draft in drafts:
        value = getattr(draft, {"affiliation": "affiliation"}.get(key, key), None)
        if value:
            return fold(value) if key == "affiliation" else value
    return "" if key in ("affiliation", "country") else None


def score_page(name: str, text: str, expected: dict) -> PageScore:
    result = parse_proposal(text)
    score = PageScore(name)
    score.title_right = fold(result.session.title) == fold(expected["title"] or "")
    if not score.title_right:
        score.misses.append(f"title {result.session.title!r} != {expected['title']!r}")
    for key in SESSION_FIELDS:
        if key in expected:
            score.session_total += 1
            got = _session_value(result, key)
            if got == expected[key]:
                score.session_right += 1
            else:
                score.misses.append(f"{key} {got!r} != {expected[key]!r}")
    claimed: set[int] = set()
    for person in expected["people"]:
        keys = {fold(n) for n in [person["name"], *person.get("aliases", [])]}
        matches = [i for i, p in enumerate(result.participants) if fold(p.draft.name) in keys]
        score.people_expected += 1
        if not matches:
            score.misses.append(f"person {person['name']!r} not found")
            continue
        claimed.update(matches)
        score.people_found += 1
        found = [result.participants[i] for i in matches]
        for key in ("roles", "role_unconfirmed", "affiliation", "stakeholder_group", "region", "country"):
            if key not in person and not (key == "role_unconfirmed" and person.get("roles") == []):
                continue
            want = person.get(key)
            if key == "roles":
                want = sorted(want)
            elif key == "role_unconfirmed":
                want = bool(want)
            elif key == "affiliation":
                want = fold(want or "")
            elif key == "country":
                want = want or ""
            score.fields_total += 1
            got = _person_value(found, key)
            if got == want:
                score.fields_right += 1
            else:
                score.misses.append(f"{person['name']}: {key} {got!r} != {want!r}")
    score.invented = [p.draft.name for i, p in enumerate(result.participants) if i not in claimed]
    return score


def percent(part: int, whole: int) -> float:
    return 100.0 * part / whole if whole else 100.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list every miss of every page")
    parser.add_argument("--pages", type=Path, default=FIXTURES, help="a folder of NAME.txt and NAME.json pages")
    args = parser.parse_args(argv)
    pages = fixtures(args.pages)
    if not pages:
        print(f"No pages in {args.pages}: it needs NAME.txt files each with a NAME.json beside it.", file=sys.stderr)
        return 2
    scores = [score_page(*each) for each in pages]
    for score in scores:
        print(
            f"{score.name:32} people {score.people_found}/{score.people_expected}  invented {len(score.invented)}  "
            f"fields {score.fields_right}/{score.fields_total}  title {'ok' if score.title_right else 'WRONG'}  "
            f"session facts {score.session_right}/{score.session_total}"
        )
        if args.verbose:
            for miss in score.misses + [f"invented {name!r}" for name in score.invented]:
                print(f"    {miss}")
    people = percent(sum(s.people_found for s in scores), sum(s.people_expected for s in scores))
    invented = sum(len(s.invented) for s in scores)
    fields = percent(sum(s.fields_right for s in scores), sum(s.fields_total for s in scores))
    titles = percent(sum(s.title_right for s in scores), len(scores))
    facts = percent(sum(s.session_right for s in scores), sum(s.session_total for s in scores))
    print(
        f"\n{len(scores)} pages: people found {people:.1f} %, invented {invented}, fields right {fields:.1f} %, "
        f"titles right {titles:.1f} %, session facts right {facts:.1f} %"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
