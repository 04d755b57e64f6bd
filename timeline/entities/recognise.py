"""Entity mentions in one parsed document: spaCy's NER, corrected, plus the names it missed.

Corrections, all general:
- mentions that are only a title ("Supreme", "Leader") or an adjective made from a name ("anti-Castro") are
  dropped;
- mentions inside a Title-Cased heading line ("Focus on Domestic Potentials", "Khamenei Says Macron Is ...")
  are kept only when the same name is found in the prose: capitalised headings make NER read every word as
  a name;
- demonyms ("Iranian", "Saudi") are tied to their place through `data/demonyms.tsv`;
- a mention after a personal title ("President", "Ayatollah") is a person whatever NER said, unless it ends in
  an institution's head word ("Justice Department", `data/institutions.txt`): then it is an organisation;
- an "organisation" that is a given name, a surname particle and a surname ("Ferdinand de Lesseps") is a person;
- a "person" where something happens ("at Waterloo", "into the Sinai", "exiled to Elba") is a place, and so
  is a name written with a place as town and region ("Ajaccio, Corsica", "Hamilton, Ontario");
- a name in apposition to a noun that only names a person ("another sister, Georgina") is a person;
- a one-word "facility" (real ones are "Oval Office", "Kennedy Space Center") is of unknown type, usually a
  surname NER misread, and so is a "person" with a number in its name ("Apollo 8") or after "the" ("the Moon");
- words without a capital, portfolios of offices ("State" of "Secretary of State", `data/portfolios.txt`) and
  national adjectives that name no known place, hyphenated adjectives ("trans-Atlantic") and a lone generic
  head word ("Church", `data/generic_heads.txt`) are not entities; an unclosed "(" ends a name;
- a word capitalised only because it opens a sentence ("Rescued on Nov. 25 ...", "Elected officials"), a
  quoted slogan ("chanting "Death to America""), the first words of a quotation read as a title and a nickname
  given to a thing already named ("which it called the Den of Spies") are not names.
A second pass finds further occurrences of names the document already uses and of curated aliases ("Pahlavi"
alone, an untagged "U.S."), so one missed tag does not lose a participant.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from timeline.entities.aliases import AliasTable
from timeline.entities.names import (
    SURNAME_PARTICLES,
    clean,
    key,
    name_tokens,
    regnal_titles,
    strip_titles,
    titles,
)
from timeline.entities.wordlists import words
from timeline.model import EntityType

LABELS: dict[str, EntityType] = {
    "PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place", "FAC": "place",
    "NORP": "group", "WORK_OF_ART": "work", "LAW": "work", "EVENT": "other", "PRODUCT": "other",
}
_AFFIXED = re.compile(r"^(?:anti|pro|non|ex|neo|post|pre|pan)-", re.IGNORECASE)
_FUNCTION_WORDS = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"}


@dataclass(frozen=True)
class Found:
    """One entity mention with what clustering needs: its name without titles and its evidence of type."""

    start: int
    end: int
    text: str
    name: str
    type: EntityType
    titled: bool
    heading: bool
    group: str | None = None


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """The words of personal titles ("supreme", "leader", "president"; `data/titles.txt`)."""
    return frozenset(w.rstrip(".") for t in titles() for w in t.split())


@lru_cache(maxsize=1)
def institutions() -> frozenset[str]:
    """Head words of institution names (`data/institutions.txt`)."""
    return words("institutions.txt", lower=False)


@lru_cache(maxsize=1)
def portfolios() -> frozenset[str]:
    """Words that name an office's portfolio ("State" in "Secretary of State"; `data/portfolios.txt`)."""
    return words("portfolios.txt")


@lru_cache(maxsize=1)
def generic_heads() -> frozenset[str]:
    """Head words that alone name no body ("Church", "Department"; `data/generic_heads.txt`)."""
    return words("generic_heads.txt")


@lru_cache(maxsize=1)
def utterances() -> frozenset[str]:
    """Words whose quoted complement is a slogan or a cry, not a name (`data/utterances.txt`)."""
    return words("utterances.txt")


