import { describe, expect, it } from 'vitest';
import { classifyError, describeError, hasFormErrors, toFormErrors } from './errors';

describe('toFormErrors', () => {
  it('puts field errors next to their field and null-field errors at the top', () => {
    const result = toFormErrors([
      { field: 'email', message: 'Already taken.' },
      { field: null, message: 'Try again later.' },
    ]);
    expect(result).toEqual({ fields: { email: 'Already taken.' }, form: ['Try again later.'] });
    expect(hasFormErrors(result)).toBe(true);
  });

  it('joins several messages for one field', () => {
    const result = toFormErrors([
      { field: 'newPassword', message: 'Too short.' },
      { field: 'newPassword', message: 'Too common.' },
    ]);
    expect(result.fields.newPassword).toBe('Too short. Too common.');
  });

  it('sends errors for fields the form does not show to the top', () => {
    const result = toFormErrors([{ field: 'managerId', message: 'Would make a cycle.' }], ['name', 'email']);
    expect(result.fields).toEqual({});
    expect(result.form).toEqual(['Would make a cycle.']);
  });

  it('accepts input-prefixed field paths', () => {
    expect(toFormErrors([{ field: 'input.name', message: 'Required.' }], ['name']).fields).toEqual({
      name: 'Required.',
    });
  });

  it('reports no errors for an empty list', () => {
    expect(hasFormErrors(toFormErrors([]))).toBe(false);
  });
});

describe('classifyError', () => {
  const gql = (code: string, extra: Record<string, unknown> = {}) => ({
    graphQLErrors: [{ message: 'x', extensions: { code, ...extra } }],
  });

  it('recognises a forced password change before a plain FORBIDDEN', () => {
    expect(classifyError(gql('FORBIDDEN', { reason: 'PASSWORD_CHANGE_REQUIRED' }))).toEqual({
      kind: 'password-change-required',
    });
    expect(classifyError(gql('FORBIDDEN'))).toEqual({ kind: 'forbidden' });
  });

  it('puts UNAUTHENTICATED first among several errors', () => {
    expect(
      classifyError({
        graphQLErrors: [
          { message: 'a', extensions: { code: 'NOT_FOUND' } },
          { message: 'b', extensions: { code: 'UNAUTHENTICATED' } },
        ],
      }),
    ).toEqual({ kind: 'unauthenticated' });
  });

  it('tells network failures from server failures', () => {
    expect(classifyError({ graphQLErrors: [], networkError: new Error('fetch failed') })).toEqual({
      kind: 'network',
    });
    expect(classifyError(gql('INTERNAL'))).toEqual({ kind: 'internal' });
    expect(classifyError({ graphQLErrors: [{ message: 'no code' }] })).toEqual({ kind: 'internal' });
  });

  it('shows BAD_USER_INPUT messages as they are', () => {
    expect(describeError({ graphQLErrors: [{ message: 'first must be ≤ 100', extensions: { code: 'BAD_USER_INPUT' } }] })).toBe(
      'first must be ≤ 100',
    );
  });
});
