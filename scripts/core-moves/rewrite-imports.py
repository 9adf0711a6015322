#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Rewrites a shop's references to voucher-core types that moved in issue 14.

Usage:  python3 rewrite-imports.py DIR [DIR ...]

Replaces every fully-qualified name of moves.tsv (beside this script) in the .java, .kt,
.groovy, .xml, .properties, .yml, .yaml and .imports files under the directories given: the
imports, static imports and fully-qualified uses a shop's code has. Simple names stay as they
are, but for one: a file that imported `dev.vouchers.core.domain.Principal` (renamed
`Actor`, issue 17) has its simple name `Principal` rewritten too, unless it also names
`java.security.Principal`. Prints the files it changed. Python 3 standard library only.
"""
import os
import re
import sys

OLD_PRINCIPAL = "dev.vouchers.core.domain.Principal"
SUFFIXES = (".java", ".kt", ".groovy", ".xml", ".properties", ".yml", ".yaml", ".imports")


def moves():
    table = os.path.join(os.path.dirname(os.path.abspath(__file__)), "moves.tsv")
    pairs = []
    with open(table, encoding="utf-8") as lines:
        for line in lines:
            if line.strip() and not line.startswith("#"):
                old, new = line.rstrip("\n").split("\t")[:2]
                pairs.append((old, new))
    return dict(pairs)


def main(dirs):
    table = moves()
    pattern = re.compile(r"\b(" + "|".join(
        re.escape(old) for old in sorted(table, key=len, reverse=True)) + r")\b(?![\w])")
    for top in dirs:
        for root, _, files in os.walk(top):
            for name in sorted(files):
                if not name.endswith(SUFFIXES):
                    continue
                path = os.path.join(root, name)
                with open(path, encoding="utf-8") as f:
                    text = f.read()
                changed = pattern.sub(lambda m: table[m.group(1)], text)
                if (OLD_PRINCIPAL in text and "java.security.Principal" not in text):
                    changed = re.sub(r"(?<![\w.])Principal\b", "Actor", changed)
                if changed != text:
                    with open(path, "w", encoding="utf-8") as f:
                        f.write(changed)
                    print(path)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
