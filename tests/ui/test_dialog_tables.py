"""No table in a dialog keeps Tab for itself: Tab goes on to the dialog's buttons, arrows move in the table."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractItemView

from tests.ui.test_accessibility import DIALOGS


@pytest.mark.parametrize("dialog_class", list(DIALOGS), ids=lambda cls: cls.__name__)
def test_read_only_tables_pass_tab_on(qtbot, window, dialog_class):
    dialog = DIALOGS[dialog_class](window)
    qtbot.addWidget(dialog)
    trapping = [
        view.accessibleName() or type(view).__name__
        for view in dialog.findChildren(QAbstractItemView)
        if view.tabKeyNavigation() and view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    ]
    assert trapping == []
    dialog.close()
