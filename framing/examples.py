"""The seed story and its gold, found from inside the package.

Notebooks and tests load examples through these functions, never through paths
of their own. In a checkout (or an editable install) the files are the project's
``data/`` folder; a wheel carries the same files as ``framing/data`` (a link to
``data/`` that the build follows).
"""

from __future__ import annotations

from pathlib import Path

from .errors import MissingInputError
from .load import load_story
from .records import Story

__all__ = ["example_path", "example_story", "gold_path", "real_gold_folder", "EXAMPLE"]

EXAMPLE = "nato-rutte-japan-2025"
_PACKAGE = Path(__file__).resolve().parent


def _data_root() -> Path:
    for root in (_PACKAGE / "data", _PACKAGE.parent / "data"):
        if (root / "stories").is_dir():
            return root
    raise MissingInputError(f"{_PACKAGE}: framing's example data is missing; reinstall framing.")


def example_path(name: str = EXAMPLE) -> Path:
    """Folder of a story shipped with framing (the seed story by default)."""
    path = _data_root() / "stories" / name
    if not path.is_dir():
        raise MissingInputError(f"{path}: no example story of that name; use {EXAMPLE!r}.")
    return path


def example_story(name: str = EXAMPLE) -> Story:
    """A story shipped with framing, loaded."""
    return load_story(example_path(name))


def gold_path(name: str = EXAMPLE) -> Path:
    """The hand-made gold findings of an example story."""
    return _data_root() / "gold" / f"{name}.json"


def real_gold_folder() -> Path:
    """The folder of the gold from real stories (offsets only; the texts stay in the corpora)."""
    return _data_root() / "gold" / "real"
