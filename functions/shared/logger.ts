/** Structured JSON log lines (CloudWatch-friendly). Library code logs through this, never console. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

const serialise = (value: unknown): unknown =>
  value instanceof Error
    ? {
        name: value.name,
        message: value.message,
        stack: value.stack,
        cause: serialise(value.cause),
      }
    : value;

export const createLogger = (
  level: LogLevel,
  write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Logger => {
  const emit = (
    at: Exclude<LogLevel, 'silent'>,
    message: string,
    fields: Record<string, unknown> = {},
  ) => {
    if (ORDER[at] < ORDER[level]) return;
    const entries = Object.entries(fields).map(([k, v]) => [k, serialise(v)]);
    write(
      JSON.stringify({
        level: at,
        time: new Date().toISOString(),
        message,
        ...Object.fromEntries(entries),
      }),
    );
  };
  return {
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
  };
};
