"""Hedging: words that soften a claim ("may", "reportedly", "is believed to"), added or removed against the baseline."""

from __future__ import annotations

from ..records import Finding
from ._common import (
    counterpart_words,
    hits_by_sentence,
    lexicon_hits,
    quote_at,
    sentence_words,
    short,
    span_words,
    vague_spans,
)
from .base import Context, Extractor, Result, per_100_words, register


@register
class Hedge(Extractor):
    """A hedge is reported where the aligned baseline sentence does not have it (added), and a
    baseline hedge the version's sentence drops is reported as removed. Hedges the baseline
    shares are counted in the scores but not reported."""

    name = "hedge"
    kinds = ("hedge",)
    description = "Words that make a claim less certain, added or removed compared with the baseline."

    def extract(self, context: Context) -> Result:
        document = context.document
        findings: list[Finding] = []
        total = outlet = 0
        hedged = hits_by_sentence("hedges", document)
        for sentence in sorted(hedged.keys() | self._losing(context)):
            shared = counterpart_words(context, sentence)
            sourced = vague_spans(document, sentence) if sentence in hedged else []
            for start, end, entry in hedged.get(sentence, ()):
                if any(s < end and start < e for s, e in sourced):
                    continue  # "analysts suggest": a vague source, reported as such, not a hedge
                quote = quote_at(document, start, end)
                total += 1
                outlet += quote is None
                if span_words(document.text[start:end]) <= shared:
                    continue  # the baseline hedges the same way
                findings.append(self._added(context, sentence, start, end, entry.category, quote))
            findings.extend(self._removed(context, sentence))
        added = [f for f in findings if f.details["change"] == "added"]
        return Result(
            findings=tuple(findings),
            scores={
                "per_100_words": per_100_words(total, document.word_count),
                "outlet_per_100_words": per_100_words(outlet, document.word_count),
                "added_per_100_words": per_100_words(
                    sum(not f.details["in_quote"] for f in added), document.word_count
                ),
                "removed_count": float(sum(f.details["change"] == "removed" for f in findings)),
            },
        )

    def _added(self, context: Context, sentence: int, start: int, end: int, category: str, quote) -> Finding:
        word = context.document.text[start:end]
        baseline_text = context.counterpart_text(sentence)
        if quote is not None:
            who = quote.speaker or "the person quoted"
            explanation = f'"{word}" makes the claim less certain; it is inside a quote, so these are {who}\'s words.'
        elif baseline_text is None:
            explanation = f'"{word}" makes the claim less certain, in a sentence the baseline does not have.'
        else:
            explanation = f'"{word}" makes the claim less certain; the baseline says it without this word.'
        return context.document.finding(
            "hedge",
            start,
            end,
            explanation,
            extractor=self.name,
            baseline_text=baseline_text,
            sentence=sentence,
            weight=0.5 if quote else 1.0,
            change="added",
            in_quote=quote is not None,
            speaker=quote.speaker if quote else None,
            category=category,
        )

    @staticmethod
    def _losing(context: Context) -> set[int]:
        """Version sentences aligned with a baseline sentence that hedges: where a hedge can go missing."""
        if context.alignment is None:
            return set()
        hedged = hits_by_sentence("hedges", context.baseline)
        if not hedged:
            return set()
        return {
            link.version_sentences[0]
            for link in context.alignment.links
            if link.version_sentences and any(b in hedged for b in link.baseline_sentences)
        }

    def _removed(self, context: Context, sentence: int) -> list[Finding]:
        """Baseline hedges that the aligned version sentence leaves out."""
        if context.alignment is None:
            return []
        document = context.document
        link = context.alignment.link_of(sentence)
        if link is None or link.version_sentences[0] != sentence:
            return []  # a split is checked once, on its first sentence
        mine = frozenset().union(*(sentence_words(document, v) for v in link.version_sentences))
        dropped = []
        for b in link.baseline_sentences:
            for start, end, _ in lexicon_hits("hedges", context.baseline, b):
                term = context.baseline.text[start:end]
                if not span_words(term) <= mine:
                    dropped.append(term)
        if not dropped:
            return []
        span = document.sentences[sentence]
        explanation = (
            f'The baseline softens this claim with "{dropped[0]}"; this version states it more firmly, without it.'
        )
        return [
            document.finding(
                "hedge",
                span.start,
                span.end,
                explanation,
                extractor=self.name,
                baseline_text=context.counterpart_text(sentence),
                sentence=sentence,
                weight=0.5,
                change="removed",
                in_quote=False,
                speaker=None,
                category="removed",
                baseline_word=dropped[0],
                excerpt=short(document.sentence_text(sentence)),
            )
        ]
