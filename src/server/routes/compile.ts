/** Try shorthand or a plan against an athlete without storing anything. */
import { Router } from 'express';
import { compilePlan, compileSession, loadPlan } from '../../compiler/index.js';
import type { ServiceContext } from '../context.js';
import { publicDiagnostic, unprocessable } from '../errors.js';
import { planErrors } from '../plans.js';
import { checkProfile } from '../profile.js';
import { compileBody } from '../schemas.js';
import { parseBody } from '../validate.js';

export function compileRoutes(_ctx: ServiceContext): Router {
  const r = Router();

  r.post('/compile', (req, res) => {
    const body = parseBody(req, compileBody);
    const profile = checkProfile(body.athlete);
    if (!profile.ok) throw profile.error;
    const athlete = profile.athlete;

    if (body.text !== undefined) {
      const workout = compileSession(body.text, athlete);
      const errors = workout.diagnostics.filter((d) => d.severity === 'error');
      if (errors.length > 0) throw unprocessable('invalid_session', 'The session has errors.', errors);
      return res.json({ workout, diagnostics: workout.diagnostics.map(publicDiagnostic) });
    }

    const loaded = loadPlan(body.plan!);
    const loadErrors = loaded.diagnostics.filter((d) => d.severity === 'error');
    if (!loaded.plan || loadErrors.length > 0) throw unprocessable('invalid_plan', 'The plan has errors.', loaded.diagnostics);
    const plan = compilePlan(loaded.plan, athlete, body.start ? { start: body.start } : {});
    const errors = planErrors(plan);
    if (errors.length > 0) throw unprocessable('invalid_plan', 'The plan has errors.', errors);
    res.json({ plan, diagnostics: [...loaded.diagnostics, ...plan.diagnostics].map(publicDiagnostic) });
  });

  return r;
}
