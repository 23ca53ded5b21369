/** Survey storage formats: responses as compressed column chunks, row identities as sorted ids. */
export {
  concatResponses,
  decodeChunks,
  DEFAULT_MAX_CHUNK_BYTES,
  encodeChunks,
  RESPONSE_FORMAT_VERSION,
  type ChunkOptions,
  type EncodedChunk,
} from './response-chunks';
export {
  decodeIdentities,
  encodeIdentities,
  IDENTITY_FORMAT_VERSION,
  IdentitySet,
  type IdentityOptions,
} from './identities';
