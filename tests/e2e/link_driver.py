"""The real command line (``share`` or ``join``) with a plain pycrdt document as the shared one.

``python -m tests.e2e.link_driver ITEM -- [--data-dir DIR] share|join …``: runs cli/main.py as the
installed command does, but the document it shares is a Map and a Text holding ``ITEM``, and
each time an update from the other side has been applied it prints ``DOC {json}``; the network,
the certificate, the code, the signals and the exit are all the command's own.
"""

from __future__ import annotations

import json
import sys
from types import SimpleNamespace
from typing import Any

from pycrdt import Map

from moderator_app.cli.main import main
from moderator_app.sync import headless
from tests.sync.link_support import items, report, shared_doc


class PlainShared:
    """A SharedDocument without a library: what the link carries, shown on stdout."""

    def __init__(self, item: str) -> None:
        self.document = SimpleNamespace(doc=shared_doc())
        self.document.doc.get("items", type=Map)[item] = "seeded"

    def pull(self, *, origin: str) -> None:
        state = {"origin": origin, "items": items(self.document.doc), "report": report(self.document.doc)}
        print("DOC " + json.dumps(state, sort_keys=True), flush=True)

    def close(self) -> None:
        print("CLOSED", flush=True)


def run(argv: list[str]) -> int:
    item, separator, *command = argv
    assert separator == "--"

    def open_document(_library: Any, _session_id: str) -> PlainShared:
        return PlainShared(item)

    headless.open_shared_session = open_document  # type: ignore[assignment]
    return main(command)


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
