// docs-harness: watches the Node SDK for the driver: failed statuses its client returns, and reads of members its exports lack.

/** The failed status in what a client call returned (`{error_code, reason}`, or `{status: {...}}`), if any. */
function failedStatus(value) {
  for (const status of [value, value?.status]) {
    if (!status || typeof status !== 'object') continue;
    if (typeof status.error_code === 'string' && status.error_code !== 'Success') return status;
    if (status.error_code === undefined && typeof status.code === 'number' && status.code !== 0 && 'reason' in status) return status;
  }
  return undefined;
}

/**
 * Wraps each MilvusClient method: a call made at `siteOf(new Error())` (a snippet line, or undefined) whose promise
 * resolves to a failed status calls `onFailedStatus(site, method, status)`; the value goes on to the caller unchanged.
 */
export function watchStatuses(sdk, siteOf, onFailedStatus) {
  const wrapped = new Set();
  for (let proto = sdk.MilvusClient?.prototype; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      const descriptor = Object.getOwnPropertyDescriptor(proto, name);
      if (name === 'constructor' || wrapped.has(name) || typeof descriptor?.value !== 'function') continue;
      wrapped.add(name);
      const original = descriptor.value;
      proto[name] = function (...args) {
        const site = siteOf(new Error());
        const result = original.apply(this, args);
        if (site === undefined || typeof result?.then !== 'function') return result;
        return result.then((value) => {
          const status = failedStatus(value);
          if (status) onFailedStatus(site, name, status);
          return value;
        });
      };
    }
  }
}

/** Where a guard goes: the top of the prototype chain of `value` (its own prototype for a plain object, the base class for a class). */
function chainTop(value) {
  let top = value;
  while (typeof Object.getPrototypeOf(top) === 'function' && Object.getPrototypeOf(top) !== Function.prototype) top = Object.getPrototypeOf(top);
  return top;
}

/**
 * Makes a read of a member an SDK export lacks observable: the package's exports object, its plain-object exports
 * (enums, constant maps: `DataType`, `MetricType`, `ErrorCode` …) and its classes get, at the top of their prototype
 * chain, a Proxy over an object that inherits what was there. A read that finds the name anywhere goes on as before;
 * one that finds nothing (`DataType.Boolean`) still yields undefined, after `onMissing(site, owner, member)` with
 * `site = siteOf(error)` (owner undefined: the package's own exports). Identity, `instanceof`, `in`, writes and
 * printing are unchanged.
 */
export function watchMembers(sdk, siteOf, onMissing) {
  const owners = new Map([[sdk, undefined]]);
  for (const [name, value] of Object.entries(sdk)) {
    const plain = value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype;
    const isClass = typeof value === 'function' && typeof value.prototype === 'object' && /^[A-Z]/.test(name);
    if ((plain || isClass) && !owners.has(value)) owners.set(value, name);
  }
  const handler = {
    get(target, property, receiver) {
      if (typeof property === 'string' && owners.has(receiver) && !(property in target)) {
        const limit = Error.stackTraceLimit;
        Error.stackTraceLimit = 4;
        const site = siteOf(new Error());
        Error.stackTraceLimit = limit;
        if (site !== undefined) onMissing(site, owners.get(receiver), property);
      }
      return Reflect.get(target, property, receiver);
    },
  };
  const guards = new Map(); // the prototype it stands in for → guard
  const isGuard = new Set();
  for (const value of owners.keys()) {
    const top = chainTop(value);
    const above = Object.getPrototypeOf(top);
    if (isGuard.has(above) || (above !== Object.prototype && above !== Function.prototype) || !Object.isExtensible(top)) continue;
    if (!guards.has(above)) {
      const guard = new Proxy(Object.create(above), handler);
      guards.set(above, guard);
      isGuard.add(guard);
    }
    Object.setPrototypeOf(top, guards.get(above));
  }
}
