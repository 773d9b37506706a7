import { describe, expect, it } from 'vitest';
import { helperSettingsItem } from '@/utils/storage/items';
import { requestSchemas } from '@/utils/messaging/protocol';
import { updateHelpers } from './helpers';

describe('helpers:update', () => {
  it('merges one switch into the stored helper settings, keeping the other', async () => {
    expect(await helperSettingsItem.getValue()).toEqual({ fieldHelper: true, hardWords: false });
    expect(await updateHelpers({ hardWords: true })).toEqual({ fieldHelper: true, hardWords: true });
    expect(await updateHelpers({ fieldHelper: false })).toEqual({ fieldHelper: false, hardWords: true });
    expect(await helperSettingsItem.getValue()).toEqual({ fieldHelper: false, hardWords: true });
  });

  it('accepts only booleans for the two switches', () => {
    expect(requestSchemas['helpers:update'].safeParse({ hardWords: 'yes' }).success).toBe(false);
    expect(requestSchemas['helpers:update'].safeParse({ fieldHelper: false }).success).toBe(true);
  });
});
