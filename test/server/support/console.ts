/**
 * A browser's part in the console for tests: one cookie jar, redirects not
 * followed (the tests look at them), forms posted as a browser posts them
 * with the CSRF token read from the page.
 */
export interface Page {
  status: number;
  location: string | null;
  html: string;
  headers: Headers;
}

export class ConsoleBrowser {
  cookie: string | undefined;
  /** The CSRF token of the last page read that had one. */
  csrf: string | undefined;

  constructor(readonly url: string) {}

  async get(path: string, headers: Record<string, string> = {}): Promise<Page> {
    return this.request(path, { method: 'GET', headers });
  }

  /** A form post; `_csrf` is the last page's token unless the fields say otherwise (null: none sent). */
  async post(path: string, fields: Record<string, string | null> = {}, headers: Record<string, string> = {}): Promise<Page> {
    const form = new URLSearchParams();
    const withToken = '_csrf' in fields ? fields : { ...fields, _csrf: this.csrf ?? null };
    for (const [k, v] of Object.entries(withToken)) if (v !== null) form.set(k, v);
    return this.request(path, { method: 'POST', body: form.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers } });
  }

  async signIn(email: string, password: string): Promise<Page> {
    await this.get('/console/sign-in');
    return this.post('/console/sign-in', { email, password });
  }

  private async request(path: string, init: { method: string; body?: string; headers: Record<string, string> }): Promise<Page> {
    const headers = new Headers(init.headers);
    if (this.cookie) headers.set('cookie', this.cookie);
    const res = await fetch(`${this.url}${path}`, { method: init.method, body: init.body, headers, redirect: 'manual' });
    const set = res.headers.getSetCookie().find((c) => c.startsWith('runcast_session='));
    if (set) {
      const value = set.split(';')[0]!;
      this.cookie = /^runcast_session=;|Expires=Thu, 01 Jan 1970/i.test(set) ? undefined : value;
    }
    const html = await res.text();
    const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
    if (token) this.csrf = token;
    return { status: res.status, location: res.headers.get('location'), html, headers: res.headers };
  }
}

/** The first link in a message's text that goes to this path. */
export function linkIn(text: string, path: string): string {
  const m = new RegExp(`https?://\\S+${path.replace(/[/?]/g, '\\$&')}\\?token=[A-Za-z0-9_-]+`).exec(text);
  if (!m) throw new Error(`no ${path} link in:\n${text}`);
  return m[0];
}

export function pathOf(link: string): string {
  const u = new URL(link);
  return `${u.pathname}${u.search}`;
}
