export const TEMPLATES_PATH = '/templates';
export const NEW_TEMPLATE_PATH = `${TEMPLATES_PATH}/new`;
