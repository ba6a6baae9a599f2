/**
 * Stand-in for `audit.ts` (coach accounts), with its signature: it records nothing. The console calls it
 * after every change it makes, so that swapping the import is all the audit log needs.
 */
import type { ServiceContext } from '../context.js';
import type { Coach } from './view.js';

export interface AuditTarget {
  kind: 'athlete' | 'plan' | 'coach' | 'token';
  id: string;
  name?: string;
}

export async function audit(_ctx: ServiceContext, _coach: Coach, _action: string, _target: AuditTarget, _detail?: object): Promise<void> {}
