"""The divergence index: how far a version strays from the baseline, in 0..1.

For every feature ``k`` with weight ``w_k`` the version's value ``x_k`` is put on a
0..1 scale: shares (names ending in ``_share``) are used as they are; rates and
counts saturate as ``x / (x + scale_k)``, so a rate equal to its scale counts half.
The index is the weighted mean

    divergence = Σ_k w_k · s_k / Σ_k w_k

and each feature's contribution is its term ``w_k · s_k / Σ_k w_k``: the
contributions add up to the index. A feature that is undefined for a version (NaN)
is left out of both sums for that version. Weights and scales can be changed with
keyword arguments or a TOML file (``[weights]`` and ``[scales]`` tables).
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ConfigError, MissingInputError

__all__ = ["DivergenceModel", "DEFAULT_WEIGHTS", "DEFAULT_SCALES"]

#: Weight of each feature in the index. Alignment features measure how much of the
#: text is new or gone; the others how the wording and sourcing differ.
DEFAULT_WEIGHTS: Mapping[str, float] = {
    "alignment__added_share": 3.0,
    "omission__share_of_baseline": 1.5,
    "added_framing__unattributed_per_100_words": 2.0,
    "unsourced_statistic__per_100_words": 1.5,
    "loaded_word__outlet_per_100_words": 1.0,
    "loaded_word__swaps_per_100_words": 0.5,
    "hedge__added_per_100_words": 0.5,
    "vague_attribution__per_100_words": 1.0,
    "quote__altered_per_100_words": 0.75,
    "quote__unmatched_per_100_words": 0.75,
}

#: The value of a rate feature that counts half of its weight (per 100 words).
DEFAULT_SCALES: Mapping[str, float] = {
    "added_framing__unattributed_per_100_words": 0.5,
    "unsourced_statistic__per_100_words": 0.5,
    "loaded_word__outlet_per_100_words": 1.0,
    "loaded_word__swaps_per_100_words": 0.5,
    "hedge__added_per_100_words": 0.5,
    "vague_attribution__per_100_words": 0.5,
    "quote__altered_per_100_words": 0.5,
    "quote__unmatched_per_100_words": 0.5,
}


@dataclass(frozen=True, slots=True)
class DivergenceModel:
    """Weights and scales of the divergence index (see the module docstring)."""

    weights: Mapping[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    scales: Mapping[str, float] = field(default_factory=lambda: dict(DEFAULT_SCALES))

    def __post_init__(self) -> None:
        for name, value in {**self.weights, **self.scales}.items():
            if not isinstance(value, (int, float)) or isinstance(value, bool) or not math.isfinite(value) or value < 0:
                raise ConfigError(
                    f"The weight or scale of {name!r} must be a finite number ≥ 0. Got {value!r} instead."
                )
        if not any(self.weights.values()):
            raise ConfigError("At least one divergence weight must be above 0. Got only zeros instead.")

    @classmethod
    def from_toml(cls, path: str | Path) -> DivergenceModel:
        """Defaults overridden by the ``[weights]`` and ``[scales]`` tables of a TOML file."""
        file = Path(path)
        if not file.is_file():
            raise MissingInputError(f"{file}: no such weights file; give a TOML file with a [weights] table.")
        try:
            data = tomllib.loads(file.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
            raise ConfigError(f"{file}: not valid TOML ({error}); fix the weights file.") from None
        unknown = sorted(set(data) - {"weights", "scales"})
        if unknown or not all(isinstance(data.get(k, {}), dict) for k in ("weights", "scales")):
            raise ConfigError(f"{file}: only [weights] and [scales] tables are allowed; found {unknown or list(data)}.")
        return cls.with_overrides(weights=data.get("weights"), scales=data.get("scales"))

    @classmethod
    def with_overrides(
        cls, weights: Mapping[str, float] | None = None, scales: Mapping[str, float] | None = None
    ) -> DivergenceModel:
        """Defaults with some weights or scales replaced."""
        return cls({**DEFAULT_WEIGHTS, **(weights or {})}, {**DEFAULT_SCALES, **(scales or {})})

    def normalise(self, name: str, value: float) -> float:
        """A feature's value on the 0..1 scale the index uses."""
        if name.endswith("_share"):
            return min(1.0, max(0.0, value))
        scale = self.scales.get(name, 1.0)
        return value / (value + scale) if value > 0 else 0.0

    def contributions(self, scores: Mapping[str, float]) -> dict[str, float]:
        """Each weighted feature's share of the index; they add up to :meth:`index`."""
        used = {
            name: weight
            for name, weight in self.weights.items()
            if weight > 0 and name in scores and not math.isnan(scores[name])
        }
        total = sum(used.values())
        if total == 0:
            return {}
        return {name: weight * self.normalise(name, scores[name]) / total for name, weight in sorted(used.items())}

    def index(self, scores: Mapping[str, float]) -> float:
        """The divergence index in 0..1 (NaN when no weighted feature is defined)."""
        parts = self.contributions(scores)
        return math.fsum(parts.values()) if parts else math.nan
