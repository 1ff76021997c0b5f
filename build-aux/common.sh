# Shared by build-aux/run and build-aux/check: configure and build a tree.
# BUILDDIR (default _build) and MESON_ARGS may be set by the caller.

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$top"

builddir=${BUILDDIR:-_build}

byline_build () {
  # Installed into a prefix inside the build dir, so that build-aux/run
  # finds the schema, icons and translations as an installed app would.
  local prefix="$top/$builddir/install"
  if [ -f "$builddir/build.ninja" ]; then
    meson setup --reconfigure "$builddir" --prefix="$prefix" ${MESON_ARGS:-} >/dev/null
  else
    meson setup "$builddir" --prefix="$prefix" ${MESON_ARGS:-}
  fi
  if [ -z "${BYLINE_BUILD_SKIP:-}" ]; then
    meson compile -C "$builddir"
    return
  fi
  # Every target built by default but the executables whose names match
  # the regular expression BYLINE_BUILD_SKIP (tests a run leaves out)
  local targets
  mapfile -t targets < <(meson introspect --targets "$builddir" | python3 -c '
import json, os, re, sys
skip = re.compile(sys.argv[1])
for t in json.load(sys.stdin):
    if not t.get("build_by_default", True):
        continue
    if t["type"] == "executable" and skip.fullmatch(t["name"]):
        continue
    for f in t["filename"]:
        print(os.path.relpath(f, sys.argv[2]))
' "$BYLINE_BUILD_SKIP" "$top/$builddir")
  [ ${#targets[@]} -gt 0 ] || { echo "byline_build: no targets to build" >&2; return 1; }
  ninja -C "$builddir" "${targets[@]}"
}
