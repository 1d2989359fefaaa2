import { expect, test, type Browser, type Page } from '@playwright/test';
import { GRACE, SAM, screenshot, screenshotOf, signIn } from './support/helpers';

test.use({ locale: 'en-US' });

async function open(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

/** Sam opens the next meeting of his weekly 1:1 with Grace. */
async function samOpensNextMeeting(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: '1:1s' }).click();
  await page.getByRole('list', { name: 'Your 1:1s' }).getByRole('link', { name: 'Sam / Grace', exact: true }).click();
  await page.getByRole('region', { name: 'Next meeting' }).getByRole('link', { name: 'Open meeting' }).click();
  await expect(page.getByRole('heading', { name: /Sam \/ Grace/, level: 1 })).toBeVisible();
}

test('a comment and a reply appear live; an edit shows "edited"; a deleted comment with a reply leaves a placeholder', async ({ browser }) => {
  // Given Sam and Grace on the same meeting page.
  const sam = await open(browser, SAM);
  await samOpensNextMeeting(sam);
  const grace = await open(browser, GRACE);
  await grace.goto(sam.url());
  const samDiscussion = sam.getByRole('region', { name: /^Discussion/ });
  const graceDiscussion = grace.getByRole('region', { name: /^Discussion/ });
  await expect(graceDiscussion.getByRole('combobox', { name: 'Comment' })).toBeVisible();

  // When Sam types "@Gr", Grace's name is offered; he picks it with Enter and sends the comment.
  const box = samDiscussion.getByRole('combobox', { name: 'Comment' });
  await box.click();
  await box.pressSequentially('Can we go over the roadmap, @Gr');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await expect(samDiscussion.getByRole('option', { name: 'Grace Kim' })).toBeVisible();
  await screenshotOf(samDiscussion, 'comments-mention');
  await box.press('Enter');
  await expect(box).toHaveValue('Can we go over the roadmap, @Grace Kim ');
  await box.pressSequentially('?');
  await samDiscussion.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(box).toHaveValue('');

  // Then Grace sees it without reloading, the mention marked, and it is announced.
  const samsComment = graceDiscussion.getByRole('article', { name: 'Comment by Sam Carter' }).filter({ hasText: 'go over the roadmap' });
  await expect(samsComment).toContainText('Can we go over the roadmap, @Grace Kim ?');
  await expect(samsComment.locator('.mention')).toHaveText('@Grace Kim');
  await expect(grace.getByRole('status').filter({ hasText: 'New comment from Sam Carter' })).toBeAttached();
  // And the mention notified her.
  const bell = grace.getByRole('button', { name: /^Notifications, \d+ unread$/ });
  await bell.click();
  await expect(grace.getByRole('list', { name: 'Latest notifications' })).toContainText('Sam Carter mentioned you in Sam / Grace');
  await bell.click();
  await expect(grace.getByRole('list', { name: 'Latest notifications' })).toBeHidden();
  // She may not edit or delete it.
  await expect(samsComment.getByRole('button', { name: 'Edit your comment' })).toHaveCount(0);

  // When Grace replies, Sam sees the reply under his comment.
  const thread = graceDiscussion
    .getByRole('listitem')
    .filter({ has: grace.getByRole('article', { name: 'Comment by Sam Carter' }).filter({ hasText: 'go over the roadmap' }) });
  await thread.getByRole('button', { name: 'Reply to Sam Carter' }).click();
  await thread.getByRole('combobox', { name: 'Reply' }).fill('Yes, I will bring the draft.');
  await thread.getByRole('button', { name: 'Reply', exact: true }).click();
  const samThread = samDiscussion.getByRole('listitem').filter({ hasText: 'go over the roadmap' }).first();
  await expect(samThread.getByRole('article', { name: 'Comment by Grace Kim' })).toContainText('Yes, I will bring the draft.');

  // When Sam edits his comment, Grace sees the new text marked "edited".
  const samsOwn = samDiscussion.getByRole('article', { name: 'Comment by Sam Carter' }).filter({ hasText: 'go over the roadmap' });
  await samsOwn.getByRole('button', { name: 'Edit your comment' }).click();
  // (while editing, the text is in the field, so the form is found by its label)
  await samDiscussion.getByRole('combobox', { name: 'Edit comment' }).fill('Can we go over the Q3 roadmap, @Grace Kim?');
  await samDiscussion.getByRole('button', { name: 'Save' }).click();
  const edited = graceDiscussion.getByRole('article', { name: 'Comment by Sam Carter' }).filter({ hasText: 'Q3 roadmap' });
  await expect(edited).toContainText('edited');
  await screenshot(grace, 'comments-thread');

  // When Sam deletes it, Grace sees a placeholder with her reply still under it.
  await samDiscussion.getByRole('article', { name: 'Comment by Sam Carter' }).filter({ hasText: 'Q3 roadmap' }).getByRole('button', { name: 'Delete your comment' }).click();
  await sam.getByRole('dialog', { name: 'Delete this comment?' }).getByRole('button', { name: 'Delete comment' }).click();
  await expect(graceDiscussion.getByRole('article', { name: 'Deleted comment' })).toContainText('This comment was deleted.');
  await expect(graceDiscussion.getByText('Q3 roadmap')).toHaveCount(0);
  await expect(graceDiscussion.getByRole('article', { name: 'Comment by Grace Kim' }).filter({ hasText: 'bring the draft' })).toBeVisible();

  // When Grace comments about a talking point, Sam sees what it is about.
  const about = graceDiscussion.getByLabel('About');
  const firstPoint = (await about.locator('option').nth(1).textContent()) ?? '';
  expect(firstPoint).not.toBe('');
  await about.selectOption({ label: firstPoint });
  await graceDiscussion.getByRole('combobox', { name: 'Comment' }).fill('Let us start with this one.');
  await graceDiscussion.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(samDiscussion.getByRole('article', { name: 'Comment by Grace Kim' }).filter({ hasText: 'start with this one' })).toContainText(
    `about “${firstPoint}”`,
  );
  await screenshotOf(samDiscussion, 'comments-discussion');
  await sam.setViewportSize({ width: 390, height: 844 });
  await screenshotOf(samDiscussion, 'comments-narrow');
});
