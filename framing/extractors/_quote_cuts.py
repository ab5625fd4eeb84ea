"""Two quotations of one remark compared as sequences of words: a shorter or longer cut, or changed words.

The words are compared in their canonical forms (:mod:`._quote_words`: contractions, apostrophes, spelling
and small numbers written one way), and two forms of one word ("know" / "knows") are the same word there. An
ellipsis in either quotation stands for any run of words: what one outlet elides, the other may give in full.

The stretch from the first to the last word the two share in order is the *shared stretch*. Words one side
has outside it are a *cut*: the version quotes less (``trimmed``) or more of the remark. Where
both have other words at one edge, the words next to the shared stretch stand in place of each other (as many
as the other side has, and ``EDGE_SLACK`` more), and farther words are a cut. A cut is worth reporting only
when the words it leaves out or brings in change what the sentence it touches says: a negation ("not",
"never") within ``CUT_WINDOW`` words of the shared stretch, or a condition that governs it ("If the talks fail,
[we will close the border]", "[we will close the border] unless ..."), both in the sentence the shared stretch
ends or begins (a whole other sentence left out or added changes nothing the quoted one says; an "as if"
inside the cut governs nothing the quotation keeps). A qualifier cut off at the edge ("only furthers his
interest" quoted as "furthers his interest") is a partial quote, not a changed one; so is a phrase of fewer
than ``CUT_MIN_WORDS`` words ('denied suggesting a "secret back channel"'). Only a shorter cut is reported
(``trimmed``): words the version quotes beyond the baseline's quotation are words the baseline does not
quote, not the baseline's words changed.

Words that differ inside the shared stretch are ``altered``; another form of a word alone ("chose" / "choose",
"concerned" / "concerns": an outlet fitting a quotation into its own sentence) is not reported. The severity
follows the gold's rule (a word dropped, added, split or moved, or a form of a word changed, leaves the
meaning: ``minor``); it is ``substantive`` when a negation, a condition, a qualifier of possibility
(``SEVERE_QUALIFIERS``) or a number differs, or when two or more words that carry meaning are replaced,
dropped or added in all.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from ._quote_words import QuoteWords, is_content, spelled, variants

__all__ = ["QuoteComparison", "SharedWording", "compare_quotes", "held_within", "MEANING_WORDS", "shared_wording"]

#: Words whose presence changes what a quoted claim says, by what they do.
MEANING_WORDS: dict[str, frozenset[str]] = {
    "negation": frozenset(
        "not no never nor neither none nothing nobody without cannot can't won't don't doesn't didn't isn't "
        "aren't wasn't weren't shouldn't wouldn't couldn't hasn't haven't hadn't n't".split()
    ),
    "condition": frozenset("if unless until except provided whether otherwise".split()),
    "qualifier": frozenset(
        "may might could would should possibly probably perhaps likely unlikely maybe some almost nearly "
        "partly largely mostly only reportedly allegedly apparently seemingly somewhat roughly".split()
    ),
}
#: Qualifiers whose coming or going changes what a quotation claims (a modal of possibility, a report's hedge,
#: "only"); quantity words ("some tanks" for "tanks", "I'd call myself" for "I call myself") leave it.
SEVERE_QUALIFIERS = frozenset(
    "may might could possibly probably perhaps likely unlikely maybe reportedly allegedly apparently seemingly "
    "only".split()
)
CUT_WINDOW = 3  # words of a cut next to the shared stretch that can change its meaning
CLAUSE_START = 2  # words at the start of a sentence cut before the shared stretch where a condition governs it
MIN_SHARED = 2  # a shared stretch needs this many words in order to be one
CUT_MIN_WORDS = 5  # words of a version's quotation below which it is a phrase quoted, not a cut of a remark
EDGE_SLACK = 2  # words one side may have more than the other where both have other words at one edge
MANY_CONTENT = 2  # content words dropped or added in all that make a change substantive


@dataclass(frozen=True, slots=True)
class QuoteComparison:
    """What differs between a baseline quotation (``theirs``) and a version's (``mine``) of one remark."""

    change: str | None  # "trimmed", "altered", or None when the version's words are faithful
    severity: str | None  # "minor" or "substantive" (None when faithful)
    removed: list[str] = field(default_factory=list)  # baseline words the version does not quote
    added: list[str] = field(default_factory=list)  # version words the baseline does not quote
    meaning: dict[str, list[str]] = field(default_factory=dict)  # meaning words dropped or brought in, by role


