"""A quotation's words as quote fidelity compares them: spelling and typography normalised, ellipses and
sentence ends kept.

Two outlets quoting one remark differ in ways that change nothing the speaker said: curly or straight
apostrophes, contractions ("should've" / "should have", "he's" / "he is", "kids'" / "kids"), British or
American spelling ("colour" / "color", "criticise" / "criticize"), "%" or "percent", small numbers in words or
digits. :func:`quote_words` writes each word in one canonical form, so that such variants compare equal.

It also keeps what the words alone lose: where an ellipsis ("...", "…", ". . .", "[...]") stands, the quoting
outlet left words out, and the other quotation may give any run of words there (``gaps``); words an editor put
in brackets or parentheses are not the speaker's, and an ellipsis stands there too; where a sentence (or a
clause, at a semicolon) ends, a cut beyond it cannot change what the sentence before it says (``breaks``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..segment import STOPWORDS, WordMemo, stem, words

__all__ = ["QuoteWords", "quote_words", "plain_words", "is_content", "spelled", "variants"]

# An ellipsis (three dots, spaced or not, bracketed or not, or the single character), a run of sentence-final
# punctuation, a number (with its decimal point or thousands commas and a per cent sign), or a word (letters
# and digits with inner apostrophes, and a leading or trailing one; a hyphen splits words).
_TOKEN = re.compile(
    r"(?P<gap>\[\s*(?:\.\s*){3,}\]|\[\s*…\s*\]|(?:\.\s*){3,}|…)"
    r"|(?P<inserted>\([^()]{1,60}\)|\[[^\[\]]{1,60}\])"
    r"|(?P<end>[.!?;]+)"
    r"|(?P<number>\d+(?:[.,]\d+)*\s*%?)"
    r"|(?P<word>'?[^\W_]+(?:'[^\W_]+)*'?)"
)
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "\u2032": "'"})
# Abbreviations whose full stop ends no sentence ("Mr. Trump", "U.S. forces", "Jan. 6").
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st sen rep gov gen lt col sgt capt cmdr adm jr sr prof rev hon vs etc inc co corp ltd no nos "
    "jan feb mar apr jun jul aug sep sept oct nov dec mt ft ave blvd dept est approx fig".split()
)
_CONTRACTIONS = {
    "can't": ("can", "not"),
    "cannot": ("can", "not"),
    "won't": ("will", "not"),
    "shan't": ("shall", "not"),
    "ain't": ("is", "not"),
    "let's": ("let", "us"),
    "'em": ("them",),
    "'cause": ("because",),
    "gonna": ("going", "to"),
    "wanna": ("want", "to"),
    "gotta": ("got", "to"),
    "y'all": ("you", "all"),
}
_ENDINGS = (("n't", "not"), ("'re", "are"), ("'ve", "have"), ("'ll", "will"), ("'m", "am"), ("'d", "would"))
_SPELLINGS = {
    "okay": "ok",
    "judgement": "judgment",
    "programme": "program",
    "programmes": "programs",
    "grey": "gray",
    "percent": "percent",
    "pct": "percent",
    "towards": "toward",
    "amongst": "among",
    "whilst": "while",
    "&": "and",
}
_NUMBERS = {  # "one" is left a word: "no one", "the one who"
    word: str(value)
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen twenty".split()
    )
    if word != "one"
}


@dataclass(frozen=True, slots=True)
class QuoteWords:
    """A quotation's words (lower-cased, contractions written out), and where its ellipses stand and its
    sentences end. ``keys`` are what compares: each word's spelling made one (:func:`spelled`) and stemmed."""

    words: tuple[str, ...]
    gaps: frozenset[int] = frozenset()  # i: an ellipsis stands before words[i] (len(words): at the end)
    breaks: frozenset[int] = frozenset()  # i: a sentence ends before words[i]
    keys: tuple[str, ...] = field(default=(), compare=False)

    def __post_init__(self) -> None:
        if len(self.keys) != len(self.words):
            object.__setattr__(self, "keys", tuple(_KEYS[w] for w in self.words))

    @classmethod
    def of(cls, words: list[str] | tuple[str, ...]) -> QuoteWords:
        """Words already split (lower-cased), with no ellipsis or sentence end known."""
        return cls(tuple(w for word in words for w in _canonical(word.translate(_APOSTROPHES))))


def quote_words(text: str) -> QuoteWords:
    """The words of a quotation's text (see the module docstring). Words an editor put in brackets or
    parentheses ("the 30,000 (Clinton) emails", "[the interview]") are not the speaker's: an ellipsis stands
    there."""
    found: list[str] = []
    gaps: set[int] = set()
    breaks: set[int] = set()
    for match in _TOKEN.finditer(text.translate(_APOSTROPHES)):
        kind, token = match.lastgroup, match.group()
        if kind in ("gap", "inserted"):
            gaps.add(len(found))
        elif kind == "end":
            if found and (token != "." or not _abbreviation(found[-1], text, match.start())):  # ";" too
                breaks.add(len(found))
        elif kind == "number":
            number = token.rstrip("% \t\n").replace(",", "")
            found.append(number)
            if token.rstrip().endswith("%"):
                found.append("percent")
        else:
            found.extend(_canonical(token.lower()))
    return QuoteWords(tuple(found), frozenset(gaps), frozenset(b for b in breaks if 0 < b < len(found)))


