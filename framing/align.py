"""Align a version's sentences to the baseline's.

Each sentence becomes a set of stemmed content words. One product of two 0/1
matrices (version sentences x baseline words, baseline words x baseline
sentences) gives how many words every pair of sentences shares — no string
comparison at all. The best
match decides the label by the Dice coefficient (``same`` ≥ 0.85,
``paraphrase`` ≥ 0.5) or, failing that, by how much of either sentence the other
covers (``partial``); otherwise the sentence is ``added``. A version sentence
that joins two neighbouring baseline sentences is a merge (one link, two baseline
sentences); neighbouring version sentences that split one baseline sentence are a
split (one link, two version sentences). Baseline sentences no link reaches are
``omitted``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from .kinds import FeatureSpec
from .meaning import semantic_matrix, sentence_embeddings
from .records import Alignment, Document, Link

if TYPE_CHECKING:
    from scipy import sparse

__all__ = [
    "align",
    "Aligner",
    "alignment_scores",
    "ALIGNMENT_FEATURES",
    "SAME",
    "PARAPHRASE",
    "PARTIAL_COVER",
    "LABELS",
]

#: The scores of the alignment stage (``alignment__<name>`` in a comparison).
ALIGNMENT_FEATURES = (
    FeatureSpec("added_share", "new text", weight=3.0, colour="#D55E00", hatch="xxx"),
    FeatureSpec("derived_share", "text taken from the baseline"),
    FeatureSpec("kept_share", "baseline text kept"),
)

SAME = 0.85
PARAPHRASE = 0.5
PARTIAL_COVER = 0.4
PARTIAL_MIN_SHARED = 3
MERGE_COVER = 0.6  # a neighbouring baseline sentence joins a merge when this share of its words is in the version
ABSORB_COVER = 0.5  # share of an unreached baseline sentence's words one version sentence must hold
ABSORB_MIN_SHARED = 3  # ... and at least this many of them
LABELS = ("same", "paraphrase", "partial", "added")
# The meaning signal (cosine of sentence embeddings, framing.meaning), thresholds chosen on data:
# docs/evaluation.md, "Alignment by meaning", and benchmarks/fit_alignment_meaning.py.
PARAPHRASE_MEANING = 0.65  # a sentence this near a baseline sentence in meaning renders it: paraphrase
PARAPHRASE_MIN_SHARED = 2  # ... and shares at least this many content words with it
BOTH_DICE = 0.35  # a sentence with this Dice of content words with a baseline sentence ...
BOTH_MEANING = 0.55  # ... and this cosine with it renders it too
PARTIAL_MEANING = 0.40  # a partial link by shared words needs at least this much meaning in common
CARRY_MEANING = 0.70  # an otherwise omitted baseline sentence is carried by a version sentence this near ...
CARRY_MIN_SHARED = 2  # ... that shares at least this many content words with it
# Meaning alone picks the baseline sentence a rewritten sentence renders only when it picks one clearly: a
# sentence about as near two baseline sentences (a lede that sums up several) renders neither of them.
MEANING_MARGIN = 0.05  # the nearest baseline sentence's cosine must exceed the next one's by this much


@dataclass(frozen=True, slots=True)
class _Match:
    baseline: tuple[int, ...]
    dice: float
    cover: float  # the larger of: share of the version sentence covered, share of the baseline sentence covered
    shared: int


def sentence_terms(document: Document) -> list[frozenset[str]]:
    """Content-word sets of a document's sentences."""
    return list(document.terms)


def alignment_scores(alignment: Alignment | None) -> dict[str, float]:
    """The alignment's features of a version (the baseline against itself: all kept, nothing added)."""
    if alignment is None:
        return {"alignment__added_share": 0.0, "alignment__derived_share": 1.0, "alignment__kept_share": 1.0}
    return {
        "alignment__added_share": alignment.label_shares.get("added", float("nan")),
        "alignment__derived_share": alignment.derived_share,
        "alignment__kept_share": alignment.kept_share,
    }


def sentence_word_counts(document: Document) -> list[int]:
    """Number of words of each sentence."""
    return [len(ws) for ws in document.sentence_words]


