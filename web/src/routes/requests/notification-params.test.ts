import { describe, expect, it } from 'vitest';
import { notificationParams } from './notification-params';

describe('the parameters of a notification sentence', () => {
  const day = (value: string) => `on ${value}`;
  it('writes calendar days in the reader notation and keeps the rest', () => {
    expect(notificationParams({ reference: 'REQ-2026-0001', deadline: '2026-04-01', authority: 'Ordem' }, day)).toEqual({
      reference: 'REQ-2026-0001', subject: '', authority: 'Ordem', deadline: 'on 2026-04-01',
    });
  });

  it('fills what the server left out', () => {
    expect(notificationParams({}, day)).toEqual({ reference: '', subject: '', authority: '', deadline: '' });
  });
});
