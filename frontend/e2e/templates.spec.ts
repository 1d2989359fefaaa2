import { expect, test, type Page } from '@playwright/test';
import { MORGAN, SAM, screenshot, signIn } from './support/helpers';

const PERSONAL = 'Growth check-in (E2E)';
const ORGANISATION = 'Quarterly reflection (E2E)';

function group(page: Page, name: string) {
  return page.getByRole('region', { name, exact: true });
}

test('templates: a manager creates and archives his own, an admin publishes one to the organisation', async ({ page, browser }) => {
  // Sam finds templates from Settings.
  await signIn(page, SAM);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('region', { name: 'Templates' }).getByRole('link', { name: 'Manage templates' }).click();
  await expect(page.getByRole('heading', { name: 'Templates', level: 1 })).toBeVisible();
  await expect(group(page, 'Built in').getByRole('listitem').first()).toBeVisible();
  await expect(group(page, 'Yours')).toContainText('You have no templates of your own yet.');
  // Built-in templates cannot be archived.
  await expect(group(page, 'Built in').getByRole('button', { name: /Archive/ })).toHaveCount(0);

  await page.getByRole('link', { name: 'New template' }).click();
  await expect(page.getByRole('heading', { name: 'New template', level: 1 })).toBeVisible();
  // An admin-only option is not offered to a manager.
  await expect(page.getByLabel('Publish to the organisation')).toHaveCount(0);

  // Nothing filled in: the problems show next to the fields.
  await page.getByRole('button', { name: 'Create template' }).click();
  await expect(page.getByLabel('Name')).toHaveAccessibleDescription('Name the template.');
  await expect(page.getByRole('group', { name: 'Section 1' }).getByLabel('Section title')).toHaveAccessibleDescription(
    'Give this section a title.',
  );

  await page.getByLabel('Name').fill(PERSONAL);
  // A message goes once its field is edited.
  await expect(page.getByText('Name the template.')).toHaveCount(0);
  await page.getByLabel('Description').fill('For the monthly career conversation.');
  const first = page.getByRole('group', { name: 'Section 1' });
  await first.getByLabel('Section title').fill('Wins');
  await first.getByRole('textbox', { name: 'Talking point 1', exact: true }).fill('What went well this month?');
  await first.getByRole('button', { name: 'Add talking point to “Wins”' }).click();
  // Focus moves to the new talking point.
  await expect(first.getByRole('textbox', { name: 'Talking point 2', exact: true })).toBeFocused();
  await page.keyboard.type('What are you proud of?');
  await first.getByRole('button', { name: 'Add talking point to “Wins”' }).click();
  // Left empty on purpose: empty talking points are not saved.

  await page.getByRole('button', { name: 'Add section' }).click();
  const second = page.getByRole('group', { name: 'Section 2' });
  await expect(second.getByLabel('Section title')).toBeFocused();
  await page.keyboard.type('Next steps');
  await second.getByRole('textbox', { name: 'Talking point 1', exact: true }).fill('What will you try before we next meet?');

  // Reorder with the keyboard: "Next steps" up to first place, then back down.
  await page.getByRole('button', { name: 'Move “Next steps” up' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Section 1' }).getByLabel('Section title')).toHaveValue('Next steps');
  // The up button is disabled at the top, so focus moved to "down".
  await expect(page.getByRole('button', { name: 'Move “Next steps” down' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Section 1' }).getByLabel('Section title')).toHaveValue('Wins');
  await expect(page.getByRole('group', { name: 'Section 2' }).getByLabel('Section title')).toHaveValue('Next steps');

  // A third section, removed again.
  await page.getByRole('button', { name: 'Add section' }).click();
  await page.getByRole('button', { name: 'Remove section 3' }).click();
  await expect(page.getByRole('group', { name: 'Section 3' })).toHaveCount(0);
  await screenshot(page, 'template-new');

  await page.getByRole('button', { name: 'Create template' }).click();
  await expect(page).toHaveURL(/\/templates$/);
  const mine = group(page, 'Yours').getByRole('listitem', { name: PERSONAL });
  await expect(mine).toBeVisible();
  await expect(mine).toContainText('For the monthly career conversation.');
  await mine.getByText('2 sections').click();
  await expect(mine.getByRole('listitem')).toHaveText([
    /Wins/,
    'What went well this month?',
    'What are you proud of?',
    /Next steps/,
    'What will you try before we next meet?',
  ]);

  // It is offered for a new 1:1, with a way back to the templates.
  await page.goto('/one-on-ones/new');
  await expect(page.getByRole('radio', { name: PERSONAL })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Template', exact: true }).getByRole('link', { name: 'Manage templates' })).toHaveAttribute(
    'href',
    '/templates',
  );

  // Morgan, an admin, publishes a template to the organisation.
  const morganContext = await browser.newContext();
  const morgan = await morganContext.newPage();
  await signIn(morgan, MORGAN);
  // On a phone-sized screen, to see the form's narrow layout too.
  await morgan.setViewportSize({ width: 390, height: 844 });
  await morgan.goto('/templates/new');
  await morgan.getByLabel('Name').fill(ORGANISATION);
  await morgan.getByLabel('One-time').check();
  await morgan.getByLabel('Publish to the organisation').check();
  const section = morgan.getByRole('group', { name: 'Section 1' });
  await section.getByLabel('Section title').fill('Looking back');
  await section.getByRole('textbox', { name: 'Talking point 1', exact: true }).fill('What changed this quarter?');
  await screenshot(morgan, 'template-new-admin-narrow');
  await morgan.getByRole('button', { name: 'Create template' }).click();
  await expect(morgan).toHaveURL(/\/templates$/);
  const published = group(morgan, 'Your organisation').getByRole('listitem', { name: ORGANISATION });
  await expect(published).toBeVisible();
  await expect(published).toContainText('One-time');
  // Admins may archive the organisation's templates.
  await expect(published.getByRole('button', { name: `Archive ${ORGANISATION}` })).toBeVisible();
  // Sam's personal template is his alone.
  await expect(morgan.getByText(PERSONAL)).toHaveCount(0);
  await morganContext.close();

  // Sam sees it under "Your organisation", without an Archive button, and archives his own.
  await page.goto('/templates');
  const orgItem = group(page, 'Your organisation').getByRole('listitem', { name: ORGANISATION });
  await expect(orgItem).toBeVisible();
  await expect(orgItem.getByRole('button', { name: /Archive/ })).toHaveCount(0);
  await group(page, 'Yours').getByText('2 sections').click();
  await screenshot(page, 'templates');

  await group(page, 'Yours').getByRole('button', { name: `Archive ${PERSONAL}` }).click();
  const dialog = page.getByRole('dialog', { name: `Archive “${PERSONAL}”?` });
  await expect(dialog).toBeVisible();
  await screenshot(page, 'template-archive-dialog');
  await dialog.getByRole('button', { name: 'Archive template' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`“${PERSONAL}” was archived.`)).toBeVisible();
  await expect(group(page, 'Yours').getByRole('listitem', { name: PERSONAL })).toHaveCount(0);
  await expect(group(page, 'Yours')).toContainText('You have no templates of your own yet.');

  // And it is no longer offered for new 1:1s; the organisation's is.
  await page.goto('/one-on-ones/new');
  await expect(page.getByRole('radio', { name: ORGANISATION })).toBeVisible();
  await expect(page.getByRole('radio', { name: PERSONAL })).toHaveCount(0);
});
