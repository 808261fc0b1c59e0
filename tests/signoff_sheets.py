"""Sign-off sheets of the example case (DOMAIN.md): ¥38,600 compensation and the return of coil
S24A0817-05, routed QA manager (approves) → general manager (final sign-off)."""

from __future__ import annotations

from dataclasses import replace

from qa_desktop.core.printcode import SIGNOFF, PrintCode
from qa_desktop.core.reports.signoff_sheet import (
    ELECTRONIC,
    PAPER,
    SheetCoil,
    SheetLine,
    SheetSigner,
    SignoffSheet,
)

CODE = PrintCode(
    database="3f2a6c1e-8b7d-4e21-9a55-0c4d2b9e7f10",
    kind=SIGNOFF,
    record="9b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d",
    version=2,
    content_hash="5e88489f0ab7c4d1e2f30415a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f",
)
FINGERPRINT = "SHA256:7Q2mXk9vR4pL0sT8wY3zA6bC1dE5fG7hJ2kN4qS6uV8"
COMPENSATION = SheetLine(
    kind="compensation",
    quantity="212",
    unit="pcs",
    amount="38600.00",
    currency="CNY",
    rate="",
    base_amount="38600.00",
    reason="212 sinks scrapped in deep drawing because of scratches on coil S24A0817-03.",
)
RETURN = SheetLine(
    kind="return",
    quantity="6.35",
    unit="t",
    amount="",
    currency="",
    rate="",
    base_amount="",
    reason="Coil S24A0817-05 unused, scratches visible on unwinding: taken back.",
)
MANAGER = SheetSigner(order=1, role="qa_manager", meaning="approved")
GENERAL = SheetSigner(order=2, role="general_manager", meaning="final_signoff")
MANAGER_SIGNED = replace(
    MANAGER,
    name="王建国",
    position="品保部经理",
    signed_at="2024-08-21 10:42 CST",
    how=ELECTRONIC,
    comment="Within my limit; the return is agreed with sales.",
)
GENERAL_SIGNED = replace(
    GENERAL, name="李志强", position="总经理", signed_at="2024-08-22 16:05 CST", how=PAPER
)


def example_sheet(*signers: SheetSigner, binding: bool = False) -> SignoffSheet:
    return SignoffSheet(
        case_no="KS-2024-0817",
        customer="佛山某不锈钢制品厂",
        product="304 2B cold-rolled coil",
        specification="1.0 mm × 1219 mm",
        coils=(SheetCoil("S24A0817-03", "212", "pcs"), SheetCoil("S24A0817-05", "6.35", "t")),
        proposal_no=1,
        version=2,
        proposer="陈晓明",
        submitted_at="2024-08-20 15:30 CST",
        lines=(COMPENSATION, RETURN),
        total_base="38600.00",
        base_currency="CNY",
        cumulative_base="38600.00",
        matrix_version=3,
        signers=signers or (MANAGER, GENERAL),
        binding=binding,
        final_role="general_manager",
        department_fingerprint=FINGERPRINT,
        print_code=CODE,
        printed_at="2024-08-22 17:00 CST",
    )
