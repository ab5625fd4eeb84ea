"""The paste-and-compare page (Flask): paste or drop two or more versions, compare, download the handout.

Everything is served from this process: no asset comes from the internet, every
text a user gives is escaped before it is shown, and a request larger than
:data:`MAX_REQUEST_BYTES` is refused with a plain message. Results are kept in
memory (the last :data:`KEEP_RESULTS` comparisons) and vanish when the page is
stopped.
"""

from __future__ import annotations

import secrets
import threading
from collections import OrderedDict
from html import escape
from typing import Any

from flask import Flask, Response, request
from werkzeug.exceptions import HTTPException

from .analysis import analyze
from .compare import Comparison
from .errors import FramingError, InputError
from .filters import SEVERITIES, FindingFilter
from .htmltext import html_to_text
from .load import MAX_BYTES, story_from_texts
from .records import FINDING_KINDS
from .report.html import CSS
from .report.words import kind_label

__all__ = ["create_app", "MAX_REQUEST_BYTES", "KEEP_RESULTS", "VERSION_BOXES"]

#: Largest request the page accepts (all texts and files together).
MAX_REQUEST_BYTES = 8_000_000
#: Comparisons kept in memory for their downloads.
KEEP_RESULTS = 20
#: Paste boxes on the form.
VERSION_BOXES = 5
_LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")
_UPLOAD_SUFFIXES = (".txt", ".md", ".html", ".htm")
_DRAIN_LIMIT = 64_000_000

_EXTRA_CSS = """
body{margin:1.5em auto;max-width:1100px;padding:0 1em}
.framing textarea{width:100%;height:9em;font:inherit;font-size:.9em}
.framing fieldset{border:1px solid #ccc;margin:.6em 0;padding:.5em .8em}
.framing input[type=text]{width:22em}
.framing .error{background:#fde2e1;border:1px solid #c0392b;padding:.6em .8em}
.framing .bar{background:#eef4fb;border:1px solid #9cc1e6;padding:.6em .8em;margin:.6em 0}
.framing .bar a.main{font-weight:bold;font-size:1.1em}
.framing button{font-size:1.05em;padding:.3em 1em}
"""
_PAGE_CSS = CSS + _EXTRA_CSS


def _page(title: str, body: str) -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>'
        f'<style>{_PAGE_CSS}</style></head><body><div class="framing">{body}</div></body></html>\n'
    )


def _filter_fields(chosen: FindingFilter) -> str:
    boxes = "".join(
        f'<label><input type="checkbox" name="kinds" value="{k}"'
        f"{' checked' if chosen.kinds is None or k in chosen.kinds else ''}> {escape(kind_label(k))}</label> "
        for k in FINDING_KINDS
    )
    levels = "".join(
        f'<option value="{s}"{" selected" if s == chosen.min_severity else ""}>{s}</option>' for s in SEVERITIES
    )
    hide = " checked" if chosen.hide_attributed else ""
    return (
        f"<fieldset><legend>Show</legend><p>{boxes}</p><p><label>At least this serious: "
        f'<select name="min_severity">{levels}</select></label> '
        f'<label><input type="checkbox" name="hide_attributed" value="1"{hide}> hide added sentences that say '
        "who claims them</label></p></fieldset>"
    )


def _form(error: str | None = None) -> str:
    boxes = []
    for i in range(1, VERSION_BOXES + 1):
        boxes.append(
            f'<fieldset><legend>Version {i}</legend><label>Outlet or name: <input type="text" name="outlet{i}" '
            f'id="outlet{i}"></label> <label><input type="radio" name="baseline" value="{i}"> this is the '
            f'baseline</label><textarea name="text{i}" id="text{i}" placeholder="Paste the article here"></textarea>'
            "</fieldset>"
        )
    message = f'<p class="error" id="error">{escape(error)}</p>' if error else ""
    return _page(
        "framing: compare versions of a story",
        (
            "<h1>Compare versions of one news story</h1>"
            "<p>Paste two or more versions of the same story (or add .txt / .html files below). One of them is the "
            "<b>baseline</b>: usually the wire copy a news agency sent out, which the others start from. Mark it, or "
            "let framing find it (it looks for a wire credit such as “© Associated Press”).</p>"
            f'{message}<form method="post" action="/compare" enctype="multipart/form-data">'
            '<p><label>Title of the story (optional): <input type="text" name="title" id="title"></label></p>'
            '<p><label><input type="radio" name="baseline" value="auto" checked> let framing find the baseline'
            "</label></p>"
            f"{''.join(boxes)}"
            '<fieldset><legend>Or add files</legend><input type="file" name="files" id="files" multiple '
            'accept=".txt,.md,.html,.htm"> <span class="note">Drop files on the button; each file is one version, '
            "named after the file.</span></fieldset>"
            f"{_filter_fields(FindingFilter())}"
            '<p><button type="submit" id="compare">Compare</button></p></form>'
            '<p class="note">Everything stays on this computer. '
            f"At most {MAX_REQUEST_BYTES // 1_000_000} MB in all.</p>"
        ),
    )


