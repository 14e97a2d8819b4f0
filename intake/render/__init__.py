"""Stage "render": the consolidated report as a workbook, a Word document, a PDF and a
summary e-mail.

words.py       Vietnamese dates, numbers, statuses and counts, shared by every output
narrative.py   the sentences of the report: who reported, the totals, the corrections
official.py    OfficialContext (the Word template's documented context), write_docx
pdf.py         write_pdf: the .docx converted by LibreOffice
xlsx.py        write_xlsx: the workbook, one sheet per form, and SheetContext (its placeholders)
xlsx_template.py  finding, loading and checking templates/official_report.xlsx
cells.py       writing the template's rows into a sheet: styles, merges, heights, images
streamed.py    the table's unit rows written as the sheet's XML, spliced in at save
formulas.py    the totals as formulas, their values cached
letterhead.py  the [official] settings as the values of the letterhead's placeholders
mail.py        SummaryContext (the e-mail templates' documented context), summary_email
files.py       writing a file so that a reader never sees half of it
"""

from pathlib import Path

from intake.render import mail, official
from intake.render.mail import SummaryContext, build_context, summary_email
from intake.render.official import OfficialContext, write_docx
from intake.render.pdf import write_pdf
from intake.render.xlsx import write_xlsx


def check_templates(templates_dir: Path | None = None) -> str:
    """Render every template (the e-mail's and the Word report's) with a sample report.

    What `intake check` reports; a ConfigError names the template that fails.
    """
    found = mail.check_templates(templates_dir)
    return f"{found}, {official.check_template(templates_dir)}"


__all__ = [
    "OfficialContext",
    "SummaryContext",
    "build_context",
    "check_templates",
    "summary_email",
    "write_docx",
    "write_pdf",
    "write_xlsx",
]
