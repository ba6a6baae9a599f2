/** HTTP as a client sees it on the wire: no decompression, no tidying of the path, every header as sent. */
import { Agent, request } from 'node:http';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** Name/value pairs as they arrived. */
  rawHeaders: string[];
  body: Buffer;
}

export function rawRequest(base: string, path: string, options: { method?: string; headers?: Record<string, string>; agent?: Agent | false } = {}): Promise<RawResponse> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path, method: options.method ?? 'GET', headers: options.headers, agent: options.agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, rawHeaders: res.rawHeaders, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** The headers of a response by lower-case name, less the ones that differ from one answer to the next. */
export function headerSet(res: RawResponse, leave: readonly string[] = ['date', 'connection', 'keep-alive']): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < res.rawHeaders.length; i += 2) {
    const name = res.rawHeaders[i]!.toLowerCase();
    if (!leave.includes(name)) out[name] = out[name] === undefined ? res.rawHeaders[i + 1]! : `${out[name]}, ${res.rawHeaders[i + 1]}`;
  }
  return out;
}
