"""Read stories: a story folder (files and an optional ``story.toml``) or a JSON Lines story set.

Every check of the input happens here, once, and fails with an error that names
the file and says what to do.
"""

from __future__ import annotations

import codecs
import json
import logging
import os
import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from .errors import ConfigError, InputError, ManifestError, MissingInputError
from .htmltext import html_page
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
#: Byte-order marks framing decodes (UTF-32's first: its little-endian mark begins with UTF-16's).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: Control characters no article holds (tab, line feed, vertical tab, form feed and carriage return aside).
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_MAX_CONTROL_SHARE = 0.01  # random bytes read as text: about 12%; an article: none
_MAX_LEGACY_SHARE = 0.3  # characters beyond ASCII in a Windows-1252 text (random bytes: about half)
#: What framing writes into a report folder that would otherwise be read as versions (see :func:`_report_files`).
_REPORT_TEXTS = ("report.html", "ranking.txt")


def read_text_file(path: Path) -> str:
    """The text of one version file, decoded; HTML reduced to its main text."""
    return _read_version_file(path)[0]


def _read_version_file(path: Path) -> tuple[str, str | None]:
    """The text of one version file, decoded (HTML reduced to its main text), and an HTML page's headline."""
    size = path.stat().st_size
    if size == 0:
        raise InputError(f"{path}: the file is empty; remove it from the story folder or add the article's text.")
    with path.open("rb") as handle:
        data = handle.read(MAX_BYTES + 1)  # never more, even if the file grew since
    if len(data) > MAX_BYTES:
        raise InputError(
            f"{path}: the file is {max(size, len(data)):,} bytes, more than framing reads ({MAX_BYTES:,}); "
            "split it or keep only the article's text."
        )
    text = _decode(data, path)
    check_text(text, str(path))
    title = None
    if path.suffix.lower() in (".html", ".htm"):
        page = html_page(text)
        text, title = page.text, page.title
    if not text.strip():
        raise InputError(f"{path}: the file holds no text; add the article's text or remove the file.")
    return text, title


def check_text(text: str, where: str) -> None:
    """Refuse a text framing does not analyse: over :data:`MAX_BYTES` in UTF-8, with NUL bytes, or not text.

    The same limits hold for a version file and for a text of a JSON Lines story set.
    """
    size = len(text) if len(text) > MAX_BYTES else len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_BYTES:
        raise InputError(
            f"{where}: the text is {size:,} bytes, more than framing reads ({MAX_BYTES:,}); "
            "split it or keep only the article's text."
        )
    if "\x00" in text:
        raise InputError(f"{where}: this looks like a binary file, not text (it holds NUL bytes); save it as text.")
    if _SURROGATE.search(text):
        raise InputError(f"{where}: the text holds a lone UTF-16 surrogate (such as \\ud800); fix the text.")
    controls = len(_CONTROL.findall(text))
    if controls > 2 and controls > _MAX_CONTROL_SHARE * len(text):
        raise InputError(
            f"{where}: this does not look like text ({controls:,} control characters in {len(text):,}); "
            "save the article as UTF-8 text."
        )


def _decode(data: bytes, path: Path) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                raise InputError(
                    f"{path}: starts with a {encoding.upper()} byte-order mark but is not valid {encoding.upper()}; "
                    "save the file as UTF-8."
                ) from None
    if b"\x00" in data:
        raise InputError(f"{path}: this looks like a binary file, not text; save the article as UTF-8 text.")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        utf8_error = error
    for encoding in LEGACY_ENCODINGS[:1]:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if sum(not c.isascii() for c in text) > _MAX_LEGACY_SHARE * len(text):  # random bytes: about half
            break
        logger.warning("%s is not UTF-8; read it as %s. Save it as UTF-8 to be sure.", path, encoding)
        return text
    raise InputError(
        f"{path}: the text is not valid UTF-8 (byte {utf8_error.start}) nor Windows-1252 text; save the file as UTF-8."
    )


def load_story(path: str | Path) -> Story:
    """Read one story from a folder of version files (its manifest may name the baseline).

    To choose another baseline, pass ``baseline=`` to :func:`framing.analyze`. For
    a JSON Lines story set use :func:`iter_stories`.
    """
    if not isinstance(path, (str, os.PathLike)):
        raise ConfigError(
            "The 'path' parameter of load_story must be a path (str or pathlib.Path) to a story folder. "
            f"Got {type(path).__name__} instead."
        )
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
    _check_story(versions, folder)
    story = Story(
        name=str(manifest.get("story", folder.name)),
        versions=versions,
        title=manifest.get("title"),
        baseline=manifest.get("baseline"),
        source=folder,
        baseline_named_by="the story's manifest names it" if manifest.get("baseline") else None,
    )
    return story


