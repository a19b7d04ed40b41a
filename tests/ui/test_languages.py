"""The window in Spanish and French: words, keyboard accelerators, messages, dates, numbers and countries."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget

from moderator_app.system import i18n
from moderator_app.system.resources import countries
from moderator_app.ui.common import locale_format
from moderator_app.ui.dialogs.participant_dialog import ParticipantDialog
from moderator_app.ui.dialogs.preferences import ask_restart
from moderator_app.ui.handlers.live import import_choice_box


@pytest.fixture
def language(qapp) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """Switch the interface language for one test; back to English and the system locale after."""
    loaded: list[list[str]] = []

    def switch(code: str) -> list[str]:
        loaded.append(i18n.install(qapp, i18n.resolve(code)))
        return loaded[-1]

    yield switch
    i18n.install(qapp, i18n.resolve("en"))
    QLocale.setDefault(QLocale.system())


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _menus(window):  # type: ignore[no-untyped-def]
    return [action.menu() for action in window.menuBar().actions() if action.menu() is not None]


def test_the_system_language_is_used_when_there_is_a_translation():
    assert i18n.resolve(i18n.SYSTEM, QLocale("es_MX")).language == "es"
    assert i18n.resolve(i18n.SYSTEM, QLocale("es_MX")).locale.name() == "es_MX"  # Mexican formats kept
    assert i18n.resolve(i18n.SYSTEM, QLocale("fr_CA")).language == "fr"


def test_an_untranslated_system_language_gets_english_words_and_its_own_formats():
    choice = i18n.resolve(i18n.SYSTEM, QLocale("de_DE"))
    assert choice.language == "en" and choice.locale.name() == "de_DE"


def test_a_chosen_language_wins_over_the_system():
    assert i18n.resolve("fr", QLocale("es_ES")).language == "fr"


@pytest.mark.parametrize("code", ["es", "fr"])
def test_the_app_and_qt_catalogues_load_for_each_language(language, code):
    assert language(code) == [i18n.CATALOGUE, "qtbase"]
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.buttons()[0].text().replace("&", "") == {"es": "Cancelar", "fr": "Annuler"}[code]


def test_english_needs_no_catalogue(language):
    assert language("en") == []


@pytest.mark.parametrize("code", ["es", "fr"])
def test_menus_are_translated_with_accelerators_unique_in_each_menu(language, make_window, code):
    language(code)
    window = make_window()
    titles = [menu.title() for menu in _menus(window)]
    expected_first = {"es": "&Archivo", "fr": "&Fichier"}[code]
    assert titles[0] == expected_first
    letters = [_mnemonic(title) for title in titles]
    assert None not in letters and len(set(letters)) == len(letters), titles
    for menu in _menus(window):
        items = [a.text() for a in menu.actions() if not a.isSeparator() and _mnemonic(a.text())]
        keys = [_mnemonic(text) for text in items]
        assert len(set(keys)) == len(keys), (menu.title(), items)


def test_every_menu_command_reads_in_spanish(language, make_window):
    language("es")
    window = make_window()
    english_words = {"&Quit", "&Undo queue change", "&Find in roster", "&Next speaker", "&Quick note", "S&tage"}
    texts = {a.text() for menu in _menus(window) for a in menu.actions()} | {m.title() for m in _menus(window)}
    assert not texts & english_words
    assert "&Salir" in texts and "&Buscar en la lista" in texts
    assert window.next_label.text().startswith(("Siguiente", "Cola vacía"))


def test_plural_messages_of_the_window_read_in_spanish(language, make_window):
    """A %n message is found only under the context of the class that says it (NextSpeakers)."""
    language("es")
    window = make_window()
    assert len(window.bridge.console.snapshot.queue) > 3  # the demo queue: some wait beyond the three named
    assert "más en espera" in window.next_label.text()
    assert "more waiting" not in window.next_label.text()


def test_a_console_message_is_shown_in_the_interface_language(language, make_window):
    language("fr")
    window = make_window()
    while window.bridge.console.can_undo_queue:
        window.bridge.console.undo_queue()
    window.bridge.run(window.bridge.console.undo_queue)
    assert "Rien à annuler dans la file" in window.message_label.text()


def test_dates_times_and_numbers_follow_the_chosen_locale(language):
    moment = datetime(2026, 11, 26, 19, 5, 7, tzinfo=UTC)
    language("fr")
    assert locale_format.date_text(date(2026, 11, 26)) == "26/11/2026"
    assert locale_format.number(1234.5, 1) == "1\u202f234,5"
    assert re.fullmatch(r"\d\d:05:07", locale_format.time_text(moment))
    language("es")
    assert locale_format.number(12345) == "12.345"
    language("en")
    assert locale_format.date_text(date(2026, 11, 26)) == "11/26/2026"


def test_the_c_locale_of_a_bare_system_writes_iso_dates_and_24_hour_times(language):
    QLocale.setDefault(QLocale.c())
    assert locale_format.date_text(date(2026, 11, 26)) == "2026-11-26"
    assert re.fullmatch(r"\d\d:05:07", locale_format.time_text(datetime(2026, 11, 26, 19, 5, 7, tzinfo=UTC)))


def test_countries_are_listed_and_typed_in_the_chosen_language(language, qtbot):
    language("es")
    dialog = ParticipantDialog(countries())
    qtbot.addWidget(dialog)
    names = [dialog.country_combo.itemText(i) for i in range(dialog.country_combo.count())]
    assert "Alemania (DE)" in names
    assert names.index("Alemania (DE)") < names.index("Austria (AT)")  # sorted in Spanish, not by English name
    dialog.country_combo.setEditText("Allemagne")  # a French name typed in a Spanish window still counts
    assert dialog.current_draft().country == "DE"


def test_the_window_in_each_language_has_no_untranslated_tooltip_language_mix(language, make_window):
    """The toolbar buttons' accessible names follow the language (screen readers read them)."""
    language("es")
    window = make_window()
    names = [window.toolbar.widgetForAction(a).accessibleName() for a in window.toolbar.actions()]
    assert "Siguiente orador" in names
    assert QApplication.translate("labels", "Point of order") == "Cuestión de orden"


