"""The printed keyboard card comes from the window's actions and fits on one page."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from moderator_app.system.resources import resource

ROOT = Path(__file__).resolve().parents[2]
CARD = ROOT / "docs" / "keyboard-card.html"
_SPEC = importlib.util.spec_from_file_location("keyboard_card_page", ROOT / "tools" / "keyboard_card_page.py")
assert _SPEC is not None and _SPEC.loader is not None
keyboard_card = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(keyboard_card)


def test_the_card_in_docs_is_what_the_window_s_actions_say(window):
    # After a change of keys or menus: python tools/keyboard_card.py
    assert CARD.read_text(encoding="utf-8") == keyboard_card.card_for_window(window)


def test_the_card_lists_every_shortcut_and_names_the_space_bar_for_all_it_does(window):
    page = keyboard_card.card_for_window(window)
    for _menu, actions in window.actions_by_menu:
        for action in actions:
            for shortcut in action.shortcuts():
                assert f"<b>{shortcut.toString(shortcut.SequenceFormat.NativeText)}" in page.replace(" / ", "<b>")
    assert "Start / pause / resume" in page
    assert window.act["toggle"].text() != "&Start / pause / resume"  # the window's own label is left as it was


def test_the_space_bar_s_name_on_the_card_is_translated_like_the_window_s_menu(window):
    translator = QTranslator()
    assert translator.load(str(resource("translations", "moderator_app_fr.qm")))
    QCoreApplication.installTranslator(translator)
    try:
        page = keyboard_card.card_for_window(window)
    finally:
        QCoreApplication.removeTranslator(translator)
    assert "Démarrer / pause / reprendre" in page


def test_the_card_prints_on_one_page(window, tmp_path):
    page = keyboard_card.card_for_window(window)
    assert keyboard_card.page_count(page) == 1
    pdf = tmp_path / "card.pdf"
    assert keyboard_card.write_pdf(page, pdf) == 1
    assert pdf.read_bytes().startswith(b"%PDF")
