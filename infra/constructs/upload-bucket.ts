import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { UPLOAD_PREFIX } from '../../functions/adapters/uploads/upload-store';

export interface UploadBucketProps {
  /**
   * How long an upload is kept before the lifecycle rule deletes it (and aborts unfinished
   * multipart uploads). The API treats older uploads as gone too (`UPLOAD_TTL_MS`).
   * @default Duration.days(1)
   */
  readonly expiry?: Duration;
  /**
   * Origins allowed to PUT from a browser (the Sheets add-on's sidebar, a web page).
   * @default ['*'] - any: a pre-signed URL is the credential, not the origin
   */
  readonly allowedOrigins?: string[];
  /**
   * What happens to the bucket when it leaves the stack. Objects live a day at most.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
}

/**
 * The bucket for large files clients PUT through pre-signed URLs (`POST /v1/uploads`), past API
 * Gateway's 10 MB and Lambda's 6 MB payload limits: private (all public access blocked, TLS
 * only), S3-managed encryption, objects under `uploads/{org}/{id}` deleted after a day.
 */
export class UploadBucket extends Construct {
  readonly bucket: s3.Bucket;

  constructor(scope: Construct, id: string, props: UploadBucketProps = {}) {
    super(scope, id);
    const expiry = props.expiry ?? Duration.days(1);
    this.bucket = new s3.Bucket(this, 'Bucket', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: s3.BucketEncryption.S3_MANAGED,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      versioned: false,
      lifecycleRules: [
        {
          id: 'expire-uploads',
          enabled: true,
          expiration: expiry,
          abortIncompleteMultipartUploadAfter: expiry,
        },
      ],
      cors: [
        {
          allowedMethods: [s3.HttpMethods.PUT],
          allowedOrigins: props.allowedOrigins ?? ['*'],
          // The signed headers a browser may set (it sets Content-Length itself).
          allowedHeaders: ['content-type', 'content-length'],
          exposedHeaders: ['ETag'],
          maxAge: 3000,
        },
      ],
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
    });
    Validations.of(this.bucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'Transient uploads, deleted within a day by the lifecycle rule and after a successful ' +
        'import; CloudTrail data events cover access where an account needs an object-level ' +
        'trail. An access-log bucket would keep more than the uploads themselves do.',
    });
  }

  get bucketName(): string {
    return this.bucket.bucketName;
  }

  /**
   * Grants exactly what `S3UploadStore` calls on `uploads/*`: `PutObject` (to pre-sign the PUT:
   * the URL carries the function's authority), `GetObject`, `DeleteObject`. No listing.
   */
  grantUploads(grantee: iam.IGrantable): void {
    const objects = this.bucket.arnForObjects(`${UPLOAD_PREFIX}*`);
    grantee.grantPrincipal.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ['s3:PutObject', 's3:GetObject', 's3:DeleteObject'],
        resources: [objects],
      }),
    );
    const policy = (grantee.grantPrincipal as { node?: Construct['node'] }).node?.tryFindChild(
      'DefaultPolicy',
    );
    if (policy) {
      const logicalId = Stack.of(this).getLogicalId(this.bucket.node.defaultChild as s3.CfnBucket);
      Validations.of(policy).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${logicalId}.Arn>/${UPLOAD_PREFIX}*]`,
        reason:
          'Upload object keys are random per upload (uploads/{org}/{128-bit id}), so no fixed ' +
          'resource can be named; the statement reaches only the uploads/ prefix of this one ' +
          'bucket and only Put/Get/DeleteObject (no listing).',
      });
    }
  }
}
