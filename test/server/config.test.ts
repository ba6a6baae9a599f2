import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/server/config.js';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

describe('loadConfig', () => {
  it('has safe defaults: loopback only, port 3000, ./data', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ host: '127.0.0.1', port: 3000, dataDir: resolve('data'), trustProxy: false, demo: true });
    expect(c.publicUrl).toBeUndefined();
    expect(c.adminToken).toBeUndefined();
    expect(c.templatesDir).toBe(fileURLToPath(new URL('../../templates', import.meta.url)));
  });

  it('reads the environment', () => {
    const c = loadConfig({
      RUNCAST_DATA: '/data',
      HOST: '0.0.0.0',
      PORT: '8080',
      PUBLIC_URL: 'https://runcast.example.com/',
      RUNCAST_ADMIN_TOKEN: 'a-long-enough-admin-token-123',
      TRUST_PROXY: '1',
      RUNCAST_DEMO: '0',
    });
    expect(c).toMatchObject({
      dataDir: '/data',
      host: '0.0.0.0',
      port: 8080,
      publicUrl: 'https://runcast.example.com',
      adminToken: 'a-long-enough-admin-token-123',
      trustProxy: 1,
      demo: false,
    });
  });

  it('refuses an address beyond this machine without PUBLIC_URL: links would point athletes at localhost', () => {
    for (const host of ['0.0.0.0', '::', '192.168.1.20', 'runcast.internal']) {
      expect(() => loadConfig({ HOST: host }), host).toThrow(/PUBLIC_URL: the service listens on .*set PUBLIC_URL/);
      expect(loadConfig({ HOST: host, PUBLIC_URL: 'https://runcast.example.com' }).host).toBe(host);
    }
    for (const host of ['127.0.0.1', '127.0.1.1', '::1', '[::1]', 'localhost']) expect(loadConfig({ HOST: host }).host, host).toBe(host);
  });

  it('runs one process unless RUNCAST_WORKERS says how many, or auto for one per core', () => {
    expect(loadConfig({}).workers).toBe(1);
    expect(loadConfig({ RUNCAST_WORKERS: '' }).workers).toBe(1);
    expect(loadConfig({ RUNCAST_WORKERS: '3' }).workers).toBe(3);
    expect(loadConfig({ RUNCAST_WORKERS: 'auto' }).workers).toBe(Math.min(64, availableParallelism()));
    for (const bad of ['0', '65', 'two', '1.5', '-2']) {
      expect(() => loadConfig({ RUNCAST_WORKERS: bad }), bad).toThrow(/RUNCAST_WORKERS must be a whole number from 1 to 64, or auto/);
    }
  });

  it('names every bad variable', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', PUBLIC_URL: 'ftp://x', RUNCAST_ADMIN_TOKEN: 'short' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(/PORT/);
    expect(message).toMatch(/PUBLIC_URL/);
    expect(message).toMatch(/RUNCAST_ADMIN_TOKEN must be at least 24/);
  });
});
