// The review page logic shared by a unit's batch requests (roster imports, key-info changes):
// the pending list, the opened request, its evidence and the exam office's decision.
import { onMounted, ref, type Ref } from 'vue'
import { showError } from './notify'
import type { BatchDecision } from '@/shared/api/batchRequests'

export interface BatchReviewApi<T> {
  list: () => Promise<T[]>
  get: (id: number) => Promise<T>
  downloadEvidence: (id: number) => Promise<Blob>
  decide: (id: number, decision: BatchDecision, reason: string) => Promise<T>
}

export function useBatchReview<T extends { id: number }>(api: BatchReviewApi<T>) {
  const pending = ref([]) as Ref<T[]>
  const current = ref(null) as Ref<T | null>
  const reason = ref('')
  const deciding = ref(false)

  async function refresh() {
    try {
      pending.value = await api.list()
    } catch (e) {
      showError(e)
    }
  }

  async function open(id: number) {
    try {
      current.value = await api.get(id)
      reason.value = ''
    } catch (e) {
      showError(e)
    }
  }

  async function evidence() {
    if (!current.value) return
    try {
      const data = await api.downloadEvidence(current.value.id)
      window.open(URL.createObjectURL(data), '_blank', 'noopener')
    } catch (e) {
      showError(e)
    }
  }

  async function decide(decision: BatchDecision) {
    if (!current.value) return
    deciding.value = true
    try {
      current.value = await api.decide(current.value.id, decision, reason.value)
      await refresh()
    } catch (e) {
      showError(e)
    } finally {
      deciding.value = false
    }
  }

  onMounted(refresh)
  return { pending, current, reason, deciding, open, evidence, decide }
}
