"""Entry point for ``python -m moderator_app``."""

import sys

from moderator_app.cli.main import main

sys.exit(main())
