import { createPrivateKey, type KeyObject } from 'node:crypto';
import { z } from 'zod';

/** Google's OAuth 2.0 token endpoint (what a key file names in `token_uri`). */
export const GOOGLE_TOKEN_URI = 'https://oauth2.googleapis.com/token';

/** The fields of a service account's JSON key file that the sync uses. */
const KeyFile = z.object({
  type: z.literal('service_account'),
  client_email: z.email(),
  private_key: z.string().min(1),
  private_key_id: z.string().optional(),
  token_uri: z.url().default(GOOGLE_TOKEN_URI),
});

export interface ServiceAccount {
  email: string;
  keyId: string | null;
  privateKey: KeyObject;
  /** Where the JWT grant goes: the key file's `token_uri`. */
  tokenUri: string;
}

/** A key file that is not a usable service account key: a configuration error, named plainly. */
export class CredentialsError extends Error {
  override readonly name = 'CredentialsError';
}

/** Reads a service account key file's JSON text (never logs it: it holds a private key). */
export const parseServiceAccount = (json: string): ServiceAccount => {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new CredentialsError('the key is not JSON');
  }
  const parsed = KeyFile.safeParse(raw);
  if (!parsed.success)
    throw new CredentialsError(
      `not a service account key (${parsed.error.issues.map((i) => i.path.join('.') || 'type').join(', ')})`,
    );
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(parsed.data.private_key);
  } catch {
    throw new CredentialsError('private_key is not a PEM private key');
  }
  return {
    email: parsed.data.client_email,
    keyId: parsed.data.private_key_id ?? null,
    privateKey,
    tokenUri: parsed.data.token_uri,
  };
};
