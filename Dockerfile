# Build the WAR, then run it on Open Liberty. Production configuration comes from the
# environment (see the README): DB_URL, DB_USER, DB_PASSWORD and the rest.

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY src src
COPY webapp-themes webapp-themes
COPY batch-jobs batch-jobs
RUN mvn -B -ntp -DskipTests package \
 && mvn -B -ntp dependency:copy-dependencies -DincludeArtifactIds=h2,postgresql \
        -DoutputDirectory=target/jdbc -Dmdep.stripVersion=true \
 && mvn -B -ntp dependency:copy-dependencies -DincludeScope=runtime \
        -DincludeGroupIds=org.redisson,io.netty,javax.cache,io.projectreactor,org.reactivestreams,io.reactivex.rxjava3,com.esotericsoftware,org.objenesis,com.fasterxml.jackson.core,com.fasterxml.jackson.dataformat,com.fasterxml.jackson.datatype,org.yaml,org.jodd,org.slf4j,net.bytebuddy \
        -DoutputDirectory=target/redisson -Dmdep.stripVersion=true

FROM open-liberty:full-java17-openj9
COPY --chown=1001:0 liberty/server.xml liberty/jvm.options liberty/sessions-memory.xml \
     liberty/sessions-redis.xml liberty/redisson-sessions.yaml liberty/search-lucene.xml \
     liberty/search-elasticsearch.xml /config/
COPY --chown=1001:0 --from=build /src/target/jdbc /config/jdbc
# Redisson and what it needs, for SESSION_STORE=redis (the same jars the build's server gets)
COPY --chown=1001:0 --from=build /src/target/redisson /config/redisson
COPY --chown=1001:0 --from=build /src/target/shop.war /config/dropins/shop.war
# A production shop starts without the demo catalog unless asked for it.
ENV DEMO_DATA=false
RUN configure.sh
EXPOSE 9080 9443
