#!/usr/bin/env bash
#
# infra/demo-data.sh [--check]: loads the demo coalitions of infra/demo/coalitions.json through the real APIs,
# as the demo users (Keycloak password grant, client coalitions-cli); the secretariat (sam) approves each new
# proposal. Idempotent: a coalition whose name
# exists already is left alone. 'infra/stack up' runs it once; it can be run by hand at any time.
#
#   --check   loads nothing; exits 0 when every demo coalition exists, 1 otherwise
#
# Environment: KEYCLOAK_PORT COALITION_PORT MEMBERSHIP_PORT NOTIFICATION_PORT [infra/stack.defaults], or
# the whole addresses KEYCLOAK_URL, COALITION_API, MEMBERSHIP_API, NOTIFICATION_API; DEMO_DATA_FILE [infra/demo/coalitions.json];
# DEMO_PASSWORD [demo]. Needs curl, and jq or node to read JSON.
#
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# a port not set in the environment: infra/stack.defaults
while IFS='=' read -r key value; do
	if [[ "$key" == *_PORT && -z "${!key:-}" ]]; then printf -v "$key" '%s' "$value"; fi
done <"$HERE/stack.defaults"
KEYCLOAK_URL=${KEYCLOAK_URL:-http://127.0.0.1:$KEYCLOAK_PORT}
COALITION_API=${COALITION_API:-http://127.0.0.1:$COALITION_PORT}
MEMBERSHIP_API=${MEMBERSHIP_API:-http://127.0.0.1:$MEMBERSHIP_PORT}
NOTIFICATION_API=${NOTIFICATION_API:-http://127.0.0.1:$NOTIFICATION_PORT}
DEMO_DATA_FILE=${DEMO_DATA_FILE:-$HERE/demo/coalitions.json}
DEMO_PASSWORD=${DEMO_PASSWORD:-demo}
REALM=coalitions
CLIENT_ID=coalitions-cli

die() {
	printf 'demo-data: ERROR: %s\n' "$*" >&2
	exit 1
}
say() { printf 'demo-data: %s\n' "$*"; }
lcurl() { curl --noproxy '*' -s --connect-timeout 3 --max-time 30 "$@"; }

command -v curl >/dev/null 2>&1 || die "curl is needed (e.g. 'sudo apt-get install curl')"
if command -v jq >/dev/null 2>&1; then
	JSON=jq
elif command -v node >/dev/null 2>&1; then
	JSON=node
else
	die "reading JSON needs jq or node: install one (e.g. 'sudo apt-get install jq')"
fi
[[ -f "$DEMO_DATA_FILE" ]] || die "no data file $DEMO_DATA_FILE"

# --- JSON, with jq or node (each helper reads JSON on stdin) ------------------------------------------------

# One line per coalition: proposer, name, members (space-separated), request body (compact JSON), separated
# by the ASCII unit separator (0x1f), which 'read' does not merge the way it merges tabs.
plan() {
	if [[ "$JSON" == jq ]]; then
		jq -r '.coalitions[] | [.proposer, .name, ((.members // []) | join(" ")), (del(.proposer, .members) | tojson)] | join("\u001f")'
	else
		node -e '
			const data = JSON.parse(require("fs").readFileSync(0, "utf8"));
			for (const c of data.coalitions) {
				const { proposer, members, ...body } = c;
				console.log([proposer, c.name, (members || []).join(" "), JSON.stringify(body)].join("\u001f"));
			}'
	fi
}

# A top-level string field, or nothing.
field() {
	if [[ "$JSON" == jq ]]; then
		jq -r --arg f "$1" '.[$f] // empty | tostring' 2>/dev/null || true
	else
		node -e '
			try { const v = JSON.parse(require("fs").readFileSync(0, "utf8"))[process.argv[1]];
				if (v !== undefined && v !== null) console.log(String(v)); } catch (e) {}' "$1"
	fi
}

# The id of the item named exactly NAME (ignoring case) in a search answer {"items":[{"id","name"},...]}.
id_named() {
	if [[ "$JSON" == jq ]]; then
		jq -r --arg n "$1" '[.items[]? | select((.name | ascii_downcase) == ($n | ascii_downcase)) | .id] | first // empty' 2>/dev/null || true
	else
		node -e '
			try { const d = JSON.parse(require("fs").readFileSync(0, "utf8")); const n = process.argv[1].toLowerCase();
				const hit = (d.items || []).find(i => (i.name || "").toLowerCase() === n);
				if (hit) console.log(hit.id); } catch (e) {}' "$1"
	fi
}

# --- the APIs ---------------------------------------------------------------------------------------------

# Sets TOKEN to an access token of a demo user (one per user and run: tokens live 15 minutes).
TOKEN_USERS=" "
get_token() {
	local user=$1 var="TOKEN_$1" answer value
	if [[ "$TOKEN_USERS" != *" $user "* ]]; then
		answer=$(lcurl -d grant_type=password -d "client_id=$CLIENT_ID" --data-urlencode "username=$user" \
			--data-urlencode "password=$DEMO_PASSWORD" "$KEYCLOAK_URL/realms/$REALM/protocol/openid-connect/token") ||
			die "Keycloak does not answer at $KEYCLOAK_URL"
		value=$(printf '%s' "$answer" | field access_token)
		[[ -n "$value" ]] || die "no token for '$user' from $KEYCLOAK_URL: $answer"
		printf -v "$var" '%s' "$value"
		TOKEN_USERS="$TOKEN_USERS$user "
		# first use creates the member's profile from the token (stakeholder group, country), so that a
		# proposer counts in the balance as the coalition's first coordinator
		lcurl -o /dev/null -H "Authorization: Bearer $value" "$MEMBERSHIP_API/api/me" || true
	fi
	TOKEN=${!var}
}

# Sets FOUND_ID to the id of the coalition named NAME, or to nothing. Searches as USER.
find_coalition() {
	local name=$1 user=$2 answer
	get_token "$user"
	answer=$(lcurl -f -G --data-urlencode "q=$name" --data-urlencode "size=100" -H "Authorization: Bearer $TOKEN" \
		"$COALITION_API/api/coalitions") || die "GET $COALITION_API/api/coalitions?q=... failed (is coalition-service running?)"
	FOUND_ID=$(printf '%s' "$answer" | id_named "$name")
}

# Proposes a coalition as USER with a JSON BODY; sets CREATED_ID.
create_coalition() {
	local user=$1 body=$2 out code
	get_token "$user"
	out=$(mktemp)
	code=$(lcurl -o "$out" -w '%{http_code}' -X POST -H "Authorization: Bearer $TOKEN" \
		-H 'Content-Type: application/json' -H 'Accept: application/json' --data-binary "$body" \
		"$COALITION_API/api/coalitions") || true
	if [[ "$code" != 201 && "$code" != 200 ]]; then
		printf 'demo-data: POST %s/api/coalitions as %s answered %s: %s\n' "$COALITION_API" "$user" "${code:-nothing}" "$(cat "$out")" >&2
		rm -f "$out"
		return 1
	fi
	CREATED_ID=$(field id <"$out")
	rm -f "$out"
}

# The secretariat (sam) approves a new proposal: a coalition is ACTIVE once approved and balanced.
approve_coalition() {
	local id=$1 name=$2 out code
	get_token sam
	out=$(mktemp)
	code=$(lcurl -o "$out" -w '%{http_code}' -X POST -H "Authorization: Bearer $TOKEN" \
		-H 'Content-Type: application/json' -H 'Accept: application/json' --data-binary '{"decision": "APPROVED"}' \
		"$COALITION_API/api/coalitions/$id/review") || code=000
	case "$code" in
		2??) say "  approved '$name' as the secretariat" ;;
		*) printf 'demo-data: approving %s answered %s: %s\n' "$name" "$code" "$(cat "$out")" >&2 ;;
	esac
	rm -f "$out"
}

# ---------------------------------------------------------------------------------------------------------
# MEMBERSHIPS. The demo members of each coalition join through membership-service, each with their own token:
#   POST $MEMBERSHIP_API/api/coalitions/{id}/members   (body {}), as the member
# 2xx: joined (or, for a MODERATED coalition, a join request is pending: accepting it is for the coordinator);
# 409: already a member. 404 with Spring's "No static resource" (or no answer at all): the route is not
# there yet, so joins are skipped for the rest of the run. Any other 404 is retried for a while: the
# coalition may not have reached membership-service yet (it learns of coalitions from coalition.events).
# ---------------------------------------------------------------------------------------------------------
MEMBERSHIP_SKIP=0

join_members() {
	local id=$1 name=$2 members=$3 member out code tries
	[[ -n "$members" ]] || return 0
	if ((MEMBERSHIP_SKIP)); then return 0; fi
	out=$(mktemp)
	for member in $members; do
		tries=0
		get_token "$member"
		while :; do
			code=$(lcurl -o "$out" -w '%{http_code}' -X POST -H "Authorization: Bearer $TOKEN" \
				-H 'Content-Type: application/json' -H 'Accept: application/json' --data-binary '{}' \
				"$MEMBERSHIP_API/api/coalitions/$id/members") || code=000
			case "$code" in
			2??) say "  $member joined '$name' ($code)"; break ;;
			409) say "  $member is already a member of '$name'"; break ;;
			000)
				say "membership-service does not answer at $MEMBERSHIP_API: skipping the joins"
				MEMBERSHIP_SKIP=1
				break
				;;
			404)
				if grep -q 'No static resource\|No endpoint\|No handler' "$out" || ((tries >= 15)); then
					say "membership-service has no join route yet (POST /api/coalitions/{id}/members answers 404): skipping the joins"
					MEMBERSHIP_SKIP=1
					break
				fi
				tries=$((tries + 1))
				sleep 2
				;;
			*)
				printf 'demo-data: %s joining %s answered %s: %s\n' "$member" "$name" "$code" "$(cat "$out")" >&2
				rm -f "$out"
				return 1
				;;
			esac
		done
		if ((MEMBERSHIP_SKIP)); then break; fi
	done
	rm -f "$out"
}

