// docs-harness: the exports of the installed @zilliz/milvus2-sdk-node, its classes' and enums' members, for explaining
// SDK drift (did you mean …?). Usage: members.mjs <folder whose node_modules holds the SDK> <out.json>.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const [folder, out] = process.argv.slice(2);
const sdk = createRequire(path.join(folder, 'package.json'))('@zilliz/milvus2-sdk-node');
const classes = {};
for (const [name, value] of Object.entries(sdk)) {
  if (typeof value !== 'function' || !value.prototype || !/^[A-Z]/.test(name)) continue; // classes only
  const members = new Set(Object.getOwnPropertyNames(value).filter((n) => !['length', 'name', 'prototype'].includes(n)));
  for (let proto = value.prototype; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    for (const member of Object.getOwnPropertyNames(proto)) if (member !== 'constructor') members.add(member);
  }
  classes[name] = [...members].sort();
}
// Plain-object exports (enums, constant maps): their names, without an enum's reverse entries (`DataType[1]`).
const objects = {};
for (const [name, value] of Object.entries(sdk)) {
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    objects[name] = Object.keys(value)
      .filter((key) => !/^\d+$/.test(key))
      .sort();
}
writeFileSync(out, JSON.stringify({ exports: Object.keys(sdk).sort(), classes, objects }));
process.exit(0);
