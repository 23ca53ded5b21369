import { z } from 'zod';
import { Problem } from './problem';
import { ROUTES, type RouteSpec } from './routes';

type Json = Record<string, unknown>;

/** Moves a schema's named parts (`.meta({ id })`) into `components` and points its refs there. */
const toComponents = (schema: Json, components: Json): Json => {
  const { $schema: _dialect, $defs, ...rest } = schema;
  const relink = (value: unknown): Json =>
    JSON.parse(JSON.stringify(value).replaceAll('"#/$defs/', '"#/components/schemas/')) as Json;
  for (const [id, def] of Object.entries(($defs ?? {}) as Json)) components[id] = relink(def);
  return relink(rest);
};

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output'): Json =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Json;

const parametersOf = (route: RouteSpec): unknown[] => {
  const out: unknown[] = [];
  for (const [where, schema] of [
    ['path', route.params],
    ['query', route.query],
  ] as const) {
    if (!schema) continue;
    const js = jsonSchema(schema, 'input') as {
      properties?: Record<string, unknown>;
      required?: string[];
    };
    for (const [name, prop] of Object.entries(js.properties ?? {})) {
      out.push({
        name,
        in: where,
        required: where === 'path' || (js.required ?? []).includes(name),
        schema: prop,
      });
    }
  }
  out.push({
    name: 'Accept-Language',
    in: 'header',
    required: false,
    schema: { type: 'string', default: 'lt' },
    description: 'lt (default) or en: the language of labels and error messages.',
  });
  return out;
};

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

/** The OpenAPI 3.1 document, generated from the same zod contracts the handlers parse with. */
export const buildOpenApi = (serverUrl?: string): Record<string, unknown> => {
  const schemas: Json = {};
  const withoutDialect = (schema: Json) => toComponents(schema, schemas);
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [operationId, route] of Object.entries(ROUTES) as [string, RouteSpec][]) {
    const isPublic = route.roles === 'public';
    const binary = { type: 'string', format: 'binary' };
    const responses: Record<string, unknown> = {
      [String(route.status ?? 200)]: {
        description: 'OK',
        content: route.produces
          ? { [route.produces]: { schema: binary } }
          : {
              'application/json': { schema: withoutDialect(jsonSchema(route.response, 'output')) },
            },
      },
      '500': problemResponse('Unexpected error; the body names the request id'),
    };
    if (!isPublic) {
      responses['401'] = { description: 'Missing or invalid token (from the authorizer)' };
      responses['403'] = problemResponse(
        `Needs one of the roles: ${(route.roles as string[]).join(', ')}`,
      );
      responses['404'] = problemResponse('Not found (also for another organisation’s items)');
    }
    if (route.params || route.query || route.body)
      responses['400'] = problemResponse('Invalid input, each field named');
    if (route.method !== 'GET') {
      responses['409'] = problemResponse(
        'Stale version or a state that forbids it; `current` holds the item as it is now',
      );
    }
    const operation: Record<string, unknown> = {
      operationId,
      summary: route.summary,
      tags: [route.tag],
      parameters: parametersOf(route),
      responses,
      ...(isPublic ? { security: [] } : { 'x-roles': route.roles }),
    };
    if (route.consumes) {
      // `FileBody.optional()`: the file may come another way (`?upload=`).
      const required = !route.body?.safeParse(undefined).success;
      operation.requestBody = { required, content: { [route.consumes]: { schema: binary } } };
    } else if (route.body) {
      operation.requestBody = {
        required: true,
        content: {
          'application/json': { schema: withoutDialect(jsonSchema(route.body, 'input')) },
        },
      };
    }
    paths[route.path] = { ...paths[route.path], [route.method.toLowerCase()]: operation };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Ciklas API',
      version: '1.0.0',
      description:
        'The continuous-improvement cycle of a social-service organisation: plan → implement → evaluate → improve.',
    },
    ...(serverUrl ? { servers: [{ url: serverUrl }] } : {}),
    security: [{ bearer: [] }],
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: { ...schemas, Problem: withoutDialect(jsonSchema(Problem, 'output')) },
    },
  };
};
