"""Corpus mode against ground truth (a script, not a timed test).

(a) story grouping: the allsides-neus excerpts (left, centre and right versions of 506 AllSides pages) fed in as
    one pile; B-cubed precision, recall and F1 of the stories found against the editors' pages. Each excerpt gets
    its page's date (the excerpts carry none). Also reported: without dates (one window for all), and the
    parameters chosen on the even-numbered pages (a pile of their own) scored on the odd ones (another pile).
(b) wire origin: the 927 articles of abp-wire-stories fed in as one pile; for every story found that holds one of
    the 294 known AP or Reuters baselines, whether corpus mode chose that article as the story's origin.

    python benchmarks/corpus_eval.py [--shared ../shared] [--out results.json]

Piles are written to a temporary folder (never into the project) and removed afterwards.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections import Counter
from pathlib import Path

import pandas as pd

import framing
from framing.corpus import GroupingParams


def bcubed(predicted: list[str], gold: list[str]) -> dict[str, float]:
    pc, gc, both = Counter(predicted), Counter(gold), Counter(zip(predicted, gold, strict=True))
    precision = sum(both[(p, g)] / pc[p] for p, g in zip(predicted, gold, strict=True)) / len(gold)
    recall = sum(both[(p, g)] / gc[g] for p, g in zip(predicted, gold, strict=True)) / len(gold)
    return {"precision": precision, "recall": recall, "f1": 2 * precision * recall / (precision + recall)}


def allsides_pile(
    shared: Path, folder: Path, dated: bool = True, parity: int | None = None
) -> tuple[Path, dict[str, str]]:
    source = next((shared / "corpora" / "allsides-neus").glob("*.jsonl"))
    gold: dict[str, str] = {}
    path = folder / f"allsides-{'dated' if dated else 'undated'}-{parity}.jsonl"
    with open(source, encoding="utf-8") as lines, open(path, "w", encoding="utf-8") as out:
        for line in lines:
            page = json.loads(line)
            if parity is not None and int(page["id"]) % 2 != parity:
                continue
            for side, item in sorted(page["news"].items()):
                article = f"{page['id']}-{side}"
                gold[article] = str(page["id"])
                record = {
                    "id": article,
                    "outlet": item.get("newsSource"),
                    "title": item.get("newsTitle"),
                    "date": page["date"][:10] if dated else "",
                    "url": item.get("newsLink"),
                    "text": "\n\n".join(item["newBody"]),
                }
                out.write(json.dumps(record) + "\n")
    return path, gold


def grouping(pile: Path, gold: dict[str, str], out: Path, params: GroupingParams | None = None) -> dict[str, float]:
    result = framing.corpus(pile, out, workers=2, grouping=params)
    index = pd.read_parquet(result.out / "articles.parquet")
    return bcubed(index["story"].tolist(), [gold[i] for i in index["id"]])


def grid(pile: Path, gold: dict[str, str]) -> tuple[float, float]:
    """The threshold and tf-idf weight with the best B-cubed F1 on ``pile`` (in-process, the same functions)."""
    from datetime import date

    import numpy as np

    from framing.corpus import features
    from framing.corpus.group import centred, group_stories, tfidf

    rows = [json.loads(line) for line in open(pile, encoding="utf-8")]
    counts = tfidf(features.term_counts([r["title"] for r in rows], [r["text"] for r in rows]))
    meanings = centred(np.array([features.meaning(r["title"], features.words(r["text"])) for r in rows]))
    days = [date.fromisoformat(r["date"]).toordinal() if r["date"] else None for r in rows]
    ids = [r["id"] for r in rows]

    def f1(tw: tuple[float, float]) -> float:
        labels = group_stories(days, ids, counts, meanings, GroupingParams(threshold=tw[0], tfidf_weight=tw[1]))
        return bcubed([str(label) for label in labels], [gold[i] for i in ids])["f1"]

    return max(((t, w) for t in (0.125, 0.15, 0.175, 0.2, 0.225, 0.25) for w in (0.5, 0.7, 0.85, 1.0)), key=f1)


def wire_pile(shared: Path, folder: Path) -> tuple[Path, dict[str, str]]:
    baselines: dict[str, str] = {}
    path = folder / "wire.jsonl"
    with (
        open(shared / "corpora" / "abp-wire-stories" / "stories.jsonl", encoding="utf-8") as lines,
        open(path, "w", encoding="utf-8") as out,
    ):
        for line in lines:
            story = json.loads(line)
            baselines[story["baseline"]] = story["story"]
            for version in story["versions"]:
                out.write(json.dumps(version) + "\n")
    return path, baselines


def wire_origin(pile: Path, baselines: dict[str, str], out: Path) -> dict[str, object]:
    result = framing.corpus(pile, out, workers=2)
    landed = chosen = landed_multi = chosen_multi = 0
    misses = []
    for record in result.story_records():
        ids = set(record["members"]) | {r["id"] for r in record["reprints"]}
        hits = ids & set(baselines)
        if not hits:
            continue
        landed += 1
        ok = record["wire_origin"]["id"] in hits
        chosen += ok
        if len(ids) > 1:
            landed_multi += 1
            chosen_multi += ok
        if not ok:
            misses.append({"story": record["story"], "origin": record["wire_origin"], "known": sorted(hits)})
    return {
        "stories_holding_a_known_baseline": landed,
        "origin_is_that_baseline": chosen,
        "share": chosen / landed,
        "of_them_with_2_or_more_members": landed_multi,
        "share_with_2_or_more_members": chosen_multi / max(landed_multi, 1),
        "misses": misses[:10],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        started = time.perf_counter()
        pile, gold = allsides_pile(args.shared, folder)
        results["allsides_dated"] = grouping(pile, gold, folder / "a")
        undated, _ = allsides_pile(args.shared, folder, dated=False)
        results["allsides_undated"] = grouping(undated, gold, folder / "b")
        even_pile, _ = allsides_pile(args.shared, folder, parity=0)
        odd_pile, _ = allsides_pile(args.shared, folder, parity=1)
        best = grid(even_pile, gold)
        chosen = GroupingParams(threshold=best[0], tfidf_weight=best[1])
        results["allsides_split_half"] = {
            "chosen_on_even_pages": {"threshold": best[0], "tfidf_weight": best[1]},
            "odd_pages_with_them": grouping(odd_pile, gold, folder / "o", chosen),
            "odd_pages_with_the_defaults": grouping(odd_pile, gold, folder / "d"),
        }
        results["allsides_seconds"] = round(time.perf_counter() - started, 1)
        started = time.perf_counter()
        pile, baselines = wire_pile(args.shared, folder)
        results["wire_origin"] = wire_origin(pile, baselines, folder / "w")
        stories = {
            v["id"]: s["story"]
            for s in map(json.loads, open(args.shared / "corpora" / "abp-wire-stories" / "stories.jsonl"))
            for v in s["versions"]
        }
        index = pd.read_parquet(folder / "w" / "articles.parquet")
        results["wire_grouping"] = bcubed(index["story"].tolist(), [stories[i] for i in index["id"]])
        results["wire_seconds"] = round(time.perf_counter() - started, 1)
    text = json.dumps(results, indent=1)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
