"""Where the app keeps its files: platformdirs' user data dir unless --data-dir or the environment says otherwise."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

from moderator_app import APP_NAME

DATA_DIR_ENV = "MODERATOR_APP_DATA_DIR"


@dataclass(frozen=True, slots=True)
class AppPaths:
    """The data folder and the files in it."""

    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "moderator.db"

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def settings(self) -> Path:
        return self.data_dir / "settings.ini"

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
        """--data-dir wins, then $MODERATOR_APP_DATA_DIR, then the platform's user data dir."""
        chosen = data_dir or os.environ.get(DATA_DIR_ENV) or user_data_dir(APP_NAME, appauthor=False)
        return cls(Path(chosen).expanduser().absolute())
