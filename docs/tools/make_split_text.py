#!/usr/bin/env python3
"""Running text for the splitter benchmark (SplitterPairedBenchmark, issue 12) from files of one
sentence a line (e.g. make_synthetic.py output): the sentences of each file, in order, joined into
paragraphs of 2 to 8 sentences (fixed seed), Chinese sentences with nothing between them, English
ones with a space; paragraphs end in a blank line, each file's paragraphs in turn
(zh, en, zh, en, ...) until both are used up.

usage: make_split_text.py ZH_FILE EN_FILE OUT_FILE [--seed S]

The output holds the input's sentences: if they are copyrighted, write it outside the
repository and never commit it.
"""
import argparse
import random
import sys


def paragraphs(lines, joiner, rnd):
    i = 0
    while i < len(lines):
        n = rnd.randint(2, 8)
        yield joiner.join(lines[i:i + n])
        i += n


def main():
    p = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    p.add_argument('zh')
    p.add_argument('en')
    p.add_argument('out')
    p.add_argument('--seed', type=int, default=1127, help='random seed (1127)')
    a = p.parse_args()
    if a.out in (a.zh, a.en):
        sys.exit(f'{a.out}: the output would overwrite an input')
    sides = []
    for path in (a.zh, a.en):
        try:
            with open(path, encoding='utf-8') as f:
                sides.append([s for s in f.read().split('\n') if s.strip()])
        except OSError as e:
            sys.exit(f'{path}: {e.strerror}')
    rnd = random.Random(a.seed)
    zh = list(paragraphs(sides[0], '', rnd))
    en = list(paragraphs(sides[1], ' ', rnd))
    out = []
    for i in range(max(len(zh), len(en))):
        out.extend(side[i] for side in (zh, en) if i < len(side))
    text = '\n\n'.join(out) + '\n'
    with open(a.out, 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)
    print(f'{a.out}: {len(sides[0])} zh + {len(sides[1])} en sentences, {len(out)} paragraphs, '
          f'{len(text)} characters')


if __name__ == '__main__':
    main()
