"""The language backbone installs offline and is the model the manifest names."""

from __future__ import annotations

from framing.attribution import backbone


def test_model_files_match_the_shipped_sha256_manifest() -> None:
    assert backbone.verify_model() == []


def test_manifest_covers_the_weights_that_run() -> None:
    names = set(backbone._manifest())
    assert {"tok2vec/model", "tagger/model", "parser/model", "ner/model", "config.cfg", "LICENSE"} <= names


def test_only_the_needed_components_run() -> None:
    assert backbone.parser().pipe_names == ["tok2vec", "tagger", "parser"]
    assert backbone.recogniser().pipe_names == ["ner"]


def test_parse_gives_a_tree() -> None:
    (doc,) = list(backbone.parse(["The minister said the plan works."]))
    said = [t for t in doc if t.text == "said"][0]
    assert [c.text for c in said.children if c.dep_ == "nsubj"] == ["minister"]
