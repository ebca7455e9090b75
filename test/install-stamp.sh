# Sourced by the install scripts of the tests' own packages (test/node24, test/vscode,
# test/mcp/inspector): each installs into its node_modules only when its lock files changed.
# `installed_from LOCK...` succeeds when node_modules was installed from exactly these lock files;
# `mark_installed_from LOCK...` records that it now is. Both run in the package's folder.

_ece_lock_hash() { cat "$@" | sha256sum | cut -d' ' -f1; }

installed_from() {
    [[ -f node_modules/.ece-install-stamp && "$(cat node_modules/.ece-install-stamp)" == "$(_ece_lock_hash "$@")" ]]
}

mark_installed_from() {
    _ece_lock_hash "$@" > node_modules/.ece-install-stamp
}

# npm's settings inherited from an outer `npm test` (its prefix, its user agent naming the outer
# Node) would apply to this install: start from npm's own defaults instead.
forget_outer_npm() {
    while read -r name; do unset "$name"; done < <(compgen -e | grep -i '^npm_')
}
