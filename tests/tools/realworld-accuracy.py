#!/usr/bin/env python3
"""Accuracy of `gatescope diagnose` on the real-world captures (tests/core/diagnosis/data/real*/).

For every manifest entry, runs the binary the way a user does (`gatescope diagnose FILE --format
json`) inside a network namespace with no interfaces (`unshare -n`), so a capture that holds only a
request can never reach anything, and compares status, layer, product and cause with `expect`.
Prints one line per miss, then the totals: right (all four), layer/product/cause accuracy, and the
confidently wrong verdicts (wrong cause or producer with confidence >= 0.8).

    tests/tools/realworld-accuracy.py [--binary build/bin/gatescope] [--json] [DIR...]
        [--min-right N] [--max-confidently-wrong N]   (as CTest's realworld_accuracy runs it: a floor)
"""
import argparse, concurrent.futures, json, os, subprocess, sys

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
parser = argparse.ArgumentParser()
parser.add_argument('--binary', default=os.path.join(root, 'build/bin/gatescope'))
parser.add_argument('--json', action='store_true', help='print the per-capture results as JSON')
parser.add_argument('--min-right', type=int, default=0, help='exit 1 when fewer captures are right')
parser.add_argument('--max-confidently-wrong', type=int, default=None,
                    help='exit 1 when more verdicts are confidently wrong')
parser.add_argument('dirs', nargs='*')
args = parser.parse_args()
dirs = args.dirs or [os.path.join(root, 'tests/core/diagnosis/data', d) for d in ('real', 'real-pending')]

isolate = ['unshare', '-n'] if os.geteuid() == 0 else []
def diagnosed(d, entry):
    path = os.path.join(d, entry['file'])
    proc = subprocess.run(isolate + [args.binary, 'diagnose', path, '--format', 'json'],
                          capture_output=True, timeout=60,
                          env=dict(os.environ, QT_QPA_PLATFORM='offscreen', LANG='C.UTF-8'))
    got = {'exit': proc.returncode}
    if proc.returncode == 0:
        try:
            doc = json.loads(proc.stdout)
            dg = doc['exchanges'][0]['diagnosis']
            got.update(status=dg.get('status'), layer=dg['producer']['layer'],
                       product=dg['producer']['product'], cause=dg['cause'],
                       confidence=dg['producer'].get('confidence', 0),
                       sent=any(x.get('source') == 'replayed' for x in doc['exchanges']))
        except (ValueError, KeyError, IndexError) as e:
            got['error'] = 'bad output: %s' % e
    else:
        got['error'] = proc.stderr.decode('utf-8', 'replace').strip()[:200]
    return {'dir': os.path.basename(d), 'file': entry['file'], 'expect': entry['expect'], 'got': got}

# One process per capture, as many at once as there are cores; the rows keep the manifests' order.
work = []
for d in dirs:
    manifest = os.path.join(d, 'manifest.json')
    if os.path.exists(manifest):
        work += [(d, entry) for entry in json.load(open(manifest, encoding='utf-8'))['captures']]
with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
    rows = list(pool.map(lambda item: diagnosed(*item), work))

def same(row, key):
    e = row['expect'].get(key)
    return e is None or e == row['got'].get(key)

n = len(rows)
right = [r for r in rows if all(same(r, k) for k in ('status', 'layer', 'product', 'cause'))]
conf_wrong = [r for r in rows if r['got'].get('confidence', 0) >= 0.8
              and not (same(r, 'cause') and same(r, 'layer') and same(r, 'product'))]
if args.json:
    print(json.dumps(rows, indent=1))
else:
    for r in rows:
        if r in right:
            continue
        g = r['got']; e = r['expect']
        mark = '!!' if r in conf_wrong else '  '
        print('%s %-14s %-58s want %s %s/%s %s | got %s %s/%s %s %.2f%s' % (
            mark, r['dir'], r['file'][:58], e.get('status'), e.get('layer'), e.get('product'), e.get('cause'),
            g.get('status'), g.get('layer'), g.get('product'), g.get('cause'), g.get('confidence', 0) or 0,
            (' ERROR ' + g['error']) if 'error' in g else (' SENT' if g.get('sent') else '')))
    for key in ('status', 'layer', 'product', 'cause'):
        print('%-8s %3d/%d' % (key, sum(1 for r in rows if same(r, key)), n))
    print('right    %3d/%d (%.1f %%), confidently wrong %d' % (len(right), n, 100.0 * len(right) / max(n, 1), len(conf_wrong)))
failed = len(right) < args.min_right or (
    args.max_confidently_wrong is not None and len(conf_wrong) > args.max_confidently_wrong)
sent = [r for r in rows if r['got'].get('sent')]
if sent:
    print('sent a request for: ' + ', '.join(r['file'] for r in sent))
sys.exit(1 if failed or sent else 0)
