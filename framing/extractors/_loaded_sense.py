"""Sense checks for loaded words: is a lexicon or model word the outlet's own choice of wording at this place?

Fresh-story audits found these ways a word that a lexicon or model marks is no loaded wording of the outlet's:

* it is part of a **name** ("Ryan Grim", "Grim mentioned it"): a word capitalised where a sentence does not
  start, after a lower-case word (and the capitalised words that follow one), or such a name standing at the
  start of a sentence;
* it stands in what a **source is reported as saying or calling** something ("Trump calls the impeachment
  process a sham", "Comey described Trump as an ego-driven liar", "Democrats have said Trump used the aid to an
  ally facing Russian aggression"), or inside single quotation marks the speech layer does not pair (a tweet
  with "double" quotes inside): the source's word, reported apart like a quotation;
* it is part of a **fixed compound of plain news copy** ("vehemently denied", "extremist group", "Russian
  aggression"): the wires and centre outlets write the compound in their own voice, and often (the data file
  ``wire_compounds``, counted in ../shared/corpora/abp-articles by benchmarks/build_wire_compounds.py);
* a weak reporting verb **names an act** ("a resolution condemning the movement", "remarks condemned by
  lawmakers"), or "admitted to" or "admitted" with a gerund ("admitted wearing blackface") names a confession
  of an act: plain description;
* the word is used in **another sense** than the loaded one, which its next words tell: "claimed responsibility"
  (or credit, victory, the attacks), a lawsuit, allegations or a grievance "claiming" (the legal claim), "conceded
  defeat" or "refused to concede" (a race), "fake news stories" (false reports named as such),
  "overwhelmingly approved" (a vote's margin), "most dangerous opponents" (the strongest rival in a race),
  "think deeply about" (an adverb of manner before a preposition), "deeply divided" and "deeply rooted" (stock
  phrases of plain copy), "fervor sweeping Europe" (the verb),
  "condemned the missile launch" (the formal reaction to an act, not a word chosen for someone's speech:
  "condemned comments the president made" still counts), "recalled nothing alarming" (a judgement denied),
  feelings said of people ("Outraged by the sentence, supporters chanted", "expressed alarm", "fleeing in
  panic"), "so-called" before the term in quotation marks, "the sanctions regime", "accused X of" (the verb for
  an accusation), a verb of condemning with the source's own words after "as" ("decried the leak as “so
  disgraceful”", "condemned the resolution as a “scam”"), a word of scale in a noun phrase that is denied ("far
  from a sweeping victory", "did not provide the sweeping victory"; a label denied, "not a coward", still
  counts), "escalating" a conflict ("escalating the standoff": the plain verb for a conflict growing).

Each check reads only the sentence and the document's lexicon hits: no parse, no model (about as cheap as the
lexicon match itself).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..lexicon import Entry, load_lexicon
from ..records import Document
from ..segment import stem

__all__ = ["document_names", "other_sense", "plain_use", "reported_by"]

#: A name position: right after a lower-case word, through any capitalised words that follow it ("told The
#: Intercept's Ryan |Grim", "a wave of |Outrage"); the look-back stops at punctuation (":", a quotation mark).
_AFTER_LOWER = re.compile(r"(?<![\w'’.-])[a-z][\w'’-]*\s+(?:[A-Z][\w.'’-]*\s+)*$")
_LOOK_BACK = 80  # characters read back from a word to decide whether it stands in a name position
#: A sentence whose words are mostly capitalised is a headline or a title, where capitals mark no name.
_TITLE_SHARE = 0.5
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")
_WORD = re.compile(r"\b[A-Za-z][\w'’-]*")


def _title_case(document: Document, sentence: int) -> bool:
    span = document.sentences[sentence]
    if span.heading:
        return True
    words = len(_WORD.findall(document.text, span.start, span.end))
    return words > 0 and len(_CAPITALISED.findall(document.text, span.start, span.end)) > _TITLE_SHARE * words


def _name_position(document: Document, sentence: int, start: int) -> bool:
    """Whether the word at ``start`` is capitalised after a lower-case word (through a run of capitals)."""
    text = document.text
    begin = max(document.sentences[sentence].start, start - _LOOK_BACK)
    return _AFTER_LOWER.search(text, begin, start) is not None


def plain_use(
    document: Document,
    sentence: int,
    span: tuple[int, int],
    entry: Entry,
    names: frozenset[str],
    verb: bool,
    strong: float,
) -> bool:
    """Whether a loaded word or phrase at ``span`` is no loaded wording of the outlet's: a name; for a report verb
    (``verb``), "admitted to" an act (the one verb for confessing one); else a weak report verb naming an act ("a
    resolution condemning"), or a fixed compound of plain news copy ("vehemently denied")."""
    start, end = span
    text = document.text
    if is_name(document, sentence, start, end, names):
        return True
    if other_sense(text, document.sentences[sentence].start, start, end):
        return True
    if verb:
        return entry.category == "admission" and _TO.match(text, end) is not None
    if entry.source != "model" and act_participle(text, start, end, strong):
        return True
    return plain_compound(text, start, end)


def is_name(document: Document, sentence: int, start: int, end: int, names: frozenset[str]) -> bool:
    """Whether ``start:end`` is (part of) a name: capitalised in a name position, or capitalised at a sentence's
    start and found in a name position elsewhere in the document (``names``, from :func:`document_names`)."""
    text = document.text
    if not all(word[0].isupper() for word in text[start:end].split()) or _title_case(document, sentence):
        return False  # "Trump cried foul over the raids" holds a name but is none
    return _name_position(document, sentence, start) or text[start:end].lower() in names


def document_names(document: Document, words: Iterable[tuple[int, int, int]]) -> frozenset[str]:
    """The lexicon words (``(sentence, start, end)``) that the document capitalises in a name position and
    never writes in lower case ("Grim" of "Ryan Grim")."""
    found = set()
    text = document.text
    for sentence, start, end in words:
        word = text[start:end]
        if word[:1].isupper() and not _title_case(document, sentence) and _name_position(document, sentence, start):
            found.add(word.lower())
    lower = {text[start:end] for _, start, end in words if text[start : start + 1].islower()}
    return frozenset(word for word in found if word not in lower)


#: Verbs that credit what follows to a source without quotation marks: the reporting verbs of ``report_verbs``
#: that introduce speech (flag ``quote``: "said", "told", "argued"; not "voiced concern over") and the verbs of
#: naming, describing and accusing ("calls the process a sham", "described him as a liar", "accusing her
#: department of inhuman acts") and the participles "arguing", "asserting", "contending".
_NAMING = re.compile(
    r"\b(?:call(?:s|ed|ing)|describ(?:e|es|ed|ing)|label(?:s|ed|led|ing|ling)|brand(?:s|ed|ing)|dub(?:s|bed|bing)|"
    r"termed|deem(?:s|ed|ing)?|portray(?:s|ed|ing)?|characteri[sz](?:e|es|ed|ing)|accus(?:e|es|ed|ing)|"
    r"arguing|asserting|contending|stating|compar(?:e|es|ed|ing)\s+(?:[\w'’.-]+\s+){1,4}?to)\b",
    re.I,
)
#: A noun of claiming and its clause: "an assertion that the shooting was a hoax" is the assertion's.
_CLAIM_NOUN = re.compile(
    r"\b(?:assertions?|claims?|allegations?|contention|insistence|belief|theory|theories|notion|argument|concerns?|"
    r"fears?|worries|suspicions?|complaints?|charges?)\s+that\s+"
    r"(?=(?:the|a|an|he|she|they|it|we|I|you|his|her|their|its|this|these|those|there)\b|[A-Z0-9])",
)
#: A verb of belief with a subject other than the writer ("many critics believe he has a rose-tinted
#: recollection"): what follows is the believers'.
_BELIEF = re.compile(
    r"(?<!\bI )(?<!\bwe )(?<!\bWe )\b(?:believes?|believed|think|thinks|thought|fears?|feared|suspects?|suspected|"
    r"hopes?|hoped|insists?|insisted)\b(?=\s+(?:that\s+)?(?:the|a|an|he|she|they|it|his|her|their|its|this|[A-Z]))"
)
#: A finding and its clause: "The report found that Russia ran a campaign of hacking and propaganda".
_FINDING = re.compile(r"\b(?:found|finds|concluded|concludes|determined|determines)\s+that\b")
#: A credit that closes the sentence: ", he added.", ", Sessions said.", ", the report says."
_CLOSING_CREDIT = re.compile(
    r",\s+(?:he|she|they|(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|the\s+\w+)\s+"
    r"(?:said|says|added|adds|noted|notes|argued|argues|wrote|writes|told\s+\w+|explained|insisted|warned)"
    r"(?:\s+\w+){0,3}\s*[.!]?[\"”]?\s*$"
)
_REACH = 12  # words from the verb to a word of what it reports (the hedge extractor's reach)
#: A clause the verb opens with "that" ("she argued that Mr. Kim was the big winner for … easing his country's
#: pariah status") runs to the sentence's end or a new clause of the writer's, however long: 30 words.
_THAT_REACH = 30
#: A clause a verb of saying opens without "that" ("Simakovsky said the mass expulsions by such a large number of
#: countries acting in concert were unprecedented"): 24 words, unless a new clause of the writer's comes first.
_CLAUSE_REACH = 24
#: A new clause of the writer's between verb and word ("… told others, and a video shows …", "Rutte stated,
#: referencing China's tacit support", "… said it as the war entered its third year").
_CLAUSE_BREAK = re.compile(
    r",\s+(?:and|but)\b(?!\s+(?:would|will|could|should|might|may|can|was|were|is|are|had|has|have)\b)|"
    r",\s+(?:while|whereas|although|though|which|who|[a-z]+ing)\b|[;:(—–]|\bas\s+the\b|"
    r"(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})[.!?]\s"  # not the period of "Mr." or "Sen."
)
#: "assailed in Washington — including by Republicans — as a betrayal": an "as" after a verb of judging
#: carries the judgement to the source across a dash.
_AS = re.compile(r"\bas\s+(?:an?\s+)?(?:[\w'’-]+\s+){0,3}$", re.I)  # not "as the": a conjunction


def reported_by(document: Document, sentence: int, start: int) -> str | None:
    """The source to whom the word at ``start`` belongs when it stands in what the sentence reports a source as
    saying, believing or calling something: a reporting verb, a verb of belief or a noun of claiming before it
    (within ``_CLAUSE_REACH`` words of a verb of saying, ``_THAT_REACH`` after "that", ``_REACH`` of a verb of
    naming), no new clause of the writer's between, or "as" after a verb of judging; or a credit that closes the
    sentence (", he added."): the source the sentence names, "pronoun", or "" where it names none the speech
    layer knows ("Critics said"); ``None`` when the word is in the writer's own voice."""
    text = document.text
    if _single_quoted(text, start):
        return document.attribution(sentence) or ""
    if _CLOSING_CREDIT.search(text, start, document.sentences[sentence].end):
        return document.attribution(sentence) or ""  # "… terrible humanitarian consequences, he added."
    begin = document.sentences[sentence].start
    verbs = [  # (where the verb ends, whether it opens a clause, whether it judges: "slammed X as Y", its reach)
        (end, clause, entry.category != "neutral", _CLAUSE_REACH if clause else _REACH)
        for _, end, entry in document.hits.report_verbs.get(sentence, ())
        if end <= start
        for clause in (_takes_clause(entry) or _THAT.match(text, end, start) is not None,)
    ]
    verbs += [(m.end(), True, True, _REACH) for m in _NAMING.finditer(text, begin, start)]
    verbs += [(m.end(), True, False, _THAT_REACH) for m in _CLAIM_NOUN.finditer(text, begin, start)]
    verbs += [(m.end(), True, False, _CLAUSE_REACH) for m in _BELIEF.finditer(text, begin, start)]
    verbs += [(m.end(), True, False, _THAT_REACH) for m in _FINDING.finditer(text, begin, start)]
    for end, clause, judging, reach in verbs:
        between = text[end:start]
        if clause and _THAT.match(text, end, start) is not None:
            reach = _THAT_REACH
        if len(between.split()) > reach:
            continue
        if judging and _AS.search(between) or clause and not _CLAUSE_BREAK.search(between):
            return document.attribution(sentence) or ""
    return None


#: Reporting verbs that open a clause of speech with or without "that" ("said", "claims", "insists", "warns"):
#: the verbs of the speech layer (flag ``quote``) and these; the others ("highlighted", "confirmed", "revealed",
#: "voiced concern over", "slammed") take an object the writer describes, and open a clause only with "that".
_BARE_CLAUSE = frozenset(
    "say saying insist insists insisting claiming argues contends contended asserts asserted allege alleges "
    "alleging admit admits admitting concede concedes conceded conceding acknowledges acknowledging warn warns "
    "warning vowed vows agreed agrees writes explains adding noting hinted implied fretted mused".split()
)
_THAT = re.compile(r"\s+(?:[\w’'-]+,?\s+){0,4}?that\b")


#: Single quotation marks in the cleaned text (the cleaner makes "‘" and "’" straight): an opener stands after a
#: line's start, a space or a colon and before a word; a closer after a non-space and before no letter, so the
#: apostrophes of "isn't" and "Reade's" are neither.
_OPENER = re.compile(r"(?:^|(?<=[\s:(]))'(?=[\w#@])", re.M)
_CLOSER = re.compile(r"(?<=\S)'(?![A-Za-z])")


def _single_quoted(text: str, start: int) -> bool:
    """Whether ``start`` stands inside single quotation marks on its line ('…': a tweet or remark as some outlets
    quote it, with "double" quotes inside, which the speech layer's quotation pairs miss), or after one opened
    after a colon and never closed ("tweeted: '…" to the paragraph's end)."""
    line_start = text.rfind("\n", 0, start) + 1
    openers = list(_OPENER.finditer(text, line_start, start))
    if not openers or _CLOSER.search(text, openers[-1].end(), start):
        return False
    line_end = text.find("\n", start)
    if _CLOSER.search(text, start, len(text) if line_end < 0 else line_end) is not None:
        return True
    return text[line_start : openers[-1].start()].rstrip().endswith(":")  # "tweeted: '…" to the paragraph's end


def _takes_clause(entry: Entry) -> bool:
    return "quote" in entry.flags or entry.term in _BARE_CLAUSE


_NEIGHBOUR_BEFORE = re.compile(r"([A-Za-z0-9][\w'’-]*)[ \t]+$")
_NEIGHBOUR_AFTER = re.compile(r"[ \t]+([A-Za-z0-9][\w'’-]*)")


def plain_compound(text: str, start: int, end: int) -> bool:
    """Whether the one-word span ``start:end`` is part of a compound that plain news copy writes in its own voice
    (``wire_compounds``: "vehemently denied", "extremist group"), as its loaded word or as its other word (a
    model's "denied" after "vehemently")."""
    word = text[start:end]
    if " " in word:
        return False
    compounds = load_lexicon("wire_compounds")
    before = _NEIGHBOUR_BEFORE.search(text, max(0, start - 40), start)
    after = _NEIGHBOUR_AFTER.match(text, end, end + 40)
    for found, position, other in ((before, "before", "after"), (after, "after", "before")):
        if found is None:
            continue
        neighbour = found.group(1)
        entry = compounds.lookup(f"{word} {_stem(neighbour)}")  # the word loaded, its neighbour plain
        if entry is not None and entry.category == position:
            return True
        entry = compounds.lookup(f"{neighbour} {_stem(word)}")  # the neighbour loaded, the word its compound's
        if entry is not None and entry.category == other:
            return True
    return False


def _stem(word: str) -> str:
    return stem(word.lower().replace("’", "'"))


_BY = re.compile(r"\s+by\b", re.I)  # "remarks condemned by lawmakers": a passive participle
_TO = re.compile(r"\s+to\b", re.I)  # "admitted to having an affair": a confession of an act, not of a claim


def act_participle(text: str, start: int, end: int, strong: float) -> bool:
    """Whether a loaded word at ``start:end`` is a reporting verb too weak (below ``strong``) to colour a statement
    on its own ("condemned", "denounced"; "slammed" is strong), used as a participle that names the act ("a
    resolution condemning the movement", "remarks condemned by lawmakers"): what was done, not a verb the writer
    chose for someone's words ("Beijing condemns these ties" still counts)."""
    word = text[start:end]
    verb = load_lexicon("report_verbs").lookup(word)
    if verb is None or verb.category == "neutral" or verb.weight >= strong:
        return False
    return word.lower().endswith("ing") or _BY.match(text, end) is not None


#: Words whose loaded sense is one of two, and the next words (or, for a lawsuit's "claiming", the words before
#: in the sentence) that tell the plain one. Each pattern is matched right after the word.
_CLAIM_OBJECT = re.compile(
    r"\s+(?:or\s+[a-z]+\s+)?(?:(?:the|a|an|its|their|his|her|multiple|several|many|two|three|some|most|all)\s+)?"
    r"(?:[a-z'’-]+\s+)?(?:responsibility|credit|victory|win|title|lives|life|seats?|ownership|asylum|allegiance|nomination|"
    r"attacks?|bombings?|killings?|share|prize|crown|throne|mantle|territory|land)\b",
    re.I,
)
_CONCEDE_OBJECT = re.compile(
    r"\s+(?:(?:the|a|her|his|their)\s+)?(?:defeat|race|election|victory|nomination|seat|loss)\b", re.I
)
_VOTE = re.compile(
    r"\s+(?:approv|pass|vot|reject|back|support|elect|re-elect|endors|ratif|favor|favour|confirm|adopt)", re.I
)
_VOTED_BEFORE = re.compile(
    r"\b(?:approv|pass|vot|reject|back|support|elect|endors|ratif|favor|favour|confirm|adopt)[a-z]*\s+$", re.I
)
_SETTING_CHARS = 300  # characters before the admission's sentence where its setting may be named
_REFUSED_BEFORE = re.compile(
    r"\b(?:refus\w*|declin\w*|unwilling|reluctant|won['’]t|wouldn['’]t|would\s+not|did\s+not|didn['’]t|has\s+yet|"
    r"have\s+yet|not\s+yet)\s+"
    r"(?:to\s+)?$",
    re.I,
)
#: Words of a race near a bare "concede": the election sense ("Bevin refused to concede" after the count).
_RACE = re.compile(
    r"\b(?:votes?|voters|ballots?|race|election|elections|recount|count|counted|precincts|victory|defeat|lead|margin|"
    r"won|winner|runoff|primary|polls?|candidates?|declared)\b",
    re.I,
)
_RACE_CHARS = 250
_NO_OBJECT = re.compile(r"\s*(?:[.,;:!?()\"”]|$|\s(?:and|but|or|after|until|despite|even|in|on|to)\b)")
_ACT_AFTER = re.compile(r"\s+(?:to\s+)?[a-z]+ing\b")
_NEWS_ITEMS = re.compile(
    r"\s+(?:stories|story|sites?|websites?|articles?|reports?|posts?|items?|outlets?|pages?|accounts?)\b", re.I
)
_RIVAL = re.compile(r"\s+(?:[a-z-]+\s+)?(?:opponents?|rivals?|challengers?|competitors?|contenders?)\b", re.I)
_MANNER = re.compile(r"\s+(?:about|into|on|upon|over)\b", re.I)
#: "deeply" in the stock phrases of plain copy: "deeply divided", "deeply intertwined", "deeply rooted".
_DEEPLY_PLAIN = re.compile(
    r"\s+(?:divid|intertwin|involv|root|connect|tied|link|held|religious|conservative|liberal|concern|embedd|ingrain)",
    re.I,
)
_SWEEP_OBJECT = re.compile(r"\s+(?:the|a|an|across|through|over|into|[A-Z][a-z]+)\b")
_LEGAL = re.compile(
    r"\b(?:sued|sues|suing|lawsuits?|suit|complaints?|petitions?|filings?|allegations?|court\s+papers|grievances?|"
    r"legal\s+action|indictments?)\b",
    re.I,
)
_CONDEMN_ACT = re.compile(
    r"\s+(?:(?!(?:as|for|over|in|on|at|after|because|by|with)\b)[\w'’.-]+\s+){0,5}?(?:launch(?:es)?|attacks?|tests?|strikes?|bombings?|shootings?|killings?|violence|"
    r"exercises?|drills?|invasion|programs?|programmes?|systems?|missiles?|executions?|coup|massacres?|assaults?|"
    r"raids?|shelling|detentions?|arrests?|crackdown|incursions?|annexation|occupation|deployment|war|terrorism|"
    r"murders?|abductions?|kidnappings?|rocket|rockets|fire)\b",
    re.I,
)
_NOTHING = re.compile(r"\b(?:nothing|anything)\s+(?:at\s+all\s+|whatsoever\s+)?$", re.I)
_CLAIM = frozenset({"claim", "claims", "claimed", "claiming"})
#: Feelings as a person's state with its cause after it ("outraged by the sentence", "furious that"); the
#: nouns ("in his growing fury over") stay the writer's words for it.
_FELT = frozenset(
    {"outraged", "furious", "angry", "angered", "alarmed", "terrified", "horrified", "shocked", "dismayed", "incensed",
     "enraged", "frightened"}
)  # fmt: skip
#: Feelings said of people as what they showed ("expressed alarm", "fleeing in panic"): description of their state.
_FEELINGS = _FELT | frozenset({"alarm", "panic", "fury", "outrage", "anger", "grief", "anguish", "despair"})
_FEELING_CAUSE = re.compile(r"\s+(?:by|at|over|that|about|with)\b", re.I)
_FEELING_HELD = re.compile(
    r"\b(?:express\w*|voic\w*|show\w*|fle\w*|ran|run\w*|scatter\w*|felt|feel\w*|in\s+a\s+state\s+of)\s+"
    r"(?:(?:in|their|his|her|of|some|great|deep)\s+)*$",
    re.I,
)
_QUOTE_NEXT = re.compile(r"\s*[\"“‘']")
_HYPHENED_TERM = re.compile(r"\s+[a-z]+(?:-[a-z]+){2,}\b")  # "so-called right-to-work": a term of art named
_SOUNDED = re.compile(r"\bsound(?:s|ed|ing)?\s+(?:an?|the)\s+$", re.I)
_TECHNICAL_REGIME = re.compile(
    r"\b(?:sanctions?|tax|trade|visa|inspections?|regulatory|export|tariff|licensing|controls?|verification|"
    r"monitoring|non-proliferation|nonproliferation|dosing|treatment|training|testing)\s+$",
    re.I,
)
_ACCUSED_OF = re.compile(r"\s+(?:[\w'’.-]+\s+){1,4}?of\b", re.I)
_WHAT_CALLED = re.compile(r"\s+what\s+(?:he|she|they|it|[A-Z][\w.'’-]*)\s+(?:called|calls|described|termed)\b", re.I)
_TO_BE = re.compile(r"\s+to\s+be\b", re.I)
#: "… as …" within a few words after a verb of condemning: the description the verb puts on its object.
_AS_AFTER = re.compile(r"(?:\s+[\w'’.-]+){1,6}?\s+as\b", re.I)
#: "for what it claimed was “incompetence”": the verb hands over a quoted allegation, named as theirs.
_WHAT_CLAIMED = re.compile(r"\bwhat\s+(?:he|she|it|they|we|[A-Z][\w.'’-]*)\s+$")
_CLAIMED_WAS = re.compile(r"\s+(?:was|were|is|are|to\s+be|had\s+been|has\s+been)\b", re.I)
#: A trial, a hearing or testimony around an admission: the plain verb for what a witness conceded under oath.
_LEGAL_SETTING = re.compile(
    r"\b(?:testif\w*|testimony|cross[- ]examination|witness\w*|trial|jury|jurors|court|under\s+oath|plea|pleaded|"
    r"hearing|deposition|prosecutors?|judge)\b",
    re.I,
)
_AS_QUOTED = re.compile(r"\s+(?:[\w'’.-]+\s+){1,8}?as\s+(?:(?:a|an|the)\s+)?[\"“‘']", re.I)
#: A word of scale in a noun phrase that is denied ("far from a sweeping victory", "did not provide the
#: sweeping victory", "no dramatic change"): the writer does not use the word of anything.
_DENIED_BEFORE = re.compile(
    r"(?:\bfar\s+from\s+|\b(?:not|never)\s+(?:[a-z]+\s+)?|n['’]t\s+(?:[a-z]+\s+)?)(?:a|an|the|any)\s+$|\bno\s+$",
    re.I,
)
#: "escalating" a conflict is the plain verb for a conflict growing ("escalating the standoff", "escalated
#: tensions"), not the writer's heightening.
_CONFLICT = re.compile(
    r"\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w-]+\s+)?(?:standoff|stand-off|tensions?|conflict|dispute|feud|"
    r"fight|fighting|war|crisis|row|battle|confrontation|violence|clashes|hostilities|rivalry)\b",
    re.I,
)
_MANNER_ADVERBS = frozenset({"deeply", "profoundly", "intensely", "fiercely", "hard"})


def _intensifier(word: str) -> bool:
    entry = load_lexicon("loaded").lookup(word)
    return entry is not None and entry.category == "intensifier"


def other_sense(text: str, sentence_start: int, start: int, end: int) -> bool:
    """Whether the loaded word at ``start:end`` is used in a plain sense its neighbours tell (module docstring)."""
    word = text[start:end].lower()
    if _NOTHING.search(text, max(0, start - 30), start):
        return True  # "nothing alarming": a judgement denied
    if _DENIED_BEFORE.search(text, max(0, start - 40), start) and _intensifier(word):
        return True  # "far from a sweeping victory": a scale denied ("not a coward" still uses the label)
    if word.startswith("escalat") and _CONFLICT.match(text, end):
        return True  # "escalating the standoff between Congress and the White House"
    cause = word in _FELT and _FEELING_CAUSE.match(text, end) is not None
    if cause or word in _FEELINGS and _FEELING_HELD.search(text, max(0, start - 40), start) is not None:
        return True  # "Outraged by the sentence, supporters …", "expressed alarm", "fleeing in panic": their state
    if word == "so-called" and (_QUOTE_NEXT.match(text, end) or _HYPHENED_TERM.match(text, end)):
        return True  # "so-called “faithless electors”", "so-called right-to-work referendum": a term introduced
    if word == "alarm" and _SOUNDED.search(text, max(0, start - 20), start):
        return True  # "sounded an alarm over the tactics": the idiom for warning, the warning follows
    if word == "regime" and _TECHNICAL_REGIME.search(text, max(0, start - 30), start):
        return True  # "the sanctions regime": a system of rules
    if word.startswith("accus") and _ACCUSED_OF.match(text, end):
        return True  # "accused Acosta of placing his hands": the verb for making an accusation
    if word.startswith(("decr", "condemn", "denounc")) and (
        _AS_QUOTED.match(text, end) or _WHAT_CALLED.match(text, end)
    ):
        return True  # "decried the leak as “so disgraceful”": the quotation carries the judgement, credited
    if word.startswith(("condemn", "denounc")) and not _AS_AFTER.match(text, end):
        # "condemned the decision", "have denounced the president's plan", "embrace Trump or denounce him": the
        # plain verb for a stated condemnation (fresh-story audits judged 1 of 12 such uses loaded); "condemns the
        # ties as a threat" still frames what was condemned in the outlet's words
        return True
    if word.startswith("condemn"):
        return _CONDEMN_ACT.match(text, end) is not None
    if word == "claiming" and _TO_BE.match(text, end):
        return True  # "someone claiming to be from the Church of Satan": who the caller said they were
    if word in _CLAIM and _WHAT_CLAIMED.search(text, max(0, start - 20), start) and _CLAIMED_WAS.match(text, end):
        return True  # "slammed Snipes for what it claimed was “incompetence”": the party's allegation, theirs
    if word in _CLAIM:
        return (
            _CLAIM_OBJECT.match(text, end) is not None
            or word == "claiming"
            and _LEGAL.search(text, sentence_start, start) is not None
        )
    if word.startswith("conced"):
        # "conceded defeat"; "refused to concede", "has yet to concede": the loser's concession of a race
        return _CONCEDE_OBJECT.match(text, end) is not None or (
            _REFUSED_BEFORE.search(text, max(0, start - 30), start) is not None
            and _NO_OBJECT.match(text, end) is not None
            and _RACE.search(text, max(0, start - _RACE_CHARS), min(len(text), end + _RACE_CHARS)) is not None
        )
    if word.startswith("admit") and _ACT_AFTER.match(text, end):
        return True  # "admitted wearing blackface": the confession of an act, the plain verb for it
    if word.startswith("admit") and _LEGAL_SETTING.search(text, max(sentence_start - _SETTING_CHARS, 0), end + 80):
        return True  # "Gates admitted in testimony that he had lied": what a witness conceded, the plain verb
    if word == "fake news" and _NEWS_ITEMS.match(text, end):
        return True  # "fake news stories", "fake news sites": false reports named as such, not a label for the press
    if word == "overwhelmingly":
        return _VOTE.match(text, end) is not None or _VOTED_BEFORE.search(text, max(0, start - 30), start) is not None
    if word == "dangerous":
        return _RIVAL.match(text, end) is not None
    if word in _MANNER_ADVERBS:
        return _MANNER.match(text, end) is not None or word == "deeply" and _DEEPLY_PLAIN.match(text, end) is not None
    if word == "sweeping":
        return _SWEEP_OBJECT.match(text, end) is not None
    return False
