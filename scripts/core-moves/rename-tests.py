#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""One test-naming convention for rule ids (issue 14): the rule ids go at the END.

Run at the root of a vouchers work tree:  python3 rename-tests.py [--dry-run]

Every method declared as `void A1_B2_doesSomething(` (ids first) becomes
`void doesSomething_A1_B2(`; a name with ids on both ends, `S3_keepsIt_C2`, becomes
`keepsIt_S3_C2` (the leading ids first, then the trailing ones). Every whole-word use of a
renamed name in tracked .java and .md files (CHANGELOG.md and UPGRADING.md excepted) is
rewritten too, so overrides, @MethodSource references and docs keep pointing at it. A rename
that would clash with a name the file already declares is skipped and reported. Running it a
second time changes nothing. Python 3 standard library only; deterministic.
"""
import argparse
import re
import subprocess
import sys

NEVER_EDIT = {"CHANGELOG.md", "UPGRADING.md"}
ID = r"[A-Z][0-9]+"
PREFIXED = re.compile(rf"\bvoid\s+((?:{ID}_)+)([a-z]\w*?)((?:_{ID})*)\s*\(")
DECLARED = re.compile(r"\b(?:void|[\w<>\[\]]+)\s+([A-Za-z_]\w*)\s*\(")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    files = subprocess.run(["git", "ls-files", "*.java", "*.md"], check=True,
                           capture_output=True, text=True).stdout.splitlines()
    files = sorted(f for f in files if f.rsplit("/", 1)[-1] not in NEVER_EDIT)
    texts = {}
    for f in files:
        with open(f, encoding="utf-8") as fh:
            texts[f] = fh.read()

    renames = {}
    for f in files:
        if not f.endswith(".java"):
            continue
        declared = set(DECLARED.findall(texts[f]))
        for m in PREFIXED.finditer(texts[f]):
            old = m.group(1) + m.group(2) + m.group(3)
            new = m.group(2) + "_" + m.group(1).rstrip("_") + m.group(3)
            if new in declared and new != old:
                print(f"skipped {f}: {old} -> {new} clashes", file=sys.stderr)
                continue
            if renames.get(old, new) != new:
                print(f"skipped {old}: two different targets", file=sys.stderr)
                continue
            renames[old] = new
    if args.dry_run:
        for old in sorted(renames):
            print(f"{old}\t{renames[old]}")
        return
    if not renames:
        print("renamed 0 methods, rewrote 0 files")
        return
    pattern = re.compile(r"\b(" + "|".join(re.escape(o) for o in sorted(renames, key=len,
                                                                         reverse=True)) + r")\b")
    changed = 0
    for f in files:
        new_text = pattern.sub(lambda m: renames[m.group(1)], texts[f])
        if new_text != texts[f]:
            with open(f, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(new_text)
            changed += 1
    print(f"renamed {len(renames)} methods, rewrote {changed} files")


if __name__ == "__main__":
    main()
