#!/usr/bin/env bash
# Packs the built Node.js SDK into DIST as `npm pack` names it (alicloud-routerinterface-pulumi-<version>.tgz for
# @alicloud-routerinterface/pulumi): sdk/nodejs's package.json (its `files`: bin/ and README.md) and LICENSE, staged
# with VERSION (or the version `make dist` was given) as both the package version and the plugin version in its
# `pulumi` block. Usage: pack-nodejs-sdk.sh <version> <dist folder>. Needs sdk/nodejs/bin (make nodejs-sdk).
set -euo pipefail
version="$1"
dist="$2"
root="$(cd "$(dirname "$0")/.." && pwd)"
sdk="$root/sdk/nodejs"
if [ ! -f "$sdk/bin/index.js" ]; then
  echo "pack-nodejs-sdk: $sdk/bin is not built: run 'make nodejs-sdk' first" >&2
  exit 1
fi
stage="$dist/stage/npm"
rm -rf "$stage"
mkdir -p "$stage"
cp -R "$sdk/bin" "$sdk/package.json" "$sdk/README.md" "$stage/"
if [ -f "$root/LICENSE" ]; then cp "$root/LICENSE" "$stage/"; fi
node -e '
const fs = require("fs");
const [file, version] = process.argv.slice(1);
const pkg = JSON.parse(fs.readFileSync(file, "utf8"));
pkg.version = version;
pkg.pulumi.version = version;
fs.writeFileSync(file, JSON.stringify(pkg, null, 4) + "\n");
' "$stage/package.json" "$version"
tarball=$(cd "$stage" && npm pack --silent --pack-destination "$dist")
echo "dist: $dist/$tarball ($(du -h "$dist/$tarball" | cut -f1))"
