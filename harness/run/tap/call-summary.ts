// Reads a recorded call's messages with Milvus's own API definitions and keeps what carries meaning: the method, the
// names it is about, the request fields that change what it does, and the status the server answered.
import type protobuf from 'protobufjs';
import type { ServerCall } from '../../types.ts';
import type { WireCall } from './grpc-connection.ts';

/** gRPC status names, for messages (`12` → `UNIMPLEMENTED`). */
const GRPC_STATUS = [
  'OK',
  'CANCELLED',
  'UNKNOWN',
  'INVALID_ARGUMENT',
  'DEADLINE_EXCEEDED',
  'NOT_FOUND',
  'ALREADY_EXISTS',
  'PERMISSION_DENIED',
  'RESOURCE_EXHAUSTED',
  'FAILED_PRECONDITION',
  'ABORTED',
  'OUT_OF_RANGE',
  'UNIMPLEMENTED',
  'INTERNAL',
  'UNAVAILABLE',
  'DATA_LOSS',
  'UNAUTHENTICATED',
];

/** Request keys that never carry the page's meaning (timestamps, message bases, consistency plumbing) or must not be kept. */
const NOISE =
  /^(base|travel_timestamp|guarantee_timestamp|use_default_consistency|not_return_all_meta|dsl_type|placeholder_group|fields_data|hash_keys|expr_template_values|schema|ids|sub_reqs|function_score|highlighter|namespace|.*password.*)$/i;
const NAME_KEY = /(^|_)(name|names|alias)$|[a-z](Name|Names)$|^(db_name|collection_name|partition_names|username|role_name)$/;
const KV_KEYS = new Set(['search_params', 'query_params', 'extra_params', 'params', 'properties']);
const SECRET_VALUE = /password|secret|token/i;

type Value = string | number | boolean | readonly string[];

/** A KeyValuePair list as a plain object (`[{key: 'limit', value: '3'}]` → `{limit: '3'}`). */
function keyValues(list: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of Array.isArray(list) ? list : []) {
    const { key, value } = item as { key?: string; value?: string };
    if (key && !SECRET_VALUE.test(key)) out[key] = String(value ?? '');
  }
  return out;
}

/** The names and meaning-carrying fields of a decoded request. */
function summarise(request: Record<string, unknown>, root: protobuf.Root): Pick<ServerCall, 'names' | 'fields'> {
  const names: Record<string, string | string[]> = {};
  const fields: Record<string, Value> = {};
  for (const [key, value] of Object.entries(request)) {
    if (NOISE.test(key) || value === '' || value === undefined || value === null) continue;
    if (KV_KEYS.has(key)) {
      for (const [k, v] of Object.entries(keyValues(value))) fields[k] = v;
    } else if (NAME_KEY.test(key) && (typeof value === 'string' || Array.isArray(value))) {
      names[key] = Array.isArray(value) ? value.map(String) : value;
    } else if (key === 'entity' && typeof value === 'object') {
      const entity = value as Record<string, { name?: string } | string | undefined>;
      for (const [part, inner] of Object.entries(entity)) {
        const name = typeof inner === 'string' ? inner : inner?.name;
        if (name) names[part === 'name' ? 'role' : part] = name;
      }
      const privilege = (value as { grantor?: { privilege?: { name?: string } } }).grantor?.privilege?.name;
      if (privilege) names.privilege = privilege;
    } else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      fields[key] = value;
    } else if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) {
      fields[key] = value.map(String);
    }
  }
  const schema = request.schema;
  if (schema instanceof Uint8Array && schema.length > 0) {
    const decoded = root
      .lookupType('milvus.proto.schema.CollectionSchema')
      .toObject(root.lookupType('milvus.proto.schema.CollectionSchema').decode(schema), { enums: String });
    fields.schema = ((decoded.fields ?? []) as { name: string; data_type: string }[]).map((f) => `${f.name}:${f.data_type}`);
  }
  return { names, fields };
}

/** The status a response says: `Success`/0 is ok; otherwise its code and reason. */
function answered(response: Record<string, unknown> | undefined, returnsStatus: boolean): ServerCall['status'] {
  const status = (returnsStatus ? response : response?.status) as { error_code?: string; code?: number; reason?: string } | undefined;
  if (!status) return { ok: true, code: 'Success' };
  const failed = (status.error_code !== undefined && status.error_code !== 'Success') || (status.code !== undefined && status.code !== 0);
  return failed
    ? {
        ok: false,
        code: status.error_code && status.error_code !== 'Success' ? status.error_code : String(status.code),
        ...(status.reason ? { reason: status.reason } : {}),
      }
    : { ok: true, code: 'Success' };
}

/** A recorded call, read: method, names, fields, status (a message the definitions cannot read is kept by method alone). */
export function summariseCall(call: WireCall, root: protobuf.Root): ServerCall {
  const [, service = '', method = call.path] = /^\/([\w.]+)\/(\w+)$/.exec(call.path) ?? [];
  const base = { method };
  if (call.grpcStatus === undefined)
    return { ...base, names: {}, fields: {}, status: { ok: false, code: 'NO_ANSWER', reason: 'the server never answered this call' } };
  let definition: protobuf.Method | undefined;
  try {
    definition = root.lookupService(service).methods[method];
    definition?.resolve();
  } catch {
    definition = undefined;
  }
  const options = { enums: String, longs: Number, defaults: false, bytes: Buffer } as const;
  let summary: Pick<ServerCall, 'names' | 'fields'> = { names: {}, fields: {} };
  if (definition?.resolvedRequestType && call.requests[0]) {
    const type = definition.resolvedRequestType;
    summary = summarise(type.toObject(type.decode(call.requests[0]), options), root);
  }
  if (call.grpcStatus !== 0) {
    return {
      ...base,
      ...summary,
      status: { ok: false, code: GRPC_STATUS[call.grpcStatus] ?? String(call.grpcStatus), ...(call.grpcMessage ? { reason: call.grpcMessage } : {}) },
    };
  }
  const responseType = definition?.resolvedResponseType;
  const response = responseType && call.responses[0] ? responseType.toObject(responseType.decode(call.responses[0]), options) : undefined;
  return { ...base, ...summary, status: answered(response, responseType?.fullName === '.milvus.proto.common.Status') };
}
