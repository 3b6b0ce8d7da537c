#!/usr/bin/env bash
# The install test: slotc as a user's build gets it.  A copy of the source
# tree is configured for a temporary prefix and installed, and then the copy
# and its build directory are deleted, so that the installed slotc can only
# use what `meson install` put in the prefix.  With it:
#   - samples/meson-project is built with meson (slotc on PATH, the runtime
#     through pkg-config) and its C program prints what app.py prints with
#     python3;
#   - `slotc run` compiles and runs a program against the installed runtime,
#     with the collector and with the arena;
#   - `pkg-config --cflags --libs slot` builds emitted code by hand, and the
#     shared library is the one that program loads;
#   - `slotc build --templates DIR` uses a user's template and keeps the
#     defaults for the rest;
#   - the man page renders without warnings and names every option that the
#     commands' --help texts name.
#
# usage: run_install.sh SOURCE_ROOT
set -u
src=$(realpath "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0
fail() {
  echo "FAIL: $*"
  failed=1
}

# A copy of the tree without build directories; third_party/ (the grammar
# scripts/setup fetched) comes along.
mkdir "$tmp/src"
tar -C "$src" --exclude='./build*' --exclude=./.git -cf - . | tar -C "$tmp/src" -xf -
if ! meson setup "$tmp/build" "$tmp/src" --prefix "$tmp/prefix" -Dtests=false >"$tmp/setup.log" 2>&1 ||
  ! meson install -C "$tmp/build" >"$tmp/install.log" 2>&1; then
  tail -n 30 "$tmp/setup.log" "$tmp/install.log"
  echo "FAIL: meson install"
  exit 1
fi
rm -rf "$tmp/src" "$tmp/build"
prefix=$tmp/prefix
slotc=$prefix/bin/slotc
pc=$(dirname "$(find "$prefix" -name slot.pc)")
export PATH=$prefix/bin:$PATH PKG_CONFIG_PATH=$pc
for f in bin/slotc include/slot/slot.h share/man/man1/slotc.1 share/slotc/templates/header.h; do
  [ -f "$prefix/$f" ] || fail "meson install did not install $f"
done
libdir=$(pkg-config --variable=libdir slot)
for lib in libslot.a libslot.so libslot_arena.a; do
  [ -e "$libdir/$lib" ] || fail "meson install did not install $lib in $libdir"
done

# The user's project, built against the install.
python3 -B "$src/samples/meson-project/app.py" >"$tmp/app.expected" 2>&1 || fail "python3 app.py"
if meson setup "$tmp/app" "$src/samples/meson-project" >"$tmp/app-setup.log" 2>&1 &&
  meson compile -C "$tmp/app" >"$tmp/app-build.log" 2>&1; then
  "$tmp/app/app" >"$tmp/app.out" 2>&1 || fail "samples/meson-project's app exited with $?"
  diff -u "$tmp/app.expected" "$tmp/app.out" || fail "samples/meson-project's app does not print what app.py prints"
else
  tail -n 30 "$tmp/app-setup.log" "$tmp/app-build.log"
  fail "samples/meson-project does not build against the installed slotc"
fi

# slotc run, with the installed runtime (collector and arena).
program=$src/tests/programs/records.py # it writes files: run in runs/
mkdir "$tmp/runs"
(cd "$tmp/runs" && python3 "$program") >"$tmp/records.expected" 2>/dev/null
for mode in "" --arena; do
  (cd "$tmp/runs" && "$slotc" run $mode "$program") >"$tmp/records.out" 2>"$tmp/records.err" ||
    { cat "$tmp/records.err"; fail "installed slotc run $mode"; }
  diff -q "$tmp/records.expected" "$tmp/records.out" >/dev/null || fail "installed slotc run $mode prints otherwise"
done

# pkg-config by hand, linking the shared runtime.
mkdir "$tmp/hand"
"$slotc" build "$src/samples/team.py" -o "$tmp/hand" || fail "installed slotc build"
# shellcheck disable=SC2046 # pkg-config's output is a list of words
if cc -std=c11 -Wall -Wextra -Wpedantic -Werror "$tmp/hand/team.c" -o "$tmp/hand/team" \
  $(pkg-config --cflags --libs slot) -Wl,-rpath,"$libdir"; then
  ldd "$tmp/hand/team" | grep -q "libslot.so.0 => $libdir/libslot.so.0" || fail "team does not load the installed libslot.so"
  "$tmp/hand/team" >"$tmp/hand/out" || fail "team built with pkg-config exited with $?"
  diff -q <(python3 "$src/samples/team.py") "$tmp/hand/out" >/dev/null || fail "team built with pkg-config prints otherwise"
else
  fail "emitted code does not build with pkg-config --cflags --libs slot"
fi

# A user's template: a licence line on top of every header; main.c and the
# other templates stay the defaults.
mkdir "$tmp/templates" "$tmp/custom"
{ echo "/* Copyright (c) Example Ltd. */"; cat "$prefix/share/slotc/templates/header.h"; } >"$tmp/templates/header.h"
"$slotc" build --templates "$tmp/templates" "$src/samples/team.py" -o "$tmp/custom" || fail "build --templates"
[ "$(head -n 1 "$tmp/custom/team.h")" = "/* Copyright (c) Example Ltd. */" ] || fail "--templates: header.h not used"
cmp -s "$tmp/custom/team.c" "$tmp/hand/team.c" || fail "--templates changed a template it does not replace"

# The manual.
man=$prefix/share/man/man1/slotc.1
warnings=$(LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z "$man" 2>&1)
[ -z "$warnings" ] || fail "the man page has groff warnings: $warnings"
text=$(LC_ALL=C.UTF-8 groff -man -Tutf8 -P-c "$man" 2>/dev/null | sed 's/.\x08//g')
for cmd in build run inspect compare; do
  for option in $("$slotc" "$cmd" --help | grep -oE -- '--[a-z-]+' | sort -u); do
    grep -qF -- "$option" <<<"$text" || fail "the man page does not describe $cmd's $option"
  done
  grep -qE "^ +$cmd( |\$)" <<<"$text" || fail "the man page does not describe the command $cmd"
done
for var in CC CFLAGS TMPDIR; do
  grep -qE "^ +$var( |\$)" <<<"$text" || fail "the man page does not describe \$$var"
done

[ $failed = 0 ] && echo "install: prefix, meson project, run, pkg-config, --templates, man page: ok"
exit $failed
