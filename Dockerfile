# Bot Cliente Manager: build with Maven + JDK, run on a JRE as a non-root user.
#   docker build -t bot-cliente-manager .
#   docker run -p 8080:8080 -p 8000:8000 -v bcm-data:/data bot-cliente-manager

FROM eclipse-temurin:21-jdk AS build
WORKDIR /build
# Resolve dependencies in their own layer, so a source change does not download them again.
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline || true
COPY frontend/ frontend/
COPY src/ src/
# Vaadin downloads Node 24 for the front-end build when the image has none.
RUN ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:21-jre
RUN groupadd --system bcm && useradd --system --gid bcm --home-dir /data --shell /usr/sbin/nologin bcm \
    && mkdir -p /data && chown bcm:bcm /data \
    && apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /build/target/bot-cliente-manager.jar app.jar
USER bcm
ENV APP_DATA_DIR=/data \
    SERVER_PORT=8080 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
VOLUME ["/data"]
EXPOSE 8080 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS "http://localhost:${SERVER_PORT}/actuator/health" || exit 1
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
