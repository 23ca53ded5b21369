import { buildOpenApi } from '../../../functions/contracts/openapi';
import { ROUTES } from '../../../functions/contracts/routes';

describe('the OpenAPI document', () => {
  const doc = buildOpenApi() as {
    openapi: string;
    paths: Record<string, Record<string, Record<string, unknown>>>;
  };

  it('points every reference at a schema it holds', () => {
    const text = JSON.stringify(doc);
    const refs = [...text.matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)].map((m) => m[1]!);
    const schemas = (doc as unknown as { components: { schemas: Record<string, unknown> } })
      .components.schemas;
    expect(refs.length).toBeGreaterThan(0);
    for (const id of refs) expect(schemas).toHaveProperty(id);
    expect(text).not.toContain('#/$defs/');
  });

  it('has every route with its roles and problem responses', () => {
    expect(doc.openapi).toBe('3.1.0');
    for (const [operationId, route] of Object.entries(ROUTES)) {
      const op = doc.paths[route.path]?.[route.method.toLowerCase()];
      expect(op?.operationId).toBe(operationId);
      if (route.roles === 'public') expect(op?.security).toEqual([]);
      else expect(op?.['x-roles']).toEqual(route.roles);
    }
  });

  it('describes request bodies from the zod contracts', () => {
    const put = doc.paths['/v1/cycles/{year}']?.put as {
      requestBody: {
        content: {
          'application/json': {
            schema: { properties: Record<string, unknown>; required: string[] };
          };
        };
      };
      parameters: { name: string; in: string }[];
    };
    const ref = put.requestBody.content['application/json'].schema as unknown as { $ref: string };
    expect(ref.$ref).toBe('#/components/schemas/PutCycleRequest');
    const schema = (
      doc as unknown as {
        components: {
          schemas: Record<
            string,
            typeof ref & { properties: Record<string, unknown>; required: string[] }
          >;
        };
      }
    ).components.schemas.PutCycleRequest!;
    expect(Object.keys(schema.properties)).toEqual([
      'version',
      'budgetApprovedOn',
      'milestones',
      'notes',
    ]);
    expect(schema.required).toEqual(['version']);
    expect(put.parameters).toContainEqual(expect.objectContaining({ name: 'year', in: 'path' }));
  });
});
