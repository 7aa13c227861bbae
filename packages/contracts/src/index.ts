// Request and response schemas shared by the server (validation, OpenAPI) and the web client.
// Plain zod with .meta({ id }) for OpenAPI component names: no server code may be imported here.
export * from './auth.ts';
export * from './problem.ts';
