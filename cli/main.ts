import { SurveyFileError } from '../functions/adapters/excel/survey-file';
import { LOCALES, t, type Locale, type MessageKey } from '../functions/i18n';
import { isReportKind, ReportCliError, reportDownload } from './report';
import { surveyAnalyze, surveyCompare } from './survey';
import { SyncCliError, syncCommand } from './sync';
import { isTokenCommand, tokenCommand } from './token';

/** A problem with what the user asked: one line on stderr and exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(
    readonly key: MessageKey,
    readonly params: Record<string, string | number> = {},
  ) {
    super(key);
  }
}

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** stderr is a terminal: progress may redraw its line. */
  isTty?: boolean;
}

export interface ParsedArgs {
  positional: string[];
  options: Map<string, string | true>;
}

const VALUED = new Set([
  '--sheet',
  '--lang',
  '--year',
  '--out',
  '--api',
  '--token',
  '--unit',
  '--version',
  '--org',
  '--link',
  '--name',
  '--days',
]);
const FLAGS = new Set(['--json', '--help', '--all']);

/** `--name value`, `--name=value` and flags; anything unknown is refused, never ignored. */
export const parseArgs = (args: readonly string[]): ParsedArgs => {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--') || arg === '--') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg : arg.slice(0, eq);
    if (FLAGS.has(name) && eq < 0) options.set(name, true);
    else if (VALUED.has(name)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined || value === '')
        throw new UsageError('cli.optionNeedsValue', { option: name });
      options.set(name, value);
    } else throw new UsageError('cli.unknownOption', { option: arg });
  }
  return { positional, options };
};

const localeOf = (args: readonly string[], env: NodeJS.ProcessEnv): Locale => {
  const i = args.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const wanted =
    i < 0 ? env.CIKLAS_LANG : args[i]!.includes('=') ? args[i]!.split('=')[1] : args[i + 1];
  return LOCALES.find((l) => l === wanted?.toLowerCase()) ?? 'lt';
};

const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ').trim();

/**
 * Runs one command and gives the exit code: 0 done, 2 bad input (one clear line on stderr, in the
 * user's language, never a stack trace), 1 an unexpected failure.
 */
export const main = async (
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  io: Io = {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    isTty: process.stderr.isTTY,
  },
): Promise<number> => {
  const locale = localeOf(args, env);
  const usage = `${t(locale, 'cli.usage')}\n${t(locale, 'cli.report.usage')}\n${t(locale, 'cli.sync.usage')}\n${t(locale, 'cli.token.usage')}`;
  try {
    const parsed = parseArgs(args);
    const [area, command, ...rest] = parsed.positional;
    if (parsed.options.has('--help') || area === undefined) {
      io.out(`${usage}\n`);
      return area === undefined && !parsed.options.has('--help') ? 2 : 0;
    }
    const json = parsed.options.has('--json');
    const sheet = parsed.options.get('--sheet');
    const sheetOption = typeof sheet === 'string' ? { sheet } : {};
    if (area === 'survey' && command === 'analyze') {
      const [file] = rest;
      if (file === undefined) throw new UsageError('cli.missingArgument', { name: '<file.xlsx>' });
      io.out(await surveyAnalyze(file, { ...sheetOption, json, locale }));
      return 0;
    }
    if (area === 'survey' && command === 'compare') {
      const [before, after] = rest;
      if (before === undefined || after === undefined)
        throw new UsageError('cli.missingArgument', {
          name: before === undefined ? '<before.xlsx>' : '<after.xlsx>',
        });
      io.out(await surveyCompare(before, after, { ...sheetOption, json, locale }));
      return 0;
    }
    if (area === 'report' && isReportKind(command)) {
      const value = (name: string) => {
        const v = parsed.options.get(name);
        return typeof v === 'string' ? v : undefined;
      };
      const saved = await reportDownload(
        command,
        {
          year: value('--year'),
          locale,
          out: value('--out'),
          api: value('--api'),
          token: value('--token'),
          unit: value('--unit'),
          version: value('--version'),
        },
        env,
        { err: io.err, isTty: io.isTty ?? false },
        (key, params) => t(locale, key, params),
      );
      io.out(`${saved}\n`);
      return 0;
    }
    if (area === 'token' && isTokenCommand(command)) {
      const value = (name: string) => {
        const v = parsed.options.get(name);
        return typeof v === 'string' ? v : undefined;
      };
      io.out(
        await tokenCommand(
          command,
          {
            locale,
            api: value('--api'),
            token: value('--token'),
            name: value('--name'),
            days: value('--days'),
            all: parsed.options.has('--all'),
            tokenId: rest[0],
          },
          env,
          (key, params) => t(locale, key, params),
        ),
      );
      return 0;
    }
    if (area === 'sync' && command === undefined) {
      const value = (name: string) => {
        const v = parsed.options.get(name);
        return typeof v === 'string' ? v : undefined;
      };
      return await syncCommand(
        { locale, org: value('--org'), link: value('--link') },
        env,
        io.out,
        (key, params) => t(locale, key, params),
      );
    }
    throw new UsageError('cli.unknownCommand', {
      command: [area, command].filter(Boolean).join(' '),
      usage,
    });
  } catch (error) {
    if (error instanceof ReportCliError) {
      io.err(`ciklas: ${oneLine(t(locale, error.key, error.params))}\n`);
      return error.exit;
    }
    if (
      error instanceof UsageError ||
      error instanceof SurveyFileError ||
      error instanceof SyncCliError
    ) {
      io.err(`ciklas: ${oneLine(t(locale, error.key, error.params))}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`ciklas: ${oneLine(message)}\n`);
    return 1;
  }
};
