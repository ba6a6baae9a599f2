/** The compiler's public face: shorthand and plans in, the IR out. */
export { compileRuns, compileSession, type SessionOptions, type Origin } from './session.js';
export { compilePlan, planReport, type PlanOptions } from './plan.js';
export { loadPlan, type LoadedPlan } from '../plan/load.js';
export { loadAthlete, makeAthlete } from '../athlete/load.js';
export { parseSession } from './parser.js';
