"""Reading the TOML files of templates and catalogs, with errors that name the file. No Qt."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any


def read_toml(path: Path, error: type[ValueError]) -> dict[str, Any]:
    """The file's table; FileNotFoundError passes through (the caller knows what missing means).

    Anything else that stops it being read, or TOML that does not parse, raises ``error`` naming the file.
    """
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise
    except (OSError, UnicodeDecodeError) as problem:
        raise error(f"{path}: cannot be read ({problem}).") from None
    try:
        return tomllib.loads(raw)
    except tomllib.TOMLDecodeError as problem:
        raise error(f"{path}: not valid TOML: {problem}.") from None
