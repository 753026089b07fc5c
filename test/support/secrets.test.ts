import { afterEach, describe, expect, it } from 'vitest';
import { addSecrets, clearSecrets, encodingsOf, redactSecrets, secretsInEnv } from '../../harness/support/secrets.ts';

describe('secrets', () => {
  afterEach(() => clearSecrets());

  it('takes secret-looking variables of the environment, not others or short values', () => {
    const env = {
      GITHUB_TOKEN: 'ghp_abcdef123456',
      AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG',
      DB_PASSWORD: 'pa$$word!',
      HOME: '/root',
      PWD: '/work',
      MY_TOKEN: 'x',
      GIT_AUTHOR_NAME: 'Ada Lovelace',
    };
    expect(secretsInEnv(env).sort()).toEqual(['ghp_abcdef123456', 'pa$$word!', 'wJalrXUtnFEMI/K7MDENG']);
  });

  it('redacts a secret in every encoding the harness knows: plain, base64, URL-encoded, JSON and XML escaped', () => {
    const secret = 'p@ss/w"rd<&>+=42';
    addSecrets([secret]);
    const leaks = [
      secret,
      Buffer.from(secret).toString('base64'),
      Buffer.from(secret).toString('base64url'),
      encodeURIComponent(secret),
      JSON.stringify(secret).slice(1, -1),
      secret.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'),
    ];
    for (const leak of leaks) expect(redactSecrets(`before ${leak} after`)).toBe('before *** after');
    expect(encodingsOf(secret).length).toBeGreaterThanOrEqual(leaks.length);
  });

  it('redacts the parts of a user:password token, and its Basic-auth form', () => {
    addSecrets(['admin:hunter2hunter2']);
    expect(redactSecrets('password=hunter2hunter2')).toBe('password=***');
    expect(redactSecrets(`Authorization: Basic ${Buffer.from('admin:hunter2hunter2').toString('base64')}`)).toBe('Authorization: Basic ***');
    expect(redactSecrets('user admin')).toBe('user admin');
  });

  it('leaves the published default token alone (it is on every docs page)', () => {
    addSecrets(['root:Milvus']);
    expect(redactSecrets('token="root:Milvus" for Milvus')).toBe('token="root:Milvus" for Milvus');
  });
});
