import { expect, test, type Page } from '@playwright/test';
import { MORGAN, screenshot, signIn } from './support/helpers';
import { emailedLink, latestEmail } from './support/outbox';

test('an admin adds a user, who is emailed a link to choose their own password', async ({ page, browser }) => {
  await signIn(page, MORGAN);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
  await expect(page.getByRole('heading', { name: 'Users', level: 1 })).toBeVisible();
  await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
  await screenshot(page, 'admin-users');

  await page.getByRole('link', { name: 'Add user' }).click();
  const form = page.getByRole('form', { name: 'Add a user' });
  await form.getByLabel('Full name').fill('Robin Example');
  await form.getByLabel('Email').fill('robin.example@tandem.example');
  await form.getByLabel('Job title').fill('Software Engineer');
  await form.getByLabel('Time zone').selectOption('Europe/Berlin');
  // Priya: the other tests count Sam's and Aiko's reports.
  await form.getByRole('combobox', { name: 'Manager' }).fill('Priya');
  await page.getByRole('option', { name: /Priya Raman/ }).click();
  await expect(form).toContainText('Priya Raman');
  await screenshot(page, 'admin-create-user');
  await form.getByRole('button', { name: 'Add user' }).click();

  await expect(page.getByText('Robin Example was added')).toBeVisible();
  await expect(page.getByText('An invitation to choose a password was sent to robin.example@tandem.example')).toBeVisible();
  // The admin never sees a password.
  await expect(page.getByLabel('Temporary password')).toHaveCount(0);
  await screenshot(page, 'admin-user-created');

  await page.getByRole('link', { name: 'Open Robin Example’s account' }).click();
  await expect(page.getByRole('heading', { name: /Robin Example/, level: 1 })).toBeVisible();
  await expect(page.getByLabel('Job title')).toHaveValue('Software Engineer');
  await expect(page.getByText('Priya Raman')).toBeVisible();
  await screenshot(page, 'admin-user');

  await page.getByRole('link', { name: 'Users', exact: true }).click();
  await page.getByLabel('Search users').fill('robin');
  await expect(page.getByRole('row', { name: /Robin Example/ })).toContainText('Priya Raman');

  // Robin follows the invitation from the email and chooses a password only Robin knows.
  const robin = await browser.newPage();
  await robin.goto(emailedLink('robin.example@tandem.example', 'WELCOME', 'welcome'));
  await expect(robin.getByRole('heading', { name: 'Welcome to Tandem', level: 1 })).toBeVisible();
  await screenshot(robin, 'welcome');
  await robin.getByLabel('New password', { exact: true }).fill('a-long-passphrase-for-robin-42');
  await robin.getByLabel('Confirm new password').fill('a-long-passphrase-for-robin-42');
  await robin.getByRole('button', { name: 'Save password' }).click();
  await expect(robin.getByText('Your new password is set. Sign in with it.')).toBeVisible();
  await signIn(robin, 'robin.example@tandem.example', 'a-long-passphrase-for-robin-42');
  await expect(robin.getByRole('heading', { level: 1 })).toContainText('Robin');
  await expect(robin.getByRole('list', { name: 'Your manager' })).toContainText('Priya Raman');
  await robin.close();
});

/** A fresh account made over the API by the signed-in admin; its global ID. */
async function createUser(page: Page, name: string, email: string): Promise<string> {
  const csrf = (await page.context().cookies()).find((cookie) => cookie.name === 'tandem_csrf')?.value ?? '';
  const response = await page.request.post('/graphql', {
    headers: { 'x-csrf-token': csrf },
    data: {
      query: 'mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } errors { message } } }',
      variables: { input: { name, email } },
    },
  });
  const body = (await response.json()) as { data: { createUser: { user: { id: string } | null; errors: { message: string }[] } } };
  expect(body.data.createUser.errors).toEqual([]);
  return body.data.createUser.user?.id ?? '';
}

