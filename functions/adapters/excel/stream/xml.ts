/**
 * Small XML helpers for the parts read whole (workbook, relationships, styles) and the text
 * decoding shared with the streaming scanners. Element names match with any namespace prefix.
 */

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
};
const ENTITY = /&(#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g;
/** OOXML's own escape for characters XML cannot carry (`_x000D_`); `_x005F_` escapes `_`. */
const OOXML_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

const entity = (match: string, body: string): string => {
  if (body.charCodeAt(0) !== 35 /* # */) return NAMED_ENTITIES[body] ?? match;
  const code =
    body.charCodeAt(1) === 120 || body.charCodeAt(1) === 88
      ? parseInt(body.slice(2), 16)
      : parseInt(body.slice(1), 10);
  if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) return match;
  return String.fromCodePoint(code);
};

/** Text content or an attribute value as written: XML entities, then OOXML `_xHHHH_` escapes. */
export const decodeText = (raw: string): string => {
  let text = raw.indexOf('&') === -1 ? raw : raw.replace(ENTITY, entity);
  if (text.indexOf('_x') !== -1)
    text = text.replace(OOXML_ESCAPE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return text;
};

/** Attribute values only carry XML entities. */
export const decodeAttribute = (raw: string): string =>
  raw.indexOf('&') === -1 ? raw : raw.replace(ENTITY, entity);

/**
 * A copy that does not pin the chunk it was cut from: V8 keeps substrings of 13+ characters as
 * views on their parent, and a kept cell value would otherwise hold a whole inflated chunk.
 */
export const ownString = (s: string): string => (s.length < 13 ? s : (' ' + s).slice(1));

export type Attributes = Readonly<Record<string, string>>;

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export const parseAttributes = (source: string): Attributes => {
  const out: Record<string, string> = {};
  for (const m of source.matchAll(ATTRIBUTE)) {
    const name = m[1];
    if (name !== undefined) out[name] = decodeAttribute(m[2] ?? m[3] ?? '');
  }
  return out;
};

/** An attribute by local name whatever its prefix (`r:id`, `d3p1:id`), the unprefixed one first. */
export const localAttribute = (attributes: Attributes, local: string): string | undefined => {
  if (attributes[local] !== undefined) return attributes[local];
  const suffix = `:${local}`;
  for (const [name, value] of Object.entries(attributes)) if (name.endsWith(suffix)) return value;
  return undefined;
};

export interface XmlElement {
  attributes: Attributes;
  /** Offset of the start tag's `<` and just past its `>`. */
  start: number;
  end: number;
  selfClosing: boolean;
}

const PREFIX = '(?:[A-Za-z_][\\w.-]*:)?';
const ATTRIBUTES = `((?:\\s+[^\\s=/>]+\\s*=\\s*(?:"[^"]*"|'[^']*'))*)`;

/** Start tags of one element name, in document order. */
export const findElements = (
  xml: string,
  local: string,
  from = 0,
  to = xml.length,
): XmlElement[] => {
  const pattern = new RegExp(`<${PREFIX}${local}${ATTRIBUTES}\\s*(/?)>`, 'g');
  pattern.lastIndex = from;
  const out: XmlElement[] = [];
  for (let m = pattern.exec(xml); m !== null && m.index < to; m = pattern.exec(xml)) {
    out.push({
      attributes: parseAttributes(m[1] ?? ''),
      start: m.index,
      end: m.index + m[0].length,
      selfClosing: m[2] === '/',
    });
  }
  return out;
};

/** The span between an element's start tag and its end tag (its content), or undefined. */
export const elementContent = (
  xml: string,
  local: string,
): { from: number; to: number } | undefined => {
  const [first] = findElements(xml, local);
  if (!first || first.selfClosing) return undefined;
  const close = new RegExp(`</${PREFIX}${local}\\s*>`, 'g');
  close.lastIndex = first.end;
  const m = close.exec(xml);
  return m ? { from: first.end, to: m.index } : undefined;
};

/** The namespace prefix (`x:`) of the document's root element, or '' when it has none. */
export const rootPrefix = (xml: string, local: string): string | undefined => {
  const m = new RegExp(`<(?:([A-Za-z_][\\w.-]*):)?${local}[\\s>/]`).exec(xml);
  if (!m) return undefined;
  return m[1] ? `${m[1]}:` : '';
};
