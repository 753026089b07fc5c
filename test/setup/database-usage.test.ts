// Which databases a page's code uses and creates, in every SDK's spelling and REST's, and what the judge makes of a
// tab that fails only on a database nobody declares.
import { describe, expect, it } from 'vitest';
import { databaseMentions, databaseUsage } from '../../harness/setup/database-usage.ts';
import { applyServerGaps, missingDatabaseIn } from '../../harness/judge/server-gaps.ts';
import { skipText } from '../../harness/skips.ts';
import type { Lang, SnippetRun } from '../../harness/types.ts';
import { makeSnippet } from '../helpers.ts';

/** The database names code mentions, `+` marking the ones it creates, with their line in the code (1-based). */
function mentions(code: string): string[] {
  return databaseMentions(code).map((m) => `${m.name}${m.creates ? '+' : ''}@${code.slice(0, m.offset).split('\n').length}`);
}

describe('database use, in every language', () => {
  it('Python: db_name on connect, use_database/using_database, create_database; comments are no use', () => {
    const code = [
      'client = MilvusClient(uri="http://localhost:19530", token="root:Milvus", db_name="analytics")',
      '# client.using_database("commented_out")',
      'client.using_database("reports")  # switch: use_database("in_a_comment")',
      'client.create_database(',
      '    db_name="my_database_2",',
      '    properties={"database.replica.number": 3}',
      ')',
      "client.use_database(db_name='my_database_2')",
      'client.use_database("default")',
    ].join('\n');
    expect(mentions(code)).toEqual(['analytics@1', 'reports@3', 'my_database_2+@5', 'my_database_2@8']);
  });

  it('Java: ConnectConfig dbName, useDatabase, CreateDatabaseReq built apart from its call', () => {
    const code = [
      'CreateDatabaseReq createDatabaseReq = CreateDatabaseReq.builder()',
      '        .databaseName("my_database_1")',
      '        .build();',
      'client.createDatabase(createDatabaseReq);',
      'ConnectConfig config = ConnectConfig.builder()',
      '        .uri("http://localhost:19530")',
      '        .dbName("analytics")',
      '        .build();',
      'client.useDatabase("reports"); // expect: unsupported',
    ].join('\n');
    expect(mentions(code)).toEqual(['my_database_1+@2', 'analytics@7', 'reports@9']);
  });

  it('Node: the client config `database`, useDatabase and createDatabase requests', () => {
    const code = [
      'const client = new MilvusClient({ address: "localhost:19530", database: \'analytics\' });',
      'await client.createDatabase({',
      '    db_name: "my_database_1"',
      '});',
      '// await client.useDatabase({ db_name: "commented_out" });',
      'await client.useDatabase({ db_name: "reports" });',
    ].join('\n');
    expect(mentions(code)).toEqual(['analytics@1', 'my_database_1+@3', 'reports@6']);
  });

  it('Go: ClientConfig DBName and the database options, an option built apart from its call included', () => {
    const code = [
      'client, err := milvusclient.New(ctx, &milvusclient.ClientConfig{',
      '    Address: "localhost:19530",',
      '    DBName:  "analytics",',
      '})',
      'err = cli.CreateDatabase(ctx, milvusclient.NewCreateDatabaseOption("my_database_2").WithProperty("database.replica.number", 3))',
      'opt := milvusclient.NewCreateDatabaseOption("built_apart")',
      'err = cli.UseDatabase(ctx, milvusclient.NewUseDatabaseOption("reports"))',
      'err = cli.AlterDatabaseProperties(ctx, milvusclient.NewAlterDatabasePropertiesOption("my_database_1").',
      '    WithProperty("database.max.collections", 1))',
    ].join('\n');
    expect(mentions(code)).toEqual(['analytics@3', 'my_database_2+@5', 'built_apart+@6', 'reports@7', 'my_database_1@8']);
  });

  it('REST: "dbName" in a body; the body of a /databases/create call creates it', () => {
    const code = [
      'curl --request POST \\',
      '--url "${CLUSTER_ENDPOINT}/v2/vectordb/databases/create" \\',
      "-d '{",
      '    "dbName": "my_database_1"',
      "}'",
      '',
      'curl --request POST \\',
      '--url "${CLUSTER_ENDPOINT}/v2/vectordb/collections/list" \\',
      '-d \'{"dbName": "analytics"}\'',
    ].join('\n');
    expect(mentions(code)).toEqual(['my_database_1+@4', 'analytics@9']);
  });

  it('a privilege grant names a database as its scope, not one it uses', () => {
    expect(mentions('client.grant_privilege_v2(role_name="r", privilege="Search", collection_name="c", db_name="db1")')).toEqual([]);
    expect(mentions('client.grantPrivilegeV2(GrantPrivilegeReqV2.builder()\n        .roleName("r")\n        .dbName("db1")\n        .build());')).toEqual([]);
  });
});

