#!/usr/bin/env bash
# Differential test of one program: CPython's run is the reference; the
# program built by slotc must print the same bytes on stdout, exit with the
# same status and, if it fails, end stderr with the same line.  It is built
# with gcc and with clang (-Werror), once with every field stored and the
# bools packed into bit-fields (--no-derive --pack-bools), and once more
# with the arena runtime under AddressSanitizer and UndefinedBehaviorSanitizer.
#
# usage: run_program.sh SLOTC PROGRAM.py
set -u
slotc=$1
program=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0
# Every run happens in its own empty directory: programs may write files.
slotc=$(realpath "$slotc")
program=$(realpath "$program")
mkdir "$tmp/work"
cd "$tmp/work" || exit 1

timeout 120 python3 "$program" 2>"$tmp/python.err" | head -c 10000000 >"$tmp/python.out"
python_status=${PIPESTATUS[0]}
expected=${program%.py}.expected
if [ -f "$expected" ] && ! diff -u "$expected" "$tmp/python.out"; then
  echo "FAIL: python3 no longer prints $expected"
  failed=1
fi

# check NAME: compares the run in $tmp/NAME.* with CPython's
check() {
  local name=$1 status=$2
  if ! diff -u "$tmp/python.out" "$tmp/$name.out" >"$tmp/$name.diff"; then
    echo "FAIL [$name]: stdout differs from CPython's"
    head -40 "$tmp/$name.diff"
    cat "$tmp/$name.err"
    failed=1
  fi
  if [ "$status" != "$python_status" ]; then
    echo "FAIL [$name]: exit status $status, CPython's $python_status"
    cat "$tmp/$name.err"
    failed=1
  elif [ "$python_status" != 0 ] && [ "$(tail -n 1 "$tmp/python.err")" != "$(tail -n 1 "$tmp/$name.err")" ]; then
    echo "FAIL [$name]: last stderr line differs"
    echo "  CPython: $(tail -n 1 "$tmp/python.err")"
    echo "  slotc:   $(tail -n 1 "$tmp/$name.err")"
    failed=1
  fi
}

# The emitted C is formatted as the project's .clang-format says.
mkdir "$tmp/c"
if "$slotc" build "$program" -o "$tmp/c" 2>"$tmp/build.err"; then
  for f in "$tmp"/c/*; do
    if ! clang-format --style=file:"$(dirname "$0")/../.clang-format" "$f" | diff -u "$f" - >"$tmp/format.diff"; then
      echo "FAIL: $(basename "$f") is not formatted as .clang-format says"
      head -30 "$tmp/format.diff"
      failed=1
    fi
  done
fi

# run NAME ARGS...: slotc run, bounded in time and in output (a program that
# never ends must not fill the disk); its stdout, stderr and status.
run() {
  local name=$1
  shift
  timeout 120 "$@" 2>"$tmp/$name.err" | head -c 10000000 >"$tmp/$name.out"
  check "$name" "${PIPESTATUS[0]}"
}

for cc in gcc clang; do
  run "$cc" env TMPDIR="$tmp" CC=$cc CFLAGS="-O1" "$slotc" run "$program"
done
# Neither derived fields nor packed bools change what a program prints.
run stored env TMPDIR="$tmp" CC=gcc CFLAGS="-O1" "$slotc" run --no-derive --pack-bools "$program"
run sanitized env TMPDIR="$tmp" CC=gcc CFLAGS="-g -fsanitize=address,undefined -fno-sanitize-recover=all" \
  ASAN_OPTIONS=detect_leaks=1 "$slotc" run --arena "$program"
if grep -q "Sanitizer" "$tmp/sanitized.err"; then
  echo "FAIL [sanitized]: sanitizer report"
  cat "$tmp/sanitized.err"
  failed=1
fi
[ "$failed" = 0 ] && echo "ok: $(basename "$program") prints CPython's output (gcc, clang, --no-derive --pack-bools, sanitizers)"
exit "$failed"
