"""The prepare stage: one version's text cleaned, segmented and read once, into a :class:`Document`.

Everything later stages need from a text is computed here, in one place, and
handed on as typed fields of the document: sentences, words, stems, lexicon
matches, quotations with their speakers, the source each sentence names and its
vague-source phrases. Later stages only read a document; what an extractor works
out for itself it keeps in its own prepared state (see
:class:`framing.extractors.base.Context`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from . import speech
from .clean import clean_text
from .lexicon import Tokens, load_lexicon, tokenize
from .meaning import sentence_pieces
from .records import Document, Hit, LexiconHits, Sentence, Version
from .segment import STEMS, STOPWORDS, segment, sentence_words
from .structure import find_blocks

__all__ = ["prepare"]


def prepare(version: Version) -> Document:
    """Clean, segment and read one version."""
    clean = clean_text(version.raw)
    text = clean.text
    sentences = segment(text)
    tokens = tokenize(text)
    quotes = speech.find_quotes(text, sentences, tokens)
    lists = sentence_words(text, sentences)
    stem = STEMS.__getitem__
    hits = _lexicon_hits(text, sentences, tokens)
    pieces, embeddings = sentence_pieces(text, sentences)
    return Document(
        version=version,
        clean=clean,
        sentences=sentences,
        quotes=quotes,
        word_count=sum(map(len, lists)),  # every word stands in a sentence: white space lies between
        terms=tuple(frozenset(map(stem, set(ws) - STOPWORDS)) for ws in lists),
        tokens=tokens,
        sentence_words=tuple(lists),
        word_sets=tuple(map(frozenset, lists)),
        hits=hits,
        attributions=speech.sentence_attributions(text, sentences, quotes, hits.report_verbs),
        first_quotes=speech.first_quotes(sentences, quotes),
        quote_lookup=speech.QuoteSpans.of(quotes),
        pieces=pieces,
        embeddings=embeddings,
        blocks=find_blocks(version.raw, clean, sentences, version.title, version.outlet),
        vague={
            index: tuple(speech.vague_spans(text, sentences[index], found))
            for index, found in hits.vague_sources.items()
        },
    )


def _lexicon_hits(text: str, sentences: tuple[Sentence, ...], tokens: Tokens) -> LexiconHits:
    """Every lexicon's matches grouped by sentence; the text is tokenised once for all lexicons."""
    starts = [s.start for s in sentences]
    found = {}
    for name in LexiconHits.names():
        matches: Iterable[Hit] = load_lexicon(name).find_in_tokens(tokens, text)
        if name == speech.REPORT_VERBS:
            matches = speech.source_verb_hits(matches)
        found[name] = _by_sentence(matches, sentences, starts)
    return LexiconHits(**found)


def _by_sentence(matches: Iterable[Hit], sentences: tuple[Sentence, ...], starts: list[int]) -> dict[int, tuple]:
    grouped: dict[int, list[Hit]] = {}
    for start, end, entry in matches:
        index = bisect_right(starts, start) - 1
        if index >= 0 and end <= sentences[index].end:  # a match never crosses a sentence
            grouped.setdefault(index, []).append((start, end, entry))
    return {index: tuple(hits) for index, hits in grouped.items()}