test('an admin sends a password reset link, and only the person sets the new password', async ({ page, browser }) => {
  await signIn(page, MORGAN);
  const id = await createUser(page, 'Jamie Reset', 'jamie.reset@tandem.example');
  await page.goto(`/admin/users/${id}`);
  await expect(page.getByRole('heading', { name: /Jamie Reset/, level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'Send password reset link' }).click();
  const dialog = page.getByRole('dialog', { name: 'Send Jamie Reset a password reset link?' });
  await expect(dialog).toContainText('jamie.reset@tandem.example');
  await dialog.getByRole('button', { name: 'Send link' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Password reset link sent' })).toContainText(
    'Jamie Reset got an email at jamie.reset@tandem.example',
  );
  // The admin never sees a password.
  await expect(page.getByLabel('Temporary password')).toHaveCount(0);
  await screenshot(page, 'admin-reset-link-sent');

  // Jamie, signed out, follows the link from the email.
  const link = emailedLink('jamie.reset@tandem.example', 'PASSWORD_RESET', 'reset-password');
  const jamie = await browser.newPage();
  await jamie.goto(link);
  await expect(jamie.getByRole('heading', { name: 'Set a new password', level: 1 })).toBeVisible();
  await expect(jamie).toHaveTitle('Set a new password · Tandem');
  // The secret leaves the address bar at once.
  expect(new URL(jamie.url()).hash).toBe('');
  await screenshot(jamie, 'reset-password');
  // A guessable password is refused, saying why.
  await jamie.getByLabel('New password', { exact: true }).fill('12345678901');
  await jamie.getByLabel('Confirm new password').fill('12345678901');
  await jamie.getByRole('button', { name: 'Save new password' }).click();
  await expect(jamie.getByText(/This password is easy to guess\. This is similar to a commonly used password\./)).toBeVisible();
  await jamie.getByLabel('New password', { exact: true }).fill('jamie chose this river stone');
  await jamie.getByLabel('Confirm new password').fill('jamie chose this river stone');
  await jamie.getByRole('button', { name: 'Save new password' }).click();
  await expect(jamie).toHaveURL(/\/sign-in$/);
  await expect(jamie.getByText('Your new password is set. Sign in with it.')).toBeVisible();
  await signIn(jamie, 'jamie.reset@tandem.example', 'jamie chose this river stone');

  // The link works once.
  const again = await browser.newPage();
  await again.goto(link);
  await again.getByLabel('New password', { exact: true }).fill('someone else tries this one');
  await again.getByLabel('Confirm new password').fill('someone else tries this one');
  await again.getByRole('button', { name: 'Save new password' }).click();
  await expect(again.getByRole('alert')).toContainText('expired or was already used');
  await jamie.close();
  await again.close();
});

test('an email change waits for confirmation from the new address', async ({ page, browser }) => {
  await signIn(page, MORGAN);
  const id = await createUser(page, 'Alex Moves', 'alex.moves@tandem.example');
  await page.goto(`/admin/users/${id}`);
  const profile = page.getByRole('form', { name: 'Profile' });
  await profile.getByLabel('Email').fill('alex.new@tandem.example');
  await profile.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('A confirmation link was sent to alex.new@tandem.example.').first()).toBeVisible();
  await expect(profile.getByLabel('Email')).toHaveValue('alex.moves@tandem.example');
  await expect(profile.getByText('Pending: alex.new@tandem.example (waiting for confirmation)')).toBeVisible();
  await screenshot(page, 'admin-email-pending');

  // The old address is told; the new one gets the link.
  expect(latestEmail('alex.moves@tandem.example', 'EMAIL_CHANGE')).toContain('alex.new@tandem.example');
  const link = emailedLink('alex.new@tandem.example', 'EMAIL_CONFIRM', 'confirm-email');
  const inbox = await browser.newPage();
  await inbox.goto(link);
  await expect(inbox.getByRole('heading', { name: 'Confirm your new email address', level: 1 })).toBeVisible();
  await screenshot(inbox, 'confirm-email');
  await inbox.getByRole('button', { name: 'Confirm this email address' }).click();
  await expect(inbox.getByRole('status')).toContainText('Tandem now writes to alex.new@tandem.example');
  await inbox.close();

  await page.reload();
  await expect(page.getByRole('form', { name: 'Profile' }).getByLabel('Email')).toHaveValue('alex.new@tandem.example');
  await expect(page.getByText(/Pending:/)).toHaveCount(0);
});
