// Code signing as a function of the environment: which electron-builder options to set, and what to tell the
// person building. The certificate, its password and the cloud credentials stay in the environment, where
// electron-builder (and Azure's EnvironmentCredential) read them; the config only ever holds names and URLs.
import type { WindowsConfiguration } from 'electron-builder';

export type SigningEnv = Readonly<Record<string, string | undefined>>;

/** Environment variables this build reads for signing (secret ones marked): the docs and tests use this list. */
export const SIGNING_ENV = {
  /** Authenticode .pfx, path or base64 (secret): electron-builder reads WIN_CSC_LINK first, then CSC_LINK. */
  pfx: ['WIN_CSC_LINK', 'CSC_LINK'],
  /** The .pfx password (secret): WIN_CSC_KEY_PASSWORD first, then CSC_KEY_PASSWORD. */
  pfxPassword: ['WIN_CSC_KEY_PASSWORD', 'CSC_KEY_PASSWORD'],
  /** Azure Trusted Signing: endpoint, account, certificate profile (not secret). */
  azure: ['KIOSK_AZURE_SIGN_ENDPOINT', 'KIOSK_AZURE_SIGN_ACCOUNT', 'KIOSK_AZURE_SIGN_PROFILE'],
  /** Microsoft Entra credentials for Azure Trusted Signing (the secret or certificate is secret). */
  azureCredentials: ['AZURE_TENANT_ID', 'AZURE_CLIENT_ID'],
  azureSecret: ['AZURE_CLIENT_SECRET', 'AZURE_CLIENT_CERTIFICATE_PATH'],
  /** SHA-1 thumbprint of a certificate in the Windows store or on a USB token/HSM (not secret). */
  thumbprint: 'KIOSK_WIN_CERT_SHA1',
  /** Publisher name exactly as in the certificate's subject CN (required for Azure, optional for a .pfx). */
  publisher: 'KIOSK_WIN_PUBLISHER_NAME',
  /** RFC 3161 time-stamp server for .pfx signing. */
  timestamp: 'KIOSK_TIMESTAMP_URL',
  /** Set to 1 on release builds: a build that would come out unsigned fails instead. */
  require: 'KIOSK_REQUIRE_SIGNING',
} as const;

/** electron-builder's own default RFC 3161 server, written out so the build log shows which one is used. */
export const DEFAULT_TIMESTAMP_URL = 'http://timestamp.digicert.com';

export type SigningPlan = {
  mode: 'pfx' | 'store' | 'azure' | 'unsigned';
  /** Merged into the builder config's `win`. */
  win: Pick<WindowsConfiguration, 'signtoolOptions' | 'azureSignOptions'>;
  /** electron-builder's `forceCodeSigning`: fail rather than ship an unsigned Windows build. */
  forceCodeSigning: boolean;
  /** Lines to print before building, so a skipped signature is never silent. */
  messages: string[];
  /** Why the environment cannot work; `npm run dist` stops on any. */
  errors: string[];
};

/** The plan for an environment with no signing variables at all (unit tests, `npm run dist:check`). */
export const UNSIGNED_ENV: SigningEnv = {};

const present = (env: SigningEnv, name: string): boolean => (env[name] ?? '').trim() !== '';

