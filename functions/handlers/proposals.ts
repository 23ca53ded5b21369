import type { AreaOperations } from '../adapters/http/http-handler';
import type { PROPOSAL_ROUTES } from '../contracts/proposals-routes';
import { ConflictError } from '../domain/errors';
import type { ProposalState } from '../domain/proposals/proposal';
import {
  createProposal,
  decideOnProposal,
  getProposal,
  listProposals,
  respondToProposal,
  updateProposal,
} from '../domain/proposals/proposal-service';
import type { Locale } from '../i18n';
import { proposalView } from './views/proposal-view';

/** Runs a write; a conflict's `current` is shown like any read. */
const viewing = async (locale: Locale, write: Promise<ProposalState>) => {
  try {
    return proposalView(await write, locale);
  } catch (error) {
    if (error instanceof ConflictError && error.current) {
      throw new ConflictError(proposalView(error.current as ProposalState, locale), {
        cause: error,
      });
    }
    throw error;
  }
};

/** Proposals, suggestions and complaints: each route's operation. */
export const proposalsOperations: AreaOperations<typeof PROPOSAL_ROUTES> = {
  listProposals: async ({ params, query }, ctx) => {
    const { items, counts } = await listProposals(ctx, params.year, query, ctx.deps);
    return { items: items.map((s) => proposalView(s, ctx.locale)), counts };
  },

  getProposal: async ({ params }, ctx) =>
    proposalView(await getProposal(ctx, params.year, params.proposalId, ctx.deps), ctx.locale),

  createProposal: async ({ params, body }, ctx) => {
    const { version: _version, ...fields } = body;
    return viewing(ctx.locale, createProposal(ctx, params.year, fields, ctx.deps));
  },

  updateProposal: async ({ params, body }, ctx) => {
    const { version, ...fields } = body;
    return viewing(
      ctx.locale,
      updateProposal(ctx, params.year, params.proposalId, fields, version, ctx.deps),
    );
  },

  decideProposal: async ({ params, body }, ctx) => {
    const { version, ...decision } = body;
    return viewing(
      ctx.locale,
      decideOnProposal(ctx, params.year, params.proposalId, decision, version, ctx.deps),
    );
  },

  respondToComplaint: async ({ params, body }, ctx) => {
    const { version, ...response } = body;
    return viewing(
      ctx.locale,
      respondToProposal(ctx, params.year, params.proposalId, response, version, ctx.deps),
    );
  },
};
