#!/usr/bin/env python3
"""Draw a reproducible random sample of warnings and errors that vblint
reports on the real corpus, for a person to judge (true / false positive).

Usage:
  python3 Tests/Precision/draw_sample.py [--corpus ../shared/corpus/real]
         [--binary .build/release/vblint] [--n 100] [--seed 2026] > sample.tsv

Prints a TSV: id, file, line, code, severity, message, the source line, and
an empty `verdict` column. The judged sample is kept next to this script
(`judged-*.tsv`) and summarised in README.md; `--score FILE` prints the
precision of a judged file (verdict column: `true`, `false`, or `artifact`
for a finding that is true of the text but caused by OCR/extraction).
"""
import argparse, collections, os, random, re, subprocess, sys

LINE = re.compile(r'^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<sev>error|warning|info|hint) \[(?P<code>VB\d+) (?P<name>[^\]]+)\] (?P<msg>.*)$')

def findings(binary, corpus):
    files = sorted(os.path.join(corpus, f) for f in os.listdir(corpus) if f.endswith(('.txt', '.md')))
    out = subprocess.run([binary, 'check', '--format', 'text', '--lang', 'en', '--fail-on', 'error', *files],
                         capture_output=True, text=True)
    if 'unknown option' in out.stderr or 'không rõ' in out.stderr:
        out = subprocess.run([binary, 'check', '--lang', 'en', *files], capture_output=True, text=True)
    rows = []
    for ln in out.stdout.splitlines():
        m = LINE.match(ln)
        if m and m['sev'] in ('error', 'warning'):
            rows.append(m.groupdict())
    return rows

def score(path):
    counts = collections.Counter()
    per_rule = collections.defaultdict(collections.Counter)
    with open(path, encoding='utf-8') as f:
        header = f.readline().rstrip('\n').split('\t')
        vi = header.index('verdict'); ci = header.index('code')
        for ln in f:
            cols = ln.rstrip('\n').split('\t')
            v = cols[vi].strip() or 'unjudged'
            counts[v] += 1
            per_rule[cols[ci]][v] += 1
    judged = counts['true'] + counts['false'] + counts['artifact']
    print(f'judged {judged}: true {counts["true"]}, artifact {counts["artifact"]}, false {counts["false"]}, unjudged {counts["unjudged"]}')
    if judged:
        print(f'precision (true + artifact) / judged = {(counts["true"] + counts["artifact"]) / judged:.1%}')
        print(f'strict precision (true only) = {counts["true"] / judged:.1%}')
    for code in sorted(per_rule):
        print(f'  {code}: ' + ', '.join(f'{k} {v}' for k, v in sorted(per_rule[code].items())))

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--corpus', default='../shared/corpus/real')
    ap.add_argument('--binary', default='.build/release/vblint')
    ap.add_argument('--n', type=int, default=100)
    ap.add_argument('--seed', type=int, default=2026)
    ap.add_argument('--score')
    a = ap.parse_args()
    if a.score:
        score(a.score); return
    rows = findings(a.binary, a.corpus)
    print(f'# {len(rows)} warnings/errors in the corpus; sample of {min(a.n, len(rows))} (seed {a.seed})', file=sys.stderr)
    by = collections.Counter(r['code'] for r in rows)
    print('# per rule: ' + ', '.join(f'{c} {n}' for c, n in sorted(by.items())), file=sys.stderr)
    random.seed(a.seed)
    sample = random.sample(rows, min(a.n, len(rows)))
    print('id\tfile\tline\tcode\tseverity\tmessage\tsource\tverdict')
    for i, r in enumerate(sample, 1):
        with open(r['path'], encoding='utf-8', errors='replace') as f:
            src = f.read().splitlines()
        n = int(r['line'])
        text = src[n - 1] if 0 < n <= len(src) else ''
        print(f"{i}\t{os.path.basename(r['path'])}\t{n}\t{r['code']}\t{r['sev']}\t{r['msg']}\t{text[:160].replace(chr(9), ' ')}\t")

if __name__ == '__main__':
    main()
