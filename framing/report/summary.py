"""Sentences and tables in plain words, shared by the PDF and the HTML report.

"What we found" is generated from counts and shares only; it describes texts and
never judges an outlet.
"""

from __future__ import annotations

import importlib
import importlib.util
import math
from collections.abc import Mapping
from typing import Any

from ..divergence import DivergenceModel
from ..records import FINDING_KINDS
from ..results import Comparison, VersionResult
from .words import count_phrase, kind_text, percent, version_name

__all__ = [
    "what_we_found",
    "version_facts",
    "name_of",
    "BASELINE_MEANING",
    "DIVERGENCE_STEPS",
    "CLOSING_NOTE",
    "LIMITS",
    "PIPELINE",
    "weights_rows",
    "kinds_rows",
    "lexicon_rows",
]

#: Kinds about the text that was set aside or left out, told apart from wording and sourcing.
_SET_ASIDE = ("boilerplate", "duplicate_passage")

BASELINE_MEANING = (
    "The baseline is the version every other version is compared with. Usually it is the wire copy: the text "
    "a news agency sends to the newspapers and websites that pay for it, which they may print as it is, shorten "
    "or rewrite. The baseline is a reference point, not the truth."
)
CLOSING_NOTE = (
    "These numbers describe texts, not the outlets that published them or their intentions. A difference is a "
    "reason to read more closely, not proof that a version is wrong or biased."
)
PIPELINE = (
    "framing first cleans each version: it sets aside text that is not part of the story (copyright lines, "
    "bylines, error messages, repeated paragraphs).",
    "It splits each version into sentences and matches every sentence with the baseline sentence it comes from. "
    "A sentence is the same (nearly the same words), reworded (many of the same words), partly shared (some of "
    "the same words) or new (no baseline sentence like it). Baseline sentences that nothing matches are left out.",
    "It looks for kinds of finding (below) with rules and word lists, and marks each at the exact characters "
    "where it stands.",
    "It combines a few measures into one number, the divergence, to rank the versions.",
)
DIVERGENCE_STEPS = (
    "Each measure is first put on a scale from 0 to 1. Shares (such as the share of new words) are used as they "
    "are. Rates (findings per 100 words) are squeezed into 0 to 1 as rate / (rate + scale): a rate equal to its "
    "scale counts as 0.5, and a very high rate comes close to 1.",
    "The divergence is the weighted average of these values: each value is multiplied by its weight, the results "
    "are added up, and the sum is divided by the sum of the weights. So it runs from 0 (the same as the "
    "baseline) to 1 (nothing in common).",
    "Each measure's contribution is its part of that sum, so the contributions add up to the divergence. That is "
    "what the stacked bars on the first page show.",
    "A measure that cannot be worked out for a version (for example a rate for a text with no words) is left out "
    "of both sums for that version, rather than counted as 0.",
)
LIMITS = (
    "framing reads words, not meaning. Its rules and word lists catch common patterns and miss others, and they "
    "can mark a word that is harmless in its context. Every finding is a place to look, not a judgement.",
    "Differences from the baseline are not mistakes in themselves: an outlet may add useful background, correct "
    "the agency, or shorten a story to fit.",
    "Rates per 100 words depend on length: in a short text one finding weighs more than in a long one.",
    "The ranking depends on the weights in the table above. Other weights (the --weights option) give another ranking.",
)


def name_of(result: VersionResult) -> str:
    """``"Version 003 (MENAFN)"``: the display name, capitalised to start a sentence."""
    name = version_name(result.id, result.document.version.outlet)
    return name[:1].upper() + name[1:]


def what_we_found(comparison: Comparison) -> list[str]:
    """A few plain sentences about the versions, from counts and shares only."""
    others = [r for r in comparison.results if not r.is_baseline]
    base = comparison.baseline_result
    lines = [
        f"We compared {len(others)} version{'s' if len(others) != 1 else ''} of this story with the baseline, "
        f"{version_name(base.id, base.document.version.outlet)}, which has {base.document.word_count} words."
    ]
    lines.extend(_about(result) for result in others)
    lines.append(CLOSING_NOTE)
    return lines


