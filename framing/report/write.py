"""The one function that writes report files, atomically."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path

from ..errors import InputError

__all__ = ["write_reports"]


def write_reports(files: Mapping[str, bytes], out_dir: str | Path) -> list[Path]:
    """Write ``{relative name: content}`` under ``out_dir``, all or nothing.

    Everything is first written to a temporary folder beside ``out_dir``. Only
    when every file is complete are they moved into place (``os.replace``, atomic
    per file); files they replace are kept aside until the last move succeeds, so
    a failure at any point leaves ``out_dir`` as it was.
    """
    target = Path(out_dir)
    if target.exists() and not target.is_dir():
        raise InputError(f"{target}: exists and is not a folder; give --out a folder path.")
    for name in files:
        if Path(name).is_absolute() or ".." in Path(name).parts:
            raise InputError(f"{name!r}: a report file name must be a relative path inside the report folder.")
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".framing-", dir=target.parent))
    try:
        for name, content in files.items():
            path = staging / "new" / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
        return _move_into_place(list(files), staging, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _move_into_place(names: list[str], staging: Path, target: Path) -> list[Path]:
    """Move staged files into ``target``; on failure put back what was there before."""
    made: list[Path] = []  # folders this call created, outermost first
    moved: list[tuple[Path, Path | None]] = []  # (destination, where its old file was kept)
    try:
        for name in names:
            destination = target / name
            _make_folder(destination.parent, made)
            kept = None
            if destination.exists():
                kept = staging / "old" / name
                kept.parent.mkdir(parents=True, exist_ok=True)
                os.replace(destination, kept)
            moved.append((destination, kept))
            os.replace(staging / "new" / name, destination)
    except BaseException:
        for destination, kept in reversed(moved):
            destination.unlink(missing_ok=True)
            if kept is not None and kept.exists():
                os.replace(kept, destination)
        for folder in reversed(made):
            if folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()
        raise
    return [destination for destination, _ in moved]


def _make_folder(folder: Path, made: list[Path]) -> None:
    missing = [path for path in (folder, *folder.parents) if not path.exists()]
    folder.mkdir(parents=True, exist_ok=True)
    made.extend(reversed(missing))
