#!/usr/bin/env bash
# Golden test of emitted C: `slotc build samples/NAME.py` must produce
# exactly tests/golden/NAME.h and NAME.c.  With --update, rewrites them
# (only on purpose: review the diff).
#
# usage: run_golden.sh SLOTC samples/NAME.py [--update]   (from the source root)
set -u
slotc=$1
sample=$2
name=$(basename "${sample%.py}")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$slotc" build "$sample" -o "$tmp" || { echo "FAIL: slotc build $sample"; exit 1; }
if [ "${3:-}" = --update ]; then
  cp "$tmp/$name.h" "$tmp/$name.c" tests/golden/
  exit 0
fi
failed=0
for ext in h c; do
  diff -u "tests/golden/$name.$ext" "$tmp/$name.$ext" || failed=1
done
# Emitted C is formatted as the project's .clang-format says.
for ext in h c; do
  if ! clang-format --style=file:.clang-format "$tmp/$name.$ext" | diff -u "$tmp/$name.$ext" -; then
    echo "FAIL: $name.$ext is not formatted as .clang-format says"
    failed=1
  fi
done
exit "$failed"
