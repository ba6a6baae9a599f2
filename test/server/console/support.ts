/** Coaches made straight in a test service's database, with a password to sign in with. */
import { randomUUID } from 'node:crypto';
import type { Coach } from '../../../src/store/accounts.js';
import { hashPassword } from '../../../src/server/console/passwords.js';
import type { ServiceContext } from '../../../src/server/context.js';

export const PASSWORD = 'correct horse battery staple';

export async function makeCoach(ctx: ServiceContext, email: string, role: 'owner' | 'coach' = 'coach', password = PASSWORD): Promise<Coach> {
  const input = { id: randomUUID(), email, name: email.split('@')[0]!, passwordHash: await hashPassword(password), now: new Date().toISOString() };
  const made = role === 'owner' ? await ctx.store.accounts.createOwner(input) : await ctx.store.accounts.createCoach({ ...input, role });
  if (made === 'email_taken') throw new Error(`${email} is taken`);
  return made;
}
