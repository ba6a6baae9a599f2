/** The private links of one athlete, all under `/a/<feed token>`. */
import type { SecretBox } from '../sync/intervals/secret.js';

export interface AthleteLinks {
  page: string;
  feed: string;
  webcal: string;
  schedule: string;
  bundle: string;
  sessions: string;
}

export function athleteBase(publicUrl: string, token: string): string {
  return `${publicUrl}/a/${token}`;
}

export function athleteLinks(publicUrl: string, token: string): AthleteLinks {
  const base = athleteBase(publicUrl, token);
  const feed = `${base}/calendar.ics`;
  return {
    page: `${base}/`,
    feed,
    // Calendar apps open webcal:// as "subscribe"; it is the same URL with the scheme swapped.
    webcal: feed.replace(/^https?:\/\//, 'webcal://'),
    schedule: `${base}/schedule.fit`,
    bundle: `${base}/bundle.zip?days=28`,
    sessions: `${base}/sessions/{session}.{ext}`,
  };
}

/**
 * The feed token sealed with the server key (RUNCAST_SECRET_KEY), the same way an
 * intervals.icu API key is, so the coach can be shown the links again. The context binds
 * it to its athlete and keeps it apart from the intervals.icu key sealed for the same
 * athlete: neither opens in the other's place. Without a key nothing is kept.
 */
export function sealToken(box: SecretBox | undefined, athleteId: string, token: string): Buffer | undefined {
  return box?.seal(token, tokenContext(athleteId));
}

/** The feed token back from its sealed form; throws UnsealError when it does not open with this key. */
export function openToken(box: SecretBox, athleteId: string, sealed: Buffer): string {
  return box.open(sealed, tokenContext(athleteId));
}

const tokenContext = (athleteId: string) => `feed token\0${athleteId}`;
