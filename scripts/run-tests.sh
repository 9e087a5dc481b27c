#!/usr/bin/env bash
# Runs every test project of the solution, then the Node.js tests (scripts/nodejs-tests.sh), and prints one closing
# line with both counted: "N passed, N failed, N skipped".
set -uo pipefail
configuration="${1:-Release}"
root="$(cd "$(dirname "$0")/.." && pwd)"
results="$root/TestResults"
rm -rf "$results"
log="$(mktemp)"
dotnet test "$root/PulumiRouterInterface.sln" -c "$configuration" --no-build --nologo \
  --logger "trx" --results-directory "$results" --logger "console;verbosity=normal" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); p=${p:-0}
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=${f:-0}
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters"); t=${t:-0}
  e=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters"); e=${e:-0}
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + t - e))
done
# Node's test runner closes its TAP with "# pass N", "# fail N", "# cancelled N", "# skipped N", "# todo N".
bash "$root/scripts/nodejs-tests.sh" 2>&1 | tee "$log"
node_status=${PIPESTATUS[0]}
node_count() { local n; n=$(sed -n "s/^# $1 \([0-9]*\)$/\1/p" "$log" | tail -n 1); echo "${n:-0}"; }
passed=$((passed + $(node_count pass))); failed=$((failed + $(node_count fail) + $(node_count cancelled)))
skipped=$((skipped + $(node_count skipped) + $(node_count todo)))
if [ "$node_status" -ne 0 ]; then
  if [ "$(node_count fail)" -eq 0 ] && [ "$(node_count cancelled)" -eq 0 ]; then failed=$((failed + 1)); fi
  [ "$status" -ne 0 ] || status=$node_status
fi
rm -f "$log"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