def _lines(text: str) -> str:
    """Browsers send a text box's line breaks as CR LF: make them plain line breaks, as in a text file, so
    hard-wrapped lines are joined as they are for files."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode_upload(name: str, data: bytes) -> str:
    if len(data) > MAX_BYTES:
        raise InputError(
            f"{name}: the file is {len(data):,} bytes, more than framing reads ({MAX_BYTES:,}); "
            "keep only the article's text."
        )
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: this looks like a binary file, not text; save the article as UTF-8 text.")
    text = data.removeprefix(b"\xef\xbb\xbf").decode("utf-8", errors="replace")
    return html_to_text(text) if name.lower().endswith((".html", ".htm")) else text


def _versions(form: Any, files: Any) -> tuple[dict[str, str], dict[str, str], str | None]:
    """(texts by id, outlets by id, baseline id or None) from the submitted form."""
    texts: dict[str, str] = {}
    outlets: dict[str, str] = {}
    choice = form.get("baseline", "auto")
    baseline = None
    empty_named = []
    for i in range(1, VERSION_BOXES + 1):
        text, outlet = _lines(form.get(f"text{i}", "")), form.get(f"outlet{i}", "").strip()
        if not text.strip():
            if outlet or choice == str(i):
                empty_named.append(outlet or f"version {i}")
            continue
        if len(text.encode("utf-8")) > MAX_BYTES:
            raise InputError(
                f"Version {i}: the text is longer than framing reads ({MAX_BYTES:,} bytes); paste only the article."
            )
        texts[str(i)] = text
        if outlet:
            outlets[str(i)] = outlet[:200]
        if choice == str(i):
            baseline = str(i)
    if empty_named:
        raise InputError(f"{empty_named[0]}: the text box is empty; paste the article's text or clear its name.")
    for upload in files.getlist("files"):
        if not upload or not upload.filename:
            continue
        name = upload.filename.rsplit("/", 1)[-1].rsplit("\\", 1)[-1]
        if not name.lower().endswith(_UPLOAD_SUFFIXES):
            raise InputError(f"{name}: framing reads .txt, .md and .html files; save the article as one of those.")
        text = _lines(_decode_upload(name, upload.read()))
        if not text.strip():
            raise InputError(f"{name}: the file holds no text; add the article's text or leave the file out.")
        key = f"{len(texts) + 1}"
        while key in texts:
            key += "b"
        texts[key] = text
        outlets[key] = name.rsplit(".", 1)[0][:200]
    if len(texts) < 2:
        raise InputError(
            f"Found {len(texts)} version{'s' if len(texts) != 1 else ''} with text; paste at least two "
            "versions of the same story (the baseline and one more) to compare."
        )
    return texts, outlets, baseline


def _chosen_filter(values: Any) -> FindingFilter:
    kinds = values.getlist("kinds")
    return FindingFilter.make(
        kinds if kinds and len(kinds) < len(FINDING_KINDS) else None,
        values.get("min_severity") or None,
        values.get("hide_attributed") == "1",
    )


def _query(chosen: FindingFilter) -> str:
    parts = [f"kinds={k}" for k in sorted(chosen.kinds)] if chosen.kinds is not None else []
    parts += [f"min_severity={chosen.min_severity}"] if chosen.min_severity != SEVERITIES[0] else []
    parts += ["hide_attributed=1"] if chosen.hide_attributed else []
    return ("?" + "&".join(parts)) if parts else ""


class _Results:
    """The last comparisons, by token, and the report files built for each filter."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: OrderedDict[str, Comparison] = OrderedDict()
        self._files: dict[tuple[str, FindingFilter], dict[str, bytes]] = {}

    def add(self, comparison: Comparison) -> str:
        token = secrets.token_urlsafe(12)
        with self._lock:
            self._items[token] = comparison
            while len(self._items) > KEEP_RESULTS:
                old, _ = self._items.popitem(last=False)
                self._files = {k: v for k, v in self._files.items() if k[0] != old}
        return token

    def files(self, token: str, chosen: FindingFilter) -> dict[str, bytes] | None:
        from .report.build import report_files

        with self._lock:
            comparison = self._items.get(token)
            cached = self._files.get((token, chosen))
        if comparison is None:
            return None
        if cached is None:
            cached = report_files(chosen.apply(comparison), handout=True)
            with self._lock:
                self._files[(token, chosen)] = cached
        return cached


