from __future__ import annotations

import codecs
import json
import random
from pathlib import Path

import pytest

import framing
from framing.errors import BaselineError, ConfigError, InputError, ManifestError, MissingInputError
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


def test_a_link_to_a_file_outside_the_story_is_refused(story_dir, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0:root:/root:/bin/bash", encoding="utf-8")
    (story_dir / "leak.txt").symlink_to(secret)
    with pytest.raises(InputError, match=r"leak.txt: a link to .*secret.txt, outside the story folder") as info:
        load_story(story_dir)
    assert "root:x" not in str(info.value)


def test_a_link_inside_the_story_is_read_and_a_dangling_one_refused(story_dir):
    (story_dir / "archive").mkdir()
    (story_dir / "archive" / "kept.txt").write_text("Rain fell on the city.", encoding="utf-8")
    (story_dir / "kept.txt").symlink_to(story_dir / "archive" / "kept.txt")
    assert load_story(story_dir).version("kept").raw == "Rain fell on the city."
    (story_dir / "gone.txt").symlink_to(story_dir / "nowhere.txt")
    with pytest.raises(InputError, match="gone.txt: a link to .*nowhere.txt, which does not exist"):
        load_story(story_dir)


def test_a_manifest_linked_from_outside_is_refused(story_dir, tmp_path):
    (tmp_path / "elsewhere.toml").write_text('title = "x"\n', encoding="utf-8")
    (story_dir / "story.toml").symlink_to(tmp_path / "elsewhere.toml")
    with pytest.raises(InputError, match="story.toml: a link to .*outside the story folder"):
        load_story(story_dir)


def test_a_story_folder_reached_through_a_link_is_read(story_dir, tmp_path):
    (tmp_path / "linked").symlink_to(story_dir)
    assert [v.id for v in load_story(tmp_path / "linked").versions] == ["copy", "wire"]


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        ("[versions.a]\nfile = '../outside.txt'\n", "names '../outside.txt', which is outside the story folder"),
        ("[versions.a]\nfile = '/etc/passwd'\n", "names '/etc/passwd', which is outside the story folder"),
        ("[versions.a]\nfile = 'sub/inner.txt'\n", "names 'sub/inner.txt', which is in a sub-folder"),
        ("[versions.a]\nfile = 'missing.txt'\n", "names 'missing.txt', which is not in"),
        ("[versions.a]\nfile = 'wire.txt'\n[versions.b]\nfile = 'wire.txt'\n", r"versions.b\] and \[versions.a"),
        ("[versions.a]\nfile = 'notes.pdf'\n", "framing reads .txt, .md and .html files"),
    ],
)
def test_manifest_entries_that_cannot_be_read_are_errors(story_dir, entries, message):
    (story_dir.parent / "outside.txt").write_text("Outside.", encoding="utf-8")
    (story_dir / "sub").mkdir()
    (story_dir / "sub" / "inner.txt").write_text("Inner.", encoding="utf-8")
    (story_dir / "notes.pdf").write_bytes(b"%PDF")
    (story_dir / "story.toml").write_text(entries, encoding="utf-8")
    with pytest.raises(ManifestError, match=message) as info:
        load_story(story_dir)
    assert "story.toml" in str(info.value)


def test_a_framing_report_in_the_story_folder_is_not_read_as_versions(story_dir, caplog):
    (story_dir / "report.json").write_text("{}", encoding="utf-8")
    (story_dir / "report.html").write_text("<html><p>The report.</p></html>", encoding="utf-8")
    (story_dir / "ranking.txt").write_text("rank version", encoding="utf-8")
    assert [v.id for v in load_story(story_dir).versions] == ["copy", "wire"]
    assert "skipped ranking.txt, report.html" in caplog.text


def _random_bytes(count: int) -> bytes:
    """Random bytes without NUL, and none that Windows-1252 leaves undefined (so that it decodes them all)."""
    chosen, undefined = random.Random(7), (0x81, 0x8D, 0x8F, 0x90, 0x9D)
    return bytes(chosen.choice([b for b in range(1, 256) if b not in undefined]) for _ in range(count))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"plain text " * 1000 + b"\x00" + b"more text " * 10, "binary file"),  # NUL far past the first 8 KB
        (_random_bytes(4000), "not valid UTF-8"),  # random bytes without NUL: not text in any encoding
        (("Nice text. " * 50).encode() + bytes(range(1, 9)) * 20, "does not look like text"),
    ],
)
def test_binary_and_implausible_bytes_are_refused(tmp_path, content, message):
    path = tmp_path / "odd.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        read_text_file(path)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_a_byte_order_mark_are_read(tmp_path, encoding):
    text = "Caf\u00e9 in \u0627\u0644\u0642\u0627\u0647\u0631\u0629, rain \U0001f327 fell."
    path = tmp_path / "wide.txt"
    data = text.encode(encoding)
    path.write_bytes(data if encoding != "utf-16-be" else codecs.BOM_UTF16_BE + data)
    assert read_text_file(path) == text


def test_jsonl_texts_obey_the_folder_limits(tmp_path):
    versions = [{"id": "a", "text": "Rain fell."}, {"id": "b", "text": "x" * (MAX_BYTES + 1)}]
    with pytest.raises(InputError, match=r"set.jsonl:1: version 'b': the text is 5,000,001 bytes"):
        list(iter_stories(_jsonl(tmp_path, {"story": "big", "versions": versions})))
    versions[1]["text"] = "Rain\x00fell."
    with pytest.raises(InputError, match=r"set.jsonl:1: version 'b': this looks like a binary file"):
        list(iter_stories(_jsonl(tmp_path, {"story": "nul", "versions": versions})))
    versions[1]["text"] = "Rain \ud800 fell."
    with pytest.raises(InputError, match=r"set.jsonl:1: version 'b': the text holds a lone UTF-16 surrogate"):
        list(iter_stories(_jsonl(tmp_path, {"story": "half", "versions": versions})))


def test_a_jsonl_story_knows_its_file_and_line(tmp_path):
    story = {"story": "s", "versions": [{"id": "a", "text": "One."}, {"id": "b", "text": "Two."}]}
    path = _jsonl(tmp_path, story, story)
    assert [str(s.source) for s in iter_stories(path)] == [f"{path}:1", f"{path}:2"]
    with pytest.raises(BaselineError, match=f"{path}:2: no version has the id 'c'"):
        framing.analyze(list(iter_stories(path))[1], baseline="c")


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda folder: load_story(None), ConfigError, "The 'path' parameter of load_story must be a path"),
        (lambda folder: iter_stories(3), ConfigError, "The 'path' parameter of iter_stories must be a path"),
        (lambda folder: iter_stories(folder), InputError, "The 'path' parameter of iter_stories must be a .jsonl"),
    ],
)
def test_wrong_parameters_name_the_parameter(story_dir, call, error, message):
    with pytest.raises(error, match=message):
        list(call(story_dir))
