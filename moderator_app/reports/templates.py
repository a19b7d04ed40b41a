"""Report templates: built-in folders under resources/templates/, the user's own in <data dir>/templates/.

A template is a folder holding ``template.toml`` (title, description, the sections and where each
section's draft comes from) and two Jinja2 files, ``report.md.j2`` and ``report.html.j2``, rendered
in the sandbox of reports/sandbox.py. A user's folder with the name of a built-in one is refused,
never used in its place. Folders whose name starts with ``_`` are shared pieces (style, macros),
not templates. No Qt here.
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
from moderator_app.reports.model import (
    DEFAULT_INCLUDES,
    INCLUDABLE_BLOCKS,
    SECTION_SOURCES,
    SectionSpec,
    TemplateInfo,
)
from moderator_app.reports.sandbox import ContainedLoader, ReportSandbox
from moderator_app.reports.toml_files import read_toml
from moderator_app.system.resources import resource

MANIFEST = "template.toml"
MARKDOWN_FILE = "report.md.j2"
HTML_FILE = "report.html.j2"
TEMPLATE_FILES = (MARKDOWN_FILE, HTML_FILE)
DEFAULT_TEMPLATE = "igf-workshop"
_KEY = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


class TemplateError(ValueError):
    """A template cannot be used; the message names the file (and line, when known) and what to fix."""

    #: The user's template folder at fault, when the error is about one (set by ``scan_templates``).
    folder: Path | None = None


class UnknownTemplateError(TemplateError, LookupError):
    """No template of that name, built-in or the user's."""


class BuiltinNameClash(TemplateError):
    """A user's template folder named like a built-in template: refused, never used in its place."""

    def __init__(self, folder: Path, message: str) -> None:
        self.folder = folder
        super().__init__(message)


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
    includes = data.get("includes", list(DEFAULT_INCLUDES))
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
        except (jinja2.TemplateError, UnicodeDecodeError, OSError) as error:
            raise template_problem(info, name, error) from None


def template_problem(info: TemplateInfo, file_name: str, error: BaseException) -> TemplateError:
    """The one-line error for a template that failed to load or render: template, file, line, problem.

    ``file_name`` is the file being loaded or rendered; the line is the one in the file (it may be
    an included or imported one) where Jinja was when it failed, when that is known.
    """
    where, line = _where(info, file_name, error)
    if isinstance(error, jinja2.TemplateSyntaxError):
        problem = error.message or str(error)
    elif isinstance(error, jinja2.TemplateNotFound):
        problem = (
            f"includes {error.name!r}, which is neither in the template's folder nor among the "
            "built-in pieces (_shared/…); check the name."
        )
    elif isinstance(error, jinja2.UndefinedError):
        problem = f"{error.message}; check the name (docs/reports.md lists what a template can use)."
    elif isinstance(error, UnicodeDecodeError):
        problem = "is not UTF-8 text; save it as UTF-8."
    elif isinstance(error, RecursionError):
        problem = "a macro calls itself without end."
    else:
        problem = str(error) or type(error).__name__
    at = f", line {line}" if line else ""
    return TemplateError(f"report template {info.name!r}: {where}{at}: {problem}")


def _where(info: TemplateInfo, file_name: str, error: BaseException) -> tuple[str, int | None]:
    if isinstance(error, jinja2.TemplateSyntaxError) and error.filename:
        return error.filename, error.lineno
    if isinstance(error, UnicodeDecodeError | OSError) and not isinstance(error, jinja2.TemplateNotFound):
        return str(getattr(error, "filename", None) or info.folder / file_name), None
    # Jinja rewrites a render's traceback so each template frame carries the file's name and line:
    # the innermost such frame is where the template was.
    folders = (str(info.folder), str(builtin_templates_dir()))
    found: tuple[str, int | None] = (str(info.folder / file_name), None)
    traceback = error.__traceback__
    while traceback is not None:
        name = traceback.tb_frame.f_code.co_filename
        if name.startswith(folders):
            found = (name, traceback.tb_lineno)
        traceback = traceback.tb_next
    return found


def _template_folders(root: Path | None) -> list[Path]:
    if root is None or not root.is_dir():
        return []
    return sorted((p for p in root.iterdir() if p.is_dir() and not p.name.startswith(("_", "."))), key=lambda p: p.name)


