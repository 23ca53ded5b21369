/**
 * Why a chart could not be built or drawn. Messages are for developers and logs; the report
 * writer decides what a user sees (a report without one chart is still a report).
 */
export type ChartErrorCode = 'chart_input' | 'chart_render';

export abstract class ChartError extends Error {
  abstract readonly code: ChartErrorCode;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** A builder got data it cannot draw honestly: no points, a share outside 0–1, a duplicate label. */
export class ChartInputError extends ChartError {
  readonly code = 'chart_input' as const;
  override readonly name = 'ChartInputError';
}

/** vega-lite could not compile the spec, vega could not lay it out, or resvg could not draw it. */
export class ChartRenderError extends ChartError {
  readonly code = 'chart_render' as const;
  override readonly name = 'ChartRenderError';
}
