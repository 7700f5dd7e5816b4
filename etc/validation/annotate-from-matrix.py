#!/usr/bin/env python3
"""One-off (issue 16 item 6): moves the claims of the hand-written docs/validation/trace-matrix.md onto the tests
as @Verifies. Reads the matrix rows (requirement | what | tests), maps the requirement text to ids of
docs/validation/requirements.md and the test references (`Class` -> `method`, ...) to test sources, and inserts
one @Verifies per class or method with the union of its ids. Run from the project root:
python3 etc/validation/annotate-from-matrix.py docs/validation/trace-matrix.md [--apply]"""
import os, re, sys, collections

ROOT = 'src/test/java'
KEYWORDS = [  # requirement text (case-insensitive substring) -> our own ids where the regulations leave it to us
    ('usability', ['URS-01']), ('bad input', ['URS-02']), ('only declared fields', ['URS-02', 'URS-12']),
    ('clear refusal', ['URS-02', 'A11-5']), ('password policy', ['URS-03']), ('time-boxed', ['URS-04']),
    ('csrf', ['URS-05']), ('time in utc', ['URS-06', 'CHK-05']), ('rules inside the engine', ['URS-07', 'P11-10g']),
    ('model contract', ['URS-08']), ('module boundaries', ['URS-09']), ('production database', ['URS-10']),
    ('inbox work', ['URS-11']), ('form-js', ['URS-12']), ('business key asked once', ['URS-12']),
    ('e-mail links', ['URS-13', 'P11-10d']), ('hashes of attached documents', ['URS-14', 'P11-70']),
    ('issue 11 catalogue', ['URS-15']), ('intake proposals', ['URS-15']), ('§4 step 1', ['URS-15']),
    ('records are data', ['URS-16']), ('segregation of duties', ['CHK-15']), ('gap action priority', ['URS-17']),
    ('worksheet, crosswalk', ['URS-17']), ('§4 step 2', ['URS-17']), ('iso 14971', ['URS-18']),
    ('heat maps', ['URS-18']), ('dmn input out of range', ['URS-18']), ('fda 2016 postmarket', ['URS-19']),
    ('iec 62304', ['URS-20']), ('524b', ['URS-21']), ('8.2.4', ['URS-22']), ('820.100', ['URS-23']),
    ('820.20(c)', ['URS-24']), ('management review', ['URS-24']), ('820.40', ['URS-25']), ('13485 6.2', ['URS-26']),
    ('issue 12 items 3 and 8', ['URS-27']), ('control implementation', ['URS-27']), ('820.70(b)', ['URS-28']),
    ('change record', ['URS-28']), ('820.30', ['URS-29']), ('design review', ['URS-29']),
    ('issue 13 item 5', ['URS-30']), ('monitoring', ['URS-31']), ('clock (issue 16', ['URS-31']),
    ('capa', ['URS-23']), ('deployment history', ['A11-10']), ('upgrade integrity', ['A11-17']),
]


def ids_of(text):
    ids = set(re.findall(r'\b(?:CHK-\d+|A11-\d+|P11-(?:10[a-k]\d?|100[a-c]|200a\d?i*|200b|300[a-e]|30|50[ab]|70))\b', text))
    ids |= {'P11-50a', 'P11-50b'} if re.search(r'P11-50(?![ab])|11\.50\b', text) else set()
    ids |= {'P11-10' + m for m in re.findall(r'11\.10\(([a-j])\)', text)}
    ids |= {'P11-10k2'} if '11.10(k)' in text else set()
    ids |= {'P11-70'} if re.search(r'\b11\.70\b', text) else set()
    ids |= {'P11-200a1'} if '11.200(a)(1)' in text else set()
    ids |= {'P11-300b'} if '11.300(b)' in text else set()
    ids |= {'A11-' + m for m in re.findall(r'Annex 11 §(\d+)', text)}
    low = text.lower()
    for key, more in KEYWORDS:
        if key in low:
            ids |= set(more)
    return ids