def _about(result: VersionResult) -> str:
    coverage = result.coverage()
    added, omitted = coverage.get("added", math.nan), coverage.get("omitted", math.nan)
    name = name_of(result)
    if math.isnan(added):
        text = f"{name} could not be matched with the baseline (it has no words framing could compare)."
    elif added >= 0.5:
        text = f"{name} shares little text with the baseline: {percent(added)} of its words are new."
    elif added >= 0.2:
        text = f"{name} mixes baseline text with new text: {percent(added)} of its words are new."
    else:
        text = f"{name} stays close to the baseline: {percent(1 - added)} of its words come from it."
    if not math.isnan(omitted):
        text += (
            f" It leaves out {percent(omitted)} of the baseline's words."
            if omitted >= 0.005
            else " It keeps the whole baseline."
        )
    return " ".join([text, *_counts(result)])


def _counts(result: VersionResult) -> list[str]:
    counts: dict[str, int] = {}
    for finding in result.findings:
        counts[finding.kind] = counts.get(finding.kind, 0) + 1
    wording = [count_phrase(k, counts[k]) for k in _kind_order(counts) if k not in (*_SET_ASIDE, "omission")]
    sentences = [f"We marked {_join(wording)}." if wording else "We marked no findings about its wording or sources."]
    aside = [count_phrase(k, counts[k]) for k in _SET_ASIDE if counts.get(k)]
    if aside:
        sentences.append(f"It also carries {_join(aside)}, set aside before comparing.")
    return sentences


def _kind_order(counts: dict[str, int]) -> list[str]:
    return [k for k in FINDING_KINDS if k in counts] + sorted(set(counts) - set(FINDING_KINDS))


def _join(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def version_facts(comparison: Comparison, result: VersionResult) -> str:
    """One line about a version: rank, divergence, words, and what it is made of."""
    if result.is_baseline:
        return f"The baseline. {result.document.word_count} words."
    ranked = sum(not r.is_baseline for r in comparison.results)
    coverage = result.coverage()
    divergence = "not measured" if math.isnan(result.divergence) else f"{result.divergence:.2f}"
    return (
        f"Rank {result.rank} of {ranked} (1 = closest to the baseline). Divergence {divergence}. "
        f"{result.document.word_count} words: {percent(coverage.get('same', math.nan))} the same, "
        f"{percent(coverage.get('paraphrase', math.nan))} reworded, {percent(coverage.get('partial', math.nan))} "
        f"partly shared, {percent(coverage.get('added', math.nan))} new. It leaves out "
        f"{percent(coverage.get('omitted', math.nan))} of the baseline's words."
    )


def weights_rows(model: DivergenceModel | None = None) -> list[tuple[str, str, str, str]]:
    """(plain name, measure, weight, scale) of a divergence index (default: the default one)."""
    return [(label, name, f"{weight:g}", unit) for label, name, weight, unit in (model or DivergenceModel()).rows()]


def kinds_rows(kinds: tuple[str, ...] = FINDING_KINDS) -> list[tuple[str, str, str]]:
    """(name, what it means, its limits) of each kind of finding."""
    return [(kind_text(k).label, kind_text(k).meaning, kind_text(k).limits) for k in kinds]


def lexicon_rows() -> list[tuple[str, str, str]]:
    """(word list, what it holds, its sources) from :mod:`framing.lexicon`; empty where that module is absent."""
    if importlib.util.find_spec("framing.lexicon") is None:
        return []
    module: Any = importlib.import_module("framing.lexicon")
    rows = []
    for name in module.available_lexicons():
        lexicon = module.load_lexicon(name)
        sources = getattr(lexicon, "sources", None) or ()
        if isinstance(sources, str):
            sources = (sources,)
        elif isinstance(sources, Mapping):
            sources = [str(value) for _, value in sorted(sources.items())]
        description = str(getattr(lexicon, "description", "") or "")
        rows.append((str(name), description, "; ".join(str(s) for s in sources) or "no source recorded"))
    return rows
