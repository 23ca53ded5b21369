import type { OrgType } from '../org/organisation';
import type { RequestContext } from '../ports';
import type { BenchmarkFigureCode } from './figures';

/** What a contribution says about who gave it: enough to form peer groups, never who. */
export interface PeerAttributes {
  orgType: OrgType;
  /** Normalised (`normaliseMunicipality`), so spellings of one municipality group together. */
  municipality: string;
}

/** One organisation's value of one figure in one year, as it is published. */
export interface BenchmarkContribution {
  figure: BenchmarkFigureCode;
  year: number;
  value: number;
  /** Survey figures: the respondents the value is over; null for other figures. */
  respondents: number | null;
  peer: PeerAttributes;
}

/** A contribution as a reader gets it: no organisation, no contributor key, only `own`. */
export interface BenchmarkEntry {
  value: number;
  respondents: number | null;
  peer: PeerAttributes;
  /** The caller's organisation gave it. */
  own: boolean;
}

/**
 * The shared benchmark partition: every organisation's published figures, stored under a
 * pseudonymous contributor key (an HMAC of the organisation's id) and never under its id or name.
 * Separate from the organisation-scoped `Store` on purpose: nothing reachable through `Store`
 * can read or write it. Every method acts for `ctx.actor.orgId` only; readers get anonymous
 * entries, each marked whether it is the caller's.
 */
export interface BenchmarkRepository {
  /**
   * Puts the caller's contributions for `year` (replacing its earlier values of those figures)
   * and deletes its values of `withdrawn` figures of that year, in one transaction.
   */
  replace(
    ctx: RequestContext,
    year: number,
    contributions: readonly BenchmarkContribution[],
    withdrawn: readonly BenchmarkFigureCode[],
  ): Promise<void>;
  /** Every contribution to a figure in a year, anonymous. */
  entries(
    ctx: RequestContext,
    figure: BenchmarkFigureCode,
    year: number,
  ): Promise<BenchmarkEntry[]>;
  /**
   * Deletes every contribution of the caller (opt-out): those of `years` for every figure in the
   * catalogue, and any other the contributor index finds. Answers how many it deleted.
   */
  withdraw(ctx: RequestContext, years: readonly number[]): Promise<number>;
}

/** Trimmed, single-spaced, lower-case (Lithuanian rules): "Utenos  r. sav." = "utenos r. sav.". */
export const normaliseMunicipality = (name: string): string =>
  name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('lt');
