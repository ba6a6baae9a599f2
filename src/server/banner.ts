/**
 * What `npm start` prints for a person (not the JSON log): where the service
 * listens, the demo athlete's links and the admin token when they were just
 * created. Tokens appear here once, by design, and never in the request log.
 */
import type { AdminCredential } from './admin-auth.js';
import type { DemoAthlete } from './demo.js';
import type { ConsoleAtStart } from './app.js';

export interface BannerInput {
  url: string;
  publicUrl: string;
  dataDir: string;
  admin: AdminCredential;
  demo?: DemoAthlete;
  /** Processes serving (RUNCAST_WORKERS). */
  workers: number;
  /** The coach console: how to sign in, or the owner set-up link made by this start. */
  console?: ConsoleAtStart;
}

/** How to reach the coach console: sign in, or set up the first owner. */
function consoleLines(publicUrl: string, state: ConsoleAtStart): string[] {
  if (state.ownerLink) {
    return [
      `Coach console: set up the owner account with this link (shown only now; it works once, until ${state.ownerLink.expires}):`,
      `  ${state.ownerLink.url}`,
      `  or on the command line: runcast owner create --email you@example.com`,
      '',
    ];
  }
  if (state.coaches === 0) {
    return [
      `Coach console: ${publicUrl}/console has no owner yet: open the set-up link printed when it was made,`,
      `  or run: runcast owner create --email you@example.com`,
      '',
    ];
  }
  return [`Coach console: sign in at ${publicUrl}/console/sign-in`, ''];
}

export function banner(input: BannerInput): string {
  const processes =
    input.workers === 1 ? '1 process; RUNCAST_WORKERS=auto runs one per core' : `${input.workers} worker processes, RUNCAST_WORKERS`;
  const lines = [`runcast listening on ${input.url} with ${processes} (links use ${input.publicUrl}; data in ${input.dataDir})`, ''];
  if (input.demo) {
    const l = input.demo.links;
    lines.push(
      `Demo athlete (Jordan Miles, 8-week mile plan from ${input.demo.start}). These links hold its private token and are shown only now:`,
      `  page:      ${l.page}`,
      `  subscribe: ${l.webcal}`,
      `  feed:      ${l.feed}`,
      `  schedule:  ${l.schedule}`,
      `  bundle:    ${l.bundle}`,
      `  sessions:  ${l.sessions.replace('{session}', input.demo.start).replace('{ext}', 'fit')} (any date of the plan, .fit, .tcx or .workout)`,
      '',
    );
  }
  if (input.console) lines.push(...consoleLines(input.publicUrl, input.console));
  if (input.admin.generated) {
    lines.push(
      'Admin API token (generated now, shown only once; only its hash is stored; set RUNCAST_ADMIN_TOKEN to use your own):',
      `  ${input.admin.generated}`,
      '',
      `  curl -H "Authorization: Bearer ${input.admin.generated}" ${input.publicUrl}/api/athletes`,
    );
  } else if (input.admin.source === 'environment') {
    lines.push(`Admin API: ${input.publicUrl}/api/ with "Authorization: Bearer $RUNCAST_ADMIN_TOKEN".`);
  } else {
    lines.push(
      `Admin API: ${input.publicUrl}/api/ with the admin token printed on the first start (or set RUNCAST_ADMIN_TOKEN).`,
    );
  }
  lines.push(`API description: ${input.publicUrl}/api/openapi.json`);
  return `${lines.join('\n')}\n`;
}
