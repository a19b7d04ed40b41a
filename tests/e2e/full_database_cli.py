"""`python -m tests.e2e.full_database_cli ARGS…`: the command line on a disk too full for the database to grow.

A genuine SQLITE_FULL, made as tests/storage/test_write_failures.py makes it: every database the
storage layer opens may not grow by a single page (``PRAGMA max_page_count`` at its current size),
so the first write that needs a new page fails the way a full disk makes it fail.
"""

from __future__ import annotations

import sys

from moderator_app.storage import database

_configure = database._configure


def _configure_full(db):  # type: ignore[no-untyped-def]
    _configure(db)
    pages = db.conn.execute("PRAGMA page_count").fetchone()[0]
    db.conn.execute(f"PRAGMA max_page_count = {pages}")


database._configure = _configure_full

if __name__ == "__main__":
    from moderator_app.cli.main import main

    sys.exit(main(sys.argv[1:]))