@lru_cache(maxsize=1)
def naming_verbs() -> frozenset[str]:
    """Verbs that give a thing a second name (`data/naming_verbs.txt`)."""
    return words("naming_verbs.txt")


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Common nouns that only name a person ("sister", "lawyer"; `data/person_nouns.txt`)."""
    return words("person_nouns.txt")


@lru_cache(maxsize=1)
def place_verbs() -> frozenset[str]:
    """Verbs after which "to X" / "on X" is where someone went or stayed (`data/place_verbs.txt`)."""
    return words("place_verbs.txt")


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """Capital -> the country it stands for when news writes "Washington said" (`data/capitals.tsv`)."""
    text = resources.files("timeline.entities").joinpath("data/capitals.tsv").read_text(encoding="utf-8")
    pairs = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {a.strip(): b.strip() for a, b in pairs}


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Demonym or national adjective -> the place it names."""
    text = resources.files("timeline.entities").joinpath("data/demonyms.tsv").read_text(encoding="utf-8")
    pairs = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {a.strip(): b.strip() for a, b in pairs}


def heading_lines(text: str) -> list[tuple[int, int]]:
    """Spans of lines written in Title Case without a closing stop (headlines, section heads): NER is
    unreliable there."""
    spans, pos = [], 0
    for line in text.splitlines(keepends=True):
        words = re.findall(r"[A-Za-z][\w'\u2019-]*", line)
        content = [w for w in words if w.lower() not in _FUNCTION_WORDS]
        ends_sentence = line.rstrip().endswith((".", "!", "?", "\"", "\u201d", ";"))
        if len(words) >= 3 and content and not ends_sentence \
                and sum(w[0].isupper() for w in content) / len(content) >= 0.8:
            spans.append((pos, pos + len(line)))
        pos += len(line)
    return spans


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


_DESIGNATOR = re.compile(r"^(?:\d{1,3}[A-Za-z]?|[IVX]{1,4})$")


def _trim(ent: Span, dates: list[tuple[int, int]]) -> tuple[int, int]:
    """Character span of an entity without a leading article, a trailing possessive, punctuation or national
    adjective of a person ("Elian American citizenship"), or any
    date NER swallowed ("Pacific on July 24, 1969"); capitalised words NER left out after it are taken in
    ("Launch" -> "Launch Complex"), and so is a number or numeral that designates it ("Apollo 8", "Saturn V"), and
    the rest of a hyphenated given name NER cut at its hyphen ("Moon Jae" -> "Moon Jae-in")."""
    toks = list(ent)
    for n, t in enumerate(toks):
        if any(s < t.idx + len(t.text) and t.idx < e for s, e in dates) or (
                t.text == "(" and not any(u.text == ")" for u in toks[n:])):
            toks = toks[:n]
            break
    while toks and (toks[0].lower_ in ("the", "a", "an") or not any(c.isalnum() for c in toks[0].text)):
        toks = toks[1:]
    office = title_words()
    while toks and (toks[-1].tag_ == "POS" or toks[-1].pos_ == "ADP" or toks[-1].is_punct and toks[-1].text != "."
                    or len(toks) > 1 and ent.label_ != "PERSON" and toks[-2].whitespace_
                    and toks[-1].lower_.rstrip(".") in office
                    or len(toks) > 1 and ent.label_ == "PERSON" and toks[-1].tag_ == "JJ"
                    and toks[-1].text in demonyms()):
        toks = toks[:-1]  # "FBI Director" is the FBI; "grant Elian American citizenship" names Elian
    if not toks:
        return ent.start_char, ent.start_char
    last = toks[-1]

    def following(tok: Token) -> Token | None:
        nxt = ent.doc[tok.i + 1] if tok.i + 1 < len(ent.doc) else None
        if nxt is None or "\n" in tok.whitespace_ or nxt.ent_iob_ != "O" or any(
                s < nxt.idx + len(nxt.text) and nxt.idx < e for s, e in dates):
            return None
        return nxt

    while (nxt := following(last)) is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper() \
            and nxt.lower_.rstrip(".") not in office and nxt.lower_ not in portfolios() \
            and ent.label_ not in ("PERSON", "GPE"):
        last = nxt
    while ent.label_ == "PERSON" and not last.whitespace_ and last.i + 2 < len(ent.doc) \
            and ent.doc[last.i + 1].text == "-" and not ent.doc[last.i + 1].whitespace_ \
            and ent.doc[last.i + 2].is_alpha:
        last = ent.doc[last.i + 2]  # NER stops at the hyphen of a given name ("Moon Jae-in")
    nxt = following(last)
    if nxt is not None and ent.label_ not in ("GPE", "PERSON") and (ent.label_ != "NORP" or last.i >= ent.end) \
            and _DESIGNATOR.match(nxt.text):
        last = nxt
    return toks[0].idx, last.idx + len(last.text)


