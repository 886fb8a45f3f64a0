import pg from 'pg';

/** The stop links' signing key (`mail_secret`, made by the migration), read once at start-up as the owner role. */
export async function readMailSecret(ownerUrl: string): Promise<Buffer> {
  const client = new pg.Client({ connectionString: ownerUrl });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const row = (await client.query<{ secret: Buffer }>('SELECT secret FROM mail_secret WHERE id = 1')).rows[0];
    if (!row || row.secret.length < 16) throw new Error('mail_secret saknas; migreringen MailOutbox1796410000000 har inte körts.');
    return row.secret;
  } finally {
    await client.end();
  }
}
