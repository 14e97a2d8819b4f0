"""Stage "render": the consolidated report as a workbook and as a summary e-mail.

words.py   Vietnamese dates, numbers, statuses and counts, shared by both outputs
xlsx.py    write_xlsx: the workbook sent to the province
mail.py    SummaryContext (the templates' documented context), summary_email,
           check_templates
"""

from intake.render.mail import SummaryContext, build_context, check_templates, summary_email
from intake.render.xlsx import write_xlsx

__all__ = ["SummaryContext", "build_context", "check_templates", "summary_email", "write_xlsx"]
