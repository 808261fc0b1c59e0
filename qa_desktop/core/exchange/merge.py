"""The three-way comparison of a record changed at both ends since a pack was made. Pure.

`base` is the record as both ends last agreed on it (what the laptop received, or what the
last return pack brought); `ours` is this database's, `theirs` the pack's. A field changed
at one end only takes that end's value; changed at both ends to the same value, it agrees;
changed at both ends to different values, it is a conflict: both are kept, neither wins
until a person chooses. Without a base (a record both ends made, or one this end never
sent), every differing field is a conflict: nothing is overwritten on a guess."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class FieldConflict:
    field: str
    base: Any
    ours: Any
    theirs: Any


@dataclass
class Merged:
    """What the comparison decided for one record."""

    take: dict[str, Any] = field(default_factory=dict)  # fields to set to the pack's value
    conflicts: list[FieldConflict] = field(default_factory=list)


Settle = Callable[[Any, Any], Any]


def earliest(ours: Any, theirs: Any) -> Any:
    """Of two instants (ISO text), the earlier: when a visit started is when either end did."""
    known = [value for value in (ours, theirs) if value is not None]
    return min(known) if known else None


def merge_fields(
    base: Mapping[str, Any] | None,
    ours: Mapping[str, Any],
    theirs: Mapping[str, Any],
    settle: Mapping[str, Settle] | None = None,
) -> Merged:
    """Field by field over the fields both ends have (`ours` names them). `settle` names the
    fields whose two values a rule reconciles (e.g. `earliest`) instead of a person."""
    merged = Merged()
    for name in ours:
        if name not in theirs:
            continue
        mine, other = ours[name], theirs[name]
        if mine == other:
            continue
        if settle and name in settle:  # the rule decides whatever the base says
            value = settle[name](mine, other)
            if value != mine:
                merged.take[name] = value
            continue
        if base is not None and name in base:
            before = base[name]
            if mine == before:
                merged.take[name] = other
                continue
            if other == before:
                continue
        else:
            before = None
        merged.conflicts.append(FieldConflict(name, before, mine, other))
    return merged
