/**
 * The version of the API contract (API Design Rules: /core/version-header, /core/semver, /core/uri-version). The
 * full semver version goes out in the `API-Version` header of every response and is `info.version` of the
 * OpenAPI document; only the major version is in the URI (`/api/v1`). A compatible change raises the minor or the
 * patch; a breaking one the major, and with it the base path.
 */
export const API_VERSION = '1.0.0';

/** Who keeps the API (`info.contact`, /core/doc-openapi-contact): the project, where questions and issues go. */
export const API_CONTACT = {
  name: 'Regie, open-source werkstroom voor het sociaal domein',
  url: 'https://github.com/regie-sociaal-domein/regie',
  email: 'regie@regie-sociaal-domein.nl',
};

/** The base path of every endpoint but the probes and the metrics: `api/v` + the major version. */
export const API_PREFIX = `api/v${API_VERSION.split('.')[0]}`;

/** Served outside the base path: operators' probes and Prometheus, whose paths their tools fix. */
export const UNVERSIONED_ROUTES = ['health', 'health/live', 'health/ready', 'health/timers', 'metrics'];
