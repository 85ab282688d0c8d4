#!/usr/bin/env bash
# Fetch the front-end files the site ships, from the npm registry, with their licences.
# Run it when a version below changes; its output under generator/assets/ is committed, so
# building or reading the site never downloads anything.
set -euo pipefail
cd "$(dirname "$0")/.."
assets=generator/assets
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

vendor() {  # package version file-in-package target-name
  local package=$1 version=$2 file=$3 target=$4
  (cd "$work" && npm pack --silent "$package@$version" >/dev/null)
  mkdir -p "$work/$package" "$assets/$package"
  tar -xzf "$work/${package//@/}-$version.tgz" -C "$work/$package"
  cp "$work/$package/package/$file" "$assets/$package/$target"
  cp "$work/$package/package/LICENSE"* "$assets/$package/LICENSE"
  printf '%s@%s from the npm registry (file %s); licence in LICENSE.\n' "$package" "$version" "$file" \
    > "$assets/$package/SOURCE"
}

# Lets Material's search worker run when the site is opened from file:// (offline reading).
vendor iframe-worker 1.0.4 shim/index.js iframe-worker-shim.js
