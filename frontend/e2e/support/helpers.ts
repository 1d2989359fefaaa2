import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, type Locator, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'tandem-demo';
export const SAM = 'sam.carter@tandem.example';
export const PRIYA = 'priya.raman@tandem.example';
export const MORGAN = 'morgan.lee@tandem.example';
export const GRACE = 'grace.kim@tandem.example';

const screenshotDir = fileURLToPath(new URL('../screenshots/', import.meta.url));

/** Signs in through the sign-in page and waits for the app frame. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out', exact: true })).toBeVisible();
}

/** Full-page screenshot into e2e/screenshots/ (gitignored) for looking at the pages. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  // From the top, or the sticky header lands mid-page in a full-page capture.
  await page.evaluate(() => {
    window.scrollTo(0, 0);
  });
  await page.screenshot({ path: `${screenshotDir}${name}.png`, fullPage: true });
}

/** A screenshot of one part of the page (a panel, a card), into e2e/screenshots/. */
export async function screenshotOf(locator: Locator, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await locator.screenshot({ path: `${screenshotDir}${name}.png` });
}
