"""Names proposed for exports are safe on every platform; every CSV cell is formula-safe; every write is atomic."""

from __future__ import annotations

import ast
import csv
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moderator_app.domain.text import MAX_FILE_STEM_BYTES, safe_file_name, safe_file_stem
from moderator_app.reports.csv_export import csv_text, formula_safe, write_csv

PACKAGE = Path(__file__).resolve().parents[2] / "moderator_app"
WINDOWS_RESERVED_CHARACTERS = set('<>:"/\\|?*')
RESERVED_NAMES = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)), *(f"LPT{n}" for n in range(1, 10))}
BIDI_AND_INVISIBLE = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c\u200b\ufeff"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("CON", "CON_"),
        ("con.txt", "con_.txt"),
        ("Nul", "Nul_"),
        ("COM1 ", "COM1_"),
        ("lpt9.backup", "lpt9_.backup"),
        ("CONSOLE", "CONSOLE"),
        ("Closing remarks...", "Closing remarks"),
        ("  . trailing dots and spaces . .  ", "trailing dots and spaces"),
        ('a<b>c:d"e/f\\g|h?i*j', "a-b-c-d-e-f-g-h-i-j"),
        ("tab\there\x00and\x1fcontrols", "tab hereandcontrols"),
        ("report\u202egpj.exe", "reportgpj.exe"),
        ("zero\u200bwidth", "zerowidth"),
        ("हिन्दी सत्र", "हिन्दी सत्र"),
        ("الأمن السيبراني", "الأمن السيبراني"),
        ("<<<>>>", "session"),
        ("", "session"),
    ],
)
def test_file_names_from_titles_are_safe_and_readable(title, expected):
    assert safe_file_stem(title) == expected


def test_a_long_title_is_cut_to_fit_any_file_system_without_splitting_a_letter_from_its_accent():
    assert len(safe_file_stem("x" * 500)) == 80
    assert len(safe_file_stem("é" * 500).encode("utf-8")) <= MAX_FILE_STEM_BYTES
    # "e" + combining acute, beyond NFC's reach with a second mark: the cut never leaves a bare letter.
    stem = safe_file_stem("a" * 79 + "e\u0301\u0323" + "z" * 10)
    assert stem == "a" * 79
    assert safe_file_stem("🙂" * 200, fallback="export") == "export"


def test_the_proposed_name_carries_its_suffix_and_the_fallback():
    assert safe_file_name("CON", ".pdf") == "CON_.pdf"
    assert safe_file_name("\u202e", ".csv", fallback="event") == "event.csv"


@settings(max_examples=400, deadline=None)
@given(title=st.text(max_size=400))
def test_any_title_gives_a_name_every_platform_accepts(title):
    stem = safe_file_stem(title)
    assert stem
    assert not set(stem) & WINDOWS_RESERVED_CHARACTERS
    assert not any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp") for ch in stem)
    assert not any(ch in BIDI_AND_INVISIBLE for ch in stem)
    assert stem == stem.strip(" .")
    assert not stem.startswith("-")
    assert stem.split(".")[0].upper() not in RESERVED_NAMES
    assert len(stem) <= 80 and len(stem.encode("utf-8")) <= MAX_FILE_STEM_BYTES
    assert unicodedata.category(stem[0])[0] != "M"


def test_the_report_export_proposes_a_safe_name(played_report):
    from moderator_app.services.reports import default_file_name

    name = default_file_name(played_report, "pdf")
    assert name.endswith(".pdf")
    assert not set(name) & WINDOWS_RESERVED_CHARACTERS
    assert "\u202e" not in name


@pytest.fixture
def played_report(console, repository, clock):
    from dataclasses import replace

    from tests.support import stored_report

    console.update_session(replace(console.session, title='CON: <b>"Keynote"</b>/\u202eexe.txt.'))
    return stored_report(repository.db, console.session.id, "igf-workshop", None, clock.now())


# -- CSV ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
        ("+33 1 23", "'+33 1 23"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("   =1+1", "'   =1+1"),
        ("Ana = Bob", "Ana = Bob"),
        ("", ""),
        (None, ""),
        (-2, "-2"),
        (3.5, "3.5"),
        (True, "True"),
    ],
)
def test_a_cell_a_spreadsheet_would_run_gets_a_single_quote_and_numbers_stay_numbers(value, expected):
    assert formula_safe(value) == expected


