// Which API methods a snippet's own code calls: an SDK function is the API method of the same name in any spelling
// (`load_collection`, `loadCollection`, `LoadCollection`), or one of the few whose SDK name differs from the method's.

/** SDK function names (normalised: lower case, no `_`) whose API method has another name. */
const RENAMED: Readonly<Record<string, readonly string[]>> = {
  createuser: ['CreateCredential'],
  dropuser: ['DeleteCredential'],
  deleteuser: ['DeleteCredential'],
  updatepassword: ['UpdateCredential'],
  resetpassword: ['UpdateCredential'],
  updateuser: ['UpdateCredential'],
  listusers: ['ListCredUsers'],
  describeuser: ['SelectUser'],
  selectuser: ['SelectUser'],
  listroles: ['SelectRole'],
  describerole: ['SelectRole', 'SelectGrant'],
  listgrants: ['SelectGrant'],
  grantrole: ['OperateUserRole'],
  revokerole: ['OperateUserRole'],
  addusertorole: ['OperateUserRole'],
  removeuserfromrole: ['OperateUserRole'],
  grantprivilege: ['OperatePrivilege', 'OperatePrivilegeV2'],
  revokeprivilege: ['OperatePrivilege', 'OperatePrivilegeV2'],
  grantprivilegev2: ['OperatePrivilegeV2'],
  revokeprivilegev2: ['OperatePrivilegeV2'],
  listcollections: ['ShowCollections'],
  showcollections: ['ShowCollections'],
  listpartitions: ['ShowPartitions'],
  showpartitions: ['ShowPartitions'],
  getcollectionstats: ['GetCollectionStatistics'],
  getcollectionstatistics: ['GetCollectionStatistics'],
  getpartitionstats: ['GetPartitionStatistics'],
  loadpartitions: ['LoadPartitions'],
  releasepartitions: ['ReleasePartitions'],
  listaliases: ['ListAliases'],
  listindexes: ['DescribeIndex'],
  describeindex: ['DescribeIndex'],
  get: ['Query'],
  listdatabases: ['ListDatabases'],
  listdatabase: ['ListDatabases'],
  addprivilegestogroup: ['OperatePrivilegeGroup'],
  removeprivilegesfromgroup: ['OperatePrivilegeGroup'],
  usingdatabase: ['ListDatabases'],
};

const normalise = (name: string) => name.toLowerCase().replace(/_/g, '');

/** The API methods (normalised) a snippet's code calls by name: every `name(` and `.name(` in it. */
export function calledMethods(code: string): Set<string> {
  const called = new Set<string>();
  for (const match of code.matchAll(/\b([A-Za-z_]\w*)\s*\(/g)) {
    const name = normalise(match[1]!);
    called.add(name);
    for (const method of RENAMED[name] ?? []) called.add(normalise(method));
  }
  return called;
}

/** True when the snippet's code itself calls `method` (an API method name), not only the SDK on its own behalf. */
export function callsMethod(code: string, method: string): boolean {
  return calledMethods(code).has(normalise(method));
}

/** The 1-based line of the snippet's code that calls `method`, if one names it. */
export function callLine(code: string, method: string): number | undefined {
  const lines = code.split('\n');
  const index = lines.findIndex((line) => calledMethods(line).has(normalise(method)));
  return index >= 0 ? index + 1 : undefined;
}