export function signingPlan(env: SigningEnv): SigningPlan {
  const errors: string[] = [];
  const messages: string[] = [];
  const hasPfx = SIGNING_ENV.pfx.some((n) => present(env, n));
  const thumbprint = env[SIGNING_ENV.thumbprint]?.trim() || null;
  const azureSet = SIGNING_ENV.azure.filter((n) => present(env, n));
  const required = env[SIGNING_ENV.require] === '1';
  const publisher = env[SIGNING_ENV.publisher]?.trim() || null;

  const linux =
    'Linux .deb: not signed by electron-builder (it has no .deb signing); sign the apt repository or ' +
    'SHA256SUMS with GPG (docs/deploy.md 2.1).';

  const ways = [hasPfx, thumbprint !== null, azureSet.length > 0].filter(Boolean).length;
  if (ways > 1) {
    errors.push(
      `Windows signing: more than one of a .pfx (${SIGNING_ENV.pfx.join('/')}), a store certificate ` +
        `(${SIGNING_ENV.thumbprint}) and Azure Trusted Signing (${SIGNING_ENV.azure.join(', ')}) is set; ` +
        'unset one of them.',
    );
  }

  if (azureSet.length > 0 && !hasPfx && thumbprint === null) {
    const missing = [
      ...SIGNING_ENV.azure.filter((n) => !present(env, n)),
      ...SIGNING_ENV.azureCredentials.filter((n) => !present(env, n)),
      ...(SIGNING_ENV.azureSecret.some((n) => present(env, n)) ? [] : [SIGNING_ENV.azureSecret.join(' or ')]),
      ...(publisher === null ? [SIGNING_ENV.publisher] : []),
    ];
    if (missing.length > 0) {
      errors.push(`Windows signing: Azure Trusted Signing is half set up; also set ${missing.join(', ')}.`);
    }
    messages.push(
      `Windows signing: Azure Trusted Signing, account ${env.KIOSK_AZURE_SIGN_ACCOUNT ?? '?'}, profile ` +
        `${env.KIOSK_AZURE_SIGN_PROFILE ?? '?'} (needs PowerShell's TrustedSigning module on this machine).`,
      linux,
    );
    return {
      mode: 'azure',
      win: {
        signtoolOptions: null,
        azureSignOptions: {
          publisherName: publisher ?? '',
          endpoint: env.KIOSK_AZURE_SIGN_ENDPOINT ?? '',
          codeSigningAccountName: env.KIOSK_AZURE_SIGN_ACCOUNT ?? '',
          certificateProfileName: env.KIOSK_AZURE_SIGN_PROFILE ?? '',
        },
      },
      forceCodeSigning: required,
      messages,
      errors,
    };
  }

  if (thumbprint !== null && !hasPfx) {
    const stamp = env[SIGNING_ENV.timestamp]?.trim() || DEFAULT_TIMESTAMP_URL;
    messages.push(
      `Windows signing: Authenticode with the certificate ${thumbprint} from the Windows store (a USB token or ` +
        `HSM must be plugged in and unlocked), SHA-256, time-stamped by ${stamp}.`,
      linux,
    );
    return {
      mode: 'store',
      win: {
        signtoolOptions: {
          certificateSha1: thumbprint,
          signingHashAlgorithms: ['sha256'],
          rfc3161TimeStampServer: stamp,
          publisherName: publisher,
        },
        azureSignOptions: null,
      },
      forceCodeSigning: required,
      messages,
      errors,
    };
  }

  if (hasPfx) {
    if (!SIGNING_ENV.pfxPassword.some((n) => present(env, n))) {
      messages.push(
        `Windows signing: no ${SIGNING_ENV.pfxPassword.join(' or ')} set; electron-builder will try an empty password.`,
      );
    }
    const from = SIGNING_ENV.pfx.find((n) => present(env, n));
    messages.push(
      `Windows signing: Authenticode with the certificate in ${from}, SHA-256, time-stamped by ` +
        `${env[SIGNING_ENV.timestamp]?.trim() || DEFAULT_TIMESTAMP_URL}.`,
      linux,
    );
    return {
      mode: 'pfx',
      win: {
        signtoolOptions: {
          signingHashAlgorithms: ['sha256'],
          rfc3161TimeStampServer: env[SIGNING_ENV.timestamp]?.trim() || DEFAULT_TIMESTAMP_URL,
          publisherName: publisher,
        },
        azureSignOptions: null,
      },
      forceCodeSigning: required,
      messages,
      errors,
    };
  }

  if (required) {
    errors.push(
      `${SIGNING_ENV.require}=1 but no signing is set up: set ${SIGNING_ENV.pfx.join(' or ')} (with ` +
        `${SIGNING_ENV.pfxPassword.join(' or ')}), ${SIGNING_ENV.thumbprint}, or ${SIGNING_ENV.azure.join(', ')}.`,
    );
  }
  messages.push(
    `Windows signing: SKIPPED: none of ${[...SIGNING_ENV.pfx, SIGNING_ENV.thumbprint, ...SIGNING_ENV.azure].join(', ')} is set, so the ` +
      'installer and the exe will be unsigned (SmartScreen warns; many hospital policies refuse them).',
    linux,
  );
  return {
    mode: 'unsigned',
    win: { signtoolOptions: null, azureSignOptions: null },
    forceCodeSigning: false,
    messages,
    errors,
  };
}

/** Every secret value in the environment, so a check can prove none reached the config. */
export function signingSecrets(env: SigningEnv): string[] {
  return [...SIGNING_ENV.pfx, ...SIGNING_ENV.pfxPassword, ...SIGNING_ENV.azureSecret]
    .map((n) => env[n]?.trim() ?? '')
    .filter((v) => v !== '');
}
