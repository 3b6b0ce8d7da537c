#!/usr/bin/env bash
# slotc compare: both runs measured, the table, --json (checked against
# `slotc inspect --json` and the collector's 16-byte granules), --svg (well
# formed, one <rect class="bar"> per bar), outputs that differ, outputs that
# cannot be written, and no temporary file left behind.
#
# usage: run_compare.sh SLOTC   (from the source root)
set -u
slotc=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/t"
export TMPDIR=$tmp/t
failed=0

fail() {
  echo "FAIL: $*"
  failed=1
}

# expect STATUS PATTERN CMD...: runs CMD, checks its exit status and that
# PATTERN (a grep -E regex) appears in its stdout+stderr.
expect() {
  local want=$1 pattern=$2
  shift 2
  local out status
  out=$("$@" 2>&1)
  status=$?
  if [ "$status" != "$want" ] || ! grep -qE -- "$pattern" <<<"$out"; then
    fail "$* -> status $status (want $want): $(head -c 600 <<<"$out")"
  fi
}

# The five forms of Person: every class counted, measured and sized.
"$slotc" compare samples/person.py --json "$tmp/person.json" --svg "$tmp/person.svg" >"$tmp/out" 2>"$tmp/err"
status=$?
if [ "$status" != 0 ]; then
  fail "compare samples/person.py -> status $status"
  cat "$tmp/out" "$tmp/err"
fi
grep -qE '^Person +1 +[0-9]+ +48 +16 \(16\+0, inline\)$' "$tmp/out" || fail "no Person row in the table: $(cat "$tmp/out")"
"$slotc" inspect --json samples/person.py >"$tmp/inspect.json" || fail "inspect --json samples/person.py"
python3 - "$tmp/person.json" "$tmp/inspect.json" <<'EOF' || fail "compare --json samples/person.py"
import json, sys
report = json.load(open(sys.argv[1]))
inspect = json.load(open(sys.argv[2]))
assert set(report) == {"file", "slotc", "python", "samples", "program", "classes"}, report.keys()
for side in ("cpython", "slotc"):
    run = report["program"][side]
    assert run["status"] == 0 and run["seconds"] > 0 and run["peak_rss_kib"] > 0, run
assert report["program"]["rss_ratio"] > 1, report["program"]
sizes = {c["name"]: c["size"] for c in inspect["classes"]}
classes = {c["name"]: c for c in report["classes"]}
assert list(classes) == list(sizes), (list(classes), list(sizes))
made = {"Person": 1, "SlottedPerson": 1, "PersonTuple": 1, "TypedPerson": 2, "FrozenPerson": 3}
for name, c in classes.items():
    # C: the struct itself for a value type (stored inline), else rounded
    # up to the collector's 16-byte granules.
    value = {k["name"]: k["value_type"] for k in inspect["classes"]}[name]
    assert c["c_inline"] == value, (c, value)
    granules = max(16, (sizes[name] + 15) // 16 * 16)
    assert c["c_size"] == sizes[name] and c["c_bytes"] == (sizes[name] if value else granules), c
    assert c["c_allocator"] == c["c_bytes"] - c["c_size"], c
    assert c["instances"] == made[name] and c["sampled"] == made[name], c
    assert c["cpython_bytes"] >= c["cpython_slots_bytes"] > c["c_bytes"], c
person = classes["Person"]
assert person["c_bytes"] == 16 and person["cpython_slots_bytes"] == 48 and person["cpython_bytes"] > 48, person
assert classes["SlottedPerson"]["cpython_bytes"] == classes["SlottedPerson"]["cpython_slots_bytes"] == 48
EOF
python3 - "$tmp/person.svg" <<'EOF' || fail "compare --svg samples/person.py"
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
assert root.tag == "{http://www.w3.org/2000/svg}svg", root.tag
bars = [e for e in root.iter("{http://www.w3.org/2000/svg}rect") if e.get("class") == "bar"]
assert len(bars) == 3 * 5 + 2, len(bars)  # three per class, two for the peak RSS
assert all(b.find("{http://www.w3.org/2000/svg}title") is not None for b in bars)
EOF

# A plain object's default repr shows its address, which CPython and C print
# differently: the first differing line of each, status 1.
cat >"$tmp/differ.py" <<'EOF'
class Box:
    def __init__(self, size: int):
        self.size = size


def main():
    print("the same line")
    print(Box(3))


if __name__ == "__main__":
    main()
EOF
out=$("$slotc" compare "$tmp/differ.py" --json "$tmp/differ.json" 2>&1)
status=$?
if [ "$status" != 1 ] || ! grep -q 'outputs differ' <<<"$out" || ! grep -qE '^  line 2, CPython: <__main__.Box object at' <<<"$out" ||
  ! grep -qE '^  line 2, slotc: +<__main__.Box object at' <<<"$out" || [ -e "$tmp/differ.json" ]; then
  fail "compare differ.py -> status $status: $out"
fi

# Outputs that cannot be written, and usage errors: status 2 before anything
# runs.
expect 2 "cannot write '$tmp/missing/c.json': No such file" "$slotc" compare samples/person.py --json "$tmp/missing/c.json"
expect 2 "cannot write '$tmp/missing/c.svg': No such file" "$slotc" compare --svg "$tmp/missing/c.svg" samples/person.py
expect 2 "cannot write '$tmp': it is a directory" "$slotc" compare samples/person.py --json "$tmp"
expect 2 'compare: --json needs a file name' "$slotc" compare samples/person.py --json
expect 2 'compare needs exactly one FILE.py' "$slotc" compare samples/person.py samples/team.py
expect 0 'usage: slotc compare \[--json OUT\] \[--svg OUT\] FILE.py' "$slotc" compare --help

# Nothing left in the temporary directory, and no half-written output.
left=$(ls -A "$tmp/t")
[ -z "$left" ] || fail "left in TMPDIR: $left"
left=$(find "$tmp" -maxdepth 1 -name '.*' ! -path "$tmp")
[ -z "$left" ] || fail "temporary outputs left: $left"

[ "$failed" = 0 ] && echo "compare: ok"
exit "$failed"
