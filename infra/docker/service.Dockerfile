# One image per service (and the web app), from the Spring Boot jar the Maven build made (./mvnw -DskipTests package).
# Built from the repository root by infra/docker-compose.yml:
#   docker build -f infra/docker/service.Dockerfile --build-arg SERVICE=coalition-service -t coalitions/coalition-service .
#   docker build -f infra/docker/service.Dockerfile --build-arg SERVICE=web --build-arg JAR=web/target/coalitions-web.jar -t coalitions/web .
FROM eclipse-temurin:17-jre

ARG SERVICE
ARG JAR=${SERVICE}/target/${SERVICE}.jar
RUN test -n "$SERVICE" || (echo "build with --build-arg SERVICE=<coalition-service|membership-service|notification-service|web>" && false) \
    && useradd --system --uid 10001 --home-dir /app app
WORKDIR /app
COPY --chown=app ${JAR} /app/app.jar
# the JVM options the local stack runs them with (the heap's size comes with the deployment: JAVA_TOOL_OPTIONS)
COPY --chown=app infra/service-jvm.args /app/jvm.args
USER app
ENV SERVER_PORT=8080
# as on the local stack (infra/stack, infra/README.md "The services' JVMs"): two malloc arenas, not eight a core
ENV MALLOC_ARENA_MAX=2
EXPOSE 8080
ENTRYPOINT ["java", "@/app/jvm.args", "-jar", "/app/app.jar"]
