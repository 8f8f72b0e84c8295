#!/bin/sh
# Idempotent, offline-safe install of code-server 4.100.3 (VS Code 1.100.3 with a Node extension host; the newest
# code-server whose engines accept Node 20) into DIR, which gets its own package.json so npm never touches the
# project's. Usage: install-code-server.sh DIR
set -eu
DIR=${1:?usage: install-code-server.sh DIR}
CS_VER=4.100.3
RG_PKG_VER=1.15.11   # @vscode/ripgrep version pinned by code-server 4.100.3 (lib/vscode/npm-shrinkwrap.json)
RG_ASSET=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz   # what its postinstall would fetch from GitHub
mkdir -p "$DIR"; DIR=$(cd "$DIR" && pwd)
CS="$DIR/node_modules/.bin/code-server"
# --version writes config/logs under XDG dirs: keep them inside DIR
if [ -x "$CS" ] && XDG_CONFIG_HOME="$DIR/.xdg/config" XDG_DATA_HOME="$DIR/.xdg/data" "$CS" --version 2>/dev/null | grep -q "^$CS_VER "; then
  echo "code-server $CS_VER already installed in $DIR"; exit 0
fi
# Debian packages: rg seeds @vscode/ripgrep (no GitHub download), gssapi headers build the kerberos addon
NEED=""
command -v rg >/dev/null || NEED="$NEED ripgrep"
[ -e /usr/include/gssapi/gssapi.h ] || NEED="$NEED libkrb5-dev"
if [ -n "$NEED" ]; then
  if [ "$(id -u)" != 0 ]; then echo "code-server install needs Debian packages:$NEED (run as root or install them)" >&2; exit 1; fi
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $NEED >/dev/null
fi
# @vscode/ripgrep's postinstall looks for $TMPDIR/vscode-ripgrep-cache-<pkgver>/<asset> before downloading
export TMPDIR="$DIR/.tmp"
CACHE="$TMPDIR/vscode-ripgrep-cache-$RG_PKG_VER"
mkdir -p "$CACHE" "$TMPDIR/rg"
cp "$(command -v rg)" "$TMPDIR/rg/rg"
tar czf "$CACHE/$RG_ASSET" -C "$TMPDIR/rg" rg
cd "$DIR"
[ -f package.json ] || echo '{"name":"archlens-e2e-host","private":true}' > package.json
# unsafe_perm: code-server's postinstall refuses to run as root without it (npm 11 only passes it as env);
# yes: node-pty's postinstall runs `npx node-gyp`, which a `yes=false` npmrc would cancel
npm_config_unsafe_perm=true npm_config_yes=true npm install --no-audit --no-fund --no-save --loglevel=error "code-server@$CS_VER"
rm -rf "$TMPDIR"
XDG_CONFIG_HOME="$DIR/.xdg/config" XDG_DATA_HOME="$DIR/.xdg/data" "$CS" --version
