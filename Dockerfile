# runcast service. CI (.ci/image-check) runs this file's steps without Docker: the files it copies,
# its install command (production dependencies only; tsx runs the TypeScript sources), its start
# command and its health check, then a backup with the image's own tools.
#
#   docker build -t runcast .
#   docker run -p 3000:3000 -v runcast-data:/data -e PUBLIC_URL=https://runcast.example.com runcast
#
# PUBLIC_URL is required: the image listens on 0.0.0.0, and without it the service would hand
# athletes http://localhost links, so it refuses to start and says so.
#
# Build stage: better-sqlite3 compiles its native module here when no prebuilt binary can be fetched.
FROM node:20-bookworm-slim AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY package.json package-lock.json tsconfig.json ./
COPY bin ./bin
COPY src ./src
COPY templates ./templates

# The data folder is a volume owned by the unprivileged "node" user of the base image.
RUN mkdir -p /data && chown node:node /data
VOLUME ["/data"]
ENV RUNCAST_DATA=/data \
    HOST=0.0.0.0 \
    PORT=3000
EXPOSE 3000
USER node

HEALTHCHECK --interval=30s --timeout=5s --start-period=20s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# The command of `npm start` (package.json), run directly: npm hands SIGTERM to the `sh -c` it
# starts the script with, and that shell does not pass it on, so `docker stop` would never reach
# the service's graceful shutdown (drain requests, close the database, exit 0).
CMD ["node", "--import", "tsx", "src/server/main.ts"]