def sort_key(i):
    order = {'P11': 0, 'A11': 1, 'CHK': 2, 'URS': 3}
    p, rest = i.split('-', 1)
    return (order.get(p, 9), [int(x) if x.isdigit() else x for x in re.findall(r'\d+|\D+', rest)])


def sources():
    found = collections.defaultdict(list)
    for d, _, files in os.walk(ROOT):
        for f in files:
            if f.endswith('.java'):
                found[f[:-5]].append(os.path.join(d, f))
    return found


def main():
    matrix, apply = sys.argv[1], '--apply' in sys.argv
    known = set(re.findall(r'^\| ([A-Z0-9]+-[A-Za-z0-9]+) \|', open('docs/validation/requirements.md').read(), re.M))
    files = sources()
    claims = collections.defaultdict(set)  # (file, class, method or None) -> ids
    problems = []
    for line in open(matrix):
        if not line.startswith('|') or line.startswith('|---') or line.startswith('| Requirement'):
            continue
        cells = [c.strip() for c in line.strip().strip('|').split('|')]
        if len(cells) < 3:
            continue
        ids = ids_of(cells[0])
        unknown = ids - known
        if unknown or not ids:
            problems.append('row "%s": ids %s unknown %s' % (cells[0][:60], sorted(ids), sorted(unknown)))
        ids &= known
        current, had_method = None, False
        for token in re.findall(r'`([^`]+)`', cells[-1]):
            name = token.split('/')[-1]
            outer, _, inner = name.partition('.')
            if outer in files and re.search(r'(Tests|IT)$', outer) and (not inner or inner[0].isupper()):
                if current and not had_method:
                    claims[current] |= ids
                current, had_method = (files[outer][0], inner or outer, None), False
            elif current and re.fullmatch(r'[a-z]\w*', token):
                src = open(current[0]).read()
                if re.search(r'void\s+%s\s*\(' % token, src):
                    claims[(current[0], current[1], token)] |= ids
                    had_method = True
                else:
                    problems.append('%s: no method %s' % (current[1], token))
            else:
                problems.append('row "%s": token %s not a test' % (cells[0][:40], token))
        if current and not had_method:
            claims[current] |= ids
    by_file = collections.defaultdict(list)
    for (f, cls, method), ids in claims.items():
        if ids:
            by_file[f].append((cls, method, sorted(ids, key=sort_key)))
    for p in problems:
        print('CHECK', p)
    print('%d files, %d claims' % (len(by_file), sum(len(v) for v in by_file.values())))
    if apply:
        for f, items in by_file.items():
            annotate(f, items)


def annotate(path, items):
    lines = open(path).read().split('\n')
    for cls, method, ids in items:
        value = '"%s"' % ids[0] if len(ids) == 1 else '{ %s }' % ', '.join('"%s"' % i for i in ids)
        if method:
            pat = re.compile(r'^(\s*)(?:[\w<>,\s]*\s)?void\s+%s\s*\(' % method)
        else:
            pat = re.compile(r'^(\s*)(?:(?:public|protected|private|static|final|abstract)\s+)*class\s+%s\b' % cls)
        at = next((i for i, l in enumerate(lines) if pat.match(l)), None)
        if at is None:
            print('NOT FOUND', path, cls, method)
            continue
        indent = pat.match(lines[at]).group(1)
        lines.insert(at, '%s@Verifies(%s)' % (indent, value))
    text = '\n'.join(lines)
    if 'import org.gxpbridge.support.Verifies;' not in text and not text.startswith('package org.gxpbridge.support;'):
        last = max(i for i, l in enumerate(lines) if l.startswith('import '))
        lines = text.split('\n')
        last = max(i for i, l in enumerate(lines) if l.startswith('import ') and not l.startswith('import static'))
        lines.insert(last + 1, 'import org.gxpbridge.support.Verifies;')
        text = '\n'.join(lines)
    open(path, 'w').write(text)


main()
