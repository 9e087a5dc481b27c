#!/usr/bin/env bash
# Tears a stack down in CI: installs the alicloud-routerinterface plugin from its release tarball, runs
# `pulumi destroy --yes`, and retries only a destroy that failed because a delete timed out (DeleteTimedOut):
# the provider leaves such resources in the stack and a re-run finishes the job. Any other failure (a prepaid
# instance, route entries with force: false, a permission error) is final and is not retried.
# The delete diagnostics are repeated at the end of the log and as GitHub annotations.
#
# Environment:
#   PULUMI_STACK        stack to destroy (required)
#   PLUGIN_VERSION      plugin version, e.g. 0.1.0 (required)
#   PLUGIN_TARBALL      path or URL of pulumi-resource-alicloud-routerinterface-v<version>-linux-amd64.tar.gz
#                       (default: that name in the current folder)
#   PROJECT_DIR         the Pulumi project folder (default: .)
#   MAX_ATTEMPTS        destroy attempts in all (default: 3)
#   RETRY_DELAY_SECONDS pause between attempts (default: 30)
set -euo pipefail

: "${PULUMI_STACK:?set PULUMI_STACK to the stack to destroy}"
: "${PLUGIN_VERSION:?set PLUGIN_VERSION to the plugin version (no leading v)}"
PLUGIN_TARBALL="${PLUGIN_TARBALL:-pulumi-resource-alicloud-routerinterface-v${PLUGIN_VERSION}-linux-amd64.tar.gz}"
PROJECT_DIR="${PROJECT_DIR:-.}"
MAX_ATTEMPTS="${MAX_ATTEMPTS:-3}"
RETRY_DELAY_SECONDS="${RETRY_DELAY_SECONDS:-30}"

# The provider's diagnostic codes (README "Delete behaviour and diagnostics"); the first one is the retryable one.
readonly TIMEOUT_CODE="DeleteTimedOut"
readonly DIAGNOSTIC_CODES="DeleteTimedOut|PrepaidInstance|RouteEntriesPresent|RouteEntriesRemoved|AlreadyGone|Cancelled|DescribeFailed|RouteLookupFailed|DeactivateFailed|DeleteFailed|ProviderNotConfigured"

in_github() { [ "${GITHUB_ACTIONS:-}" = "true" ]; }
group() { if in_github; then echo "::group::$1"; else echo "=== $1"; fi; }
endgroup() { if in_github; then echo "::endgroup::"; fi; }

install_plugin() {
  local tarball="$PLUGIN_TARBALL"
  if [[ "$tarball" == http://* || "$tarball" == https://* ]]; then
    curl --fail --silent --show-error --location --retry 3 -o plugin.tar.gz "$tarball"
    tarball=plugin.tar.gz
  fi
  group "install plugin alicloud-routerinterface ${PLUGIN_VERSION}"
  pulumi plugin install resource alicloud-routerinterface "$PLUGIN_VERSION" --file "$tarball"
  pulumi plugin ls
  endgroup
}

# Prints the lines that carry a provider diagnostic, once each, and annotates them in GitHub Actions.
show_diagnostics() {
  local log="$1" line
  group "delete diagnostics (attempt $2)"
  grep -E "($DIAGNOSTIC_CODES)" "$log" | sed 's/^[[:space:]]*//' | awk '!seen[$0]++' | while IFS= read -r line; do
    echo "$line"
    if in_github; then
      case "$line" in
        *AlreadyGone*|*RouteEntriesRemoved*) echo "::notice title=alicloud-routerinterface::$line" ;;
        *) echo "::error title=alicloud-routerinterface::$line" ;;
      esac
    fi
  done || true
  endgroup
}

destroy() {
  local attempt=1 log status
  while true; do
    log="$(mktemp)"
    group "pulumi destroy, attempt ${attempt} of ${MAX_ATTEMPTS}"
    set +e
    pulumi destroy --yes --non-interactive --skip-preview --stack "$PULUMI_STACK" --cwd "$PROJECT_DIR" 2>&1 | tee "$log"
    status=${PIPESTATUS[0]}
    set -e
    endgroup
    show_diagnostics "$log" "$attempt"

    if [ "$status" -eq 0 ]; then
      echo "destroy finished on attempt ${attempt}"
      return 0
    fi
    if ! grep -q "$TIMEOUT_CODE" "$log"; then
      echo "destroy failed (exit ${status}) for a reason a retry does not fix; see the diagnostics above" >&2
      return "$status"
    fi
    if [ "$attempt" -ge "$MAX_ATTEMPTS" ]; then
      echo "destroy still timing out after ${attempt} attempts; the remaining resources are still in the stack" >&2
      return "$status"
    fi
    echo "a delete timed out; the resources are still in the stack, retrying in ${RETRY_DELAY_SECONDS}s"
    sleep "$RETRY_DELAY_SECONDS"
    attempt=$((attempt + 1))
  done
}

install_plugin
destroy
