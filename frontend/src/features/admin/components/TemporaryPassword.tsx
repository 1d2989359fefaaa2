import { CopyButton } from '../../../ui/CopyButton';
import { Alert } from '../../../ui/Status';

/** A generated password, shown once, for the admin to hand over. */
export function TemporaryPassword({ name, password }: { name: string; password: string }) {
  return (
    <div className="secret-box">
      <Alert tone="warning" title={`Temporary password for ${name}`}>
        <p>
          This is the only time it is shown. Give it to {name} in person or through a private channel; they must choose a
          new password when they first sign in.
        </p>
      </Alert>
      <div className="secret">
        <code className="secret__value" aria-label="Temporary password">
          {password}
        </code>
        <CopyButton text={password} label="Copy password" />
      </div>
    </div>
  );
}
