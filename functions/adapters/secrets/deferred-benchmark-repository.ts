import type { BenchmarkFigureCode } from '../../domain/benchmark/figures';
import type {
  BenchmarkContribution,
  BenchmarkEntry,
  BenchmarkRepository,
} from '../../domain/benchmark/repository';
import type { RequestContext } from '../../domain/ports';

/**
 * A benchmark repository whose contributor key lives in Secrets Manager: the real repository is
 * built on the first benchmark call (not at cold start, so requests that never touch the shared
 * partition never wait for the secret) and kept once built. Until then each call awaits `load`;
 * when it rejects (the secret could not be read) the call rejects with that error and the next
 * call loads again.
 */
export class DeferredBenchmarkRepository implements BenchmarkRepository {
  private ready: BenchmarkRepository | undefined;

  constructor(private readonly load: () => Promise<BenchmarkRepository>) {}

  private async repository(): Promise<BenchmarkRepository> {
    this.ready ??= await this.load();
    return this.ready;
  }

  async replace(
    ctx: RequestContext,
    year: number,
    contributions: readonly BenchmarkContribution[],
    withdrawn: readonly BenchmarkFigureCode[],
  ): Promise<void> {
    return (await this.repository()).replace(ctx, year, contributions, withdrawn);
  }

  async entries(
    ctx: RequestContext,
    figure: BenchmarkFigureCode,
    year: number,
  ): Promise<BenchmarkEntry[]> {
    return (await this.repository()).entries(ctx, figure, year);
  }

  async withdraw(ctx: RequestContext, years: readonly number[]): Promise<number> {
    return (await this.repository()).withdraw(ctx, years);
  }
}
