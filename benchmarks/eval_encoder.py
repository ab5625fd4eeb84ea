"""Score the loaded-wording encoder through framing's extractors: half to half, out of fold, BASIL, speed.

    python benchmarks/eval_encoder.py ../shared/eval --folds /tmp/encoder [--fp32]

``--folds`` holds ``half0.onnx`` and ``half1.onnx`` (with their .json), exported by
``benchmarks/train_encoder.py export --half N`` from the protocol's fold models. Each is
run, as the shipped model would be (onnxruntime, the loaded_word extractor, its lexicons,
an empty baseline), on the half of PTC and of BABE it was not trained on; the two halves
pooled are the out-of-fold numbers. The shipped model (framing/models/loaded_encoder.onnx)
is scored on BASIL (never trained on) and timed; ``--current`` scores the linear model
(the fallback) on the same halves for the side-by-side table in docs/evaluation.md.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from framing.evaluation import predict
from framing.evaluation.babe import Sentence, read_babe
from framing.evaluation.basil import evaluate_basil, read_basil
from framing.evaluation.metrics import TokenCounts, macro_f1, token_counts
from framing.evaluation.ptc import Article, read_ptc
from framing.extractors.loaded_word import ENCODER_GATE, LoadedWord
from framing.models.encoder import encoder, use_encoder

TECHNIQUE = "Loaded_Language"
MISSING = Path("/nonexistent/no-encoder.onnx")  # use_encoder on this: the fallback (linear model)


def halves(items: Sequence, key) -> tuple[list, list]:
    """As benchmarks/train_encoder.py splits them: groups sorted, alternately to half 0 and half 1."""
    groups = sorted({key(i) for i in items})
    side = {g: k % 2 for k, g in enumerate(groups)}
    return [i for i in items if side[key(i)] == 0], [i for i in items if side[key(i)] == 1]


_extractor = predict.extractor


PLAIN_SENTENCES = [True]  # LoadedWord(plain_sentences=...): --keep-plain sets it False


def switch(path: Path | None, gate: float = ENCODER_GATE, in_quotes: bool = False) -> None:
    """Run the encoder at ``path`` (None: the shipped one) with the linear-model gate ``gate``."""
    use_encoder(path)
    made = LoadedWord(encoder_gate=gate, encoder_in_quotes=in_quotes, plain_sentences=PLAIN_SENTENCES[0])

    def chosen(name: str):  # type: ignore[no-untyped-def]
        return made if name == "loaded_word" else _extractor(name)

    predict.extractor = chosen  # text_findings looks it up at call time
    predict.text_findings.cache_clear()


def ptc_counts(articles: Sequence[Article]) -> TokenCounts:
    total = TokenCounts()
    for article in articles:
        spans = predict.loaded_spans(article.text) or []
        total += token_counts(article.text, article.gold([TECHNIQUE]), spans)
    return total


def babe_numbers(sentences: Sequence[Sentence]) -> tuple[list[bool], list[bool] | None, TokenCounts]:
    model = encoder()
    decided = None
    if model is not None:
        decided = [r.biased >= model.sentence_threshold for r in model.read([s.text for s in sentences])]
    words = TokenCounts()
    for s in sentences:
        words += token_counts(s.text, s.gold_spans(), predict.loaded_spans(s.text) or [])
    return [s.biased for s in sentences], decided, words


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", type=Path, help="the folder holding ptc2020-train, babe-dev, basil-dev")
    parser.add_argument("--folds", type=Path, required=True, help="folder with half0.onnx, half1.onnx")
    parser.add_argument("--suffix", default="", help="half0<SUFFIX>.onnx (e.g. .fp32)")
    parser.add_argument("--current", action="store_true", help="also score the linear model (the fallback)")
    parser.add_argument("--basil", action="store_true", help="also score the shipped model on BASIL")
    parser.add_argument("--quotes", action="store_true", help="also let the encoder read reported speech")
    parser.add_argument("--sides", type=int, nargs="+", default=[0, 1], help="which half models to score")
    parser.add_argument("--gate", type=float, action="append", help="encoder gates to score (default: 0 and shipped)")
    parser.add_argument(
        "--keep-plain",
        action="store_true",
        help="keep the encoder's phrases in sentences its sentence head calls plain",
    )
    args = parser.parse_args(argv)
    PLAIN_SENTENCES[0] = not args.keep_plain
    articles = read_ptc(args.data / "ptc2020-train" / "articles", args.data / "ptc2020-train" / "labels.tsv")
    sentences = read_babe(args.data / "babe-dev" / "final_labels_SG2.dev.csv")
    article_halves = halves(articles, lambda a: a.id)
    keys = [s.group or f"sentence {k}" for k, s in enumerate(sentences)]  # as benchmarks/train_encoder.py keys them
    babe_groups = [set(h) for h in halves(sorted(set(keys)), lambda g: g)]
    sentence_halves = [[s for s, key in zip(sentences, keys, strict=True) if key in h] for h in babe_groups]
    results: dict[str, object] = {}
    gates = args.gate or [0.0, ENCODER_GATE]
    runs = [
        (
            f"encoder gate {g}{' with quotes' if q else ''}",
            g,
            q,
            lambda side: args.folds / f"half{side}{args.suffix}.onnx",
        )
        for g in gates
        for q in ([False, True] if args.quotes else [False])
    ]
    if args.current:
        runs.append(("current", 1.0, False, lambda side: MISSING))
    for name, gate, in_quotes, path_of in runs:
        pooled, pooled_words = TokenCounts(), TokenCounts()
        gold_all: list[bool] = []
        decided_all: list[bool] = []
        for side in args.sides:
            switch(path_of(side), gate, in_quotes)
            began = time.time()
            counts = ptc_counts(article_halves[1 - side])
            seconds = time.time() - began
            gold, decided, words = babe_numbers(sentence_halves[1 - side])
            row = {f"ptc_{k}": round(v, 4) for k, v in counts.scores().items()}
            row["ptc_seconds"] = round(seconds, 1)
            row.update({f"babe_words_{k}": round(v, 4) for k, v in words.scores().items()})
            if decided is not None:
                row["babe_macro_f1"] = round(macro_f1(gold, decided), 4)
                gold_all += gold
                decided_all += decided
            results[f"{name} half {side} -> {1 - side}"] = row
            print(json.dumps({f"{name} half {side} -> {1 - side}": row}), flush=True)
            pooled += counts
            pooled_words += words
        row = {f"ptc_{k}": round(v, 4) for k, v in pooled.scores().items()}
        row.update({f"babe_words_{k}": round(v, 4) for k, v in pooled_words.scores().items()})
        if decided_all:
            row["babe_macro_f1"] = round(macro_f1(gold_all, decided_all), 4)
        results[f"{name} out of fold"] = row
        print(json.dumps({f"{name} out of fold": row}), flush=True)
    if args.basil:
        triplets = read_basil(args.data / "basil-dev")
        for name, path, gate in [(f"encoder gate {g}", None, g) for g in gates] + [("current", MISSING, 1.0)]:
            if args.quotes and path is None:
                switch(path, gate, True)
                scores = evaluate_basil(triplets)
                results[f"basil {name} with quotes"] = {
                    k: round(float(v), 4) for k, v in scores.items() if k.startswith("lex_")
                }
                print(json.dumps({f"basil {name} with quotes": results[f"basil {name} with quotes"]}), flush=True)
            switch(path, gate)
            scores = evaluate_basil(triplets)
            row = {k: round(float(v), 4) for k, v in scores.items() if k.startswith("lex_")}
            results[f"basil {name}"] = row
            print(json.dumps({f"basil {name}": row}), flush=True)
    switch(None)
    print(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
