#!/usr/bin/env bash
#
# infra/demo-data.sh [--check]: loads the demo coalitions of infra/demo/coalitions.json, with their past, through the
# real APIs as the demo users (Keycloak password grant, client coalitions-cli). Each coalition's history (proposal,
# review, members joining, annual reports filed or missed, threads, replies and meetings through the past year,
# join requests left waiting) is replayed in order, every command dated with the Coalitions-Occurred-At header, so
# it goes through the same commands, events and rules as live use; the services honour the header only with
# coalitions.history.import-enabled=true, which 'infra/stack' sets for its local demo stack. At the end the
# secretariat runs the life-cycle check (POST /api/lifecycle/check), so the statuses are those of today.
# Idempotent: a coalition whose name exists already is left alone. 'infra/stack up' runs it once; it can be run by
# hand at any time.
#
#   --check   loads nothing; exits 0 when every demo coalition exists, 1 otherwise
#
# Environment: KEYCLOAK_PORT COALITION_PORT MEMBERSHIP_PORT NOTIFICATION_PORT [infra/stack.defaults], or
# the whole addresses KEYCLOAK_URL, COALITION_API, MEMBERSHIP_API, NOTIFICATION_API; DEMO_DATA_FILE [infra/demo/coalitions.json];
# DEMO_PASSWORD [demo]; DEMO_REPORT_DEADLINE [03-31, coalition-service's coalitions.reporting.deadline].
# Needs curl, and jq or node to read JSON.
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
DEMO_REPORT_DEADLINE=${DEMO_REPORT_DEADLINE:-03-31}
REALM=coalitions
CLIENT_ID=coalitions-cli
SECRETARIAT=sam
OCCURRED_AT=Coalitions-Occurred-At

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

