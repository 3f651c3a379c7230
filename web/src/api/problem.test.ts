import { describe, expect, it } from 'vitest';
import { ApiError, fieldErrorsByPointer, problemFromBody } from './problem';

describe('problem documents', () => {
  it('reads code, title, detail and field errors', () => {
    const error = problemFromBody(400, {
      type: 'urn:openimi:problem:validation',
      code: 'validation',
      title: 'Invalid input',
      detail: 'One field is not valid.',
      status: 400,
      errors: [{ pointer: '/email', in: 'body', code: 'invalid_format', message: 'Invalid email' }],
    });
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.code).toBe('validation');
    expect(error.detail).toBe('One field is not valid.');
    expect(error.errors).toEqual([{ pointer: '/email', in: 'body', code: 'invalid_format', message: 'Invalid email' }]);
  });

  it('falls back to the type when there is no code, and copes with bodies that are not problems', () => {
    expect(problemFromBody(409, { type: 'urn:openimi:problem:conflict' }).code).toBe('conflict');
    expect(problemFromBody(502, 'Bad gateway').code).toBe('internal');
    expect(problemFromBody(404, null).code).toBe('http');
  });

  it('keys field errors by pointer, relative to a prefix', () => {
    const error = new ApiError({
      status: 400,
      code: 'validation',
      errors: [
        { pointer: '/authority/names/0/name', code: 'too_small', message: 'short' },
        { pointer: '/authority/names/0/name', code: 'custom', message: 'second' },
        { pointer: '/administrator/email', code: 'invalid_format', message: 'bad' },
      ],
    });
    expect(Object.keys(fieldErrorsByPointer(error))).toEqual(['/authority/names/0/name', '/administrator/email']);
    expect(fieldErrorsByPointer(error, '/authority')['/names/0/name']?.message).toBe('short');
    expect(fieldErrorsByPointer(error, '/administrator')['/email']?.code).toBe('invalid_format');
    expect(fieldErrorsByPointer(new Error('x'))).toEqual({});
  });
});