class Aligner:
    """Aligns versions to one baseline; the baseline's word index is built once, here."""

    def __init__(self, baseline: Document) -> None:
        from scipy import sparse  # imported on first use: it costs a tenth of a second at start-up

        self.baseline = baseline
        numbers: dict[str, int] = {}
        rows = [numbers.setdefault(term, len(numbers)) for terms in baseline.terms for term in terms]
        columns = [b for b, terms in enumerate(baseline.terms) for _ in terms]
        shape = (len(numbers), len(baseline.terms))
        self.numbers = numbers  # the baseline's content words, numbered
        self.matrix = sparse.csr_matrix((np.ones(len(rows)), (rows, columns)), shape=shape)  # words x sentences

    def align(self, version: Document) -> Alignment:
        """Align ``version`` to the baseline sentence by sentence."""
        baseline = self.baseline
        version_terms = sentence_terms(version)
        baseline_terms = sentence_terms(baseline)
        overlap = _overlap(version_terms, self.numbers, self.matrix)
        scale = len(baseline_terms) / max(1, len(version_terms))
        matches = _best_matches(overlap, version_terms, baseline_terms, scale)
        headings = [s.heading for s in version.sentences]
        semantic = semantic_matrix(version, baseline)  # the second signal, computed once per version
        links = _by_meaning(_links(matches, headings), matches, semantic, overlap, headings)
        links = _merge_splits(links, version_terms, baseline_terms)
        links = _absorb(links, overlap, baseline_terms, semantic, headings)
        links = _with_both_scores(links, version, baseline, version_terms, baseline_terms)
        return _summarise(version, baseline, tuple(links))


def align(version: Document, baseline: Document) -> Alignment:
    """Align ``version`` to ``baseline`` sentence by sentence (for many versions, use one :class:`Aligner`)."""
    return Aligner(baseline).align(version)


def _overlap(version_terms: list[frozenset[str]], numbers: dict[str, int], matrix: sparse.csr_matrix) -> np.ndarray:
    """Version sentences x baseline sentences: how many content words each pair shares.

    One sparse matrix product (version sentences x baseline words times baseline
    words x baseline sentences); sparse, so no BLAS threads are started for it.
    """
    from scipy import sparse

    columns = [numbers[term] for terms in version_terms for term in terms if term in numbers]
    lengths = [sum(term in numbers for term in terms) for terms in version_terms]
    rows = np.repeat(np.arange(len(version_terms)), lengths)
    incidence = sparse.csr_matrix((np.ones(len(columns)), (rows, columns)), shape=(len(version_terms), len(numbers)))
    return (incidence @ matrix).toarray()


def _best_matches(
    overlap: np.ndarray, version_terms: list[frozenset[str]], baseline_terms: list[frozenset[str]], scale: float
) -> list[_Match]:
    """Each version sentence's best baseline sentence (ties go to the one nearest the expected position,
    then to the earlier one), or a neighbouring pair of baseline sentences."""
    count_v, count_b = overlap.shape
    if count_v == 0:
        return []
    if count_b == 0:
        return [_Match((), 0.0, 0.0, 0) for _ in version_terms]
    sizes_v = np.array([len(t) for t in version_terms], dtype=float)
    sizes_b = np.array([len(t) for t in baseline_terms], dtype=float)
    with np.errstate(invalid="ignore", divide="ignore"):  # two empty sentences share nothing: not a candidate
        dice = 2.0 * overlap / (sizes_v[:, None] + sizes_b[None, :])
    dice[overlap == 0] = -1.0  # only sentences that share a word are candidates
    best = dice.max(axis=1)
    expected = np.arange(count_v) * scale
    distance = np.abs(np.arange(count_b)[None, :] - expected[:, None])
    distance[dice != best[:, None]] = np.inf
    tops = distance.argmin(axis=1).tolist()  # the first of equal distances: the earlier sentence
    shared_rows = overlap.astype(np.int64).tolist()
    matches = []
    for v, (top, row) in enumerate(zip(tops, shared_rows, strict=True)):
        if best[v] < 0:
            matches.append(_Match((), 0.0, 0.0, 0))
            continue
        terms = version_terms[v]
        shared, size = row[top], len(baseline_terms[top])
        match = _Match((top,), 2.0 * shared / (len(terms) + size), max(shared / len(terms), shared / size), shared)
        for neighbour in (top - 1, top + 1):
            if (
                0 <= neighbour < count_b
                and row[neighbour]
                and row[neighbour] >= MERGE_COVER * len(baseline_terms[neighbour])
            ):
                merged = _score(tuple(sorted((top, neighbour))), terms, baseline_terms)
                if merged.dice >= match.dice - 0.05:
                    match = merged
        matches.append(match)
    return matches


def _dice(shared: int, a: frozenset[str], b: frozenset[str]) -> float:
    return 2.0 * shared / (len(a) + len(b)) if a or b else 0.0


def _score(baseline: tuple[int, ...], terms: frozenset[str], baseline_terms: list[frozenset[str]]) -> _Match:
    union = frozenset().union(*(baseline_terms[b] for b in baseline))
    shared = len(terms & union)
    cover = max(shared / len(terms) if terms else 0.0, shared / len(union) if union else 0.0)
    return _Match(baseline, _dice(shared, terms, union), cover, shared)