# One line per coalition, its fields separated by the ASCII unit separator (0x1f), which 'read' does not merge the
# way it merges tabs: proposer, name, members, the proposal's body (compact JSON), then its history: proposed,
# review, review message, missed cycles, misses the latest cycle (true/false), no reports (true/false), activity,
# pending, thread titles. Lists are space-separated, the titles separated by 0x1e.
plan() {
	if [[ "$JSON" == jq ]]; then
		jq -r '.coalitions[] | (.history // {}) as $h | [.proposer, .name, ((.members // []) | join(" ")),
			(del(.proposer, .members, .history) | tojson), ($h.proposed // "-1d"), ($h.review // "APPROVED"),
			($h.reviewMessage // ""), (($h.missedCycles // []) | map(tostring) | join(" ")),
			(($h.missesLatestCycle // false) | tostring), (($h.noReports // false) | tostring), ($h.activity // "new"),
			(($h.pending // []) | join(" ")), (($h.threads // []) | join("\u001e"))] | join("\u001f")'
	else
		node -e '
			const data = JSON.parse(require("fs").readFileSync(0, "utf8"));
			for (const c of data.coalitions) {
				const { proposer, members, history, ...body } = c;
				const h = history || {};
				console.log([proposer, c.name, (members || []).join(" "), JSON.stringify(body), h.proposed || "-1d",
					h.review || "APPROVED", h.reviewMessage || "", (h.missedCycles || []).join(" "),
					String(!!h.missesLatestCycle), String(!!h.noReports), h.activity || "new",
					(h.pending || []).join(" "), (h.threads || []).join("\u001e")].join("\u001f"));
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

# --- days -------------------------------------------------------------------------------------------------
# Dates are days since 1970-01-01 (UTC), in shell arithmetic, so no particular 'date' is needed (H. Hinnant's
# days_from_civil and civil_from_days).

# days Y M D: sets DAYS to the day number of that date.
days() {
	local y=$1 m=$((10#$2)) d=$((10#$3)) era yoe doy doe
	((m <= 2)) && y=$((y - 1))
	era=$(((y >= 0 ? y : y - 399) / 400))
	yoe=$((y - era * 400))
	doy=$(((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1))
	doe=$((yoe * 365 + yoe / 4 - yoe / 100 + doy))
	DAYS=$((era * 146097 + doe - 719468))
}

# civil DAY: sets DATE (YYYY-MM-DD) and YEAR.
civil() {
	local z=$(($1 + 719468)) era doe yoe y doy mp d m
	era=$(((z >= 0 ? z : z - 146096) / 146097))
	doe=$((z - era * 146097))
	yoe=$(((doe - doe / 1460 + doe / 36524 - doe / 146096) / 365))
	y=$((yoe + era * 400))
	doy=$((doe - (365 * yoe + yoe / 4 - yoe / 100)))
	mp=$(((5 * doy + 2) / 153))
	d=$((doy - (153 * mp + 2) / 5 + 1))
	m=$((mp + (mp < 10 ? 3 : -9)))
	((m <= 2)) && y=$((y + 1))
	YEAR=$y
	printf -v DATE '%04d-%02d-%02d' "$y" "$m" "$d"
}

TODAY=$(($(date -u +%s) / 86400))
civil "$TODAY"
THIS_YEAR=$YEAR
days "$THIS_YEAR" "${DEMO_REPORT_DEADLINE%-*}" "${DEMO_REPORT_DEADLINE#*-}"
# the newest reporting cycle whose deadline has passed: last year's once this year's deadline is behind us
LATEST_PASSED=$((TODAY > DAYS ? THIS_YEAR - 1 : THIS_YEAR - 2))

# day_of SPEC: YYYY-MM-DD, or -Nd (N days before today); sets DAY.
day_of() {
	if [[ "$1" =~ ^-([0-9]+)d$ ]]; then
		DAY=$((TODAY - BASH_REMATCH[1]))
	elif [[ "$1" =~ ^([0-9]{4})-([0-9]{2})-([0-9]{2})$ ]]; then
		days "${BASH_REMATCH[1]}" "${BASH_REMATCH[2]}" "${BASH_REMATCH[3]}"
		DAY=$DAYS
	else
		die "not a day: '$1' (YYYY-MM-DD or -Nd)"
	fi
}

# --- the APIs ---------------------------------------------------------------------------------------------

# call METHOD URL USER BODY DAY SEQ: one command as USER; dated DAY (at 09:00 plus SEQ minutes) with the
# Coalitions-Occurred-At header when DAY is before today, else it happens now. Sets CODE and ANSWER. Services
# with history import off refuse the header (400): then, and for the rest of the run, everything happens now (a
# demo without a past, e.g. under docker compose, rather than none).
HISTORY_IMPORT=1
call() {
	call_once "$@"
	if [[ "$CODE" == 400 && "$ANSWER" == *"History import is off"* ]] && ((HISTORY_IMPORT)); then
		say "the services do not take dated commands (coalitions.history.import-enabled is off): loading the demo \
without its past, everything dated now"
		HISTORY_IMPORT=0
		call_once "$@"
	fi
}

call_once() {
	local method=$1 url=$2 user=$3 body=$4 day=$5 seq=$6 out
	local args=(-X "$method" -H 'Accept: application/json')
	get_token "$user"
	args+=(-H "Authorization: Bearer $TOKEN")
	if ((HISTORY_IMPORT && day < TODAY)); then
		civil "$day"
		args+=(-H "$OCCURRED_AT: ${DATE}T$(printf '%02d:%02d' $((9 + seq / 60)) $((seq % 60))):00Z")
	fi
	if [[ -n "$body" ]]; then args+=(-H 'Content-Type: application/json' --data-binary "$body"); fi
	out=$(mktemp)
	CODE=$(lcurl -o "$out" -w '%{http_code}' "${args[@]}" "$url") || CODE=000
	ANSWER=$(cat "$out")
	rm -f "$out"
}

# expect WHAT CODES...: dies unless the last call answered one of the codes.
expect() {
	local what=$1 code
	shift
	for code in "$@"; do [[ "$CODE" == "$code" ]] && return 0; done
	die "$what answered ${CODE/#000/nothing}: $ANSWER"
}

# A JSON string of TEXT (quotes, backslashes and control characters escaped).
quoted() {
	local text=$1
	text=${text//\\/\\\\}
	text=${text//\"/\\\"}
	text=${text//$'\n'/\\n}
	text=${text//$'\t'/\\t}
	printf '"%s"' "$text"
}

# ---------------------------------------------------------------------------------------------------------
# A COALITION'S HISTORY. After the proposal, its steps are written one a line (day, order within the day, what,
# its arguments; separated by 0x1f), sorted by time and replayed, so that each coalition's commands and events
# come in the order they happened. Ids made by a step (a thread, a meeting) are kept under the step's key.
# ---------------------------------------------------------------------------------------------------------
REVIEW_SKIP=0
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

steps() {
	local ci=$1 proposer=$2 members=$3 proposed=$4 review=$5 message=$6 missed=$7 latest=$8 noreports=$9
	local activity=${10} pending=${11} titles=${12}
	local i=0 member joined last_active first_cycle cycle filed title j k day author replier founding=() rest
	civil "$proposed"
	first_cycle=$YEAR
	last_active=$((TODAY - 1))
	[[ "$activity" == quiet ]] && last_active=$((TODAY - 200 - ci))
	# step DAY ORDER WHAT ARGS...: a day not reached yet is today (a command that happens now)
	step() {
		local IFS=$'\x1f' day=$1
		shift
		printf '%s\n' "$((day < TODAY ? day : TODAY))$IFS$*"
	}
	case "$review" in
	APPROVED) step $((proposed + 3)) 0 review APPROVED "Statement complete; welcome to the forum's dynamic coalitions." ;;
	CHANGES_REQUESTED) step $((proposed + 15)) 0 review CHANGES_REQUESTED "$message" ;;
	esac
	for member in $members; do
		if ((i < 3)) || [[ "$activity" == new ]]; then
			joined=$((proposed + 5 + 9 * i))
			founding+=("$member")
		else
			joined=$((TODAY - 300 + 55 * (i - 3) + 3 * ci))
			((joined < last_active)) || joined=$((last_active - 10))
		fi
		((joined > proposed)) || joined=$((proposed + 1))
		step "$joined" 10 join "$member"
		i=$((i + 1))
	done
	if [[ "$noreports" != true && "$activity" != new ]]; then
		for ((cycle = first_cycle; cycle <= LATEST_PASSED; cycle++)); do
			[[ " $missed " == *" $cycle "* ]] && continue
			[[ "$latest" == true && $cycle == "$LATEST_PASSED" ]] && continue
			days $((cycle + 1)) 2 15
			filed=$((DAYS + ci))
			((filed <= last_active)) || filed=$last_active
			((filed > proposed)) && step "$filed" 20 report "$cycle"
		done
	fi
	IFS=$'\x1e' read -r -a rest <<<"$titles"
	k=${#rest[@]}
	for ((j = 0; j < k; j++)); do
		title=${rest[j]}
		case "$activity" in
		busy) day=$((TODAY - 330 + 7 * ci + j * 300 / k)) ;;
		quiet) day=$((last_active - 30 - (k - 1 - j) * 90)) ;;
		*) day=$((proposed + 2 + 3 * j)) ;;
		esac
		((day > proposed)) || day=$((proposed + 1))
		# a new coalition's threads are its proposer's, and its first member replies once they have joined
		author=$proposer
		[[ "$activity" != new && $((j % 2)) == 1 && ${#founding[@]} -gt 0 ]] && author=${founding[j % ${#founding[@]}]}
		step "$day" 30 thread "$j" "$author" "$title"
		if ((${#founding[@]})); then
			replier=${founding[(j + 1) % ${#founding[@]}]}
			if [[ "$activity" == new ]]; then
				replier=${founding[0]}
			fi
			step $((day + 4)) 31 reply "$j" "$replier"
			[[ "$activity" == busy ]] && step $((day + 9)) 32 reply "$j" "${founding[(j + 2) % ${#founding[@]}]}"
		fi
	done
	if [[ "$activity" == busy ]]; then
		civil $((TODAY - 136 - 3 * ci))
		step $((TODAY - 150 - 3 * ci)) 40 meeting past "Annual planning call" "$DATE"
		step $((TODAY - 135 - 3 * ci)) 41 minutes past
		civil $((TODAY + 21 + ci))
		step $((TODAY - 9 - ci)) 40 meeting next "Preparing our session at the forum" "$DATE"
	fi
	for member in $pending; do step "$TODAY" 90 ask "$member"; done
}

# replay ID NAME PROPOSER: runs the steps on stdin, in their order, as the users they name.
replay() {
	local id=$1 name=$2 proposer=$3 day seq what a b c rid tries
	while IFS=$'\x1f' read -r day seq what a b c; do
		case "$what" in
		review)
			((REVIEW_SKIP)) && continue
			call POST "$COALITION_API/api/coalitions/$id/review" "$SECRETARIAT" \
				"{\"decision\": \"$a\", \"message\": $(quoted "$b")}" "$day" "$seq"
			if [[ "$CODE" == 404 || "$CODE" == 405 ]]; then
				# said once, whichever coalition's shell meets it first
				mkdir "$WORK/no-review" 2>/dev/null && say "coalition-service has no review route yet \
(POST /api/coalitions/{id}/review answers $CODE): the coalitions are loaded without their reviews"
				REVIEW_SKIP=1
				continue
			fi
			expect "the review of '$name' ($a)" 200 201 204
			;;
		join) join_as_member "$id" "$name" "$proposer" "$a" "$day" "$seq" ;;
		ask)
			call POST "$MEMBERSHIP_API/api/coalitions/$id/members" "$a" \
				'{"message": "I would like to take part in your work."}' "$day" "$seq"
			expect "$a asking to join '$name'" 202 409
			say "  $a asked to join '$name' (left waiting)"
			;;
		report)
			call POST "$COALITION_API/api/coalitions/$id/outcomes" "$proposer" "{\"kind\": \"ANNUAL_REPORT\", \
\"title\": \"Annual report $a\", \"body\": $(quoted "What $name did in $a: meetings, papers and outreach."), \
\"reportingCycle\": $a}" "$day" "$seq"
			expect "drafting the $a report of '$name'" 201
			call POST "$COALITION_API/api/coalitions/$id/outcomes/$(field id <<<"$ANSWER")/publish" "$proposer" "" \
				"$day" $((seq + 1))
			expect "publishing the $a report of '$name'" 200
			;;
		thread)
			call POST "$COALITION_API/api/coalitions/$id/threads" "$b" "{\"title\": $(quoted "$c"), \
\"body\": $(quoted "$c: a first note to start the discussion.")}" "$day" "$seq"
			expect "a thread in '$name'" 201
			printf -v "THREAD_$a" '%s' "$(field id <<<"$ANSWER")"
			;;
		reply)
			rid="THREAD_$a"
			tries=0
			# (a member who has just joined may not be in coalition-service's roster yet: it learns of them from
			# membership-service's events, as the decision above waits for the request)
			while :; do
				call POST "$COALITION_API/api/coalitions/$id/threads/${!rid}/replies" "$b" \
					'{"body": "Thank you, agreed. I can draft the next part."}' "$day" "$seq"
				[[ "$CODE" == 403 && $tries -lt 100 ]] || break
				tries=$((tries + 1))
				sleep 0.2
			done
			expect "a reply in '$name'" 201
			;;
		meeting)
			call POST "$COALITION_API/api/coalitions/$id/meetings" "$proposer" "{\"title\": $(quoted "$b"), \
\"startsAt\": \"${c}T14:00:00\", \"timeZone\": \"UTC\", \"agenda\": \"1. Reports of the working groups\\n2. Next steps\"}" \
				"$day" "$seq"
			expect "a meeting of '$name'" 201
			printf -v "MEETING_$a" '%s' "$(field id <<<"$ANSWER")"
			;;
		minutes)
			rid="MEETING_$a"
			call PUT "$COALITION_API/api/coalitions/$id/meetings/${!rid}/minutes" "$proposer" \
				'{"minutes": "Present: the coordinators and members. Agreed: the outline of this year report."}' "$day" "$seq"
			expect "minutes in '$name'" 200
			;;
		esac
	done
}

# join_as_member ID NAME PROPOSER MEMBER DAY SEQ: MEMBER joins (OPEN) or asks and is accepted by the proposer (MODERATED).
# membership-service learns of a coalition (and appoints its proposer) from coalition.events: a 404 or 403 right
# after the proposal is asked again for a while.
join_as_member() {
	local id=$1 name=$2 proposer=$3 member=$4 day=$5 seq=$6 tries=0 request
	while :; do
		call POST "$MEMBERSHIP_API/api/coalitions/$id/members" "$member" '{"message": "Happy to help."}' "$day" "$seq"
		[[ "$CODE" == 404 && $tries -lt 100 ]] || break
		tries=$((tries + 1))
		sleep 0.2
	done
	expect "$member joining '$name'" 201 202 409
	if [[ "$CODE" == 202 ]]; then
		request=$(field requestId <<<"$ANSWER")
		tries=0
		while :; do
			call POST "$MEMBERSHIP_API/api/coalitions/$id/join-requests/$request/decision" "$proposer" \
				'{"approve": true, "message": "Welcome!"}' "$day" $((seq + 1))
			[[ ("$CODE" == 403 || "$CODE" == 404) && $tries -lt 100 ]] || break
			tries=$((tries + 1))
			sleep 0.2
		done
		expect "$proposer accepting $member in '$name'" 200
	fi
}

# ---------------------------------------------------------------------------------------------------------

main() {
	local check=0 plan_lines line proposer name members body proposed review message missed latest noreports activity
	local pending titles id missing=0 existing=0 ci=-1 created=()
	[[ "${1:-}" == --check ]] && check=1
	plan_lines=$(plan <"$DEMO_DATA_FILE") || die "cannot read $DEMO_DATA_FILE"
	# First every proposal, then each coalition's history: by the time its members join, membership-service has
	# learnt of the coalition from its event, so the joins seldom wait.
	while IFS= read -r line; do
		IFS=$'\x1f' read -r proposer name members body proposed review message missed latest noreports activity \
			pending titles <<<"$line"
		[[ -n "$name" ]] || continue
		ci=$((ci + 1))
		find_coalition "$name" "$proposer"
		id=$FOUND_ID
		if ((check)); then
			[[ -n "$id" ]] || missing=$((missing + 1))
			continue
		fi
		if [[ -n "$id" ]]; then
			say "'$name' exists already ($id)"
			existing=$((existing + 1))
			continue
		fi
		day_of "$proposed"
		call POST "$COALITION_API/api/coalitions" "$proposer" "$body" "$DAY" 0
		expect "POST $COALITION_API/api/coalitions ('$name') as $proposer" 201 200
		id=$(field id <<<"$ANSWER")
		civil "$DAY"
		say "created '$name' ($id), proposed by $proposer on $DATE"
		created+=("$ci"$'\x1f'"$id"$'\x1f'"$DAY"$'\x1f'"$line")
	done <<<"$plan_lines"
	if ((check)); then
		if ((missing)); then
			say "$missing demo coalition(s) missing"
			return 1
		fi
		say "all demo coalitions exist"
		return 0
	fi
	# Each coalition's past in order, the coalitions side by side (a coalition's commands wait for each other, the
	# coalitions need not), each in a background shell; every demo user's token is fetched before, once.
	for user in $SECRETARIAT $(printf '%s\n' "$plan_lines" | cut -d $'\x1f' -f1,3,12 | tr $'\x1f' ' '); do
		get_token "$user"
	done
	local pids=() pid failed=0
	for line in ${created[@]+"${created[@]}"}; do
		IFS=$'\x1f' read -r ci id proposed proposer name members body _ review message missed latest noreports activity \
			pending titles <<<"$line"
		(
			replay "$id" "$name" "$proposer" < <(steps "$ci" "$proposer" "$members" "$proposed" "$review" "$message" \
				"$missed" "$latest" "$noreports" "$activity" "$pending" "$titles" | sort -t $'\x1f' -k1,1n -k2,2n)
			say "'$name': its past is loaded ($(tr -s ' ' <<<"review $review, activity $activity, members \
$members${pending:+, waiting $pending}"))"
		) &
		pids+=("$!")
	done
	for pid in ${pids[@]+"${pids[@]}"}; do wait "$pid" || failed=$((failed + 1)); done
	((failed == 0)) || die "the past of $failed coalition(s) could not be loaded (see above); the coalitions are there, \
a run of this script leaves them as they are"
	say "done: ${#created[@]} created, $existing existed already"
	if ((${#created[@]})); then
		life_cycle_check
		send_digests "$(printf '%s\n' "$plan_lines" | cut -d $'\x1f' -f1 | sort -u)"
	fi
}

# The life-cycle check as of today (it also runs hourly and at each start, before the history was loaded): the
# coalition whose latest report was never filed goes on the inactive list now.
life_cycle_check() {
	call POST "$COALITION_API/api/lifecycle/check" "$SECRETARIAT" "" "$TODAY" 0
	case "$CODE" in
	204) say "life-cycle check run as of today" ;;
	*) say "the life-cycle check answered $CODE (it runs hourly anyway): $ANSWER" ;;
	esac
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
