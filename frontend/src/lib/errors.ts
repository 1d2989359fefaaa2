/** The `extensions.code` values the API puts on GraphQL errors. */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'INTERNAL';

interface ErrorLike {
  message: string;
  extensions?: Record<string, unknown> | null;
}

interface CombinedErrorLike {
  graphQLErrors: readonly ErrorLike[];
  networkError?: Error | undefined;
}

export type ErrorKind =
  | { kind: 'unauthenticated' }
  | { kind: 'password-change-required' }
  | { kind: 'forbidden' }
  | { kind: 'not-found' }
  | { kind: 'bad-input'; message: string }
  | { kind: 'network' }
  | { kind: 'internal' };

/** Sorts an urql CombinedError into what the user interface does about it (most important first). */
export function classifyError(error: CombinedErrorLike): ErrorKind {
  const codes = error.graphQLErrors.map((e) => ({
    code: e.extensions?.code,
    reason: e.extensions?.reason,
    message: e.message,
  }));
  if (codes.some((c) => c.code === 'UNAUTHENTICATED')) return { kind: 'unauthenticated' };
  if (codes.some((c) => c.code === 'FORBIDDEN' && c.reason === 'PASSWORD_CHANGE_REQUIRED')) {
    return { kind: 'password-change-required' };
  }
  if (codes.some((c) => c.code === 'FORBIDDEN')) return { kind: 'forbidden' };
  if (codes.some((c) => c.code === 'NOT_FOUND')) return { kind: 'not-found' };
  const badInput = codes.find((c) => c.code === 'BAD_USER_INPUT');
  if (badInput) return { kind: 'bad-input', message: badInput.message };
  if (error.graphQLErrors.length === 0 && error.networkError) return { kind: 'network' };
  return { kind: 'internal' };
}

/** A sentence safe to show for an error we did not expect. */
export function describeError(error: CombinedErrorLike): string {
  const kind = classifyError(error);
  switch (kind.kind) {
    case 'unauthenticated':
      return 'Your session has ended. Please sign in again.';
    case 'password-change-required':
      return 'You need to choose a new password before going on.';
    case 'forbidden':
      return 'You do not have access to this.';
    case 'not-found':
      return 'This could not be found.';
    case 'bad-input':
      return kind.message;
    case 'network':
      return 'Tandem cannot be reached. Check your connection and try again.';
    case 'internal':
      return 'Something went wrong on our side. Please try again.';
  }
}

/** A typed mutation error, as in every `*Payload.errors`. */
export interface PayloadError {
  field: string | null;
  message: string;
}

export interface FormErrors {
  /** Messages per input field name (camelCase, as the API names them). */
  fields: Partial<Record<string, string>>;
  /** Messages about the whole form, or about fields this form does not show. */
  form: string[];
}

export const noFormErrors: FormErrors = { fields: {}, form: [] };

/**
 * Places payload errors next to the fields they name. Errors without a field, or naming a field the
 * form does not show (when `shownFields` is given), go to the top of the form so none is lost.
 * Several errors on one field are joined.
 */
export function toFormErrors(
  errors: readonly PayloadError[],
  shownFields?: readonly string[],
): FormErrors {
  const fields: Partial<Record<string, string>> = {};
  const form: string[] = [];
  for (const { field, message } of errors) {
    const name = field ? normaliseField(field) : null;
    if (name && (!shownFields || shownFields.includes(name))) {
      const existing = fields[name];
      fields[name] = existing ? `${existing} ${message}` : message;
    } else {
      form.push(message);
    }
  }
  return { fields, form };
}

export function hasFormErrors(errors: FormErrors): boolean {
  return errors.form.length > 0 || Object.keys(errors.fields).length > 0;
}

/** `input.newPassword` and `newPassword` name the same field. */
function normaliseField(field: string): string {
  return field.startsWith('input.') ? field.slice('input.'.length) : field;
}
