"""The paste-and-compare page through Flask's test client: input checks, escaping, size cap, downloads."""

from __future__ import annotations

import io

import pytest
from conftest import COPY, WIRE

import framing
from framing.web import MAX_REQUEST_BYTES, create_app


@pytest.fixture
def client():
    return create_app().test_client()


def _error(response) -> str:
    return response.text.split('id="error">', 1)[1].split("</p>", 1)[0]


def test_form_has_no_outside_assets(client):
    page = client.get("/").text
    assert 'name="text1"' in page and 'name="files"' in page and 'value="auto" checked' in page
    assert "http://" not in page and "https://" not in page and "<script" not in page


def test_compare_escapes_every_pasted_text(client):
    hostile = "<script>alert(1)</script>"
    form = {
        "text1": WIRE,
        "outlet1": "AP" + hostile,
        "text2": COPY + hostile,
        "outlet2": hostile,
        "title": hostile,
        "baseline": "1",
    }
    answer = client.post("/compare", data=form)
    assert answer.status_code == 303
    page = client.get(answer.headers["Location"]).text
    assert "<script" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "version 1 (AP&lt;script&gt;" in page  # the baseline the user marked


def test_baseline_is_detected_and_files_are_read(client):
    html = b"<html><body><article><p>" + COPY.encode() + b"</p></article></body></html>"
    form = {"text1": WIRE, "files": [(io.BytesIO(html), "blog.html")]}
    page = client.get(client.post("/compare", data=form).headers["Location"]).text
    assert "wire credit" in page or "Associated Press" in page
    assert "version 2 (blog)" in page
    assert "staggering" in page


@pytest.mark.parametrize(
    ("form", "message"),
    [
        ({"text1": WIRE}, "Found 1 version with text; paste at least two versions"),
        ({"text1": WIRE, "text2": "  \n ", "outlet2": "BBC"}, "BBC: the text box is empty"),
        ({"text1": WIRE, "files": [(io.BytesIO(b"\x00\x01"), "x.txt")]}, "x.txt: this looks like a binary file"),
        ({"text1": WIRE, "files": [(io.BytesIO(b"text"), "x.pdf")]}, "x.pdf: framing reads .txt, .md and .html"),
        ({"text1": WIRE, "text2": COPY, "kinds": "nonsense"}, "The &#x27;kinds&#x27; filter must name kinds"),
    ],
)
def test_bad_input_gets_one_clear_message(client, form, message):
    answer = client.post("/compare", data=form)
    assert answer.status_code == 400
    assert _error(answer).startswith(message)


def test_a_20_mb_paste_is_refused(client):
    answer = client.post("/compare", data={"text1": "x" * 20_000_000, "text2": COPY})
    assert answer.status_code == 413
    assert _error(answer).startswith("The texts you sent are 20.0 MB, more than this page accepts")
    assert MAX_REQUEST_BYTES < 20_000_000


def test_only_local_requests_are_answered(client):
    assert client.get("/", headers={"Host": "evil.example:8765"}).status_code == 403
    assert client.get("/", headers={"Host": "localhost:8765"}).status_code == 200


def test_downloads_and_filters(client):
    story = framing.example_story()
    form = {f"text{i}": v.raw for i, v in enumerate(story.versions, start=1)}
    where = client.post("/compare", data={**form, "kinds": ["hedge"]}).headers["Location"]
    assert where.endswith("?kinds=hedge")
    page = client.get(where).text
    assert "<b>hedge</b>" in page and "<b>loaded word</b>" not in page
    handout = client.get(where.replace("/?", "/handout.pdf?"))
    assert handout.content_type == "application/pdf" and handout.data.startswith(b"%PDF")
    assert "attachment" in handout.headers["Content-Disposition"]
    for name in ("report.pdf", "ranking.png", "findings_by_kind.png", "coverage.png"):
        assert client.get(where.split("?")[0] + name).status_code == 200
    assert client.get("/r/unknown/").status_code == 404


def test_browser_line_breaks_read_as_in_a_file(client):
    story = framing.example_story()
    form = {f"text{i}": v.raw.replace("\n", "\r\n") for i, v in enumerate(story.versions, start=1)}
    page = client.get(client.post("/compare", data={**form, "baseline": "2"}).headers["Location"]).text
    ranking = page.split("<table>", 1)[1].split("</table>", 1)[0]
    shown = [cell.split("</td>")[0] for cell in ranking.split("<td>")[3::5]]
    assert shown == [f"{r.divergence:.2f}" for r in framing.analyze(story).results]


def test_framing_serve_answers_on_localhost():
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "framing", "serve", "--no-browser", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline, page = time.monotonic() + 60, ""
        while time.monotonic() < deadline and not page:
            try:
                page = urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5).read().decode()
            except OSError:
                time.sleep(0.3)
        assert "Compare versions of one news story" in page
    finally:
        server.terminate()
        server.wait(10)
    assert f"the page is at http://localhost:{port}/" in server.stderr.read().decode()


def test_a_port_in_use_is_one_clear_line(capsys):
    import socket

    from framing.cli import main

    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        assert main(["serve", "--no-browser", "--port", str(port)]) == 2
    assert f"port {port} on 127.0.0.1 is already in use; give another with --port" in capsys.readouterr().err
