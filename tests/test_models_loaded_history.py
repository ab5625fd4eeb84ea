"""The loaded-wording model gives a word the same value whatever words were new to the process with it.

Corpus mode analyses stories in batches spread over worker processes; if a word's remembered value depended on
which other words were added with it, the output would depend on the number of workers.
"""

from __future__ import annotations

import numpy as np

from framing.models.loaded import LoadedWordModel, loaded_word_model

WORDS = sorted(
    {f"{stem}{end}" for stem in ("crisis", "bold", "terrible", "sweep", "quiet", "vast") for end in ("", "s")}
)


def _fresh() -> LoadedWordModel:
    m = loaded_word_model()
    return LoadedWordModel(m.config, m.weights, m.intercept, m.calibration, m.seed_threshold, m.grow_threshold)


def test_a_words_value_does_not_depend_on_its_batch():
    together = _fresh()
    together._add(WORDS)
    alone = _fresh()
    for word in reversed(WORDS):
        alone._add([word])
    for word in WORDS:
        assert np.array_equal(together._table[together._rows[word]], alone._table[alone._rows[word]]), word
