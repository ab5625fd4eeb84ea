"""A two-page handout for a class: the ranking and a few telling findings, then questions for students.

Page 1 shows how far each version strays from the baseline and the three to five
findings most worth discussing, each beside the baseline's words. Page 2 asks
the questions of media-literacy teaching (who is the source? what is added?
what is left out? which words judge?), built from the kinds of finding present.
Plain words, no verdict on any outlet. Each page is shrunk to fit if a story
has many versions, so the handout is always two pages.
"""

from __future__ import annotations

import io
import math
from collections.abc import Iterable
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, PageBreak

from ..compare import Comparison
from ..records import Finding
from .pdfstyle import MARGIN, TEXT_WIDTH, a4_document, para, table, text
from .pdfversions import quoted, shorten
from .summary import CLOSING_NOTE
from .words import feature_label, kind_label, percent, version_name

__all__ = ["build_handout", "telling_findings", "student_questions", "Telling", "QUESTION_GROUPS"]


@dataclass(frozen=True, slots=True)
class Telling:
    """A finding picked for the handout, and the version it is in."""

    version_id: str
    finding: Finding


#: How much a kind of finding is worth discussing in class (0: never picked).
_INTEREST = {
    "altered_quote": 5.0,
    "added_framing": 4.0,
    "unsourced_statistic": 4.0,
    "loaded_word": 4.0,
    "vague_attribution": 3.5,
    "hedge": 3.0,
    "unmatched_quote": 2.5,
    "omission": 2.0,
}

#: The media-literacy questions of page 2: (question, kinds that raise it, what to ask about an example).
QUESTION_GROUPS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    (
        "Who is the source?",
        ("vague_attribution", "unmatched_quote", "altered_quote", "added_framing"),
        "Who says this? Is the person or group named? Could you check what they said?",
    ),
    (
        "What is added?",
        ("added_framing", "unsourced_statistic", "unmatched_quote"),
        "Is this a fact, an opinion or a guess about the future? Where could it come from?",
    ),
    (
        "What is left out?",
        ("omission",),
        "What does a reader of this version not learn? Who said it, or what limit or background is missing?",
    ),
    (
        "Which words judge?",
        ("loaded_word", "hedge"),
        "Which plainer word could be used? How does the feeling of the sentence change? Is the claim made more or "
        "less certain?",
    ),
    (
        "Are the quotes the same?",
        ("altered_quote",),
        "Compare the two wordings. Did the speaker's meaning change, or only the words?",
    ),
)


def _interest(finding: Finding) -> float:
    value = _INTEREST.get(finding.kind, 0.0)
    details = finding.details
    if finding.kind == "altered_quote" and details.get("severity") == "minor":
        value = 1.5
    if finding.kind == "added_framing" and details.get("attributed"):
        value = 1.0
    if finding.kind == "loaded_word" and details.get("in_quote"):
        value = 1.0
    if finding.kind == "omission" and (details.get("carried_attribution") or details.get("carried_context")):
        value += 1.0
    return value * max(finding.weight, 0.3)


def telling_findings(comparison: Comparison, limit: int = 5) -> list[Telling]:
    """Up to ``limit`` findings most worth discussing, varied in kind and version, in report order.

    Each pick lowers the worth of the other findings of its kind (by half) and of
    its version (by a fifth), so the handout shows different things.
    """
    pool = [
        (i, Telling(vid, f), _interest(f))
        for i, (vid, f) in enumerate(comparison.findings())
        if vid != comparison.baseline and _interest(f) > 0
    ]
    picked: list[tuple[int, Telling]] = []
    kinds: dict[str, int] = {}
    versions: dict[str, int] = {}
    while pool and len(picked) < limit:

        def worth(item: tuple[int, Telling, float]) -> tuple[float, int]:
            _, told, value = item
            return (value * 0.5 ** kinds.get(told.finding.kind, 0) * 0.8 ** versions.get(told.version_id, 0), -item[0])

        best = max(pool, key=worth)
        pool.remove(best)
        picked.append((best[0], best[1]))
        kinds[best[1].finding.kind] = kinds.get(best[1].finding.kind, 0) + 1
        versions[best[1].version_id] = versions.get(best[1].version_id, 0) + 1
    return [told for _, told in sorted(picked, key=lambda item: item[0])]


def student_questions(comparison: Comparison) -> list[tuple[str, str, list[str]]]:
    """(question, what to ask, examples from this story) for each question group whose kinds are present."""
    found = [(vid, f) for vid, f in comparison.findings() if vid != comparison.baseline]
    names = {r.id: version_name(r.id, r.document.version.outlet) for r in comparison.results}
    groups = []
    for question, kinds, ask in QUESTION_GROUPS:
        examples: list[str] = []
        for kind in kinds:
            first = next(((vid, f) for vid, f in found if f.kind == kind and _interest(f) >= 1.5), None)
            first = first or next(((vid, f) for vid, f in found if f.kind == kind), None)
            if first is not None and len(examples) < 2:
                examples.append(f"{_capital(names[first[0]])}, {kind_label(kind)}: {quoted(first[1].text, 110)}")
        if examples:
            groups.append((question, ask, examples))
    return groups


def _capital(name: str) -> str:
    return name[:1].upper() + name[1:]