def _label(match: _Match) -> str:
    if match.dice >= SAME:
        return "same"
    if match.dice >= PARAPHRASE:
        return "paraphrase"
    if match.cover >= PARTIAL_COVER and match.shared >= PARTIAL_MIN_SHARED:
        return "partial"
    if match.cover >= 0.6 and match.shared >= 2:
        return "partial"
    return "added"


def _links(matches: list[_Match], headings: list[bool]) -> list[Link]:
    """One link per version sentence; a headline shares a few words with everything, so it needs a paraphrase."""
    links = []
    for position, match in enumerate(matches):
        label = _label(match)
        if headings[position] and label == "partial":
            label = "added"
        baseline = () if label == "added" else match.baseline
        score = 0.0 if label == "added" else round(match.dice, 4)
        links.append(Link(label, (position,), baseline, score))
    return links


def _merge_splits(
    links: list[Link], version_terms: list[frozenset[str]], baseline_terms: list[frozenset[str]]
) -> list[Link]:
    """Join neighbouring version sentences that together render one baseline sentence better."""
    merged: list[Link] = []
    for link in links:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and link.baseline_sentences
            and previous.baseline_sentences == link.baseline_sentences
            and previous.version_sentences[-1] + 1 == link.version_sentences[0]
        ):
            sentences = previous.version_sentences + link.version_sentences
            terms = frozenset().union(*(version_terms[v] for v in sentences))
            match = _score(link.baseline_sentences, terms, baseline_terms)
            if match.dice <= max(previous.score, link.score) + 0.02:
                merged.append(link)
                continue
            label = _label(match) if _label(match) != "added" else "partial"
            merged[-1] = Link(label, sentences, link.baseline_sentences, round(match.dice, 4))
            continue
        merged.append(link)
    return merged


def _absorb(
    links: list[Link],
    overlap: np.ndarray,
    baseline_terms: list[frozenset[str]],
    semantic: np.ndarray,
    headings: list[bool],
) -> list[Link]:
    """Attach a baseline sentence no link reached to the version sentence that carries its content.

    A version often folds a baseline sentence into one that also says something
    else, far from where the baseline had it; when one version sentence holds at
    least ``ABSORB_COVER`` of the baseline sentence's words and its meaning is near
    (cosine ≥ ``PARTIAL_MEANING``), or says the same in other words (cosine ≥
    ``CARRY_MEANING`` with at least ``CARRY_MIN_SHARED`` content words in common), it
    is kept, not omitted. A headline carries nothing: it shares a few words, and some
    meaning, with every sentence it sums up.
    """
    reached = {b for link in links for b in link.baseline_sentences}
    if all(b in reached or len(terms) < 3 for b, terms in enumerate(baseline_terms)):
        return links
    extra: dict[int, list[int]] = defaultdict(list)
    body = ~np.asarray(headings, dtype=bool)
    for b, terms in enumerate(baseline_terms):
        if b in reached or len(terms) < 3 or not overlap.shape[0]:
            continue
        column = np.where(body, overlap[:, b], 0.0)
        v = int(column.argmax())  # the first of equal counts: the earliest version sentence
        shared = int(column[v])
        if (
            body[v]
            and shared >= ABSORB_MIN_SHARED
            and shared / len(terms) >= ABSORB_COVER
            and semantic[v, b] >= PARTIAL_MEANING
        ):
            extra[v].append(b)
            continue
        v = int(np.where(body, semantic[:, b], -1.0).argmax())
        if body[v] and semantic[v, b] >= CARRY_MEANING and overlap[v, b] >= CARRY_MIN_SHARED and _clear(semantic[v], b):
            extra[v].append(b)
    if not extra:
        return links
    absorbed = []
    for link in links:
        more = [b for v in link.version_sentences for b in extra.get(v, ())]
        if more:
            label = "partial" if link.label == "added" else link.label
            link = Link(
                label, link.version_sentences, tuple(sorted(set(link.baseline_sentences) | set(more))), link.score
            )
        absorbed.append(link)
    return absorbed


