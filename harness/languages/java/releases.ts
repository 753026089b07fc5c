// io.milvus:milvus-sdk-java on Maven Central (or `$DOCS_HARNESS_MAVEN_REPO`): the artifact's maven-metadata.xml.
import semver from 'semver';
import type { ReleaseIndex } from '../language.ts';
import { baseUrl, httpGet } from '../../support/http-get.ts';
import { env } from '../../config/env.ts';

/** The Java SDK's releases on Maven Central. */
export const javaReleases: ReleaseIndex = {
  package: 'io.milvus:milvus-sdk-java',
  registry: 'Maven Central',
  defaultLine: '2.6',
  async fetch() {
    const repo = baseUrl(env.mavenRepo());
    const xml = await httpGet(`${repo}/io/milvus/milvus-sdk-java/maven-metadata.xml`);
    const { XMLParser } = await import('fast-xml-parser');
    const parsed = new XMLParser({ parseTagValue: false }).parse(xml) as { metadata?: { versioning?: { versions?: { version?: string | string[] } } } };
    const versions = parsed.metadata?.versioning?.versions?.version ?? [];
    return Array.isArray(versions) ? versions : [versions];
  },
  toSemver: (version) => semver.valid(version) ?? (/^\d+\.\d+\.\d+$/.test(version) ? version : undefined),
  fromSemver: (version) => version,
};
