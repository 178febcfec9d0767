#!/bin/bash
# t/fuzz/check.sh - what `make check-fuzz` runs: builds the libFuzzer targets of t/fuzz with
# clang (t/fuzz/fuzz.mk, into var/fuzz/build; installs Debian's clang and libclang-rt-14-dev,
# the libFuzzer runtime, when they are missing), replays every saved regression input
# (t/fuzz/regressions/<target>/*), then fuzzes each target for FUZZ_SECONDS (default 60)
# from its seed corpus (t/fuzz/corpus/<target>) plus what earlier runs found (var/fuzz/corpus).
# A crash, leak, timeout or out-of-memory fails the run; its input is copied to
# t/fuzz/regressions/<target>/ (commit it with the fix: later runs replay it).
# Prints per target: executions, coverage (cov = edges, ft = features), corpus size, result.
# Usage: t/fuzz/check.sh [TARGET...]   (default: every target of t/fuzz/fuzz.mk)
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT" || exit 1
SECS=${FUZZ_SECONDS:-60}
OUT=$ROOT/var/fuzz
case $SECS in '' | *[!0-9]*) echo "FUZZ_SECONDS must be a number of seconds: $SECS" >&2; exit 2 ;; esac

# 1. The toolchain: clang++ and the libFuzzer runtime (Debian 12: clang, libclang-rt-14-dev).
runtime() { [ -f "$(clang++ -print-resource-dir 2>/dev/null)/lib/linux/libclang_rt.fuzzer-x86_64.a" ]; }
if ! command -v clang++ >/dev/null || ! runtime; then
	if [ "$(id -u)" = 0 ]; then
		echo "check-fuzz: installing clang and libclang-rt-14-dev"
		DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends clang libclang-rt-14-dev >/dev/null ||
			{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends clang libclang-rt-14-dev >/dev/null; }
	fi
	command -v clang++ >/dev/null && runtime ||
		{ echo "check-fuzz: clang++ with the libFuzzer runtime is missing (apt-get install clang libclang-rt-14-dev)" >&2; exit 1; }
fi

# 2. The targets.
mapfile -t all < <(sed -n 's/^FUZZ_TARGETS = //p' t/fuzz/fuzz.mk | tr ' ' '\n' | sed '/^$/d')
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")
nice -n 10 make --no-print-directory -f t/fuzz/fuzz.mk -j2 OUT="$OUT/build" "${targets[@]/#/$OUT/build/}" |
	grep -v 'is up to date' ; [ "${PIPESTATUS[0]}" = 0 ] || exit 1

# Input length cap per target (bytes): room for the seeds and a bit more.
max_len() {
	case $1 in
	cookie | idcard) echo 1024 ;;
	xlsx | xlsx_xml) echo 16384 ;;
	*) echo 8192 ;;
	esac
}

# LeakSanitizer inside libFuzzer: on (the default); a leak is a failure like a crash.
export ASAN_OPTIONS="detect_leaks=1:print_stacktrace=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

failed=0
summary=()
for t in "${targets[@]}"; do
	bin=$OUT/build/$t
	seeds=t/fuzz/corpus/$t
	regress=t/fuzz/regressions/$t
	work=$OUT/corpus/$t
	arts=$OUT/artifacts/$t
	log=$OUT/$t.log
	mkdir -p "$work" "$arts" "$regress"
	rm -f "$arts"/*
	dict=()
	[ -f "t/fuzz/$t.dict" ] && dict=(-dict="t/fuzz/$t.dict")

	# Saved regressions first: each must run clean.
	mapfile -t old < <(find "$regress" -type f ! -name '.*' | sort)
	if [ ${#old[@]} -gt 0 ] && ! "$bin" -runs=1 "${old[@]}" >"$OUT/$t.regress.log" 2>&1; then
		echo "check-fuzz: $t: a saved regression input fails again:"
		tail -n 40 "$OUT/$t.regress.log"
		summary+=("$t: regression FAILED")
		failed=1
		continue
	fi

	nice -n 10 "$bin" -max_total_time="$SECS" -timeout=10 -rss_limit_mb=2048 -max_len="$(max_len "$t")" \
		-print_final_stats=1 -artifact_prefix="$arts/" "${dict[@]}" "$work" "$seeds" "$regress" >"$log" 2>&1
	rc=$?
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
	cov=$(grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+' "$log" | tail -n 1)
	mapfile -t found < <(find "$arts" -type f | sort)
	if [ "$rc" -ne 0 ] || [ ${#found[@]} -gt 0 ]; then
		failed=1
		for f in "${found[@]}"; do cp "$f" "$regress/"; done
		echo "check-fuzz: $t FAILED (exit $rc); inputs saved in $regress: ${found[*]##*/}"
		grep -E -A 40 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:|fuzz invariant failed|ALARM' "$log" | head -n 60
		summary+=("$t: ${execs:-?} execs, ${cov:-no coverage}, FAILED (${#found[@]} input(s) saved)")
	else
		summary+=("$t: ${execs:-?} execs, ${cov:-no coverage}, ok")
	fi
done
echo "check-fuzz: ${SECS} s per target"
printf '  %s\n' "${summary[@]}"
exit "$failed"
