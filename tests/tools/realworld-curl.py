#!/usr/bin/env python3
"""Imports the real "Copy as cURL" lines, typed curl commands and HAR files of
tests/core/capture/data/realworld-curl (each with its public source in manifest.json) the way a
user's input is read — `gatescope convert FILE --to har --no-redact`, in a network namespace of its
own so nothing can be sent — and compares what was read with `expect`: method, URL, every header the
line sets, the cookie and the body (for a HAR: the number of entries, their statuses and methods).

    tests/tools/realworld-curl.py [--binary build/bin/gatescope] [--min-right N] [DIR]

Prints one block per capture that does not match, then the count; exits 1 below --min-right.
"""
import argparse
import json
import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
parser = argparse.ArgumentParser()
parser.add_argument('--binary', default=os.path.join(here, '..', '..', 'build', 'bin', 'gatescope'))
parser.add_argument('--min-right', type=int, default=0, help='exit 1 when fewer captures match')
parser.add_argument('dir', nargs='?', default=os.path.join(here, '..', 'core', 'capture', 'data', 'realworld-curl'))
args = parser.parse_args()


def problems(capture):
    path = os.path.join(args.dir, capture['file'])
    expect = capture['expect']
    run = subprocess.run(['unshare', '-n', args.binary, 'convert', path, '--to', 'har', '--no-redact'],
                         capture_output=True, text=True, timeout=60)
    if run.returncode != 0:
        return ['exit %d: %s' % (run.returncode, run.stderr.strip()[:300])]
    try:
        entries = json.loads(run.stdout)['log']['entries']
    except (ValueError, KeyError) as error:
        return ['not a HAR: %s' % error]
    found = []
    if 'entries' in expect:
        if len(entries) != expect['entries']:
            found.append('entries %d, expected %d' % (len(entries), expect['entries']))
        statuses = [e['response']['status'] for e in entries]
        if expect.get('statuses') and statuses != expect['statuses']:
            found.append('statuses %s, expected %s' % (statuses, expect['statuses']))
        methods = [e['request']['method'] for e in entries]
        if expect.get('methods') and methods != expect['methods']:
            found.append('methods %s, expected %s' % (methods, expect['methods']))
        return found
    if not entries:
        return ['no request read']
    request = entries[0]['request']
    if expect.get('method') and request['method'] != expect['method']:
        found.append('method %s, expected %s' % (request['method'], expect['method']))
    if expect.get('url') and request['url'] != expect['url']:
        found.append('URL %r, expected %r' % (request['url'], expect['url']))
    headers = {}
    for header in request['headers']:
        headers.setdefault(header['name'].lower(), []).append(header['value'])
    for name, value in (expect.get('headers') or {}).items():
        if name.lower() == 'cookie':
            continue
        got = headers.get(name.lower())
        if got is None:
            found.append('header %s missing' % name)
        elif value not in got and not (
                # curl puts its random boundary on a multipart Content-Type the user gave
                value.startswith('multipart/') and any(g.startswith(value + '; boundary=') for g in got)):
            found.append('header %s: %r, expected %r' % (name, got[0][:80], value[:80]))
    if expect.get('cookie'):
        got = '; '.join(headers.get('cookie', []))
        if got != expect['cookie']:
            found.append('cookie %r, expected %r' % (got[:80], expect['cookie'][:80]))
    if expect.get('body'):
        got = (request.get('postData') or {}).get('text')
        if got != expect['body']:
            found.append('body %r, expected %r' % ((got or '')[:100], expect['body'][:100]))
    return found


manifest = json.load(open(os.path.join(args.dir, 'manifest.json')))
right = 0
for capture in manifest['captures']:
    found = problems(capture)
    if not found:
        right += 1
        continue
    unsure = capture['expect'].get('unsure')
    print('%s (%s)%s' % (capture['file'], capture.get('kind', ''), ' — unsure: ' + unsure[:100] if unsure else ''))
    for line in found:
        print('    ' + line)
total = len(manifest['captures'])
print('matched %d/%d (%.1f %%)' % (right, total, 100.0 * right / max(total, 1)))
sys.exit(1 if right < args.min_right else 0)
