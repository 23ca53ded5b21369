import type { AreaOperations } from '../adapters/http/http-handler';
import type { ACCESS_TOKEN_ROUTES } from '../contracts/access-tokens-routes';
import type { AccessTokenView } from '../domain/access-tokens/access-token';
import {
  createAccessToken,
  listAccessTokens,
  revokeAccessToken,
} from '../domain/access-tokens/access-token-service';
import { t, type Locale } from '../i18n';

const labelled = <V extends AccessTokenView>(view: V, locale: Locale) => ({
  ...view,
  statusLabel: t(locale, `accessTokens.status.${view.status}`),
});

/** Access-token routes: each one's operation. */
export const accessTokensOperations: AreaOperations<typeof ACCESS_TOKEN_ROUTES> = {
  createAccessToken: async ({ body }, ctx) =>
    labelled(
      await createAccessToken(
        ctx,
        { name: body.name, ...(body.days === undefined ? {} : { days: body.days }) },
        ctx.deps,
      ),
      ctx.locale,
    ),
  listAccessTokens: async ({ query }, ctx) => ({
    items: (await listAccessTokens(ctx, { all: query.all === true }, ctx.deps)).map((v) =>
      labelled(v, ctx.locale),
    ),
  }),
  revokeAccessToken: async ({ params }, ctx) =>
    labelled(await revokeAccessToken(ctx, params.tokenId, ctx.deps), ctx.locale),
};