_TYPES = {
    ".pdf": "application/pdf",
    ".png": "image/png",
    ".json": "application/json",
    ".csv": "text/csv; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
}


def _bar(token: str, chosen: FindingFilter, files: dict[str, bytes]) -> str:
    query = _query(chosen)
    charts = " · ".join(f'<a href="/r/{token}/{n}" download>{n}</a>' for n in sorted(files) if n.endswith(".png"))
    return (
        '<div class="bar" id="downloads"><a class="main" id="handout" href="/r/'
        + token
        + "/handout.pdf"
        + query
        + '" download="handout.pdf">Download the two-page handout (PDF)</a> · <a id="fullpdf" href="/r/'
        + token
        + "/report.pdf"
        + query
        + '" download="report.pdf">the full report (PDF)</a> · charts: '
        + charts
        + ' · <a href="/">compare another story</a></div>'
        f'<form method="get" action="/r/{token}/">{_filter_fields(chosen)}<button type="submit">Show</button></form>'
    )


def create_app(*, local_only: bool = True) -> Flask:
    """The page's application. With ``local_only`` it answers only requests addressed to this computer."""
    app = Flask(__name__)
    app.config.update(MAX_CONTENT_LENGTH=MAX_REQUEST_BYTES, MAX_FORM_MEMORY_SIZE=MAX_REQUEST_BYTES)
    results = _Results()

    @app.before_request
    def _guard() -> Response | None:
        if local_only and request.host.rsplit(":", 1)[0] not in _LOCAL_HOSTS:
            return Response(
                _page(
                    "framing", "<p class='error'>This page answers only on this computer (open http://localhost).</p>"
                ),
                status=403,
            )
        size = request.content_length or 0
        if size > MAX_REQUEST_BYTES:
            _drain(size)
            message = (
                f"The texts you sent are {size / 1_000_000:.1f} MB, more than this page accepts "
                f"({MAX_REQUEST_BYTES // 1_000_000} MB in all). Paste only the articles' text."
            )
            return Response(_form(message), status=413)
        return None

    @app.get("/")
    def _index() -> str:
        return _form()

    @app.post("/compare")
    def _compare() -> Response:
        try:
            texts, outlets, baseline = _versions(request.form, request.files)
            story = story_from_texts(
                texts,
                baseline=baseline,
                outlets=outlets,
                title=request.form.get("title", "").strip()[:300] or "Your story",
                name="your-story",
            )
            chosen = _chosen_filter(request.form)
            token = results.add(analyze(story))
        except FramingError as error:
            return Response(_form(str(error)), status=400)
        return Response(status=303, headers={"Location": f"/r/{token}/{_query(chosen)}"})

    @app.get("/r/<token>/")
    def _result(token: str) -> Response:
        try:
            chosen = _chosen_filter(request.args)
        except FramingError as error:
            return Response(_form(str(error)), status=400)
        files = results.files(token, chosen)
        if files is None:
            return Response(_form("That comparison is no longer kept; paste the versions again."), status=404)
        page = files["report.html"].decode("utf-8")
        page = page.replace('<div class="framing">', '<div class="framing">' + _bar(token, chosen, files), 1)
        page = page.replace("</style>", _EXTRA_CSS + "</style>", 1)
        for name in (n for n in files if n.endswith(".png")):  # the charts drawn for the findings shown
            page = page.replace(f'src="{name}"', f'src="{name}{_query(chosen)}"')
        return Response(page, content_type="text/html; charset=utf-8")

    @app.get("/r/<token>/<name>")
    def _file(token: str, name: str) -> Response:
        files = results.files(token, _chosen_filter(request.args))
        if files is None or name not in files:
            return Response(_form("That file is not here; compare the versions again."), status=404)
        suffix = name[name.rfind(".") :]
        headers = {"Content-Disposition": f'attachment; filename="{name}"'} if suffix == ".pdf" else {}
        return Response(files[name], content_type=_TYPES.get(suffix, "application/octet-stream"), headers=headers)

    @app.errorhandler(HTTPException)
    def _http_error(error: HTTPException) -> Response:
        if error.code == 413:
            limit = MAX_REQUEST_BYTES // 1_000_000
            return Response(
                _form(
                    f"The texts you sent are more than this page accepts ({limit} MB in all). "
                    "Paste only the articles' text."
                ),
                status=413,
            )
        return Response(
            _page("framing", f"<p class='error'>{escape(str(error.description))}</p>"), status=error.code or 500
        )

    return app


def _drain(size: int) -> None:
    """Read and drop a refused request's body, so the browser sees the answer rather than a reset connection."""
    stream = request.environ.get("wsgi.input")
    left = min(size, _DRAIN_LIMIT)
    while stream is not None and left > 0:
        chunk = stream.read(min(left, 1 << 20))
        if not chunk:
            break
        left -= len(chunk)
