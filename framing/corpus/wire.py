"""Wire origin: which member of a story is the wire copy the others start from, and why.

In order: a member whose outlet is a wire agency; else one whose text carries a
wire credit (a dateline such as ``(Reuters) -`` or a copyright line); several
such members are told apart by how much of the others' text derives from them,
then by date, then by id. With no wire copy, a member from which the others
derive at least ``DERIVED`` of their text on average is the origin. Otherwise
the story has no wire copy, and it is compared with its earliest member.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .features import SHINGLE, is_wire_outlet, words

__all__ = ["Member", "Origin", "choose_origin", "derivation_shares", "DERIVED"]

DERIVED = 0.4  # mean share of the others' word 5-shingles found in one member, to call it their source


@dataclass(frozen=True, slots=True)
class Member:
    """What the origin choice needs of one member of a story."""

    id: str
    text: str
    outlet: str | None
    date: str | None
    credit: str | None
    credit_evidence: str | None


@dataclass(frozen=True, slots=True)
class Origin:
    """The baseline of a story: ``kind`` is wire_outlet, wire_credit, derivation or none."""

    id: str
    kind: str
    reason: str
    derivation: float | None  # mean share of the others' text found in it


def derivation_shares(members: Sequence[Member]) -> dict[str, float]:
    """For each member, the mean share of the other members' word 5-shingles that it contains."""
    shingles = [_shingles(m.text) for m in members]
    shares: dict[str, float] = {}
    for i, member in enumerate(members):
        others = [len(s & shingles[i]) / len(s) for j, s in enumerate(shingles) if j != i and s]
        shares[member.id] = sum(others) / len(others) if others else 0.0
    return shares


def choose_origin(members: Sequence[Member]) -> Origin:
    """The wire origin of a story of one or more members (see the module's text)."""
    shares = derivation_shares(members) if len(members) > 1 else {m.id: 0.0 for m in members}
    outlets = [m for m in members if is_wire_outlet(m.outlet)]
    credited = [m for m in members if m.credit]
    for kind, pool in (("wire_outlet", outlets), ("wire_credit", credited)):
        if pool:
            pick, tie = _best(pool, shares)
            why = (
                f"its outlet is a wire agency ({pick.outlet})"
                if kind == "wire_outlet"
                else f"its text carries the {pick.credit} credit ({pick.credit_evidence!r})"
            )
            return Origin(pick.id, kind, f"{pick.id} is the wire copy: {why}{tie}.", _rounded(shares[pick.id]))
    if len(members) > 1:
        pick, _ = _best(list(members), shares)
        if shares[pick.id] >= DERIVED:
            reason = (
                f"{pick.id} is the origin: no member is a wire copy, but the others derive "
                f"{shares[pick.id]:.0%} of their text from it on average."
            )
            return Origin(pick.id, "derivation", reason, _rounded(shares[pick.id]))
    first = min(members, key=_by_date)
    reason = (
        f"No wire copy: no member comes from a wire agency or carries a wire credit, and none is the source of the "
        f"others' text; compared with the earliest member, {first.id}."
    )
    return Origin(first.id, "none", reason, _rounded(shares[first.id]))


def _best(pool: Sequence[Member], shares: dict[str, float]) -> tuple[Member, str]:
    """The member the others derive most from, then the earliest, then the first by id; and what told it apart."""
    ranked = sorted(pool, key=lambda m: (-round(shares[m.id], 6), *_by_date(m)))
    pick = ranked[0]
    if len(ranked) == 1:
        return pick, ""
    if round(shares[ranked[1].id], 6) < round(shares[pick.id], 6):
        return (
            pick,
            f", and of the {len(pool)} such members the others derive most text from it ({shares[pick.id]:.0%})",
        )
    return pick, f", and it is the earliest of the {len(pool)} such members"


def _by_date(member: Member) -> tuple[bool, str, str]:
    return (member.date is None, member.date or "", member.id)


def _shingles(text: str) -> set[str]:
    tokens = words(text)
    if len(tokens) < SHINGLE:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1)}


def _rounded(value: float) -> float:
    return round(value, 6)
