#!/usr/bin/env bash
# Builds the libFuzzer targets with clang into BUILD_DIR/fuzz and runs each one briefly over
# its seed corpus (a copy: the checked-in corpus only changes by hand). Exit 0 when clang or
# libFuzzer is missing (reported as skipped to CTest through the "SKIPPED" line), 1 on a finding.
#   tests/fuzz/run-fuzz.sh BUILD_DIR [RUNS]
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build=${1:?usage: run-fuzz.sh BUILD_DIR [RUNS]}/fuzz
runs=${2:-20000}
cxx=${FUZZ_CXX:-clang++}

if ! command -v "$cxx" >/dev/null; then
  echo "SKIPPED: $cxx not found"
  exit 0
fi
probe=$(mktemp -d)
trap 'rm -rf "$probe"' EXIT
printf 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char *, unsigned long) { return 0; }\n' >"$probe/p.cpp"
if ! "$cxx" -fsanitize=fuzzer "$probe/p.cpp" -o "$probe/p" 2>/dev/null; then
  echo "SKIPPED: $cxx has no libFuzzer (install libclang-rt-dev)"
  exit 0
fi

cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER="$cxx" >/dev/null
cmake --build "$build" -j "${JOBS:-2}"

for target in "$build"/fuzz_*; do
  [ -x "$target" ] || continue
  name=$(basename "$target")
  seeds="$here/corpus/${name#fuzz_}"
  seeds=${seeds%_mapping}
  work="$build/corpus-$name"
  rm -rf "$work"
  mkdir -p "$work"
  cp "$seeds"/* "$work"/
  echo "== $name: $runs runs from $(ls "$seeds" | wc -l) seeds"
  # Findings land in $build/artifacts; copy the crash input into corpus/ as a regression seed.
  mkdir -p "$build/artifacts"
  "$target" -runs="$runs" -max_total_time=60 -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$build/artifacts/" -print_final_stats=1 "$work" 2>&1 | tail -n 15
done
