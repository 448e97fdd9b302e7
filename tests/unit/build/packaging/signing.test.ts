import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builderConfig, configProblems } from '../../../../build/packaging/builder-config.ts';
import {
  DEFAULT_TIMESTAMP_URL,
  SIGNING_ENV,
  signingPlan,
  signingSecrets,
} from '../../../../build/packaging/signing.ts';

const paths = { outDir: 'out', iconsDir: 'dist/icons', outputDir: 'dist' };
const PFX = { WIN_CSC_LINK: 'TUlJS3NlY3JldC1wZngtYnl0ZXM=', WIN_CSC_KEY_PASSWORD: 'pfx-password-5521' };
const AZURE = {
  KIOSK_AZURE_SIGN_ENDPOINT: 'https://eus.codesigning.azure.net',
  KIOSK_AZURE_SIGN_ACCOUNT: 'kiosk-signing',
  KIOSK_AZURE_SIGN_PROFILE: 'kiosk-public',
  KIOSK_WIN_PUBLISHER_NAME: 'ALL Chemo Guide',
  AZURE_TENANT_ID: 'tenant-id',
  AZURE_CLIENT_ID: 'client-id',
  AZURE_CLIENT_SECRET: 'client-secret-8817',
};

describe('signingPlan', () => {
  it('skips signing visibly when no variable is set', () => {
    const plan = signingPlan({});
    expect(plan.mode).toBe('unsigned');
    expect(plan.errors).toEqual([]);
    expect(plan.messages[0]).toMatch(/^Windows signing: SKIPPED/);
    expect(plan.messages[0]).toContain('WIN_CSC_LINK');
    expect(plan.win).toEqual({ signtoolOptions: null, azureSignOptions: null });
    expect(plan.forceCodeSigning).toBe(false);
  });

  it('fails a release build that would come out unsigned', () => {
    const plan = signingPlan({ KIOSK_REQUIRE_SIGNING: '1' });
    expect(plan.errors).toHaveLength(1);
    expect(plan.errors[0]).toContain('KIOSK_REQUIRE_SIGNING=1');
  });

  it('signs with a .pfx from WIN_CSC_LINK or CSC_LINK, SHA-256 and a time stamp, leaving the secret in the env', () => {
    for (const env of [PFX, { CSC_LINK: '/secure/kiosk.pfx', CSC_KEY_PASSWORD: 'pw-1' }]) {
      const plan = signingPlan({ ...env, KIOSK_REQUIRE_SIGNING: '1' });
      expect(plan.mode).toBe('pfx');
      expect(plan.errors).toEqual([]);
      expect(plan.forceCodeSigning).toBe(true);
      expect(plan.win.signtoolOptions).toEqual({
        signingHashAlgorithms: ['sha256'],
        rfc3161TimeStampServer: DEFAULT_TIMESTAMP_URL,
        publisherName: null,
      });
      expect(plan.win.azureSignOptions).toBeNull();
    }
    expect(
      signingPlan({ ...PFX, KIOSK_TIMESTAMP_URL: 'http://ts.example' }).win.signtoolOptions,
    ).toMatchObject({
      rfc3161TimeStampServer: 'http://ts.example',
    });
  });

  it('signs with a store or token certificate named by its thumbprint', () => {
    const plan = signingPlan({
      KIOSK_WIN_CERT_SHA1: 'ab12cd34',
      KIOSK_WIN_PUBLISHER_NAME: 'ALL Chemo Guide',
    });
    expect(plan.mode).toBe('store');
    expect(plan.win.signtoolOptions).toMatchObject({
      certificateSha1: 'ab12cd34',
      publisherName: 'ALL Chemo Guide',
    });
    expect(signingPlan({ ...PFX, KIOSK_WIN_CERT_SHA1: 'ab12cd34' }).errors.join('\n')).toContain(
      'unset one of them',
    );
  });

  it('warns when a .pfx has no password variable', () => {
    expect(signingPlan({ WIN_CSC_LINK: 'x' }).messages.join('\n')).toContain('empty password');
  });

  it('signs with Azure Trusted Signing from the KIOSK_AZURE_SIGN_* variables', () => {
    const plan = signingPlan(AZURE);
    expect(plan.mode).toBe('azure');
    expect(plan.errors).toEqual([]);
    expect(plan.win.azureSignOptions).toEqual({
      publisherName: 'ALL Chemo Guide',
      endpoint: 'https://eus.codesigning.azure.net',
      codeSigningAccountName: 'kiosk-signing',
      certificateProfileName: 'kiosk-public',
    });
    expect(plan.win.signtoolOptions).toBeNull();
  });

  it('names what is missing from a half-set Azure setup, and refuses both ways at once', () => {
    const half = signingPlan({ KIOSK_AZURE_SIGN_ENDPOINT: AZURE.KIOSK_AZURE_SIGN_ENDPOINT });
    expect(half.errors[0]).toContain('KIOSK_AZURE_SIGN_ACCOUNT');
    expect(half.errors[0]).toContain('AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH');
    expect(half.errors[0]).toContain('KIOSK_WIN_PUBLISHER_NAME');
    expect(signingPlan({ ...PFX, ...AZURE }).errors.join('\n')).toContain('unset one of them');
  });
});

describe('the builder config and signing secrets', () => {
  it('puts the plan into win and never a secret value', () => {
    for (const env of [PFX, AZURE]) {
      const config = builderConfig(paths, signingPlan(env));
      expect(configProblems(config, signingSecrets(env))).toEqual([]);
      for (const secret of signingSecrets(env)) expect(JSON.stringify(config)).not.toContain(secret);
    }
    expect(builderConfig(paths, signingPlan(PFX)).win?.signtoolOptions?.signingHashAlgorithms).toEqual([
      'sha256',
    ]);
    expect(builderConfig(paths, signingPlan(AZURE)).win?.azureSignOptions?.endpoint).toBe(
      AZURE.KIOSK_AZURE_SIGN_ENDPOINT,
    );
  });

  it('flags a config that holds a certificate, a password or a secret value', () => {
    const config = builderConfig(paths, signingPlan(PFX));
    const leaky = {
      ...config,
      win: { ...config.win, signtoolOptions: { certificatePassword: 'pfx-password-5521' } },
    };
    const problems = configProblems(leaky, signingSecrets(PFX));
    expect(problems).toContain(
      'win.signtoolOptions.certificatePassword must not be set: signing secrets come from the environment (docs/deploy.md 2.1)',
    );
    expect(problems.join('\n')).toContain('holds the value of a signing secret');
    expect(configProblems({ ...config, cscLink: 'file.pfx' }).join('\n')).toContain(
      'cscLink must not be set',
    );
  });

  it('the config file electron-builder loads reads the plan from process.env', () => {
    const file = readFileSync('build/packaging/electron-builder.config.ts', 'utf8');
    expect(file).toContain('signingPlan(process.env)');
  });

  it('every variable the plan reads is documented in the deploy guide', () => {
    const guide = readFileSync('docs/deploy.md', 'utf8');
    const names = Object.values(SIGNING_ENV).flat();
    expect(names.filter((name) => !guide.includes(name))).toEqual([]);
  });
});
