import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import {
  electronBinaryPaths,
  FUSE_SENTINEL,
  hasFuseSentinel,
  wireMismatches,
} from '../../../../build/packaging/after-pack.ts';
import { fuseConfigFor } from '../../../../build/packaging/fuses.ts';

describe('hasFuseSentinel', () => {
  it('finds the fuse wire marker inside a binary', () => {
    const binary = Buffer.concat([
      Buffer.alloc(1000, 7),
      Buffer.from(FUSE_SENTINEL, 'latin1'),
      Buffer.from([1, 8]),
    ]);
    expect(hasFuseSentinel(binary)).toBe(true);
  });

  it('reports a stand-in (a shell script) as having no fuse wire', () => {
    expect(hasFuseSentinel(Buffer.from('#!/bin/sh\necho stand-in\n'))).toBe(false);
    expect(hasFuseSentinel(Buffer.from(FUSE_SENTINEL.slice(0, -1), 'latin1'))).toBe(false);
  });

  it('reads a view into a larger buffer correctly', () => {
    const whole = Buffer.concat([Buffer.from(FUSE_SENTINEL, 'latin1'), Buffer.alloc(10)]);
    expect(hasFuseSentinel(whole.subarray(5))).toBe(false);
    expect(hasFuseSentinel(whole.subarray(0, FUSE_SENTINEL.length))).toBe(true);
  });
});

describe('electronBinaryPaths', () => {
  const names = { productFilename: 'ALL Chemo Guide', linuxExecutableName: 'all-chemo-kiosk' };
  it('points at the executable on Linux and Windows', () => {
    expect(electronBinaryPaths('/o', 'linux', names).target).toBe(join('/o', 'all-chemo-kiosk'));
    expect(electronBinaryPaths('/o', 'win32', names)).toEqual({
      target: join('/o', 'ALL Chemo Guide.exe'),
      wireFile: join('/o', 'ALL Chemo Guide.exe'),
    });
  });
  it('points at the .app and its Electron Framework on macOS', () => {
    const paths = electronBinaryPaths('/o', 'darwin', names);
    expect(paths.target).toBe(join('/o', 'ALL Chemo Guide.app'));
    expect(paths.wireFile).toBe(
      join(
        '/o',
        'ALL Chemo Guide.app',
        'Contents',
        'Frameworks',
        'Electron Framework.framework',
        'Electron Framework',
      ),
    );
  });
});

describe('wireMismatches', () => {
  const config = fuseConfigFor('linux', 'x64');
  // Wire order: RunAsNode, CookieEncryption, NodeOptions, CliInspect, AsarIntegrity, OnlyAsar, V8Snapshot, FileProtocol.
  const good = { 0: 48, 1: 49, 2: 48, 3: 48, 4: 48, 5: 49, 6: 48, 7: 48 };
  it('accepts a wire that matches the config', () => {
    expect(wireMismatches(config, good)).toEqual([]);
  });
  it('names each fuse that did not take', () => {
    expect(wireMismatches(config, { ...good, 0: 49, 5: 48 })).toEqual([
      'RunAsNode is 49, expected 48',
      'OnlyLoadAppFromAsar is 48, expected 49',
    ]);
  });
  it('treats a missing fuse as wrong', () => {
    const { 7: _dropped, ...short } = good;
    expect(wireMismatches(config, short)).toEqual([
      'GrantFileProtocolExtraPrivileges is undefined, expected 48',
    ]);
  });
});