@dataclass(frozen=True, slots=True)
class _Step:
    """One step of the alignment: ``theirs[i1:i2]`` against ``mine[j1:j2]``; ``tag`` is ``equal`` (the same
    words, or forms of them), ``elided`` (an ellipsis on one side stands there) or ``changed``."""

    tag: str
    i1: int
    i2: int
    j1: int
    j2: int


def compare_quotes(theirs: list[str] | QuoteWords, mine: list[str] | QuoteWords) -> QuoteComparison:
    """Compare a baseline quotation's words with a version's (see the module docstring); plain lists of
    lower-cased words are taken as quotations with no ellipsis and no sentence end."""
    a = theirs if isinstance(theirs, QuoteWords) else QuoteWords.of(theirs)
    b = mine if isinstance(mine, QuoteWords) else QuoteWords.of(mine)
    steps = _steps(a, b)
    equal = [s for s in steps if s.tag == "equal"]
    if sum(s.i2 - s.i1 for s in equal) < min(MIN_SHARED, len(b.words), len(a.words)) or not equal:
        return _altered(a.words, b.words, [_Step("changed", 0, len(a.words), 0, len(b.words))], hidden=[])
    first, last = steps.index(equal[0]), len(steps) - 1 - steps[::-1].index(equal[-1])
    inner = steps[first : last + 1]
    before, after = steps[:first], steps[last + 1 :]
    before_theirs, before_mine = _edge(a.words, b.words, before, leading=True)
    after_theirs, after_mine = _edge(a.words, b.words, after, leading=False)
    if before_theirs[1] > before_theirs[0] and before_mine[1] > before_mine[0]:  # other words in place of theirs
        size_a, size_b = _sizes(before_theirs, before_mine)
        inner = [
            _replaced(a, b, before_theirs[1] - size_a, before_theirs[1], before_mine[1] - size_b, before_mine[1])
        ] + inner
        before_theirs, before_mine = (
            (before_theirs[0], before_theirs[1] - size_a),
            (before_mine[0], before_mine[1] - size_b),
        )
    if after_theirs[1] > after_theirs[0] and after_mine[1] > after_mine[0]:
        size_a, size_b = _sizes(after_theirs, after_mine)
        inner = [
            *inner,
            _replaced(a, b, after_theirs[0], after_theirs[0] + size_a, after_mine[0], after_mine[0] + size_b),
        ]
        after_theirs, after_mine = (after_theirs[0] + size_a, after_theirs[1]), (after_mine[0] + size_b, after_mine[1])
    hidden = [w for s in inner if s.tag == "elided" and _gap_in(b.gaps, s.j1, s.j2) for w in a.words[s.i1 : s.i2]]
    if any(s.tag == "changed" for s in inner) or _meaning_words(hidden).get("negation"):
        return _altered(a.words, b.words, inner, hidden)
    removed = [*a.words[slice(*before_theirs)], *a.words[slice(*after_theirs)]]
    added = [*b.words[slice(*before_mine)], *b.words[slice(*after_mine)]]
    if not removed and not added:
        return QuoteComparison(None, None)
    if not removed or len(b.words) < CUT_MIN_WORDS:
        return QuoteComparison(None, None, removed, added)
    near_before = _same_sentence(a, before_theirs, leading=True)  # the baseline's words the version leaves out
    near_after = _same_sentence(a, after_theirs, leading=False)
    window = [w for part in near_before for w in part[-CUT_WINDOW:]]
    window += [w for part in near_after for w in part[:CUT_WINDOW]]
    meaning = {role: ws for role, ws in _meaning_words(window).items() if role == "negation"}
    opening = [w for part in near_before for w in part[:CLAUSE_START]]  # "If the talks fail, [we will ...]"
    opening += [w for part in near_after for w in part[:CUT_WINDOW]]  # "[we will ...] unless the talks fail"
    condition = _meaning_words(opening).get("condition")
    meaning |= {"condition": condition} if condition else {}
    if not meaning:
        return QuoteComparison(None, None, removed, added)
    return QuoteComparison("trimmed", "substantive", removed, added, meaning)


