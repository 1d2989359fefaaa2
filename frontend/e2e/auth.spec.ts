import { expect, test } from '@playwright/test';
import { SAM, screenshot, signIn } from './support/helpers';

test('signing in as Sam shows his five reports on Home', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('heading', { name: 'Sign in to Tandem' })).toBeVisible();
  await screenshot(page, 'sign-in');

  await signIn(page, SAM);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Sam');
  const reports = page.getByRole('list', { name: 'Your reports' }).getByRole('listitem');
  await expect(reports).toHaveCount(5);
  await expect(page.getByRole('list', { name: 'Your manager' })).toContainText('Priya Raman');
  await screenshot(page, 'home');

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole('button', { name: 'Menu' })).toBeVisible();
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' })).toBeVisible();
  await screenshot(page, 'home-narrow');
});

test('a wrong password shows an error and keeps the person on the sign-in page', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(SAM);
  await page.getByLabel('Password', { exact: true }).fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('do not match');
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByLabel('Password', { exact: true })).toHaveValue('');
  await screenshot(page, 'sign-in-error');
});

test('a deep link survives signing in, and signing out returns to the sign-in page', async ({ page }) => {
  await page.goto('/settings');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fsettings$/);
  await page.getByLabel('Email').fill(SAM);
  await page.getByLabel('Password', { exact: true }).fill('tandem-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByText('You are signed out.')).toBeVisible();
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in$/);
});
