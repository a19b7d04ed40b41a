"""The schema's migration names, known without importing sqlite-utils (issue 9: start-up).

A start on a database that has every one of these applied opens it with plain sqlite3
(storage/connection.py); sqlite-utils' Migrations run only when one is missing. The list must
name every migration in storage/migrations.py, in order: importing that module checks it, so a
migration added there but not here fails every test that touches the database, loudly.
"""

from __future__ import annotations

MIGRATION_SET = "moderator_app"

KNOWN_MIGRATIONS: tuple[str, ...] = (
    "0001_initial_schema",
    "0002_balance_settings_and_contingents",
    "0003_notes_and_report_drafts",
    "0004_remote_queue",
    "0005_updated_at_for_merge",
    "0006_session_event",
    "0007_notes_search_per_session",
    "0008_session_code_and_type",
)
