/** The part of proxy-addr (Express's own resolver of the client address behind proxies) that the service uses. */
declare module 'proxy-addr' {
  import type { IncomingMessage } from 'node:http';

  function proxyaddr(req: IncomingMessage, trust: (address: string, hop: number) => boolean): string;
  export default proxyaddr;
}
