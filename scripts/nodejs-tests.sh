#!/usr/bin/env bash
# The Node.js tests with Node's built-in runner: the SDK generator's (sdk/nodejs-generator/tests), the SDK's
# (sdk/nodejs/tests, against its compiled bin/) and the TypeScript example's (examples/typescript, compiled to
# bin/tests). Needs `make nodejs` first (npm ci and tsc in both packages). Prints the runner's TAP, whose closing
# "# pass N" / "# fail N" / "# skipped N" lines scripts/run-tests.sh adds to its total.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
for built in sdk/nodejs/bin/index.js examples/typescript/bin/tests/pairStack.test.js; do
  if [ ! -f "$built" ]; then
    echo "nodejs-tests: $built is missing: run 'make nodejs' first" >&2
    exit 2
  fi
done
exec node --test --test-reporter=tap \
  sdk/nodejs-generator/tests/*.test.mjs \
  sdk/nodejs/tests/*.test.js \
  examples/typescript/bin/tests/*.test.js
