/** The IR itself as JSON: for scripts, the API and debugging. */
import { registerWriter } from './registry.js';

registerWriter({
  name: 'json',
  description: 'the compiled workouts (runcast IR) as JSON',
  mediaType: 'application/json',
  extension: 'json',
  writeWorkout: (w) => ({ path: `${w.date ?? w.id}.json`, mediaType: 'application/json', data: `${JSON.stringify(w, null, 2)}\n` }),
  writePlan: (plan) => [{ path: 'plan.json', mediaType: 'application/json', data: `${JSON.stringify(plan, null, 2)}\n` }],
});
