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
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ConfigError, MissingInputError
from .kinds import FeatureSpec

__all__ = ["DivergenceModel", "DEFAULT_WEIGHTS", "DEFAULT_SCALES", "feature_specs"]


def feature_specs() -> dict[str, FeatureSpec]:
    """Every feature a comparison can hold, by full name: the alignment's and each extractor's."""
    from .extractors.base import available_features  # the registry of extractors, read when first needed

    return available_features()


def _defaults() -> tuple[dict[str, float], dict[str, float]]:
    specs = feature_specs()
    weights = {name: spec.weight for name, spec in sorted(specs.items()) if spec.weight > 0}
    scales = {
        name: spec.scale
        for name, spec in sorted(specs.items())
        if spec.weight > 0 and spec.scale is not None and not spec.is_share
    }
    return weights, scales


class _Defaults(Mapping[str, float]):
    """Default weights (``which`` 0) or scales (1), read from the features' specs when first looked at."""

    def __init__(self, which: int) -> None:
        self._which = which

    def _values(self) -> dict[str, float]:
        return _defaults()[self._which]

    def __getitem__(self, name: str) -> float:
        return self._values()[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values())

    def __len__(self) -> int:
        return len(self._values())

    def __repr__(self) -> str:
        return repr(self._values())


#: Weight of each feature in the index (from each feature's spec: the extractors' ``features``).
DEFAULT_WEIGHTS: Mapping[str, float] = _Defaults(0)
#: The value of a rate feature that counts half of its weight (per 100 words).
DEFAULT_SCALES: Mapping[str, float] = _Defaults(1)


@dataclass(frozen=True, slots=True)
class DivergenceModel:
    """Weights and scales of the divergence index (see the module docstring)."""

    weights: Mapping[str, float] = field(default_factory=lambda: _defaults()[0])
    scales: Mapping[str, float] = field(default_factory=lambda: _defaults()[1])

    def __post_init__(self) -> None:
        for parameter, given in (("weights", self.weights), ("scales", self.scales)):
            if not isinstance(given, Mapping):
                raise ConfigError(
                    f"The {parameter!r} parameter of DivergenceModel must be a mapping of feature names to numbers. "
                    f"Got {type(given).__name__} instead."
                )
        known = feature_specs()
        unknown = sorted(set(self.weights) - set(known)) + sorted(set(self.scales) - set(known))
        if unknown:
            raise ConfigError(f"Unknown divergence feature name(s) {unknown}; the names are: {sorted(known)}.")
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
        try:
            return cls.with_overrides(weights=data.get("weights"), scales=data.get("scales"))
        except ConfigError as error:
            raise ConfigError(f"{file}: {error}") from None

    @classmethod
    def with_overrides(
        cls, weights: Mapping[str, float] | None = None, scales: Mapping[str, float] | None = None
    ) -> DivergenceModel:
        """Defaults with some weights or scales replaced."""
        for parameter, given in (("weights", weights), ("scales", scales)):
            if given is not None and not isinstance(given, Mapping):
                raise ConfigError(
                    f"The {parameter!r} parameter must be a mapping of feature names to numbers, e.g. "
                    f'{{"alignment__added_share": 1.0}}. Got {type(given).__name__} instead.'
                )
        default_weights, default_scales = _defaults()
        return cls({**default_weights, **(weights or {})}, {**default_scales, **(scales or {})})

    def rows(self) -> list[tuple[str, str, float, str]]:
        """(plain name, feature, weight, how it is scaled) of every weighted feature, largest weight first."""
        specs = feature_specs()
        rows = []
        for name, weight in sorted(self.weights.items(), key=lambda item: (-item[1], item[0])):
            if weight > 0:
                rows.append((specs[name].label, name, weight, specs[name].unit(self.scales.get(name))))
        return rows

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
