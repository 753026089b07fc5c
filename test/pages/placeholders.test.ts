import { describe, expect, it } from 'vitest';
import { isPlaceholder } from '../../harness/pages/placeholders.ts';

describe('placeholder bodies', () => {
  it.each([
    '# REST 缺失',
    '// Go 缺失',
    '# REST\nNot support yet',
    '# restful',
    '// go',
    '// java',
    '// nodejs',
    '# curl',
    '# Not available',
    '',
    '   \n',
    // A body made only of comments holds no program: nothing of it would run.
    '# This only prints something',
    '# Refer to the Python example\n# for the request body',
  ])('recognises %j', (body) => {
    expect(isPlaceholder(body)).toBe(true);
  });

  it.each([
    'client.release_collection(collection_name="x")',
    '# Release the collection\nclient.release_collection(collection_name="x")',
    '// java\nSystem.out.println(1);',
    'curl --request POST --url "$URL"',
  ])('does not take code for a placeholder: %j', (body) => {
    expect(isPlaceholder(body)).toBe(false);
  });
});
