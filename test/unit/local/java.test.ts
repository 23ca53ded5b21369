import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkJava, javaAdvice } from '../../../functions/local/java';

/** A stand-in `java` that prints what a given JDK prints for `java -version`. */
const fakeJava = (versionLine: string): string => {
  const dir = mkdtempSync(join(tmpdir(), 'fake-java-'));
  const path = join(dir, 'java');
  writeFileSync(path, `#!/bin/sh\necho '${versionLine}' >&2\n`);
  chmodSync(path, 0o755);
  return path;
};

describe('the Java check before DynamoDB Local starts', () => {
  it('accepts Java 17 and newer', () => {
    expect(checkJava(fakeJava('openjdk version "17.0.15" 2025-04-15'))).toEqual({
      ok: true,
      major: 17,
    });
    expect(checkJava(fakeJava('openjdk version "21" 2023-09-19'))).toEqual({ ok: true, major: 21 });
  });

  it('says clearly when Java is missing or too old, with how to install it', () => {
    const missing = checkJava('/nonexistent/java');
    expect(missing).toEqual({ ok: false, reason: 'missing' });
    const old = checkJava(fakeJava('java version "1.8.0_381"'));
    expect(old).toEqual({ ok: false, reason: 'old', major: 8 });
    if (!old.ok) expect(javaAdvice(old)).toContain('openjdk-17-jre-headless');
    if (!missing.ok) expect(javaAdvice(missing)).toContain('Java nerasta');
  });
});
