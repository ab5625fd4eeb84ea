"""Small fitted models shipped with framing: coefficients as ``.npz`` files, read once on first use.

- :mod:`framing.models.token_features`: the features of every word of a document (no fitting, no data);
- :mod:`framing.models.static`: 64 numbers per word piece for what it means, derived from the
  all-MiniLM-L6-v2 encoder (Apache-2.0; ``benchmarks/build_static_vectors.py``), read with numpy alone;
- :mod:`framing.models.loaded`: the loaded-wording model fitted on PTC's Loaded_Language spans
  (``benchmarks/train_loaded_model.py``), used by the ``loaded_word`` extractor.
"""

from __future__ import annotations

__all__: list[str] = []
