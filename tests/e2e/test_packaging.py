"""The desktop integration that packaging installs: desktop entry, AppStream data, icons, install script, spec."""

from __future__ import annotations

import configparser
import importlib.util
import os
import re
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ElementTree
from datetime import date
from pathlib import Path
from types import ModuleType

from moderator_app import APP_ID, APP_NAME, __version__
from tests.support import require_tools

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))


def load_tool(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"tools_{name}", ROOT / "tools" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG file"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def desktop_entry(path: Path = DESKTOP) -> configparser.SectionProxy:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive in desktop files
    entry.read(path, encoding="utf-8")
    return entry["Desktop Entry"]


def test_desktop_entry_launches_the_gui_command_under_the_app_id():
    section = desktop_entry()
    assert section["Type"] == "Application"
    assert section["Exec"].split()[0] == APP_NAME
    assert APP_NAME in PYPROJECT["project"]["gui-scripts"]
    assert section["Icon"] == APP_ID
    assert section["Categories"].endswith(";")
    assert section["Terminal"] == "false"


def test_desktop_entry_passes_no_file_argument_the_command_line_would_reject():
    # moderator-app takes no positional file: a %f/%u would make a dropped file an "invalid choice".
    assert not re.search(r"%[fFuU]", desktop_entry()["Exec"])


def test_desktop_entry_passes_desktop_file_validate():
    require_tools("desktop-file-validate", package="desktop-file-utils")
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_icons_are_the_same_valid_svg():
    packaged = PACKAGING / f"{APP_ID}.svg"
    bundled = ROOT / "resources" / "icons" / "moderator-app.svg"
    assert packaged.read_bytes() == bundled.read_bytes()
    root = ElementTree.parse(bundled).getroot()
    assert root.tag.endswith("svg") and root.get("viewBox") == "0 0 256 256"


def test_every_png_icon_size_exists_and_is_square_at_its_size():
    for size in ICON_SIZES:
        path = PACKAGING / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert path.is_file(), f"missing {path.relative_to(ROOT)}: run python tools/make_icons.py"
        assert png_size(path) == (size, size)


def test_png_icons_are_the_current_svg_rendering(qapp):
    icons = load_tool("make_icons")
    assert icons.SIZES == ICON_SIZES
    svg = (ROOT / "resources" / "icons" / "moderator-app.svg").read_bytes()
    assert icons.stale_sizes(svg) == [], "the PNGs are out of date: run python tools/make_icons.py"


def test_icon_check_notices_a_changed_drawing(qapp, tmp_path: Path):
    icons = load_tool("make_icons")
    svg = (ROOT / "resources" / "icons" / "moderator-app.svg").read_bytes()
    changed = svg.replace(b"#14532d", b"#b91c1c")  # the background colour
    assert changed != svg
    assert icons.stale_sizes(changed) == list(ICON_SIZES)
    assert icons.stale_sizes(svg, hicolor=tmp_path) == list(ICON_SIZES)  # no PNGs at all


def metainfo() -> ElementTree.Element:
    return ElementTree.parse(METAINFO).getroot()


def test_metainfo_names_the_app_its_launcher_binaries_and_licences():
    root = metainfo()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == PYPROJECT["project"]["license"] == "GPL-3.0-or-later"
    assert root.findtext("name") == APP_NAME
    assert len(root.findtext("summary") or "") < 80  # software centres cut longer summaries
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name
    binaries = {b.text for b in root.findall("provides/binary")}
    scripts = set(PYPROJECT["project"]["gui-scripts"]) | set(PYPROJECT["project"]["scripts"])
    assert binaries == scripts
    assert (root.findtext("developer/name") or "").strip()
    assert root.find("content_rating") is not None
    assert len(root.findall("description/p")) >= 1 and len(root.findall("description/ul/li")) >= 3


def test_metainfo_newest_release_is_the_package_version():
    releases = metainfo().findall("releases/release")
    assert releases, "the metainfo lists no release"
    newest = releases[0]
    assert newest.get("version") == __version__, "add a <release> for the new version in the metainfo"
    date.fromisoformat(newest.get("date") or "")


def test_metainfo_screenshots_are_the_docs_images_at_their_real_size():
    screenshots = metainfo().findall("screenshots/screenshot")
    assert len(screenshots) >= 1
    assert [s.get("type") for s in screenshots].count("default") == 1
    for screenshot in screenshots:
        assert (screenshot.findtext("caption") or "").strip()
        image = screenshot.find("image")
        assert image is not None and image.text is not None
        match = re.fullmatch(
            r"https://github\.com/igfsessions/moderator-app/raw/main/(docs/images/[\w.-]+\.png)", image.text
        )
        assert match, image.text
        local = ROOT / match.group(1)
        assert local.is_file(), f"{image.text} points at a file the repository does not have"
        assert png_size(local) == (int(image.get("width", 0)), int(image.get("height", 0)))


def test_metainfo_passes_appstreamcli_validate():
    require_tools("appstreamcli", package="appstream")
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr


def run_install_script(script: Path, data_home: Path, path_dirs: list[Path], *args: str) -> str:
    env = {
        "HOME": str(data_home.parent),
        "XDG_DATA_HOME": str(data_home),
        "PATH": os.pathsep.join([*map(str, path_dirs), "/usr/bin", "/bin"]),
    }
    result = subprocess.run(["sh", str(script), *args], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout


def installed_files(data_home: Path) -> set[str]:
    return {
        path.relative_to(data_home).as_posix()
        for path in data_home.rglob("*")
        if path.is_file() and path.name != "mimeinfo.cache" and not path.name.startswith("icon-theme")
    }


def expected_files() -> set[str]:
    icons = {f"icons/hicolor/{n}x{n}/apps/{APP_ID}.png" for n in ICON_SIZES}
    return icons | {
        f"applications/{APP_ID}.desktop",
        f"metainfo/{APP_ID}.metainfo.xml",
        f"icons/hicolor/scalable/apps/{APP_ID}.svg",
    }


def fake_program(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    program = folder / APP_NAME
    program.write_text("#!/bin/sh\nexit 0\n")
    program.chmod(0o755)
    return program


def test_install_script_adds_a_launcher_for_a_pip_installed_command_and_removes_it(tmp_path: Path):
    data_home = tmp_path / "home" / ".local" / "share"
    program = fake_program(tmp_path / "my apps" / "bin")  # a space: the Exec line must quote it
    run_install_script(PACKAGING / "install-user.sh", data_home, [program.parent])
    assert installed_files(data_home) == expected_files()
    entry = data_home / "applications" / f"{APP_ID}.desktop"
    assert desktop_entry(entry)["Exec"] == f'"{program}"'
    assert desktop_entry(entry)["Icon"] == APP_ID
    require_tools("desktop-file-validate", package="desktop-file-utils")
    check = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout
    run_install_script(PACKAGING / "install-user.sh", data_home, [program.parent], "--uninstall")
    assert installed_files(data_home) == set()


def test_install_script_in_the_built_folder_launches_the_program_beside_it(tmp_path: Path):
    folder = copy_of_packaging(tmp_path / "moderator-app")
    program = fake_program(folder)
    elsewhere = fake_program(tmp_path / "other" / "bin")  # one on PATH must not win over the folder's own
    data_home = tmp_path / "home" / ".local" / "share"
    run_install_script(folder / "install-user.sh", data_home, [elsewhere.parent])
    assert desktop_entry(data_home / "applications" / f"{APP_ID}.desktop")["Exec"] == str(program)
    assert installed_files(data_home) == expected_files()


def copy_of_packaging(folder: Path) -> Path:
    shutil.copytree(PACKAGING, folder, ignore=shutil.ignore_patterns("*.py", "*.spec", "*.md", "macos"))
    return folder


def test_install_script_in_a_checkout_falls_back_to_the_make_run_venv(tmp_path: Path):
    scripts = copy_of_packaging(tmp_path / "checkout" / "packaging")
    program = fake_program(tmp_path / "checkout" / ".venv" / "bin")
    data_home = tmp_path / "home" / ".local" / "share"
    run_install_script(scripts / "install-user.sh", data_home, [])
    assert desktop_entry(data_home / "applications" / f"{APP_ID}.desktop")["Exec"] == str(program)


def test_install_script_says_what_to_do_when_the_program_is_nowhere(tmp_path: Path):
    scripts = copy_of_packaging(tmp_path / "packaging")
    data_home = tmp_path / "home" / ".local" / "share"
    env = {"HOME": str(tmp_path / "home"), "XDG_DATA_HOME": str(data_home), "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        ["sh", str(scripts / "install-user.sh")], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 1
    assert "pip install --user" in result.stderr
    assert not data_home.exists()


def test_spec_bundles_the_resources_and_the_desktop_files_it_needs():
    spec = (PACKAGING / "moderator-app.spec").read_text("utf-8")
    compile(spec, "moderator-app.spec", "exec")
    assert 'prefix="moderator_app/resources"' in spec  # where moderator_app.system.resources looks in a bundle
    assert '"*.ts"' in spec  # translation sources stay out, the compiled .qm go in with resources/
    for name in ("install-user.sh", "launcher.py", f"{APP_ID}.desktop", f"{APP_ID}.metainfo.xml"):
        assert (PACKAGING / name).is_file()
    launcher = (PACKAGING / "launcher.py").read_text("utf-8")
    assert "from moderator_app.cli.main import main" in launcher


def test_smoke_test_script_refuses_a_folder_without_the_program(tmp_path: Path):
    result = subprocess.run(
        [sys.executable, str(PACKAGING / "smoke_test.py"), str(tmp_path)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 1
    assert "build it first" in result.stderr
