#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Move voucher-core into business contexts (issue 14, phase 1), mechanically and re-appliably.

Run at the root of a vouchers work tree:  python3 move.py [--moves moves.tsv] [--dry-run]

Reads moves.tsv (old fully-qualified class name, TAB, new fully-qualified class name; '#'
starts a comment) and then, in this order:
  1. git mv every listed class of voucher-core (main and test); a class whose old file is gone
     and whose new file stands is taken as moved already (so a second run changes nothing);
  2. moves the resource bundles a moving class loads (a string "<old package>.<base name>"
     in its source) beside it;
  3. rewrites, in every tracked text file of every module (CHANGELOG.md and UPGRADING.md
     excepted), each fully-qualified reference to a moved class (dotted, or as a path with
     slashes: imports, static imports, {@link}, strings, Spring .imports, docs links);
  4. in every Java file: rewrites the package line of moved files; adds an import for each
     simple name that used to resolve through the file's old package (or through a wildcard
     import of a package that is now gone) and now lives elsewhere; drops imports of the
     file's own package and wildcard imports of emptied packages; sorts the import block;
  5. writes package-info.java (SPDX header, Javadoc, @NullMarked, @VoucherStyle on domain
     packages) for every new main package that lacks one, and deletes the package-info of
     every package the move emptied.
It prints what it could not decide: classes still in an old package (a class main added
after moves.tsv was written: add its line and run again) and package-level strings of the old
packages that name no class (those are for the hand-written follow-up commits).

