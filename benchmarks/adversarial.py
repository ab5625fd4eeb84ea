"""Growth curves of framing's analysis on hostile and unlucky input (a script, not a timed test).

    python benchmarks/adversarial.py [--shapes digits,periods,...] [--limit 10] [--out results.md]

Each shape is a story whose copy (and, for some, whose baseline too) carries one
adversarial text: a run of digits, ``1,1,1,…``, commas, periods, quotation marks,
an HTML page full of entities, loaded words, one long sentence without punctuation,
and a story with many versions. For each shape the script times
:func:`framing.analyze` (with the HTML page turned into text first, as
:func:`framing.load_story` does) at growing sizes, best of ``--repeats`` runs, until
one run passes ``--limit`` seconds or the sizes run out, and prints a markdown table
of sizes × seconds (CPU seconds of this process by default: other load on a shared machine does not
change them; ``--clock wall`` for elapsed time) with the log-log slope of the last steps (1 = linear) and the
largest size that stayed under the limit. ``tests/test_adversarial.py`` uses the
same shapes at small sizes.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import framing
from framing.htmltext import html_to_text
from framing.records import Story

WIRE = (
    "WASHINGTON (AP) — Officials met on Monday to discuss the budget, the finance ministry said. "
    "The talks ended without a deal, and a second round is planned for next week.\n\n"
    'Rutte said the alliance would stay united. "We will keep working together," he told reporters.\n\n'
    "© 2025 The Associated Press. All rights reserved."
)
LEAD = "Officials met on Monday to discuss the budget. The talks ended without a deal, the minister said.\n\n"


def fill(unit: str, size: int) -> str:
    """``unit`` repeated to exactly ``size`` characters."""
    return (unit * (size // len(unit) + 1))[:size]


def two_versions(chunk: str, *, in_baseline: bool = False) -> Story:
    """The wire copy and a copy that carries ``chunk`` (and the baseline too, if ``in_baseline``)."""
    wire = WIRE + "\n\n" + chunk if in_baseline else WIRE
    return framing.story_from_texts({"wire": wire, "copy": LEAD + chunk}, baseline="wire", name="adversarial")


_LOADED = "massive brutal radical shocking devastating outrageous "
_LONG = "officials said troops rose 5 percent to 300 soldiers while Rutte told 12 people that sales doubled and "
_HTML_UNIT = (
    "<p>Prices &amp; wages rose {}&nbsp;% &#8220;sharply&#8221; &mdash; &lt;b&gt; &quot;up&quot;, he said</p>\n"
)
_QUOTED = '"We will win round {}," he said. '


def numbered(unit: str, size: int) -> str:
    """``unit`` with a running number (so no paragraph repeats another), repeated to about ``size`` characters."""
    parts, total, number = [], 0, 0
    while total < size:
        part = unit.format(number)
        parts.append(part)
        total += len(part)
        number += 1
    return "".join(parts)[:size]


_NAMES = "Mark Rutte Of Japan Said Told said Minister Kishida told according to Officials Stated "
_COMMAS = "Rutte, Kishida, Smith, the minister said, "


def loaded_in_both(size: int) -> Story:
    """Loaded words in the copy, and the same words but one in another order in the baseline (swaps to look for)."""
    words = fill(_LOADED, size).split()
    wire = WIRE + "\n\n" + " ".join(word for word in words[1::2] + words[::2] if word != "outrageous")
    return framing.story_from_texts({"wire": wire, "copy": LEAD + " ".join(words)}, baseline="wire", name="adversarial")


def many_versions(count: int) -> Story:
    """A wire copy and ``count - 1`` rewrites of it, each a little different, all quoting the same speaker."""
    texts = {"wire": WIRE}
    for number in range(1, count):
        texts[f"v{number:04d}"] = (
            f"Officials met on Monday to discuss the budget for the {number}th time, a spokesman said. "
            f"The talks ended without a deal; analysts expect {number % 7 + 2} more rounds.\n\n"
            'Rutte said the alliance would stay united. "We will keep working together," he told reporters. '
            f'"Round {number} changes nothing," he added.'
        )
    return framing.story_from_texts(texts, baseline="wire", name="many-versions")


@dataclass(frozen=True)
class Shape:
    """An adversarial input that grows with ``size`` (characters, or versions for ``versions``)."""

    name: str
    what: str
    build: Callable[[int], object]  # size -> a Story, or an HTML page (str) for the html shape
    sizes: tuple[int, ...]
    unit: str = "characters"


_CHARS = (1_000, 3_000, 10_000, 30_000, 100_000, 300_000, 1_000_000, 3_000_000, 5_000_000)  # 5 MB: the file cap

SHAPES: dict[str, Shape] = {
    shape.name: shape
    for shape in (
        Shape("digits", "a run of digits `1234567890…`", lambda n: two_versions(fill("1234567890", n)), _CHARS),
        Shape("ones", "`1,1,1,…`", lambda n: two_versions(fill("1,", n)), _CHARS),
        Shape("commas", "a run of commas", lambda n: two_versions(fill(",", n)), _CHARS),
        Shape("periods", "a run of periods", lambda n: two_versions(fill(".", n)), _CHARS),
        Shape("quotes", 'a run of `"`', lambda n: two_versions(fill('"', n)), _CHARS),
        Shape(
            "unbalanced-quotes",
            '`" a ` repeated (quotes opened everywhere)',
            lambda n: two_versions(fill('" a ', n)),
            _CHARS,
        ),
        Shape("single-quotes", "` 'ab` repeated", lambda n: two_versions(fill(" 'ab", n)), _CHARS),
        Shape(
            "html-entities",
            "an HTML page of short paragraphs full of entities and quotes (size: page characters)",
            lambda n: "<html><body>" + numbered(_HTML_UNIT, n) + "</body></html>",
            _CHARS,
        ),
        Shape(
            "quoted-sentences",
            "quoted sentences in one paragraph",
            lambda n: two_versions(numbered(_QUOTED, n)),
            _CHARS,
        ),
        Shape(
            "quoted-paragraphs",
            "one quoted sentence per paragraph",
            lambda n: two_versions(numbered(_QUOTED.strip() + "\n\n", n)),
            _CHARS,
        ),
        Shape("loaded-words", "loaded words without punctuation", lambda n: two_versions(fill(_LOADED, n)), _CHARS),
        Shape(
            "loaded-both",
            "loaded words in both versions, in another order in the baseline",
            lambda n: loaded_in_both(n),
            _CHARS,
        ),
        Shape(
            "names-verbs",
            "capitalised names and reporting verbs, no punctuation",
            lambda n: two_versions(fill(_NAMES, n)),
            _CHARS,
        ),
        Shape(
            "comma-list", "a list of names and commas, no full stop", lambda n: two_versions(fill(_COMMAS, n)), _CHARS
        ),
        Shape(
            "long-sentence",
            "one sentence without punctuation, with figures and speakers",
            lambda n: two_versions(fill(_LONG, n)),
            _CHARS,
        ),
        Shape("versions", "versions per story", many_versions, (10, 50, 100, 200, 400, 1_000), unit="versions"),
    )
}


def analyse(made: object) -> None:
    """Analyse what a shape built (an HTML page: its text extracted as load_story does, then as a copy)."""
    story = two_versions(html_to_text(made)) if isinstance(made, str) else made
    if not isinstance(story, Story):
        raise TypeError(f"a shape builds a Story or an HTML page, not {type(story).__name__}")
    framing.analyze(story)


def run_once(shape: Shape, size: int, clock: Callable[[], float] = time.perf_counter) -> float:
    """Seconds to analyse one input of ``size`` (made before the clock starts)."""
    made = shape.build(size)
    started = clock()
    analyse(made)
    return clock() - started


def best_of(shape: Shape, size: int, repeats: int, clock: Callable[[], float] = time.perf_counter) -> float:
    return min(run_once(shape, size, clock) for _ in range(repeats))


def warm_up() -> None:
    """Load the models, lexicons and dictionaries once, so the first size is not charged for them."""
    framing.analyze(framing.example_story())


def curve(shape: Shape, limit: float, repeats: int, clock: Callable[[], float]) -> list[tuple[int, float]]:
    points = []
    for size in shape.sizes:
        seconds = best_of(shape, size, repeats if size <= 100_000 else 1, clock)
        points.append((size, seconds))
        print(f"  {shape.name}: {size:,} {shape.unit} {seconds:.3f} s", file=sys.stderr, flush=True)
        if seconds > limit:
            break
    return points


def slope(points: list[tuple[int, float]]) -> float:
    """Log-log slope of the last two points (1 = linear), NaN when they are too short to tell."""
    (n1, t1), (n2, t2) = points[-2], points[-1]
    if t1 < 0.05:
        return math.nan
    return math.log(t2 / t1) / math.log(n2 / n1)


def table(curves: dict[str, list[tuple[int, float]]], limit: float) -> str:
    lines = [
        f"| shape | sizes → seconds (best of runs) | slope of the last step | largest size under {limit:g} s |",
        "|---|---|---|---|",
    ]
    for name, points in curves.items():
        shape = SHAPES[name]
        cells = ", ".join(f"{size:,}: {seconds:.2f}" for size, seconds in points)
        under = [size for size, seconds in points if seconds <= limit]
        largest = f"{under[-1]:,} {shape.unit}" if under else "none"
        if under and under[-1] == shape.sizes[-1]:
            largest = f"≥ {largest} (largest tried)"
        tail = slope(points) if len(points) > 1 else math.nan
        lines.append(f"| {shape.what} | {cells} | {'–' if math.isnan(tail) else f'{tail:.2f}'} | {largest} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shapes", default=",".join(SHAPES), help="comma-separated shape names")
    parser.add_argument("--limit", type=float, default=10.0, help="stop growing a shape past this many seconds")
    parser.add_argument("--repeats", type=int, default=2, help="runs per size up to 100,000 (the best is kept)")
    parser.add_argument(
        "--clock",
        choices=("cpu", "wall"),
        default="cpu",
        help="cpu: this process's CPU time (what other load on a shared machine does not change); wall: elapsed",
    )
    parser.add_argument("--out", type=Path, help="also write the markdown table here")
    args = parser.parse_args(argv)
    names = [name.strip() for name in args.shapes.split(",") if name.strip()]
    unknown = sorted(set(names) - set(SHAPES))
    if unknown:
        parser.error(f"unknown shapes {unknown}; choose from {sorted(SHAPES)}")
    warm_up()
    clock = time.process_time if args.clock == "cpu" else time.perf_counter
    curves = {name: curve(SHAPES[name], args.limit, args.repeats, clock) for name in names}
    result = table(curves, args.limit)
    print(result)
    if args.out:
        args.out.write_text(result + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
