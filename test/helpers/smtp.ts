/**
 * A real SMTP server on 127.0.0.1 (a port of its own) for tests: every
 * message it is given is parsed with mailparser and kept, and a test can wait
 * for the next one. No TLS and no authentication: the service speaks to it
 * as it would to a local relay (RUNCAST_SMTP_URL=smtp://127.0.0.1:<port>).
 */
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface TestSmtp {
  url: string;
  messages: ParsedMail[];
  /** The next message to arrive (or the first not yet taken), within `ms`. */
  next(ms?: number): Promise<ParsedMail>;
  close(): Promise<void>;
}

export async function startSmtp(): Promise<TestSmtp> {
  const messages: ParsedMail[] = [];
  let taken = 0;
  const waiting: (() => void)[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, done) {
      simpleParser(stream).then(
        (mail) => {
          messages.push(mail);
          for (const wake of waiting.splice(0)) wake();
          done();
        },
        (err: Error) => done(err),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    async next(ms = 10_000) {
      const deadline = Date.now() + ms;
      while (taken >= messages.length) {
        if (Date.now() > deadline) throw new Error(`no mail arrived within ${ms} ms`);
        await new Promise<void>((resolve) => {
          waiting.push(resolve);
          setTimeout(resolve, 100);
        });
      }
      return messages[taken++]!;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
