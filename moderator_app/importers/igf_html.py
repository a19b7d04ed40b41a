"""A session page saved from a browser (HTML) → the lines a reader sees, read from the page's structure.

lxml's HTML parser (already installed with python-docx) reads the markup; no regular expression
touches it. Scripts, styles, navigation, headers, footers and forms are page furniture and are left
out; block elements (headings, paragraphs, list items, table cells, divs, line breaks) end a line,
so a "Speakers" label and the names under it land on lines of their own, as the text copy has them.
"""

from __future__ import annotations

import re

from lxml import etree, html

from moderator_app.importers.common import ImportFileError

_SKIPPED = frozenset({"script", "style", "noscript", "template", "nav", "header", "footer", "form", "svg", "iframe"})
_BLOCKS = frozenset(
    """address article aside blockquote dd details div dl dt fieldset figcaption figure h1 h2 h3 h4 h5 h6
    hr li main ol p pre section summary table tbody thead tfoot tr td th ul br caption label""".split()
)
_HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta)\b", re.I | re.S)


def looks_like_html(text: str) -> bool:
    """True for a saved web page (it opens with a doctype or an html/head/body tag)."""
    return _HTML_START.match(text[:4000].lstrip("\ufeff")) is not None


def html_to_text(markup: str) -> str:
    """The page's visible text, one block per line; the main content when the page marks it.

    Raises ImportFileError when the markup holds no text at all.
    """
    try:
        root = html.document_fromstring(markup)
    except (etree.ParserError, ValueError) as error:
        raise ImportFileError(f"the web page could not be read: {error}") from None
    candidates = (root.find(".//main"), root.find(".//article"), root.find(".//body"))
    main = next((found for found in candidates if found is not None), root)
    lines: list[str] = []
    heading = root.find(".//h1")
    if heading is not None and not _inside(heading, main):
        lines.append(_text_of(heading))
    _walk(main, lines)
    text = "\n".join(line.strip() for line in "".join(lines).split("\n"))
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    if not text:
        raise ImportFileError("the web page has no text")
    return text


def _inside(element: html.HtmlElement, container: html.HtmlElement) -> bool:
    return any(ancestor is container for ancestor in element.iterancestors())


def _text_of(element: html.HtmlElement) -> str:
    return " ".join(element.text_content().split()) + "\n"


def _walk(element: html.HtmlElement, out: list[str]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag.casefold() in _SKIPPED:
        if element.tail:
            out.append(_spaced(element.tail))
        return
    block = tag.casefold() in _BLOCKS
    if block:
        out.append("\n")
    if element.text and isinstance(element.tag, str):
        out.append(_spaced(element.text))
    for child in element:
        _walk(child, out)
    if block:
        out.append("\n")
    if element.tail:
        out.append(_spaced(element.tail))


def _spaced(text: str) -> str:
    # Whitespace inside HTML is one space; a line ends only where a block does.
    return re.sub(r"\s+", " ", text)
