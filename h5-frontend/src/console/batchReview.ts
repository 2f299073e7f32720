// The logic shared by the pages of a unit's batch requests (roster imports, key-info changes):
// the unit uploading its sheet, attaching evidence and submitting, and the exam office reviewing.
import { onMounted, ref, type Ref } from 'vue'
import { showError } from './notify'
import { ApiError } from '@/shared/api/request'
import { saveBlob } from '@/shared/materialFiles'
import type { BatchDecision, EvidenceCopy } from '@/shared/api/batchRequests'

export interface BatchReviewApi<T> {
  list: () => Promise<T[]>
  get: (id: number) => Promise<T>
  decide: (id: number, decision: BatchDecision, reason: string) => Promise<T>
}

/** The exam office's side: the pending list, the request opened, and its decision. */
export function useBatchReview<T extends { id: number }>(api: BatchReviewApi<T>) {
  const pending = ref([]) as Ref<T[]>
  const current = ref(null) as Ref<T | null>
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
    } catch (e) {
      showError(e)
    }
  }

  async function decide(decision: BatchDecision, reason: string) {
    if (!current.value) return
    deciding.value = true
    try {
      current.value = await api.decide(current.value.id, decision, reason)
      await refresh()
    } catch (e) {
      showError(e)
    } finally {
      deciding.value = false
    }
  }

  onMounted(refresh)
  return { pending, current, deciding, open, decide }
}

export interface BatchEvidenceApi {
  evidenceCopy: (id: number, copy: EvidenceCopy) => Promise<Blob>
}

export interface BatchDraftApi<T> extends BatchEvidenceApi {
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
  const uploadingEvidence = ref(false)

  async function evidence(event: Event) {
    const input = event.target as HTMLInputElement
    const file = input.files?.[0]
    input.value = ''
    if (!file || !current.value) return
    uploadingEvidence.value = true
    try {
      current.value = await api.uploadEvidence(current.value.id, file)
    } catch (e) {
      showError(e)
    } finally {
      uploadingEvidence.value = false
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

  return { contactName, contactPhone, submitting, uploadingEvidence, evidence, submit }
}

export interface BatchUploadApi<T> extends BatchDraftApi<T> {
  upload: (file: File) => Promise<T>
  list: () => Promise<T[]>
  get: (id: number) => Promise<T>
  chooseMode: (id: number, onlyValidRows: boolean) => Promise<T>
  rejectedRows: (id: number) => Promise<Blob>
}

/**
 * The unit's side before a draft exists: its earlier requests, the sheet chosen in a file input (a
 * refused file's reason shown on the page), opening an earlier request, its mode, and its refused rows.
 */
export function useBatchUpload<T extends { id: number }>(api: BatchUploadApi<T>) {
  const current = ref(null) as Ref<T | null>
  const history = ref([]) as Ref<T[]>
  const refusal = ref('')
  const uploading = ref(false)

  async function refreshHistory() {
    try {
      history.value = await api.list()
    } catch (e) {
      showError(e)
    }
  }

  async function upload(event: Event) {
    const input = event.target as HTMLInputElement
    const file = input.files?.[0]
    input.value = ''
    if (!file) return
    uploading.value = true
    refusal.value = ''
    try {
      current.value = await api.upload(file)
      await refreshHistory()
    } catch (e) {
      if (e instanceof ApiError && e.status === 400) refusal.value = e.message
      else showError(e)
    } finally {
      uploading.value = false
    }
  }

  async function open(id: number) {
    try {
      current.value = await api.get(id)
    } catch (e) {
      showError(e)
    }
  }

  async function mode(onlyValidRows: boolean) {
    if (!current.value) return
    try {
      current.value = await api.chooseMode(current.value.id, onlyValidRows)
    } catch (e) {
      showError(e)
    }
  }

  async function downloadRejected(fileName: string) {
    if (!current.value) return
    try {
      saveBlob(await api.rejectedRows(current.value.id), fileName)
    } catch (e) {
      showError(e)
    }
  }

  onMounted(refreshHistory)
  return { current, history, refusal, uploading, refreshHistory, upload, open, mode, downloadRejected }
}
