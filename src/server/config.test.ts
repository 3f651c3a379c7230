import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration from the environment', () => {
  it('has working defaults for a developer machine', () => {
    const config = loadConfig({} as NodeJS.ProcessEnv);
    expect(config).toMatchObject({ env: 'development', port: 3000, host: '127.0.0.1', databaseUrl: undefined, secureCookies: false });
    expect(config.publicUrl).toBe('http://localhost:3000');
  });

  it('refuses to start in production with the default secret, saying what to do', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' } as NodeJS.ProcessEnv)).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production' } as NodeJS.ProcessEnv)).toThrow(/SESSION_SECRET/);
  });

  it('starts in production with a real secret, secure cookies behind https', () => {
    const config = loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(20) + 'y'.repeat(20), PUBLIC_URL: 'https://imi.example.eu' } as NodeJS.ProcessEnv);
    expect(config.secureCookies).toBe(true);
  });

  it('names every invalid variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', SESSION_SECRET: 'short' } as NodeJS.ProcessEnv)).toThrow(/PORT[\s\S]*SESSION_SECRET|SESSION_SECRET[\s\S]*PORT/);
  });
});
