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
  meson compile -C "$builddir"
}
