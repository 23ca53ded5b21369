import type { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as sns from 'aws-cdk-lib/aws-sns';
import { createApp } from '../../infra/bin/app';
import {
  acknowledgements,
  appProps,
  cleanUp,
  describeFindings,
  nagFindings,
  SKIP_BUNDLING,
} from './support';

/**
 * The AwsSolutions checks are wired into the app and bite: these stacks skip bundling (the code
 * asset does not matter to any rule) so each case synthesises in well under a second.
 */
describe('cdk-nag on the Ciklas app', () => {
  const apps: App[] = [];
  const newApp = (...args: Parameters<typeof createApp>[1][]) => {
    const made = createApp(appProps(SKIP_BUNDLING), ...args);
    apps.push(made.app);
    return made;
  };

  afterAll(() => apps.forEach(cleanUp));

  it('fails the synth when a resource breaks an AwsSolutions rule', () => {
    const { app, stack } = newApp();
    new sns.Topic(stack, 'PlainTopic');

    const findings = describeFindings(nagFindings(app));

    expect(findings).toEqual(
      expect.arrayContaining(['AwsSolutions-SNS3 (error) @ Ciklas/PlainTopic/Resource']),
    );
    expect(findings.every((f) => f.endsWith('@ Ciklas/PlainTopic/Resource'))).toBe(true);
    expect(() => app.synth()).toThrow(/AwsSolutions-SNS3/);
  });

  it('reports a route added without an authorizer: the public-route acknowledgements are per route', () => {
    const { app, stack } = newApp();
    stack.httpApi.addRoutes({
      path: '/v1/unguarded',
      methods: [apigwv2.HttpMethod.GET],
      integration: new HttpLambdaIntegration('Unguarded', stack.apiFunction.function),
    });

    const findings = describeFindings(nagFindings(app));

    expect(findings).toEqual([
      'AwsSolutions-APIG4 (error) @ Ciklas/HttpApi/GET--v1--unguarded/Resource',
    ]);
  });

  it('reports an unrotated secret: SMG4 is acknowledged for the benchmark secret only', () => {
    const { app, stack } = newApp();
    new secretsmanager.Secret(stack, 'PlainSecret');

    const findings = describeFindings(nagFindings(app));

    expect(findings).toEqual(['AwsSolutions-SMG4 (error) @ Ciklas/PlainSecret/Resource']);
  });

  it('without threat protection, uses Essentials and acknowledges COG8 with its reason', () => {
    const { app, stack } = newApp({ threatProtection: false });

    const template = Template.fromStack(stack);
    const cog8 = acknowledgements(app).filter((a) => a.id === 'AwsSolutions-COG8');

    template.hasResourceProperties('AWS::Cognito::UserPool', { UserPoolTier: 'ESSENTIALS' });
    expect(describeFindings(nagFindings(app))).toEqual([]);
    expect(cog8).toEqual([
      { path: 'Ciklas/UserPool', id: 'AwsSolutions-COG8', reason: expect.stringMatching(/billed/) },
    ]);
  });
});
