"""Narrow what a reader sees: findings of some kinds, of a least severity, without attributed additions.

A filter never changes the analysis: ranks, divergence and scores stay those of
every finding; only the findings shown (listed, printed, highlighted) are fewer.

Severity: a finding whose kind grades it (``altered_quote``: ``minor`` or
``substantive``) has that severity; text set aside before comparing
(``boilerplate``, ``duplicate_passage``) is ``minor``; every other finding is
``substantive``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from .errors import ConfigError
from .records import FINDING_KINDS, Finding
from .results import Comparison

__all__ = ["SEVERITIES", "FindingFilter", "finding_severity"]

#: Severity levels, least first.
SEVERITIES: tuple[str, ...] = ("minor", "substantive")
_MINOR_KINDS = frozenset({"boilerplate", "duplicate_passage"})


def finding_severity(finding: Finding) -> str:
    """``"minor"`` or ``"substantive"`` (see the module's docstring)."""
    graded = finding.details.get("severity")
    if graded in SEVERITIES:
        return str(graded)
    return "minor" if finding.kind in _MINOR_KINDS else "substantive"


@dataclass(frozen=True, slots=True)
class FindingFilter:
    """Which findings to show. The default shows every finding."""

    kinds: frozenset[str] | None = None  # None: every kind
    min_severity: str = "minor"
    hide_attributed: bool = False

    @classmethod
    def make(
        cls, kinds: Iterable[str] | str | None = None, min_severity: str | None = None, hide_attributed: bool = False
    ) -> FindingFilter:
        """A checked filter; ``kinds`` may be a comma-separated string (``"hedge,loaded_word"``)."""
        chosen: frozenset[str] | None = None
        if kinds is not None:
            names = kinds.split(",") if isinstance(kinds, str) else list(kinds)
            chosen = frozenset(name.strip() for name in names if name.strip())
            unknown = sorted(chosen - set(FINDING_KINDS))
            if unknown or not chosen:
                raise ConfigError(
                    f"The 'kinds' filter must name kinds of finding from {', '.join(FINDING_KINDS)}. "
                    f"Got {', '.join(unknown) or 'nothing'} instead."
                )
        level = min_severity or "minor"
        if level not in SEVERITIES:
            raise ConfigError(
                f"The 'min_severity' filter must be one of {', '.join(SEVERITIES)}. Got {level!r} instead."
            )
        return cls(chosen, level, bool(hide_attributed))

    @property
    def is_everything(self) -> bool:
        return self.kinds is None and self.min_severity == SEVERITIES[0] and not self.hide_attributed

    def keep(self, finding: Finding) -> bool:
        """Whether ``finding`` is shown."""
        if self.kinds is not None and finding.kind not in self.kinds:
            return False
        if SEVERITIES.index(finding_severity(finding)) < SEVERITIES.index(self.min_severity):
            return False
        return not (self.hide_attributed and finding.details.get("attributed") is True)

    def apply(self, comparison: Comparison) -> Comparison:
        """The same comparison with only the findings this filter keeps (ranks and scores unchanged)."""
        if self.is_everything:
            return comparison
        results = tuple(replace(r, findings=tuple(f for f in r.findings if self.keep(f))) for r in comparison.results)
        return replace(comparison, results=results)
