import { expect, test, type Browser, type Page } from '@playwright/test';
import { GRACE, SAM, screenshot, screenshotOf, signIn } from './support/helpers';

test.use({ locale: 'en-US' });

const SAM_ZONE = 'America/New_York';

/** Date ("YYYY-MM-DD") and time ("HH:MM") in `timeZone` of `at`. */
function wallClock(at: Date, timeZone: string): { date: string; time: string } {
  const date = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
  return { date, time };
}

async function open(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

/** Sam creates a 1:1 with Grace whose first meeting starts in about 20 minutes, and opens that meeting. */
async function startsSoon(sam: Page, title: string, repeats: 'WEEKLY' | 'ONCE'): Promise<void> {
  const start = new Date(Math.ceil((Date.now() + 20 * 60_000) / 300_000) * 300_000);
  const { date, time } = wallClock(start, SAM_ZONE);
  await sam.goto('/one-on-ones/new');
  await sam.getByRole('combobox', { name: 'With' }).fill('grace');
  await sam.getByRole('option', { name: /Grace Kim/ }).click();
  await sam.getByLabel('Title').fill(title);
  await sam.getByLabel('First meeting').fill(date);
  await sam.getByLabel('Start time').fill(time);
  await expect(sam.getByLabel('Time zone')).toHaveValue(SAM_ZONE);
  await sam.getByLabel('Repeats').selectOption(repeats);
  await sam.getByRole('button', { name: 'Create 1:1' }).click();
  await expect(sam.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  await sam.getByRole('region', { name: 'Next meeting' }).getByRole('link', { name: 'Open meeting' }).click();
  await expect(sam.getByRole('heading', { name: new RegExp(title), level: 1 })).toBeVisible();
}

async function addTalkingPoint(page: Page, text: string): Promise<void> {
  const agenda = page.getByRole('region', { name: 'Agenda' });
  const addPoint = agenda.getByRole('form', { name: 'Add talking point', exact: true });
  await addPoint.getByRole('textbox').fill(text);
  await addPoint.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(agenda.getByRole('textbox', { name: /^Talking point \d+$/ }).last()).toHaveValue(text);
}

test('an unchecked talking point and an open action item appear on the next meeting after the first is ended', async ({ browser }) => {
  // Given a new weekly 1:1 of Sam with Grace whose first meeting starts in about 20 minutes.
  const sam = await open(browser, SAM);
  const title = `Sam / Grace: carry-over ${Date.now()}`;
  await startsSoon(sam, title, 'WEEKLY');
  const firstMeeting = sam.url();

  // And in it an unchecked talking point and an open action item for Grace, due yesterday.
  await addTalkingPoint(sam, 'Plan the team offsite');

  const actions = sam.getByRole('region', { name: /^Action items/ });
  const yesterday = wallClock(new Date(Date.now() - 36 * 3600_000), SAM_ZONE).date;
  await actions.getByLabel('New action item').fill('Book the offsite venue');
  await actions.getByLabel('Assignee').selectOption({ label: 'Grace Kim' });
  await actions.getByLabel('Due (optional)').fill(yesterday);
  await actions.getByLabel('From talking point (optional)').selectOption({ label: 'Plan the team offsite' });
  await actions.getByRole('button', { name: 'Add action item' }).click();
  const item = actions.getByRole('list', { name: 'Action items from this meeting' }).getByRole('listitem').filter({ hasText: 'Book the offsite venue' });
  await expect(item).toContainText('Grace Kim');
  await expect(item).toContainText('From “Plan the team offsite”');
  await expect(item).toContainText('Overdue');
  await screenshotOf(actions, 'action-items-card');

  // (An edit of its title shows at once.)
  await item.getByRole('button', { name: 'Edit “Book the offsite venue”' }).click();
  await actions.getByRole('form', { name: 'Edit “Book the offsite venue”' }).getByLabel('Title').fill('Book the offsite venue and catering');
  await actions.getByRole('form', { name: 'Edit “Book the offsite venue”' }).getByRole('button', { name: 'Save' }).click();
  await expect(actions.getByRole('checkbox', { name: 'Book the offsite venue and catering' })).toBeVisible();

  // When Sam ends the meeting.
  await sam.getByRole('button', { name: 'End now' }).click();
  await expect(sam.getByRole('heading', { level: 1 })).toContainText('Held');

  // Then the next meeting has the point, carried over, and the item under "Follow up".
  await sam.getByRole('link', { name: 'Back to the series' }).click();
  await sam.getByRole('region', { name: 'Next meeting' }).getByRole('link', { name: 'Open meeting' }).click();
  await expect.poll(() => sam.url()).not.toBe(firstMeeting);
  const carried = sam.getByRole('region', { name: 'Agenda' }).getByRole('textbox', { name: /^Talking point \d+$/ });
  await expect.poll(async () => (await carried.evaluateAll((fields) => fields.map((field) => (field as HTMLTextAreaElement).value))).includes('Plan the team offsite')).toBe(true);
  const followUp = sam.getByRole('region', { name: /^Follow up on action items from the prior 1:1/ });
  await expect(followUp.getByRole('listitem').filter({ hasText: 'Book the offsite venue' })).toContainText('Overdue');
  // And the previous meeting's action items beside it.
  await expect(sam.getByRole('region', { name: 'Last time' })).toContainText('Book the offsite venue');
  await screenshot(sam, 'action-items-follow-up');

  // And Grace's home lists it among her action items, overdue.
  const grace = await open(browser, GRACE);
  const yours = grace.getByRole('region', { name: /^Your action items/ });
  const onHome = yours.getByRole('listitem').filter({ hasText: 'Book the offsite venue' });
  await expect(onHome).toContainText('Overdue');
  await expect(onHome.getByRole('link', { name: new RegExp(title) })).toBeVisible();
  await screenshotOf(yours, 'home-action-items');

  // When she completes it there, it leaves her open list, and Sam's first meeting says who did it.
  await onHome.getByRole('checkbox', { name: 'Book the offsite venue' }).check();
  await expect(yours.getByText('Book the offsite venue')).toHaveCount(0);
  await sam.goto(firstMeeting);
  const done = sam.getByRole('region', { name: /^Action items/ }).getByRole('listitem').filter({ hasText: 'Book the offsite venue' });
  await expect(done).toContainText(/Done by Grace Kim on \w{3}, \w{3} \d+/);
  await expect(done).not.toContainText('Overdue');
  await expect(done.getByRole('checkbox', { name: 'Book the offsite venue' })).toBeChecked();
});

test('home lists the open action items assigned to the viewer, each leading to its meeting', async ({ page }) => {
  // Given Sam, who was given action items in his recent 1:1s.
  await signIn(page, SAM);

  // Then his home lists them, with the 1:1 and meeting each came from.
  const yours = page.getByRole('region', { name: /^Your action items/ });
  const items = yours.getByRole('list', { name: 'Your open action items' }).getByRole('listitem');
  await expect(items).not.toHaveCount(0);
  const fromGrace = items.filter({ has: page.getByRole('link', { name: /^Sam \/ Grace, / }) }).first();
  const title = (await fromGrace.locator('label').textContent()) ?? '';
  expect(title).not.toBe('');
  await screenshot(page, 'home-action-items-page');

  // When he follows one, its meeting opens with the item among its action items.
  await fromGrace.getByRole('link', { name: /^Sam \/ Grace, / }).click();
  await expect(page.getByRole('heading', { name: /Sam \/ Grace/, level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Action items/ }).getByRole('checkbox', { name: title })).not.toBeChecked();
});

test('a one-time 1:1 keeps its unchecked talking points and open action items on its page once ended', async ({ browser }) => {
  // Given a one-time 1:1 starting soon, with an unchecked talking point and an open action item.
  const sam = await open(browser, SAM);
  const title = `Sam / Grace: one-off ${Date.now()}`;
  await startsSoon(sam, title, 'ONCE');
  await addTalkingPoint(sam, 'Revisit the hiring plan');
  const actions = sam.getByRole('region', { name: /^Action items/ });
  await actions.getByLabel('New action item').fill('Send the hiring plan draft');
  await actions.getByRole('button', { name: 'Add action item' }).click();
  await expect(actions.getByRole('checkbox', { name: 'Send the hiring plan draft' })).toBeVisible();

  // When Sam ends the meeting and goes back to the 1:1.
  await sam.getByRole('button', { name: 'End now' }).click();
  await expect(sam.getByRole('heading', { level: 1 })).toContainText('Held');
  await sam.getByRole('link', { name: 'Back to the series' }).click();

  // Then, with no meeting to come, both are listed as open on the 1:1's page.
  await expect(sam.getByRole('region', { name: /^Open items/ })).toContainText('Revisit the hiring plan');
  await expect(sam.getByRole('region', { name: /^Open action items/ }).getByRole('checkbox', { name: 'Send the hiring plan draft' })).not.toBeChecked();
  await screenshot(sam, 'one-on-one-open-items');
});
