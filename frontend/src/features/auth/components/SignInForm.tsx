import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { formatWait, signIn, type SignInResult } from '../../../lib/auth';
import { Button } from '../../../ui/Button';
import { FormErrors, TextField } from '../../../ui/Field';

type SignedIn = Extract<SignInResult, { ok: true }>;

/** Email and password. Errors never reveal whether an account exists. */
export function SignInForm({ onSignedIn }: { onSignedIn: (result: SignedIn) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [retryAt, setRetryAt] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const passwordRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (retryAt === null) return;
    const timer = window.setInterval(() => {
      const current = Date.now();
      setNow(current);
      if (current >= retryAt) {
        setRetryAt(null);
        setError(null);
      }
    }, 1000);
    return () => window.clearInterval(timer);
  }, [retryAt]);

  const waitSeconds = retryAt === null ? 0 : Math.max(0, Math.ceil((retryAt - now) / 1000));

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (!email.trim() || !password) {
      setError('Enter your email and password.');
      return;
    }
    setBusy(true);
    setError(null);
    const result = await signIn(email.trim(), password);
    setBusy(false);
    if (result.ok) {
      onSignedIn(result);
      return;
    }
    if (result.reason === 'rate-limited') {
      const seconds = result.retryAfterSeconds ?? 60;
      setNow(Date.now());
      setRetryAt(Date.now() + seconds * 1000);
      setError(result.message);
    } else {
      setError(result.message);
      if (result.reason === 'invalid-credentials') {
        setPassword('');
        passwordRef.current?.focus();
      }
    }
  }

  const messages = error
    ? [retryAt !== null && waitSeconds > 0 ? `${error} Try again in ${formatWait(waitSeconds)}.` : error]
    : [];

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-describedby="sign-in-help">
      <FormErrors messages={messages} />
      <TextField
        label="Email"
        type="email"
        name="email"
        autoComplete="username"
        inputMode="email"
        required
        autoFocus
        value={email}
        onChange={(event) => setEmail(event.target.value)}
      />
      <TextField
        ref={passwordRef}
        label="Password"
        type="password"
        name="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(event) => setPassword(event.target.value)}
      />
      <Button type="submit" variant="primary" busy={busy} disabled={waitSeconds > 0} className="btn--block">
        Sign in
      </Button>
      <p className="form__footnote muted" id="sign-in-help">
        Forgot your password? Ask an administrator to reset it.
      </p>
    </form>
  );
}
