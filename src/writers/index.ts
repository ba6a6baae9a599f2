/** Every writer registers itself when imported; this is the one list of formats. */
import './json.js';
import './text.js';
import './fit.js';
import './tcx.js';
import './ics.js';
import './zip.js';
import './svg.js';
import './intervals.js';
import './workoutkit.js';

export { getWriter, writerNames, type Writer, type WriterOptions, type OutputFile } from './registry.js';
