// The values the APIs know, for selects and labels.
export const THEMES = ['SPAM', 'PRIVACY_AND_DATA_PROTECTION', 'OPEN_STANDARDS', 'INTERNET_RIGHTS_AND_PRINCIPLES',
  'ACCESS_TO_KNOWLEDGE', 'FREEDOM_OF_EXPRESSION', 'ONLINE_PARTICIPATION', 'ACCESS_FOR_RURAL_COMMUNITIES',
  'MULTILINGUALISM', 'SECURITY', 'CHILD_ONLINE_SAFETY', 'ACCESSIBILITY', 'NET_NEUTRALITY', 'OTHER'];
export const STATUSES = ['PROPOSED', 'ACTIVE', 'DORMANT', 'CLOSED'];
export const GROUPS = ['GOVERNMENT', 'INTERGOVERNMENTAL_ORGANISATION', 'PRIVATE_SECTOR', 'CIVIL_SOCIETY',
  'TECHNICAL_COMMUNITY', 'ACADEMIC_COMMUNITY'];
export const DIGESTS = ['DAILY', 'WEEKLY', 'OFF'];
export const OUTCOME_KINDS = ['OUTCOME_DOCUMENT', 'RECOMMENDATION', 'ANNUAL_REPORT'];

// Join policies and roles come from the contracts the services use (the web app serves them at /vocabulary),
// so no script re-lists them: compare with Role.COORDINATOR, offer JOIN_POLICIES in a select.
const vocabulary = await (await fetch('/vocabulary', { headers: { Accept: 'application/json' } })).json();

/** Each value under its own name, so a misspelt one is undefined rather than a silently different string. */
function byName(values) {
  return Object.freeze(Object.fromEntries(values.map((value) => [value, value])));
}

export const JOIN_POLICIES = Object.freeze([...vocabulary.joinPolicies]);
export const JoinPolicy = byName(vocabulary.joinPolicies);
export const Role = byName(vocabulary.roles);
