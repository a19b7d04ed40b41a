"""The printed keyboard card comes from the window's actions and fits on one page."""

from __future__ import annotations

from pathlib import Path

from moderator_app.ui import keyboard_card

CARD = Path(__file__).resolve().parents[2] / "docs" / "keyboard-card.html"


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
    assert window.act_toggle.text() != "&Start / pause / resume"  # the window's own label is left as it was


def test_the_card_prints_on_one_page(window, tmp_path):
    page = keyboard_card.card_for_window(window)
    assert keyboard_card.page_count(page) == 1
    pdf = tmp_path / "card.pdf"
    assert keyboard_card.write_pdf(page, pdf) == 1
    assert pdf.read_bytes().startswith(b"%PDF")
