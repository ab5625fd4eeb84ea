"""Loaded wording: evaluative, intensifying or emotive words and phrases, and word swaps against the baseline.

A lexicon word counts only where the aligned baseline sentence does not use it:
the baseline is the neutral reference, so a word the wire copy itself uses is the
story's vocabulary, not the outlet's choice. Each hit says whether it stands in the
outlet's own voice or inside a quotation (and whose). A swap is a word the baseline
has at the same place in an aligned sentence ("said" → "admitted").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import replace
from difflib import SequenceMatcher
from functools import cache

import numpy as np

from ..kinds import FeatureSpec
from ..lexicon import Entry, load_lexicon
from ..models.encoder import LoadedEncoder, SentenceReading, decode_words, encoder
from ..models.loaded import LoadedWordModel, ModelReading, loaded_word_model
from ..records import Document, Finding, Quote
from ..segment import STOPWORDS, words
from ..structure import furniture, in_furniture
from ._loaded_sense import document_names, other_sense, plain_use, reported_by
from .base import Context, Extractor, Result, check_bool, check_number, per_100_words, register, span_words

_SWAP_LEXICONS = ("loaded", "report_verbs")
_FUNCTION_WORDS = STOPWORDS - {"said", "says", "told"}  # a swap of "said" is the point; of "the" it is noise
_TOKEN = re.compile(r"[A-Za-z0-9]+(?:'[A-Za-z]+)*")
#: Report verbs that colour a statement on their own when strong enough ("slammed", "claimed", "bragged", not
#: "criticized"); the others ("stressed", "warned", "complained", "condemned") count only in a swap against the
#: baseline's verb. 0.8: at 0.6 "complained" narrating a complaint was the commonest wrong loaded word that
#: independent judges found on fresh stories (12 of 15 report-verb errors in one audit).
STRONG_REPORT_VERB = 0.8
_LOADED_REPORT_VERBS = frozenset({"doubt", "admission", "attack", "boast", "complaint"})
#: "allege" and its forms are the careful, legal word for an accusation not yet proven (news style asks for it):
#: they colour a statement only against the baseline's verb (a swap for "said").
_LEGAL_REPORT_VERBS = re.compile(r"alleg(?:e|es|ed|ing)\b", re.I)
#: Swaps are found by a word diff (``difflib``) of a sentence with its aligned baseline text, whose time grows
#: with the pairs of equal words of the two, times the words. It is skipped where either text is longer than
#: ``MAX_SWAP_CHARS`` or where equal pairs outnumber ``MAX_EQUAL_PAIRS_PER_WORD`` per word: runs and lists, not
#: prose (news sentences reach about 1,200 characters and 0.85 pairs per word in 294 stories).
MAX_SWAP_CHARS = 10_000
MAX_EQUAL_PAIRS_PER_WORD = 4
MODEL_CATEGORY = "model"  # a phrase the loaded-wording model found, not a lexicon entry
#: The encoder (framing.models.encoder) re-reads a sentence only where the linear model gives one of its words at
#: least this probability: running it on every sentence a version does not share word for word with the baseline
#: costs about 0.15 s of CPU per 1,000 words, 86 s on the abp-wire-stories set, where the speed budget leaves
#: about 8 s. At 0.5 it reads about half of what it read at 0.3 (0.3 until stop 15): on text no model saw the
#: sentences between the two gave more wrong phrases than right ones (BASIL lex token F1 0.131 -> 0.135, the real
#: gold's report half P 0.22 -> 0.33 at the same recall), and the saving keeps the speed budget (docs/evaluation.md).
ENCODER_GATE = 0.5
_NO_FLAGS: frozenset[str] = frozenset()
_CATEGORY_WORDS = {
    MODEL_CATEGORY: "news writers use to stir feelings or pass judgement",
    "doubt": "casts doubt on what was said",
    "admission": "makes it sound as if someone owned up to something",
    "attack": "makes a statement sound like an attack",
    "boast": "makes a statement sound like bragging",
    "complaint": "makes a statement sound like a complaint",
    "emphasis": "adds emphasis the baseline does not give",
    "alarm": "sounds more alarmed than the baseline",
    "tentative": "makes a statement sound less sure",
    "factive": "presents what was said as an established fact",
    "intensifier": "makes things sound bigger or stronger",
    "evaluative": "judges rather than describes",
    "emotive": "appeals to feelings",
    "metaphor": "paints a picture that carries a judgement",
    "loaded_label": "is a charged label",
}


@register
class LoadedWord(Extractor):
    """Lexicon hits the baseline does not share, in the outlet's voice or in quotes, and word swaps."""

    name = "loaded_word"
    kinds = ("loaded_word",)
    features = (
        FeatureSpec("outlet_per_100_words", "loaded words", weight=1.0, scale=1.0, colour="#E69F00", hatch="//"),
        FeatureSpec("quoted_per_100_words", "loaded words in quotations"),
        FeatureSpec(
            "swaps_per_100_words", "words swapped for loaded ones", weight=0.5, scale=0.5, colour="#F0E442", hatch="--"
        ),
    )
    description = "Words that judge, intensify or stir feelings, and words swapped for the baseline's."

    def __init__(
        self,
        *,
        use_model: bool = True,
        strong_report_verb: float = STRONG_REPORT_VERB,
        quoted_weight: float = 0.4,
        encoder_gate: float = ENCODER_GATE,
        encoder_in_quotes: bool = False,
        keep_linear: bool = False,
        plain_sentences: bool = True,
    ) -> None:
        """``use_model``: add the phrases of the loaded-wording models to the lexicons' words;
        ``strong_report_verb``: the weight from which a loaded report verb counts on its own ("slammed");
        ``quoted_weight``: the share of a word's weight that counts inside a quotation;
        ``encoder_gate``: the linear model's probability from which the encoder re-reads a sentence (0: every
        sentence that can hold a finding; 1: none, the linear model alone); ``encoder_in_quotes``: let the
        encoder read reported speech too (its phrases there are quoted findings), not the outlet's voice alone;
        ``keep_linear``: report the linear model's phrases beside the encoder's (not only where it is absent);
        ``plain_sentences``: drop the encoder's phrases in a sentence its sentence head rates below its threshold
        (a sentence BABE's annotators would call not biased: plain description, "the blast left residents
        terrified")."""
        self.use_model = check_bool("LoadedWord", "use_model", use_model)
        self.encoder_gate = check_number("LoadedWord", "encoder_gate", encoder_gate, 0.0, 1.0)
        self.encoder_in_quotes = check_bool("LoadedWord", "encoder_in_quotes", encoder_in_quotes)
        self.keep_linear = check_bool("LoadedWord", "keep_linear", keep_linear)
        self.plain_sentences = check_bool("LoadedWord", "plain_sentences", plain_sentences)
        self.strong_report_verb = check_number("LoadedWord", "strong_report_verb", strong_report_verb, 0.0, 1.0)
        self.quoted_weight = check_number("LoadedWord", "quoted_weight", quoted_weight, 0.0, 1.0)

    def prepare(self, document: Document) -> ModelReading | None:
        """The linear model's reading of the document (its scores and phrases), when the model is used."""
        return _model().read(document) if self.use_model else None

    def _story(self, context: Context) -> dict[tuple[str, int], SentenceReading] | None:
        """The encoder's reading of every sentence of the story that can hold a finding, in one batch (once
        per story): sentences of the versions (not the baseline) with a word the baseline does not use and
        with words outside reported speech. ``None`` where the encoder is not used."""
        model = encoder() if self.use_model else None
        if model is None:
            return None
        return context.store.get(self.name, _STORY_KEY, lambda: self._read_story(model, context))

    def _read_story(self, model: LoadedEncoder, context: Context) -> dict[tuple[str, int], SentenceReading]:
        """The encoder's readings of the story's sentences that can hold a model finding and that the linear
        model rates at ``encoder_gate`` or more, by (version id, sentence)."""
        shared = context.baseline.vocabulary
        baseline_id = context.baseline.version.id
        members = sorted(
            (d for d in (context.document, *context.peers) if d.version.id != baseline_id), key=lambda d: d.version.id
        )
        keys: list[tuple[str, int]] = []
        texts: list[str] = []
        for document in members:
            gate = _sentence_peaks(context.prepared(self, document), len(document.sentences))
            for sentence in document.sentences:
                k = sentence.index
                if gate[k] < self.encoder_gate or document.word_sets[k] <= shared:
                    continue
                if not self.encoder_in_quotes and not _outlet_words(document, k):
                    continue
                keys.append((document.version.id, k))
                texts.append(document.sentence_text(k))
        return dict(zip(keys, model.read(texts), strict=True))

    def extract(self, context: Context) -> Result:
        document = context.document
        findings: list[Finding] = []
        # The baseline's aligned sentences are part of the baseline, so their words are in its vocabulary too:
        # a word the baseline uses anywhere is the story's word, not the outlet's.
        shared = context.baseline.vocabulary
        swappable = _swap_words()
        story = self._story(context)
        names = document_names(document, ((k, a, b) for k, hits in document.hits.loaded.items() for a, b, _ in hits))
        for sentence in document.sentences:
            if furniture(document, sentence.index):
                continue  # a caption, a promo, a link headline: page furniture, reported as boilerplate
            mine = document.word_sets[sentence.index]
            coloured = mine & swappable  # a swap brings in a coloured word the aligned baseline sentence lacks
            swaps = (
                self._swaps(context, sentence.index)
                if coloured and not coloured <= context.counterpart_words(sentence.index)
                else []
            )
            findings.extend(finding for _, _, finding in swaps)
            if mine <= shared:  # every word is the baseline's: nothing here is the outlet's choice but a swap
                continue
            swapped = [(start, end) for start, end, _ in swaps]  # in order, apart: one opcode each
            last_end = -1  # where the last hit taken ends: hits come in order of start and never overlap
            taken: tuple[int, Entry, str | None] | None = None  # the last lexicon hit reported: start, entry, source
            for start, end, entry in self._hits(context, sentence.index, story):
                if in_furniture(document, start, end):
                    continue  # a name card's glued headlines, a signature: page furniture inside the sentence
                if entry.source == _PHRASE_REST:
                    # the rest of a lexicon hit's phrase ("stunning |outcome|"): one finding with the hit, or none
                    if taken is not None and last_end <= start and _JOINED.fullmatch(document.text, last_end, start):
                        begin, hit, source = taken
                        findings[-1] = self._finding(context, sentence.index, begin, end, hit, reported=source)
                        last_end = end
                    continue
                taken = None
                if span_words(document.text[start:end]) <= shared or last_end > start:
                    continue
                if entry.source != "model" and _form_of(document.text[start:end], context, sentence.index):
                    continue  # "voters' overwhelming rejection" for the baseline's "overwhelmingly rejected"
                if _overlaps(swapped, start, end):
                    continue
                verb = entry.category in _LOADED_REPORT_VERBS  # a report verb, judged as one
                if plain_use(document, sentence.index, (start, end), entry, names, verb, self.strong_report_verb):
                    continue  # a name, a fixed compound of plain news copy, an act named
                last_end = end
                source = None if context.quote_at(start, end) else reported_by(document, sentence.index, start)
                findings.append(self._finding(context, sentence.index, start, end, entry, reported=source))
                if entry.source != "model":
                    taken = start, entry, source
        outlet = sum(not f.details["in_quote"] and not f.details["swap"] for f in findings)
        quoted = sum(f.details["in_quote"] for f in findings)
        swaps = sum(f.details["swap"] for f in findings)
        return Result(
            findings=tuple(findings),
            scores={
                "outlet_per_100_words": per_100_words(outlet, document.word_count),
                "quoted_per_100_words": per_100_words(quoted, document.word_count),
                "swaps_per_100_words": per_100_words(swaps, document.word_count),
            },
        )

    def _hits(
        self, context: Context, sentence: int, story: dict[tuple[str, int], SentenceReading] | None = None
    ) -> list[tuple[int, int, Entry]]:
        """Lexicon hits and the model's phrases (called only where the baseline lacks one of the words)."""
        hits = self._lexicon_hits(context.document, sentence)
        if story is not None:  # the encoder's phrases where it read the sentence
            reading = story.get((context.document.version.id, sentence))
            if reading is not None:
                taken = [(start, end) for start, end, _ in hits]
                model = encoder()
                if not self.plain_sentences or (model is not None and reading.biased >= model.sentence_threshold):
                    hits += _encoder_hits(context, reading, sentence, taken, self.encoder_in_quotes)
        if story is None or self.keep_linear:  # the linear model's phrases, outside what is found already
            linear = context.prepared(self)
            if linear is not None:
                taken = sorted((start, end) for start, end, _ in hits)
                hits += _model_hits(context.document, linear, sentence, taken)
        return sorted(hits, key=lambda h: (h[0], -(h[1] - h[0])))

    def _lexicon_hits(self, document: Document, sentence: int) -> list[tuple[int, int, Entry]]:
        hits = list(document.hits.loaded.get(sentence, ()))
        hits += [
            h
            for h in document.hits.report_verbs.get(sentence, ())
            if h[2].category in _LOADED_REPORT_VERBS
            and h[2].weight >= self.strong_report_verb
            and not _LEGAL_REPORT_VERBS.match(h[2].term)
        ]
        return hits

    def _finding(
        self,
        context: Context,
        sentence: int,
        start: int,
        end: int,
        entry: Entry,
        baseline_word: str | None = None,
        reported: str | None = None,
    ) -> Finding:
        """A finding on ``start:end``; ``reported``: the source the sentence reports as saying or calling what
        holds the word ("Trump calls the process a sham"), whose word it is, as in a quotation."""
        document = context.document
        word = document.text[start:end]
        quote = context.quote_at(start, end)
        if quote is None and reported is not None:
            speaker = None if reported in ("", "pronoun") else reported
            quote = Quote(start, end, sentence, speaker=speaker, marked=False)
        headline_marks = quote is not None and quote.speaker is None and document.sentences[sentence].heading
        if headline_marks:
            quote = None  # quotation marks in a headline with nobody named: the outlet chose to put the word there
        what = _CATEGORY_WORDS.get(entry.category, "carries a judgement")
        if headline_marks:
            explanation = (
                f'"{word}" is a word that {what}, put in quotation marks in the headline without saying who said '
                "it; the outlet chose to show it there, and the baseline does not use it here."
            )
        elif baseline_word is not None:
            explanation = f'The baseline says "{baseline_word}" here; this version says "{word}", a word that {what}.'
        elif entry.category == MODEL_CATEGORY:
            explanation = (
                f'"{word}" is a word that {what}, used in the outlet\'s own voice (the loaded-wording model gives '
                f"it {entry.weight:.2f}); the baseline does not use it here."
            )
        elif quote is not None:
            said = reported is not None
            who = quote.speaker or ("the source" if said else "the person quoted")
            where = "in what the sentence reports them as saying" if said else "inside a quote"
            explanation = f"\"{word}\" is a word that {what}; it is {where}, so it is {who}'s word, not the outlet's."
        else:
            explanation = (
                f'"{word}" is a word that {what}, used in the outlet\'s own voice; the baseline does not use it here.'
            )
        return document.finding(
            "loaded_word",
            start,
            end,
            explanation,
            extractor=self.name,
            baseline_text=context.counterpart_text(sentence),
            sentence=sentence,
            weight=entry.weight * (self.quoted_weight if quote else 1.0),
            in_quote=quote is not None,
            speaker=quote.speaker if quote else None,
            category=entry.category,
            swap=baseline_word is not None,
            baseline_word=baseline_word,
            score=entry.weight if entry.category == MODEL_CATEGORY else None,
        )

    def _swaps(self, context: Context, sentence: int) -> list[tuple[int, int, Finding]]:
        """One- or two-word replacements in an aligned sentence where the new word is loaded."""
        link = context.alignment.link_of(sentence) if context.alignment else None
        if link is None or link.label == "added":
            return []
        document, baseline, found = context.document, context.baseline, []
        span = document.sentences[sentence]
        theirs_chars = sum(baseline.sentences[b].end - baseline.sentences[b].start for b in link.baseline_sentences)
        if max(span.end - span.start, theirs_chars) > MAX_SWAP_CHARS:
            return []
        mine = _tokens(document.text, span.start, span.end)
        theirs = [
            token
            for b in link.baseline_sentences
            for token in _tokens(baseline.text, baseline.sentences[b].start, baseline.sentences[b].end)
        ]
        if _equal_pairs(theirs, mine) > MAX_EQUAL_PAIRS_PER_WORD * (len(theirs) + len(mine)):
            return []
        matcher = SequenceMatcher(None, [w for w, _, _ in theirs], [w for w, _, _ in mine], autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag != "replace" or i2 - i1 > 2 or j2 - j1 > 2:
                continue
            start, end = mine[j1][1], mine[j2 - 1][2]
            entry = _swap_entry(document.text[start:end])
            if entry is None or " ".join(w for w, _, _ in theirs[i1:i2]) in _FUNCTION_WORDS:
                continue
            if other_sense(document.text, span.start, start, end):
                continue  # "so-called “faithless electors”" for the baseline's "three": no loaded word swapped in
            old = baseline.text[theirs[i1][1] : theirs[i2 - 1][2]]
            found.append((start, end, self._finding(context, sentence, start, end, entry, baseline_word=old)))
        return found


def _model() -> LoadedWordModel:
    return loaded_word_model()


def _model_hits(
    document: Document, reading: ModelReading, sentence: int, taken: list[tuple[int, int]]
) -> list[tuple[int, int, Entry]]:
    """Phrases the loaded-wording model marks in the sentence, less the words the lexicons already found."""
    return [
        (s.start, s.end, Entry(document.text[s.start : s.end], MODEL_CATEGORY, s.score, "model", _NO_FLAGS))
        for s in _model().pieces(reading, sentence, taken)
    ]


_STORY_KEY = "\x00encoder"  # the store's key for the story-wide reading (no version id can be this)


def _sentence_peaks(reading: ModelReading | None, sentences: int) -> np.ndarray:
    """The linear model's highest word probability in each sentence (ones where there is no reading)."""
    if reading is None:
        return np.ones(sentences)
    peaks = np.zeros(sentences)
    if len(reading.probability):
        np.maximum.at(peaks, reading.tokens.sentence, reading.probability)
    return peaks


def _outlet_words(document: Document, sentence: int) -> bool:
    """Whether the sentence has a word outside the quotations and reported speech that the speech layer found."""
    span = document.sentences[sentence]
    text, position = document.text, span.start
    for quote in document.quotes:  # in text order
        if quote.end <= span.start:
            continue
        if quote.start >= span.end:
            break
        if _TOKEN.search(text, position, max(position, quote.start)):
            return True
        position = max(position, quote.end)
    return _TOKEN.search(text, position, span.end) is not None if position < span.end else False


def _encoder_hits(
    context: Context, reading: SentenceReading, sentence: int, taken: list[tuple[int, int]], in_quotes: bool = False
) -> list[tuple[int, int, Entry]]:
    """The encoder's phrases in the sentence (in the outlet's voice unless ``in_quotes``), cut around the lexicon
    hits ``taken``. A short rest right next to a hit is marked :data:`_PHRASE_REST`: the extractor reports one that
    follows the hit with it, as one phrase ("stunning outcome"), and otherwise not at all (where the hit is no
    finding, as where the baseline uses "stunning", or where the rest comes before the hit). Alone, such a rest was
    the plain head word ("outcome", "scenes"): fresh-story audits judged it wrong. A longer rest stays a phrase of
    its own ("gigantic |gulp of ice-cold sweat from the brow of a very bad man|")."""
    document, model = context.document, encoder()
    assert model is not None  # a reading exists only where the encoder does
    offset = document.sentences[sentence].start
    words = reading.words
    if taken:
        words = tuple(
            replace(w, loaded=0.0) if any(a < w.end + offset and w.start + offset < b for a, b in taken) else w
            for w in words
        )
    text = document.text
    found = []
    for start, end, score in decode_words(words, model.seed, model.grow, document.sentence_text(sentence)):
        start, end = _trimmed(text, start + offset, end + offset)
        if start >= end:
            continue  # nothing but function words
        if text.count(" ", start, end) < _REMNANT_WORDS and _next_to(text, start, end, taken):
            # the short rest of the hit's phrase ("stunning |outcome|", "crippling |US sanctions|"): reported with
            # the hit, never alone
            found.append((start, end, Entry(text[start:end], MODEL_CATEGORY, round(score, 4), _PHRASE_REST, _NO_FLAGS)))
            continue
        if not in_quotes and context.quote_at(start, end) is not None:
            continue
        term = document.text[start:end]
        found.append((start, end, Entry(term, MODEL_CATEGORY, round(score, 4), "model", _NO_FLAGS)))
    return found


def _form_of(word: str, context: Context, sentence: int) -> bool:
    """Whether a one-word hit is another form of a word the aligned baseline sentence uses ("overwhelming" for
    "overwhelmingly"): the first eight letters of a word of eight or more, as the crude stem of its family"""
    if " " in word.strip() or len(word) < _FORM_LETTERS:
        return False
    key = word.lower()[:_FORM_LETTERS]
    return any(len(w) >= _FORM_LETTERS and w[:_FORM_LETTERS] == key for w in context.counterpart_words(sentence))


_FORM_LETTERS = 8


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A model phrase without the function words at its ends ("|Although| nerve-wracking" -> "nerve-wracking"):
    the loaded wording is the content words; a conjunction or an article carries none."""
    while (first := _EDGE_FIRST.match(text, start, end)) is not None and first.end() < end:
        start = first.end()
    while (last := _EDGE_LAST.search(text, start, end)) is not None and last.start() > start:
        end = last.start()
    return start, end


_EDGE_FIRST = re.compile(
    r"(?:although|though|while|because|since|as|and|but|or|so|if|when|the|a|an|of|to|in|on|at|by|for|with|"
    r"from|into|that|this|these|those|its|their|his|her)\s+",
    re.I,
)
_EDGE_LAST = re.compile(
    r"\s+(?:going|and|but|or|of|to|in|on|at|by|for|with|from|into|that|the|a|an|as|is|was|were|are)$", re.I
)
_REMNANT_WORDS = 2  # words of a phrase's rest next to a lexicon hit that the hit stands for
_PHRASE_REST = "model-phrase-rest"  # an Entry's source: the rest of a lexicon hit's phrase, never a finding alone
#: What may stand between a lexicon hit and the rest of its phrase: spaces and stop words ("brutality of many").
_JOINED = re.compile(r"\s*(?:(?:of|the|a|an|and|or|in|to|for|with|on|at|by)\s+)*", re.I)


def _next_to(text: str, start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    """Whether ``start:end`` is apart from a span of ``taken`` by nothing but spaces and stop words."""
    return any(
        b <= start
        and _JOINED.fullmatch(text, b, start) is not None
        or a >= end
        and _JOINED.fullmatch(text, end, a) is not None
        for a, b in taken
    )


def _equal_pairs(theirs: list[tuple[str, int, int]], mine: list[tuple[str, int, int]]) -> int:
    """How many pairs of equal words the two texts hold (what the diff's time grows with)."""
    counts = Counter(word for word, _, _ in theirs)
    return sum(counts[word] for word, _, _ in mine)


def _tokens(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    return [(m.group().lower(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


@cache
def _swap_words() -> frozenset[str]:
    """Every word of the swap lexicons' coloured terms: a sentence without one cannot hold a swap."""
    return frozenset(
        word
        for name in _SWAP_LEXICONS
        for entry in load_lexicon(name).entries
        if entry.category != "neutral"
        for word in words(entry.term)
    )


def _swap_entry(word: str) -> Entry | None:
    for name in _SWAP_LEXICONS:
        entry = load_lexicon(name).lookup(word)
        if entry is not None and entry.category != "neutral":
            return entry
    return None


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start:end`` overlaps a span of ``taken`` (sorted, not overlapping: one bisection)."""
    index = bisect_left(taken, (end,)) - 1  # the last span that starts before ``end``
    return index >= 0 and taken[index][1] > start
