"""SQLite storage through sqlite-utils: the database, its migrations, repositories and the session file."""
