"""Run every evaluation on the development halves and print (or write) the numbers tables of docs/evaluation.md.

    python benchmarks/eval_all.py                      # print the tables
    python benchmarks/eval_all.py --write docs/evaluation.md   # replace the block between the markers

The data come from ../shared beside the checkout, or $FRAMING_SHARED, or --shared.
Besides the pinned runs it scores the variants the page discusses: loaded words
in the outlet's voice only (quotes excluded), and a strong-subjectives word list
(Riloff & Wiebe 2003, from shared/lexicons-reference) as a second naive baseline.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from framing.evaluation.babe import evaluate_babe, read_babe
from framing.evaluation.basil import evaluate_basil, read_basil
from framing.evaluation.floors import measure, shared_root
from framing.evaluation.predict import load_terms
from framing.evaluation.ptc import evaluate_spans, read_ptc

START, END = "<!-- numbers:start -->", "<!-- numbers:end -->"
ROWS: Mapping[str, tuple[tuple[str, str], ...]] = {
    "spans": (
        ("framing loaded_word, quotes included", ""),
        ("framing loaded_word, outlet's voice only", "quotes_excluded_"),
        ("naive: framing's `loaded` lexicon, plain match", "lexicon_"),
        ("naive: strong subjectives (Riloff & Wiebe 2003)", "subjective_lexicon_"),
    ),
}


def _f(value: object) -> str:
    if isinstance(value, str):
        return value
    if not isinstance(value, float) or math.isnan(value):
        return "n/a"
    return f"{value:.0f}" if value.is_integer() and value > 1 else f"{value:.3f}"


def _table(header: list[str], rows: Sequence[Sequence[object]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return lines + ["| " + " | ".join(_f(c) for c in row) + " |" for row in rows]


def collect(shared: Path) -> dict[str, dict[str, float | str]]:
    e = shared / "eval"
    results = {name: dict(measure(name, shared)) for name in ("spans", "babe", "basil", "polnear", "ranking", "seed")}
    subjective_file = shared / "lexicons-reference" / "recasens2013" / "strong_subjectives_riloff2003.txt"
    subjective = load_terms(subjective_file) if subjective_file.is_file() else None
    articles = read_ptc(e / "ptc2020-train" / "articles", e / "ptc2020-train" / "labels.tsv")
    outlet = evaluate_spans(articles, quotes=False, lexicon=subjective)
    results["spans"].update({f"quotes_excluded_{k}": v for k, v in outlet.items() if k.startswith(("token", "span"))})
    results["spans"].update({f"subjective_{k}": v for k, v in outlet.items() if k.startswith("lexicon_")})
    basil = evaluate_basil(read_basil(e / "basil-dev"), quotes=False, lexicon=subjective)
    results["basil"].update({f"quotes_excluded_{k}": v for k, v in basil.items() if k.startswith("lex_")})
    results["basil"].update({f"subjective_{k}": v for k, v in basil.items() if k.startswith("lexicon_")})
    if subjective is not None:
        babe = evaluate_babe(read_babe(e / "babe-dev" / "final_labels_SG2.dev.csv"), lexicon=subjective)
        results["babe"].update({f"subjective_{k}": v for k, v in babe.items() if k.startswith("lexicon_")})
    return results


def tables(r: dict[str, dict[str, float | str]]) -> str:
    out: list[str] = []
    s = r["spans"]
    out += [
        f"### PTC (SemEval-2020 Task 11), Loaded_Language, {_f(s['articles'])} articles, {_f(s['gold_spans'])} spans",
        "",
    ]
    rows = [
        [
            label,
            s.get(f"{p}token_precision"),
            s.get(f"{p}token_recall"),
            s.get(f"{p}token_f1"),
            s.get(f"{p}span_recall"),
        ]
        for label, p in ROWS["spans"]
    ]
    out += _table(["predictor", "token P", "token R", "token F1", "span recall"], rows)
    out += [
        "",
        "Published reference: span-identification F1 about 0.49–0.51, all 14 techniques together "
        "(SemEval-2020 Task 11).",
        "",
    ]
    b = r["babe"]
    out += [f"### BABE (SG2 development half, {_f(b['sentences'])} sentences, {_f(b['biased_share'])} biased)", ""]
    rows = [
        ["framing sentence model (shipped coefficients)", b.get("macro_f1"), b.get("accuracy"), "", "", ""],
        ["framing sentence model, 5-fold out-of-fold", b.get("cv_macro_f1"), "", "", "", ""],
        [
            "framing rule: any loaded word ⇒ biased",
            b.get("rule_macro_f1"),
            b.get("rule_accuracy"),
            b.get("words_token_precision"),
            b.get("words_token_recall"),
            b.get("words_token_f1"),
        ],
        [
            "naive: framing's `loaded` lexicon",
            b.get("lexicon_macro_f1"),
            b.get("lexicon_accuracy"),
            b.get("lexicon_words_token_precision"),
            b.get("lexicon_words_token_recall"),
            b.get("lexicon_words_token_f1"),
        ],
        [
            "naive: strong subjectives",
            b.get("subjective_lexicon_macro_f1"),
            b.get("subjective_lexicon_accuracy"),
            b.get("subjective_lexicon_words_token_precision"),
            b.get("subjective_lexicon_words_token_recall"),
            b.get("subjective_lexicon_words_token_f1"),
        ],
    ]
    out += _table(["predictor", "macro-F1", "accuracy", "biased-word P", "biased-word R", "biased-word F1"], rows)
    out += ["", "Published reference: macro-F1 0.804 (Spinde et al. 2021, BERT with distant supervision).", ""]
    c = r["basil"]
    out += [
        f"### BASIL ({_f(c['triplets'])} triplets, {_f(c['lex_spans'])} lexical spans, {_f(c['sentences'])} sentences, "
        f"{_f(c['inf_sentence_share'])} with informational bias)",
        "",
    ]
    rows = [
        [
            "lex: framing loaded_word, quotes included",
            c.get("lex_token_precision"),
            c.get("lex_token_recall"),
            c.get("lex_token_f1"),
        ],
        [
            "lex: framing loaded_word, outlet's voice only",
            c.get("quotes_excluded_lex_token_precision"),
            c.get("quotes_excluded_lex_token_recall"),
            c.get("quotes_excluded_lex_token_f1"),
        ],
        [
            "lex: naive `loaded` lexicon",
            c.get("lexicon_lex_token_precision"),
            c.get("lexicon_lex_token_recall"),
            c.get("lexicon_lex_token_f1"),
        ],
        [
            "lex: naive strong subjectives",
            c.get("subjective_lexicon_lex_token_precision"),
            c.get("subjective_lexicon_lex_token_recall"),
            c.get("subjective_lexicon_lex_token_f1"),
        ],
        [
            "inf: added_framing under any pairing",
            c.get("inf_any_precision"),
            c.get("inf_any_recall"),
            c.get("inf_any_f1"),
        ],
        [
            "inf: added_framing under both pairings",
            c.get("inf_all_precision"),
            c.get("inf_all_recall"),
            c.get("inf_all_f1"),
        ],
        [
            "inf: naive, sentence aligned as added",
            c.get("aligned_added_inf_precision"),
            c.get("aligned_added_inf_recall"),
            c.get("aligned_added_inf_f1"),
        ],
    ]
    out += _table(["task: predictor", "P", "R", "F1"], rows) + [""]
    p = r["polnear"]
    out += [f"### PolNeAR (training split, {_f(p['articles'])} articles)", ""]
    rows = [
        [
            "source",
            p.get("source_token_precision"),
            p.get("source_token_recall"),
            p.get("source_token_f1"),
            p.get("source_span_precision"),
            p.get("source_span_recall"),
            p.get("source_span_f1"),
        ],
        [
            "cue",
            p.get("cue_token_precision"),
            p.get("cue_token_recall"),
            p.get("cue_token_f1"),
            p.get("cue_span_precision"),
            p.get("cue_span_recall"),
            p.get("cue_span_f1"),
        ],
        ["cue, naive: every reporting verb", "", "", p.get("lexicon_cue_token_f1"), "", "", ""],
    ]
    out += _table(["span", "token P", "token R", "token F1", "span P", "span R", "span F1"], rows)
    out += [
        "",
        f"Numbers: {_f(p.get('numbers'))}, {_f(p.get('number_gold_attributed_share'))} attributed in the gold; "
        f"agreement {_f(p.get('number_agreement'))}, Cohen's kappa {_f(p.get('number_kappa'))}.",
        "",
    ]
    k = r["ranking"]
    out += [
        f"### Ranking: BASIL triplets, NYT as baseline ({_f(k['stories'])} stories, {_f(k['versions'])} versions)",
        "",
    ]
    rows = [
        [
            name,
            k.get(f"{p}spearman_per_story"),
            f"{_f(k.get(f'{p}spearman_per_story_low'))} – {_f(k.get(f'{p}spearman_per_story_high'))}",
            k.get(f"{p}spearman_pooled"),
            f"{_f(k.get(f'{p}spearman_pooled_low'))} – {_f(k.get(f'{p}spearman_pooled_high'))}",
        ]
        for name, p in (("framing divergence", ""), ("naive: tf-idf cosine distance", "tfidf_"))
    ]
    out += _table(["predictor", "per story", "95 % CI", "pooled", "95 % CI"], rows) + [""]
    d = r["seed"]
    out += [
        f"### Seed story gold ({_f(d['gold_findings'])} gold findings, {_f(d['predicted_findings'])} predicted)",
        "",
    ]
    kinds = sorted(
        {key.rsplit("_", 1)[0] for key in d if key.endswith(("_precision", "_recall")) and not key.startswith("micro")}
    )
    rows = [[kind, d.get(f"{kind}_precision"), d.get(f"{kind}_recall")] for kind in kinds]
    rows.append(["**micro (all kinds)**", d.get("micro_precision"), d.get("micro_recall")])
    out += _table(["kind", "precision", "recall"], rows)
    out += ["", f"Must-not-flag items hit: {int(d['must_not_flag_hits'])}."]
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, help="folder holding eval/ (default: $FRAMING_SHARED or ../shared)")
    parser.add_argument("--write", type=Path, help="replace the numbers block of this Markdown file")
    args = parser.parse_args(argv)
    shared = shared_root(args.shared)
    if shared is None:
        print("no evaluation data: pass --shared or set FRAMING_SHARED", file=sys.stderr)
        return 2
    text = tables(collect(shared))
    if args.write is None:
        sys.stdout.write(text)
        return 0
    page = args.write.read_text(encoding="utf-8")
    if START not in page or END not in page:
        print(f"{args.write}: no {START} … {END} block to replace", file=sys.stderr)
        return 2
    head, rest = page.split(START, 1)
    args.write.write_text(head + START + "\n" + text + END + rest.split(END, 1)[1], encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
