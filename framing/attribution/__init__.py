"""Who says what: attributions (cue, source, content), quotations and text in voices other than the outlet's.

>>> from framing.attribution import analyse
>>> speech = analyse("The economy grew 3 percent, the ministry said.")
>>> [(a.cue_text, a.source_text, a.source_type) for a in speech.attributions]
[('said', 'the ministry', 'organisation')]

The engine parses only the sentences that hold a cue word, with spaCy's English
small pipeline (see :mod:`framing.attribution.backbone`); offsets are character
offsets into the text given.
"""

from .backbone import verify_model
from .engine import analyse, analyse_many, find_attributions
from .records import CONTENT_KINDS, SOURCE_TYPES, VOICE_KINDS, Attribution, Quotation, Span, Speech, Voice
from .voices import find_voices

__all__ = [
    "analyse",
    "analyse_many",
    "find_attributions",
    "find_voices",
    "verify_model",
    "Attribution",
    "Quotation",
    "Speech",
    "Voice",
    "Span",
    "SOURCE_TYPES",
    "CONTENT_KINDS",
    "VOICE_KINDS",
]
