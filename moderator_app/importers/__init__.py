"""Importers: workshop proposal text and roster CSV files → domain drafts. Pure parsing, no Qt, no database.

Every parser either returns a result (with what it could not read, by line) or raises
``ImportFileError`` when the file cannot be used at all; nothing else escapes.
"""

from moderator_app.importers.common import ImportFileError

__all__ = ["ImportFileError"]
