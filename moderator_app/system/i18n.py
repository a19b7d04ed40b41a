"""The interface language: which languages ship, which one to use, and installing its translators."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from moderator_app.system.resources import resource
from moderator_app.system.settings import LANGUAGE, read

#: The language setting that means the system's language (system/settings.py LANGUAGE).
SYSTEM = "system"
#: The languages the interface is translated into, with their names in their own language.
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español", "fr": "Français"}
SOURCE_LANGUAGE = "en"
CATALOGUE = "moderator_app"


@dataclass(frozen=True)
class LanguageChoice:
    """What the settings ask for and what that comes to on this machine."""

    setting: str  # "system" or a code from LANGUAGES
    language: str  # the interface language actually used
    locale: QLocale  # dates, times and numbers


def chosen_setting(settings: QSettings | None) -> str:
    value = read(settings, LANGUAGE)
    return value if value in LANGUAGES else SYSTEM


def resolve(setting: str, system: QLocale | None = None) -> LanguageChoice:
    """The language and locale for a setting: the system's when it asks for that and we have it, else English.

    With the system language, the system locale is kept for formats (a Mexican system keeps its own
    dates); an explicit choice uses that language's usual formats.
    """
    system = system if system is not None else QLocale.system()
    if setting in LANGUAGES:
        return LanguageChoice(setting, setting, QLocale(setting))
    code = QLocale.languageToCode(system.language())
    if code in LANGUAGES:
        return LanguageChoice(SYSTEM, code, system)
    # A system language we have no translation for: English words, but the system's formats.
    return LanguageChoice(SYSTEM, SOURCE_LANGUAGE, system)


def translations_folder() -> str:
    return str(resource("translations"))


def qt_translations_folder() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


_installed: list[QTranslator] = []


def install(app: QCoreApplication, choice: LanguageChoice) -> list[str]:
    """Install the app's and Qt's own translators for ``choice`` (replacing earlier ones); returns what loaded.

    Qt's catalogue (qtbase) translates the standard dialogs' buttons (Cancel, Yes, No…).
    """
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(choice.locale)
    loaded: list[str] = []
    if choice.language == SOURCE_LANGUAGE:
        return loaded
    for name, folder in ((CATALOGUE, translations_folder()), ("qtbase", qt_translations_folder())):
        translator = QTranslator(app)
        if translator.load(f"{name}_{choice.language}", folder):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(name)
    return loaded


def apply_settings(app: QCoreApplication, settings: QSettings | None) -> LanguageChoice:
    """Called once at start: the language the settings ask for, installed."""
    choice = resolve(chosen_setting(settings))
    install(app, choice)
    return choice
