"""Keep the interface translations in step with the code: update the .ts files, list what needs translating.

    python tools/translations.py update      # lupdate over moderator_app/ into every .ts, then `status`
    python tools/translations.py status      # per language: messages, unfinished, obsolete
    python tools/translations.py unfinished  # every message still to translate (context, source)
    python tools/translations.py release     # compile the .qm files (what `make` does)

`make translations` runs `update`. tests/unit/test_translations.py uses the same functions to fail when
a .ts file is out of date or has unfinished messages.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "moderator_app"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("es", "fr")
CATALOGUE = "moderator_app"
# No line numbers in the .ts files: they would change with every edit and bury real changes in the diff.
LUPDATE_OPTIONS = ("-locations", "none", "-no-obsolete", "-silent")


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"{CATALOGUE}_{language}.ts"


def qm_file(language: str) -> Path:
    return TRANSLATIONS / f"{CATALOGUE}_{language}.qm"


def source_files() -> list[Path]:
    return sorted(path for path in SOURCES.rglob("*.py") if "__pycache__" not in path.parts)


def _tool(name: str) -> str:
    """The PySide6 tool beside this Python (the project's venv), else on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install the project (make test) or PySide6")
    return found


def lupdate(targets: list[Path]) -> None:
    files = [str(path) for path in source_files()]
    subprocess.run(
        [_tool("pyside6-lupdate"), *files, *LUPDATE_OPTIONS, "-ts", *map(str, targets)],
        check=True,
        cwd=ROOT,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    translation: str
    kind: str  # "" (finished), "unfinished", "obsolete", "vanished"
    numerus: bool


def messages(ts: Path) -> list[Message]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            forms = [] if translation is None else [form.text or "" for form in translation.iter("numerusform")]
            text = " | ".join(forms) if forms else (translation.text or "" if translation is not None else "")
            found.append(
                Message(
                    name,
                    message.findtext("source", ""),
                    message.findtext("comment", ""),
                    text,
                    kind,
                    message.get("numerus") == "yes",
                )
            )
    return found


def keys(ts: Path) -> set[tuple[str, str, str]]:
    return {(m.context, m.source, m.comment) for m in messages(ts) if m.kind not in ("obsolete", "vanished")}


def stale_messages(language: str) -> tuple[set[tuple[str, str, str]], set[tuple[str, str, str]]]:
    """(messages in the code but not in the .ts, messages in the .ts no longer in the code)."""
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / ts_file(language).name
        shutil.copyfile(ts_file(language), copy)
        lupdate([copy])
        fresh = keys(copy)
    current = keys(ts_file(language))
    return fresh - current, current - fresh


def unfinished(language: str) -> list[Message]:
    return [m for m in messages(ts_file(language)) if m.kind == "unfinished" or not m.translation.strip()]


def status() -> None:
    for language in LANGUAGES:
        found = messages(ts_file(language))
        todo = unfinished(language)
        obsolete = [m for m in found if m.kind in ("obsolete", "vanished")]
        print(f"{ts_file(language).name}: {len(found)} messages, {len(todo)} unfinished, {len(obsolete)} obsolete")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["update", "status", "unfinished", "release"])
    args = parser.parse_args(argv)
    if args.command == "update":
        lupdate([ts_file(language) for language in LANGUAGES])
        status()
    elif args.command == "status":
        status()
    elif args.command == "unfinished":
        count = 0
        for language in LANGUAGES:
            for message in unfinished(language):
                count += 1
                print(f"{language}\t{message.context}\t{message.source!r}")
        return 1 if count else 0
    else:
        for language in LANGUAGES:
            lrelease(ts_file(language), qm_file(language))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
