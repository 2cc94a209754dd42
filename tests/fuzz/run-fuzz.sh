#!/usr/bin/env bash
# Builds the libFuzzer targets with clang into BUILD_DIR/fuzz and runs each one briefly over
# its seed corpus (a copy: the checked-in corpus only changes by hand). Exit 0 when clang or
# libFuzzer is missing (reported as skipped to CTest through the "SKIPPED" line), 1 on a finding.
#   tests/fuzz/run-fuzz.sh BUILD_DIR [RUNS]     RUNS -1: until FUZZ_SECONDS (default 60) per target
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

total_runs=0
findings=0
targets=()
for target in "$build"/fuzz_*; do
  [ -f "$target" ] && [ -x "$target" ] || continue
  name=$(basename "$target")
  case "$name" in
    fuzz_json_mapping) seeds="$here/corpus/json" ;;
    fuzz_html_sanitizer) seeds="$here/../hardening/hostile-corpus" ;;  # the hostile ticket bodies
    *) seeds="$here/corpus/${name#fuzz_}" ;;
  esac
  work="$build/corpus-$name"
  rm -rf "$work"
  mkdir -p "$work"
  cp "$seeds"/* "$work"/
  echo "== $name: $runs runs from $(ls "$seeds" | wc -l) seeds"
  # Findings land in $build/artifacts; copy the crash input into corpus/ as a regression seed.
  mkdir -p "$build/artifacts"
  set +e
  "$target" -runs="$runs" -max_total_time="${FUZZ_SECONDS:-60}" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$build/artifacts/" -print_final_stats=1 "$work" >"$build/$name.log" 2>&1
  rc=$?
  set -e
  tail -n 15 "$build/$name.log"
  done_runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$build/$name.log" | grep -o '[0-9]*$' || echo 0)
  total_runs=$((total_runs + ${done_runs:-0}))
  targets+=("$name")
  if [ "$rc" -ne 0 ]; then
    findings=$((findings + 1))
    echo "FINDING in $name (exit $rc): see $build/artifacts/"
  fi
done

# The hardening summary's row (tests/hardening), when the suite asks for it.
if [ -n "${DESKHAND_HARDENING_DIR:-}" ]; then
  mkdir -p "$DESKHAND_HARDENING_DIR"
  met=yes
  [ "$findings" -eq 0 ] || met=no
  printf 'fuzzing\t%d libFuzzer targets under ASan and UBSan (%s), seeded with recorded answers and the hostile corpus\t%d inputs run, %d targets with a finding\t%s\n' \
    "${#targets[@]}" "${targets[*]}" "$total_runs" "$findings" "$met" >"$DESKHAND_HARDENING_DIR/fuzzing.row"
fi
[ "$findings" -eq 0 ]
