#!/usr/bin/env bash
# Golden diagnostic test: slotc must reject the input with exit status 1,
# print exactly NAME.err on stderr, and write nothing.
#
# usage: run_diagnostic.sh SLOTC NAME.py   (run from the source root)
set -u
slotc=$1
input=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$slotc" build "$input" -o "$tmp" 2>"$tmp.err"
status=$?
failed=0
if [ "$status" != 1 ]; then
  echo "FAIL: exit status $status, expected 1"
  failed=1
fi
if ! diff -u "${input%.py}.err" "$tmp.err"; then
  echo "FAIL: diagnostics differ from ${input%.py}.err"
  failed=1
fi
if [ -n "$(ls -A "$tmp")" ]; then
  echo "FAIL: files were written: $(ls -A "$tmp")"
  failed=1
fi
rm -f "$tmp.err"
exit "$failed"
