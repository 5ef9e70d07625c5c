/**
 * Test helper: a separate process that takes the lock of a data directory, says `locked`,
 * and holds it until killed (or, with `--exit`, exits normally at once).
 *   node --import tsx lib/testing/hold-data-dir.ts <dir> [--exit]
 */
import { lockDataDir } from '../db/lock';

const [dir, mode] = process.argv.slice(2);
lockDataDir(dir, 'lock holder');
process.stdout.write('locked\n');
if (mode !== '--exit') setInterval(() => {}, 60_000);