def plain_words(text: str) -> tuple[str, ...]:
    """The spelled words of a text (:func:`spelled`), with no ellipsis or sentence end (for a search for a
    run of words: the quotation searched for and the text searched are read the same way)."""
    return tuple(" ".join(map(_PLAIN.__getitem__, words(text))).split())


def is_content(word: str) -> bool:
    """A word that carries meaning: not a stopword."""
    return word not in STOPWORDS and word not in _CANONICAL_STOPWORDS


def spelled(word: str) -> str:
    """One spelling of a word written the British or the American way ("colour" / "color"), digits for
    small numbers ("three" / "3")."""
    return _SPELLED[word]


def variants(a: str, b: str) -> bool:
    """Two forms of one word: one spelling, the same crude stem, the shorter (four letters or more) a prefix of
    the longer ("know" / "knows", "sincere" / "sincerely", "Mississippi" / "Mississippians"), or one letter
    apart in words of five letters or more ("chose" / "choose"), or the one the other done again ("solving" /
    "resolving")."""
    a, b = spelled(a), spelled(b)
    if a == b or stem(a) == stem(b):
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 4 and (long_.startswith(short) or long_ == "re" + short):  # "solving" / "resolving"
        return True
    return len(short) >= 5 and len(long_) - len(short) <= 1 and _one_edit(short, long_)


def _one_edit(short: str, long_: str) -> bool:
    """Whether one letter changed, added or dropped turns ``short`` into ``long_``."""
    if len(short) == len(long_):
        return sum(x != y for x, y in zip(short, long_, strict=True)) == 1
    return any(short == long_[:i] + long_[i + 1 :] for i in range(len(long_)))


def _abbreviation(word: str, text: str, at: int) -> bool:
    """Whether the full stop at ``at`` closes an abbreviation rather than a sentence."""
    if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
        return True
    following = text[at + 1 : at + 3].lstrip()
    return bool(following) and following[0].islower()


def _canonical_word(word: str) -> tuple[str, ...]:
    word = word.strip("'") if word not in _CONTRACTIONS else word
    if word in _CONTRACTIONS:
        return _CONTRACTIONS[word]
    for ending, full in _ENDINGS:
        if word.endswith(ending) and len(word) > len(ending):
            return (*_canonical_word(word[: -len(ending)]), full)
    if word.endswith("'s") and len(word) > 2:
        return (word[:-2], "is")
    return (word,)


def _spelling(word: str) -> str:
    """One spelling of a word written the British or the American way, digits for small numbers."""
    if word in _SPELLINGS:
        return _SPELLINGS[word]
    if word in _NUMBERS:
        return _NUMBERS[word]
    if len(word) >= 6 and word.endswith("our") and not word.endswith("your"):
        return word[:-3] + "or"  # colour, favour, labour, behaviour
    if len(word) >= 7 and word.endswith(("ourite", "ourites", "oured", "ouring", "ourable")):
        return re.sub(r"our(?=ite|ed|ing|able)", "or", word)
    if len(word) >= 6 and word.endswith(_BRITISH_ENDINGS):
        replaced = re.sub(r"(?<=[a-z]{3})is(e|ed|es|ing|ation|ations)$", r"iz\1", word)  # criticise, organisation
        replaced = re.sub(r"(?<=[a-z]{2})ys(e|ed|es|ing)$", r"yz\1", replaced)  # analyse, paralysed
        replaced = re.sub(r"(?<=[a-z]{3})tre(s?)$", r"ter\1", replaced)  # centre, theatre
        replaced = re.sub(r"(?<=[a-z]{2})elled$|(?<=[a-z]{2})elling$", _single_l, replaced)  # travelled
        replaced = re.sub(r"fence(s?)$", r"fense\1", replaced)  # defence, offence
        return replaced
    return word


# the endings the rewrites above look at (a word with none of them is left as it is, without a regex)
_BRITISH_ENDINGS = (
    "ise",
    "ised",
    "ises",
    "ising",
    "isation",
    "isations",
    "yse",
    "ysed",
    "yses",
    "ysing",
    "tre",
    "tres",
    "elled",
    "elling",
    "fence",
    "fences",
)


def _single_l(match: re.Match[str]) -> str:
    return match.group().replace("ll", "l")


_CANONICAL = WordMemo(_canonical_word)
_SPELLED = WordMemo(_spelling)
_KEYS = WordMemo(lambda word: stem(_SPELLED[word]))
_PLAIN = WordMemo(lambda word: " ".join(_SPELLED[w] for w in _CANONICAL[word.translate(_APOSTROPHES)]))
_CANONICAL_STOPWORDS = frozenset({"is", "not", "are", "have", "will", "am", "would", "us", "them", "percent"})


def _canonical(word: str) -> tuple[str, ...]:
    return _CANONICAL[word]
