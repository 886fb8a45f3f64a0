import { badUserInput } from '../graphql/portal-error.js';

const CURSOR_VERSION = 1;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Keyset cursor: the order it belongs to, the sort key and the id of the last row seen. */
export function encodeCursor(order: string, key: string, id: string): string {
  return Buffer.from(JSON.stringify([CURSOR_VERSION, order, key, id])).toString('base64url');
}

export function decodeCursor(cursor: string, order: string): { key: string; id: string } {
  const invalid = () => badUserInput('Sidmarkören är ogiltig eller hör till en annan sortering. Börja om från första sidan.', { after: 'Ogiltig sidmarkör.' });
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== 4) throw invalid();
  const [version, cursorOrder, key, id] = parsed as unknown[];
  if (version !== CURSOR_VERSION || cursorOrder !== order || typeof key !== 'string' || typeof id !== 'string') throw invalid();
  if (!UUID.test(id) || key.length > 300) throw invalid();
  return { key, id };
}
