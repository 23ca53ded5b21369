/** Personal access tokens (the Google Sheets add-on's sign-in) — words users see. */
export const lt = {
  'accessTokens.badName': 'Rakto pavadinimas privalomas, ne ilgesnis kaip {max} simbolių.',
  'accessTokens.badDays': 'Galiojimo trukmė – sveikas dienų skaičius nuo {min} iki {max}.',
  'accessTokens.patCannotCreate':
    'Prisijungimo raktu negalima sukurti kito rakto: prisijunkite savo paskyra (Cognito) ir kurkite raktą iš ten. Taip raktas negali pats savęs pratęsti.',
  'accessTokens.status.active': 'galioja',
  'accessTokens.status.expired': 'nebegalioja (pasibaigė)',
  'accessTokens.status.revoked': 'atšauktas',
  'cli.token.usage':
    'ciklas token create --name "Sheets" [--days 90] | ciklas token list [--all] | ciklas token revoke <id> [--api URL] [--token TOKEN] [--lang en]',
  'cli.token.created':
    'Sukurtas raktas „{name}“ (id {tokenId}), galioja iki {expiresAt}. Nukopijuokite jį dabar – daugiau jis nebus parodytas:',
  'cli.token.line': '{tokenId}  {prefix}…  {name}  {status}  iki {expiresAt}  {userId}',
  'cli.token.none': 'Raktų nėra.',
  'cli.token.revoked':
    'Raktas {tokenId} atšauktas ({revokedAt}). Per 5 min. jis nustos veikti visur.',
  'cli.token.badDays': 'Netinkamas dienų skaičius „{days}“: nurodykite 1–365.',
  'cli.token.noToken':
    'Nėra prisijungimo žetono: nurodykite --token arba CIKLAS_TOKEN (vietinio serverio raktų nerasta: {dir}).',
  'cli.token.unreachable':
    'Nepavyko pasiekti serverio {api} ({reason}). Paleiskite „npm start“ arba nurodykite --api ir --token.',
  'cli.token.httpError': 'Serveris atsakė {status}: {detail}',
} as const;

export const en: Record<keyof typeof lt, string> = {
  'accessTokens.badName': 'A token name is required, at most {max} characters.',
  'accessTokens.badDays': 'The validity is a whole number of days from {min} to {max}.',
  'accessTokens.patCannotCreate':
    'A personal access token cannot create another token: sign in with your account (Cognito) and create it from there. This way a token can never renew itself.',
  'accessTokens.status.active': 'active',
  'accessTokens.status.expired': 'expired',
  'accessTokens.status.revoked': 'revoked',
  'cli.token.usage':
    'ciklas token create --name "Sheets" [--days 90] | ciklas token list [--all] | ciklas token revoke <id> [--api URL] [--token TOKEN] [--lang en]',
  'cli.token.created':
    'Created token "{name}" (id {tokenId}), valid until {expiresAt}. Copy it now — it will not be shown again:',
  'cli.token.line': '{tokenId}  {prefix}…  {name}  {status}  until {expiresAt}  {userId}',
  'cli.token.none': 'No tokens.',
  'cli.token.revoked':
    'Token {tokenId} revoked ({revokedAt}). It stops working everywhere within 5 minutes.',
  'cli.token.badDays': 'Invalid number of days "{days}": give 1–365.',
  'cli.token.noToken':
    'No sign-in token: give --token or CIKLAS_TOKEN (the local server has no keys at {dir}).',
  'cli.token.unreachable':
    'Could not reach the server {api} ({reason}). Run "npm start" or give --api and --token.',
  'cli.token.httpError': 'The server answered {status}: {detail}',
};
