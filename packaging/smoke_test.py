"""Check a built app folder the way a user would use it: no Python, no checkout, a fresh data folder.

Usage: python packaging/smoke_test.py dist/moderator-app
Runs the bundled program's --version and --smoke (window, offscreen), then the headless commands
(sessions, templates, report as PDF, Word and HTML) and checks what they wrote; validates the desktop
entry and AppStream file when desktop-file-validate / appstreamcli are installed; prints the folder's size.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from moderator_app import APP_ID, APP_NAME, __version__  # noqa: E402


class SmokeFailure(Exception):
    pass


def run(program: Path, *args: str, env: dict[str, str], cwd: Path, timeout: int = 180) -> str:
    result = subprocess.run(
        [str(program), *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout, check=False
    )
    if result.returncode != 0:
        raise SmokeFailure(f"{program.name} {' '.join(args)} exited {result.returncode}:\n{result.stderr[-3000:]}")
    return result.stdout


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


# Libraries the desktop itself provides, loaded only by the plugins for it (GTK theme, Wayland).
SYSTEM_PROVIDED = ("libgtk-3.so", "libgdk-3.so", "libwayland-")


def unresolved_libraries(folder: Path) -> list[str]:
    """Shared libraries in the folder that need a library neither bundled nor on this machine.

    Catches a Qt plugin whose library the spec pruned. Those the desktop provides are allowed.
    """
    if shutil.which("ldd") is None:
        return []
    internal = folder / "_internal"
    env = {**os.environ, "LD_LIBRARY_PATH": f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}"}
    missing = []
    for library in sorted(internal.rglob("*.so*")):
        if not library.is_file() or library.is_symlink():
            continue
        output = subprocess.run(["ldd", str(library)], capture_output=True, text=True, env=env, check=False).stdout
        for line in output.splitlines():
            name = line.strip().split(" ")[0]
            if "not found" in line and not name.startswith(SYSTEM_PROVIDED):
                missing.append(f"{library.relative_to(folder)} needs {name}")
    return missing


def validate_desktop_files(folder: Path) -> list[str]:
    """Run the freedesktop validators on the files shipped beside the program; say which were skipped."""
    notes = []
    checks = [
        ("desktop-file-validate", [str(folder / f"{APP_ID}.desktop")]),
        ("appstreamcli", ["validate", "--no-net", str(folder / f"{APP_ID}.metainfo.xml")]),
    ]
    for tool, args in checks:
        if shutil.which(tool) is None:
            notes.append(f"{tool} is not installed: skipped (Debian: apt-get install desktop-file-utils appstream)")
            continue
        result = subprocess.run([tool, *args], capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise SmokeFailure(f"{tool} rejected {Path(args[-1]).name}:\n{result.stdout}{result.stderr}")
        notes.append(f"{tool}: {Path(args[-1]).name} is valid")
    return notes


def smoke(folder: Path) -> list[str]:
    program = folder / APP_NAME
    if not program.is_file():
        raise SmokeFailure(f"no program at {program}: build it first (make package)")
    notes = []
    with tempfile.TemporaryDirectory(prefix="moderator-app-smoke-") as scratch:
        work = Path(scratch)
        data = work / "data"
        # A bare environment: no PYTHONPATH, no virtualenv, a home of its own; the folder must be enough.
        env = {
            "PATH": "/usr/bin:/bin",
            "HOME": str(work / "home"),
            "LANG": os.environ.get("LANG", "C.UTF-8"),
            "QT_QPA_PLATFORM": "offscreen",
        }
        version = run(program, "--version", env=env, cwd=work)
        if __version__ not in version:
            raise SmokeFailure(f"--version printed {version!r}, expected {__version__}")
        run(program, "--data-dir", str(data), "--smoke", env=env, cwd=work)
        if not (data / "moderator.db").is_file():
            raise SmokeFailure(f"--smoke created no database in {data}")
        notes.append("--smoke: the window opened and painted, the data folder was created")

        def command(*args: str) -> str:
            return run(program, "--data-dir", str(data), *args, env=env, cwd=work)

        sessions = json.loads(command("sessions", "--json"))
        if not sessions:
            raise SmokeFailure("the first start made no demo session")
        session = sessions[0]
        templates = command("templates")
        if "igf-workshop" not in templates:
            raise SmokeFailure(f"the built-in report templates are missing:\n{templates}")
        pdf = work / "report.pdf"
        command("report", session["id"], "--format", "pdf", "-o", str(pdf))
        if not pdf.read_bytes().startswith(b"%PDF") or pdf.stat().st_size < 5_000:
            raise SmokeFailure(f"the PDF report is not a real PDF ({pdf.stat().st_size} bytes)")
        if shutil.which("pdftotext"):
            text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
            if session["title"].split()[0] not in text:
                raise SmokeFailure(f"the PDF report does not name the session {session['title']!r}")
        docx = work / "report.docx"
        command("report", session["id"], "-o", str(docx))
        with zipfile.ZipFile(docx) as archive:
            body = archive.read("word/document.xml").decode("utf-8")
        if session["title"].split()[0] not in body:
            raise SmokeFailure("the Word report does not name the session")
        html = work / "report.html"
        command("report", session["id"], "--template", "minutes", "-o", str(html))
        if "<html" not in html.read_text("utf-8").lower():
            raise SmokeFailure("the HTML report is not HTML")
        sizes = f"PDF {pdf.stat().st_size:,} B, Word {docx.stat().st_size:,} B, HTML {html.stat().st_size:,} B"
        notes.append(f"report of the demo session: {sizes}")
    missing = unresolved_libraries(folder)
    if missing:
        raise SmokeFailure("libraries missing from the folder:\n" + "\n".join(missing))
    notes.append("every bundled library finds the libraries it needs (ldd)")
    notes.extend(validate_desktop_files(folder))
    notes.append(f"bundle size: {folder_size(folder) / 1_048_576:.1f} MiB in {folder}")
    return notes


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.splitlines()[2], file=sys.stderr)
        return 2
    try:
        for note in smoke(Path(argv[0]).resolve()):
            print(f"smoke: {note}")
    except (SmokeFailure, subprocess.TimeoutExpired, OSError, KeyError, zipfile.BadZipFile) as error:
        print(f"smoke test FAILED: {error}", file=sys.stderr)
        return 1
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
