// Reads a recorded REST call (a curl tab's, on a server with the REST API) the way call-summary.ts reads a gRPC one:
// the route, the names it is about, the body fields that carry meaning, and the answer's code.
import type { ServerCall } from '../../types.ts';
import type { RestExchange } from './http1-connection.ts';

const NAME = /Names?$/;
const FIELDS = new Set(['filter', 'limit', 'offset', 'outputFields', 'annsField', 'metricType', 'groupingField', 'id', 'ids']);
const SECRET = /password|token|secret/i;

/** A JSON text as an object, or an empty one. */
function parsed(text: string | undefined): Record<string, unknown> {
  try {
    const value = JSON.parse(text ?? '') as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** A REST exchange as a server call: `POST /v2/vectordb/collections/load`, names, fields, the answer's code. */
export function summariseRest(exchange: RestExchange): ServerCall {
  const method = `${exchange.method} ${exchange.path.split('?')[0]}`;
  const body = parsed(exchange.requestBody);
  const names: Record<string, string | string[]> = {};
  const fields: Record<string, string | number | boolean | string[]> = {};
  for (const [key, value] of Object.entries(body)) {
    if (SECRET.test(key)) continue;
    if (NAME.test(key) && (typeof value === 'string' || Array.isArray(value))) names[key] = Array.isArray(value) ? value.map(String) : value;
    else if (FIELDS.has(key) && (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')) fields[key] = value;
    else if (FIELDS.has(key) && Array.isArray(value)) fields[key] = value.map(String);
  }
  if (Array.isArray(body.data)) fields.rows = body.data.length;
  if (exchange.status === undefined) return { method, names, fields, status: { ok: false, code: 'NO_ANSWER', reason: 'the server never answered this call' } };
  const answer = parsed(exchange.responseBody);
  const reason = typeof answer.message === 'string' ? answer.message : undefined;
  if (exchange.status >= 400) return { method, names, fields, status: { ok: false, code: `HTTP ${exchange.status}`, ...(reason ? { reason } : {}) } };
  const code = answer.code;
  if (code !== undefined && code !== 0 && code !== 200)
    return { method, names, fields, status: { ok: false, code: String(code), ...(reason ? { reason } : {}) } };
  return { method, names, fields, status: { ok: true, code: 'Success' } };
}
