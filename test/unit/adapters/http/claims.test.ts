import {
  actorFromClaims,
  toAuthorizerContext,
  readList,
} from '../../../../functions/adapters/http/claims';
import { UnauthenticatedError } from '../../../../functions/domain/errors';

describe('reading the token claims', () => {
  it('reads groups flattened by API Gateway and real arrays alike', () => {
    expect(readList('[deputy director]')).toEqual(['deputy', 'director']);
    expect(readList(['staff'])).toEqual(['staff']);
    expect(readList('staff')).toEqual(['staff']);
    expect(readList(undefined)).toEqual([]);
  });

  it('takes the organisation and roles from the claims, ignoring unknown groups', () => {
    const actor = actorFromClaims({
      sub: 'u-1',
      'custom:org': 'utena-svvc',
      'cognito:groups': '[director us-east-1_abc_Google]',
      email: 'direktore@utena.lt',
    });
    expect(actor).toEqual({
      userId: 'u-1',
      orgId: 'utena-svvc',
      roles: ['director'],
      email: 'direktore@utena.lt',
      authMethod: 'jwt',
    });
  });

  it('marks an actor signed in with a personal access token, and only then', () => {
    const base = { sub: 'u-1', 'custom:org': 'org-a', 'cognito:groups': '[staff]' };
    expect(actorFromClaims({ ...base, 'ciklas:auth': 'pat' }).authMethod).toBe('pat');
    expect(actorFromClaims({ ...base, 'ciklas:auth': 'PAT ' }).authMethod).toBe('jwt');
    expect(actorFromClaims(base).authMethod).toBe('jwt');
  });

  it('flattens claims into values a Lambda authorizer context may hold', () => {
    expect(
      toAuthorizerContext({ sub: 'u', groups: ['a', 'b'], exp: 5, ok: true, o: { x: 1 }, n: null }),
    ).toEqual({ sub: 'u', groups: '[a b]', exp: 5, ok: true, o: '{"x":1}' });
  });

  it.each([
    ['no organisation', { sub: 'u-1', 'cognito:groups': '[staff]' }],
    [
      'an organisation that could break out of its key',
      { sub: 'u-1', 'custom:org': 'a#b', 'cognito:groups': '[staff]' },
    ],
    ['no Ciklas role', { sub: 'u-1', 'custom:org': 'org-a', 'cognito:groups': '[Google]' }],
    ['no subject', { 'custom:org': 'org-a', 'cognito:groups': '[staff]' }],
  ])('refuses a token with %s', (_name, claims) => {
    expect(() => actorFromClaims(claims)).toThrow(UnauthenticatedError);
  });
});
