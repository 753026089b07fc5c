// Python packages docs snippets import that the harness does not install, recognised from the error a missing one gives.

/**
 * Python packages docs snippets import that the harness does not install (embedding providers, ML and data tools,
 * pymilvus extras): a snippet that fails only because one is missing is untested, not broken. Only these names: a
 * misspelled module stays an error.
 */
export const THIRD_PARTY_MODULES: readonly string[] = [
  'openai',
  'cohere',
  'voyageai',
  'anthropic',
  'google',
  'vertexai',
  'boto3',
  'datasets',
  'datasketch',
  'matplotlib',
  'pytz',
  'scipy',
  'tensorflow',
  'torch',
  'transformers',
  'sentence_transformers',
  'FlagEmbedding',
  'langchain',
  'langchain_milvus',
  'llama_index',
  'pandas',
  'PIL',
  'cv2',
  'requests',
  'tqdm',
  'minio',
  'azure',
  'pyarrow',
  'ml_dtypes',
];

/** The package an error says is missing, when it is one the harness does not install (a module, or pymilvus extras). */
export function missingPythonPackage(message: string): { package: string; note?: string } | undefined {
  const missing = /No module named '([\w.]+)'/.exec(message)?.[1]?.split('.')[0];
  if (missing && THIRD_PARTY_MODULES.includes(missing)) return { package: `the Python package \`${missing}\``, note: ' (nor its API keys)' };
  const extras = /Missing packages: \[([^\]]*)\]/.exec(message)?.[1];
  if (extras) return { package: `pymilvus extras (${extras.replace(/'/g, '')})` };
  return undefined;
}
