import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  contributorKeyer,
  loadOrCreateBenchmarkSecret,
} from '../../../../functions/adapters/dynamodb/benchmark-contributor';

describe('the pseudonymous contributor key', () => {
  const secret = 'a-test-secret-of-thirty-two-chars!';

  it('is stable per organisation, differs between organisations and secrets, and hides the id', () => {
    const key = contributorKeyer(secret);
    expect(key('utena-sgc')).toBe(key('utena-sgc'));
    expect(key('utena-sgc')).not.toBe(key('panevezys-gc'));
    expect(contributorKeyer(`${secret}x`)('utena-sgc')).not.toBe(key('utena-sgc'));
    expect(key('utena-sgc')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(key('utena-sgc')).not.toContain('utena');
  });

  it('refuses a short secret', () => {
    expect(() => contributorKeyer('short')).toThrow(/at least 32/);
  });

  it('generates the local secret once, readable by its owner only, and reads it back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ciklas-bench-'));
    try {
      const file = join(dir, 'nested', 'benchmark-secret');
      const first = loadOrCreateBenchmarkSecret(file);
      expect(first.length).toBeGreaterThanOrEqual(32);
      expect(loadOrCreateBenchmarkSecret(file)).toBe(first);
      expect(readFileSync(file, 'utf8').trim()).toBe(first);
      expect(statSync(file).mode & 0o777).toBe(0o600);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