def _ranking(comparison: Comparison) -> Flowable:
    rows: list[list[object]] = [
        [
            "Rank",
            "Version",
            "How far from the baseline (0 to 1)",
            "New words",
            "Baseline left out",
            "What makes it differ most",
        ]
    ]
    for result in comparison.results:
        coverage = result.coverage()
        top = ", ".join(feature_label(name) for name, _ in result.top_contributions(2)) or "no difference found"
        rows.append(
            [
                "baseline" if result.is_baseline else str(result.rank),
                version_name(result.id, result.document.version.outlet),
                "–" if math.isnan(result.divergence) else f"{result.divergence:.2f}",
                percent(coverage.get("added", math.nan)),
                percent(coverage.get("omitted", math.nan)),
                "the reference point" if result.is_baseline else top,
            ]
        )
    widths = [18 * mm, 38 * mm, 26 * mm, 17 * mm, 19 * mm]
    return table(rows, [*widths, TEXT_WIDTH - sum(widths)], head="headsmall")


def _findings_table(comparison: Comparison, picks: Iterable[Telling]) -> Flowable:
    names = {r.id: version_name(r.id, r.document.version.outlet) for r in comparison.results}
    rows: list[list[object]] = [["", "In this version", "In the baseline"]]
    for number, told in enumerate(picks, start=1):
        finding = told.finding
        if finding.in_baseline:
            here = "<i>(not in this version)</i>"
            there = text(quoted(finding.text, 180))
        else:
            here = text(quoted(finding.text, 180))
            there = (
                text(quoted(finding.baseline_text, 180))
                if finding.baseline_text
                else "<i>(nothing like it: the baseline does not have this)</i>"
            )
        head = f"<b>{number}. {text(kind_label(finding.kind).capitalize())}</b> · {text(names[told.version_id])}"
        rows.append([para(head, "cell"), para(here, "cell"), para(there, "cell")])
        rows.append(["", para(f"<i>{text(finding.explanation)}</i>", "small"), ""])
    widths = [38 * mm, (TEXT_WIDTH - 38 * mm) / 2, (TEXT_WIDTH - 38 * mm) / 2]
    extra: list[tuple[object, ...]] = [("SPAN", (1, 2 * i), (2, 2 * i)) for i in range(1, len(rows) // 2 + 1)]
    extra += [("LINEBELOW", (0, 2 * i - 1), (-1, 2 * i - 1), 0, "white") for i in range(1, len(rows) // 2 + 1)]
    return table(rows, widths, extra=extra)


def _page_one(comparison: Comparison) -> list[Flowable]:
    story = comparison.story
    base = comparison.baseline_result
    picks = telling_findings(comparison)
    flow: list[Flowable] = [
        para(text(f"Same story, different versions: {shorten(story.title or story.name, 90)}"), "h1"),
        para(
            f"<b>The baseline</b> is {text(version_name(base.id, base.document.version.outlet))}. "
            f"{text(comparison.baseline_reason)} The other versions are compared with it. It is a reference "
            "point, not the truth.",
            "small",
        ),
        para("How far each version strays from the baseline", "h2"),
        _ranking(comparison),
        para(
            "0 means the same words as the baseline, 1 means nothing in common. The number describes the text, "
            "not the outlet.",
            "note",
        ),
        para("What to look at", "h2"),
    ]
    if picks:
        flow.append(_findings_table(comparison, picks))
    else:
        flow.append(para("framing found no wording or sourcing differences worth a closer look in this story.", "body"))
    return flow


def _page_two(comparison: Comparison) -> list[Flowable]:
    flow: list[Flowable] = [
        para("Questions for students", "h1"),
        para("Read the baseline and one other version side by side. Then ask:", "body"),
    ]
    for question, ask, examples in student_questions(comparison):
        flow.append(para(text(question), "h2"))
        flow.append(para(text(ask), "body"))
        flow += [para(f"In this story: {text(example)}", "bullet", bulletText="–") for example in examples]
    flow += [
        para("For everyone", "h2"),
        para("Which version would you share with a friend, and why? What would you want to check first?", "body"),
        para("Words to know", "h2"),
        para(
            "<b>Baseline</b>: the version the others are compared with, often the <b>wire copy</b> a news "
            "agency sends to newspapers. <b>Source</b>: the person, group or document a claim comes from. "
            "<b>Attribution</b>: saying who said something. <b>Loaded word</b>: a word that carries a feeling or "
            "a judgement. <b>Hedge</b>: a word that makes a claim less certain (may, could, reportedly).",
            "small",
        ),
        para(text(CLOSING_NOTE), "note"),
    ]
    return flow


def build_handout(comparison: Comparison) -> bytes:
    """The two-page handout as PDF bytes (the same comparison gives the same bytes)."""
    buffer = io.BytesIO()
    title = comparison.story.title or comparison.story.name
    document = a4_document(
        buffer, title=f"framing handout: {title}", subject="Versions of one news story: a class handout"
    )
    height = A4[1] - 2 * MARGIN - 12
    pages = [
        KeepInFrame(TEXT_WIDTH, height, _page_one(comparison), mode="shrink"),
        PageBreak(),
        KeepInFrame(TEXT_WIDTH, height, _page_two(comparison), mode="shrink"),
    ]
    document.build(pages)
    return buffer.getvalue()
