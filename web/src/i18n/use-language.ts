import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { updateMe } from '../api/identity';
import { keys } from '../api/queries';
import type { Me } from '../api/types';
import { applyLanguage } from './setup';

const LANGUAGE_NEUTRAL = new Set<unknown>([keys.system[0], keys.reference[0]]);

/**
 * Switches the interface language. A signed-in user's choice is saved on the server
 * (PATCH /me), so it follows them to other browsers; data whose wording depends on the
 * language (authority names, server messages) is fetched again.
 */
export function useLanguageSwitch(): (language: string) => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(
    async (language: string) => {
      const applied = await applyLanguage(language);
      const me = queryClient.getQueryData<Me | null>(keys.me);
      if (me && me.preferredLanguage !== applied) {
        try {
          queryClient.setQueryData(keys.me, await updateMe({ preferredLanguage: applied }));
        } catch {
          // The interface has switched; the preference is saved again at the next switch.
        }
      }
      await queryClient.invalidateQueries({ predicate: (query) => !LANGUAGE_NEUTRAL.has(query.queryKey[0]) });
    },
    [queryClient],
  );
}
