import { CycleParams } from './cycle';
import {
  DecisionRequest,
  ListProposalsQuery,
  ProposalList,
  ProposalParams,
  CreateProposalRequest,
  UpdateProposalRequest,
  ProposalView,
  ResponseRequest,
} from './proposals';
import { EVERYONE, type RouteSpec } from './route-spec';

/** Heads decide for their own units; management for any and organisation-wide ones. */
const DECIDERS = ['unitHead', 'deputy', 'director'] as const;

/** Proposals, suggestions and complaints: the routes. */
export const PROPOSAL_ROUTES = {
  listProposals: {
    method: 'GET',
    path: '/v1/cycles/{year}/proposals',
    summary:
      'Staff proposals, recipients’ suggestions and complaints of a cycle, newest first, with counts of those listed',
    tag: 'proposals',
    roles: EVERYONE,
    params: CycleParams,
    query: ListProposalsQuery,
    response: ProposalList,
  },
  getProposal: {
    method: 'GET',
    path: '/v1/cycles/{year}/proposals/{proposalId}',
    summary: 'One proposal, suggestion or complaint',
    tag: 'proposals',
    roles: EVERYONE,
    params: ProposalParams,
    response: ProposalView,
  },
  createProposal: {
    method: 'POST',
    path: '/v1/cycles/{year}/proposals',
    summary:
      'Register a proposal, suggestion or complaint (staff and unit heads: for their own units or the whole organisation)',
    tag: 'proposals',
    roles: EVERYONE,
    params: CycleParams,
    body: CreateProposalRequest,
    response: ProposalView,
    status: 201,
  },
  updateProposal: {
    method: 'PUT',
    path: '/v1/cycles/{year}/proposals/{proposalId}',
    summary:
      'Change a new proposal (the staff member who registered it, the head of its unit, management)',
    tag: 'proposals',
    roles: EVERYONE,
    params: ProposalParams,
    body: UpdateProposalRequest,
    response: ProposalView,
  },
  decideProposal: {
    method: 'POST',
    path: '/v1/cycles/{year}/proposals/{proposalId}/decision',
    summary:
      'Accept, reject (with a reason) or merge into another; a unit head decides once, management may revise',
    tag: 'proposals',
    roles: DECIDERS,
    params: ProposalParams,
    body: DecisionRequest,
    response: ProposalView,
  },
  respondToComplaint: {
    method: 'POST',
    path: '/v1/cycles/{year}/proposals/{proposalId}/response',
    summary: 'Record the answer to a complaint',
    tag: 'proposals',
    roles: DECIDERS,
    params: ProposalParams,
    body: ResponseRequest,
    response: ProposalView,
  },
} as const satisfies Record<string, RouteSpec>;
