import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getCountryPolicy, setCountryPolicy } from '../../api/authorities';
import { keys } from '../../api/queries';
import { Checkbox } from '../../components/Checkbox';
import { Loading } from '../../components/Loading';
import { Notification } from '../../components/Notification';
import { ProblemNotice } from '../../components/ProblemNotice';
import { countryName } from '../../i18n/names';

/** One country's policy: whether every user must use two-factor authentication. */
export function CountryPolicyForm({ country }: { country: string }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const policy = useQuery({ queryKey: keys.countryPolicy(country), queryFn: () => getCountryPolicy(country) });
  const [requireTotp, setRequireTotp] = useState<boolean | null>(null);
  const save = useMutation({
    mutationFn: (value: boolean) => setCountryPolicy(country, { requireTotp: value }),
    onSuccess: (saved) => {
      queryClient.setQueryData(keys.countryPolicy(country), saved);
      setRequireTotp(null);
    },
  });
  const name = countryName(country, i18n.language);
  const headingId = `policy-${country}`;

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate(requireTotp ?? policy.data?.requireTotp ?? false);
  }

  return (
    <section aria-labelledby={headingId} className="ecl-u-mb-2xl openimi-narrow">
      <h2 className="ecl-u-type-heading-2" id={headingId}>
        {name}
      </h2>
      {policy.isPending ? (
        <Loading />
      ) : policy.isError ? (
        <ProblemNotice error={policy.error} />
      ) : (
        <form onSubmit={submit} noValidate>
          <ProblemNotice error={save.error} />
          {save.isSuccess && (
            <Notification variant="success" role="status" className="ecl-u-mb-l" title={t('web.policy.saved')} />
          )}
          <div className="ecl-form-group ecl-u-mb-l">
            <Checkbox
              id={`require-totp-${country}`}
              single
              label={t('web.policy.requireTotp', { country: name })}
              help={t('web.policy.requireTotpHelp')}
              checked={requireTotp ?? policy.data.requireTotp}
              onChange={setRequireTotp}
            />
          </div>
          <button type="submit" className="ecl-button ecl-button--primary" disabled={save.isPending}>
            {t('web.action.save')}
          </button>
        </form>
      )}
    </section>
  );
}
