"""Errors raised by framing.

Every error names the input, what was expected and what to do. They derive from
the standard types (``ValueError``, ``FileNotFoundError``) so that callers who do
not know framing can still catch them; the CLI turns any of them into one line on
stderr and exit status 2.
"""

from __future__ import annotations

__all__ = [
    "FramingError",
    "InputError",
    "MissingInputError",
    "ManifestError",
    "BaselineError",
    "ConfigError",
    "WorkerError",
]


class FramingError(Exception):
    """Base class of every error framing raises on bad input."""


class InputError(FramingError, ValueError):
    """A file or text that framing cannot read as a story version."""


class MissingInputError(FramingError, FileNotFoundError):
    """A path that does not exist."""


class ManifestError(InputError):
    """A ``story.toml`` manifest or a JSON Lines story that is malformed."""


class BaselineError(InputError):
    """No baseline can be chosen, or the one asked for does not exist."""


class ConfigError(FramingError, ValueError):
    """A parameter or a weights file with a value framing cannot use."""


class WorkerError(FramingError, RuntimeError):
    """A worker process of ``--jobs`` that stopped before its work was done (killed, out of memory)."""
