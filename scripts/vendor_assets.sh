#!/usr/bin/env bash
# Fetch the front-end files the site ships, from the npm registry, with their licences.
# Run it when a version below changes; its output under generator/assets/ is committed, so
# building or reading the site never downloads anything.
set -euo pipefail
cd "$(dirname "$0")/.."
assets=generator/assets
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

vendor() {  # package version target-name:file-in-package...
  local package=$1 version=$2 pair; shift 2
  (cd "$work" && npm pack --silent "$package@$version" >/dev/null)
  mkdir -p "$work/$package" "$assets/$package"
  tar -xzf "$work/${package//@/}-$version.tgz" -C "$work/$package"
  cp "$work/$package/package/LICENSE"* "$assets/$package/LICENSE"
  printf '%s@%s from the npm registry; licence in LICENSE. Files:\n' "$package" "$version" \
    > "$assets/$package/SOURCE"
  for pair in "$@"; do
    cp "$work/$package/package/${pair#*:}" "$assets/$package/${pair%%:*}"
    printf '  %s <- %s\n' "${pair%%:*}" "${pair#*:}" >> "$assets/$package/SOURCE"
  done
}

# Lets Material's search worker run when the site is opened from file:// (offline reading).
vendor iframe-worker 1.0.4 iframe-worker-shim.js:shim/index.js
# Query-side stemming for search (generator/search.py): lunr's English (Porter) stemmer and the
# German Snowball stemmer of lunr-languages, the algorithms snowballstemmer applies to the index.
vendor lunr 2.3.9 lunr.min.js:lunr.min.js
vendor lunr-languages 1.14.0 lunr.stemmer.support.min.js:min/lunr.stemmer.support.min.js \
  lunr.de.min.js:min/lunr.de.min.js
# The people graph (generator/render/graph.py): d3-force and the three modules it needs.
vendor d3-dispatch 3.0.1 d3-dispatch.min.js:dist/d3-dispatch.min.js
vendor d3-quadtree 3.0.1 d3-quadtree.min.js:dist/d3-quadtree.min.js
vendor d3-timer 3.0.1 d3-timer.min.js:dist/d3-timer.min.js
vendor d3-force 3.0.0 d3-force.min.js:dist/d3-force.min.js
# Zoom, pan and drag on the graphs: d3-zoom and the modules it needs.
vendor d3-selection 3.0.0 d3-selection.min.js:dist/d3-selection.min.js
vendor d3-color 3.1.0 d3-color.min.js:dist/d3-color.min.js
vendor d3-interpolate 3.0.1 d3-interpolate.min.js:dist/d3-interpolate.min.js
vendor d3-ease 3.0.1 d3-ease.min.js:dist/d3-ease.min.js
vendor d3-transition 3.0.1 d3-transition.min.js:dist/d3-transition.min.js
vendor d3-drag 3.0.0 d3-drag.min.js:dist/d3-drag.min.js
vendor d3-zoom 3.0.0 d3-zoom.min.js:dist/d3-zoom.min.js
