"""What a start loads: a window start on a migrated database leaves sqlite-utils, the Getting-started
walkthrough, backups, merging and the recovery dialog unloaded until they are used, so it is quicker."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

#: Modules a plain start has no use for before its first paint (each is loaded when first needed).
NOT_AT_START = (
    "sqlite_utils",
    "moderator_app.ui.dialogs.first_run",
    "moderator_app.storage.backups",
    "moderator_app.storage.merge",
    "moderator_app.ui.dialogs.recovery",
    "moderator_app.services.backups",
    # Importing a page (lxml) and writing a report (Jinja2, the templates) wait for their commands.
    "lxml",
    "jinja2",
    "moderator_app.importers",
    "moderator_app.services.imports",
    "moderator_app.services.reports",
    "moderator_app.reports.build",
    # Searching every session's notes and the event figures wait for theirs.
    "moderator_app.storage.note_search",
    "moderator_app.storage.events",
)
#: What the entry point needs to start the window: no command's module, no command parser.
CLI_AT_START = {"moderator_app.cli", "moderator_app.cli.main", "moderator_app.cli.base"}

PROBE = """
import json, sys
from moderator_app.cli.main import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def start(data_dir: Path) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("MODERATOR_APP_DATA_DIR", None)
    result = subprocess.run(
        [sys.executable, "-c", PROBE, "--data-dir", str(data_dir), "--smoke"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["code"] == 0
    return report


def loaded(report: dict[str, object], name: str) -> bool:
    modules = report["modules"]
    assert isinstance(modules, list)
    return any(module == name or module.startswith(name + ".") for module in modules)


def test_a_start_on_a_migrated_database_loads_only_what_the_window_shows(tmp_path):
    data_dir = tmp_path / "data"
    first = start(data_dir)  # creates and migrates the database: sqlite-utils' migrations run
    assert loaded(first, "sqlite_utils")
    second = start(data_dir)
    assert [name for name in NOT_AT_START if loaded(second, name)] == []
    modules = second["modules"]
    assert isinstance(modules, list)
    assert {name for name in modules if name.startswith("moderator_app.cli")} == CLI_AT_START
    assert loaded(second, "moderator_app.ui.window.main_window")  # the probe does see what a start loads
