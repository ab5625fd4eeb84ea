from __future__ import annotations

import json
from pathlib import Path

import pytest

from framing.errors import InputError, ManifestError, MissingInputError
from framing.examples import example_path
from framing.load import MAX_BYTES, iter_stories, load_story, read_text_file

SEED_FILES = {
    "000": "000_f303f5343ce66a2f.txt",
    "001": "001_0917b51579daa256.txt",
    "002": "002_28a7921cd11697e0.txt",
    "003": "003_7a2dd8e53718185e.txt",
    "004": "004_c275ef297c80a986.txt",
}


def test_seed_story_reads_manifest(seed_story):
    assert seed_story.baseline == "001"
    assert [v.id for v in seed_story.versions] == list(SEED_FILES)
    assert {v.id: v.file for v in seed_story.versions} == SEED_FILES
    assert seed_story.version("001").outlet == "Associated Press"
    assert seed_story.version("003").outlet == "MENAFN"
    assert seed_story.version("002").outlet is None


def test_seed_files_are_byte_for_byte_the_shared_seeds(seed_story):
    from conftest import shared_root

    root = shared_root()
    if root is None:
        pytest.skip("../shared is absent (a user's clone has none): nothing to compare the seed files with")
    for version in seed_story.versions:
        original = (root / "seeds" / version.file).read_bytes()
        assert (example_path() / version.file).read_bytes() == original


def test_folder_without_manifest_uses_file_stems(story_dir):
    story = load_story(story_dir)
    assert [v.id for v in story.versions] == ["copy", "wire"]
    assert story.baseline is None
    assert story.version("wire").raw.startswith("City officials")


def test_html_version_keeps_main_text(story_dir):
    (story_dir / "page.html").write_text(
        "<html><nav>Home | World</nav><article><h1>Bridge to reopen</h1><p>The bridge will reopen in June.</p>"
        "<script>var x = 1;</script></article><footer>© 2025</footer></html>",
        encoding="utf-8",
    )
    raw = load_story(story_dir).version("page").raw
    assert raw == "Bridge to reopen\n\nThe bridge will reopen in June."


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the file is empty"),
        (b"\x00\x01\x02binary", "binary file"),
        (b"   \n\t ", "holds no text"),
        (b"caf\x81\x8d\x90 text", "not valid UTF-8"),
    ],
)
def test_bad_files_raise_one_clear_error(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message) as info:
        read_text_file(path)
    assert str(path) in str(info.value)


def test_legacy_encoding_is_decoded_with_a_warning(tmp_path, caplog):
    path = tmp_path / "old.txt"
    path.write_bytes("Caf\u00e9 \u201cquoted\u201d".encode("cp1252"))
    assert read_text_file(path) == "Caf\u00e9 \u201cquoted\u201d"
    assert "not UTF-8" in caplog.text


def test_huge_file_is_refused(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"word " * (MAX_BYTES // 5 + 1))
    with pytest.raises(InputError, match="more than framing reads"):
        read_text_file(path)


def test_one_version_is_not_a_story(tmp_path):
    (tmp_path / "only.txt").write_text("One version only.", encoding="utf-8")
    with pytest.raises(InputError, match="at least two versions"):
        load_story(tmp_path)


def test_missing_path(tmp_path):
    with pytest.raises(MissingInputError, match="no such file or folder"):
        load_story(tmp_path / "nowhere")


@pytest.mark.parametrize(
    ("manifest", "message"),
    [
        ("title = [unclosed", "not valid TOML"),
        ("[versions.a]\noutlet = 'X'\n", "needs file"),
        ("[versions.a]\nfile = 'missing.txt'\n", "which is not in"),
        ("baseline = 3\n", "'baseline' must be a string"),
        ("[versions.a]\nfile = 'wire.txt'\ndate = 2025-01-01\n", "must be a string"),
    ],
)
def test_malformed_manifest(story_dir, manifest, message):
    (story_dir / "story.toml").write_text(manifest, encoding="utf-8")
    with pytest.raises(ManifestError, match=message):
        load_story(story_dir)


def _jsonl(tmp_path: Path, *records: object) -> Path:
    path = tmp_path / "set.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


def test_jsonl_story_set(tmp_path):
    story = {
        "story": "s1",
        "baseline": "a",
        "versions": [{"id": "a", "outlet": "Reuters", "text": "One. Two."}, {"id": "b", "text": "One. Three."}],
    }
    stories = list(iter_stories(_jsonl(tmp_path, story, {**story, "story": "s2"})))
    assert [s.name for s in stories] == ["s1", "s2"]
    assert stories[0].baseline == "a"
    assert stories[0].version("a").outlet == "Reuters"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("[1, 2]", "not a story"),
        ('{"versions": [{"id": "a"}]}', "needs an 'id' and a 'text'"),
        ("{not json", "not a JSON object"),
        ('{"versions": [{"id": "a", "text": "x"}]}', "at least two versions"),
    ],
)
def test_bad_jsonl_line_names_the_line(tmp_path, line, message):
    path = tmp_path / "set.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=message) as info:
        list(iter_stories(path))
    assert f"{path}:1" in str(info.value)
