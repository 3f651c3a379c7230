import { dropTemplate, prepareTemplate, testDbKind } from './database.js';

export async function setup(): Promise<void> {
  if (testDbKind() === 'postgres') await prepareTemplate();
}

export async function teardown(): Promise<void> {
  if (testDbKind() === 'postgres') await dropTemplate();
}
