import type { CreateEmulationScenario, UpdateEmulationScenario } from '@mutualis/contracts';
import { emulationEndpoints as e } from '@mutualis/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, downloadFrom } from '../../api/client.ts';

export const useScenarios = () =>
  useQuery({ queryKey: ['emulation', 'list'], queryFn: () => call(e.list, { query: { pageSize: 100 } }) });
export const useScenario = (id: string | undefined) =>
  useQuery({
    queryKey: ['emulation', 'scenario', id],
    queryFn: () => call(e.get, { params: { scenarioId: id as string } }),
    enabled: Boolean(id),
  });

function useSaved() {
  const qc = useQueryClient();
  return () => void qc.invalidateQueries({ queryKey: ['emulation'] });
}

export function useCreateScenario() {
  const saved = useSaved();
  return useMutation({ mutationFn: (body: CreateEmulationScenario) => call(e.create, { body }), onSuccess: saved });
}

export function useUpdateScenario(id: string) {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: UpdateEmulationScenario) => call(e.update, { params: { scenarioId: id }, body }),
    onSuccess: saved,
  });
}

export function useRunScenario(id: string) {
  const saved = useSaved();
  return useMutation({ mutationFn: () => call(e.run, { params: { scenarioId: id } }), onSuccess: saved });
}

export function useDeleteScenario() {
  const saved = useSaved();
  return useMutation({ mutationFn: (id: string) => call(e.remove, { params: { scenarioId: id } }), onSuccess: saved });
}

export const useImportFirmCounts = () =>
  useMutation({ mutationFn: (file: File) => call(e.importFirmCounts, { body: file }) });

/** Downloads the scenario's PDF brief in a language. */
export const downloadBrief = (id: string, lang: 'fr' | 'en') =>
  downloadFrom(e.brief, { params: { scenarioId: id }, query: { lang } }, 'brief.pdf');
