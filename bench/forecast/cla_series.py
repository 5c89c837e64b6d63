#!/usr/bin/env python3
"""Builds cla-la-series.csv, the long-form benchmark file of yearly series per local authority, from the
DfE 'Children looked after in England' underlying data files (CLA2018.csv and CLA2019.csv).

Three series per LA, years 2014-2019 (years ending 31 March):
  <code>:cla_mar   children looked after at 31 March (CLA_Mar<year>)
  <code>:cla_year  children looked after during the year (CLA_<year>)
  <code>:cla_rate  rate per 10,000 children under 18 at 31 March (CLA_Rate<year>)
2015-2019 come from CLA2019.csv (the later, revised publication), 2014 from CLA2018.csv. LAs are matched on
the old three-digit code geog_c, which unlike New_geog_code did not change when Gateshead and
Northumberland were recoded in 2019. A series with any suppressed ('x', 'c') or missing value is left out,
as are series that are all zero (Isles of Scilly).

Usage: python3 cla_series.py /work/shared/data/cla-la-level > cla-la-series.csv
"""
import csv
import sys
from pathlib import Path


def rows(path):
    with open(path, newline="", encoding="ascii") as handle:
        return [{k.strip(): v.strip() for k, v in row.items()} for row in csv.DictReader(handle)]


def main(folder):
    folder = Path(folder)
    older = {r["geog_c"]: r for r in rows(folder / "CLA2018.csv") if r["geog_l"] == "LA"}
    newer = [r for r in rows(folder / "CLA2019.csv") if r["geog_l"] == "LA"]
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["series_id", "period", "value"])
    kinds = [("cla_mar", "CLA_Mar{}"), ("cla_year", "CLA_{}"), ("cla_rate", "CLA_Rate{}")]
    for row in sorted(newer, key=lambda r: r["geog_c"]):
        old = older.get(row["geog_c"])
        if old is None:
            continue
        for kind, pattern in kinds:
            values = [old.get(pattern.format(2014), "")] + [row.get(pattern.format(y), "") for y in range(2015, 2020)]
            try:
                numbers = [float(v) for v in values]
            except ValueError:
                continue  # suppressed or missing
            if all(v == 0 for v in numbers):
                continue
            series_id = "{}:{}".format(row["New_geog_code"], kind)
            for year, value in zip(range(2014, 2020), values):
                out.writerow([series_id, year, value])


if __name__ == "__main__":
    main(sys.argv[1])
