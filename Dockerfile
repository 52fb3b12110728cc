# syntax=docker/dockerfile:1
# Dialogue Tracker: build the jar, then run its extracted layers on a JRE.
# Used by docker-compose.yml; on its own: docker build -t dialogue-tracker .

FROM eclipse-temurin:17-jdk AS build
WORKDIR /build

# Dependencies first, in their own layer: rebuilt only when pom.xml or the wrapper changes.
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN chmod +x mvnw && ./mvnw -B -q -Dno-embedded-postgres dependency:go-offline

# -Dno-embedded-postgres: no PostgreSQL binaries in the image, since Compose runs PostgreSQL in its own container
COPY src/ src/
RUN ./mvnw -B -q -Dno-embedded-postgres package -DskipTests \
    && java -Djarmode=tools -jar target/*.jar extract --layers --launcher --destination extracted


FROM eclipse-temurin:17-jre

# curl for the health check
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*

RUN groupadd --system dialogue \
    && useradd --system --gid dialogue --home-dir /app --shell /usr/sbin/nologin dialogue \
    && mkdir -p /app/data \
    && chown dialogue:dialogue /app/data
WORKDIR /app

# Least often changed first, so that a code change rebuilds only the last layer.
COPY --from=build /build/extracted/dependencies/ ./
COPY --from=build /build/extracted/spring-boot-loader/ ./
COPY --from=build /build/extracted/snapshot-dependencies/ ./
COPY --from=build /build/extracted/application/ ./

USER dialogue

ENV JAVA_OPTS="-XX:MaxRAMPercentage=75"
EXPOSE 8080

HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
    CMD curl -fsS "http://localhost:${SERVER_PORT:-8080}/actuator/health" >/dev/null || exit 1

# Without SPRING_DATASOURCE_URL the app starts its embedded PostgreSQL in /app/data/postgres;
# docker-compose.yml points it at the db service instead. Extra arguments go to the app.
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS org.springframework.boot.loader.launch.JarLauncher \"$@\"", "--"]
