// The Milvus REST v2 routes (`/v2/vectordb/<group>/<action>`) a curl tab may call.

const ROUTES: Readonly<Record<string, readonly string[]>> = {
  collections: [
    'create',
    'describe',
    'list',
    'has',
    'drop',
    'rename',
    'get_stats',
    'get_load_state',
    'load',
    'release',
    'refresh_load',
    'alter_properties',
    'drop_properties',
    'compact',
    'get_compaction_state',
    'flush',
    'fields/add',
    'fields/alter_properties',
  ],
  entities: ['insert', 'upsert', 'delete', 'get', 'query', 'search', 'hybrid_search'],
  indexes: ['create', 'describe', 'list', 'drop', 'alter_properties', 'drop_properties'],
  partitions: ['create', 'drop', 'has', 'list', 'get_stats', 'load', 'release'],
  aliases: ['create', 'describe', 'list', 'drop', 'alter'],
  databases: ['create', 'describe', 'list', 'drop', 'alter', 'drop_properties'],
  users: ['create', 'describe', 'list', 'drop', 'update_password', 'grant_role', 'revoke_role'],
  roles: ['create', 'describe', 'list', 'drop', 'grant_privilege', 'revoke_privilege', 'grant_privilege_v2', 'revoke_privilege_v2'],
  privilege_groups: ['create', 'drop', 'list', 'add_privileges_to_group', 'remove_privileges_from_group'],
  resource_groups: ['create', 'describe', 'list', 'drop', 'alter', 'transfer_replica'],
  'jobs/import': ['create', 'list', 'describe', 'get_progress'],
};

/** True when `path` (e.g. `/v2/vectordb/collections/load`) is a known REST v2 route. */
export function isKnownRoute(path: string): boolean {
  const match = /^\/v2\/vectordb\/(.+?)\/?$/.exec(path);
  if (!match) return false;
  const rest = match[1]!;
  return Object.entries(ROUTES).some(([group, actions]) => rest.startsWith(`${group}/`) && actions.includes(rest.slice(group.length + 1)));
}
