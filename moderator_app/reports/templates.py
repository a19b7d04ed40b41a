"""Report templates: built-in folders under resources/templates/, the user's own in <data dir>/templates/.

A template is a folder holding ``template.toml`` (title, description, the sections and where each
section's draft comes from) and two Jinja2 files, ``report.md.j2`` and ``report.html.j2``. A user's
folder with the same name as a built-in one replaces it. Folders whose name starts with ``_`` are
shared pieces (style, macros), not templates. No Qt here.
"""

from __future__ import annotations

import base64
import functools
import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup, escape

from moderator_app.domain.formatting import clock_text
from moderator_app.reports.language import ENGLISH, ReportLanguage
from moderator_app.reports.model import INCLUDABLE_BLOCKS, SECTION_SOURCES, SectionSpec, TemplateInfo
from moderator_app.reports.toml_files import read_toml
from moderator_app.resources import resource

MANIFEST = "template.toml"
MARKDOWN_FILE = "report.md.j2"
HTML_FILE = "report.html.j2"
TEMPLATE_FILES = (MARKDOWN_FILE, HTML_FILE)
DEFAULT_TEMPLATE = "igf-workshop"
_KEY = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


class TemplateError(ValueError):
    """A template cannot be used; the message names the file (and line, when known) and what to fix."""


class UnknownTemplateError(TemplateError, LookupError):
    """No template of that name, built-in or the user's."""


def builtin_templates_dir() -> Path:
    """The folder of the bundled templates (a real folder in a checkout, a wheel or a bundle)."""
    return Path(str(resource("templates")))


def user_templates_dir(data_dir: Path) -> Path:
    """Where a user's own templates live: the ``templates`` folder inside the data folder."""
    return data_dir / "templates"


# -- reading template.toml ---------------------------------------------------------------------------


def _read_manifest(folder: Path, *, builtin: bool) -> TemplateInfo:
    manifest = folder / MANIFEST
    try:
        data = read_toml(manifest, TemplateError)
    except FileNotFoundError:
        raise TemplateError(
            f"{manifest}: missing; a template folder needs {MANIFEST}, {MARKDOWN_FILE} and {HTML_FILE}."
        ) from None

    def fail(message: str) -> TemplateError:
        return TemplateError(f"{manifest}: {message}")

    title = data.get("title")
    if not isinstance(title, str) or not title.strip():
        raise fail('needs a title, for example: title = "My report".')
    description = data.get("description", "")
    if not isinstance(description, str):
        raise fail("description must be text in quotes.")
    raw_sections = data.get("sections")
    if not isinstance(raw_sections, list) or not raw_sections:
        raise fail("needs at least one [[sections]] table with key, title and source.")
    sections: list[SectionSpec] = []
    for number, entry in enumerate(raw_sections, start=1):
        where = f"section {number}"
        if not isinstance(entry, dict):
            raise fail(f"{where} must be a [[sections]] table.")
        key, section_title = entry.get("key"), entry.get("title")
        source, hint = entry.get("source", "free"), entry.get("hint", "")
        if not isinstance(key, str) or not _KEY.match(key):
            raise fail(f"{where}: key {key!r} must be lower-case letters, digits and _ (starting with a letter).")
        where = f"section {number} ({key})"
        if any(s.key == key for s in sections):
            raise fail(f"{where}: the key is used twice; each section needs its own key.")
        if not isinstance(section_title, str) or not section_title.strip():
            raise fail(f"{where}: needs a title.")
        if source not in SECTION_SOURCES:
            raise fail(f"{where}: source {source!r} is not known; use one of: {', '.join(SECTION_SOURCES)}.")
        if not isinstance(hint, str):
            raise fail(f"{where}: hint must be text in quotes.")
        sections.append(SectionSpec(key=key, title=section_title.strip(), source=source, hint=hint.strip()))
    includes = data.get("includes", list(INCLUDABLE_BLOCKS))
    if not isinstance(includes, list) or any(item not in INCLUDABLE_BLOCKS for item in includes):
        raise fail(f"includes must be a list drawn from: {', '.join(INCLUDABLE_BLOCKS)}.")
    for name in TEMPLATE_FILES:
        if not (folder / name).is_file():
            raise TemplateError(f"{folder / name}: missing; a template folder needs {name}.")
    return TemplateInfo(
        name=folder.name,
        title=title.strip(),
        description=description.strip(),
        sections=tuple(sections),
        folder=folder,
        builtin=builtin,
        includes=tuple(includes),
    )


def _check_syntax(info: TemplateInfo) -> None:
    """Compile both Jinja files now, so a typo shows up when the template is chosen, with its line."""
    environment = make_environment(info)
    for name in TEMPLATE_FILES:
        try:
            environment.get_template(name)
        except jinja2.TemplateSyntaxError as error:
            where = error.filename or str(info.folder / name)
            raise TemplateError(f"{where}, line {error.lineno}: {error.message}") from None
        except jinja2.TemplateNotFound as error:
            raise TemplateError(f"{info.folder / name}: includes {error.name!r}, which does not exist.") from None


def _template_folders(root: Path | None) -> list[Path]:
    if root is None or not root.is_dir():
        return []
    return sorted((p for p in root.iterdir() if p.is_dir() and not p.name.startswith(("_", "."))), key=lambda p: p.name)


def _load_folder(folder: Path, *, builtin: bool) -> TemplateInfo:
    info = _read_manifest(folder, builtin=builtin)
    _check_syntax(info)
    return info


