// The logic shared by the pages of a unit's batch requests (roster imports, key-info changes):
// the unit attaching evidence and submitting, and the exam office reviewing.
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

export interface BatchDraftApi<T> {
  uploadEvidence: (id: number, file: File) => Promise<T>
  submit: (id: number, contactName: string, contactPhone: string) => Promise<T>
}

/**
 * The unit's side of a batch request before review: attaching the signed evidence file chosen in a
 * file input, and submitting with a contact; {@code afterSubmit} refreshes what the page lists.
 */
export function useBatchDraft<T extends { id: number }>(current: Ref<T | null>, api: BatchDraftApi<T>,
                                                        afterSubmit: () => Promise<void>) {
  const contactName = ref('')
  const contactPhone = ref('')
  const submitting = ref(false)

  async function evidence(event: Event) {
    const input = event.target as HTMLInputElement
    const file = input.files?.[0]
    input.value = ''
    if (!file || !current.value) return
    try {
      current.value = await api.uploadEvidence(current.value.id, file)
    } catch (e) {
      showError(e)
    }
  }

  async function submit() {
    if (!current.value) return
    submitting.value = true
    try {
      current.value = await api.submit(current.value.id, contactName.value, contactPhone.value)
      await afterSubmit()
    } catch (e) {
      showError(e)
    } finally {
      submitting.value = false
    }
  }

  return { contactName, contactPhone, submitting, evidence, submit }
}
