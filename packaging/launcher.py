"""Entry point of the self-contained build: one program for the window and the headless commands."""

import sys

from moderator_app.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
