"""Frozen records of who says what: attributions, quotations and text in a voice other than the outlet's.

Every span is ``(start, end)``: character offsets into the text that was
analysed, end exclusive. Nothing copies the text except the short ``*_text``
fields, kept so that a record reads on its own.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Span", "SOURCE_TYPES", "CONTENT_KINDS", "VOICE_KINDS", "Attribution", "Quotation", "Voice", "Speech"]

Span = tuple[int, int]

#: ``person`` and ``organisation`` are named; ``document_or_data`` is a poll, report, figures…;
#: ``unnamed`` is a vague or anonymous source ("a senior official"); ``pronoun`` a he/she/they/it.
SOURCE_TYPES = ("person", "organisation", "document_or_data", "unnamed", "pronoun")
#: ``direct``: quotation marks; ``indirect``: "X said that …"; ``mixed``: both; ``paraphrase``: a clause
#: credited by "according to" or an object ("denied the report").
CONTENT_KINDS = ("direct", "indirect", "mixed", "paraphrase", "none")
#: ``post``: an embedded tweet or social-media post; ``statement``: a statement reproduced whole;
#: ``promo``: a link headline or promo line; ``caption``: a picture caption or credit; ``label``: a section label.
VOICE_KINDS = ("post", "statement", "promo", "caption", "label")


@dataclass(frozen=True, slots=True)
class Attribution:
    """One attribution: a cue, the source it credits, and what the source said.

    ``source`` is the whole noun phrase ("Rep. Gerald Connolly (D-Va.)"); None when
    the cue has no source in the text ("it was reported"). A ``pronoun`` source has
    ``resolved`` true when the text makes its referent clear; ``antecedent`` is then
    the span of that referent's noun phrase, and :attr:`speaker` names it. ``cue_kind``
    is ``speech``, ``belief``, ``finding`` ("a poll found"), ``according_to`` or
    ``nominal`` ("in a statement").
    """

    cue: Span
    cue_text: str
    cue_kind: str
    source: Span | None
    source_text: str
    source_type: str
    resolved: bool
    antecedent: Span | None
    antecedent_text: str
    content: tuple[Span, ...]
    content_kind: str
    sentence: Span

    @property
    def speaker(self) -> str:
        """Who is credited: the source, or for a resolved pronoun the noun phrase it refers to."""
        return self.antecedent_text if self.resolved and self.antecedent is not None else self.source_text

    @property
    def named(self) -> bool:
        """Whether the credited source is a named person or organisation (a pronoun only once resolved to one)."""
        return self.source_type in ("person", "organisation") or (self.source_type == "pronoun" and self.resolved)


@dataclass(frozen=True, slots=True)
class Quotation:
    """Text between quotation marks (marks included); one span per paragraph when it runs over several.

    ``attribution`` is the index of the attribution that credits it in :attr:`Speech.attributions`,
    or None for a quotation nobody is credited with (scare quotes, titles).
    """

    spans: tuple[Span, ...]
    attribution: int | None

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]


@dataclass(frozen=True, slots=True)
class Voice:
    """A stretch of text that is not the outlet's voice: an embedded post, a promo line, a caption…"""

    span: Span
    kind: str
    text: str


@dataclass(frozen=True, slots=True)
class Speech:
    """Everything the attribution engine found in one text."""

    attributions: tuple[Attribution, ...]
    quotations: tuple[Quotation, ...]
    voices: tuple[Voice, ...]
