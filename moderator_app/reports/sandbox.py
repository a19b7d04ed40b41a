"""The Jinja2 sandbox every report template runs in: templates are exchanged between people, so untrusted.

What a template can reach is listed here, not everything Python would hand it:

- attributes: the public fields of the report's data classes (``reports.model``), a few documented
  methods (``report.section``, ``language.t``…), side-effect-free methods of text, dates, dicts and
  tuples (``strip``, ``lower``, ``get``, ``items``, ``strftime``…) and Jinja's own loop and macro
  objects. Everything else, including any name starting with ``_``, ``str.format`` and every
  attribute of a path, is a ``SecurityError`` raised where the template uses it;
- globals: none (no ``range``, ``cycler``, ``joiner``, ``namespace``, ``lipsum``, ``dict``);
- filters: the report's own and the bounded ones of Jinja's built-ins (``BUILTIN_FILTERS``);
- files: the loader reads only files that are really inside the template's folder or the built-in
  one (a symbolic link out of them is refused), at most ``MAX_TEMPLATE_BYTES`` each.

Resource limits, per render: every text or list a template makes is at most ``MAX_TEXT_CHARS``
characters or ``MAX_ITEMS`` items (``*``, ``+``, ``~``, ``%`` and the filters are checked), whole
numbers at most ``MAX_INT_BITS`` bits, the output at most ``MAX_TEXT_CHARS``; loop iterations,
calls and operators together at most ``MAX_STEPS``; all that is printed, in macros and ``set``
blocks too, at most ``MAX_PRINTED_CHARS``. Not bounded: the time one allowed method or
filter takes on a text within those limits, and the memory of the data the report itself holds.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextvars import ContextVar
from dataclasses import fields, is_dataclass
from datetime import date, datetime, time
from functools import wraps
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.filters import FILTERS as JINJA_FILTERS
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

from moderator_app.domain import rapporteur
from moderator_app.reports import model
from moderator_app.reports.language import ReportLanguage

#: The longest text (and the longest output) a template may make: far above any real report.
MAX_TEXT_CHARS = 20_000_000
#: The longest list or tuple a template may make.
MAX_ITEMS = 1_000_000
#: The largest whole number (in bits) ``*`` and ``**`` may make.
MAX_INT_BITS = 4096
#: Loop iterations, calls and checked operators in one render: a real report needs far fewer.
MAX_STEPS = 5_000_000
#: Everything a render prints, counted where printed (a macro's output again where it is used).
MAX_PRINTED_CHARS = 100_000_000
#: The largest template file read.
MAX_TEMPLATE_BYTES = 1_000_000
#: How many (type, attribute) answers the sandbox remembers before it starts afresh.
MAX_REMEMBERED_DECISIONS = 10_000
#: The widest field ``"%5d" % n`` may ask for.
MAX_FORMAT_WIDTH = 1000

#: Jinja's built-in filters a template may use: those whose output is bounded by their input.
#: Left out: attr (attribute lookups by name), format and center/indent/wordwrap (widths a template
#: chooses), batch and slice (sizes a template chooses), pprint, xmlattr, tojson and random.
BUILTIN_FILTERS = (
    "abs",
    "capitalize",
    "count",
    "d",
    "default",
    "dictsort",
    "e",
    "escape",
    "filesizeformat",
    "first",
    "float",
    "forceescape",
    "groupby",
    "int",
    "items",
    "join",
    "last",
    "length",
    "list",
    "lower",
    "map",
    "max",
    "min",
    "reject",
    "rejectattr",
    "replace",
    "reverse",
    "round",
    "safe",
    "select",
    "selectattr",
    "sort",
    "string",
    "striptags",
    "sum",
    "title",
    "trim",
    "truncate",
    "unique",
    "upper",
    "urlencode",
    "urlize",
    "wordcount",
)

#: Methods of text that only read it (no widths to choose, no format strings).
_TEXT_METHODS = frozenset(
    "capitalize casefold count endswith find index isalnum isalpha isdecimal isdigit islower isnumeric "
    "isspace istitle isupper lower lstrip partition removeprefix removesuffix rfind rindex rpartition "
    "rsplit rstrip split splitlines startswith strip swapcase title upper".split()
)
_DATE_ATTRIBUTES = frozenset("year month day weekday isoweekday isoformat strftime".split())
_TIME_ATTRIBUTES = frozenset("hour minute second isoformat strftime tzname".split())
#: Type → the attribute names a template may read on it (checked along the type's MRO).
_ALLOWED: dict[type, frozenset[str]] = {
    str: _TEXT_METHODS,
    dict: frozenset({"get", "items", "keys", "values"}),
    tuple: frozenset({"count", "index"}),
    list: frozenset({"count", "index"}),
    datetime: _DATE_ATTRIBUTES | _TIME_ATTRIBUTES | {"date", "time"},
    date: _DATE_ATTRIBUTES,
    time: _TIME_ATTRIBUTES,
    ReportLanguage: frozenset({"code", "name", "t", "long_date", "date_time", "percent", "number"}),
}
#: Every data class of the report model (reports.model, and the rapporteur's figures it holds from
#: domain.rapporteur): its fields and its public read-only properties (computed figures such as a
#: total), never its methods or anything private.
_REPORT_DATA = tuple(
    value
    for module in (model, rapporteur)
    for value in vars(module).values()
    if isinstance(value, type) and is_dataclass(value) and value.__module__ == module.__name__
)
for _data_class in _REPORT_DATA:
    _properties = {
        name for name, member in vars(_data_class).items() if isinstance(member, property) and not name.startswith("_")
    }
    _ALLOWED[_data_class] = frozenset(field.name for field in fields(_data_class)) | _properties
_ALLOWED[model.Report] |= {"section"}

#: ``%``-format fields: flags, then a width and a precision that may be ``*``.
_PERCENT_FIELD = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?")

#: Names that no template can type (not identifiers): the loader's hooks on loops and ``~``.
LOOP_FILTER = "(bounded loop)"
CONCAT_FILTER = "(bounded text)"
OUTPUT_FILTER = "(counted output)"


class _Budget:
    __slots__ = ("characters", "steps")

    def __init__(self, steps: int, characters: int) -> None:
        self.steps = steps
        self.characters = characters


_BUDGET: ContextVar[_Budget | None] = ContextVar("report_template_budget", default=None)


def _spend(steps: int = 1) -> None:
    budget = _BUDGET.get()
    if budget is None:
        raise SecurityError("a report template can run only while a report is being written.")
    budget.steps -= steps
    if budget.steps < 0:
        raise SecurityError(
            f"the template does too much work (more than {MAX_STEPS:,} loop turns and calls); "
            "it probably loops or calls itself without end."
        )


@jinja2.pass_context  # never folded at compile time: literal text in a loop counts at each turn
def _counted_output(_context: Any, value: Any) -> Any:
    """What every ``{{ … }}`` and piece of literal text prints, counted against the render's characters.

    Macro bodies and ``{% set %}`` blocks are built in memory before any check on their result, so
    what they print is counted as it is printed.
    """
    budget = _BUDGET.get()
    if budget is None:
        raise SecurityError("a report template can run only while a report is being written.")
    budget.characters -= len(value) if isinstance(value, str) else 1
    if budget.characters < 0:
        raise SecurityError(
            f"the template prints more than {MAX_PRINTED_CHARS:,} characters in all; it probably loops without end."
        )
    return value


def checked(value: Any) -> Any:
    """``value`` if it is within the size limits, else a SecurityError saying which."""
    if isinstance(value, str) and len(value) > MAX_TEXT_CHARS:
        raise SecurityError(f"the template makes a text longer than {MAX_TEXT_CHARS:,} characters.")
    if isinstance(value, list | tuple) and len(value) > MAX_ITEMS:
        raise SecurityError(f"the template makes a list longer than {MAX_ITEMS:,} items.")
    return value


def _bounded_filter(function: Callable[..., Any]) -> Callable[..., Any]:
    @wraps(function)  # keeps Jinja's pass_context / pass_eval_context marks
    def bounded(*args: Any, **kwargs: Any) -> Any:
        return checked(function(*args, **kwargs))

    return bounded


@jinja2.pass_context
def _bounded_loop(_context: Any, iterable: Iterable[Any]) -> Iterator[Any]:
    """What every ``{% for %}`` iterates: the same items, one step of the budget each."""
    for item in iterable:
        _spend()
        yield item


def _size(value: Any) -> int | None:
    return len(value) if isinstance(value, str | list | tuple) else None


def _check_binop(operator: str, left: Any, right: Any) -> None:
    if operator == "*":
        for sequence, count in ((left, right), (right, left)):
            if _size(sequence) is not None and isinstance(count, int) and len(sequence) * count > MAX_TEXT_CHARS:
                raise SecurityError(f"the template repeats a text or list {count:,} times: too long.")
        if isinstance(left, int) and isinstance(right, int) and left.bit_length() + right.bit_length() > MAX_INT_BITS:
            raise SecurityError("the template multiplies numbers too large for a report.")
    elif operator == "**":
        if (
            isinstance(left, int)
            and isinstance(right, int)
            and abs(left) > 1
            and right > 0
            and right * (abs(left).bit_length() - 1) > MAX_INT_BITS
        ):
            raise SecurityError(f"the template raises {left} to the power {right:,}: too large for a report.")
    elif operator == "+":
        if _size(left) is not None and _size(right) is not None and len(left) + len(right) > MAX_TEXT_CHARS:
            raise SecurityError(f"the template makes a text longer than {MAX_TEXT_CHARS:,} characters.")
    elif operator == "%" and isinstance(left, str):
        for width, precision in _PERCENT_FIELD.findall(left.replace("%%", "")):
            for number in (width, precision):
                if number == "*" or (number and int(number) > MAX_FORMAT_WIDTH):
                    raise SecurityError(f"a %-format in the template asks for a field wider than {MAX_FORMAT_WIDTH}.")


class ContainedLoader(jinja2.FileSystemLoader):
    """A FileSystemLoader that reads only real files inside its folders, of a reasonable size."""

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        pieces = jinja2.loaders.split_template_path(template)
        for folder in self.searchpath:
            candidate = os.path.join(folder, *pieces)
            if not os.path.isfile(candidate):
                continue
            real_folder, real_file = os.path.realpath(folder), os.path.realpath(candidate)
            try:
                inside = os.path.commonpath([real_folder, real_file]) == real_folder
            except ValueError:  # another drive (Windows): outside by definition
                inside = False
            if not inside:
                raise SecurityError(f"{candidate} leads outside the template's folder; copy the file in instead.")
            if os.path.getsize(candidate) > MAX_TEMPLATE_BYTES:
                raise SecurityError(f"{candidate} is larger than {MAX_TEMPLATE_BYTES:,} bytes; templates are text.")
            return super().get_source(environment, template)
        raise jinja2.TemplateNotFound(template)


class ReportSandbox(ImmutableSandboxedEnvironment):
    """ImmutableSandboxedEnvironment with an attribute allowlist, no globals, and the limits above."""

    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def __init__(self, *, filters: Mapping[str, Callable[..., Any]], **options: Any) -> None:
        self._decisions: dict[tuple[type, str], bool] = {}
        super().__init__(**options)
        self.globals.clear()
        own = {name: JINJA_FILTERS[name] for name in BUILTIN_FILTERS} | dict(filters)
        self.filters = {name: _bounded_filter(function) for name, function in own.items()}
        self.filters[LOOP_FILTER] = _bounded_loop
        self.filters[CONCAT_FILTER] = checked
        self.filters[OUTPUT_FILTER] = _counted_output

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        # Every rule here (and in Jinja's checks) depends on the object's type and the name only, so
        # the answer is remembered: reports read tens of thousands of attributes.
        key = (type(obj), attr)
        allowed = self._decisions.get(key)
        if allowed is None:
            if len(self._decisions) > MAX_REMEMBERED_DECISIONS:
                self._decisions.clear()
            allowed = self._decisions[key] = self._allowed(obj, attr, value)
        return allowed

    def _allowed(self, obj: Any, attr: str, value: Any) -> bool:
        if not super().is_safe_attribute(obj, attr, value):
            return False
        if type(obj).__module__.startswith("jinja2."):
            return True  # loop, macro, self and imported-module objects: Jinja's own rules above
        return any(attr in _ALLOWED.get(klass, ()) for klass in type(obj).__mro__)

    def unsafe_undefined(self, obj: Any, attribute: str) -> jinja2.Undefined:
        # At once, not when the value is printed: a list or a map() must not carry it on quietly.
        if isinstance(obj, jinja2.Undefined):
            str(obj)  # a strict Undefined raises here, naming the missing variable: the real mistake
        raise SecurityError(f"a template cannot read {attribute!r} of a {type(obj).__name__} value.")

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        # Jinja would hand out a sandboxed str.format; widths like "{:999999999}" still make huge text.
        if super().wrap_str_format(value) is not None:
            raise SecurityError("str.format is not available in report templates; join texts with ~ or use _().")
        return None

    def call(self, context: Any, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        _spend()
        return checked(super().call(context, obj, *args, **kwargs))

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        _spend()
        _check_binop(operator, left, right)
        return checked(super().call_binop(context, operator, left, right))

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        """Parse, then route every loop's items and every ``~`` through the budget and size checks."""
        tree = super()._parse(source, name, filename)
        for node in [tree, *tree.find_all(nodes.Node)]:
            if isinstance(node, nodes.For):
                node.iter = nodes.Filter(node.iter, LOOP_FILTER, [], [], None, None, lineno=node.lineno)
            elif isinstance(node, nodes.Output):
                node.nodes = [
                    nodes.Filter(child, OUTPUT_FILTER, [], [], None, None, lineno=child.lineno) for child in node.nodes
                ]
            for field_name in node.fields:
                value = getattr(node, field_name, None)
                if isinstance(value, nodes.Concat):
                    setattr(node, field_name, _size_checked(value))
                elif isinstance(value, list) and any(isinstance(item, nodes.Concat) for item in value):
                    setattr(node, field_name, [_size_checked(item) for item in value])
        return tree


def _size_checked(node: nodes.Node) -> nodes.Node:
    if not isinstance(node, nodes.Concat):
        return node
    return nodes.Filter(node, CONCAT_FILTER, [], [], None, None, lineno=node.lineno)


class BoundedTemplate(jinja2.Template):
    """A template whose render is bounded: a step budget for the whole render, and the output's length."""

    def render(self, *args: Any, **kwargs: Any) -> str:
        token = _BUDGET.set(_Budget(MAX_STEPS, MAX_PRINTED_CHARS))
        try:
            parts: list[str] = []
            length = 0
            for chunk in self.generate(*args, **kwargs):
                length += len(chunk)
                if length > MAX_TEXT_CHARS:
                    raise SecurityError(f"the report would be longer than {MAX_TEXT_CHARS:,} characters.")
                parts.append(chunk)
            return "".join(parts)
        finally:
            _BUDGET.reset(token)


ReportSandbox.template_class = BoundedTemplate
