import { expect, test } from '@playwright/test';
import { MORGAN, screenshot, signIn } from './support/helpers';

test('an admin creates a user, who must then choose a password', async ({ page, browser }) => {
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
  const password = (await page.getByLabel('Temporary password').textContent())?.trim() ?? '';
  expect(password.length).toBeGreaterThan(7);
  await screenshot(page, 'admin-user-created');

  await page.getByRole('link', { name: 'Open Robin Example’s account' }).click();
  await expect(page.getByRole('heading', { name: /Robin Example/, level: 1 })).toBeVisible();
  await expect(page.getByLabel('Job title')).toHaveValue('Software Engineer');
  await expect(page.getByText('Priya Raman')).toBeVisible();
  await screenshot(page, 'admin-user');

  await page.getByRole('link', { name: 'Users', exact: true }).click();
  await page.getByLabel('Search users').fill('robin');
  await expect(page.getByRole('row', { name: /Robin Example/ })).toContainText('Priya Raman');

  // The new user signs in with the temporary password and must choose their own first.
  const robin = await browser.newPage();
  await robin.goto('/sign-in');
  await robin.getByLabel('Email').fill('robin.example@tandem.example');
  await robin.getByLabel('Password', { exact: true }).fill(password);
  await robin.getByRole('button', { name: 'Sign in' }).click();
  await expect(robin.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
  await expect(robin.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await screenshot(robin, 'forced-password-change');
  await robin.getByLabel('Temporary password').fill(password);
  await robin.getByLabel('New password', { exact: true }).fill('a-long-passphrase-for-robin-42');
  await robin.getByLabel('Confirm new password').fill('a-long-passphrase-for-robin-42');
  await robin.getByRole('button', { name: 'Save password and continue' }).click();
  await expect(robin.getByRole('heading', { level: 1 })).toContainText('Robin');
  await expect(robin.getByRole('list', { name: 'Your manager' })).toContainText('Priya Raman');
  await robin.close();
});
