import { App, Stack, Validations, type AppProps, type PolicyViolation } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** The feature flags `cdk synth` runs with, so tests synthesise the same template. */
export const cdkJsonContext = (): Record<string, unknown> => {
  const cdkJson = JSON.parse(readFileSync(path.join(REPO_ROOT, 'cdk.json'), 'utf8')) as {
    context?: Record<string, unknown>;
  };
  return cdkJson.context ?? {};
};

/** Skips NodejsFunction bundling: for tests that only look at non-code resources. */
export const SKIP_BUNDLING = { 'aws:cdk:bundling-stacks': [] as string[] };

/** App props with cdk.json's flags and a throwaway output directory; remove it with `cleanUp`. */
export const appProps = (context: Record<string, unknown> = {}): AppProps => ({
  outdir: mkdtempSync(path.join(tmpdir(), 'ciklas-cdk-')),
  context: { ...cdkJsonContext(), ...context },
});

export const cleanUp = (app: App | undefined): void => {
  if (app) rmSync(app.outdir, { recursive: true, force: true });
};

/** A bare app and stack with the AwsSolutions pack registered, as infra/bin/app.ts does. */
export const checkedStack = (context: Record<string, unknown> = {}): { app: App; stack: Stack } => {
  const app = new App(appProps(context));
  const stack = new Stack(app, 'Test');
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack };
};

/** cdk-nag's AwsSolutions findings for a construct tree (acknowledged ones are left out). */
export const nagFindings = (scope: IConstruct): PolicyViolation[] =>
  new AwsSolutionsChecks(undefined, { verbose: false }).validateScope(scope).violations;

/** `ruleName @ path` lines: readable in a failed expectation. */
export const describeFindings = (findings: PolicyViolation[]): string[] =>
  findings.flatMap((f) =>
    f.violatingResources.map((r) => `${f.ruleName} (${f.severity}) @ ${r.constructPath ?? '?'}`),
  );

/** Every acknowledgement in a tree: where, which rule, why. */
export const acknowledgements = (
  scope: IConstruct,
): { path: string; id: string; reason: string }[] =>
  scope.node.findAll().flatMap((c) =>
    c.node.metadata
      .filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((m) =>
        Object.entries(m.data as Record<string, string>).map(([id, reason]) => ({
          path: c.node.path,
          id: id.replace(/^annotation::/i, ''),
          reason,
        })),
      ),
  );
