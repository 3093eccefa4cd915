#!/usr/bin/env bash
# Builds the API documentation of every library target (DocC, through swift-docc-plugin) into
# DIR/TARGET.doccarchive (default: a temporary directory, removed afterwards). Each target's
# catalogue (Sources/TARGET/TARGET.docc) has an article on its layer. Fails if a build fails or a
# catalogue article has a warning (a link to a symbol renamed or removed, say); warnings from the
# doc comments in the source are counted and listed, not yet fatal (docs/ARCHITECTURE.md).
# CI runs this after the tests.
#   bash scripts/docs.sh [DIR]
set -uo pipefail
cd "$(dirname "$0")/.."
targets=(AnarchyCore AnarchyWorld AnarchyGames AnarchyModels AnarchyScenarioFiles AnarchyData AnarchyReports AnarchyExperiments AnarchyStore AnarchyDebate AnarchyServer)
if [ $# -gt 0 ]; then out=$1; mkdir -p "$out"; else out=$(mktemp -d); trap 'rm -rf "$out"' EXIT; fi
log=$(mktemp)
failed=0 comments=0
for target in "${targets[@]}"; do
  if [ ! -f "Sources/$target/$target.docc/$target.md" ]; then
    echo "docs: $target has no catalogue article (Sources/$target/$target.docc/$target.md)" >&2; failed=1; continue
  fi
  if ! swift package --disable-sandbox generate-documentation --target "$target" --output-path "$out/$target.doccarchive" > "$log" 2>&1; then
    echo "docs: $target's documentation did not build:" >&2; grep -E "error" "$log" | head -10 >&2; failed=1; continue
  fi
  # Each warning is followed by a line ' --> PATH:LINE…' naming where it is.
  article=$(awk '/warning:/ { w = $0; next } w && /-->/ { print w " " $0; w = "" }' "$log" | grep -E -- '--> [^ ]*\.md:' || true)
  count=$(grep -c "warning:" "$log" || true)
  if [ -n "$article" ]; then echo "docs: $target's catalogue has warnings:" >&2; echo "$article" >&2; failed=1; fi
  comments=$((comments + count - $(printf '%s' "$article" | grep -c "warning:" || true)))
  echo "docs: $target built ($count warning(s))" >&2
done
rm -f "$log"
[ "$failed" = 0 ] || { echo "docs: failed" >&2; exit 1; }
echo "docs: ${#targets[@]} catalogues built, their articles without warnings; $comments warning(s) from doc comments in the source${1:+; archives in $out}" >&2
