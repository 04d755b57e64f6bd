"""Recurring times (TIMEX3 SET): "every year", "twice a week", "daily"."""

from __future__ import annotations

from timeline.temporal.values.base import (
    POD_TIME,
    Context,
    Groups,
    Norm,
    duration_value,
    month_number,
    normal_key,
    number_value,
    table,
    unit_code,
    weekday_number,
)


def every(g: Groups, ctx: Context) -> Norm | None:
    what = normal_key(g["what"])
    step = 2 if g.get("other") else 1
    n = number_value(g.get("n")) if g.get("n") else step
    if what in table("units"):
        return Norm("SET", duration_value(n, unit_code(what)))
    if what in table("weekdays"):
        return Norm("SET", f"XXXX-WXX-{weekday_number(what)}")
    if what in table("pods"):
        return Norm("SET", f"XXXX-XX-XX{POD_TIME[str(table('pods')[what])]}")
    if what in table("seasons"):
        return Norm("SET", f"XXXX-{table('seasons')[what]}")
    return Norm("SET", f"XXXX-{month_number(what):02d}")


def frequency(g: Groups, ctx: Context) -> Norm | None:
    return Norm("SET", duration_value(1, unit_code(g["unit"])))


_ADVERB_SETS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "quarterly": "P3M", "annually": "P1Y",
                "yearly": "P1Y", "hourly": "PT1H", "nightly": "XXXX-XX-XXTNI", "biweekly": "P2W",
                "biannually": "P6M", "semiannually": "P6M", "semi-annually": "P6M", "bimonthly": "P2M"}


def adverb_set(g: Groups, ctx: Context) -> Norm | None:
    return Norm("SET", _ADVERB_SETS[normal_key(g["adv"])])
