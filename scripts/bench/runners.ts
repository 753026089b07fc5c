// Language runners for the in-process parts, prepared exactly as `docs-harness run` prepares them (resolved SDKs).
import type { Endpoint, Lang, Page, Snippet, SnippetRun } from '../../harness/types.ts';
import type { PreparedRunner } from '../../harness/languages/adapter.ts';
import { preparedRunner, type PreparedAdapters } from '../../harness/languages/prepared.ts';
import { sdkCatalogue } from '../../harness/languages/registry.ts';
import { resolveSdks } from '../../harness/versions/resolve-sdks.ts';
import { pageSnippets } from '../../harness/pages/snippets.ts';
import { mapEndpoint } from '../../harness/run/endpoint.ts';
import { resolveFixture } from '../../harness/setup/resolve.ts';
import { NamespaceResetter } from '../../harness/setup/reset.ts';
import type { ServerSession } from '../../harness/server/session.ts';
import { check } from './common.ts';

/** Exact SDK releases per language, as `run` passes them on in `RunOptions.sdks`. */
export type SdkVersions = Partial<Record<Lang, string[]>>;

/** The default SDK release of each of `langs` (the newest of its default line), resolved as `run` resolves them. */
export async function defaultSdks(langs: readonly Lang[]): Promise<SdkVersions> {
  const plan = await resolveSdks({}, langs, sdkCatalogue());
  for (const note of plan.notes) process.stderr.write(`bench: warning: ${note}\n`);
  return plan.versions;
}

/** The runner of `lang` at its first resolved release (none for a language without an SDK), as run-language.ts gets it. */
export function runnerFor(lang: Lang, sdks: SdkVersions, prepared: PreparedAdapters = new Map()): Promise<PreparedRunner> {
  return preparedRunner(lang, sdks[lang]?.[0], prepared);
}

/** The page's runnable snippets of `lang`, in page order, with the page's address and token mapped to `endpoint`. */
export function runnable(page: Page, lang: Lang, endpoint: Endpoint): Snippet[] {
  const snippets = pageSnippets(page)
    .filter((s) => s.lang === lang && !s.placeholder)
    .map((s) => ({ ...s, code: mapEndpoint(s.code, endpoint).code }));
  check(snippets.length > 0, `${page.path} to have runnable ${lang} tabs`);
  return snippets;
}

/** Checks a runner's answer: one result per snippet given, and (unless each ran alone) at least one that ran cleanly. */
export function checkRuns(lang: Lang, snippets: readonly Snippet[], runs: readonly SnippetRun[], someOk = true): void {
  check(runs.length === snippets.length, `${lang}: one result per snippet (${snippets.length}), got ${runs.length}`);
  if (someOk) {
    const outcomes = runs.map((r) => `${r.id} ${r.outcome}${r.findings[0] ? ` (${r.findings[0].message.split('\n')[0]})` : ''}`).join('; ');
    check(
      runs.some((r) => r.outcome === 'ok'),
      `${lang}: at least one snippet to run cleanly; got ${outcomes}`,
    );
  }
}

/** Brings the server back to the page's fixture before a run, as the pipeline does between languages: in full the first
 * time, then only the load states when the snippets that ran since (`ran`) can have changed nothing else. */
export type FixtureReset = (ran: readonly Snippet[]) => Promise<void>;

/** The fixture reset of `page` on `session`'s server (the page's fixture resolved as runPage resolves it). */
export async function fixtureReset(page: Page, session: ServerSession): Promise<FixtureReset> {
  const { fixture } = await resolveFixture(page, pageSnippets(page));
  check(fixture !== undefined && fixture.collections.length > 0, `${page.path} to have a fixture`);
  const resetter = new NamespaceResetter(session.admin, fixture, await session.baseline());
  return async (ran) => {
    resetter.ran(ran.map((s) => s.code));
    await resetter.reset();
  };
}
