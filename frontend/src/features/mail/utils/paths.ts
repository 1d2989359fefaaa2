export const ADMIN_EMAILS_PATH = '/admin/emails';
