"""Read a pile of articles: JSON Lines (optionally gzip-compressed), Parquet, or a folder of article files.

Records are checked here, in input order, one at a time, so that memory stays
bounded by a batch and every bad record is reported with its line (or row, or
file) whatever the number of workers. Dates are normalised to ``YYYY-MM-DD``;
what was done to an odd date is kept with the article (``date_note``).
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import InputError, MissingInputError

__all__ = ["Article", "Problem", "iter_records", "normalise_date", "DEFAULT_YEARS", "FIELDS"]

#: The fields of an article record; ``id`` and ``text`` are required.
FIELDS = ("id", "outlet", "title", "date", "url", "text")
#: Years a news date may plausibly have; outside them a date is impossible (0001, 2050) and set aside.
DEFAULT_YEARS = (1980, 2035)
_ARTICLE_SUFFIXES = (".json", ".txt", ".md", ".html", ".htm")
_MDY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$")
_MAX_TEXT = 5_000_000


@dataclass(frozen=True, slots=True)
class Article:
    """One article of the pile, checked, with its date normalised."""

    id: str
    text: str
    line: int  # 1-based line of a JSON Lines file, row of a Parquet file, or position of a file in a folder
    outlet: str | None = None
    title: str | None = None
    date: str | None = None  # YYYY-MM-DD, or None when empty or impossible
    date_note: str | None = None  # what was done to the date as given, if anything
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Problem:
    """A record that could not be read: where it stands and why."""

    source: str
    line: int
    problem: str

    def __str__(self) -> str:
        return f"{self.source}: line {self.line}: {self.problem}"


def normalise_date(value: Any, years: tuple[int, int] = DEFAULT_YEARS) -> tuple[str | None, str | None]:
    """``(YYYY-MM-DD or None, note)``: ISO kept, m/d/y turned round, empty or impossible dates left undated."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, "empty date: undated"
    text = str(value).strip()
    iso = _ISO.match(text)
    mdy = _MDY.match(text)
    if iso:
        year, month, day = int(iso[1]), int(iso[2]), int(iso[3])
        note = None
    elif mdy:
        month, day, year = int(mdy[1]), int(mdy[2]), int(mdy[3])
        if len(mdy[3]) == 2:
            year += 2000 if year < 69 else 1900  # as strptime's %y
        note = f"m/d/y date {text!r} read as month/day/year"
    else:
        return None, f"unreadable date {text!r}: undated"
    try:
        parsed = date(year, month, day)
    except ValueError:
        return None, f"impossible date {text!r}: undated"
    if not years[0] <= parsed.year <= years[1]:
        return None, f"impossible year in {text!r} (outside {years[0]}-{years[1]}): undated"
    return parsed.isoformat(), note


def iter_records(path: Path, years: tuple[int, int] = DEFAULT_YEARS) -> Iterator[Article | Problem]:
    """Every article of the pile in input order, or a :class:`Problem` where a record is bad."""
    if not path.exists():
        raise MissingInputError(
            f"{path}: no such file or folder; give a .jsonl(.gz) file, a .parquet file or a folder."
        )
    if path.is_dir():
        yield from _from_folder(path, years)
    elif path.suffix.lower() == ".parquet":
        yield from _from_parquet(path, years)
    elif path.name.lower().endswith((".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz", ".json.gz")):
        yield from _from_jsonl(path, years)
    else:
        raise InputError(
            f"{path}: framing corpus reads JSON Lines (.jsonl, .jsonl.gz), Parquet (.parquet) or a folder of "
            "article files; convert the pile to one of them."
        )


def _from_jsonl(path: Path, years: tuple[int, int]) -> Iterator[Article | Problem]:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    where = str(path)
    try:
        with opener(path, "rb") as stream:
            for number, line in enumerate(stream, start=1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except (json.JSONDecodeError, UnicodeDecodeError) as error:
                    yield Problem(where, number, f"not a JSON object ({error.__class__.__name__}: {error})")
                    continue
                yield _article(record, where, number, years)
    except (OSError, EOFError) as error:  # a truncated or corrupt gzip stream
        raise InputError(f"{path}: the file cannot be read to its end ({error}); check or re-create it.") from error


def _from_parquet(path: Path, years: tuple[int, int]) -> Iterator[Article | Problem]:
    import pyarrow.parquet as pq

    try:
        reader = pq.ParquetFile(path)
    except Exception as error:  # pyarrow raises its own ArrowInvalid for a file that is not Parquet
        raise InputError(f"{path}: not a readable Parquet file ({error}); check or re-create it.") from error
    missing = {"id", "text"} - set(reader.schema_arrow.names)
    if missing:
        raise InputError(f"{path}: the Parquet file has no column {sorted(missing)}; name the columns {list(FIELDS)}.")
    columns = [name for name in FIELDS if name in reader.schema_arrow.names]
    number = 0
    for batch in reader.iter_batches(batch_size=1024, columns=columns):
        for record in batch.to_pylist():
            number += 1
            yield _article(record, str(path), number, years)


def _from_folder(folder: Path, years: tuple[int, int]) -> Iterator[Article | Problem]:
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in _ARTICLE_SUFFIXES)
    if not files:
        raise InputError(f"{folder}: the folder holds no article files (.json, .txt, .md, .html); add some.")
    for number, file in enumerate(files, start=1):
        try:
            if file.suffix.lower() == ".json":
                record = json.loads(file.read_bytes())
            else:
                from ..load import read_text_file  # text decoding and HTML extraction, as for a story folder

                record = {"id": file.stem, "text": read_text_file(file)}
        except (OSError, ValueError) as error:  # InputError is a ValueError, as is a JSON decoding error
            yield Problem(str(file), number, f"unreadable file ({error})")
            continue
        yield _article(record, str(file), number, years)


def _article(record: Any, where: str, number: int, years: tuple[int, int]) -> Article | Problem:
    if not isinstance(record, dict):
        return Problem(where, number, f"expected an object with {list(FIELDS)}, got {type(record).__name__}")
    if record.get("id") in (None, ""):
        return Problem(where, number, "missing field 'id'")
    text = record.get("text")
    if not isinstance(text, str):
        return Problem(where, number, "missing field 'text'" if text is None else "'text' is not a string")
    if not text.strip():
        return Problem(where, number, "the article has no text")
    if len(text) > _MAX_TEXT:
        return Problem(where, number, f"the text is {len(text):,} characters, more than framing reads ({_MAX_TEXT:,})")
    day, note = normalise_date(record.get("date"), years)
    return Article(
        id=str(record["id"]),
        text=text,
        line=number,
        outlet=_optional(record.get("outlet")),
        title=_optional(record.get("title")),
        date=day,
        date_note=note,
        url=_optional(record.get("url")),
    )


def _optional(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None
