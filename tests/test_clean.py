from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from framing.clean import clean_text, detect_credit


def _removed(raw: str) -> list[tuple[str, str, str]]:
    return [(r.kind, r.category, raw[r.start : r.end]) for r in clean_text(raw).removals]


def test_seed_001_junk_and_hard_wrap(seed_story):
    raw = seed_story.version("001").raw
    clean = clean_text(raw)
    assert _removed(raw) == [
        ("boilerplate", "separator", "___"),
        ("boilerplate", "trailer", "Yamaguchi reported from Tokyo."),
        ("boilerplate", "copyright", "All contents © copyright 2025 Associated Press. All rights\nreserved |\n|"),
    ]
    assert "reported as he wrapped up his visit to the Japanese" not in clean.text
    assert "as he wrapped up his visit to the Japanese navy port of Yokosuka." in clean.text
    assert "\n" not in clean.text.split("\n\n")[0]
    assert clean.credit == "Associated Press"


def test_hard_wrap_with_windows_line_ends_or_trailing_spaces_keeps_paragraphs(seed_story):
    raw = seed_story.version("001").raw
    expected = clean_text(raw).text
    assert expected.count("\n\n") == 9  # a paragraph ends at a line that ends a sentence
    for variant in (raw.replace("\n", "\r\n"), raw.replace("\n", "  \n")):
        clean = clean_text(variant)
        assert clean.text == expected
        # and every kept letter still points at the same letter of the file as read
        assert all(variant[clean.raw_index[i]] == c for i, c in enumerate(clean.text) if c.isalnum())


def test_hard_wrap_blank_line_still_ends_a_paragraph():
    first = "\n".join(["The council met on Monday and said the plan", "would go ahead despite the protests"] * 2)
    second = "\n".join(["Residents of the valley plan to march again", "next week if the mayor does not listen"] * 2)
    raw = first + "\r\n\r\n" + second
    assert clean_text(raw).text.count("\n\n") == 1


def test_seed_003_error_page_disclaimer_widget_and_duplicate(seed_story):
    raw = seed_story.version("003").raw
    found = _removed(raw)
    kinds = [(kind, category) for kind, category, _ in found]
    assert kinds == [
        ("boilerplate", "metadata"),
        ("boilerplate", "error_page"),
        ("boilerplate", "dateline"),
        ("duplicate_passage", "duplicate"),
        ("boilerplate", "disclaimer"),
        ("boilerplate", "widget"),
    ]
    duplicate = found[3][2]
    assert duplicate.startswith("He stressed the need for vigilance")
    assert duplicate.endswith("other officials.")
    assert duplicate.count("\n") == 4  # the five repeated paragraphs, one finding
    text = clean_text(raw).text
    assert text.count("He stressed the need for vigilance") == 1
    assert "Sorry" not in text and "Disclaimer" not in text and "(MENAFN)" not in text


def test_missing_space_after_punctuation_and_curly_quotes(seed_story):
    clean = clean_text(seed_story.version("004").raw)
    assert "dangerous, Rutte stated" in clean.text
    assert "mentality, recently" in clean.text
    assert "’" not in clean.text and "“" not in clean.text


def test_metadata_prefix_only(seed_story):
    raw = seed_story.version("000").raw
    clean = clean_text(raw)
    assert _removed(raw) == [("boilerplate", "metadata", "date 2025-04-08")]
    assert clean.text.startswith("NATO Secretary-General Mark Rutte voiced concern")


def test_offsets_map_back_to_raw(seed_story):
    for version in seed_story.versions:
        clean = clean_text(version.raw)
        for start in range(0, len(clean.text), 7):
            end = min(len(clean.text), start + 23)
            raw_start, raw_end = clean.to_raw(start, end)
            kept = "".join(
                char
                for position, char in enumerate(version.raw[raw_start:raw_end], start=raw_start)
                if not any(r.start <= position < r.end for r in clean.removals)
            )
            # cleaning drops removed stretches and list bullets, and nothing else
            assert _squash(kept).replace("-", "") == _squash(clean.text[start:end]).replace("-", "")


def _squash(text: str) -> str:
    table = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})
    return "".join(text.translate(table).split())


def test_credit_detection():
    assert detect_credit("WASHINGTON (Reuters) - The Senate voted.")[0] == "Reuters"
    assert detect_credit("Copyright 2024 The Associated Press. All rights reserved.")[0] == "Associated Press"
    assert detect_credit("A blog post about the Senate vote.") == (None, None)


_LINE = st.text(alphabet=st.sampled_from(list("abcXYZ .,;!?\"“”’'-\n\t")), max_size=60)


@settings(max_examples=200, deadline=None)
@given(st.lists(_LINE, min_size=1, max_size=8).map("\n".join))
def test_offset_map_property(raw: str):
    clean = clean_text(raw)
    assert len(clean.raw_index) == len(clean.text) + 1
    assert list(clean.raw_index) == sorted(clean.raw_index)
    for i, char in enumerate(clean.text):
        source = raw[clean.raw_index[i]] if clean.raw_index[i] < len(raw) else ""
        if not char.isspace():
            assert _squash(source) == _squash(char)
    for removal in clean.removals:
        assert 0 <= removal.start <= removal.end <= len(raw)


def test_photo_caption_is_boilerplate_but_a_mention_of_a_file_photo_is_not():
    raw = (
        "The mayor spoke.\nFILE - In this June 22, 2020, file photo, a driver waves. (AP Photo/John Bazemore)\n"
        "A file photo showed the mayor at the bridge on Monday, officials said."
    )
    clean = clean_text(raw)
    assert [r.category for r in clean.removals] == ["caption"]
    assert "A file photo showed the mayor" in clean.text


def test_offset_map_is_compact_and_documents_stay_hashable(seed_story):
    import sys

    import framing

    clean = clean_text(seed_story.versions[2].raw)
    assert sys.getsizeof(clean.raw_index) < 10 * len(clean.raw_index)  # machine integers, not int objects
    document = framing.analyze(seed_story).results[0].document
    assert hash(document) == hash(document)  # the offsets array takes no part in the hash
