"""The command line: one module per subcommand, their table in ``main.py``, shared exits in ``base.py``."""
