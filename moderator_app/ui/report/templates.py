"""The report window's list of templates: the built-ins, the user's own by folder, and those that cannot be used."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox

from moderator_app.reports.language import ReportLanguageError, language_for_locale, report_language
from moderator_app.reports.templates import BuiltinNameClash, TemplateError, scan_templates
from moderator_app.ui.common import message_box

# Written out as translate(context, text) at each call so lupdate can extract the strings; the
# context stays the window's, where these texts were first translated.
translate = QCoreApplication.translate


def fill_template_list(combo: QComboBox, user_dir: Path) -> None:
    """Every usable template (item data: its name), then each of the user's folders that cannot be used.

    A user's template carries its folder's name, since two may have the same title. A folder that
    cannot be used (broken, or named like a built-in) is listed greyed, with the reason as its
    tooltip: it is never silently left out.
    """
    templates, problems = scan_templates(user_dir)
    interface = language_for_locale(QLocale().name())
    for template in templates:
        # The template's title in the window's language, from the template's own catalog.
        try:
            title = report_language(interface, template).t(template.title)
        except ReportLanguageError:
            title = template.title  # a user's broken catalog: the report says so when it is built
        if not template.builtin:
            title = translate("ReportWindow", "%1 (yours: %2)").replace("%1", title).replace("%2", template.name)
        combo.addItem(title, template.name)
        combo.setItemData(combo.count() - 1, message_box.plain_tip(template.description), Qt.ItemDataRole.ToolTipRole)
    for problem in problems:
        _add_unusable(combo, problem)


def _add_unusable(combo: QComboBox, problem: TemplateError) -> None:
    name = problem.folder.name if problem.folder is not None else "?"
    if isinstance(problem, BuiltinNameClash):
        text = translate("ReportWindow", "⚠ %1 (your folder): not used, a built-in template has this name")
    else:
        text = translate("ReportWindow", "⚠ %1 (your folder): cannot be used, it has an error")
    combo.addItem(text.replace("%1", name))
    row = combo.count() - 1
    combo.setItemData(row, message_box.plain_tip(str(problem)), Qt.ItemDataRole.ToolTipRole)
    combo.setItemData(row, str(problem), Qt.ItemDataRole.AccessibleDescriptionRole)
    model = combo.model()
    # A combo box made without a model of ours has its own QStandardItemModel, one item per row.
    assert isinstance(model, QStandardItemModel), "the template combo keeps Qt's own model"
    item = model.item(row)
    assert item is not None, "the row was just added"
    item.setEnabled(False)
