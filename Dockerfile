# Bot Cliente Manager: build with Maven + JDK, run on a JRE as a non-root user.
#   docker build -t bot-cliente-manager .
#   docker run -d --restart unless-stopped -p 8080:8080 -v bcm-data:/data bot-cliente-manager
# Only the app's port is published: JobRunr's dashboard is at /jobs/ on it, and JobRunr's own listener stays on the
# container's loopback.

FROM eclipse-temurin:25-jdk AS build
WORKDIR /build
# Resolve dependencies in their own layer, so a source change does not download them again.
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline || true
COPY frontend/ frontend/
COPY src/ src/
# Vaadin downloads Node 24 for the front-end build when the image has none.
RUN ./mvnw -B -q -DskipTests package
# The jar extracted to plain jars (app + lib/): classes load from them faster than from jars nested in a jar, and the
# JDK's AOT cache below only works with this form.
RUN java -Djarmode=tools -jar target/bot-cliente-manager.jar extract --destination extracted --application-filename app.jar

FROM eclipse-temurin:25-jre
RUN groupadd --system bcm && useradd --system --gid bcm --home-dir /data --shell /usr/sbin/nologin bcm \
    && mkdir -p /data && chown bcm:bcm /data \
    && apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# Libraries first: their layer stays the same when only the app changes.
COPY --from=build /build/extracted/lib/ lib/
COPY --from=build /build/extracted/app.jar app.jar
# AOT cache (JDK 25): a training run on a throwaway data dir (start, health answered, login page, graceful stop; no
# message is sent) records the classes the app loads, already parsed and linked, into app.aot. Made here, by the same
# JRE that runs the app and with the same class path as ENTRYPOINT (relative, in /app): a cache from another JVM build
# or class path is ignored with a warning, and the app then starts as before, only slower.
COPY scripts/aot-cache /usr/local/bin/aot-cache
RUN aot-cache --train /app
USER bcm
ENV APP_DATA_DIR=/data \
    SERVER_PORT=8080 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
VOLUME ["/data"]
EXPOSE 8080
# Healthy while the app answers its liveness probe. Docker never restarts an unhealthy container by itself: when the
# app answers DOWN twice, 2 s apart (its job server could not be restarted), the check stops it with SIGTERM to PID 1
# (a graceful stop) and the restart policy (--restart unless-stopped) starts it again. No answer at all (still starting,
# or paused) only marks the container unhealthy.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
    CMD url="http://localhost:${SERVER_PORT}/actuator/health/liveness"; \
        code=$(curl -s -o /dev/null -m 3 -w '%{http_code}' "$url"); \
        if [ "$code" = 503 ]; then sleep 2; code=$(curl -s -o /dev/null -m 3 -w '%{http_code}' "$url"); \
            if [ "$code" = 503 ]; then kill -TERM 1; fi; fi; \
        [ "$code" = 200 ]
# jvm.options (written by aot-cache): the AOT cache, the quick compiler only and the serial GC (README "Start-up").
ENTRYPOINT ["java", "@jvm.options", "-jar", "app.jar"]
