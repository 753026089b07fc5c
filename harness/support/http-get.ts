// Reads a registry's index over HTTP(S): one GET with a timeout; a failure names the address and the cause.

/** How long one index request may take. */
const TIMEOUT_MS = 15_000;

/** The body of `url` (status 200), or a thrown Error naming the address and why it could not be read. */
export async function httpGet(url: string, accept?: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { headers: accept ? { accept } : {}, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause;
    throw new Error(`${url} could not be reached (${cause?.code ?? cause?.message ?? (error as Error).message})`);
  }
  if (response.status !== 200) throw new Error(`${url} answered ${response.status} ${response.statusText}`.trim());
  return response.text();
}

/** True when `url` answers 200 (a HEAD-like probe: the body is read and dropped); false on 404/410/403; throws when unreachable. */
export async function httpExists(url: string): Promise<boolean> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    throw new Error(`${url} could not be reached (${(error as Error).message})`);
  }
  await response.body?.cancel();
  if (response.status === 200) return true;
  if ([403, 404, 410].includes(response.status)) return false;
  throw new Error(`${url} answered ${response.status}`);
}

/** An address with no trailing slash. */
export function baseUrl(url: string): string {
  return url.replace(/\/+$/, '');
}
