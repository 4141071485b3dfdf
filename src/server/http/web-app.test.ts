import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheControlOf } from './web-app.js';

describe('how long a browser keeps a file of the web app', () => {
  it('keeps the hashed build assets for good', () => {
    expect(cacheControlOf(path.join('assets', 'index-BH2k9x.js'))).toBe('public, max-age=31536000, immutable');
  });
  it('always asks again for index.html, so a new version is seen at once', () => {
    expect(cacheControlOf('index.html')).toBe('no-cache');
  });
  it('keeps the icons and the manifest, which keep their names, for a day', () => {
    for (const file of ['favicon.ico', 'favicon.svg', 'manifest.webmanifest', 'icon-512.png']) {
      expect(cacheControlOf(file)).toBe('public, max-age=86400');
    }
    expect(cacheControlOf('assets')).toBe('public, max-age=86400');
  });
});
