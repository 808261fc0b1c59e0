"""What the proposals window says about a proposal's route and whether it binds anyone.

The route of the round in force, step by step with who signed and when (in the department's
zone); the signatures of earlier rounds stay on show, struck through with the reason they were
voided, so a rejected and revised proposal shows both rounds. The banner says PRELIMINARY until
the final sign-off is given (glossary: 初步意见 — 经批准签字前不生效)."""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QCoreApplication

from qa_desktop.core import authority
from qa_desktop.core.clock import from_storage
from qa_desktop.core.errors import UserError
from qa_desktop.core.models import Signature
from qa_desktop.core.services import accounts, proposals
from qa_desktop.core.services import matrix as matrices
from qa_desktop.core.services.proposals import ProposalView
from qa_desktop.core.settings import department_zone
from qa_desktop.core.vocab import Action, Meaning, ProposalState

CONTEXT = "ProposalRoute"
PRELIMINARY_STYLE = (
    "background: #fff3cd; color: #7a4b00; border: 2px solid #d99a00;"
    " font-size: 15pt; font-weight: bold; padding: 8px;"
)
BINDING_STYLE = (
    "background: #e3f4e6; color: #185c26; border: 2px solid #2e8b3e;"
    " font-size: 13pt; font-weight: bold; padding: 6px;"
)


def when(stored: datetime) -> str:
    """A stored UTC instant in the department's zone, as the route shows it."""
    local = from_storage(stored).astimezone(department_zone())
    return f"{local:%Y-%m-%d %H:%M} {local.tzname()}"


def person(user_id: str) -> str:
    try:
        return accounts.actor_of(accounts.account(user_id)).name
    except UserError:  # an account of another file: its id is all there is
        return user_id


def final_role(shown: ProposalView) -> str:
    """Who makes it binding: the route's last step, or before routing the roles the matrix lets
    give the final sign-off."""
    if shown.steps:
        return authority.role_label(shown.steps[-1].role)
    rules = matrices.matrix()
    codes = [c for c, r in rules.roles.items() if Action.FINAL_SIGNOFF in r.actions]
    return " / ".join(authority.role_label(c) for c in codes) or "—"


def final_signature(shown: ProposalView) -> Signature | None:
    if shown.proposal.state != ProposalState.BINDING.value:
        return None
    current = [s for s in shown.signatures if not s.void and s.round == shown.proposal.round]
    finals = [s for s in current if s.meaning == Meaning.FINAL_SIGNOFF.value]
    return finals[-1] if finals else (current[-1] if current else None)


def banner(shown: ProposalView) -> tuple[str, str]:
    """The banner's text and style sheet."""
    final = final_signature(shown)
    if final is not None:
        text = QCoreApplication.translate("ProposalRoute", "BINDING — final sign-off by %1 on %2")
        return text.replace("%1", final.printed_name).replace("%2", when(final.signed_at)), (
            BINDING_STYLE
        )
    text = QCoreApplication.translate(
        "ProposalRoute", "PRELIMINARY — not binding until signed by %1"
    )
    return text.replace("%1", final_role(shown)), PRELIMINARY_STYLE


def route_html(shown: ProposalView) -> str:
    """The route as rich text: earlier rounds' voided signatures, then this round's steps."""
    parts = []
    voided = [s for s in shown.signatures if s.void]
    for round_no in sorted({s.round for s in voided}):
        title = QCoreApplication.translate("ProposalRoute", "Round %1 (void)").replace(
            "%1", str(round_no)
        )
        rows = [_signature_line(s, with_step=True) for s in voided if s.round == round_no]
        parts.append(f"<p><b>{escape(title)}</b><br>{'<br>'.join(rows)}</p>")
    current = [s for s in shown.signatures if not s.void and s.round == shown.proposal.round]
    title = QCoreApplication.translate("ProposalRoute", "Round %1").replace(
        "%1", str(shown.proposal.round)
    )
    if not shown.steps:
        body = escape(
            QCoreApplication.translate(
                "ProposalRoute",
                "Not routed yet: submitting it asks the authority matrix who approves.",
            )
        )
    else:
        body = "<br>".join(_step_line(step, current) for step in shown.steps)
    parts.append(f"<p><b>{escape(title)}</b><br>{body}</p>")
    return "".join(parts)


def _step_line(step: authority.Step, signed: list[Signature]) -> str:
    head = f"{step.order}. {authority.role_label(step.role)} — {step.meaning.label()}"
    mine = [s for s in signed if s.step == step.order]
    if not mine:
        awaited = QCoreApplication.translate("ProposalRoute", "awaiting signature")
        return f"{escape(head)}: <i>{escape(awaited)}</i>"
    return f"{escape(head)}: {_signature_line(mine[-1], with_step=False)}"


def _signature_line(row: Signature, *, with_step: bool) -> str:
    text = QCoreApplication.translate("ProposalRoute", "%1 by %2, %3").replace(
        "%1", Meaning(row.meaning).label()
    )
    text = text.replace("%2", row.printed_name).replace("%3", when(row.signed_at))
    if with_step:
        text = f"{row.step}. {authority.role_label(row.role)} — {text}"
    if row.on_behalf_of:
        delegated = QCoreApplication.translate(
            "ProposalRoute", "(for %1, delegated by %2)"
        ).replace("%1", authority.role_label(row.role))
        text += " " + delegated.replace("%2", person(row.on_behalf_of))
    if row.kind == "paper":
        text += " " + QCoreApplication.translate("ProposalRoute", "(signed on paper)")
    if row.comment:
        text += f" «{row.comment}»"
    if not row.void:
        return escape(text)
    void = QCoreApplication.translate("ProposalRoute", "VOID — %1").replace(
        "%1", _void_reason(row.void_reason)
    )
    return f"<s>{escape(text)}</s> <b>{escape(void)}</b>"


def _void_reason(reason: str) -> str:
    """The services audit their reasons in English; the two they give are said in the language."""
    known = {
        proposals.REVISED: QCoreApplication.translate("ProposalRoute", "revised after a rejection"),
        proposals.CONTENT_CHANGED: QCoreApplication.translate(
            "ProposalRoute", "the signed content changed"
        ),
    }
    return known.get(reason, reason)
