"""Gather the licence texts of everything the app ships into resources/licenses/ (shown in Help → About).

Usage: python tools/collect_licenses.py          (rewrites resources/licenses/ from the installed packages)
       python tools/collect_licenses.py --check  (exit 1 if a runtime dependency has no entry)

Run it in the project's venv after adding or upgrading a runtime dependency and commit the result.
The list covers the app itself, the Python interpreter and Qt (both inside the self-contained build),
every distribution that the app's runtime requirements pull in, and the bundled fonts.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import sysconfig
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
LICENSES = RESOURCES / "licenses"
MANIFEST = LICENSES / "components.json"
APP_DISTRIBUTION = "moderator-app"
SYSTEM_LICENSES = Path("/usr/share/common-licenses")

# What cannot be read from a distribution's metadata: the app, the interpreter, Qt itself and the fonts.
FIXED = [
    {"name": "moderator-app", "distribution": APP_DISTRIBUTION, "license": "GPL-3.0-or-later", "texts": ["GPL-3.0"]},
    {"name": "Python", "distribution": None, "license": "PSF-2.0", "texts": ["Python"]},
    {"name": "Qt 6", "distribution": None, "license": "LGPL-3.0-only", "texts": ["LGPL-3.0", "GPL-3.0"]},
    {
        "name": "DejaVu fonts",
        "distribution": None,
        "license": "Bitstream-Vera",
        "texts": ["../fonts/LICENSES.txt"],
    },
    {
        "name": "Droid Sans Fallback font",
        "distribution": None,
        "license": "Apache-2.0",
        "texts": ["../fonts/Apache-2.0.txt", "../fonts/LICENSES.txt"],
    },
]
# Distributions whose metadata names no SPDX expression, or one that does not fit how the app uses them.
LICENSE_OVERRIDES = {
    # Offered under LGPLv3, GPLv2 or GPLv3: the app uses them under the LGPLv3 (a licence text is in LGPL-3.0).
    "pyside6-essentials": ("LGPL-3.0-only", ["LGPL-3.0", "GPL-3.0"]),
    "shiboken6": ("LGPL-3.0-only", ["LGPL-3.0", "GPL-3.0"]),
    "sqlite-fts4": ("Apache-2.0", None),
    # Its classifier says public domain; the LICENSE file it ships is the 3-clause BSD licence.
    "click-default-group": ("BSD-3-Clause", None),
}
CLASSIFIERS = {
    "License :: OSI Approved :: BSD License": "BSD-3-Clause",
    "License :: OSI Approved :: MIT License": "MIT",
    "License :: OSI Approved :: Apache Software License": "Apache-2.0",
    "License :: Public Domain": "LicenseRef-Public-Domain",
}


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_distributions(root: str = APP_DISTRIBUTION) -> dict[str, metadata.Distribution]:
    """Every installed distribution that the app's runtime requirements pull in, by normalised name."""
    found: dict[str, metadata.Distribution] = {}
    pending = [Requirement(text) for text in metadata.requires(root) or []]
    while pending:
        requirement = pending.pop()
        if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
            continue  # optional extras (test, package) and other platforms' requirements
        key = normalise(requirement.name)
        if key in found:
            continue
        distribution = metadata.distribution(requirement.name)
        found[key] = distribution
        pending.extend(Requirement(text) for text in distribution.requires or [])
    return found


def spdx(distribution: metadata.Distribution) -> str:
    meta = distribution.metadata
    expression = meta.get("License-Expression") or ""
    if expression:
        return expression
    declared = (meta.get("License") or "").strip()
    if declared and "\n" not in declared and len(declared) < 60:
        return declared
    for classifier in meta.get_all("Classifier") or []:
        if classifier in CLASSIFIERS:
            return CLASSIFIERS[classifier]
    raise SystemExit(f"{meta['Name']}: no licence in its metadata; add it to LICENSE_OVERRIDES")


def licence_files(distribution: metadata.Distribution) -> list[Path]:
    names = ("licen", "copying", "notice")
    return sorted(
        Path(str(distribution.locate_file(file)))
        for file in distribution.files or []
        if ".dist-info" in str(file) and any(word in file.name.lower() for word in names)
    )


def _system_text(name: str) -> str:
    if name == "Python":
        return (Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt").read_text(encoding="utf-8")
    debian = {"GPL-3.0": "GPL-3", "LGPL-3.0": "LGPL-3"}[name]
    return (SYSTEM_LICENSES / debian).read_text(encoding="utf-8")


def build() -> list[dict[str, object]]:
    LICENSES.mkdir(exist_ok=True)
    components: list[dict[str, object]] = []
    shared = {text for entry in FIXED for text in entry["texts"] if not text.startswith("../")}  # type: ignore[union-attr]
    for name in sorted(shared):
        (LICENSES / f"{name}.txt").write_text(_system_text(name), encoding="utf-8")
    for entry in FIXED:
        components.append({**entry, "texts": [_text_path(text) for text in entry["texts"]]})  # type: ignore[union-attr]
    for key, distribution in sorted(runtime_distributions().items()):
        name = distribution.metadata["Name"]
        licence, texts = LICENSE_OVERRIDES.get(key, (None, None))
        if texts is None:
            files = licence_files(distribution)
            declared = distribution.metadata.get("License") or ""
            if files:
                parts = [f"=== {file.name} ===\n{file.read_text(encoding='utf-8', errors='replace')}" for file in files]
            elif "\n" in declared.strip():
                # No licence file, but the whole text in the metadata's License field (sqlite-anyio).
                parts = [f"=== License (from its metadata) ===\n{declared}"]
            else:
                raise SystemExit(f"{name}: no licence file in its metadata; add it to LICENSE_OVERRIDES")
            (LICENSES / f"{key}.txt").write_text(f"{name}\n\n" + "\n\n".join(parts), encoding="utf-8")
            texts = [key]
        components.append(
            {
                "name": name,
                "distribution": name,
                "license": licence or spdx(distribution),
                "texts": [_text_path(text) for text in texts],
            }
        )
    MANIFEST.write_text(json.dumps({"components": components}, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return components


def _text_path(text: str) -> str:
    """A text's path relative to resources/ (the manifest's paths go through moderator_app.system.resources)."""
    return text.removeprefix("../") if text.startswith("../") else f"licenses/{text}.txt"


def missing_entries() -> list[str]:
    listed = {normalise(str(c["distribution"])) for c in json.loads(MANIFEST.read_text("utf-8"))["components"]}
    listed.discard("none")
    return sorted(key for key in runtime_distributions() if key not in listed)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that every runtime dependency is listed")
    args = parser.parse_args(argv)
    if args.check:
        missing = missing_entries()
        for name in missing:
            print(f"no licence entry for {name}: run python tools/collect_licenses.py", file=sys.stderr)
        return 1 if missing else 0
    for component in build():
        print(f"{component['name']}: {component['license']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
