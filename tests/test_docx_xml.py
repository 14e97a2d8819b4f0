"""A docx is read on its XML as python-docx read it: cells merged across columns and
down rows, and the default paragraph style's legacy font for paragraphs with no style."""

from __future__ import annotations

import io

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from intake.extract import documents
from tests.corpus.builders import to_tcvn3


def _saved(document: docx.document.Document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_merged_cells_are_read_as_python_docx_lists_them():
    """GIVEN a table whose header spans two columns, whose first column is merged down
    three rows, and whose last row starts one grid column late
    WHEN it is read
    THEN a spanning cell is repeated, a merged-down cell gives the text of the cell it
    continues, and the late row has only its own cells, as python-docx's row.cells"""
    document = docx.Document()
    table = document.add_table(rows=4, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "Chỉ tiêu"
    table.cell(0, 2).text = "Tuần"
    table.cell(1, 0).merge(table.cell(3, 0)).text = "Phát thanh"
    rows = [("Số tin", "12"), ("Số bài", "3"), ("Độ dài", "45 phút")]
    for row, (label, figure) in enumerate(rows, start=1):
        table.cell(row, 1).text = label
        table.cell(row, 2).text = figure
    late = table.rows[3]._tr
    late.remove(late.tc_lst[0])  # the row starts at the second grid column
    before = OxmlElement("w:gridBefore")
    before.set(qn("w:val"), "1")
    late.get_or_add_trPr().append(before)

    read = documents.read(_saved(document), "bc.docx")

    assert read.tables == (
        [
            ["Chỉ tiêu", "Chỉ tiêu", "Tuần"],
            ["Phát thanh", "Số tin", "12"],
            ["Phát thanh", "Số bài", "3"],
            ["Độ dài", "45 phút"],
        ],
    )


def test_a_paragraph_without_style_takes_the_default_styles_legacy_font():
    """GIVEN a docx whose default paragraph style (Normal) is in .VnTime, with a paragraph
    without any style and one in a style based on Normal, their runs naming no font
    WHEN it is read
    THEN both are decoded from TCVN3"""
    document = docx.Document()
    document.styles["Normal"].font.name = ".VnTime"
    unstyled = document.add_paragraph(to_tcvn3("Số tin, bài: 12"))
    assert unstyled._p.pPr is None
    document.add_paragraph(to_tcvn3("Độ dài: 45 phút"), style="Body Text")

    read = documents.read(_saved(document), "bc.docx")

    assert read.paragraphs.split("\n") == ["Số tin, bài: 12", "Độ dài: 45 phút"]


def test_styles_based_on_each_other_are_read_once_each():
    """GIVEN two paragraph styles based on each other, neither naming a font (a file
    damaged, or made to hang a reader) WHEN a paragraph in one of them is read THEN its
    text is read as it is, without following the loop forever"""
    document = docx.Document()
    first = document.styles.add_style("Vòng A", 1)
    second = document.styles.add_style("Vòng B", 1)
    first.base_style = second
    second.base_style = first
    document.add_paragraph("Số tin, bài: 12", style=first)

    assert documents.read(_saved(document), "vong.docx").text == "Số tin, bài: 12"
