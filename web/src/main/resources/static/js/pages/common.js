// The values the APIs know come from the contracts the services use (the web app serves them at /vocabulary),
// so no script re-lists them: compare with Role.COORDINATOR, offer THEMES in a select.
const vocabulary = await (await fetch('/vocabulary', { headers: { Accept: 'application/json' } })).json();

/** Each value under its own name, so a misspelt one is undefined rather than a silently different string. */
function byName(values) {
  return Object.freeze(Object.fromEntries(values.map((value) => [value, value])));
}

/** The values in their declared order, for selects. */
function list(values) {
  return Object.freeze([...values]);
}

export const THEMES = list(vocabulary.themes);
export const STATUSES = list(vocabulary.statuses);
export const JOIN_POLICIES = list(vocabulary.joinPolicies);
export const GROUPS = list(vocabulary.stakeholderGroups);
export const DIGESTS = list(vocabulary.digests);
export const OUTCOME_KINDS = list(vocabulary.outcomeKinds);
export const RISKS = list(vocabulary.risks);
export const POSITIONS = list(vocabulary.positions);

export const CoalitionStatus = byName(vocabulary.statuses);
export const JoinPolicy = byName(vocabulary.joinPolicies);
export const OutcomeKind = byName(vocabulary.outcomeKinds);
export const Role = byName(vocabulary.roles);
export const REVIEW_DECISIONS = list(vocabulary.reviewDecisions);
export const ReviewState = byName(vocabulary.reviewStates);
export const ReviewDecision = byName(vocabulary.reviewDecisions);
export const Position = byName(vocabulary.positions);