def _by_meaning(
    links: list[Link], matches: list[_Match], semantic: np.ndarray, overlap: np.ndarray, headings: list[bool]
) -> list[Link]:
    """The second signal: a sentence rewritten with other words but the same meaning is a ``paraphrase``.

    A version sentence the words alone call ``added`` or ``partial`` becomes a
    paraphrase of the baseline sentence nearest in meaning when their cosine reaches
    ``PARAPHRASE_MEANING`` and they share at least ``PARAPHRASE_MIN_SHARED`` content
    words; or when the baseline sentence it shares most words with reaches both
    ``BOTH_DICE`` in words and ``BOTH_MEANING`` in meaning (each signal half-way, together
    enough: "Rutte endorsed the IP4 partnership model (Japan, South Korea, Australia, New
    Zealand)" for "NATO has also stepped up its ties with Japan, South Korea, Australia and
    New Zealand, known as the IP4"). A ``partial`` link whose sentences share words but not
    meaning (cosine below ``PARTIAL_MEANING``) is dropped. Headlines keep the
    lexical verdict: they summarise, so they are near many sentences at once.
    """
    if semantic.shape[1] == 0:
        return links
    out = []
    for link in links:
        v = link.version_sentences[0]
        if headings[v] or link.label in ("same", "paraphrase"):
            out.append(link)
            continue
        row = semantic[v]
        best = int(row.argmax())  # the first of equal cosines: the earlier baseline sentence
        near = row[best] >= PARAPHRASE_MEANING and overlap[v, best] >= PARAPHRASE_MIN_SHARED and _clear(row, best)
        linked = max((float(row[b]) for b in link.baseline_sentences), default=-1.0)
        if link.label == "partial" and linked >= PARAPHRASE_MEANING:
            link = Link("paraphrase", link.version_sentences, link.baseline_sentences, link.score)
        elif (link.label == "added" or linked < PARTIAL_MEANING) and near:
            link = Link("paraphrase", link.version_sentences, (best,), round(float(row[best]), 4))
        elif link.label == "added" and _both(matches[v], row):
            link = Link("paraphrase", link.version_sentences, matches[v].baseline, round(matches[v].dice, 4))
        elif link.label == "partial" and linked < PARTIAL_MEANING:
            link = Link("added", link.version_sentences, (), 0.0)
        out.append(link)
    return out


def _clear(row: np.ndarray, best: int) -> bool:
    """True when the nearest baseline sentence in meaning (``best``) is nearer than every other by the margin."""
    others = np.delete(row, best)
    return not others.size or float(row[best] - others.max()) >= MEANING_MARGIN


def _both(match: _Match, row: np.ndarray) -> bool:
    """Words and meaning each half-way to a paraphrase, with the same baseline sentences: meaning must
    confirm every baseline sentence the words chose (a merge of two needs both to be near)."""
    return bool(match.baseline) and match.dice >= BOTH_DICE and min(row[b] for b in match.baseline) >= BOTH_MEANING


def _with_both_scores(
    links: list[Link],
    version: Document,
    baseline: Document,
    version_terms: list[frozenset[str]],
    baseline_terms: list[frozenset[str]],
) -> list[Link]:
    """Each link with the Dice of its sentences' content words and the cosine of their embeddings."""
    mine, theirs = sentence_embeddings(version), sentence_embeddings(baseline)
    out = []
    for link in links:
        if not link.baseline_sentences:
            out.append(link)
            continue
        terms = frozenset().union(*(version_terms[v] for v in link.version_sentences))
        lexical = _score(link.baseline_sentences, terms, baseline_terms).dice
        a = mine[list(link.version_sentences)].sum(axis=0)
        b = theirs[list(link.baseline_sentences)].sum(axis=0)
        norms = float(np.linalg.norm(a) * np.linalg.norm(b))
        cosine = float(a @ b) / norms if norms > 0 else 0.0
        out.append(
            Link(
                link.label,
                link.version_sentences,
                link.baseline_sentences,
                link.score,
                round(lexical, 4),
                round(max(0.0, cosine), 4),
            )
        )
    return out


def _summarise(version: Document, baseline: Document, links: tuple[Link, ...]) -> Alignment:
    version_words = sentence_word_counts(version)
    baseline_words = sentence_word_counts(baseline)
    reached = {b for link in links for b in link.baseline_sentences}
    omitted = tuple(b for b in range(len(baseline.sentences)) if b not in reached)
    total = sum(version_words)
    by_label = {label: 0 for label in LABELS}
    for link in links:
        by_label[link.label] += sum(version_words[v] for v in link.version_sentences)
    baseline_total = sum(baseline_words)
    kept = sum(baseline_words[b] for b in reached)
    shares = {label: (count / total if total else float("nan")) for label, count in by_label.items()}
    return Alignment(
        links=links,
        omitted=omitted,
        derived_share=(total - by_label["added"]) / total if total else float("nan"),
        kept_share=kept / baseline_total if baseline_total else float("nan"),
        label_shares=shares,
    )
