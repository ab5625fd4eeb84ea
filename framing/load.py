"""Read stories: a story folder (files and an optional ``story.toml``) or a JSON Lines story set.

Every check of the input happens here, once, and fails with an error that names
the file and says what to do.
"""

from __future__ import annotations

import json
import logging
import tomllib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from .errors import ConfigError, InputError, ManifestError, MissingInputError
from .htmltext import html_to_text
from .records import Story, Version

__all__ = ["load_story", "iter_stories", "read_text_file", "story_from_mapping", "story_from_texts", "MAX_BYTES"]

logger = logging.getLogger(__name__)

#: Largest version file framing reads (a news article is rarely over 100 kB).
MAX_BYTES = 5_000_000
#: Largest JSON Lines story set.
MAX_SET_BYTES = 2_000_000_000
TEXT_SUFFIXES = (".txt", ".md", ".html", ".htm")
MANIFEST = "story.toml"
LEGACY_ENCODINGS = ("cp1252", "latin-1")


def read_text_file(path: Path) -> str:
    """The text of one version file, decoded; HTML reduced to its main text."""
    size = path.stat().st_size
    if size == 0:
        raise InputError(f"{path}: the file is empty; remove it from the story folder or add the article's text.")
    if size > MAX_BYTES:
        raise InputError(
            f"{path}: the file is {size:,} bytes, more than framing reads ({MAX_BYTES:,}); "
            "split it or keep only the article's text."
        )
    data = path.read_bytes()
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: this looks like a binary file, not text; save the article as UTF-8 text.")
    text = _decode(data, path)
    if path.suffix.lower() in (".html", ".htm"):
        text = html_to_text(text)
    if not text.strip():
        raise InputError(f"{path}: the file holds no text; add the article's text or remove the file.")
    return text


def _decode(data: bytes, path: Path) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        utf8_error = error
    for encoding in LEGACY_ENCODINGS[:1]:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        logger.warning("%s is not UTF-8; read it as %s. Save it as UTF-8 to be sure.", path, encoding)
        return text
    raise InputError(
        f"{path}: the text is not valid UTF-8 (byte {utf8_error.start}) nor Windows-1252; save the file as UTF-8."
    )


def load_story(path: str | Path) -> Story:
    """Read one story from a folder of version files (its manifest may name the baseline).

    To choose another baseline, pass ``baseline=`` to :func:`framing.analyze`. For
    a JSON Lines story set use :func:`iter_stories`.
    """
    folder = Path(path)
    if not folder.exists():
        raise MissingInputError(f"{folder}: no such file or folder; give a story folder or a .jsonl story set.")
    if folder.is_file():
        if folder.suffix.lower() in (".jsonl", ".json"):
            stories = list(iter_stories(folder))
            if len(stories) != 1:
                raise InputError(
                    f"{folder}: holds {len(stories)} stories; use framing.iter_stories() to read a story set."
                )
            return stories[0]
        raise InputError(f"{folder}: a story is a folder of version files or a .jsonl story set, not one file.")
    manifest = _read_manifest(folder / MANIFEST)
    versions = _versions_from_folder(folder, manifest)
    story = Story(
        name=str(manifest.get("story", folder.name)),
        versions=versions,
        title=manifest.get("title"),
        baseline=manifest.get("baseline"),
        source=folder,
        baseline_named_by="the story's manifest names it" if manifest.get("baseline") else None,
    )
    _check_story(story, folder)
    return story


def _read_manifest(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    try:
        manifest = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ManifestError(f"{path}: not valid TOML ({error}); fix the manifest or remove it.") from None
    for key in ("title", "baseline", "story"):
        if key in manifest and not isinstance(manifest[key], str):
            raise ManifestError(f"{path}: '{key}' must be a string; got {manifest[key]!r} instead.")
    versions = manifest.get("versions", {})
    if not isinstance(versions, dict) or not all(isinstance(v, dict) for v in versions.values()):
        raise ManifestError(f"{path}: [versions.ID] tables expected, each with a 'file' key; see the README.")
    for vid, entry in versions.items():
        if not isinstance(entry.get("file"), str):
            raise ManifestError(f'{path}: [versions.{vid}] needs file = "NAME"; add the version\'s file name.')
        bad = sorted(k for k, v in entry.items() if k in ("outlet", "url", "date", "title") and not isinstance(v, str))
        if bad:
            raise ManifestError(f"{path}: [versions.{vid}] {bad[0]} must be a string (quote dates too).")
    return manifest


def _versions_from_folder(folder: Path, manifest: dict[str, Any]) -> tuple[Version, ...]:
    entries: dict[str, dict[str, Any]] = manifest.get("versions", {})
    by_file = {entry["file"]: vid for vid, entry in entries.items()}
    for name in by_file:
        if not (folder / name).is_file():
            raise ManifestError(f"{folder / MANIFEST}: names {name!r}, which is not in {folder}; fix the file name.")
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)
    files = [p for p in files if p.name in by_file or p.name.lower() != "readme.md"]
    versions = []
    for file in files:
        vid = by_file.get(file.name, file.stem)
        entry = entries.get(vid, {})
        versions.append(
            Version(
                id=vid,
                raw=read_text_file(file),
                outlet=entry.get("outlet"),
                file=file.name,
                title=entry.get("title"),
                date=entry.get("date"),
                url=entry.get("url"),
            )
        )
    return tuple(sorted(versions, key=lambda v: v.id))


