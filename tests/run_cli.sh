#!/usr/bin/env bash
# The command line's contract: exit statuses, help, usage errors, I/O
# errors, hostile input answered with a diagnostic (never a crash), outputs
# never half-written, and `run`'s temporary directory removed.
#
# usage: run_cli.sh SLOTC   (from the source root)
set -u
slotc=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0

# expect STATUS PATTERN CMD...: runs CMD, checks its exit status and that
# PATTERN (a grep -E regex) appears in its stdout+stderr.
expect() {
  local want=$1 pattern=$2
  shift 2
  local out status
  out=$("$@" 2>&1)
  status=$?
  if [ "$status" != "$want" ] || ! grep -qE -- "$pattern" <<<"$out"; then
    echo "FAIL: $* -> status $status (want $want), output:"
    head -c 600 <<<"$out"
    echo
    failed=1
  fi
}

expect 0 '^slotc [0-9]+\.[0-9]+\.[0-9]+$' "$slotc" --version
expect 0 'usage: slotc build' "$slotc" --help
for cmd in build run inspect compare; do
  expect 0 "usage: slotc $cmd" "$slotc" "$cmd" --help
done
expect 2 'no command given' "$slotc"
expect 2 "unknown command 'frobnicate'" "$slotc" frobnicate
expect 2 'build needs at least one FILE.py and -o DIR' "$slotc" build samples/person.py
expect 2 "output directory '$tmp/missing' does not exist" "$slotc" build samples/person.py -o "$tmp/missing"
expect 2 "cannot read '$tmp/none.py': No such file" "$slotc" build "$tmp/none.py" -o "$tmp"
expect 2 "cannot read 'samples': it is a directory" "$slotc" inspect samples
expect 0 'class Person \(plain, line 11\): 16 bytes' "$slotc" inspect samples/person.py

# --templates: a missing directory, a file that is no template (a warning),
# a template with an unknown variable (its file and line), and run's options
# before FILE.py only.
expect 2 "templates directory '$tmp/no-templates' cannot be read" "$slotc" build --templates "$tmp/no-templates" samples/person.py -o "$tmp"
mkdir "$tmp/templates" "$tmp/templated"
echo '/* {{banner}} */' >"$tmp/templates/heder.h"
expect 0 "warning: $tmp/templates/heder.h is not one of slotc's templates" "$slotc" build --templates "$tmp/templates" samples/person.py -o "$tmp/templated"
rm "$tmp/templates/heder.h"
printf '/* {{banner}} */\n{{licence}}\n' >"$tmp/templates/source.c"
expect 2 "$tmp/templates/source.c:2: the template uses an unknown name 'licence'" "$slotc" inspect --templates "$tmp/templates" samples/person.py
expect 2 "run: unknown option '--bogus'" "$slotc" run --bogus samples/person.py

# --pack-bools: nine bools in two bytes, each bit checked by libclang.
expect 0 '^    --pack-bools: 24 bytes instead of 32$' "$slotc" inspect --pack-bools --verify tests/programs/packed_bools.py
expect 0 'shared +bool +bool +17 +1 .*bit 0 of its byte' "$slotc" inspect --pack-bools tests/programs/packed_bools.py
expect 0 '"unpacked_size": 32, ' "$slotc" inspect --json --pack-bools tests/programs/packed_bools.py
expect 0 '"name": "encrypted", .*"bit": 7' "$slotc" inspect --json --pack-bools tests/programs/packed_bools.py

# Narrowed ints: a store that does not fit raises OverflowError (where
# CPython would store it: tests/programs/narrow_ints.py keeps to the range).
printf 'from typing import Annotated\n\nclass C:\n    def __init__(self, n: Annotated[int, "int8"]):\n        self.n = n\n\n    def bump(self):\n        self.n += 10\n\ndef main():\n    c = C(120)\n    print(c.n)\n    c.bump()\n    print(c.n)\n\nif __name__ == "__main__":\n    main()\n' >"$tmp/narrow.py"
expect 1 '^OverflowError: 130 does not fit in C.n, whose values are -128..127$' "$slotc" run "$tmp/narrow.py"
printf 'class P:\n    def __init__(self, x: int):\n        self.x = x\n\ndef main():\n    print(P(70000).x)\n\nif __name__ == "__main__":\n    main()\n' >"$tmp/wide.py"
expect 1 '^OverflowError: 70000 does not fit in P.x, whose values are -32768..32767$' "$slotc" run --int-bits=16 "$tmp/wide.py"
expect 0 '^70000$' "$slotc" run --int-bits=32 "$tmp/wide.py"
expect 0 'x +int +int32_t +0 +4 .*narrowed by --int-bits=32' "$slotc" inspect --int-bits=32 --verify "$tmp/wide.py"
expect 0 '"narrowed_by": "narrowed by --int-bits=8"' "$slotc" inspect --json --int-bits=8 "$tmp/wide.py"
expect 2 "int-bits takes 8, 16, 32 or 64, not '12'" "$slotc" build --int-bits=12 "$tmp/wide.py" -o "$tmp"
expect 0 'struct Rectangle \{ +/\* size 16, align 8, per libclang' "$slotc" inspect --verify tests/programs/rectangle.py
expect 0 'struct Canvas \{ +/\* size 24, align 8, per libclang' "$slotc" inspect --verify tests/programs/rectangle.py
expect 0 'derived: area = width \* height' "$slotc" inspect tests/programs/rectangle.py
expect 0 'class Rectangle \(plain, line 4\): 24 bytes' "$slotc" inspect --no-derive tests/programs/rectangle.py

