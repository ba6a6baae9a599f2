/**
 * The security headers of every answer, as helmet writes them, worked out
 * once: the Express app and the athletes' links send the very same block,
 * without running helmet's dozen middlewares on each request.
 */
import type { ServerResponse } from 'node:http';
import helmet from 'helmet';

const HELMET_OPTIONS = {
  referrerPolicy: { policy: 'no-referrer' as const },
  // The pages load only their own stylesheet and scripts (no inline script), so helmet's strict
  // defaults stand, less one: a service reached over plain http (a LAN address, the Docker image
  // on 0.0.0.0) would have its own stylesheet "upgraded" to an https that is not there.
  contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } },
};

/** What helmet sets, in its order, as name/value pairs one after another (the form `writeHead` takes). */
function captureHelmet(): readonly string[] {
  const block: string[] = [];
  const res = {
    setHeader: (name: string, value: unknown) => void block.push(name, String(value)),
    removeHeader: () => undefined,
    getHeader: () => undefined,
  };
  let ran = false;
  helmet(HELMET_OPTIONS)({} as never, res as never, () => (ran = true));
  // Helmet calls on synchronously; if a version stopped doing so, the block would be incomplete.
  if (!ran || block.length === 0) throw new Error('helmet did not set its headers synchronously');
  return Object.freeze(block);
}

export const SECURITY_HEADERS: readonly string[] = captureHelmet();

export function setSecurityHeaders(res: ServerResponse): void {
  for (let i = 0; i < SECURITY_HEADERS.length; i += 2) res.setHeader(SECURITY_HEADERS[i]!, SECURITY_HEADERS[i + 1]!);
}