_OPENING = re.compile(r"(?:``|[\u201c\u2018\"'`])(?:(?:[Tt]he|An?) )?$")
_CLOSING = re.compile(r"^[,.;:!?]?(?:''|[\u201d\u2019\"'])")
_NAMERS = {"PERSON", "GPE", "LOC", "NORP"}


def _quoted(text: str, start: int, end: int) -> tuple[bool, bool]:
    """Whether a quotation mark opens right before the name and closes right after it (a comma or stop may
    come first, as wire style puts it inside: ``Freedom for Elian,''); an article trimmed off counts as inside."""
    return bool(_OPENING.search(text[max(0, start - 6):start])), bool(_CLOSING.match(text[end:end + 3]))


def _not_a_name(doc: Doc, ent: Span, start: int, end: int) -> bool:
    """True for a span NER read as a name that is something said or a nickname:
    - the first words of a quotation read as a work's title (``Accession to NATO is a guarantee ...''): a quoted
      title closes right after it;
    - a quoted slogan or cry, chanted, demanded or carried on a sign (`data/utterances.txt`), unless NER calls
      it a person, a place or a people;
    - a second name given by a naming verb (`data/naming_verbs.txt`) to a thing already named: after the
      verb's own object ("which it called the Den of Spies") or in a participle about the subject ("Nicknamed
      the Atomic Dog, Kopp ..."); "a puppy named Dolphin" introduces a name and keeps it."""
    opens, closes = _quoted(doc.text, start, end)
    if ent.label_ == "WORK_OF_ART" and opens and not closes:
        return True
    head = ent.root.head
    if opens and closes and ent.label_ not in _NAMERS and head.lemma_.lower() in utterances():
        return True
    if head.lemma_.lower() not in naming_verbs() or ent.root.dep_ not in ("dobj", "oprd", "attr", "xcomp"):
        return False
    earlier_object = any(c.dep_ in ("dobj", "nsubjpass") and c.i < ent.start and c.i != ent.root.i
                         for c in head.children)
    return earlier_object or (head.tag_ == "VBN" and head.dep_ != "acl")


def _regnal_start(text: str, start: int) -> int:
    """Where a name begins when a regnal title NER left out comes right before it ("King Hussein"): the title
    says the name is a given name, which clustering must know (King Hussein is not Saddam Hussein)."""
    before = text[max(0, start - 16):start]
    for title in regnal_titles():
        m = re.search(r"(?<![\w.])" + r"\s+".join(w.capitalize() for w in title.split()) + r"\s+$", before)
        if m:
            return start - (len(before) - m.start())
    return start


def _title_fragment(text: str, start: int, end: int) -> bool:
    """True when the mention is the first words of a title written on ("Supreme" in "Supreme Leader")."""
    following = text[start:end + 40].lower()
    word = text[start:end].lower()
    return any(t.startswith(word + " ") and following.startswith(t) for t in titles())


def _classify(text: str, label: str, table: AliasTable) -> tuple[str, EntityType, bool, str | None] | None:
    name, titled = strip_titles(text)
    if not re.search(r"[A-Za-z]", name) or _AFFIXED.match(name):
        return None
    institution = clean(text).split()[-1].lower() in institutions() if clean(text).split() else False
    if institution:
        name, titled, label = clean(text), False, "ORG" if label in ("PERSON", "NORP", "GPE") else label
    group = table.lookup(text) or table.lookup(name)
    if group:
        return group.name, group.type, titled, group.name
    place = demonyms().get(clean(text)) if label in ("NORP", "GPE", "LOC") else None
    if place:  # "Kuwaiti" is Kuwait whether NER calls it a people or a place
        known = table.lookup(place)
        return (known.name, known.type, False, known.name) if known else (place, "place", False, None)
    if label == "NORP":
        return name, "group", False, None
    etype = LABELS[label]
    if (label == "FAC" and len(name.split()) == 1) or (etype == "person" and re.search(r"\d", name)):
        etype = "other"
    if titled and etype in ("person", "organisation", "other", "place") and len(name_tokens(name)) <= 4:
        etype = "person"
    if etype == "organisation" and _particled(name, table):
        etype = "person"
    return name, etype, titled, None


