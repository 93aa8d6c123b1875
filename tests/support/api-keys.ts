import { type AuthConfig, newApiKey, parseApiKeys } from '../../src/auth.ts';

/*
 * API keys for tests, made afresh for each run the way `npm run api-key` makes them: the servers the tests
 * start admit these tokens, through the same API_KEYS parsing the service uses.
 */

const editor = newApiKey('test-editor', 'editor');
const otherEditor = newApiKey('test-editor-2', 'editor');
const reader = newApiKey('test-reader', 'reader');

export const tokens = { editor: editor.token, otherEditor: otherEditor.token, reader: reader.token };

const keys = parseApiKeys([editor.entry, otherEditor.entry, reader.entry].join(','));
if (typeof keys === 'string') throw new Error(keys);

export const testAuth: AuthConfig = { keys, readsRequireAuth: false };
