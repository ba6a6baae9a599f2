/** `npm run bench`: every benchmark in turn, each printing its own figures. Not a test: nothing is asserted. */
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';

const benches = ['compiler', 'paces', 'writers-fit', 'writers-tcx', 'writers-ics', 'writers-svg', 'http', 'http-postgres', 'growth'];
const only = process.argv.slice(2);

console.log(`runcast benchmarks — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`);
for (const name of benches) {
  if (only.length > 0 && !only.includes(name)) continue;
  const file = new URL(`./${name}.ts`, import.meta.url);
  if (!existsSync(file)) continue;
  console.log(`\n## ${name}`);
  const mod = (await import(file.href)) as { run: () => Promise<void> };
  await mod.run();
}