Python 3 standard library only. Deterministic: files and names are processed sorted.
"""
import argparse
import os
import re
import subprocess
import sys

BASE = "dev.vouchers.core"
CORE = "voucher-core/src"
ROOTS = [f"{CORE}/main/java", f"{CORE}/test/java"]
RESOURCES = f"{CORE}/main/resources"
TEXT_EXT = (".java", ".md", ".properties", ".imports", ".xml", ".yml", ".yaml", ".json",
            ".txt", ".html", ".kt", ".factories", ".adoc", ".mmd")
NEVER_EDIT = {"CHANGELOG.md", "UPGRADING.md"}
SPDX = "// SPDX-License-Identifier: Apache-2.0"

# The Javadoc of each new package (the first sentence is what a reader of the folders needs).
DESCRIBE = {
    "kernel": "The shared kernel: the values every context speaks in, and nothing else.\n"
              " *\n"
              " * <p>Money, the acting {@link Principal} and its {@link Access}, refusals with every\n"
              " * {@link Reason} (readable through {@code refusals*.properties}), paging ({@link\n"
              " * PageRequest}, {@link Page}, {@link Cursor}), typed ids, {@link Text} and instant\n"
              " * bounds, and the symbols, entropy and digests that codes and tokens share. It depends\n"
              " * on no context; pure like every domain room (no I/O, no clock: time is passed in).",
    "catalog.domain": "The catalog: products, their configurations and kinds, the price book and its\n"
                      " * tiers (P-1, T-1, T-2). Pure: no I/O, no clock.",
    "catalog.port.in": "Use cases of the catalog: define products, publish the price book, show a\n"
                       " * partner's price list.",
    "catalog.port.out": "What the catalog needs from outside: the store of products and price books.",
    "partner.domain": "Partners: their features, tier changes and organisation mandates (T-5, D-2).\n"
                      " * Pure: no I/O, no clock.",
    "partner.port.in": "Use cases of partners: register, read, set a tier, register a mandate.",
    "partner.port.out": "What the partner context needs from outside: partners and mandates.",
    "ordering.domain": "Orders: placement with its quote and limits, the order's lines and status,\n"
                       " * cancellation and its policy (O-1..O-4, V-6). Pure: no I/O, no clock.",
    "ordering.port.in": "Use cases of ordering: quote and place an order, read and list orders,\n"
                        " * export their codes, check and cancel an order.",
    "ordering.port.out": "What ordering needs from outside: the store of orders and the vouchers they\n"
                         " * issue, written in one call (O-4).",
    "voucher.domain": "The voucher and its life: statuses and the moves between them (V-1), its\n"
                      " * history, expiry (V-4), activation message, domain control (D-1) and print\n"
                      " * form. Pure: no I/O, no clock.",
    "voucher.domain.code": "Voucher codes: their format, generation, check symbol and sealing (C-1..C-5).\n"
                           " * Side-effect free except {@link CodeGenerator}, which draws from an\n"
                           " * {@link dev.vouchers.core.kernel.Entropy}.",
    "voucher.port.in": "Use cases of a voucher: read, look up and redeem, send activation links,\n"
                       " * domain control and certificates, comments, expiry.",
    "voucher.port.out": "What a voucher needs from outside: a move's update, the domain probe and\n"
                        " * code randomness.",
    "messaging.application": "The relays that deliver the outboxes' messages (activation and\n"
                             " * invitation e-mails) with retries and back-off.",
    "messaging.port.out": "The outboxes and the deliveries the relays hand messages to.",
    "reseller.domain": "The reseller programme: applications and their history, discounts and\n"
                       " * customer links (R-1, R-2). Pure: no I/O, no clock.",
    "reseller.port.in": "Use cases of the reseller programme.",
    "reseller.port.out": "What the reseller programme needs from outside: applications and links.",
    "subscription.domain": "Subscriptions and their offers: terms, renewals, status moves (U-1..U-5).\n"
                           " * Pure: no I/O, no clock.",
    "subscription.port.in": "Use cases of subscriptions and offers.",
    "subscription.port.out": "What subscriptions need from outside: offers and subscriptions.",
    "subaccount.domain": "Sub-accounts a partner invites (I-1..I-3): the invitation and its\n"
                         " * lifecycle, its e-mail, and the sub-account an accepted invitation creates.\n"
                         " * Pure: no I/O, no clock.",
    "subaccount.port.in": "Use cases of invitations and sub-accounts.",
    "subaccount.port.out": "What sub-accounts need from outside: invitations and sub-accounts.",
    "programme.domain": "The programme as a whole: its settings and the events it publishes.",
    "programme.port.out": "Where the programme publishes its events.",
    "programme.application": "The application services of every context and {@link VoucherProgramme},\n"
                             " * which wires them (to be split by context in a later phase of issue 14).",
}


def run(*args):
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def source_of(fqn):
    for root in ROOTS:
        p = f"{root}/{fqn.replace('.', '/')}.java"
        if os.path.exists(p):
            return p
    return None


def load_moves(path):
    moves = {}
    for line in read(path).splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        old, new = line.split("\t") if "\t" in line else line.split()
        moves[old.strip()] = new.strip()
    return moves


def pkg(fqn):
    return fqn.rsplit(".", 1)[0]


def simple(fqn):
    return fqn.rsplit(".", 1)[1]


def root_of_old(old):
    """The source root (main or test) of a class, before or after it moved."""
    for root in ROOTS:
        if os.path.exists(f"{root}/{old.replace('.', '/')}.java"):
            return root
    return None


def git_moves(moves, dry):
    done = 0
    for old, new in sorted(moves.items()):
        src = source_of(old)
        dst_exists = source_of(new)
        if src is None:
            if dst_exists is None:
                print(f"warning: neither {old} nor {new} exists", file=sys.stderr)
            continue
        root = src[: -len(old.replace('.', '/') + ".java") - 1]
        dst = f"{root}/{new.replace('.', '/')}.java"
        if dry:
            print(f"git mv {src} {dst}")
            continue
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        run("git", "mv", src, dst)
        done += 1
    return done


def generated_names(moves):
    """Immutables: an @Value.Immutable AbstractFoo generates Foo in the same package."""
    extra = {}
    for old, new in moves.items():
        path = source_of(new) or source_of(old)
        if path and simple(old).startswith("Abstract") and "@Value.Immutable" in read(path):
            extra[f"{pkg(old)}.{simple(old)[8:]}"] = f"{pkg(new)}.{simple(new)[8:]}"
    return extra


def move_resources(moves, dry):
    """Resource bundles go with the class that loads them; returns their name rewrites."""
    rewrites = {}
    if not os.path.isdir(RESOURCES):
        return rewrites
    old_packages = sorted({pkg(o) for o in moves})
    new_packages = sorted({pkg(n) for n in moves.values()})
    for package in old_packages + new_packages:
        folder = f"{RESOURCES}/{package.replace('.', '/')}"
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            base = re.split(r"[_.]", name, 1)[0]
            for old, new in sorted(moves.items()):
                if pkg(old) != package and pkg(new) != package:
                    continue
                src = source_of(new) or source_of(old)
                if not src or not src.startswith(ROOTS[0]):
                    continue
                text = read(src)
                if f'"{pkg(old)}.{base}"' in text or f'"{pkg(new)}.{base}"' in text:
                    rewrites[f"{pkg(old)}.{base}"] = f"{pkg(new)}.{base}"
                    if package == pkg(old) and pkg(old) != pkg(new):
                        dst = f"{RESOURCES}/{pkg(new).replace('.', '/')}/{name}"
                        if dry:
                            print(f"git mv {folder}/{name} {dst}")
                        else:
                            os.makedirs(os.path.dirname(dst), exist_ok=True)
                            run("git", "mv", f"{folder}/{name}", dst)
                    break
    return rewrites


FQN = re.compile(r"\bdev([./])vouchers\1core(?:\1[A-Za-z_]\w*)+")
# in Java, a qualified name may be broken over lines: "new dev.vouchers.core.domain\n    .Cursor("
FQN_JAVA = re.compile(r"\bdev\.vouchers\.core(?:\s*\.\s*[A-Za-z_]\w*)+")


def rewrite_names(text, names, java=False):
    """Replace the longest prefix of each dev.vouchers.core.… (or dev/vouchers/core/…) that names a
    moved class; the rest of the name (a nested type, a member, "$*", ".java") is kept."""

    def repl(m):
        sep = m.group(1)
        parts = m.group(0).split(sep)
        for k in range(len(parts), 3, -1):
            head = ".".join(parts[:k])
            if head in names:
                return sep.join(names[head].split(".") + parts[k:])
        return m.group(0)

    def repl_java(m):
        pieces = re.split(r"(\s*\.\s*)", m.group(0))
        parts, seps = pieces[0::2], pieces[1::2]
        for k in range(len(parts), 3, -1):
            head = ".".join(parts[:k])
            if head in names:
                out = names[head]
                for sep_, part in zip(seps[k - 1:], parts[k:]):
                    out += sep_ + part
                return out
        return m.group(0)

    text = FQN.sub(repl, text)
    if java:
        text = FQN_JAVA.sub(repl_java, text)
    return text


# ---------------------------------------------------------------- Java files

COMMENT_OR_STRING = re.compile(
    r'/\*.*?\*/|//[^\n]*|"""(?:\\.|[^\\])*?"""|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'', re.S)
DOC_REF = re.compile(r"(?:\{@link(?:plain)?|@see|@throws|@exception)\s+([A-Z][\w$]*)")
IMPORT = re.compile(r"^import\s+(static\s+)?([\w.$]+(?:\.\*)?)\s*;[ \t]*\n", re.M)
PACKAGE = re.compile(r"^package\s+([\w.]+)\s*;", re.M)
DECLARED = re.compile(r"\b(?:class|interface|enum|record|@interface)\s+([A-Z][\w$]*)")
TYPE_PARAMS = re.compile(r"<\s*([A-Z]\w*)\s+extends\b|<\s*([A-Z])\s*[,>]|,\s*([A-Z])\s*[,>]")


def code_tokens(body):
    code = COMMENT_OR_STRING.sub(lambda m: " " * 0 + (" " if not m.group(0).startswith("/") else " "), body)
    tokens = set()
    for m in re.finditer(r"(?<![\w$.])([A-Z][\w$]*)\b", code):
        tokens.add(m.group(1))
    for m in COMMENT_OR_STRING.finditer(body):
        if m.group(0).startswith("/*"):
            tokens.update(DOC_REF.findall(m.group(0)))
    return tokens


HEADER_END = re.compile(
    r"^(?:public |final |abstract |sealed |non-sealed |@|class |interface |record |enum |/\*\*)", re.M)


def fix_java(path, text, index, old_package_of_file, gone_packages, old_pkg_of_class, force):
    """index: simple name -> list of new FQNs (core classes, generated types included)."""
    m = PACKAGE.search(text)
    if not m:
        return text
    here = m.group(1)
    head_end = m.end()
    decl = HEADER_END.search(text, head_end)
    limit = decl.start() if decl else len(text)
    found = [im for im in IMPORT.finditer(text, head_end) if im.start() < limit]
    imports = [(bool(im.group(1)), im.group(2)) for im in found]
    body_start = found[-1].end() if found else head_end
    body = text[body_start:]

    keep = []
    wildcards_gone = []
    for static, name in imports:
        if not static and name.endswith(".*") and name[:-2] in gone_packages:
            wildcards_gone.append(name[:-2])
            continue
        if not static and not name.endswith(".*") and pkg(name) == here:
            continue
        if (static, name) not in keep:
            keep.append((static, name))
    visible = {simple(n) for s, n in keep if not n.endswith(".*")}
    declared = set(DECLARED.findall(body))
    for g in TYPE_PARAMS.findall(body):
        declared.update(x for x in g if x)
    wild = {n[:-2] for s, n in keep if n.endswith(".*") and not s}

    added = []
    for token in sorted(code_tokens(body)):
        if token in visible or token in declared:
            continue
        candidates = index.get(token, [])
        if not candidates:
            continue
        if any(pkg(c) == here for c in candidates) or any(pkg(c) in wild for c in candidates):
            continue
        chosen = [c for c in candidates
                  if old_pkg_of_class.get(c) == old_package_of_file
                  or old_pkg_of_class.get(c) in wildcards_gone]
        if len(chosen) != 1:
            if chosen:
                print(f"warning: {path}: {token} is ambiguous: {chosen}", file=sys.stderr)
            continue
        added.append((False, chosen[0]))
    if not added and len(keep) == len(imports) and not force:
        return text
    all_imports = keep + added
    statics = sorted({n for s, n in all_imports if s})
    plain = sorted({n for s, n in all_imports if not s})
    block = "".join(f"import static {n};\n" for n in statics)
    if statics and plain:
        block += "\n"
    block += "".join(f"import {n};\n" for n in plain)
    rest = text[body_start:].lstrip("\n")
    if not block:
        return text[:head_end] + "\n\n" + rest
    return text[:head_end] + "\n\n" + block + "\n" + rest


SHOWN_IMPORT = re.compile(r"^([ \t]*)import (static )?([\w.]+(?:\.\*)?);[ \t]*$")


def sort_shown_imports(text):
    """Docs that show a Java file (README's Getting started) keep its import order: each run
    of consecutive import lines is sorted as fix_java sorts a Java file's block."""
    lines = text.split("\n")
    out, run = [], []

    def flush():
        if run:
            indent = SHOWN_IMPORT.match(run[0]).group(1)
            statics = sorted(SHOWN_IMPORT.match(l).group(3) for l in run if SHOWN_IMPORT.match(l).group(2))
            plain = sorted(SHOWN_IMPORT.match(l).group(3) for l in run if not SHOWN_IMPORT.match(l).group(2))
            out.extend(f"{indent}import static {n};" for n in statics)
            out.extend(f"{indent}import {n};" for n in plain)
            run.clear()

    for line in lines:
        if SHOWN_IMPORT.match(line):
            run.append(line)
        else:
            flush()
            out.append(line)
    flush()
    return "\n".join(out)


def package_info(package, has_immutables_style):
    short = package[len(BASE) + 1:]
    describe = DESCRIBE.get(short, "The " + short.replace(".", " ") + " room.")
    lines = [SPDX, "/**", f" * {describe}", " */", "@NullMarked"]
    imports = []
    if has_immutables_style:
        lines.append("@VoucherStyle")
        if package != f"{BASE}.kernel":
            imports.append(f"{BASE}.kernel.VoucherStyle")
    lines.append(f"package {package};")
    lines.append("")
    imports.append("org.jspecify.annotations.NullMarked")
    lines += [f"import {i};" for i in sorted(imports)]
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--moves", default=os.path.join(here, "moves.tsv"))
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    if not os.path.isdir(CORE):
        sys.exit("run me at the root of the vouchers repository")
    moves = load_moves(args.moves)
    old_packages = {pkg(o) for o in moves}

    moved = git_moves(moves, args.dry_run)
    if args.dry_run:
        move_resources(moves, True)
        return
    names = dict(moves)
    names.update(generated_names(moves))
    names.update(move_resources(moves, False))

    # every core class as it stands after the move (generated types too), by simple name
    old_pkg_of_class = {new: pkg(old) for old, new in names.items()}
    index = {}
    for root in ROOTS:
        for d, _, files in os.walk(root):
            for f in files:
                if f.endswith(".java") and f != "package-info.java":
                    fq = os.path.relpath(os.path.join(d, f), root)[:-5].replace("/", ".")
                    index.setdefault(simple(fq), []).append(fq)
                    old_pkg_of_class.setdefault(fq, pkg(fq))
    for old, new in names.items():
        if source_of(new) is None and simple(new)[0].isupper() and "." in new:
            # generated (Immutables) types: they exist only after annotation processing
            if not simple(old).startswith("Abstract") and new not in moves.values():
                index.setdefault(simple(new), []).append(new)
    for k in index:
        index[k] = sorted(set(index[k]))
    reverse = {new: old for old, new in moves.items()}

    remaining = set()
    for root in ROOTS:
        for d, _, files in os.walk(root):
            if any(f.endswith(".java") and f != "package-info.java" for f in files):
                remaining.add(os.path.relpath(d, root).replace("/", "."))
    gone = {p for p in old_packages if p not in remaining}
    unlisted = []
    for root in ROOTS:
        for p in sorted(old_packages & remaining):
            folder = f"{root}/{p.replace('.', '/')}"
            if os.path.isdir(folder):
                unlisted += [f"{p}.{f[:-5]}" for f in sorted(os.listdir(folder))
                             if f.endswith(".java") and f != "package-info.java"]

    files = [f for f in run("git", "ls-files").splitlines()
             if f.endswith(TEXT_EXT) and os.path.basename(f) not in NEVER_EDIT and os.path.isfile(f)]
    changed = 0
    leftovers = []
    for path in sorted(files):
        text = read(path)
        new_text = rewrite_names(text, names, path.endswith(".java"))
        if not path.endswith(".java") and new_text != text:
            new_text = sort_shown_imports(new_text)
        if path.endswith(".java"):
            m = PACKAGE.search(new_text)
            fq = None
            for root in ROOTS:
                if path.startswith(root + "/"):
                    fq = path[len(root) + 1:-5].replace("/", ".")
            if m and fq and os.path.basename(path) != "package-info.java":
                if m.group(1) != pkg(fq):
                    new_text = new_text[:m.start(1)] + pkg(fq) + new_text[m.end(1):]
                old_pkg = pkg(reverse.get(fq, fq))
            elif m:
                old_pkg = m.group(1)
            if m and os.path.basename(path) != "package-info.java":
                new_text = fix_java(path, new_text, index, old_pkg, gone, old_pkg_of_class,
                                    new_text != text)
        if new_text != text:
            write(path, new_text)
            changed += 1
        if os.path.basename(path) == "package-info.java" and any(
                path.endswith(q.replace('.', '/') + "/package-info.java") for q in gone):
            continue
        for p in sorted(old_packages):
            for m in re.finditer(re.escape(p) + r"(?![\w])|" + re.escape(p.replace(".", "/")) + r"(?![\w])", new_text):
                if p in gone:
                    line = new_text.count("\n", 0, m.start()) + 1
                    leftovers.append(f"{path}:{line}: {m.group(0)}")

    # package-info: one for each new main package, none for emptied packages
    wrote = 0
    main_root = ROOTS[0]
    new_packages = sorted({pkg(n) for o, n in moves.items() if source_of(n) and source_of(n).startswith(main_root)})
    for package in new_packages:
        p = f"{main_root}/{package.replace('.', '/')}/package-info.java"
        if not os.path.exists(p):
            write(p, package_info(package, package.endswith(".domain")))
            run("git", "add", p)
            wrote += 1
    removed = 0
    for package in sorted(gone):
        for root in ROOTS:
            p = f"{root}/{package.replace('.', '/')}/package-info.java"
            if os.path.exists(p):
                run("git", "rm", "-q", "-f", p)
                removed += 1
    for root in ROOTS + [RESOURCES]:
        for d, dirs, fs in sorted(os.walk(root, topdown=False)):
            if not os.listdir(d):
                os.rmdir(d)
    run("git", "add", "-u")
    print(f"moved {moved} files, rewrote {changed} files, wrote {wrote} package-info files, "
          f"removed {removed}")
    if unlisted:
        print("classes still in an old package (add a line to moves.tsv and run again):")
        for name in unlisted:
            print("  " + name)
    if leftovers:
        print("old package names that name no class (fix by hand):")
        for line in leftovers:
            print("  " + line)


if __name__ == "__main__":
    main()
