#!/usr/bin/env bash
# Emitted programs under valgrind's memcheck: each program is built by slotc,
# compiled with the arena runtime (nothing collected, everything freed at
# exit, so memcheck sees every allocation) and run under valgrind; it must
# print CPython's output with zero memcheck errors.
#
# usage: run_valgrind.sh SLOTC PROGRAM.py...   (run from the source root)
set -u
slotc=$(realpath "$1")
shift
root=$(pwd)
runtime_lib=$(dirname "$slotc")/runtime/libslot_arena.a
if ! command -v valgrind >/dev/null; then
  echo "valgrind is not installed: skipped"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0
for program in "$@"; do
  name=$(basename "$program" .py)
  mkdir -p "$tmp/$name/work"
  if ! "$slotc" build "$program" -o "$tmp/$name" 2>"$tmp/$name/build.err"; then
    echo "FAIL: slotc could not build $program"; cat "$tmp/$name/build.err"; failed=1; continue
  fi
  cc -std=c11 -O1 -g -I"$root/runtime" -o "$tmp/$name/program" "$tmp/$name/$name.c" "$runtime_lib" -lm ||
    { echo "FAIL: $program does not compile"; failed=1; continue; }
  (cd "$tmp/$name/work" && python3 "$root/$program" >"$tmp/$name/python.out" 2>/dev/null)
  (cd "$tmp/$name/work" && valgrind -q --error-exitcode=99 --leak-check=no "$tmp/$name/program" \
      >"$tmp/$name/c.out" 2>"$tmp/$name/valgrind.err")
  status=$?
  if [ "$status" = 99 ] || grep -q "==[0-9]*==" "$tmp/$name/valgrind.err"; then
    echo "FAIL [$name]: memcheck reports"; head -40 "$tmp/$name/valgrind.err"; failed=1
  elif ! diff -u "$tmp/$name/python.out" "$tmp/$name/c.out" >/dev/null; then
    echo "FAIL [$name]: stdout differs from CPython's"; failed=1
  else
    echo "ok: $name, 0 memcheck errors"
  fi
done
exit "$failed"
