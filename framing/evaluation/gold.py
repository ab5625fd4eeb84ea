"""The gold from real stories: precision and recall of every kind, and of the speaker and severity fields.

The gold (``data/gold/real/<story>.json``, guidelines in ``docs/gold.md``) keeps no article text:
each file names a story of a corpus under ``../shared/corpora``, its baseline, the versions annotated, the
SHA-256 of every text it points into, and its ``findings`` and ``must_not_flag`` items as character offsets
into those texts (into the baseline's for an omission, ``in_baseline``). The texts are read from the corpus
and checked against the hashes, so a changed corpus is refused rather than scored.

Matching is the seed gold's rule (:func:`framing.evaluation.seed.match`): a prediction matches a gold item of
the same version and kind whose span overlaps its own, each gold item at most once. Left out of the
predictions, as framing reports them apart: additions credited to a named source (``attributed``) and hedges
or loaded words inside quotations (``in_quote``: the speaker's words). A prediction that matches no gold item
is a false positive; ``must_not_flag_hits`` counts those that overlap a must-not-flag item. For matched pairs
whose gold item names a speaker (quotes) or a severity (altered quotes), the field's accuracy is the share
the prediction gets right (a speaker is right when its last name appears in the prediction's, or both are
none; :func:`_same_speaker`).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..analysis import analyze
from ..errors import InputError, MissingInputError
from ..examples import real_gold_folder
from ..load import story_from_mapping
from ..records import FINDING_KINDS, Story
from .metrics import f1, ratio
from .seed import GoldItem, match

__all__ = [
    "GoldStory",
    "read_real_gold",
    "evaluate_gold",
    "score_gold",
    "check_spans",
    "predictions",
    "Predicted",
    "HALVES",
]

HALVES = ("tune", "report", "all")
ABP = Path("abp-wire-stories") / "stories.jsonl"
ALLSIDES = Path("allsides-neus") / "headline_11_2021-10-19_crawled_all.jsonl"


@dataclass(frozen=True, slots=True)
class GoldStory:
    """One story's gold: its texts (checked against the recorded hashes) and labelled items."""

    story: Story
    baseline: str
    versions: tuple[str, ...]
    findings: tuple[dict[str, Any], ...]
    must_not_flag: tuple[dict[str, Any], ...]
    half: str


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _corpus_records(corpora: Path, wanted: set[str]) -> dict[str, dict[str, Any]]:
    """The stories named in ``wanted``, in the JSON Lines story shape, from the two corpora."""
    records: dict[str, dict[str, Any]] = {}
    for name in (ABP, ALLSIDES):
        path = corpora / name
        if not path.is_file():
            raise MissingInputError(
                f"{path}: no such corpus file; give the folder holding abp-wire-stories/ and allsides-neus/."
            )
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                record = _as_story(json.loads(line))
                if record["story"] in wanted:
                    records[record["story"]] = record
    return records


def _as_story(record: dict[str, Any]) -> dict[str, Any]:
    """An AllSides page as a story: left, center and right versions, each text its body paragraphs joined by "\n\n"."""
    if "news" not in record:
        return record
    versions = [
        {
            "id": side,
            "outlet": item.get("newsSource"),
            "title": item.get("newsTitle"),
            "text": "\n\n".join(item["newBody"]),
        }
        for side, item in record["news"].items()
    ]
    return {"story": f"allsides-{record['id']}", "baseline": None, "versions": versions}


def read_real_gold(corpora: str | Path, folder: str | Path | None = None, half: str = "all") -> list[GoldStory]:
    """The gold stories of ``half`` (``tune``, ``report`` or ``all``), their texts read from ``corpora``."""
    if half not in HALVES:
        raise InputError(f"The 'half' parameter of read_real_gold must be one of {list(HALVES)}. Got {half!r} instead.")
    files = sorted(Path(folder or real_gold_folder()).glob("*.json"))
    if not files:
        raise MissingInputError(
            f"{folder or real_gold_folder()}: no gold files (*.json); give the folder of the real-story gold."
        )
    data = [(file, json.loads(file.read_text(encoding="utf-8"))) for file in files]
    for file, item in data:
        if item.get("half") not in ("tune", "report"):
            raise InputError(f"{file}: 'half' must be 'tune' or 'report'. Got {item.get('half')!r} instead; set it.")
    data = [(file, item) for file, item in data if half in ("all", item["half"])]
    records = _corpus_records(Path(corpora), {item["story"] for _, item in data})
    return [_gold_story(file, item, records) for file, item in data]


