import { createHash, randomBytes } from 'node:crypto';

/** Every personal access token starts with this, so it is told apart from a JWT at a glance. */
export const TOKEN_PREFIX = 'ckl_';
/** 32 random bytes, base64url without padding: 43 characters. */
export const TOKEN_BYTES = 32;
/** The characters after `ckl_` kept for listing, so a user can tell tokens apart. */
export const VISIBLE_CHARS = 8;

const TOKEN_PATTERN = /^ckl_[A-Za-z0-9_-]{43}$/;

/** A token in the bearer position: `ckl_` and 43 base64url characters. */
export const isAccessToken = (text: string): boolean => TOKEN_PATTERN.test(text);

/** A new token from 32 random bytes (node:crypto unless the caller gives its own). */
export const generateToken = (bytes: Uint8Array = randomBytes(TOKEN_BYTES)): string => {
  if (bytes.length !== TOKEN_BYTES) throw new RangeError(`A token needs ${TOKEN_BYTES} bytes`);
  return `${TOKEN_PREFIX}${Buffer.from(bytes).toString('base64url')}`;
};

/** What is stored and looked up: the SHA-256 of the whole token, hex. Never the token. */
export const hashToken = (token: string): string =>
  createHash('sha256').update(token, 'utf8').digest('hex');

/** `ckl_` and the first 8 characters: shown in lists, useless for signing in. */
export const visiblePrefix = (token: string): string =>
  token.slice(0, TOKEN_PREFIX.length + VISIBLE_CHARS);
