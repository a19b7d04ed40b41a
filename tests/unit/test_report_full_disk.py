"""Exports on a full disk, for real: each format says the disk is full and what to do, and leaves nothing.

Two ways to fill a disk: every file made in the export folder is a link to /dev/full (the kernel's
own ENOSPC on each write, no privileges needed), and, where the tests may mount one, a real 64 KiB
tmpfs, on which Qt's PDF writer used to leave a cut-off file behind as if it were whole.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from moderator_app.domain.rapporteur import Attendance
from moderator_app.reports.atomic import ExportWriteError, export_failure
from moderator_app.reports.build import build_report
from moderator_app.reports.formats import names
from moderator_app.reports.templates import load_template
from moderator_app.services.reports import export_report
from tests.support import make_folder_full, mount_small_tmpfs

FORMATS = names()  # every format of the table: a new one is tried on a full disk too
FULL_WORDS = "the disk is full. Free some space or choose another drive, then export again."


@pytest.fixture
def report(console, clock):
    console.add_note("A note long enough to need some room on the disk " * 40, ["key_issue"])
    template = load_template("igf-workshop", None)
    return build_report(console.snapshot, template, {}, Attendance(participants_onsite=12), clock.now())


@pytest.fixture
def full_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder in which every new file is /dev/full: each write fails with ENOSPC, as on a full disk."""
    folder = tmp_path / "full"
    folder.mkdir()
    make_folder_full(folder, monkeypatch)
    return folder


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 64 KiB file system (tmpfs), where the tests may mount one (root on Linux)."""
    folder = tmp_path / "tiny"
    folder.mkdir()
    mount_small_tmpfs(folder, "64k")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_on_a_full_disk_says_so_and_keeps_the_old_file(report, full_folder, fmt):
    target = full_folder / f"report.{fmt}"
    os.rename(_written_elsewhere(full_folder.parent, fmt), target)  # yesterday's export, to be kept
    before = target.read_bytes()
    with pytest.raises(ExportWriteError) as caught:
        export_report(report, fmt, target, charts={})
    assert str(caught.value) == FULL_WORDS
    assert caught.value.errno == errno.ENOSPC
    assert target.read_bytes() == before
    assert [p.name for p in full_folder.iterdir()] == [target.name]


def _written_elsewhere(folder: Path, fmt: str) -> Path:
    path = folder / f"old.{fmt}"
    path.write_bytes(b"yesterday's report")
    return path


@pytest.mark.parametrize("fmt", ["pdf", "odt", "docx", "html"])
def test_a_really_full_file_system_gets_no_cut_off_file_and_clear_words(report, tiny_disk, fmt):
    # Most of the little disk already taken, so that no report fits, however small it is drawn.
    free = shutil.disk_usage(tiny_disk).free
    (tiny_disk / "filler").write_bytes(b"\0" * max(0, free - 8 * 1024))
    target = tiny_disk / f"report.{fmt}"
    with pytest.raises(ExportWriteError) as caught:
        export_report(report, fmt, target)
    assert str(caught.value) == FULL_WORDS
    assert [p.name for p in tiny_disk.iterdir()] == ["filler"], "no file cut short, no temporary file"


def test_other_failures_keep_their_words_or_get_their_own(tmp_path):
    missing = OSError(errno.ENOENT, "No such file or directory")
    assert export_failure(missing, tmp_path / "gone" / "r.pdf") is missing
    refused = export_failure(OSError(errno.EACCES, "Permission denied"), tmp_path / "r.pdf")
    assert str(refused).startswith("the folder cannot be written to") and "Choose another folder" in str(refused)
    qt_said_nothing = OSError("Could not start a new page")
    assert export_failure(qt_said_nothing, tmp_path / "r.pdf") is qt_said_nothing, "the disk has room: as it was"
    assert list(tmp_path.iterdir()) == [], "the probe leaves nothing behind"