def _gold_story(file: Path, item: dict[str, Any], records: dict[str, dict[str, Any]]) -> GoldStory:
    if item["story"] not in records:
        raise InputError(f"{file}: story {item['story']!r} is not in the corpora given; give ../shared/corpora.")
    record = dict(records[item["story"]], baseline=item["baseline"])
    texts = {v["id"]: v["text"] for v in record["versions"]}
    for version, expected in item["texts"].items():
        if version not in texts or _sha(texts[version]) != expected["sha256"]:
            raise InputError(
                f"{file}: the text of version {version!r} is missing or changed in the corpus "
                "(SHA-256 differs); re-check the gold's offsets against the new text."
            )
    keep = set(item["texts"])
    record["versions"] = [v for v in record["versions"] if v["id"] in keep]
    story = story_from_mapping(record, str(file), named_by="the gold names it")
    findings, avoid = tuple(item["findings"]), tuple(item["must_not_flag"])
    return GoldStory(story, item["baseline"], tuple(item["versions"]), findings, avoid, item["half"])


def _item(raw: dict[str, Any]) -> GoldItem:
    return GoldItem(
        str(raw["version"]), str(raw["kind"]), int(raw["start"]), int(raw["end"]), bool(raw.get("in_baseline"))
    )


@dataclass(frozen=True, slots=True)
class Predicted:
    """A finding framing made, located in the raw texts, with the fields the gold may name."""

    item: GoldItem
    speaker: str | None
    severity: str | None


def predictions(gold: GoldStory) -> list[Predicted]:
    """Framing's findings on the annotated versions, less those framing reports apart (attributed, in quotes,
    what a rewording drops)."""
    comparison = analyze(gold.story, baseline=gold.baseline)
    out = []
    for result in comparison.results:
        if result.id not in gold.versions:
            continue
        for f in result.findings:
            if f.kind not in FINDING_KINDS or _reported_apart(f.kind, f.details):
                continue
            item = GoldItem(result.id, f.kind, *result.raw_span(f), f.in_baseline)
            out.append(Predicted(item, f.details.get("speaker"), f.details.get("severity")))
    return out


def _reported_apart(kind: str, details: Any) -> bool:
    if kind == "added_framing":
        return bool(details.get("attributed"))
    if kind == "omission":  # what a rewording drops from a sentence it renders: not a sentence left out
        return bool(details.get("carried_by"))
    return kind in ("hedge", "loaded_word") and bool(details.get("in_quote"))


def _name_words(name: str) -> list[str]:
    """A name's words, lower case, typographic apostrophes as plain ones ("O’Neill" is "O'Neill"), possessives off."""
    return [re.sub(r"'s$", "", word) for word in re.findall(r"[\w'-]+", name.lower().replace("’", "'"))]


def _same_speaker(gold: str | None, predicted: str | None) -> bool:
    """Right when both are none, or the gold's last name word is among the prediction's words, or its first
    word is the prediction's last (a family name given first: "Tsai Ing-wen", "Tsai")."""
    if not gold or not predicted:
        return not gold and not predicted
    want, got = _name_words(gold), _name_words(predicted)
    return bool(want and got) and (want[-1] in got or want[0] == got[-1])


def score_gold(stories: Iterable[tuple[GoldStory, Sequence[Predicted]]]) -> dict[str, float | str]:
    """Precision and recall per kind, micro overall, field accuracies and must-not-flag hits."""
    counts: dict[str, list[int]] = {}  # kind -> [true positives, predicted, gold]
    fields = {"speaker": [0, 0], "severity": [0, 0], "named_speaker": [0, 0]}
    avoided = n_stories = n_versions = 0
    for gold, predicted in stories:
        n_stories, n_versions = n_stories + 1, n_versions + len(gold.versions)
        items = [_item(raw) for raw in gold.findings]
        pairs = match(items, [p.item for p in predicted])
        for raw in items:
            counts.setdefault(raw.kind, [0, 0, 0])[2] += 1
        for prediction in predicted:
            counts.setdefault(prediction.item.kind, [0, 0, 0])[1] += 1
        for p, g in pairs:
            counts[items[g].kind][0] += 1
            _score_fields(gold.findings[g], predicted[p], fields)
        matched = {p for p, _ in pairs}
        avoid = [_item(raw) for raw in gold.must_not_flag]
        avoided += sum(
            any(_overlap(a, predicted[p].item) for a in avoid) for p in range(len(predicted)) if p not in matched
        )
    return _table(counts, fields, avoided, n_stories, n_versions)


