/** The notification choices on the settings page (the id of that section's heading). */
export const NOTIFICATION_SETTINGS_ANCHOR = 'settings-notifications';
export const NOTIFICATION_SETTINGS_PATH = `/settings#${NOTIFICATION_SETTINGS_ANCHOR}`;
