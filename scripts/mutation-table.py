#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Per-context table of a PIT run, from its mutations.xml (issue 18).

Run after `./mvnw -B -Pmutation -pl voucher-core -am verify`:

    python3 scripts/mutation-table.py [voucher-core/target/pit-reports/mutations.xml]
                                      [--rooms] [--survivors] [--prefix dev.vouchers.core.]

One row per business context (the package part right after the prefix: kernel, catalog,
voucher, ...), or with --rooms per package (voucher.domain, voucher.domain.code, ...).
"killed" counts what PIT counts as detected (killed, timed out, memory error, run error);
"score" is killed / total as PIT computes it; "no coverage" are the mutants no test reaches.
--survivors also lists each surviving or uncovered mutant (class, method, line, mutator).
Prints a Markdown table.
"""

import argparse
import collections
import sys
import xml.etree.ElementTree as ET


def group_of(mutated_class, prefix, rooms):
    name = mutated_class.split("$", 1)[0]
    if not name.startswith(prefix):
        return name.rsplit(".", 1)[0]
    package = name[len(prefix):].rsplit(".", 1)[0] if "." in name[len(prefix):] else ""
    parts = package.split(".") if package else ["(root)"]
    return ".".join(parts) if rooms else parts[0]


def read(path):
    """The mutations of a finished report, or of one PIT is still writing (it appends them)."""
    with open(path, encoding="utf-8") as report:
        text = report.read()
    if "</mutations>" not in text:
        text = text[:text.rfind("</mutation>") + len("</mutation>")] + "</mutations>"
    return ET.fromstring(text).iter("mutation")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("xml", nargs="?", default="voucher-core/target/pit-reports/mutations.xml")
    parser.add_argument("--prefix", default="dev.vouchers.core.")
    parser.add_argument("--rooms", action="store_true", help="one row per package instead of per context")
    parser.add_argument("--survivors", action="store_true", help="list surviving and uncovered mutants")
    args = parser.parse_args()

    totals = collections.defaultdict(lambda: collections.Counter())
    left = []
    for mutation in read(args.xml):
        status = mutation.get("status")
        detected = mutation.get("detected") == "true"
        clazz = mutation.findtext("mutatedClass")
        group = group_of(clazz, args.prefix, args.rooms)
        row = totals[group]
        row["total"] += 1
        row["killed"] += detected
        row["no coverage"] += status == "NO_COVERAGE"
        row["survived"] += status == "SURVIVED"
        if not detected:
            left.append((group, clazz, mutation.findtext("mutatedMethod"),
                         int(mutation.findtext("lineNumber") or 0),
                         mutation.findtext("mutator").rsplit(".", 1)[-1], status,
                         mutation.findtext("description") or ""))

    def line(name, row):
        score = 100.0 * row["killed"] / row["total"] if row["total"] else 100.0
        return (f"| {name} | {row['killed']:,} / {row['total']:,} | {score:.1f} % "
                f"| {row['survived']:,} | {row['no coverage']:,} |")

    heading = "package" if args.rooms else "context"
    print(f"| {heading} | killed | score | survived | no coverage |")
    print("|---|---|---|---|---|")
    everything = collections.Counter()
    for name in sorted(totals):
        print(line(name, totals[name]))
        everything.update(totals[name])
    print(line("**all**", everything))

    if args.survivors:
        print()
        for group, clazz, method, number, mutator, status, description in sorted(left):
            short = clazz[len(args.prefix):] if clazz.startswith(args.prefix) else clazz
            print(f"{status:12} {short}.{method}:{number} {mutator}: {description}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
