import { flattenClaims } from '../../../functions/local/gateway';

describe('the local API Gateway', () => {
  it('flattens claims as the JWT authorizer does', () => {
    expect(
      flattenClaims({ sub: 'u', 'cognito:groups': ['deputy', 'director'], exp: 1700000000 }),
    ).toEqual({
      sub: 'u',
      'cognito:groups': '[deputy director]',
      exp: '1700000000',
    });
  });
});