def _read_manifest(path: Path) -> dict[str, Any]:
    if not path.exists() and not path.is_symlink():
        return {}
    _inside_folder(path)
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
    by_file = _manifest_files(folder, entries)
    candidates = sorted(p for p in folder.iterdir() if p.suffix.lower() in TEXT_SUFFIXES and not _real_folder(p))
    files = [p for p in candidates if p.name in by_file or not _skipped(p)]
    skipped = [p.name for p in candidates if p.name not in by_file and p.name in _REPORT_TEXTS and _skipped(p)]
    if skipped:
        logger.warning("%s: skipped %s, the files of a framing report, not versions.", folder, ", ".join(skipped))
    versions = []
    for file in files:
        _inside_folder(file)
        vid = by_file.get(file.name, file.stem)
        entry = entries.get(vid, {})
        text, page_title = _read_version_file(file)
        versions.append(
            Version(
                id=vid,
                raw=text,
                outlet=entry.get("outlet"),
                file=file.name,
                title=entry.get("title") or page_title,
                date=entry.get("date"),
                url=entry.get("url"),
            )
        )
    return tuple(sorted(versions, key=lambda v: v.id))


def _manifest_files(folder: Path, entries: Mapping[str, Mapping[str, Any]]) -> dict[str, str]:
    """``{file name: version id}`` of the manifest; an entry framing cannot read is an error, never dropped."""
    where = folder / MANIFEST
    by_file: dict[str, str] = {}
    for vid, entry in entries.items():
        name = entry["file"]
        parts = Path(name).parts
        if not parts or name != name.strip():
            raise ManifestError(f"{where}: [versions.{vid}] file = {name!r} is not a file name; fix the manifest.")
        if Path(name).is_absolute() or ".." in parts:
            raise ManifestError(
                f"{where}: [versions.{vid}] names {name!r}, which is outside the story folder; copy the file into "
                f"{folder} and name it there."
            )
        if len(parts) != 1 or "/" in name or "\\" in name:
            raise ManifestError(
                f"{where}: [versions.{vid}] names {name!r}, which is in a sub-folder; framing reads only the files "
                f"directly in {folder}: move it there."
            )
        if name in by_file:
            raise ManifestError(
                f"{where}: [versions.{vid}] and [versions.{by_file[name]}] both name {name!r}; give each version "
                "its own file."
            )
        if not (folder / name).exists() and not (folder / name).is_symlink():
            raise ManifestError(f"{where}: names {name!r}, which is not in {folder}; fix the file name.")
        if Path(name).suffix.lower() not in TEXT_SUFFIXES:
            raise ManifestError(
                f"{where}: [versions.{vid}] names {name!r}; framing reads .txt, .md and .html files: save the "
                "version as one of those."
            )
        by_file[name] = vid
    return by_file


def _real_folder(path: Path) -> bool:
    return path.is_dir() and not path.is_symlink()


def _skipped(file: Path) -> bool:
    """A file of the folder that is not a version: a README, or a report framing wrote there."""
    if file.name.lower() == "readme.md":
        return True
    return file.name in _REPORT_TEXTS and (file.parent / "report.json").is_file()


def _inside_folder(file: Path) -> None:
    """Refuse a file that is (or links to) anything but a regular file inside its story folder."""
    folder = Path(os.path.realpath(file.parent))
    real = Path(os.path.realpath(file))
    if file.is_symlink() and not real.exists():
        raise InputError(f"{file}: a link to {real}, which does not exist; remove the link or copy the file in.")
    if real.parent != folder and folder not in real.parents:
        raise InputError(
            f"{file}: a link to {real}, outside the story folder; framing reads nothing outside it: copy the "
            "file into the folder instead of linking it."
        )
    if not real.is_file():
        raise InputError(f"{file}: not a regular file; a story folder holds one text file per version.")


def _check_story(versions: tuple[Version, ...], where: Path) -> None:
    if len(versions) < 2:
        found = ", ".join(v.file or v.id for v in versions) or "none"
        raise InputError(
            f"{where}: a story needs at least two versions to compare (found {len(versions)}: {found}); "
            "add the other outlets' versions."
        )
    ids = [v.id for v in versions]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise ManifestError(f"{where}: version id {duplicates[0]!r} is used twice; give each version its own id.")


def iter_stories(path: str | Path) -> Iterator[Story]:
    """Read a JSON Lines story set lazily, one :class:`Story` per line (a line may name its baseline)."""
    if not isinstance(path, (str, os.PathLike)):
        raise ConfigError(
            "The 'path' parameter of iter_stories must be a path (str or pathlib.Path) to a .jsonl story set. "
            f"Got {type(path).__name__} instead."
        )
    file = Path(path)
    if not file.exists():
        raise MissingInputError(f"{file}: no such file; give a .jsonl story set.")
    if not file.is_file():
        raise InputError(
            f"The 'path' parameter of iter_stories must be a .jsonl story set file. Got the folder {file} instead; "
            "read a story folder with framing.load_story()."
        )
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
    story = story_from_mapping(record, where, named_by="the story set names it")
    return replace(story, source=Path(where))  # errors about the story then name its file and line


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
        check_text(item["text"], f"{where}: version {item['id']!r}")
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
    _check_story(tuple(versions), Path(where))
    return Story(
        name=name,
        versions=tuple(versions),
        title=_optional_str(record.get("title")),
        baseline=named,
        baseline_named_by=named_by if named else None,
    )


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
    bad = next(((k, t) for k, t in texts.items() if not isinstance(k, str) or not isinstance(t, str)), None)
    if bad is not None:
        raise ConfigError(
            "The 'texts' parameter of story_from_texts must map each version id (a str) to its text (a str). "
            f"Got {type(bad[0]).__name__} {bad[0]!r} -> {type(bad[1]).__name__} instead."
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
