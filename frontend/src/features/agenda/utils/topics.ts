/**
 * The topics a talking point can be tagged with: the values of the Topic enum in schema.graphql
 * (the document stores the enum's name, or null), in the words people read.
 */
export const TOPICS = [
  { value: 'FOLLOW_UP', label: 'Follow-up' },
  { value: 'PERFORMANCE', label: 'Performance' },
  { value: 'PROBLEM_SOLVING', label: 'Problem solving' },
  { value: 'TEAM_DYNAMICS', label: 'Team dynamics' },
  { value: 'CAREER', label: 'Career' },
  { value: 'WELLBEING', label: 'Wellbeing' },
  { value: 'FEEDBACK', label: 'Feedback' },
  { value: 'OTHER', label: 'Other' },
] as const;

export type TopicValue = (typeof TOPICS)[number]['value'];

export function isTopic(value: unknown): value is TopicValue {
  return TOPICS.some((topic) => topic.value === value);
}

/** "Career" for CAREER; null for no topic or one this version does not know. */
export function topicLabel(value: string | null): string | null {
  return TOPICS.find((topic) => topic.value === value)?.label ?? null;
}
