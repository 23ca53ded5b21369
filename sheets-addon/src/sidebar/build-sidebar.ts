/**
 * Builds the sidebar page (dist/Sidebar.html of the add-on): the HTML shell with the CSS and the
 * bundled client.ts inline. HtmlService serves it in an iframe, so nothing may come from outside:
 * no external scripts, styles, fonts or images.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';

const here = __dirname;

/** `text` safe inside an inline `<script>`: `</script` would end the element early. */
const inlineScript = (text: string): string => text.replace(/<\/(script)/gi, '<\\/$1');

/** The whole sidebar page as one HTML document string. */
export const buildSidebarHtml = async (): Promise<string> => {
  const [shell, css, bundle] = await Promise.all([
    readFile(join(here, 'shell.html'), 'utf8'),
    readFile(join(here, 'sidebar.css'), 'utf8'),
    build({
      entryPoints: [join(here, 'client.ts')],
      bundle: true,
      write: false,
      platform: 'browser',
      target: 'es2019',
      format: 'iife',
      minify: true,
      charset: 'utf8',
      legalComments: 'none',
      logLevel: 'silent',
    }),
  ]);
  const script = bundle.outputFiles[0]?.text;
  if (!script) throw new Error('esbuild wrote no sidebar bundle');
  if (/<\/style/i.test(css)) throw new Error('sidebar.css must not contain </style');
  return shell
    .replace('/*STYLE*/', () => css.trim())
    .replace('/*SCRIPT*/', () => inlineScript(script.trim()));
};
