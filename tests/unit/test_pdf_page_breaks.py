"""The PDF's text layer has each line once: a line next to a page break is not also on the other page."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from moderator_app.reports.pdf import write_pdf
from tests.support import require_tools
from tests.unit.test_report_renderers import sample_report


def _page_texts(path: Path, pages: int) -> list[str]:
    require_tools("pdftotext", package="poppler-utils")
    return [
        subprocess.run(
            ["pdftotext", "-f", str(n), "-l", str(n), str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
        for n in range(1, pages + 1)
    ]


@pytest.mark.parametrize(("tag", "line_height"), [("p", "1.45"), ("p", "1.2"), ("p", "2"), ("li", "1.45")])
def test_no_line_is_in_the_text_of_two_pages(qapp, tmp_path: Path, tag: str, line_height: str):
    # Paragraphs of one and of several lines, spaced as the templates space them, over many pages.
    paragraphs = []
    for number in range(1, 241):
        words = " ".join(f"word{number}x{k}" for k in range(1 + number % 17 * 3))
        paragraphs.append(f"<{tag}>Line {number:03d} {words}</{tag}>")
    body = "".join(paragraphs)
    if tag == "li":
        body = f"<ul>{body}</ul>"
    style = f"{tag} {{ line-height: {line_height}; }}"
    html = f"<html><head><style>{style}</style></head><body>{body}</body></html>"
    target = tmp_path / "report.pdf"
    pages = write_pdf(sample_report(), html, target, charts={})
    assert pages > 5
    texts = _page_texts(target, pages)
    seen: dict[str, list[int]] = {}
    for page, text in enumerate(texts, start=1):
        for number in re.findall(r"Line (\d{3})", text):
            seen.setdefault(number, []).append(page)
    assert sorted(seen) == [f"{n:03d}" for n in range(1, 241)]
    assert {number: where for number, where in seen.items() if len(where) > 1} == {}
    # Nor the words of a paragraph's later lines.
    words = [re.findall(r"word\d+x\d+", text) for text in texts]
    flat = [w for page in words for w in page]
    assert len(flat) == len(set(flat))
