import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAddon, whitelistOf } from '../../../sheets-addon/build';
import { ENTRY_POINTS } from '../../../sheets-addon/src/entry-points';

describe('the add-on build', () => {
  const out = mkdtempSync(join(tmpdir(), 'ciklas-addon-build-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('writes one Code.js with a top-level stub per entry point and the manifest with the narrowest scopes', async () => {
    const result = await buildAddon({
      outDir: out,
      apiUrls: ['https://api.ciklas.example', 'http://127.0.0.1:3000'],
      sidebar: false,
    });
    const code = readFileSync(result.codeFile, 'utf8');
    expect(code.startsWith('// Ciklas Google Sheets add-on')).toBe(true);
    expect(code).toContain('var Ciklas = (() => {');
    for (const name of ENTRY_POINTS)
      expect(code).toContain(
        `function ${name}() { return Ciklas.${name}.apply(null, arguments); }`,
      );
    const manifest = JSON.parse(readFileSync(join(out, 'appsscript.json'), 'utf8'));
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/script.external_request',
    ]);
    expect(manifest.urlFetchWhitelist).toEqual(['https://api.ciklas.example/']);
    expect(manifest.runtimeVersion).toBe('V8');
  });

  it('fails when anything in the add-on imports a Node built-in', async () => {
    const entry = join(out, 'bad.ts');
    writeFileSync(
      entry,
      "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
    );
    await expect(
      buildAddon({ outDir: join(out, 'bad'), apiUrls: [], sidebar: false, entry }),
    ).rejects.toThrow(/Apps Script has no Node built-ins: "node:fs"/);
    writeFileSync(entry, "import { join } from 'path';\nexport const x = join;\n");
    await expect(
      buildAddon({ outDir: join(out, 'bad'), apiUrls: [], sidebar: false, entry }),
    ).rejects.toThrow(/"path"/);
  });

  it('whitelists only https API URLs, each ending in a slash', () => {
    expect(
      whitelistOf(['https://a.example/v', 'https://b.example/', 'http://localhost:3000']),
    ).toEqual(['https://a.example/v/', 'https://b.example/']);
  });
});
