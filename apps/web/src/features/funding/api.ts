import type { CreateProgrammeRequest } from '@mutualis/contracts';
import { fundingEndpoints as f } from '@mutualis/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, downloadFrom } from '../../api/client.ts';

export type { Claim, FundingProgramme, MutualFunder, ProgrammeBudget } from '@mutualis/contracts';
export { COST_CATEGORIES } from '@mutualis/domain/finance/funding';
export { CLAIM_STATUSES, FUNDER_KINDS } from '@mutualis/domain/finance/vocabulary';

const money = ['money'];
const useInvalidating = <I, O>(fn: (input: I) => Promise<O>) => {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => void qc.invalidateQueries({ queryKey: money }) });
};

export const useFunders = () =>
  useQuery({ queryKey: [...money, 'funders'], queryFn: () => call(f.funders, { query: { pageSize: 200 } }) });
export const useCreateFunder = () =>
  useInvalidating(
    (body: {
      name: string;
      kind: 'government' | 'sector_committee' | 'foundation' | 'other';
      contactName?: string;
      contactEmail?: string;
      platformFunderId?: string | null;
    }) => call(f.createFunder, { body }),
  );
/** The platform's funder organisations (ids and names) a funder may be linked to. */
export const usePlatformFunders = () =>
  useQuery({ queryKey: [...money, 'platform-funders'], queryFn: () => call(f.platformFunders) });
export const useLinkFunder = () =>
  useInvalidating(({ mutualFunderId, platformFunderId }: { mutualFunderId: string; platformFunderId: string | null }) =>
    call(f.updateFunder, { params: { mutualFunderId }, body: { platformFunderId } }),
  );
export const useProgrammes = () =>
  useQuery({ queryKey: [...money, 'programmes'], queryFn: () => call(f.programmes, { query: { pageSize: 200 } }) });
export const useCreateProgramme = () =>
  useInvalidating((body: CreateProgrammeRequest) => call(f.createProgramme, { body }));
export const useBudget = () => useQuery({ queryKey: [...money, 'budget'], queryFn: () => call(f.budget) });
export const useClaims = () =>
  useQuery({ queryKey: [...money, 'claims'], queryFn: () => call(f.claims, { query: { pageSize: 200 } }) });
export const useClaim = (claimId: string | undefined) =>
  useQuery({
    queryKey: [...money, 'claim', claimId],
    queryFn: () => call(f.claim, { params: { claimId: claimId as string } }),
    enabled: Boolean(claimId),
  });
export const useCreateClaim = () =>
  useInvalidating((body: { programmeId: string; periodFrom: string; periodTo: string }) =>
    call(f.createClaim, { body }),
  );
export const useSubmitClaim = () =>
  useInvalidating((claimId: string) => call(f.submitClaim, { params: { claimId }, body: {} }));
export const useRecordClaimPayment = () =>
  useInvalidating(
    ({
      claimId,
      ...body
    }: {
      claimId: string;
      receivedOn: string;
      amountCents: number;
      refusedCents: number;
      reference?: string;
    }) => call(f.recordClaimPayment, { params: { claimId }, body }),
  );
export const downloadClaim = (claimId: string, kind: 'pdf' | 'zip') =>
  kind === 'pdf'
    ? downloadFrom(f.claimPdf, { params: { claimId } }, 'reclamation.pdf')
    : downloadFrom(f.claimZip, { params: { claimId } }, 'reclamation.zip');
