"""What the demo's cases sent the customer (table CustomerReply, as services/replies.py records
it): an interim report when the interim clock was met, and the written answer by the time a
case was moved to "replied" (a valid case: cause, actions and handling) or "answered" (the
tactful answer to an invalid one). The few 8D reports issued with their PDF come from
demo_eightd.py, through the services.

Rows for the bulk path of demo_case_life.py (its raw `executemany`): a 100,000-case demo gets
them in the same pass as its clocks. Deterministic from the case's index."""

from __future__ import annotations

from datetime import datetime

from qa_desktop.core.demo_rows import insert_sql
from qa_desktop.core.vocab import Channel, ReplyKind, Status

REPLY_COLUMNS = (
    "complaint_id", "kind", "revision", "sent_to", "channel", "sent_at", "sent_by", "summary",
    "lang", "content_hash", "document_id",
)  # fmt: skip
INSERT_REPLIES = insert_sql("customer_reply", REPLY_COLUMNS)
INTERIM = {
    "domestic": (
        "中间报告：已冻结同批库存并安排复检，初步原因分析中，{days} 个工作日内提交正式报告。",
        "中间报告：现场挑选已开始，已取样送检分析。",
    ),
    "export": (
        "Interim report: the lot is on hold and being re-inspected; the root cause analysis is "
        "under way, the full report follows within {days} working days.",
        "Interim report: sorting has started and samples went to the lab for analysis.",
    ),
}
ANSWERS = {
    "domestic": (
        "书面答复：原因分析、纠正及预防措施和处理方案已邮件发送，并电话确认客户收到。",
        "书面答复：不良品按处理方案退换；原因及厂内已采取的措施见附件报告。",
    ),
    "export": (
        "Written answer: cause, corrective and preventive actions and the agreed handling, "
        "sent by e-mail and confirmed by phone.",
        "Written answer: the defective coils are replaced; the cause and the actions taken at the "
        "mill are explained in the attached report.",
    ),
}
INVALID_ANSWERS = {
    "domestic": "答复：经复验，材料符合标准，问题系加工参数不当所致，建议调整冲压润滑与压边力。",
    "export": (
        "Answer: the material meets the standard on re-inspection; the defect comes from the "
        "forming parameters, and we suggest adjusting lubrication and blank holder force."
    ),
}


def reply_rows(
    case_id: int,
    market: str,
    contact: str,
    reached: dict[str, datetime],
    interim_at: datetime | None,
    author: str,
) -> list[tuple[object, ...]]:
    """The rows for one case: `reached` is when each state of its path was reached, `interim_at`
    when its interim clock was met (None: not yet)."""
    invalid = Status.INVALID in reached
    texts = "export" if market == "export" else "domestic"
    sent_to = contact or ("Purchasing" if texts == "export" else "采购部")
    rows = []
    if interim_at is not None and not invalid:
        summary = INTERIM[texts][case_id % 2].format(days=2 + case_id % 3)
        channel = Channel.EMAIL if case_id % 3 else Channel.PHONE
        rows.append(_row(case_id, ReplyKind.INTERIM, sent_to, channel, interim_at, author, summary))
    answered = reached.get(Status.ANSWERED if invalid else Status.REPLIED)
    if answered is not None:
        summary = INVALID_ANSWERS[texts] if invalid else ANSWERS[texts][case_id % 2]
        rows.append(_row(case_id, ReplyKind.ANSWER, sent_to, Channel.EMAIL, answered, author,
                         summary))  # fmt: skip
    return rows


def _row(case_id: int, kind: ReplyKind, sent_to: str, channel: Channel, at: datetime,
         author: str, summary: str) -> tuple[object, ...]:  # fmt: skip
    return (case_id, kind.value, "", sent_to, channel.value, at, author, summary, "", "", None)
