"""Choose the baseline: the version named by the user or the manifest, else the wire copy."""

from __future__ import annotations

from dataclasses import dataclass

from .errors import BaselineError
from .records import Document, Story

__all__ = ["BaselineChoice", "choose_baseline", "WIRE_AGENCIES"]

WIRE_AGENCIES = ("Associated Press", "Reuters", "Agence France-Presse", "AP", "AFP")


@dataclass(frozen=True, slots=True)
class BaselineChoice:
    id: str
    reason: str  # one plain sentence: why this version is the baseline


def choose_baseline(story: Story, documents: dict[str, Document], named: str | None = None) -> BaselineChoice:
    """The baseline version and why; raises :class:`BaselineError` when it cannot be told."""
    ids = [v.id for v in story.versions]
    wanted = named or story.baseline
    if wanted is not None:
        if wanted not in documents:
            raise BaselineError(f"{_where(story)}: no version has the id {wanted!r}; choose the baseline from {ids}.")
        how = "you chose it" if named else (story.baseline_named_by or "the story names it")
        return BaselineChoice(wanted, f"Version {wanted} is the baseline because {how}.")
    credited = [doc for doc in documents.values() if doc.clean.credit or _wire_outlet(doc)]
    own = [doc for doc in credited if _wire_outlet(doc)]
    pick = own if len(own) == 1 else credited
    if len(pick) == 1:
        doc = pick[0]
        evidence = doc.clean.credit_evidence or f"its outlet is {doc.version.outlet}"
        agency = doc.clean.credit or doc.version.outlet
        return BaselineChoice(
            doc.version.id,
            f"Version {doc.version.id} is the baseline because it is the {agency} wire copy ({evidence!r}).",
        )
    found = ", ".join(f"{d.version.id} ({d.clean.credit or d.version.outlet})" for d in pick) or "none"
    raise BaselineError(
        f"{_where(story)}: cannot tell which version is the wire copy (wire credits found: {found}); "
        f"name one with --baseline ID, ID one of {ids}."
    )


def _wire_outlet(doc: Document) -> bool:
    outlet = (doc.version.outlet or "").strip()
    return outlet in WIRE_AGENCIES


def _where(story: Story) -> str:
    return str(story.source) if story.source is not None else story.name
