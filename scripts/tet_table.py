#!/usr/bin/env python3
"""Independent table of Tết (mùng 1 tháng Giêng) and leap months, 1900–2100, at UTC+7.

This does NOT use Hồ Ngọc Đức's formulas. It takes true new moons and the sun's apparent
longitude from PyEphem (VSOP87 / ELP, with ΔT), then applies the rules of the Vietnamese
calendar directly:

  * a month starts on the local (UTC+7) day of a new moon;
  * month 11 is the month whose days contain the December solstice;
  * when 13 months separate two months 11, the first month after month 11 that contains no
    major solar term (trung khí, sun longitude a multiple of 30°) is leap.

Usage:
    pip install ephem
    python3 scripts/tet_table.py > Tests/LunarCalendarTests/AstronomicalTetTable.swift
    python3 scripts/tet_table.py --explain 1985   # event times near local midnight

It also lists the first day of every lunar month of 1900–2100, to check the new moons one by one.
"""
import math
import sys

import ephem

ZONE_HOURS = 7
FIRST_YEAR, LAST_YEAR = 1900, 2100
DUBLIN_TO_JD = 2415020.0  # ephem.Date counts days from 1899-12-31 12:00 UT


def local_day(t):
    """Julian Day Number of the UTC+7 calendar day containing instant t (an ephem.Date)."""
    return math.floor(float(t) + DUBLIN_TO_JD + 0.5 + ZONE_HOURS / 24)


def jdn_to_iso(jdn):
    a = jdn + 32044
    b = (4 * a + 3) // 146097
    c = a - 146097 * b // 4
    d = (4 * c + 3) // 1461
    e = c - 1461 * d // 4
    m = (5 * e + 2) // 153
    day = e - (153 * m + 2) // 5 + 1
    month = m + 3 - 12 * (m // 10)
    year = 100 * b + d - 4800 + m // 10
    return f"{year:04d}-{month:02d}-{day:02d}"


def sun_longitude(t):
    """Apparent geocentric ecliptic longitude of the sun, of date, in degrees."""
    sun = ephem.Sun()
    sun.compute(ephem.Date(t))
    equatorial = ephem.Equatorial(sun.g_ra, sun.g_dec, epoch=ephem.Date(t))
    return math.degrees(float(ephem.Ecliptic(equatorial).lon))


def solar_term(target_degrees, guess):
    """Instant near `guess` when the sun's longitude equals target_degrees."""
    def offset(t):
        return (sun_longitude(t) - target_degrees + 180) % 360 - 180
    return ephem.Date(ephem.newton(offset, guess, guess + 0.5))


def new_moons(start, end):
    moons, t = [], ephem.next_new_moon(start)
    while t < end:
        moons.append(t)
        t = ephem.next_new_moon(t + 1)
    return moons


def major_terms(start, end):
    """All instants in [start, end) when the sun's longitude is a multiple of 30°."""
    terms = []
    t = ephem.Date(start)
    while t < end:
        target = (math.floor(sun_longitude(t) / 30) + 1) * 30 % 360
        guess = t + ((target - sun_longitude(t)) % 360) / 360 * 365.2422
        instant = solar_term(target, guess)
        terms.append((target, instant))
        t = ephem.Date(instant + 1)
    return terms


def december_solstice(year):
    return solar_term(270, ephem.Date(f"{year}/12/21"))


def main():
    moons = new_moons(ephem.Date(f"{FIRST_YEAR - 2}/10/1"), ephem.Date(f"{LAST_YEAR + 2}/3/1"))
    starts = [local_day(m) for m in moons]
    terms = major_terms(ephem.Date(f"{FIRST_YEAR - 2}/10/1"), ephem.Date(f"{LAST_YEAR + 2}/3/1"))
    term_days = sorted(local_day(t) for _, t in terms)

    def month_index_containing(day):
        return max(i for i, s in enumerate(starts) if s <= day)

    def has_major_term(i):
        return any(starts[i] <= d < starts[i + 1] for d in term_days)

    def span(year):
        """Month-11 index of `year`, and the leap position (1…12) in the span to the next month 11."""
        a = month_index_containing(local_day(december_solstice(year)))
        b = month_index_containing(local_day(december_solstice(year + 1)))
        leap = None
        if b - a == 13:
            leap = next(p for p in range(1, 13) if not has_major_term(a + p))
        return a, leap

    rows = []
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        a, leap = span(year - 1)
        tet_index = a + (3 if leap is not None and leap <= 2 else 2)
        leap_month = None
        if leap is not None and leap >= 3:
            leap_month = (9 + leap) % 12 + 1
        _, next_leap = span(year)
        if next_leap is not None and next_leap <= 2:
            leap_month = (9 + next_leap) % 12 + 1
        rows.append((year, jdn_to_iso(starts[tet_index]), leap_month))
    month_starts = [local_day(m) for m in moons if ephem.Date(f"{FIRST_YEAR}/1/1") <= m < ephem.Date(f"{LAST_YEAR + 1}/1/1")]
    return moons, terms, rows, month_starts


def explain(year):
    """Print events of the lunar year that fall within three hours of local midnight."""
    moons, terms, _, _ = main()
    lo, hi = ephem.Date(f"{year - 1}/11/1"), ephem.Date(f"{year + 1}/3/1")
    events = [("new moon", m) for m in moons if lo <= m < hi]
    events += [(f"sun {target}°", t) for target, t in terms if lo <= t < hi]
    for name, t in sorted(events, key=lambda e: float(e[1])):
        local = float(t) + DUBLIN_TO_JD + 0.5 + ZONE_HOURS / 24
        minutes = (local - math.floor(local)) * 1440
        margin = min(minutes, 1440 - minutes)
        flag = "  <-- near midnight" if margin < 180 else ""
        print(f"{name:10} {ephem.Date(t + ZONE_HOURS / 24)} UTC+7  ({margin:5.0f} min from midnight){flag}")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--explain":
        explain(int(sys.argv[2]))
        sys.exit(0)
    _, _, rows, month_starts = main()
    print("// Generated by scripts/tet_table.py (PyEphem " + ephem.__version__ + "): true new moons and")
    print("// the sun's apparent longitude, with the Vietnamese rules applied at UTC+7. Do not edit.")
    print("")
    print("/// (lunar year, mùng 1 tháng Giêng as YYYY-MM-DD, leap month of that lunar year or 0)")
    print("let astronomicalTetTable: [(year: Int, tet: String, leapMonth: Int)] = [")
    for year, tet, leap in rows:
        print(f'    ({year}, "{tet}", {leap or 0}),')
    print("]")
    print("")
    print(f"/// Julian Day Numbers of the UTC+7 days of all {len(month_starts)} new moons of {FIRST_YEAR}–{LAST_YEAR}: the first days of lunar months.")
    print("let astronomicalMonthStarts: [Int] = [")
    for i in range(0, len(month_starts), 10):
        print("    " + ", ".join(str(d) for d in month_starts[i:i + 10]) + ",")
    print("]")
