# syntax=docker/dockerfile:1
# One image per module of the reactor:  docker build --build-arg SERVICE=identity-service -t allocar/identity-service .
# SERVICE is a module folder whose jar is <SERVICE>/target/<SERVICE>.jar (identity-service, gateway, devstack, ...).
ARG SERVICE=identity-service

FROM eclipse-temurin:25-jdk AS build
ARG SERVICE
WORKDIR /src
COPY . .
# The Maven repository is a BuildKit cache: dependencies are downloaded once across builds and services.
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q -pl "${SERVICE}" -am -DskipTests package \
 && cp "${SERVICE}/target/${SERVICE}.jar" /tmp/app.jar

FROM eclipse-temurin:25-jre
ARG SERVICE
ENV SERVICE=${SERVICE} \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
RUN groupadd --system allocar && useradd --system --gid allocar --home-dir /app --no-create-home allocar \
 && mkdir -p /app /data && chown allocar:allocar /data
WORKDIR /app
COPY --from=build /tmp/app.jar /app/app.jar
USER allocar
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
