import { parseArgs } from 'node:util';
import { isRole, ORG_ID_PATTERN, type Role } from '../domain/auth/actor';
import { loadOrCreateKeys, signLocalToken } from './jwt';
import { localOptions } from './options';

/** `npm run token -- --org <id> --role <role>[,<role>] [--user <id>] [--ttl 12h]`: prints a local token. */
const main = async () => {
  const { values } = parseArgs({
    options: {
      org: { type: 'string', default: 'demo' },
      role: { type: 'string', default: 'director' },
      user: { type: 'string' },
      email: { type: 'string' },
      ttl: { type: 'string', default: '12h' },
    },
  });
  const roles = values.role.split(',').map((r) => r.trim());
  const bad = roles.filter((r) => !isRole(r));
  if (bad.length > 0 || !ORG_ID_PATTERN.test(values.org)) {
    console.error(
      `Netinkami argumentai / bad arguments: ${bad.length ? `role ${bad.join(', ')} ` : ''}${ORG_ID_PATTERN.test(values.org) ? '' : `org ${values.org}`}\n` +
        'Vaidmenys / roles: staff, unitHead, deputy, director, admin; org: a-z, 0-9, - (2–40)',
    );
    process.exit(2);
  }
  const keys = await loadOrCreateKeys(localOptions().dataDir);
  console.log(
    await signLocalToken(keys, {
      orgId: values.org,
      roles: roles as Role[],
      expiresIn: values.ttl,
      ...(values.user ? { userId: values.user } : {}),
      ...(values.email ? { email: values.email } : {}),
    }),
  );
};

void main();
