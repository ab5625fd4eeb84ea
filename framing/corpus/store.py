"""The output folder: files written atomically, and a manifest of the batches already written.

A batch's files are written to a temporary name and renamed into place, then the
manifest records the batch with the checksums of its files. A rerun after an
interruption skips every batch the manifest lists whose files are still there and
unchanged; a change of input or settings starts again from nothing.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

__all__ = ["write_atomic", "Manifest", "digest"]

MANIFEST = "manifest.json"
SCHEMA = "framing.corpus-manifest/1"


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def digest(path: Path) -> str:
    """SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Manifest:
    """Which batches of which stage are written, for one input and one set of settings."""

    def __init__(self, folder: Path, fingerprint: dict[str, Any]) -> None:
        self.folder = folder
        self.path = folder / MANIFEST
        self.fingerprint = fingerprint
        self.done: dict[str, dict[str, str]] = {}
        if self.path.exists():
            try:
                saved = json.loads(self.path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                saved = {}
            if saved.get("schema") == SCHEMA and saved.get("fingerprint") == fingerprint:
                self.done = {k: dict(v) for k, v in saved.get("done", {}).items()}

    def is_done(self, key: str) -> bool:
        """Whether batch ``key`` is recorded and its files are there with the recorded checksums."""
        files = self.done.get(key)
        if files is None:
            return False
        return all((self.folder / name).exists() and digest(self.folder / name) == sha for name, sha in files.items())

    def record(self, key: str, names: list[str]) -> None:
        """Record batch ``key`` as written, with its files (relative to the folder)."""
        self.done[key] = {name: digest(self.folder / name) for name in sorted(names)}
        self.save()

    def save(self) -> None:
        body = {"schema": SCHEMA, "fingerprint": self.fingerprint, "done": dict(sorted(self.done.items()))}
        write_atomic(self.path, (json.dumps(body, indent=1, sort_keys=True) + "\n").encode("utf-8"))