def _load_folder(folder: Path, *, builtin: bool) -> TemplateInfo:
    info = _read_manifest(folder, builtin=builtin)
    _check_syntax(info)
    return info


def scan_templates(user_dir: Path | None) -> tuple[list[TemplateInfo], list[TemplateError]]:
    """Every usable template, and the user's folders that cannot be used (broken, or named like a built-in)."""
    found: dict[str, TemplateInfo] = {}
    problems: list[TemplateError] = []
    for folder in _template_folders(builtin_templates_dir()):
        found[folder.name] = _load_folder(folder, builtin=True)
    for folder in _template_folders(user_dir):
        clash = _builtin_clash(folder)
        if clash is not None:
            problems.append(clash)
            continue
        try:
            found[folder.name] = _load_folder(folder, builtin=False)
        except TemplateError as error:
            error.folder = folder
            problems.append(error)
    return sorted(found.values(), key=lambda t: (t.name != DEFAULT_TEMPLATE, t.name)), problems


def _builtin_clash(folder: Path) -> BuiltinNameClash | None:
    """The refusal for a user's folder that has a built-in template's name (in any letter case)."""
    builtins = {p.name.casefold(): p.name for p in _template_folders(builtin_templates_dir())}
    builtin = builtins.get(folder.name.casefold())
    if builtin is None:
        return None
    return BuiltinNameClash(
        folder,
        f"{folder}: has the name of the built-in template {builtin!r}, so it is not used (your templates "
        f"never replace a built-in one); rename the folder, for example to '{folder.name}-mine', to use it.",
    )


def builtin_clash(name: str, user_dir: Path | None) -> BuiltinNameClash | None:
    """The refusal for the user's folder ``name`` when it has a built-in's name (for a warning), else None."""
    if user_dir is None or not _NAME.match(name) or not (user_dir / name).is_dir():
        return None
    return _builtin_clash(user_dir / name)


def list_templates(user_dir: Path | None) -> list[TemplateInfo]:
    """The usable templates, the default (igf-workshop) first; the user's unusable folders are left out."""
    return scan_templates(user_dir)[0]


def load_template(name: str, user_dir: Path | None) -> TemplateInfo:
    """The built-in template of that name if there is one, else the user's (raising if it is broken).

    A user's folder never replaces a built-in: exchanged templates are untrusted, and one that took
    a built-in's name would run in its place without the user seeing it (``builtin_clash`` says so).
    """
    if _NAME.match(name):
        builtin = builtin_templates_dir() / name
        if builtin.is_dir() and not name.startswith("_"):
            return _load_folder(builtin, builtin=True)
        if user_dir is not None and (user_dir / name).is_dir():
            clash = _builtin_clash(user_dir / name)
            if clash is not None:
                raise clash
            return _load_folder(user_dir / name, builtin=False)
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
def number(context: Any, value: int) -> str:
    """A whole number with the report's language's thousands separator ('1,250', '1.250')."""
    return _language(context).number(value)


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
    "number": number,
    "date_time": date_time,
    "mss": minutes_seconds,
}


def _autoescape(template_name: str | None) -> bool:
    return template_name is not None and template_name.endswith((".html.j2", ".html"))


def make_environment(template: TemplateInfo) -> jinja2.Environment:
    """The sandboxed Jinja2 for one template (reports/sandbox.py): its folder first, then the built-in folder.

    The built-in folder is there for the _shared/ pieces. HTML files are autoescaped; Markdown files
    are not, so they must pass user text through ``md`` or ``md_block``. Undefined names are errors,
    never silent blanks.

    One environment per template folder, kept for the process: Jinja compiles each file once and
    recompiles it only when the file changed on disk (its auto-reload check), so choosing a template
    and every export after it do not parse and compile the files again.
    """
    return _environment(str(template.folder), str(builtin_templates_dir()))


@functools.lru_cache(maxsize=32)
def _environment(folder: str, builtin_folder: str) -> jinja2.Environment:
    return ReportSandbox(
        filters=FILTERS,
        loader=ContainedLoader([folder, builtin_folder], encoding="utf-8"),
        autoescape=_autoescape,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
