// Records a genuine HAR with the Debian chromium (through playwright-core's recordHar) against a
// small loopback server started here: a page, a JSON API answering 200, a 502 from an "nginx",
// a 504 with an HTML body, a POST with a JSON body, a gzip-compressed response, a binary image and
// a request to a port nothing listens on (a refused connection). With FAULT_URL (the test's
// Gatescope fault server), it then also opens that server's misbehaving endpoints in the browser:
// a 502, a slow first byte, a close before any byte, a reset and a body cut short.
//   node record-har.mjs OUTPUT.har [CHROMIUM_PATH] [FAULT_URL]
// Prints one JSON line describing what was served, so the test can compare.
import http from 'node:http';
import net from 'node:net';
import zlib from 'node:zlib';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const output = process.argv[2];
const executablePath = process.argv[3] || '/usr/bin/chromium';
const faultUrl = process.argv[4] || '';
const faultPaths = [
  '/status?code=502&type=text/html&body=%3Ch1%3E502%20from%20the%20fault%20server%3C/h1%3E',
  '/slow-first-byte?ms=200',
  '/close-before-any-byte',
  '/reset',
  '/close-mid-body',
];
if (!output) {
  console.error('usage: node record-har.mjs OUTPUT.har [CHROMIUM_PATH]');
  process.exit(2);
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

const refusedPort = await freePort();
const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
                        '1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (url.pathname === '/') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><title>lab</title><img src="/pixel.png"><script>
        (async () => {
          const results = [];
          const go = async (u, init) => { try { const r = await fetch(u, init); await r.text(); results.push(r.status); } catch (e) { results.push('failed'); } };
          await go('/api/ok?item=42');
          await go('/api/bad-gateway');
          await go('/api/timeout');
          await go('/api/echo', { method: 'POST', headers: { 'Content-Type': 'application/json', 'Authorization': 'Bearer lab-token' }, body: JSON.stringify({ name: 'gatescope', n: 1 }) });
          await go('/api/gzip');
          await go('http://127.0.0.1:${refusedPort}/refused');
          document.title = 'done';
        })();
      </script>`);
    } else if (url.pathname === '/api/ok') {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Server': 'lab-origin' });
      res.end(JSON.stringify({ ok: true, item: url.searchParams.get('item') }));
    } else if (url.pathname === '/api/bad-gateway') {
      res.writeHead(502, 'Bad Gateway', { 'Content-Type': 'text/html', 'Server': 'nginx/1.22.1' });
      res.end('<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n');
    } else if (url.pathname === '/api/timeout') {
      setTimeout(() => {
        res.writeHead(504, 'Gateway Timeout', { 'Content-Type': 'text/html', 'Server': 'nginx/1.22.1' });
        res.end('<html><head><title>504 Gateway Time-out</title></head><body><center><h1>504 Gateway Time-out</h1></center></body></html>');
      }, 150);
    } else if (url.pathname === '/api/echo') {
      res.writeHead(201, { 'Content-Type': 'application/json' });
      res.end(Buffer.concat(chunks));
    } else if (url.pathname === '/api/gzip') {
      const body = zlib.gzipSync(Buffer.from('compressed hello '.repeat(20)));
      res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Encoding': 'gzip', 'Content-Length': body.length });
      res.end(body);
    } else if (url.pathname === '/pixel.png') {
      res.writeHead(200, { 'Content-Type': 'image/png', 'Content-Length': png.length });
      res.end(png);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const port = server.address().port;

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'gatescope-chromium-'));
let context;
let status = 0;
try {
  // A persistent context on a fresh profile folder is how playwright takes --user-data-dir.
  context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    recordHar: { path: output, content: 'embed' },
  });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => document.title === 'done', null, { timeout: 20000 });
  for (const faultPath of faultUrl ? faultPaths : []) {
    // Failed navigations throw (net::ERR_EMPTY_RESPONSE, …); the HAR still records them.
    await page.goto(faultUrl.replace(/\/$/, '') + faultPath, { timeout: 10000 }).catch(() => {});
  }
  await context.close();
  context = undefined;
  console.log(JSON.stringify({ port, refusedPort, pngBase64: png.toString('base64'), faultPaths: faultUrl ? faultPaths : [] }));
} catch (error) {
  console.error(`record-har: ${error.message}`);
  status = 1;
} finally {
  if (context) await context.close().catch(() => {});
  server.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
process.exit(status);
