/** What only an owner may do: invite and manage coaches, read the audit log. */
import type { RequestHandler } from 'express';
import { sendConsoleError } from './pages.js';
import type { ConsoleCoach } from './session.js';

export const requireOwner: RequestHandler = (req, res, next) => {
  if ((res.locals.coach as ConsoleCoach | undefined)?.role === 'owner') return next();
  sendConsoleError(req, res, 403, 'forbidden', 'Only an owner of this runcast can do this.');
};