@dataclass(frozen=True, slots=True)
class SharedWording:
    """How much wording two quotations share in order (forms of one word counting as one)."""

    words: int  # words in order, all of them (the longest common subsequence)
    content: int  # content words in order (the same, of content words only)
    in_runs: int  # content words in runs of two or more words the two share
    longest_run: int  # words of the longest run the two share
    shorter: int  # words of the shorter quotation
    shorter_content: int  # content words of the quotation with fewer


def shared_wording(theirs: QuoteWords, mine: QuoteWords) -> SharedWording:
    """The wording two quotations share in order (see :class:`SharedWording`)."""
    keys_a, keys_b = list(theirs.keys), list(mine.keys)
    content_a = [k for k, w in zip(keys_a, theirs.words, strict=True) if is_content(w)]
    content_b = [k for k, w in zip(keys_b, mine.words, strict=True) if is_content(w)]
    runs = [s for s in _steps(theirs, mine) if s.tag == "equal"]
    in_runs = sum(sum(map(is_content, theirs.words[s.i1 : s.i2])) for s in runs if s.i2 - s.i1 >= 2)
    return SharedWording(
        _common(keys_a, keys_b),
        _common(content_a, content_b),
        in_runs,
        max((s.i2 - s.i1 for s in runs), default=0),
        min(len(keys_a), len(keys_b)),
        min(len(content_a), len(content_b)),
    )


def held_within(theirs: QuoteWords, mine: QuoteWords) -> int:
    """How many of ``mine``'s words the stretch that holds the words it shares with ``theirs`` runs over (from
    the first shared word to the last); 0 when they share none."""
    equal = [s for s in _steps(theirs, mine) if s.tag == "equal"]
    return equal[-1].j2 - equal[0].j1 if equal else 0


def _common(a: list[str], b: list[str]) -> int:
    """The length of the longest common subsequence of two word lists (one row of the table at a time)."""
    if len(a) < len(b):
        a, b = b, a
    row = [0] * (len(b) + 1)
    for x in a:
        previous_diagonal = 0
        for j, y in enumerate(b, 1):
            above = row[j]
            row[j] = previous_diagonal + 1 if x == y else max(above, row[j - 1])
            previous_diagonal = above
    return row[-1]


def _steps(a: QuoteWords, b: QuoteWords) -> list[_Step]:
    """The alignment of two quotations' words (forms of one word equal), an ellipsis absorbing what the
    other gives in its place."""
    keys_a, keys_b = a.keys, b.keys
    steps = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, keys_a, keys_b, autojunk=False).get_opcodes():
        if tag == "equal":
            steps.append(_Step("equal", i1, i2, j1, j2))
        elif _gap_in(a.gaps, i1, i2) or _gap_in(b.gaps, j1, j2):
            steps.append(_Step("elided", i1, i2, j1, j2))
        else:
            steps.append(_replaced(a, b, i1, i2, j1, j2))
    return steps


def _replaced(a: QuoteWords, b: QuoteWords, i1: int, i2: int, j1: int, j2: int) -> _Step:
    """Words of one side in place of the other's: forms of the same words ("Mississippians" for
    "Mississippi") are equal, other words changed."""
    same = i2 - i1 == j2 - j1 and all(variants(x, y) for x, y in zip(a.words[i1:i2], b.words[j1:j2], strict=True))
    return _Step("equal" if same else "changed", i1, i2, j1, j2)


def _sizes(theirs: tuple[int, int], mine: tuple[int, int]) -> tuple[int, int]:
    """How many words next to the shared stretch, of each side's words at one edge, stand in place of the other's
    (the rest are a cut): as many as the other side has, and ``EDGE_SLACK`` more ("by June" for "quickly")."""
    size_a, size_b = theirs[1] - theirs[0], mine[1] - mine[0]
    return min(size_a, size_b + EDGE_SLACK), min(size_b, size_a + EDGE_SLACK)


