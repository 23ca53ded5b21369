// jszip is exceljs' own zip library (its dependency), so it is always installed beside it.
import JSZip from 'jszip';

const SHEET = /^xl\/worksheets\/sheet\d+\.xml$/;
const HYPERLINK = /<hyperlink\b[^>]*\/>/g;

/**
 * exceljs writes a link to another sheet with both `location` and an `r:id` pointing to an
 * *external* relationship whose target is the sheet reference; Excel follows the relationship and
 * tries to open a file of that name. This drops the `r:id` of links that have a `location` and
 * the relationships nothing names any more, so every reader follows the in-workbook location.
 */
export const fixInternalLinks = async (bytes: Buffer): Promise<Buffer> => {
  const zip = await JSZip.loadAsync(bytes);
  let changed = false;
  for (const path of Object.keys(zip.files).filter((p) => SHEET.test(p))) {
    const file = zip.file(path);
    if (!file) continue;
    const xml = await file.async('string');
    if (!xml.includes('location=')) continue;
    const dropped = new Set<string>();
    const fixed = xml.replace(HYPERLINK, (tag) => {
      if (!tag.includes(' location=')) return tag;
      const id = / r:id="([^"]+)"/.exec(tag)?.[1];
      if (id === undefined) return tag;
      dropped.add(id);
      return tag.replace(/ r:id="[^"]+"/, '');
    });
    if (dropped.size === 0) continue;
    zip.file(path, fixed);
    const relsPath = path.replace(/^xl\/worksheets\//, 'xl/worksheets/_rels/') + '.rels';
    const rels = zip.file(relsPath);
    if (rels) {
      const text = await rels.async('string');
      zip.file(
        relsPath,
        text.replace(/<Relationship\b[^>]*\/>/g, (rel) => {
          const id = / Id="([^"]+)"/.exec(rel)?.[1];
          return id !== undefined && dropped.has(id) ? '' : rel;
        }),
      );
    }
    changed = true;
  }
  if (!changed) return bytes;
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
};
