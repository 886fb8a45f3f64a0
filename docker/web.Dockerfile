# syntax=docker/dockerfile:1
#
# Projektkontor Östergötland – web image: the static Vite build of apps/web served by nginx,
# which also forwards /graphql and /health to the API (docker/nginx/default.conf).
# Build context: the repository root, for example
#   docker build -f docker/web.Dockerfile -t projektkontor-web .
# or through docker/compose.yaml.

ARG NODE_VERSION=22
# See api.Dockerfile: npm 11 honours package.json "allowScripts".
ARG NPM_VERSION=11.19.1
# nginx's stable branch, unprivileged variant: runs as uid 101, listens on 8080, pid and
# temporary files in /tmp. For fully reproducible builds pin a version here (e.g. 1.28-alpine)
# or a digest, and bump it deliberately.
ARG NGINX_IMAGE=nginxinc/nginx-unprivileged:stable-alpine

FROM node:${NODE_VERSION}-bookworm-slim AS base
ARG NPM_VERSION
ENV NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false
RUN npm install --global "npm@${NPM_VERSION}" && npm cache clean --force
WORKDIR /app

# Only the package manifests, so the npm ci layer is reused until dependencies change
# (same as in api.Dockerfile).
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

FROM base AS build
ENV NX_DAEMON=false \
    NX_NO_CLOUD=true
COPY --from=manifests /manifests/ ./
RUN --mount=type=cache,target=/root/.npm,sharing=locked \
    npm ci
COPY . .
# Vite reads @portal/shared-domain from its TypeScript source (the "source" condition); Nx still
# builds the library first (dependsOn ^build), which is harmless. Output: apps/web/dist.
RUN npx nx run web:build --outputStyle=stream \
 && test -f apps/web/dist/index.html

FROM ${NGINX_IMAGE} AS runtime
COPY docker/nginx/default.conf /etc/nginx/conf.d/default.conf
COPY docker/nginx/security-headers.conf /etc/nginx/portal/security-headers.conf
COPY --from=build /app/apps/web/dist /usr/share/nginx/html
EXPOSE 8080
# Static files only: the web container stays healthy while the API restarts.
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --start-interval=2s --retries=3 \
  CMD ["wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/index.html"]