@pytest.mark.parametrize("code", ["en", "es", "fr"])
def test_each_form_uses_an_accelerator_once_in_every_language(language, qtbot, code):
    from PySide6.QtWidgets import QAbstractButton, QLabel, QTabWidget

    from moderator_app.domain.session import Session
    from moderator_app.ui.dialogs.preferences import Preferences, PreferencesDialog
    from moderator_app.ui.dialogs.session_dialog import SessionDialog

    language(code)
    for dialog in (
        SessionDialog(Session(id="s", title="t"), []),
        ParticipantDialog(countries()),
        PreferencesDialog(Preferences()),
    ):
        qtbot.addWidget(dialog)
        texts = [w.text() for w in [*dialog.findChildren(QLabel), *dialog.findChildren(QAbstractButton)]]
        for tabs in dialog.findChildren(QTabWidget):
            texts += [tabs.tabText(i) for i in range(tabs.count())]
        keys = [key for key in map(_mnemonic, texts) if key]
        assert len(keys) == len(set(keys)), (type(dialog).__name__, texts)


def test_the_roster_filter_finds_people_by_their_country_in_the_interface_language(language, make_window, qtbot):
    language("es")
    window = make_window()
    with_country = [p for p in window.bridge.console.snapshot.participants if p.country]
    assert with_country
    model = window.roster_panel.model
    column = model.COUNTRY
    shown = {model.index(r, column).data() for r in range(model.rowCount())}
    person = with_country[0]
    label = next(text for text in shown if text.endswith(f"({person.country})"))
    name_in_spanish = label.rsplit(" (", 1)[0]
    window.roster_panel.filter_edit.setText(name_in_spanish)
    assert window.roster_panel.proxy.rowCount() >= 1
    assert window.roster_panel.proxy.rowCount() < model.rowCount()


def test_the_getting_started_guide_and_the_hand_over_message_read_in_the_interface_language(
    language, make_window, qtbot
):
    from moderator_app.ui.dialogs.first_run import show_guide
    from moderator_app.ui.single_instance import bring_to_front

    language("es")
    window = make_window()
    guide = show_guide(window, window.settings)
    assert guide.windowTitle() == "Primeros pasos"
    assert guide.title.text() == "Bienvenida"
    assert guide.body.text().startswith("Esta es la sesión de demostración")
    assert guide.next_button.text() == "&Siguiente"
    guide.go(len(guide.steps) - 1)
    assert guide.title.text() == "El informe" and guide.next_button.text() == "&Listo"
    guide.close()
    assert bring_to_front(window, None) is None
    assert "esta es la ventana en uso" in window.message_label.text()


@pytest.mark.parametrize("code", ["es", "fr"])
def test_the_window_fits_1280_by_720_in_every_language(language, make_window, qtbot, code):
    """Longer Spanish and French labels make the docks' panels scroll sideways, never widen the window."""
    from PySide6.QtWidgets import QScrollArea

    language(code)
    window = make_window()
    window.resize(1280, 720)
    window._default_dock_sizes()
    qtbot.wait(50)
    assert window.width() <= 1280 and window.height() <= 720
    # A panel narrower than its content scrolls (its content keeps the width its words need).
    for area in window.findChildren(QScrollArea):
        content = area.widget()
        if content is not None and area.objectName().endswith("Scroll"):
            assert content.width() >= min(content.minimumSizeHint().width(), content.sizeHint().width()) - 1


def test_the_merge_choice_and_the_restart_question_read_in_spanish(language, qtbot, monkeypatch):
    """Both are built outside their classes, and must keep the catalogue's contexts for these texts."""
    language("es")
    box, choices = import_choice_box("La sesión ya está aquí.")
    qtbot.addWidget(box)
    assert box.windowTitle() == "Importar archivo de sesión"
    assert [button.text() for button in choices] == ["Combinar", "Reemplazar la de aquí", "Importar como copia"]
    asked: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append((box.windowTitle(), _texts(box))) or 0)
    host = QWidget()
    qtbot.addWidget(host)
    ask_restart(host)  # a plain widget: its window() is itself, and it is not closed
    assert asked == [("Idioma", ["&Reiniciar ahora", "&Más tarde"])]


def _texts(box: QMessageBox) -> list[str]:
    return [button.text() for button in box.buttons()]
