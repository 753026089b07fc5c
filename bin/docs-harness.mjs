#!/usr/bin/env node
// Entry point: loads the TypeScript CLI through tsx so no build step is needed.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../harness/cli.ts');
process.exit(await main(process.argv));
