"""The colour arithmetic behind the accessibility checks, and the theme's phase colours measured with it."""

from __future__ import annotations

import itertools

import pytest

from moderator_app.ui.common.theme import THEMES
from tests.colour_vision import MACHADO, contrast_ratio, difference, relative_luminance, simulate


def test_contrast_ratio_matches_the_wcag_reference_values():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    # WCAG's own example: #767676 on white is the lightest grey that passes 4.5:1.
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert relative_luminance("#ff0000") == pytest.approx(0.2126)


def test_simulation_keeps_greys_and_merges_red_and_green_for_dichromats():
    for deficiency in MACHADO:
        assert difference(simulate("#808080", deficiency), "#808080") < 1.5  # each matrix row sums to 1
    # Pure red and a green of the same lightness are far apart for most people, close for a deuteranope.
    red, green = "#d00000", "#5a8a00"
    assert difference(red, green) > 60
    assert difference(simulate(red, "deuteranopia"), simulate(green, "deuteranopia")) < 25
    # Blue and yellow stay apart for protanopes and deuteranopes.
    for deficiency in ("protanopia", "deuteranopia"):
        assert difference(simulate("#1d4ed8", deficiency), simulate("#fbbf24", deficiency)) > 60


def test_bad_colour_text_is_refused():
    with pytest.raises(ValueError, match="not a #rrggbb"):
        contrast_ratio("red", "#ffffff")


@pytest.mark.parametrize("theme", list(THEMES.values()), ids=list(THEMES))
def test_every_phase_colour_reads_against_its_text_at_4_5_to_1(theme):
    for key, (background, text) in theme.phases.items():
        assert contrast_ratio(background, text) >= 4.5, (theme.name, key)


@pytest.mark.parametrize("theme", list(THEMES.values()), ids=list(THEMES))
@pytest.mark.parametrize("deficiency", [None, *MACHADO])
def test_the_running_phases_and_pause_stay_apart_for_colour_blind_eyes(theme, deficiency):
    keys = ("normal", "warning", "overtime", "paused")
    seen = {
        key: theme.phases[key][0] if deficiency is None else simulate(theme.phases[key][0], deficiency) for key in keys
    }
    close = [(a, b, round(difference(seen[a], seen[b]))) for a, b in itertools.combinations(keys, 2)]
    assert [pair for pair in close if pair[2] < 20] == []


@pytest.mark.parametrize("theme", list(THEMES.values()), ids=list(THEMES))
def test_the_window_text_and_focus_ring_stand_out(theme):
    assert contrast_ratio(theme.text, theme.window) >= 7
    assert contrast_ratio(theme.text, theme.base) >= 7
    assert contrast_ratio(theme.focus, theme.window) >= 3  # WCAG 2.2 focus appearance
    assert contrast_ratio(theme.highlight, theme.highlighted_text) >= 4.5
