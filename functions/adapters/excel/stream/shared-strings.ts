import { NotXlsxError, XlsxTooLargeError } from './errors';
import type { XlsxLimits } from './limits';
import { runsText } from './sheet-scanner';

type Limits = Pick<XlsxLimits, 'maxSharedStrings' | 'maxSharedStringChars' | 'maxElementChars'>;

const isNameEnd = (code: number): boolean =>
  code === 62 /* > */ ||
  code === 47 /* / */ ||
  code === 32 ||
  code === 9 ||
  code === 10 ||
  code === 13;

/**
 * Reads sharedStrings.xml as it inflates into an array indexed like the cells' `t="s"` values.
 * The one part held in memory whole, so its count and characters are capped. Scanned like the
 * sheet: a latin1 view for the markup, UTF-8 decoding of the bytes for the text.
 */
export const readSharedStrings = async (
  chunks: AsyncIterable<Buffer>,
  limits: Limits,
): Promise<string[]> => {
  const strings: string[] = [];
  let chars = 0;
  let carry = Buffer.alloc(0);
  let p: string | undefined;
  let open = '';
  let close = '';
  const add = (text: string) => {
    chars += text.length;
    if (strings.length >= limits.maxSharedStrings)
      throw new XlsxTooLargeError(
        `more than ${limits.maxSharedStrings} shared strings`,
        strings.length + 1,
        limits.maxSharedStrings,
      );
    if (chars > limits.maxSharedStringChars)
      throw new XlsxTooLargeError(
        `shared strings over ${limits.maxSharedStringChars} characters`,
        chars,
        limits.maxSharedStringChars,
      );
    strings.push(text);
  };
  /** Returns where the unfinished part begins. */
  const scan = (s: string, buf: Buffer): number => {
    let i = 0;
    for (;;) {
      const a = s.indexOf(open, i);
      if (a === -1) return Math.max(i, s.length - open.length);
      const after = s.charCodeAt(a + open.length);
      if (Number.isNaN(after)) return a;
      if (!isNameEnd(after)) {
        i = a + open.length;
        continue;
      }
      const gt = s.indexOf('>', a);
      if (gt === -1) return a;
      if (s.charCodeAt(gt - 1) === 47) {
        add('');
        i = gt + 1;
        continue;
      }
      const b = s.indexOf(close, gt);
      if (b === -1) return a;
      add(runsText(s, buf, gt + 1, b, p ?? ''));
      i = b + close.length;
    }
  };
  const feed = (chunk: Buffer) => {
    const buf = carry.length === 0 ? chunk : Buffer.concat([carry, chunk]);
    const s = buf.toString('latin1');
    let stop = 0;
    if (p === undefined) {
      const m = /<(?:([A-Za-z_][\w.-]*):)?sst[\s>/]/.exec(s);
      if (m) {
        p = m[1] ? `${m[1]}:` : '';
        open = `<${p}si`;
        close = `</${p}si>`;
      }
    }
    if (p !== undefined) stop = scan(s, buf);
    carry = stop < buf.length ? Buffer.from(buf.subarray(stop)) : Buffer.alloc(0);
    if (carry.length > limits.maxElementChars)
      throw new XlsxTooLargeError(
        `a shared string over ${limits.maxElementChars} bytes`,
        carry.length,
        limits.maxElementChars,
      );
  };
  for await (const chunk of chunks) feed(chunk);
  if (p === undefined) throw new NotXlsxError('sharedStrings.xml has no <sst> root');
  return strings;
};
