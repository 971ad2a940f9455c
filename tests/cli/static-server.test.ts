import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, startStaticServer } from '../../lib/cli/static-server';

/** Sends a raw GET with `target` as the request line's URL (absolute when acting as a proxy). */
function get(port: number, target: string): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path: target, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('cli/static-server', () => {
  let server: StaticServer;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-serve-'));
    writeFileSync(join(dir, 'index.html'), '<p>trang chủ</p>');
    writeFileSync(join(dir, 'a.txt'), 'văn bản');
    server = await startStaticServer({ '/': dir });
  });
  afterAll(() => server.close());

  it('serves files and a folder index', async () => {
    expect(await get(server.port, '/a.txt')).toEqual({ status: 200, body: 'văn bản' });
    expect((await get(server.port, '/')).body).toBe('<p>trang chủ</p>');
  });

  it('answers absolute URLs, as an HTTP proxy does', async () => {
    expect((await get(server.port, 'http://tin.hanoi.gov.vn/a.txt')).body).toBe('văn bản');
  });

  it('never serves a file outside its folder', async () => {
    expect((await get(server.port, '/../../etc/passwd')).status).toBe(404);
    expect((await get(server.port, '/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
  });
});
