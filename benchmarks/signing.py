"""What signing one payload costs with the real Argon2id cost, beside bare Ed25519 signing.

    .venv/bin/python benchmarks/signing.py [--repeat 11]

An electronic signature asks for the password again: the password is checked against its
Argon2id hash, the private key is unsealed (a second Argon2id run, for the key that opens the
AES-GCM box), and the canonical payload is signed. Figures, medians of turns taken in turn
(full, parts, baseline, full, …) with `passwords.DEFAULT_COST`:
- the whole signing: verify_password + unseal + sign;
- each part alone: verify_password; unseal; sign (canonical JSON + Ed25519);
- the baselines from the same run: bare Ed25519 signing of the payload's canonical bytes, and
  checking a signature (what `qa-desktop verify` does per signature, without any Argon2id).
The sub-millisecond ones are timed over many calls per turn and given per call. Ends with
`RESULT {json}`: the share of the whole that is Argon2id is what shows the password check
dominates, so the services run signing off the GUI thread.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from decimal import Decimal

from qa_desktop.core import password_check, passwords, signing

PASSWORD = "质量部 每天检查钢卷"
AAD = b"user:wang.jun:key:k1"
PAYLOAD = {
    "purpose": "signature",
    "record": "6f1c2a9e-0d4b-4c55-9a3e-2b7f8c1d0e42",
    "case_no": "QC-2026-0042",
    "customer": "佛山某不锈钢制品厂",
    "meaning": "approved",
    "signer": {"user_id": "wang.jun", "name": "王军", "role": "QA manager"},
    "signed_at": {"utc": "2026-03-10T01:00:00Z", "zone": "Asia/Shanghai"},
    "content_hash": "9c0d" * 16,
    "chain_head": "41be" * 16,
    "matrix_version": 3,
    "lines": [
        {"kind": "compensation", "amount": Decimal("38600.00"), "currency": "CNY"},
        {"kind": "return", "quantity": Decimal("1.250"), "unit": "t"},
    ],
}


def interleaved_ms(
    fns: dict[str, tuple[Callable[[], object], int]], repeat: int
) -> dict[str, float]:
    """Median milliseconds per call; each turn runs every function `number` times in a row."""
    for fn, _ in fns.values():
        fn()  # warm up: imports, first allocations
    times: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(repeat):
        for name, (fn, number) in fns.items():
            start = time.perf_counter()
            for _ in range(number):
                fn()
            times[name].append((time.perf_counter() - start) / number)
    return {name: statistics.median(values) * 1000 for name, values in times.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=11)
    args = parser.parse_args()
    cost = passwords.COST = passwords.DEFAULT_COST
    encoded = passwords.hash_password(PASSWORD)
    private, public = signing.new_key_pair()
    sealed = signing.seal(private, PASSWORD, aad=AAD)
    message = signing.canonical(PAYLOAD)
    signature = signing.sign(private, PAYLOAD)

    def whole() -> bytes:
        assert password_check.verify_password(encoded, PASSWORD)
        return signing.sign(signing.unseal(sealed, PASSWORD, aad=AAD), PAYLOAD)

    def check_password() -> None:
        assert password_check.verify_password(encoded, PASSWORD)

    def check_signature() -> None:
        assert signing.verify(public, PAYLOAD, signature)

    load = os.getloadavg()
    figures = interleaved_ms(
        {
            "verify password + unseal + sign": (whole, 1),
            "verify_password": (check_password, 1),
            "unseal": (lambda: signing.unseal(sealed, PASSWORD, aad=AAD), 1),
            "sign (canonical + Ed25519)": (lambda: signing.sign(private, PAYLOAD), 200),
            "bare Ed25519 sign": (lambda: private.sign(message), 200),
            "verify a signature": (check_signature, 200),
        },
        args.repeat,
    )
    argon2 = figures["verify_password"] + figures["unseal"]
    share = argon2 / figures["verify password + unseal + sign"]
    width = max(map(len, figures))
    print(f"Argon2id {cost}, medians of {args.repeat}, load average {load[0]:.2f}:")
    for name, value in figures.items():
        print(f"  {name:<{width}}  {value:10.3f} ms")
    ratio = figures["verify password + unseal + sign"] / figures["bare Ed25519 sign"]
    print(f"  Argon2id's share of signing: {share:.1%}; signing is {ratio:,.0f}× bare Ed25519")
    result = {
        "cost": {
            "time_cost": cost.time_cost,
            "memory_kib": cost.memory_kib,
            "parallelism": cost.parallelism,
        },
        "payload_bytes": len(message),
        "argon2_share": share,
        "load_average": load[0],
        **figures,
    }
    print("RESULT " + json.dumps(result, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
