import { describe, expect, it } from 'vitest';
import { globalIdFromParam } from './relayIds';

describe('globalIdFromParam', () => {
  it('encodes a bare UUID as the Relay global ID', () => {
    expect(globalIdFromParam('Meeting', '09561aaa-58a7-40d0-896f-af4bf12b4349')).toBe(
      'TWVldGluZzowOTU2MWFhYS01OGE3LTQwZDAtODk2Zi1hZjRiZjEyYjQzNDk=',
    );
  });

  it('passes global IDs and anything else through', () => {
    expect(globalIdFromParam('Meeting', 'TWVldGluZzowOTU2MWFhYS01OGE3LTQwZDAtODk2Zi1hZjRiZjEyYjQzNDk=')).toBe(
      'TWVldGluZzowOTU2MWFhYS01OGE3LTQwZDAtODk2Zi1hZjRiZjEyYjQzNDk=',
    );
    expect(globalIdFromParam('Meeting', 'nonsense')).toBe('nonsense');
    expect(globalIdFromParam('Meeting', '')).toBe('');
  });
});