def _overlap(a: GoldItem, b: GoldItem) -> bool:
    return a.version == b.version and a.kind == b.kind and a.start < b.end and b.start < a.end


def _score_fields(raw: dict[str, Any], predicted: Predicted, fields: dict[str, list[int]]) -> None:
    if "speaker" in raw:
        right = _same_speaker(raw["speaker"], predicted.speaker)
        fields["speaker"][0] += right
        fields["speaker"][1] += 1
        if predicted.speaker:  # the findings that name a speaker: is the one they name right?
            fields["named_speaker"][0] += right
            fields["named_speaker"][1] += 1
    if raw.get("severity"):
        fields["severity"][0] += raw["severity"] == predicted.severity
        fields["severity"][1] += 1


def _table(
    counts: dict[str, list[int]], fields: dict[str, list[int]], avoided: int, n_stories: int, n_versions: int
) -> dict[str, float | str]:
    scores: dict[str, float | str] = {"stories": float(n_stories), "versions": float(n_versions)}
    for kind in sorted(counts):
        tp, n_pred, n_gold = counts[kind]
        scores.update(
            {
                f"{kind}_precision": ratio(tp, n_pred),
                f"{kind}_recall": ratio(tp, n_gold),
                f"{kind}_gold_findings": float(n_gold),
                f"{kind}_predicted_findings": float(n_pred),
            }
        )
    tp, n_pred, n_gold = (sum(c[i] for c in counts.values()) for i in range(3))
    scores.update(
        {
            "gold_findings": float(n_gold),
            "predicted_findings": float(n_pred),
            "micro_precision": ratio(tp, n_pred),
            "micro_recall": ratio(tp, n_gold),
            "micro_f1": f1(tp, n_pred, n_gold),
            "must_not_flag_hits": float(avoided),
        }
    )
    for name, (right, named) in fields.items():
        scores[f"{name}_accuracy"] = ratio(right, named)
        scores[f"{name}_matched_findings"] = float(named)
    return scores


def evaluate_gold(
    corpora: str | Path, half: str = "all", folder: str | Path | None = None, limit: int | None = None
) -> dict[str, float | str]:
    """Score framing on the real-story gold of ``half`` (the first ``limit`` stories by id, if given), the texts
    read from ``corpora`` (``../shared/corpora``)."""
    golds = read_real_gold(corpora, folder, half)[:limit]
    scores = score_gold((gold, predictions(gold)) for gold in golds)
    return {"half": half, **scores}


def check_spans(gold: GoldStory) -> list[str]:
    """Problems with ``gold``'s items: a span out of bounds or empty, a span whose text's SHA-256 differs from
    the one recorded, an unknown kind, a missing field. Empty when every item is sound."""
    texts = {v.id: v.raw for v in gold.story.versions}
    problems = []
    for raw in (*gold.findings, *gold.must_not_flag):
        where = f"{gold.story.name} {raw.get('version')} {raw.get('kind')} [{raw.get('start')}:{raw.get('end')}]"
        text = texts.get(str(gold.baseline if raw.get("in_baseline") else raw.get("version")), "")
        start, end = int(raw.get("start", -1)), int(raw.get("end", -1))
        if raw.get("kind") not in FINDING_KINDS or raw.get("version") not in gold.versions:
            problems.append(f"{where}: unknown kind or a version that is not annotated")
        elif not 0 <= start < end <= len(text):
            problems.append(f"{where}: span empty or out of bounds (text has {len(text)} characters)")
        elif _sha(text[start:end])[:16] != raw.get("span_sha256"):
            problems.append(f"{where}: the span's text does not match its recorded hash")
        elif (raw["kind"] == "omission") != bool(raw.get("in_baseline")):
            problems.append(f"{where}: omissions, and only they, point into the baseline (in_baseline)")
        elif len(str(raw.get("label", ""))) > 60:
            problems.append(f"{where}: label longer than 60 characters (keep labels short, never article text)")
    for raw in gold.findings:
        if raw["kind"] == "altered_quote" and raw.get("severity") not in ("minor", "substantive"):
            problems.append(f"{gold.story.name} {raw['version']}: an altered_quote needs severity minor or substantive")
    return problems
