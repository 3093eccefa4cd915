#!/usr/bin/env bash
# A release of anarchy for this platform: the release binary (fully static on Linux when SQLite's
# static archive is installed), its man page (swift-argument-parser's manual generator), bash, zsh
# and fish completions, README, LICENSE, CHANGELOG and CITATION.cff, packed as
# DIR/anarchy-VERSION-OS-ARCH.tar.gz with its SHA-256 beside it; then the tarball is unpacked
# and checked (the binary runs and reports its version; the completions offer the subcommands
# and sdw1's flags; the man page names them). Then, when the binary is static and a container engine
# is here (podman, or docker with a daemon), Dockerfile.release puts the unpacked binary alone in an
# image, anarchy:VERSION, and the image is run: it must report the version and give SDW-1's digest
# as the binary does. ANARCHY_CONTAINER_RUN_FLAGS adds flags to that `run` (a machine whose limits
# or cgroups the engine's defaults do not fit; README, "Releases and containers"); ANARCHY_CONTAINER=none
# skips the image.
#   bash scripts/release.sh [DIR]     (default: dist)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-dist}
mkdir -p "$out"
out=$(cd "$out" && pwd)

echo "release: building (release configuration) and generating the manual…" >&2
swift package generate-manual >&2
bin="$(swift build -c release --show-bin-path)/anarchy"
manual=$(find .build/plugins/GenerateManual -name 'anarchy.1' | head -1)
[ -n "$manual" ] || { echo "release: the manual generator wrote no anarchy.1" >&2; exit 1; }

version=$("$bin" --version | cut -d' ' -f1)
name="anarchy-$version-$(uname -s | tr '[:upper:]' '[:lower:]')-$(uname -m)"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
root="$stage/$name"
mkdir -p "$root/bin" "$root/share/man/man1" "$root/share/bash-completion/completions" "$root/share/zsh/site-functions" "$root/share/fish/vendor_completions.d"
# Debugging symbols stay in the build directory; the shipped binary is stripped when `strip` is there.
if command -v strip >/dev/null; then strip -o "$root/bin/anarchy" "$bin"; else cp "$bin" "$root/bin/anarchy"; fi
cp "$manual" "$root/share/man/man1/anarchy.1"
"$bin" --generate-completion-script bash > "$root/share/bash-completion/completions/anarchy"
"$bin" --generate-completion-script zsh > "$root/share/zsh/site-functions/_anarchy"
"$bin" --generate-completion-script fish > "$root/share/fish/vendor_completions.d/anarchy.fish"
cp README.md LICENSE CHANGELOG.md CITATION.cff "$root/"
linking="dynamically linked"
if command -v ldd >/dev/null && ! ldd "$root/bin/anarchy" >/dev/null 2>&1; then linking="static"; fi
tar -C "$stage" -czf "$out/$name.tar.gz" "$name"
(cd "$out" && sha256sum "$name.tar.gz" > "$name.tar.gz.sha256")

# Check what a user unpacks.
check=$(mktemp -d)
trap 'rm -rf "$stage" "$check"' EXIT
(cd "$out" && sha256sum -c "$name.tar.gz.sha256" >/dev/null)
tar -C "$check" -xzf "$out/$name.tar.gz"
unpacked="$check/$name"
"$unpacked/bin/anarchy" --version | grep -q "^$version (" || { echo "release: the unpacked binary does not report version $version" >&2; exit 1; }
for word in run debate serve sdw1 sweep --attack-ratio --threads; do
  for shell in "share/bash-completion/completions/anarchy" "share/zsh/site-functions/_anarchy" "share/fish/vendor_completions.d/anarchy.fish"; do
    grep -q -- "${word#--}" "$unpacked/$shell" || { echo "release: $shell does not offer $word" >&2; exit 1; }
  done
done
grep -q "sdw1" "$unpacked/share/man/man1/anarchy.1" || { echo "release: the man page does not describe sdw1" >&2; exit 1; }
echo "release: $out/$name.tar.gz ($linking, $(du -h "$out/$name.tar.gz" | cut -f1)), SHA-256 in $name.tar.gz.sha256" >&2

# The image of the static binary alone (needs no base image, so no registry).
engine=${ANARCHY_CONTAINER:-}
if [ -z "$engine" ]; then
  if command -v podman >/dev/null; then engine=podman
  elif command -v docker >/dev/null && docker info >/dev/null 2>&1; then engine=docker
  else engine=none; fi
fi
if [ "$engine" = none ]; then
  echo "release: no container engine (podman, or docker with a daemon): image not built" >&2
elif [ "$linking" != static ]; then
  echo "release: the binary is dynamically linked: Dockerfile.release needs a static one; image not built" >&2
else
  image="anarchy:$version"
  "$engine" build -q -f Dockerfile.release -t "$image" "$unpacked" >/dev/null
  read -r -a run_flags <<< "${ANARCHY_CONTAINER_RUN_FLAGS:-}"
  in_image=$("$engine" run --rm "${run_flags[@]}" "$image" --version) \
    || { echo "release: the image $image was built but does not run here (ANARCHY_CONTAINER_RUN_FLAGS may help; README, \"Releases and containers\")" >&2; exit 1; }
  [ "$in_image" = "$("$unpacked/bin/anarchy" --version)" ] || { echo "release: the image reports '$in_image'" >&2; exit 1; }
  digest_args=(sdw1 --n 64 --ticks 100 --seed 7)
  [ "$("$engine" run --rm "${run_flags[@]}" "$image" "${digest_args[@]}" | tail -1)" = "$("$unpacked/bin/anarchy" "${digest_args[@]}" | tail -1)" ] \
    || { echo "release: SDW-1's digest in the image differs from the binary's" >&2; exit 1; }
  echo "release: image $image ($engine), runs and gives the binary's SDW-1 digest" >&2
fi
