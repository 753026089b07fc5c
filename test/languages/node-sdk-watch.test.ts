// The Node driver's watch on SDK exports: a read of a member an export lacks is reported; every other read is as before.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the driver's, without types
import { watchMembers } from '../../harness/languages/node/sdk-watch.mjs';

/** A stand-in for the SDK's exports, made afresh for each test (watchMembers changes what it is given). */
function fakeSdk() {
  class Base {
    static made = 'base';
    id = 1;
  }
  class Client extends Base {
    static sdkInfo = 'info';
    hello() {
      return 'hi';
    }
  }
  const DataType = { Bool: 1, Int64: 5, 1: 'Bool', 5: 'Int64' };
  return { DataType, MetricType: { COSINE: 'COSINE' }, Client, Base, helper: () => 1, list: [1, 2] };
}

describe('watchMembers', () => {
  it('reports a read of a member an enum, a class or the package lacks, with its site; a member it has reads as before', () => {
    const sdk = fakeSdk();
    const misses: unknown[] = [];
    watchMembers(
      sdk,
      () => 7,
      (...miss: unknown[]) => misses.push(miss),
    );
    expect([sdk.DataType.Bool, (sdk.DataType as Record<string, unknown>)['Boolean'], sdk.MetricType.COSINE]).toEqual([1, undefined, 'COSINE']);
    const { Client } = sdk;
    expect([Client.sdkInfo, Client.made, (Client as unknown as Record<string, unknown>)['connect']]).toEqual(['info', 'base', undefined]);
    expect((sdk as Record<string, unknown>)['MilvusClinet']).toBeUndefined();
    expect(misses).toEqual([
      [7, 'DataType', 'Boolean'],
      [7, 'Client', 'connect'],
      [7, undefined, 'MilvusClinet'],
    ]);
  });

  it('changes no identity, instanceof, `in`, write or printing, and reports nothing a call site outside the snippets made', () => {
    const sdk = fakeSdk();
    const { Client, Base } = sdk;
    const before = [inspect(sdk.DataType, { showHidden: true }), inspect(Client, { showHidden: true }), JSON.stringify(sdk.DataType)];
    const misses: unknown[] = [];
    watchMembers(
      sdk,
      () => undefined,
      (...miss: unknown[]) => misses.push(miss),
    );
    expect([inspect(sdk.DataType, { showHidden: true }), inspect(Client, { showHidden: true }), JSON.stringify(sdk.DataType)]).toEqual(before);
    expect([sdk.DataType instanceof Object, Client instanceof Function, new Client() instanceof Base, new Client().hello()]).toEqual([true, true, true, 'hi']);
    expect(['Boolean' in sdk.DataType, 'Bool' in sdk.DataType, Object.getPrototypeOf(Client) === Base]).toEqual([false, true, true]);
    (sdk.DataType as Record<string, unknown>)['Extra'] = 2;
    expect(Object.keys(sdk.DataType)).toContain('Extra');
    expect((sdk.DataType as Record<string, unknown>)['Missing']).toBeUndefined();
    expect(misses).toEqual([]);
  });
});
