"""Colour arithmetic for accessibility checks: WCAG contrast, colour-blindness simulation, colour difference.

Pure functions on "#rrggbb" strings (no Qt), so the theme's colours can be checked in tests and the
figures quoted in docs/accessibility.md.
"""

from __future__ import annotations

import math

Matrix = tuple[tuple[float, float, float], tuple[float, float, float], tuple[float, float, float]]

#: Machado, Oliveira and Fernandes (2009), "A physiologically-based model for simulation of colour
#: vision deficiency", severity 1.0 (dichromacy). They apply to linear RGB.
MACHADO: dict[str, Matrix] = {
    "protanopia": (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
    "deuteranopia": (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
    "tritanopia": (
        (1.255528, -0.076749, -0.178779),
        (-0.078411, 0.930809, 0.147602),
        (0.004733, 0.691367, 0.303900),
    ),
}


def parse_hex(colour: str) -> tuple[int, int, int]:
    """ "#rrggbb" (or "rrggbb") to three 0–255 integers; anything else is a ValueError."""
    text = colour.strip().removeprefix("#")
    if len(text) != 6:
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)


def to_hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{max(0, min(255, round(c))):02x}" for c in rgb)


def _linear(channel: float) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _encode(linear: float) -> float:
    linear = max(0.0, min(1.0, linear))
    c = linear * 12.92 if linear <= 0.0031308 else 1.055 * linear ** (1 / 2.4) - 0.055
    return c * 255


def relative_luminance(colour: str) -> float:
    """WCAG 2.x relative luminance, 0 (black) to 1 (white)."""
    r, g, b = (_linear(c) for c in parse_hex(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: str, second: str) -> float:
    """WCAG contrast ratio, 1 (same) to 21 (black on white); the order does not matter."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def simulate(colour: str, deficiency: str) -> str:
    """How ``colour`` looks to someone with the given dichromacy (a key of MACHADO)."""
    matrix = MACHADO[deficiency]
    linear = [_linear(c) for c in parse_hex(colour)]
    mixed = tuple(sum(row[i] * linear[i] for i in range(3)) for row in matrix)
    return to_hex((_encode(mixed[0]), _encode(mixed[1]), _encode(mixed[2])))


def to_lab(colour: str) -> tuple[float, float, float]:
    """CIE L*a*b* (D65 white) of an sRGB colour."""
    r, g, b = (_linear(c) for c in parse_hex(colour))
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29

    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def difference(first: str, second: str) -> float:
    """CIE76 colour difference ΔE*ab: about 2.3 is just noticeable; over 20 the two read as different colours."""
    a, b = to_lab(first), to_lab(second)
    return math.dist(a, b)
