#!/usr/bin/env bash
# Builds the Graflow Studio desktop bundle with JDK 17's jpackage.
#
#   installer/jpackage.sh app-image   ->  target/installer/graflow-studio/bin/graflow-studio
#   installer/jpackage.sh deb         ->  target/installer/graflow-studio_<version>-1_amd64.deb
#
# Run from anywhere; works in the project root. Needs a JDK 17+ (javac and jpackage; JAVA_HOME or the javac on
# PATH), Maven, and for deb: fakeroot and dpkg-deb. The bundled runtime has JavaFX on its module path (no
# "unsupported JavaFX configuration" warning). Install the .deb with `apt-get install ./<file>.deb`, which also
# pulls its dependencies (libgtk-3-0 for JavaFX, xdg-utils for the menu entry).
# Environment: SKIP_BUILD=1 reuses target/graflow-studio.jar's build (no `mvn package`); MVN_ARGS adds Maven
# options (e.g. MVN_ARGS=-o for offline).
set -euo pipefail

TYPE=${1:-app-image}
case "$TYPE" in
  app-image|deb) ;;
  *) echo "usage: $0 [app-image|deb]" >&2; exit 2 ;;
esac

cd "$(dirname "$0")/.."
JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
JPACKAGE="$JAVA_HOME/bin/jpackage"
[ -x "$JPACKAGE" ] || { echo "error: no jpackage in $JAVA_HOME/bin (set JAVA_HOME to a JDK 17+)" >&2; exit 1; }

NAME=graflow-studio                      # the artifactId and the pom's finalName
MAIN_CLASS=io.github.graflowstudio.Main
# The project version, read from the pom (the first <version> after our artifactId, i.e. the project's own).
POM_VERSION=$(awk '/<artifactId>graflow-studio<\/artifactId>/ {found=1} found && /<version>/ {
  gsub(/.*<version>|<\/version>.*/, ""); print; exit }' pom.xml)
# jpackage wants one to three dot-separated numbers: 0.1.0-SNAPSHOT becomes 0.1.0.
APP_VERSION=$(printf '%s' "$POM_VERSION" | sed -E 's/^([0-9]+(\.[0-9]+){0,2}).*/\1/')
[ -n "$APP_VERSION" ] || { echo "error: cannot read the version from pom.xml" >&2; exit 1; }

MVN="mvn -B -q -ntp ${MVN_ARGS:-}"
INPUT=target/jpackage-input             # the application jar and its (non-JavaFX) dependencies: the class path
JAVAFX=target/javafx-mods               # the JavaFX jars: linked into the runtime as modules
DEST=target/installer

rm -rf "$INPUT" "$JAVAFX"
if [ "$TYPE" = app-image ]; then rm -rf "${DEST:?}/$NAME"; else rm -f "$DEST"/*.deb; fi
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  $MVN -DskipTests package
fi
# `package` shades everything into target/graflow-studio.jar and keeps the plain jar as original-*.jar;
# the bundle wants the plain jar, with JavaFX as modules and everything else beside it.
[ -f "target/original-$NAME.jar" ] || { echo "error: target/original-$NAME.jar missing (run mvn package)" >&2; exit 1; }
$MVN dependency:copy-dependencies -DincludeScope=runtime -DexcludeGroupIds=org.openjfx -DoutputDirectory="$INPUT"
$MVN dependency:copy-dependencies -DincludeScope=runtime -DincludeGroupIds=org.openjfx -DoutputDirectory="$JAVAFX"
# The JavaFX jars without a classifier are empty placeholders; the -linux ones carry the classes and natives.
find "$JAVAFX" -name 'javafx-*.jar' ! -name '*-linux.jar' -delete
cp "target/original-$NAME.jar" "$INPUT/$NAME.jar"

# Modules found with `jdeps --print-module-deps` over the jars, plus java.logging (JUL) and
# jdk.crypto.ec (HTTPS for the http task kind).
MODULES=javafx.controls,java.compiler,java.desktop,java.logging,java.management,java.net.http,java.prefs
MODULES=$MODULES,java.scripting,java.sql,java.xml,jdk.unsupported,jdk.crypto.ec

# The JIT compilers run at nice 10 so that they give way to the window's threads (docs/performance.md,
# "Seventh pass"; the same options as `mvn javafx:run` on Linux). Policy 1 makes HotSpot apply thread
# priorities at all. Set inside the runtime image (jlink's --add-options, beside jpackage's default jlink
# options) rather than on the command line, it does not make HotSpot warn an ordinary user that the policy
# "may require system level permission" (needed to raise a priority; lowering one is allowed).
JLINK_OPTIONS="--strip-native-commands --strip-debug --no-man-pages --no-header-files"
JLINK_OPTIONS="$JLINK_OPTIONS --add-options=-XX:ThreadPriorityPolicy=1"

ARGS=(--type "$TYPE" --name "$NAME" --app-version "$APP_VERSION" --dest "$DEST"
  --input "$INPUT" --main-jar "$NAME.jar" --main-class "$MAIN_CLASS"
  --module-path "$JAVAFX" --add-modules "$MODULES"
  --java-options '--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED'
  --java-options '-XX:+UseZGC'
  --java-options '-XX:CompilerThreadPriority=10'
  --jlink-options "$JLINK_OPTIONS"
  --icon assets/icons/icon-256.png
  --description "Editor, step debugger and checkpoint inspector for Graflow-style workflows"
  --vendor "Graflow Studio" --copyright "Graflow Studio contributors")
if [ "$TYPE" = deb ]; then
  # JavaFX unpacks its GTK glue at first start, so jpackage's dependency scan cannot see GTK: name it.
  # --linux-shortcut installs the .desktop menu entry (and makes the package depend on xdg-utils); ours in
  # installer/linux replaces jpackage's so that the entry has a readable name and passes the opened file (%f).
  ARGS+=(--linux-package-name "$NAME" --linux-shortcut --linux-menu-group Development --linux-app-category devel
    --linux-package-deps libgtk-3-0 --file-associations installer/flow-json.properties
    --resource-dir installer/linux)
fi

"$JPACKAGE" "${ARGS[@]}"

if [ "$TYPE" = app-image ]; then
  echo "app-image: $DEST/$NAME/bin/$NAME"
else
  ls "$DEST"/*.deb
fi