def _particled(name: str, table: AliasTable) -> bool:
    """Whether an "organisation" is a personal name with a surname particle ("Ferdinand de Lesseps", "Ludwig
    van Beethoven"): given name, particle, surname, none of them an institution word and the surname no known
    place ("Banco de Mexico")."""
    words = name.split()
    return len(words) == 3 and words[1] in SURNAME_PARTICLES and words[0].isalpha() and words[0].istitle() \
        and words[2][:1].isupper() and not {words[0].lower(), words[2].lower()} & institutions() \
        and table.lookup(words[2]) is None and words[2] not in demonyms() and words[2] not in capitals()


_LOCATIVE = {"in", "at", "near", "outside", "inside", "across", "throughout", "into"}


def _located(doc: Doc, start: int, end: int) -> bool:
    """True when a name is where something happens ("defeated at Waterloo", "a villa in Saint Helena") or where
    someone went or stayed ("exiled to Elba", "died on Saint Helena"; `data/place_verbs.txt`): NER's "person"
    there is a place (people are met at places, not in or at people)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.root.dep_ != "pobj":
        return False
    prep = span.root.head
    return prep.lower_ in _LOCATIVE or prep.lower_ in ("to", "on") and prep.head.lemma_.lower() in place_verbs()


def _city_and_region(found: list[Found], text: str) -> list[Found]:
    """A one- or two-word name written right before or after a place with only a comma between, the pair then
    closed by punctuation ("Ajaccio, Corsica, in 1769", "Winnipeg, Manitoba; and Hamilton, Ontario."), is a
    place too: news writes towns with their region. A "person" must be one word before the place, as a town
    is ("Hamilton, Ontario"): "the ambassador to Poland, Dan Fried," names a person."""
    out = list(found)
    for n in range(len(out) - 1):
        a, b = out[n], out[n + 1]
        if text[a.end:b.start] != ", " or not re.match(r"\s*(?:[,.;:)]|and\b|$)", text[b.end:b.end + 5]):
            continue
        for i, other in ((n, b), (n + 1, a)):
            f = out[i]
            if other.type == "place" and f.type != "place" and not f.group and not f.titled \
                    and len(f.name.split()) <= (1 if f.type == "person" else 2) and (f.type != "person" or f is a):
                out[i] = Found(f.start, f.end, f.text, f.name, "place", False, f.heading, None)
    return out


_COMMON_TAGS = {"VBN", "VBD", "VBG", "JJ", "JJR", "JJS", "RB", "NNS", "PRP", "DT", "IN", "CC"}


def _common_word_first(tok: Token) -> bool:
    """True for a word capitalised only because it opens a sentence or a quotation ("Rescued on Nov. 25 by
    fishermen, ...", "Elected officials in Miami ...", "Terrorist bombings ..."): the tagger reads it as a
    participle, an adjective or a plural noun, or the document writes it in lower case elsewhere ("Arson and
    bombings ..." beside "arson")."""
    first = tok.is_sent_start or tok.i > 0 and bool(_OPENING.search(tok.doc[tok.i - 1].text))
    if not first or tok.text in demonyms():
        return False
    return tok.tag_ in _COMMON_TAGS or any(t.text == tok.lower_ for t in tok.doc if t.i != tok.i)


def _named_person(doc: Doc, start: int, end: int) -> bool:
    """True when a name stands in apposition to a noun that only names a person ("another sister, Georgina",
    `data/person_nouns.txt`): it is that person's name, whatever NER called it."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and span.root.dep_ == "appos" and span.root.head.lemma_.lower() in person_nouns()


def _noise(doc: Doc, start: int, end: int, label: str, table: AliasTable) -> bool:
    """True for mentions that are not entities: no capital letter ("wanton murder"), an office's portfolio
    alone ("State", "Trade"), or a national adjective that names no known place ("an Islamic group")."""
    written = doc.text[start:end]
    if table.lookup(written):
        return False
    bare = clean(written).lower()
    if not any(c.isupper() for c in written) or bare in portfolios() or bare in generic_heads():
        return True
    if " " not in written and "-" in written and any(p.islower() for p in written.split("-")):
        return True  # "trans-Atlantic", "Eastern-bloc": adjectives
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None and len(span) == 1 and span[0].is_stop:
        return True  # "Both" of "Both Senator ...": a function word
    if span is not None and len(span) == 1 and _common_word_first(span[0]):
        return True
    return label == "NORP" and clean(written) not in demonyms() and span is not None \
        and (span.root.pos_ == "ADJ" or span.root.dep_ == "amod")


def recognise(doc: Doc, table: AliasTable, dates: list[tuple[int, int]] | None = None) -> list[Found]:
    """Entity mentions of a parsed document, corrected and completed (see the module docstring).

    `dates` are the character spans of the document's temporal expressions: no entity may include one.
    """
    text = doc.text
    headings = heading_lines(text)
    found: list[Found] = []
    for ent in doc.ents:
        if ent.label_ not in LABELS:
            continue
        start, end = _trim(ent, dates or [])
        start = _regnal_start(text, start)
        if end <= start or _title_fragment(text, start, end) or _not_a_name(doc, ent, start, end):
            continue
        label = "FAC" if ent.label_ == "NORP" and end > ent.end_char else ent.label_
        if label == "PERSON" and ent.start > 0 and doc[ent.start - 1].lower_ == "the":
            label = "EVENT"
        if _noise(doc, start, end, label, table):
            continue
        classified = _classify(text[start:end], label, table)
        if classified is None:
            continue
        name, etype, titled, group = classified
        if ent.label_ == "PERSON" and group is None and _located(doc, start, end):
            name, etype, titled = clean(text[start:end]), "place", False
        elif etype != "person" and group is None and _named_person(doc, start, end):
            name, etype = clean(text[start:end]), "person"
        found.append(Found(start, end, text[start:end], name, etype, titled, _inside(start, end, headings), group))
    found = _city_and_region(found, text)
    prose_keys = {key(f.name) for f in found if not f.heading}
    prose_keys |= {key(t) for f in found if not f.heading and f.type == "person" for t in name_tokens(f.name)}
    found = [f for f in found if not f.heading or f.group or key(f.name) in prose_keys]
    return sorted(found + _more_occurrences(text, found, table, headings), key=lambda f: (f.start, f.end))


_PRECEDING = re.compile(r"([A-Z][\w'.-]*)[ \t]+$")


def _inside_longer_name(text: str, start: int) -> bool:
    """True when a capitalised word other than a title or a sentence's first word comes right before `start`
    ("Latin America", "South Korea"): the match is the end of another name."""
    before = _PRECEDING.search(text[max(0, start - 40):start])
    if not before:
        return False
    word = before.group(1)
    prefix = text[:start - len(before.group(0))].rstrip()
    sentence_start = not prefix or prefix[-1] in ".!?\n\"\u201c:"
    return not sentence_start and word.lower().rstrip(".") not in title_words()


def _more_occurrences(text: str, found: list[Found], table: AliasTable,
                      headings: list[tuple[int, int]]) -> list[Found]:
    """Untagged occurrences of names already found in the document, and of curated aliases."""
    names: dict[str, Found] = {}
    for f in found:
        names.setdefault(f.name, f)
        if f.type == "person" and len(name_tokens(f.name)) >= 2:
            names.setdefault(name_tokens(f.name)[-1], f)
    for group in table.groups:
        for alias in (group.name, *group.aliases):
            if len(alias) >= 2:
                names.setdefault(alias, Found(0, 0, alias, group.name, group.type, False, False, group.name))
    if not names:
        return []
    pattern = re.compile(r"(?<![\w.-])(" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                         + r")(?![\w]|\.\w)")
    taken = [(f.start, f.end) for f in found]
    extra = []
    for m in pattern.finditer(text):
        s, e = m.span()
        if any(s < te and ts < e for ts, te in taken) or not text[s].isupper() or _inside_longer_name(text, s):
            continue
        like = names[m.group(1)]
        extra.append(Found(s, e, m.group(1), like.name if like.group else clean(m.group(1)), like.type,
                           False, _inside(s, e, headings), like.group))
        taken.append((s, e))
    return extra
