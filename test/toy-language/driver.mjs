// A toy language's driver (for the registry test): `say <text>` prints, `fail <text>` raises; the driver protocol
// of docs/adding-a-language.md: markers on stdout/stderr, events on fd 3, the barrier on stdin.
import { readFileSync, readSync, writeSync } from 'node:fs';

const snippets = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const emit = (event) => writeSync(3, `${JSON.stringify(event)}\n`);
for (const { id, code } of snippets) {
  writeSync(1, `\u001eDH:${id}\u001e\n`);
  writeSync(2, `\u001eDH:${id}\u001e\n`);
  emit({ event: 'start', id });
  const end = { event: 'end', id, status: 'ok', durationMs: 0 };
  for (const [i, line] of code.split('\n').entries()) {
    const [word, ...rest] = line.trim().split(' ');
    if (word === 'say') writeSync(1, `${rest.join(' ')}\n`);
    else if (word === 'fail') {
      Object.assign(end, { status: 'error', error: { kind: 'runtime', line: i + 1, message: `toy error: ${rest.join(' ')}` } });
      break;
    } else if (word) {
      Object.assign(end, { status: 'error', error: { kind: 'syntax', line: i + 1, message: `unknown toy word \`${word}\`` } });
      break;
    }
  }
  emit(end);
  if (process.env.DH_BARRIER === '1') {
    const byte = Buffer.alloc(1);
    while (readSync(0, byte, 0, 1, null) === 1 && byte[0] !== 10);
  }
}
