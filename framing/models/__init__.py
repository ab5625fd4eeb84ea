"""Small fitted models shipped with framing: coefficients as ``.npz`` files, read once on first use.

- :mod:`framing.models.token_features`: the features of every word of a document (no fitting, no data);
- :mod:`framing.models.loaded`: the loaded-wording model fitted on PTC's Loaded_Language spans
  (``benchmarks/train_loaded_model.py``), used by the ``loaded_word`` extractor.
"""

from __future__ import annotations

__all__: list[str] = []
