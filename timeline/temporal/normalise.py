"""Normalisation: from a grammar match to a TIMEX3 type, value and modifier.

One function per rule of `data/rules.txt`. Each keeps the granularity the text gives ("August 1961" is
"1961-08", never a day) and resolves relative expressions against `Context.ref`, the publication date,
with the tense of the sentence; with no reference date the unknown parts stay X ("XXXX-WXX-2").
"""

from __future__ import annotations

from collections.abc import Callable

from timeline.temporal.values import absolute, clock, durations, named, quarters, relative, sets
from timeline.temporal.values.base import Context, Groups, Norm

NORMALISERS: dict[str, Callable[[Groups, Context], Norm | None]] = {
    "iso": absolute.iso, "slash": absolute.slash, "mdy": absolute.full_date, "dmy": absolute.full_date,
    "my": absolute.month_year, "month_early_year": absolute.month_year,
    "md": absolute.month_day, "dm": absolute.month_day,
    "ordinal_day": absolute.ordinal_day, "coord_day": absolute.coord_day,
    "decade": absolute.decade, "century": absolute.century,
    "year": absolute.year, "year_tail": absolute.year_tail, "early_year": absolute.year,
    "era_year": absolute.era_year, "era_date": absolute.era_date, "month_range": absolute.month_year,
    "spoken_year": absolute.spoken_year,
    "month": absolute.month_alone,
    "clock": clock.clock, "clock_pod": clock.clock_pod, "clock24": clock.clock24, "military": clock.clock24,
    "named_time": clock.named_time, "deictic": clock.deictic, "this_pod": clock.this_pod,
    "the_week": relative.the_week, "end_of": relative.end_of, "ago": relative.ago, "ago_adj": relative.ago_adj,
    "relative_day": relative.relative_day, "relative": relative.relative, "weekday": relative.weekday_expr,
    "the_year": relative.the_year, "year_end": relative.year_end, "weekend": relative.weekend,
    "season_year": named.season_year, "season_range": named.season_year, "season_rel": named.season_rel,
    "holiday": named.holiday, "anniversary": named.anniversary,
    "quarter": quarters.quarter, "half": quarters.half, "period": quarters.period, "quarter_adj": quarters.period,
    "the_quarter": quarters.the_quarter,
    "duration_rel": durations.duration_rel, "duration": durations.duration, "recent_units": durations.recent_units,
    "bare_units": durations.bare_units, "the_years": durations.bare_units, "unit_long": durations.unit_long,
    "vague": durations.vague,
    "every": sets.every, "frequency": sets.frequency, "adverb_set": sets.adverb_set,
}

# rules whose value depends on the tense of the sentence (the tagger computes it only for these)
TENSE_RULES = frozenset({"md", "dm", "ordinal_day", "month", "weekday", "quarter", "half", "season_rel", "holiday",
                         "weekend", "clock", "clock_pod", "clock24", "military", "named_time", "year_end"})

# rules whose value depends on an anchor date or a quarter mentioned before
ANCHOR_RULES = frozenset({"ago", "ago_adj", "relative_day", "ordinal_day", "relative", "period", "quarter_adj",
                          "the_quarter", "weekday", "the_week", "season_rel", "month", "the_year"})

# month names without a year, which an undated story dates by the year its narrative is in
NARRATIVE_RULES = frozenset({"md", "dm", "month", "season_rel", "end_of", "holiday"})

# rules whose value depends on the word before the match ("$5 a day", "over the past year", "ended March 31")
BEFORE_RULES = frozenset({"duration", "relative", "md", "dm"})

# times of day, which take their day from a date given earlier in the same sentence
CLOCK_RULES = frozenset({"clock", "clock_pod", "clock24", "military", "named_time"})

# rules that mean the quarter a results story is about, however far back it was named
QUARTER_RULES = frozenset({"the_quarter", "period", "quarter_adj"})

# years a story may give without their era, which a story told before Christ means as BC ("in 431", "April 404")
BARE_YEAR_RULES = frozenset({"year", "early_year", "month_early_year", "year_tail"})

# rules that count with a bare number, which money, ids and counts can imitate
NUMERIC_RULES = frozenset({"year", "early_year", "year_tail", "slash", "clock24", "clock_pod", "iso", "duration"})

def normalise(rule: str, groups: Groups, ctx: Context) -> Norm | None:
    return NORMALISERS[rule](groups, ctx)