def _check_story(story: Story, where: Path) -> None:
    if len(story.versions) < 2:
        found = ", ".join(v.file or v.id for v in story.versions) or "none"
        raise InputError(
            f"{where}: a story needs at least two versions to compare (found {len(story.versions)}: {found}); "
            "add the other outlets' versions."
        )
    ids = [v.id for v in story.versions]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise ManifestError(f"{where}: version id {duplicates[0]!r} is used twice; give each version its own id.")


def iter_stories(path: str | Path) -> Iterator[Story]:
    """Read a JSON Lines story set lazily, one :class:`Story` per line (a line may name its baseline)."""
    file = Path(path)
    if not file.exists():
        raise MissingInputError(f"{file}: no such file; give a .jsonl story set.")
    if file.stat().st_size == 0:
        raise InputError(f"{file}: the file is empty; a story set has one JSON story per line.")
    if file.stat().st_size > MAX_SET_BYTES:
        raise InputError(f"{file}: larger than {MAX_SET_BYTES:,} bytes; split the story set into smaller files.")
    with file.open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                yield _story_from_line(line, f"{file}:{number}")


def _story_from_line(line: bytes, where: str) -> Story:
    try:
        record = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError:
        raise InputError(f"{where}: not valid UTF-8; save the story set as UTF-8.") from None
    except json.JSONDecodeError as error:
        raise ManifestError(f"{where}: not a JSON object ({error.msg}); each line must be one story.") from None
    return story_from_mapping(record, where, named_by="the story set names it")


def story_from_mapping(record: Any, where: str, *, named_by: str = "the story names it") -> Story:
    """A :class:`Story` from the JSON Lines shape ``{"story", "baseline", "versions": [...]}``."""
    expected = 'expected {"story", "baseline", "versions": [{"id", "outlet", "text", ...}]}'
    if not isinstance(record, dict) or not isinstance(record.get("versions"), list):
        raise ManifestError(f"{where}: not a story; {expected}.")
    versions = []
    for position, item in enumerate(record["versions"], start=1):
        if not isinstance(item, dict) or not isinstance(item.get("text"), str) or "id" not in item:
            raise ManifestError(f"{where}: version {position} needs an 'id' and a 'text' string; {expected}.")
        if not item["text"].strip():
            raise InputError(f"{where}: version {item['id']!r} has an empty text; drop it or fill it in.")
        versions.append(
            Version(
                id=str(item["id"]),
                raw=item["text"],
                outlet=_optional_str(item.get("outlet")),
                title=_optional_str(item.get("title")),
                date=_optional_str(item.get("date")),
                url=_optional_str(item.get("url")),
            )
        )
    name = str(record.get("story") or where)
    named = _optional_str(record.get("baseline"))
    story = Story(
        name=name,
        versions=tuple(versions),
        title=_optional_str(record.get("title")),
        baseline=named,
        baseline_named_by=named_by if named else None,
    )
    _check_story(story, Path(where))
    return story


def story_from_texts(
    texts: Mapping[str, str],
    *,
    baseline: str | None = None,
    outlets: Mapping[str, str] | None = None,
    title: str | None = None,
    name: str = "my-story",
) -> Story:
    """A :class:`Story` from texts pasted into Python, keyed by version id.

    >>> story = story_from_texts({"wire": wire_text, "blog": blog_text}, outlets={"blog": "A blog"})  # doctest: +SKIP

    Without ``baseline``, :func:`framing.analyze` picks the version with a wire
    credit (such as "© 2025 Associated Press. All rights reserved").
    """
    if isinstance(texts, (str, bytes)) or not isinstance(texts, Mapping):
        raise ConfigError(
            "The 'texts' parameter of story_from_texts must be a dict of {version id: text}, with two or more "
            f"versions. Got {type(texts).__name__} instead; write {{'wire': text1, 'copy': text2}}."
        )
    outlets = dict(outlets or {})
    unknown = sorted(set(outlets) - set(texts))
    if unknown:
        raise ConfigError(
            f"The 'outlets' parameter of story_from_texts names versions that are not in 'texts': {unknown}. "
            f"Use ids from {sorted(texts)}."
        )
    if baseline is not None and baseline not in texts:
        raise ConfigError(
            f"The 'baseline' parameter of story_from_texts must be one of {sorted(texts)}. Got {baseline!r} instead."
        )
    record = {
        "story": name,
        "title": title,
        "baseline": baseline,
        "versions": [{"id": key, "text": text, "outlet": outlets.get(key)} for key, text in texts.items()],
    }
    return story_from_mapping(record, name, named_by="it was named when the story was made")


def _optional_str(value: Any) -> str | None:
    return None if value is None else str(value)
