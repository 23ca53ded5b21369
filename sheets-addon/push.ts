/**
 * `npm run addon:push [-- --target dev|prod]` (default dev): typecheck, lint, the add-on's
 * tests, build, then `clasp push` of sheets-addon/dist/ to the target's Apps Script project.
 * Writes the per-developer, git-ignored sheets-addon/.clasp.json from targets.json. clasp is
 * run with `npx @google/clasp@3.4.1` (not a devDependency: it would add googleapis, an MCP SDK
 * and a second zod to the project's lock file for one deploy command).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { apiUrlsFor, buildAddon, readTargets } from './build';

const ROOT = join(__dirname, '..');
const CLASP = ['--yes', '@google/clasp@3.4.1'];

const fail = (message: string): never => {
  console.error(`addon:push: ${message}`);
  process.exit(1);
};

const step = (label: string, command: string, args: string[], cwd = ROOT): void => {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const res = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (res.status !== 0) fail(`${label} failed; nothing was pushed.`);
};

const main = async (): Promise<void> => {
  const i = process.argv.indexOf('--target');
  const target = i >= 0 ? (process.argv[i + 1] ?? '') : 'dev';
  const targets = readTargets();
  const entry = targets[target];
  if (!entry)
    return fail(
      `unknown target "${target}"; sheets-addon/targets.json has ${Object.keys(targets).join(', ')}.`,
    );
  if (entry.scriptId.startsWith('REPLACE') || !/^[A-Za-z0-9_-]{20,}$/.test(entry.scriptId))
    return fail(
      `targets.json's "${target}" has no Apps Script project id yet (scriptId "${entry.scriptId}"): put the project's id there (Apps Script → Project settings → IDs).`,
    );
  const rc = process.env.CLASPRC ?? join(homedir(), '.clasprc.json');
  if (!existsSync(rc))
    return fail(
      `you are not logged in to clasp (no ${rc}). Run once: npx ${CLASP.slice(1).join(' ')} login`,
    );

  step('typecheck', 'npm', ['run', 'typecheck']);
  step('lint', 'npm', ['run', 'lint']);
  step('the add-on’s tests', 'npx', [
    'jest',
    'test/unit/sheets-addon',
    'test/e2e/sheets-addon.test.ts',
    'test/e2e/sheets-sidebar.test.ts',
    '--selectProjects',
    'unit',
    'e2e',
  ]);
  const built = await buildAddon({ apiUrls: apiUrlsFor(target) });
  for (const w of built.warnings) console.warn(`warning: ${w}`);
  if (!built.sidebar) return fail('the sidebar page was not built; nothing was pushed.');
  console.log(`\n▶ built ${built.codeFile} for ${target}`);

  writeFileSync(
    join(__dirname, '.clasp.json'),
    `${JSON.stringify({ scriptId: entry.scriptId, rootDir: 'dist' }, null, 2)}\n`,
  );
  step(`clasp push (${target})`, 'npx', [...CLASP, 'push', '--force'], __dirname);
  console.log(`\nPushed to the ${target} Apps Script project ${entry.scriptId}.`);
};

main().catch((e: unknown) => fail(e instanceof Error ? e.message : String(e)));
