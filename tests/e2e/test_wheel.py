"""The installable wheel carries everything under resources/ and the two commands."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--quiet",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    (built,) = out.glob("moderator_app-*.whl")
    return built


def test_wheel_contains_every_resource_file(wheel: Path):
    names = set(zipfile.ZipFile(wheel).namelist())
    bundled = sorted(
        "moderator_app/resources/" + path.relative_to(ROOT / "resources").as_posix()
        for path in (ROOT / "resources").rglob("*")
        if path.is_file()
    )
    assert bundled, "resources/ should not be empty"
    assert [name for name in bundled if name not in names] == []


def test_wheel_declares_gui_and_console_commands(wheel: Path):
    archive = zipfile.ZipFile(wheel)
    (entry_points,) = [n for n in archive.namelist() if n.endswith(".dist-info/entry_points.txt")]
    text = archive.read(entry_points).decode()
    gui = text.split("[gui_scripts]")[1]
    assert "moderator-app = moderator_app.cli.main:main" in gui
    assert "moderator-app-cli = moderator_app.cli.main:main" in text.split("[console_scripts]")[1]


def test_installed_wheel_runs_from_its_own_resources(wheel: Path, tmp_path: Path):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    env = {**os.environ, "PYTHONPATH": str(site), "QT_QPA_PLATFORM": "offscreen"}
    data = tmp_path / "data"
    demo = site / "moderator_app" / "resources" / "data" / "demo-session.json"
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import moderator_app.system.resources as r; print(r.resource('data', 'countries.csv'))",
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert str(site) in probe.stdout
    imported = subprocess.run(
        [sys.executable, "-m", "moderator_app", "--data-dir", str(data), "import", str(demo)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )
    assert imported.returncode == 0, imported.stderr
    smoke = subprocess.run(
        [sys.executable, "-m", "moderator_app", "--data-dir", str(data), "--smoke"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert smoke.returncode == 0, smoke.stderr


def test_installed_wheel_speaks_spanish_and_french_from_its_own_catalogues(wheel: Path, tmp_path: Path):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    env = {**os.environ, "PYTHONPATH": str(site), "QT_QPA_PLATFORM": "offscreen"}
    probe = (
        "from PySide6.QtCore import QCoreApplication\n"
        "from moderator_app.system import i18n\n"
        "app = QCoreApplication([])\n"
        "for code in ('es', 'fr'):\n"
        "    i18n.install(app, i18n.resolve(code))\n"
        "    print(i18n.translations_folder(), QCoreApplication.translate('labels', 'Point of order'))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path, env=env, capture_output=True, text=True, check=True
    )
    lines = run.stdout.splitlines()
    assert all(str(site) in line for line in lines), lines
    assert lines[0].endswith("Cuestión de orden") and lines[1].endswith("Motion d'ordre"), lines
