"""Helpers for notebooks and the classroom: charts inline, findings in context, a guide to the kinds.

Each returns an object Jupyter displays (an HTML snippet or a pandas frame), so a
notebook cell stays one line long.
"""

from __future__ import annotations

import base64
from html import escape
from typing import TYPE_CHECKING

from ..errors import ConfigError
from ..records import FINDING_KINDS, Finding
from ..results import Comparison
from .html import CSS, HtmlSnippet, finding_html
from .words import kind_text

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["show_charts", "show_finding", "kind_guide", "classroom_examples"]


def show_charts(comparison: Comparison) -> HtmlSnippet:
    """The report's charts as images, for a notebook (the same PNGs as the report files)."""
    from .charts import chart_pngs

    images = "".join(
        f'<p><img alt="{escape(name)}" style="max-width:100%" '
        f'src="data:image/png;base64,{base64.b64encode(png).decode("ascii")}"></p>'
        for name, png in chart_pngs(comparison).items()
    )
    return HtmlSnippet(f'<div class="framing">{images}</div>')


def _matching(comparison: Comparison, version: str | None, kind: str | None) -> list[tuple[str, Finding]]:
    if kind is not None and kind not in FINDING_KINDS:
        raise ConfigError(
            f"The 'kind' parameter of show_finding must be one of {list(FINDING_KINDS)}. Got {kind!r} instead."
        )
    ids = [r.id for r in comparison.results]
    if version is not None and version not in ids:
        raise ConfigError(
            f"The 'version' parameter of show_finding must be a version id, one of {ids}. Got {version!r} instead."
        )
    ranked = [(vid, f) for vid, f in comparison.findings() if vid != comparison.baseline]
    ranked += [(vid, f) for vid, f in comparison.findings() if vid == comparison.baseline]
    return [(vid, f) for vid, f in ranked if (version is None or vid == version) and (kind is None or f.kind == kind)]


def show_finding(
    comparison: Comparison, version: str | None = None, kind: str | None = None, n: int = 0
) -> HtmlSnippet:
    """The ``n``-th finding (from 0) of ``version`` and ``kind`` in context: baseline beside version."""
    found = _matching(comparison, version, kind)
    if not 0 <= n < len(found):
        raise ConfigError(
            f"show_finding: there are {len(found)} findings of version {version or 'any'} and kind "
            f"{kind or 'any'}; ask for n from 0 to {len(found) - 1}."
            if found
            else f"show_finding: no finding of version {version or 'any'} and kind {kind or 'any'}; "
            "try another kind or version."
        )
    version_id, finding = found[n]
    return finding_html(comparison, version_id, finding)


def kind_guide(comparison: Comparison | None = None) -> pd.DataFrame:
    """One row per kind of finding: its name, what it means, its limits and a question for students.

    With a comparison, the column ``in this story`` counts the findings of each
    kind in the versions other than the baseline.
    """
    import pandas as pd

    rows = []
    for kind in FINDING_KINDS:
        words = kind_text(kind)
        row: dict[str, object] = {
            "kind": kind,
            "name": words.label,
            "what it means": words.meaning,
            "limits": words.limits,
            "question for students": words.question,
        }
        if comparison is not None:
            row["in this story"] = sum(f.kind == kind for vid, f in comparison.findings() if vid != comparison.baseline)
        rows.append(row)
    return pd.DataFrame(rows).set_index("kind")


def classroom_examples(comparison: Comparison) -> HtmlSnippet:
    """For each kind: what it means, its first example in the story side by side, and a question to ask."""
    parts = [f"<style>{CSS}</style>"]
    for kind in FINDING_KINDS:
        words = kind_text(kind)
        found = _matching(comparison, None, kind)
        example = (
            finding_html(comparison, *found[0], intro=False)
            if found
            else '<p class="note">No example of this kind in this story.</p>'
        )
        parts.append(
            f'<div class="framing"><h3>{escape(words.label.capitalize())}</h3><p>{escape(words.meaning)}</p>'
            f"{example}<p><b>Ask:</b> {escape(words.question)}</p></div>"
        )
    return HtmlSnippet("".join(parts))
