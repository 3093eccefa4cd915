#!/usr/bin/env bash
# Builds the API documentation of every library target (DocC, through swift-docc-plugin) into
# DIR/TARGET.doccarchive (default: a temporary directory, removed afterwards). Each target's
# catalogue (Sources/TARGET/TARGET.docc) has an article on its layer. Fails if a build fails or
# DocC warns, in an article or in a doc comment: a link to a symbol renamed or removed, a
# parameter documented that the function does not have or left undocumented in a list that
# documents the others. (A link ``Symbol`` reaches the target's own public symbols only; write
# `Symbol` in code voice for another module's or an internal one.) CI runs this after the tests.
#   bash scripts/docs.sh [DIR]
set -uo pipefail
cd "$(dirname "$0")/.."
targets=(AnarchyCore AnarchyWorld AnarchyGames AnarchyModels AnarchyScenarioFiles AnarchyData AnarchyRecords AnarchyReports AnarchyExperiments AnarchyStore AnarchyDebate AnarchyServer)
if [ $# -gt 0 ]; then out=$1; mkdir -p "$out"; else out=$(mktemp -d); trap 'rm -rf "$out"' EXIT; fi
log=$(mktemp)
failed=0
for target in "${targets[@]}"; do
  if [ ! -f "Sources/$target/$target.docc/$target.md" ]; then
    echo "docs: $target has no catalogue article (Sources/$target/$target.docc/$target.md)" >&2; failed=1; continue
  fi
  if ! swift package --disable-sandbox generate-documentation --target "$target" --output-path "$out/$target.doccarchive" > "$log" 2>&1; then
    echo "docs: $target's documentation did not build:" >&2; grep -E "error" "$log" | head -10 >&2; failed=1; continue
  fi
  # DocC's warnings, each followed by a line ' --> PATH:LINE…' naming where it is (SwiftPM's about a
  # dependency's undeclared files are the dependency's, not ours).
  grep -v "which are unhandled; explicitly declare them as resources" "$log" > "$log.docc" || true
  warnings=$(awk '/warning:/ { w = $0; next } w && /-->/ { print w " " $0; w = "" }' "$log.docc")
  count=$(grep -c "warning:" "$log.docc" || true)
  if [ "$count" != 0 ]; then
    echo "docs: $target has $count warning(s):" >&2; if [ -n "$warnings" ]; then echo "$warnings" >&2; else grep "warning:" "$log.docc" >&2; fi; failed=1
  else
    echo "docs: $target built without warnings" >&2
  fi
done
rm -f "$log" "$log.docc"
[ "$failed" = 0 ] || { echo "docs: failed" >&2; exit 1; }
echo "docs: ${#targets[@]} catalogues built without warnings${1:+; archives in $out}" >&2
