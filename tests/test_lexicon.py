"""Tests of framing.lexicon and of the lexicon files it ships."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.errors import ConfigError
from framing.examples import example_path
from framing.lexicon import FLAGS, Entry, Lexicon, available_lexicons, load_lexicon, read_lexicon, tokenize

REQUIRED = ("boosters", "editorial", "hedges", "loaded", "places", "report_verbs", "vague_sources", "wire_compounds")
CURATED = tuple(name for name in REQUIRED if name != "wire_compounds")  # wire_compounds is counted, not chosen
CATEGORIES = {
    "hedges": {"modal", "epistemic_verb", "adjective", "noun", "adverb", "approximator", "phrase"},
    "boosters": {"adverb", "adjective", "phrase"},
    "loaded": {"intensifier", "evaluative", "emotive", "metaphor", "loaded_label"},
    "wire_compounds": {"before", "after"},
    "report_verbs": {
        "neutral",
        "doubt",
        "admission",
        "emphasis",
        "alarm",
        "attack",
        "complaint",
        "boast",
        "factive",
        "tentative",
    },
    "vague_sources": {"vague_noun", "vague_phrase", "passive"},
    "editorial": {"aside", "attitude", "connector", "gloss"},
    "places": {"us_state", "country", "place"},
}
HEADER = (
    "# name: {name}\n# version: 1.0.0\n# description: a test list\n"
    "# sources: framing = curated by the framing authors (CC0-1.0)\n"
    "term\tcategory\tweight\tsource\tflags\n"
)


def matches(name: str, text: str) -> list[str]:
    return [text[start:end] for start, end, _ in load_lexicon(name).finditer(text)]


def write_lexicon(tmp_path: Path, rows: str, name: str = "custom", header: str = HEADER) -> Path:
    path = tmp_path / f"{name}.tsv"
    path.write_text(header.format(name=name) + rows, encoding="utf-8")
    return path


# --- the shipped files ---------------------------------------------------------------------------


def test_the_required_lexicons_are_shipped() -> None:
    assert available_lexicons() == REQUIRED


@pytest.mark.parametrize("name", CURATED)
def test_every_lexicon_loads_with_a_complete_header(name: str) -> None:
    lexicon = load_lexicon(name)
    assert lexicon.name == name
    assert re.fullmatch(r"\d+\.\d+\.\d+", lexicon.version)
    assert len(lexicon.description) > 40
    assert lexicon.sources["framing"] == "curated by the framing authors (CC0-1.0)"
    assert 50 <= len(lexicon.entries) <= 600  # curated lists, not dumps of 5,000-word lexicons


def test_the_counted_compounds_name_their_corpus_and_pair_loaded_words() -> None:
    compounds = load_lexicon("wire_compounds")
    assert "Article-Bias-Prediction" in compounds.sources["abp_plain"]
    loaded = {entry.term for entry in load_lexicon("loaded").entries}
    assert 10 <= len(compounds.entries) <= 200
    assert all(entry.term.split()[0] in loaded and len(entry.term.split()) == 2 for entry in compounds.entries)
    assert compounds.lookup("vehemently deni") is not None and compounds.lookup("controversial law") is None


@pytest.mark.parametrize("name", REQUIRED)
def test_every_entry_is_well_formed(name: str) -> None:
    lexicon = load_lexicon(name)
    for entry in lexicon.entries:
        assert entry.source in lexicon.sources, entry
        assert 0.0 <= entry.weight <= 1.0, entry
        assert entry.category in CATEGORIES[name], entry
        assert entry.flags <= FLAGS, entry
        assert entry.term == " ".join(entry.term.split()), entry


@pytest.mark.parametrize("name", REQUIRED)
def test_no_term_is_listed_twice(name: str) -> None:
    keys = [" ".join(entry.term.casefold().replace("’", "'").split()) for entry in load_lexicon(name).entries]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("name", REQUIRED)
def test_every_declared_source_is_used(name: str) -> None:
    lexicon = load_lexicon(name)
    assert {entry.source for entry in lexicon.entries} == set(lexicon.sources)


def test_upstream_sources_name_their_licence() -> None:
    hedges = load_lexicon("hedges")
    assert hedges.lookup("may") == Entry("may", "modal", 0.8, "hyland2005", frozenset({"lowercase"}))
    assert "(MIT)" in hedges.sources["hyland2005"]
    assert "(MIT)" in load_lexicon("loaded").sources["riloff2003"]


def test_loaded_weights_run_from_half_to_one() -> None:
    weights = [entry.weight for entry in load_lexicon("loaded").entries]
    assert min(weights) == 0.5
    assert max(weights) == 1.0


def test_neutral_report_verbs_weigh_nothing_and_loaded_ones_do() -> None:
    for entry in load_lexicon("report_verbs").entries:
        assert (entry.weight == 0.0) == (entry.category == "neutral"), entry


def test_hedges_and_boosters_do_not_overlap() -> None:
    hedges = {entry.term.lower() for entry in load_lexicon("hedges").entries}
    boosters = {entry.term.lower() for entry in load_lexicon("boosters").entries}
    assert hedges & boosters == set()


def test_loaded_and_report_verbs_share_only_attack_verbs() -> None:
    loaded = {entry.term for entry in load_lexicon("loaded").entries}
    shared = [entry for entry in load_lexicon("report_verbs").entries if entry.term in loaded]
    assert {entry.category for entry in shared} == {"attack"}
    assert {"condemns", "slammed", "blasted", "lambasted"} <= {entry.term for entry in shared}


def test_editorial_shares_only_sentence_initial_boosters() -> None:
    boosters = {entry.term for entry in load_lexicon("boosters").entries}
    shared = [entry for entry in load_lexicon("editorial").entries if entry.term in boosters]
    assert sorted(entry.term for entry in shared) == ["clearly", "inevitably", "obviously"]
    assert all(entry.flags == {"phrase_start"} for entry in shared)


@pytest.mark.parametrize(
    ("name", "term", "category"),
    [
        ("hedges", "may", "modal"),
        ("hedges", "could", "modal"),
        ("hedges", "reportedly", "adverb"),
        ("hedges", "potentially", "adverb"),
        ("hedges", "is believed to", "epistemic_verb"),
        ("hedges", "appears to", "epistemic_verb"),
        ("boosters", "undoubtedly", "adverb"),
        ("loaded", "staggering", "intensifier"),
        ("loaded", "massive", "intensifier"),
        ("loaded", "escalating", "intensifier"),
        ("loaded", "Cold War mentality", "metaphor"),
        ("loaded", "complacency", "evaluative"),
        ("loaded", "tacit", "evaluative"),
        ("loaded", "condemns", "emotive"),
        ("loaded", "alarm", "emotive"),
        ("report_verbs", "said", "neutral"),
        ("report_verbs", "told", "neutral"),
        ("report_verbs", "added", "neutral"),
        ("report_verbs", "noted", "neutral"),
        ("report_verbs", "claimed", "doubt"),
        ("report_verbs", "admitted", "admission"),
        ("report_verbs", "conceded", "admission"),
        ("report_verbs", "insisted", "emphasis"),
        ("report_verbs", "stressed", "emphasis"),
        ("report_verbs", "warned", "alarm"),
        ("report_verbs", "slammed", "attack"),
        ("report_verbs", "blasted", "attack"),
        ("vague_sources", "analysts suggest", "vague_phrase"),
        ("vague_sources", "critics say", "vague_phrase"),
        ("vague_sources", "experts", "vague_noun"),
        ("vague_sources", "observers", "vague_noun"),
        ("vague_sources", "sources", "vague_noun"),
        ("vague_sources", "surveys", "vague_noun"),
        ("vague_sources", "it is said", "passive"),
        ("editorial", "It is worth mentioning", "aside"),
        ("editorial", "Notably", "aside"),
        ("editorial", "Moreover", "connector"),
        ("editorial", "Interestingly", "aside"),
        ("editorial", "Needless to say", "aside"),
        ("editorial", "Clearly", "attitude"),
        ("editorial", "Ironically", "attitude"),
    ],
)
def test_the_words_that_matter_in_the_seed_story_are_listed(name: str, term: str, category: str) -> None:
    entry = load_lexicon(name).lookup(term)
    assert entry is not None
    assert entry.category == category


def test_the_seed_story_added_framing_is_caught_and_the_wire_copy_is_quiet() -> None:
    wire = (example_path() / "001_0917b51579daa256.txt").read_text(encoding="utf-8")
    rewrite = (example_path() / "004_c275ef297c80a986.txt").read_text(encoding="utf-8")
    assert matches("loaded", wire) == ["naive"]  # inside Rutte's own quote
    assert matches("loaded", rewrite) == [
        "escalating",
        "complacency",
        "dangerous",
        "tacit",
        "condemns",
        "Cold War mentality",
    ]
    assert matches("vague_sources", rewrite) == ["surveys", "analysts suggest"]
    assert matches("hedges", rewrite) == ["suggest", "could"]
    assert matches("editorial", wire) == []


# --- matching ------------------------------------------------------------------------------------


def test_may_the_modal_matches_but_may_the_month_does_not() -> None:
    assert matches("hedges", "China may respond") == ["may"]
    assert matches("hedges", "The talks end in May 2025.") == []
    assert matches("hedges", "The mayor may not") == ["may"]


def test_finditer_returns_exact_offsets() -> None:
    text = "Reportedly, the cuts were staggering; analysts suggest it could be worse."
    found = [(start, end, entry.term) for start, end, entry in load_lexicon("hedges").finditer(text)]
    assert found == [(0, 10, "reportedly"), (47, 54, "suggest"), (58, 63, "could")]
    assert [text[start:end] for start, end, _ in found] == ["Reportedly", "suggest", "could"]
    loaded = [(start, end, entry.term) for start, end, entry in load_lexicon("loaded").finditer(text)]
    assert loaded == [(26, 36, "staggering")]


def test_a_phrase_matches_across_a_line_break() -> None:
    text = "Beijing condemns these ties as Cold War\n   mentality, it said."
    found = list(load_lexicon("loaded").finditer(text))
    assert [(start, end, entry.term) for start, end, entry in found] == [
        (8, 16, "condemns"),
        (31, 52, "Cold War mentality"),
    ]
    assert text[31:52] == "Cold War\n   mentality"


def test_the_longest_phrase_wins() -> None:
    text = "The missile is believed to have a range of 500 km."
    [(start, end, entry)] = load_lexicon("hedges").finditer(text)
    assert (start, end, entry.term) == (12, 26, "is believed to")


def test_both_apostrophes_match() -> None:
    for text in ("It's worth noting that", "It’s worth noting that"):
        [(start, end, entry)] = load_lexicon("editorial").finditer(text)
        assert (start, end, entry.term) == (0, 17, "it's worth noting")


def test_matches_are_whole_words() -> None:
    assert matches("loaded", "The massiveness of it, the staggeringly high cost.") == ["staggeringly"]
    assert matches("hedges", "Mayday, mayor, couldn't") == []


def test_phrase_start_entries_match_only_at_the_start_of_a_sentence() -> None:
    assert matches("editorial", "Clearly, the plan failed.") == ["Clearly"]
    assert matches("editorial", 'It rained. "Clearly, the plan failed."') == ["Clearly"]
    assert matches("editorial", "First line.\n\nClearly it failed.") == ["Clearly"]
    assert matches("editorial", "He said clearly that it failed.") == []
    assert matches("editorial", "The cost rose\nsignificantly in May.") == []


def test_lookup_ignores_case_spacing_and_apostrophe_style() -> None:
    hedges = load_lexicon("hedges")
    assert hedges.lookup("  Is   BELIEVED\nto ") == hedges.lookup("is believed to")
    assert hedges.lookup("can’t be ruled out") is not None
    assert hedges.lookup("certainly") is None


def test_loading_and_compiling_are_cached() -> None:
    assert load_lexicon("loaded") is load_lexicon("loaded")
    assert load_lexicon("loaded").pattern() is load_lexicon("loaded").pattern()
    assert load_lexicon("loaded").pattern().flags & re.IGNORECASE


def test_a_hand_built_lexicon_never_reuses_a_shipped_pattern() -> None:
    mine = Lexicon(
        "loaded", "0.0.1", "test", {"framing": "test"}, (Entry("zany", "evaluative", 1.0, "framing", frozenset()),)
    )
    assert [entry.term for _, _, entry in mine.finditer("a zany, staggering plan")] == ["zany"]
    assert matches("loaded", "a zany, staggering plan") == ["staggering"]


def test_an_empty_lexicon_matches_nothing() -> None:
    empty = Lexicon("empty", "1.0.0", "nothing", {}, ())
    assert list(empty.finditer("any text at all")) == []


# --- errors --------------------------------------------------------------------------------------


def test_an_unknown_lexicon_is_refused_with_the_choices() -> None:
    with pytest.raises(ConfigError, match=r"no lexicon named 'hedgez'; choose from \['boosters'"):
        load_lexicon("hedgez")


def test_a_list_instead_of_a_name_is_refused() -> None:
    with pytest.raises(ConfigError, match="must be a str. Got list instead"):
        load_lexicon(["hedges"])  # type: ignore[arg-type]


def test_config_errors_are_value_errors() -> None:
    with pytest.raises(ValueError):
        load_lexicon("nope")


def test_a_well_formed_file_of_ones_own_loads(tmp_path: Path) -> None:
    rows = "# a comment groups rows\nzany\tevaluative\t0.7\tframing\t-\n\nMay be\tmodal\t1\tframing\tlowercase\n"
    path = write_lexicon(tmp_path, rows)
    lexicon = read_lexicon(path)
    assert lexicon.name == "custom"
    assert lexicon.entries == (
        Entry("zany", "evaluative", 0.7, "framing", frozenset()),
        Entry("May be", "modal", 1.0, "framing", frozenset({"lowercase"})),
    )


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ("zany\tevaluative\t0.7\tnpov\t-\n", r"custom\.tsv, line 6: the source 'npov' is not declared"),
        ("zany\tevaluative\t1.5\tframing\t-\n", r"line 6: the weight must be a number from 0 to 1\. Got '1\.5'"),
        ("zany\tevaluative\tmuch\tframing\t-\n", r"line 6: the weight must be a number"),
        ("zany\tevaluative\t0.7\tframing\n", r"line 6: expected 5 non-empty tab-separated columns"),
        ("zany\tevaluative\t0.7\tframing\tshouting\n", r"line 6: flags must be '-' or a comma-separated subset"),
        ("zany\tEvaluative!\t0.7\tframing\t-\n", r"line 6: the category must be a lowercase_identifier"),
        ("zany\tevaluative\t0.7\tframing\t-\n\nZany\tevaluative\t0.5\tframing\t-\n", r"line 8: .* already on line 6"),
        ("", r"custom\.tsv: the lexicon has no entries"),
    ],
)
def test_a_malformed_row_names_the_file_and_line(tmp_path: Path, rows: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        read_lexicon(write_lexicon(tmp_path, rows))


@pytest.mark.parametrize(
    ("header", "message"),
    [
        (HEADER.replace("# version: 1.0.0\n", ""), r"line 4: the header lacks \['version'\]"),
        (HEADER.replace("1.0.0", "one"), r"line 2: the version must read MAJOR\.MINOR\.PATCH"),
        (HEADER.replace("# name: {name}", "# name: other"), r"line 1: the header names the lexicon 'other'"),
        (HEADER.replace("framing = curated", "framing curated"), r"line 4: the '# sources:' line must read"),
        (HEADER.replace("term\tcategory", "term category"), r"line 5: expected one '# key: value' line"),
    ],
)
def test_a_malformed_header_names_the_file_and_line(tmp_path: Path, header: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        read_lexicon(write_lexicon(tmp_path, "zany\tevaluative\t0.7\tframing\t-\n", header=header))


def test_a_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="Cannot read lexicon file"):
        read_lexicon(tmp_path / "absent.tsv")


# --- tokenisation: array operations must give exactly what the token pattern gives ---------------------------

_TOKEN_PATTERN = re.compile(r"\w+(?:[-'’]\w+)*")


def _pattern_tokens(text: str) -> tuple[list[str], list[int]]:
    # Fold as tokenize documents it: lower case (a character whose lower case is longer stays as it is),
    # one apostrophe, one hyphen.
    folded = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    folded = folded.replace("’", "'").replace("‐", "-").replace("‑", "-")
    matches = list(_TOKEN_PATTERN.finditer(folded))
    return [m.group() for m in matches], [offset for m in matches for offset in m.span()]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "-",
        "a",
        "Rutte's NATO-led plan, don’t re-arm: 3.5% of GDP.",
        "a--b -a- a- -a 'quoted' x''y it’s ‐dash‑ ab_cd __",
        "Ünïcödé wörds, 東京 and İstanbul; naïve café",
        "line\nbreak\n\nand\ttab",
    ],
)
def test_tokenize_matches_the_token_pattern(text: str) -> None:
    tokens = tokenize(text)
    words, offsets = _pattern_tokens(text)
    assert tokens.words == words
    assert tokens.offsets.tolist() == offsets


def test_tokenize_beyond_the_basic_plane_falls_back_on_the_pattern() -> None:
    text = "math 𝐀𝐁 letters and an emoji 🙂 here"
    tokens = tokenize(text)
    words, offsets = _pattern_tokens(text)
    assert tokens.words == words and tokens.offsets.tolist() == offsets
    assert "𝐚𝐛" in tokens.words or "𝐀𝐁".lower() in tokens.words


def test_positions_and_vocabulary_come_from_one_index() -> None:
    tokens = tokenize("The war, the peace and the war again.")
    assert tokens.positions("the") == [0, 2, 5]
    assert tokens.positions("war") == [1, 6]
    assert tokens.positions("absent") == []
    assert set(tokens.vocabulary) == {"the", "war", "peace", "and", "again"}
    assert tokens.span(1) == (4, 7)


def test_a_phrase_is_tried_only_where_its_second_word_follows() -> None:
    lexicon = Lexicon(
        name="phrases-test",
        version="1.0.0",
        description="test",
        sources={"framing": "test"},
        entries=(
            Entry("in my view", "aside", 1.0, "framing", frozenset()),
            Entry("view", "noun", 0.5, "framing", frozenset()),
        ),
    )
    text = "In the view of many, in my view, in my opinion."
    found = [(text[s:e], entry.term) for s, e, entry in lexicon.finditer(text)]
    assert found == [("view", "view"), ("in my view", "in my view")]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab Z9_-'’‐‑.,\n\tüß東İ", max_size=40))
def test_tokenize_matches_the_token_pattern_on_any_text(text: str) -> None:
    tokens = tokenize(text)
    words, offsets = _pattern_tokens(text)
    assert tokens.words == words
    assert tokens.offsets.tolist() == offsets
