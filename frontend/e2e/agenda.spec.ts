import { expect, test, type Locator, type Page } from '@playwright/test';
import { GRACE, SAM, screenshot, signIn } from './support/helpers';

test.use({ locale: 'en-US' });

function agenda(page: Page): Locator {
  return page.getByRole('region', { name: 'Agenda' });
}

test('two people edit the shared agenda live, and it is stored', async ({ page: sam, browser }) => {
  // Sam opens the next meeting of his weekly 1:1 with Grace.
  await signIn(sam, SAM);
  await sam.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: '1:1s' }).click();
  await sam.getByRole('list', { name: 'Your 1:1s' }).getByRole('link', { name: 'Sam / Grace', exact: true }).click();
  await sam.getByRole('region', { name: 'Next meeting' }).getByRole('link', { name: 'Open meeting' }).click();
  await expect(sam.getByRole('heading', { name: /Sam \/ Grace/, level: 1 })).toBeVisible();
  const meetingUrl = sam.url();

  // The template's agenda is there, in sections.
  const samAgenda = agenda(sam);
  await expect(samAgenda.getByRole('heading', { level: 3 }).first()).toBeVisible();
  const seeded = await samAgenda.getByRole('textbox', { name: /^Talking point \d+$/ }).count();
  expect(seeded).toBeGreaterThan(0);

  // Grace opens the same meeting.
  const graceContext = await browser.newContext({ locale: 'en-US' });
  const grace = await graceContext.newPage();
  await signIn(grace, GRACE);
  await grace.goto(meetingUrl);
  const graceAgenda = agenda(grace);
  await expect(graceAgenda.getByRole('textbox', { name: /^Talking point \d+$/ })).toHaveCount(seeded);

  // Sam adds a talking point at the end; Grace sees it without reloading.
  const addAtEnd = samAgenda.getByRole('form', { name: 'Add talking point', exact: true });
  await addAtEnd.getByRole('textbox').fill('Conference budget');
  await addAtEnd.getByRole('button', { name: 'Add' }).click();
  const newField = `Talking point ${seeded + 1}`;
  await expect(samAgenda.getByRole('textbox', { name: newField, exact: true })).toHaveValue('Conference budget');
  await expect(graceAgenda.getByRole('textbox', { name: newField, exact: true })).toHaveValue('Conference budget');
  await expect(grace.getByRole('status').filter({ hasText: 'Sam added a talking point' })).toBeAttached();

  // Grace types into it; Sam sees the text.
  const graceField = graceAgenda.getByRole('textbox', { name: newField, exact: true });
  await graceField.click();
  await graceField.press('End');
  await graceField.pressSequentially(' for Q3');
  await expect(samAgenda.getByRole('textbox', { name: newField, exact: true })).toHaveValue('Conference budget for Q3');

  // Sam's caret stays put while Grace types before it: both edits merge.
  const samField = samAgenda.getByRole('textbox', { name: newField, exact: true });
  await samField.click();
  await samField.press('End');
  await graceField.press('Home');
  await graceField.pressSequentially('Re: ');
  await expect(samField).toHaveValue('Re: Conference budget for Q3');
  await samField.pressSequentially('!');
  await expect(graceField).toHaveValue('Re: Conference budget for Q3!');
  await expect(samField).toHaveValue('Re: Conference budget for Q3!');

  // Grace checks it done; Sam sees it checked.
  await graceAgenda.getByRole('checkbox', { name: 'Done: Re: Conference budget for Q3!' }).check();
  await expect(samAgenda.getByRole('checkbox', { name: 'Done: Re: Conference budget for Q3!' })).toBeChecked();
  await expect(samAgenda.getByText(/unsent/)).toHaveCount(0);

  // Sam deletes it: it goes to "Recently deleted" on both sides; restoring brings it back.
  await samAgenda.getByRole('button', { name: 'Delete: Re: Conference budget for Q3!' }).click();
  for (const side of [samAgenda, graceAgenda]) {
    await expect(side.getByRole('textbox', { name: newField, exact: true })).toHaveCount(0);
    await expect(side.getByRole('list', { name: 'Recently deleted' })).toContainText('Re: Conference budget for Q3!');
  }
  await screenshot(grace, 'meeting-agenda-recently-deleted');
  await graceAgenda.getByRole('button', { name: 'Restore: Re: Conference budget for Q3!' }).click();
  for (const side of [samAgenda, graceAgenda]) {
    await expect(side.getByRole('textbox', { name: newField, exact: true })).toHaveValue('Re: Conference budget for Q3!');
    await expect(side.getByRole('list', { name: 'Recently deleted' })).toHaveCount(0);
  }

  // Moving a point up by keyboard puts it before its neighbour on both sides; focus stays on it.
  const samFeedback = samAgenda.getByRole('list', { name: 'Feedback', exact: true });
  const graceFeedback = graceAgenda.getByRole('list', { name: 'Feedback', exact: true });
  await expect(samFeedback.getByRole('textbox').first()).toHaveValue('Feedback for you');
  await samFeedback.getByRole('button', { name: 'Move up: Feedback for me' }).focus();
  await sam.keyboard.press('Enter');
  await expect(samFeedback.getByRole('textbox').first()).toHaveValue('Feedback for me');
  await expect(graceFeedback.getByRole('textbox').first()).toHaveValue('Feedback for me');
  await expect(samFeedback.getByRole('button', { name: 'Move down: Feedback for me' })).toBeFocused();

  // It was stored: a reload shows the same.
  await expect(samAgenda.getByText(/unsent/)).toHaveCount(0);
  await sam.reload();
  await expect(agenda(sam).getByRole('textbox', { name: newField, exact: true })).toHaveValue('Re: Conference budget for Q3!');
  await expect(agenda(sam).getByRole('checkbox', { name: 'Done: Re: Conference budget for Q3!' })).toBeChecked();
  await expect(agenda(sam).getByRole('list', { name: 'Feedback', exact: true }).getByRole('textbox').first()).toHaveValue('Feedback for me');
  await screenshot(sam, 'meeting-agenda');
  await graceContext.close();
});

