import type { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import { UPLOAD_PREFIX } from '../../functions/adapters/uploads/upload-store';
import { UploadBucket } from '../../infra/constructs/upload-bucket';
import { acknowledgements, checkedStack, cleanUp, describeFindings, nagFindings } from './support';

type Statement = {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: unknown;
};

describe('UploadBucket', () => {
  let app: App;
  let stack: Stack;
  let uploads: UploadBucket;
  let template: Template;
  const bucketId = () => stack.getLogicalId(uploads.bucket.node.defaultChild as never);

  beforeAll(() => {
    ({ app, stack } = checkedStack());
    uploads = new UploadBucket(stack, 'Uploads');
    const api = new iam.Role(stack, 'Api', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
    });
    uploads.grantUploads(api);
    template = Template.fromStack(stack);
  });

  afterAll(() => cleanUp(app));

  it('is private: all public access blocked, objects owned by the bucket, S3-managed encryption', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [
          { ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } },
        ],
      },
    });
  });

  it('refuses every request that is not over TLS', () => {
    const [policy] = Object.values(template.findResources('AWS::S3::BucketPolicy'));
    const statements = policy?.Properties.PolicyDocument.Statement as Statement[];

    expect(statements).toContainEqual(
      expect.objectContaining({
        Effect: 'Deny',
        Action: 's3:*',
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      }),
    );
  });

  it('deletes uploads and aborts unfinished multipart uploads after one day', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      LifecycleConfiguration: {
        Rules: [
          {
            Id: 'expire-uploads',
            Status: 'Enabled',
            ExpirationInDays: 1,
            AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 },
          },
        ],
      },
    });
  });

  it('lets browsers PUT from any origin with the signed Content-Type, and read the ETag', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      CorsConfiguration: {
        CorsRules: [
          {
            AllowedMethods: ['PUT'],
            AllowedOrigins: ['*'],
            AllowedHeaders: ['content-type', 'content-length'],
            ExposedHeaders: ['ETag'],
            MaxAge: 3000,
          },
        ],
      },
    });
  });

  it('grants Put/Get/DeleteObject on uploads/* of this bucket only: no listing, no s3:*', () => {
    const [policy] = Object.values(template.findResources('AWS::IAM::Policy'));
    const statements = policy?.Properties.PolicyDocument.Statement as Statement[];

    expect(statements).toEqual([
      {
        Effect: 'Allow',
        Action: ['s3:DeleteObject', 's3:GetObject', 's3:PutObject'],
        Resource: {
          'Fn::Join': ['', [{ 'Fn::GetAtt': [bucketId(), 'Arn'] }, `/${UPLOAD_PREFIX}*`]],
        },
      },
    ]);
  });

  it('passes cdk-nag, acknowledging S1 and the uploads/* wildcard with their reasons', () => {
    const acks = acknowledgements(app);

    expect(describeFindings(nagFindings(app))).toEqual([]);
    expect(acks.map((a) => `${a.id} @ ${a.path}`).sort()).toEqual(
      [
        'AwsSolutions-S1 @ Test/Uploads/Bucket',
        `AwsSolutions-IAM5[Resource::<${bucketId()}.Arn>/uploads/*] @ Test/Api/DefaultPolicy`,
      ].sort(),
    );
    expect(acks.find((a) => a.id === 'AwsSolutions-S1')?.reason).toMatch(
      /deleted within a day.*CloudTrail data events/s,
    );
  });
});