def test_csv_text_reads_back_with_every_formula_neutralised():
    rows = [["name", "seconds"], ["=cmd|' /C calc'!A0", 12.5], ['Ana, "the" chair\n2nd line', -1]]
    read = list(csv.reader(csv_text(rows).splitlines(keepends=True)))
    assert read == [["name", "seconds"], ["'=cmd|' /C calc'!A0", "12.5"], ['Ana, "the" chair\n2nd line', "-1"]]


def test_write_csv_is_atomic_and_keeps_the_old_file_when_a_row_fails(tmp_path):
    target = tmp_path / "out.csv"
    write_csv(target, [["a"], ["=b"]])
    assert target.read_bytes() == "\ufeffa\r\n'=b\r\n".encode()

    def rows():
        yield ["new"]
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        write_csv(target, rows())
    assert target.read_bytes() == "\ufeffa\r\n'=b\r\n".encode()
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


# -- guards over the whole package -------------------------------------------------------------
def _calls(tree: ast.AST) -> list[ast.Call]:
    return [node for node in ast.walk(tree) if isinstance(node, ast.Call)]


def test_every_csv_is_written_by_the_one_formula_safe_writer():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path == PACKAGE / "reports" / "csv_export.py":
            continue
        for call in _calls(ast.parse(path.read_text(encoding="utf-8"))):
            name = getattr(call.func, "attr", getattr(call.func, "id", ""))
            if name in ("writer", "DictWriter") and "csv" in ast.unparse(call.func):
                offenders.append(f"{path.relative_to(PACKAGE)}:{call.lineno}")
    assert offenders == []


#: Functions that write a file through their own temporary file, fsync and os.replace.
OWN_TEMP_FILE = {
    ("storage/restore_swap.py", "_copy_and_verify"),
    ("storage/restore_swap.py", "_keep_damaged"),
    ("storage/database.py", "backup_to"),
}
WRITERS = {"write_text", "write_bytes", "save", "copyfile", "copy", "copy2", "QPdfWriter", "QTextDocumentWriter"}


def _writes(function: ast.AST) -> list[ast.Call]:
    found = []
    for call in _calls(function):
        name = getattr(call.func, "attr", getattr(call.func, "id", ""))
        if name == "save" and (not call.args or "buffer" in ast.unparse(call.args[0]).lower()):
            continue  # QPainter.save() keeps a state; QImage.save(QBuffer) writes to memory
        if name == "QTextDocumentWriter" and call.args and "buffer" in ast.unparse(call.args[0]).lower():
            continue  # the ODT is written to memory, then to disk through atomic_path
        if name in WRITERS:
            found.append(call)
        elif name == "open" and len(call.args) > 1 and isinstance(call.args[1], ast.Constant):
            if set(str(call.args[1].value)) & set("wax+"):
                found.append(call)
    return found


def test_every_file_the_app_writes_goes_through_a_temporary_file_and_a_rename():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            atomic_names = {
                item.optional_vars.id
                for node in ast.walk(function)
                if isinstance(node, ast.With)
                for item in node.items
                if "atomic_path" in ast.unparse(item.context_expr) and isinstance(item.optional_vars, ast.Name)
            }
            for call in _writes(function):
                used = {node.id for node in ast.walk(call) if isinstance(node, ast.Name)}
                if relative == "system/atomic.py" or (relative, function.name) in OWN_TEMP_FILE:
                    continue
                if not used & atomic_names:
                    offenders.append(f"{relative}:{call.lineno} {ast.unparse(call)[:60]}")
    assert sorted(set(offenders)) == [], "\n".join(sorted(set(offenders)))


def test_the_write_guard_sees_a_direct_write(tmp_path):
    sample = ast.parse(
        "def export(target, doc, painter, image, buffer):\n"
        "    target.write_text('x')\n    open(target, 'w')\n    doc.save(str(target))\n"
        "    painter.save()\n    image.save(buffer, 'PNG')\n    open(target, 'rb')\n"
    )
    assert [ast.unparse(call) for call in _writes(sample)] == [
        "target.write_text('x')",
        "open(target, 'w')",
        "doc.save(str(target))",
    ]
