import { MANAGEMENT, type RouteSpec } from './route-spec';
import { CreateUploadRequest, UploadTarget } from './uploads';

/** Uploads feed survey imports, so the survey managers may make them. */
const UPLOADERS = ['unitHead', ...MANAGEMENT, 'admin'] as const;

/** Large files go straight to storage through a pre-signed URL, past API Gateway's 10 MB. */
export const UPLOAD_ROUTES = {
  createUpload: {
    method: 'POST',
    path: '/v1/uploads',
    summary:
      'A pre-signed URL to PUT a file of up to 50 MB; then name it with ?upload= (survey import preview and commit)',
    tag: 'uploads',
    roles: UPLOADERS,
    body: CreateUploadRequest,
    response: UploadTarget,
    status: 201,
  },
} as const satisfies Record<string, RouteSpec>;
