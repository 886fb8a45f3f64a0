# syntax=docker/dockerfile:1
#
# Projektkontor Östergötland – API image (NestJS + GraphQL, compiled ESM).
# Build context: the repository root, for example
#   docker build -f docker/api.Dockerfile -t projektkontor-api .
# or through docker/compose.yaml. Runtime configuration: see docker/.env.example.
#
# Stages:
#   manifests  the root package.json, package-lock.json and every workspace's package.json
#   build      npm ci (all dependencies) + nx build of shared-domain and api
#   prod-deps  npm ci --omit=dev: production node_modules, workspace symlinks included
#   runtime    node_modules + the built dist folders, run as the unprivileged user `node`

# Node.js major version (package.json: >= 20.19; some dependencies want >= 22).
ARG NODE_VERSION=22
# npm as on the developers' machines. npm 11 reads package.json "allowScripts" (nx, @swc/core and
# @apollo/protobufjs do not run install scripts); the npm 10 bundled with Node 22 ignores it.
ARG NPM_VERSION=11.19.1

FROM node:${NODE_VERSION}-bookworm-slim AS base
ARG NPM_VERSION
ENV NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false
RUN npm install --global "npm@${NPM_VERSION}" && npm cache clean --force
WORKDIR /app

# ---------------------------------------------------------------------------------------------
# Only the package manifests, so that the npm ci layers below are reused until dependencies
# change (BuildKit compares the copied files by content, not by the stage that made them).
# npm needs every workspace's package.json, or the lockfile does not match and no
# node_modules/@portal/* symlink is made. Workspaces: package.json "workspaces" (apps/*, libs/*/*).
FROM base AS manifests
COPY . /src
RUN set -eu; \
    cd /src; \
    mkdir -p /manifests; \
    cp package.json package-lock.json /manifests/; \
    find apps libs -mindepth 2 -maxdepth 3 -name package.json -not -path '*/node_modules/*' \
      | while read -r manifest; do \
          mkdir -p "/manifests/$(dirname "$manifest")"; \
          cp "$manifest" "/manifests/$manifest"; \
        done

# ---------------------------------------------------------------------------------------------
FROM base AS build
ENV NX_DAEMON=false \
    NX_NO_CLOUD=true
COPY --from=manifests /manifests/ ./
RUN --mount=type=cache,target=/root/.npm,sharing=locked \
    npm ci
COPY . .
# shared-domain first (api imports @portal/shared-domain, resolved at run time to its dist/).
RUN npx nx run-many -t build -p shared-domain,api --outputStyle=stream

# ---------------------------------------------------------------------------------------------
# Production dependencies only. Workspace symlinks (node_modules/@portal/* -> ../../apps/…,
# ../../libs/…) are made by npm's install itself, not by scripts, so --ignore-scripts keeps them.
# The one approved install script (@embedded-postgres/*: restores symlinks among the bundled
# PostgreSQL binaries) is not needed: with DATABASE_URL set the API never starts an embedded
# database. The package itself must be present: bootstrap.js imports it at start-up.
FROM base AS prod-deps
COPY --from=manifests /manifests/ ./
RUN --mount=type=cache,target=/root/.npm,sharing=locked \
    npm ci --omit=dev --ignore-scripts

# ---------------------------------------------------------------------------------------------
FROM node:${NODE_VERSION}-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    LOG_LEVEL=info
WORKDIR /app
# Owned by root, readable by `node`: the process cannot change its own code or dependencies.
# The API writes nothing to disk when DATABASE_URL is set (compose runs it read-only).
COPY --from=prod-deps /app/package.json ./package.json
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/libs/shared/domain/package.json ./libs/shared/domain/package.json
COPY --from=build /app/libs/shared/domain/dist ./libs/shared/domain/dist
COPY --from=build /app/apps/api/package.json ./apps/api/package.json
COPY --from=build /app/apps/api/dist ./apps/api/dist
COPY --from=build /app/apps/api/demo-data ./apps/api/demo-data

USER node
EXPOSE 3000
# 200 {"status":"ok","database":"up"} while PostgreSQL answers, 503 otherwise. The start period
# covers migrations, which run before the API listens.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --start-interval=5s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health',{signal:AbortSignal.timeout(4000)}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Node runs as PID 1 unless compose's `init: true` adds tini; main.js handles SIGTERM either way
# (closes the HTTP server and the database pool).
CMD ["node", "apps/api/dist/main.js"]