def _gap_in(gaps: frozenset[int], start: int, end: int) -> bool:
    return any(start <= gap <= end for gap in gaps)


def _edge(
    theirs: tuple[str, ...], mine: tuple[str, ...], steps: list[_Step], *, leading: bool
) -> tuple[tuple[int, int], tuple[int, int]]:
    """The spans of words each side has before (``leading``) or after the shared stretch; a stretch an
    ellipsis stands in is neither side's cut (the one outlet marked that it left words out there)."""
    if any(s.tag == "elided" for s in steps):
        edge_a = (0, 0) if leading else (len(theirs), len(theirs))
        edge_b = (0, 0) if leading else (len(mine), len(mine))
        return edge_a, edge_b
    if not steps:
        return ((0, 0), (0, 0)) if leading else ((len(theirs), len(theirs)), (len(mine), len(mine)))
    return (steps[0].i1, steps[-1].i2), (steps[0].j1, steps[-1].j2)


def _same_sentence(quote: QuoteWords, span: tuple[int, int], *, leading: bool) -> list[list[str]]:
    """The words of a cut that stand in the sentence the shared stretch begins (a cut before it, ``leading``)
    or ends (a cut after it); empty when there is no cut."""
    start, end = span
    if start >= end:
        return []
    if leading:
        start = max([start, *(b for b in quote.breaks if start < b <= end)])
    else:
        end = min([end, *(b for b in quote.breaks if start <= b < end)])
    return [list(quote.words[start:end])]


def _altered(theirs: tuple[str, ...], mine: tuple[str, ...], steps: list[_Step], hidden: list[str]) -> QuoteComparison:
    """Words changed inside the shared stretch: which, and whether the change is minor or substantive."""
    removed: list[str] = []
    added: list[str] = []
    content_out: list[str] = []
    content_in: list[str] = []
    for step in steps:
        out, into = list(theirs[step.i1 : step.i2]), list(mine[step.j1 : step.j2])
        if step.tag == "equal":
            forms = [(x, y) for x, y in zip(out, into, strict=True) if spelled(x) != spelled(y)]
            removed += [x for x, _ in forms]  # another form of a word ("knows" / "know"): a minor change
            added += [y for _, y in forms]
            continue
        if step.tag != "changed":
            continue
        removed += out
        added += into
        paired = _forms(out, into)  # forms of one word within a changed stretch ("interests" / "our interest")
        content_out += [w for i, w in enumerate(out) if is_content(w) and i not in paired]
        content_in += [w for j, w in enumerate(into) if is_content(w) and j not in paired.values()]
    removed += hidden
    if not removed and not added:
        return QuoteComparison(None, None)
    moved = Counter(map(spelled, removed)) & Counter(map(spelled, added))  # a word moved ("to unilaterally re-")
    changed = _less(content_out, moved) + _less(content_in, moved)
    meaning = _meaning_words(_less(removed, moved) + _less(added, moved))
    severe = {role: ws for role, ws in meaning.items() if role != "qualifier" or set(ws) & SEVERE_QUALIFIERS}
    substantive = len(changed) >= MANY_CONTENT or any(w[:1].isdigit() for w in changed) or bool(severe)
    return QuoteComparison("altered", "substantive" if substantive else "minor", removed, added, meaning)


def _less(found: list[str], moved: Counter[str]) -> list[str]:
    """``found`` less the words that only moved (each as many times as it moved)."""
    left = Counter(moved)
    kept = []
    for word in found:
        if left[spelled(word)] > 0:
            left[spelled(word)] -= 1
        else:
            kept.append(word)
    return kept


def _forms(out: list[str], into: list[str]) -> dict[int, int]:
    """Positions in ``out`` paired, in order, with the position in ``into`` of another form of the same word."""
    pairs: dict[int, int] = {}
    start = 0
    for i, word in enumerate(out):
        for j in range(start, len(into)):
            if variants(word, into[j]):
                pairs[i] = j
                start = j + 1
                break
    return pairs


def _meaning_words(words: list[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for word in words:
        for role, members in MEANING_WORDS.items():
            if word in members or (role == "negation" and word.endswith("n't")):
                found.setdefault(role, []).append(word)
                break
    return found
