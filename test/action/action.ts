// action.yml as GitHub reads it (for the action's tests).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** One step of the composite action. */
export interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  shell?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
/** The action's metadata, as GitHub reads it. */
export interface Action {
  name: string;
  description: string;
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: Step[] };
}

/** The parsed action.yml. */
export const ACTION = parse(readFileSync('action.yml', 'utf8')) as Action;
