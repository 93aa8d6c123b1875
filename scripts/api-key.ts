// Makes an API key: `npm run api-key -- <name> <reader|editor>`. Prints the token, for the client only,
// and the API_KEYS entry, for the service: the entry holds the token's hash, never the token.
import { newApiKey, ROLES, type Role } from '../src/auth.ts';

const [name, role] = process.argv.slice(2);
if (!name || !/^[A-Za-z0-9_.-]{1,64}$/.test(name) || !(ROLES as readonly string[]).includes(role ?? '')) {
  console.error(`usage: npm run api-key -- <name> <${ROLES.join('|')}>  (a name of letters, digits, _ . -)`);
  process.exit(2);
}
const { token, entry } = newApiKey(name, role as Role);
console.log(`token (give it to ${name}; it is shown only now):\n  ${token}`);
console.log(`API_KEYS entry (add it to the service's environment, comma-separated from others):\n  ${entry}`);