# inspect --json: valid JSON for every test program, with the facts inspect prints.
for program in tests/programs/*.py samples/*.py; do
  if ! "$slotc" inspect --json "$program" | python3 -c 'import json, sys; json.load(sys.stdin)'; then
    echo "FAIL: inspect --json $program is not valid JSON"
    failed=1
  fi
done
expect 0 '^ok$' sh -c "\"$slotc\" inspect --json tests/programs/rectangle.py | python3 -c '
import json, sys
classes = {c[\"name\"]: c for c in json.load(sys.stdin)[\"classes\"]}
area = [f for f in classes[\"Rectangle\"][\"fields\"] if f[\"name\"] == \"area\"][0]
kept = [f for f in classes[\"Canvas\"][\"fields\"] if f[\"name\"] == \"area\"][0]
assert classes[\"Rectangle\"][\"size\"] == 16 and classes[\"Canvas\"][\"size\"] == 24
assert area[\"derived\"] and area[\"reads\"] == [\"width\", \"height\"] and \"offset\" not in area
assert kept[\"derived\"] is False and kept[\"stored_because\"][\"line\"] == 31
assert classes[\"Square\"][\"properties\"][0][\"getter\"] == \"Square_area\"
print(\"ok\")'"

# Hostile input: each gets a diagnostic in bounded time, never a crash.
python3 -c "print('def main():\n    x = ' + '(' * 10000 + '1' + ')' * 10000)" >"$tmp/deep.py"
expect 1 'nested more than 200 levels deep' timeout 20 "$slotc" build "$tmp/deep.py" -o "$tmp"
python3 -c "print('def main():\n    ' + 'x' * 100000 + ' = 1\n    print(1)')" >"$tmp/long.py"
expect 0 '' timeout 20 "$slotc" build "$tmp/long.py" -o "$tmp"
printf 'def main():\n    print("\xff")\n' >"$tmp/bad.py"
expect 1 'not valid UTF-8' "$slotc" build "$tmp/bad.py" -o "$tmp"
printf 'def main():\n    print(1)\0\n' >"$tmp/nul.py"
expect 1 'contains a NUL byte' "$slotc" build "$tmp/nul.py" -o "$tmp"
: >"$tmp/empty.py"
expect 0 '' "$slotc" build "$tmp/empty.py" -o "$tmp"
python3 -c "
for i in range(20000):
    print(f'class C{i}:\n    def __init__(self, v: int):\n        self.v = v\n')" >"$tmp/many.py"
expect 0 '' timeout 60 "$slotc" build "$tmp/many.py" -o "$tmp"

# A failed build leaves earlier outputs untouched.
mkdir "$tmp/out"
"$slotc" build samples/team.py -o "$tmp/out"
cp "$tmp/out/team.c" "$tmp/team.c.before"
printf 'def main():\n    exec("1")\n' >"$tmp/team.py"
expect 1 "'exec\(\)' is not supported" "$slotc" build samples/person.py "$tmp/team.py" -o "$tmp/out"
if ! cmp -s "$tmp/out/team.c" "$tmp/team.c.before" || [ -e "$tmp/out/person.c" ]; then
  echo "FAIL: a failed build changed the output directory"
  failed=1
fi
if ls -A "$tmp/out" | grep -q '^\.'; then
  echo "FAIL: temporary files left in the output directory"
  failed=1
fi
chmod 500 "$tmp/out"
if [ "$(id -u)" != 0 ]; then
  expect 2 'cannot write' "$slotc" build samples/person.py -o "$tmp/out"
fi
chmod 700 "$tmp/out"

# Emitted code refuses to build against another runtime version.
mkdir "$tmp/old-runtime" "$tmp/guard"
sed 's/^#define SLOT_VERSION_MINOR .*/#define SLOT_VERSION_MINOR 99/' runtime/slot.h >"$tmp/old-runtime/slot.h"
"$slotc" build samples/team.py -o "$tmp/guard"
expect 1 'error: #error "generated by slotc [0-9.]+ for another runtime version: regenerate it"' \
  cc -std=c11 -I"$tmp/old-runtime" -c "$tmp/guard/team.c" -o "$tmp/guard/team.o"
expect 0 '' cc -std=c11 -Iruntime -c "$tmp/guard/team.c" -o "$tmp/guard/team.o"

# run: the program's exit status, ARGS passed, nothing left behind.
printf 'def main():\n    print([1][3])\n\nif __name__ == "__main__":\n    main()\n' >"$tmp/fails.py"
mkdir "$tmp/runs"
expect 1 '^IndexError: list index out of range$' env TMPDIR="$tmp/runs" "$slotc" run "$tmp/fails.py"
printf 'class P:\n    def __init__(self, x: int):\n        self.x = x\n' >"$tmp/library.py"
expect 1 'has no statement to run' "$slotc" run "$tmp/library.py"
expect 0 '^3 -1 0 \[0, 0\]$' env TMPDIR="$tmp/runs" "$slotc" run tests/programs/unused_names.py
if [ -n "$(ls -A "$tmp/runs")" ]; then
  echo "FAIL: run left files in TMPDIR: $(ls -A "$tmp/runs")"
  failed=1
fi

[ "$failed" = 0 ] && echo "ok: command line"
exit "$failed"
