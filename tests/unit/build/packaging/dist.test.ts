import { describe, expect, it } from 'vitest';
import { explainFailure } from '../../../../build/packaging/dist.ts';

describe('explainFailure', () => {
  it('turns an offline download failure into one plain sentence', () => {
    const output = '  ⨯ getaddrinfo ENOTFOUND github.com  failedTask=build stackTrace=RequestError: …';
    const sentence = explainFailure(output);
    expect(sentence).toMatch(/^npm run dist could not download .* cannot reach github\.com/);
    expect(sentence).toContain('npm run dist:check');
  });

  it('recognises the Go helper’s and proxy errors too', () => {
    expect(explainFailure('dial tcp: lookup github.com: no such host')).not.toBeNull();
    expect(explainFailure('connect ECONNREFUSED 127.0.0.1:9')).not.toBeNull();
  });

  it('leaves other failures to electron-builder’s own message', () => {
    expect(explainFailure('⨯ Application entry file "out/main/index.js" … was not found')).toBeNull();
  });
});
