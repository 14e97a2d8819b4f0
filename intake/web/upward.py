"""The report upward from the desk: a leader approves the period's report and it goes.

Approving builds the report from the figures as they are now (a numbered replacement
once a version was sent) and sends it to `[report] to` and `cc` through the outbox, with
the leader named as its approver.  A replacement goes only when figures changed since
the version it replaces.
"""

from __future__ import annotations

from datetime import date, datetime

from intake import publish
from intake.app import App
from intake.errors import IntakeError
from intake.store import Publication
from intake.web.desk import tr


def approve_and_send(app: App, period_end: date, approver: str, now: datetime) -> Publication:
    version, replaces = publish.next_version(app, period_end)
    if replaces is not None and not publish.since_sent(app, period_end):
        raise IntakeError(
            tr(
                "Báo cáo kỳ kết thúc ngày {end} đã gửi lúc {sent} và chưa có số liệu nào"
                " thay đổi: không có gì để gửi lại",
                end=f"{period_end:%d/%m/%Y}",
                sent=f"{replaces:%H:%M %d/%m/%Y}",
            )
        )
    if not app.config.report.to:
        raise IntakeError(
            tr("Chưa cấu hình nơi nhận báo cáo"),
            hint=tr("quản trị viên điền [report] to trong tệp cấu hình"),
        )
    publish.publish(app, period_end, now, send_mail=False, version=version, replaces=replaces)
    return publish.approve(app, period_end, approver, now)
