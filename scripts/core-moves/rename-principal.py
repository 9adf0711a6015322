#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Rename dev.vouchers.core.kernel.Actor to Actor (issue 17: no clash with java.security.Principal).
Also renames the testkit's ResellerModel.Actor enum to ResellerModel.Party first."""
import os, re, subprocess
files = subprocess.run(['git', 'ls-files'], capture_output=True, text=True, check=True).stdout.split()
TEXT = ('.java', '.md', '.properties', '.html', '.tsv', '.py', '.xml', '.txt')
skip = {'CHANGELOG.md', 'UPGRADING.md', 'scripts/core-moves/moves.tsv'}
# 1. ResellerModel.Actor -> Party (testkit model enum), only in files that use ResellerModel
model = 'voucher-testkit/src/main/java/dev/vouchers/testkit/model/ResellerModel.java'
first = 'enum Actor' in open(model, encoding='utf-8').read()
for f in files:
    if not first or not f.endswith('.java'): continue
    s = open(f, encoding='utf-8').read()
    if 'ResellerModel' in s and re.search(r'\bActor\b', s):
        t = re.sub(r'\bActor\b', 'Party', s)
        t = t.replace('ResellerModel.Party;', 'ResellerModel.Party;')
        if t != s: open(f, 'w', encoding='utf-8').write(t)
# 1b. the webshop's own api.Actor -> ApiUser, ActorResolver -> ApiUserResolver
import glob
for old, new in ((('ActorResolver', 'ApiUserResolver'), ('Actor', 'ApiUser')) if first else ()):
    path = 'samples/webshop/src/main/java/dev/vouchers/sample/webshop/api/%s.java' % old
    if os.path.exists(path):
        subprocess.run(['git', 'mv', path, path.replace(old + '.java', new + '.java')], check=True)
for f in (subprocess.run(['git', 'ls-files', 'samples/webshop'], capture_output=True, text=True, check=True).stdout.split() if first else []):
    if not f.endswith(('.java', '.md')) or not os.path.exists(f): continue
    s2 = open(f, encoding='utf-8').read()
    t2 = re.sub(r'\bActorResolver\b', 'ApiUserResolver', s2)
    t2 = re.sub(r'\bActor\b', 'ApiUser', t2)
    if t2 != s2: open(f, 'w', encoding='utf-8').write(t2)
# 2. Principal -> Actor
src = 'voucher-core/src/main/java/dev/vouchers/core/kernel/Principal.java'
dst = 'voucher-core/src/main/java/dev/vouchers/core/kernel/Actor.java'
if os.path.exists(src):
    subprocess.run(['git', 'mv', src, dst], check=True)
files = subprocess.run(['git', 'ls-files'], capture_output=True, text=True, check=True).stdout.split()
changed = 0
for f in files:
    if f in skip or not f.endswith(TEXT) or not os.path.exists(f): continue
    s = open(f, encoding='utf-8').read()
    if 'java.security.Principal' in s:
        print('has java.security.Principal, check by hand:', f)
    t = re.sub(r'(?<![\w.])Principal\b', 'Actor', s) if f.endswith(('.java', '.md')) else s
    t = t.replace('dev.vouchers.core.kernel.Actor', 'dev.vouchers.core.kernel.Actor')
    if f.endswith('.md') or f.endswith('.html'):
        t = re.sub(r'`Principal(\.\w+)?`', lambda m: '`Actor' + (m.group(1) or '') + '`', t)
    if t != s:
        open(f, 'w', encoding='utf-8').write(t); changed += 1
print('changed', changed)
