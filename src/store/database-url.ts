/** `DATABASE_URL`: which URLs select PostgreSQL, and how to name one without its secrets. */

export function isPostgresUrl(url: string): boolean {
  if (!/^postgres(ql)?:\/\//i.test(url)) return false;
  try {
    new URL(url);
    return true;
  } catch {
    return false;
  }
}

/** `postgres://user@host:port/database`: the password and query (which can carry key passwords) left out, for messages and logs. */
export function describeDatabaseUrl(url: string): string {
  const u = new URL(url);
  const user = u.username ? `${u.username}@` : '';
  const port = u.port ? `:${u.port}` : '';
  return `${u.protocol}//${user}${u.hostname}${port}${u.pathname}`;
}
