import { buildSidebarHtml } from '../../../sheets-addon/src/sidebar/build-sidebar';

describe('the built sidebar page (dist/Sidebar.html)', () => {
  let html = '';
  beforeAll(async () => {
    html = await buildSidebarHtml();
  });

  it('is one complete HTML document with its style and script inline', () => {
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toMatch(/<html lang="lt">/);
    expect(html).toMatch(/<meta charset="utf-8" \/>/);
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html).not.toContain('/*STYLE*/');
    expect(html).not.toContain('/*SCRIPT*/');
    expect(html).toContain('sidebarState');
    expect(html).toContain('Palikti mano');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('loads nothing from outside: no src, href, url(), @import or link elements', () => {
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link\b/i);
    const css = html.slice(html.indexOf('<style>'), html.indexOf('</style>'));
    expect(css).not.toMatch(/@import|url\(/i);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  it('holds no Apps Script scriptlet opener and no innerHTML', () => {
    // HtmlService templates treat `<?` as a scriptlet; the page must work from a template too.
    expect(html).not.toContain('<?');
    expect(html).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });

  it('is ES2019 (no ?. or ?? left for older embedded browsers)', () => {
    const script = html.slice(html.indexOf('<script>'), html.indexOf('</script>'));
    expect(script).not.toMatch(/\?\.[a-zA-Z_$[(]/);
    expect(script).not.toContain('??');
  });
});
