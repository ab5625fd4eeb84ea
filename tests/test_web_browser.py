"""``framing serve`` end to end in a real headless Chromium: paste the seed story, read the page, download PDFs.

Needs Debian's ``chromium`` and ``chromium-driver`` (``.ci/run`` installs them) and
selenium; skipped with the reason where they are absent. Nothing is fetched from
the network: selenium is given the driver's path, so Selenium Manager never runs.
"""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import framing
from framing.web import MAX_REQUEST_BYTES, create_app

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver") or (
    "/usr/lib/chromium/chromedriver" if Path("/usr/lib/chromium/chromedriver").is_file() else None
)
if CHROMIUM is None or DRIVER is None:
    pytest.skip(
        "needs Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)",
        allow_module_level=True,
    )
webdriver = pytest.importorskip("selenium.webdriver", reason="needs selenium (pip install -e '.[test]')")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1280,1000",
)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    from werkzeug.serving import make_server

    httpd = make_server("127.0.0.1", 0, create_app(), threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    thread.join(10)


@pytest.fixture(scope="module")
def downloads(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("downloads")


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory, downloads: Path) -> Iterator[object]:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.add_experimental_option(
        "prefs", {"download.default_directory": str(downloads), "download.prompt_for_download": False}
    )
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=DRIVER))
    driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    driver.set_page_load_timeout(120)
    yield driver
    driver.quit()


def _paste(driver, box: str, text: str) -> None:
    element = driver.find_element(By.ID, box)
    driver.execute_script("arguments[0].value = arguments[1];", element, text)


def _downloaded(folder: Path, name: str, timeout: float = 60) -> bytes:
    deadline = time.monotonic() + timeout
    path = folder / name
    while time.monotonic() < deadline:
        if path.is_file() and not (folder / f"{name}.crdownload").exists() and path.stat().st_size > 0:
            return path.read_bytes()
        time.sleep(0.2)
    raise AssertionError(f"{name} was not downloaded into {folder}: {sorted(p.name for p in folder.iterdir())}")


def test_paste_the_seed_story_and_download_the_handout(server, browser, downloads):
    import pypdf

    story = framing.example_story()
    browser.get(server + "/")
    browser.find_element(By.ID, "title").send_keys("NATO chief visits Japan")
    for box, version in enumerate(story.versions, start=1):
        _paste(browser, f"text{box}", version.raw)
        browser.find_element(By.ID, f"outlet{box}").send_keys(version.outlet or f"Copy {version.id}")
        if version.id == story.baseline:
            browser.find_element(By.CSS_SELECTOR, f'input[name="baseline"][value="{box}"]').click()
    browser.find_element(By.ID, "compare").click()
    WebDriverWait(browser, 120).until(lambda d: d.find_elements(By.ID, "downloads"))

    rows = browser.find_elements(By.CSS_SELECTOR, ".framing > table:first-of-type tr")
    ranking = [r.text for r in rows[1:]]
    assert ranking[0].startswith("baseline") and "Associated Press" in ranking[0]
    assert [line.split()[0] for line in ranking[1:]] == ["1", "2", "3", "4"]
    assert "Copy 000" in ranking[1] and "MENAFN" in ranking[2] and "Copy 004" in ranking[4]
    expected = framing.analyze(story)  # pasted (the browser sends CR LF line breaks), the same as read from files
    assert [line.split()[-3] for line in ranking] == [f"{r.divergence:.2f}" for r in expected.results]
    marked = [m.text for m in browser.find_elements(By.TAG_NAME, "mark")]
    assert "Reports from last year suggested" in marked
    items = " ".join(li.text for li in browser.find_elements(By.CSS_SELECTOR, "ol.findings li"))
    assert "vague source" in items and "73%" in items

    browser.find_element(By.ID, "handout").click()
    handout = _downloaded(downloads, "handout.pdf")
    assert handout.startswith(b"%PDF")
    reader = pypdf.PdfReader(downloads / "handout.pdf")
    assert len(reader.pages) == 2
    assert "Questions for students" in reader.pages[1].extract_text()
    browser.find_element(By.ID, "fullpdf").click()
    assert _downloaded(downloads, "report.pdf").startswith(b"%PDF")


def test_one_version_gets_a_clear_message(server, browser):
    browser.get(server + "/")
    _paste(browser, "text1", "Only one version of the story.")
    browser.find_element(By.ID, "compare").click()
    error = WebDriverWait(browser, 30).until(lambda d: d.find_elements(By.ID, "error"))[0].text
    assert "paste at least two versions" in error


def test_a_20_mb_paste_is_refused_with_a_message(server, browser):
    browser.get(server + "/")
    browser.execute_script("document.getElementById('text1').value = 'word '.repeat(4000000);")
    _paste(browser, "text2", "A second version.")
    browser.find_element(By.ID, "compare").click()
    error = WebDriverWait(browser, 60).until(lambda d: d.find_elements(By.ID, "error"))[0].text
    assert f"more than this page accepts ({MAX_REQUEST_BYTES // 1_000_000} MB" in error
