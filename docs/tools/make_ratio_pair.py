#!/usr/bin/env python3
"""A long document pair of real sentences whose Chinese/English sentence-count ratio is a target
(default 1.4), for benchmarks (issue 12): hand-aligned beads drawn at random with a fixed seed, the
beads with more Chinese than English sentences (2-1, 3-1, 3-2, 4-1) weighted up by the one factor
that makes the expected ratio the target.

usage: make_ratio_pair.py DEV_DIR N_ZH_SENTENCES OUT_PREFIX [--ratio R] [--seed S]
                         [--drift R2 [--stretch K]]
  DEV_DIR  e.g. /work/shared/data/align-dev: SET/NAME.zh, .en (one sentence a line) and .align
           (one bead a line, "[zh ids]:[en ids]", 0-based, an optional third field ignored)
  writes OUT_PREFIX.zh, OUT_PREFIX.en (one sentence a line) and OUT_PREFIX.align (the gold
  ladder, same format), and prints the counts, the ratio reached and the bead mix.
  --drift R2: the target alternates between R and R2 every K Chinese sentences (default 2000), so
  that the local ratio moves as in a long verse-aligned text (issue 12's held-out pair).

The output holds copyrighted sentences: write it outside the repository, never commit it.
"""
import argparse
import collections
import os
import random
import re
import sys

BEAD = re.compile(r'^\s*\[([^\]]*)\]\s*:\s*\[([^\]]*)\]')


def ids(field, where):
    try:
        return [int(x) for x in field.replace(' ', '').split(',') if x]
    except ValueError:
        sys.exit(f'{where}: not a bead "[zh ids]:[en ids]"')


def read_beads(dev):
    """Every gold bead of DEV_DIR as (zh sentences, en sentences), in a fixed order."""
    beads = []
    for sub in sorted(os.listdir(dev)):
        folder = os.path.join(dev, sub)
        if not os.path.isdir(folder):
            continue
        for name in sorted(f[:-len('.align')] for f in os.listdir(folder) if f.endswith('.align')):
            base = os.path.join(folder, name)
            with open(base + '.zh', encoding='utf-8') as f:
                zh = f.read().split('\n')
            with open(base + '.en', encoding='utf-8') as f:
                en = f.read().split('\n')
            with open(base + '.align', encoding='utf-8') as f:
                for number, line in enumerate(f, 1):
                    if not line.strip():
                        continue
                    where = f'{base}.align:{number}'
                    m = BEAD.match(line)
                    if not m:
                        sys.exit(f'{where}: not a bead "[zh ids]:[en ids]"')
                    z, e = ids(m.group(1), where), ids(m.group(2), where)
                    if any(i >= len(zh) for i in z) or any(i >= len(en) for i in e):
                        sys.exit(f'{where}: sentence id past the end of {base}.zh/.en')
                    beads.append(([zh[i] for i in z], [en[i] for i in e]))
    if not beads:
        sys.exit(f'{dev}: no SET/NAME.align files')
    return beads


def zh_heavy(bead):
    """More Chinese sentences than English ones, and at least one English: 2-1, 3-1, 3-2, 4-1."""
    z, e = bead
    return len(e) >= 1 and len(z) > len(e)


def heavy_weight(beads, ratio):
    """The weight w of the zh-heavy beads (others weigh 1) whose expected sentence ratio is
    `ratio`: (Zo + w Zh) / (Eo + w Eh) = ratio."""
    zo = sum(len(z) for z, e in beads if not zh_heavy((z, e)))
    eo = sum(len(e) for z, e in beads if not zh_heavy((z, e)))
    zh = sum(len(z) for z, e in beads if zh_heavy((z, e)))
    eh = sum(len(e) for z, e in beads if zh_heavy((z, e)))
    if zh - ratio * eh <= 0:
        sys.exit(f'ratio {ratio}: above what the zh-heavy beads alone give ({zh / eh:.2f})')
    return max(1.0, (ratio * eo - zo) / (zh - ratio * eh))


def main():
    p = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    p.add_argument('dev')
    p.add_argument('sentences', type=int)
    p.add_argument('out')
    p.add_argument('--ratio', type=float, default=1.4, help='Chinese per English sentence (1.4)')
    p.add_argument('--seed', type=int, default=1412, help='random seed (1412)')
    p.add_argument('--drift', type=float, help='a second ratio, alternating with --ratio')
    p.add_argument('--stretch', type=int, default=2000,
                   help='Chinese sentences of each stretch with --drift (2000)')
    a = p.parse_args()
    if a.sentences < 1:
        sys.exit(f'N_ZH_SENTENCES must be at least 1, not {a.sentences}')
    if a.stretch < 1:
        sys.exit(f'--stretch must be at least 1, not {a.stretch}')
    if not os.path.isdir(a.dev):
        sys.exit(f'{a.dev}: not a directory')
    beads = read_beads(a.dev)
    ratios = [a.ratio] if a.drift is None else [a.ratio, a.drift]
    heavy = [heavy_weight(beads, r) for r in ratios]
    weights = [[w if zh_heavy(b) else 1.0 for b in beads] for w in heavy]
    rnd = random.Random(a.seed)
    mix = collections.Counter()
    nz = ne = 0
    with open(a.out + '.zh', 'w', encoding='utf-8', newline='\n') as fz, \
            open(a.out + '.en', 'w', encoding='utf-8', newline='\n') as fe, \
            open(a.out + '.align', 'w', encoding='utf-8', newline='\n') as fa:
        while nz < a.sentences:
            z, e = rnd.choices(beads, weights[nz // a.stretch % len(weights)])[0]
            for s in z:
                fz.write(s + '\n')
            for s in e:
                fe.write(s + '\n')
            fa.write('[%s]:[%s]\n' % (','.join(str(nz + i) for i in range(len(z))),
                                      ','.join(str(ne + i) for i in range(len(e)))))
            nz += len(z)
            ne += len(e)
            mix[f'{len(z)}-{len(e)}'] += 1
    total = sum(mix.values())
    shares = ', '.join(f'{k} {100 * v / total:.1f} %' for k, v in mix.most_common(6))
    print(f'{a.out}: {nz} zh, {ne} en sentences, ratio {nz / max(ne, 1):.3f}, '
          f'{total} beads (zh-heavy weight {" / ".join(f"{w:.2f}" for w in heavy)}): {shares}')


if __name__ == '__main__':
    main()
