/**
 * `npm run addon:build [-- --target dev|prod]`: bundles sheets-addon/src/main.ts into one
 * Apps Script file (clasp 3 no longer compiles TypeScript) and writes sheets-addon/dist/:
 * Code.js (an IIFE assigning `Ciklas`, then one top-level stub per entry point, since Apps
 * Script calls only top-level functions), appsscript.json (urlFetchWhitelist set to the
 * target's API URLs) and Sidebar.html (the sidebar page, built by src/sidebar/build-sidebar.ts).
 * A Node built-in imported anywhere in the add-on fails the build: Apps Script has none.
 */
import { build, type Plugin } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { BUNDLE_GLOBAL, ENTRY_POINTS } from './src/entry-points';

const HERE = __dirname;

export interface Targets {
  [name: string]: { scriptId: string; apiUrls: string[] };
}

export const readTargets = (): Targets =>
  JSON.parse(readFileSync(join(HERE, 'targets.json'), 'utf8')) as Targets;

export interface BuildOptions {
  outDir?: string;
  /** API base URLs the add-on may call (Connect refuses others; the manifest whitelists the https ones). */
  apiUrls: string[];
  /** Build Sidebar.html too. @default true */
  sidebar?: boolean;
  /** The module to bundle. @default sheets-addon/src/main.ts */
  entry?: string;
}

export interface BuildResult {
  outDir: string;
  codeFile: string;
  bytes: number;
  sidebar: boolean;
  warnings: string[];
}

const NODE_BUILTINS = new Set(builtinModules);

const noNodeBuiltins: Plugin = {
  name: 'no-node-builtins',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      const bare = args.path.replace(/^node:/, '').split('/')[0] ?? '';
      if (args.path.startsWith('node:') || NODE_BUILTINS.has(bare))
        return {
          errors: [
            {
              text: `Apps Script has no Node built-ins: "${args.path}" imported by ${args.importer}`,
            },
          ],
        };
      return undefined;
    });
  },
};

/** `urlFetchWhitelist` entries: https only, each ending in `/` (Apps Script's rule). */
export const whitelistOf = (apiUrls: string[]): string[] =>
  apiUrls.filter((u) => u.startsWith('https://')).map((u) => (u.endsWith('/') ? u : `${u}/`));

export const buildAddon = async (options: BuildOptions): Promise<BuildResult> => {
  const outDir = options.outDir ?? join(HERE, 'dist');
  mkdirSync(outDir, { recursive: true });
  const warnings: string[] = [];
  const result = await build({
    entryPoints: [options.entry ?? join(HERE, 'src', 'main.ts')],
    bundle: true,
    write: false,
    platform: 'neutral',
    target: 'es2020',
    format: 'iife',
    globalName: BUNDLE_GLOBAL,
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'silent',
    define: { CIKLAS_API_URLS: JSON.stringify(JSON.stringify(options.apiUrls)) },
    plugins: [noNodeBuiltins],
  });
  const bundle = result.outputFiles[0]?.text;
  if (!bundle) throw new Error('esbuild produced no output');
  const stubs = ENTRY_POINTS.map(
    (name) => `function ${name}() { return ${BUNDLE_GLOBAL}.${name}.apply(null, arguments); }`,
  ).join('\n');
  const code = `// Ciklas Google Sheets add-on: built by sheets-addon/build.ts, do not edit.\n${bundle}\n${stubs}\n`;
  const codeFile = join(outDir, 'Code.js');
  writeFileSync(codeFile, code);

  const manifest = JSON.parse(readFileSync(join(HERE, 'appsscript.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  manifest.urlFetchWhitelist = whitelistOf(options.apiUrls);
  writeFileSync(join(outDir, 'appsscript.json'), `${JSON.stringify(manifest, null, 2)}\n`);

  let sidebar = false;
  if (options.sidebar !== false) {
    const builder = join(HERE, 'src', 'sidebar', 'build-sidebar.ts');
    if (existsSync(builder)) {
      const mod = (await import(builder)) as { buildSidebarHtml: () => Promise<string> };
      writeFileSync(join(outDir, 'Sidebar.html'), await mod.buildSidebarHtml());
      sidebar = true;
    } else {
      warnings.push(
        `Sidebar.html not written: ${builder} is missing (the sidebar page is built there); the menu's "Open sidebar" needs it.`,
      );
    }
  }
  return { outDir, codeFile, bytes: Buffer.byteLength(code), sidebar, warnings };
};

const argValue = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

/** API URLs: CIKLAS_ADDON_API_URL (comma-separated) or the target's in targets.json. */
export const apiUrlsFor = (target: string): string[] => {
  const fromEnv = process.env.CIKLAS_ADDON_API_URL;
  if (fromEnv)
    return fromEnv
      .split(',')
      .map((u) => u.trim())
      .filter(Boolean);
  const entry = readTargets()[target];
  if (!entry)
    throw new Error(
      `unknown target "${target}" (sheets-addon/targets.json has ${Object.keys(readTargets()).join(', ')})`,
    );
  return entry.apiUrls;
};

if (require.main === module) {
  const target = argValue('--target') ?? 'dev';
  buildAddon({ apiUrls: apiUrlsFor(target) })
    .then((r) => {
      for (const w of r.warnings) console.warn(`warning: ${w}`);
      console.log(
        `add-on built for ${target}: ${r.codeFile} (${(r.bytes / 1024).toFixed(1)} KB)${r.sidebar ? ' + Sidebar.html' : ''}`,
      );
    })
    .catch((e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exitCode = 1;
    });
}