def scan_templates(user_dir: Path | None) -> tuple[list[TemplateInfo], list[TemplateError]]:
    """Every usable template (a user's folder replaces a built-in of the same name), and the broken ones."""
    found: dict[str, TemplateInfo] = {}
    problems: list[TemplateError] = []
    for folder in _template_folders(builtin_templates_dir()):
        found[folder.name] = _load_folder(folder, builtin=True)
    for folder in _template_folders(user_dir):
        try:
            found[folder.name] = _load_folder(folder, builtin=False)
        except TemplateError as error:
            problems.append(error)
    return sorted(found.values(), key=lambda t: (t.name != DEFAULT_TEMPLATE, t.name)), problems


def list_templates(user_dir: Path | None) -> list[TemplateInfo]:
    """The usable templates, the default (igf-workshop) first; broken user folders are left out."""
    return scan_templates(user_dir)[0]


def load_template(name: str, user_dir: Path | None) -> TemplateInfo:
    """The user's template of that name if there is one (raising if it is broken), else the built-in."""
    if _NAME.match(name):
        if user_dir is not None and (user_dir / name).is_dir():
            return _load_folder(user_dir / name, builtin=False)
        builtin = builtin_templates_dir() / name
        if builtin.is_dir() and not name.startswith("_"):
            return _load_folder(builtin, builtin=True)
    available = ", ".join(t.name for t in list_templates(user_dir))
    raise UnknownTemplateError(f"there is no report template {name!r}; available: {available}.")


# -- Jinja ----------------------------------------------------------------------------------------------

#: Characters Markdown could read as formatting, anywhere in a line: each gets a backslash.
_MD_SPECIAL = str.maketrans({char: "\\" + char for char in "\\`*_[]#<>|~"})
#: Line starts Markdown reads as a list, a quote or a heading underline.
_MD_LINE_START = re.compile(r"^(\s*)([-+=]|\d+(?=[.)]))")


def md_escape(value: object) -> str:
    """User text made literal in Markdown: formatting characters get a backslash, words stay readable."""
    lines = []
    for line in str(value).translate(_MD_SPECIAL).split("\n"):
        match = _MD_LINE_START.match(line)
        if match:
            start = match.end()
            if match.group(2).isdigit():
                # "1. text" becomes "1\. text": the number stays, the list marker goes.
                line = line[:start] + "\\" + line[start:]
            else:
                line = line[: match.start(2)] + "\\" + line[match.start(2) :]
        lines.append(line)
    return "\n".join(lines)


def _bullet_blocks(text: str) -> list[tuple[str, list[str]]]:
    """Split section text into paragraphs ("p", lines) and lists ("ul", items): '- ' starts an item."""
    blocks: list[tuple[str, list[str]]] = []
    for raw in str(text).replace("\r\n", "\n").split("\n"):
        line = raw.rstrip()
        if not line.strip():
            blocks.append(("", []))
            continue
        is_item = line.lstrip().startswith(("- ", "• "))
        kind = "ul" if is_item else "p"
        content = line.lstrip()[2:].strip() if is_item else line.strip()
        if blocks and blocks[-1][0] == kind:
            blocks[-1][1].append(content)
        else:
            blocks.append((kind, [content]))
    return [block for block in blocks if block[0]]


def md_block(value: object) -> str:
    """Section text as Markdown: '- ' lines stay bullet points, everything else is literal text."""
    out: list[str] = []
    for kind, lines in _bullet_blocks(str(value)):
        if kind == "ul":
            out.append("\n".join("- " + md_escape(line) for line in lines))
        else:
            out.append("  \n".join(md_escape(line) for line in lines))
    return "\n\n".join(out)


def html_block(value: object) -> Markup:
    """Section text as HTML: '- ' lines become a list, other lines paragraphs; all of it escaped."""
    out: list[str] = []
    for kind, lines in _bullet_blocks(str(value)):
        if kind == "ul":
            out.append("<ul>" + "".join(f"<li>{escape(line)}</li>" for line in lines) + "</ul>")
        else:
            out.append("<p>" + "<br>".join(str(escape(line)) for line in lines) + "</p>")
    return Markup("\n".join(out))


def data_uri(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def _language(context: Any) -> ReportLanguage:
    language = context.get("language")
    return language if isinstance(language, ReportLanguage) else ENGLISH


@jinja2.pass_context
def percent(context: Any, share: float | None) -> str:
    """A share as a percentage the report's language writes ('42%', '42 %')."""
    return _language(context).percent(share)


@jinja2.pass_context
def date_time(context: Any, moment: datetime) -> str:
    """'21 December 2017, 10:30' in the report's language."""
    return _language(context).date_time(moment)


def minutes_seconds(seconds: float) -> str:
    return clock_text(seconds)


FILTERS: dict[str, Callable[..., Any]] = {
    "md": md_escape,
    "md_block": md_block,
    "html_block": html_block,
    "data_uri": data_uri,
    "pct": percent,
    "date_time": date_time,
    "mss": minutes_seconds,
}


def _autoescape(template_name: str | None) -> bool:
    return template_name is not None and template_name.endswith((".html.j2", ".html"))


def make_environment(template: TemplateInfo) -> jinja2.Environment:
    """Jinja2 for one template: its folder first, then the built-in folder (for _shared/ pieces).

    HTML files are autoescaped; Markdown files are not, so they must pass user text through ``md``
    or ``md_block``. Undefined names are errors, never silent blanks.

    One environment per template folder, kept for the process: Jinja compiles each file once and
    recompiles it only when the file changed on disk (its auto-reload check), so choosing a template
    and every export after it do not parse and compile the files again.
    """
    return _environment(str(template.folder), str(builtin_templates_dir()))


@functools.lru_cache(maxsize=32)
def _environment(folder: str, builtin_folder: str) -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader([folder, builtin_folder], encoding="utf-8"),
        autoescape=_autoescape,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters.update(FILTERS)
    return environment
