#!/usr/bin/env python3
# Makes a large KB with realistic texts, for measuring how big a KB the loader takes and how
# fast: the shipped KB's places once, and its articles, events and casualty figures copied
# COPIES times under new ids (so every copy keeps real article lengths, real quotes and real
# offsets). Not a KB to read: the copies repeat the same reports.
#
#   build-aux/make-large-kb.py COPIES OUT.json [--events N]
#
# With --events N, copies are added until the KB holds at least N events, then cut to N.
import argparse
import copy
import json
import os
import sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('copies', type=int)
    ap.add_argument('out')
    ap.add_argument('--events', type=int, default=0)
    args = ap.parse_args()

    with open(os.path.join(root, 'data', 'aleppo-2016.json'), encoding='utf-8') as f:
        kb = json.load(f)

    articles, events, casualties = kb['articles'], kb['events'], kb['casualties']
    copies = args.copies
    if args.events:
        copies = -(-args.events // len(events))
    out = dict(kb, articles=[], events=[], casualties=[])
    for c in range(copies):
        suffix = '-copy%d' % c
        for a in articles:
            a = copy.deepcopy(a)
            a['id'] += suffix
            out['articles'].append(a)
        for e in events:
            e = copy.deepcopy(e)
            e['id'] += suffix
            for s in e['sources']:
                s['article'] += suffix
            out['events'].append(e)
        for x in casualties:
            x = copy.deepcopy(x)
            x['id'] += suffix
            x['event'] += suffix
            x['source']['article'] += suffix
            out['casualties'].append(x)
    if args.events:
        keep = {e['id'] for e in out['events'][:args.events]}
        out['events'] = out['events'][:args.events]
        out['casualties'] = [x for x in out['casualties'] if x['event'] in keep]

    with open(args.out, 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    print('%s: %d articles, %d events, %d casualty figures, %d bytes'
          % (args.out, len(out['articles']), len(out['events']), len(out['casualties']),
             os.path.getsize(args.out)), file=sys.stderr)


main()
