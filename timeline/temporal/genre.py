"""Whether a dated document tells history rather than news.

A news story dates "in June" by its publication date; an encyclopedia article about 1916 that happens to
carry a 2009 date (the day it was saved) dates it by the year it is telling. HeidelTime asks the user to
pick "news" or "narratives"; here the text decides: most years it names lie decades before its date, and
it has almost none of what a report has ("said", "today", "last week").
"""

from __future__ import annotations

import re
import statistics
from datetime import date

_YEAR = re.compile(r"(?<![\d,.$£€:-])(1[0-9]\d\d|20\d\d)(?![\d%:]|[,.]\d|\s*(?:GMT|UTC|Z|hrs?|h|[AP]M|[ECMP][SD]T)\b)")
_BC_YEAR = re.compile(r"\b(\d{1,4})\s*(?:BC|B\.C\.|BCE|B\.C\.E\.)(?!\w)")
_EARLY_YEAR = re.compile(r"\b(?:in|since|from|until|by)\s+([1-9]\d{2})(?=[,.;:)]|\s+(?:and|he|she|they|the|it)\b)",
                         re.IGNORECASE)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
# a weekday alone points from the date of writing ("said Tuesday"); one with its date ("Sunday, 27 May") does not,
# nor does "today" in a history column's "Today in 1642" or in "is today a museum" (nowadays)
_NEWS_CUE = re.compile(r"\b(?:said|says|(?<!\bis\s)(?<!\bare\s)(?<!\bstill\s)today(?!\s+in\s+\d)|"
                       r"yesterday|tomorrow|tonight|"
                       r"(?:this|last|next)\s+(?:week|month)|"
                       r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?!,?\s+(?:\d|" + _MONTH + r")))\b",
                       re.IGNORECASE)
_MIN_YEARS = 1
_GAP = 20  # years between the median year named and the document's date
_CUES_PER_THOUSAND_WORDS = 2.0


def tells_history(text: str, published: date | None) -> bool:
    """True for a dated text whose narrative lies in the distant past of its date and reads like no report."""
    if published is None:
        return False
    years = [int(y) for y in _YEAR.findall(text) if int(y) <= published.year]
    years += [-int(y) for y in _BC_YEAR.findall(text)]
    early = [int(y) for y in _EARLY_YEAR.findall(text)]
    if len(set(early)) >= 2:  # "In 911, the caller hung up" is a phone call; "in 768 ... in 814" is history
        years += early
    if len(years) < _MIN_YEARS or statistics.median(years) > published.year - _GAP:
        return False
    words = max(1, len(text.split()))
    return len(_NEWS_CUE.findall(text)) * 1000 / words < _CUES_PER_THOUSAND_WORDS
