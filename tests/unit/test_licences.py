"""Every component the app ships has its licence listed, with the full text there to read."""

from __future__ import annotations

import importlib.util
import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement

from moderator_app import __version__
from moderator_app.system.licences import APP_LICENSE, components

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def listed() -> dict[str, str]:
    return {normalise(c.distribution): c.license for c in components() if c.distribution}


def test_every_runtime_dependency_in_pyproject_has_a_licence_entry():
    names = [normalise(Requirement(text).name) for text in PYPROJECT["project"]["dependencies"]]
    assert names, "pyproject lists no runtime dependency?"
    missing = [name for name in names if name not in listed()]
    assert missing == [], f"no licence entry for {missing}: run python tools/collect_licenses.py"


def test_every_installed_dependency_of_a_dependency_has_an_entry_too():
    spec = importlib.util.spec_from_file_location("collect_licenses", ROOT / "tools" / "collect_licenses.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    pulled_in = tool.runtime_distributions()
    assert {"markupsafe", "lxml", "shiboken6"} <= set(pulled_in)  # Jinja2's, python-docx's, PySide6's
    assert tool.missing_entries() == [], "run python tools/collect_licenses.py and commit resources/licenses/"


def test_the_app_python_qt_and_fonts_are_listed_with_the_licences_that_apply():
    by_name = {c.name: c for c in components()}
    assert components()[0].name == "moderator-app"
    assert by_name["moderator-app"].license == APP_LICENSE == PYPROJECT["project"]["license"]
    assert by_name["moderator-app"].version() == __version__
    assert by_name["Python"].license == "PSF-2.0"
    assert by_name["Qt 6"].license == "LGPL-3.0-only"
    assert by_name["DejaVu fonts"].license == "Bitstream-Vera"
    assert by_name["Droid Sans Fallback font"].license == "Apache-2.0"
    assert listed()["sqlite-utils"] == "Apache-2.0"
    assert listed()["platformdirs"] == "MIT"
    assert listed()["jinja2"] == listed()["markupsafe"] == "BSD-3-Clause"
    assert listed()["python-docx"] == "MIT"
    assert listed()["pyside6-essentials"] == "LGPL-3.0-only"


def test_every_licence_text_is_there_in_full():
    expected_words = {
        "GPL-3.0-or-later": "GNU GENERAL PUBLIC LICENSE",
        "LGPL-3.0-only": "GNU LESSER GENERAL PUBLIC LICENSE",
        # python-zeroconf (finding shared sessions): LGPL 2.1 or later, the full text ships.
        "LGPL-2.1-or-later": "GNU LESSER GENERAL PUBLIC LICENSE",
        "Apache-2.0": "Apache License",
        "MIT": "Permission is hereby granted",
        # cffi (cryptography's): MIT without the condition to keep the notice.
        "MIT-0": "Permission is hereby granted",
        # cryptography is offered under either; both texts ship.
        "Apache-2.0 OR BSD-3-Clause": "Apache License",
        "BSD-3-Clause": "Redistribution and use in source and binary forms",
        "Bitstream-Vera": "Bitstream",
        "PSF-2.0": "PYTHON SOFTWARE FOUNDATION LICENSE",
    }
    for component in components():
        text = component.licence_text()
        assert component.license in expected_words, f"{component.name}: unexpected licence {component.license}"
        assert expected_words[component.license].lower() in text.lower(), component.name
        assert len(text) > 900, f"{component.name}: the text looks like a notice, not the licence"


def test_licence_texts_ship_in_the_resources_folder():
    for component in components():
        for path in component.texts:
            assert (ROOT / "resources" / path).is_file(), path
