#!/usr/bin/env bash
# The first step of `npm test` (and so of .ci/run): the Debian packages the tests need, in one list.
# Missing ones are installed when this user can (root, or passwordless sudo, with apt-get); otherwise
# the tests stop here, at once, with the command that installs them.
set -euo pipefail

# chromium                                    drives code-server in the VS Code tests and opens the
#                                             HTML report (test/cli/report-html.test.ts, test/server/report-html.test.ts)
# libkrb5-dev libxkbfile-dev libsecret-1-dev  headers for code-server's native modules (test/vscode/install.sh)
# neovim                                      the headless LSP client of test/server/neovim.test.ts
# pre-commit                                  runs .pre-commit-hooks.yaml in test/cli/pre-commit.test.ts
PACKAGES=(chromium libkrb5-dev libxkbfile-dev libsecret-1-dev neovim pre-commit)

missing=()
for package in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done
((${#missing[@]} == 0)) && exit 0

install="apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
if ! command -v apt-get > /dev/null; then
    echo "The tests need the Debian packages ${missing[*]}, and this machine has no apt-get: install them (Debian: $install)" >&2
    exit 1
fi
if [[ "$(id -u)" == 0 ]]; then
    sudo=()
elif command -v sudo > /dev/null && sudo -n true 2> /dev/null; then
    sudo=(sudo)
else
    echo "The tests need the Debian packages ${missing[*]}: install them as root with: sudo sh -c '$install'" >&2
    exit 1
fi

echo "Installing the Debian packages the tests need: ${missing[*]}"
apt=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get)
log="$(mktemp)"
# From the package lists the machine has, and only when that fails (none yet, or out of date) after
# refreshing them: a machine that has the lists keeps the versions it had.
if ! { "${apt[@]}" install -y -qq --no-install-recommends "${missing[@]}" ||
       { "${apt[@]}" update -qq && "${apt[@]}" install -y -qq --no-install-recommends "${missing[@]}"; }; } > "$log" 2>&1; then
    tail -n 30 "$log" >&2
    echo "apt-get failed to install ${missing[*]} (full log: $log)" >&2
    exit 1
fi
rm -f "$log"
