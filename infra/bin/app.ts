import { App, Tags, Validations, type AppProps } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { CiklasStack, type CiklasStackProps } from '../stacks/ciklas-stack';

export const PROJECT_TAG = { key: 'project', value: 'ciklas' } as const;

/**
 * The Ciklas CDK app: one stack, tagged, checked by cdk-nag's AwsSolutions pack on every synth.
 * Exported so tests build the very app `cdk synth` builds.
 */
export const createApp = (
  appProps: AppProps = {},
  stackProps: CiklasStackProps = {},
): { app: App; stack: CiklasStack } => {
  const app = new App(appProps);
  // Environment-agnostic: synth needs no credentials and gives the same template everywhere;
  // `cdk deploy` takes account and region from the caller's AWS profile.
  const stack = new CiklasStack(app, 'Ciklas', {
    description: 'Ciklas: continuous-improvement cycle API (HTTP API, Lambda, DynamoDB, Cognito)',
    tags: { [PROJECT_TAG.key]: PROJECT_TAG.value },
    ...stackProps,
  });
  Tags.of(app).add(PROJECT_TAG.key, PROJECT_TAG.value);
  // cdk-nag 3 is a policy-validation plugin (no longer an Aspect): a finding fails the synth.
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
  return { app, stack };
};

if (require.main === module) {
  createApp();
}
