"""A trained cue tagger: attribution cues beyond the reporting verbs of ``cues.tsv``.

News attributes far more than speech: "Trump *supports* ...", "polls *show* ...",
"she *called for* ...", "Clinton *appeared* to ...", "*citing* ...", "his
*refusal* to ...". The lexicon's rules find the verbs of saying; this tagger
scores every other word of a parsed sentence that was a cue often enough in
the training data (its vocabulary), from what the dependency tree says about it
(a clausal complement, a subject, the word after it, the tag, whether the
sentence holds a quotation), with a logistic model trained by
``benchmarks/train_cues.py`` on PolNeAR's attribution relations. A word the
model scores at or above its threshold is a cue of kind ``attitude``.

The model is a JSON file (``cue_tagger.json``): the vocabulary, one weight per
binary feature, the bias and the threshold, with its provenance. Scoring is a sum
of weights in a fixed order: deterministic, and about a microsecond a word.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from ..errors import ConfigError

__all__ = ["CueTagger", "cue_tagger", "token_features", "MODEL_FILE"]

MODEL_FILE = "cue_tagger.json"
Token = Any
_PERSONS = frozenset({"i", "we", "you", "he", "she", "they", "it"})


def _subject_kind(token: Token) -> str:
    for child in token.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            low = child.lower_
            if low in _PERSONS:
                return "first" if low in ("i", "we", "you") else "pronoun"
            return child.tag_
    return "none"


def token_features(token: Token, rule_kind: str | None, quoted: bool, fired: bool = False) -> list[str]:
    """The binary features of one candidate word in its parsed sentence (``rule_kind``: the lexicon's kind of the
    word form, if any; ``quoted``: the sentence overlaps a quotation; ``fired``: a rule reads it as a cue)."""
    doc = token.doc
    low = token.lower_
    before = doc[token.i - 1].lower_ if token.i > 0 else "<s>"
    after = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else "</s>"
    deps = sorted({c.dep_ for c in token.children})
    preps = sorted({c.lower_ for c in token.children if c.dep_ in ("prep", "prt", "agent")})
    subject = _subject_kind(token)
    features = [
        "bias",
        f"w={low}",
        f"tag={token.tag_}",
        f"dep={token.dep_}",
        f"w|tag={low}|{token.tag_}",
        f"w|dep={low}|{token.dep_}",
        f"head_tag={token.head.tag_}",
        f"dep|head_tag={token.dep_}|{token.head.tag_}",
        f"before={before}",
        f"after={after}",
        f"w|after={low}|{after}",
        f"subject={subject}",
        f"w|subject={low}|{subject}",
        f"rule={rule_kind or 'none'}",
        f"quoted={quoted}",
        f"suffix={low[-3:]}",
        f"cap={token.text[:1].isupper() and token.i > 0}",
        f"fired={fired}",
        f"w|fired={low}|{fired}",
    ]
    features += [f"child={d}" for d in deps]
    features += [f"w|child={low}|{d}" for d in deps if d in ("ccomp", "xcomp", "dobj", "prep", "nsubj", "advcl")]
    features += [f"prep={p}" for p in preps]
    features += [f"w|prep={low}|{p}" for p in preps]
    return features


@dataclass(frozen=True)
class CueTagger:
    """The shipped model: ``vocabulary`` (word forms scored), ``weights`` (feature -> weight), ``bias``,
    ``threshold`` (probability at or above which a word no rule took is a cue), ``veto`` (probability below
    which a cue the rules read is dropped; 0: never), ``meta`` (provenance)."""

    vocabulary: frozenset[str]
    weights: dict[str, float]
    bias: float
    threshold: float
    meta: dict[str, Any]
    veto: float = 0.0

    def probability(self, features: Sequence[str]) -> float:
        """The model's probability that the word with these features is a cue."""
        weights = self.weights
        score = math.fsum([self.bias, *(weights.get(f, 0.0) for f in features)])  # exact: same on every machine
        return 1.0 / (1.0 + math.exp(-score)) if score > -700 else 0.0

    def is_cue(self, features: Sequence[str]) -> bool:
        return self.probability(features) >= self.threshold

    @classmethod
    def from_json(cls, data: dict[str, Any], name: str = MODEL_FILE) -> CueTagger:
        try:
            return cls(
                frozenset(data["vocabulary"]),
                {str(k): float(v) for k, v in data["weights"].items()},
                float(data["bias"]),
                float(data["threshold"]),
                dict(data.get("meta", {})),
                float(data.get("veto", 0.0)),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise ConfigError(
                f"{name}: expected a cue tagger with 'vocabulary', 'weights', 'bias' and 'threshold' ({error}); "
                "rebuild it with benchmarks/train_cues.py."
            ) from None


@cache
def cue_tagger() -> CueTagger:
    """The shipped tagger (loaded once)."""
    text = resources.files(__package__).joinpath(MODEL_FILE).read_text(encoding="utf-8")
    return CueTagger.from_json(json.loads(text))
