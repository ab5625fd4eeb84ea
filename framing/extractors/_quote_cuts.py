"""Two quotations of one remark compared as sequences of words: a shorter or longer cut, or changed words.

The longest stretch the two share in order (``difflib``'s matching blocks, from the
first to the last) is the *shared stretch*. Words one side has outside it are a *cut*:
the version quotes less (``trimmed``) or more (``extended``) of the remark. A cut is
worth reporting only when the words it leaves out or brings in, next to the shared
stretch, change what the rest says: a negation ("not", "never") or a qualifier ("may",
"probably", "some") within ``CUT_WINDOW`` words of it, or a condition ("if", "unless")
anywhere in the cut. Words that differ inside the
shared stretch are ``altered``: ``minor`` when only small function words differ,
``substantive`` otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from difflib import SequenceMatcher

from ..segment import STOPWORDS

__all__ = ["QuoteComparison", "compare_quotes", "MEANING_WORDS"]

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
CUT_WINDOW = 3  # words of a cut next to the shared stretch that can change its meaning
MIN_SHARED = 2  # a shared stretch needs this many words in order to be one


@dataclass(frozen=True, slots=True)
class QuoteComparison:
    """What differs between a baseline quotation (``theirs``) and a version's (``mine``) of one remark."""

    change: str | None  # "trimmed", "extended", "altered", or None when the version's words are faithful
    severity: str | None  # "minor" or "substantive" (None when faithful)
    removed: list[str] = field(default_factory=list)  # baseline words the version does not quote
    added: list[str] = field(default_factory=list)  # version words the baseline does not quote
    meaning: dict[str, list[str]] = field(default_factory=dict)  # meaning words dropped or brought in, by role


def compare_quotes(theirs: list[str], mine: list[str]) -> QuoteComparison:
    """Compare two quotations' lower-cased words (see the module docstring)."""
    matcher = SequenceMatcher(None, theirs, mine, autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    if sum(b.size for b in blocks) < min(MIN_SHARED, len(mine), len(theirs)) or not blocks:
        return _altered(theirs, mine, theirs, mine)
    first, last = blocks[0], blocks[-1]
    inner_theirs, inner_mine = theirs[first.a : last.a + last.size], mine[first.b : last.b + last.size]
    if inner_theirs != inner_mine:
        return _altered(theirs, mine, inner_theirs, inner_mine)
    before_theirs, after_theirs = theirs[: first.a], theirs[last.a + last.size :]
    before_mine, after_mine = mine[: first.b], mine[last.b + last.size :]
    if (before_theirs and before_mine) or (after_theirs and after_mine):  # other words in place of the baseline's
        return _altered(theirs, mine, theirs, mine)
    removed, added = before_theirs + after_theirs, before_mine + after_mine
    if not removed and not added:
        return QuoteComparison(None, None)
    near = before_theirs[-CUT_WINDOW:] + after_theirs[:CUT_WINDOW] + before_mine[-CUT_WINDOW:] + after_mine[:CUT_WINDOW]
    meaning = {role: ws for role, ws in _meaning_words(near).items() if role != "condition"}
    condition = _meaning_words(removed + added).get("condition")  # a condition governs the whole stretch it cuts
    meaning |= {"condition": condition} if condition else {}
    if not meaning:
        return QuoteComparison(None, None, removed, added)
    change = "trimmed" if len(removed) >= len(added) else "extended"
    severity = "substantive" if "negation" in meaning or "condition" in meaning else "minor"
    return QuoteComparison(change, severity, removed, added, meaning)


def _altered(theirs: list[str], mine: list[str], inner_theirs: list[str], inner_mine: list[str]) -> QuoteComparison:
    """Words changed inside the shared stretch (or everywhere, when there is none)."""
    matcher = SequenceMatcher(None, inner_theirs, inner_mine, autojunk=False)
    removed = [
        w for tag, i1, i2, _, _ in matcher.get_opcodes() if tag in ("replace", "delete") for w in inner_theirs[i1:i2]
    ]
    added = [
        w for tag, _, _, j1, j2 in matcher.get_opcodes() if tag in ("replace", "insert") for w in inner_mine[j1:j2]
    ]
    changed = removed + added
    meaning = _meaning_words(changed)
    substantive = bool(meaning) or any(w not in STOPWORDS for w in changed)
    return QuoteComparison("altered", "substantive" if substantive else "minor", removed, added, meaning)


def _meaning_words(words: list[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for word in words:
        for role, members in MEANING_WORDS.items():
            if word in members or (role == "negation" and word.endswith("n't")):
                found.setdefault(role, []).append(word)
                break
    return found
