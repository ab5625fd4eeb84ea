"""Outlet profiles: how each outlet's versions differ from the wire copy, over the stories it covers.

Per outlet, over the stories with a wire origin where it has a version that is not
the origin: the mean of each rate per 100 words in its own voice and of the share of
its words derived from the wire, and the median divergence, each with a bootstrap 95%
interval (stories resampled, seeded per outlet: the same input gives the same numbers)
and the number of stories behind it. They describe texts, never verdicts on outlets.
"""

from __future__ import annotations

import warnings
import zlib
from typing import TYPE_CHECKING, Any

import numpy as np

from .tasks import PROFILE_FEATURES

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes

__all__ = ["NOTE", "FEATURES", "outlet_profiles", "chart_matrix", "draw_profiles", "save_chart", "BOOTSTRAP", "SEED"]

NOTE = (
    "These profiles describe texts (how an outlet's versions differ from the wire copy in the stories found), "
    "never verdicts on outlets."
)
FEATURES: tuple[str, ...] = tuple(name for name, _ in PROFILE_FEATURES) + ("attribution_dropped_per_100_words",)
BOOTSTRAP = 1000
SEED = 17
_SHORT = {
    "added_framing_unattributed_per_100_words": "unattributed\nframing",
    "unsourced_statistic_per_100_words": "unsourced\nfigures",
    "loaded_word_outlet_voice_per_100_words": "loaded words\n(own voice)",
    "hedge_added_per_100_words": "hedges\nadded",
    "vague_attribution_per_100_words": "vague\nsources",
    "quote_altered_per_100_words": "altered\nquotes",
    "quote_unmatched_per_100_words": "new\nquotes",
    "derived_share": "derived\nfrom wire",
    "attribution_dropped_per_100_words": "attribution\ndropped",
    "divergence": "median\ndivergence",
}


def outlet_profiles(versions: pd.DataFrame, *, bootstrap: int = BOOTSTRAP, seed: int = SEED) -> pd.DataFrame:
    """One row per outlet: ``n_stories``, then each feature with ``_low`` and ``_high`` (95% interval)."""
    import pandas as pd

    wired = versions[(versions["origin_kind"] != "none") & versions["outlet"].notna()]
    per_story = wired.groupby(["outlet", "story"], sort=True)[[*FEATURES, "divergence"]].mean().reset_index()
    rows: list[dict[str, Any]] = []
    for outlet, table in per_story.groupby("outlet", sort=True):
        rng = np.random.default_rng([seed, zlib.crc32(str(outlet).encode("utf-8"))])
        picks = rng.integers(0, len(table), size=(bootstrap, len(table)))
        row: dict[str, Any] = {"outlet": outlet, "n_stories": len(table)}
        for name in (*FEATURES, "divergence"):
            values = table[name].to_numpy(dtype=float)
            statistic = np.nanmedian if name == "divergence" else np.nanmean
            row.update(_estimate(name, values, picks, statistic))
        rows.append(row)
    columns = ["outlet", "n_stories"] + [f"{n}{s}" for n in (*FEATURES, "divergence") for s in ("", "_low", "_high")]
    frame = pd.DataFrame(rows, columns=columns)
    return frame.sort_values(["n_stories", "outlet"], ascending=[False, True], kind="stable").reset_index(drop=True)


def _estimate(name: str, values: np.ndarray, picks: np.ndarray, statistic: Any) -> dict[str, float]:
    label = "divergence" if name == "divergence" else name
    if np.all(np.isnan(values)):
        return {label: np.nan, f"{label}_low": np.nan, f"{label}_high": np.nan}
    with np.errstate(all="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # a resample of only undefined values: NaN, left out below
        resampled = statistic(values[picks], axis=1)
    low, high = np.nanpercentile(resampled, [2.5, 97.5])
    return {label: float(statistic(values)), f"{label}_low": float(low), f"{label}_high": float(high)}


def chart_matrix(profiles: pd.DataFrame, *, min_stories: int = 5, top: int = 25) -> pd.DataFrame:
    """The numbers the chart shows: outlets with at least ``min_stories`` (the ``top`` most covered) x features.

    A small pile where no outlet has ``min_stories`` shows every outlet (the rows say n=).
    """
    if not (profiles["n_stories"] >= min_stories).any():
        min_stories = 1
    chosen = profiles[profiles["n_stories"] >= min_stories].head(top)
    matrix = chosen.set_index("outlet")[[*FEATURES, "divergence"]]
    matrix.index = [f"{outlet} (n={n})" for outlet, n in zip(chosen["outlet"], chosen["n_stories"], strict=True)]
    return matrix


def draw_profiles(ax: Axes, matrix: pd.DataFrame) -> Any:
    """Outlets x features as shades of grey (each column scaled to its largest value), every cell labelled."""
    values = matrix.to_numpy(dtype=float)
    peak = np.nanmax(np.where(np.isnan(values), -np.inf, values), axis=0) if len(values) else np.zeros(0)
    scaled = np.divide(values, peak, out=np.zeros_like(values), where=(peak > 0) & ~np.isnan(values))
    image = ax.imshow(scaled, cmap="Greys", vmin=0.0, vmax=1.0, aspect="auto")
    for (row, column), value in np.ndenumerate(values):
        shade = scaled[row, column]
        label = "–" if np.isnan(value) else f"{value:.2f}"
        ax.text(column, row, label, ha="center", va="center", fontsize=7, color="white" if shade > 0.55 else "black")
    ax.set_xticks(range(values.shape[1]), [_SHORT.get(c, c) for c in matrix.columns], fontsize=7)
    ax.set_yticks(range(values.shape[0]), list(matrix.index), fontsize=7)
    ax.xaxis.tick_top()
    return image


def save_chart(matrix: pd.DataFrame, path: Any) -> None:
    """Draw the profile chart with its note and save it as a PNG (no timestamp: the same numbers, the same bytes)."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib.figure import Figure

    height = 1.6 + 0.28 * max(len(matrix), 1)
    figure = Figure(figsize=(10, height), dpi=100)
    ax = figure.add_subplot(1, 1, 1)
    if len(matrix):
        draw_profiles(ax, matrix)
    else:
        ax.text(0.5, 0.5, "no outlet has enough stories for a profile", ha="center", va="center")
        ax.set_axis_off()
    figure.text(
        0.01,
        0.01,
        "Rates per 100 words in the outlet's own voice; shade: share of the column's largest. " + NOTE,
        fontsize=6.5,
        wrap=True,
    )
    figure.subplots_adjust(left=0.3, right=0.98, top=1 - 0.9 / height, bottom=0.5 / height)
    figure.savefig(path, format="png", metadata={"Software": None})
