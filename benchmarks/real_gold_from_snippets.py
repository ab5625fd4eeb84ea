"""Turn an annotator's snippet file (kept OUTSIDE the project: it quotes article text) into a real-gold file.

Usage: python benchmarks/real_gold_from_snippets.py PATH/corpora OUT_FOLDER SNIPPETS.txt [...]

A snippet file has header lines ``@story ID``, ``@baseline VERSION``, ``@versions V1 V2 ...`` (the versions
annotated), optionally ``@corpus allsides-neus`` and ``@reason WHY THIS BASELINE``, then one item a line::

    VERSION | KIND | SNIPPET | OCCURRENCE | LABEL | SPEAKER | SEVERITY

``!KIND`` makes a must-not-flag item. SNIPPET is text of the version (of the baseline for an omission),
its OCCURRENCE-th match (1 when empty); ``A ... B`` runs from A to the first B after it. A snippet is
extended: an omission to the end of its sentence (a must-not-flag omission to the end of its line), boilerplate
to the end of its line, a quote to its closing quotation mark; end the snippet with ``=`` to keep it exact,
with ``…`` to extend it (any other kind: to the end of its sentence).
Every span is printed for checking; an existing output file keeps its ``half``.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

from framing.evaluation.gold import _corpus_records

ABBREVIATIONS = {"U.S", "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "St", "Jan", "Feb", "Aug", "Sept", "Oct"}
ABBREVIATIONS |= {"Sep", "Nov", "Dec", "Lt", "Gen", "Col", "No", "Jr", "Sr", "D.C", "U.N", "U.K", "Inc", "Corp", "Co"}
ABBREVIATIONS |= {"Calif", "Ariz", "Fla", "Mass", "Va", "Ore", "Pa", "Wash", "Mich", "v", "vs"}
SENTENCE_END = re.compile(r'[.?!][”"’)]*(?=\s|$)')
QUOTES = ("unmatched_quote", "altered_quote")


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _sentence_end(text: str, start: int) -> int:
    """The end of the sentence starting at ``start``: a full stop not after an abbreviation, or the line's end."""
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    for mark in SENTENCE_END.finditer(text, start):
        word = re.search(r"([A-Za-z.]+)$", text[start : mark.start()])
        if word and word.group(1).rstrip(".") in ABBREVIATIONS:
            continue
        return min(mark.end(), line_end)
    return line_end


def _extend(text: str, start: int, kind: str) -> int:
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    if kind in ("boilerplate", "!omission"):
        return line_end
    if kind in QUOTES:
        closes = [i for i in (text.find("”", start), text.find('"', start)) if 0 <= i]
        end = min([line_end, *closes])
        return len(text[:end].rstrip(" ,"))
    return _sentence_end(text, start)


def locate(text: str, snippet: str, occurrence: int, kind: str) -> tuple[int, int]:
    """The span of ``snippet`` in ``text`` (non-breaking spaces read as spaces), extended as the kind asks."""
    text = text.replace("\xa0", " ")
    if " ... " in snippet:
        first, last = snippet.split(" ... ")
        start = locate(text, first + "=", occurrence, kind)[0]
        end = text.find(last, start)
        if end < 0:
            raise ValueError(f"{last!r} does not follow {first!r}")
        return start, end + len(last)
    exact, longer = snippet.endswith("="), snippet.endswith("…")
    snippet = snippet.rstrip("=…")
    start = -1
    for _ in range(occurrence):
        start = text.find(snippet, start + 1)
        if start < 0:
            raise ValueError(f"{snippet!r} (occurrence {occurrence}) is not in the text")
    extends = longer or (not exact and (kind in ("omission", "!omission", "boilerplate") or kind in QUOTES))
    return start, _extend(text, start, kind) if extends else start + len(snippet)


def convert(path: Path, records: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """One snippet file as a gold record (offsets and hashes only)."""
    meta: dict[str, str] = {}
    found: list[dict[str, Any]] = []
    avoid: list[dict[str, Any]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("@"):
            key, _, value = line[1:].partition(" ")
            meta[key] = value.strip()
        elif line.strip() and not line.startswith("#"):
            item = _item(line, meta, records)
            (avoid if item.pop("negative") else found).append(item)
    texts = {v["id"]: v for v in records[meta["story"]]["versions"]}
    kept = [*meta["versions"].split(), meta["baseline"]]
    return {
        "story": meta["story"],
        "half": None,
        "corpus": meta.get("corpus", "abp-wire-stories"),
        "baseline": meta["baseline"],
        "baseline_reason": meta.get("reason", "the story's wire (AP or Reuters) version"),
        "versions": meta["versions"].split(),
        "texts": {
            v: {"outlet": texts[v].get("outlet"), "chars": len(texts[v]["text"]), "sha256": _sha(texts[v]["text"])}
            for v in kept
        },
        "findings": found,
        "must_not_flag": avoid,
    }


def _item(line: str, meta: dict[str, str], records: dict[str, dict[str, Any]]) -> dict[str, Any]:
    parts = [part.strip() for part in line.split(" | ")] + [""] * 7
    version, kind, snippet, occurrence, label, speaker, severity = parts[:7]
    negative = kind.startswith("!")
    kind = kind.lstrip("!")
    texts = {v["id"]: v["text"] for v in records[meta["story"]]["versions"]}
    text = texts[meta["baseline"] if kind == "omission" else version]
    how = ("!" + kind) if negative and kind == "omission" else ("exact" if negative else kind)
    start, end = locate(text, snippet, int(occurrence or 1), how)
    item: dict[str, Any] = {"version": version, "kind": kind, "start": start, "end": end}
    if kind == "omission":
        item["in_baseline"] = True
    item["label"] = label
    if kind in QUOTES and not negative:
        item["speaker"] = speaker or None
    if kind == "altered_quote" and not negative:
        item["severity"] = severity
    item["span_sha256"] = _sha(text[start:end])[:16]
    print(f"{'!' if negative else ' '}{version[:8]:8} {kind:19} [{start}:{end}] {text[start:end][:60]!r}")
    return {**item, "negative": negative}


def main(argv: list[str]) -> int:
    corpora, out, files = Path(argv[0]), Path(argv[1]), [Path(a) for a in argv[2:]]
    stories = {
        line.partition("@story ")[2].strip()
        for f in files
        for line in f.read_text().splitlines()
        if line.startswith("@story ")
    }
    records = _corpus_records(corpora, stories)
    out.mkdir(parents=True, exist_ok=True)
    golds = [convert(file, records) for file in files]
    for gold in golds:
        target = out / f"{gold['story']}.json"
        if target.exists():
            gold["half"] = json.loads(target.read_text(encoding="utf-8"))["half"]
    _split_new([g for g in golds if g["half"] is None])
    for gold in golds:
        (out / f"{gold['story']}.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", "utf-8")
    return 0


def _split_new(golds: list[dict[str, Any]]) -> None:
    """New stories' halves (docs/gold.md): within each corpus, by the SHA-256 of the id, alternately."""
    for corpus in sorted({g["corpus"] for g in golds}):
        ordered = sorted((g for g in golds if g["corpus"] == corpus), key=lambda g: _sha(g["story"]))
        for index, gold in enumerate(ordered):
            gold["half"] = ("tune", "report")[index % 2]


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
