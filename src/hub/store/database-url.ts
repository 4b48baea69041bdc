// Runs in: Node. A PostgreSQL address given to the hub (--database, HUB_DATABASE_URL): postgres:// or
// postgresql://, with a host. It may carry a password, which never reaches a log or an error message.

export function isPostgresUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.host !== '';
}

/** The address as it may be shown: without its password, and cut short. */
export function shownDatabaseUrl(value: string): string {
  if (!URL.canParse(value)) return value.replace(/:[^:@/]*@/, ':***@').slice(0, 80);
  const url = new URL(value);
  if (url.password) url.password = '***';
  return url.href.slice(0, 200);
}
