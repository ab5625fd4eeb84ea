"""Folder names for the stories of a story set under ``--out``: one folder each, never shared.

A story's folder is its name with every character but letters, digits, ``-``, ``_`` and
``.`` replaced by ``_`` (at most 100 characters, never starting with ``.``). Where two
stories of a set would get the same folder, or folders that differ only in case or
Unicode normalisation (one folder on Windows and macOS), a short hash of the exact
name is added to each whose name had to be changed: ``a/b`` → ``a_b-c14cddc0``, while
the story named ``a_b`` keeps ``a_b``. Two stories with the same name are an error:
nothing would tell their reports apart.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Sequence

from ..errors import InputError

__all__ = ["story_folders", "safe_name"]

_MAX = 100


def safe_name(name: str) -> str:
    """``name`` reduced to characters every file system takes, not hidden, at most 100 characters."""
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in name)[:_MAX]
    if safe.startswith("."):
        safe = "_" + safe[1:]
    return safe or "story"


def story_folders(names: Sequence[str], wheres: Sequence[str]) -> list[str]:
    """One distinct folder name per story (see the module's note); ``wheres`` say where each story was read."""
    first_seen: dict[str, str] = {}
    for name, where in zip(names, wheres, strict=True):
        if name in first_seen:
            raise InputError(
                f"{where}: the story name {name!r} is also the name of the story at {first_seen[name]}; give each "
                "story of the set its own name (each gets its own folder under --out)."
            )
        first_seen[name] = where
    plain = [safe_name(name) for name in names]
    groups: dict[str, list[int]] = {}
    for number, folder in enumerate(plain):
        groups.setdefault(_key(folder), []).append(number)
    folders = list(plain)
    for members in groups.values():
        if len(members) == 1:
            continue
        unchanged = [n for n in members if plain[n] == names[n]]
        for number in members:
            if unchanged != [number]:  # the one story whose name is its folder keeps it
                folders[number] = _hashed(plain[number], names[number])
    taken: dict[str, str] = {}
    for folder, where in zip(folders, wheres, strict=True):
        if _key(folder) in taken:  # only a name made to look like another's hashed folder gets here
            raise InputError(
                f"{where}: the story's report folder {folder!r} is also the folder of the story at "
                f"{taken[_key(folder)]}; rename one of the two stories."
            )
        taken[_key(folder)] = where
    return folders


def _key(folder: str) -> str:
    """What a case-insensitive, normalising file system (Windows, macOS) sees of a folder name."""
    return unicodedata.normalize("NFC", folder).casefold()


def _hashed(folder: str, name: str) -> str:
    digest = hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"{folder[: _MAX - 9]}-{digest}"