describe('what a page assumes', () => {
  const snippet = (lang: Lang, code: string, line: number) => makeSnippet(code, { id: `s${line}/${lang}`, lang, line, firstCodeLine: line + 1 });

  it('a language that uses a database before creating it assumes it; one that creates it first does not; the first use is the line', () => {
    const usage = databaseUsage([
      snippet('python', 'client = MilvusClient(uri="http://localhost:19530", db_name="my_db")', 10),
      snippet('java', 'client.createDatabase(CreateDatabaseReq.builder().databaseName("java_db").build());\nclient.useDatabase("java_db");', 20),
      snippet('python', 'client.create_database(db_name="my_db")', 30),
      snippet('go', 'client, err := milvusclient.New(ctx, &milvusclient.ClientConfig{Address: "x", DBName: "my_db"})', 40),
    ]);
    expect(usage.assumed).toEqual([{ name: 'my_db', line: 11 }]);
    expect([...usage.created].sort()).toEqual(['java_db', 'my_db']);
    expect([...usage.mentioned].sort()).toEqual(['java_db', 'my_db']);
  });
});

describe('a tab that fails only on a database nobody declares', () => {
  const run = (message: string): SnippetRun => ({
    id: 'a/java',
    outcome: 'error',
    stdout: '',
    stderr: '',
    durationMs: 0,
    findings: [{ kind: 'runtime', severity: 'error', line: 7, message }],
  });

  it("reads the database from milvus-lite's, a real Milvus's and the Java SDK's words", () => {
    expect(missingDatabaseIn('java.lang.IllegalArgumentException: Database undeclared_db not exist')).toBe('undeclared_db');
    expect(missingDatabaseIn("MilvusException: (code=6, message=database 'also_undeclared' does not exist)")).toBe('also_undeclared');
    expect(missingDatabaseIn('database not found[database=analytics]')).toBe('analytics');
    expect(missingDatabaseIn("collection 'c' does not exist")).toBeUndefined();
  });

  it('is skipped with the database and the fix as data; a database the page is meant to have is an error', () => {
    const message = 'java.lang.IllegalArgumentException: Database undeclared_db not exist';
    const skipped = applyServerGaps(run(message), true, new Set(), new Set(['undeclared_db']));
    expect(skipped).toMatchObject({ outcome: 'skipped', skip: { code: 'no-fixture', database: 'undeclared_db' } });
    expect(skipText(skipped.skip!)).toMatch(
      /assumes database `undeclared_db`, which it never creates and no fixture declares: list it .*"databases": \["undeclared_db"\]/,
    );
    expect(skipped.findings).toEqual([expect.objectContaining({ kind: 'unsupported', severity: 'warning', line: 7 })]);
    expect(applyServerGaps(run(message), true, new Set(), new Set()).outcome).toBe('error');
    expect(applyServerGaps(run(message), false, new Set(), new Set(['undeclared_db'])).outcome).toBe('skipped');
  });
});
