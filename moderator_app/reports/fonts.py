"""The bundled report fonts (DejaVu Sans, Droid Sans Fallback) loaded into Qt, and the report's QFont.

Reports carry names in Arabic, Chinese and accented Latin. The machine's own fonts vary (a bare
Linux box may have none with CJK glyphs), so the PDF/ODT renderers and the charts use fonts that
ship with the app: DejaVu Sans covers Latin, Greek, Cyrillic and Arabic; Droid Sans Fallback
covers Chinese, Japanese and Korean. Qt picks the first family in the list that has a glyph.

Needs a QGuiApplication (the GUI's QApplication counts); ``charts.ensure_app()`` makes one for
headless use. Imports QtGui only, never QtWidgets.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from moderator_app.system.resources import resource

#: The bundled font files, in the order their families are tried.
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DroidSansFallbackFull.ttf")
#: The families those files hold, in fallback order: Latin and Arabic first, then CJK.
REPORT_FAMILIES = ("DejaVu Sans", "Droid Sans Fallback")
#: Point size of body text in the printed report.
REPORT_POINT_SIZE = 10.0

_loaded_families: tuple[str, ...] | None = None


def register_fonts() -> tuple[str, ...]:
    """Load the bundled fonts into QFontDatabase once; return the family names they provide.

    Raises RuntimeError without a QGuiApplication: Qt's font database needs one, and creating
    an application behind the caller's back is not this module's business.
    """
    global _loaded_families
    if QGuiApplication.instance() is None:
        raise RuntimeError("register_fonts() needs a QGuiApplication; call charts.ensure_app() first")
    if _loaded_families is not None:
        return _loaded_families
    families: list[str] = []
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFontFromData(resource("fonts", name).read_bytes())
        if font_id < 0:
            raise RuntimeError(f"Qt could not load the bundled font {name}")
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    _loaded_families = tuple(families)
    return _loaded_families


def report_font(point_size: float = REPORT_POINT_SIZE, *, bold: bool = False) -> QFont:
    """The report's font: DejaVu Sans, falling back to Droid Sans Fallback for CJK, then Qt's default."""
    register_fonts()
    font = QFont()
    font.setFamilies(list(REPORT_FAMILIES))
    font.setPointSizeF(point_size)
    font.setBold(bold)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    return font
