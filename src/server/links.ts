/** The private links of one athlete, all under `/a/<feed token>`. */
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
