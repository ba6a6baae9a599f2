/** A fetch for the admin API of a service under test or benchmark: the bearer token, and `json` sent as the body. */
export type AdminApi = (path: string, init?: RequestInit & { json?: unknown }) => Promise<Response>;

export function adminApi(url: string, token: string): AdminApi {
  return (path, init = {}) => {
    const headers = new Headers(init.headers);
    // A test may send its own (wrong) token to see it refused.
    if (!headers.has('authorization')) headers.set('authorization', `Bearer ${token}`);
    let body = init.body;
    if (init.json !== undefined) {
      headers.set('content-type', 'application/json');
      body = JSON.stringify(init.json);
    }
    return fetch(`${url}${path}`, { ...init, headers, body });
  };
}
