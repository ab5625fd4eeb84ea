"""The conformance suite every extractor passes, for plug-in authors too (like scikit-learn's ``check_estimator``).

>>> from framing.testing import check_extractor
>>> check_extractor(MyExtractor())          # doctest: +SKIP

Each check raises :class:`AssertionError` with a message that says what the
contract asks for. The checks run on the seed story shipped with framing (or a
story you give) and on an empty text:

* the same input gives the same findings and scores, and the inputs are not changed;
* every finding is of a kind the extractor declares, its span lies in the text it
  points into and ``text`` is that stretch, its explanation is one sentence;
* every score is a float named by a declared feature (no ``__`` in its name);
* the baseline compared with itself yields no finding of an "added" kind;
* a text with no words gives NaN, not 0, for every rate per 100 words;
* parameters are stored as given and ``get_params`` lists them.
"""

from __future__ import annotations

import copy
import math

from .align import Aligner
from .examples import example_story
from .extractors.base import Context, Extractor, Prepared, Result
from .kinds import registered_kinds
from .prepare import prepare
from .records import Document, Finding, Story, Version

__all__ = ["check_extractor", "CHECKS"]

#: Kinds of finding that record what cleaning set aside: the baseline may carry them too.
_NOT_ADDED = frozenset({"boilerplate", "duplicate_passage"})


def check_extractor(extractor: Extractor, story: Story | None = None) -> None:
    """Run every check of the contract on ``extractor`` (default story: :func:`framing.example_story`)."""
    story = story or example_story()
    first = story.baseline or story.versions[0].id  # the baseline first: the checks compare with documents[0]
    documents = [prepare(v) for v in sorted(story.versions, key=lambda v: v.id != first)]
    for check in CHECKS:
        check(extractor, documents)


def check_deterministic_and_pure(extractor: Extractor, documents: list[Document]) -> None:
    """Twice the same input: the same findings and scores; the documents and the alignment are unchanged."""
    base = documents[0]
    aligner = Aligner(base)
    for document in documents:
        alignment = None if document is base else aligner.align(document)
        peers = tuple(d for d in documents if d is not document and d is not base)
        before = copy.deepcopy((document.version, document.sentences, document.quotes, alignment))
        first = extractor.extract(Context(document, base, alignment, peers))
        second = extractor.extract(Context(document, base, alignment, peers, Prepared()))
        assert isinstance(first, Result), f"{extractor.name}: extract must return a Result"
        assert first.findings == second.findings, f"{extractor.name}: the same input must give the same findings"
        assert repr(first.scores) == repr(second.scores), f"{extractor.name}: the same input must give the same scores"
        after = (document.version, document.sentences, document.quotes, alignment)
        assert after == before, f"{extractor.name}: extract must not change its inputs"
        for finding in first.findings:
            _check_finding(extractor, finding, base if finding.in_baseline else document)
        _check_scores(extractor, first)


def _check_finding(extractor: Extractor, finding: Finding, document: Document) -> None:
    name = extractor.name
    assert finding.kind in extractor.kinds, f"{name}: finding kind {finding.kind!r} is not in its 'kinds'"
    assert finding.kind in registered_kinds(), f"{name}: finding kind {finding.kind!r} has no KindSpec"
    assert finding.extractor == name, f"{name}: a finding's 'extractor' must be the extractor's name"
    if finding.removed is not None:
        start, end = finding.removed
        assert 0 <= start <= end <= len(document.version.raw), f"{name}: a removed span must lie in the file"
        assert finding.text == document.version.raw[start:end], f"{name}: 'text' must be the removed text"
    else:
        assert 0 <= finding.start <= finding.end <= len(document.text), f"{name}: a span must lie in the text"
        assert document.text[finding.start : finding.end] == finding.text, f"{name}: 'text' must be its span"
    explanation = finding.explanation
    assert explanation[:1].isupper() or explanation.startswith('"'), f"{name}: {explanation!r} must open a sentence"
    assert explanation.endswith("."), f"{name}: {explanation!r} must end with a full stop"
    assert explanation.count(". ") == 0 or finding.kind == "boilerplate", f"{name}: {explanation!r}: one sentence"


def _check_scores(extractor: Extractor, result: Result) -> None:
    declared = {spec.name for spec in extractor.features}
    for key, value in result.scores.items():
        assert "__" not in key, f"{extractor.name}: score {key!r}: the comparison adds the prefix, not the extractor"
        assert isinstance(value, float), f"{extractor.name}: score {key!r} must be a float"
        assert key in declared, f"{extractor.name}: score {key!r} is not declared in 'features'"


def check_baseline_adds_nothing(extractor: Extractor, documents: list[Document]) -> None:
    """The baseline compared with itself yields no finding of an "added" kind."""
    base = documents[0]
    result = extractor.extract(Context(base, base, None))
    added = [f for f in result.findings if f.kind not in _NOT_ADDED]
    assert not added, f"{extractor.name}: the baseline against itself must add nothing; got {added[:2]}"


def check_empty_text_gives_nan(extractor: Extractor, documents: list[Document]) -> None:
    """A text with no words: no finding in it, and NaN (not 0) for every rate per 100 words."""
    empty = prepare(Version(id="empty", raw="..."))
    base = prepare(Version(id="base", raw="The minister said the budget will grow next year."))
    result = extractor.extract(Context(empty, base, Aligner(base).align(empty)))
    stray = [f for f in result.findings if f.kind not in ("boilerplate", "duplicate_passage", "omission")]
    assert not stray, f"{extractor.name}: a text with no words has nothing to flag; got {stray[:2]}"
    for key, value in result.scores.items():
        if key.endswith("per_100_words"):
            assert math.isnan(value), f"{extractor.name}: {key} must be NaN for a text with no words, not {value}"


def check_parameters(extractor: Extractor, documents: list[Document]) -> None:
    """``get_params`` lists the constructor's keyword parameters, and a copy made from them is equal in effect."""
    params = extractor.get_params()
    again = type(extractor)(**params)
    assert again.get_params() == params, f"{extractor.name}: parameters must be stored as given"
    assert repr(again) == repr(extractor), f"{extractor.name}: repr must show the parameters"


CHECKS = (check_deterministic_and_pure, check_baseline_adds_nothing, check_empty_text_gives_nan, check_parameters)