test('edits made while saving fails are kept, flagged, guarded on close and sent once back', async ({ page: sam, browser }) => {
  await signIn(sam, SAM);
  await sam.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: '1:1s' }).click();
  await sam.getByRole('list', { name: 'Your 1:1s' }).getByRole('link', { name: 'Sam / Grace', exact: true }).click();
  await sam.getByRole('region', { name: 'Next meeting' }).getByRole('link', { name: 'Open meeting' }).click();
  await expect(agenda(sam).getByRole('textbox', { name: 'Talking point 1', exact: true })).toBeVisible();

  const graceContext = await browser.newContext({ locale: 'en-US' });
  const grace = await graceContext.newPage();
  await signIn(grace, GRACE);
  await grace.goto(sam.url());
  const graceAgenda = agenda(grace);
  const field = graceAgenda.getByRole('textbox', { name: 'Talking point 1', exact: true });
  const original = await field.inputValue();

  // Pushes fail (the API is unreachable for them): the edit stays, and the card says so.
  await grace.route('**/graphql', async (route) => {
    if (route.request().method() === 'POST' && (route.request().postData() ?? '').includes('pushMeetingUpdates')) {
      await route.abort('internetdisconnected');
    } else {
      await route.fallback();
    }
  });
  await field.click();
  await field.press('End');
  await field.pressSequentially(' (offline)');
  await expect(graceAgenda.getByText(/^\d+ unsent$/)).toBeVisible();
  await expect(graceAgenda.getByText('Your latest edits are not saved yet.', { exact: false })).toBeVisible();
  await screenshot(grace, 'meeting-agenda-unsent');
  await expect(agenda(sam).getByRole('textbox', { name: 'Talking point 1', exact: true })).toHaveValue(original);

  // Closing the tab now asks first.
  const dialog = new Promise<string>((resolve) => {
    grace.once('dialog', (d) => {
      resolve(d.type());
      void d.dismiss();
    });
  });
  await grace.close({ runBeforeUnload: true });
  expect(await dialog).toBe('beforeunload');
  expect(grace.isClosed()).toBe(false);

  // Back online: the kept edits go through and reach Sam.
  await grace.unroute('**/graphql');
  await expect(agenda(sam).getByRole('textbox', { name: 'Talking point 1', exact: true })).toHaveValue(`${original} (offline)`, {
    timeout: 20_000,
  });
  await expect(graceAgenda.getByText(/unsent/)).toHaveCount(0);
  await graceContext.close();
});
