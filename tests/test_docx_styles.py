"""A docx's paragraph styles are resolved once per document, not once per paragraph.

python-docx finds a paragraph's default style by reading every style of the document;
doing that for each paragraph was 18% of a backlog's time (issue 12)."""

from __future__ import annotations

import io

import docx
import pytest
from docx.shared import Pt
from docx.styles.styles import Styles

from intake.extract import documents
from tests.corpus.builders import to_tcvn3

LINES = ["Số tin, bài: 12", "Độ dài: 45 phút", "Số lượng phát sóng: 30"]


def _word(normal_font: str, run_font: str | None = None, copies: int = 20) -> bytes:
    """A docx of `copies` x LINES in unstyled paragraphs and in one table's cells; the
    Normal style's font is `normal_font`, each run's `run_font` (None: the style's)."""
    document = docx.Document()
    document.styles["Normal"].font.name = normal_font
    encode = to_tcvn3 if ".VnTime" in (run_font or normal_font) else str
    table = document.add_table(rows=len(LINES), cols=1)
    for _ in range(copies):
        for line in LINES:
            run = document.add_paragraph().add_run(encode(line))
            run.font.name = run_font
            run.font.size = Pt(13)
    for row, line in zip(table.rows, LINES, strict=True):
        row.cells[0].paragraphs[0].add_run(encode(line)).font.name = run_font
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.fixture
def default_lookups(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every lookup of a document's default style, counted."""
    calls: list[object] = []
    original = Styles.default

    def counted(self: Styles, style_type: object) -> object:
        calls.append(style_type)
        return original(self, style_type)

    monkeypatch.setattr(Styles, "default", counted)
    return calls


def test_a_vntime_normal_style_is_looked_up_once_and_decodes_every_paragraph(default_lookups):
    """GIVEN a docx typed in .VnTime by its Normal style, its runs naming no font
    WHEN it is read
    THEN every paragraph and cell is decoded from TCVN3, and the default style was
    looked up once for the whole document"""
    read = documents.read(_word(".VnTime"), "BC tuan.docx")

    assert read.paragraphs.split("\n") == LINES * 20
    assert read.tables == ([[line] for line in LINES],)
    assert len(default_lookups) == 1


def test_runs_that_name_their_font_need_no_style_lookup(default_lookups):
    """GIVEN a docx whose every run names its font (.VnTime), over a Unicode Normal style
    WHEN it is read
    THEN the runs are decoded by their own font and no style was looked up"""
    read = documents.read(_word("Times New Roman", run_font=".VnTime"), "BC tuan.docx")

    assert read.paragraphs.split("\n") == LINES * 20
    assert default_lookups == []


def test_a_unicode_document_is_read_as_typed(default_lookups):
    """GIVEN a docx in Unicode with the Normal style in Times New Roman
    WHEN it is read
    THEN its text is unchanged, with one style lookup"""
    read = documents.read(_word("Times New Roman"), "BC tuan.docx")

    assert read.paragraphs.split("\n") == LINES * 20
    assert read.text.split("\n")[: len(LINES)] == LINES
    assert len(default_lookups) == 1