# ---------------------------------------------------------------------------------------------------------

main() {
	local check=0 plan_lines proposer name members body id missing=0 created=0 existing=0
	[[ "${1:-}" == --check ]] && check=1
	plan_lines=$(plan <"$DEMO_DATA_FILE") || die "cannot read $DEMO_DATA_FILE"
	while IFS=$'\x1f' read -r proposer name members body; do
		[[ -n "$name" ]] || continue
		find_coalition "$name" "$proposer"
		id=$FOUND_ID
		if ((check)); then
			[[ -n "$id" ]] || missing=$((missing + 1))
			continue
		fi
		if [[ -n "$id" ]]; then
			say "'$name' exists already ($id)"
			existing=$((existing + 1))
		else
			create_coalition "$proposer" "$body" || die "could not create '$name'"
			id=$CREATED_ID
			say "created '$name' ($id), proposed by $proposer"
			created=$((created + 1))
			approve_coalition "$id" "$name"
		fi
		join_members "$id" "$name" "$members"
	done <<<"$plan_lines"
	if ((check)); then
		if ((missing)); then
			say "$missing demo coalition(s) missing"
			return 1
		fi
		say "all demo coalitions exist"
		return 0
	fi
	say "done: $created created, $existing existed already"
	if ((created)); then
		send_digests "$(printf '%s\n' "$plan_lines" | cut -d $'\x1f' -f1 | sort -u)"
	fi
}

# DIGESTS. Daily digests go out at 07:00 in each person's time zone, which a fresh demo may be hours away from:
# each coordinator is sent their digest of the last day at once (POST /api/digests/preview, the "send me my
# digest now" of the mail settings), so that their mailbox shows one after the demo activity. Notification-
# service learns of the activity from Kafka: give it a moment first.
send_digests() {
	local coordinator out code
	sleep "${DEMO_DIGEST_DELAY:-5}"
	for coordinator in $1; do
		get_token "$coordinator"
		out=$(mktemp)
		code=$(lcurl -o "$out" -w '%{http_code}' -X POST -H "Authorization: Bearer $TOKEN" \
			"$NOTIFICATION_API/api/digests/preview") || code=000
		case "$code" in
			2??) say "daily digest mailed to $coordinator ($(cat "$out"))" ;;
			*) printf 'demo-data: the digest of %s: notification-service answered %s: %s\n' "$coordinator" "$code" \
				"$(cat "$out")" >&2 ;;
		esac
		rm -f "$out"
	done
}

main "$@"
