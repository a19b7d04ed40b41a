"""Cheaper imports once PySide6 is loaded: its per-module source check without the tokenizer.

PySide6 watches every module imported after it (its ``__feature__`` switching, PYSIDE-2029) and
asks of each whether it uses PySide6, by reading the module's whole source through
``inspect.getsource`` (linecache, tokenize, encoding detection). The window's start imports about
200 such modules. :func:`faster_pyside_source_check` answers the same question, "does the file
contain the word PySide6?", by reading the ``.py`` file's bytes once. Anything else (no file, a
compiled module, an unreadable file) goes to PySide6's own check, and a PySide6 that no longer has
that check is left alone. Measured in benchmarks/startup.py; see docs/benchmarks.md.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any

#: Where PySide6 keeps the check (shiboken's embedded support package), and the check's name.
_FEATURE_MODULE = "shibokensupport.feature"
_CHECK = "_mod_uses_pyside"


def faster_pyside_source_check() -> bool:
    """Replace PySide6's source check by a plain read of the file; True if it was replaced."""
    import PySide6.QtCore  # noqa: F401  (loads shiboken's support package, which holds the check)

    feature = sys.modules.get(_FEATURE_MODULE)
    original = getattr(feature, _CHECK, None)
    if feature is None or not callable(original):
        return False
    if getattr(original, "_moderator_app", False):
        return True

    def uses_pyside(module: ModuleType) -> Any:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return original(module)

    uses_pyside._moderator_app = True  # type: ignore[attr-defined]
    setattr(feature, _CHECK, uses_pyside)
    return True
