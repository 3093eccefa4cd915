# Anarchy in a container: the static `anarchy` binary on a small Debian.
#   docker build -t anarchy .
#   docker run --rm -v "$PWD:/work" anarchy debate --quick --out /work/debate
#   docker run --rm -p 127.0.0.1:8080:8080 anarchy serve --host 0.0.0.0 --port 8080
# (the web app inside a container must listen on 0.0.0.0 to be reached through the mapped port;
# publish it on the host's loopback only, as above, and open the URL with the token it prints.)
# SWIFT_IMAGE: the Swift toolchain image to build with (the project is built and tested with 6.3).
ARG SWIFT_IMAGE=swift:6.3-bookworm
FROM ${SWIFT_IMAGE} AS build
RUN apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libsqlite3-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN swift build -c release --product anarchy && cp "$(swift build -c release --show-bin-path)/anarchy" /usr/local/bin/anarchy \
    && /usr/local/bin/anarchy --version

FROM debian:bookworm-slim
COPY --from=build /usr/local/bin/anarchy /usr/local/bin/anarchy
COPY LICENSE README.md CHANGELOG.md CITATION.cff /usr/share/doc/anarchy/
WORKDIR /work
ENTRYPOINT ["anarchy"]
CMD ["debate", "--quick", "--out", "/work/debate"]
